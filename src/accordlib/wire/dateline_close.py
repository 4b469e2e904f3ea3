"""Whether a dateline's closing mark fits what the dateline holds.

A dash after a bare place in capitals closes a dateline ("ANTALYA —"), the same dash
after a place in mixed case only before a paragraph ("Paris — the capital — ..." is
prose); no mark at all closes one only after a strong agency or a date; a slash or a
glued dash between two places joins them ("Paris/ Berlin talks").
"""

from __future__ import annotations

from accordlib._util.lazy import lazy_regex
from accordlib.countries.lookup import get_country
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.dateline_grammar import AGENCY_CODE, LOWER_CODE
from accordlib.wire.dateline_parts import NO_DATE, AgencyRead, fold
from accordlib.wire.dateline_roles import BODY_WORDS, agency_after_hyphen, uncased
from accordlib.wire.places import known_city, known_region

__all__ = [
    "COLON_PLACE_MIN",
    "close_fits",
    "uncased",
]

#: A place closed by a colon alone ("QUETTA:") has at least this many characters and at
#: most this many spaces, unless it is a known dateline city.
COLON_PLACE_MIN = 3
_COLON_PLACE_SPACES = 3
#: One word of at most this many capitals before a colon is a code a headline starts with
#: ("MAE: Talks between ...", "FBI: ..."), not a place, unless the tables know the city.
_COLON_CODE_LETTERS = 3
#: An all-capitals place needs at least this many letters ("A -" is a list item).
_PLACE_MIN_LETTERS = 2
#: A place in a script without capitals ("روما ـ") has at most this many words.
_UNCASED_WORDS = 3
_QUOTES = "\"“‘'<"
#: A bracket at the start of the body: "(INA) The ministry ...".
_LEAD_BRACKET = lazy_regex(r"\([ \t]{0,3}+(?P<name>[^()\n]{1,40}?)[ \t]{0,3}+\)")
#: How far after a slash that closes a dateline the next word is looked for.
_AFTER_SLASH_REACH = 40


def close_fits(
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
    ("Doha:"), and in capitals when short ("QUETTA:") but no code of three capitals ("MAE:"). A known dateline city or a place
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
            upper
            and len(place) >= COLON_PLACE_MIN
            and place.count(" ") <= _COLON_PLACE_SPACES
            and (" " in place or sum(ch.isalpha() for ch in place) > _COLON_CODE_LETTERS)
        )
        return known_city(place) or short
    if upper:
        return True
    if not (known_city(place) or (region is not None and known_region(region))):
        return False
    following = _after_agency_bracket(text[end:].lstrip())[:1]
    capital = following.isupper() or (following != "" and following in _QUOTES)
    return capital and _paragraph(text, end)


def _after_agency_bracket(rest: str) -> str:
    """``rest`` after a bracket at its start that holds a known agency, a code in capitals
    or a short name in lower case ("(INA) The ministry ...", "(iina) The ..." after
    "Baghdad –"), else ``rest`` itself."""
    match = _LEAD_BRACKET.match(rest)
    if match is None:
        return rest
    name = match["name"]
    if (
        canonical_agency(name) is None
        and AGENCY_CODE.fullmatch(name) is None
        and LOWER_CODE.fullmatch(name) is None
    ):
        return rest
    return rest[match.end() :].lstrip()


def _uncased_place(text: str, end: int, place: str, dash: str | None) -> bool:
    """Whether a bare place in a script without capitals makes a dateline: no case tells
    a name from a phrase there ("משרד החוץ:", "the foreign ministry:"), so it is a short
    place the tables know (maybe with a known agency after a hyphen), before a colon or
    a paragraph."""
    known = known_city(place) or known_region(place) or agency_after_hyphen(place)[1] is not None
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
    return len(text[end:].lstrip().split("\n", 1)[0].split(None, BODY_WORDS)) > BODY_WORDS
