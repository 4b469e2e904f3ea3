"""Who owns an event noun that has no subject of its own.

"X sent his congratulations to Y", "sent a cable of congratulations to Y": the subject of the
verb that governs the noun; "the last Iraqi attack": the demonym's parties; "Ruritania's
first shipment of aid arrived": the cargo's sender; "X, due here for his first official
visit to Y": the person "his" stands for. :mod:`accordlib.extract.roles` asks these last,
after the trigger's own subject.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor, DiplomaticEvent
from accordlib.extract.cargo import cargo_sender
from accordlib.extract.clauses import Clause
from accordlib.extract.model import Group, Trigger
from accordlib.extract.subjects import demonym_owner, subject_group
from accordlib.extract.view import SentenceView

__all__ = ["FRONTING", "addressed_subject", "owning_demonym", "sender_or_possessor"]

#: Words that may open a fronted phrase before its trigger ("During a", "After his").
FRONTING: Final = frozenset(
    {"during", "after", "before", "following", "in", "at", "on", "upon", "while", "when",
     "a", "an", "the", "his", "her", "their", "its", "concluding", "ending", "wrapping"}
)  # fmt: skip


def sender_or_possessor(
    view: SentenceView, match: Trigger, clause: Clause, so_far: Sequence[DiplomaticEvent]
) -> tuple[Actor, ...]:
    """The last resorts for an actor: a cargo's sender ("Ruritania's first shipment of aid
    arrived in ..."), the person a possessive stands for ("X, due here tomorrow for his
    first official visit to Y, said")."""
    sender = cargo_sender(view, match, clause.lower)
    return sender.actors if sender is not None else _possessor(view, match, so_far)


def owning_demonym(
    view: SentenceView, match: Trigger, so_far: Sequence[DiplomaticEvent]
) -> tuple[Actor, ...] | None:
    """The parties of the demonym that owns an event noun ("the last Iraqi attack"), unless
    the sentence already has that event with them as its recipients ("repelled an Iranian
    attack")."""
    owner = demonym_owner(view, match)
    if owner is None or any(
        event.kind.name == match.kind and set(owner.actors) & set(event.recipients)
        for event in so_far
    ):
        return None
    return owner.actors


#: Possessive determiners that stand for a person ("his visit", "her talks").
_PERSON_POSSESSIVES: Final = frozenset({"his", "her"})
#: How many modifiers may stand between the possessive and the event noun ("his first
#: official visit").
_POSSESSOR_REACH: Final = 3


def _possessor(
    view: SentenceView, match: Trigger, so_far: Sequence[DiplomaticEvent]
) -> tuple[Actor, ...]:
    """The person "his" or "her" before an event noun stands for: the last person the
    sentence names before it, its clause's subject ("Raimond, due here tomorrow for his
    first official visit to the UAE, said"); ``()`` when there is none, and after another event
    of the sentence ("his visit" is then its circumstance, or the same event again)."""
    if not match.nominal or any(event.start >= view.start for event in so_far):
        return ()
    lows = view.lows
    start = match.start
    for index in range(start - 1, max(-1, start - 2 - _POSSESSOR_REACH), -1):
        low = lows[index]
        if low in _PERSON_POSSESSIVES:
            persons = [
                e.actors[0]
                for e in view.entities
                if e.end <= index and e.actors and e.actors[0].kind is ActorKind.PERSON
            ]
            return tuple(persons[-1:])  # "X said Reagan may win his veto battle": his
        if not low.isalpha() or view.covering[index] is not None or low in FRONTING:
            return ()  # "on his election during a phone call": not the call's possessor
    return ()


#: Possessives before an event noun that stand for the subject of the verb before them.
_POSSESSIVES: Final = frozenset({"his", "her", "its", "their"})
#: Determiners of a carrier noun before "of" and the event noun ("a cable of").
_CARRIER_DETERMINERS: Final = frozenset({"a", "an", "the", "his", "her", "its", "their"})
#: "verb a cable of NOUN": how far the verb stands before the event noun.
_CARRIER_SPAN: Final = 4


def addressed_subject(
    view: SentenceView, match: Trigger, lower: int, subject: Group | None, cue_start: int
) -> tuple[Group | None, int]:
    """Without a subject, an event noun addressed to a party after a preposition takes
    the subject of the verb that governs it ("X sent his congratulations to Y", "sent a
    cable of congratulations to Y")."""
    if subject is not None or not match.nominal:
        return subject, cue_start
    if match.target_slot in ("", "object", "subject"):
        return subject, cue_start
    verb = _governing_verb(view, match.start, lower)
    return subject_group(view, verb, lower) if verb >= 0 else (subject, cue_start)


def _governing_verb(view: SentenceView, start: int, lower: int) -> int:
    """Where the plain verb governing the event noun at ``start`` stands ("sent *his*
    congratulations", "sent *a cable of* congratulations"), or -1: a preposition, a
    party or a clause word there makes the noun no object of a verb."""
    lows = view.lows
    if start - 1 >= lower and lows[start - 1] in _POSSESSIVES:
        verb = start - 2
    elif (
        start - _CARRIER_SPAN >= lower
        and lows[start - 1] == "of"
        and lows[start - 3] in _CARRIER_DETERMINERS
    ):
        verb = start - _CARRIER_SPAN
    else:
        return -1
    low = lows[verb] if verb >= lower else ""
    plain = (
        low.isalpha()
        and view.covering[verb] is None
        and low not in _OBJECT_WORDS
        and low not in view.vocab.clause_words
    )
    return verb if plain else -1


#: Words before a possessive that make its noun no object of a verb ("talks on its").
_OBJECT_WORDS: Final = frozenset(
    {"of", "for", "in", "on", "at", "to", "with", "by", "from", "after", "during", "over",
     "against", "about", "and", "or", "but", "that", "as", "into", "under"}
)  # fmt: skip
