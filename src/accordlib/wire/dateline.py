"""Datelines: "JERUSALEM, Nov 6 (Reuters) -", "WASHINGTON (AP) —", "DOHA:", "(CNN) —".

A dateline is read as a small grammar. The patterns of
:mod:`accordlib.wire.dateline_grammar` read its shape — place, regions, date, agency and
closing mark (the main shape), an agency or a place in parentheses first ("(CNN) —",
"(WASHINGTON) --"), or a date first ("June 19 (Reuters) -") —;
:mod:`accordlib.wire.dateline_parts` reads each part; the steps below decide whether the
shape is really a dateline rather than the start of an ordinary sentence (what may close
it depends on what it holds), and resolve the country (:mod:`accordlib.wire.places`).
"""

from __future__ import annotations

import datetime as dt

import regex

from accordlib._util.dates import PublishedLike, coerce_published, resolve_month_day
from accordlib._util.lazy import lazy_regex
from accordlib._util.memo import Memo
from accordlib._util.text import DASHES, require_str
from accordlib.countries.lookup import get_country
from accordlib.wire._months import month_number
from accordlib.wire.agencies import agency_info, canonical_agency
from accordlib.wire.dateline_grammar import (
    AFTER_DASH,
    AGENCY_BEFORE_DATE,
    AGENCY_CODE,
    AGENCY_FIRST,
    CAPS_PLACE,
    CODE_BRACKET,
    COMMA_OPENER,
    DATE_AFTER,
    DATE_FIRST,
    DATELINE,
    FAST,
    GROUPS,
    LEAD,
    LEADING,
    MARKS,
    NOT_PLACES,
    NUMERIC_DATE,
    ODD_LEADING,
    OPENER_TITLES,
    PLACE_DAY,
    WINDOW,
    fast_groups,
)
from accordlib.wire.dateline_leads import (
    city_after_outlet,
    city_dash_bracket,
    name_paren_date,
    square_outlet,
)
from accordlib.wire.dateline_main import build_main, city_in_country, finish_raw, make_dateline
from accordlib.wire.dateline_parts import (
    NO_DATE,
    fold,
    looks_like_agency,
    paren_agency,
    read_day,
    year,
)
from accordlib.wire.model import Dateline
from accordlib.wire.places import dateline_country, known_city, known_region, names_its_country

__all__ = ["dateline_country", "parse_dateline"]

#: A place in capitals closed by nothing has at least this many letters ("ROME Italy ...").
_CAPS_PLACE_MIN = 3
#: How many words of a text the quick test of :func:`_may_be_dateline` looks at.
_QUICK_WORDS = 8
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
#: A leap year, to test that a year-less month and day exist ("Feb. 29" does, "Feb. 30" not).
_LEAP_YEAR = 2000
_MISSING = object()
#: How many capitals a code in a leading bracket with no dash after it has ("(KPL) The").
_LEAD_CODE = (2, 5)
#: An agency after the closing dash ends (with a full stop or the line) within this reach.
_AFTER_DASH_REACH = 64
#: An agency after the closing dash with no mark after it has at most this many words.
_AFTER_DASH_WORDS = 3
_DASH_CHARS = frozenset(DASHES + "\u0640?")
_QUOTES = "\"“‘'<"
#: A year's months, and their English abbreviations, for dates printed in numbers.
_MONTHS = 12
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---------------------------------------------------------------------------- the entry

#: Datelines read by the fast path, by what :func:`build_main` reads of them: wire copy
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
        # What build_main reads: the match, the character after it (the fast pattern's
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
            built = build_main(window, start, match_end, fast_groups(fast), anchor, body=body)
            found = _FAST_MEMO.put(key, built, match_end - start)
        if found is not None:
            # an agency may follow the dash ("- RIA Novosti."): its first letter is a capital
            if found.agency is None and rest[:3].lstrip()[:1].isupper():  # type: ignore[attr-defined]
                return _agency_after_dash(window, found)  # type: ignore[arg-type]
            if found.place is None:  # type: ignore[attr-defined]
                return _city_after_outlet(window, found)  # type: ignore[arg-type]
            return found  # type: ignore[return-value]  # only datelines are stored here
        # not a dateline of the main shape: the other shapes may still read it
    if text.startswith(("By ", "BY ", "By:", "BY:"), start):
        return None  # a byline, never a dateline
    if text[start].islower() or text.startswith(("RPT", "REPEAT"), start):
        lead = LEAD.match(text, start)  # "c    CHICAGO", "RPT --LUDWIGSHAFEN"
        if lead is not None and lead.end() > start:
            start = lead.end()
            window = text[: start + WINDOW]
    return _read_full(window, start, anchor)


