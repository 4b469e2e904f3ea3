"""Outlets and places in a list of names: whether a piece of a byline or a credit names a
web site ("www.trend.az"), an agency's code ("RSS", "PTI"), an outlet by the shape of its
name ("Newsday", "TimesLIVE", "BioBio Chile"), a known agency with a section, edition or
city after it ("China Daily USA", "Reuters Ankara"), the source after "Source:", or a
place. :mod:`accordlib.wire.names` asks these questions of each piece it reads.
"""

from __future__ import annotations

from accordlib.countries.lookup import get_country
from accordlib.wire.agencies import canonical_agency, site_agency
from accordlib.wire.byline_labels import PHOTO_WORDS
from accordlib.wire.byline_words import NOT_NAME, ROLE_NOUNS, SECTIONS
from accordlib.wire.outlet_words import (
    CAMEL,
    COUNTRY_SITE,
    DESK,
    DOMAIN,
    GENERIC_SOURCES,
    GOVERNMENT,
    NEWS_COMPOUND,
)
from accordlib.wire.places import known_city

__all__ = [
    "CODE_LETTERS",
    "MAX_OUTLET_WORDS",
    "brand",
    "compound_outlet",
    "is_code",
    "is_place",
    "known_prefix",
    "lone_outlet",
    "site_name",
    "source_name",
]

#: An agency's code has at most this many letters ("PTI", "TRT", "KUNA").
CODE_LETTERS = 4
#: An outlet name ("Daily Mail Australia Reporter") has at most this many words.
MAX_OUTLET_WORDS = 5
#: A word in capitals alone is an agency's code as printed when at most this long ("RSS",
#: "УЗИНФОРМ"); longer ones are words printed in capitals ("CRITICIZE").
_LONE_CODE = 8
#: A name in camel case alone is an outlet up to this long ("TimesLIVE", "UrduPoint").
_CAMEL_MAX = 24
#: A site's section after an outlet's name has this many words ("Top Stories", "Latest News").
_SECTION_WORDS = 2
#: An outlet led by an agency's name ("TRT Balkan") has at most this many words.
_BRAND_WORDS = 3


def lone_outlet(part: str) -> bool:
    """Whether a code or a camel-case word standing alone names an outlet: a short one
    ("RSS", "SuchTv"), or a longer one in camel case of letters and digits ("TimesLIVE")."""
    if part.casefold() in NOT_NAME:
        return False
    if len(part) <= _LONE_CODE:
        return True
    return CAMEL.match(part) is not None and part.isalnum() and len(part) <= _CAMEL_MAX


def site_name(word: str) -> str | None:
    """The agency or outlet a web address without its scheme names ("www.trend.az":
    Trend, "chinadaily.com.cn": China Daily), else the address as printed ("CCTV.com");
    ``None`` when the word is no address."""
    domain = DOMAIN.fullmatch(word) or COUNTRY_SITE.fullmatch(word)
    if domain is None:
        return None
    name = domain["name"]
    return canonical_agency(name) or canonical_agency(name.upper()) or site_agency(name) or word


def is_place(name: str) -> bool:
    """Whether a piece names a country or a dateline city ("Ankara", "New Delhi", "Turkey"):
    places stand in web bylines beside agencies ("PTI | Istanbul") and are no people."""
    return known_city(name) or get_country(name) is not None


def compound_outlet(tokens: list[str]) -> bool:
    """Whether a piece is an outlet by the shape of its name: one word run together with
    "news" ("Newsday", "Azernews"), or a name in camel case before a place ("BioBio
    Chile"), which people's names are not."""
    if len(tokens) == 1:
        return NEWS_COMPOUND.fullmatch(tokens[0]) is not None
    return len(tokens) > 1 and bool(CAMEL.match(tokens[0])) and is_place(" ".join(tokens[1:]))


def known_prefix(tokens: list[str]) -> tuple[str, list[str]] | None:
    """The longest run of first words that names a known agency, and the words after it:
    "Press Trust of India New Delhi", "China Daily USA", "PTI MPBSK", "TRT Balkan"."""
    for size in range(min(len(tokens) - 1, 5), 0, -1):
        name = " ".join(tokens[:size])
        found = canonical_agency(name)
        if found is None and tokens[0] in ("The", "the"):
            found = canonical_agency(" ".join(tokens[1:size]))
        if found is not None:
            return found, tokens[size:]
    return None


def is_code(token: str) -> bool:
    """A word in capitals that is no name: an agency's or a desk's code ("RSS", "MPBSK")."""
    return token.isalpha() and token.isupper() and len(token) >= 2  # noqa: PLR2004


def source_name(printed: str) -> str | None:
    """An agency or outlet named after "Source:", "Published in", "Copyright": canonical
    when known, else as printed; ``None`` for a ministry or "Agencies"."""
    part = printed.split(". ", 1)[0]  # "Cable News Network. A Warner Bros. ..."
    tokens = [token for token in part.split() if not token.isdigit()]  # "EFE 2025"
    if not tokens or len(tokens) > MAX_OUTLET_WORDS + 1:
        return None
    if len(tokens) > _SECTION_WORDS and " ".join(tokens[-_SECTION_WORDS:]).casefold() in SECTIONS:
        tokens = tokens[:-_SECTION_WORDS]  # "KBC Top Stories": the outlet, then its section
    part = " ".join(tokens)
    known = canonical_agency(part)
    if known is not None:
        return known
    prefix = known_prefix(tokens)
    if prefix is not None and (not prefix[1] or is_place(" ".join(prefix[1]))):
        return prefix[0]  # "Press Trust of India New Delhi"
    if part.casefold() in GENERIC_SOURCES or GOVERNMENT.search(part):
        return None
    desk = DESK.get().fullmatch(part)
    if desk is not None:
        return desk["outlet"].strip() or None
    first = part[:1]
    if first.isupper() or first.isdigit() or CAMEL.match(part):
        return part
    return site_name(part) if len(tokens) == 1 else None  # "srna.rs": a site's address


def brand(part: str, tokens: list[str]) -> str | None:
    """The agency that a piece led by a known agency's name names: "China Daily USA",
    "The Anadolu Agency Home Page", "Reuters Ankara", "PTI MPBSK" (a desk's code after
    it), "AFP Photo" (its photo service), "TRT Balkan", "CNN Chile" (an outlet of a known brand, or its edition for a
    country, as printed; a city after the name is a place); ``None`` when the words
    after the name are a role ("Associated Press writer Lena Haddad": a person)."""
    prefix = known_prefix(tokens)
    if prefix is None or ROLE_NOUNS.intersection(t.casefold() for t in prefix[1]):
        return None  # a role after the name, not a section ("Anadolu Agency WORLD")
    known, printed_rest = prefix
    rest = [token for token in printed_rest if not token.isdigit()]  # "EFE 2025"
    named = len(tokens) - len(printed_rest) - (tokens[0] in ("The", "the"))
    # a code in capitals ("PTI", "TRT"), not a name that is also an alias ("PETRA")
    code = is_code(tokens[0]) and len(tokens[0]) <= CODE_LETTERS
    place = " ".join(rest)
    edition = code and get_country(place) is not None and not known_city(place)
    if (
        named > 1
        or not rest
        or (is_place(place) and not edition)
        or (code and len(rest) == 1 and is_code(rest[0]))
        or (len(rest) == 1 and rest[0].casefold() in PHOTO_WORDS.get())
    ):
        return known  # ... "AP Photo", "Reuters Pictures": the agency's photo service
    return part if code and len(tokens) <= _BRAND_WORDS else None
