"""The subject of a trigger: the party before it, and the party a subjectless trigger
borrows.

:func:`subject_group` walks back from a trigger over auxiliaries, adverbs ("bluntly",
"on Monday"), control verbs and brackets; it crosses a relative pronoun to its antecedent
("Oman, which mediated") and an apposition or relative clause between commas ("Lavrov,
who arrived on Monday, met"), and it steps over a place ("The U.S. Embassy in Baghdad
condemned"). :func:`carried_subject` gives a trigger without a subject of its own the
parties it borrows: the previous event's actors for a coordinated verb or a participle,
the speaker for an event noun or a participle after a statement, else the first party of
its clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor, DiplomaticEvent
from accordlib.extract.model import Attribution, Group, Trigger
from accordlib.extract.view import SentenceView
from accordlib.extract.words import WordClasses

__all__ = [
    "RELATIVES",
    "adverb",
    "carried_subject",
    "circumstance_subject",
    "demonym_owner",
    "skip_light",
    "subject_group",
]

#: How far back light verbs are skipped ("will embark upon a three-day official" visit).
_LIGHT_REACH: Final = 8


def subject_group(
    view: SentenceView, trigger_start: int, lower: int, *, verb: bool = True
) -> tuple[Group | None, int]:
    """The group before the trigger, and where its modality cues start.

    The walk skips auxiliaries, adverbs ("bluntly", "on Monday") and control verbs; it
    crosses a relative pronoun to its antecedent ("Oman, which mediated") and an
    apposition or relative clause between commas ("Lavrov, who arrived on Monday, met");
    before a ``verb`` trigger, a companion phrase to the party before it ("aircraft
    including gunships killed"; a noun may end that phrase: "backed by artillery fire")."""
    words = view.vocab
    lows = view.lows
    covering = view.covering
    skip = words.subject_skip
    index = trigger_start - 1
    while index >= lower:
        group = covering[index]
        if group is not None:
            if group.modifiers_only:
                return _modifier_subject(group, index, trigger_start, verb=verb)
            behind = _behind(view, group, lower, verb=verb)
            if behind is None:
                return group, group.end
            index = behind
            continue
        low = lows[index]
        if low in skip or low.isdigit() or adverb(low) or low in _OPENING_QUOTES:
            index -= 1  # "the ministry “strongly condemned”": a quotation opens at the verb
            continue
        named = _party_of_head(view, index, lower, words)
        if named is not None:
            return named, index + 1
        if low == ")":
            # "The Red Cross Society of China (RCSC) on Monday sent": skip the brackets.
            opening = _opening_bracket(lows, index, lower)
            if opening is not None:
                index = opening - 1
                continue
        if low in RELATIVES:
            antecedent = _antecedent(view, index, lower)
            return (antecedent, index) if antecedent is not None else (None, index + 1)
        if (low == "," or low in _DASHES) and index > lower:
            found = _before_apposition(view, index, lower)
            if found is not None:
                return found, index
        found = _before_companion(view, index, lower) if verb else None
        return found, index + 1
    return None, max(lower, 0)


def _modifier_subject(
    group: Group, index: int, trigger_start: int, *, verb: bool
) -> tuple[Group | None, int]:
    """A modifier right before an event noun names its actor ("an Iraqi air raid", "a
    British proposal"); a verb's modifier is no subject."""
    if not verb and index == trigger_start - 1:
        return group, group.end
    return None, index + 1


def _behind(view: SentenceView, group: Group, lower: int, *, verb: bool) -> int | None:
    """Where the subject search goes on behind a group that is no subject: before the
    companion phrase it ends ("troops backed by hired *gunmen* attacked"), before the
    place it names ("The U.S. Embassy in *Baghdad* condemned"; "talks in Doha mediated
    by ...": no subject); ``None`` when the group is the subject."""
    companion = _companion_before(view, group.start, lower) if verb else None
    if companion is not None:
        return companion - 1
    if group.start > 0 and view.lows[group.start - 1] in view.vocab.place_prepositions:
        return group.start - 2
    return None


#: How many words a companion phrase ("including helicopter gunships") may hold.
_COMPANION_REACH: Final = 6


def _companion_start(view: SentenceView, end: int) -> int | None:
    """Where a companion word or phrase ending right before token ``end`` starts
    ("including", "along with"), if one does."""
    lows = view.lows
    companions = view.vocab.companions
    if end >= 1 and lows[end - 1] in companions:
        return end - 1
    if end < 2:  # noqa: PLR2004 - two words
        return None
    if f"{lows[end - 2]} {lows[end - 1]}" in companions:
        return end - 2
    if lows[end - 1] == "by" and lows[end - 2].endswith("ed") and lows[end - 2].isalpha():
        return end - 2  # "Serbia criticised by the EU rejected": any participle and "by"
    return None


#: How many modifiers may stand between a companion word and its party ("backed by
#: hired gunmen").
_COMPANION_MODIFIERS: Final = 2


def _companion_before(view: SentenceView, start: int, lower: int) -> int | None:
    """Where a companion phrase opening the party at token ``start`` starts ("backed by
    *hired* gunmen"), if one does."""
    lows = view.lows
    for end in range(start, max(lower, start - _COMPANION_MODIFIERS) - 1, -1):
        if end < start and not lows[end].isalpha():
            return None
        found = _companion_start(view, end)
        if found is not None:
            return found if found - 1 >= lower and view.covering[found - 1] is not None else None
    return None


def _before_companion(view: SentenceView, index: int, lower: int) -> Group | None:
    """ "Russian aircraft including helicopter gunships killed": the party before a phrase
    that only adds to it, when the words from the companion word to ``index`` name no
    clause of their own."""
    words = view.vocab
    lows = view.lows
    for probe in range(index, max(lower, index - _COMPANION_REACH) - 1, -1):
        low = lows[probe]
        if low in words.clause_words or low in words.reporting or low == ",":
            return None
        start = _companion_start(view, probe + 1)
        if start is None:
            continue
        group = view.covering[start - 1] if start - 1 >= lower else None
        return group if group is not None and not group.modifiers_only else None
    return None


#: Relative pronouns that stand for the noun before them ("Oman, which mediated").
RELATIVES: Final = frozenset({"which", "who", "that"})
#: Quotation marks that may open a quotation between a subject and its verb.
_OPENING_QUOTES: Final = frozenset({"\u201c", '"'})
#: How many modifier words may stand between a party and the noun that heads its phrase
#: ("the United Nations human rights body").
_HEAD_REACH: Final = 3
#: Prepositions before a party that make it no subject ("talks with the EU mission").
_OBJECT_PREPOSITIONS: Final = frozenset(
    {"in", "at", "from", "to", "into", "with", "of", "for", "on", "by", "against", "near"}
)


def _party_of_head(view: SentenceView, index: int, lower: int, words: WordClasses) -> Group | None:
    """The party a noun at ``index`` stands for: "the UN human rights body condemned",
    "Japan and other Asian nations granted"; else ``None``."""
    low = view.lows[index]
    if low in words.party_heads:
        return _named_before_head(view, index, lower)
    if low in words.state_nouns:
        return _bloc_before(view, index, lower) or _partner_of_unnamed(view, index, lower)
    return None


def _bloc_before(view: SentenceView, head: int, lower: int) -> Group | None:
    """ "the GCC states", "ASEAN nations": an organisation right before a state noun at
    ``head`` acts through its member states (not "Gulf Arab states", nor "sanctions on EU
    states": an object)."""
    group = view.covering[head - 1] if head - 1 >= lower else None
    if group is None or group.modifiers_only or group.end != head:
        return None
    if not all(actor.kind is ActorKind.ORGANIZATION for actor in group.actors):
        return None
    lows = view.lows
    at = group.start - 1
    if at > 0 and lows[at] in ("the", "its", "their"):
        at -= 1
    if at < 0 or lows[at] not in _OBJECT_PREPOSITIONS:
        return group
    # "ministers of the GCC states met": the people of the bloc act for it
    return (
        group if lows[at] == "of" and at > 0 and lows[at - 1] in view.vocab.people_plural else None
    )


def _named_before_head(view: SentenceView, head: int, lower: int) -> Group | None:
    """The party whose phrase the noun at ``head`` ends: "the North Korean foreign ministry
    *official*", "Swedish justice ministry *delegations*", "the UN human rights *body*"
    (a demonym used as an adjective counts: "the Israeli *delegation*")."""
    lows = view.lows
    covering = view.covering
    for probe in range(head - 1, max(lower - 1, head - 2 - _HEAD_REACH), -1):
        group = covering[probe]
        if group is not None:
            before = lows[group.start - 1] if group.start > 0 else ""
            return None if before in _OBJECT_PREPOSITIONS else group
        low = lows[probe]
        if not low.isalpha() or low in view.vocab.clause_words or low in view.vocab.glue:
            return None
    return None


#: How far back from "nations" the "and" of "X and a group of other nations" may be.
_UNNAMED_REACH: Final = 7


def _partner_of_unnamed(view: SentenceView, head: int, lower: int) -> Group | None:
    """ "Japan and a group of other industrial nations": the named party coordinated with
    an unnamed one (the phrase ending in a state noun at ``head``), else ``None``."""
    lows = view.lows
    for probe in range(head - 1, max(lower, head - _UNNAMED_REACH) - 1, -1):
        if view.covering[probe] is not None:
            return None
        low = lows[probe]
        if low == "and":
            group = view.covering[probe - 1] if probe > lower else None
            return None if group is None or group.modifiers_only else group
        if not low.isalpha() or low in view.vocab.clause_words:
            return None
    return None


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


def adverb(low: str) -> bool:
    """ "bluntly", "unexpectedly": an adverb in -ly between a subject and its verb."""
    return len(low) >= _SHORTEST_ADVERB and low.endswith("ly")


def _antecedent(view: SentenceView, index: int, lower: int) -> Group | None:
    """The group right before a relative pronoun at ``index`` (a comma between them), or
    before the apposition that ends there ("Musharraf, an ally in the war, who")."""
    probe = index - 1
    comma = probe >= lower and view.lows[probe] == ","
    if comma:
        probe -= 1
    group = view.covering[probe] if probe >= lower else None
    if group is None and comma:
        group = _before_apposition(view, index - 1, lower)
    if group is None or group.modifiers_only:
        return None
    return group


def _before_apposition(view: SentenceView, comma: int, lower: int) -> Group | None:
    """The group before an apposition that ends at ``comma``: "Lavrov, the Russian foreign
    minister, met", "Lavrov, who arrived on Monday, met". The stretch between the commas
    holds no clause mark and opens with an article, a relative pronoun or a party."""
    lows = view.lows
    covering = view.covering
    if lows[comma] in _DASHES:
        return _between_dashes(view, comma, lower)
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


#: Marks an apposition between dashes never crosses (it may hold a list with "and").
_SENTENCE_MARKS: Final = frozenset({".", ";", ":", "\u201c", "\u201d", '"'})
#: Dashes that enclose an apposition ("The three states - A, B and C - agreed").
_DASHES: Final = frozenset({"-", "\u2013", "\u2014"})


def _between_dashes(view: SentenceView, closing: int, lower: int) -> Group | None:
    """The subject around an apposition between dashes that closes at ``closing``: the
    party before the opening dash, else the one the apposition names ("The six states -
    Chile, Peru and Bolivia - agreed")."""
    lows = view.lows
    floor = max(lower, closing - _APPOSITION_REACH)
    opening = next(
        (i for i in range(closing - 1, floor - 1, -1) if lows[i] == lows[closing]), None
    )
    if opening is None or any(lows[i] in _SENTENCE_MARKS for i in range(opening, closing)):
        return None
    head = view.covering[opening - 1] if opening > lower else None
    inside = view.covering[closing - 1]
    for group in (head, inside):
        if group is not None and not group.modifiers_only:
            return group
    return None


#: Words that open an apposition or a relative clause after a comma.
_APPOSITION_OPENERS: Final = frozenset(
    {"the", "a", "an", "who", "which", "whose", "his", "her", "its", "their", "meanwhile"}
)
#: Marks an apposition never crosses.
_CLAUSE_MARKS: Final = frozenset({".", ";", ":", "\u201c", "\u201d", '"', "and", "but"})


def skip_light(view: SentenceView, position: int, lower: int) -> int:
    """Move left over "held a new round of", "issued an unusually frank", "will embark upon
    a three-day official" before a noun trigger (bounded): light words, and between them
    adverbs, quotation marks and at most :data:`_LOOSE_WORDS` other modifiers ("frank",
    "three-day"); the walk ends on a light word, never on a modifier."""
    lows = view.lows
    light = view.vocab.light
    index = start = position
    loose = 0
    while index > lower and position - index < _LIGHT_REACH:
        low = lows[index - 1]
        if low in light:
            start = index - 1
        elif view.covering[index - 1] is not None:
            break
        elif adverb(low) or low in _OPENING_QUOTES:
            pass
        elif loose < _LOOSE_WORDS and _modifier(low, view.vocab):
            loose += 1
        else:
            break
        index -= 1
    return start


#: How many modifiers that are not light words a light verb may be separated by.
_LOOSE_WORDS: Final = 2


def _modifier(low: str, words: WordClasses) -> bool:
    """A lower-case word that may modify an event noun ("frank", "three-day", "72-hour")."""
    return (
        low.replace("-", "").isalnum()
        and low not in words.clause_words
        and low not in words.reporting
        and low not in words.glue
    )


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
            if at < lower or lows[at] not in _OBJECT_PREPOSITIONS:
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
        if not (covered or skipped or low in _OBJECT_PREPOSITIONS):
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
    if not inside or _introducer(view.lows, inside[0].start) not in _OBJECT_PREPOSITIONS:
        return ()
    before = (group for group in free if group.end <= region_start)
    found = next(
        (g for g in before if _introducer(view.lows, g.start) not in _OBJECT_PREPOSITIONS), None
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
        if low in _CLAUSE_MARKS or low in RELATIVES:
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


#: Acts a demonym before their noun names the doer of ("an Iraqi attack", "Israeli
#: crackdown"); words of other kinds after a demonym are often trade or opinion ("Japanese
#: demand", "Japanese promises").
_OWNED_KINDS: Final = frozenset(
    {"FIGHT", "ASSAULT", "COERCE", "ARREST", "PROTEST", "MOBILIZE", "SANCTION"}
)


def demonym_owner(view: SentenceView, match: Trigger) -> Group | None:
    """The demonym that owns an event noun of force or protest ("Iraqi attack", "an Iraqi
    air raid", "Palestinian riots"): adjectives only, at most one lower-case word between them when the
    trigger is an event noun (before a verb form, that word may be the subject: "the
    German giants ousted")."""
    if match.kind not in _OWNED_KINDS:
        return None  # "stronger Japanese demand for U.S. goods": trade, not a demand
    start = match.start
    for gap in (1, 2) if match.nominal else (1,):
        probe = start - gap
        if probe < 0:
            return None
        group = view.covering[probe]
        if group is not None:
            return group if group.end == probe + 1 and group.modifiers_only else None
        if not (view.lows[probe].isalpha() and view.tokens[probe].text.islower()):
            return None
    return None
