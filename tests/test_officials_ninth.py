"""Classes of official mentions that the ninth officials round reads (issue 14), in invented
phrases: the chiefs of navies, air forces and defence forces, honorifics between a title and
a name ("Engineer", "Senator", "Prof" without its period), a High Commissioner held by a
state, the UN Secretary-General's envoys named with "UN", Vietnam's permanent deputy
ministers, Kazakhstan's Secretary of State (a presidential officer, no foreign minister), and
the commonest offices as Spanish and Portuguese print them ("el canciller chileno", "o
ministro das Relações Exteriores do Brasil"), whose articles ("La", "El") are no state.

Each row: a phrase, then (name, canonical title, role, country alpha-3, organisation) of the
official that ``find_officials`` must report among those it finds; the look-alikes below must
keep the reading they had.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from accordlib import Role, find_officials, parse_official

sys.path.insert(0, str(Path(__file__).resolve().parent))

from official_cases import reading, seen

FM, AMB, ENV, MIL = Role.FOREIGN_MINISTER, Role.AMBASSADOR, Role.ENVOY, Role.MILITARY
MIN, OFF, LEG = Role.MINISTER, Role.OFFICIAL, Role.LEGISLATOR

CLASSES = [
    # the chiefs of a navy, an air force and a state's defence forces are military offices
    (
        "Chief of Naval Staff Admiral Omar Zaman visited the naval academy in Karachi.",
        ("Omar Zaman", "Chief of Naval Staff", MIL, None, None),
    ),
    (
        "The Chief of the Air Staff, Air Marshal Ravi Menon, inspected the squadron.",
        ("Ravi Menon", "Chief of the Air Staff", MIL, None, None),
    ),
    (
        "Kenyan Chief of Defence Forces General Peter Otieno opened the exercise.",
        ("Peter Otieno", "Chief of Defence Forces", MIL, "KEN", None),
    ),
    # honorifics between a title and a name stay out of the name
    (
        "Minister for Defence Engineer Bilal Ahmed called on the army chief.",
        ("Bilal Ahmed", "Defence Minister", MIN, None, None),
    ),
    (
        "Pakistani Foreign Minister Senator Sara Qureshi left for Tokyo.",
        ("Sara Qureshi", "Foreign Minister", FM, "PAK", None),
    ),
    (
        "Sri Lankan Foreign Secretary Prof Nimal Perera received the delegation.",
        ("Nimal Perera", "Foreign Secretary", OFF, "LKA", None),
    ),
    # a High Commissioner held by a state is its envoy, as one held "to" a state is
    (
        "He was received by Indian High Commissioner Ravi Kumar at the airport.",
        ("Ravi Kumar", "High Commissioner", AMB, "IND", None),
    ),
    # the Secretary-General's envoys, their principal named with "UN"
    (
        "The Special Envoy of the UN Secretary-General for Libya Ana Ruiz arrived in Tripoli.",
        ("Ana Ruiz", "Special Envoy", ENV, None, "United Nations"),
    ),
    # Vietnam's permanent deputy ministers keep their rank
    (
        "Vietnamese Permanent Deputy Minister of Foreign Affairs Tran Van Minh met the envoy.",
        ("Tran Van Minh", "Permanent Deputy Foreign Minister", OFF, "VNM", None),
    ),
    # Spanish and Portuguese offices, their state after "de"/"do"/"da" or an adjective after
    # them, the name set off by commas; an article before them names no state
    (
        "El canciller de Perú, Ana Ruiz, viajó a Quito el lunes.",
        ("Ana Ruiz", "Foreign Minister", FM, "PER", None),
    ),
    (
        "O ministro das Relações Exteriores do Chile, Pedro Lima, chegou a Lisboa.",
        ("Pedro Lima", "Foreign Minister", FM, "CHL", None),
    ),
    (
        "La secretaria visitó al canciller peruano Tomás Vidal en Lima.",
        ("Tomás Vidal", "Foreign Minister", FM, "PER", None),
    ),
    (
        "conversou com o secretário de Estado americano, John Baker, por telefone.",
        ("John Baker", "Secretary of State", FM, "USA", None),
    ),
    (
        "Estiveram presentes o embaixador do Japão no Brasil, Kenji Sato, e outros.",
        ("Kenji Sato", "Ambassador", AMB, "JPN", None),
    ),
    (
        "La canciller, Rosa Vidal, se reunió con su homólogo.",
        ("Rosa Vidal", "Foreign Minister", FM, None, None),
    ),
    # a lower-case body's possessive before the title, as without it
    (
        "Lee Min-ho, the ministry's spokesperson, told a briefing.",
        ("Lee Min-ho", "Spokesperson", Role.SPOKESPERSON, None, None),
    ),
    # "Ambassador" kept as a style gives way to the office beside it
    (
        "Chile's Deputy Permanent Representative to the UN, Ambassador Ana Ruiz, spoke.",
        ("Ana Ruiz", "Deputy Permanent Representative", AMB, "CHL", None),
    ),
    # a retired officer's rank, and a counterpart whose rank is his, not his office
    (
        "He met Vice Admiral (Retd) Ravi Menon in Colombo.",
        ("Ravi Menon", "Vice Admiral", MIL, None, None),
    ),
    # the side an official is of in consultations
    (
        "Deputy Foreign Minister Ali Aliyev from Azerbaijan's side opened the talks.",
        ("Ali Aliyev", "Deputy Foreign Minister", OFF, "AZE", None),
    ),
    (
        "The talks were led by Foreign Minister Ana Ruiz from the Chilean side.",
        ("Ana Ruiz", "Foreign Minister", FM, "CHL", None),
    ),
    # a state secretary is a junior office outside the United States
    (
        "Polish Secretary of State Jan Nowak met the delegation.",
        ("Jan Nowak", "Secretary of State", OFF, "POL", None),
    ),
    # chambers named by their members, also after the state's own name
    (
        "He met Speaker of the House of Representatives Tom Baker on Monday.",
        ("Tom Baker", "Speaker", LEG, None, None),
    ),
    (
        "He met the Speaker of the Fiji Parliament Ana Ruiz in Suva.",
        ("Ana Ruiz", "Speaker", LEG, "FJI", None),
    ),
    (
        "President of the Chamber of Deputies Ana Ruiz opened the session.",
        ("Ana Ruiz", "Speaker", LEG, None, None),
    ),
    # a legislature's president before the title presides, as one after it
    (
        "He met Italian Senate President Ana Ruiz in Rome.",
        ("Ana Ruiz", "Speaker", LEG, "ITA", "Senate"),
    ),
    # Kazakhstan's Secretary of State is a presidential officer
    (
        "Kazakh Secretary of State Aigerim Nurova met the Turkish ambassador.",
        ("Aigerim Nurova", "Secretary of State", OFF, "KAZ", None),
    ),
]

#: Phrases that must keep the reading they had: (text, (name, canonical title) or None).
LOOKALIKES = [
    ("Senator Ana Ruiz said on Monday", ("Ana Ruiz", "Senator")),
    ("US Secretary of State Ana Ruiz said", ("Ana Ruiz", "Secretary of State")),
    (
        "UN High Commissioner for Refugees Ana Ruiz said",
        ("Ana Ruiz", "High Commissioner for Refugees"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CLASSES, ids=[f"{t[:30]}-{w[0]}" for t, w in CLASSES])
def test_official_of_class(text: str, want: tuple[object, ...]) -> None:
    got = seen(text)
    assert want in got, got


@pytest.mark.parametrize(("text", "want"), LOOKALIKES, ids=[t[:30] for t, _ in LOOKALIKES])
def test_lookalike_keeps_its_reading(text: str, want: tuple[str | None, str] | None) -> None:
    assert reading(text) == want


def test_a_national_high_commissioner_is_posted() -> None:
    official = parse_official("British High Commissioner Jo Marr")
    assert official is not None
    assert official.title is not None
    assert official.title.role is AMB
    assert [m.official.name for m in find_officials("UN High Commissioner Ana Ruiz said")] == [
        "Ana Ruiz"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a dash written as two hyphens ends a wire dateline; it glues no title to a word
        (
            "BEIJING, May 4 (Xinhua) -- Vice Foreign Minister Li Wen met the envoy.",
            ("Li Wen", "Vice Foreign Minister", OFF, "CHN", None),
        ),
        (
            "SEOUL (Yonhap) -- Unification Minister Park Min-ho met the envoy.",
            ("Park Min-ho", "Unification Minister", MIN, "KOR", None),
        ),
        (
            "ISLAMABAD, Dec 2 (APP): Foreign Minister Ali Khan met his guest.",
            ("Ali Khan", "Foreign Minister", FM, "PAK", None),
        ),
        # a visitor under the dateline is not of its place
        (
            "MOSCOW, June 2 (Reuters) -- Visiting Foreign Minister Ana Ruiz met officials.",
            ("Ana Ruiz", "Foreign Minister", FM, None, None),
        ),
        # "Nur-Sultan" is still a city, "ex-President" still a former president
        (
            "He flew to Nur-Sultan on Monday to meet ex-President Ana Ruiz.",
            ("Ana Ruiz", "President", Role.HEAD_OF_STATE, None, None),
        ),
    ],
)
def test_wire_dateline_dash(text: str, want: tuple[object, ...]) -> None:
    got = seen(text)
    assert want in got, got
    assert all(name != "Sultan" for name, *_ in got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # no mark after the agency's bracket: the official starts after it, and is of its place
        (
            "ANKARA (AA) Turkish President Ali Demir met the visiting envoy.",
            [(12, 39, "Ali Demir", "TUR")],
        ),
        (
            "NEW DELHI, May 4 (PTI)Prime Minister Ravi Sen met the envoy.",
            [(22, 45, "Ravi Sen", "IND")],
        ),
        # a body's abbreviation is no dateline: its spokesman keeps the body
        (
            "Foreign Office (FO) Spokesman Ali Shah said.",
            [(0, 38, "Ali Shah", "PAK")],
        ),
    ],
)
def test_no_official_starts_inside_a_bracketed_dateline(
    text: str, want: list[tuple[int, int, str, str]]
) -> None:
    got = [
        (m.start, m.end, m.official.name, m.official.country and m.official.country.alpha3)
        for m in find_officials(text)
        if m.official.name is not None
    ]
    assert got == want
