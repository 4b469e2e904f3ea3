"""Dateline shapes led by a place that the main shape does not read: an agency's code
before its place and date in brackets ("RSS (KATHMANDU, 29 March 2022) –"), a day before
the month with no comma ("Addis Ababa 26 juillet,2024 (ENA)"), a date in numbers ("DUSHANBE,
25.02.2020. (NIAT Khovar) –"), a known city closed by nothing, a comma or a full stop
("ANKARA Turkish ...", "Doha, HE Minister ...", "Berlin. Die ..."), an outlet and a slash
("Shafaq News / Iraq's ..."), a city and an agency joined by a hyphen ("Muscat-SANA The
..."), and a known city before a bracket and a date ("Phnom Penh (FN), May 19 –").

:func:`place_led` tries them in turn, with the name-led shapes of
:mod:`accordlib.wire.dateline_leads`; none of them is on the fast path.
"""

from __future__ import annotations

import datetime as dt

from accordlib._util.lazy import lazy_regex
from accordlib.countries.lookup import get_country
from accordlib.wire._months import month_number
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.dateline_grammar import (
    AGENCY_CODE,
    CAPS_PLACE,
    CODE_BRACKET,
    COMMA_OPENER,
    DATELINE,
    GROUPS,
    NUMERIC_DATE,
    PLACE_DAY,
    SLASH_DATE,
)
from accordlib.wire.dateline_leads import city_dash_bracket, name_paren_date
from accordlib.wire.dateline_main import build_main, city_in_country, make_dateline, with_agency
from accordlib.wire.dateline_parts import NO_DATE, fold, looks_like_agency
from accordlib.wire.model import Dateline
from accordlib.wire.places import known_city, known_region, names_its_country

__all__ = ["place_led"]

