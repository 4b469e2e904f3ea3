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
from accordlib.extract.attribution import region
from accordlib.extract.model import (
    GOVERNING_KINDS,
    RELATION_KINDS,
    Attribution,
    Entity,
    Group,
    Trigger,
)
from accordlib.extract.view import SentenceView
from accordlib.extract.words import WordClasses
from accordlib.text.tokens import Tokens

__all__ = ["Clause", "Roles", "clause_of", "find_roles"]

#: How far back a subjectless trigger's modality cues are read ("will also").
_CUE_REACH = 6
#: How far back light verbs are skipped ("held a new round of" talks).
_LIGHT_REACH = 6
#: How many words the object search walks after the trigger.
_OBJECT_STEPS = 12
#: How far after the trigger "between" may come, and its parties after it.
_BETWEEN_REACH = 12
_BETWEEN_PARTY_REACH = 4
#: How far after "by" the agent may start.
_AGENT_REACH = 4
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


class Clause:
    """Where a trigger's parties are looked for: the region of its attribution
    (``region_start..region_end``, the reported clause or the sentence) and, within it,
    the trigger's own clause (``lower..upper``)."""

    __slots__ = ("attribution", "lower", "region_end", "region_start", "upper")

    def __init__(
        self,
        region_start: int,
        region_end: int,
        attribution: Attribution | None,
        lower: int,
        upper: int,
    ) -> None:
        self.region_start = region_start
        self.region_end = region_end
        self.attribution = attribution
        self.lower = lower
        self.upper = upper


def clause_of(view: SentenceView, match: Trigger) -> Clause:
    """The region and clause of a trigger."""
    words = view.vocab
    region_start, region_end, attribution = region(view.attributions, match.start)
    region_end = min(region_end, len(view.tokens))
    lower = max(region_start, _clause_start(view.lows, match.start, region_start, words))
    upper = min(region_end, _clause_end(view.lows, match.end, region_end, words))
    return Clause(region_start, region_end, attribution, lower, upper)


def _clause_start(lows: list[str], position: int, floor: int, words: WordClasses) -> int:
    openers = words.clause_openers
    if floor + 1 >= position or openers.isdisjoint(lows[floor + 1 : position]):
        return floor  # no clause word in between (most triggers): one set test in C
    # The nearest clause word before the trigger (there is one).
    return next(i + 1 for i in range(position - 1, floor, -1) if lows[i] in openers)


def _clause_end(lows: list[str], position: int, ceiling: int, words: WordClasses) -> int:
    closers = words.clause_closers
    stop = min(ceiling, len(lows))
    within = lows[position:stop]
    if "," not in within and closers.isdisjoint(within):
        return ceiling  # no clause word up to the bound (most triggers): one set test in C
    for index in range(position, stop):
        low = lows[index]
        if low in closers:
            return index
        if low == "," and index + 1 < len(lows) and lows[index + 1] in ("but", "while"):
            return index
    return ceiling


class Roles:
    """The parties of a trigger and what was found on the way: the subject group (and
    where the modality cues before the trigger start), the object group (with a place
    "in Cairo" met on the way, and where the object search stopped), and whether the
    trigger is passive."""

    __slots__ = (
        "actors",
        "cue_start",
        "location",
        "obj_end",
        "obj_group",
        "passive",
        "position",
        "recipients",
        "subject",
    )

    def __init__(self) -> None:
        self.subject: Group | None = None
        self.cue_start = 0
        self.actors: tuple[Actor, ...] = ()
        self.recipients: tuple[Actor, ...] = ()
        self.obj_group: Group | None = None
        self.location: str | None = None
        self.obj_end = 0
        self.passive = False
        #: where the trigger stands in its sentence (see :func:`clause_position`)
        self.position = "main"


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
        roles.passive = _passive(view, match)
    if not _apply_agent(view, match, clause, so_far, roles):
        return None
    _apply_between(view, match, clause, roles)
    if not roles.recipients and match.kind in GOVERNING_KINDS and match.mode == "speech":
        roles.recipients = _complement_party(view, match, clause.upper) or roles.recipients
    if _reciprocal(view, match, roles):
        pass  # "accuse each other": the subject's parties act on one another
    elif match.requires == "object" and not roles.recipients:
        return None
    roles.position = clause_position(view, match, roles)
    if _inside_condition(view.tokens, match, roles.subject):
        return None  # "... only if Hamas releases the hostages": a condition, not an event
    return roles


