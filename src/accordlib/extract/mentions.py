"""The parties a sentence names, and the words that refer back to parties named earlier;
then coordinated parties as groups.

:func:`find_mentions` claims token spans in a fixed order, each token for one entity:

1. agreements from the phrase table, the longest phrase first ("the Abraham Accords" is
   an agreement, not a person named Abraham);
2. the participants the recogniser found in the story
   (:func:`~accordlib.extract.actors.find_actors`, run once per story): states, officials,
   role nouns with their state ("Israeli troops"), state bodies, organisations, groups
   and names alone; a coordination of states under one role noun ("the French and German
   foreign ministers") covers the whole noun phrase;
3. persons named earlier in the story ("Trump"), pronouns, "the two sides", "the country", "the bloc".

It then merges entities that belong together ("his German counterpart Johann Wadephul",
"Netanyahu, of Israel", "the Organisation of Islamic Cooperation (OIC)":
:mod:`~accordlib.extract.coordination`, which also groups coordinated parties), and
places the parties named without their state (:mod:`~accordlib.extract.placing`).
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from typing import Final

import attrs

from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor
from accordlib.extract.actors_model import ActorMention, ActorSource
from accordlib.extract.agreements import generic_agreement_name
from accordlib.extract.anaphora import StoryContext
from accordlib.extract.coordination import absorb_acronyms, attach_counterparts
from accordlib.extract.model import Entity
from accordlib.extract.phrases import PHRASES, PhraseTables
from accordlib.extract.placing import (
    attach_nationality,
    attach_places,
    attach_possessor,
    place_officers,
    possessed_subject,
)
from accordlib.extract.view import SentenceView
from accordlib.extract.words import WORDS, WordClasses
from accordlib.text.tokens import Tokens

__all__ = ["entity_kind", "find_mentions"]

_START = operator.attrgetter("start")
#: "the two sides" and "they" need a remembered group of at least two parties.
_PAIR = 2
#: A person remembered by a word of more than two letters ("Li" is too ambiguous).
_SHORTEST_NAME = 3
_COUNTRY = ActorSource.COUNTRY

_PERSON = ActorKind.PERSON


class _Claims:
    """The entities found so far and the tokens they cover (each token for one entity)."""

    __slots__ = ("found", "starts", "taken", "tokens")

    def __init__(self, tokens: Tokens) -> None:
        self.tokens = tokens
        self.starts = tokens.starts
        self.taken = [False] * len(tokens)
        self.found: list[Entity] = []

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The tokens that exactly cover the text offsets ``start..end``, if any."""
        # Token starts are in text order: a mention's first token is the one starting where
        # it starts, its last the one ending where it ends (two binary searches).
        offsets = self.starts
        first = bisect.bisect_left(offsets, start)
        if first == len(offsets) or offsets[first] != start:
            return None
        last = bisect.bisect_left(offsets, end) - 1
        if last < first or self.tokens[last].end != end:
            return None
        return first, last + 1

    def free(self, start: int, end: int) -> bool:
        """True when no token of ``start..end`` is claimed yet."""
        return not any(self.taken[start:end])

    def claim(self, ent: Entity) -> bool:
        """Record ``ent`` if its tokens are free; say whether it was."""
        taken = self.taken
        if any(taken[ent.start : ent.end]):
            return False
        for index in range(ent.start, ent.end):
            taken[index] = True
        self.found.append(ent)
        return True


def entity_kind(mention: ActorMention) -> str:
    """The entity kind of a recogniser's mention: ``state`` (a country named), ``person``
    or ``org`` (a role noun, a body, an organisation, a group)."""
    if mention.source is _COUNTRY:
        return "state"
    if mention.actor.kind is _PERSON:
        return "person"
    return "org"