#: A place in capitals closed by nothing has at least this many letters ("ROME Italy ...").
_CAPS_PLACE_MIN = 3
#: A place in capitals closed by nothing needs a paragraph after it: this many words at least.
_CAPS_PLACE_BODY_WORDS = 8
#: Words that continue a city's name rather than start a body after it.
# fmt: off
_NAME_GOES_ON = frozenset({
    "city", "convention", "conventions", "accord", "accords", "agreement", "protocol",
    "declaration", "stock", "exchange", "airport", "university", "times", "post", "street",
    "state", "county", "district", "province", "summit", "process", "club", "marathon",
})
# fmt: on
#: A year's months, and their English abbreviations, for dates printed in numbers.
_MONTHS = 12
#: A year printed in two digits ("12/23/23") is one of this century.
_CENTURY = 100
_TWO_DIGIT_BASE = 2000
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def place_led(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """The first of the place-led shapes below that reads a dateline at ``start`` (a
    capital there; the main shape did not read one)."""
    return (
        _code_bracket(text, start, published)
        or _place_day(text, start, published)
        or _numeric_date(text, start, published)
        or _slash_date(text, start, published)
        or _caps_place(text, start)
        or _comma_opener(text, start)
        or _city_hyphen(text, start)
        or _code_bar_city(text, start)
        or _outlet_slash(text, start)
        or _city_code(text, start)
        or _point_place(text, start)
        or _city_bracket(text, start, published)
        or name_paren_date(text, start, published)
        or city_dash_bracket(text, start, published)
    )


def _code_bracket(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """ "RSS (KATHMANDU, 29 March 2022) –": an agency's code, then its place and date in
    parentheses (read as a dateline of the main shape), then a dash."""
    match = CODE_BRACKET.match(text, start)
    if match is None:
        return None
    code = match["code"]
    agency = canonical_agency(code) or (code if AGENCY_CODE.fullmatch(code) else None)
    inner = fold(match["inner"]) + " -"
    shape = DATELINE.match(inner)
    if agency is None or shape is None or shape.end() != len(inner):
        return None
    found = build_main(inner, 0, shape.end(), shape.group(*GROUPS), published)
    if (
        found is None
        or found.place is None
        or not found.place[:1].isupper()
        or found.month is None
        or found.agency is not None
    ):
        return None  # "ABC (the network, 2 May 2021) –": no place in capitals
    return with_agency(found, agency, text, start, match.end())


def _place_day(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """ "Addis Ababa 26 juillet,2024 (ENA)": a place, then a day and a month with no comma
    (the main shape took the place's last word for a month); checked as the main shape."""
    match = PLACE_DAY.match(text, start)
    if match is None or month_number(match["month"]) is None:
        return None
    return build_main(text, start, match.end(), match.group(*GROUPS), published)


def _numeric_date(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """ "DUSHANBE, 25.02.2020. (NIAT Khovar) –": a place, then a date in numbers, day first
    (the month is read by its name's abbreviation); checked as the main shape."""
    match = NUMERIC_DATE.match(text, start)
    if match is None or not 1 <= int(match["month"]) <= _MONTHS:
        return None
    groups = list(match.group(*GROUPS))
    groups[2] = _MONTH_NAMES[int(match["month"]) - 1]
    return build_main(text, start, match.end(), tuple(groups), published)


def _slash_date(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """ "Baku/12/23/23/Turan: ...": a known dateline city, a date in numbers (month first)
    and the agency, joined by slashes."""
    match = SLASH_DATE.match(text, start)
    if match is None or not known_city(match["place"]):
        return None
    month, day, year = int(match["month"]), int(match["day"]), int(match["year"])
    if year < _CENTURY:
        year += _TWO_DIGIT_BASE
    try:
        dt.date(year, month, day)
    except ValueError:
        return None  # no such day: not a date
    word = match["word"]
    agency = canonical_agency(word) or word
    date = (month, day, year)
    return make_dateline(match["place"], None, date, agency, text, start, match.end(), published)


def _caps_place(text: str, start: int) -> Dateline | None:
    """ "ANKARA Turkish Foreign Ministry ...": a known dateline city in capitals closed by
    nothing, before a paragraph (a title such as "TOKYO Stocks Rise" is too short)."""
    match = CAPS_PLACE.match(text, start)
    if match is None:
        return None
    place = match["place"]
    if not known_city(place) or sum(ch.isalpha() for ch in place) < _CAPS_PLACE_MIN:
        return None
    following = text[match.end() :].split(None, 1)[0].casefold()
    if following in _NAME_GOES_ON:
        return None  # "GENEVA Convention rules ...", "NEW YORK City officials ..."
    line = text[match.end() :].split("\n", 1)[0]
    if len(line.split()) < _CAPS_PLACE_BODY_WORDS:
        return None
    return make_dateline(place, None, NO_DATE, None, text, start, match.start() + len(place), None)


def _comma_opener(text: str, start: int) -> Dateline | None:
    """ "Doha, HE Minister of State ...", "Washington, On Tuesday, the ...": a known dateline
    city closed by a comma, before a paragraph that opens with a word no list of places
    goes on with ("Berlin, Paris and London ..." is a list; "Jakarta, which ..." prose)."""
    match = COMMA_OPENER.match(text, start)
    if match is None or not known_city(match["place"]):
        return None
    if match["comma"] is None and names_its_country(match["place"]):
        return None  # "Kuwait Foreign Minister ...", "Singapore President ...": adjectives
    line = text[match.end() :].split("\n", 1)[0]
    if len(line.split()) < _CAPS_PLACE_BODY_WORDS:
        return None
    raw_end = match.end("comma") if match["comma"] else match.end("place")
    return make_dateline(match["place"], None, NO_DATE, None, text, start, raw_end, None)


#: A known city glued by a hyphen to a body that opens with a state officer's title
#: ("New Delhi-External Affairs Minister ...", "Kabul-Foreign Minister ..."): up to two
#: capitalised words, then a title word, then a capitalised word. A city joined to another
#: place ("Washington-Moscow talks") or a club's name ("Paris-Saint Germain") is no body.
_CITY_HYPHEN = lazy_regex(
    r"(?P<place>\p{Lu}[\w.'’]{0,30}+(?:[ \t]\p{Lu}[\w.'’]{0,30}+){0,2}?)-"
    r"(?=(?P<glued>\p{Lu}\p{Ll}++)(?:[ \t]\p{Lu}\p{Ll}++){0,2}?[ \t]"
    r"(?:Minister|Secretary|President|Ambassador|Spokesperson|Spokesman)[ \t]\p{Lu})"
)


def _city_hyphen(text: str, start: int) -> Dateline | None:
    """ "New Delhi-External Affairs Minister ...": a known dateline city closed by a hyphen
    glued to the body (see :data:`_CITY_HYPHEN`); the glued word names no place."""
    match = _CITY_HYPHEN.match(text, start)
    if match is None or not known_city(match["place"]):
        return None
    glued = match["glued"]
    if known_city(glued) or known_region(glued) or get_country(glued) is not None:
        return None
    line = text[match.end() :].split("\n", 1)[0]
    if len(line.split()) < _CAPS_PLACE_BODY_WORDS:
        return None
    return make_dateline(match["place"], None, NO_DATE, None, text, start, match.end(), None)


#: An outlet's code in capitals, a bar, then up to three words that may begin with a city
#: ("TDT | Manama Representatives Council ..."): the city is found in the words.
_CODE_BAR = lazy_regex(
    r"(?P<code>[A-Z][A-Z0-9]{1,5}+)[ \t]{1,2}+\|[ \t]{1,2}+"
    r"(?P<words>\p{Lu}[\w'’-]{1,30}+(?:[ \t]\p{Lu}[\w'’-]{1,30}+){0,2}+)"
)


def _code_bar_city(text: str, start: int) -> Dateline | None:
    """ "TDT | Manama Representatives ...": an outlet's code, a bar, and a known dateline
    city with no mark before a body in capitalised words; the outlet is the agency."""
    match = _CODE_BAR.match(text, start)
    if match is None:
        return None
    code = match["code"]
    if get_country(code) is not None or known_region(code) or known_city(code):
        return None
    words = match["words"].split()
    for size in range(len(words), 0, -1):
        place = " ".join(words[:size])
        if known_city(place):
            end = text.index(words[size - 1], match.start("words")) + len(words[size - 1])
            line = text[end:].split("\n", 1)[0]
            if len(line.split()) < _CAPS_PLACE_BODY_WORDS or not line.lstrip()[:1].isupper():
                return None
            agency = canonical_agency(code) or code
            return make_dateline(place, None, NO_DATE, agency, text, start, end, None)
    return None


#: An outlet of two to four capitalised words, then a slash, then the story: "Shafaq News /",
#: "Shafaq News/" (the pattern above reads the slash as part of a longer place).
_OUTLET_SLASH = lazy_regex(
    r"(?P<outlet>\p{Lu}[\w.&'’-]{0,30}+(?:[ \t]\p{Lu}[\w.&'’-]{0,30}+){1,3}+)"
    r"[ \t]?+/[ \t]++(?=\p{Lu})"
)


def _outlet_slash(text: str, start: int) -> Dateline | None:
    """ "Shafaq News / Iraq's ...": an outlet's name with a media word ("News", "Mirror")
    closed by a slash, before a paragraph, is the agency of a dateline with no place."""
    match = _OUTLET_SLASH.match(text, start)
    if match is None or not looks_like_agency(match["outlet"]):
        return None
    line = text[match.end() :].split("\n", 1)[0]
    if len(line.split()) < _CAPS_PLACE_BODY_WORDS:
        return None
    outlet = match["outlet"]
    agency = canonical_agency(outlet) or outlet
    raw_end = match.start() + len(match[0].rstrip())
    return make_dateline(None, None, NO_DATE, agency, text, start, raw_end, None)


#: A city and an agency joined by a hyphen, closed by a colon or followed by a capital:
#: "Muscat-SANA The ...", "Medan-Mediadelegasi: Presiden ...".
_CITY_CODE = lazy_regex(
    r"(?P<city>\p{Lu}\p{L}{1,30}+(?:[ \t]\p{Lu}\p{L}{1,30}+)?+)-(?P<agency>\p{Lu}\p{L}{1,20}+)"
    r"(?:(?P<colon>:)|(?=[ \t]++\p{Lu}))"
)


def _city_code(text: str, start: int) -> Dateline | None:
    """ "Muscat-SANA The ...": a known city, a hyphen and an agency (known, or shaped
    like one; before a colon any capitalised word), then the body; a second city after
    the hyphen ("Baku-Tbilisi") is a route, not an agency. A country may stand for the
    city before an agency the table knows ("ALGERIA-SABA")."""
    match = _CITY_CODE.match(text, start)
    if match is None:
        return None
    printed = match["agency"]
    agency = canonical_agency(printed)
    if not known_city(match["city"]) and (agency is None or get_country(match["city"]) is None):
        return None  # a country's name before a known agency: "ALGERIA-SABA Deputy ..."
    if agency is None and (
        looks_like_agency(printed) or (match["colon"] and not known_city(printed))
    ):
        agency = printed
    if agency is None:
        return None
    return make_dateline(match["city"], None, NO_DATE, agency, text, start, match.end(), None)


#: A place of one to four words closed by a full stop (and a dash glued to it) before a
#: capitalised word: "Berlin. Die ...", "Ciudad de México. Como ...", "México.- El ...".
_POINT_PLACE = lazy_regex(
    r"(?P<place>\p{Lu}[\w'’-]{1,30}+(?:[ \t](?:de|del|da|do|\p{Lu}[\w'’-]{1,30}+)){0,3}+)"
    r"(?:,[ \t](?P<region>\p{Lu}[\w'’-]{1,30}+(?:[ \t](?:de|del|\p{Lu}[\w'’-]{1,30}+)){0,2}+))?+"
    r"\.(?P<dash>[-\u2010-\u2015_])?+[ \t]++(?=[\p{Lu}\"“])"
)


def _point_place(text: str, start: int) -> Dateline | None:
    """ "Berlin. Die ...", "Montevideo. En ...", "México.- El ...": a known dateline city
    (or, before ".-", a country) closed by a full stop, before a paragraph; "._" closes as
    ".-" does, and before either the city's own country may follow it ("Santo Domingo, República
    Dominicana._ El ..."). A one-word sentence is not prose, so a known city standing
    alone so is a dateline."""
    match = _POINT_PLACE.match(text, start)
    if match is None:
        return None
    place, region = match["place"], match["region"]
    if region is not None and (match["dash"] is None or not city_in_country(place, region)):
        return None  # "Santo Domingo, República Dominicana._": the city's own country, a dash
    if not (known_city(place) or (match["dash"] is not None and get_country(place) is not None)):
        return None
    line = text[match.end() :].split("\n", 1)[0]
    if len(line.split()) < _CAPS_PLACE_BODY_WORDS:
        return None
    named_end = match.end("region") if region is not None else match.end("place")
    raw_end = match.end("dash") if match["dash"] is not None else named_end + 1
    return make_dateline(place, region, NO_DATE, None, text, start, raw_end, None)


#: A known city, then a bracket, then a date or a second bracket: "Phnom Penh (FN), May 19
#: –", "Astana (Kazakhstan) (AFP) –".
_CITY_BRACKET = lazy_regex(
    r"(?P<city>\p{Lu}[\w'’-]{1,30}+(?:[ \t]\p{Lu}[\w'’-]{1,30}+){0,2}+)[ \t]\("
    r"(?P<inner>[^()\n]{2,30}+)\)(?P<sep>,?+[ \t])(?=\(|\d|\p{Lu})"
)


def _city_bracket(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """ "Phnom Penh (FN), May 19 –": an agency in brackets between a known city and its
    date; "Astana (Kazakhstan) (AFP) –": a country in brackets between a known city and
    its agency. Read as the main shape with the bracket put where that shape has it."""
    match = _CITY_BRACKET.match(text, start)
    if match is None or not known_city(match["city"]):
        return None
    city, inner = match["city"], fold(match["inner"])
    rest = text[match.end() :]
    agency = None
    if rest.startswith("(") and not match["sep"].startswith(",") and known_region(inner):
        shaped = f"{city}, {inner} {rest}"  # the country as a region, then the agency
    elif match["sep"].startswith(","):
        agency = canonical_agency(inner) or (inner if AGENCY_CODE.fullmatch(inner) else None)
        if agency is None:
            return None
        shaped = f"{city}, {rest}"  # the agency out, the date after the city
    else:
        return None
    shape = DATELINE.match(shaped)
    if shape is None:
        return None
    found = build_main(shaped, 0, shape.end(), shape.group(*GROUPS), published)
    if found is None or (found.agency is None) == (agency is None):
        return None  # one agency: in the bracket after the city, or after the country
    if agency is not None and found.month is None:
        return None  # "Paris (AFP), the capital": a date must follow the agency
    stop = start + len(found.raw) + len(text) - start - len(shaped)
    return with_agency(found, agency or found.agency, text, start, stop)
