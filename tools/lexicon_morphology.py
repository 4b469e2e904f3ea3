"""Regular English inflection for tools/gen_lexicon.py: verb forms and noun plurals.

The lexicon's every inflected form is generated here at build time, from a lemma and,
for irregular verbs, the forms the CAMEO dictionary lists (``verb_forms``); the package
itself has no lemmatiser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "Forms",
    "gerund",
    "past",
    "plural",
    "strong_participle",
    "third_person",
    "unique",
    "verb_forms",
]


_VOWELS = frozenset("aeiou")
#: Polysyllabic verbs whose stressed last syllable doubles its consonant (admitted,
#: compelled, occurred, regretted, controlled, equipped, kidnapped, deterred, annulled,
#: extolled); other polysyllables (visited, offered, opened, developed, limited) do not.
_DOUBLING_ENDINGS = (
    "mit", "pel", "cur", "trol", "gret", "quip", "quit", "nap", "bed", "pin", "strip",
    "step", "trap", "lot", "bid", "run", "gin", "hor", "nul", "xtol",
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


def _one_l(lemma: str) -> bool:
    """Whether ``lemma`` ends in one vowel and an l, which British spelling doubles
    (travelled, initialled, fuelled) and American does not."""
    if not lemma.endswith("l") or lemma[-2:-1] not in _VOWELS:
        return False
    return lemma[-3:-2] not in _VOWELS or lemma.endswith(("ial", "uel"))


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
    if _one_l(lemma):
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
    if _one_l(lemma):
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
    with the -s and -ing forms they leave out filled in regularly, the lemma as its own
    past when no past form is given (put, cut, set), the other spelling of a regular form
    given in one (cancelled: canceled) and the participle of a strong verb whose past
    alone is given (withdrew: withdrawn)."""
    if given is None:
        eds = past(lemma)
        forms = [lemma, third_person(lemma), *eds, *gerund(lemma)]
        return Forms(unique(forms), eds)
    ings, threes, pasts = _split_given(lemma, given)
    simple = lemma.isalpha()
    forms = [lemma, *given]
    if simple and not ings:
        forms += gerund(lemma)
    if simple and not threes:
        forms.append(third_person(lemma))
    pasts = pasts or [lemma]
    spellings = _other_spellings(lemma, given)
    forms += spellings
    pasts += [form for form in spellings if form.endswith("ed")]
    strong = [made for form in pasts if (made := strong_participle(lemma, form))]
    return Forms(unique([*forms, *strong]), unique([*pasts, *strong]))


def _split_given(lemma: str, given: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The dictionary's forms of ``lemma`` by kind: -ing forms, -s forms and pasts."""
    ings = [form for form in given if form.endswith("ing")]
    threes = [
        form
        for form in given
        if form in (third_person(lemma), lemma + "s")
        or (form.endswith("s") and not form.endswith("ss") and form not in ings)
    ]
    pasts = [form for form in given if form not in ings and form not in threes and form != lemma]
    return ings, threes, pasts


def _other_spellings(lemma: str, given: list[str]) -> list[str]:
    """Both spellings of the regular forms the dictionary gives in one (cancelled)."""
    return [
        form
        for regular in (past(lemma), gerund(lemma))
        if set(regular) & set(given)
        for form in regular
    ]


#: Strong verbs' past participles from the lemma and the past: (lemma ending, past ending,
#: how many letters of the lemma to keep, what to add). The first rule that fits applies.
_STRONG: tuple[tuple[str, str, int, str], ...] = (
    ("aw", "ew", 0, "n"),  # draw, drew: drawn; withdraw
    ("ow", "ew", 0, "n"),  # throw, threw: thrown; blow, grow, know
    ("y", "ew", -1, "own"),  # fly, flew: flown
    ("ake", "ook", 0, "n"),  # take, took: taken; shake, undertake, forsake
    ("ive", "ave", 0, "n"),  # give, gave: given; forgive
    ("ive", "ove", 0, "n"),  # drive, drove: driven; strive
    ("ise", "ose", -1, "en"),  # rise, rose: risen; arise
    ("ite", "ote", -2, "tten"),  # write, wrote: written; underwrite
    ("ide", "ode", -2, "dden"),  # ride, rode: ridden; bestride
    ("eak", "oke", -3, "oken"),  # speak, spoke: spoken; break
    ("ake", "oke", -3, "oken"),  # wake, woke: woken
    ("eeze", "oze", -4, "ozen"),  # freeze, froze: frozen
    ("oose", "ose", -4, "osen"),  # choose, chose: chosen
    ("eal", "ole", -3, "olen"),  # steal, stole: stolen
    ("ear", "ore", -3, "orn"),  # swear, swore: sworn; tear, wear
    ("ing", "ang", -3, "ung"),  # ring, rang: rung; spring, sing
    ("ink", "ank", -3, "unk"),  # sink, sank: sunk; drink, shrink
    ("in", "an", -2, "un"),  # begin, began: begun
    ("im", "am", -2, "um"),  # swim, swam: swum
    ("un", "an", 0, ""),  # run, ran: run; overrun
    ("ome", "ame", 0, ""),  # come, came: come; become, overcome
    ("go", "went", 0, "ne"),  # go, went: gone; undergo
    ("all", "ell", 0, "en"),  # fall, fell: fallen
    ("id", "ade", 0, "den"),  # forbid, forbade: forbidden; bid
    ("do", "did", 0, "ne"),  # do, did: done; undo
    ("see", "saw", 0, "n"),  # see, saw: seen; foresee, oversee
    ("eat", "ate", 0, "en"),  # eat, ate: eaten
)


def strong_participle(lemma: str, past_form: str) -> str:
    """The past participle of a strong verb given its past, or ``""`` when the past is
    also the participle (brought, held) or the verb is not one the rules know."""
    if lemma == "bear":
        return "borne" if past_form == "bore" else ""
    for lemma_end, past_end, keep, add in _STRONG:
        if lemma.endswith(lemma_end) and past_form.endswith(past_end):
            stem = lemma[:keep] if keep else lemma
            return stem + add
    return ""


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))
