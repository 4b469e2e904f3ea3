"""Subjects a trigger carries from elsewhere in its sentence.

A trigger with no subject of its own ("..., pledging to", "and called on", "for talks with")
takes one from around it: the previous event's actors when the verbs are coordinated, the
controller of an infinitive ("agreed to send"), the speaker of a reporting verb, the party
that "declared" an event noun, or the subject of a fronted circumstance ("After meeting X,
Y said"). :mod:`accordlib.extract.subjects` finds a trigger's own subject.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from accordlib.events.model import Actor, DiplomaticEvent
from accordlib.extract.model import Attribution, Group, Trigger
from accordlib.extract.subjects import (
    CLAUSE_MARKS,
    OBJECT_PREPOSITIONS,
    RELATIVES,
    adverb,
    subject_group,
)
from accordlib.extract.view import SentenceView

__all__ = ["carried_subject", "circumstance_subject"]


def carried_subject(
    view: SentenceView,
    match: Trigger,
    region_start: int,
    so_far: Sequence[DiplomaticEvent],
    start: int | None = None,
) -> tuple[Actor, ...]:
    """A subjectless trigger ("..., pledging to", "and called on", "for talks with") takes
    the subject of the sentence's previous event, else the first party of its clause when
    the verbs are coordinated, else the speaker whose reporting verb precedes it. ``start``
    is where its verb phrase starts ("and *made* arrests"), by default the trigger's."""
    lows = view.lows
    start = match.start if start is None else start
    previous = lows[start - 1] if start else ""
    coordinated = _coordinated(view, start, region_start)
    gerund = lows[match.start].endswith("ing")
    nominal = match.nominal and not match.ceremony
    manner = nominal and _manner(lows, start)
    if coordinated and _thing_antecedent(view, start, region_start):
        return ()  # "surpluses, which have ... and pushed X, demand": no party acts
    follows = coordinated or (previous == "," and gerund) or manner
    if follows and so_far and so_far[-1].actors:
        return so_far[-1].actors
    controller = _infinitive_actors(view, match, start, region_start)
    if controller:
        return controller
    if nominal:
        speaker = _nominal_speaker(view, start)
        if speaker:
            return speaker  # "..., Trump wrote after a phone call with X"
    if coordinated or gerund or manner:
        return _first_party(view, region_start, start) or _speaker_of(view.attributions, start)
    return _declarer(view, region_start, start, nominal=nominal)


def _declarer(
    view: SentenceView, region_start: int, start: int, *, nominal: bool
) -> tuple[Actor, ...]:
    """ "Sudan declared 15 UAE embassy staff persona non grata": the subject of the
    "declared" whose object an event noun completes, however long the object."""
    if not nominal:
        return ()
    lows = view.lows
    for index in range(start - 1, region_start - 1, -1):
        if lows[index].startswith("declar"):
            group, _ = subject_group(view, index, region_start)
            return group.actors if group is not None else ()
    return ()


#: How many words may open an announced event noun ("announced the full restoration").
_OBJECT_WORDS: Final = 3


def _nominal_speaker(view: SentenceView, start: int) -> tuple[Actor, ...]:
    """The speaker an event noun at ``start`` takes: the one whose clause came before its
    reporting verb ("..., Trump wrote after a phone call with X"), else the one who
    announced it ("Chile announced the restoration of ties")."""
    return _speaker_before(view.attributions, start) or _announcer(view, start)


def _announcer(view: SentenceView, start: int) -> tuple[Actor, ...]:
    """ "Colombia and Venezuela have announced the restoration of relations": the speaker
    of an announcing verb whose object the event noun at ``start`` opens (a determiner or
    a few lower-case modifiers between, no party, comma nor clause word)."""
    lows = view.lows
    for attribution in view.attributions:
        verb = attribution.frame_end - 1
        if (
            not attribution.speaker
            or attribution.start != attribution.frame_end
            or not 0 <= verb < start
            or lows[verb] not in view.vocab.announcing
        ):
            continue
        between = lows[verb + 1 : start]
        clause = view.vocab.clause_words
        if len(between) <= _OBJECT_WORDS and all(
            low.isalpha() and low not in clause and view.covering[verb + 1 + offset] is None
            for offset, low in enumerate(between)
        ):
            return attribution.speaker
    return ()


