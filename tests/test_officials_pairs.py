"""A plural title over a list of states, each with its own official (issue 14), in invented
phrases: "the presidents of A, X, and B, Y", "the ambassadors of A - X, B - Y", lower-case
"ambassadors X of A, Y of B", and the Spanish and Portuguese plurals ("los cancilleres de A,
X, y B, Y", "os chanceleres do A, X, e da B, Y"). Each row lists every official that
``find_officials`` reports, as (name, canonical title, role, country alpha-3).
"""

from __future__ import annotations

import pytest

from accordlib import Role, find_officials

HOS, FM, AMB, MIN = Role.HEAD_OF_STATE, Role.FOREIGN_MINISTER, Role.AMBASSADOR, Role.MINISTER

PAIRS = [
    # the state, a comma, the name; joined by "and" with or without a comma before it
    (
        "The presidents of Chile, Marta Soto and Ecuador, Pablo Vera, will meet in Quito.",
        [("Marta Soto", "President", HOS, "CHL"), ("Pablo Vera", "President", HOS, "ECU")],
    ),
    (
        "The Presidents of Ghana, Kofi Mensah, and Togo, Ama Dossou, signed the accord.",
        [("Kofi Mensah", "President", HOS, "GHA"), ("Ama Dossou", "President", HOS, "TGO")],
    ),
    # a dash between each state and its envoy; a name with a particle
    (
        "He thanked the ambassadors of Latvia - Ilze Berzina, Belgium - Marc van der Berg, for their work.",
        [
            ("Ilze Berzina", "Ambassador", AMB, "LVA"),
            ("Marc van der Berg", "Ambassador", AMB, "BEL"),
        ],
    ),
    # lower case, each name followed by its state
    (
        "She received new ambassadors Anil Rao of India, Park Min-ho of the Republic of Korea and Jan Novak of Slovakia.",
        [
            ("Anil Rao", "Ambassador", AMB, "IND"),
            ("Park Min-ho", "Ambassador", AMB, "KOR"),
            ("Jan Novak", "Ambassador", AMB, "SVK"),
        ],
    ),
    (
        "the ministers Sara Lind of Sweden and Olav Dahl of Norway spoke first",
        [("Sara Lind", "Minister", MIN, "SWE"), ("Olav Dahl", "Minister", MIN, "NOR")],
    ),
    # Spanish and Portuguese plurals, the preposition repeated after "e"
    (
        "Los cancilleres de Perú, Ana Quispe, y Uruguay, Luis Pereira, firmaron el acta.",
        [("Ana Quispe", "Foreign Minister", FM, "PER"), ("Luis Pereira", "Foreign Minister", FM, "URY")],
    ),
    (
        "Os chanceleres do Brasil, Rita Lopes, e da Argentina, Juan Ortiz, assinaram o acordo.",
        [("Rita Lopes", "Foreign Minister", FM, "BRA"), ("Juan Ortiz", "Foreign Minister", FM, "ARG")],
    ),
    (
        "Los presidentes de Bolivia, Carlos Mamani, y Paraguay, Elena Benítez, se reunieron.",
        [("Carlos Mamani", "President", HOS, "BOL"), ("Elena Benítez", "President", HOS, "PRY")],
    ),
    # look-alikes: states with no names, one pair only, a plural with no list, counterparts
    ("The presidents of Chile and Peru met in Lima.", []),
    ("the new ambassadors of India and Japan arrived", []),
    ("Los presidentes dijeron que el acuerdo es bueno.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PAIRS, ids=[t for t, _ in PAIRS])
def test_plural_title_over_state_name_pairs(
    text: str, expected: list[tuple[str, str, Role, str]]
) -> None:
    got = [
        (
            m.official.name,
            m.official.title.canonical if m.official.title else None,
            m.official.title.role if m.official.title else None,
            m.official.country.alpha3 if m.official.country else None,
        )
        for m in find_officials(text)
    ]
    assert got == expected


def test_counterparts_keep_the_other_partys_office() -> None:
    text = "Defence Minister Omar Haddad hosted his counterparts Lena Vogt of Austria and Ivo Maric of Croatia."
    got = [
        (m.official.name, m.official.title.canonical if m.official.title else None)
        for m in find_officials(text)
    ]
    assert got == [
        ("Omar Haddad", "Defence Minister"),
        ("Lena Vogt", "Defence Minister"),
        ("Ivo Maric", "Defence Minister"),
    ]
