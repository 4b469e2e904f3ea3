"""Entities that belong together, and coordinated parties as groups.

:func:`attach_counterparts` turns "his German counterpart (Johann Wadephul)" into the
person it names (also "his visiting Japanese counterpart": the possessive and its modifier
belong to the person, so "Modi and his visiting Japanese counterpart Kishida" coordinate)
and gives "Netanyahu, of Israel," its state; :func:`absorb_acronyms` joins a bracketed
short name to the party it abbreviates; :func:`group_parties` joins coordinated entities
("Spain, Ireland and Norway") into one group each.
"""

from __future__ import annotations

from typing import Final

import attrs

from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor
from accordlib.extract.model import Entity, Group
from accordlib.extract.words import WORDS, WordClasses
from accordlib.text.tokens import Tokens

__all__ = ["absorb_acronyms", "attach_counterparts", "group_parties"]

#: At most this many capitalised words name an unnamed counterpart ("counterpart Ana Ruiz").
_MAX_COUNTERPART_WORDS: Final = 4
#: At most this many words between coordinated parties (", and the").
_MAX_COORDINATION: Final = 3


def attach_counterparts(tokens: Tokens, found: list[Entity], words: WordClasses) -> None:
    """ "his German counterpart (Johann Wadephul)" and "Netanyahu, of Israel," appositions."""
    lows = tokens.lows
    for ent in found:
        if ent.kind == "state" and ent.end - ent.start == 1:
            _counterpart(tokens, ent, found, words)
        elif ent.kind == "person":
            _counterpart_possessive(lows, ent, words)
    found[:] = [ent for ent in found if ent.kind != "absorbed"]
    # "Prime Minister Benjamin Netanyahu, of Israel," -> the country belongs to the person.
    for position, ent in enumerate(found[:-1]):
        following = found[position + 1]
        if (
            ent.kind == "person"
            and following.kind == "state"
            and following.start == ent.end + 2
            and lows[ent.end] == ","
            and lows[ent.end + 1] == "of"
        ):
            person = ent.actors[0]
            if person.country is None:
                ent.actors = (attrs.evolve(person, country=following.actors[0].country),)
            ent.end = following.end
            following.kind = "absorbed"
    found[:] = [ent for ent in found if ent.kind != "absorbed"]


def _counterpart(tokens: Tokens, ent: Entity, found: list[Entity], words: WordClasses) -> None:
    """Turn "his German counterpart" (+ a name) into the person it names."""
    lows = tokens.lows
    after = ent.end
    if not (after < len(tokens) and lows[after] in words.counterpart_nouns):
        return
    opening = ent.start - 1  # the possessive: "his German counterpart"
    if opening > 0 and lows[opening] in words.counterpart_modifiers:
        opening -= 1  # "her visiting Chinese counterpart"
    if opening < 0 or lows[opening] not in words.possessives:
        return
    country = ent.actors[0].country
    end = after + 1
    # A following person ("his German counterpart Johann Wadephul") names them.
    following = next((e for e in found if e.start == end and e.kind == "person"), None)
    if following is not None:
        person = following.actors[0]
        actor = attrs.evolve(person, country=person.country or country)
        following.kind = "absorbed"
        end = following.end
    else:
        # A state entity always has its country: the counterpart is that country's.
        name_end = end
        while (
            name_end < len(tokens)
            and name_end - end < _MAX_COUNTERPART_WORDS
            and tokens[name_end].text[:1].isupper()
            and not any(e.start == name_end for e in found)
        ):
            name_end += 1
        name = " ".join(t.text for t in tokens[end:name_end])
        actor = Actor(ActorKind.PERSON, name or f"{tokens[ent.start].text} counterpart", country)
        end = name_end
    ent.kind, ent.start, ent.end, ent.actors, ent.modifier = (
        "person",
        opening,
        end,
        (actor,),
        False,
    )


def _counterpart_possessive(lows: list[str], ent: Entity, words: WordClasses) -> None:
    """ "Modi and his visiting Bangladeshi counterpart Sheikh Hasina": the possessive (and
    its modifier) before a counterpart the recogniser named belong to that person, so the
    pair coordinates."""
    head = ent.start + 1 if ent.start + 1 < ent.end else ent.start
    if (
        lows[ent.start] not in words.counterpart_nouns
        and lows[head] not in words.counterpart_nouns
    ):
        return
    opening = ent.start - 1
    if opening > 0 and lows[opening] in words.counterpart_modifiers:
        opening -= 1
    if opening >= 0 and lows[opening] in words.possessives:
        ent.start = opening


