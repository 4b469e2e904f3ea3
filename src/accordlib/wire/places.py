"""Where a dateline place is: regions ("Calif.", "Israel"), dateline cities and capitals.

The tables are ``accordlib/data/regions.tsv`` (US states, Canadian provinces and other
regions as wire services print them, with their country) and
``accordlib/data/dateline_cities.tsv`` (places that stand alone in a dateline:
"WASHINGTON", "JERUSALEM", "DOHA"); both are read on first use.
"""

from __future__ import annotations

import unicodedata

from accordlib._util.lazy import Lazy
from accordlib._util.memo import Memo
from accordlib._util.tables import read_table
from accordlib.countries.lookup import get_country
from accordlib.countries.model import Country

__all__ = [
    "dateline_country",
    "demonym_title",
    "known_city",
    "known_region",
    "names_its_country",
]

#: How adjectives of nationality end ("Australian", "Japanese", "Spanish", "Omani").
_DEMONYM_ENDS = ("an", "ese", "ish", "i")

#: The country code of places that belong to no single country ("UNITED NATIONS").
_NO_COUNTRY = "-"


#: Letters that Arabic-script papers print in more than one form for the same name: the
#: alef with or without hamza or madda ("إسلام آباد", "اسلام آباد"), the Arabic and the
#: Persian/Urdu yeh and kaf, the heh, teh marbuta and Urdu goal heh. Keys fold them to one.
_ARABIC_FORMS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ہ": "ه"}
)


def _key(text: str) -> str:
    """A place's key: folded case and blanks; beyond ASCII, the accents of Latin letters
    dropped ("Brasília", "Bogotá", "Panamá" as "BRASILIA") and Arabic letter forms folded."""
    key = " ".join(text.replace("’", "'").casefold().split())
    if key.isascii():
        return key
    return _fold_letters(key)


def _fold_letters(key: str) -> str:
    """``key`` without the combining marks on ASCII letters, and with one form of the
    Arabic letters of :data:`_ARABIC_FORMS` (other scripts' marks are letters' parts)."""
    decomposed = unicodedata.normalize("NFD", key)
    kept: list[str] = []
    base_ascii = False
    for ch in decomposed:
        if unicodedata.combining(ch):
            if not base_ascii:
                kept.append(ch)
            continue
        kept.append(ch)
        base_ascii = ch.isascii()
    return unicodedata.normalize("NFC", "".join(kept)).translate(_ARABIC_FORMS)


def _read_regions() -> dict[str, str]:
    return {_key(row["region"]).rstrip("."): row["country"] for row in read_table("regions.tsv")}


def _read_cities() -> dict[str, str]:
    return {_key(row["city"]): row["country"] for row in read_table("dateline_cities.tsv")}


#: Region as printed (folded, without a final point) -> alpha-3 code, or "-".
_REGIONS = Lazy(_read_regions)
#: Dateline city (folded) -> alpha-3 code, or "-".
_CITIES = Lazy(_read_cities)

#: Countries of (place, region) pairs: a day's copy repeats a few hundred datelines.
#: Places and regions are bounded by the dateline grammar (a few words each).
_MEMO: Memo[tuple[str | None, str | None], Country | None] = Memo(
    max_entries=8192, max_key_length=400
)
_MISSING = object()


def known_city(place: str) -> bool:
    """Whether ``place`` is in the table of stand-alone dateline cities ("Doha", "QUETTA")."""
    return _key(place) in _CITIES.get()


def known_region(region: str) -> bool:
    """Whether some part of ``region`` is a known region or a country ("GA", "Calif., U.S.")."""
    regions = _REGIONS.get()
    for printed in region.split(","):
        part = printed.strip()
        if part and (_key(part).rstrip(".") in regions or get_country(part) is not None):
            return True
    return False


def dateline_country(place: str | None, region: str | None) -> Country | None:
    """Return the country a dateline place is in, or ``None`` when it cannot be known.

    The last region that names a US state, Canadian province or similar (AP style
    "Calif.", "Mass.", "N.J.") or a country decides; without a region, the table of
    stand-alone dateline cities and capitals does ("WASHINGTON", "JERUSALEM", "DOHA"),
    then the country table (a place that is itself a country, "SINGAPORE").
    "UNITED NATIONS" and other places that belong to no country give ``None``.

    >>> dateline_country("SAN MATEO", "Calif.").alpha3
    'USA'
    >>> dateline_country("TBILISI", "Georgia").alpha3
    'GEO'
    >>> dateline_country("UNITED NATIONS", None) is None
    True
    """
    key = (place, region)
    found = _MEMO.get(key, _MISSING)
    if found is _MISSING:
        length = len(place or "") + len(region or "")
        return _MEMO.put(key, _dateline_country(place, region), length)
    return found  # type: ignore[return-value]  # only countries and None are stored


def _dateline_country(place: str | None, region: str | None) -> Country | None:
    """:func:`dateline_country` without the memo."""
    city_code = _CITIES.get().get(_key(place)) if place else None
    if region:
        return _country_of_regions(region, city_code)
    if place is None:
        return None
    if city_code is not None:
        return get_country(city_code) if city_code != _NO_COUNTRY else None
    return get_country(place)


def _country_of_regions(region: str, city_code: str | None) -> Country | None:
    """The country the last telling region names ("Calif., U.S." -> USA)."""
    regions = _REGIONS.get()
    for printed in reversed(region.split(",")):
        part = printed.strip()
        if not part:
            continue
        as_country = get_country(part)
        if as_country is not None and city_code == as_country.alpha3:
            return as_country  # "TBILISI, Georgia": the country, not the US state
        code = regions.get(_key(part).rstrip("."))
        if code == _NO_COUNTRY:
            continue  # "British West Indies": no single country; an earlier region may tell
        if code:
            return get_country(code)
        if as_country is not None:
            return as_country
    return None


def demonym_title(tokens: list[str]) -> bool:
    """Whether "The" and a nationality's adjective make a paper's title ("The Australian",
    "The Jamaican"), not a country led by "The" ("The Gambia", "The Sudan"): the word
    ends as such adjectives do, names a country and is not in the country's name."""
    if len(tokens) != 2 or tokens[0] != "The" or not tokens[1].endswith(_DEMONYM_ENDS):  # noqa: PLR2004 - "The" and one word
        return False
    country = get_country(tokens[1])
    return country is not None and tokens[1].casefold() not in country.name.casefold()


def names_its_country(place: str) -> bool:
    """Whether a city bears its country's name ("Kuwait", "Singapore", "Panama"), so that
    "Kuwait Foreign Minister ..." names an office of the state, not a dateline."""
    country = get_country(place)
    return country is not None and country.name.casefold() == place.casefold()
