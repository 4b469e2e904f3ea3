"""Capitals named as places in other languages: a preposition of place before the city in
text that is not English ("в", "w", "en"), or a Turkish case ending of place after its
apostrophe, makes it the place where something happens, as English "in" does."""

from __future__ import annotations

import pytest

from accordlib import find_countries

PLACES = [
    # (text, the mentions as (text, alpha3, kind))
    ("делегация прибыла в Анкару во вторник", []),
    ("переговоры прошли в Москве", []),
    ("Москва ответила на ноту", [("Москва", "RUS", "CAPITAL")]),
    ("la cumbre se celebró en Madrid", []),
    ("Madrid y Lisboa firmaron el acuerdo", [("Madrid", "ESP", "CAPITAL"), ("Lisboa", "PRT", "CAPITAL")]),
    ("Bakan yarın Atina'ya gidecek", []),
    ("Heyet Riyad'daki toplantıya katıldı", []),
    # A possessive or another case ending is the government, not the place.
    ("Atina'nın tutumu değişmedi", [("Atina", "GRC", "CAPITAL")]),
    # In English text the other languages' words are not read: "a" or "en" is no preposition.
    ("a Madrid court ruled on the case", [("Madrid", "ESP", "CAPITAL")]),
    ("The envoy said en route that Madrid would agree", [("Madrid", "ESP", "CAPITAL")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_capitals_as_places_in_other_languages(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [(m.text, m.country.alpha3, m.kind.name) for m in find_countries(text)]
    assert got == expected


def test_places_keeps_them() -> None:
    found = find_countries("переговоры прошли в Москве", places=True)
    assert [(m.text, m.country.alpha3) for m in found] == [("Москве", "RUS")]
