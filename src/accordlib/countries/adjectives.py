"""Adjectives of nationality in other languages, read back to the country's name.

The Romance, Dutch and German press make the adjective from the country's own name in that
language: a suffix after the name ("cuba" -> "cubano", "Mali" -> "malien", "India" ->
"Indiase") or after the name less its last vowel ("Argentina" -> "argentino", "Olanda" ->
"olandese", "Marokko" -> "Marokkaanse", "Turkije" -> "Turkse", "Spanien" -> "spanisch"), in
every gender and number ("-o/-a/-i/-e/-os/-as", "-ien/-ienne/-iens", "-ais/-aise",
"-e"). The tables hold the names, not the adjectives, so :func:`adjective_country` takes the
suffix off and tries the names the stem may come from, and accepts the answer only when it
is one country. Swahili names a people with the prefix "Wa-" ("Wakenya", "Watanzania").

Only one word of Latin letters is read; the stem must keep four letters or more ("malaise"
is no "Mali"), and an adjective that is only the name with its vowel changed needs a stem
of six ("Italo" is a first name). English demonyms are in the curated tables and win
before any of this is tried; look-alikes listed there ("Indiana") never reach it.
"""

from __future__ import annotations

import re

from accordlib._util.lazy import Lazy
from accordlib._util.tables import read_table
from accordlib.countries.endings import language
from accordlib.countries.index import index
from accordlib.countries.key import name_key
from accordlib.countries.model import Country

__all__ = ["adjective_country"]

# What is added to a stem to give the name it came from: nothing ("cuba|no"), a final vowel
# ("argentin|a"), the Dutch "-ije"/"-ië" ("Turk|ije", "Belg|ië"), the German "-ien"/"-en"/
# "-ei" ("Span|ien", "Ägypt|en", "Türk|ei").
_ROMANCE_ENDS = ("", "a", "o", "e")
_DUTCH_ENDS = ("", "a", "o", "e", "ije", "ie")
_GERMAN_ENDS = ("", "a", "o", "en", "ien", "ei", "ie")


def _forms(*stems: str, endings: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(stem + ending for stem in stems for ending in endings)


# Suffixes (accents folded) in every gender and number, each with the name endings its stem
# may have lost. Longest first within a language, so that "-iano" is tried before "-ano".
_SUFFIXES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Italian, Spanish, Portuguese, Catalan: "cubano", "iraniano", "olandese",
    # "lussemburghese", "libico", "brasileño", "brasileiro", "canadense".
    (_forms("ian", "an", "in", "en", endings=("o", "a", "i", "e", "os", "as")), _ROMANCE_ENDS),
    (_forms("n", endings=("o", "a", "i", "e", "os", "as")), ("",)),
    (_forms("es", "hes", "les", endings=("e", "i", "a", "as", "es")), _ROMANCE_ENDS),
    (_forms("ic", "c", endings=("o", "a", "i", "he", "os", "as")), _ROMANCE_ENDS),
    (_forms("eir", endings=("o", "a", "os", "as")), _ROMANCE_ENDS),
    (("ense", "enses", "ena", "eno", "enas", "enos"), _ROMANCE_ENDS),
    # Romanian: "ucrainean", "moldovenesti".
    (("ean", "eana", "eni", "ene", "enesc", "eneasca", "enesti"), _ROMANCE_ENDS),
    # French: "malien", "guinéen" (of "Guinée"), "sénégalaise", "togolais", "marocain".
    (_forms("ien", "en", endings=("", "ne", "s", "nes")), ("", "e")),
    (_forms("ais", "lais", endings=("", "e", "es")), _ROMANCE_ENDS),
    (_forms("ain", endings=("", "e", "s", "es")), _ROMANCE_ENDS),
    # Dutch: "Indiase", "Turkse", "Marokkaanse", "Belgische", "Chinese".
    (("aanse", "aans", "iaanse", "iaans", "se", "ische", "isch", "ese", "ees"), _DUTCH_ENDS),
    # German: "spanische", "marokkanischen", "iranischer".
    (_forms("anisch", "isch", endings=("", "e", "en", "er", "es", "em")), _GERMAN_ENDS),
)
# Adjectives that are only the name with another final vowel ("argentin|o" of "Argentina").
_VOWEL_SWAP = (("o", "os", "i"), ("a",))
_MIN_STEM = 4
_MIN_SWAP_STEM = 6
_WORD = re.compile(r"^[^\W\d_]+$")
_SWAHILI_PEOPLE = re.compile(r"^Wa(?P<name>[A-Z]?[a-z]{4,})$")
# The shortest word read as an adjective.
_MIN_WORD = 6
# The languages whose names the adjectives are made from (English and curated rows too).
_LANGUAGES = frozenset({"it", "es", "pt", "pt_BR", "fr", "ca", "gl", "ro", "nl", "de"})


