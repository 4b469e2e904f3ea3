"""accordlib: typed parsing of news-wire stories.

The package root only re-exports names from the modules that define them.
"""

from accordlib._version import __version__
from accordlib.countries import (
    Country,
    CountryMention,
    MentionKind,
    find_countries,
    get_country,
    lookup_country,
)
from accordlib.errors import (
    AccordError,
    AmbiguousCountryError,
    CountryNotFoundError,
    InputTypeError,
    InvalidDateError,
)

__all__ = [
    "AccordError",
    "AmbiguousCountryError",
    "Country",
    "CountryMention",
    "CountryNotFoundError",
    "InputTypeError",
    "InvalidDateError",
    "MentionKind",
    "__version__",
    "find_countries",
    "get_country",
    "lookup_country",
]
