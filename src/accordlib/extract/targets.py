"""Targets the trigger's object does not name: where an act aimed at someone finds whom.

Most kinds are aimed at a party (an accusation, a threat, a sanction, aid); their frame
(``target`` in ``data/event_frames.tsv``) says how far a target the object does not name
is looked for:

* ``phrase`` — a party inside the object's phrase after the trigger: "condemned the joint
  drills *of Seoul and Washington*", "countermeasures with respect to *Finland's*
  accession", "withdrawing from the talks until *Hamas and Israel* show ..." (a party
  after a place preposition only when there is no other: "aid to the quake zone in
  *Turkey*");
* ``sentence`` — that, else the other party of the sentence: the actors of an event the
  sentence reported before ("After Finland joined NATO, Russia threatened
  countermeasures": Finland), else the party named nearest the trigger that is not the
  actor, a speaker or a place;
* ``story`` — that, else the story's last other party (for kinds that need two parties:
  "Bahrain agreed to normalise relations", in a story about Israel).

A party counts as "other" when it is not one of the actors, by state (an official and
the state he serves are one party) or by name. :func:`envoy_state` gives a passive recall
without its agent the envoy's own state ("Turkey's ambassador was recalled from Israel":
Turkey recalled him); :func:`summoning_host` a passive summons the body or the capital it
was summoned to ("was summoned to the Foreign Ministry in Moscow": Russia summoned him);
:func:`envoy_host` a passive summons or expulsion with neither the state the envoy is
posted to ("the Dutch ambassador to Iran was summoned": Iran summoned him).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from accordlib._util.lazy import Lazy
from accordlib.countries.index import index as country_index
from accordlib.countries.lookup import get_country
from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor, DiplomaticEvent
from accordlib.extract.actor_factory import state_actor, trusted_actor
from accordlib.extract.actors_tables import fold, tables
from accordlib.extract.lexicon_tables import LEXICON
from accordlib.extract.model import Group, Trigger
from accordlib.extract.view import SentenceView
from accordlib.extract.words import WORDS

__all__ = [
    "attributive_visitors",
    "envoy_host",
    "envoy_state",
    "judges_of",
    "other_party",
    "passive_sender",
    "phrase_target",
    "sentence_target",
    "slot_name",
    "story_target",
    "summoning_host",
]

#: How many words after the trigger its object's phrase is read.
PHRASE_REACH: Final = 10
#: Words that end an object's phrase (besides the clause words).
_PHRASE_STOPS: Final = frozenset({",", ".", ";", ":", "!", "?", "and", "or", "(", ")"})
#: Kinds whose actor speaks about another party's act ("praised Y's decision to ...",
#: "urged Y to ..."): their actor is no target of that act.
_JUDGING_KINDS: Final = frozenset({"PRAISE", "CRITICIZE", "APPEAL", "DEMAND"})
#: How many of the story's last events are searched for another party.
_STORY_EVENTS: Final = 3


def _key(actor: Actor) -> str:
    """What makes two actors one party: their state, else their name."""
    return actor.country.alpha3 if actor.country is not None else actor.name


def other_party(candidates: Iterable[Actor], actors: Sequence[Actor]) -> tuple[Actor, ...]:
    """The ``candidates`` that are not the ``actors``' own party, without repeats."""
    own = {_key(actor) for actor in actors}
    found: list[Actor] = []
    for actor in candidates:
        if _key(actor) not in own and actor not in found:
            found.append(actor)
    return tuple(found)


def _placed(view: SentenceView, group: Group) -> bool:
    return group.start > 0 and view.lows[group.start - 1] in view.vocab.place_prepositions


def _parties(group: Group) -> Iterable[Actor]:
    """The actors of a group that may be a target: not a state's organ the story could not
    place ("troops", "the military", "officials": what an act moves or whom a story only
    mentions), though a group of people may ("protesters", "rebels")."""
    for ent in group.ents:
        if not ent.generic or all(actor.kind is ActorKind.GROUP for actor in ent.actors):
            yield from ent.actors


