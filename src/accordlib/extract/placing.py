"""Placing the parties a sentence names without their state.

:func:`~accordlib.extract.mentions.find_mentions` runs these steps after claiming the
sentence's entities, in this order:

* :func:`attach_places`: "soldiers in southern Lebanon", "the Ministry of Health of Kenya":
  a role noun alone takes the state named right after it;
* :func:`attach_nationality`: "U.S. Trade Representative X": a person takes the state
  named right before the words of his title;
* :func:`attach_possessor`: "India said its troops withdrew": a role noun after "its" at
  the start of a clause belongs to the state named before it;
* :func:`place_officers`: "Finance Minister Ana Ruiz said": a national office named
  without its state is the story's main state's; placed persons are remembered.
"""

from __future__ import annotations

import attrs

from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor
from accordlib.extract.anaphora import StoryContext, place_officer
from accordlib.extract.model import Entity
from accordlib.extract.words import WORDS
from accordlib.text.tokens import Tokens

__all__ = [
    "attach_nationality",
    "attach_places",
    "attach_possessor",
    "place_officers",
    "possessed_subject",
]

_PERSON = ActorKind.PERSON


def attach_possessor(tokens: Tokens, found: list[Entity], ctx: StoryContext) -> None:
    """ "India said its troops withdrew", "the ministry said its envoy left": a role noun
    alone after "its" at the start of a clause (a subject; "withdrew its troops" names no
    new party) belongs to the nearest state or organ named before it in the sentence ("It"
    counts, as the story resolved it), else to the story's last state."""
    lows = tokens.lows
    for position, ent in enumerate(found):
        if not ent.generic or ent.kind != "org" or not ent.start or not ent.actors:
            continue
        actor = ent.actors[0]
        if not possessed_subject(lows, ent.start) or actor.country is not None:
            continue
        owner = next(
            (
                other.actors[0].country
                for other in reversed(found[:position])
                if other.kind in _POSSESSORS
                and not other.modifier
                and len(other.actors) == 1
                and other.actors[0].kind is not _PERSON
            ),
            None,
        )
        if owner is None and ctx.last_state is not None:
            owner = ctx.last_state.country
        if owner is not None:
            ent.actors = (attrs.evolve(actor, country=owner),)
            ent.generic = False


def possessed_subject(lows: list[str], start: int) -> bool:
    """True when the words before token ``start`` are "its" or "the country's" at the
    start of a clause ("India said its troops", "said today its forces"): the role noun
    there is the subject, owned by the party named before it."""
    if start == 0:
        return False
    if lows[start - 1] == "its":
        owner = start - 1
    elif start >= _THE_COUNTRYS and lows[start - _THE_COUNTRYS : start] in _COUNTRYS:
        owner = start - _THE_COUNTRYS  # "Georgia said the country's army ..."
    else:
        return False
    return owner == 0 or lows[owner - 1] in _CLAUSE_OPENERS


def place_officers(tokens: Tokens, found: list[Entity], ctx: StoryContext) -> None:
    """ "Finance Minister Ana Ruiz said": a national office named without its state is the
    story's main state's (:func:`~.anaphora.place_officer`; not before "of", "from" or
    "in"); a person placed here or by the state before the title is remembered so."""
    lows = tokens.lows
    named = [a for ent in found if ent.kind in ("state", "org") for a in ent.actors]
    people = [a for ent in found if ent.kind == "person" for a in ent.actors]
    placed: dict[int, Actor] = {}
    for ent in [e for e in found if e.kind == "person" and e.actors]:
        actor = ent.actors[0]
        if actor.country is None and lows[ent.end : ent.end + 1] not in _ROLE_OF_LISTS:
            officer = place_officer(ctx, actor, named, people)
            if officer is not None:
                placed[id(actor)] = officer
                ent.generic = False
                ctx.resolved[id(officer)] = officer  # kept alive: ids stay unique
                actor = officer
        if actor.country is not None and not ent.generic:
            ctx.register(actor)
    if placed:  # "he" bound to the person before it was placed
        _replace_actors(found, placed)


def _replace_actors(found: list[Entity], placed: dict[int, Actor]) -> None:
    for ent in found:
        ent.actors = tuple(placed.get(id(actor), actor) for actor in ent.actors)


