"""Datelines: "JERUSALEM, Nov 6 (Reuters) -", "WASHINGTON (AP) —", "DOHA:", "(CNN) —".

One compiled pattern reads the shape of a dateline (place, regions, date, agency,
closing dash); a few rules then decide whether the shape is really a dateline rather
than the start of an ordinary sentence, and resolve the date and the country.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading

import regex

from accordlib._util.dates import PublishedLike, coerce_published, resolve_month_day
from accordlib._util.lazy import lazy_re, lazy_regex
from accordlib._util.tables import read_table
from accordlib._util.text import BLANKS, fold_whitespace, require_str
from accordlib.countries.lookup import get_country
from accordlib.countries.model import Country
from accordlib.wire._months import month_candidates, month_number
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.model import Dateline

__all__ = ["dateline_country", "parse_dateline"]

#: How much text after the first non-blank character a dateline may occupy.
_WINDOW = 320

_DASH = r"(?:-{1,3}+|[\u2010-\u2015\u2212]{1,2}+)"

_DATELINE = lazy_regex(
    rf"""
    # --- the place: up to six words on one line ("SAN MATEO", "DALLAS/FORT WORTH", "La paz")
    (?P<place>
        [^\W\d_][\w.'’&/}}-]{{0,40}}+
        (?:[ \t]{{1,3}}+(?![^\W\d_]{{3,10}}+\.?+[ \t]{{0,6}}+\d)[^\W\d_][\w.'’&/-]{{0,40}}+){{0,5}}+
    )
    # --- up to three regions after commas: ", Calif.", ", Israel", ", British Columbia"
    (?P<regions>
        (?:
            [ \t]{{0,3}}+,[ \t]{{0,3}}+(?:\r\n|[\n\r\x85\u2028\u2029])?+[ \t]{{0,8}}+
            (?![^\W\d_]{{3,10}}+\.?+[ \t]{{0,6}}+\d)          # not a date ("March 2")
            [^\W\d_][\w.'’&-]{{0,30}}+
            (?:[ \t]{{1,3}}+(?![^\W\d_]{{3,10}}+\.?+[ \t]{{0,6}}+\d)[^\W\d_][\w.'’&-]{{0,30}}+){{0,3}}+
          | [ \t]{{0,3}}+\[[^\]\n]{{1,30}}+\]                  # ANI: "New Delhi [India]"
        ){{0,3}}+
    )
    # --- the date: "March 9", "Feb. 17, 2025", "2 March", "MARCH  23", "May 8."
    (?:
        [ \t,.]{{0,4}}+(?:{_DASH}[ \t]{{0,3}}+)?+(?:\r\n|[\n\r\x85\u2028\u2029])?+[ \t]{{0,8}}+
        (?:
            (?P<month>[^\W\d_]{{3,10}}+)\.?+[ \t]{{0,6}}+(?P<day>\d[Oo](?!\w)|\d{{1,3}}+(?!\d))
            (?:st|nd|rd|th)?+
          | (?P<day>\d{{1,2}}+)(?:st|nd|rd|th)?+[ \t]{{1,3}}+(?P<month>[^\W\d_]{{3,10}}+)(?!\w)\.?+
        )
        (?:[ \t]{{0,3}}+,?+[ \t]{{0,3}}+(?P<year>(?:19|20)\d\d)(?!\d))?+
    )?+
    # --- the agency: "(Reuters)", "( AFP )", "/TASS/", ", Kyodo", ". KAZINFORM", ", Reuter"
    (?:
        [ \t,.]{{0,4}}+(?:\r\n|[\n\r\x85\u2028\u2029])?+[ \t]{{0,8}}+
        (?:
            \([ \t]{{0,3}}+(?P<paren>[^()\n]{{1,40}}?)[ \t]{{0,3}}+\)
          | /[ \t]{{0,2}}+(?P<slash>[^/\n]{{1,30}}?)[ \t]{{0,2}}+/
          | (?<=[,.][ \t]{{0,4}}+)(?P<word>[^\W\d_][\w-]{{1,20}}+(?:[ \t][^\W\d_][\w-]{{1,20}}+){{0,2}}+)
        )
    )?+
    # --- the end: a dash or a colon; a full stop after "/TASS/"; or the end of the line
    (?P<term>
        [ \t]{{0,3}}+[.,]?+\s{{0,8}}+(?P<dash>{_DASH}|:(?![/\d]))
      | [ \t]{{0,3}}+(?P<dot>\.)(?=\s|\Z)
      | [ \t]{{0,3}}+(?P<eol>(?=[\n\r\x85\u2028\u2029]|\Z))
      | (?P<space>[ \t]++)(?=[^\W\d_]|["“‘'<])     # "(PTI) India said": no dash at all
    )
    """,
    regex.VERBOSE,
)

#: The common shapes of the pattern above ("WASHINGTON, March 9 -", "JERUSALEM, Nov 6
#: (Reuters) -", "SAN MATEO, Calif., March 2 -") in ASCII with single spaces, for the
#: standard-library engine, which is several times faster on them. It yields the same
#: groups; whatever it does not match goes to the full pattern. Every alternative is
#: delimited by a different character, so it cannot backtrack far, and it only ever sees
#: a window of a few hundred characters.
_FAST = lazy_re(
    r"""
    (?P<place>[A-Za-z][A-Za-z.'&/-]{0,30}(?:[ ][A-Za-z][A-Za-z.'&/-]{0,30}){0,4})
    (?P<regions>(?:,[ ][A-Za-z][A-Za-z.'&-]{0,30}(?:[ ][A-Za-z][A-Za-z.'&-]{0,30}){0,2}){0,2})
    ,[ ]{1,2}
    (?:(?P<month>[A-Za-z]{3,10})\.?[ ]{1,2}(?P<day>\d{1,2})(?!\d)
      |(?P<day2>\d{1,2})[ ](?P<month2>[A-Za-z]{3,10})(?![A-Za-z0-9_])\.?)
    (?:,[ ](?P<year>(?:19|20)\d\d)(?!\d))?
    (?:
        (?:[ ]\((?P<paren>[A-Za-z][A-Za-z.-]*(?:[ ][A-Za-z.-]+){0,3})\))?
        (?:[.,]?[ ]{0,3}(?P<dash>-{1,3}|[\u2010-\u2015\u2212]{1,2})|[ ]{0,3}(?P<eol>)(?=[\n\r\x85\u2028\u2029]|\Z)
          |(?P<space>[ ]+)(?=[A-Za-z"<]))
      | \.[ ]/(?P<slash>[A-Za-z]{2,20})/(?P<dot>\.)(?=\s|\Z)
      | ,[ ](?P<word>[A-Z][A-Za-z]{1,20})[ ]{0,3}(?P<eol2>)(?=[\n\r\x85\u2028\u2029]|\Z)
    )
    """,
    re.VERBOSE,
)
#: The groups of :data:`_FAST` in their positional order (``_fast_groups`` unpacks them).
_FAST_GROUPS = (
    "place", "regions", "month", "day", "day2", "month2", "year",
    "paren", "dash", "eol", "space", "slash", "dot", "word", "eol2",
)  # fmt: skip
_GROUPS = (
    "place", "regions", "month", "day", "year", "paren", "slash", "word", "dash", "dot", "eol",
    "space",
)  # fmt: skip

#: "(CNN) —", "( AFP ) -", "(Bloomberg) --": an agency with no place before it.
_AGENCY_FIRST = lazy_regex(
    rf"""
    \([ \t]{{0,3}}+(?P<paren>[^()\n]{{1,40}}?)[ \t]{{0,3}}+\)
    [ \t]{{0,3}}+(?P<dash>{_DASH}|:)
    """,
    regex.VERBOSE,
)

#: "June 19 (Reuters) -": a date and an agency with no place.
_DATE_FIRST = lazy_regex(
    rf"""
    (?P<month>[^\W\d_]{{3,10}}+)\.?+[ \t]{{0,3}}+(?P<day>\d{{1,2}}+)(?!\d)
    (?:[ \t]{{0,3}}+,?+[ \t]{{0,3}}+(?P<year>(?:19|20)\d\d)(?!\d))?+
    [ \t]{{0,3}}+\([ \t]{{0,3}}+(?P<paren>[^()\n]{{1,40}}?)[ \t]{{0,3}}+\)
    [ \t]{{0,3}}+(?P<dash>{_DASH}|:)
    """,
    regex.VERBOSE,
)

#: What may stand before a dateline: blanks (a byte-order mark too) and stray asterisks.
_LEADING = BLANKS + "*"
_ODD_LEADING = frozenset("*\ufeff\u200b")

#: Leading indentation, stray asterisks ("****LONDON"), a lone stray letter ("c    CHICAGO")
#: and the repeat marker of 1980s wire copy ("RPT --LUDWIGSHAFEN").
_LEAD = lazy_regex(r"[\s*]*+(?:[a-z][ \t]{2,}+|(?:RPT|REPEAT)[ \t]*+-{1,3}+[ \t]*+)?+")

#: A name printed in parentheses that may be an agency not in the table: capitalised, short.
_AGENCY_LIKE = lazy_regex(r"[A-Z][\w.&'’-]*+(?:[ \t][A-Z][\w.&'’-]*+){0,3}+")

#: An agency not in the table: a code in capitals ("MIA", "QNA") or a name with a media word.
_AGENCY_CODE = lazy_regex(r"[A-Z][A-Z0-9&-]{1,9}+")
_AGENCY_WORD = lazy_regex(
    r"\b(?:News|Agency|Press|Wire|Times|Post|Journal|Daily|Gazette|TV|Radio|Network|Media"
    r"|Telegraph|Herald|Tribune|Online|Service)\b|\.com\b|\.net\b"
)

#: First words of all-capitals lines that are labels, not places ("UPDATE -", "NOTE:").
_NOT_PLACES = frozenset(
    [
        "ADVISORY",
        "ALERT",
        "ALSO",
        "ANALYSIS",
        "AND",
        "BREAKING",
        "BULLETIN",
        "BUT",
        "CAPTION",
        "CLARIFICATION",
        "COLUMN",
        "COMMENT",
        "CORRECTED",
        "CORRECTION",
        "CREDIT",
        "EDITOR",
        "EDITOR'S",
        "EDITORS",
        "EDITORIAL",
        "EXCLUSIVE",
        "EXPLAINER",
        "FACTBOX",
        "FACT",
        "FLASH",
        "FOR",
        "FULL",
        "HEADLINE",
        "I",
        "IF",
        "IN",
        "INSIGHT",
        "INTERVIEW",
        "IT",
        "LIVE",
        "MORE",
        "NEWS",
        "NOTE",
        "NOTICE",
        "OF",
        "ON",
        "OPINION",
        "PHOTO",
        "PHOTOS",
        "PRESS",
        "PREVIEW",
        "Q",
        "QUOTE",
        "READ",
        "REFILE",
        "RELATED",
        "REPEAT",
        "REVIEW",
        "RIGHTS",
        "SEE",
        "SOURCE",
        "SOURCES",
        "SPORTS",
        "SUMMARY",
        "TEXT",
        "THIS",
        "TO",
        "TOP",
        "TRANSCRIPT",
        "UPDATE",
        "UPDATED",
        "UPDATES",
        "URGENT",
        "VIDEO",
        "WARNING",
        "WATCH",
        "WE",
        "WHAT",
        "WHO",
        "WHY",
        "WRAPUP",
        "YOU",
    ]
)


# ---------------------------------------------------------------------------- countries


_tables_lock = threading.Lock()
_tables: tuple[dict[str, str], dict[str, str]] | None = None


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").casefold().split())


def _load_tables() -> tuple[dict[str, str], dict[str, str]]:
    """Return (region -> alpha-3, dateline city -> alpha-3) from the data tables."""
    global _tables  # noqa: PLW0603 - a lazily filled cache
    if _tables is None:
        with _tables_lock:
            if _tables is None:
                regions = {
                    _key(row["region"]).rstrip("."): row["country"]
                    for row in read_table("regions.tsv")
                }
                cities = {
                    _key(row["city"]): row["country"] for row in read_table("dateline_cities.tsv")
                }
                _tables = (regions, cities)
    return _tables


def _country(name: str) -> Country | None:
    """Look a name or code up with :func:`~accordlib.countries.lookup.get_country`."""
    return get_country(name)


@functools.lru_cache(maxsize=8192)
def dateline_country(place: str | None, region: str | None) -> Country | None:
    """Return the country a dateline place is in, or ``None`` when it cannot be known.

    The last region that names a US state, Canadian province or similar (AP style
    "Calif.", "Mass.", "N.J.") or a country decides; without a region, the table of
    stand-alone dateline cities and capitals does ("WASHINGTON", "JERUSALEM", "DOHA"),
    then the country table (a place that is itself a country, "SINGAPORE").
    "UNITED NATIONS" and other places that belong to no country give ``None``.

    >>> dateline_country("SAN MATEO", "Calif.").alpha3
    'USA'
    >>> dateline_country("TBILISI", "Georgia").alpha3
    'GEO'
    >>> dateline_country("UNITED NATIONS", None) is None
    True
    """
    regions, cities = _load_tables()
    city_code = cities.get(_key(place)) if place else None
    if region:
        for printed in reversed(region.split(",")):
            part = printed.strip()
            if not part:
                continue
            as_country = _country(part)
            if as_country is not None and city_code == as_country.alpha3:
                return as_country  # "TBILISI, Georgia": the country, not the US state
            code = regions.get(_key(part).rstrip("."))
            if code == "-":
                continue  # "British West Indies": no single country; an earlier region may tell
            if code:
                return _country(code)
            if as_country is not None:
                return as_country
        return None
    if place is None:
        return None
    if city_code is not None:
        return _country(city_code) if city_code != "-" else None
    return _country(place)


def _known_city(place: str) -> bool:
    return _key(place) in _load_tables()[1]


def _known_region(region: str) -> bool:
    regions = _load_tables()[0]
    for printed in region.split(","):
        part = printed.strip()
        if part and (_key(part).rstrip(".") in regions or _country(part) is not None):
            return True
    return False


# ---------------------------------------------------------------------------- parsing


@functools.lru_cache(maxsize=4096)
def _agency(printed: str | None, known_only: bool) -> tuple[bool, str | None]:
    """Return (acceptable, canonical name) for an agency as printed in a dateline."""
    if printed is None:
        return True, None
    name = fold_whitespace(printed)
    canonical = canonical_agency(name)
    if canonical is None and " " in name:
        canonical = canonical_agency(name.split(" ", 1)[0])  # "(Reuters Breakingviews)"
    if canonical is not None:
        return True, canonical
    if known_only or not _AGENCY_LIKE.fullmatch(name):
        return False, None
    if not (_AGENCY_CODE.fullmatch(name) or _AGENCY_WORD.search(name)):
        return True, None  # "(Russia)": acceptable only after a place in capitals; see _build
    return True, name


def _day(printed: str, month: int, published: dt.date | None) -> int | None:
    """Read the day; repair "2O" and a doubled digit ("March 187", "March 119") when possible."""
    if len(printed) <= 2 and printed.isdigit():
        value = int(printed)
        if 1 <= value <= 31:
            return value
    digits = printed.replace("O", "0").replace("o", "0")
    if not digits.isdecimal():
        return None  # digits that regex knows but int() does not (newer Unicode)
    value = int(digits)
    if 1 <= value <= 31:
        return value
    if len(digits) != 3:
        return None
    candidates = {int(digits[:i] + digits[i + 1 :]) for i in range(3)}
    candidates = {c for c in candidates if 1 <= c <= 31}
    if len(candidates) == 1:
        return candidates.pop()
    if published is None or not candidates:
        return None
    # the candidate whose resolved date lies closest to the publication date
    best: tuple[int, int] | None = None
    for candidate in candidates:
        resolved = resolve_month_day(month, candidate, published)
        if resolved is not None:
            gap = abs((published - resolved).days)
            if best is None or gap < best[0]:
                best = (gap, candidate)
    return None if best is None else best[1]


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
        return bool(_AGENCY_CODE.fullmatch(name)) and (month is not None or place.isupper())
    if month is None or not (place.isupper() or _known_city(place)):
        return False
    following = text[end : end + 1]
    return following.isupper() or following in "\"“‘'<"


def _nearest_month(printed: str, day: str, published: dt.date | None) -> int | None:
    """For a misspelling as close to two months ("Mat 3": March or May?), the month whose
    date lies nearest the publication date; ``None`` without one."""
    candidates = month_candidates(printed) or month_candidates(printed, relaxed=True)
    if not candidates or published is None or not day.isdigit():
        return None
    best: tuple[int, int] | None = None
    for candidate in candidates:
        resolved = resolve_month_day(candidate, int(day), published)
        if resolved is not None:
            gap = abs((published - resolved).days)
            if best is None or gap < best[0]:
                best = (gap, candidate)
    return None if best is None else best[1]


def _fold(text: str) -> str:
    """Fold whitespace, skipping the work when there is none to fold."""
    if "  " in text or "\n" in text or "\t" in text or "\r" in text:
        return fold_whitespace(text)
    return text.strip()


@functools.lru_cache(maxsize=8192)
def _resolve(month: int, day: int, published: dt.date | None, year: int | None) -> dt.date | None:
    return resolve_month_day(month, day, published, year=year)


@functools.lru_cache(maxsize=8192)
def _place(printed: str) -> tuple[str, str | None, bool]:
    """Return the folded place, an agency glued to it ("ASTANA. KAZINFORM") and whether
    its first word is a label rather than a place."""
    place, place_agency = _split_place(_fold(printed))
    place = place.rstrip(".,") or place
    first_word = place.split(" ", 1)[0].rstrip(":,.").upper()
    return place, place_agency, first_word in _NOT_PLACES or first_word in {"BY", "FROM"}


@functools.lru_cache(maxsize=8192)
def _region(printed: str) -> str | None:
    parts = [_fold(p) for p in printed.replace("[", ",").replace("]", "").split(",")]
    region = ", ".join(p for p in parts if p) or None
    return None if region is None else region.rstrip(",")


def _split_place(place: str) -> tuple[str, str | None]:
    """Split "ASTANA. KAZINFORM" into the place and a trailing agency name."""
    head, dot, tail = place.rpartition(". ")
    if dot and head and canonical_agency(tail) is not None:
        return head + ".", tail  # the caller strips the full stop
    return place, None


#: Datelines read by the fast path, by what :func:`_build` reads of them: wire copy
#: repeats its datelines ("WASHINGTON, March 9 -" heads many stories of a day). Plain
#: dictionary operations are atomic, so threads share it without a lock; it is emptied
#: when full.
_memo: dict[tuple[str, str, dt.date | None, int, int], tuple[Dateline | None]] = {}
_MEMO_SIZE = 4096


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
    if stripped[:1] in _ODD_LEADING:
        stripped = stripped.lstrip(_LEADING)  # "****LONDON", a byte-order mark
    start = len(text) - len(stripped)
    if start >= len(text):
        return None
    window = text[: start + _WINDOW]
    fast = _FAST.match(window, start)
    if fast is not None:
        match_end = fast.end()
        rest = window[match_end:]
        # What _build reads: the match, the character after it (the fast pattern's
        # lookaheads and the no-dash rule look no further), the date it resolves
        # against, and the offsets it reports. The match decides the groups: a pattern
        # whose lookaheads see one character cannot match the same text differently.
        body = len(window) - len(rest.lstrip())
        key = (window[start:match_end], rest[:1], anchor, start, body)
        known = _memo.get(key)
        if known is not None:
            return known[0]
        found = _build(window, start, match_end, _fast_groups(fast), anchor, body=body)
        if len(_memo) >= _MEMO_SIZE:
            _memo.clear()  # bounded; results never change, so dropping them is safe
        _memo[key] = (found,)
        return found
    if text.startswith(("By ", "BY ", "By:", "BY:"), start):
        return None  # a byline, never a dateline
    if text[start].islower() or text.startswith(("RPT", "REPEAT"), start):
        lead = _LEAD.match(text, start)  # "c    CHICAGO", "RPT --LUDWIGSHAFEN"
        if lead is not None and lead.end() > start:
            start = lead.end()
            window = text[: start + _WINDOW]
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
    match = _DATELINE.match(text, start)
    if match is None:
        match = _DATE_FIRST.match(text, start)
        return None if match is None else _build_date_first(text, start, match, published)
    return _build(text, start, match.end(), match.group(*_GROUPS), published)


#: Characters of which one must appear within the first words of any dateline.
_MARKS = frozenset(",(/.:-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


def _may_be_dateline(text: str, start: int) -> bool:
    """A quick necessary test before the full pattern: a dateline's place has at most six
    words, and a mark (comma, bracket, slash, point, colon, dash) or a digit follows within
    two more words; a text that ends sooner may be a dateline on its own line."""
    words = text[start : start + 240].split(None, 8)
    if len(words) <= 8:
        return True
    return any(word[0].isdigit() or not _MARKS.isdisjoint(word) for word in words[:8])


def _fast_groups(fast: re.Match[str]) -> tuple[str | None, ...]:
    """The groups of a fast-path match, in the order of :data:`_GROUPS`."""
    (
        place,
        regions,
        month,
        day,
        day2,
        month2,
        year,
        paren,
        dash,
        eol,
        space,
        slash,
        dot,
        word,
        eol2,
    ) = fast.groups()
    return (
        place, regions, month or month2, day or day2, year, paren, slash, word, dash, dot,
        eol if eol is not None else eol2, space,
    )  # fmt: skip


def _finish(text: str, start: int, raw_end: int) -> tuple[str, int]:
    """Return the raw dateline and the offset where the body begins (after whitespace)."""
    rest = text[raw_end:]
    return text[start:raw_end], len(text) - len(rest.lstrip())


def _parse_agency_first(text: str, start: int, published: dt.date | None) -> Dateline | None:
    match = _AGENCY_FIRST.match(text, start)
    if match is None:
        return None
    ok, agency = _agency(match["paren"], False)
    if not ok or agency is None:
        return None  # "(Russia) - ...": an aside, not an agency
    raw, end = _finish(text, start, match.end())
    # "(ANSA) - ROME, NOV 7 -": a full dateline may follow the agency
    if end < len(text) and text[end] != "(":
        inner = _DATELINE.match(text, end)
        if inner is not None:
            following = _build(text, end, inner.end(), inner.group(*_GROUPS), published)
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


def _year(printed: str | None) -> int | None:
    """The printed year; ``None`` when there is none or when its digits are ones that
    the regex module knows and ``int()`` does not (a newer Unicode version)."""
    return int(printed) if printed and printed.isdecimal() else None


def _build_date_first(
    text: str, start: int, match: regex.Match[str], published: dt.date | None
) -> Dateline | None:
    month = month_number(match["month"])
    if month is None:
        return None
    ok, agency = _agency(match["paren"], False)
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
    (after the blanks that follow the match) when the caller knows it."""
    (place_printed, regions_printed, month_printed, day_printed, year_printed) = groups[:5]
    paren, slash, word, dash, dot, eol, space = groups[5:]
    assert place_printed is not None
    place, place_agency, stop = _place(place_printed)
    if stop:
        return None  # "UPDATE -", "NOTE:", "By ...": labels, not places
    region = _region(regions_printed) if regions_printed else None

    month = day = year = None
    if month_printed is not None and day_printed is not None:
        month = month_number(month_printed)
        if month is None:
            month = _nearest_month(month_printed, day_printed, published)
        if month is None:
            return None
        year = _year(year_printed)
        if len(day_printed) <= 2 and day_printed.isdigit() and 0 < int(day_printed) < 32:
            day = int(day_printed)
        else:
            day = _day(day_printed, month, published)
            readable = day_printed.replace("O", "0").replace("o", "0").isdecimal()
            if day is None and readable and not (len(day_printed) == 3 and published is None):
                return None  # "ABR0": no day at all, so no date and no dateline

    printed_agency = paren or slash or word or place_agency
    ok, agency = _agency(printed_agency, paren is None)
    if not ok:
        return None  # "(state)", "/home/", ", Monday": not an agency, so not a dateline
    if paren is not None and agency is None:
        if not place.isupper():
            return None  # "Moscow (Russia) — ...": prose with an aside, not a dateline
        agency = _fold(paren)  # "KABUL (Pajhwok) -": an agency accordlib does not know
    if space is not None and not _closes_without_dash(text, match_end, place, paren, month):
        return None
    if dot is not None and slash is None and word is None:
        return None  # a full stop closes only "/TASS/." and ", ARMENPRESS."
    if eol is not None and month is None and agency is None:
        return None  # a line that ends after a bare place is a heading, not a dateline

    if month is None and agency is None:
        # No date and no agency: a dash or a colon closes it, and the place must look like
        # a dateline place. Before a dash it is in capitals ("ANTALYA —", "WOODBRIDGE,
        # N.J. -"): "Paris — the capital — ..." is prose. Before a colon it is a known
        # dateline city in any case ("Doha:") or a short place in capitals ("QUETTA:").
        upper = place.isupper() and sum(ch.isalpha() for ch in place) >= 2
        if dash == ":":
            short = upper and len(place) >= 3 and place.count(" ") <= 3
            if not (_known_city(place) or short):
                return None
        elif not upper:
            return None

    if body < 0:
        rest = text[match_end:]
        body = len(text) - len(rest.lstrip())
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