def phrase_target(
    view: SentenceView, match: Trigger, upper: int, actors: Sequence[Actor]
) -> tuple[Actor, ...]:
    """The first party of the object's phrase after the trigger (within
    :data:`PHRASE_REACH` words of its clause) that is not the actor; a place only when
    there is no other."""
    lows = view.lows
    words = view.vocab
    place: tuple[Actor, ...] = ()
    index = match.end
    stop = min(upper, len(lows), match.end + PHRASE_REACH)
    while index < stop:
        group = view.covering[index]
        if group is not None:
            others = other_party(_parties(group), actors) if group.start >= match.end else ()
            if others and not _placed(view, group):
                return others
            if others and not place:
                place = others
            index = max(group.end, index + 1)
            continue
        low = lows[index]
        if low in _PHRASE_STOPS or low in words.clause_words or low in words.reporting:
            break
        index += 1
    return place


def sentence_target(
    view: SentenceView,
    match: Trigger,
    actors: Sequence[Actor],
    so_far: Sequence[DiplomaticEvent],
) -> tuple[Actor, ...]:
    """The sentence's other party: the actors of its earlier events, else the party named
    nearest the trigger that is not the actor, a speaker, a place, the party of a later
    act or the judge of this one (an earlier event aimed at its actors)."""
    judges = judges_of(actors, so_far)
    for event in reversed(so_far):
        others = other_party((a for a in event.actors if id(a) not in judges), actors)
        if others:
            return others
    speakers = {id(actor) for attribution in view.attributions for actor in attribution.speaker}
    speakers |= judges
    best: tuple[int, tuple[Actor, ...]] | None = None
    for group in view.groups:
        if group.start <= match.head < group.end or _placed(view, group):
            continue
        if any(match.end <= other.start and other.end <= group.start for other in view.matches):
            continue  # "welcomed the move and urged Tehran to ...": another act's party
        others = other_party((a for a in _parties(group) if id(a) not in speakers), actors)
        if not others:
            continue
        distance = group.start - match.end if group.start >= match.end else match.start - group.end
        if best is None or distance < best[0]:
            best = (distance, others)
    return best[1] if best is not None else ()


def judges_of(actors: Sequence[Actor], events: Sequence[DiplomaticEvent]) -> set[int]:
    """Ids of the parties that spoke about the ``actors`` (praised, condemned, urged them):
    "X praised Y's decision to recognise ...": X judges Y's act, it is not its target. An
    act aimed at them is another matter ("after Oslo expelled its envoys, Moscow
    protested": Oslo is the target), and so is an accusation one denies."""
    return {
        id(actor)
        for event in events
        if event.kind.name in _JUDGING_KINDS and any(r in actors for r in event.recipients)
        for actor in event.actors
    }


def story_target(
    events: Sequence[DiplomaticEvent], last: Iterable[Actor | None], actors: Sequence[Actor]
) -> tuple[Actor, ...]:
    """The story's last other party: of its last events, else the last state or party it
    named (``last``)."""
    judges = judges_of(actors, events[-_STORY_EVENTS:])
    for event in reversed(events[-_STORY_EVENTS:]):
        parties = (*event.actors, *event.recipients)
        others = other_party((a for a in parties if id(a) not in judges), actors)
        if others:
            return others[:1]
    return other_party((actor for actor in last if actor is not None), actors)[:1]


def envoy_state(subject: Group | None) -> tuple[Actor, ...]:
    """ "Turkey's ambassador was recalled": the state of the envoy recalled (who recalls
    him), when the subject names one."""
    if subject is None:
        return ()
    countries = [actor.country for actor in subject.actors if actor.country is not None]
    return tuple(state_actor(country) for country in dict.fromkeys(countries))


#: How many words after a passive summons the body it was summoned to may start ("was
#: summoned on Monday to the Ministry of Foreign Affairs").
_SUMMONED_REACH: Final = 6