#: Days named relative to the story's ("leaves tomorrow to negotiate").
_RELATIVE_DAYS: Final = frozenset({"today", "yesterday", "tonight", "tomorrow"})
#: How far before an infinitive's "to" the party that controls it may stand ("Norway
#: voted on Friday to launch", "Kenya will send a team to Japan next week to negotiate").
_CONTROL_REACH: Final = 10


def _infinitive_actors(
    view: SentenceView, match: Trigger, start: int, lower: int
) -> tuple[Actor, ...]:
    """The parties of an infinitive's controller (a verb trigger, or a noun trigger
    opened by its verb: "to launch an inquiry"); none when there is none."""
    if match.nominal and not match.ceremony and match.head == match.start:
        return ()
    controller = infinitive_subject(view, start, lower)
    return controller.actors if controller is not None else ()


def infinitive_subject(view: SentenceView, start: int, lower: int) -> Group | None:
    """The party that does what an infinitive at ``start`` says: the nearest party before
    its "to" that is no object of a preposition ("Norway voted to condemn", "urged Iran to
    release": Iran), across lower-case words only; ``None`` past a comma, "and", a clause
    word or a reporting verb."""
    lows = view.lows
    probe = start - 1
    while probe > lower and adverb(lows[probe]):
        probe -= 1
    if probe <= lower or lows[probe] != "to":
        return None
    for index in range(probe - 1, max(lower, probe - _CONTROL_REACH) - 1, -1):
        group = view.covering[index]
        if group is not None:
            if group.modifiers_only:
                return None
            at = group.start - 1
            if at >= lower and lows[at] in ("the", "a", "an"):
                at -= 1
            if at < lower or lows[at] not in OBJECT_PREPOSITIONS:
                return group if _controls(view, group.end, probe) else None
            continue
        if _ends_control(view, index):
            return None
    return None


def _ends_control(view: SentenceView, index: int) -> bool:
    """Whether the word at ``index`` ends the walk back to an infinitive's controller: a
    mark, a capitalised word, "and", a clause word, a reporting verb or a relative (not
    "on Friday", "tomorrow")."""
    low = view.lows[index]
    words = view.vocab
    if low in words.subject_skip or low in _RELATIVE_DAYS:
        return False
    text = view.tokens[index].text
    if not text.isalpha() or not text.islower() or low == "and":
        return True
    return low in words.clause_words or low in words.reporting or low in RELATIVES


def _controls(view: SentenceView, end: int, to: int) -> bool:
    """Whether the words from a party's ``end`` to an infinitive's ``to`` are nothing
    ("urged Iran to") or a verb in -ed or -s with time words and prepositional phrases
    ("voted on Friday to", "leaves for Washington tomorrow to"; not "an agreement to",
    "be able to")."""
    lows = view.lows
    words = view.vocab
    index = end
    while index < to and (lows[index] in words.glue or adverb(lows[index])):
        index += 1
    if index == to:
        return index == end
    verb = lows[index]
    if not (verb.endswith("ed") or (verb.endswith("s") and not verb.endswith("ss"))):
        return False
    for probe in range(index + 1, to):
        low = lows[probe]
        covered = view.covering[probe] is not None
        skipped = low in words.subject_skip or low in _RELATIVE_DAYS
        if not (covered or skipped or low in OBJECT_PREPOSITIONS):
            return False
    return True


def _speaker_of(attributions: list[Attribution], start: int) -> tuple[Actor, ...]:
    """ "Merkel said ..., repeating her call for": the speaker whose frame comes before a
    participle or a coordinated verb is its subject."""
    for attribution in attributions:
        if attribution.speaker and attribution.frame_start < start:
            return attribution.speaker[:1]
    return ()


def _first_party(view: SentenceView, region_start: int, start: int) -> tuple[Actor, ...]:
    """The first party of a clause before ``start`` that is not a place ("in Ankara"); for
    a participle after a comma, the main clause's subject when the region names a party
    only after a preposition ("X sent a cable to Y, congratulating him": X)."""
    if start >= 1 and view.lows[start - 1] == "," and view.lows[start].endswith("ing"):
        subject = _subject_party(view, region_start, start)
        if subject:
            return subject
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