def _read_full(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """The full path: every shape, then an agency after the closing dash, or a date after
    an agency in parentheses."""
    found = _parse_at(text, start, published)
    if found is None:
        return None
    found = _city_after_outlet(text, found)
    if found.agency is not None:
        return _date_after_agency(text, found, published) if found.month is None else found
    return _agency_after_dash(text, found)


def _date_after_agency(text: str, found: Dateline, published: dt.date | None) -> Dateline:
    """ "Addis Ababa (ENA) February 16/2023 Deputy ...", "ADDIS ABABA (HAN) January 27,
    2016 –": a date printed after the agency's parentheses, closed by a dash or colon or
    followed by a capitalised body, is part of the dateline."""
    raw_end = found.start + len(found.raw)
    if not found.raw.endswith(")"):
        return found
    match = DATE_AFTER.match(text, raw_end)
    if match is None:
        return found
    month = month_number(match["month"])
    day = None if month is None else read_day(match["day"], month, published)
    following = text[match.end() :].lstrip()[:1]
    if day is None or (match["dash"] is None and not following.isupper()):
        return found
    return make_dateline(
        found.place, found.region, (month, day, year(match["year"])), found.agency, text,
        found.start, match.end(), published,
    )  # fmt: skip


def _parse_at(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """The full patterns, for what the fast path did not match (it has been tried)."""
    first = text[start : start + 1]
    if not first:
        return None
    if first == "(":
        return _parse_parenthesis_first(text, start, published)
    if first == "[":
        return square_outlet(text, start, published)
    if not _may_be_dateline(text, start):
        return None
    match = DATELINE.match(text, start)
    found = None
    if match is not None:
        found = build_main(text, start, match.end(), match.group(*GROUPS), published)
    if found is None:
        date_first = DATE_FIRST.match(text, start)
        if date_first is not None:
            return _build_date_first(text, start, date_first, published)
    if found is None and first.isupper():
        return (
            _code_bracket(text, start, published)
            or _place_day(text, start, published)
            or _numeric_date(text, start, published)
            or _caps_place(text, start)
            or _comma_opener(text, start)
            or _outlet_slash(text, start)
            or _city_code(text, start)
            or _point_place(text, start)
            or _city_bracket(text, start, published)
            or name_paren_date(text, start, published)
            or city_dash_bracket(text, start, published)
        )
    return found


def _may_be_dateline(text: str, start: int) -> bool:
    """A quick necessary test before the full pattern: a dateline's place has at most six
    words, and a mark (comma, bracket, slash, point, colon, dash) or a digit follows within
    two more words; a text that ends sooner may be a dateline on its own line; a known city
    in capitals may stand alone ("ANKARA Turkish ...")."""
    words = text[start : start + 240].split(None, _QUICK_WORDS)
    if len(words) <= _QUICK_WORDS:
        return True
    if any(word[0].isdigit() or not MARKS.isdisjoint(word) for word in words[:_QUICK_WORDS]):
        return True
    return words[0].isupper() or not OPENER_TITLES.isdisjoint(words[1:_QUICK_WORDS])


def _agency_after_dash(text: str, found: Dateline) -> Dateline:
    """ "MOSCOW, April 12 - RIA Novosti.", "TBILISI - Agence France-Presse" and a line
    break, "Teheran - Saba:": a known agency (or a site's address, "Arzuw.news") after the
    closing dash, ended by a full stop, a colon or the line, is part of the dateline."""
    raw_end = found.start + len(found.raw)
    if not found.raw or found.raw[-1] not in _DASH_CHARS:
        return found
    # quick tests first: a capital after the dash, a full stop or line end soon after it
    if not text[raw_end : raw_end + 3].lstrip()[:1].isupper():
        return found
    ahead = text[raw_end : raw_end + _AFTER_DASH_REACH]
    if not {".", ":", "\n"} & set(ahead) and len(ahead) == _AFTER_DASH_REACH:
        return _known_agency_before_body(text, found, raw_end)
    match = AFTER_DASH.match(text, raw_end)
    agency = None if match is None else canonical_agency(match["agency"])
    if match is not None and agency is None and match["site"] is not None:
        agency = match["site"]  # a site's address names an outlet, known or not
    if match is None or agency is None:
        return _known_agency_before_body(text, found, raw_end)
    return _with_agency(found, agency, text, found.start, match.end())


def _city_after_outlet(text: str, found: Dateline) -> Dateline:
    """ "KONTAN.CO.ID - JAKARTA. Menteri ...", "Afghan Voice Agency (AVA) - Kabul: Hafiz
    ...": a known city, closed by a full stop, colon or comma, right after the dash of a
    dateline that names an outlet and no city, is the place; the outlet is the agency."""
    if not found.raw or found.raw[-1] not in _DASH_CHARS or found.region is not None:
        return found
    if found.place is None:
        agency = found.agency
    elif known_city(found.place) or not looks_like_agency(found.place):
        return found
    else:
        agency = canonical_agency(found.place) or found.place
    after = None if agency is None else city_after_outlet(text, found.start + len(found.raw))
    if after is None:
        return found
    city, raw_end = after
    date = (found.month, found.day, found.year)
    return make_dateline(city, None, date, agency, text, found.start, raw_end, found.date)


def _known_agency_before_body(text: str, found: Dateline, raw_end: int) -> Dateline:
    """ "ADEN – SABA Minister of ...", "Aden - Saba Prime Minister ...": a wire agency the
    table knows, printed capitalised after the closing dash of a dateline without a date,
    with no mark before a body that starts with a capital, is part of the dateline
    ("Reuters reported" is the body; after a date, as in 1987 copy, "- Reuters Holdings
    said" and "- The National Weather Service" are too)."""
    if found.month is not None:
        return found
    words = text[raw_end : raw_end + _AFTER_DASH_REACH].split(None, _AFTER_DASH_WORDS)
    for size in range(min(len(words) - 1, _AFTER_DASH_WORDS), 0, -1):
        printed = words[:size]
        if not all(word[:1].isupper() for word in printed) or not words[size][:1].isupper():
            continue
        info = agency_info(" ".join(printed))
        if info is not None and info.kind == "agency":
            agency = info.name
            name_end = text.index(printed[-1], raw_end) + len(printed[-1])
            return _with_agency(found, agency, text, found.start, name_end)
    return found


def _with_agency(
    found: Dateline, agency: str | None, text: str, start: int, stop: int
) -> Dateline:
    """``found`` with ``agency``, its raw text the printed ``text[start:stop]`` (finished
    as every dateline's is)."""
    raw, end = finish_raw(text, start, stop)
    return Dateline(
        found.place, found.region, found.country, found.month, found.day, found.date,
        agency, raw, end, start, found.year,
    )  # fmt: skip


# ---------------------------------------------------------------------------- other shapes


def _parse_parenthesis_first(text: str, start: int, published: dt.date | None) -> Dateline | None:
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
        found = _bracket_then_city(text, start, content, published)
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
    "(VOVworld)"); with no mark, known or in camel case ("(LaPresse) The")."""
    known = canonical_agency(content)
    if known is None and " " in content:
        known = canonical_agency(content.split(" ", 1)[0])  # "(Reuters Breakingviews)"
    if known is not None:
        return known
    read = paren_agency(content)
    if read is not None and read.known:
        return read.name
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


def _build_date_first(
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
    found = None if agency is None else _build_date_first(text, lead.end(), date, published)
    if found is None:
        return None
    raw, end = finish_raw(text, start, date.end())
    return Dateline(
        None, None, None, found.month, found.day, found.date, agency, raw, end, start, found.year
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
    return _with_agency(found, agency, text, start, match.end())


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
    return _with_agency(found, agency or found.agency, text, start, stop)
