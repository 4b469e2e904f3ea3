"""Classes of official mentions that the fifth officials round reads (issue 14), in invented
phrases: regional organisations, lists of title-name pairs, national meanings of one title,
French and bracketed honorifics.

Each row: a phrase, then (name, canonical title, role, country alpha-3, organisation) of the
official that ``find_officials`` must report among those it finds.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from accordlib import Role, parse_official

sys.path.insert(0, str(Path(__file__).resolve().parent))

from official_cases import seen

AMB, FM, IGO, OFF = Role.AMBASSADOR, Role.FOREIGN_MINISTER, Role.IGO_OFFICIAL, Role.OFFICIAL
LEG = Role.LEGISLATOR
ECOWAS = "Economic Community of West African States"
SAARC = "South Asian Association for Regional Cooperation"

PAIRS = (
    "He phoned the Foreign Minister of Chile, Rosa Vidal, the Foreign Minister of Peru,"
    " Luis Soto, and the Foreign Minister of Bolivia, Ana Quispe."
)
HEADS = (
    "Calls went to the NATO Secretary General, Lars Berg, the OSCE Secretary General,"
    " Ines Moll, and others."
)

CLASSES = [
    # the President of the ECOWAS Commission heads an IGO, not a state
    (
        "the President of the ECOWAS Commission, Dr. Amadou Diallo, opened the session",
        ("Amadou Diallo", "President", IGO, None, ECOWAS),
    ),
    (
        "envoys met ECOWAS President Amadou Diallo in Abuja",
        ("Amadou Diallo", "President", IGO, None, ECOWAS),
    ),
    (
        "the Secretary General of SAARC Ravi Thapa called on the minister",
        ("Ravi Thapa", "Secretary-General", IGO, None, SAARC),
    ),
    # "S. E." (Son Excellence) is a style, not a name
    (
        "the minister received S. E. Mme Awa Ndiaye, Ambassador of Senegal",
        ("Awa Ndiaye", "Ambassador", AMB, "SEN", None),
    ),
    # a South Asian foreign secretary is the ministry's senior civil servant
    (
        "Nepal's Foreign Secretary Hari Karki will lead the talks",
        ("Hari Karki", "Foreign Secretary", OFF, "NPL", None),
    ),
    (
        "Sri Lankan Foreign Secretary Nalin Perera briefed envoys",
        ("Nalin Perera", "Foreign Secretary", OFF, "LKA", None),
    ),
    # ... and the British one is the minister
    (
        "British Foreign Secretary Tom Hale flew in",
        ("Tom Hale", "Foreign Secretary", FM, "GBR", None),
    ),
    # a list of "Title of A, Name" pairs: each title goes with the name after it
    (
        PAIRS,
        ("Luis Soto", "Foreign Minister", FM, "PER", None),
    ),
    (
        PAIRS,
        ("Rosa Vidal", "Foreign Minister", FM, "CHL", None),
    ),
    (
        HEADS,
        ("Ines Moll", "Secretary-General", IGO, None, "OSCE"),
    ),
    # a committee of the US Congress is a US body; its chair is a lesser office than a seat
    (
        "Senate Armed Services Committee Chairman Dale Hooper opened the hearing",
        ("Dale Hooper", "Committee Chairman", LEG, "USA", "Senate Armed Services Committee"),
    ),
    (
        "the chair of the House Foreign Affairs Committee, Rita Olsen, said",
        ("Rita Olsen", "Committee Chairman", LEG, "USA", "House Foreign Affairs Committee"),
    ),
    (
        "Senator Rita Olsen, chairwoman of the Senate Foreign Relations Committee, said",
        ("Rita Olsen", "Senator", LEG, "USA", "Senate Foreign Relations Committee"),
    ),
    # a doctorate in brackets after a style is one more honorific
    (
        "Ghana's Ambassador to Kenya HE (Dr) Kwame Boateng attended",
        ("Kwame Boateng", "Ambassador", AMB, "GHA", None),
    ),
    # a run that ends with a title is the next official, not a name set off by commas
    (
        "He called on the Senate Speaker, Dutch Ambassador to Kenya, HE Pieter Smit said.",
        ("Pieter Smit", "Ambassador", AMB, "NLD", None),
    ),
    # whoever leads a state's delegation is of that state
    (
        "The mayor welcomed a Chilean delegation led by Senate Speaker Rosa Vidal on Monday",
        ("Rosa Vidal", "Speaker", LEG, "CHL", "Senate"),
    ),
    (
        "Heading the Ghanaian delegation to the summit will be Foreign Minister Kofi Mensah.",
        ("Kofi Mensah", "Foreign Minister", FM, "GHA", None),
    ),
    (
        "a delegation from Peru headed by Deputy Minister Luis Soto arrived",
        ("Luis Soto", "Deputy Minister", OFF, "PER", None),
    ),
    # the ambassador an embassy is visited for is that embassy's
    (
        "She toured the Embassy of Chile in Nairobi and met the Ambassador Rosa Vidal.",
        ("Rosa Vidal", "Ambassador", AMB, "CHL", None),
    ),
    # whom an ambassador meets is of the state the ambassador is posted to
    (
        "Senate Speaker Rosa Vidal hosted Peru's Ambassador to Chile Luis Soto on Monday.",
        ("Rosa Vidal", "Speaker", LEG, "CHL", "Senate"),
    ),
    (
        "talks between the Ambassador of Peru to Chile Luis Soto and Foreign Minister Rosa Vidal",
        ("Rosa Vidal", "Foreign Minister", FM, "CHL", None),
    ),
    # ... not when the posting is to a body
    (
        "Peru's ambassador to the UN, Luis Soto, met Foreign Minister Rosa Vidal",
        ("Rosa Vidal", "Foreign Minister", FM, None, None),
    ),
    # the minister met at a state's ministry is that state's
    (
        "At the Ghanaian Ministry of Foreign Affairs he met the Minister of State Kofi Mensah.",
        ("Kofi Mensah", "Minister of State", Role.MINISTER, "GHA", None),
    ),
    # ... but an ambassador summoned there is a foreign one
    (
        "The Ghanaian Foreign Ministry summoned Ambassador Luis Soto.",
        ("Luis Soto", "Ambassador", AMB, None, None),
    ),
    # ... but a delegation that meets an official is no clue to the official's state
    (
        "The Chilean delegation met Foreign Minister Rosa Vidal.",
        ("Rosa Vidal", "Foreign Minister", FM, None, None),
    ),
    (
        "a Chilean delegation led by the mayor met Peruvian Senator Ana Quispe",
        ("Ana Quispe", "Senator", LEG, "PER", None),
    ),
    # initials printed without dots, the first of them an "A"
    (
        "She met the Foreign Minister Dr. A K Rahman in Dhaka.",
        ("A K Rahman", "Foreign Minister", FM, None, None),
    ),
    # a body or a portfolio set off by commas between the title and the name
    (
        "Spokesperson, Ministry of Foreign Affairs, Ngozi Eze, told reporters",
        ("Ngozi Eze", "Spokesperson", Role.SPOKESPERSON, None, "Foreign Ministry"),
    ),
    (
        "a visit to the Minister of State, Foreign Affairs, Ngozi Eze, in Abuja",
        ("Ngozi Eze", "Minister of State for Foreign Affairs", Role.MINISTER, None, None),
    ),
    # an emirate's ruler is a sub-national office: a federal office with it is the title
    (
        "UAE Vice President, Prime Minister and Sharjah ruler Sheikh Omar bin Saif arrived",
        ("Omar bin Saif", "Prime Minister", Role.HEAD_OF_GOVERNMENT, "ARE", None),
    ),
    (
        "the Ruler of Fujairah Sheikh Omar bin Saif received him",
        ("Omar bin Saif", "Ruler", OFF, "ARE", None),
    ),
    # a state legislature's seat is a US office
    (
        "State Rep. Dana Cole filed the bill on Friday",
        ("Dana Cole", "Representative", LEG, "USA", None),
    ),
    (
        "State Senator Dana Cole said the bill would pass",
        ("Dana Cole", "Senator", LEG, "USA", None),
    ),
    # offices only the US government has give their state
    (
        "Treasury Secretary Dana Cole met the vice premier",
        ("Dana Cole", "Treasury Secretary", Role.MINISTER, "USA", None),
    ),
    # the Vienna Convention's rank as Lusophone and Hispanic copy translates it
    (
        "Dr. Joao Mendes, Extraordinary Ambassador and Plenipotentiary of Angola to Ghana, spoke",
        ("Joao Mendes", "Ambassador", AMB, "AGO", None),
    ),
    # a world region after "for" is the official's area, not a state
    (
        "the Chilean Vice Foreign Minister for Latin America, Rosa Vidal, opened the round",
        ("Rosa Vidal", "Vice Foreign Minister", OFF, "CHL", None),
    ),
    # ... while a second office of the same state stays with the person before it
    (
        "Omar Haddad, Jordan's foreign minister, the kingdom's top diplomat, said",
        ("Omar Haddad", "Foreign Minister", FM, "JOR", None),
    ),
]


#: A phrase that is one official: the name may stand before its title with no comma, as
#: under a signature ("Rosa Vidal Foreign Minister of Chile").
SIGNED = [
    ("Rosa Vidal Foreign Minister of Chile", ("Rosa Vidal", "Foreign Minister", "CHL")),
    (
        "Luis Alberto Soto Minister of Defence of Peru",
        ("Luis Alberto Soto", "Defence Minister", "PER"),
    ),
]


@pytest.mark.parametrize(("text", "want"), SIGNED)
def test_signed_official(text: str, want: tuple[object, ...]) -> None:
    got = parse_official(text)
    assert got is not None
    assert (
        got.name,
        got.title and got.title.canonical,
        got.country and got.country.alpha3,
    ) == want


@pytest.mark.parametrize(("text", "want"), CLASSES, ids=[f"{t[:30]}-{w[0]}" for t, w in CLASSES])
def test_official_of_class(text: str, want: tuple[object, ...]) -> None:
    got = seen(text)
    assert want in got, got
