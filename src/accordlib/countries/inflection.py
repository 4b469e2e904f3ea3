"""Case endings: a country's name in another language, declined as that language declines it.

German puts an ``-s`` on a name in the genitive ("Polens Präsident", "die Hauptstadt
Rumäniens"); Russian, Serbian and Ukrainian change the last letters ("премьер-министр
Таджикистана", "России", "Немачке"); Albanian adds ``-së`` ("i Turqisë"). The tables hold the
nominative only, so :func:`inflected` tries the nominatives an ending can come from and
accepts one only when it is a spelling in a language that declines that way: the German
genitive is read on German, Swedish, Danish and Norwegian names, the Polish, Czech and
Croatian cases on those languages' names, and so on. An English name with an ``-s`` is a
plural or a slip, not a genitive ("the Americas", "Guineas"), and "Danie" is no case of the
Polish "Dania".

A spelling's language comes from its source in ``country_names.tsv``: pycountry's catalogues
(``pycountry iso3166-1 de``) or a curated row whose source starts with the language's name
("German", "Russian short name ...", "German exonym"). A key that also has an English
spelling is never declined.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from accordlib._util.lazy import Lazy
from accordlib._util.memo import Memo
from accordlib._util.tables import read_table
from accordlib.countries.endings import (
    CYRILLIC_ENDINGS,
    GROUPS,
    LATIN_ENDINGS,
    TRANSLATED,
    language,
)
from accordlib.countries.index import index
from accordlib.countries.key import name_key
from accordlib.countries.model import Country

__all__ = ["arabic_stems", "inflected", "inflected_form", "language_keys", "nominatives"]

# The Hungarian case suffixes ("Oroszországban", "Kínában", "Iránnal"): a final "a"/"e" of
# the stem lengthens before them, and "-val"/"-vel" takes the sound of the consonant before.
_HUNGARIAN_SUFFIX = re.compile(
    r"(?:ban|ben|ba|be|ból|ből|ról|ről|tól|től|nak|nek|hoz|hez|höz|val|vel|ra|re|on|en|ön"
    r"|ért|ig|(?P<double>[^\W\d_])(?P=double)(?:al|el))$"
)
_LONG_FINAL = {"á": "a", "é": "e"}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A single word of letters (hyphens allowed): multi-word names are not declined here.
_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
# Shorter inflected forms are too close to words and codes ("Ius", "Обе").
_MIN_LENGTH = 5
# One word in Arabic script, and an Arabic-script adjective of nationality: an optional article,
# a stem of three letters or more, the nisba ending (feminine, plural).
_ARABIC = re.compile(r"^[\u0600-\u06ff]+$")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_NISBA = re.compile(r"^(?P<article>ال)?(?P<stem>[\u0600-\u06ff]{3,}?)(?:ي|ی)(?:ة|ه|ون|ين|ان)?$")
# Declined phrases: the longest read word by word, and the most readings tried.
_MAX_PHRASE_WORDS = 5
_MAX_COMBINATIONS = 256


# Groups whose endings no English word takes, so that English spellings decline too: Romanian
# writes many names as English does ("Moldova" -> "Moldovei", "Pakistan" -> "Pakistanului").
_WITH_ENGLISH = frozenset({"romanian"})


def _build_keys() -> dict[str, frozenset[str]]:
    by_group: dict[str, set[str]] = {group: set() for group in GROUPS}
    english: set[str] = set()
    for row in read_table("country_names.tsv"):
        if _ARABIC_LETTER.search(row["key"]):
            # Every Arabic-script spelling, curated ones too: no English name is one.
            by_group["arabic"].add(row["key"])
            continue
        lang = language(row["source"])
        if lang is None:
            if not row["source"].startswith(TRANSLATED):
                english.add(row["key"])
            continue
        for group, languages in GROUPS.items():
            if lang in languages:
                by_group[group].add(row["key"])
    return {
        group: frozenset(keys | english if group in _WITH_ENGLISH else keys - english)
        for group, keys in by_group.items()
    }


_KEYS: Lazy[dict[str, frozenset[str]]] = Lazy(_build_keys)


def _build_phrase_words() -> dict[str, frozenset[str]]:
    """The words of each group's spellings of several words, and ("") of any of them."""
    words = {
        group: frozenset(word for key in keys if " " in key for word in key.split(" "))
        for group, keys in _KEYS.get().items()
    }
    words[""] = frozenset().union(*words.values())
    return words


_PHRASE_WORDS: Lazy[dict[str, frozenset[str]]] = Lazy(_build_phrase_words)


def language_keys(group: str) -> frozenset[str]:
    """The keys of the names in the languages of ``group`` that no English spelling shares."""
    return _KEYS.get()[group]


#: One ending of a table: its place in the table, group, ending and nominative endings.
_Ending = tuple[int, str, str, tuple[str, ...]]


class _Endings:
    """A table of endings by the text they end with, so that a word's endings are found by
    one dictionary look-up per ending length rather than one ``endswith`` per ending (a
    look-up that misses reads every word of the name here: "Qatar Sheikh X")."""

    __slots__ = ("by_text", "lengths")

    def __init__(self, endings: Iterable[tuple[str, str, tuple[str, ...]]]) -> None:
        self.by_text: dict[str, list[_Ending]] = {}
        for place, (group, ending, replacements) in enumerate(endings):
            self.by_text.setdefault(ending, []).append((place, group, ending, replacements))
        self.lengths = sorted({len(ending) for ending in self.by_text})

    def ending(self, lower: str) -> list[_Ending]:
        """The endings ``lower`` ends with, in table order."""
        size = len(lower)
        found = [
            item
            for length in self.lengths
            if length <= size
            for item in self.by_text.get(lower[size - length :], ())
        ]
        found.sort()  # by place, which no two share
        return found