def _find_target(view: SentenceView, match: Trigger, clause: Clause, roles: Roles) -> None:
    """The recipients after the trigger: its object (after its agreement, if it needs
    one), a party inside its own words, or one after a later preposition of its frame."""
    start = match.end
    if match.requires == "agreement":
        start = agreement_end(view.agreements, match.end, clause.upper)
    roles.obj_group, roles.location, roles.obj_end = _object(view, start, match, clause.upper)
    roles.recipients = roles.obj_group.actors if roles.obj_group else ()
    if not roles.recipients:
        # Parties named inside the trigger span ("expelled two Russian diplomats"), not
        # the forces or people an act moves ("deployed the army").
        inner = [
            g
            for g in view.groups
            if match.head < g.start < match.end  # "the U.S. ambassador (to Turkey)"
            and not all(ent.generic for ent in g.ents)
        ]
        if inner:
            roles.recipients = inner[0].actors
    if not roles.recipients and match.recipients - {"_"}:
        # "sent aid on Monday to the quake zone in Turkey": a preposition further on.
        later = _after_word(view, roles.obj_end, clause.upper, tuple(match.recipients - {"_"}))
        if later is not None and not later.modifiers_only:
            roles.recipients = later.actors


def clause_position(view: SentenceView, match: Trigger, roles: Roles) -> str:
    """Where a trigger stands: ``main`` (a verb with its own subject), ``nominal`` (an
    event noun), ``relative`` (in a relative clause: "Oman, which mediated"),
    ``infinitive`` ("in a bid to impose"), ``participle`` ("..., accusing"),
    ``coordinated`` ("... and expelled") or ``carried`` (no subject of its own)."""
    if match.nominal:
        return "nominal"
    if roles.passive and roles.actors:
        return "main"  # "were imposed on Minsk by the EU": the agent is named
    lows = view.lows
    subject = roles.subject
    if subject is not None:
        between = lows[subject.end : match.start]
        return "relative" if not _RELATIVES.isdisjoint(between) else "main"
    glue = view.vocab.glue
    probe = match.start - 1
    while probe >= 0 and (_adverb(lows[probe]) or (lows[probe] in glue and lows[probe] != "to")):
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
    if previous in _RELATIVES:
        return "relative"
    return "carried"


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
    subject, cue_start = _subject(view, match.start, clause.lower)
    if subject is None and match.nominal:
        skipped = _skip_light(view, match.start, clause.lower)
        subject, cue_start = _subject(view, skipped, clause.lower)
    roles.subject = subject
    if subject is not None:
        roles.cue_start = cue_start
        roles.actors = subject.actors
        return
    cue_start = max(clause.lower, match.start - _CUE_REACH)
    for position in range(match.start - 1, cue_start - 1, -1):
        if view.lows[position] in _CUE_STOPS:
            cue_start = position + 1
            break
    roles.cue_start = cue_start
    roles.actors = _carry_subject(view, match, clause.region_start, so_far)
    if not roles.actors and match.nominal and not match.ceremony:
        # "a visit to Tokyo by the Indian premier", "the visit of the premier": the
        # event noun's agent after it.
        agent = _after_word(view, match.end, clause.upper, ("by", "of"))
        if agent is not None and not agent.modifiers_only:
            roles.actors = agent.actors


def _subject(view: SentenceView, trigger_start: int, lower: int) -> tuple[Group | None, int]:
    """The group before the trigger, and where its modality cues start.

    The walk skips auxiliaries, adverbs ("bluntly", "on Monday") and control verbs; it
    crosses a relative pronoun to its antecedent ("Oman, which mediated") and an
    apposition or relative clause between commas ("Lavrov, who arrived on Monday, met")."""
    words = view.vocab
    lows = view.lows
    covering = view.covering
    skip = words.subject_skip
    index = trigger_start - 1
    while index >= lower:
        group = covering[index]
        if group is not None:
            if group.modifiers_only:
                return None, index + 1
            if group.start > 0 and lows[group.start - 1] in words.place_prepositions:
                # "The U.S. Embassy in Baghdad condemned": a place, the subject before it
                # ("talks in Doha mediated by ...": no subject)
                index = group.start - 2
                continue
            return group, group.end
        low = lows[index]
        if low in skip or low.isdigit() or _adverb(low):
            index -= 1
            continue
        if low == ")":
            # "The Red Cross Society of China (RCSC) on Monday sent": skip the brackets.
            opening = _opening_bracket(lows, index, lower)
            if opening is not None:
                index = opening - 1
                continue
        if low in _RELATIVES:
            antecedent = _antecedent(view, index, lower)
            return (antecedent, index) if antecedent is not None else (None, index + 1)
        if low == "," and index > lower:
            found = _before_apposition(view, index, lower)
            if found is not None:
                return found, index
        return None, index + 1
    return None, max(lower, 0)


