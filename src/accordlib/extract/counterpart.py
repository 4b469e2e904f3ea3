"""The story's parties, read once over the whole story: its main state and the counterpart.

A wire story is about a few parties, and a sentence often leaves one of them out because
the story has already named it (or names it in its headline, or a sentence later): "Taiwan
plans another round of tariff cuts" in a story about its trade surplus with the United
States, "It has criticised the cuts", "the counter-attacks" in an Iran-Iraq war report.
:class:`StoryParties` counts, before any sentence is read, how often the headline and the
body name each party (a state through its name, demonym, capital, organs and officials; an
organisation through its name), and answers two questions:

* :meth:`StoryParties.main_state` — the state the story is about, for an office named
  without its state ("Finance Minister Dilson Funaro said" in the story's first sentence,
  before the running count has settled);
* :meth:`StoryParties.counterpart` — the other party of an act whose sentence names only
  one side: the party the story names most often after the actor's own, when it leads the
  others clearly (:data:`LEAD`); ``()`` when no party stands out, so that the event keeps
  its one side (and is flagged by its lower confidence) rather than get a guess.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final

from accordlib.countries.model import Country
from accordlib.events.kinds import ActorKind, EventKind
from accordlib.events.model import Actor, DiplomaticEvent
from accordlib.extract.actor_factory import state_actor
from accordlib.extract.actors_model import ActorMention
from accordlib.extract.model import Trigger

__all__ = [
    "COUNTERPART_KINDS",
    "LEAD",
    "ONE_STATE_KINDS",
    "PAIR_KINDS",
    "StoryParties",
    "partner",
    "party_key",
    "story_counterpart",
]

#: An event between two parties.
_PAIR: Final = 2
#: Events whose other party is no partner for what follows: the host of a visit, the
#: other side of a meeting or call ("X arrived in Addis Ababa. X condemned the raid").
_OCCASIONS: Final = frozenset({EventKind.VISIT, EventKind.MEET, EventKind.PHONE_CALL})
#: A counterpart is named at least this often in the story (one mention says too little).
LEAST_MENTIONS: Final = 2
#: ... and at least this many times as often as the next other party ("Taiwan and the
#: United States" with South Korea and Hong Kong named once in passing: the United States).
LEAD: Final = 2
#: Acts aimed at another party that the story supplies when the sentence names none
#: (the kinds whose frames look for a missing target, see ``data/event_frames.tsv``).
#: Not appeals and demands: whom they ask is often a third party ("Poland demanded tougher
#: measures", of the EU, in a story about Belarus), and an appeal may ask no one.
COUNTERPART_KINDS: Final = frozenset(
    {
        EventKind.ACCUSE,
        EventKind.CRITICIZE,
        EventKind.THREATEN,
        EventKind.REJECT,
        EventKind.CONCEDE,
        EventKind.PROVIDE_AID,
        EventKind.INVESTIGATE,
        EventKind.FIGHT,
        EventKind.SANCTION,
        EventKind.EASE_SANCTIONS,
        EventKind.PRAISE,
    }
)
#: Acts of two or more parties (all listed as actors): one state alone meeting, talking or
#: signing has a counterpart the story names ("Indonesia signed an agreement to borrow
#: ... from Japan", "the negotiations go on the terms of China's membership").
PAIR_KINDS: Final = frozenset({EventKind.NEGOTIATE, EventKind.SIGN_AGREEMENT})
#: How many words after a negotiation or signing its "with" is looked for.
_WITH_REACH: Final = 4
#: Acts aimed at another party only when one state does them: a promise of one state is
#: made to the story's other ("Athens was ready to put the issue before the court", in a
#: story about Turkey), while a bloc's members agree among themselves.
ONE_STATE_KINDS: Final = frozenset({EventKind.EXPRESS_INTENT})
#: Actor kinds a story's count of parties reads: states and their organs, organisations,
#: and officials of a state (a person counts for the state he serves, if named).
_COUNTED: Final = frozenset(
    {
        ActorKind.STATE,
        ActorKind.GOVERNMENT,
        ActorKind.MILITARY,
        ActorKind.PERSON,
        ActorKind.ORGANIZATION,
    }
)


def party_key(actor: Actor) -> str:
    """What makes two actors one party: their state, else their organisation, else their
    name."""
    if actor.country is not None:
        return actor.country.alpha3
    if actor.organization is not None:
        return actor.organization
    return actor.name


class StoryParties:
    """How often the whole story (headline included) names each party."""

    __slots__ = ("_actors", "_countries", "counts")

    def __init__(self, mentions: Iterable[ActorMention]) -> None:
        self.counts: Counter[str] = Counter()
        self._countries: dict[str, Country] = {}
        self._actors: dict[str, Actor] = {}
        for mention in mentions:
            actor = mention.actor
            if mention.generic or actor.kind not in _COUNTED:
                continue
            if actor.country is None and actor.kind is not ActorKind.ORGANIZATION:
                continue  # a person or organ nobody placed says nothing about the story
            key = party_key(actor)
            self.counts[key] += 1
            if actor.country is not None:
                self._countries.setdefault(key, actor.country)
            else:
                self._actors.setdefault(key, actor)

    def main_state(self) -> Country | None:
        """The state the whole story names most often, when it leads the next one."""
        ranked = [(key, n) for key, n in self.counts.most_common() if key in self._countries]
        if not ranked or ranked[0][1] < LEAST_MENTIONS:
            return None
        if len(ranked) > 1 and ranked[0][1] <= ranked[1][1]:
            return None
        return self._countries[ranked[0][0]]

    def counterpart(self, actors: Sequence[Actor]) -> tuple[Actor, ...]:
        """The party the story names most often besides the ``actors``' own, when it is
        named at least :data:`LEAST_MENTIONS` times and :data:`LEAD` times as often as any
        other; ``()`` otherwise."""
        own = {party_key(actor) for actor in actors}
        ranked = [(key, n) for key, n in self.counts.most_common() if key not in own]
        if not ranked or ranked[0][1] < LEAST_MENTIONS:
            return ()
        if len(ranked) > 1 and ranked[0][1] < LEAD * ranked[1][1]:
            return ()
        key = ranked[0][0]
        country = self._countries.get(key)
        return (state_actor(country),) if country is not None else (self._actors[key],)


def partner(events: Sequence[DiplomaticEvent], actors: Sequence[Actor]) -> tuple[Actor, ...]:
    """The one other party of the story's last event between the ``actors``' party and
    one other ("Tehran has blamed Iraq", then "an Iraqi air raid" on Iran), not a visit,
    meeting or call; ``()`` when no event of the story so far is."""
    own = {party_key(actor) for actor in actors}
    for event in reversed(events):
        if event.kind in _OCCASIONS:
            continue  # a host or a guest is no target of what the visitor says or does
        sides = {party_key(a): a for a in (*event.actors, *event.recipients)}
        if len(sides) == _PAIR and own < sides.keys():
            other = next(a for key, a in sides.items() if key not in own)
            return (state_actor(other.country),) if other.country is not None else (other,)
    return ()


def story_counterpart(
    parties: StoryParties,
    lows: Sequence[str],
    match: Trigger,
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
    events: Sequence[DiplomaticEvent] = (),
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """The actors and recipients of an event, its missing side supplied by the story: the
    target of an act aimed at someone (:data:`COUNTERPART_KINDS`; :data:`ONE_STATE_KINDS`
    when one state acts), the other side of a one-state negotiation or signing
    (:data:`PAIR_KINDS`, added to the actors)."""
    if recipients:
        return actors, recipients
    kind = EventKind[match.kind]
    if kind in COUNTERPART_KINDS:
        return actors, partner(events, actors) or parties.counterpart(actors)
    one_state = len({party_key(a) for a in actors}) == 1 and all(a.country for a in actors)
    if (
        kind in PAIR_KINDS
        and one_state
        and "with" not in lows[match.end : match.end + _WITH_REACH]
    ):
        # (not "strike an agreement with its private creditors": a partner no state)
        return (*actors, *parties.counterpart(actors)), recipients
    if kind in ONE_STATE_KINDS and one_state:
        return actors, partner(events, actors) or parties.counterpart(actors)
    return actors, recipients