def group_parties(tokens: Tokens, ents: list[Entity]) -> list[Group]:
    """Coordinated parties ("Spain, Ireland and Norway") as one group each; ``ents`` are
    the sentence's entities without its agreements, in token order. Commas alone do not
    coordinate ("After talks with Kyiv, Moscow agreed": two clauses): a coordination has
    a conjunction."""
    coordination = WORDS.get().coordination
    groups: list[Group] = []
    current: list[Entity] = []
    joined = False  # a conjunction between the current entities
    for ent in ents:
        if current:
            between = tokens.lows[_past_acronym(tokens, current[-1].end) : ent.start]
            if (
                _joinable(ent)
                and _joinable(current[-1])
                and 0 < len(between) <= _MAX_COORDINATION
                and (coordination.issuperset(between) or _glued_hyphen(tokens, current[-1], ent))
                and not ("," in between and _speaker_follows(tokens, ent))
                and not (
                    "," in between and _placed(tokens, current[-1]) and not _listed(between, ent)
                )
            ):
                current.append(ent)
                joined = joined or not _COMMAS.issuperset(between)
                continue
            _close(groups, current, joined)
        current = [ent]
        joined = False
    if current:
        _close(groups, current, joined)
    return groups


def _glued_hyphen(tokens: Tokens, left: Entity, right: Entity) -> bool:
    """True when a hyphen with no space either side joins two parties ("U.S.-Soviet
    talks", "EC-U.S. cooperation"); a spaced dash parts clauses."""
    if right.start != left.end + 1 or tokens.lows[left.end] != "-":
        return False
    hyphen = tokens[left.end]
    return tokens[left.end - 1].end == hyphen.start and hyphen.end == tokens[right.start].start


def absorb_acronyms(tokens: Tokens, found: list[Entity]) -> None:
    """ "the Organisation of Islamic Cooperation (OIC)": the bracketed short name of the
    party just named is part of its mention (so "... (OIC) and Russia" coordinate)."""
    lows = tokens.lows
    previous: Entity | None = None
    for ent in found:
        if (
            previous is not None
            and previous.end + 1 == ent.start
            and lows[previous.end] == "("
            and lows[ent.end : ent.end + 1] == [")"]
            and ent.actors == previous.actors
        ):
            previous.end = ent.end + 1
            ent.kind = "absorbed"
            continue
        previous = ent
    found[:] = [ent for ent in found if ent.kind != "absorbed"]


#: "(OIC)": an acronym in brackets is three tokens.
_BRACKETED = 3


def _past_acronym(tokens: Tokens, index: int) -> int:
    """The token after an acronym in brackets at ``index`` ("the Arab Maghreb Union (AMU)
    and ..."), else ``index``."""
    end = index + _BRACKETED
    if end > len(tokens) or tokens[index].low != "(" or tokens[end - 1].low != ")":
        return index
    word = tokens[index + 1].text
    return end if word.isupper() and word.isalpha() else index


def _placed(tokens: Tokens, ent: Entity) -> bool:
    """True when a place preposition comes before ``ent`` ("Meeting in Seoul, the Japanese
    and Korean ministers"): a comma after a place ends its phrase, it coordinates nothing."""
    return ent.start > 0 and tokens.lows[ent.start - 1] in WORDS.get().place_prepositions


def _listed(between: list[str], ent: Entity) -> bool:
    """ "visas for people from Algeria, Morocco and Tunisia": a bare comma before a
    party named as a noun goes on with the list after a place (not "in Seoul, the
    Japanese and Korean ministers")."""
    return between == [","] and not ent.modifier


def _joinable(ent: Entity) -> bool:
    """Whether an entity may be coordinated: not a personal pronoun ("Albares, and he
    praised": a new clause, not a pair)."""
    return not (ent.kind == "pronoun" and ent.end - ent.start == 1)


#: Coordination words that do not coordinate on their own.
_COMMAS = frozenset({",", "the", "his", "her", "their"})


def _close(groups: list[Group], current: list[Entity], joined: bool) -> None:
    """Add the entities of ``current`` as one group, or one group each when only commas
    joined them."""
    if joined or len(current) == 1:
        groups.append(Group(current[0].start, current[-1].end, tuple(current)))
    else:
        groups.extend(Group(ent.start, ent.end, (ent,)) for ent in current)


def _speaker_follows(tokens: Tokens, ent: Entity) -> bool:
    """True when ``ent`` is followed by a reporting verb (", Trump announced")."""
    lows = tokens.lows
    words = WORDS.get()
    index = ent.end
    while index < len(tokens) and lows[index] in words.speaker_glue:
        index += 1
    return index < len(tokens) and lows[index] in words.reporting