#: A reciprocal act needs two parties.
_PAIR: Final = 2
#: Relative pronouns that stand for the noun before them ("Oman, which mediated").
_RELATIVES: Final = frozenset({"which", "who", "that"})
#: How far back the comma that opens an apposition may be.
_APPOSITION_REACH: Final = 14
#: The shortest adverb in "-ly" ("only" is glue; "fly" is no adverb).
_SHORTEST_ADVERB: Final = 5


def _opening_bracket(lows: list[str], closing: int, lower: int) -> int | None:
    """The "(" that opens the brackets closed at ``closing``, within a few words."""
    for index in range(closing - 1, max(lower - 1, closing - _BRACKET_REACH), -1):
        if lows[index] == "(":
            return index
    return None


#: How many words brackets skipped by the subject search may hold ("(RCSC)").
_BRACKET_REACH: Final = 6


def _adverb(low: str) -> bool:
    """ "bluntly", "unexpectedly": an adverb in -ly between a subject and its verb."""
    return len(low) >= _SHORTEST_ADVERB and low.endswith("ly")


def _antecedent(view: SentenceView, index: int, lower: int) -> Group | None:
    """The group right before a relative pronoun at ``index`` (a comma between them)."""
    probe = index - 1
    if probe >= lower and view.lows[probe] == ",":
        probe -= 1
    group = view.covering[probe] if probe >= lower else None
    if group is None or group.modifiers_only:
        return None
    return group


def _before_apposition(view: SentenceView, comma: int, lower: int) -> Group | None:
    """The group before an apposition that ends at ``comma``: "Lavrov, the Russian foreign
    minister, met", "Lavrov, who arrived on Monday, met". The stretch between the commas
    holds no clause mark and opens with an article, a relative pronoun or a party."""
    lows = view.lows
    covering = view.covering
    floor = max(lower, comma - _APPOSITION_REACH)
    for opening in range(comma - 2, floor - 1, -1):
        low = lows[opening]
        if low in _CLAUSE_MARKS:
            return None
        if low != ",":
            continue
        head = covering[opening - 1] if opening > lower else None
        first = lows[opening + 1]
        if head is None or head.modifiers_only:
            return None
        if first in _APPOSITION_OPENERS or covering[opening + 1] is not None:
            return head
        return None
    return None


#: Words that open an apposition or a relative clause after a comma.
_APPOSITION_OPENERS: Final = frozenset(
    {"the", "a", "an", "who", "which", "whose", "his", "her", "its", "their", "meanwhile"}
)
#: Marks an apposition never crosses.
_CLAUSE_MARKS: Final = frozenset({".", ";", ":", "\u201c", "\u201d", '"', "and", "but"})


def _skip_light(view: SentenceView, position: int, lower: int) -> int:
    """Move left over "held a new round of" before a noun trigger (bounded)."""
    lows = view.lows
    light = view.vocab.light
    index = position
    while index > lower and position - index < _LIGHT_REACH and lows[index - 1] in light:
        index -= 1
    return index


def _carry_subject(
    view: SentenceView, match: Trigger, region_start: int, so_far: Sequence[DiplomaticEvent]
) -> tuple[Actor, ...]:
    """A subjectless trigger ("..., pledging to", "and called on", "for talks with") takes
    the subject of the sentence's previous event, else the first party of its clause when
    the verbs are coordinated, else the speaker whose reporting verb precedes it."""
    lows = view.lows
    start = match.start
    previous = lows[start - 1] if start else ""
    coordinated = _coordinated(view, start, region_start)
    gerund = lows[start].endswith("ing")
    nominal = match.nominal and not match.ceremony
    # "for talks with", "in a call with", "during talks with", "by phone"
    manner = nominal and (
        previous in ("for", "in") or (start > 1 and lows[start - 2] in ("in", "during", "by"))
    )
    follows = coordinated or (previous == "," and gerund) or manner
    if follows and so_far and so_far[-1].actors:
        return so_far[-1].actors
    if nominal:
        speaker = _speaker_before(view.attributions, start)
        if speaker:
            return speaker  # "..., Trump wrote after a phone call with X"
    if coordinated or gerund or manner:
        return _first_party(view, region_start, start) or _speaker_of(view.attributions, start)
    return ()


def _speaker_of(attributions: list[Attribution], start: int) -> tuple[Actor, ...]:
    """ "Merkel said ..., repeating her call for": the speaker whose frame comes before a
    participle or a coordinated verb is its subject."""
    for attribution in attributions:
        if attribution.speaker and attribution.frame_start < start:
            return attribution.speaker[:1]
    return ()


