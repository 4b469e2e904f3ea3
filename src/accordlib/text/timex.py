"""Temporal expressions in wire prose, and their resolution against a publication date.

:func:`find_timexes` finds expressions such as "on Thursday", "last month",
"next week", "in 2020", "on Nov. 6", "since 2020", "soon", "later this year",
"by the end of the year" and "for decades" in a sentence; :func:`resolve`
turns one into a date and a precision, anchored on the story's publication date.

Precision is returned by name (``"DAY"``, ``"WEEK"``, ``"MONTH"``, ``"YEAR"``,
``"UNKNOWN"``) so that this module stays below the event model in the import graph.

>>> import datetime as dt
>>> published = dt.date(2025, 11, 6)  # a Thursday
>>> [(t.text, resolve(t, published)) for t in find_timexes("They met on Thursday.")]
[('on Thursday', (datetime.date(2025, 11, 6), 'DAY'))]
>>> [(t.text, resolve(t, published)) for t in find_timexes("Last month, talks began.")]
[('Last month', (datetime.date(2025, 10, 1), 'MONTH'))]
>>> [(t.text, resolve(t, published)) for t in find_timexes("ties since 1992")]
[('since 1992', (datetime.date(1992, 1, 1), 'YEAR'))]
>>> [(t.text, resolve(t, published)) for t in find_timexes("a ceremony would take place soon")]
[('soon', (None, 'UNKNOWN'))]
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from collections.abc import Callable, Iterator

import attrs
import regex

from accordlib._util.lazy import Lazy, lazy_regex
from accordlib.text.calendar import WEEKDAY_NAMES

__all__ = ["Timex", "TimexKind", "find_timexes", "resolve"]


class TimexKind(enum.Enum):
    """What a temporal expression refers to."""

    WEEKDAY = "weekday"  # "on Thursday", "last Friday", "next Monday"
    DAY_OFFSET = "day_offset"  # "today" (0), "yesterday" (-1), "tomorrow" (+1), "just"
    DATE = "date"  # "Nov. 6", "November 6, 2025", "6 November"
    MONTH = "month"  # "in March", "in March 2020"
    YEAR = "year"  # "in 2020", "since 1992", "by 2030"
    WEEK_OFFSET = "week_offset"  # "last week", "this week", "next week"
    MONTH_OFFSET = "month_offset"  # "last month", "next month", "this month"
    YEAR_OFFSET = "year_offset"  # "last year", "later this year", "by the end of the year"
    VAGUE_FUTURE = "vague_future"  # "soon", "in the coming weeks", "shortly"
    VAGUE_PAST = "vague_past"  # "recently", "in the past"
    DURATION = "duration"  # "for decades", "for years", "decades-old"


@attrs.frozen
class Timex:
    """A temporal expression found in text: ``text == source[start:end]``.

    ``offset`` is the signed day/week/month/year offset for the ``*_OFFSET``
    kinds and the weekday direction (-1 last, 0 plain, +1 next) for ``WEEKDAY``.
    ``since`` is true for "since 2020"-like expressions (a state that began then).
    """

    text: str
    start: int
    end: int
    kind: TimexKind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int = 0
    since: bool = False

    @property
    def anchored(self) -> bool:
        """True when the expression ties an event to the story's own time ("on Thursday")."""
        return self.kind in (TimexKind.WEEKDAY, TimexKind.DAY_OFFSET) or (
            self.kind == TimexKind.DATE and self.year is None
        )

    @property
    def background(self) -> bool:
        """True when the expression places an event away from the story's time."""
        return self.since or self.kind in (
            TimexKind.DURATION,
            TimexKind.VAGUE_PAST,
        )


_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_WEEKDAYS = {name: number for number, name in enumerate(WEEKDAY_NAMES)}
_OFFSETS = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}

_MONTH = r"""(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|(?-i:May)|June?|July?|Aug(?:ust)?
               |Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"""


