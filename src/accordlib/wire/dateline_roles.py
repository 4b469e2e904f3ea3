"""Which of a dateline's words is the place and which the agency.

Web copy prints an agency or an outlet where the place would stand ("WANA –",
"TEMPO.CO, Jakarta -"), glued before or after the city ("AKP Phnom Penh",
"BAGHDAD-INA -", "Bisnis, JAKARTA –"), and the country before or after its city with no
comma ("Azerbaijan, Baku", "TUNIS/Tunisia"). These helpers sort the parts that
:func:`~accordlib.wire.dateline_main.build_main` read into place, region and agency.
"""

from __future__ import annotations

import regex

from accordlib._util.lazy import Lazy, lazy_regex
from accordlib._util.memo import memoized
from accordlib._util.tables import read_table
from accordlib.countries.lookup import get_country
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.byline_words import ROLE_NOUNS
from accordlib.wire.dateline_grammar import AGENCY_CODE, AGENCY_WORD
from accordlib.wire.dateline_parts import OUTLET_WORD, looks_like_agency
from accordlib.wire.name_pieces import ROLE_LINE_WORDS, script_outlet
from accordlib.wire.outlet_words import DESK
from accordlib.wire.places import dateline_country, known_city, known_region

__all__ = [
    "BODY_WORDS",
    "agency_after_hyphen",
    "agency_in_place",
    "dated_outlet",
    "desk_agency",
    "outlet_as_place",
    "place_order",
    "uncased",
]

#: A body after a bare place in mixed case has more words than this on its first line.
BODY_WORDS = 5
#: How many capitals a lone code has that stands for an outlet before a dash ("VGP -").
_CODE_LETTERS = 3
#: A site's address standing for its outlet ("Primicias24.com", "TEMPO.CO",
#: "REPUBLIKA.CO.ID").
_SITE = lazy_regex(
    r"[^\W_][\w-]{1,30}+(?:\.(?:co|com|net|org|or|go|ac))?"
    r"\.(?:com|co|net|org|info|news|az|kz|uz|id|my|ph|in|pk)",
    regex.I,
)
#: A name in capitals with a number glued to it, as portals print theirs ("GALSEN221").
_CODE_NUMBER = lazy_regex(r"\p{Lu}{2,12}+\d{1,4}+")
#: A lower-case letter followed by a capital: where a name in camel case joins two words
#: ("EghtesadOnline" is "Eghtesad Online").
_CAMEL_JOIN = lazy_regex(r"(?<=\p{Ll})(?=\p{Lu})")


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


def agency_in_place(place: str, region: str | None) -> tuple[str, str | None, str | None]:
    """The place, region and agency when what was read as the place holds an agency: a
    code before a known city ("AKP Phnom Penh") or an outlet before one ("Bisnis,
    JAKARTA")."""
    place, agency = _code_before_city(place)
    if agency is None and region is None:
        place, agency = agency_after_hyphen(place)
    if agency is None and region is not None:
        return _outlet_before_city(place, region)
    return place, region, agency


def agency_after_hyphen(place: str) -> tuple[str, str | None]:
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
    """ "WANA –": an agency that stands where a place would, before a dash; codes in
    capitals joined by slashes of which one is a known agency give the first ("WVR/VNA
    -"), as two agencies in one bracket do."""
    as_agency = canonical_agency(place)
    if as_agency is None and "/" in place:
        codes = place.split("/")
        if all(AGENCY_CODE.fullmatch(code) and code.isalpha() for code in codes) and any(
            canonical_agency(code) is not None for code in codes
        ):
            return canonical_agency(codes[0]) or codes[0]
    return None if as_agency is None or known_city(place) else as_agency


def outlet_as_place(
    place: str, region: str | None, rest: str, *, colon: bool = False
) -> tuple[str, str | None] | None:
    """The agency, and the place when one follows it, of a dateline led by an agency or
    an outlet where its place would stand, before a dash, colon or slash: "WANA –",
    "Shafaq News /", "Bahrain Mirror:", "DAILY NATION —", "Primicias24.com –", and
    "TEMPO.CO, Jakarta -" (the outlet, then its city). An outlet the table does not know
    needs a paragraph after it ("Times Square – the heart of the city" is prose); so does a
    code of three capitals before a dash ("VGP - Acting Minister ..."), which before a colon
    heads a title instead ("MAE: Talks ...")."""
    if region is not None:
        region = region.rstrip(".")  # "SANTO DOMINGO.-"
        if not known_city(region):
            return None
    as_agency = _agency_as_place(place)
    if as_agency is None:
        if known_city(place) or get_country(place) is not None:
            return None
        if not (_outlet_name(place) or (not colon and region is None and _code_name(place))):
            return None
        line = rest.lstrip(" \t-\u2010\u2011\u2012\u2013\u2014\u2015\u2212:/").split("\n", 1)[0]
        first = line[:1]
        cased = first.isupper() or (first.isalpha() and not first.islower() and uncased(place))
        if not cased or len(line.split()) <= BODY_WORDS:
            return None
        as_agency = place
    return as_agency, region


