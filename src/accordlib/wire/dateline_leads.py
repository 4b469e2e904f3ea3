"""Dateline shapes led by a name that the main shape does not read: an outlet in square
brackets ("[Times of Zambia] PARLIAMENT ..."), a name and a date in parentheses ("WANA
(Apr 23) –", "LONDON (Apr 23) –"), and a known city printed after an outlet's name and its
dash ("KONTAN.CO.ID - JAKARTA.", "Afghan Voice Agency (AVA) - Kabul:").

Each reads a shape that :mod:`accordlib.wire.dateline` tries after the others; none of
them is on the fast path.
"""

from __future__ import annotations

import datetime as dt

import regex

from accordlib._util.lazy import lazy_regex
from accordlib.countries.lookup import get_country
from accordlib.wire._months import MONTH_WORD_MAX, month_number
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.dateline_grammar import DASH, NOT_PLACES
from accordlib.wire.dateline_main import make_dateline
from accordlib.wire.dateline_parts import NO_DATE, fold, looks_like_agency, read_day, year
from accordlib.wire.model import Dateline
from accordlib.wire.places import known_city, known_region

__all__ = ["city_after_outlet", "city_dash_bracket", "name_paren_date", "square_outlet"]

#: "[Times of Zambia] PARLIAMENT ...": a name in square brackets, then a capitalised body.
_SQUARE = lazy_regex(
    r"\[[ \t]{0,2}+(?P<name>[^\[\]\n]{2,40}?)[ \t]{0,2}+\](?=[ \t]{0,3}+[\p{Lu}\"“])"
)

#: "WANA (Apr 23) –", "LONDON (23 April 2019) -": a name, a date in parentheses, a dash.
_NAME_PAREN_DATE = lazy_regex(
    rf"""(?P<name>\p{{Lu}}[\w.&'’-]{{1,20}}+(?:[ \t]\p{{Lu}}[\w.&'’-]{{1,20}}+){{0,2}}+)
    [ \t]{{0,3}}+\([ \t]{{0,3}}+
    (?: (?P<month>[^\W\d_]{{3,{MONTH_WORD_MAX}}}+)\.?+[ \t]{{0,3}}+(?P<day>\d{{1,2}}+)(?!\d)
      | (?P<day>\d{{1,2}}+)[ \t]{{1,3}}+(?P<month>[^\W\d_]{{3,{MONTH_WORD_MAX}}}+)\.?+
    )
    (?:[ \t]{{0,3}}+,?+[ \t]{{0,3}}+(?P<year>(?:19|20)\d\d)(?!\d))?+
    [ \t]{{0,3}}+\)[ \t]{{0,3}}+(?P<dash>{DASH}|:)""",
    regex.VERBOSE,
)

#: "Mogadishu – (warsoor) –": a city, a dash, a name in parentheses, a second dash.
_CITY_DASH_BRACKET = lazy_regex(
    rf"(?P<city>\p{{Lu}}[\w'’-]{{1,30}}+(?:[ \t]\p{{Lu}}[\w'’-]{{1,30}}+){{0,2}}+)[ \t]{{1,3}}+{DASH}"
    rf"[ \t]{{1,3}}+\((?P<name>[^\W\d_][\w.&'’ -]{{1,30}}?)\)[ \t]{{1,3}}+{DASH}"
    r"(?=[ \t]{1,3}+[\p{Lu}\"“])"
)

#: A city after an outlet's dash, closed by a full stop, colon or comma: " JAKARTA.", " Kabul:".
_CITY_AFTER = lazy_regex(
    r"[ \t]{0,3}+(?P<city>\p{Lu}[\w'’-]{1,30}+(?:[ \t]\p{Lu}[\w'’-]{1,30}+){0,2}?)"
    r"[ \t]{0,2}+(?P<mark>[.:,])(?=[ \t])"
)


def square_outlet(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """ "[Times of Zambia] PARLIAMENT has ...", "[Financial News] Cho Hyun ...": an outlet
    in square brackets at the head of a paragraph (a name the table knows, a site's address
    or a name with a media word; not a label such as "[UPDATED]"); a known city there is
    the place."""
    match = _SQUARE.match(text, start)
    if match is None:
        return None
    name = fold(match["name"])
    if known_city(name):
        return make_dateline(name, None, NO_DATE, None, text, start, match.end(), published)
    agency = canonical_agency(name)
    if agency is None and (" " in name or "." in name) and looks_like_agency(name):
        agency = name
    if agency is None or name.split(" ", 1)[0].upper() in NOT_PLACES:
        return None
    return make_dateline(None, None, NO_DATE, agency, text, start, match.end(), published)


def name_paren_date(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """ "WANA (Apr 23) – Seyed ...", "LONDON (23 April 2019) - The ...": a known city (the
    place) or an agency (known, or shaped like one) before a date in parentheses and a
    dash; any other name is prose ("Monday (April 23) -" is no dateline)."""
    match = _NAME_PAREN_DATE.match(text, start)
    if match is None:
        return None
    month = month_number(match["month"])
    day = None if month is None else read_day(match["day"], month, published)
    if day is None:
        return None
    date = (month, day, year(match["year"]))
    name = fold(match["name"])
    if known_city(name):
        return make_dateline(name, None, date, None, text, start, match.end(), published)
    agency = canonical_agency(name)
    if agency is None and looks_like_agency(name) and not known_region(name):
        agency = name
    if agency is None:
        return None
    return make_dateline(None, None, date, agency, text, start, match.end(), published)


def city_after_outlet(text: str, end: int) -> tuple[str, int] | None:
    """The known city printed right after an outlet's closing dash, and where it ends with
    its mark: "KONTAN.CO.ID - JAKARTA. Menteri ..." gives ("JAKARTA", offset after ".")."""
    match = _CITY_AFTER.match(text, end)
    if match is None:
        return None
    city = fold(match["city"])
    if not known_city(city):
        return None
    return city, match.end()


def city_dash_bracket(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """ "Mogadishu – (warsoor) – The ...", "Kabul – (Pajhwok) – ...": a known dateline city
    between dashes with a name in parentheses; the dashes on both sides make the name the
    agency (in any case), unless it is itself a place ("Kyiv – (Ukraine) –")."""
    match = _CITY_DASH_BRACKET.match(text, start)
    if match is None or not known_city(match["city"]):
        return None
    name = fold(match["name"])
    if name[0].islower() and " " in name:
        return None  # "Paris – (the capital) – The ...": an aside in prose
    if known_city(name) or known_region(name) or get_country(name) is not None:
        return None
    agency = canonical_agency(name) or name
    return make_dateline(match["city"], None, NO_DATE, agency, text, start, match.end(), published)
