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

import re

from accordlib._util.lazy import Lazy
from accordlib._util.tables import read_table
from accordlib.countries.index import index
from accordlib.countries.key import name_key
from accordlib.countries.model import Country

__all__ = ["GROUPS", "inflected", "language_keys", "nominatives"]

# The languages of the curated rows, by the word their source starts with.
_LANGUAGE_WORDS = {
    "German": "de",
    "Swedish": "sv",
    "Danish": "da",
    "Norwegian": "nb_NO",
    "Polish": "pl",
    "Czech": "cs",
    "Slovak": "sk",
    "Croatian": "hr",
    "Slovene": "sl",
    "Serbian": "sr",
    "Russian": "ru",
    "Ukrainian": "uk",
    "Bulgarian": "bg",
    "Hungarian": "hu",
    "Albanian": "sq",
}
_SOURCE = re.compile(
    r"^(?:pycountry iso3166-[13] (?P<code>\S+)$|(?P<word>[A-Z][a-z]+)(?:[ /(]|$))"
)

#: The languages whose names each group of endings is read on.
GROUPS: dict[str, frozenset[str]] = {
    "genitive_s": frozenset({"de", "sv", "da", "nb_NO"}),
    "albanian": frozenset({"sq"}),
    "polish": frozenset({"pl"}),
    "czech": frozenset({"cs", "sk"}),
    "south_slavic": frozenset({"hr", "sr@latin", "bs", "sl"}),
    "cyrillic": frozenset({"ru", "uk", "be", "bg", "sr", "mk"}),
    "hungarian": frozenset({"hu"}),
}
# Russian, Ukrainian and Serbian endings and the nominative endings they replace:
# "Таджикистана" (genitive of a consonant stem), "России" (of "-ия"), "Кубы" (of "-а"),
# "Беларуси" (of "-ь"), "Немачке" (Serbian genitive of "-а").
_CYRILLIC_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ии", ("ия",)),
    ("ию", ("ия",)),
    ("ией", ("ия",)),
    ("ом", ("",)),
    ("ой", ("а", "я")),
    ("ей", ("я", "ь")),
    ("ью", ("ь",)),
    ("ије", ("ија",)),
    ("а", ("",)),
    ("у", ("", "а")),
    ("е", ("", "а", "я")),
    ("ы", ("а",)),
    ("и", ("а", "я", "ь")),
    ("ю", ("я", "ь")),
)
# Latin-script endings, by group: the genitive "-s" ("Polens", "Sveriges"); the Albanian
# genitive "-së" (of a name in "-i": "Turqisë") and "-ës" (of one in "-a": "Kosovës"); the
# Polish cases ("Rosji", "Ukrainy", "Japonii", "Ukrainie", "Egiptu"), the Czech and Slovak
# ones ("Německa", "Německu", "Litvy") and the Croatian, Serbian and Slovene ones
# ("Hrvatske", "Hrvatskoj", "Hrvatsku").
_LATIN_ENDINGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("albanian", "së", ("", "a")),
    ("albanian", "ës", ("a", "")),
    ("genitive_s", "s", ("",)),
    ("polish", "ji", ("ja",)),
    ("polish", "ii", ("ia",)),
    ("polish", "ie", ("a",)),
    ("polish", "y", ("a",)),
    ("polish", "u", ("",)),
    ("polish", "a", ("",)),
    ("czech", "a", ("o",)),
    ("czech", "u", ("o",)),
    ("czech", "y", ("a",)),
    ("south_slavic", "e", ("a",)),
    ("south_slavic", "oj", ("a",)),
    ("south_slavic", "u", ("a",)),
    ("south_slavic", "i", ("a",)),
)
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


def _language(source: str) -> str | None:
    """The language code of a row's source, or ``None`` (English, or not a language)."""
    found = _SOURCE.match(source)
    if found is None:
        return None
    return found["code"] or _LANGUAGE_WORDS.get(found["word"])


def _build_keys() -> dict[str, frozenset[str]]:
    by_group: dict[str, set[str]] = {group: set() for group in GROUPS}
    english: set[str] = set()
    for row in read_table("country_names.tsv"):
        language = _language(row["source"])
        if language is None:
            if not row["source"].startswith("pycountry iso3166"):
                english.add(row["key"])
            continue
        for group, languages in GROUPS.items():
            if language in languages:
                by_group[group].add(row["key"])
    return {group: frozenset(keys - english) for group, keys in by_group.items()}


_KEYS: Lazy[dict[str, frozenset[str]]] = Lazy(_build_keys)


def language_keys(group: str) -> frozenset[str]:
    """The keys of the names in the languages of ``group`` that no English spelling shares."""
    return _KEYS.get()[group]


def nominatives(word: str) -> list[tuple[str, str]]:
    """The (nominative, group) pairs ``word`` may be a case form of (may be empty)."""
    if len(word) < _MIN_LENGTH or not _WORD.match(word):
        return []
    lower = word.casefold()
    if _CYRILLIC.search(word):
        endings = [("cyrillic", *pair) for pair in _CYRILLIC_ENDINGS]
    else:
        endings = list(_LATIN_ENDINGS)
    stems: list[tuple[str, str]] = []
    for group, ending, replacements in endings:
        if lower.endswith(ending) and not lower.endswith("ss"):
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
    candidates = nominatives(name.strip())
    if not candidates:
        return None
    keys = _KEYS.get()
    keyed = index().keyed
    for stem, group in candidates:
        # One ASCII word is its own key in lower case: no need to normalise it.
        key = stem.lower() if stem.isascii() and stem.isalpha() else name_key(stem)
        if key in keys[group]:
            entry = keyed.get(key)
            if isinstance(entry, Country):
                return entry
    return None