def summoning_host(view: SentenceView, match: Trigger, upper: int) -> tuple[Actor, ...]:
    """ "X's ambassador was summoned to the Ministry of Foreign Affairs of Turkey", "... to
    the Foreign Ministry in Moscow": the state of the body (or of the capital after it)
    that the envoy was summoned to, who summoned him."""
    lows = view.lows
    stop = min(upper, match.end + _SUMMONED_REACH)
    if "to" not in lows[match.end : stop]:
        return ()
    after = lows.index("to", match.end, stop) + 1
    for group in view.groups:
        if group.start < after or group.start >= upper:
            continue
        if any(low not in ("the", "its") for low in lows[after : group.start]):
            break  # "summoned to explain": no body named
        countries = [actor.country for actor in group.actors if actor.country is not None]
        if countries:
            return tuple(state_actor(country) for country in dict.fromkeys(countries))
        after = group.end + 1  # "the Foreign Ministry in Moscow": the capital after "in"
        if lows[group.end : group.end + 1] != ["in"]:
            break
    return ()


#: How many words after "to" in an envoy's title may name the state he is posted to.
_HOST_WORDS: Final = 3
#: Kinds an expulsion verb has before its coding knows the expelled are envoys.
_ENVOY_EXPULSION: Final = frozenset({"COERCE", "EXPEL_DIPLOMATS"})


def _envoy_titles() -> frozenset[str]:
    """The last words of the envoy titles the lexicon knows (its ``&envoy`` word set)."""
    phrases = LEXICON.get().synsets.get("&envoy", {}).values()
    return frozenset(phrase[-1] for options in phrases for phrase in options)


_ENVOY_TITLES: Final = Lazy(_envoy_titles)


def envoy_host(view: SentenceView, subject: Group | None) -> tuple[Actor, ...]:
    """ "The Ruritanian ambassador to Chad was summoned", "X's envoy to Ouagadougou, Y,
    was expelled": the state the subject's envoy is posted to (named or by its capital
    after "to" in his title), who summoned or expelled him; none when that is his own."""
    if subject is None or not any(a.kind is ActorKind.PERSON for a in subject.actors):
        return ()
    lows = view.lows
    own = {a.country.alpha3 for a in subject.actors if a.country is not None}
    for to in range(subject.start + 1, subject.end - 1):
        if lows[to] != "to" or lows[to - 1] not in _ENVOY_TITLES.get():
            continue
        first = to + 1 + (lows[to + 1] == "the")
        for end in range(min(first + _HOST_WORDS, subject.end), first, -1):
            country = get_country(view.words(first, end))
            if country is not None and country.alpha3 not in own:
                return (state_actor(country),)
    return ()


def passive_sender(
    view: SentenceView, match: Trigger, subject: Group | None, upper: int
) -> tuple[Actor, ...]:
    """Who recalled or summoned an envoy a passive names without its agent: the envoy's
    own state for a recall ("Turkey's ambassador was recalled"), the host for a summons
    ("was summoned to the Foreign Ministry in Moscow"); no one for other kinds."""
    if match.kind == "RECALL_AMBASSADOR":
        return envoy_state(subject)
    if match.kind == "PROTEST":
        return summoning_host(view, match, upper) or envoy_host(view, subject)
    if match.kind in _ENVOY_EXPULSION:
        return envoy_host(view, subject)
    if match.kind == "SIGN_AGREEMENT":
        return signing_parties(view, match, upper)
    return ()


#: Words that name the parties of a signing its passive leaves without an agent: "were
#: signed *between* Laos and Mongolia", "were signed in the *presence of* the two leaders".
_SIGNING_MARKS: Final = (("between",), ("presence", "of"))


def signing_parties(view: SentenceView, match: Trigger, upper: int) -> tuple[Actor, ...]:
    """The parties of an agreement signed in a passive without its agent: the party after
    "between" after the verb, else the one after "in the presence of" in the sentence
    ("In the presence of the two presidents, five documents were signed")."""
    lows = view.lows
    for mark in _SIGNING_MARKS:
        size = len(mark)
        start = match.end if size == 1 else 0
        for index in range(start, min(upper, len(lows)) - size + 1):
            if tuple(lows[index : index + size]) != mark:
                continue
            after = index + size
            if after < len(lows) and lows[after] == "the":
                after += 1
            group = _group_at(view, after)
            if group is not None and not group.modifiers_only:
                return group.actors
    return ()


#: How many words of a role may come before a signing's party ("the heads of state
#: Emomali Rahmon and ...").
_ROLE_WORDS: Final = 4