def find_mentions(
    view: SentenceView, ctx: StoryContext, actors: Sequence[ActorMention]
) -> list[Entity]:
    """Every party and agreement named in the sentence, non-overlapping, in token order;
    ``actors`` are the recogniser's mentions inside the sentence."""
    words = WORDS.get()
    claims = _Claims(view.tokens)
    _claim_agreements(claims, PHRASES.get(), _organisation_spans(claims, actors))
    _claim_actors(claims, ctx, actors)
    _claim_context(claims, view, ctx, words)
    found = claims.found
    found.sort(key=_START)
    absorb_acronyms(view.tokens, found)
    attach_counterparts(view.tokens, found, words)
    attach_places(view.tokens, found, ctx)
    attach_nationality(view.tokens, found, ctx)
    attach_possessor(view.tokens, found, ctx)
    place_officers(view.tokens, found, ctx)
    return found


def _claim_actors(claims: _Claims, ctx: StoryContext, actors: Sequence[ActorMention]) -> None:
    """The recogniser's mentions; the states of one role noun ("the leaders of Egypt and
    Jordan") stretch to cover its noun phrase, the first from its start, the last to its
    end. Companies are marked for the guards."""
    suffixes = WORDS.get().company_suffixes
    organs = WORDS.get().home_organs
    for position, mention in enumerate(actors):
        start, end = mention.start, mention.end
        if _pair_noun(claims, mention, ctx):
            continue  # "the two presidents", "the leaders": the story's last pair
        if mention.phrase_start < start and (
            position == 0 or actors[position - 1].phrase_start != mention.phrase_start
        ):
            start = mention.phrase_start
        if mention.phrase_end > end and (
            position + 1 == len(actors) or actors[position + 1].phrase_end != mention.phrase_end
        ):
            end = mention.phrase_end
        where = claims.span(start, end) or claims.span(mention.start, mention.end)
        if where is None:
            continue
        kind = entity_kind(mention)
        actor = _resolve(claims, mention, where, ctx, organs)
        resolved = actor is not mention.actor
        ent = Entity(where[0], where[1], kind, (actor,))
        ent.modifier = mention.modifier
        ent.generic = mention.generic and not resolved
        if resolved:
            ctx.resolved[id(actor)] = actor  # kept alive: ids stay unique
        if not claims.claim(ent):
            continue
        if kind == "person" and not mention.generic:
            ctx.register(actor)
        if mention.corporate or (
            mention.generic and actor.name.rsplit(None, 1)[-1].lower() in suffixes
        ):
            ctx.guards.companies.add(id(actor))
    _claim_hyphen_pairs(claims, actors)


def _claim_hyphen_pairs(claims: _Claims, actors: Sequence[ActorMention]) -> None:
    """Parties joined by a hyphen inside one word ("the NATO-Russia council", "an
    Iran-Iraq truce") as one entity holding each: no token covers either alone."""
    tokens = claims.tokens
    inside: dict[int, list[ActorMention]] = {}
    for mention in actors:
        index = bisect.bisect_right(claims.starts, mention.start) - 1
        if index < 0 or claims.span(mention.start, mention.end) is not None:
            continue
        token = tokens[index]
        if token.end >= mention.end and "-" in token.text and entity_kind(mention) != "person":
            inside.setdefault(index, []).append(mention)
    for index, mentions in inside.items():
        if len(mentions) > 1 and not mentions[0].generic:
            ent = Entity(
                index, index + 1, entity_kind(mentions[0]), tuple(m.actor for m in mentions)
            )
            ent.modifier = True  # the word qualifies a noun: "a NATO-Russia meeting"
            claims.claim(ent)


def _resolve(
    claims: _Claims,
    mention: ActorMention,
    where: tuple[int, int],
    ctx: StoryContext,
    organs: frozenset[str],
) -> Actor:
    """The party a mention the recogniser could not place stands for in the story: the home
    state's organ, the office holder, the person placed earlier; else its own actor."""
    # "Iran said its troops ...": the sentence's owner places them (attach_possessor)
    possessed = possessed_subject(claims.tokens.lows, where[0])
    actor = mention.actor if possessed else _home_organ(claims, mention, where[1], ctx, organs)
    if actor is mention.actor:
        actor = _office_holder(claims, mention, where, ctx)
    if actor is mention.actor:
        actor = _known_person(mention, ctx)
    return actor


