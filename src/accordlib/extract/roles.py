"""Shallow roles: who did it (actors) and to whom (recipients), from the words around a
trigger.

The trigger's clause is bounded by its attribution's reported clause and by clause words
("but", "while", ";"). Within it, the subject is the group before the trigger (skipping
auxiliaries, adverbs and light verbs), the object the group after it (directly, or after
one of the rule's prepositions); a passive ("was signed by") inverts them, "mediated by
Qatar" names the agent, "between A and B" names both sides; a subjectless trigger
("..., pledging to") carries the subject of the sentence's previous event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor, DiplomaticEvent
from accordlib.extract.agreements import agreement_end
from accordlib.extract.carried import carried_subject, circumstance_subject
from accordlib.extract.clauses import Clause, clause_of
from accordlib.extract.model import (
    GOVERNING_KINDS,
    RELATION_KINDS,
    Entity,
    Group,
    Trigger,
)
from accordlib.extract.owners import (
    FRONTING,
    addressed_subject,
    owning_demonym,
    sender_or_possessor,
)
from accordlib.extract.passives import apply_agent, by_agent, passive_trigger
from accordlib.extract.roles_model import Roles
from accordlib.extract.subjects import (
    RELATIVES,
    adverb,
    skip_light,
    subject_group,
)
from accordlib.extract.targets import (
    attributive_visitors,
    other_party,
    passive_sender,
    phrase_target,
    sentence_target,
    slot_name,
)
from accordlib.extract.triggers import FRAMES
from accordlib.extract.view import SentenceView
from accordlib.text.tokens import Tokens

__all__ = ["Clause", "clause_of", "find_roles"]

#: How far back a subjectless trigger's modality cues are read ("will also").
_CUE_REACH = 6
#: How many words the object search walks after the trigger.
_OBJECT_STEPS = 12
#: How far after the trigger "between" may come, and its parties after it.
_BETWEEN_REACH = 12
_BETWEEN_PARTY_REACH = 4
#: How far a noun phrase ("leaders of five Central Asian nations") reaches.
_NOUN_PHRASE_REACH = 8
#: How far after a speech act ("threatened to expel ...") its complement's party may be.
_COMPLEMENT_REACH = 6
#: How far before the subject "if"/"unless" may open the trigger's clause.
_CONDITION_REACH = 3
#: Quotation and clause marks before a subjectless trigger.
_CUE_STOPS = ("and", ",", "\u201d", '"')
_DISAPPROVAL = ("REJECT", "CRITICIZE", "ACCUSE")
_CONVERSATIONS = ("MEET", "PHONE_CALL", "NEGOTIATE")
#: Kinds of event noun that may be the circumstance of a party's other act ("Clark, winding
#: up a visit to Washington, said"; "said after talks with").
_CIRCUMSTANCES = ("VISIT", *_CONVERSATIONS)


def find_roles(
    view: SentenceView, match: Trigger, clause: Clause, so_far: Sequence[DiplomaticEvent]
) -> Roles | None:
    """The actors and recipients of a trigger, or ``None`` when its parties rule the event
    out (a reduced passive without its agent, a rule's required object missing, a trigger
    inside an "if" clause)."""
    roles = Roles()
    _find_subject(view, match, clause, so_far, roles)
    _find_target(view, match, clause, roles)
    if match.lexical:
        roles.passive = match.passive
        if not _apply_slots(view, match, clause, roles):
            return None
    else:
        roles.passive = passive_trigger(view, match)
    if not apply_agent(view, match, clause, so_far, roles):
        return None
    _apply_between(view, match, clause, roles)
    if not roles.recipients and match.kind in GOVERNING_KINDS and match.mode == "speech":
        roles.recipients = _complement_party(view, match, clause.upper) or roles.recipients
    if _reciprocal(view, match, roles):
        pass  # "accuse each other": the subject's parties act on one another
    elif match.requires == "object" and not roles.recipients:
        return None
    if roles.passive and not roles.actors:
        roles.actors = passive_sender(view, match, roles.subject, clause.upper)
    if not roles.recipients and roles.actors:
        roles.recipients = _missing_target(view, match, clause, roles, so_far)
    visitors = attributive_visitors(view, match) if roles.actors and roles.recipients else ()
    if visitors:  # "told visiting U.S. senators": they are the visitors, the subject the host
        roles.actors, roles.recipients = (
            visitors,
            tuple(a for a in roles.actors if a not in visitors),
        )
    _patient_of(view, match, clause, roles)
    roles.position = clause_position(view, match, roles)
    if _inside_condition(view.tokens, match, roles.subject):
        return None  # "... only if Hamas releases the hostages": a condition, not an event
    return roles


def _missing_target(
    view: SentenceView,
    match: Trigger,
    clause: Clause,
    roles: Roles,
    so_far: Sequence[DiplomaticEvent],
) -> tuple[Actor, ...]:
    """A target the object does not name, as far as the kind's frame looks for one
    (:mod:`~accordlib.extract.targets`; the story's is looked for by the event step)."""
    frame = FRAMES.get().get(match.kind)
    reach = frame.target if frame is not None else "-"
    if reach == "-":
        return ()
    found = phrase_target(view, match, clause.upper, roles.actors)
    if not found and reach != "phrase":
        found = sentence_target(view, match, roles.actors, so_far)
    return found


def _find_target(view: SentenceView, match: Trigger, clause: Clause, roles: Roles) -> None:
    """The recipients after the trigger: its object (after its agreement, if it needs
    one), a party inside its own words, or one after a later preposition of its frame."""
    start = match.end
    if match.requires == "agreement":
        start = agreement_end(view.agreements, match.end, clause.upper)
    roles.obj_group, roles.location, roles.obj_end = _object(view, start, match, clause.upper)
    roles.recipients = roles.obj_group.actors if roles.obj_group else ()
    if roles.obj_group is not None:
        roles.recipients += _parallel_objects(view, roles.obj_group.end, clause.upper)
    if roles.recipients and not other_party(roles.recipients, roles.actors):
        roles.recipients = ()  # "calling its ambassador to Ukraine back to Moscow": home
    if not roles.recipients:
        # Parties named inside the trigger span ("expelled two Russian diplomats"), not
        # the forces or people an act moves ("deployed the army").
        inner = [
            g
            for g in view.groups
            if match.head < g.start < match.end  # "the U.S. ambassador (to Turkey)"
            and not _pattern_forces(match, g)
            and not all(ent.generic for ent in g.ents)
            and not _before_currency(view, g)
        ]
        if inner:
            roles.recipients = inner[0].actors
    if not roles.recipients and match.recipients - {"_"}:
        # "sent aid on Monday to the quake zone in Turkey": a preposition further on.
        preps = tuple(sorted(match.recipients - {"_"}))
        later = _after_word(view, roles.obj_end, clause.upper, preps)
        if later is not None and not later.modifiers_only:
            roles.recipients = later.actors
        elif later is None:  # "contribute a million dollars to Veloria": a name no table knows
            roles.recipients = slot_name(view, match.end, clause.upper, preps)


def clause_position(view: SentenceView, match: Trigger, roles: Roles) -> str:
    """Where a trigger stands: ``main`` (a verb with its own subject), ``nominal`` (an
    event noun), ``relative`` (in a relative clause: "Oman, which mediated"),
    ``infinitive`` ("in a bid to impose"), ``participle`` ("..., accusing"),
    ``coordinated`` ("... and expelled") or ``carried`` (no subject of its own)."""
    if match.nominal or roles.position == "nominal":
        return "nominal"
    if roles.passive and roles.actors:
        return "main"  # "were imposed on Minsk by the EU": the agent is named
    lows = view.lows
    subject = roles.subject
    if subject is not None:
        between = lows[subject.end : match.start]
        return "relative" if not RELATIVES.isdisjoint(between) else "main"
    glue = view.vocab.glue
    probe = match.start - 1
    while probe >= 0 and (adverb(lows[probe]) or (lows[probe] in glue and lows[probe] != "to")):
        probe -= 1
    previous = lows[probe] if probe >= 0 else ""
    if previous == "to":
        return "infinitive"
    if previous in _NOUN_PREPOSITIONS:
        return "nominal"  # "after five days of fighting": a verb form used as a noun
    if previous == "," and lows[match.head].endswith("ing"):
        return "participle"
    if previous in ("and", ","):
        return "coordinated"
    if previous in RELATIVES:
        return "relative"
    return "carried"


#: A reciprocal act needs two parties.
_PAIR: Final = 2
#: Prepositions before a verb form that make it a noun ("after days of fighting").
_NOUN_PREPOSITIONS: Final = frozenset(
    {"of", "for", "in", "after", "during", "before", "against", "over", "by", "from", "into"}
)


def _find_subject(
    view: SentenceView,
    match: Trigger,
    clause: Clause,
    so_far: Sequence[DiplomaticEvent],
    roles: Roles,
) -> None:
    """The subject group and where the trigger's modality cues start; without a subject,
    the parties a subjectless trigger carries over."""
    lows = view.lows
    start = match.start
    subject, cue_start = subject_group(view, start, clause.lower, verb=not match.nominal)
    if subject is None and (match.nominal or _after_light(view, start)):
        # "issued a formal apology", "made arrests": the subject of the light verb
        start = skip_light(view, start, clause.lower)
        subject, cue_start = subject_group(view, start, clause.lower)
        subject, cue_start = addressed_subject(view, match, clause.lower, subject, cue_start)
    roles.subject = subject
    if subject is not None:
        roles.cue_start = cue_start
        roles.actors = subject.actors
        return
    cue_start = max(clause.lower, start - _CUE_REACH)
    for position in range(start - 1, cue_start - 1, -1):
        if lows[position] in _CUE_STOPS:
            cue_start = position + 1
            break
    roles.cue_start = cue_start
    owner = owning_demonym(view, match, so_far)
    if owner is not None:
        roles.actors = owner  # "the last Iraqi attack on shipping": Iraq's attack
        roles.position = "nominal"
        return
    roles.actors = carried_subject(view, match, clause.region_start, so_far, start)
    if not roles.actors and match.nominal and not match.ceremony:
        # "a visit to Tokyo by the Indian premier", "the visit of the premier": the
        # event noun's agent after it.
        agent = _after_word(view, match.end, clause.upper, ("by", "of"))
        if agent is not None and not agent.modifiers_only:
            roles.actors = agent.actors
    if not roles.actors and match.nominal and match.kind in _CIRCUMSTANCES:
        # "Clark, winding up a visit to Washington, said": whose circumstance it is
        roles.actors = circumstance_subject(view, start, clause.lower)
    if not roles.actors:
        # "During a phone call with X, Y said ...", "Meeting in Seoul, the ministers ...":
        # a fronted phrase takes the subject of the clause after it.
        fronted = _fronted_subject(view, start, clause)
        if fronted is not None:
            roles.actors = fronted.actors
    if not roles.actors:
        roles.actors = sender_or_possessor(view, match, clause, so_far)


def _after_light(view: SentenceView, start: int) -> bool:
    """Whether a verb trigger follows a light verb that is no auxiliary ("made arrests")."""
    if not start:
        return False
    previous = view.lows[start - 1]
    words = view.vocab
    return previous in words.light and previous not in words.glue


#: Prepositions that open a fronted phrase ("During a phone call with X, Y said").
_FRONT_OPENERS: Final = frozenset(
    {"during", "after", "before", "following", "in", "at", "on", "upon", "while", "when"}
)
#: How far after its trigger the comma that ends a fronted phrase may come.
_FRONTED_REACH: Final = 12


def _fronted_subject(view: SentenceView, start: int, clause: Clause) -> Group | None:
    """The subject after a fronted phrase that opens the clause and holds the trigger
    ("During a phone call with X, *Y* said", "Meeting in Seoul, *the ministers* agreed")."""
    lows = view.lows
    lower = clause.region_start
    opening = lows[lower] if lower < len(lows) else ""
    if not (opening in _FRONT_OPENERS or (start == lower and opening.endswith("ing"))):
        return None
    if any(lows[i] not in FRONTING for i in range(lower, start)):
        return None
    stop = min(clause.region_end, len(lows), start + _FRONTED_REACH)
    for comma in range(start + 1, stop):
        low = lows[comma]
        if low == ",":
            for probe in range(comma + 1, min(comma + _ARTICLE_REACH + 1, len(lows))):
                group = view.covering[probe]
                if group is not None:
                    return None if group.modifiers_only else group
                if lows[probe] not in ("the", "a", "an"):
                    return None
            return None
        if low in view.vocab.clause_words:
            return None
    return None


#: How many articles may stand between the comma of a fronted phrase and its subject.
_ARTICLE_REACH: Final = 2


def _object(
    view: SentenceView, position: int, match: Trigger, upper: int
) -> tuple[Group | None, str | None, int]:
    """The recipient group after the trigger, a location ("in Cairo"), and where it ends."""
    words = view.vocab
    tokens = view.tokens
    lows = tokens.lows
    location: str | None = None
    index = position
    covering = view.covering
    preps = match.recipients
    needs_prep = "_" not in preps
    # "lodged a protest with", "sent aid to": the trigger's words end with the preposition.
    seen_prep = position > 0 and lows[position - 1] in preps
    steps = 0
    while index < min(upper, len(tokens)) and steps < _OBJECT_STEPS:
        steps += 1
        low = lows[index]
        group = covering[index]
        if group is not None and _before_currency(view, group):
            group = None  # "offered 5 million U.S. dollars to ...": money, no party
        if group is not None and (seen_prep or not needs_prep):
            if group.start < position:
                return None, location, index
            return group, location, group.end
        place = _place_at(view, index)
        if place is not None:
            text = view.words(place.start, place.end)
            if low in preps and not seen_prep:
                return place, text, place.end  # "met in Cairo" for a visit: its host
            location = text
            index = place.end
        elif low in preps and low != "_":
            seen_prep = True
            index += 1
        elif _passable(view, index):
            index += 1
        elif low in words.people_plural and (seen_prep or not needs_prep):
            if match.kind not in _CONVERSATIONS:
                break
            return _unnamed_party(view, index, upper), location, index + 1
        else:
            break
    return None, location, index


#: The prepositions of a complement that a second object repeats ("accused X of A and Y
#: of B", "thanked X for A and Y for B").
_PARALLEL_PREPS: Final = frozenset({"of", "for"})
#: How many words the complement of the first object may run before the second.
_PARALLEL_REACH: Final = 16


def _parallel_objects(view: SentenceView, end: int, upper: int) -> tuple[Actor, ...]:
    """ "accused Ruritania of meddling and Freedonia of lying": a second object joined by
    "and" with the same complement preposition as the first (after ``end``, the first
    object's end); its parties, none when there is no such object."""
    lows = view.lows
    if end >= min(upper, len(lows)) or lows[end] not in _PARALLEL_PREPS:
        return ()
    prep = lows[end]
    for index in range(end + 1, min(upper, len(lows), end + _PARALLEL_REACH) - 1):
        low = lows[index]
        if low in (";", ".", ":"):
            return ()  # the clause ends
        if low != "and" or view.covering[index] is not None:
            continue  # the first complement goes on (it may name parties of its own)
        group = view.covering[index + 1]
        if group is not None and group.end < len(lows) and lows[group.end] == prep:
            return group.actors
        return ()
    return ()


def _passable(view: SentenceView, index: int) -> bool:
    """Whether the object search walks over token ``index``: a word between a verb and its
    object, a number, money ("5 million U.S. dollars")."""
    low = view.lows[index]
    group = view.covering[index]
    return (
        low in view.vocab.object_skip
        or low.isdigit()
        or low in view.vocab.currency_words
        or (group is not None and _before_currency(view, group))
    )


def _before_currency(view: SentenceView, group: Group) -> bool:
    """Whether a group only names a currency's state ("5 million U.S. dollars")."""
    return group.end < len(view.lows) and view.lows[group.end] in view.vocab.currency_words


def _place_at(view: SentenceView, index: int) -> Group | None:
    """The party after a place preposition at ``index`` ("in Cairo"), if any."""
    if view.lows[index] not in view.vocab.place_cues or index + 1 >= len(view.tokens):
        return None
    return view.covering[index + 1]


def _unnamed_party(view: SentenceView, index: int, upper: int) -> Group:
    """ "met leaders of five Central Asian nations": an unnamed party, as printed."""
    tokens = view.tokens
    lows = tokens.lows
    clause_words = view.vocab.clause_words
    end = index + 1
    if end < min(upper, len(tokens)) and lows[end] in ("of", "from"):
        probe = end + 1
        while (
            probe < min(upper, len(tokens), index + _NOUN_PHRASE_REACH)
            and tokens[probe].text[:1].isalnum()
        ):
            if lows[probe] in clause_words or lows[probe] in ("and", "to", "on"):
                break
            probe += 1
        if probe > end + 1:
            end = probe
    actor = Actor(ActorKind.PERSON, view.words(index, end))
    return Group(index, index + 1, (Entity(index, index + 1, "np", (actor,)),))


def _apply_slots(view: SentenceView, match: Trigger, clause: Clause, roles: Roles) -> bool:
    """A lexicon trigger's slots: the source after "by" in a passive, the speaker of a
    demand ("X must ..."), the object of a reversed code ("hosted X": X visits), a
    preposition ("a call from X"); the subject as the target. False when a speaker's
    demand has no speaker."""
    source, target = match.source_slot, match.target_slot
    if source == "subject":
        if target == "by":  # "X was hosted by Y": Y hosted X's visit
            agent = _after_word(view, match.end, clause.upper, ("by",))
            roles.recipients = agent.actors if agent is not None else ()
        return True
    subject = roles.subject.actors if roles.subject is not None else ()
    if source == "by":
        agent = _after_word(view, match.end, clause.upper, ("by",))
        roles.actors = agent.actors if agent is not None else ()
    elif source == "speaker":
        attribution = clause.attribution
        if attribution is None or not attribution.speaker:
            return False  # "X must ..." said by nobody named: an opinion, not a demand
        roles.actors = attribution.speaker[:1]
    elif source == "object":
        roles.actors = roles.recipients
    else:
        party = _slot_party(view, match, clause.upper, source)
        roles.actors = party.actors if party is not None else ()
    if target == "subject" or source == "object" or (match.passive and not roles.recipients):
        # "The ambassador was summoned by Vilnius": the subject is the one acted on.
        roles.recipients = subject
    return True


def _slot_party(view: SentenceView, match: Trigger, upper: int, source: str) -> Group | None:
    """The party after a trigger's preposition slot ("a call from X"); a slot of several
    ("from|by") only inside the trigger or right after it ("condemnation by X")."""
    words = tuple(source.split("|"))
    if len(words) > 1:
        stop = min(match.end + 1, upper, len(view.lows))
        index = next((i for i in range(match.head + 1, stop) if view.lows[i] in words), None)
        return None if index is None else by_agent(view, index, upper)
    party = _after_word(view, match.end, upper, words)
    if party is None and match.start <= match.end - 1:
        party = _after_word(view, match.head, upper, words)
    return party


def _after_word(
    view: SentenceView, position: int, upper: int, words: tuple[str, ...]
) -> Group | None:
    """The group right after one of ``words`` (within a few words) found after
    ``position`` in the clause, skipping a place ("imposed on Minsk by the EU")."""
    lows = view.lows
    stop = min(upper, len(lows), position + _OBJECT_STEPS)
    for index in range(position, stop):
        low = lows[index]
        if low in words:
            return by_agent(view, index, upper)
        if low in _AFTER_STOPS or low in view.vocab.clause_words:
            return None
    return None


def _pattern_forces(match: Trigger, group: Group) -> bool:
    """Whether ``group`` is armed forces named by the trigger's own pattern words ("agreed
    to halt all military actions"): what the act stops, no party it is done to."""
    return (
        match.kind in _STOPPING_KINDS
        and group.start in match.complements
        and all(actor.kind is ActorKind.MILITARY for actor in group.actors)
    )


#: Kinds whose pattern may name the forces they stop or pull back ("halt all military
#: actions", "pulling its troops out").
_STOPPING_KINDS: Final = frozenset({"DECLARE_CEASEFIRE", "WITHDRAW"})


#: Kinds whose event noun names the party it is done to after "of" ("the expulsion of two
#: envoys"): that party is the recipient, never the agent.
_PATIENT_NOUN_KINDS: Final = frozenset({"EXPEL_DIPLOMATS"})


def _patient_of(view: SentenceView, match: Trigger, clause: Clause, roles: Roles) -> None:
    """ "the expulsion of 35 Russian diplomats from the United States": the party after
    "of" is the one expelled (the recipient); the agent is named after "by", else it is the
    host the envoys were accredited "to", else the state they are sent out "from"."""
    lows = view.lows
    if (
        not match.nominal
        or match.kind not in _PATIENT_NOUN_KINDS
        or match.end >= len(lows)
        or lows[match.end] != "of"
    ):
        return
    patient = _after_word(view, match.end, clause.upper, ("of",))
    if patient is None:
        return
    from_of = tuple(patient.actors) == tuple(roles.actors)
    if not from_of and (roles.subject is not None or roles.position == "nominal"):
        return  # the agent is named ("Warsaw ordered the expulsion of", "Warsaw's expulsion")
    agent = _after_word(view, patient.end, clause.upper, ("by",))
    host = _after_word(view, patient.end, clause.upper, ("to",))
    if agent is not None and not agent.modifiers_only:
        roles.actors = agent.actors
    elif host is not None and not host.modifiers_only:
        roles.actors = host.actors  # "the expulsion of two envoys to NATO": by their host
    else:
        roles.actors = tuple(a for a in roles.recipients if a.kind is ActorKind.STATE)
    roles.recipients = patient.actors


#: Marks that end the search for a party after a preposition.
_AFTER_STOPS: Final = frozenset({".", ";", ":", ",", "\u2014", "\u2013"})


#: "each other", "one another" after a trigger: its parties act on one another.
_RECIPROCAL: Final = (("each", "other"), ("one", "another"))
#: How far after the trigger a reciprocal pronoun may stand ("blamed each other").
_RECIPROCAL_REACH: Final = 3


def _reciprocal(view: SentenceView, match: Trigger, roles: Roles) -> bool:
    """ "Islamabad and Kabul accuse each other": the first party acts on the others."""
    lows = view.lows
    stop = min(len(lows) - 1, match.end + _RECIPROCAL_REACH)
    if not any((lows[i], lows[i + 1]) in _RECIPROCAL for i in range(match.head + 1, stop)):
        return False
    parties = roles.actors or roles.recipients
    if len(parties) < _PAIR:
        return False
    roles.actors, roles.recipients = parties[:1], parties[1:]
    return True


def _apply_between(view: SentenceView, match: Trigger, clause: Clause, roles: Roles) -> None:
    """ "talks between A and B": both sides, as actors or recipients as the rule says."""
    if match.between == "-":
        return
    between = _between(view, match.end, clause.upper)
    if between is None:
        return
    if match.kind in RELATION_KINDS or roles.subject is None:
        roles.actors, roles.recipients = between.actors, ()
    elif match.between == "actors" and not roles.actors:
        roles.actors = between.actors
    else:
        roles.recipients = between.actors


def _between(view: SentenceView, position: int, upper: int) -> Group | None:
    """ "between A and B" within a few words after the trigger."""
    tokens = view.tokens
    lows = tokens.lows
    for index in range(position, min(position + _BETWEEN_REACH, upper, len(tokens))):
        if lows[index] == "between" and index + 1 < len(tokens):
            for probe in range(index + 1, min(index + _BETWEEN_PARTY_REACH, len(tokens))):
                group = view.covering[probe]
                if group is not None:
                    return group
            return None
        if lows[index] in (".", ";"):
            return None
    return None


def _complement_party(view: SentenceView, match: Trigger, upper: int) -> tuple[Actor, ...]:
    """ "threatened to expel American diplomats": the party of the complement; "opposed
    the U.S. arms sale": the party of the object, for disapproval."""
    tokens = view.tokens
    lows = tokens.lows
    complement = match.end < len(tokens) and lows[match.end] == "to"
    if not (complement or match.kind in _DISAPPROVAL):
        return ()
    words = view.vocab
    for probe in range(match.end, min(upper, match.end + _COMPLEMENT_REACH, len(tokens))):
        group = view.covering[probe]
        if group is not None:
            if lows[probe - 1] not in words.place_prepositions:
                return group.actors
            return ()
        if lows[probe] in words.clause_words or not tokens[probe].text[:1].isalnum():
            return ()
    return ()


def _inside_condition(tokens: Tokens, match: Trigger, subject: Group | None) -> bool:
    """True when the trigger's own clause is introduced by "if", "unless" or "until" ("will
    not meet him until the US lifts sanctions": the lifting is the condition)."""
    lows = tokens.lows
    start = subject.start if subject is not None else match.start
    for index in range(start - 1, max(-1, start - 1 - _CONDITION_REACH), -1):
        low = lows[index]
        if low in ("if", "unless", "until"):
            return True
        if low not in ("only", "even", ",", "and", "but", "the"):
            return False
    return False
