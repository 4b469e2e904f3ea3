"""Regular English inflection for tools/gen_lexicon.py: verb forms and noun plurals.

The lexicon's every inflected form is generated here at build time, from a lemma and,
for irregular verbs, the forms the CAMEO dictionary lists (``verb_forms``); the package
itself has no lemmatiser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Forms", "gerund", "past", "plural", "third_person", "unique", "verb_forms"]


_VOWELS = frozenset("aeiou")
#: Polysyllabic verbs whose stressed last syllable doubles its consonant (admitted,
#: compelled, occurred, regretted, controlled, equipped, kidnapped, deterred); other
#: polysyllables (visited, offered, opened, developed, limited) do not.
_DOUBLING_ENDINGS = (
    "mit", "pel", "cur", "trol", "gret", "quip", "quit", "nap", "bed", "pin", "strip",
    "step", "trap", "lot", "bid", "run", "gin", "hor",
    "refer", "confer", "prefer", "transfer", "defer", "infer", "deter",
)  # fmt: skip
_NOT_DOUBLING = ("limit", "vomit", "pilot", "ballot")


def _syllables(word: str) -> int:
    return len(re.findall(r"[aeiouy]+", word.rstrip("e"))) or 1


def _doubles(lemma: str) -> bool:
    """Whether ``lemma`` doubles its final consonant before -ed/-ing (stop → stopped)."""
    word = lemma.replace("qu", "q")  # quit: the u is part of the consonant
    if len(word) < 3 or word[-1] in "wxy" or word[-1] in _VOWELS:
        return False
    if word[-2] not in _VOWELS or word[-3] in _VOWELS:
        return False
    if _syllables(word) == 1:
        return True
    return lemma.endswith(_DOUBLING_ENDINGS) and not lemma.endswith(_NOT_DOUBLING)


def third_person(lemma: str) -> str:
    """Regular -s form: vetoes, embargoes, pushes, carries, signs."""
    if lemma.endswith(("s", "x", "z", "ch", "sh")) or (
        lemma.endswith("o") and len(lemma) > 1 and lemma[-2] not in _VOWELS
    ):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def past(lemma: str) -> list[str]:
    """Regular -ed forms (both spellings where US and UK differ: canceled, cancelled)."""
    if lemma.endswith("e"):
        return [lemma + "d"]
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return [lemma[:-1] + "ied"]
    if lemma.endswith("c") and lemma[-2:-1] in _VOWELS:
        return [lemma + "ked"]  # panicked
    if _doubles(lemma):
        return [lemma + lemma[-1] + "ed"]
    if lemma.endswith("l") and lemma[-2:-1] in _VOWELS and lemma[-3:-2] not in _VOWELS:
        return [lemma + "ed", lemma + "led"]  # traveled, travelled
    return [lemma + "ed"]


def gerund(lemma: str) -> list[str]:
    """Regular -ing forms: signing, agreeing, dying, making, stopping, travel(l)ing."""
    if lemma.endswith("ie"):
        return [lemma[:-2] + "ying"]
    if lemma.endswith(("ee", "ye", "oe")) or lemma in ("be", "singe"):
        return [lemma + "ing"]
    if lemma.endswith("e") and len(lemma) > 2:
        return [lemma[:-1] + "ing"]
    if lemma.endswith("c") and lemma[-2:-1] in _VOWELS:
        return [lemma + "king"]
    if _doubles(lemma):
        return [lemma + lemma[-1] + "ing"]
    if lemma.endswith("l") and lemma[-2:-1] in _VOWELS and lemma[-3:-2] not in _VOWELS:
        return [lemma + "ing", lemma + "ling"]
    return [lemma + "ing"]


def plural(noun: str) -> str:
    """Regular plural of a noun (the last word of a phrase): talks stay talks."""
    head, _, last = noun.rpartition(" ")
    if last.endswith(("man",)) and not last.endswith(("human", "german", "shaman")):
        word = last[:-3] + "men"
    elif last.endswith("o") and len(last) > 1 and last[-2] not in _VOWELS:
        word = last + "es"  # embargoes, vetoes
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        word = last if last.endswith("s") and not last.endswith("ss") else last + "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in _VOWELS:
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


@dataclass
class Forms:
    """The inflections of a verb: every form, and those that can be past participles."""

    forms: list[str]
    participles: list[str]


def verb_forms(lemma: str, given: list[str] | None = None) -> Forms:
    """All forms of ``lemma``: regular ones, or the dictionary's irregular ones (``given``)
    with the -s and -ing forms they leave out filled in regularly and the lemma as its own
    past when no past form is given (put, cut, set)."""
    if given is None:
        eds = past(lemma)
        forms = [lemma, third_person(lemma), *eds, *gerund(lemma)]
        return Forms(unique(forms), eds)
    ings = [form for form in given if form.endswith("ing")]
    threes = [
        form
        for form in given
        if form in (third_person(lemma), lemma + "s")
        or (form.endswith("s") and not form.endswith("ss") and form not in ings)
    ]
    pasts = [form for form in given if form not in ings and form not in threes and form != lemma]
    simple = lemma.isalpha()
    forms = [lemma, *given]
    if simple and not ings:
        forms += gerund(lemma)
    if simple and not threes:
        forms.append(third_person(lemma))
    if not pasts:
        pasts = [lemma]
    return Forms(unique(forms), unique(pasts))


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))
