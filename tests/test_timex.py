"""Temporal expressions and their resolution against the publication date.

The published date is a Thursday, 6 November 2025, throughout.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accordlib.text.timex import TimexKind, find_timexes, resolve

PUBLISHED = dt.date(2025, 11, 6)

# (sentence, expression as printed, planned?, date, precision)
RELATIVE = [
    ("They met on Thursday.", "on Thursday", False, "2025-11-06", "DAY"),
    ("They met on Monday.", "on Monday", False, "2025-11-03", "DAY"),
    ("They will meet on Monday.", "on Monday", True, "2025-11-10", "DAY"),
    ("They met last Friday.", "last Friday", False, "2025-10-31", "DAY"),
    ("They meet next Thursday.", "next Thursday", True, "2025-11-13", "DAY"),
    ("Talks ended Thursday night.", "Thursday night", False, "2025-11-06", "DAY"),
    ("He spoke today.", "today", False, "2025-11-06", "DAY"),
    ("He flies back tonight.", "tonight", True, "2025-11-06", "DAY"),
    ("They met yesterday.", "yesterday", False, "2025-11-05", "DAY"),
    ("I just held a call.", "just", False, "2025-11-06", "DAY"),
    ("Last month, talks began.", "Last month", False, "2025-10-01", "MONTH"),
    ("A ceremony will follow next month.", "next month", True, "2025-12-01", "MONTH"),
    ("Talks resume next week.", "next week", True, "2025-11-10", "WEEK"),
    ("They met last week.", "last week", False, "2025-10-27", "WEEK"),
    ("A deal is expected later this year.", "later this year", True, "2025-01-01", "YEAR"),
    (
        "They will join by the end of the year.",
        "by the end of the year",
        True,
        "2025-01-01",
        "YEAR",
    ),
    ("Trade rose last year.", "last year", False, "2024-01-01", "YEAR"),
]

ABSOLUTE = [
    ("The accords were signed in 2020.", "in 2020", False, "2020-01-01", "YEAR"),
    ("Ties date back to 1992, since 1992.", "since 1992", False, "1992-01-01", "YEAR"),
    ("They met on Nov. 3.", "on Nov. 3", False, "2025-11-03", "DAY"),
    ("They will meet on Dec. 1.", "on Dec. 1", True, "2025-12-01", "DAY"),
    ("They met on Dec. 1.", "on Dec. 1", False, "2024-12-01", "DAY"),
    ("Signed November 6, 2024.", "November 6, 2024", False, "2024-11-06", "DAY"),
    ("Signed on 6 November 2019.", "on 6 November 2019", False, "2019-11-06", "DAY"),
    ("Relations resumed in March 2023.", "in March 2023", False, "2023-03-01", "MONTH"),
    ("Talks began in March.", "in March", False, "2025-03-01", "MONTH"),
    ("Elections are due in December.", "in December", True, "2025-12-01", "MONTH"),
    ("Ties frozen since May 2019.", "since May 2019", False, "2019-05-01", "MONTH"),
]

VAGUE = [
    ("A ceremony would take place soon.", "soon", TimexKind.VAGUE_FUTURE),
    ("Talks resume in the coming weeks.", "in the coming weeks", TimexKind.VAGUE_FUTURE),
    ("They have had relations for decades.", "for decades", TimexKind.DURATION),
    ("The two met recently.", "recently", TimexKind.VAGUE_PAST),
]


@pytest.mark.parametrize(("text", "printed", "planned", "date", "precision"), RELATIVE + ABSOLUTE)
def test_resolve(text: str, printed: str, planned: bool, date: str, precision: str) -> None:
    (timex,) = find_timexes(text)
    assert text[timex.start : timex.end] == timex.text == printed
    assert resolve(timex, PUBLISHED, future=planned) == (dt.date.fromisoformat(date), precision)


@pytest.mark.parametrize(("text", "printed", "kind"), VAGUE)
def test_vague_expressions_have_no_date(text: str, printed: str, kind: TimexKind) -> None:
    (timex,) = find_timexes(text)
    assert (timex.text, timex.kind) == (printed, kind)
    assert resolve(timex, PUBLISHED) == (None, "UNKNOWN")


@pytest.mark.parametrize(
    "text",
    [
        "It is just the tip of the iceberg.",  # "just" not before a past verb
        "They may agree.",  # the modal, not the month
        "In 20200 copies.",  # not a year
        "A 2020 agreement.",  # a bare year without a preposition is not placed in time
    ],
)
def test_not_temporal(text: str) -> None:
    assert find_timexes(text) == []


def test_background_and_anchored_flags() -> None:
    since, weekday = find_timexes("Friends since 2020 met on Thursday.")
    assert since.background
    assert not since.anchored
    assert weekday.anchored
    assert not weekday.background


def test_without_an_anchor_relative_dates_are_unknown() -> None:
    (timex,) = find_timexes("They met on Thursday.")
    assert resolve(timex, None) == (None, "UNKNOWN")
    (year,) = find_timexes("Signed in 2020.")
    assert resolve(year, None) == (dt.date(2020, 1, 1), "YEAR")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.dates(), st.booleans())
def test_total_and_offsets_exact(text: str, published: dt.date, future: bool) -> None:
    for timex in find_timexes(text):
        assert text[timex.start : timex.end] == timex.text
        date, precision = resolve(timex, published, future=future)
        assert (date is None) == (precision == "UNKNOWN")


@pytest.mark.parametrize("text", ["on " * 100_000, "in 2020 " * 50_000, "Nov. " * 100_000])
def test_linear(text: str) -> None:
    started = time.perf_counter()
    find_timexes(text)
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("published", [dt.date.max, dt.date.min])
def test_the_ends_of_the_calendar(published: dt.date) -> None:
    for text in ("tomorrow", "yesterday", "next year", "last year", "next week", "on Monday"):
        (timex,) = find_timexes(text)
        date, precision = resolve(timex, published, future=True)
        assert (date is None) == (precision == "UNKNOWN")


def test_digits_int_cannot_read_are_no_day() -> None:
    # U+10D40 is a digit to the regex module (newer Unicode) but not to int(): no date,
    # no exception, and the expression after it is still found.
    text = "They met on \U00010d40 March and on 6 March."
    assert [(t.text, t.kind, t.day) for t in find_timexes(text)] == [
        ("on 6 March.", TimexKind.DATE, 6)
    ]
