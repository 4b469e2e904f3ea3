"""Classes of official mentions that the seventh officials round reads (issue 14), in invented
phrases: counterparts in the plural before a list of names with their countries, "Sen" without
its period as a style after another office, the misspelling "Minster" after a portfolio, and
a region as the second field of a portfolio ("Minister for Trade and Pacific, Name"), and a
leading "Place:" dateline that gives its state to the officials of the first sentence.

Each row: a phrase, then (name, canonical title, role, country alpha-3, organisation) of the
official that ``find_officials`` must report among those it finds; the look-alikes below must
give no official, or keep the reading they had.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from accordlib import Role

sys.path.insert(0, str(Path(__file__).resolve().parent))

from official_cases import reading, seen

FM, LEG, HOG = Role.FOREIGN_MINISTER, Role.LEGISLATOR, Role.HEAD_OF_GOVERNMENT

_OSLO = (
    "Chile's Foreign Minister Rosa Vidal met her counterparts Tomas Berg of Norway and"
    " Anneli Koski of Finland in Oslo"
)
_BRUSSELS = (
    "Defence Minister Omar Haddad hosted his counterparts Lena Vogt of Austria and Piet de"
    " Wit of Belgium"
)

CLASSES = [
    # "counterparts" heads a list; each name takes the party's office and its own country
    (
        _OSLO,
        ("Tomas Berg", "Foreign Minister", FM, "NOR", None),
    ),
    (
        _OSLO,
        ("Anneli Koski", "Foreign Minister", FM, "FIN", None),
    ),
    (
        _BRUSSELS,
        ("Piet de Wit", "Defence Minister", Role.MINISTER, "BEL", None),
    ),
    # "Sen" without its period after another office is a style, not part of the name
    (
        "The Speaker of the Senate, Sen Daniel Otieno opened the session",
        ("Daniel Otieno", "Speaker", LEG, None, "Senate"),
    ),
    # "Minster" after a portfolio is the minister
    (
        "Prime Minister Sitiveni Tora wrote to New Zealand Foreign Affairs Minster, Helen Marsh",
        ("Helen Marsh", "Foreign Minister", FM, "NZL", None),
    ),
    # a second field that is a region ("and Pacific") keeps the name after the title
    (
        "New Zealand's Minister for Trade and Pacific, Mereana Tui, opened the forum",
        ("Mereana Tui", "Minister", Role.MINISTER, "NZL", None),
    ),
    (
        "Minister for Pacific Affairs, Mereana Tui, opened the forum",
        ("Mereana Tui", "Minister", Role.MINISTER, None, None),
    ),
    # a leading "Place:" dateline gives its state to the first sentence's officials
    (
        "Hanoi: Deputy Prime Minister Le Van Tam received a trade mission on Monday.",
        ("Le Van Tam", "Deputy Prime Minister", Role.DEPUTY_HEAD_OF_GOVERNMENT, "VNM", None),
    ),
    (
        "Hanoi: Deputy Prime Minister Le Van Tam received Ambassador of Chile Rosa Vidal.",
        ("Rosa Vidal", "Ambassador", Role.AMBASSADOR, "CHL", None),
    ),
    (
        "ABUJA: The Senate Speaker met envoys. Foreign Minister Rosa Vidal spoke later.",
        ("Rosa Vidal", "Foreign Minister", FM, None, None),
    ),
    (
        "Trade Minster Abel Moyo signed the accord",
        ("Abel Moyo", "Trade Minister", Role.MINISTER, None, None),
    ),
]

#: Phrases that must keep the reading they had: (text, (name, canonical title) or None).
LOOKALIKES = [
    ("York Minster reopened its doors on Sunday", None),
    ("Prof. Sen said the figures were wrong", None),
    ("Prime Minister Hun Sen said on Monday", ("Hun Sen", "Prime Minister")),
    ("Sen. Mara Quill said on Monday", ("Mara Quill", "Senator")),
    # with or without its period, "Sen" after the office is a style: the office is reported
    ("The Speaker of the Senate, Sen. Daniel Otieno said", ("Daniel Otieno", "Speaker")),
    ("the ministers met their counterparts in Vienna", None),
]


@pytest.mark.parametrize(("text", "want"), CLASSES, ids=[f"{t[:30]}-{w[0]}" for t, w in CLASSES])
def test_official_of_class(text: str, want: tuple[object, ...]) -> None:
    got = seen(text)
    assert want in got, got


@pytest.mark.parametrize(("text", "want"), LOOKALIKES, ids=[t[:30] for t, _ in LOOKALIKES])
def test_lookalike_keeps_its_reading(text: str, want: tuple[str, str] | None) -> None:
    assert reading(text) == want
