"""Classes of official mentions that the tenth officials round reads (issue 14), in invented
phrases: a Spanish or Portuguese title's state after an article ("de la República de X",
"en la Argentina"), Spanish and Portuguese counterparts ("su homólogo", "su par"), the
adjectives of the Dominican Republic in other languages (not Dominica), a state printed
between a title and a name ("Foreign Minister Thailand X"), and ministers listed after one
whose state is printed before the list ("Syrian Foreign Minister A, Defense Minister B"),
"state Councilor and Foreign Minister", post-nominal letters ("X (MP)"), a High Commissioner
"in" a capital, a time phrase between a title and a name ("Foreign Minister on Monday X"), and
the US "House Speaker", who is a Speaker as other chambers' are.

Each row: a phrase, then (name, canonical title, role, country alpha-3, organisation) of the
official that ``find_officials`` must report among those it finds; the look-alikes below must
keep the reading they had.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from accordlib import Role, get_country

sys.path.insert(0, str(Path(__file__).resolve().parent))

from official_cases import reading, seen

FM, AMB, HOS = Role.FOREIGN_MINISTER, Role.AMBASSADOR, Role.HEAD_OF_STATE
MIN, OFF, LEG = Role.MINISTER, Role.OFFICIAL, Role.LEGISLATOR

SYRIAN_LIST = (
    "He met Syrian Foreign Minister Omar Haddad, Defense Minister Sami Nasser and"
    " Interior Minister Fadi Karam in Ankara."
)

CLASSES = [
    # a Spanish title's state after "de" and an article
    (
        "El Presidente de la República de Paraguay Tomás Benítez recibió a la delegación.",
        ("Tomás Benítez", "President", HOS, "PRY", None),
    ),
    (
        "Se reunió con el Ministro de Relaciones Exteriores de la Federación de Rusia, Iván Petrov.",
        ("Iván Petrov", "Foreign Minister", FM, "RUS", None),
    ),
    (
        "Lo recibió el presidente de la República Federativa de Brasil, Pedro Alves, en Brasilia.",
        ("Pedro Alves", "President", HOS, "BRA", None),
    ),
    # where an envoy of it is posted, after an article too
    (
        "Habló con el nuevo embajador de Chile en la Argentina, Marta Rojas, en su despacho.",
        ("Marta Rojas", "Ambassador", AMB, "CHL", None),
    ),
    # Spanish and Portuguese counterparts take the other party's office
    (
        "El canciller peruano Luis Soto se reunió con su par brasilero, Pedro Alves.",
        ("Pedro Alves", "Foreign Minister", FM, "BRA", None),
    ),
    (
        "O chanceler Pedro Alves recebeu seu homólogo uruguaio, Luis Soto, em Brasília.",
        ("Luis Soto", "Foreign Minister", FM, "URY", None),
    ),
    # the Spanish and French adjectives of the Dominican Republic
    (
        "El canciller dominicano Pablo Reyes viajó a Panamá.",
        ("Pablo Reyes", "Foreign Minister", FM, "DOM", None),
    ),
    # a state printed between a title and a name of two words or more
    (
        "She met Deputy Prime Minister and Foreign Minister Thailand Somchai Wong today.",
        ("Somchai Wong", "Foreign Minister", FM, "THA", None),
    ),
    (
        "Talks with Foreign Minister Sri Lanka Nimal Perera followed.",
        ("Nimal Perera", "Foreign Minister", FM, "LKA", None),
    ),
    # ministers listed after one whose state is printed before the list
    (
        SYRIAN_LIST,
        ("Sami Nasser", "Defense Minister", MIN, "SYR", None),
    ),
    (
        SYRIAN_LIST,
        ("Fadi Karam", "Interior Minister", MIN, "SYR", None),
    ),
    (
        "Peru's Foreign Minister Ana Ruiz and Defense Minister Luis Soto met their hosts.",
        ("Luis Soto", "Defense Minister", MIN, "PER", None),
    ),
    # a title whose head noun is capitalised joins the next office of the same person
    (
        "He called on Li Wen, Chinese state Councilor and Foreign Minister, in Beijing.",
        ("Li Wen", "Foreign Minister", FM, "CHN", None),
    ),
    # post-nominal letters in brackets after a name set off by commas
    (
        "The Minister for Foreign Affairs, Honourable Kofi Mensah (MP) on Monday received them.",
        ("Kofi Mensah", "Foreign Minister", FM, None, None),
    ),
    # a state's High Commissioner "in" a capital is posted there
    (
        "Bangladesh High Commissioner in New Delhi Karim Rahman was called home.",
        ("Karim Rahman", "High Commissioner", AMB, "BGD", None),
    ),
    # a time phrase between a title and a name
    (
        "Turkish Foreign Minister on Monday Ali Demir said the talks went well.",
        ("Ali Demir", "Foreign Minister", FM, "TUR", None),
    ),
    (
        "Pakistani Foreign Minister Tuesday Sara Qureshi met the envoys.",
        ("Sara Qureshi", "Foreign Minister", FM, "PAK", None),
    ),
    # an envoy "from" a state is its envoy
    (
        "He welcomed the Ambassador-designate from the Republic of Chile, Mr. Pablo Reyes, warmly.",
        ("Pablo Reyes", "Ambassador", AMB, "CHL", None),
    ),
    # Brunei's second foreign minister is its foreign minister
    (
        "They called on Bruneian Foreign Minister II Dato Hamid Salleh to act.",
        ("Hamid Salleh", "Foreign Minister", FM, "BRN", None),
    ),
    # the US House's Speaker is its Speaker, as other chambers' are
    ("House Speaker Tom Baker adjourned the session.", ("Tom Baker", "Speaker", LEG, None, None)),
]

LOOKALIKES = [
    # a time phrase before no name leaves the title unnamed
    ("The minister on Monday met the envoys.", (None, "Minister")),
    # a long word in brackets is no post-nominal
    ("the minister, Tom Baker (Reuters) said", None),
    # a country's name that is a given name too, or a code, opens the name
    ("Senator Chad Michael Murray spoke.", ("Chad Michael Murray", "Senator")),
    ("Foreign Minister Yu Myung-hwan said at a lecture", ("Yu Myung-hwan", "Foreign Minister")),
    ("Houthi leader Abdul-Malik al-Houthi", ("Abdul-Malik al-Houthi", "Leader")),
    ("Foreign Minister Israel Katz", ("Israel Katz", "Foreign Minister")),
]


@pytest.mark.parametrize(("text", "want"), CLASSES, ids=[t[:30] for t, _ in CLASSES])
def test_official_of_class(text: str, want: tuple[object, ...]) -> None:
    got = seen(text)
    assert want in got, got


@pytest.mark.parametrize(("text", "want"), LOOKALIKES, ids=[t[:30] for t, _ in LOOKALIKES])
def test_lookalike_keeps_its_reading(text: str, want: tuple[str | None, str] | None) -> None:
    assert reading(text) == want


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a list shares its first state only between offices of one government
        ("US Secretary of State Ana Ruiz and Foreign Minister Li Wen met.", "USA"),
        ("Russian President Ivan Petrov and Chancellor Hans Weber spoke.", "RUS"),
    ],
)
def test_a_list_keeps_other_states(text: str, first: str) -> None:
    got = seen(text)
    assert got[0][3] == first
    assert got[-1][3] != first, got


@pytest.mark.parametrize(
    ("word", "alpha3"),
    [("dominicano", "DOM"), ("dominicanas", "DOM"), ("dominicaine", "DOM"), ("Dominica", "DMA")],
)
def test_dominican_adjectives_in_other_languages(word: str, alpha3: str) -> None:
    country = get_country(word)
    assert country is not None
    assert country.alpha3 == alpha3
