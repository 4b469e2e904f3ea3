"""Case endings: a country's name in another language, declined as that language declines it.

German puts an ``-s`` on a name in the genitive ("Polens Präsident", "die Hauptstadt
Rumäniens"); Russian, Serbian and Ukrainian change the last letters ("премьер-министр
Таджикистана", "России", "Немачке"); Albanian adds ``-së`` ("i Turqisë"). The tables hold the
nominative only, so :func:`inflected` tries the nominatives an ending can come from and
accepts one only when it is a spelling in another language: an English name with an
``-s`` is a plural or a slip, not a genitive ("the Americas", "Guineas").

A spelling is "in another language" when every row of its key in ``country_names.tsv``
comes from a translation: pycountry's catalogues (``pycountry iso3166-1 de``) or a curated
row whose source names the language ("German", "Russian short name ...", "German exonym").
"""

from __future__ import annotations

import re

from accordlib._util.lazy import Lazy
from accordlib._util.tables import read_table
from accordlib.countries.index import index
from accordlib.countries.key import name_key
from accordlib.countries.model import Country

__all__ = ["foreign_keys", "inflected", "nominatives"]

# The sources of spellings in another language (see the module docstring).
_FOREIGN_SOURCE = re.compile(
    r"""^(?:pycountry\ iso3166-[13]\ \S+
    |(?:German|French|Spanish|Italian|Portuguese|Russian|Ukrainian|Serbian|Turkish|Arabic
       |Chinese|Indonesian|Polish|Albanian|Dutch)
     (?:\ (?:short\ name|exonym|abbreviation|spelling|name)\b.*)?)$""",
    re.VERBOSE,
)
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
# Latin-script endings: the German genitive "-s" and the Albanian genitive "-së" (of a name
# in "-i": "Turqisë") and "-ës" (of a name in "-a": "Kosovës").
_LATIN_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("së", ("", "a")),
    ("ës", ("a", "")),
    ("s", ("",)),
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A single word of letters (hyphens allowed): multi-word names are not declined here.
_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
# Shorter inflected forms are too close to words and codes ("Ius", "Обе").
_MIN_LENGTH = 5


def _build_foreign() -> frozenset[str]:
    foreign: set[str] = set()
    english: set[str] = set()
    for row in read_table("country_names.tsv"):
        (foreign if _FOREIGN_SOURCE.match(row["source"]) else english).add(row["key"])
    return frozenset(foreign - english)


_FOREIGN: Lazy[frozenset[str]] = Lazy(_build_foreign)


def foreign_keys() -> frozenset[str]:
    """The keys whose every spelling is in another language than English."""
    return _FOREIGN.get()


def nominatives(word: str) -> list[str]:
    """The nominatives ``word`` may be a case form of, most likely first (may be empty)."""
    if len(word) < _MIN_LENGTH or not _WORD.match(word):
        return []
    endings = _CYRILLIC_ENDINGS if _CYRILLIC.search(word) else _LATIN_ENDINGS
    lower = word.casefold()
    stems: list[str] = []
    for ending, replacements in endings:
        if lower.endswith(ending) and not lower.endswith("ss"):
            stem = word[: len(word) - len(ending)]
            stems.extend(stem + replacement for replacement in replacements)
    return stems


def inflected(name: str) -> Country | None:
    """The one country ``name`` is a case form of (see the module docstring), or ``None``."""
    candidates = nominatives(name.strip())
    if not candidates:
        return None
    foreign = foreign_keys()
    keyed = index().keyed
    for stem in candidates:
        # One ASCII word is its own key in lower case: no need to normalise it.
        key = stem.lower() if stem.isascii() and stem.isalpha() else name_key(stem)
        if key in foreign:
            entry = keyed.get(key)
            if isinstance(entry, Country):
                return entry
    return None