def _home_organ(
    claims: _Claims, mention: ActorMention, end: int, ctx: StoryContext, organs: frozenset[str]
) -> Actor:
    """ "Police detained ...", "the ministry said": an institution named alone is the story's
    state's (not when a state follows: "police in Nairobi"); else the mention's actor."""
    actor = mention.actor
    if mention.text.lower() not in organs:
        return actor
    if claims.tokens.lows[end : end + 1] in (["of"], ["from"], ["in"]):
        return actor
    if not mention.generic:
        # "ISLAMABAD: Foreign Office summoned ...": an organ a table gives one state, named
        # alone under another state's dateline, is the dateline state's.
        dateline = ctx.dateline_country
        if dateline is None or actor.country is None or actor.country == dateline:
            return actor
        return attrs.evolve(actor, country=dateline)
    home = ctx.home_state()
    return actor if home is None else attrs.evolve(actor, country=home)


def _office_holder(
    claims: _Claims, mention: ActorMention, where: tuple[int, int], ctx: StoryContext
) -> Actor:
    """ "The foreign minister said ...": a definite title alone is the one person the story
    named in that office (not "a minister", nor "the president of Chile"); else the
    mention's actor."""
    actor = mention.actor
    if not mention.generic or actor.kind is not _PERSON or actor.title is None:
        return actor
    lows = claims.tokens.lows
    start, end = where
    if lows[start] != "the" and (start == 0 or lows[start - 1] != "the"):
        return actor
    if lows[end : end + 1] in (["of"], ["from"], ["in"]):
        return actor
    holder = ctx.holder_of(actor.title)
    return actor if holder is None else holder


def _known_person(mention: ActorMention, ctx: StoryContext) -> Actor:
    """ "Ruiz said": a person the recogniser could not place is the one the story placed
    earlier under that name (by the state before the title, or the story's main state)."""
    actor = mention.actor
    if not mention.generic or actor.kind is not _PERSON or actor.country is not None:
        return actor
    known = ctx.persons.get(actor.name.lower()) or ctx.misspelt(actor.name)
    return actor if known is None or known.country is None else known


def _pair_noun(claims: _Claims, mention: ActorMention, ctx: StoryContext) -> bool:
    """Claim a role noun alone that stands for the story's last pair ("the leaders", "the
    two presidents", "both ministers") as that pair; True when claimed."""
    if not mention.generic or len(ctx.last_group) < _PAIR:
        return False
    where = claims.span(mention.start, mention.end)
    if where is None or where[1] - where[0] != 1:
        return False
    lows = claims.tokens.lows
    start = where[0]
    if lows[start] not in WORDS.get().two_nouns:
        return False
    if start >= _PAIR and lows[start - 1] in WORDS.get().pair_modifiers:
        start -= 1  # "the two top officials", "both foreign ministers"
    if start >= _PAIR and lows[start - 2 : start] == ["the", "two"]:
        start -= 2
    elif start and lows[start - 1] in ("the", "both"):
        start -= 1
    else:
        return False
    return claims.claim(Entity(start, where[1], "pronoun", ctx.last_group))


def _organisation_spans(claims: _Claims, actors: Sequence[ActorMention]) -> list[tuple[int, int]]:
    """The token spans of the organisations the recogniser named, for
    :func:`_claim_agreements`."""
    spans = []
    for mention in actors:
        if mention.generic or entity_kind(mention) != "org":
            continue
        where = claims.span(mention.start, mention.end)
        if where is not None:
            spans.append(where)
    return spans


def _claim_agreements(
    claims: _Claims, tables: PhraseTables, organisations: list[tuple[int, int]]
) -> None:
    lengths = tables.lengths
    resume = 0
    for index in [i for i, word in enumerate(claims.tokens.lows) if word in lengths]:
        if index >= resume:
            resume = index + _claim_agreement_at(claims, index, tables, organisations)