def _first_party(view: SentenceView, region_start: int, start: int) -> tuple[Actor, ...]:
    """The first party of a clause before ``start`` that is not a place ("in Ankara")."""
    places = view.vocab.place_prepositions
    for group in view.groups:
        if (
            group.start >= region_start
            and group.end <= start
            and not group.modifiers_only
            and not (group.start and view.lows[group.start - 1] in places)
        ):
            return group.actors
    return ()


def _speaker_before(attributions: list[Attribution], start: int) -> tuple[Actor, ...]:
    """The speaker of a reporting verb before ``start`` whose clause came before it."""
    for attribution in attributions:
        if (
            attribution.speaker
            and attribution.frame_start < start
            and attribution.end <= attribution.frame_start
        ):
            return attribution.speaker[:1]
    return ()


def _coordinated(view: SentenceView, start: int, region_start: int) -> bool:
    """True when the trigger follows "and" or a comma (skipping auxiliaries and adverbs)."""
    lows = view.lows
    glue = view.vocab.glue
    probe = start - 1
    while probe > region_start and lows[probe] in glue:
        probe -= 1
    return probe >= 0 and lows[probe] in ("and", ",")


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
        elif low in words.object_skip or low.isdigit():
            index += 1
        elif low in words.people_plural and (seen_prep or not needs_prep):
            if match.kind not in _CONVERSATIONS:
                break
            return _unnamed_party(view, index, upper), location, index + 1
        else:
            break
    return None, location, index


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


def _passive(view: SentenceView, match: Trigger) -> bool:
    """ "was signed by", "were sharply criticized by"."""
    if match.start == 0:
        return False
    tokens = view.tokens
    lows = tokens.lows
    words = view.vocab
    previous = lows[match.start - 1]
    adverb = previous in words.passive_adverbs
    if previous not in words.passive_auxiliaries and not (
        (adverb or previous == "also") and match.start > 1
    ):
        return False
    following = lows[match.end] if match.end < len(tokens) else ""
    return following == "by" and (lows[match.start].endswith("ed") or adverb)


def _by_agent(view: SentenceView, by: int, upper: int) -> Group | None:
    """The group right after "by" (token ``by``), within a few words."""
    for probe in range(by + 1, min(by + _AGENT_REACH, upper, len(view.tokens))):
        group = view.covering[probe]
        if group is not None:
            return group
    return None


def _apply_agent(
    view: SentenceView,
    match: Trigger,
    clause: Clause,
    so_far: Sequence[DiplomaticEvent],
    roles: Roles,
) -> bool:
    """Passives: "was signed by X" (X acts on the subject) and the reduced "talks mediated
    by Qatar" (Qatar acts on the previous event's parties). False when a reduced passive
    has no agent: no event then."""
    tokens = view.tokens
    lows = tokens.lows
    if roles.passive and not match.lexical:
        agent = _by_agent(view, match.end, clause.upper)
        roles.actors, roles.recipients = (agent.actors if agent else ()), roles.actors
        return True
    reduced = (
        match.end < len(tokens)
        and lows[match.end] == "by"
        and lows[match.end - 1].endswith("ed")
        and roles.subject is None
    )
    if reduced:
        agent = _by_agent(view, match.end, clause.upper)
        if agent is None:
            return False
        roles.actors = agent.actors
        roles.recipients = tuple(
            party
            for event in so_far[-1:]
            for party in (*event.actors, *event.recipients)
            if party not in roles.actors
        )
    return True


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
        party = _after_word(view, match.end, clause.upper, (source,))
        if party is None and match.start <= match.end - 1:
            party = _after_word(view, match.head, clause.upper, (source,))
        roles.actors = party.actors if party is not None else ()
    if target == "subject" or source == "object" or (match.passive and not roles.recipients):
        # "The ambassador was summoned by Vilnius": the subject is the one acted on.
        roles.recipients = subject
    return True


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
            return _by_agent(view, index, upper)
        if low in _AFTER_STOPS or low in view.vocab.clause_words:
            return None
    return None


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
    """True when the trigger's own clause is introduced by "if" or "unless"."""
    lows = tokens.lows
    start = subject.start if subject is not None else match.start
    for index in range(start - 1, max(-1, start - 1 - _CONDITION_REACH), -1):
        low = lows[index]
        if low in ("if", "unless"):
            return True
        if low not in ("only", "even", ",", "and", "but"):
            return False
    return False
