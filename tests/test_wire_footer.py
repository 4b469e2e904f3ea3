"""Copyright footers, credits and notes: example tables written for accordlib."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accordlib import Copyright, CreditRole, NoteKind, parse_copyright
from accordlib.wire.credits import parse_credits
from accordlib.wire.footer import TrailerKind, classify_note, classify_tag


class CopyrightExample(NamedTuple):
    text: str
    holder: str | None
    year: int | None


# fmt: off
COPYRIGHTS = [
    CopyrightExample("™ & © 2025 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.", "Cable News Network, Inc.", 2025),
    CopyrightExample("� 2025 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.", "Cable News Network, Inc.", 2025),
    CopyrightExample("Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", "The Associated Press", 2024),
    CopyrightExample("© Kyodo News", "Kyodo News", None),
    CopyrightExample("(c) 2019 Reuters", "Reuters", 2019),
    CopyrightExample("(C) Reuters 1987", "Reuters", 1987),
    CopyrightExample("(c) EFE 2025", "EFE", 2025),
    CopyrightExample("Copyright 2025 United Press International, Inc. All Rights Reserved.", "United Press International, Inc.", 2025),
    CopyrightExample("Copyright © 2010-2024 Xinhua", "Xinhua", 2024),
    CopyrightExample("© 2023–25 AFP", "AFP", 2025),
    CopyrightExample("Copyright 2025 Bloomberg L.P.", "Bloomberg L.P.", 2025),
    CopyrightExample("All rights reserved. © 2025 Kyodo News", "Kyodo News", 2025),
    CopyrightExample("© Copyright 2025 Thomson Reuters", "Thomson Reuters", 2025),
    CopyrightExample("COPYRIGHT 2024 BY THE WASHINGTON POST", "THE WASHINGTON POST", 2024),
    CopyrightExample("Copyright 2025 NPR. To see more, visit our website.", "NPR", 2025),
    CopyrightExample("©2026 Anadolu Agency; all rights reserved", "Anadolu Agency", 2026),
    CopyrightExample("&copy; 2025 Yonhap News Agency", "Yonhap News Agency", 2025),
    CopyrightExample("â„¢ & Â© 2025 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.", "Cable News Network, Inc.", 2025),
    CopyrightExample("Copyright Bloomberg L.P. 2025", "Bloomberg L.P.", 2025),
    CopyrightExample("(c) Copyright Thomson Reuters 2025.", "Thomson Reuters", 2025),
    CopyrightExample("© 2025 AFP — All rights reserved", "AFP", 2025),
    CopyrightExample("All content © 2025 Gulf Times", "Gulf Times", 2025),
    CopyrightExample("Copyright © 1995-2025 The New York Times Company", "The New York Times Company", 2025),
    CopyrightExample("© 2025 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.", "Cable News Network", 2025),
    CopyrightExample("Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be published.", "Nexstar Media Inc.", 2025),
    CopyrightExample("© Copyright 2025, The Times of Israel", "The Times of Israel", 2025),
    CopyrightExample("© Copyright Kyodo News. All Rights Reserved.", "Kyodo News", None),
    CopyrightExample("Copyright © 2000-2025 Xinhua Net.com All rights reserved.", "Xinhua Net.com", 2025),
]
# fmt: on

NOT_COPYRIGHTS = [
    "",
    "The copyright dispute went to court.",
    "\ufffd is a replacement character",
    "Copyright",
]


@pytest.mark.parametrize("example", COPYRIGHTS, ids=[e.text[:40] for e in COPYRIGHTS])
def test_copyrights(example: CopyrightExample) -> None:
    found = parse_copyright(example.text)
    assert found is not None
    assert (found.holder, found.year) == (example.holder, example.year)
    assert found.raw == example.text
    assert found.notice == " ".join(example.text.split())


@pytest.mark.parametrize("text", NOT_COPYRIGHTS)
def test_not_copyrights(text: str) -> None:
    assert parse_copyright(text) is None


def test_copyright_type() -> None:
    assert parse_copyright("(c) 2019 Reuters") == Copyright(
        holder="Reuters", year=2019, notice="(c) 2019 Reuters", raw="(c) 2019 Reuters"
    )


# fmt: off
CREDITS = [
    ("(Reporting by Anna Kowalski and Tomas Berger; Additional reporting by Piotr Nowak in Warsaw; Editing by Helen Marsh)", [(CreditRole.REPORTING, ("Anna Kowalski", "Tomas Berger")), (CreditRole.ADDITIONAL_REPORTING, ("Piotr Nowak",)), (CreditRole.EDITING, ("Helen Marsh",))]),
    ("(Writing by Jan Novak; Editing by Kim Ode and Raj Patel)", [(CreditRole.WRITING, ("Jan Novak",)), (CreditRole.EDITING, ("Kim Ode", "Raj Patel"))]),
    ("Reporting by Lale Aksoy in Ankara Editing by Tom Reid", [(CreditRole.REPORTING, ("Lale Aksoy",)), (CreditRole.EDITING, ("Tom Reid",))]),  # no separator
    ("Associated Press writer Lena Haddad in Jerusalem contributed to this report.", [(CreditRole.CONTRIBUTING, ("Lena Haddad",))]),
    ("CNN’s Priya Raman contributed to this report.", [(CreditRole.CONTRIBUTING, ("Priya Raman",))]),
    ("Omar Khalil and Dina Saleh contributed reporting from Cairo.", [(CreditRole.CONTRIBUTING, ("Omar Khalil", "Dina Saleh"))]),
    ("Compiled by Sarah Lee for Reuters", [(CreditRole.COMPILED, ("Sarah Lee",))]),
    ("Photo: John Smith/Reuters", [(CreditRole.PHOTO, ("John Smith",))]),
    ("--With assistance from Ann Bo and Cy Dee.", [(CreditRole.CONTRIBUTING, ("Ann Bo", "Cy Dee"))]),
    ("To contact the reporter on this story: Noor Haddad in Dubai at nhaddad@example.com", [(CreditRole.REPORTING, ("Noor Haddad",))]),
    ("Reuters reporting on Iran contributed to the rise in prices.", []),
    ("The ministers met on Monday.", []),
    ("Problems in the farm belt contributed to the first decline in bank income.", []),
    ("Editing by the committee was slow and did not meet the deadline", []),
    ("Photo: Reuters", [(CreditRole.PHOTO, ())]),
    ("Photo: John Smith (Reuters)", [(CreditRole.PHOTO, ("John Smith",))]),
    ("(Reporting by Ann Lee;\nEditing by Kim Ode)", [(CreditRole.REPORTING, ("Ann Lee",)), (CreditRole.EDITING, ("Kim Ode",))]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CREDITS, ids=[c[0][:40] for c in CREDITS])
def test_credits(text: str, expected: list[tuple[CreditRole, tuple[str, ...]]]) -> None:
    assert [(c.role, c.names) for c in parse_credits(text)] == expected


# fmt: off
NOTES = [
    ("This story has been updated with additional details.", NoteKind.UPDATE),
    ("This story and headline have been updated with the announcement.", NoteKind.UPDATE),
    ("(Updates with minister's comments in paragraph 4)", NoteKind.UPDATE),
    ("CORRECTION: An earlier version of this story misstated the date of the vote.", NoteKind.CORRECTION),
    ("An earlier version of this story misspelled the minister's name.", NoteKind.CORRECTION),
    ("This article has been corrected to show the talks are in Doha.", NoteKind.CORRECTION),
    ("Editor's note: This story contains descriptions of violence.", NoteKind.EDITORS_NOTE),
    ("EDITOR’S NOTE — The reporter traveled with the delegation.", NoteKind.EDITORS_NOTE),
    ("(Refiles to fix typo in headline)", NoteKind.OTHER),
]
# fmt: on


@pytest.mark.parametrize(("text", "kind"), NOTES, ids=[n[0][:40] for n in NOTES])
def test_notes(text: str, kind: NoteKind) -> None:
    note = classify_note(text)
    assert note is not None
    assert note.kind is kind
    assert note.text == text


def test_ordinary_paragraphs_are_not_notes() -> None:
    assert classify_note("The minister updated reporters on the talks.") is None
    assert classify_note("Note: figures are in U.S. dollars") is None  # part of a results table


# fmt: off
TAGS = [
    ("The-CNN-Wire", TrailerKind.TAG, "CNN"),
    ("(END)", TrailerKind.TAG, None),
    ("Enditem", TrailerKind.TAG, "Xinhua"),
    ("Reuter", TrailerKind.TAG, "Reuters"),
    ("REUTER", TrailerKind.TAG, "Reuters"),
    ("Our Standards: The Thomson Reuters Trust Principles.", TrailerKind.TAG, "Reuters"),
    ("Source: Xinhua", TrailerKind.TAG, "Xinhua"),
    ("Editor: Liu Yang", TrailerKind.TAG, None),
    ("==Kyodo", TrailerKind.TAG, "Kyodo News"),
    ("burs-ec/jm", TrailerKind.TAG, "Agence France-Presse"),
    ("___", TrailerKind.RULE, None),
    ("* * *", TrailerKind.RULE, None),
]
# fmt: on


@pytest.mark.parametrize(("text", "kind", "agency"), TAGS, ids=[t[0] for t in TAGS])
def test_tags(text: str, kind: TrailerKind, agency: str | None) -> None:
    assert classify_tag(text) == (kind, agency)


def test_sentences_are_not_tags() -> None:
    assert classify_tag("Reuters said on Monday the deal was close.") is None
    assert classify_tag("The end of the talks came on Friday.") is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_total(text: str) -> None:
    parse_copyright(text)
    parse_credits(text)
    classify_note(text)
    classify_tag(text)
