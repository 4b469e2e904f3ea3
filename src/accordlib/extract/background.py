"""What a story tells beside its news: event words that are no new event of their own.

A story reports its events and, around them, their purpose, their toll and their history.
Read sentence by sentence, these look like events; read in the story, they are not:

* :func:`visit_purpose` — "Shultz is likely to visit Moscow for talks", "invited the
  Commission for talks": the talks are the purpose of the visit or invitation the sentence reports, between the same parties (talks "for talks
  with the Taliban", a third party, are an event of their own);
* :func:`retold_act` — "the attack was repelled yesterday", "Iraq repelled the attack":
  an act done to an event the story reported before (a definite event noun of the same
  kind right before or after the verb, itself a repeated mention), which tells that event
  again;
* :func:`toll_of_fighting` — "hundreds of Iranians were killed": the toll, with no one
  named as the killer, of fighting the story has reported against that party;
* :func:`part_of_battle` — "troops killed 384 soldiers and captured 48 in fighting near
  the base": the killings and captures of a sentence that reports its side's fighting are
  that battle, not acts of their own;
* :func:`war_history` — "The Gaza Strip, occupied by Egypt in the 1948 war, was captured
  by Israel in the 1967 war": fighting and coercion dated, or told in a sentence naming a
  year, at least :data:`HISTORY_YEARS` years before the story.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

from accordlib.events.kinds import EventKind
from accordlib.events.model import Actor, DiplomaticEvent
from accordlib.extract.counterpart import party_key
from accordlib.extract.guards import repeated_mention
from accordlib.extract.model import Trigger
from accordlib.extract.view import SentenceView

__all__ = [
    "HISTORY_YEARS",
    "part_of_battle",
    "retold_act",
    "toll_of_fighting",
    "visit_purpose",
    "war_history",
]

#: An act of force this many years (or more) before the story is its history, not news.
HISTORY_YEARS: Final = 2
#: Acts of force, whose history a war story retells.
_FORCE: Final = frozenset(
    {
        EventKind.FIGHT,
        EventKind.ASSAULT,
        EventKind.COERCE,
        EventKind.ARREST,
        EventKind.MOBILIZE,
    }
)
#: Acts whose purpose talks after "for" may be: a visit, an invitation ("invited the
#: Commission for talks in Bonn").
_HOSTING: Final = frozenset({EventKind.VISIT, EventKind.EXPRESS_INTENT})
#: Meetings and talks that may be a visit's purpose.
_TALKS: Final = frozenset({"MEET", "NEGOTIATE"})
#: How many words may stand between "for" and the talks ("for trade talks").
_PURPOSE_REACH: Final = 3
#: Words that may stand between a verb and the event noun it acts on ("the attack was
#: repelled", "repelled the attack").
_RETOLD_LINKS: Final = frozenset({"was", "were", "had", "has", "been", "being", "is", "are"})
#: How many words may stand between them.
_RETOLD_GAP: Final = 3
#: The shortest and longest year a sentence's four-digit number is read as.
_FIRST_YEAR: Final = 1800
_YEAR_DIGITS: Final = 4


def visit_purpose(
    view: SentenceView,
    match: Trigger,
    parties: Sequence[Actor],
    so_far: Sequence[DiplomaticEvent],
) -> bool:
    """True for talks after "for" ("visit Moscow soon for talks") in a sentence whose
    earlier visit has all their ``parties``, unless the talks name whom they are with."""
    if match.kind not in _TALKS or not match.nominal:
        return False
    lows = view.lows
    if "for" not in lows[max(0, match.start - _PURPOSE_REACH) : match.start]:
        return False
    if lows[match.end : match.end + 1] == ["with"]:
        return False  # "for talks with the Taliban": a party of their own
    own = {party_key(actor) for actor in parties}
    return any(
        event.kind in _HOSTING
        and own <= {party_key(actor) for actor in (*event.actors, *event.recipients)}
        for event in so_far
    )


def retold_act(view: SentenceView, match: Trigger, earlier: Sequence[DiplomaticEvent]) -> bool:
    """True for a verb whose subject or object is a definite noun of its kind that repeats
    an event the story reported before ("the attack was repelled", "repelled the
    attack")."""
    if match.nominal or not earlier:
        return False
    lows = view.lows
    for other in view.matches:
        if other is match or other.kind != match.kind or not other.nominal:
            continue
        if other.end <= match.start:
            between = lows[other.end : match.start]
        elif other.start >= match.end:
            between = lows[match.end : other.start]
            between = [w for w in between if w not in ("the", "this", "these")]
        else:
            continue
        if len(between) <= _RETOLD_GAP and all(w in _RETOLD_LINKS for w in between):
            return repeated_mention(view, other, earlier)
    return False


def toll_of_fighting(
    kind: str,
    actors: Sequence[Actor],
    recipients: Sequence[Actor],
    earlier: Sequence[DiplomaticEvent],
) -> bool:
    """True for an assault with no attacker named ("hundreds were killed") on a party that
    the story's earlier fighting was aimed at."""
    if kind != "ASSAULT" or actors or not recipients:
        return False
    victims = {party_key(actor) for actor in recipients}
    return any(
        event.kind is EventKind.FIGHT and victims <= {party_key(r) for r in event.recipients}
        for event in earlier
    )


#: Acts that, beside their side's fighting in one sentence, are part of the battle.
_BATTLE_PARTS: Final = frozenset({EventKind.ASSAULT, EventKind.COERCE, EventKind.FIGHT})


def part_of_battle(event: DiplomaticEvent, sentence_events: Sequence[DiplomaticEvent]) -> bool:
    """True for a killing, a capture or a bare "in fighting" whose actors fight a named side
    in the same sentence ("Chadian troops killed 384 Libyans and captured 48 in
    fighting"): one battle. Fighting with no side named is no battle to fold acts into
    ("gunmen kidnapped seven foreigners and killed a guard"), and arrests stay acts of
    their own ("declared a state of siege, arresting opponents")."""
    if event.kind not in _BATTLE_PARTS or not event.actors:
        return False
    sides = {party_key(actor) for actor in event.actors}
    targets = {party_key(actor) for actor in event.recipients}
    for other in sentence_events:
        if other is event or other.kind is not EventKind.FIGHT or not other.recipients:
            continue
        if not sides <= {party_key(actor) for actor in other.actors}:
            continue
        if event.kind is EventKind.FIGHT:
            if not event.recipients:
                return True  # "in fighting" beside the battle's own act
        elif targets <= {party_key(actor) for actor in other.recipients}:
            return True
    return False


def war_history(
    view: SentenceView, kind: EventKind, date: dt.date | None, published: dt.date | None
) -> bool:
    """True for an act of force dated, or told in a sentence naming a year, at least
    :data:`HISTORY_YEARS` years before the story's date (``published``)."""
    if kind not in _FORCE or published is None:
        return False
    latest = published.year - HISTORY_YEARS
    if date is not None:
        return date.year <= latest
    return any(
        len(low) == _YEAR_DIGITS and low.isdigit() and _FIRST_YEAR <= int(low) <= latest
        for low in view.lows
    )