_CYRILLIC_TABLE: Lazy[_Endings] = Lazy(
    lambda: _Endings(("cyrillic", *pair) for pair in CYRILLIC_ENDINGS)
)
_LATIN_TABLE: Lazy[_Endings] = Lazy(lambda: _Endings(LATIN_ENDINGS))


def nominatives(word: str) -> list[tuple[str, str]]:
    """The (nominative, group) pairs ``word`` may be a case form of (may be empty)."""
    if len(word) < _MIN_LENGTH or not _WORD.match(word):
        return []
    lower = word.casefold()
    stems: list[tuple[str, str]] = []
    if not lower.endswith("ss"):
        table = _CYRILLIC_TABLE if _CYRILLIC.search(word) else _LATIN_TABLE
        for _, group, ending, replacements in table.get().ending(lower):
            stem = word[: len(word) - len(ending)]
            stems.extend((stem + replacement, group) for replacement in replacements)
    suffix = _HUNGARIAN_SUFFIX.search(lower)
    if suffix is not None:
        stem = word[: suffix.start() + (1 if suffix["double"] else 0)]
        stems.append((stem, "hungarian"))
        if stem and stem[-1] in _LONG_FINAL:
            stems.append((stem[:-1] + _LONG_FINAL[stem[-1]], "hungarian"))
    return stems


def inflected(name: str) -> Country | None:
    """The one country ``name`` is a case form of (see the module docstring), or ``None``."""
    found = inflected_form(name)
    return None if found is None else found[1]


def inflected_form(name: str) -> tuple[str, Country] | None:
    """The nominative ``name`` is a case form of and its one country, or ``None``: as
    :func:`inflected`, with the spelling read ("Аммане" -> "Амман"), which tells a capital's
    case form from a name's (a phrase is its own nominative here)."""
    name = name.strip()
    if " " in name:
        country = _inflected_phrase(name)
        return None if country is None else (name, country)
    if _ARABIC.match(name):
        # Urdu and Persian write without the article what Arabic writes with it ("امارات").
        article = [] if name.startswith("ال") else ["ال" + name]
        return _first_country((stem, "arabic") for stem in [*article, *arabic_stems(name)])
    candidates = nominatives(name)
    if not candidates:
        return None
    return _first_country(candidates)


def _first_country(candidates: Iterable[tuple[str, str]]) -> tuple[str, Country] | None:
    """The first (nominative, group) whose key is a spelling of that group, as the
    nominative and its country."""
    keys = _KEYS.get()
    keyed = index().keyed
    for stem, group in candidates:
        key = _word_key(stem)
        if key in keys[group]:
            entry = keyed.get(key)
            if isinstance(entry, Country):
                return stem, entry
    return None


def _word_key(text: str) -> str:
    """The key of ``text``; one ASCII word is its own key in lower case (no need to normalise)."""
    return text.lower() if text.isascii() and text.isalpha() else name_key(text)


def arabic_stems(word: str) -> list[str]:
    """The names an Arabic-script adjective of nationality comes from: the nisba "-ي" (with
    "-ة" in the feminine, "-ون"/"-ين" in the plural) after the article or not ("المصري" <-
    "مصر", "العراقية" <- "العراق", "الروسي" <- "روسيا", "الأمريكي" <- "أمريكا"), and
    Persian and Urdu "-ی" ("ایرانی" <- "ایران"). Other words give none."""
    found = _NISBA.match(word)
    if found is None:
        return []
    stem = found["stem"]
    article = "ال" if found["article"] else ""
    return [article + stem, stem, "ال" + stem, stem + "ا", stem + "يا", "ال" + stem + "ية"]


#: The readings of the words of phrases looked up (``_readings``), remembered: the officials
#: reader asks about spans that hold a person's name ("Kazakhstan Ali Khamenei") and miss,
#: and the words repeat from span to span (each miss read every word's case endings again:
#: ~8 us a miss, about half of what a miss still cost; measured on bench_officials' spans).
_OPTIONS: Memo[str, tuple[tuple[str, str], ...]] = Memo(max_entries=1 << 14, max_key_length=64)


def _readings(word: str) -> tuple[tuple[str, str], ...]:
    """The (word, group) readings of one word of a phrase that are a word of some spelling of
    that group: the word as printed (group ``""``) and its nominatives."""
    vocabulary = _PHRASE_WORDS.get()
    return tuple(
        (stem, group)
        for stem, group in [(word, ""), *nominatives(word)]
        if _word_key(stem) in vocabulary[group]
    )


def _inflected_phrase(name: str) -> Country | None:
    """A name of several words declined word by word ("Egyesült Államokba", "Statelor Unite
    ale Americii", "Spojených států"): each word as printed or one of its nominatives, the
    declined words all read in one language group, the whole a spelling of that group."""
    words = name.split()
    if len(words) > _MAX_PHRASE_WORDS:
        return None
    # Only the readings whose word is a word of some spelling of that group are tried; a
    # word with none ends the search.
    options: list[tuple[tuple[str, str], ...]] = []
    for word in words:
        option = _OPTIONS.get(word)
        if option is None:
            option = _OPTIONS.put(word, _readings(word))
        if not option:
            return None
        options.append(option)
    if all(group == "" for option in options for _, group in option):
        return None
    keys = _KEYS.get()
    keyed = index().keyed
    for combination in itertools.islice(itertools.product(*options), _MAX_COMBINATIONS):
        groups = {group for _, group in combination if group}
        if len(groups) != 1:
            continue
        key = name_key(" ".join(stem for stem, _ in combination))
        if key in keys[groups.pop()]:
            entry = keyed.get(key)
            if isinstance(entry, Country):
                return entry
    return None
