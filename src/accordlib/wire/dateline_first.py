"""Dateline shapes that start with a bracket or a date rather than a place: an agency or a
place in parentheses first ("(CNN) —", "(WASHINGTON) --", "(ANSA) - ROME, NOV 7 -", "(MDW
Live) Dubai –"), an agency and then a date ("(RFE/RL) 11 November 2005 --"), and a date first
("June 19 (Reuters) -", "11 July 2005 (RFE/RL) --").

:mod:`accordlib.wire.dateline` tries them when a text opens with a bracket, or when the
main shape did not read it and :data:`~accordlib.wire.dateline_grammar.DATE_FIRST` matches.
"""

from __future__ import annotations

import datetime as dt

import regex

from accordlib._util.dates import resolve_month_day
from accordlib._util.lazy import lazy_regex
from accordlib.wire._months import month_number
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.dateline_grammar import (
    AGENCY_BEFORE_DATE,
    AGENCY_FIRST,
    AGENCY_LIKE,
    DATE_FIRST,
    DATELINE,
    GROUPS,
    NOT_PLACES,
)
from accordlib.wire.dateline_main import build_main, finish_raw, make_dateline
from accordlib.wire.dateline_parts import (
    NO_DATE,
    fold,
    looks_like_agency,
    paren_agency,
    read_day,
    year,
)
from accordlib.wire.model import Dateline
from accordlib.wire.name_pieces import script_outlet
from accordlib.wire.places import dateline_country, known_city, known_region

__all__ = ["build_date_first", "parse_parenthesis_first"]

#: A leap year, to test that a year-less month and day exist ("Feb. 29" does, "Feb. 30" not).
_LEAP_YEAR = 2000
#: How many capitals a code in a leading bracket with no dash after it has ("(KPL) The").
_LEAD_CODE = (2, 5)
_QUOTES = "\"“‘'<"


