"""Classes of official mentions that the eleventh officials round reads (issue 14), in
invented phrases: a province printed bare between a sub-national title and a name
("Governor Sindh X", "Chief Minister Punjab X"), a style that ends with an apostrophe
between a title and a name ("Secretary-General Dato' X"), an intergovernmental officer
who keeps no state from such a style, and misprinted title words ("Prime Minster",
"presindent", "Secertary") read as the words they miss.

Each row: a phrase, then (name, canonical title, role, country alpha-3, organisation) of the
official that ``find_officials`` must report among those it finds; the look-alikes below must
keep the reading they had.
"""

from __future__ import annotations

import string
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accordlib import Role
from accordlib.officials.misprints import misprints

sys.path.insert(0, str(Path(__file__).resolve().parent))

from official_cases import reading, seen

FM, HOG, HOS = Role.FOREIGN_MINISTER, Role.HEAD_OF_GOVERNMENT, Role.HEAD_OF_STATE
OFF, IGO = Role.OFFICIAL, Role.IGO_OFFICIAL

CLASSES = [
    # a province printed bare after a sub-national title, before a name
    (
        "The envoy later called on Governor Sindh Omar Farooq Baig at the Governor House.",
        ("Omar Farooq Baig", "Governor", OFF, "PAK", None),
    ),
    (
        "Chief Minister Khyber Pakhtunkhwa Saleem Khan Durrani chaired the meeting.",
        ("Saleem Khan Durrani", "Chief Minister", OFF, "PAK", None),
    ),
    # a province of two states names none
    (
        "Chief Minister Punjab Nadia Aslam Cheema inaugurated the hospital.",
        ("Nadia Aslam Cheema", "Chief Minister", OFF, None, None),
    ),
    # a style that ends with an apostrophe, typewriter or typographic
    (
        "Malaysian Foreign Minister Dato' Sri Aminah Yusof arrived in Manila.",
        ("Aminah Yusof", "Foreign Minister", FM, "MYS", None),
    ),
    (
        "He received ASEAN Secretary-General Dato\u2019 Hamid Rahman at the palace.",
        ("Hamid Rahman", "Secretary-General", IGO, None, "ASEAN"),
    ),
    # a long title's field after a comma, a name after it without the closing comma
    (
        "Ghana's Minister of State, Foreign Affairs Kofi Mensah Boateng met the envoys.",
        (
            "Kofi Mensah Boateng",
            "Minister of State for Foreign Affairs",
            Role.MINISTER,
            "GHA",
            None,
        ),
    ),
    # a list of names each followed by its title: a name after a title's comma is the next
    # title's
    (
        (
            "He met Lara Osei, Ghanaian Ambassador to Kenya, H.E. Omar Haddad, Ambassador of"
            " Jordan to Kenya, on Monday."
        ),
        ("Omar Haddad", "Ambassador", Role.AMBASSADOR, "JOR", None),
    ),
    # misprinted title words
    (
        "Japan Prime Minster Kenji Sato will attend the summit.",
        ("Kenji Sato", "Prime Minister", HOG, "JPN", None),
    ),
    (
        "Iranian presindent Reza Tavakoli was received at the airport.",
        ("Reza Tavakoli", "President", HOS, "IRN", None),
    ),
    (
        "British Foreign Secertary Alan Pryce flew to Oman.",
        ("Alan Pryce", "Foreign Secretary", FM, "GBR", None),
    ),
]

LOOKALIKES = [
    # one word after a province that is a given name too is a surname, not a name alone
    ("Governor Victoria Smith said", ("Victoria Smith", "Governor")),
    # a title without a province keeps its name
    ("Governor Greg Watson said", ("Greg Watson", "Governor")),
    # words near a title word that are words of their own stay what they are
    ("the resident Tom Baker said", None),
    ("Foreign Ministers Ana Ruiz and Li Wen met.", ("Ana Ruiz", "Foreign Minister")),
    # a list of titles each followed by its name keeps its pairs
    (
        (
            "They include: Foreign Minister of Chile, Ana Ruiz, Foreign Minister of Peru, Tom"
            " Baker, and others."
        ),
        ("Ana Ruiz", "Foreign Minister"),
    ),
    # a body after the field is no name
    ("the Minister of State, Defence Ministry officials said", None),
    # an English word one slip from a title word is that word alone
    ("the York Minster choir sang on Sunday", None),
    ("Troops commandeer Ana Ruiz's car", None),
    # a piece of a word cut by a stray character is no misprint
    ("the Japanese Foreign Ministr\u00ady said on Monday", None),
]


@pytest.mark.parametrize(("text", "want"), CLASSES, ids=[t[:30] for t, _ in CLASSES])
def test_official_of_class(text: str, want: tuple[object, ...]) -> None:
    got = seen(text)
    assert want in got, got


@pytest.mark.parametrize(("text", "want"), LOOKALIKES, ids=[t[:30] for t, _ in LOOKALIKES])
def test_lookalike_keeps_its_reading(text: str, want: tuple[str | None, str] | None) -> None:
    assert reading(text) == want


@pytest.mark.parametrize(
    ("slip", "word"),
    [
        ("minster", "minister"),
        ("presindent", "president"),
        ("presdient", "president"),
        ("secertary", "secretary"),
        ("ambasador", "ambassador"),
        ("resident", None),  # the first letters are kept
        ("chairmen", None),  # a wrong letter in place of a right one is not read
        ("ministers", None),  # a word of the titles table is no misprint
        ("catholics", None),  # religious offices are left out
    ],
)
def test_misprint_table(slip: str, word: str | None) -> None:
    fix = misprints().get(slip)
    assert (fix.word if fix else None) == word


def _one_slip(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter left out, one added, or two neighbours swapped."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


_VOCABULARY = sorted({fix.word for fix in misprints().values()})


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_VOCABULARY),
    st.integers(min_value=0, max_value=20),
    st.sampled_from(string.ascii_lowercase),
    st.sampled_from(("drop", "add", "swap")),
)
def test_misprint_table_matches_the_edit_rule(word: str, at: int, letter: str, how: str) -> None:
    """Every word the table reads stands one slip from the vocabulary word it gives, keeping
    the first two letters and the last one."""
    at = 2 + at % max(1, len(word) - 3)
    if how == "drop":
        slip = word[:at] + word[at + 1 :]
    elif how == "add":
        slip = word[:at] + letter + word[at:]
    else:
        slip = word[:at] + word[at + 1 : at + 2] + word[at] + word[at + 2 :]
    fix = misprints().get(slip)
    if fix is not None:
        fixed = fix.word
        assert _one_slip(slip, fixed)
        assert slip[:2] == fixed[:2]
        assert slip[-1] == fixed[-1]
