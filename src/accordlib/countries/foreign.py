"""Adjectives of nationality in prose that is not in English.

Spanish, Italian, Portuguese, French, Dutch, German, Turkish and Arabic copy names a
country's officials by an adjective after or before the noun: "el canciller venezolano",
"il Ministro degli Esteri spagnolo", "le président malien", "de Turkse collega", "Suudi
Dışişleri Bakanı", "الوزير العماني". :func:`~accordlib.countries.lookup.get_country` reads
them (the table's adjectives, prose ``foreign``, and the regular ones made by a suffix,
:mod:`accordlib.countries.adjectives`); :func:`adjective_mentions` reports them in running
text, but only in text that is not English (no English function word such as " the " in it:
"Romano", "Indiana" or "certain" in English copy are never read as adjectives), never where
a preposition makes the word the language ("in spagnolo", "en español"), and a capitalised
word only when no capitalised word follows it ("Mariano Rajoy" is a name).
"""

from __future__ import annotations

import bisect

from accordlib._util.lazy import Lazy, lazy_re, lazy_regex
from accordlib._util.memo import memoized
from accordlib.countries.adjectives import adjective_country
from accordlib.countries.context import CUES
from accordlib.countries.index import fold_ascii, index
from accordlib.countries.inflection import inflected_form
from accordlib.countries.key import name_key
from accordlib.countries.model import Country, CountryMention, MentionKind

__all__ = ["adjective_mentions", "is_english"]

# A word of five letters or more (two joined by a hyphen: "norte-americanos"), not part of
# a longer word, a number or an elision ("l'olandese" is read from "olandese").
_WORD = lazy_regex(
    r"(?<![\p{L}\p{M}\p{N}-])\p{L}[\p{L}\p{M}]{4,}(?:-\p{L}[\p{L}\p{M}]+)?(?![\p{L}\p{M}\p{N}-])"
)
# An Arabic-script adjective of nationality ends in the nisba (and its feminine or plural).
_ARABIC_LETTER = lazy_re(r"[\u0600-\u06ff]")
_ARABIC_NISBA = lazy_re(r"[\u0600-\u06ff]{3,}(?:ي|ی)(?:ة|ه|ون|ين|ان)?$")
# The word before an adjective ("in spagnolo"), and a capitalised word after or before one.
_PREV_WORD = lazy_regex(r"(?:^|(?<=[^\p{L}]))(\p{L}+)[ \u00a0]$")
_NEXT_CAPITAL = lazy_regex(r"[ \u00a0]\p{Lu}")
# (A capitalised word of three letters or fewer is an article: "De Marokkaanse", "Le").
_PREV_CAPITAL = lazy_regex(r"\p{Lu}[\p{L}\p{M}.]{3,}[ \u00a0]$")
# How far back the word before is looked for, and the capitalised word before.
_PREV_REACH = 12
_NAME_REACH = 32
# What a word of other languages names: the country and how, or () for none.
_Found = tuple[Country, MentionKind] | tuple[()]
_NAME = MentionKind.NAME
_DEMONYM = MentionKind.DEMONYM
_CAPITAL = MentionKind.CAPITAL


def is_english(text: str) -> bool:
    """Whether ``text`` has an English function word between spaces (" the ", " of ")."""
    return any(word in text for word in CUES.get().english_words)


def adjective_mentions(text: str, taken: list[tuple[int, int]]) -> list[CountryMention]:
    """The adjectives of nationality in ``text`` (not English) outside the ``taken`` spans
    (sorted, non-overlapping: the mentions found already), in text order."""
    if is_english(text):
        return []
    idx = index()
    starts = [start for start, _ in taken]
    found: list[CountryMention] = []
    for match in _WORD.finditer(text):
        word = match.group()
        known = _read(word)
        if not known:
            continue
        country, kind = known
        start, end = match.span()
        i = bisect.bisect_left(starts, end) - 1
        if i >= 0 and taken[i][1] > start:
            continue  # overlaps a mention found already
        if kind is _DEMONYM and (
            _is_language(text, start)
            or (word[0].isupper() and word not in idx.foreign and _in_a_name(text, start, end))
        ):
            continue
        found.append(CountryMention(word, start, end, country, kind))
    return found


@memoized(max_entries=16384, max_key_length=40)
def _read(word: str) -> _Found:
    """The country ``word`` names in text that is not English, and how, or ``()``: the
    table's names, capitals and adjectives of other languages (an adjective also capitalised
    at a sentence's start), a name in a case form, an Arabic nisba, a regular adjective."""
    idx = index()
    known = idx.foreign.get(word)
    if known is None and word[0].isupper():
        known = idx.foreign.get(word[0].lower() + word[1:])
        if known is not None and known[1] is not _DEMONYM:
            known = None  # "Chine" is a name; only an adjective changes its case
    if known is not None:
        return known
    if word in idx.exact or (word.isascii() and fold_ascii(word) in idx.folded):
        return ()  # a spelling (in any case) that the prose scan has read or left alone
    if _ARABIC_LETTER.search(word):
        # An Arabic-script spelling the scan reads, written with another hamza, without it,
        # or with a vowel mark ("الاردن", "عُمان"): the same key.
        spelt = _ARABIC_KEYS.get().get(name_key(word))
        if spelt:
            return spelt
    nisba = _ARABIC_NISBA.match(word) is not None
    if word[0].isupper() or nisba:
        # A name in a case form ("Magyarországon", "Moldovei", "Ukrajině"), an Arabic nisba;
        # a capital's case form stays a capital ("в Аммане": a place, not the state).
        found = inflected_form(word)
        if found is not None:
            nominative, declined = found
            if nisba:
                return declined, _DEMONYM
            return declined, _CAPITAL if _is_capital(nominative) else _NAME
    country = adjective_country(word)
    return () if country is None else (country, _DEMONYM)


def _build_arabic_keys() -> dict[str, _Found]:
    """The keys of the prose scan's one-word Arabic-script spellings of one country, with
    the country and kind (``()`` for a key that two countries' spellings share)."""
    keys: dict[str, _Found] = {}
    for text, surface in index().prose.items():
        entry = surface.entry
        if " " in text or not _ARABIC_LETTER.search(text) or not isinstance(entry, Country):
            continue
        key = name_key(text)
        known = keys.setdefault(key, (entry, surface.kind))
        if known and known[0] is not entry:
            keys[key] = ()
    return keys


_ARABIC_KEYS: Lazy[dict[str, _Found]] = Lazy(_build_arabic_keys)


def _is_capital(spelling: str) -> bool:
    """Whether the table's ``spelling`` is a capital's (a nominative read back from a case
    form: "Амман", "Paryż")."""
    idx = index()
    known = idx.foreign.get(spelling)
    if known is not None:
        return known[1] is _CAPITAL
    surface = idx.prose.get(spelling)
    return surface is not None and surface.kind is _CAPITAL


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised adjective has a capitalised neighbour: part of a name
    ("Anthony Albanese", "Mariano Rajoy"), which an adjective of nationality never is."""
    return _NEXT_CAPITAL.match(text, end) is not None or (
        _PREV_CAPITAL.search(text, max(0, start - _NAME_REACH), start) is not None
    )


def _is_language(text: str, start: int) -> bool:
    """Whether a preposition before the adjective makes it the language ("in spagnolo")."""
    before = _PREV_WORD.search(text, max(0, start - _PREV_REACH), start)
    return before is not None and before.group(1).lower() in CUES.get().language_before
