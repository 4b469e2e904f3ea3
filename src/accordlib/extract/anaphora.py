"""The story context: what the story has said so far, and the references it resolves.

A story names its parties once and refers back to them: "Trump" after "US President
Donald Trump", "he", "the two sides", "the country", "I" inside a quotation, "welcomed
the decision", "a signing ceremony" of the accord joined earlier. :class:`StoryContext`
remembers the persons, the last person, state, pair, agreement and speaker, and the
events so far; the pipeline updates it after every sentence (:func:`update_context`,
or :func:`light_update` for a sentence without triggers), and the mention finder and the
event steps read it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs
import regex

from accordlib._util.lazy import lazy_regex
from accordlib.countries.model import Country
from accordlib.events.kinds import ActorKind, EventKind
from accordlib.events.model import Actor, DiplomaticEvent
from accordlib.extract.actor_factory import state_actor
from accordlib.extract.actors_model import ActorMention, ActorSource
from accordlib.extract.counterpart import StoryParties
from accordlib.extract.guards import Guards
from accordlib.extract.model import DECISION_KINDS, Entity, Trigger
from accordlib.extract.view import SentenceView, has_quotes
from accordlib.officials.known import STATE_OFFICES
from accordlib.officials.model import Role, Title

__all__ = [
    "StoryContext",
    "inherit_parties",
    "light_update",
    "object_anaphor",
    "place_officer",
    "update_context",
]

#: A group of two or more parties is remembered for "the two sides" and "they".
_PAIR = 2
#: Offices a story names without their state when they are its main state's ("Finance
#: Minister Ana Ruiz said" in a story about Chile). Not envoys, ambassadors and
#: spokespeople (often another party's), nor IGO officers and other officials.
_NATIONAL_OFFICES = STATE_OFFICES | {Role.LEGISLATOR}  # the state offices and its legislators
#: A story's main state is named at least this often (a lone sentence naming one state
#: once says nothing about an office holder's nationality).
_MAIN_STATE_MENTIONS = 2
#: Entities whose states count towards the story's main state: states and their organs,
#: not persons (another state's president says nothing about the story's main state) nor
#: pronouns (which refer back to a state already counted).
_COUNTED = frozenset({"state", "org"})
#: A sentence's subject is named within its first this many words ("The United States").
_SUBJECT_WORDS = 2
#: A given name of more than two letters ("Wang" for Wang Yi) also names its person.
_SHORTEST_GIVEN_NAME = 3
#: Names of up to this many words may be written family name first ("Yoon Suk Yeol",
#: "Xi Jinping"): their first word alone is remembered too, unless another took it.
_FAMILY_FIRST_WORDS = 3
#: A surname is read as a misspelling of a known one from this many letters ("Schultz"
#: for Shultz); shorter names differ by one letter too often ("Lee", "Li").
_SHORTEST_MISSPELT = 6

#: "'…,” Trump said": a capitalised name right before a reporting verb.
_SPEAKER_BEFORE_VERB = lazy_regex(
    r"""(?P<name>\p{Lu}[\p{L}'-]{1,30}+(?:\s\p{Lu}[\p{L}'-]{1,30}+){0,3}+)
    \s(?:said|says|wrote|writes|added|told|tweeted|posted|stated|declared|announced)\b""",
    regex.VERBOSE,
)


class StoryContext:
    """What the story has said so far: for pronouns, counterparts and anaphora."""

    def __init__(self, published: dt.date | None, *, lead_anchors: bool) -> None:
        self.published = published
        #: a story's lead is dated by the story; a lone sentence is not
        self.lead_anchors = lead_anchors
        self.persons: dict[str, Actor] = {}
        self.last_person: Actor | None = None
        self.last_state: Actor | None = None
        #: the last state or organisation named (not a person): what "it" stands for
        self.last_party: Actor | None = None
        #: the state or organisation the last sentence opened with (its subject): what a
        #: sentence-initial "It" stands for
        self.last_subject: Actor | None = None
        self.last_group: tuple[Actor, ...] = ()
        self.last_agreement: tuple[str, int | None] | None = None
        self.last_speaker: Actor | None = None
        self.previous_quoted = False
        self.events: list[DiplomaticEvent] = []
        self.sentence_index = 0
        # One Actor per Country object for the whole story (actors are frozen, so sharing
        # them is safe); keyed by identity, the Country kept alive beside its actor.
        self._state_actors: dict[int, tuple[Country, Actor]] = {}
        #: what the precision guards know about the story (set by the pipeline)
        self.guards = Guards(corporate=False)
        #: events below this confidence are not built (set by the pipeline)
        self.min_confidence = 0.0
        #: the country of the story's dateline, if it names one (set by the pipeline)
        self.dateline_country: Country | None = None
        #: ids of actors the story context supplied (a pronoun, a role noun's home state)
        self.resolved: dict[int, Actor] = {}
        #: how often the story has named each state (by alpha-3), in order of first mention
        self.state_counts: Counter[str] = Counter()
        self._countries: dict[str, Country] = {}
        #: the parties the whole story names, read before its sentences (set by the
        #: pipeline for a story of more than one sentence)
        self.parties: StoryParties | None = None

    def state_actor(self, country: Country) -> Actor:
        """The STATE actor of ``country``, built once per story."""
        cached = self._state_actors.get(id(country))
        if cached is not None and cached[0] is country:
            return cached[1]
        actor = state_actor(country)
        self._state_actors[id(country)] = (country, actor)
        return actor

    def home_state(self) -> Country | None:
        """The state a story's unnamed organs belong to ("police", "the ministry"): the
        dateline's country, else the country of the last event's first actor."""
        if self.dateline_country is not None:
            return self.dateline_country
        for event in reversed(self.events[-3:]):
            for actor in event.actors:
                if actor.country is not None:
                    return actor.country
        return None

    def count_states(self, actors: Iterable[Actor]) -> None:
        """Count the states of parties a sentence named (a state, its organs, officials)."""
        for actor in actors:
            country = actor.country
            if country is not None:
                self.state_counts[country.alpha3] += 1
                self._countries.setdefault(country.alpha3, country)

    def count_entities(self, entities: Iterable[Entity]) -> None:
        """Count the states of a sentence's states and organs (not persons, not pronouns)."""
        self.count_states(
            actor
            for ent in entities
            if ent.kind in _COUNTED and not ent.generic
            for actor in ent.actors
        )

    def main_state(self, sentence: Iterable[Actor]) -> Country | None:
        """The state the story is about: the one named most often so far, the parties the
        current ``sentence`` names counted too; ``None`` when two states are named equally
        often."""
        counts = self.state_counts.copy()
        for actor in sentence:
            if actor.country is not None:
                counts[actor.country.alpha3] += 1
                self._countries.setdefault(actor.country.alpha3, actor.country)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < _MAIN_STATE_MENTIONS:
            return None
        if len(ranked) == _PAIR and ranked[0][1] == ranked[1][1]:
            return None
        return self._countries.get(ranked[0][0])

    def register(self, actor: Actor) -> None:
        """Remember a named person so that "Trump" later in the story is the same actor."""
        persons = self.persons
        persons[actor.name.lower()] = actor
        parts = actor.name.split()
        surname = parts[-1].lower() if parts else ""
        if surname and actor.name != (actor.title.canonical if actor.title else ""):
            persons[surname] = actor
            if len(parts) <= _FAMILY_FIRST_WORDS and len(parts[0]) >= _SHORTEST_GIVEN_NAME:
                # "Wang" for Wang Yi, "Yoon" for Yoon Suk Yeol: a family name written first
                persons.setdefault(parts[0].lower(), actor)

    def misspelt(self, name: str) -> Actor | None:
        """ "Schultz" for the "George Shultz" named earlier: the one person registered under
        a surname one letter off (added, dropped or changed) from a surname alone, when it
        is long enough (:data:`_SHORTEST_MISSPELT`) for one letter not to make another
        name; ``None`` when none or several are."""
        low = name.lower()
        if len(low) < _SHORTEST_MISSPELT or " " in low:
            return None
        found = {
            id(actor): actor
            for key, actor in self.persons.items()
            if " " not in key and key[:1] == low[:1] and _one_letter_off(key, low)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def holder_of(self, title: Title) -> Actor | None:
        """ "the foreign minister", "the president": the one person the story named with
        that office (same role, same qualifiers: "deputy"); ``None`` when it named none or
        several (two presidents: "the president" is ambiguous)."""
        holders = {
            id(actor): actor
            for actor in self.persons.values()
            if actor.title is not None
            and actor.title.role is title.role
            and actor.title.modifiers == title.modifiers
        }
        return next(iter(holders.values())) if len(holders) == 1 else None


def _one_letter_off(one: str, other: str) -> bool:
    """True when ``other`` is ``one`` with one letter added, dropped or changed."""
    if abs(len(one) - len(other)) > 1 or one == other:
        return False
    if len(one) > len(other):
        one, other = other, one
    for index, (a, b) in enumerate(zip(one, other, strict=False)):
        if a != b:
            rest = index if len(one) < len(other) else index + 1
            return one[rest:] == other[index + 1 :]
    return True


def place_officer(
    ctx: StoryContext, actor: Actor, named: Sequence[Actor], people: Sequence[Actor] = ()
) -> Actor | None:
    """The holder of a national office named without its state ("Finance Minister Ana
    Ruiz"), placed in the story's main state (``people``: the persons of the current
    sentence; ``named``: the
    sentence's states and organs); ``None`` when the office is no national one, the story
    has no main state, or it named another holder of that office there ("the president"
    beside that state's president is another state's)."""
    title = actor.title
    if title is None or title.role not in _NATIONAL_OFFICES or actor.organization is not None:
        return None
    home = ctx.main_state(named)
    if home is None and ctx.parties is not None:
        home = ctx.parties.main_state()  # the first sentence: the whole story decides
    if home is None:
        return None
    for other in (*ctx.persons.values(), *people):
        if (
            other.country is home
            and other.title is not None
            and other.title.role is title.role
            and other.name != actor.name
        ):
            return None
    return attrs.evolve(actor, country=home)


def light_update(ctx: StoryContext, sentence: str, actors: Sequence[ActorMention]) -> None:
    """Context for a sentence without triggers: the people and states it names, and the
    speaker of a quotation in it."""
    named = [
        mention.actor
        for mention in actors
        if not mention.generic and mention.actor.kind is not ActorKind.PERSON
    ]
    ctx.count_states(named)
    people = [m.actor for m in actors if m.actor.kind is ActorKind.PERSON]
    for mention in actors:
        actor = mention.actor
        if actor.kind is ActorKind.PERSON:
            _remember_person(ctx, mention, named, people)
        elif mention.source is ActorSource.COUNTRY and not mention.modifier:
            ctx.last_state = ctx.last_party = actor
        elif not mention.generic and not mention.modifier:
            ctx.last_party = actor
    ctx.last_subject = _opening_party(sentence, actors)
    quoted = has_quotes(sentence)
    if quoted:
        # '“...,” Trump said.': remember the speaker for a quotation continued next.
        for match in _SPEAKER_BEFORE_VERB.finditer(sentence):
            speaker = ctx.persons.get(match["name"].split()[-1].lower())
            if speaker is not None:
                ctx.last_speaker = speaker
                ctx.last_person = speaker
    ctx.previous_quoted = quoted


def _opening_party(sentence: str, actors: Sequence[ActorMention]) -> Actor | None:
    """The state or organisation a sentence opens with ("The United States, Taiwan's main
    partner, has said ..."), named within its first :data:`_SUBJECT_WORDS` words."""
    for mention in actors:
        if mention.generic or mention.modifier or mention.actor.kind is ActorKind.PERSON:
            continue
        where = sentence.find(mention.text)
        if where >= 0 and len(sentence[:where].split()) <= _SUBJECT_WORDS:
            return mention.actor
        return None
    return None


def _opening_entity(entities: Sequence[Entity]) -> Actor | None:
    """The state or organisation (or "it" resolved to one) a sentence read in full opens
    with, within its first :data:`_SUBJECT_WORDS` words."""
    for ent in entities:
        if (
            ent.kind in ("state", "org", "pronoun")
            and ent.start <= _SUBJECT_WORDS
            and not ent.modifier
            and not ent.generic
            and len(ent.actors) == 1
            and ent.actors[0].kind is not ActorKind.PERSON
        ):
            return ent.actors[0]
    return None


def _remember_person(
    ctx: StoryContext, mention: ActorMention, named: Sequence[Actor], people: Sequence[Actor]
) -> None:
    """A person named in a sentence without triggers: remembered, placed in the story's
    main state when named by a national office alone."""
    actor = mention.actor
    placed = None if actor.country else place_officer(ctx, actor, named, people)
    if placed is not None:
        ctx.register(placed)
        ctx.last_person = placed
    elif not mention.generic:
        ctx.register(actor)
        ctx.last_person = actor


def update_context(
    ctx: StoryContext, view: SentenceView, events: Sequence[DiplomaticEvent]
) -> None:
    """Remember what a sentence read in full named, said and reported."""
    ctx.count_entities(view.entities)
    ctx.last_subject = _opening_entity(view.entities)
    for ent in view.entities:
        if ent.kind == "person" and ent.actors:
            ctx.last_person = ent.actors[0]
        if ent.kind == "state" and not ent.modifier and ent.actors:
            ctx.last_state = ctx.last_party = ent.actors[0]
        elif ent.kind == "org" and not ent.generic and ent.actors:
            ctx.last_party = ent.actors[0]
        if ent.kind == "agreement" and ent.agreement_year is not None and ent.agreement:
            ctx.last_agreement = (ent.agreement, ent.agreement_year)
    for attribution in view.attributions:
        if attribution.speaker:
            ctx.last_speaker = attribution.speaker[0]
            if attribution.speaker[0].kind is ActorKind.PERSON:
                ctx.last_person = attribution.speaker[0]
    for group in view.groups:
        if len(group.actors) >= _PAIR:
            ctx.last_group = group.actors
    for event in events:
        participants = (*event.actors, *event.recipients)
        if len(participants) >= _PAIR:
            ctx.last_group = participants
    ctx.previous_quoted = any(view.quoted)
    ctx.events.extend(events)
    _returned_home(ctx, view)


def object_anaphor(
    view: SentenceView, match: Trigger, actors: tuple[Actor, ...], ctx: StoryContext
) -> tuple[Actor, ...] | None:
    """ "welcomed the decision": the actors of the story's last decision (other than the
    event's own), or ``None`` when the trigger is not followed by such a reference."""
    lows = view.lows
    after = match.end
    following = lows[after + 1] if after + 1 < len(lows) else ""
    if not (
        after < len(lows) and lows[after] == "the" and following in view.vocab.object_anaphors
    ):
        return None
    decisions = [event for event in ctx.events if event.kind.name in DECISION_KINDS]
    if not decisions:
        return None
    return tuple(actor for actor in decisions[-1].actors if actor not in actors)


def inherit_parties(
    match: Trigger,
    ctx: StoryContext,
    so_far: Sequence[DiplomaticEvent],
    agreement: str | None,
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]] | None:
    """Parties for a trigger with none: a signing of "the agreement" inherits the joiners."""
    # Only a nominal signing ("a signing ceremony") inherits; "the accords were signed" does not.
    if match.ceremony and agreement is not None:
        for event in reversed([*ctx.events, *so_far]):
            if event.agreement == agreement and event.kind in (
                EventKind.JOIN_AGREEMENT,
                EventKind.SIGN_AGREEMENT,
            ):
                return event.actors, event.recipients
    return None


