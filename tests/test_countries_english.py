"""Country names as English-language wire and web copy prints them: long and former names,
territories, headline abbreviations, words broken across a line, misspellings in capitals or
with accents, and the look-alikes that contain a country's name (examples written for these
tests)."""

from __future__ import annotations

import pytest

from accordlib import find_countries, get_country

# (name, country): one class each: a variant of a SAR's official name, an island's common
# and official names, a headline abbreviation of "South", a space after an apostrophe,
# colonial and predecessor names, Germany's former states.
ENGLISH_FORMS = [
    ("Hong Kong Special Administrative Area", "HKG"),
    ("Macao Special Administrative Area", "MAC"),
    ("Isle of Jersey", "JEY"),
    ("Bailiwick of Guernsey", "GGY"),
    ("S. Sudan", "SSD"),
    ("S.Africa", "ZAF"),
    ("Cote D' Ivoire", "CIV"),
    ("British Gambia", "GMB"),
    ("French Somaliland", "DJI"),
    ("Anglo-Egyptian Sudan", "SDN"),
    ("the United Provinces of the River Plate", "ARG"),
    ("Weimar Republic", "DEU"),
    ("Third Reich", "DEU"),
]


@pytest.mark.parametrize(("name", "code"), ENGLISH_FORMS)
def test_english_long_former_and_abbreviated_forms(name: str, code: str) -> None:
    country = get_country(name)
    assert country is not None
    assert country.alpha3 == code


@pytest.mark.parametrize(
    ("name", "code"),
    [("Thai-land", "THA"), ("Mala-ysia", "MYS"), ("Argen\u00adtina", "ARG")],
)
def test_a_word_broken_across_a_line_is_read_joined(name: str, code: str) -> None:
    country = get_country(name)
    assert country is not None
    assert country.alpha3 == code


@pytest.mark.parametrize("name", ["Guinea-pig", "Jennie-o", "Iran-iraq"])
def test_a_hyphen_between_words_is_no_broken_name(name: str) -> None:
    assert get_country(name) is None


PROSE = [
    ("Flights to S. Sudan resumed on Monday.", [("S. Sudan", "SSD")]),
    ("AN EDITORIAL: TÜRKİYE WILL HOST THE TALKS", [("TÜRKİYE", "TUR")]),
    ("The king renamed the country eSwatini in 2018.", [("eSwatini", "SWZ")]),
    ("Copper from Zaïre was sold abroad.", [("Zaïre", "COD")]),
    ("Aid reached the Phillipines by sea.", [("Phillipines", "PHL")]),
    ("A BANNER WELCOMED THEM TO PAKISTTAN", [("PAKISTTAN", "PAK")]),
    ("Officials said Türkyie would reply.", [("Türkyie", "TUR")]),
]


@pytest.mark.parametrize(("text", "expected"), PROSE)
def test_english_forms_in_prose(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_countries(text)
    assert [(m.text, m.country.alpha3) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Voters in the Kurdistan Region of Iraq went to the polls.",
        "The mosque is in Iraqi Kurdistan.",
        "Tea is grown across the Indian subcontinent.",
        "Ice is melting in the Canadian Arctic Archipelago.",
        "The farm keeps forty Jersey cows.",
        "Guinea pigs were found in a park.",
        "A Turkey vulture circled the field.",
        "Firms in the Guangdong-Hong Kong-Macao Greater Bay Area grew.",
    ],
)
def test_regions_and_breeds_named_after_a_country_are_no_mention(text: str) -> None:
    assert find_countries(text) == []


def test_a_foreign_word_with_accents_is_not_read_as_a_slip() -> None:
    # German text: accented words one slip from an English spelling stay unread.
    assert find_countries("Die Türkyie hat am Montag gesagt, dass sie bleibt.") == []
