"""Datelines: "JERUSALEM, Nov 6 (Reuters) -", "WASHINGTON (AP) —", "DOHA:", "(CNN) —".

A dateline is read as a small grammar. The patterns of
:mod:`accordlib.wire.dateline_grammar` read its shape; :mod:`accordlib.wire.dateline_parts`
reads each part; :mod:`accordlib.wire.dateline_main` builds the main shape (place, regions,
date, agency and closing mark), with :mod:`accordlib.wire.dateline_roles` to tell the place
from the agency and :mod:`accordlib.wire.dateline_close` to decide whether its closing mark
fits what it holds;
:mod:`accordlib.wire.dateline_first` reads the shapes that open with a bracket or a date
("(CNN) —", "(WASHINGTON) --", "June 19 (Reuters) -"), and
:mod:`accordlib.wire.dateline_shapes` and :mod:`accordlib.wire.dateline_leads` the rarer
place- and name-led ones. This module is the entry: the fast path, the order in which the
shapes are tried, and what may follow a dateline's closing mark (an agency after the dash,
a date after the agency's bracket, a city after an outlet's name). The country is resolved
by :mod:`accordlib.wire.places`.
"""

from __future__ import annotations

import datetime as dt

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib._util.lazy import Lazy, lazy_regex
from accordlib._util.memo import Memo
from accordlib._util.tables import read_table
from accordlib._util.text import DASHES, require_str
from accordlib.countries.lookup import get_country
from accordlib.wire._months import month_number
from accordlib.wire.agencies import agency_info, canonical_agency
from accordlib.wire.dateline_first import build_date_first, parse_parenthesis_first
from accordlib.wire.dateline_grammar import (
    AFTER_DASH,
    AGENCY_CODE,
    DASH,
    DATE_AFTER,
    DATE_FIRST,
    DATELINE,
    FAST,
    GROUPS,
    LEAD,
    LEADING,
    LOWER_CODE,
    MARKS,
    NAME_UNCASED,
    ODD_LEADING,
    OPENER_ARTICLES,
    OPENER_TITLES,
    WINDOW,
    fast_groups,
)
from accordlib.wire.dateline_leads import (
    city_after_outlet,
    square_outlet,
)
from accordlib.wire.dateline_main import (
    build_main,
    make_dateline,
    with_agency,
)
from accordlib.wire.dateline_parts import (
    NO_DATE,
    fold,
    looks_like_agency,
    paren_agency,
    read_day,
    slash_agency,
    year,
)
from accordlib.wire.dateline_roles import desk_agency
from accordlib.wire.dateline_shapes import place_led
from accordlib.wire.model import Dateline
from accordlib.wire.places import dateline_country, known_city

__all__ = ["dateline_country", "parse_dateline"]

#: How many words of a text the quick test of :func:`_may_be_dateline` looks at.
_QUICK_WORDS = 8
_MISSING = object()
#: An agency after the closing dash ends (with a full stop or the line) within this reach.
_AFTER_DASH_REACH = 64
#: An agency after the closing dash with no mark after it has at most this many words.
_AFTER_DASH_WORDS = 3
_DASH_CHARS = frozenset(DASHES + "\u0640?")


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
            built = _desk_free(
                build_main(window, start, match_end, fast_groups(fast), anchor, body=body)
            )  # a desk is no agency: decided once, before the result is remembered
            found = _FAST_MEMO.put(key, built, match_end - start)
        if found is not None:
            if found.agency is None and rest:  # type: ignore[attr-defined]
                # an agency may follow the dash ("- RIA Novosti."): its first letter is a
                # capital; or the colon, in brackets ("DOHA: (QNA) ...")
                after = _after_close(window, found, rest[:3].lstrip()[:1])  # type: ignore[arg-type]
                if after is not None:
                    return _desk_free(after)
            if found.place is None:  # type: ignore[attr-defined]
                return _desk_free(_city_after_outlet(window, found))  # type: ignore[arg-type]
            return found  # type: ignore[return-value]  # only datelines are stored here
        # not a dateline of the main shape: the other shapes may still read it
    if text.startswith(("By ", "BY ", "By:", "BY:"), start):
        return None  # a byline, never a dateline
    if text[start].islower() or text.startswith(("RPT", "REPEAT"), start):
        lead = LEAD.match(text, start)  # "c    CHICAGO", "RPT --LUDWIGSHAFEN"
        if lead is not None and lead.end() > start:
            start = lead.end()
            window = text[: start + WINDOW]
    return _desk_free(_read_full(window, start, anchor))


