"""The main shape of a dateline: place, regions, date, agency and closing mark.

:func:`build_main` reads what :data:`~accordlib.wire.dateline_grammar.DATELINE` (or its
fast subset) matched: each part through :mod:`accordlib.wire.dateline_parts`, which of
the words is the place and which the agency through :mod:`accordlib.wire.dateline_roles`,
then whether the closing mark fits what the dateline holds
(:mod:`accordlib.wire.dateline_close`: "Paris — the capital — ..." is prose; "PARIS —" is
a dateline).
"""

from __future__ import annotations

import datetime as dt

from accordlib.countries.lookup import get_country
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.dateline_close import COLON_PLACE_MIN, close_fits, uncased
from accordlib.wire.dateline_grammar import AGENCY_CODE, LOWER_NAME
from accordlib.wire.dateline_parts import (
    NO_DATE,
    AgencyRead,
    PrintedDate,
    fold,
    is_weekday,
    looks_like_agency,
    paren_agency,
    read_date,
    read_place,
    read_region,
    resolve,
    slash_agency,
    word_agency,
)
from accordlib.wire.dateline_roles import (
    agency_in_place,
    dated_outlet,
    outlet_as_place,
    place_order,
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
    if read.name is None and groups[8] is not None:
        led = _outlet_led(
            text, start, match_end, place, region, date, published, colon=groups[8] == ":"
        )
        if led is not None:
            return led
    if read.date is not NO_DATE and date is NO_DATE:
        date = read.date  # an aggregator's bracket: "(UrduPoint / ... - 23rd Dec, 2019)"
    trimmed = raw_end != match_end
    if not trimmed and not close_fits(text, match_end, place, region, groups, date[0], read):
        return None
    roles = _roles(place, region, read.name, date)
    if roles is None:
        return None
    where, region, agency_name = roles
    if body < 0 or trimmed:
        rest = text[raw_end:]
        body = len(text) - len(rest.lstrip())
    month, day, printed_year = date
    return Dateline(
        where,
        region,
        dateline_country(where, region),
        month,
        day,
        None if month is None or day is None else resolve(month, day, published, printed_year),
        agency_name,
        text[start:raw_end].rstrip(),
        body,
        start,
        printed_year,
    )


def _roles(
    place: str, region: str | None, agency: str | None, date: PrintedDate
) -> tuple[str | None, str | None, str | None] | None:
    """The place, region and agency once the printed order is sorted out (see
    :mod:`accordlib.wire.dateline_roles`). A weekday where the place stands is the day
    the story was filed: no place before a date ("Wednesday, 8 January 2020 -"), and no
    dateline alone ("MONDAY: ...")."""
    place, region = place_order(place, region)
    if agency is None:
        place, region, agency = agency_in_place(place, region)
    if region is None and is_weekday(place):
        return None if date is NO_DATE else (None, None, agency)
    return place, region, agency


def _outlet_led(
    text: str,
    start: int,
    match_end: int,
    place: str,
    region: str | None,
    date: PrintedDate,
    published: dt.date | None,
    *,
    colon: bool,
) -> Dateline | None:
    """A dateline led by an outlet where its place would stand, before a dash or colon:
    with no date ("WANA –", "TEMPO.CO, Jakarta -", "EghtesadOnline:"), or a paper named
    after its city before a date ("HAVANA TIMES, March 14 —"); ``None`` otherwise."""
    if date is NO_DATE:
        outlet = outlet_as_place(place, region, text[match_end:], colon=colon)
        if outlet is None:
            return None
        as_agency, city = outlet
        return make_dateline(city, None, NO_DATE, as_agency, text, start, match_end, published)
    paper = dated_outlet(place, region)
    if paper is None:
        return None
    return make_dateline(None, None, date, paper, text, start, match_end, published)


def _run_on(
    text: str, start: int, place: str, glued: str | None, groups: tuple[str | None, ...]
) -> Dateline | None:
    """Shapes that the pattern read as a long place or region running on into the body:
    "NUR-SULTAN. KAZINFORM Minister of ...", "Tehran, YJC. The foreign minister ..."."""
    place_printed, regions_printed = groups[0], groups[1]
    assert place_printed is not None
    if (
        glued is None
        and (groups[11] is not None or groups[9] is not None)
        and ". " in place_printed
    ):
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
    known agency with no mark before the body, or a full stop ("LA PAZ.  AP.  El ..."),
    which the place pattern read as one place."""
    head, _, tail = place_printed.partition(". ")
    if not (head.isupper() or known_city(head)):
        return None
    words = tail.split()
    for size in range(min(len(words), 3), 0, -1):
        agency = canonical_agency(" ".join(words[:size]).rstrip("."))
        if agency is not None:
            raw_end = text.index(words[size - 1], start + len(head)) + len(words[size - 1])
            if text.startswith(".", raw_end):
                raw_end += 1  # "LA PAZ.  AP.  El presidente ...": its full stop closes it
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
    if not dot or " " in code or len(code) < COLON_PLACE_MIN:
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
        return _paren_agency(text, match_end, paren, place, region, groups, date)
    if slash is not None:
        found = slash_agency(slash)
        return None if found is None else (found, region, match_end)
    if word is not None:
        return _word_agency(text, match_end, word, space is not None, region)
    if glued is not None:
        glued_name = canonical_agency(glued)
        return AgencyRead(glued_name or glued, known=glued_name is not None), region, match_end
    return _region_agency(region, groups, match_end)


def _paren_agency(
    text: str,
    match_end: int,
    paren: str,
    place: str,
    region: str | None,
    groups: tuple[str | None, ...],
    date: PrintedDate,
) -> tuple[AgencyRead, str | None, int] | None:
    """The agency of the main shape printed in parentheses, as :func:`_main_agency` returns
    it; ``None`` when the bracket holds no agency ("Moscow (Russia) — ...")."""
    read = paren_agency(paren)
    if read is None:
        lower = LOWER_NAME.fullmatch(paren.strip()) is not None
        if lower and place.isupper() and groups[8] is not None and "{" not in text[:match_end]:
            # "CIUDAD DE MÉXICO (apro).-", "MADRID (enviada especial).–": a site's own
            # name or a credit in lower case after a place in capitals, then a dash
            # (in parentheses: braces hold known agencies only, "BOSTON { the hub } -")
            return AgencyRead(fold(paren), known=False), region, match_end
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
    # "Asunción, Agencia IP.-", "LA PAZ, ABI.-": the full stop of a closing ".-" is no
    # part of the name; a region keeps its own ("Va.", "Calif.")
    name = last[:-1] if last.endswith(".") and last[-2:-1].isalnum() else last
    known = canonical_agency(name)
    if known is None and not _unknown_agency(last, name):
        return none, region, match_end
    return AgencyRead(known or name, known=known is not None), head or None, match_end


def _unknown_agency(printed: str, name: str) -> bool:
    """Whether the last region, a name the agency table does not know, is an agency's code
    or an outlet's name rather than a place: no region or country, long enough, and shaped
    like an agency ("MINA", "YJC", "The Gulf Observer")."""
    if known_region(printed) or known_region(name) or get_country(name) is not None:
        return False
    if len(name) < COLON_PLACE_MIN:
        return False
    return looks_like_agency(name) or name.startswith("The ")


def _square_code(name: str) -> bool:
    """Whether a name in square brackets after a place is an agency's code: capitals, at
    least :data:`COLON_PLACE_MIN` of them, and no region or country ("[SMN]", not "[UK]")."""
    return (
        name.isalpha()
        and name.isupper()
        and len(name) >= COLON_PLACE_MIN
        and AGENCY_CODE.fullmatch(name) is not None
        and not known_region(name)
        and get_country(name) is None
    )