def _subject_party(view: SentenceView, region_start: int, start: int) -> tuple[Actor, ...]:
    """A participle's subject when its region (which may open after the main verb) names a
    party only after a preposition ("X wrote | to Y, praising him"): the first party before
    the region that no preposition introduces, else ``()``."""
    free = [group for group in view.groups if not group.modifiers_only]
    inside = [group for group in free if region_start <= group.start and group.end <= start]
    if not inside or _introducer(view.lows, inside[0].start) not in OBJECT_PREPOSITIONS:
        return ()
    before = (group for group in free if group.end <= region_start)
    found = next(
        (g for g in before if _introducer(view.lows, g.start) not in OBJECT_PREPOSITIONS), None
    )
    return found.actors if found is not None else ()


def _introducer(lows: Sequence[str], start: int) -> str:
    """The word before the party at ``start``, past "the" or "a" ("to *the* King": "to")."""
    index = start - 2 if start >= 1 and lows[start - 1] in ("the", "a", "an") else start - 1
    return lows[index] if index >= 0 else ""


def _manner(lows: Sequence[str], start: int) -> bool:
    """Whether an event noun at ``start`` says how the clause's act was done: "for talks
    with", "in a call with", "during talks with", "by phone"."""
    previous = lows[start - 1] if start else ""
    return previous in ("for", "in") or (start > 1 and lows[start - 2] in ("in", "during", "by"))


def _thing_antecedent(view: SentenceView, start: int, region_start: int) -> bool:
    """Whether a coordinated verb stands in or right after a relative clause whose
    antecedent is no party: "surpluses, which have hurt X and pushed Y" and "surpluses,
    which have hurt X, demand action" have a thing for subject, not X or Y."""
    lows = view.lows
    for position in range(start - 1, region_start, -1):
        if lows[position] in RELATIVES and lows[position - 1] == ",":
            comma = position - 1
            return not any(group.end == comma for group in view.groups)
    return False


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
    """True when the trigger follows "and", "but" or a comma (skipping auxiliaries and
    adverbs: "insisted that ..., but accused")."""
    lows = view.lows
    glue = view.vocab.glue
    probe = start - 1
    while probe > region_start and lows[probe] in glue:
        probe -= 1
    return probe >= 0 and lows[probe] in ("and", ",", "but")


#: Words that open a phrase saying in which circumstance a party acts: ", winding up a
#: visit to", ", on a visit to", "said at the end of a visit to" (a gerund opens one too).
_CIRCUMSTANCE_OPENERS: Final = frozenset(
    {"on", "during", "at", "after", "before", "following", "in", "while", "ending"}
)
#: Gerunds that open no circumstance of the party before them ("X, including Y").
_NOT_CIRCUMSTANCE: Final = frozenset({"including", "according", "concerning", "regarding"})
#: How far back from an event noun the opening of its circumstance phrase is looked for.
_CIRCUMSTANCE_REACH: Final = 8


def circumstance_subject(view: SentenceView, start: int, lower: int) -> tuple[Actor, ...]:
    """The party an event noun at ``start`` is a circumstance of: the group before an
    apposition that a gerund or a preposition opens ("Clark, winding up a visit to
    Washington, said"; "Clark, on a visit to Washington, said"), or the speaker whose
    reporting verb such a phrase follows ("Clark said at the end of a visit to
    Washington that ..."); ``()`` when there is none."""
    lows = view.lows
    floor = max(0, start - _CIRCUMSTANCE_REACH)
    for opening in range(start - 1, floor - 1, -1):
        low = lows[opening]
        if low in CLAUSE_MARKS or low in RELATIVES:
            return ()
        if not _opens_circumstance(low):
            continue
        before = opening - 1
        if before >= lower and lows[before] == ",":
            group = view.covering[before - 1] if before > lower else None
            if group is not None and not group.modifiers_only:
                return group.actors
        for attribution in view.attributions:
            if attribution.speaker and attribution.frame_end == opening:
                return attribution.speaker[:1]
        if lows[before] == ",":
            return ()
    return ()


def _opens_circumstance(low: str) -> bool:
    """Whether a word may open a circumstance phrase: a preposition of time or occasion,
    or a gerund ("winding", "concluding")."""
    if low in _CIRCUMSTANCE_OPENERS:
        return True
    return low.endswith("ing") and low.isalpha() and low not in _NOT_CIRCUMSTANCE