def _build_names() -> dict[str, Country]:
    """The one-word Latin-script names (keys) of one country each, in English and the
    languages above: what a stem may be."""
    names: dict[str, Country] = {}
    keyed = index().keyed
    for row in read_table("country_names.tsv"):
        key = row["key"]
        if row["kind"] not in ("name", "alias") or " " in key or not key.isascii():
            continue
        lang = language(row["source"])
        if lang is not None and lang not in _LANGUAGES:
            continue
        entry = keyed.get(key)
        if isinstance(entry, Country):
            names[key] = entry
    return names


_NAMES: Lazy[dict[str, Country]] = Lazy(_build_names)


def adjective_country(word: str) -> Country | None:
    """The one country whose name the adjective of nationality ``word`` is made from, or
    ``None`` (see the module docstring)."""
    word = word.strip()
    if len(word) < _MIN_WORD or not _WORD.match(word):
        return None
    people = _SWAHILI_PEOPLE.match(word)
    if people is not None:
        country = _NAMES.get().get(people["name"].lower())
        if country is not None:
            return country
    folded = word.lower() if word.isascii() else name_key(word)
    if " " in folded or not folded.isascii():
        return None
    found = [pair for stem, ends in _stems(folded) for pair in _names_of(stem, ends)]
    if not found:
        return None
    # The longest name the word can be made of: "olandese" is "Olanda", not "Öland".
    longest = max(size for size, _ in found)
    countries = {country for size, country in found if size == longest}
    return countries.pop() if len(countries) == 1 else None


def _build_by_end() -> dict[str, list[tuple[str, tuple[str, ...], int]]]:
    """Every (suffix, name endings, shortest stem), by the suffix's last letter."""
    by_end: dict[str, list[tuple[str, tuple[str, ...], int]]] = {}
    rows: list[tuple[str, tuple[str, ...], int]] = [
        (suffix, ends, _MIN_STEM) for suffixes, ends in _SUFFIXES for suffix in suffixes
    ]
    swapped, swap_ends = _VOWEL_SWAP
    rows += [(suffix, swap_ends, _MIN_SWAP_STEM) for suffix in swapped]
    for suffix, ends, shortest in rows:
        by_end.setdefault(suffix[-1], []).append((suffix, ends, shortest))
    return by_end


_BY_END: Lazy[dict[str, list[tuple[str, tuple[str, ...], int]]]] = Lazy(_build_by_end)


def _stems(folded: str) -> list[tuple[str, tuple[str, ...]]]:
    """The (stem, name endings) pairs a folded word may be made of."""
    return [
        (folded[: -len(suffix)], ends)
        for suffix, ends, shortest in _BY_END.get().get(folded[-1:], ())
        if folded.endswith(suffix) and len(folded) - len(suffix) >= shortest
    ]


def _names_of(stem: str, ends: tuple[str, ...]) -> list[tuple[int, Country]]:
    """The countries (with the length of their name) whose name is ``stem`` with one of ``ends`` (a final "c" may stand for
    the "-que" or "-co" of the name: "mexic|ain" of "Mexique", "moçambic|ano")."""
    names = _NAMES.get()
    bases = [stem]
    if stem.endswith("c"):
        bases += [stem[:-1] + "que", stem + "o"]
    return [
        (len(base + end), names[base + end])
        for base in bases
        for end in ends
        if base + end in names
    ]