def _desk_free(found: Dateline | None) -> Dateline | None:
    """``found`` without an agency that is the outlet's own desk ("LAHORE (Staff Reporter)
    -", "اسلام آباد (نیوز ڈیسک)"): a desk is no agency, as in bylines (see
    :func:`~accordlib.wire.dateline_roles.desk_agency`)."""
    if found is None or found.agency is None:
        return found
    agency = desk_agency(found.agency)
    if agency == found.agency:
        return found
    return Dateline(
        found.place, found.region, found.country, found.month, found.day, found.date,
        agency, found.raw, found.end, found.start, found.year,
    )  # fmt: skip


def _after_close(text: str, found: Dateline, following: str) -> Dateline | None:
    """What may follow the close of a fast-path dateline without an agency, by the first
    character after it: an agency or a credit after the dash (a capital: "- RIA Novosti.",
    "— Agencies"), an agency in brackets after a colon ("DOHA: (QNA) ..."), an agency
    between slashes and dashes ("– /DNA/ –"); ``None`` when none may."""
    if following.isupper():
        return _credit_after_dash(text, _agency_after_dash(text, found))
    if following == "(":
        return _agency_after_colon(text, found)
    if following == "/":
        return _slash_between_dashes(text, found)
    return None


def _read_full(text: str, start: int, published: dt.date | None) -> Dateline | None:
    """The full path: every shape, then an agency after the closing dash, or a date after
    an agency in parentheses."""
    found = _parse_at(text, start, published)
    if found is None:
        return None
    found = _city_after_outlet(text, found)
    if found.agency is not None:
        return _date_after_agency(text, found, published) if found.month is None else found
    found = _slash_between_dashes(text, _agency_after_dash(text, found))
    return _agency_after_colon(text, _credit_after_dash(text, found))


#: An agency or outlet in parentheses right after a dateline's colon: "اسلام آباد: (دنیا
#: نیوز) ...", "ISLAMABAD: (Dunya News) ...".
_COLON_BRACKET = lazy_regex(r"[ \t]{0,3}+\([ \t]{0,3}+(?P<name>[^()\n]{2,80}?)[ \t]{0,3}+\)")


def _agency_after_colon(text: str, found: Dateline) -> Dateline:
    """ "اسلام آباد: (دنیا نیوز) وزیرخارجہ ...": an agency or an outlet in parentheses right
    after the colon that closes a dateline without one is part of the dateline: known, or
    shaped like one (a media word, a code, a name in a script without capitals). After a
    dash it must be a known agency or a code in capitals, and the dateline hold no date
    ("Baghdad – (INA) The ministry ..."; after a date, as in 1987 copy, "MONTREAL, Feb 26
    - (Ivaco Inc) said" is the body)."""
    raw_end = found.start + len(found.raw)
    if found.agency is not None or not found.raw:
        return found
    dash = found.raw[-1] in _DASH_CHARS
    if not (found.raw.endswith(":") or (dash and found.month is None)):
        return found
    match = _COLON_BRACKET.match(text, raw_end)
    if match is None:
        return found
    name = fold(match["name"])
    if dash:
        code = canonical_agency(name) or (
            name if AGENCY_CODE.fullmatch(name) or LOWER_CODE.fullmatch(name) else None
        )
        return found if code is None else with_agency(found, code, text, found.start, match.end())
    return _colon_bracket(text, found, name, match.end())


