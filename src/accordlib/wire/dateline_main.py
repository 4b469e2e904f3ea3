"""The main shape of a dateline: place, regions, date, agency and closing mark.

:func:`build_main` reads what :data:`~accordlib.wire.dateline_grammar.DATELINE` (or its
fast subset) matched: each part through :mod:`accordlib.wire.dateline_parts`, then
whether the closing mark fits what the dateline holds ("Paris — the capital — ..." is
prose; "PARIS —" is a dateline).
"""

from __future__ import annotations

import datetime as dt

import regex

from accordlib._util.lazy import lazy_regex
from accordlib.countries.lookup import get_country
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.dateline_grammar import AGENCY_CODE
from accordlib.wire.dateline_parts import (
    NO_DATE,
    AgencyRead,
    PrintedDate,
    fold,
    looks_like_agency,
    paren_agency,
    read_date,
    read_place,
    read_region,
    resolve,
    slash_agency,
    word_agency,
)
from accordlib.wire.model import Dateline
from accordlib.wire.places import dateline_country, known_city, known_region

__all__ = [
    "build_main",
    "city_in_country",
    "finish_raw",
    "make_dateline",
    "uncased",
    "with_agency",
]

#: A place closed by a colon alone ("QUETTA:") has at least this many characters and at
#: most this many spaces, unless it is a known dateline city.
_COLON_PLACE_MIN = 3
_COLON_PLACE_SPACES = 3
#: An all-capitals place needs at least this many letters ("A -" is a list item).
_PLACE_MIN_LETTERS = 2
#: A place in a script without capitals ("روما ـ") has at most this many words.
_UNCASED_WORDS = 3
#: A body after a bare place in mixed case has more words than this on its first line.
_BODY_WORDS = 5
_QUOTES = "\"“‘'<"
#: How far after a slash that closes a dateline the next word is looked for.
_AFTER_SLASH_REACH = 40
#: A site's address standing for its outlet ("Primicias24.com", "TEMPO.CO",
#: "REPUBLIKA.CO.ID").
_SITE = lazy_regex(
    r"[^\W_][\w-]{1,30}+(?:\.(?:co|com|net|org|or|go|ac))?"
    r"\.(?:com|co|net|org|info|news|az|kz|uz|id|my|ph|in|pk)",
    regex.I,
)


def finish_raw(text: str, start: int, raw_end: int) -> tuple[str, int]:
    """Return the raw dateline and the offset where the body begins (after whitespace)."""
    rest = text[raw_end:]
    return text[start:raw_end], len(text) - len(rest.lstrip())


def make_dateline(
    place: str | None,
    region: str | None,
    date: PrintedDate,
    agency: str | None,
    text: str,
    start: int,
    raw_end: int,
    published: dt.date | None,
) -> Dateline:
    """A dateline from its parts; the raw dateline runs from ``start`` to ``raw_end``."""
    month, day, printed_year = date
    raw, end = finish_raw(text, start, raw_end)
    return Dateline(
        place=place,
        region=region,
        country=dateline_country(place, region) if place is not None else None,
        month=month,
        day=day,
        date=None
        if month is None or day is None
        else resolve(month, day, published, printed_year),
        agency=agency,
        raw=raw,
        end=end,
        start=start,
        year=printed_year,
    )


def with_agency(found: Dateline, agency: str | None, text: str, start: int, stop: int) -> Dateline:
    """``found`` with ``agency``, its raw text the printed ``text[start:stop]`` (finished
    as every dateline's is)."""
    raw, end = finish_raw(text, start, stop)
    return Dateline(
        found.place, found.region, found.country, found.month, found.day, found.date,
        agency, raw, end, start, found.year,
    )  # fmt: skip