def _claim_agreement_at(
    claims: _Claims, index: int, tables: PhraseTables, organisations: list[tuple[int, int]]
) -> int:
    """Claim the longest agreement starting at token ``index``; return its length (0 for
    none). An agreement inside a longer organisation's name is the organisation's ("the
    North Atlantic Treaty Organization")."""
    tokens = claims.tokens
    words = tokens.lows
    for length in tables.lengths[words[index]]:
        if length > len(tokens) - index:
            continue
        end = index + length
        key = tuple(words[index:end])
        agreement = tables.agreements.get(key)
        if agreement is not None and claims.free(index, end):
            if any(a <= index and end <= b and b - a > length for a, b in organisations):
                return 0
            name = agreement.name
            if agreement.generic:
                name = generic_agreement_name(tokens, index, end, agreement)
            claims.claim(Entity(index, end, "agreement", (), name, agreement.year))
            return length
    return 0


def _claim_context(
    claims: _Claims, view: SentenceView, ctx: StoryContext, words: WordClasses
) -> None:
    persons = ctx.persons
    cues = words.context_words
    for index in [i for i, word in enumerate(view.lows) if word in cues or word in persons]:
        if claims.taken[index]:
            continue
        ent = _context_entity(view, index, ctx, claims.found, words)
        if ent is not None:
            claims.claim(ent)


def _context_entity(
    view: SentenceView, index: int, ctx: StoryContext, found: list[Entity], words: WordClasses
) -> Entity | None:
    """The entity a word refers to through the story context, if any."""
    tokens = view.tokens
    lows = tokens.lows
    tok = tokens[index]
    low = tok.low
    if tok.text[:1].isupper() and low in ctx.persons and len(low) >= _SHORTEST_NAME:
        return Entity(index, index + 1, "person", (ctx.persons[low],))
    if low in words.pronoun_speaker and view.quoted[index]:
        speaker = (ctx.last_speaker,) if ctx.last_speaker is not None else ()
        return Entity(index, index + 1, "pronoun", speaker, speaker=True)
    if low in words.pronoun_person:
        return _person_pronoun(lows, index, ctx, found)
    if low in ("two", "both"):
        return _two(tokens, index, ctx, words, found)
    if low == "the" and index + 1 < len(tokens) and lows[index + 1] in words.state_anaphors:
        # "the country": the last state named, unless this sentence names a state itself.
        if ctx.last_state is None or any(e.kind == "state" and not e.modifier for e in found):
            return None
        return Entity(index, index + 2, "pronoun", (ctx.last_state,))
    if low == "the" and index + 1 < len(tokens) and lows[index + 1] in _BLOC_ANAPHORS:
        return _the_bloc(index, ctx, found)
    return _party_pronoun(view, index, ctx, found)


#: Nouns that stand for the last organisation named ("the bloc", "the alliance").
_BLOC_ANAPHORS = frozenset({"bloc", "alliance", "organisation", "organization", "community"})


def _the_bloc(index: int, ctx: StoryContext, found: list[Entity]) -> Entity | None:
    """ "the bloc would retaliate": the story's last party when it is an organisation and
    this sentence names none of its own before; unresolved, no party."""
    party = ctx.last_party
    if party is None or party.kind is not ActorKind.ORGANIZATION:
        return None
    if any(
        e.end <= index and any(a.kind is ActorKind.ORGANIZATION for a in e.actors) for e in found
    ):
        return None
    return Entity(index, index + 2, "pronoun", (party,))


def _person_pronoun(
    lows: Sequence[str], index: int, ctx: StoryContext, found: list[Entity]
) -> Entity | None:
    """ "he": the subject of its own sentence first (the first person it named before the
    pronoun), else the story's last person; unresolved, no party. "him" as the object of a
    participle is the person named last ("sent a cable to the King, congratulating him")."""
    if lows[index] in _OBJECT_PERSONS and index and lows[index - 1].endswith("ing"):
        object_ = _participle_object(index, found)
        if object_ is not None:
            return object_
    own = next((e for e in found if e.kind == "person" and e.end <= index), None)
    person = own.actors[0] if own is not None else ctx.last_person
    return Entity(index, index + 1, "pronoun", (person,)) if person is not None else None


