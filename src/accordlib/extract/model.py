"""What extraction finds in one sentence before it builds events: entities, groups of
coordinated parties, attributions; and the classes of event kinds the steps test.

These are working records of the extractor, not results: plain slotted classes (cheaper
to define and to build than attrs classes, and some are refined in place while a
sentence is read). Spans are token indices into the sentence, ``start`` inclusive and
``end`` exclusive.
"""

from __future__ import annotations

from accordlib.events.kinds import EventKind
from accordlib.events.model import Actor

__all__ = [
    "DECISION_KINDS",
    "DIRECTED_KINDS",
    "GOVERNING_KINDS",
    "RELATION_KINDS",
    "Attribution",
    "Entity",
    "Group",
]


class Entity:
    """A party (or an agreement) named in a sentence, over tokens ``start..end``.

    ``kind`` is ``state``, ``person``, ``org``, ``agreement``, ``pronoun`` (a word the
    story context resolves), ``np`` (an unnamed party: "leaders of five nations") or,
    while mentions are merged, ``absorbed`` (dropped). ``modifier`` marks a demonym used
    as an adjective ("the Israeli proposal"); ``speaker`` an "I"/"we" inside a quotation.
    """

    __slots__ = (
        "actors",
        "agreement",
        "agreement_year",
        "end",
        "kind",
        "modifier",
        "speaker",
        "start",
    )

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        actors: tuple[Actor, ...] = (),
        agreement: str | None = None,
        agreement_year: int | None = None,
        *,
        speaker: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.actors = actors
        self.agreement = agreement
        self.agreement_year = agreement_year
        self.modifier = False
        self.speaker = speaker


class Group:
    """Coordinated parties over tokens ``start..end``; ``actors`` without repeats."""

    __slots__ = ("actors", "end", "ents", "start")

    def __init__(self, start: int, end: int, ents: tuple[Entity, ...]) -> None:
        self.start = start
        self.end = end
        self.ents = ents
        seen: list[Actor] = []
        for ent in ents:
            for actor in ent.actors:
                if actor not in seen:
                    seen.append(actor)
        self.actors = tuple(seen)

    @property
    def modifiers_only(self) -> bool:
        """True when every party of the group is a demonym used as an adjective."""
        return all(ent.modifier for ent in self.ents)


class Attribution:
    """Who said it (``speaker``), with which verb, the reported clause (tokens
    ``start..end``) and the attribution itself (``frame_start..frame_end``: "US President
    Donald Trump announced")."""

    __slots__ = ("end", "frame_end", "frame_start", "speaker", "start", "verb")

    def __init__(
        self,
        speaker: tuple[Actor, ...],
        verb: str,
        start: int,
        end: int,
        frame_start: int,
        frame_end: int,
    ) -> None:
        self.speaker = speaker
        self.verb = verb
        self.start = start
        self.end = end
        self.frame_start = frame_start
        self.frame_end = frame_end


# Classes of event kinds, by the EventKind member names that rules carry.

#: Kinds whose complement ("urged Tehran to cooperate") is part of the act, not an event.
GOVERNING_KINDS = frozenset({"APPEAL", "DEMAND", "THREATEN", "EXPRESS_INTENT", "REJECT"})
#: Kinds about the relations between states: "between A and B" names both actors.
RELATION_KINDS = frozenset({"NORMALIZE_RELATIONS", "ESTABLISH_RELATIONS", "SEVER_RELATIONS"})
#: Decisions: a progressive form announces them; a named agreement's year dates them.
DECISION_KINDS = frozenset(
    {
        "JOIN_AGREEMENT",
        "SIGN_AGREEMENT",
        "NORMALIZE_RELATIONS",
        "ESTABLISH_RELATIONS",
        "SEVER_RELATIONS",
        "RECOGNIZE",
    }
)
#: Kinds where who did it to whom matters when merging reports (who met whom does not).
DIRECTED_KINDS = frozenset(
    {
        EventKind.EXPRESS_INTENT,
        EventKind.PRAISE,
        EventKind.CRITICIZE,
        EventKind.ACCUSE,
        EventKind.APPEAL,
        EventKind.DEMAND,
        EventKind.THREATEN,
        EventKind.REJECT,
        EventKind.SANCTION,
        EventKind.APOLOGIZE,
    }
)