def _group_at(view: SentenceView, start: int) -> Group | None:
    """The group that starts at token ``start``, or within a few words after it."""
    for index in range(start, min(start + _ROLE_WORDS, len(view.covering))):
        group = view.covering[index]
        if group is not None:
            return group
    return None


#: Words before "visiting" that make it a verb or a gerund, not an attribute of the party
#: after it ("is visiting Japan", "after visiting Japan").
_VERBAL_BEFORE: Final = frozenset(
    {"is", "are", "was", "were", "be", "been", "am", "after", "before", "while", "during",
     "by", "of", "for", "on", "since", "when", "and", "or", "not", "also", "to"}
)  # fmt: skip


def attributive_visitors(view: SentenceView, match: Trigger) -> tuple[Actor, ...]:
    """Whether a VISIT trigger is "visiting" as an attribute of the people after it ("told
    visiting U.S. senators", "met visiting Turkish Foreign Minister X"): they are the
    visitors, the clause's subject their host. A state after it ("after visiting Japan")
    is the place visited, not a visitor. The visitors, or ``()`` for no such attribute."""
    lows = view.lows
    if match.kind != "VISIT" or lows[match.start] != "visiting" or match.end >= len(lows):
        return ()
    if match.start and lows[match.start - 1] in _VERBAL_BEFORE:
        return ()
    group = view.covering[match.end]
    if group is None or group.modifiers_only or group.start != match.end:
        return ()
    if any(actor.kind is ActorKind.STATE for actor in group.actors):
        return ()
    return group.actors


#: How many words after the trigger's object a slot's preposition is looked for.
_SLOT_REACH: Final = 8
#: Marks and words that end that search.
_SLOT_STOPS: Final = frozenset({".", ";", ":", ",", "\u2014", "\u2013"})
#: Marks after a name that end its phrase ("to Veloria, ..."; not "Dol_Amroth").
_HEAD_MARKS: Final = frozenset(
    {".", ";", ":", ",", "!", "?", ")", "\u2014", "\u2013", '"', "\u201d"}
)


def slot_name(
    view: SentenceView, position: int, upper: int, words: tuple[str, ...]
) -> tuple[Actor, ...]:
    """A name no table knows right after one of the trigger frame's prepositions
    (``words``), as a name-only actor: "contribute a million dollars *to Veloria*". The
    grammar places it, so it needs no cue: only a run of capitalised words (not an
    acronym, a month, a weekday, a region or a company's name) that heads its phrase
    (punctuation, a capitalised word or a ``name_follow`` word after it: not "to
    Community farmers")."""
    lows = view.lows
    stop = min(upper, len(lows), position + _SLOT_REACH)
    prep = next(
        (i for i in range(position, stop) if lows[i] in words or lows[i] in _SLOT_STOPS),
        None,
    )
    if prep is None or lows[prep] not in words:
        return ()
    tabs = tables()
    end = prep + 1
    while end < min(upper, len(lows)) and _name_word(view.tokens[end].text, tabs.not_name):
        if view.covering and view.covering[end] is not None:
            return ()  # a party the recogniser found: the object search's business
        end += 1
    if end == prep + 1:
        return ()
    folded = " ".join(fold(view.tokens[i].text) for i in range(prep + 1, end))
    vocab = WORDS.get()
    name = view.words(prep + 1, end)
    if (
        folded in tabs.regions
        or folded in tabs.places
        or name in country_index().exact  # a name the country tables know: "South America"
        or lows[end - 1] in vocab.company_suffixes
        or not _heads(view, end, vocab.name_follow)
    ):
        return ()
    return (trusted_actor(ActorKind.PERSON, name, None, None, None),)


def _name_word(text: str, not_name: frozenset[str]) -> bool:
    """A capitalised word that may be part of a name (not an acronym, "March", "Monday")."""
    return (
        text[:1].isupper()
        and text.replace("-", "").isalpha()
        and not (len(text) > 1 and text.isupper())
        and fold(text) not in not_name
    )


def _heads(view: SentenceView, end: int, follow: frozenset[str]) -> bool:
    if end >= len(view.tokens):
        return True
    text = view.tokens[end].text
    if text[:1].isupper() or text in _HEAD_MARKS:
        return True
    return view.lows[end] in follow
