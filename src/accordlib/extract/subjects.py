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

from typing import Final

from accordlib.events.kinds import ActorKind
from accordlib.extract.model import Group, Trigger
from accordlib.extract.view import SentenceView
from accordlib.extract.words import WordClasses

__all__ = [
    "CLAUSE_MARKS",
    "OBJECT_PREPOSITIONS",
    "RELATIVES",
    "adverb",
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
OBJECT_PREPOSITIONS: Final = frozenset(
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
    if at < 0 or lows[at] not in OBJECT_PREPOSITIONS:
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
            return None if before in OBJECT_PREPOSITIONS else group
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
        if low in CLAUSE_MARKS:
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
CLAUSE_MARKS: Final = frozenset({".", ";", ":", "\u201c", "\u201d", '"', "and", "but"})


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