#: Entities "its" may refer to: a state, an organ or organisation, a resolved "it".
_POSSESSORS = frozenset({"state", "org", "pronoun"})
#: Words before "its" that open a clause whose subject "its troops" is ("said its ...").
_CLAUSE_OPENERS = frozenset(
    {
        "said",
        "says",
        "say",
        "that",
        ",",
        "and",
        "but",
        "while",
        "as",
        "today",
        "yesterday",
        "tonight",
    }
)
#: "the country's", "the nation's": a possessive that names the sentence's state.
_COUNTRYS = (["the", "country", "'s"], ["the", "nation", "'s"])
_THE_COUNTRYS = 3
_ROLE_OF_LISTS = (["in"], ["from"], ["of"])
#: Words between a role noun and the state it belongs to ("rebels in the Ivory Coast").
_ROLE_OF = frozenset({"in", "from", "of"})


def attach_places(tokens: Tokens, found: list[Entity], ctx: StoryContext) -> None:
    """ "Security forces in Guinea", "soldiers from Gondor", "rebels in the Ivory Coast",
    "troops in southern Lebanon", "the Ministry of Health of Kenya": a role noun alone takes
    the state named right after it, across the name of its office (and the state is no
    party of its own)."""
    lows = tokens.lows
    regions = WORDS.get().region_words
    for position, ent in enumerate(found[:-1]):
        if not ent.generic or ent.kind != "org" or ent.end >= len(tokens):
            continue
        following = found[position + 1]
        after = _office_name_end(tokens, ent.end, following.start)
        if lows[after] not in _ROLE_OF:
            continue
        if (
            following.kind != "state"
            or following.modifier
            or not _place_gap(lows[after + 1 : following.start], regions)
        ):
            continue
        country = following.actors[0].country
        actor = attrs.evolve(ent.actors[0], country=country)
        ent.actors = (actor,)
        ent.generic = False
        ent.end = following.end
        following.kind = "absorbed"
        ctx.resolved.pop(id(actor), None)
    found[:] = [ent for ent in found if ent.kind != "absorbed"]


#: At most this many words name an office after its role noun ("of Science and Higher
#: Education").
_MAX_OFFICE_NAME = 6


def _office_name_end(tokens: Tokens, index: int, limit: int) -> int:
    """The token after "of" + capitalised words that name an office ("Ministry of Health",
    "government of Tarapaca") from ``index``, before ``limit``; ``index`` when none."""
    if index + 1 >= limit or tokens[index].low != "of" or not tokens[index + 1].text[:1].isupper():
        return index
    end = index + 1
    while (
        end < limit
        and end - index <= _MAX_OFFICE_NAME
        and (tokens[end].text[:1].isupper() or tokens[end].low == "and")
    ):
        end += 1
    return end if tokens[end - 1].low != "and" else index


def _place_gap(words: list[str], regions: frozenset[str]) -> bool:
    """Whether the words between a role noun's preposition and a state let the state place
    it: none, "the", a part of the state ("eastern"), or both ("the southern")."""
    if words[:1] == ["the"]:
        words = words[1:]
    return not words or (len(words) == 1 and words[0] in regions)


#: "U.S. Trade Representative X": title words between a state and the official it names.
_NATIONALITY_GAP = 4
#: Words inside a title between a state and its official ("Agriculture and Livestock").
_TITLE_JOINERS = frozenset({"and", "of", "&"})


def attach_nationality(tokens: Tokens, found: list[Entity], ctx: StoryContext) -> None:
    """ "U.S. Trade Representative Carla Hills", "Tanzania's Agriculture and Livestock
    Minister X": a person the recogniser could not place takes the state named right
    before the title words of his office (and the state is no party of its own)."""
    for position, ent in enumerate(found[1:], start=1):
        actor = ent.actors[0] if ent.kind == "person" and ent.actors else None
        if actor is None or actor.country is not None or actor.organization is not None:
            continue
        before = found[position - 1]
        if before.kind != "state" or not before.actors or before.actors[0].country is None:
            continue
        if not _title_words(tokens, before.end, ent.start):
            continue
        placed = attrs.evolve(actor, country=before.actors[0].country)
        ent.actors = (placed,)
        ent.generic = False
        ent.start = before.start
        before.kind = "absorbed"
        ctx.resolved.pop(id(actor), None)
    found[:] = [ent for ent in found if ent.kind != "absorbed"]


def _title_words(tokens: Tokens, start: int, end: int) -> bool:
    """Whether tokens ``start..end`` can be the title words between a state and its
    official: none, or up to :data:`_NATIONALITY_GAP` capitalised words (after an optional
    possessive "'s"), joined by "and" or "of" only inside."""
    gap = [tokens[index].text for index in range(start, end)]
    if gap[:1] == ["'s"]:
        gap = gap[1:]
    if len(gap) > _NATIONALITY_GAP or (
        gap and (gap[0] in _TITLE_JOINERS or gap[-1] in _TITLE_JOINERS)
    ):
        return False
    return all(word in _TITLE_JOINERS or (word[:1].isupper() and word.isalpha()) for word in gap)
