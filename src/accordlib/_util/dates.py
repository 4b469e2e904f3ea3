"""Dates: the one module that imports :mod:`dateparser`, plus fast paths for wire forms.

``dateparser`` costs about a millisecond a call and a few hundred milliseconds to
import, so it is imported lazily here and only used when the fast paths fail.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import regex

from accordlib._util.messages import quote
from accordlib.errors import InputTypeError, InvalidDateError

__all__ = ["PublishedLike", "coerce_published", "dateparser_parse", "resolve_month_day"]

#: What every ``published=`` argument accepts.
PublishedLike = dt.date | dt.datetime | str | None

_ISO_DATE = regex.compile(
    r"""
    \A\s*+
    (?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})   # 2025-11-06
    (?:[T\s][\d:.,]{1,20}+(?:Z|[+-]\d{2}:?\d{2})?+)?+  # optional time of day, ignored
    \s*+\Z
    """,
    regex.VERBOSE,
)

_dateparser_lock = threading.Lock()
_dateparser_module: Any = None


def _dateparser() -> Any:
    """Import :mod:`dateparser` on first use (thread-safe)."""
    global _dateparser_module  # noqa: PLW0603 - a lazily filled module cache
    if _dateparser_module is None:
        with _dateparser_lock:
            if _dateparser_module is None:
                import dateparser  # noqa: PLC0415 - deliberately lazy: slow to import

                _dateparser_module = dateparser
    return _dateparser_module


def dateparser_parse(
    text: str, *, relative_base: dt.datetime | None = None, languages: list[str] | None = None
) -> dt.datetime | None:
    """Parse ``text`` with dateparser; ``None`` when it cannot.

    The settings make the result deterministic: no reference to today's date
    unless ``relative_base`` is given, and no network or locale detection.
    """
    settings: dict[str, Any] = {"RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": False}
    if relative_base is not None:
        settings["RELATIVE_BASE"] = relative_base
    result = _dateparser().parse(text, languages=languages or ["en"], settings=settings)
    return result if isinstance(result, dt.datetime) else None


def coerce_published(value: object, *, what: str = "published") -> dt.date | None:
    """Turn a ``published=`` argument into a :class:`datetime.date` (or ``None``).

    ``date`` and ``datetime`` are taken as they are (a datetime keeps its date);
    ISO 8601 strings go through a fast path and any other string through
    dateparser. A string must name a year ("Nov 6, 2025"): relative and year-less
    strings ("yesterday", "Nov 6") would be read against today's clock. An unparseable
    string raises :class:`~accordlib.errors.InvalidDateError` naming it.

    >>> coerce_published("2025-11-06")
    datetime.date(2025, 11, 6)
    >>> coerce_published("Nov 6, 2025")
    datetime.date(2025, 11, 6)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        kind = type(value)
        raise InputTypeError(
            f"{what} must be a date, datetime, str or None, not {kind.__name__}", kind
        )
    match = _ISO_DATE.match(value)
    if match is not None:
        try:
            return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            raise InvalidDateError(f"{what} is not a valid date: {quote(value)}", value) from None
    readable = bool(value.strip()) and len(value) <= _LONGEST_DATE
    if readable and _YEAR.search(value) is None:
        # "yesterday", "next Friday", "Nov 6": dateparser would read them against today's
        # date, so the same call would give different results on different days
        raise InvalidDateError(f"{what} must be a date with a year, not {quote(value)}", value)
    parsed = dateparser_parse(value) if readable else None
    if parsed is None:
        raise InvalidDateError(f"{what} is not a date accordlib can read: {quote(value)}", value)
    return parsed.date()


#: Longer strings are not dates (dateparser's cost grows with the text): an error at once.
_LONGEST_DATE = 200
_MONTHS = 12
_LONGEST_MONTH = 31

#: A four-digit year, which an absolute date needs.
_YEAR = regex.compile(r"(?<!\d)(?:1[0-9]|2[0-9])\d\d(?!\d)")


#: How far after the publication date a year-less dateline date may lie (time zones,
#: stories filed for the next morning's papers).
LOOKAHEAD_DAYS = 2


def resolve_month_day(
    month: int, day: int, published: dt.date | None, *, year: int | None = None
) -> dt.date | None:
    """Resolve a printed month and day to a full date.

    A printed ``year`` wins. Otherwise the date is the most recent ``month``/``day``
    not more than :data:`LOOKAHEAD_DAYS` days after ``published``; without
    ``published`` (or for an impossible date) the result is ``None``.

    >>> resolve_month_day(3, 9, dt.date(1987, 3, 9))
    datetime.date(1987, 3, 9)
    >>> resolve_month_day(2, 27, dt.date(1987, 3, 2))
    datetime.date(1987, 2, 27)
    >>> resolve_month_day(1, 1, dt.date(2025, 12, 31))
    datetime.date(2026, 1, 1)
    >>> resolve_month_day(2, 29, dt.date(2025, 3, 1))
    datetime.date(2024, 2, 29)
    """
    if not (1 <= month <= _MONTHS and 1 <= day <= _LONGEST_MONTH):
        return None
    if year is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    if published is None:
        return None
    try:
        latest = published + dt.timedelta(days=LOOKAHEAD_DAYS)
    except OverflowError:
        latest = dt.date.max  # published within two days of the year 9999
    for candidate_year in range(latest.year, latest.year - 9, -1):
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:
            continue  # February 29 in a common year, or April 31: try an earlier year
        if candidate <= latest:
            return candidate
    return None
