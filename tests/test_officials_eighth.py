"""Classes of official mentions that the eighth officials round reads (issue 14), in invented
phrases: counterparts that print their own office or stand across a weekday, titles stacked
with commas before a name, styles and epithets set off by commas, officers of the UN, the WHO
and the EU's organs, plural ambassadors' lists, units of a ministry, local offices after their
city, unlisted ministerial fields, and visitors under a "Place:" dateline.

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

FM, HOS, HOG, OFF = (
    Role.FOREIGN_MINISTER,
    Role.HEAD_OF_STATE,
    Role.HEAD_OF_GOVERNMENT,
    Role.OFFICIAL,
)
AMB, IGO, MIN, SPK = Role.AMBASSADOR, Role.IGO_OFFICIAL, Role.MINISTER, Role.SPOKESPERSON

CLASSES = [
    # a counterpart who prints an office of his own keeps it
    (
        "The prime minister will hold talks with his Chilean counterpart President Rosa Vidal",
        ("Rosa Vidal", "President", HOS, "CHL", None),
    ),
    # a weekday between the two parties hides no one: the counterpart mirrors the office
    (
        (
            "Japanese Vice Foreign Minister Ken Ito held talks Thursday with his Chilean"
            " counterpart Rosa Vidal in Santiago"
        ),
        ("Rosa Vidal", "Vice Foreign Minister", OFF, "CHL", None),
    ),
    # a title word after "bin" is a father's name, so the apposition is read
    (
        (
            "The emir received Sheikh Omar bin Khalid bin Sultan Al Qasimi, the UAE's ambassador"
            " to Rome."
        ),
        ("Omar bin Khalid bin Sultan Al Qasimi", "Ambassador", AMB, "ARE", None),
    ),
    # a body's own acronym in brackets before the name
    (
        (
            "According to Director-General of the World Health Organisation (WHO) Ana Ruiz, cases"
            " rose"
        ),
        ("Ana Ruiz", "Director-General", IGO, None, "World Health Organization"),
    ),
    (
        "Tom Baker, Assistant Secretary-General for Political Affairs, told the council",
        ("Tom Baker", "Assistant Secretary-General for Political Affairs", IGO, None, None),
    ),
    # titles stacked with commas before a name set off by one
    (
        "Prime Minister, Head of Government, Paul Essomba welcomed the delegation",
        ("Paul Essomba", "Prime Minister", HOG, None, None),
    ),
    (
        (
            "the Crown Prince, Deputy Supreme Commander and First Deputy Premier, Prince Omar bin"
            " Said Al Khalifa, thanked the envoys"
        ),
        ("Omar bin Said Al Khalifa", "Crown Prince", Role.HEIR, None, None),
    ),
    # a style set off by commas between the title and the name
    (
        "He met the Chilean President, His Excellency, Rosa Vidal at the palace.",
        ("Rosa Vidal", "President", HOS, "CHL", None),
    ),
    # a name after "to" is the one spoken to: the title is the next name's
    (
        "Speaking to PTI, the foreign minister of Nepal, Dr Ram Thapa said",
        ("Ram Thapa", "Foreign Minister", FM, "NPL", None),
    ),
    # plural ambassadors with the head noun first, and a dash before the list
    (
        "credentials from Ambassadors Extraordinary and Plenipotentiary of Chile Rosa Vidal,",
        ("Rosa Vidal", "Ambassador", AMB, "CHL", None),
    ),
    (
        (
            "from the Ambassadors Extraordinary and Plenipotentiary – Tom Baker of Ireland, Ana"
            " Ruiz of Peru and Ken Ito of Japan."
        ),
        ("Ana Ruiz", "Ambassador", AMB, "PER", None),
    ),
    # a unit of a ministry after its possessive closes the title's phrase
    (
        "Ken Ito, director general of the Japanese Foreign Ministry's Middle East Bureau, said",
        ("Ken Ito", "Director General", OFF, "JPN", "Foreign Ministry"),
    ),
    # whom a spokesperson speaks for, before the spokesperson's name
    (
        "the spokesman for Chilean President Rosa Vidal, Tom Baker, said",
        ("Tom Baker", "Spokesperson", SPK, "CHL", None),
    ),
    (
        "The spokesperson of Foreign Affairs of Peru, H.E. Ambassador Ana Mufti, briefed",
        ("Ana Mufti", "Spokesperson", SPK, "PER", None),
    ),
    # a field after "for" is no body
    (
        "and Oman's Deputy Prime Minister for Cabinet Affairs Omar bin Said Al-Busaidi.",
        (
            "Omar bin Said Al-Busaidi",
            "Deputy Prime Minister",
            Role.DEPUTY_HEAD_OF_GOVERNMENT,
            "OMN",
            None,
        ),
    ),
    # an epithet between "the" and the counterpart's name
    (
        "Foreign Minister Ana Ruiz met his Chinese counterpart, the veteran Li Wen, in Rome",
        ("Li Wen", "Foreign Minister", FM, "CHN", None),
    ),
    # a given name in two parts, the first a stop word
    (
        "Unification Minister Park In-soo said on Monday",
        ("Park In-soo", "Unification Minister", MIN, None, None),
    ),
    # a city or subdivision before a local office gives its country
    ("Mombasa Governor Ali Juma opened the port", ("Ali Juma", "Governor", OFF, "KEN", None)),
    ("Seattle Deputy Mayor Ana Ruiz spoke", ("Ana Ruiz", "Deputy Mayor", OFF, "USA", None)),
    # an unlisted field that goes on up to "of", a state and a name
    (
        "He received Minister of Ports and Coastal Works of Ghana Kofi Mensah on Monday",
        ("Kofi Mensah", "Minister", MIN, "GHA", None),
    ),
    # two states before plural counterparts go to the names in printed order
    (
        (
            "Foreign Minister Ana Ruiz met her Japanese and Chilean counterparts Ken Ito and Rosa"
            " Vidal"
        ),
        ("Rosa Vidal", "Foreign Minister", FM, "CHL", None),
    ),
    (
        (
            "Foreign Minister Ana Ruiz met her Japanese and Chilean counterparts Ken Ito and Rosa"
            " Vidal"
        ),
        ("Ken Ito", "Foreign Minister", FM, "JPN", None),
    ),
    # an organ of the EU names the EU
    (
        "European Council President Jan Novak opened the summit",
        ("Jan Novak", "President", IGO, None, "European Union"),
    ),
]

#: Phrases that must keep the reading they had: (text, (name, canonical title) or None).
LOOKALIKES = [
    ("Minister of Defence Ali Bey of Turkey said", ("Ali Bey", "Defence Minister")),
    ("He met with Zarif, the foreign minister of Iran, on Monday", ("Zarif", "Foreign Minister")),
    ("the President and First Lady attended", (None, "President")),
    ("President Moon Jae-in said", ("Moon Jae-in", "President")),
]


@pytest.mark.parametrize(("text", "want"), CLASSES, ids=[f"{t[:30]}-{w[0]}" for t, w in CLASSES])
def test_official_of_class(text: str, want: tuple[object, ...]) -> None:
    got = seen(text)
    assert want in got, got


@pytest.mark.parametrize(("text", "want"), LOOKALIKES, ids=[t[:30] for t, _ in LOOKALIKES])
def test_lookalike_keeps_its_reading(text: str, want: tuple[str | None, str] | None) -> None:
    assert reading(text) == want


def test_a_state_before_a_title_inside_a_run_is_no_name() -> None:
    names = [m.official.name for m in find_officials("the Speaker, UK Ambassador Jo Marr, said")]
    assert "Jo Marr" in names


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a visitor under a "Place:" dateline is not of that place
        ("WASHINGTON: Visiting Foreign Minister Ana Ruiz met officials.", None),
        ("WASHINGTON: Foreign Minister Ana Ruiz arrived on Monday.", None),
        ("WASHINGTON: Foreign Minister Ana Ruiz, on a visit, met officials.", None),
        # the host is, even when the sentence speaks of a visitor after him
        ("Hanoi: Deputy Prime Minister Le Van Tam received the visiting minister.", "VNM"),
    ],
)
def test_dateline_place_and_visitors(text: str, country: str | None) -> None:
    official = find_officials(text)[0].official
    assert (official.country.alpha3 if official.country else None) == country


def test_an_unlisted_field_cut_after_of_reads_no_state() -> None:
    # Hypothesis found "SECRETARY OF OF" raising IndexError: "of" was the last token.
    assert parse_official("SECRETARY OF OF") is None
    official = parse_official("Minister of Ports and Roads of")
    assert official is not None
    assert (official.name, official.title and official.title.canonical, official.country) == (
        None,
        "Minister",
        None,
    )


@pytest.mark.parametrize("text", ["Spokesperson for the", "NOV PRINCE SPOKESPERSON OF ALGERIA"])
def test_a_spokesperson_cut_short_is_no_official(text: str) -> None:
    # A fuzz run found these raising IndexError: "for" or "of" ended the text.
    assert parse_official(text) is None