def build_main(
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
    assert place_printed is not None
    place, glued, stop = read_place(place_printed)
    if stop:
        return None  # "UPDATE -", "NOTE:", "By ...": labels, not places
    date = read_date(month_printed, day_printed, year_printed, published)
    if date is None:
        return None
    found = _run_on(text, start, place, glued, groups)
    if found is not None:
        return found
    region = read_region(regions_printed) if regions_printed else None
    agency = _main_agency(text, match_end, place, region, groups, date, glued)
    if agency is None:
        return _without_word(text, start, match_end, groups, published)
    read, region, raw_end = agency
    if read.name is None and date is NO_DATE and groups[8] is not None:
        outlet = _outlet_as_place(place, region, text[match_end:])
        if outlet is not None:
            as_agency, city = outlet
            return make_dateline(city, None, NO_DATE, as_agency, text, start, match_end, published)
    if read.date is not NO_DATE and date is NO_DATE:
        date = read.date  # an aggregator's bracket: "(UrduPoint / ... - 23rd Dec, 2019)"
    trimmed = raw_end != match_end
    if not trimmed and not _close_fits(text, match_end, place, region, groups, date[0], read):
        return None
    place, region = _place_order(place, region)
    agency_name = read.name
    if agency_name is None:
        place, region, agency_name = _agency_in_place(place, region)
    if body < 0 or trimmed:
        rest = text[raw_end:]
        body = len(text) - len(rest.lstrip())
    month, day, printed_year = date
    return Dateline(
        place,
        region,
        dateline_country(place, region),
        month,
        day,
        None if month is None or day is None else resolve(month, day, published, printed_year),
        agency_name,
        text[start:raw_end].rstrip(),
        body,
        start,
        printed_year,
    )


def _code_before_city(place: str) -> tuple[str, str | None]:
    """ "AKP Phnom Penh, 26 avril 2017 –": an agency's code in capitals (or a known agency)
    glued before a known dateline city is the agency, and the city the place; a place
    that is itself known ("NEW YORK") or whose rest is not a city stays as printed."""
    code, _, city = place.partition(" ")
    if not city or city.isupper() or known_city(place) or not known_city(city):
        return place, None
    agency = canonical_agency(code)
    if agency is None and AGENCY_CODE.fullmatch(code) and code.isalpha():
        agency = code
    return (place, None) if agency is None else (city, agency)


def _agency_in_place(place: str, region: str | None) -> tuple[str, str | None, str | None]:
    """The place, region and agency when what was read as the place holds an agency: a
    code before a known city ("AKP Phnom Penh") or an outlet before one ("Bisnis,
    JAKARTA")."""
    place, agency = _code_before_city(place)
    if agency is None and region is None:
        place, agency = _agency_after_hyphen(place)
    if agency is None and region is not None:
        return _outlet_before_city(place, region)
    return place, region, agency


def _agency_after_hyphen(place: str) -> tuple[str, str | None]:
    """ "اسلام آباد-ارنا-", "BAGHDAD-INA -": a known dateline city and a known agency joined
    by a hyphen (the closing dash follows) are the place and the agency."""
    city, hyphen, name = place.rpartition("-")
    agency = canonical_agency(name) if hyphen and city and not known_city(place) else None
    return (city, agency) if agency is not None and known_city(city) else (place, None)


def _outlet_before_city(place: str, region: str) -> tuple[str, str | None, str | None]:
    """ "Bisnis, JAKARTA –", "TRAS LAS HUELLAS DIGITAL, SANTO DOMINGO, REPUBLICA DOMINICANA,
    5 de noviembre 2020-": an outlet's name printed before a known dateline city is the
    agency and the city the place. The first name must be no place and read as an outlet
    (a media word, a site's address), or be printed in small letters before a city in
    capitals; else the pair stays a place and its region ("Mirpur, Dhaka")."""
    city, _, rest = region.partition(", ")
    if known_city(place) or not known_city(city) or known_region(place):
        return place, region, None
    if get_country(place) is not None:
        return place, region, None
    if not (
        _outlet_name(place) or looks_like_agency(place) or (city.isupper() and not place.isupper())
    ):
        return place, region, None
    return city, rest or None, canonical_agency(place) or place


def _agency_as_place(place: str) -> str | None:
    """ "WANA –": an agency that stands where a place would, before a dash."""
    as_agency = canonical_agency(place)
    return None if as_agency is None or known_city(place) else as_agency


def _outlet_as_place(place: str, region: str | None, rest: str) -> tuple[str, str | None] | None:
    """The agency, and the place when one follows it, of a dateline led by an agency or
    an outlet where its place would stand, before a dash, colon or slash: "WANA –",
    "Shafaq News /", "Bahrain Mirror:", "DAILY NATION —", "Primicias24.com –", and
    "TEMPO.CO, Jakarta -" (the outlet, then its city). An outlet the table does not know
    needs a paragraph after it ("Times Square – the heart of the city" is prose)."""
    if region is not None:
        region = region.rstrip(".")  # "SANTO DOMINGO.-"
        if not known_city(region):
            return None
    as_agency = _agency_as_place(place)
    if as_agency is None:
        if known_city(place) or get_country(place) is not None or not _outlet_name(place):
            return None
        line = rest.lstrip(" \t-\u2010\u2011\u2012\u2013\u2014\u2015\u2212:/").split("\n", 1)[0]
        if not line[:1].isupper() or len(line.split()) <= _BODY_WORDS:
            return None
        as_agency = place
    return as_agency, region


def _outlet_name(place: str) -> bool:
    """Whether a place's words name an outlet: a site's address ("Primicias24.com",
    "TEMPO.CO") or a media word ("Shafaq News", "Bahrain Mirror", "DAILY NATION")."""
    if _SITE.fullmatch(place) is not None:
        return True
    words = place.title() if place.isupper() else place
    return looks_like_agency(words) and " " in words


def _run_on(
    text: str, start: int, place: str, glued: str | None, groups: tuple[str | None, ...]
) -> Dateline | None:
    """Shapes that the pattern read as a long place or region running on into the body:
    "NUR-SULTAN. KAZINFORM Minister of ...", "Tehran, YJC. The foreign minister ..."."""
    place_printed, regions_printed = groups[0], groups[1]
    assert place_printed is not None
    if glued is None and groups[11] is not None and ". " in place_printed:
        found = _place_then_agency(text, start, place_printed, None)
        if found is not None:
            return found
    if (
        regions_printed
        and ". " in regions_printed
        and groups[2] is None  # no date: "BLUEFIELD, W. Va., March 16" is no agency
        and (groups[10] is not None or groups[11])
    ):
        return _region_then_dot(text, start, place, place_printed, regions_printed)
    return None


def _place_then_agency(
    text: str, start: int, place_printed: str, published: dt.date | None
) -> Dateline | None:
    """ "NUR-SULTAN. KAZINFORM Minister of Foreign Affairs ...": a place, a full stop and a
    known agency with no mark before the body, which the place pattern read as one place."""
    head, _, tail = place_printed.partition(". ")
    if not (head.isupper() or known_city(head)):
        return None
    words = tail.split()
    for size in range(min(len(words), 3), 0, -1):
        agency = canonical_agency(" ".join(words[:size]))
        if agency is not None:
            raw_end = text.index(words[size - 1], start + len(head)) + len(words[size - 1])
            place = read_place(head)[0]
            return make_dateline(place, None, NO_DATE, agency, text, start, raw_end, published)
    return None


def _region_then_dot(
    text: str, start: int, place: str, place_printed: str, regions_printed: str
) -> Dateline | None:
    """ "Tehran, YJC. The foreign minister ...": an agency's code after the place, closed by
    a full stop, which the region pattern read together with the body's first words."""
    parts = regions_printed.split(",", 2)
    if len(parts) < 2:  # noqa: PLR2004 - a place and its region
        return None  # a region set off by no comma ("[Times . Zambia]"): no agency's code
    code, dot, _ = parts[1].strip().partition(". ")
    if not dot or " " in code or len(code) < _COLON_PLACE_MIN:
        return None  # "W. Va." is a region, not an agency's code
    agency = canonical_agency(code)
    if agency is None and not (looks_like_agency(code) and code.isupper()):
        return None
    raw_end = text.index(code + ".", start + len(place_printed)) + len(code) + 1
    return make_dateline(place, None, NO_DATE, agency or code, text, start, raw_end, None)


def _without_word(
    text: str,
    start: int,
    match_end: int,
    groups: tuple[str | None, ...],
    published: dt.date | None,
) -> Dateline | None:
    """When the words read as an agency after a date are not one, they are the body: the
    dateline ends before them, with no mark ("WASHINGTON, March 11 Financiere Credit
    Suisse -") or with the full stop after the date ("BAKU, Azerbaijan, November 28.
    Assistant of the President"), or with the comma after a full date. After any other
    comma they are no body (", Monday -")."""
    word = groups[7]
    if word is None or groups[2] is None:
        return None
    word_start = text.rfind(word, start, match_end)
    before = text[start:word_start].rstrip()
    if before.endswith(".") or (before.endswith(",") and groups[4] is not None):
        # "मनामा, 28 सितंबर 2023, ...": a comma after a full date closes it too
        dot = (*groups[:7], None, None, ".", None, None)
        return build_main(text, start, start + len(before), dot, published)
    if before[-1:].isdigit():
        no_mark = (*groups[:7], None, None, None, None, " ")
        return build_main(text, start, word_start, no_mark, published)
    return None


def _main_agency(
    text: str,
    match_end: int,
    place: str,
    region: str | None,
    groups: tuple[str | None, ...],
    date: PrintedDate,
    glued: str | None,
) -> tuple[AgencyRead, str | None, int] | None:
    """The agency of the main shape, the region left once an agency printed as a region
    is taken out of it ("Jakarta, MINA –"), and where the dateline ends ("Kyodo Chinese
    Foreign Minister" ends after "Kyodo"); ``None`` when what is printed as an agency is
    not one, so the whole is no dateline."""
    paren, slash, word = groups[5:8]
    space = groups[11]
    if paren is not None:
        read = paren_agency(paren)
        if read is None:
            return None  # "(state)": not an agency, so not a dateline
        if read.name is None:
            name = fold(paren)
            if _uncased_name_after_city(place, region, name):
                return AgencyRead(name, known=False), region, match_end
            if not place.isupper() and (date is NO_DATE or get_country(name) is not None):
                if region is None and date is NO_DATE and known_region(name):
                    return read, name, match_end  # "Mineápolis (EE.UU.) –": the close decides
                if not _named_after_city(place, region, name, groups):
                    return None  # "Moscow (Russia) — ...": prose with an aside
            read = AgencyRead(name, known=False)  # "KABUL (Pajhwok) -", "(Hibya)" after a date
        return read, region, match_end
    if slash is not None:
        found = slash_agency(slash)
        return None if found is None else (found, region, match_end)
    if word is not None:
        return _word_agency(text, match_end, word, space is not None, region)
    if glued is not None:
        glued_name = canonical_agency(glued)
        return AgencyRead(glued_name or glued, known=glued_name is not None), region, match_end
    return _region_agency(region, groups, match_end)


def _named_after_city(
    place: str, region: str | None, name: str, groups: tuple[str | None, ...]
) -> bool:
    """ "Rome (Shabelle) —": a capitalised name the table does not know, in parentheses
    after a known dateline city and before a dash, is the agency, unless it is itself a
    place ("Moscow (Russia) —", "Kyiv (Kiev) –", "Washington (DC) -"). After the city and
    its own country, a full stop closes it too: "Tel Aviv, Israel (Jüdische Welt)."."""
    own_country = region is not None and city_in_country(place, region)
    closed = groups[8] is not None or (own_country and groups[9] is not None)
    return (
        (region is None or own_country)
        and closed
        and known_city(place)
        and get_country(name) is None
        and not known_region(name)
        and not known_city(name)
    )


def _uncased_name_after_city(place: str, region: str | None, name: str) -> bool:
    """ "اسلام آباد (92 نیوز)", "ریاض (این این آئی )": a name in a script without capitals,
    in parentheses right after a known dateline city in such a script, is the agency
    (or the reporter the paper credits there), unless it is itself a place ("(پاکستان)")."""
    return (
        region is None
        and uncased(place)
        and uncased(name)
        and known_city(place)
        and get_country(name) is None
        and not known_region(name)
        and not known_city(name)
    )


def city_in_country(place: str, region: str) -> bool:
    """Whether the region is the country of the known dateline city ("Tel Aviv, Israel")."""
    country = get_country(region)
    city = dateline_country(place, None) if country is not None else None
    return city is not None and country is not None and city.alpha3 == country.alpha3


def _word_agency(
    text: str, match_end: int, word: str, space: bool, region: str | None
) -> tuple[AgencyRead, str | None, int] | None:
    """ ", Kyodo", ". KAZINFORM", "Nov. 25 Trend:": known, or shaped like an agency and
    closed by a mark. Closed by no mark, the dateline ends with the agency's name."""
    found = word_agency(word)
    if found is None:
        return None  # ", Monday": not an agency, so not a dateline
    read, taken = found
    if space and taken < len(word):
        # "BEIJING, Feb. 13, Kyodo Chinese Foreign Minister": the name ends the dateline
        word_start = len(text[:match_end].rstrip()) - len(word)
        return read, region, word_start + taken
    if space and not read.known:
        return None  # an unknown name needs a mark after it
    return read, region, match_end


def _region_agency(
    region: str | None, groups: tuple[str | None, ...], match_end: int
) -> tuple[AgencyRead, str | None, int]:
    """ "Jakarta, MINA –", "Tehran, YJC.", "Tashkent, The Gulf Observer:": a last region
    that is no place but an agency's code or an outlet's name is the agency."""
    none = AgencyRead(None, known=False)
    closed = groups[8] is not None or groups[9] is not None  # a dash, a colon, a full stop
    if region is None or not closed:
        return none, region, match_end
    head, _, last = region.rpartition(", ")
    if "[" in (groups[1] or ""):
        # "New Delhi [India]" (ANI) holds a place; "MOGADISHU [SMN] -" an agency's code
        code = canonical_agency(last) or (last if _square_code(last) else None)
        return (
            (none, region, match_end)
            if code is None
            else (AgencyRead(code, known=code != last), head or None, match_end)
        )
    known = canonical_agency(last)
    if known is None and (
        known_region(last) or get_country(last) is not None or len(last) < _COLON_PLACE_MIN
    ):
        return none, region, match_end
    if known is None and not (looks_like_agency(last) or last.startswith("The ")):
        return none, region, match_end
    return AgencyRead(known or last, known=known is not None), head or None, match_end


def _square_code(name: str) -> bool:
    """Whether a name in square brackets after a place is an agency's code: capitals, at
    least :data:`_COLON_PLACE_MIN` of them, and no region or country ("[SMN]", not "[UK]")."""
    return (
        name.isalpha()
        and name.isupper()
        and len(name) >= _COLON_PLACE_MIN
        and AGENCY_CODE.fullmatch(name) is not None
        and not known_region(name)
        and get_country(name) is None
    )


def _place_order(place: str, region: str | None) -> tuple[str, str | None]:
    """The place and its region as printed in two web shapes: "ALGIERS- Algeria (PANA)"
    (a country after a glued dash) and Trend's "Azerbaijan, Baku" (the country first)."""
    head, dash, tail = place.partition("- ")
    if dash and head and region is None and (get_country(tail) is not None or known_region(tail)):
        return head, tail
    if region is None:
        split = _country_after_city(place)
        if split is not None:
            return split
    return _trend_order(place, region)


def _country_after_city(place: str) -> tuple[str, str] | None:
    """A city and its country with no comma between them: "TUNIS/Tunisia (TAP)",
    "Dubai United Arab Emirates (CNN)". The words after a slash or a blank are the region
    when they name a country and the words before them a city of that country; a place
    that is itself a country ("Papua New Guinea") or whose last words name no country
    ("DALLAS/FORT WORTH", "Kuwait City") stays whole. The longest such tail is tried first."""
    cuts = [i for i, char in enumerate(place) if char in " /"]
    if not cuts or get_country(place) is not None:
        return None
    for cut in cuts:
        head, tail = place[:cut].rstrip(" /"), place[cut + 1 :].lstrip(" /")
        if not head or not tail:
            continue
        country = get_country(tail)
        if country is None:
            continue
        city = dateline_country(head, None)
        if city is not None and city.alpha3 == country.alpha3:
            return head, tail
        return None
    return None


def _trend_order(place: str, region: str | None) -> tuple[str, str | None]:
    """Trend prints the country first: "Azerbaijan, Baku, September 20 / Trend /". When the
    place is a country and the region a city of it, the city is the place."""
    if region is None or "," in region or known_city(place):
        return place, region
    country = get_country(place)
    if country is not None and known_city(region):
        city = dateline_country(region, None)
        if city is not None and city.alpha3 == country.alpha3:
            return region, place
    return place, region


# ---------------------------------------------------------------------------- the close


def _close_fits(
    text: str,
    match_end: int,
    place: str,
    region: str | None,
    groups: tuple[str | None, ...],
    month: int | None,
    agency: AgencyRead,
) -> bool:
    """Whether the closing mark fits what the dateline holds.

    No mark at all: after a known agency, an aggregator's bracket or a /SLASH/ agency, or
    after a date (see :func:`_closes_without_dash`). A full stop: after an agency printed
    as a word, between slashes or as a region, or after a date ("BAKU, Azerbaijan,
    November 28."). The end of the line: after a date or an agency. A dash or colon after
    a bare place: see :func:`_bare_place`.
    """
    paren, slash, word, dash, dot, eol, space = groups[5:]
    if space is not None:
        strong = _strong_agency(paren, slash, word, agency)
        if not strong and not _closes_without_dash(text, match_end, place, paren, month):
            return False
    if (
        dot is not None
        and agency.name is None
        and not (month is not None and (place.isupper() or known_city(place) or uncased(place)))
    ):
        return False  # a full stop closes "/TASS/.", ", ARMENPRESS.", "KYIV, May 28." only
    if month is None and agency.name is None:
        if eol is not None:
            return False  # a line that ends after a bare place is a heading, not a dateline
        return _bare_place(text, match_end, place, region, dash)
    return True


def _strong_agency(
    paren: str | None, slash: str | None, word: str | None, agency: AgencyRead
) -> bool:
    """Whether the agency alone may close a dateline with no mark before the body: a
    /SLASH/ agency, a known agency or an aggregator's bracket, a name in brackets in a
    script without capitals, or a known agency printed as a region (". KAZINFORM")."""
    if slash is not None:
        return True
    if paren is not None:
        return (
            agency.known
            or agency.date is not NO_DATE
            or (agency.name is not None and uncased(agency.name))
        )
    return word is None and agency.known


def _closes_without_dash(
    text: str, end: int, place: str, paren: str | None, month: int | None
) -> bool:
    """Whether a dateline may end without a dash: after a known agency ("(PTI) India
    said"), or after a date when the place is in capitals or a known city and the body
    starts with a capital, a quotation mark or a company tag ("NEW YORK, March 9 Oil")."""
    if paren is not None:  # a known agency, or a code after a date or a place in capitals
        name = fold(paren)
        if canonical_agency(name) is not None:
            return True
        return bool(AGENCY_CODE.fullmatch(name)) and (month is not None or place.isupper())
    if month is None or not (place.isupper() or known_city(place)):
        return False
    following = text[end : end + 1]
    return following.isupper() or following in _QUOTES


def _bare_place(text: str, end: int, place: str, region: str | None, dash: str | None) -> bool:
    """Whether a place with no date and no agency makes a dateline with its closing mark.

    In capitals before a dash ("ANTALYA —", "WOODBRIDGE, N.J. -"): "Paris — the capital
    — ..." is prose. In any case before a colon when it is a known dateline city
    ("Doha:"), and in capitals when short ("QUETTA:"). A known dateline city or a place
    with a known region in mixed case ("Rabat -", "Atlanta, GA –") when the body starts
    with a capital. A short known place in a script without capitals ("روما ـ", "اسلام آباد:").
    The last two need a paragraph after the mark, not a title ("Paris - Berlin Summit").
    A slash ("Dhaka/ BNP leaders ...") or a dash glued to the next word ("Putrajaya–Setelah")
    closes only when no place follows ("Paris/ Berlin", "Paris–Berlin talks").
    """
    if _two_places(text, end, dash):
        return False
    if uncased(place):
        return _uncased_place(text, end, place, dash)
    upper = place.isupper() and sum(ch.isalpha() for ch in place) >= _PLACE_MIN_LETTERS
    if dash == ":":
        short = (
            upper and len(place) >= _COLON_PLACE_MIN and place.count(" ") <= _COLON_PLACE_SPACES
        )
        return known_city(place) or short
    if upper:
        return True
    if not (known_city(place) or (region is not None and known_region(region))):
        return False
    following = text[end:].lstrip()[:1]
    capital = following.isupper() or (following != "" and following in _QUOTES)
    return capital and _paragraph(text, end)


def _uncased_place(text: str, end: int, place: str, dash: str | None) -> bool:
    """Whether a bare place in a script without capitals makes a dateline: no case tells
    a name from a phrase there ("משרד החוץ:", "the foreign ministry:"), so it is a short
    place the tables know (maybe with a known agency after a hyphen), before a colon or
    a paragraph."""
    known = known_city(place) or known_region(place) or _agency_after_hyphen(place)[1] is not None
    return (
        len(place.split()) <= _UNCASED_WORDS and known and (dash == ":" or _paragraph(text, end))
    )


def _place_follows(text: str, end: int) -> bool:
    """Whether the word after ``end`` is a country or a dateline city as such ("Berlin",
    not "Qatar's")."""
    words = text[end : end + _AFTER_SLASH_REACH].split(None, 1)
    word = words[0].strip(",.;:") if words else ""
    if not word or word.endswith(("'s", "’s")):
        return False
    return known_city(word) or get_country(word) is not None


def _two_places(text: str, end: int, dash: str | None) -> bool:
    """Whether the mark joins two places rather than closing a dateline: a slash before a
    place ("Paris/ Berlin talks"), a dash glued to a dateline city ("Paris–Berlin talks";
    but "ASTANA—Kazakh Deputy ..." is a dateline)."""
    if dash == "/":
        return _place_follows(text, end)
    return dash is not None and text[end : end + 1].isalpha() and _city_follows(text, end)


def _city_follows(text: str, end: int) -> bool:
    """Whether the word glued after ``end`` is a dateline city ("Berlin" of "Paris–Berlin")."""
    words = text[end : end + _AFTER_SLASH_REACH].split(None, 1)
    return bool(words) and known_city(words[0].strip(",.;:"))


def _paragraph(text: str, end: int) -> bool:
    """Whether the line goes on after ``end`` for a paragraph's worth of words."""
    return len(text[end:].lstrip().split("\n", 1)[0].split(None, _BODY_WORDS)) > _BODY_WORDS


def uncased(place: str) -> bool:
    """Whether a place is written in a script without capitals (Arabic, Devanagari, CJK)."""
    return not any(ch.isupper() or ch.islower() for ch in place) and any(
        ch.isalpha() for ch in place
    )
