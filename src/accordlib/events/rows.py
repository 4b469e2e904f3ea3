"""Events as flat rows of strings, for CSV files and data frames."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from accordlib.events.codes import cameo_actor_code

if TYPE_CHECKING:
    from accordlib.events.model import Actor, DiplomaticEvent

__all__ = ["ROW_FIELDS", "to_row"]


#: The columns of :meth:`DiplomaticEvent.to_row`, in order.
ROW_FIELDS: Final[tuple[str, ...]] = (
    "kind",
    "factuality",
    "cameo",
    "plover",
    "actors",
    "actor_codes",
    "recipients",
    "recipient_codes",
    "source",
    "agreement",
    "date",
    "date_precision",
    "date_text",
    "location",
    "sentence",
    "start",
    "end",
    "rule",
    "confidence",
)


def _names(actors: tuple[Actor, ...]) -> str | None:
    return "; ".join(actor.name for actor in actors) if actors else None


def _codes_of(actors: tuple[Actor, ...]) -> str | None:
    return "; ".join(cameo_actor_code(actor) or "" for actor in actors) if actors else None


def to_row(event: DiplomaticEvent) -> dict[str, str | None]:
    code = event.code
    return {
        "kind": event.kind.name,
        "factuality": event.factuality.name,
        "cameo": code.cameo,
        "plover": code.plover,
        "actors": _names(event.actors),
        "actor_codes": _codes_of(event.actors),
        "recipients": _names(event.recipients),
        "recipient_codes": _codes_of(event.recipients),
        "source": event.source.name if event.source is not None else None,
        "agreement": event.agreement,
        "date": event.date.isoformat() if event.date is not None else None,
        "date_precision": event.date_precision.name,
        "date_text": event.date_text,
        "location": event.location,
        "sentence": event.sentence,
        "start": str(event.start),
        "end": str(event.end),
        "rule": event.rule,
        "confidence": repr(event.confidence),
    }
