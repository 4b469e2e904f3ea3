"""A bridge for :mod:`accordlib.extract` while the country and official finders are built.

:func:`accordlib.find_countries` and :func:`accordlib.find_officials` are developed in
parallel; until they return results, the extractor uses these small finders, built
on :func:`accordlib.get_country` and the titles table. :func:`finders` probes the real
finders once and returns them as soon as they work, so this module then goes unused.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import regex

from accordlib.countries import Country, CountryMention, MentionKind, find_countries, get_country
from accordlib.data import read_table
from accordlib.titles import (
    Official,
    OfficialMention,
    Role,
    Title,
    find_officials,
)

__all__ = ["finders"]

_CAP = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*+|U\.S\.|U\.N\.)")
_WORD = regex.compile(r"[\p{L}\p{M}\d]++(?:[-'\u2019.][\p{L}\p{M}\d]++){0,6}+\.?+")
_STOP = frozenset(["The", "A", "An", "In", "On", "At", "But", "And", "Of", "For", "To", "By", "With", "As", "It", "He", "She", "They", "We", "I"])

_lock = threading.Lock()
_chosen: list[
    tuple[Callable[[str], list[CountryMention]], Callable[[str], list[OfficialMention]]]
] = []


def finders() -> tuple[
    Callable[[str], list[CountryMention]], Callable[[str], list[OfficialMention]]
]:
    """The country and official finders to use: the real ones once they find anything."""
    if not _chosen:
        with _lock:
            if not _chosen:
                countries = find_countries if find_countries("Israel and Japan") else _countries
                officials = (
                    find_officials
                    if find_officials("Prime Minister Benjamin Netanyahu said")
                    else _officials
                )
                _chosen.append((countries, officials))
    return _chosen[0]


def _words(text: str) -> list[tuple[str, int, int]]:
    out = []
    for match in _WORD.finditer(text):
        word = match.group()
        end = match.end()
        if word.endswith(".") and not regex.fullmatch(r"(?:\p{L}\.){2,}", word):
            word = word[:-1]
            end -= 1
        if word.endswith(("'s", "\u2019s")):
            word = word[:-2]
            end -= 2
        out.append((word, match.start(), end))
    return out


def _country_kind(surface: str, country: Country) -> MentionKind:
    if surface.lower() == country.name.lower():
        return MentionKind.NAME
    if surface.isupper():
        return MentionKind.CODE
    if surface.endswith(("i", "n", "ese", "ish", "ch", "k", "ic", "ek")) and not surface.endswith(
        ("stan", "ain", "an")
    ):
        return MentionKind.DEMONYM
    return MentionKind.ALIAS


def _countries(text: str) -> list[CountryMention]:
    words = _words(text)
    found: list[CountryMention] = []
    index = 0
    while index < len(words):
        word = words[index][0]
        if not word[:1].isupper() or word in _STOP:
            index += 1
            continue
        for length in range(min(4, len(words) - index), 0, -1):
            last = words[index + length - 1][0]
            inner = [w[0] for w in words[index : index + length]]
            if not last[:1].isupper() or any(
                not w[:1].isupper() and w not in ("and", "of", "the") for w in inner
            ):
                continue
            start = words[index][1]
            end = words[index + length - 1][2]
            surface = text[start:end]
            country = get_country(surface)
            if country is not None:
                kind = _country_kind(surface, country)
                if surface.endswith("an") and surface.lower() != country.name.lower():
                    kind = MentionKind.DEMONYM
                found.append(CountryMention(surface, start, end, country, kind))
                index += length
                break
        else:
            index += 1
    return found


_titles: dict[tuple[str, ...], dict[str, str]] = {}


def _title_table() -> dict[tuple[str, ...], dict[str, str]]:
    if not _titles:
        for row in read_table("titles.tsv"):
            key = tuple(row["surface"].split())
            _titles.setdefault(key, row)
    return _titles


_PARTICLES = frozenset(["bin", "al", "al-", "von", "der", "van", "de", "da", "du", "ibn"])
_MODIFIERS = frozenset(["deputy", "special", "senior", "acting", "former", "first", "vice", "interim"])


def _officials(text: str) -> list[OfficialMention]:
    table = _title_table()
    words = _words(text)
    lows = [w[0].lower() for w in words]
    found: list[OfficialMention] = []
    index = 0
    while index < len(words):
        match = None
        for length in range(min(5, len(words) - index), 0, -1):
            row = table.get(tuple(lows[index : index + length]))
            if row is not None and words[index][0][:1].isupper():
                match = (length, row)
                break
        if match is None:
            index += 1
            continue
        length, row = match
        title_start = index
        # Country or modifiers before the title ("US Special Envoy").
        country: Country | None = None
        begin = title_start
        probe = title_start - 1
        while probe >= 0 and lows[probe] in _MODIFIERS and words[probe][0][:1].isupper():
            begin = probe
            probe -= 1
        if probe >= 0 and words[probe][0][:1].isupper():
            candidate = get_country(words[probe][0])
            if candidate is not None:
                country = candidate
                begin = probe
        after = index + length
        if after + 1 < len(words) and lows[after] == "of":
            candidate = get_country(words[after + 1][0])
            if candidate is not None and not country:
                country = candidate
                after += 2
        name_words: list[int] = []
        probe = after
        while probe < len(words) and len(name_words) < 5:
            word = words[probe][0]
            if (word[:1].isupper() and word not in _STOP and get_country(word) is None) or (lows[probe] in _PARTICLES and name_words):
                name_words.append(probe)
            else:
                break
            probe += 1
        if not name_words:
            index += length
            continue
        name_start = words[name_words[0]][1]
        name_end = words[name_words[-1]][2]
        title_text = " ".join(w[0] for w in words[title_start : index + length])
        title = Title(
            title_text,
            row["canonical"],
            Role[row["role"]],
            tuple(row["modifiers"].split()) if row["modifiers"] else (),
            row["portfolio"] or None,
        )
        start = words[begin][1]
        official = Official(
            text[name_start:name_end], title, country, row["organization"] or None, (), ""
        )
        official = Official(
            official.name, title, country, official.organization, (), text[start:name_end]
        )
        found.append(OfficialMention(official, start, name_end))
        index = name_words[-1] + 1
    return found


_TRAILER = regex.compile(
    r"""
    \A\s*+(?:
        By\s
      | The-\w++-Wire | \(END\) | Enditem | Reuter\b | _{3,} | ==
      | Our\sStandards | Editor: | Copyright\b | \u00a9 | \u2122 | \(c\)\s
      | \(Reporting\sby | Reporting\sby | Editing\sby
      | .{0,80}?\bcontributed\sto\sthis\sreport
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def body_spans(text: str) -> list[tuple[int, int]]:
    """Body paragraphs of a raw story: without its headline, byline and trailer lines."""
    spans: list[tuple[int, int]] = []
    position = 0
    first = True
    for line in text.splitlines(keepends=True):
        start, end = position, position + len(line.rstrip("\r\n"))
        position += len(line)
        stripped = line.strip()
        if not stripped:
            continue
        if first:
            first = False
            nxt = text[position : position + 2]
            if (
                not stripped.endswith((".", "\u201d", '"'))
                and len(stripped) < 120
                and (nxt.startswith(("\n", "\r\n", " ")) or stripped.isupper() or "By " in nxt)
            ):
                continue  # a headline
        if _TRAILER.match(line):
            continue
        spans.append((start, end))
    return spans
