"""accordlib: typed parsing of news-wire stories.

The package root only re-exports names from the modules that define them. Those
modules are imported on first use of one of their names (PEP 562), so that
``import accordlib`` stays cheap: the parsers compile their patterns and the
serialiser imports cattrs only when a program actually calls them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from accordlib._version import __version__
from accordlib.errors import (
    AccordError,
    AmbiguousCountryError,
    CountryNotFoundError,
    DeserializationError,
    InputTypeError,
    InvalidDateError,
    InvalidFieldError,
)

if TYPE_CHECKING:
    from accordlib.batch import (
        extract_events_many,
        parse_stories,
    )
    from accordlib.countries import (
        Country,
        CountryMention,
        MentionKind,
        find_countries,
        get_country,
        lookup_country,
    )
    from accordlib.events import (
        Actor,
        ActorKind,
        DiplomaticEvent,
        EventCode,
        EventKind,
        Factuality,
        Precision,
        cameo_actor_code,
        event_code,
    )
    from accordlib.extract import extract_events
    from accordlib.serialize import (
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
    from accordlib.wire import (
        Byline,
        Copyright,
        Credit,
        CreditRole,
        Dateline,
        Note,
        NoteKind,
        Segment,
        SegmentKind,
        Story,
        parse_byline,
        parse_copyright,
        parse_dateline,
        parse_story,
    )

#: Where each lazily imported public name is defined.
_LAZY: dict[str, str] = {
    "extract_events_many": "accordlib.batch",
    "parse_stories": "accordlib.batch",
    "Country": "accordlib.countries",
    "CountryMention": "accordlib.countries",
    "MentionKind": "accordlib.countries",
    "find_countries": "accordlib.countries",
    "get_country": "accordlib.countries",
    "lookup_country": "accordlib.countries",
    "Actor": "accordlib.events",
    "ActorKind": "accordlib.events",
    "DiplomaticEvent": "accordlib.events",
    "EventCode": "accordlib.events",
    "EventKind": "accordlib.events",
    "Factuality": "accordlib.events",
    "Precision": "accordlib.events",
    "cameo_actor_code": "accordlib.events",
    "event_code": "accordlib.events",
    "extract_events": "accordlib.extract",
    "from_dict": "accordlib.serialize",
    "from_json": "accordlib.serialize",
    "json_schema": "accordlib.serialize",
    "to_dict": "accordlib.serialize",
    "to_json": "accordlib.serialize",
    "Official": "accordlib.titles",
    "OfficialMention": "accordlib.titles",
    "Role": "accordlib.titles",
    "Title": "accordlib.titles",
    "find_officials": "accordlib.titles",
    "normalize_title": "accordlib.titles",
    "parse_official": "accordlib.titles",
    "Byline": "accordlib.wire",
    "Copyright": "accordlib.wire",
    "Credit": "accordlib.wire",
    "CreditRole": "accordlib.wire",
    "Dateline": "accordlib.wire",
    "Note": "accordlib.wire",
    "NoteKind": "accordlib.wire",
    "Segment": "accordlib.wire",
    "SegmentKind": "accordlib.wire",
    "Story": "accordlib.wire",
    "parse_byline": "accordlib.wire",
    "parse_copyright": "accordlib.wire",
    "parse_dateline": "accordlib.wire",
    "parse_story": "accordlib.wire",
}

__all__ = [
    "AccordError",
    "Actor",
    "ActorKind",
    "AmbiguousCountryError",
    "Byline",
    "Copyright",
    "Country",
    "CountryMention",
    "CountryNotFoundError",
    "Credit",
    "CreditRole",
    "Dateline",
    "DeserializationError",
    "DiplomaticEvent",
    "EventCode",
    "EventKind",
    "Factuality",
    "InputTypeError",
    "InvalidDateError",
    "InvalidFieldError",
    "MentionKind",
    "Note",
    "NoteKind",
    "Official",
    "OfficialMention",
    "Precision",
    "Role",
    "Segment",
    "SegmentKind",
    "Story",
    "Title",
    "__version__",
    "cameo_actor_code",
    "event_code",
    "extract_events",
    "extract_events_many",
    "find_countries",
    "find_officials",
    "from_dict",
    "from_json",
    "get_country",
    "json_schema",
    "lookup_country",
    "normalize_title",
    "parse_byline",
    "parse_copyright",
    "parse_dateline",
    "parse_official",
    "parse_stories",
    "parse_story",
    "to_dict",
    "to_json",
]


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` on first use and cache the name here."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'accordlib' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
