"""Romanian case forms of names whose spelling Romanian shares with Polish, and the definite
article "-ul" on a name of a city or country."""

from __future__ import annotations

import pytest

from accordlib import find_countries, get_country


@pytest.mark.parametrize(
    ("name", "alpha3"),
    [
        ("Japoniei", "JPN"),  # "Japonia" is credited to Polish; "-ei" is Romanian only
        ("Japonii", "JPN"),  # the Polish genitive still reads
        ("Phenianul", "PRK"),  # "Phenian" with the article
        ("Pakistanului", "PAK"),
        ("Istanbul", None),  # a city in "-ul" is no declined name
    ],
)
def test_romanian_forms(name: str, alpha3: str | None) -> None:
    country = get_country(name)
    assert (None if country is None else country.alpha3) == alpha3


def test_romanian_forms_in_prose() -> None:
    text = "Phenianul a lansat o rachetă spre apele Japoniei"
    found = [(m.text, m.country.alpha3) for m in find_countries(text)]
    assert found == [("Phenianul", "PRK"), ("Japoniei", "JPN")]
