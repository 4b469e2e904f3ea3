"""The parts of a dateline, read from what the patterns of
:mod:`accordlib.wire.dateline_grammar` matched: the place, the regions, the date and the
agency. :mod:`accordlib.wire.dateline` puts them together and decides whether the whole
is a dateline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import NamedTuple

import regex

from accordlib._util.dates import resolve_month_day
from accordlib._util.lazy import Lazy, lazy_regex
from accordlib._util.memo import Memo, memoized
from accordlib._util.tables import read_table
from accordlib._util.text import fold_whitespace
from accordlib.countries.lookup import get_country
from accordlib.wire._months import month_candidates, month_number
from accordlib.wire.agencies import agency_info, canonical_agency
from accordlib.wire.dateline_grammar import (
    AGENCY_CODE,
    AGENCY_LIKE,
    AGENCY_WORD,
    NAME_UNCASED,
    NOT_PLACES,
    WINDOW,
)
from accordlib.wire.places import known_city, known_region

__all__ = [
    "NO_DATE",
    "OUTLET_WORD",
    "AgencyRead",
    "PrintedDate",
    "fold",
    "is_weekday",
    "looks_like_agency",
    "paren_agency",
    "read_date",
    "read_day",
    "read_place",
    "read_region",
    "resolve",
    "slash_agency",
    "word_agency",
    "year",
]

#: The days a month may have.
_MAX_DAY = 31
#: A day is printed with at most this many digits ("9", "09")...
_DAY_DIGITS = 2
#: ... and with one more when a digit was doubled ("March 108").
_DOUBLED_DIGITS = 3
#: An unknown agency code in capitals is at most this long ("УЗИНФОРМ", "ITALPRESS").
_CODE_MAX = 12
#: An agency named with an agency word inside a word has at most this many words.
_STEM_WORDS = 3
#: Bounds of the memos: a day's copy repeats a few hundred datelines, and no printed
#: part of a dateline is longer than the window it is read from.
_MEMO_ENTRIES = 8192
_MISSING = object()

#: (month, day, year), each ``None`` when not printed.
PrintedDate = tuple[int | None, int | None, int | None]
#: What a dateline without a printed date holds.
NO_DATE: PrintedDate = (None, None, None)


def fold(text: str) -> str:
    """Fold whitespace, skipping the work when there is none to fold."""
    if "  " in text or "\n" in text or "\t" in text or "\r" in text:
        return fold_whitespace(text)
    return text.strip()


# ---------------------------------------------------------------------------- place


@memoized(max_entries=_MEMO_ENTRIES, max_key_length=WINDOW)
def read_place(printed: str) -> tuple[str, str | None, bool]:
    """Return the folded place, an agency glued to it ("ASTANA. KAZINFORM",
    "JAKARTA.NIAGA.ASIA") and whether its first word is a label rather than a place.

    A final full stop is dropped ("KYIV. Feb 20"), unless it ends an initial
    ("Washington D. C.").
    """
    place, place_agency = _split_place(fold(printed))
    last = place.rsplit(" ", 1)[-1]
    if not (len(last) == 2 and last[1] == "." and last[0].isalpha()):  # noqa: PLR2004 - "C."
        place = place.rstrip(".,") or place
    first_word = place.split(" ", 1)[0].rstrip(":,.").upper()
    return place, place_agency, first_word in NOT_PLACES or first_word in {"BY", "FROM"}


def _split_place(place: str) -> tuple[str, str | None]:
    """Split "ASTANA. KAZINFORM" and "JAKARTA.NIAGA.ASIA" into place and agency."""
    head, dot, tail = place.rpartition(". ")
    if dot and head and canonical_agency(tail) is not None:
        return head + ".", tail  # the caller strips the full stop
    if " " not in place and place.count(".") >= 2 and place.isupper():  # noqa: PLR2004
        city, _, rest = place.partition(".")
        if known_city(city):
            return city, rest  # "JAKARTA.NIAGA.ASIA": a city and a web outlet
    city, hyphen, outlet = place.rpartition("-")
    if hyphen and city and _glued_outlet(city, outlet) and not known_city(place):
        return city, outlet  # "Baghdad-ALSharqiya, July 11:": a city and its outlet
    return place, None


#: An outlet glued to a city by a hyphen has at least this many letters ("INA").
_OUTLET_MIN = 3


def _glued_outlet(city: str, outlet: str) -> bool:
    """Whether the word a hyphen glues to a known dateline city is an outlet's name: a
    known agency, or one word in capitals or camel case ("ALSharqiya") that names no place
    ("Washington-DC" is a region, "Rostov-on-Don" one place, "Alger-Paris" two)."""
    shaped = (
        outlet[:1].isupper()
        and outlet.isalnum()
        and any(ch.isupper() for ch in outlet[1:])
        and len(outlet) >= _OUTLET_MIN
    )
    return (
        known_city(city)
        and (canonical_agency(outlet) is not None or shaped)
        and not known_city(outlet)
        and not known_region(outlet)
        and get_country(outlet) is None
    )


@memoized(max_entries=_MEMO_ENTRIES, max_key_length=WINDOW)
def read_region(printed: str) -> str | None:
    """ ", Calif., " -> "Calif."; "[India]" -> "India"; ", Perú.-" -> "Perú" (a country's
    name ends in no point; a state's abbreviation keeps it)."""
    parts = [fold(p) for p in printed.replace("[", ",").replace("]", "").split(",")]
    region = ", ".join(p for p in parts if p) or None
    if region is None:
        return None
    region = region.rstrip(",")
    last = region.rpartition(", ")[2]
    if (
        last.endswith(".")
        and len(last) > _COUNTRY_POINT_MIN
        and "." not in last[:-1]
        and get_country(last[:-1]) is not None
    ):
        return region[:-1]  # "Lima, Perú.- El ...": the point closes the dateline
    return region


#: A country's name closed by a point is longer than a state's abbreviation ("Ga.").
_COUNTRY_POINT_MIN = 4


# ---------------------------------------------------------------------------- date


def read_date(
    month_printed: str | None,
    day_printed: str | None,
    year_printed: str | None,
    published: dt.date | None,
) -> PrintedDate | None:
    """(month, day, year) as printed; :data:`NO_DATE` when no date is printed; ``None``
    when the date cannot be read ("Mat 3" without a publication date, "ABR0")."""
    if month_printed is None or day_printed is None:
        return NO_DATE
    month = month_number(month_printed)
    if month is None:
        month = _nearest_month(month_printed, day_printed, published)
    if month is None:
        return None
    printed_year = year(year_printed)
    if (
        len(day_printed) <= _DAY_DIGITS
        and day_printed.isdigit()
        and 0 < int(day_printed) <= _MAX_DAY
    ):
        return month, int(day_printed), printed_year
    day = read_day(day_printed, month, published)
    readable = day_printed.replace("O", "0").replace("o", "0").isdecimal()
    if (
        day is None
        and readable
        and not (len(day_printed) == _DOUBLED_DIGITS and published is None)
    ):
        return None  # "ABR0": no day at all, so no date and no dateline
    return month, day, printed_year


def _read_day_words() -> dict[str, int]:
    return {row["word"]: int(row["day"]) for row in read_table("day_words.tsv")}


#: A day printed as a word ("नौ" of "नौ जनवरी") -> its number (data/day_words.tsv).
_DAY_WORDS = Lazy(_read_day_words)


def read_day(printed: str, month: int, published: dt.date | None) -> int | None:
    """Read the day; repair "2O" and a doubled digit ("March 187", "March 119") when
    possible; a day spelled as a word ("नौ जनवरी") is read through its table."""
    word = _DAY_WORDS.get().get(printed)
    if word is not None:
        return word
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


def year(printed: str | None) -> int | None:
    """The printed year; ``None`` when there is none or when its digits are ones that
    the regex module knows and ``int()`` does not (a newer Unicode version)."""
    return int(printed) if printed and printed.isdecimal() else None


_RESOLVED: Memo[tuple[int, int, dt.date | None, int | None], dt.date | None] = Memo(
    max_entries=_MEMO_ENTRIES, max_key_length=0
)


def resolve(
    month: int, day: int, published: dt.date | None, printed_year: int | None
) -> dt.date | None:
    """:func:`~accordlib._util.dates.resolve_month_day`, remembered (keys are four numbers)."""
    key = (month, day, published, printed_year)
    found = _RESOLVED.get(key, _MISSING)
    if found is _MISSING:
        return _RESOLVED.put(key, resolve_month_day(month, day, published, year=printed_year), 0)
    return found  # type: ignore[return-value]  # only dates and None are stored


#: A date printed inside an aggregator's bracket: "23rd Dec, 2019", "April 21, 2023".
_BRACKET_DATE = lazy_regex(
    r"""\A(?:
        (?P<day>\d{1,2}+)(?:st|nd|rd|th)?+[ \t]++(?P<month>[^\W\d_]{3,10}+)\.?+
      | (?P<month>[^\W\d_]{3,10}+)\.?+[ \t]++(?P<day>\d{1,2}+)(?:st|nd|rd|th)?+
    )(?:[ \t]*+,?+[ \t]*+(?P<year>(?:19|20)\d\d))?+[ \t]*+\Z""",
    regex.VERBOSE,
)


# ---------------------------------------------------------------------------- agency


class AgencyRead(NamedTuple):
    """An agency as printed in a dateline: its name (canonical when known), whether it is
    in the agency table, and a date printed with it (an aggregator's bracket)."""

    name: str | None
    known: bool
    date: PrintedDate = NO_DATE


#: Words of web outlets and aggregators, beyond the media words of AGENCY_WORD, that end
#: outlets' names ("Gulf Observer", "Bahrain Mirror").
OUTLET_WORD = lazy_regex(
    r"\b(?:Observer|Monitor|Review|Express|Chronicle|Mirror|Standard|Guardian|Globe|Star"
    r"|Insider|Today|Bulletin|Shimbun|Project|Point|Report|Channel|Digital"
    r"|Diario|Diário|Noticias|Notícias|Zeitung|Nachrichten|Gazeta|Haber|Habar)\b"
)
_WORDS = lazy_regex(r"\S++")
#: A name written in camel case ("VOVworld", "LaPresse", "KazTAG", "UrduPoint", "iGCU").
_CAMEL = lazy_regex(r"\A[A-Za-z]*[a-z][A-Z]|\A[A-Z]{2,}+[a-z]")
#: A site named by its address ("Pahami.id", "KONTAN.CO.ID", "srna.rs").
_ADDRESS = lazy_regex(r"\A[^\W_][\w-]{1,30}+(?:\.[A-Za-z]{2,6}+){1,2}+\Z")
#: An agency word inside a word, in the languages whose agencies print it so:
#: "Nachrichtenagentur", "Presseagentur", "Agencia", "Agência", "Agenzia", "Ajansı".
_AGENCY_STEM = lazy_regex(r"(?i:agentur|agencia|agência|agenzia|ajans|агентств|агенци)")
#: A broadcaster's or network's code before a country or language, as some name their
#: services: "CNBC Indonesia", "BBC Urdu", "VOA Myanmar", "RFA Khmer".
_CODE_SERVICE = lazy_regex(r"\A(?P<code>\p{Lu}{2,6}+)[ \t](?P<rest>\p{Lu}\p{Ll}{2,15}+)\Z")


def looks_like_agency(name: str) -> bool:
    """Whether a name the agency table does not know looks like an agency or an outlet:
    a code in capitals ("MIA", "ITALPRESS", "УЗИНФОРМ"), a name in camel case
    ("VOVworld"), or a name with a media word ("Pakistan Point News", "The Gulf
    Observer"), and neither a country nor a dateline city."""
    if not name or len(name) > WINDOW:
        return False
    shaped = (
        AGENCY_CODE.fullmatch(name) is not None
        or (name.isalpha() and name.isupper() and len(name) <= _CODE_MAX)
        or _CAMEL.match(name) is not None
        or AGENCY_WORD.search(name) is not None
        or OUTLET_WORD.search(name) is not None
        or _ADDRESS.match(name) is not None
        or _AGENCY_STEM.search(name) is not None
        or _code_service(name)
    )
    return shaped and not known_city(name) and get_country(name) is None


def _code_service(name: str) -> bool:
    """ "CNBC Indonesia", "BBC Urdu": a code in capitals, then a country or a language's
    name (a country's name is enough to tell the shape; languages are not looked up)."""
    match = _CODE_SERVICE.match(name)
    return match is not None and (
        canonical_agency(match["code"]) is not None or get_country(match["rest"]) is not None
    )


def _pick(names: list[str]) -> AgencyRead | None:
    """The agency among names printed together ("PNA/Kyodo", "UrduPoint News / Sputnik"):
    the first wire agency in the table, else the first name in the table, else ``None``."""
    found = [info for info in map(agency_info, names) if info is not None]
    for info in found:
        if info.kind == "agency":
            return AgencyRead(info.name, known=True)
    return AgencyRead(found[0].name, known=True) if found else None


@memoized(max_entries=4096, max_key_length=WINDOW)
def paren_agency(printed: str) -> AgencyRead | None:
    """Read what a dateline prints in parentheses after its place or date.

    ``None`` when it cannot be an agency ("(state)"); ``AgencyRead(None, False)`` when it
    may be one that nobody can name ("(Russia)": the caller decides by the place's case);
    otherwise the agency. A list ("PNA/Kyodo") gives its first agency; an aggregator's
    bracket ("UrduPoint / Pakistan Point News - 23rd Dec, 2019") its wire source when one
    is known, else its first name, with the date it prints.
    """
    name = fold(printed)
    whole = canonical_agency(name)
    if whole is not None:
        return AgencyRead(whole, known=True)
    if " " in name:
        first = canonical_agency(name.split(" ", 1)[0])  # "(Reuters Breakingviews)"
        if first is not None:
            return AgencyRead(first, known=True)
    names_part, dash, date_part = name.rpartition(" - ")
    if not dash:  # "Pakistan Point News-July 19th, 2021": the dash glued to both
        names_part, dash, date_part = name.rpartition("-")
        date_part = date_part.strip()
    date = _BRACKET_DATE.match(date_part) if dash else None
    if date is not None:
        printed_date = read_date(date["month"], date["day"], date["year"], None)
        names = [fold(n) for n in names_part.split("/") if n.strip()]
        if printed_date is not None and names:
            picked = _pick(names)
            if picked is not None:
                return picked._replace(date=printed_date)
            return AgencyRead(names[0], known=False, date=printed_date)
    if "/" in name:
        names = [fold(n) for n in name.split("/") if n.strip()]
        picked = _pick(names)
        if picked is not None:
            return picked
        # no name at all when the brackets hold only slashes: "( / )"
        first = names[0] if names else ""
        return AgencyRead(first, known=False) if first and looks_like_agency(first) else None
    return _unlisted(name)


def _unlisted(name: str) -> AgencyRead | None:
    """What :func:`paren_agency` reads of a name the table does not list as a whole."""
    parts = name.split("-")
    if len(parts) > 1 and " " not in name and all(map(canonical_agency, parts)):
        return _pick(parts)  # "Xinhua-ANI": one agency's copy through another's
    if _agency_service(name):
        return AgencyRead(name, known=False)
    if NAME_UNCASED.fullmatch(name):
        return AgencyRead(None, known=False)  # no case to tell a name: the place decides
    if not AGENCY_LIKE.fullmatch(name):
        return None
    if AGENCY_CODE.fullmatch(name) or AGENCY_WORD.search(name):
        return AgencyRead(name, known=False)
    return AgencyRead(None, known=False)  # "(Russia)": acceptable only after some places


def _agency_service(name: str) -> bool:
    """ "dpa-AFX" (a known agency's service, joined by a hyphen) and "dts
    Nachrichtenagentur" (an agency word inside a word): agencies the table does not know,
    in shapes that AGENCY_LIKE does not read."""
    if "-" in name and any(canonical_agency(part) for part in name.split("-")):
        return True
    return _AGENCY_STEM.search(name) is not None and len(name.split()) <= _STEM_WORDS


def _read_weekdays() -> frozenset[str]:
    rows = read_table("byline_words.tsv")
    return frozenset(row["word"].casefold() for row in rows if row["kind"] == "weekday")


#: Weekday names in the languages of the tables ("Friday", "शुक्रवार"), case-folded, from
#: byline_words.tsv (kind ``weekday``).
_WEEKDAYS = Lazy(_read_weekdays)


def is_weekday(word: str) -> bool:
    """Whether a word is a weekday's name in a language of the tables ("Wednesday",
    "शुक्रवार"): never a place, and never an agency."""
    return word.casefold() in _WEEKDAYS.get()


def slash_agency(printed: str) -> AgencyRead | None:
    """ "/TASS/", "/УЗИНФОРМ/", "/ Trend , A. Akhundov/" (an agency and its reporter), and a
    capitalised name the table does not know ("/Dunyo IA/"). A weekday between the slashes
    is the day the story was filed, no agency ("नई दिल्ली/ शुक्रवार/": Friday)."""
    name = fold(printed.split(",", 1)[0].replace("«", "").replace("»", ""))  # "/NIAT «Khovar»/"
    if is_weekday(name):
        return AgencyRead(None, known=False)
    known = canonical_agency(name)
    if known is not None:
        return AgencyRead(known, known=True)
    if name.isalpha() and name.isupper() and len(name) <= _CODE_MAX:
        return AgencyRead(name, known=False)
    shaped = AGENCY_LIKE.fullmatch(name) or NAME_UNCASED.fullmatch(name)
    if shaped and not known_city(name) and get_country(name) is None:
        return AgencyRead(name, known=False)  # "/Dunyo IA/": slashes only ever hold agencies
    return None


def word_agency(printed: str) -> tuple[AgencyRead, int] | None:
    """ ", Kyodo", ". KAZINFORM", "Nov. 25 Trend:": the agency, and how many of the printed
    characters its name takes ("Kyodo Chinese Foreign": "Kyodo"; the caller decides
    whether the rest belongs to the dateline). Guillemets around the name are no part of
    it ("«Азия-Плюс»")."""
    name = fold(printed).strip("«»“”")
    known = canonical_agency(name)
    if known is None and _ADDRESS.match(name):
        known = canonical_agency(name.split(".", 1)[0])  # "INTERFAX.RU": Interfax's site
    if known is not None:
        return AgencyRead(known, known=True), len(printed)
    spans = [match.span() for match in _WORDS.finditer(printed)]
    for size in range(len(spans) - 1, 0, -1):
        known = canonical_agency(" ".join(printed[a:b] for a, b in spans[:size]))
        if known is not None:
            return AgencyRead(known, known=True), spans[size - 1][1]
    if looks_like_agency(name) or _agency_service(name):
        # "ИНТЕРФАКС-КАЗАХСТАН": a known agency's service, joined by a hyphen
        return AgencyRead(name, known=False), len(printed)
    return None
