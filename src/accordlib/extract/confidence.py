"""How much to believe an event: its confidence, from the trigger, the parties and the
precision guards.

Every event gets a :attr:`~accordlib.DiplomaticEvent.confidence` between 0 and 1, the
product of three factors (each documented in :doc:`/extracting-events`):

* **the trigger** — how specific the words that reported the event were
  (:data:`TRIGGER_SCORES`): a hand rule or a curated lexicon row, a pattern of the CAMEO
  verb dictionary with its complement ("imposed sanctions on"), or a verb alone
  ("backed"); a weak verb alone ("helped", "sought") barely counts;
* **the parties** — the best actor (a state, an official with an office, an
  international organisation or an armed group count fully; a pronoun the story resolved
  a little less; a role noun without a state, "police", only for domestic kinds; a state
  the gazetteers do not know, named by an organ of its own ("the Veloria government"),
  a little less; a name nobody could place, less, unless it acts on another such
  name), and whether a kind that needs a second party
  (``data/event_frames.tsv``) has one;
* **the guards** (:mod:`~accordlib.extract.guards`): corporate and market copy, a meeting
  that is only the setting of a statement, sports and culture visits, an act whose only
  second party is the actor itself.

:func:`~accordlib.extract_events` keeps events whose confidence reaches its
``min_confidence`` (:data:`DEFAULT_MIN_CONFIDENCE` by default): raise it for precision,
lower it (to 0) for recall.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor
from accordlib.extract.guards import Guards, guard_factor
from accordlib.extract.model import Trigger
from accordlib.extract.triggers import FRAMES
from accordlib.extract.view import SentenceView
from accordlib.extract.words import WORDS

__all__ = [
    "DEFAULT_MIN_CONFIDENCE",
    "POSITION_SCORES",
    "TRIGGER_SCORES",
    "event_confidence",
    "trigger_score",
]

#: Events below this confidence are not reported by default.
DEFAULT_MIN_CONFIDENCE: Final = 0.5

#: The trigger factor by the kind of trigger: a hand rule, a curated lexicon row, a
#: dictionary pattern (a verb with its complement), a dictionary verb alone, and a weak
#: verb alone (``weak_verbs`` in ``data/extract_words.tsv``: it needs its complement).
TRIGGER_SCORES: Final = {
    "rule": 0.9,
    "curated": 0.85,
    "pattern": 0.7,
    "verb": 0.6,
    "weak": 0.3,
}
#: The position factor: where the trigger stands (:func:`~.roles.clause_position`). A verb
#: with its own subject is the sentence's news; one that borrows its subject, or stands
#: in an infinitive or a relative clause, is more often background.
POSITION_SCORES: Final = {
    "main": 1.0,
    "nominal": 0.85,
    "coordinated": 0.85,
    "participle": 0.8,
    "relative": 0.8,
    "infinitive": 0.75,
    "carried": 0.7,
}
#: The party factor of the best actor, by what it is (see :func:`_party_score`).
_NAMED: Final = 1.0
_RESOLVED: Final = 0.85
_ORGANIZATION_UNKNOWN: Final = 0.8
_ROLE_DOMESTIC: Final = 0.9  # "police" in an arrest: swept on the dev sets (all rose or held)
_NAME_ONLY: Final = 0.6
#: A name nobody could place acting on another such name, each in its grammatical slot
#: ("Veloria will contribute a million dollars to Tarsis"): the pair places the act
#: (PETRARCH-style copy about invented states; not for a name beside a known state,
#: "IG Metall ... to press demands": a union, a party, a poll's subject).
_NAME_PAIR: Final = 0.75
#: A state no gazetteer knows, or its organ, placed by an organ beside its name ("the
#: Veloria government", "soldiers from Veloria"; :mod:`~accordlib.extract.actors_unknown`):
#: a verb alone with it in a main clause still reaches the default floor (0.6 x 0.85).
_UNKNOWN_STATE: Final = 0.85
_ROLE_ALONE: Final = 0.5
_GROUP_ALONE: Final = 0.8
#: An unnamed group ("militants", "gunmen") using force on a named party ("attacked
#: Afghan troops"): the named party places the act, as a state's organ does a domestic one.
_GROUP_ON_NAMED: Final = 0.9
#: The kinds of force such a group is a party to.
_FORCE_KINDS: Final = frozenset({"FIGHT", "ASSAULT"})
_NOBODY: Final = 0.7
_CORPORATE_PARTY: Final = 0.2
#: A kind that needs a second party (``parties`` two in the frames) without one.
_NO_SECOND_PARTY: Final = 0.7


def trigger_score(trigger: Trigger, lows: list[str]) -> float:
    """The trigger factor (:data:`TRIGGER_SCORES`)."""
    if not trigger.lexical:
        return TRIGGER_SCORES["rule"]
    rule = trigger.rule
    if rule.startswith("curated:"):
        return TRIGGER_SCORES["curated"]
    if ":" not in rule:  # BLOCK.N: a dictionary pattern
        return TRIGGER_SCORES["pattern"]
    if trigger.complements or trigger.particles:
        return TRIGGER_SCORES["pattern"]
    lemma = rule.partition(":")[2]
    if lemma in WORDS.get().weak_verbs or lows[trigger.head] in WORDS.get().weak_verbs:
        return TRIGGER_SCORES["weak"]
    return TRIGGER_SCORES["verb"]


def _party_score(
    actor: Actor, domestic: bool, origins: tuple[set[int], set[int]], guards: Guards
) -> float:
    """How surely ``actor`` is a party to a state-level event."""
    resolved, generic = origins
    key = id(actor)
    if key in guards.companies:
        return _CORPORATE_PARTY
    kind = actor.kind
    if key in generic and kind is ActorKind.GROUP:
        score = _GROUP_ALONE  # "rebels", "protesters", "gunmen": a party, if not a state's
    elif key in generic and kind is not ActorKind.PERSON:
        score = _ROLE_DOMESTIC if domestic else _ROLE_ALONE  # "police", "the ministry"
    elif actor.country is not None or kind is ActorKind.GROUP:
        score = _NAMED
    elif kind is ActorKind.PERSON:
        score = _NAMED if (actor.title is not None or actor.organization) else _NAME_ONLY
    elif kind is ActorKind.ORGANIZATION:
        score = _NAMED if actor.organization else _ORGANIZATION_UNKNOWN
    elif key not in generic:  # a state, or its organ, that the gazetteers do not know
        score = _UNKNOWN_STATE
    else:  # a government or military role noun without its state: "the ministry"
        score = _ROLE_DOMESTIC if domestic else _ROLE_ALONE
    if key in resolved:
        score *= _RESOLVED
    return score


def _best(
    actors: Iterable[Actor], domestic: bool, origins: tuple[set[int], set[int]], guards: Guards
) -> float | None:
    scores = [_party_score(actor, domestic, origins, guards) for actor in actors]
    return max(scores) if scores else None


def event_confidence(
    view: SentenceView,
    trigger: Trigger,
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
    origins: tuple[set[int], set[int]],
    guards: Guards,
    position: str = "main",
) -> float:
    """The confidence of the event of ``trigger`` with these parties (``origins``: the
    ids of actors the story resolved, and of those nobody could place)."""
    frame = FRAMES.get().get(trigger.kind)
    domestic = frame is not None and frame.domestic
    score = trigger_score(trigger, view.lows) * POSITION_SCORES[position]
    actor_score = _best(actors, domestic, origins, guards)
    recipient_score = _best(recipients, domestic, origins, guards)
    if actor_score is None:
        score *= _NOBODY * (recipient_score or 0.0)
    elif (
        actor_score == _GROUP_ALONE and recipient_score == _NAMED and trigger.kind in _FORCE_KINDS
    ):
        score *= _GROUP_ON_NAMED
    elif actor_score == _NAME_ONLY and recipient_score == _NAME_ONLY:
        score *= _NAME_PAIR
    else:
        score *= actor_score
    if frame is not None and frame.two and not recipients and trigger.between != "actors":
        score *= _NO_SECOND_PARTY
    return round(score * guard_factor(view, trigger, actors, recipients, guards), 3)
