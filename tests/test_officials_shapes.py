"""More of the wider press's shapes of official mentions (issue 14), in invented phrases.

Each row: a phrase, then (name, canonical title, role, country alpha-3, organisation) of the
official that ``find_officials`` must report among those it finds.
"""

from __future__ import annotations

import pytest

from accordlib import Role, find_officials

AMB, FM, HS, MIN = Role.AMBASSADOR, Role.FOREIGN_MINISTER, Role.HEAD_OF_STATE, Role.MINISTER
ENVOY = Role.ENVOY

SHAPES = [
    # "H.E" printed without its final period is the honorific, not part of the name
    (
        "the envoy met the President of Chile H.E Tomas Vidal at the palace",
        ("Tomas Vidal", "President", HS, "CHL", None),
    ),
    ("Ambassador H.E Lina Okafor arrived", ("Lina Okafor", "Ambassador", AMB, None, None)),
    # a long title that has its "of" takes the portfolio with "for", printed or not
    (
        "Ghana's State Minister of Foreign Affairs Kofi Mensah spoke",
        ("Kofi Mensah", "Minister of State for Foreign Affairs", MIN, "GHA", None),
    ),
    (
        "Kenya's Minister of State Foreign Affairs, Amina Otieno has urged envoys",
        ("Amina Otieno", "Minister of State for Foreign Affairs", MIN, "KEN", None),
    ),
    # a name before "as" holds the title after it
    (
        "the appointment of Mr. Pablo Ortega as the Special Envoy of the Secretary-General for Yemen.",
        ("Pablo Ortega", "Special Envoy", ENVOY, None, "United Nations"),
    ),
    (
        "the king received Nadia Farouk as Ambassador of Egypt to Spain.",
        ("Nadia Farouk", "Ambassador", AMB, "EGY", None),
    ),
    # "as" and "at" are no name particles when a word follows them without a hyphen
    (
        "talks with President of Brazil Rui Costa at Planalto Palace ended",
        ("Rui Costa", "President", HS, "BRA", None),
    ),
    # the head or chief of a country's diplomacy is its foreign minister
    (
        "said the chief of Peruvian diplomacy Rosa Vargas.",
        ("Rosa Vargas", "Foreign Minister", FM, "PER", None),
    ),
    ("the head of Kyrgyz diplomacy added", (None, "Foreign Minister", FM, "KGZ", None)),
    # an envoy "in" a capital is posted there; a posting again in brackets is skipped
    (
        "the Omani ambassador in Cairo, Salim Harthi, said",
        ("Salim Harthi", "Ambassador", AMB, "OMN", None),
    ),
    (
        "Peru's Ambassador to the Hellenic Republic (Greece) H.E. Luis Soto arrived",
        ("Luis Soto", "Ambassador", AMB, "PER", None),
    ),
    # a national legislature named by its own name gives its country
    (
        "met the chairman of the State Great Khural, Bat Erdene.",
        ("Bat Erdene", "Chairman", Role.LEGISLATOR, "MNG", "State Great Khural"),
    ),
    # ... but a Portuguese "do" stays inside a name
    (
        "President Maria do Carmo Lopes spoke",
        ("Maria do Carmo Lopes", "President", HS, None, None),
    ),
    # a place that opens an envoy's field in lower case belongs to the field
    (
        "the EU special envoy on Sudanese peace talks Karl Weber said",
        ("Karl Weber", "Special Envoy", ENVOY, None, "European Union"),
    ),
    # a commander's formation printed with no "of", then a rank
    (
        "Commander Eastern Command Major General Asif Raza received the chief",
        ("Asif Raza", "Commander", Role.MILITARY, None, None),
    ),
    # a title between two names set off by commas is the first's
    (
        "the delegation: Mr. Park Min-ho, Ambassador of the ROK to Peru, Mr. Kim Dae-sung",
        ("Park Min-ho", "Ambassador", AMB, "KOR", None),
    ),
    # a High Commissioner held "to" a state is its ambassador; the UN's is not
    (
        "High Commissioner of Malta to Kenya Joseph Borg presented credentials",
        ("Joseph Borg", "High Commissioner", AMB, "MLT", None),
    ),
    (
        "the Indian High Commissioner to Fiji, Anil Verma, said",
        ("Anil Verma", "High Commissioner", AMB, "IND", None),
    ),
    (
        "UN High Commissioner for Refugees Karin Lund visited",
        (
            "Karin Lund",
            "High Commissioner for Refugees",
            Role.IGO_OFFICIAL,
            None,
            "United Nations",
        ),
    ),
    # honours in capitals after a name do not cut it from the office after them
    (
        "General Tariq Mahmood, HI (M), Chief of Army Staff (COAS) flew to Riyadh",
        ("Tariq Mahmood", "Chief of Army Staff", Role.MILITARY, None, None),
    ),
    # a special adviser on a country is an envoy, and the name after a comma is his
    (
        "the UN Special Adviser on Sudan, Mr. Omar Haddad, said",
        ("Omar Haddad", "Special Adviser", ENVOY, None, "United Nations"),
    ),
    # a state's subdivision before a sub-national title gives its country
    (
        "Kerala Chief Minister Anil Nair said",
        ("Anil Nair", "Chief Minister", Role.OFFICIAL, "IND", None),
    ),
    # a call or a letter from a named person is no place
    (
        "she took a call from Petra Novak, Foreign Minister of the Czech Republic, on Monday",
        ("Petra Novak", "Foreign Minister", FM, "CZE", None),
    ),
    # a Malaysian state before a state title gives its country, "state" printed or not
    (
        "Johor state Chief Minister Hafiz Rahman opened the bridge",
        ("Hafiz Rahman", "Chief Minister", Role.OFFICIAL, "MYS", None),
    ),
    # "Ambassador" kept as a style by someone who holds another office
    (
        "the US Trade Representative Ambassador Grace Holt flew in",
        ("Grace Holt", "Trade Representative", MIN, "USA", None),
    ),
    ("Ambassador Grace Holt arrived", ("Grace Holt", "Ambassador", AMB, None, None)),
    # India's junior foreign ministers
    (
        "Minister of State for External Affairs Ravi Menon will visit Chile",
        ("Ravi Menon", "Minister of State for External Affairs", MIN, "IND", None),
    ),
    # a committee's chairman is a legislator
    (
        "the Defence Committee Chairman Tom Reyes opened the hearing",
        ("Tom Reyes", "Committee Chairman", Role.LEGISLATOR, None, None),
    ),
    # a party-and-state label set off by commas makes the official American
    (
        "a delegation led by Senator Ruth Calder, D-Ore., who chairs the panel",
        ("Ruth Calder", "Senator", Role.LEGISLATOR, "USA", None),
    ),
    (
        "Senator Ruth Calder, Democrat, spoke",
        ("Ruth Calder", "Senator", Role.LEGISLATOR, None, None),
    ),
    # the title's own acronym in brackets, small words in lower case, before its portfolio
    (
        "Minister of State (MoS) for Foreign Affairs, Nia Bello will visit Accra",
        ("Nia Bello", "Minister of State for Foreign Affairs", MIN, None, None),
    ),
    (
        "Minister of State (MoS) for External Affairs Ravi Menon left for Lima",
        ("Ravi Menon", "Minister of State for External Affairs", MIN, "IND", None),
    ),
    # a second field joined by "and" stays outside the listed office, and the name follows it
    (
        "Minister of State for External Affairs and Culture, Ravi Menon, flew out",
        ("Ravi Menon", "Minister of State for External Affairs", MIN, "IND", None),
    ),
    # only members of Congress carry a party-and-state label: a chair with one is a legislator
    (
        "the panel's Chairman Owen Pratt (R-Ohio) opened the hearing",
        ("Owen Pratt", "Chairman", Role.LEGISLATOR, "USA", None),
    ),
    # a subdivision with its "'s" before the title gives its country too
    (
        "a group led by Oregon's Senator Ruth Calder arrived",
        ("Ruth Calder", "Senator", Role.LEGISLATOR, "USA", None),
    ),
    (
        "Kerala's Chief Minister Anil Nair said",
        ("Anil Nair", "Chief Minister", Role.OFFICIAL, "IND", None),
    ),
]


@pytest.mark.parametrize(("text", "want"), SHAPES, ids=[text[:40] for text, _ in SHAPES])
def test_official_in_shape(text: str, want: tuple[object, ...]) -> None:
    got = [
        (
            m.official.name,
            m.official.title.canonical if m.official.title else None,
            m.official.title.role if m.official.title else None,
            m.official.country.alpha3 if m.official.country else None,
            m.official.organization,
        )
        for m in find_officials(text)
    ]
    assert want in got, got


NOT_NAMES = [
    # a place after "from" or "in" is no name
    "In Samarkand, the foreign minister said talks went well",
    "a delegation from Tokyo, the foreign minister said",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_a_place_is_no_name(text: str) -> None:
    assert [m.official.name for m in find_officials(text)] == [None]