def _party_pronoun(
    view: SentenceView, index: int, ctx: StoryContext, found: list[Entity]
) -> Entity | None:
    """ "It called on ...": the last state or organisation named (the subject of the
    sentence before, for an "It" that opens its own); "they": the last pair; "it", "them"
    as the object of a participle: the party the sentence named last before it."""
    low = view.lows[index]
    if low in _OBJECT_PRONOUNS and index and view.lows[index - 1].endswith("ing"):
        return _participle_object(index, found)
    party = ctx.last_subject if index == 0 and ctx.last_subject is not None else ctx.last_party
    if low == "it" and party is not None and not view.quoted[index]:
        return Entity(index, index + 1, "pronoun", (party,))
    if low == "they" and len(ctx.last_group) >= _PAIR:
        return Entity(index, index + 1, "pronoun", ctx.last_group)
    return None


#: Pronouns that, as the object of a participle, stand for a party of their own sentence.
_OBJECT_PRONOUNS = frozenset({"it", "them"})
#: Person pronouns that, as the object of a participle, do the same.
_OBJECT_PERSONS = frozenset({"him", "her"})


def _participle_object(index: int, found: list[Entity]) -> Entity | None:
    """ "Bratislava expelled three Russian diplomats, accusing them of spying": the object
    of a participle is the party named last before it that is not the sentence's first
    (its subject); none when the sentence named no other."""
    before = [
        e
        for e in found
        if e.end <= index and e.kind in _OBJECT_KINDS and e.actors and not e.modifier
    ]
    if len(before) < _PAIR:
        return None  # "calling it a recipe for war" after "the Israeli proposal": a thing
    # Copies: the party named before keeps its own standing (it was named, not resolved).
    return Entity(index, index + 1, "pronoun", tuple(attrs.evolve(a) for a in before[-1].actors))


#: Entities a participle's pronoun object may stand for.
_OBJECT_KINDS = frozenset({"state", "org", "person"})


def _two(
    tokens: Tokens, index: int, ctx: StoryContext, words: WordClasses, found: list[Entity]
) -> Entity | None:
    """ "the two", "the two sides", "both sides", "both leaders" -> the pair this sentence
    named before them ("after talks between Peru and Chile, the two countries"), else the
    story's last pair."""
    lows = tokens.lows
    low = lows[index]
    previous = lows[index - 1] if index else ""
    following = lows[index + 1] if index + 1 < len(tokens) else ""
    before = lows[index - 2] if low == "two" and index > 1 else previous
    own = (
        _own_pair(found, index, ctx)
        if following in words.state_nouns and before not in _PAIR_PREPOSITIONS
        else ()
    )
    if len(ctx.last_group) < _PAIR and not own:
        return None
    if low == "two" and previous != "the":
        return None
    if low == "both" and following not in words.two_nouns:
        return None
    start = index - 1 if low == "two" else index
    end = index + 2 if following in words.two_nouns else index + 1
    if own:
        return Entity(start, end, "pronoun", own)
    parties = ctx.last_group
    if following in words.state_nouns:
        # "the two countries": the states of the last pair ("American envoys": the US).
        states = [ctx.state_actor(a.country) for a in parties if a.country is not None]
        parties = tuple(dict.fromkeys(states)) if len(set(states)) >= _PAIR else parties
    return Entity(start, end, "pronoun", parties)


#: Prepositions before "the two countries" that make it a complement ("the private sectors
#: of the two countries", "relations between the two nations"), not a subject.
_PAIR_PREPOSITIONS: Final = frozenset(
    {"of", "for", "to", "with", "among", "from", "in", "on", "by"}
)


def _own_pair(found: list[Entity], index: int, ctx: StoryContext) -> tuple[Actor, ...]:
    """The two or more states this sentence named before ``index`` ("the Israel-Jordan
    treaty", "between Peru and Chile"), as state actors; none unless at least two."""
    countries = [
        actor.country
        for ent in found
        if ent.end <= index and ent.kind in ("state", "person", "org")
        for actor in ent.actors
        if actor.country is not None
    ]
    distinct = list(dict.fromkeys(countries))
    if len(distinct) < _PAIR:
        return ()
    return tuple(ctx.state_actor(country) for country in distinct)
