"""accordlib: typed parsing of news-wire stories.

The package root only re-exports names from the modules that define them.
"""

from accordlib._version import __version__
from accordlib.batch import extract_events_many, parse_stories
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
from accordlib.events import (
    Actor,
    ActorKind,
    DiplomaticEvent,
    EventCode,
    EventKind,
    Factuality,
    InvalidFieldError,
    Precision,
    cameo_actor_code,
    event_code,
)
from accordlib.serialize import (
    DeserializationError,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)
from accordlib.titles import (
    Official,
    OfficialMention,
    Role,
    Title,
    find_officials,
    normalize_title,
    parse_official,
)

__all__ = [
    "AccordError",
    "Actor",
    "ActorKind",
    "AmbiguousCountryError",
    "Country",
    "CountryMention",
    "CountryNotFoundError",
    "DeserializationError",
    "DiplomaticEvent",
    "EventCode",
    "EventKind",
    "Factuality",
    "InputTypeError",
    "InvalidDateError",
    "InvalidFieldError",
    "MentionKind",
    "Official",
    "OfficialMention",
    "Precision",
    "Role",
    "Title",
    "__version__",
    "cameo_actor_code",
    "event_code",
    "extract_events_many",
    "find_countries",
    "find_officials",
    "from_dict",
    "from_json",
    "get_country",
    "json_schema",
    "lookup_country",
    "normalize_title",
    "parse_official",
    "parse_stories",
    "to_dict",
    "to_json",
]