def _outlet_name(place: str) -> bool:
    """Whether a place's words name an outlet: a site's address ("Primicias24.com",
    "TEMPO.CO"), a media word ("Shafaq News", "Bahrain Mirror", "DAILY NATION"), also
    inside one word in camel case ("EghtesadOnline") or written in a script without
    capitals ("আমাদের সিলেট ডটকম": dotcom)."""
    if _SITE.fullmatch(place) is not None:
        return True
    if uncased(place):
        return script_outlet(place.split())
    words = place.title() if place.isupper() else place
    if " " not in words and not place.isupper():
        joined = _CAMEL_JOIN.sub(" ", words)
        return (
            " " in joined and AGENCY_WORD.search(joined) is not None and looks_like_agency(words)
        )
    return looks_like_agency(words) and " " in words


def _code_name(place: str) -> bool:
    """Whether a place is one code of three capitals ("VGP"), as an agency's or a portal's,
    or a name in capitals with a number glued to it ("GALSEN221"), which no place has."""
    if len(place) == _CODE_LETTERS and place.isalpha() and place.isupper():
        return True
    return _CODE_NUMBER.fullmatch(place) is not None


def uncased(place: str) -> bool:
    """Whether a place is written in a script without capitals (Arabic, Devanagari, CJK)."""
    return not any(ch.isupper() or ch.islower() for ch in place) and any(
        ch.isalpha() for ch in place
    )


def dated_outlet(place: str, region: str | None) -> str | None:
    """ "HAVANA TIMES, March 14 —": a paper named after its city or country, printed where
    the place stands before a date. The name is a known dateline city or a country, then
    one media word ("Times", "Mirror", "Observer"); the whole is no place the tables know
    ("NEWPORT NEWS, Va." has its region, and no known city before "NEWS")."""
    if region is not None or known_city(place) or get_country(place) is not None:
        return None
    head, _, tail = place.rpartition(" ")
    if not head or not tail:
        return None
    word = tail.title() if tail.isupper() else tail
    if AGENCY_WORD.fullmatch(word) is None and OUTLET_WORD.fullmatch(word) is None:
        return None
    if not (known_city(head) or get_country(head) is not None):
        return None
    return canonical_agency(place) or place


def place_order(place: str, region: str | None) -> tuple[str, str | None]:
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


#: The words that may qualify a reporter's credit that names no outlet ("Staff Reporter",
#: "Our Correspondent", "Special Correspondent"): its last word is one of ROLE_NOUNS.
_CREDIT_WORDS = ROLE_LINE_WORDS | {"our", "special", "own"}
#: The desk words of scripts without capitals, which may be glued to the word before
#: them ("نیوزڈیسک" for "نیوز ڈیسک").
_UNCASED_DESKS = Lazy(
    lambda: tuple(
        row["word"]
        for row in read_table("byline_words.tsv")
        if row["kind"] == "desk" and row["word"][:1].lower() == row["word"][:1].upper()
    )
)


#: A reporter's credit in other languages ("enviada especial", "envoyé spécial"), from
#: byline_words.tsv (kind ``credit``).
_CREDITS = Lazy(
    lambda: frozenset(
        row["word"] for row in read_table("byline_words.tsv") if row["kind"] == "credit"
    )
)


@memoized(max_entries=4096, max_key_length=80)
def desk_agency(agency: str) -> str | None:
    """The agency a dateline's credit names, once an outlet's own desk is known for what
    it is: a newsroom of the outlet that prints the story, no agency ("News Desk", "Web
    Desk", "Staff Reporter", "Monitoring Desk", "نیوز ڈیسک", glued "نیوزڈیسک"), as
    bylines treat desks; a known agency's desk gives the agency ("Xinhua News Desk") and
    an outlet's code its code ("TBS Report"). Any other credit is returned as it is."""
    if canonical_agency(agency) is not None:
        return agency
    desk = DESK.get().fullmatch(agency)
    if desk is not None:
        outlet = desk["outlet"].strip() if desk["outlet"] else ""
        if AGENCY_CODE.fullmatch(outlet) and outlet.isalpha():
            return outlet  # "TBS Report": the outlet's code, as bylines read it
        return canonical_agency(outlet) if outlet else None
    words = agency.casefold().split()
    if words and words[-1] in ROLE_NOUNS and all(word in _CREDIT_WORDS for word in words):
        return None
    if " ".join(words) in _CREDITS.get():
        return None  # "(enviada especial)": a reporter's credit in another language
    if " " not in agency and agency.endswith(_UNCASED_DESKS.get()):
        return None
    return agency
