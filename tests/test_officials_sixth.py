"""Classes of official mentions that the sixth officials round reads (issue 14), in invented
phrases: military ranks between a title and a name, a name before a verb group and "as" or
before an apposition of membership, Venezuela's "People's Power" ministers, European
Commissioners, counterparts past a named meeting or after the name, lists of country-name
pairs under a plural title.

Each row: a phrase, then (name, canonical title, role, country alpha-3, organisation) of the
official that ``find_officials`` must report among those it finds.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from accordlib import Role

sys.path.insert(0, str(Path(__file__).resolve().parent))

from official_cases import seen

HOG, MIN, MIL, OFF = Role.HEAD_OF_GOVERNMENT, Role.MINISTER, Role.MILITARY, Role.OFFICIAL

CLASSES = [
    # a rank between the office and the name is neither part of the name nor the office
    (
        "Laotian Deputy Defence Minister Sen. Lieut. Gen Bounmy Sida met the attaché",
        ("Bounmy Sida", "Deputy Defence Minister", OFF, "LAO", None),
    ),
    (
        "the visit by Defence Minister Col. Gen. Oleg Ivanchuk was postponed",
        ("Oleg Ivanchuk", "Defence Minister", MIN, None, None),
    ),
    (
        "The acting premier, Commodore Jone Waqa, named a cabinet",
        ("Jone Waqa", "Premier", HOG, None, None),
    ),
    # a name before a verb group and "as", past an apposition of membership
    (
        (
            "Tran Van Long, member of the Party Central Committee, was elected as Deputy Prime"
            " Minister of Vietnam on Friday"
        ),
        ("Tran Van Long", "Deputy Prime Minister", Role.DEPUTY_HEAD_OF_GOVERNMENT, "VNM", None),
    ),
    (
        "Rosa Vidal has been appointed as Foreign Minister of Chile",
        ("Rosa Vidal", "Foreign Minister", Role.FOREIGN_MINISTER, "CHL", None),
    ),
    # a title after "member of ... and" is the member's (the surname "He" too)
    (
        (
            "He Jianguo, member of the Political Bureau of the Central Committee and Vice Premier"
            " of the State Council, opened the fair"
        ),
        ("He Jianguo", "Vice Premier", Role.DEPUTY_HEAD_OF_GOVERNMENT, None, None),
    ),
    (
        (
            "Kenji Mori, a member of the House of Councillors and State Minister for Foreign"
            " Affairs, arrived"
        ),
        ("Kenji Mori", "Minister of State for Foreign Affairs", MIN, None, None),
    ),
    # Venezuela's ministers' style, the possessive inside the title; the style names the state
    (
        "The Minister of People's Power for Foreign Affairs, Luisa Mata, received the envoy",
        ("Luisa Mata", "Foreign Minister", Role.FOREIGN_MINISTER, "VEN", None),
    ),
    (
        "Minister of People’s Power for Defense Pedro Rangel inspected the base",
        ("Pedro Rangel", "Defense Minister", MIN, "VEN", None),
    ),
    (
        "The People’s Power Minister for Foreign Relations, Luisa Mata, left for Havana",
        ("Luisa Mata", "Foreign Minister", Role.FOREIGN_MINISTER, "VEN", None),
    ),
    # ... which a minister of two fields elsewhere does not take
    (
        "Dr. Omar Saleh, Minister of Industry and Advanced Technology, opened the fair",
        ("Omar Saleh", "Minister", MIN, None, None),
    ),
    # a European Commissioner serves the EU
    (
        "European Commissioner Jan Novak, said on Tuesday that talks would resume",
        ("Jan Novak", "Commissioner", Role.IGO_OFFICIAL, None, "European Union"),
    ),
    # a counterpart mirrors the party's office past a named meeting in between
    (
        (
            "Foreign Minister of the Republic of Chile Rosa Vidal, on the sidelines of the Summit"
            " of the Americas, met her Peruvian counterpart Luis Soto."
        ),
        ("Luis Soto", "Foreign Minister", Role.FOREIGN_MINISTER, "PER", None),
    ),
    # ... and keeps it when the gazetteer knows a later office of the same person as well
    (
        "The Latvian foreign minister met his Polish counterpart Radoslaw Sikorski in Riga",
        ("Radoslaw Sikorski", "Foreign Minister", Role.FOREIGN_MINISTER, "POL", None),
    ),
    # a counterpart after the name, with a possessive for the article
    (
        "Foreign Minister Rosa Vidal later met Luis Soto, her Peruvian counterpart, in Lima",
        ("Luis Soto", "Foreign Minister", Role.FOREIGN_MINISTER, "PER", None),
    ),
    # ... or after "from" and its state
    (
        (
            "Foreign Minister Rosa Vidal met her counterpart from the Republic of Peru, Luis Soto,"
            " in Lima"
        ),
        ("Luis Soto", "Foreign Minister", Role.FOREIGN_MINISTER, "PER", None),
    ),
    # a membership set off by commas before the title
    (
        (
            "talks led by He Jianguo, member of the Political Bureau of the Central Committee,"
            " Vice Premier of the State Council"
        ),
        ("He Jianguo", "Vice Premier", Role.DEPUTY_HEAD_OF_GOVERNMENT, None, None),
    ),
    # a list under a plural title whose names each follow their country
    (
        "Foreign Ministers of Chile Rosa Vidal and Peru Luis Soto spoke by phone",
        ("Luis Soto", "Foreign Minister", Role.FOREIGN_MINISTER, "PER", None),
    ),
    (
        "Senators Rosa Vidal and Jordan Blake Hill voted no",
        ("Jordan Blake Hill", "Senator", Role.LEGISLATOR, None, None),
    ),
    # alone, the rank is the title
    (
        "Commodore Jone Waqa inspected the fleet",
        ("Jone Waqa", "Commodore", MIL, None, None),
    ),
]


@pytest.mark.parametrize(("text", "want"), CLASSES, ids=[f"{t[:30]}-{w[0]}" for t, w in CLASSES])
def test_official_of_class(text: str, want: tuple[object, ...]) -> None:
    got = seen(text)
    assert want in got, got