def _colon_bracket(text: str, found: Dateline, name: str, end: int) -> Dateline:
    """The bracket after a dateline's colon, holding ``name`` and ending at ``end``: an
    aggregator's source and date, a known agency, or a name shaped like one."""
    read = paren_agency(name)
    if read is not None and read.name is not None and read.date is not NO_DATE:
        # an aggregator's bracket: "ISLAMABAD: (UrduPoint / Pakistan Point News-July 19th,
        # 2021)", its wire source and the date it prints
        return make_dateline(
            found.place, found.region, read.date, read.name, text, found.start, end, None
        )
    agency = canonical_agency(name)
    if agency is None and (looks_like_agency(name) or NAME_UNCASED.fullmatch(name)):
        agency = name
    if agency is None or known_city(name) or get_country(name) is not None:
        return found  # "Doha: (Qatar) ...": an aside
    return with_agency(found, agency, text, found.start, end)


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
        return parse_parenthesis_first(text, start, published)
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
            return build_date_first(text, start, date_first, published)
    if found is None and first.isupper():
        return place_led(text, start, published)
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
    return (
        words[0].isupper()
        or words[1] in OPENER_ARTICLES  # "Baghdad The ...": a known city before an article
        or not OPENER_TITLES.isdisjoint(words[1:_QUICK_WORDS])
    )


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
    return with_agency(found, agency, text, found.start, match.end())


#: An agency between slashes after a dateline's closing dash, closed by a dash again.
_SLASH_DASH = lazy_regex(
    rf"[ \t]{{0,3}}+/(?P<name>[^/\s][^/\n]{{0,28}}?)/[ \t]{{0,3}}+{DASH}(?![\w-])"
)


def _slash_between_dashes(text: str, found: Dateline) -> Dateline:
    """ "ISLAMABAD, MAR 19 – /DNA/ – Foreign ...": an agency between slashes, right after
    the dash that closes a dateline without one and closed by a dash itself, is part of
    the dateline (what :func:`~accordlib.wire.dateline_parts.slash_agency` reads as one:
    known, a code in capitals, or shaped like an agency's name)."""
    if found.agency is not None or not found.raw or found.raw[-1] not in _DASH_CHARS:
        return found
    match = _SLASH_DASH.match(text, found.start + len(found.raw))
    read = None if match is None else slash_agency(match["name"])
    if match is None or read is None or read.name is None:
        return found
    return with_agency(found, read.name, text, found.start, match.end())


def _read_credits() -> frozenset[str]:
    return frozenset(row["credit"].casefold() for row in read_table("wire_credits.tsv"))


#: Generic credits after the closing dash ("Agencies", "وكالات"): data/wire_credits.tsv.
_CREDITS = Lazy(_read_credits)
#: One word after the closing dash, then a full stop or a colon (taken), the end of the
#: line, or a blank before a word that is not in small letters ("Agencies reported" is prose).
_CREDIT_WORD = lazy_regex(
    r"[ \t]{0,3}+(?P<word>[^\W\d_]{4,12}+)"
    r"(?:[.:](?=\s|\Z)|[ \t]*+(?=[\n\r]|\Z)|(?=[ \t]++[^\W\d_])(?![ \t]++\p{Ll}))"
)


def _credit_after_dash(text: str, found: Dateline) -> Dateline:
    """ "DUBAI — Agencies", "أديس أبابا ـ وكالات التقى ...": a generic credit (a word of
    :data:`_CREDITS`) right after the closing dash of a dateline without an agency belongs
    to the dateline; it names no agency, so the agency stays ``None``."""
    if found.agency is not None or not found.raw or found.raw[-1] not in _DASH_CHARS:
        return found
    match = _CREDIT_WORD.match(text, found.start + len(found.raw))
    if match is None or match["word"].casefold() not in _CREDITS.get():
        return found
    return with_agency(found, None, text, found.start, match.end())


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
            return with_agency(found, agency, text, found.start, name_end)
    return found