#: Every temporal expression we understand, as one alternation of named groups.
_TIMEX = lazy_regex(
    r"""
    (?<![\p{L}\d])
    (?:
        # "on Nov. 6", "November 6, 2025", "Nov 6th"
        (?:on\s{1,3}+)?+(?P<md_month>"""
    + _MONTH
    + r""")\.?+\s{1,3}+(?P<md_day>[0-3]?\d)(?:st|nd|rd|th)?+(?![\d:])
        (?:,?+\s{1,3}+(?P<md_year>(?:1[89]|20)\d\d)(?!\d))?+
      | # "6 November 2025", "on 6 Nov"
        (?:on\s{1,3}+)?+(?P<dm_day>[0-3]?\d)\s{1,3}+(?P<dm_month>"""
    + _MONTH
    + r""")\.?+(?:\s{1,3}+(?P<dm_year>(?:1[89]|20)\d\d)(?!\d))?+
      | # "in March", "in March 2020", "since May 2019", "last March" handled as month
        (?P<m_prep>in|since|by|until|from|during|since\s+early|since\s+late|in\s+early|in\s+late)
        \s{1,3}+(?P<m_month>January|February|March|April|June|July|August|September|October
                  |November|December|(?-i:May)|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)
        (?:,?+\s{1,3}+(?P<m_year>(?:1[89]|20)\d\d)(?!\d))?+
      | # "in 2020", "since 1992", "by 2030", "in early 2021", "until 2019"
        (?P<y_prep>in|since|by|until|from|during|of|throughout)
        \s{1,3}+(?:(?:early|late|mid|mid-)\s{0,3}+)?+(?P<y_year>(?:1[89]|20)\d\d)(?![\d%])
      | # "on Thursday", "last Friday", "next Monday", "Thursday night"
        (?:(?P<wd_rel>last|next|this|on)\s{1,3}+)?+
        (?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
        (?:\s{1,3}+(?:morning|afternoon|evening|night))?+
      | (?P<today>(?:earlier\s{1,3}+|later\s{1,3}+)?+(?:today|tonight|this\s{1,3}+(?:morning|afternoon|evening)))
      | (?P<yesterday>yesterday)
      | (?P<tomorrow>tomorrow)
      | (?P<justdid>just)(?=\s{1,3}+(?:\p{L}{2,20}+ed|held|met|spoke|had|made|signed|sent|told|won|gave|took|went|came|struck|agreed)(?!\p{L}))
      | # "last week", "next month", "this year", "the past year"
        (?P<rel>last|next|this|coming|past|previous)\s{1,3}+(?P<rel_unit>week|month|year)(?!\p{L})
      | (?P<later_year>(?:later|earlier)\s{1,3}+this\s{1,3}+(?P<ly_unit>year|month|week))
      | (?P<end_year>(?:by\s{1,3}+)?+the\s{1,3}+end\s{1,3}+of\s{1,3}+(?:the|this)\s{1,3}+(?P<ey_unit>year|month)|by\s{1,3}+year[-\s]end)
      | (?P<soon>soon|shortly|in\s{1,3}+the\s{1,3}+(?:coming|next)\s{1,3}+(?:days|weeks|months)|at\s{1,3}+a\s{1,3}+later\s{1,3}+date)
      | (?P<recent>recently|in\s{1,3}+recent\s{1,3}+(?:weeks|months|years)|in\s{1,3}+the\s{1,3}+past)
      | (?P<duration>(?:for\s{1,3}+)?+(?:decades|years|generations)(?:-old|-long)?+|long-?standing|decades-old)
    )
    (?![\p{L}\d])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


#: Words a temporal expression can start with; the full pattern is only tried there.
_STARTS = frozenset(
    str.split(
        """
    on in since by until from during of throughout last next this coming past previous
    earlier later today tonight yesterday tomorrow just soon shortly at recently for
    decades years generations long-standing longstanding decades-old the
    monday tuesday wednesday thursday friday saturday sunday
    jan january feb february mar march apr april may jun june jul july aug august
    sep sept september oct october nov november dec december
    """
    )
)
#: A word, for texts whose lower-casing moves offsets (the pre-test then reads words).
_WORDS = lazy_regex(r"[\p{L}\d][\p{L}\d-]{0,30}+")


def _build_candidates() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:"
        + "|".join(re.escape(word) for word in sorted(_STARTS, key=len, reverse=True))
        + r"|\d)"
    )


#: The same pre-test as one alternation of literals over lower-cased text (the standard
#: library's engine runs a literal alternation several times faster; it cannot backtrack:
#: each alternative is a fixed string).
_CANDIDATES: Lazy[re.Pattern[str]] = Lazy(_build_candidates)


#: What must follow the common words among the start words for any expression to begin
#: there ("in" only before a month, a year, "early", "the", "recent"; "the" only before
#: "end"). Each entry is a superset of what the full pattern accepts after the word:
#: ``\s`` of the standard library contains the ``regex`` module's, a digit is let through
#: as any non-letter, and four spaces let anything through (``since\s+early``), so the
#: sieve only drops positions where the full pattern cannot match.
_MONTH_HEADS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_WEEKDAY_HEADS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DIGIT_HEAD = r"[^\sa-z]"  # a digit of any script (and some punctuation: a superset)
_PERIOD_HEADS = f"early|late|mid|{_DIGIT_HEAD}"
_FOLLOWERS = {
    "on": f"{_MONTH_HEADS}|{_WEEKDAY_HEADS}|{_DIGIT_HEAD}",
    "in": f"{_MONTH_HEADS}|{_PERIOD_HEADS}|the|recent",
    "since": f"{_MONTH_HEADS}|{_PERIOD_HEADS}",
    "until": f"{_MONTH_HEADS}|{_PERIOD_HEADS}",
    "from": f"{_MONTH_HEADS}|{_PERIOD_HEADS}",
    "during": f"{_MONTH_HEADS}|{_PERIOD_HEADS}",
    "by": f"{_MONTH_HEADS}|{_PERIOD_HEADS}|the|year",
    "of": _PERIOD_HEADS,
    "throughout": _PERIOD_HEADS,
    "last": f"{_WEEKDAY_HEADS}|week|month|year",
    "next": f"{_WEEKDAY_HEADS}|week|month|year",
    "this": f"{_WEEKDAY_HEADS}|week|month|year|morning|afternoon|evening",
    "coming": "week|month|year",
    "past": "week|month|year",
    "previous": "week|month|year",
    "earlier": "today|tonight|this",
    "later": "today|tonight|this",
    "the": "end",
    "for": "decades|years|generations",
    "at": r"a\s",
}


def _build_sifted() -> re.Pattern[str]:
    free = sorted(_STARTS - _FOLLOWERS.keys(), key=len, reverse=True)
    sifted = [
        rf"{re.escape(word)}(?=\s{{1,3}}(?:{follow})|\s{{4}})"
        for word, follow in sorted(_FOLLOWERS.items(), key=lambda item: -len(item[0]))
    ]
    # Factored by first letter ("o(?:n...|f...)"), keeping the order within a letter:
    # the engine then tries one branch per position instead of every word.
    by_letter: dict[str, list[str]] = {}
    for piece in [*sifted, *(re.escape(word) for word in free)]:
        by_letter.setdefault(piece[0], []).append(piece[1:])
    branches = [f"{letter}(?:{'|'.join(rests)})" for letter, rests in by_letter.items()]
    return re.compile(r"\b(?:" + "|".join(branches) + r"|\d)")


#: The pre-test with the sieve above: the common words only where an expression can
#: follow them (about a tenth of the positions :data:`_CANDIDATES` gives on wire prose).
_SIFTED: Lazy[re.Pattern[str]] = Lazy(_build_sifted)


def find_timexes(
    text: str, start: int = 0, end: int | None = None, *, sieve: bool = True
) -> list[Timex]:
    """Return the temporal expressions in ``text[start:end]`` in text order (offsets into
    ``text``). ``sieve=False`` tries the full pattern at every word a temporal expression
    can start with, without the sieve of what must follow (the same results, slower: for
    tests)."""
    found: list[Timex] = []
    stop = len(text) if end is None else end
    position = start
    for at in _candidates(text, start, stop, sieve=sieve):
        if at < position:
            continue
        match = _TIMEX.match(text, at, stop)
        if match is None:
            continue
        try:
            timex = _build(match)
        except ValueError:  # a digit the regex module knows but int() does not (U+10D40)
            timex = None
        if timex is not None:
            found.append(timex)
            position = match.end()
    return found


def _candidates(text: str, start: int, stop: int, *, sieve: bool) -> Iterator[int]:
    """Where a temporal expression may start: after the pre-test (and the sieve)."""
    lower = text.lower()
    if len(lower) == len(text):  # lower-casing kept every offset (almost always)
        # A long s folds to "s" in the full pattern but not in the sieve's literals.
        sifted = sieve and "\u017f" not in lower
        pretest = _SIFTED.get() if sifted else _CANDIDATES.get()
        return (m.start() for m in pretest.finditer(lower, start, stop))
    return (
        m.start()
        for m in _WORDS.finditer(text, start, stop)
        if m.group()[0].isdigit() or m.group().lower() in _STARTS
    )


def _year(value: str | None) -> int | None:
    return int(value) if value else None


#: The last day a month can have; a larger day number is no date.
_LAST_DAY = 31
_Builder = Callable[["regex.Match[str]"], "Timex | None"]


def _make(match: regex.Match[str], kind: TimexKind, **fields: object) -> Timex:
    return Timex(match.group(), match.start(), match.end(), kind, **fields)  # type: ignore[arg-type]  # fields are typed by Timex


def _date(match: regex.Match[str], prefix: str) -> Timex | None:
    """ "Nov. 6, 2025" (prefix ``md``) or "6 November 2025" (``dm``)."""
    month = _MONTHS[match.group(f"{prefix}_month").lower().rstrip(".")]
    day = int(match.group(f"{prefix}_day"))
    if not 1 <= day <= _LAST_DAY:
        return None
    return _make(
        match, TimexKind.DATE, month=month, day=day, year=_year(match.group(f"{prefix}_year"))
    )


def _month(match: regex.Match[str]) -> Timex:
    month = _MONTHS[match.group("m_month").lower().rstrip(".")]
    since = match.group("m_prep").lower().startswith("since")
    return _make(
        match, TimexKind.MONTH, month=month, year=_year(match.group("m_year")), since=since
    )


def _year_timex(match: regex.Match[str]) -> Timex:
    since = match.group("y_prep").lower() == "since"
    return _make(match, TimexKind.YEAR, year=int(match.group("y_year")), since=since)


def _weekday(match: regex.Match[str]) -> Timex:
    relation = (match.group("wd_rel") or "").lower()
    offset = {"last": -1, "next": 1}.get(relation, 0)
    return _make(
        match, TimexKind.WEEKDAY, weekday=_WEEKDAYS[match.group("wd").lower()], offset=offset
    )


_UNIT_KINDS = {
    "week": TimexKind.WEEK_OFFSET,
    "month": TimexKind.MONTH_OFFSET,
    "year": TimexKind.YEAR_OFFSET,
}


def _relative(match: regex.Match[str]) -> Timex:
    """ "last week", "next month", "this year"."""
    offset = _OFFSETS[match.group("rel").lower()]
    return _make(match, _UNIT_KINDS[match.group("rel_unit").lower()], offset=offset)


def _this_period(match: regex.Match[str]) -> Timex:
    """ "later this year", "by the end of the month", "by year-end"."""
    unit = (match.group("ly_unit") or match.group("ey_unit") or "year").lower()
    return _make(match, _UNIT_KINDS[unit], offset=0)


#: The group each alternative of :data:`_TIMEX` names, and how its match becomes a Timex
#: (the alternatives exclude each other; a match of none of these is a duration).
_BUILDERS: tuple[tuple[str, _Builder], ...] = (
    ("md_month", lambda match: _date(match, "md")),
    ("dm_month", lambda match: _date(match, "dm")),
    ("m_month", _month),
    ("y_year", _year_timex),
    ("wd", _weekday),
    ("today", lambda match: _make(match, TimexKind.DAY_OFFSET, offset=0)),
    ("justdid", lambda match: _make(match, TimexKind.DAY_OFFSET, offset=0)),
    ("yesterday", lambda match: _make(match, TimexKind.DAY_OFFSET, offset=-1)),
    ("tomorrow", lambda match: _make(match, TimexKind.DAY_OFFSET, offset=1)),
    ("rel", _relative),
    ("later_year", _this_period),
    ("end_year", _this_period),
    ("soon", lambda match: _make(match, TimexKind.VAGUE_FUTURE)),
    ("recent", lambda match: _make(match, TimexKind.VAGUE_PAST)),
)


def _build(match: regex.Match[str]) -> Timex | None:
    # One group at a time: a dict of all ~30 groups cost more than the rest together.
    group = match.group
    for name, builder in _BUILDERS:
        if group(name):
            return builder(match)
    return _make(match, TimexKind.DURATION)


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    if day > calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def resolve(
    timex: Timex, published: dt.date | None, *, future: bool = False
) -> tuple[dt.date | None, str]:
    """Return ``(date, precision name)`` for ``timex`` anchored on ``published``.

    ``future`` says the event is planned, so a bare weekday or month means the
    next one rather than the last one. Expressions that need an anchor resolve
    to ``(None, "UNKNOWN")`` when ``published`` is ``None``; vague ones
    ("soon", "for decades") always do, and so does anything beyond the calendar.
    """
    try:
        return _resolve(timex, published, future=future)
    except (OverflowError, ValueError):  # year 0 or 10000: outside what a date can hold
        return None, "UNKNOWN"


_Resolved = tuple[dt.date | None, str]
_UNKNOWN: _Resolved = (None, "UNKNOWN")
_VAGUE = (TimexKind.VAGUE_FUTURE, TimexKind.VAGUE_PAST, TimexKind.DURATION)
#: A bare date in a story about the past is last year's when it lies this far ahead...
_PAST_SLACK = dt.timedelta(days=2)
#: ... and in a story about the future, next year's when it lies this far behind.
_FUTURE_SLACK = dt.timedelta(days=7)


def _resolve(timex: Timex, published: dt.date | None, *, future: bool = False) -> _Resolved:
    absolute = _absolute(timex)
    if absolute is not None:
        return absolute
    if timex.kind in _VAGUE or published is None:
        return _UNKNOWN
    relative = _RELATIVE.get(timex.kind)
    if relative is None:
        return _UNKNOWN
    return relative(timex, published, future)


def _absolute(timex: Timex) -> _Resolved | None:
    """A year, a full date or a month of a given year: no anchor needed (``None`` when the
    expression needs one)."""
    kind = timex.kind
    if kind == TimexKind.YEAR and timex.year is not None:
        return dt.date(timex.year, 1, 1), "YEAR"
    if kind == TimexKind.DATE and timex.month and timex.day and timex.year is not None:
        found = _safe_date(timex.year, timex.month, timex.day)
        return (found, "DAY") if found else _UNKNOWN
    if kind == TimexKind.MONTH and timex.month and timex.year is not None:
        return dt.date(timex.year, timex.month, 1), "MONTH"
    return None


def _day_offset(timex: Timex, published: dt.date, future: bool) -> _Resolved:
    """ "today", "yesterday", "tomorrow"."""
    return published + dt.timedelta(days=timex.offset), "DAY"


def _weekday_date(timex: Timex, published: dt.date, future: bool) -> _Resolved:
    """ "on Thursday" (the last one, or the next one for a planned event), "last Friday",
    "next Monday"."""
    if timex.weekday is None:
        return _UNKNOWN
    delta = (published.weekday() - timex.weekday) % 7  # days back to the last such day
    if timex.offset > 0 or (future and timex.offset == 0 and delta != 0):
        forward = (timex.weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=forward), "DAY"
    if timex.offset < 0 and delta == 0:
        delta = 7
    return published - dt.timedelta(days=delta), "DAY"


def _date_in_year(timex: Timex, published: dt.date, future: bool) -> _Resolved:
    """ "on Nov. 6": this year's, or the nearest year's that fits the tense."""
    if not (timex.month and timex.day):
        return _UNKNOWN
    year = published.year
    found = _safe_date(year, timex.month, timex.day)
    if found is None:
        return _UNKNOWN
    if future and found < published - _FUTURE_SLACK:
        found = _safe_date(year + 1, timex.month, timex.day)
    elif not future and found > published + _PAST_SLACK:
        found = _safe_date(year - 1, timex.month, timex.day)
    return (found, "DAY") if found else _UNKNOWN


def _month_in_year(timex: Timex, published: dt.date, future: bool) -> _Resolved:
    """ "in March": this year's, or the nearest year's that fits the tense."""
    if not timex.month:
        return _UNKNOWN
    year = published.year
    if future and timex.month < published.month:
        year += 1
    elif not future and timex.month > published.month:
        year -= 1
    return dt.date(year, timex.month, 1), "MONTH"


def _week(timex: Timex, published: dt.date, future: bool) -> _Resolved:
    monday = published - dt.timedelta(days=published.weekday())
    return monday + dt.timedelta(weeks=timex.offset), "WEEK"


def _month_offset(timex: Timex, published: dt.date, future: bool) -> _Resolved:
    year, month = _shift_month(published.year, published.month, timex.offset)
    return dt.date(year, month, 1), "MONTH"


def _year_offset(timex: Timex, published: dt.date, future: bool) -> _Resolved:
    return dt.date(published.year + timex.offset, 1, 1), "YEAR"


#: How each kind that needs the publication date is resolved against it.
_RELATIVE: dict[TimexKind, Callable[[Timex, dt.date, bool], _Resolved]] = {
    TimexKind.DAY_OFFSET: _day_offset,
    TimexKind.WEEKDAY: _weekday_date,
    TimexKind.DATE: _date_in_year,
    TimexKind.MONTH: _month_in_year,
    TimexKind.WEEK_OFFSET: _week,
    TimexKind.MONTH_OFFSET: _month_offset,
    TimexKind.YEAR_OFFSET: _year_offset,
}
