"""The table shape shared by the extraction tests: a sentence (or a short story) and the one
event of a kind it reports, checked field by field."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accordlib import DiplomaticEvent, extract_events

#: A Thursday; every sentence of the tables is dated against it.
PUBLISHED = dt.date(2025, 11, 6)


@dataclass(frozen=True)
class Case:
    """A sentence (or a short story) and the event it reports: its kind, the names of its
    actors and recipients, its factuality; ``source`` only when given."""

    text: str
    kind: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...] = ()
    factuality: str = "OCCURRED"
    source: str | None = None


def the_event(case: Case) -> DiplomaticEvent:
    """The one event of the case's kind that its text reports."""
    events = extract_events(case.text, published=PUBLISHED)
    matching = [event for event in events if event.kind.name == case.kind]
    assert len(matching) == 1, [(e.kind.name, e.rule) for e in events]
    return matching[0]


def check(case: Case) -> None:
    """The case's event has the expected parties, factuality and (when given) source."""
    event = the_event(case)
    got = (
        tuple(actor.name for actor in event.actors),
        tuple(actor.name for actor in event.recipients),
        event.factuality.name,
    )
    assert got == (case.actors, case.recipients, case.factuality)
    if case.source is not None:
        assert event.source is not None
        assert event.source.name == case.source
    assert 0.0 < event.confidence <= 1.0
    assert event.rule