def parse_parenthesis_first(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """ "(CNN) —", "(CNN)Kenya's", "(WASHINGTON) --", "(AMMAN, Jordan) --", and "(ANSA) -
    ROME, NOV 7 -" where a full dateline follows the agency."""
    match = AGENCY_FIRST.match(text, start)
    if match is None:
        return _agency_then_date(text, start, published)
    content = fold(match["paren"])
    closed = match["dash"] is not None
    if closed:
        place, _, region = content.partition(", ")
        if known_city(place) and canonical_agency(place) is None:
            return make_dateline(
                place, region or None, NO_DATE, None, text, start, match.end(), published
            )
    if not closed:
        found = _bracket_then_city(text, start, content, published) or _whole_bracket(
            text, start, match.start("glued"), content, published
        )
        if found is not None:
            return found
    agency = _lead_agency(content, closed=closed)
    if agency is None:
        return None
    if not closed:
        return make_dateline(
            None, None, NO_DATE, agency, text, start, match.start("glued"), published
        )
    end = finish_raw(text, start, match.end())[1]
    if end < len(text) and text[end] != "(":
        inner = DATELINE.match(text, end)
        if inner is not None:
            following = build_main(text, end, inner.end(), inner.group(*GROUPS), published)
            if following is not None and following.month is not None:
                raw_end = following.start + len(following.raw)
                return make_dateline(
                    following.place, following.region,
                    (following.month, following.day, following.year),
                    agency, text, start, raw_end, published,
                )  # fmt: skip
    return make_dateline(None, None, NO_DATE, agency, text, start, match.end(), published)


def _lead_agency(content: str, *, closed: bool) -> str | None:
    """The agency of "(CNN) —": known; or, before a dash, shaped like one ("(ITALPRESS)",
    "(VOVworld)"); with no mark, known or in camel case ("(LaPresse) The"); either way a
    name in a script without capitals that holds a media word ("(لاہور نیوز)": news)."""
    known = canonical_agency(content)
    if known is None and " " in content:
        known = canonical_agency(content.split(" ", 1)[0])  # "(Reuters Breakingviews)"
    if known is not None:
        return known
    read = paren_agency(content)
    if read is not None and read.known:
        return read.name
    if script_outlet(content.split()):
        return content  # "(لاہور نیوز)": a name with a media word in a script without capitals
    if closed:
        if read is not None and read.name is not None and read.date is NO_DATE:
            return read.name  # "(MIA) -", "(ITALPRESS) –"
        return content if looks_like_agency(content) and " " not in content else None
    if content.isupper() and content.isalpha():
        # a code in capitals ("(KPL) Deputy ..."): short, and not a label ("(VIDEO)")
        short = _LEAD_CODE[0] <= len(content) <= _LEAD_CODE[1]
        return (
            content if short and content not in NOT_PLACES and looks_like_agency(content) else None
        )
    return content if looks_like_agency(content) and content.isalpha() else None


def build_date_first(
    text: str, start: int, match: regex.Match[str], published: dt.date | None
) -> Dateline | None:
    """ "June 19 (Reuters) -", "11 July 2005 (RFE/RL) --", "October 9, The Iran Project –",
    "AUGUST 5 --": a date, maybe an agency; a known city in the brackets is the place
    ("August 26, 2015 (KHARTOUM)-")."""
    month = month_number(match["month"])
    if month is None or (match["stop"] is not None and match["year"] is None):
        return None  # "June 10. That day ...": a full stop closes only a full date
    agency = None
    place = None
    if match["paren"] is not None:
        inside = match["paren"]
        read = paren_agency(inside)
        if known_city(inside) and canonical_agency(inside) is None:
            place = inside  # "August 26, 2015 (KHARTOUM)-": the place after the date
        elif read is None or read.name is None:
            return None  # "(Russia) - ...": an aside, not an agency
        else:
            agency = read.name
    elif match["word"] is not None:
        name = fold(match["word"])
        agency = canonical_agency(name) or name
    printed_year = year(match["year"])
    day = read_day(match["day"], month, published)
    if agency is None:
        following = text[match.end() :].lstrip()[:1]
        if (
            match["dash"] == ":"
            or day is None
            or resolve_month_day(month, day, None, year=printed_year or _LEAP_YEAR) is None
            or not (following.isupper() or (following != "" and following in _QUOTES))
        ):
            return None  # "May 5 - 7, the summit": a range, not a dateline
    raw, end = finish_raw(text, start, match.end())
    return Dateline(
        place=place,
        region=None,
        country=dateline_country(place, None),
        month=month,
        day=day,
        date=None if day is None else resolve_month_day(month, day, published, year=printed_year),
        agency=agency,
        raw=raw,
        end=end,
        start=start,
        year=printed_year,
    )


def _agency_then_date(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """ "(RFE/RL) 11 November 2005 --": an agency in parentheses, then a date and a dash."""
    lead = AGENCY_BEFORE_DATE.match(text, start)
    if lead is None:
        return None
    date = DATE_FIRST.match(text, lead.end())
    if date is None or date["paren"] is not None or date["word"] is not None:
        return None
    agency = _lead_agency(fold(lead["paren"]), closed=True)
    found = None if agency is None else build_date_first(text, lead.end(), date, published)
    if found is None:
        return None
    raw, end = finish_raw(text, start, date.end())
    return Dateline(
        None, None, None, found.month, found.day, found.date, agency, raw, end, start, found.year
    )


#: A known dateline city and its dash after a leading bracket: "(MDW Live) Dubai –".
_CITY_AFTER_BRACKET = lazy_regex(
    r"\)[ \t]++(?P<city>\p{Lu}[\w.'’-]{1,30}+(?:[ \t]\p{Lu}[\w.'’-]{1,30}+){0,2}+)"
    r"[ \t]++[-\u2010-\u2015\u2212](?=[ \t]++[\p{Lu}\"“])"
)


#: An outlet's name led by a code in capitals ("MDW Live", "KTN News").
_ACRONYM_NAME = lazy_regex(r"\p{Lu}{2,6}+(?:[ \t]\p{Lu}\p{Ll}{1,15}+){1,2}+")


def _bracket_then_city(
    text: str, start: int, content: str, published: dt.date | None
) -> Dateline | None:
    """ "(MDW Live) Dubai – ...": an agency's name in the leading bracket (known, or shaped
    like one), then a known city and a dash: the agency and the place of one dateline."""
    close = text.find(")", start)
    match = _CITY_AFTER_BRACKET.match(text, close) if close >= 0 else None
    if match is None or not known_city(match["city"]):
        return None
    agency = canonical_agency(content)
    if agency is None and (looks_like_agency(content) or _ACRONYM_NAME.fullmatch(content)):
        agency = content  # "(MDW Live)": a code in capitals and a capitalised word or two
    if agency is None:
        return None
    return make_dateline(match["city"], None, NO_DATE, agency, text, start, match.end(), published)


#: A date of a month's name and a day, either way round ("November 18", "18 November").
_BRACKET_DAY = lazy_regex(
    r"(?:(?P<month>[^\W\d_]{3,12}+)\.?+[ \t]{1,3}+(?P<day>\d{1,2}+)"
    r"|(?P<day>\d{1,2}+)[ \t]{1,3}+(?P<month>[^\W\d_]{3,12}+)\.?+)"
    r"(?:,?+[ \t]{1,3}+(?P<year>(?:19|20)\d\d))?+"
)
#: A bracket that holds a whole dateline has its date, its place and maybe its outlet.
_WHOLE_PARTS = (2, 3)


def _whole_bracket(
    text: str, start: int, end: int, content: str, published: dt.date | None
) -> Dateline | None:
    """ "(November 18, Colombo, Sri Lanka Guardian) Foreign Minister ...": a whole dateline
    in the leading bracket, before a capitalised body: a date, a known city and maybe an
    outlet (a capitalised name that is no place), the date first or the city first."""
    parts = [part.strip() for part in content.split(",")]
    if len(parts) not in _WHOLE_PARTS or not text[end:].lstrip()[:1].isupper():
        return None
    date_at = 0 if _BRACKET_DAY.fullmatch(parts[0]) else 1
    date = _BRACKET_DAY.fullmatch(parts[date_at])
    city = parts[1 - date_at]
    if date is None or not known_city(city):
        return None
    month = month_number(date["month"])
    day = None if month is None else read_day(date["day"], month, published)
    if day is None:
        return None
    agency = None
    if len(parts) == _WHOLE_PARTS[1]:
        outlet = parts[2]
        agency = canonical_agency(outlet)
        if agency is None and AGENCY_LIKE.fullmatch(outlet) and not known_region(outlet):
            agency = outlet
        if agency is None:
            return None
    printed = (month, day, year(date["year"]))
    return make_dateline(city, None, printed, agency, text, start, end, published)
