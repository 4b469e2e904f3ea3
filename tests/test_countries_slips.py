"""Typing slips in running text: find_countries reads a capitalised word one slip from a
country's English spelling ("Islambad"), as get_country already did, under the rules of the
spelling it slipped from (a capital named as a place is no mention)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from accordlib import find_countries
from accordlib.countries import prose
from accordlib.countries.fuzzy import near_miss_kind

SLIPS = [
    # (text, the mentions as (text, alpha3, kind))
    ("Talks between Pyngyang and Seoul stalled.", [("Pyngyang", "PRK", "CAPITAL"), ("Seoul", "KOR", "CAPITAL")]),
    ("Egypt, Bahrian and Qatar signed the text.", [("Egypt", "EGY", "NAME"), ("Bahrian", "BHR", "NAME"), ("Qatar", "QAT", "NAME")]),
    ("Islambad's envoy left early.", [("Islambad", "PAK", "CAPITAL")]),
    ("The minister flew on to Indoneisa.", [("Indoneisa", "IDN", "NAME")]),
    # A capital named as a place, spelt right or not, is no mention.
    ("The two sides met in Islambad on Monday.", []),
    # Joined to another word, or with a case ending after an apostrophe: not a slip read here.
    ("a Sino-Bahrian panel", []),
    ("Bahrian-born", []),
    ("Islambad'da toplandılar", []),
    # Spellings the tables know are theirs to decide: an airline, a curated misspelling kept
    # out of prose (also a given name), a plural of a name; a curated misspelling that is no
    # word is read.
    ("Emirates cut its fares.", []),
    ("the Isreal case", []),
    ("the Kyrgystan case", [("Kyrgystan", "KGZ", "ALIAS")]),
    ("the Americas and the Caribbean", []),
    # Short words are left alone in prose ("Itlay" is get_country's only).
    ("Itlay and Chnia", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SLIPS)
def test_slips_in_prose(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(m.text, m.country.alpha3, m.kind.name) for m in find_countries(text)]
    assert got == expected
    for m in find_countries(text):
        assert text[m.start : m.end] == m.text


def test_slip_capital_kept_with_places() -> None:
    found = find_countries("The two sides met in Islambad on Monday.", places=True)
    assert [(m.text, m.country.alpha3) for m in found] == [("Islambad", "PAK")]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("islambad", ("PAK", "capital")),
        ("bahrian", ("BHR", "name")),
        ("afghansitan", ("AFG", "name")),
        ("itlay", None),  # too short for running text
        ("americas", None),  # a plural of a name
        ("tuesday", None),
    ],
)
def test_near_miss_kind(key: str, expected: tuple[str, str] | None) -> None:
    found = near_miss_kind(key)
    assert (None if found is None else (found[0].alpha3, found[1])) == expected


# The full path of the word scan: one pattern with its look-arounds (about four times slower
# than a plain pattern and the checks after it).
_FULL = regex.compile(r"(?<![\w.-])[A-Z][a-z]{6,}(?![\w-]|['’]\p{Ll}{2})")
_PIECES = [
    "Bahrian",
    "Islambad",
    "Pyngyang",
    "Tuesday",
    "-",
    ".",
    "'",
    "’",
    "da",
    "s",
    " ",
    "é",
    "1",
    "Ab",
]


@settings(deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_word_scan_as_look_arounds(text: str) -> None:
    fast = [m.span() for m in prose._LONG_WORD.finditer(text) if prose._alone(text, *m.span())]
    assert fast == [m.span() for m in _FULL.finditer(text)]


@settings(deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map(" ".join))
def test_remembered_slips_as_fresh(text: str) -> None:
    first = find_countries(text)
    prose._slip.memo.clear()  # type: ignore[attr-defined]
    assert find_countries(text) == first
