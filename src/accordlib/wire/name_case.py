"""Names in name case: "KEVIN SACK" -> "Kevin Sack", "Anastasia MOKRENKO" -> "Anastasia
Mokrenko", for the people that :mod:`accordlib.wire.names` reads from bylines and credits."""

from __future__ import annotations

import unicodedata

from accordlib._util.lazy import lazy_regex
from accordlib.wire.byline_words import PARTICLES, ROMAN

__all__ = ["name_case", "person_case"]

#: A surname printed in capitals has at least this many letters ("MOKRENKO"; "KIM" stays).
_SHOUTED_LETTERS = 4
#: A given name and a surname at least.
_PLAIN_MIN = 2

_WORD_PARTS = lazy_regex(r"([-'’])")
#: Vowels of the Latin, Cyrillic and Greek alphabets (accented letters are decomposed
#: first: "Ə", "Ё"), which tell a surname in capitals from a run of initials ("KJM").
_VOWELS = frozenset("AEIOUYƏƐАЕЁИОУЫЭЮЯІЇЄΑΕΗΙΟΥΩ")


def name_case(name: str) -> str:
    """Put an ALL-CAPS name into name case; other names are returned unchanged.

    >>> name_case("KEVIN SACK"), name_case("KEVIN McDONALD"), name_case("URSULA VON DER LEYEN")
    ('Kevin Sack', 'Kevin McDonald', 'Ursula von der Leyen')
    >>> name_case("SEÁN O'MURCHÚ"), name_case("BASHAR AL-ASSAD"), name_case("JOHN SMITH JR.")
    ("Seán O'Murchú", 'Bashar al-Assad', 'John Smith Jr.')
    """
    words = name.split()
    if not all(_capitals(word) for word in words):
        return name
    return " ".join(_case_word(word, first=index == 0) for index, word in enumerate(words))


def person_case(tokens: list[str]) -> str:
    """A person's name in name case: all in capitals ("KEVIN SACK"), or a surname in
    capitals after given names that are not ("Anastasia MOKRENKO", as some sites print
    it); acronyms before a name stay ("NATO Secretary General Mark Rutte")."""
    name = " ".join(tokens).rstrip(",")
    cased = name_case(name)
    words = name.split()
    if cased != name or len(words) < _PLAIN_MIN or not _shouted(words[-1]):
        return cased
    if not all(word[:1].isupper() and not word.isupper() for word in words[:-1]):
        return cased
    return " ".join([*words[:-1], _case_word(words[-1], first=False)])


def _shouted(word: str) -> bool:
    """A word of three letters or more printed in capitals ("MOKRENKO", "AL-SAYED")."""
    letters = word.replace("-", "")
    return (
        len(letters) >= _SHOUTED_LETTERS
        and letters.isalpha()
        and letters.isupper()
        and _has_vowel(letters)  # "KJM" is initials
    )


def _has_vowel(letters: str) -> bool:
    """Whether a word in capitals has a vowel: "MOKRENKO", "МУРЗАЛИЕВ", "SƏMƏNDƏR"."""
    if any(vowel in letters for vowel in "AEIOUY"):
        return True
    return not _VOWELS.isdisjoint(unicodedata.normalize("NFD", letters))


def _capitals(word: str) -> bool:
    """Whether a word is printed in capitals (a particle or a "Mc" prefix may be lower case)."""
    if word.isupper() or word.casefold() in PARTICLES or not any(c.isalpha() for c in word):
        return True
    for prefix in ("Mc", "Mac"):
        if word.startswith(prefix) and word[len(prefix) :].isupper():
            return True
    return False


def _case_word(word: str, *, first: bool) -> str:
    """One word of a name in capitals, in name case."""
    bare = word.rstrip(".,")
    if bare in ROMAN or "." in bare or len(bare) == 1:
        return word  # regnal numbers ("III") and initials ("J.R.", "J.") stay as printed
    if bare.upper() in {"JR", "SR"}:
        return bare[0] + bare[1:].lower() + word[len(bare) :]
    if not first:
        lower = word.casefold()
        if lower in PARTICLES:
            return lower
        for prefix in ("al-", "el-"):
            if lower.startswith(prefix) and len(word) > len(prefix):
                return prefix + _case_word(word[3:], first=True)
    return _case_prefixed(word)


def _case_prefixed(word: str) -> str:
    """ "McDONALD" -> "McDonald", "MacLEOD" -> "MacLeod", "O'BRIEN" -> "O'Brien"."""
    if word.startswith(("Mc", "MC")) and len(word) > len("Mc") + 1:
        return "Mc" + word[2:3].upper() + word[3:].lower()
    if word.startswith("Mac") and len(word) > len("Mac") + 1 and word[3:].isupper():
        return "Mac" + word[3:4].upper() + word[4:].lower()
    parts = _WORD_PARTS.split(word)
    return "".join(
        part[:1].upper() + _lower(part[1:]) if part not in "-'’" else part for part in parts
    )


def _lower(text: str) -> str:
    """Lower case, with the Turkish dotted capital I as a plain i ("YETKİN" -> "Yetkin")."""
    return text.replace("İ", "I").lower()
