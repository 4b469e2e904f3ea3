"""Countries: every way the news names a country, resolved to one :class:`Country`.

``model`` holds the value types, ``lookup`` the look-up by name, ``prose`` the scanner
of running text; ``index``, ``key`` and ``context`` are their machinery.
"""

from accordlib.countries.lookup import get_country, lookup_country
from accordlib.countries.model import Country, CountryMention, MentionKind
from accordlib.countries.prose import find_countries

__all__ = [
    "Country",
    "CountryMention",
    "MentionKind",
    "find_countries",
    "get_country",
    "lookup_country",
]