def _returned_home(ctx: StoryContext, view: SentenceView) -> None:
    """ "Kong flew back ... He returned to Beijing": a person no table placed who returns
    to a state (its name or capital) is that state's; remembered so, for the rest of the
    story ("Kong called on ..."). Only "returned", and only a person named (or "he"/"she"
    for the last person named) right before it."""
    lows = view.lows
    if "returned" not in lows:
        return
    at = lows.index("returned")
    after = at + 1 + (lows[at + 1 : at + 2] == ["home"])
    if lows[after : after + 1] != ["to"]:
        return
    state = next((e for e in view.entities if e.start == after + 1), None)
    if state is None or state.kind != "state" or state.modifier or not state.actors:
        return
    country = state.actors[0].country
    actor = _returner(ctx, view, at)
    if actor is None or actor.kind is not ActorKind.PERSON or actor.country is not None:
        return
    if country is None:
        return
    placed = attrs.evolve(actor, country=country)
    ctx.register(placed)
    ctx.last_person = placed


def _returner(ctx: StoryContext, view: SentenceView, at: int) -> Actor | None:
    """Who "returned" (at token ``at``): the person named right before it ("has" or "had"
    skipped), or the last person named for "he" or "she"; ``None`` when neither."""
    lows = view.lows
    before = at - 1 if at and lows[at - 1] in ("has", "had") else at
    person = next((e for e in view.entities if e.end == before and e.kind == "person"), None)
    if person is not None and person.actors:
        return person.actors[0]
    if before and lows[before - 1] in ("he", "she"):
        return ctx.last_person
    return None
