"""Datelines: "JERUSALEM, Nov 6 (Reuters) -", "WASHINGTON (AP) —", "DOHA:", "(CNN) —".

The patterns of :mod:`accordlib.wire.dateline_grammar` read the shape of a dateline
(place, regions, date, agency, closing mark); the steps below then decide whether the
shape is really a dateline rather than the start of an ordinary sentence, and resolve
the date (here) and the country (:mod:`accordlib.wire.places`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

import regex

from accordlib._util.dates import PublishedLike, coerce_published, resolve_month_day
from accordlib._util.memo import Memo, memoized
from accordlib._util.text import fold_whitespace, require_str
from accordlib.wire._months import month_candidates, month_number
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.dateline_grammar import (
    AGENCY_CODE,
    AGENCY_FIRST,
    AGENCY_LIKE,
    AGENCY_WORD,
    DATE_FIRST,
    DATELINE,
    FAST,
    GROUPS,
    LEAD,
    LEADING,
    MARKS,
    NOT_PLACES,
    ODD_LEADING,
    WINDOW,
    fast_groups,
)
from accordlib.wire.model import Dateline
from accordlib.wire.places import dateline_country, known_city

__all__ = ["dateline_country", "parse_dateline"]

#: The days a month may have.
_MAX_DAY = 31
#: A day is printed with at most this many digits ("9", "09")...
_DAY_DIGITS = 2
#: ... and with one more when a digit was doubled ("March 108").
_DOUBLED_DIGITS = 3
#: A place closed by a colon alone ("QUETTA:") has at least this many characters and at
#: most this many spaces, unless it is a known dateline city.
_COLON_PLACE_MIN = 3
_COLON_PLACE_SPACES = 3
#: An all-capitals place needs at least this many letters ("A -" is a list item).
_PLACE_MIN_LETTERS = 2
#: How many words of a text the quick test of :func:`_may_be_dateline` looks at.
_QUICK_WORDS = 8

#: Bounds of the memos: a day's copy repeats a few hundred datelines, and no printed
#: part of a dateline is longer than the window it is read from.
_MEMO_ENTRIES = 8192
_MISSING = object()


# ---------------------------------------------------------------------------- the entry

#: Datelines read by the fast path, by what :func:`_build` reads of them: wire copy
#: repeats its datelines ("WASHINGTON, March 9 -" heads many stories of a day).
_FAST_MEMO: Memo[tuple[str, str, dt.date | None, int, int], Dateline | None] = Memo(
    max_entries=4096, max_key_length=WINDOW
)
_fast_memo_get = _FAST_MEMO.get  # the dictionary's own bound get: one lookup on the hot path


def parse_dateline(text: str, *, published: PublishedLike = None) -> Dateline | None:
    """Read the dateline at the start of ``text``; ``None`` when ``text`` does not start with one.

    ``text`` is a dateline alone or a paragraph that starts with one. ``published``
    (a date, datetime or date string) resolves a year-less month and day to a full
    date: the most recent such date not more than two days after ``published``.

    >>> d = parse_dateline("JERUSALEM, Nov 6 (Reuters) - Israel said...", published="2025-11-06")
    >>> d.place, d.month, d.day, d.date, d.agency, d.raw, d.end
    ('JERUSALEM', 11, 6, datetime.date(2025, 11, 6), 'Reuters', 'JERUSALEM, Nov 6 (Reuters) -', 29)
    >>> d = parse_dateline("SAN MATEO, Calif., March 2 - ")
    >>> d.place, d.region, d.country.alpha3, d.month, d.day, d.date
    ('SAN MATEO', 'Calif.', 'USA', 3, 2, None)
    >>> parse_dateline("WASHINGTON state officials said on Monday...") is None
    True
    """
    if type(text) is not str:
        require_str(text, "text")  # raises unless a str subclass
    if published is None or type(published) is dt.date:
        anchor = published
    elif type(published) is dt.datetime:
        anchor = published.date()  # what coerce_published does, without the call
    else:
        anchor = coerce_published(published)
    stripped = text.lstrip()
    if stripped[:1] in ODD_LEADING:
        stripped = stripped.lstrip(LEADING)  # "****LONDON", a byte-order mark
    start = len(text) - len(stripped)
    if start >= len(text):
        return None
    window = text[: start + WINDOW]
    fast = FAST.match(window, start)
    if fast is not None:
        # What _build reads: the match, the character after it (the fast pattern's
        # lookaheads and the no-dash rule look no further), the date it resolves against,
        # and the offsets it reports. The match decides the groups: a pattern whose
        # lookaheads see one character cannot match the same text differently. (Inline:
        # this is the path most datelines take.)
        match_end = fast.end()
        rest = window[match_end:]
        body = len(window) - len(rest.lstrip())
        key = (window[start:match_end], rest[:1], anchor, start, body)
        found = _fast_memo_get(key, _MISSING)
        if found is _MISSING:
            built = _build(window, start, match_end, fast_groups(fast), anchor, body=body)
            return _FAST_MEMO.put(key, built, match_end - start)
        return found  # type: ignore[return-value]  # only datelines and None are stored
    if text.startswith(("By ", "BY ", "By:", "BY:"), start):
        return None  # a byline, never a dateline
    if text[start].islower() or text.startswith(("RPT", "REPEAT"), start):
        lead = LEAD.match(text, start)  # "c    CHICAGO", "RPT --LUDWIGSHAFEN"
        if lead is not None and lead.end() > start:
            start = lead.end()
            window = text[: start + WINDOW]
    return _parse_at(window, start, anchor)


def _parse_at(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """The full patterns, for what the fast path did not match (it has been tried)."""
    first = text[start : start + 1]
    if not first:
        return None
    if first == "(":
        return _parse_agency_first(text, start, published)
    if not _may_be_dateline(text, start):
        return None
    match = DATELINE.match(text, start)
    if match is None:
        match = DATE_FIRST.match(text, start)
        return None if match is None else _build_date_first(text, start, match, published)
    return _build(text, start, match.end(), match.group(*GROUPS), published)


def _may_be_dateline(text: str, start: int) -> bool:
    """A quick necessary test before the full pattern: a dateline's place has at most six
    words, and a mark (comma, bracket, slash, point, colon, dash) or a digit follows within
    two more words; a text that ends sooner may be a dateline on its own line."""
    words = text[start : start + 240].split(None, _QUICK_WORDS)
    if len(words) <= _QUICK_WORDS:
        return True
    return any(word[0].isdigit() or not MARKS.isdisjoint(word) for word in words[:_QUICK_WORDS])


def _finish(text: str, start: int, raw_end: int) -> tuple[str, int]:
    """Return the raw dateline and the offset where the body begins (after whitespace)."""
    rest = text[raw_end:]
    return text[start:raw_end], len(text) - len(rest.lstrip())


# ---------------------------------------------------------------------------- the shapes


def _parse_agency_first(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """ "(CNN) —", and "(ANSA) - ROME, NOV 7 -" where a full dateline follows the agency."""
    match = AGENCY_FIRST.match(text, start)
    if match is None:
        return None
    ok, agency = _agency(match["paren"], known_only=False)
    if not ok or agency is None:
        return None  # "(Russia) - ...": an aside, not an agency
    raw, end = _finish(text, start, match.end())
    if end < len(text) and text[end] != "(":
        inner = DATELINE.match(text, end)
        if inner is not None:
            following = _build(text, end, inner.end(), inner.group(*GROUPS), published)
            if following is not None and following.month is not None:
                raw, end = _finish(text, start, following.start + len(following.raw))
                return Dateline(
                    place=following.place,
                    region=following.region,
                    country=following.country,
                    month=following.month,
                    day=following.day,
                    date=following.date,
                    agency=agency,
                    raw=raw,
                    end=end,
                    start=start,
                    year=following.year,
                )
    return Dateline(
        place=None,
        region=None,
        country=None,
        month=None,
        day=None,
        date=None,
        agency=agency,
        raw=raw,
        end=end,
        start=start,
    )


def _build_date_first(
    text: str, start: int, match: regex.Match[str], published: dt.date | None
) -> Dateline | None:
    """ "June 19 (Reuters) -": a date and a known agency, no place."""
    month = month_number(match["month"])
    if month is None:
        return None
    ok, agency = _agency(match["paren"], known_only=False)
    if not ok or agency is None:
        return None  # "(Russia) - ...": an aside, not an agency
    year = _year(match["year"])
    day = _day(match["day"], month, published)
    raw, end = _finish(text, start, match.end())
    return Dateline(
        place=None,
        region=None,
        country=None,
        month=month,
        day=day,
        date=None if day is None else resolve_month_day(month, day, published, year=year),
        agency=agency,
        raw=raw,
        end=end,
        start=start,
        year=year,
    )


def _build(
    text: str,
    start: int,
    match_end: int,
    groups: tuple[str | None, ...],
    published: dt.date | None,
    *,
    body: int = -1,
) -> Dateline | None:
    """Check a dateline's shape and build it; ``body`` is where the body text begins
    (after the blanks that follow the match) when the caller knows it.

    The steps: the place (not a label), the date (a readable month and day), the agency
    (known, or shaped like one), the closing mark (which the date and agency allow).
    """
    place_printed, regions_printed, month_printed, day_printed, year_printed = groups[:5]
    paren, slash, word = groups[5:8]
    assert place_printed is not None
    place, place_agency, stop = _place(place_printed)
    if stop:
        return None  # "UPDATE -", "NOTE:", "By ...": labels, not places
    date = _printed_date(month_printed, day_printed, year_printed, published)
    if date is None:
        return None
    month, day, year = date
    ok, agency = _dateline_agency(place, paren, slash or word or place_agency)
    if not ok:
        return None
    if not _close_fits(text, match_end, place, groups, month, agency):
        return None
    if body < 0:
        rest = text[match_end:]
        body = len(text) - len(rest.lstrip())
    region = _region(regions_printed) if regions_printed else None
    return Dateline(
        place,
        region,
        dateline_country(place, region),
        month,
        day,
        None if month is None or day is None else _resolve(month, day, published, year),
        agency,
        text[start:match_end].rstrip(),
        body,
        start,
        year,
    )


# ---------------------------------------------------------------------------- the parts


@memoized(max_entries=_MEMO_ENTRIES, max_key_length=WINDOW)
def _place(printed: str) -> tuple[str, str | None, bool]:
    """Return the folded place, an agency glued to it ("ASTANA. KAZINFORM") and whether
    its first word is a label rather than a place."""
    place, place_agency = _split_place(_fold(printed))
    place = place.rstrip(".,") or place
    first_word = place.split(" ", 1)[0].rstrip(":,.").upper()
    return place, place_agency, first_word in NOT_PLACES or first_word in {"BY", "FROM"}


def _split_place(place: str) -> tuple[str, str | None]:
    """Split "ASTANA. KAZINFORM" into the place and a trailing agency name."""
    head, dot, tail = place.rpartition(". ")
    if dot and head and canonical_agency(tail) is not None:
        return head + ".", tail  # the caller strips the full stop
    return place, None


@memoized(max_entries=_MEMO_ENTRIES, max_key_length=WINDOW)
def _region(printed: str) -> str | None:
    """ ", Calif., " -> "Calif."; "[India]" -> "India"."""
    parts = [_fold(p) for p in printed.replace("[", ",").replace("]", "").split(",")]
    region = ", ".join(p for p in parts if p) or None
    return None if region is None else region.rstrip(",")


_NO_DATE: tuple[int | None, int | None, int | None] = (None, None, None)


def _printed_date(
    month_printed: str | None,
    day_printed: str | None,
    year_printed: str | None,
    published: dt.date | None,
) -> tuple[int | None, int | None, int | None] | None:
    """(month, day, year) as printed; all ``None`` when no date is printed; ``None`` when
    the date cannot be read ("Mat 3" without a publication date, "ABR0"): no dateline."""
    if month_printed is None or day_printed is None:
        return _NO_DATE
    month = month_number(month_printed)
    if month is None:
        month = _nearest_month(month_printed, day_printed, published)
    if month is None:
        return None
    year = _year(year_printed)
    if (
        len(day_printed) <= _DAY_DIGITS
        and day_printed.isdigit()
        and 0 < int(day_printed) <= _MAX_DAY
    ):
        return month, int(day_printed), year
    day = _day(day_printed, month, published)
    readable = day_printed.replace("O", "0").replace("o", "0").isdecimal()
    if (
        day is None
        and readable
        and not (len(day_printed) == _DOUBLED_DIGITS and published is None)
    ):
        return None  # "ABR0": no day at all, so no date and no dateline
    return month, day, year


def _day(printed: str, month: int, published: dt.date | None) -> int | None:
    """Read the day; repair "2O" and a doubled digit ("March 187", "March 119") when possible."""
    digits = printed.replace("O", "0").replace("o", "0")
    if not digits.isdecimal():
        return None  # digits that regex knows but int() does not (newer Unicode)
    value = int(digits)
    if 1 <= value <= _MAX_DAY:
        return value
    if len(digits) != _DOUBLED_DIGITS:
        return None
    candidates = {int(digits[:i] + digits[i + 1 :]) for i in range(_DOUBLED_DIGITS)}
    candidates = {c for c in candidates if 1 <= c <= _MAX_DAY}
    if len(candidates) == 1:
        return candidates.pop()
    if published is None:
        return None
    return _nearest(published, candidates, lambda day: resolve_month_day(month, day, published))


def _nearest_month(printed: str, day: str, published: dt.date | None) -> int | None:
    """For a misspelling as close to two months ("Mat 3": March or May?), the month whose
    date lies nearest the publication date; ``None`` without one."""
    candidates = month_candidates(printed) or month_candidates(printed, relaxed=True)
    if not candidates or published is None or not day.isdigit():
        return None
    number = int(day)
    return _nearest(
        published, candidates, lambda month: resolve_month_day(month, number, published)
    )


def _nearest(
    published: dt.date, candidates: Iterable[int], resolve: Callable[[int], dt.date | None]
) -> int | None:
    """The first candidate whose resolved date lies closest to ``published``."""
    best: tuple[int, int] | None = None
    for candidate in candidates:
        resolved = resolve(candidate)
        if resolved is not None:
            gap = abs((published - resolved).days)
            if best is None or gap < best[0]:
                best = (gap, candidate)
    return None if best is None else best[1]


def _year(printed: str | None) -> int | None:
    """The printed year; ``None`` when there is none or when its digits are ones that
    the regex module knows and ``int()`` does not (a newer Unicode version)."""
    return int(printed) if printed and printed.isdecimal() else None


_RESOLVED: Memo[tuple[int, int, dt.date | None, int | None], dt.date | None] = Memo(
    max_entries=_MEMO_ENTRIES, max_key_length=0
)


def _resolve(month: int, day: int, published: dt.date | None, year: int | None) -> dt.date | None:
    """:func:`~accordlib._util.dates.resolve_month_day`, remembered (keys are four numbers)."""
    key = (month, day, published, year)
    found = _RESOLVED.get(key, _MISSING)
    if found is _MISSING:
        return _RESOLVED.put(key, resolve_month_day(month, day, published, year=year), 0)
    return found  # type: ignore[return-value]  # only dates and None are stored


def _dateline_agency(place: str, paren: str | None, other: str | None) -> tuple[bool, str | None]:
    """(acceptable, agency) for the agency printed in parentheses or otherwise."""
    ok, agency = _agency(paren or other, known_only=paren is None)
    if not ok:
        return False, None  # "(state)", "/home/", ", Monday": not an agency, not a dateline
    if paren is not None and agency is None:
        if not place.isupper():
            return False, None  # "Moscow (Russia) — ...": prose with an aside
        agency = _fold(paren)  # "KABUL (Pajhwok) -": an agency accordlib does not know
    return True, agency


_AGENCIES: Memo[tuple[str, bool], tuple[bool, str | None]] = Memo(
    max_entries=4096, max_key_length=WINDOW
)


def _agency(printed: str | None, *, known_only: bool) -> tuple[bool, str | None]:
    """Return (acceptable, canonical name) for an agency as printed in a dateline."""
    if printed is None:
        return True, None
    key = (printed, known_only)
    found = _AGENCIES.get(key)
    if found is None:
        return _AGENCIES.put(key, _read_agency(printed, known_only=known_only), len(printed))
    return found


def _read_agency(printed: str, *, known_only: bool) -> tuple[bool, str | None]:
    """:func:`_agency` without the memo."""
    name = fold_whitespace(printed)
    canonical = canonical_agency(name)
    if canonical is None and " " in name:
        canonical = canonical_agency(name.split(" ", 1)[0])  # "(Reuters Breakingviews)"
    if canonical is not None:
        return True, canonical
    if known_only or not AGENCY_LIKE.fullmatch(name):
        return False, None
    if not (AGENCY_CODE.fullmatch(name) or AGENCY_WORD.search(name)):
        return True, None  # "(Russia)": acceptable only after a place in capitals
    return True, name


# ---------------------------------------------------------------------------- the close


def _close_fits(
    text: str,
    match_end: int,
    place: str,
    groups: tuple[str | None, ...],
    month: int | None,
    agency: str | None,
) -> bool:
    """Whether the closing mark fits what the dateline holds: a full stop only after
    "/TASS/." and ", ARMENPRESS."; no dash only as :func:`_closes_without_dash` allows;
    the end of the line, or a dash or colon after a bare place, only as
    :func:`_bare_place` allows."""
    paren, slash, word, dash, dot, eol, space = groups[5:]
    if space is not None and not _closes_without_dash(text, match_end, place, paren, month):
        return False
    if dot is not None and slash is None and word is None:
        return False
    if month is None and agency is None:
        # a line that ends after a bare place is a heading, not a dateline
        return eol is None and _bare_place(place, dash)
    return True


def _closes_without_dash(
    text: str, end: int, place: str, paren: str | None, month: int | None
) -> bool:
    """Whether a dateline may end without a dash: after a known agency ("(PTI) India
    said"), or after a date when the place is in capitals or a known city and the body
    starts with a capital, a quotation mark or a company tag ("NEW YORK, March 9 Oil")."""
    if paren is not None:  # a known agency, or a code after a date or a place in capitals
        name = _fold(paren)
        if canonical_agency(name) is not None:
            return True
        return bool(AGENCY_CODE.fullmatch(name)) and (month is not None or place.isupper())
    if month is None or not (place.isupper() or known_city(place)):
        return False
    following = text[end : end + 1]
    return following.isupper() or following in "\"“‘'<"


def _bare_place(place: str, dash: str | None) -> bool:
    """Whether a place with no date and no agency makes a dateline with its closing mark.

    Before a dash it is in capitals ("ANTALYA —", "WOODBRIDGE, N.J. -"): "Paris — the
    capital — ..." is prose. Before a colon it is a known dateline city in any case
    ("Doha:") or a short place in capitals ("QUETTA:").
    """
    upper = place.isupper() and sum(ch.isalpha() for ch in place) >= _PLACE_MIN_LETTERS
    if dash == ":":
        short = (
            upper and len(place) >= _COLON_PLACE_MIN and place.count(" ") <= _COLON_PLACE_SPACES
        )
        return known_city(place) or short
    return upper


def _fold(text: str) -> str:
    """Fold whitespace, skipping the work when there is none to fold."""
    if "  " in text or "\n" in text or "\t" in text or "\r" in text:
        return fold_whitespace(text)
    return text.strip()
