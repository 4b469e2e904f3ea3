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
    "SPEECH_KINDS",
    "Attribution",
    "Entity",
    "Group",
    "Trigger",
]


class Entity:
    """A party (or an agreement) named in a sentence, over tokens ``start..end``.

    ``kind`` is ``state``, ``person``, ``org``, ``agreement``, ``pronoun`` (a word the
    story context resolves), ``np`` (an unnamed party: "leaders of five nations") or,
    while mentions are merged, ``absorbed`` (dropped). ``modifier`` marks a demonym used
    as an adjective ("the Israeli proposal"); ``speaker`` an "I"/"we" inside a quotation;
    ``generic`` a party the recogniser could not tie to a state or organisation (a role
    noun alone, "protesters"; a name alone, "Arnor").
    """

    __slots__ = (
        "actors",
        "agreement",
        "agreement_year",
        "end",
        "generic",
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
        self.generic = False


class Trigger:
    """One trigger of a sentence, over tokens ``start..end``, whichever matcher found it.

    The compiled lexicon (:func:`~accordlib.extract.lexicon.match_triggers`) and the hand
    rules (:func:`~accordlib.extract.rules.match_rules`) both become triggers
    (:mod:`~accordlib.extract.triggers`), so the steps read one record:

    * ``head`` is the trigger word; ``kind`` an :class:`~accordlib.EventKind` member name
      (or ``ANAPHOR``); ``rule`` the id recorded as :attr:`DiplomaticEvent.rule` (a hand
      rule's name, or the lexicon's pattern id); ``cameo`` the CAMEO code the matcher
      gave (the event's own code comes from its kind and factuality);
    * ``mode``: ``speech`` for acts that are statements (an accusation happened when it
      was said), else ``act``; ``weak``: a report that gives way to a stronger one;
    * ``recipients``: the prepositions that introduce the recipient (``_`` a direct
      object); ``between``: who "between A and B" names; ``requires``: ``agreement`` or
      ``object`` when the event needs one, else ``-``;
    * ``source_slot`` and ``target_slot``: where the parties are (``subject``, ``object``,
      ``by``, ``speaker``, a preposition, or ``""``); ``passive``; ``nominal`` (an event
      noun: "talks", "a visit") and its ``support`` verb ("held"); ``intent`` (the
      trigger only states an intention: "pledged aid"); ``particles`` and
      ``complements``: token positions of a phrasal verb's particles and of the pattern's
      words after the trigger;
    * ``specific``: how many words the pattern asked for beyond the trigger word (the
      trigger's specificity, read by the confidence).
    """

    __slots__ = (
        "between",
        "cameo",
        "complements",
        "end",
        "fallback",
        "head",
        "intent",
        "kind",
        "lexical",
        "mode",
        "nominal",
        "particles",
        "passive",
        "priority",
        "recipients",
        "requires",
        "rule",
        "source_slot",
        "specific",
        "start",
        "support",
        "target_slot",
        "weak",
    )

    def __init__(self, start: int, end: int, head: int, kind: str, rule: str) -> None:
        self.start = start
        self.end = end
        self.head = head
        self.kind = kind
        self.rule = rule
        self.cameo = ""
        self.mode = "speech" if kind in SPEECH_KINDS else "act"
        self.priority = 0
        self.recipients: frozenset[str] = frozenset()
        self.between = "-"
        self.requires = "-"
        self.weak = False
        self.source_slot = "subject"
        self.target_slot = "object"
        self.passive = False
        self.nominal = False
        self.support: int | None = None
        self.intent = False
        self.particles: tuple[int, ...] = ()
        self.complements: tuple[int, ...] = ()
        self.specific = 0
        #: True for a trigger of the compiled lexicon, False for a hand rule's
        self.lexical = False
        #: the lexicon's reading of the same words, tried when a hand rule's event fails
        self.fallback: Trigger | None = None

    def __repr__(self) -> str:
        return f"Trigger({self.kind}, {self.rule!r}, {self.start}..{self.end})"

    @property
    def ceremony(self) -> bool:
        """A signing named by a noun ("a signing ceremony"): it may refer back to the
        story's agreement and to those who join it."""
        return self.nominal and self.kind == "SIGN_AGREEMENT"


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

#: Kinds that are statements: they happened when they were said ("accused", "urged").
SPEECH_KINDS = frozenset(
    {
        "EXPRESS_INTENT",
        "PRAISE",
        "CRITICIZE",
        "ACCUSE",
        "APPEAL",
        "DEMAND",
        "THREATEN",
        "REJECT",
        "APOLOGIZE",
    }
)
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
