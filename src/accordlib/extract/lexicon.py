"""The event lexicon: trigger words and patterns compiled from the CAMEO verb dictionary.

``tools/gen_lexicon.py`` compiles PETRARCH-2's CAMEO verb dictionary (about 1,800 verbs
and 4,700 patterns, MIT licence) and a small curated table into three tables of
:mod:`accordlib.data`: ``lexicon_verbs.tsv`` (every trigger word with all its inflected
forms, generated at build time), ``lexicon_patterns.tsv`` (the patterns that refine a
trigger's reading) and ``lexicon_synsets.tsv`` (the word sets the patterns use). This
module loads them on first use and finds the triggers of one sentence.

A sentence is given as its list of lower-cased word tokens, as the extractor's tokenizer
makes them ("U.S." is one token, "Kazakhstan's" is "kazakhstan" + "'s", a punctuation
mark is a token of its own). :func:`match_triggers` returns one :class:`LexiconMatch` per
trigger, in token order:

    >>> from accordlib.extract.lexicon import match_triggers
    >>> words = "japan and germany signed a defence pact with india on monday .".split()
    >>> [(m.kind.name, m.cameo, words[m.head]) for m in match_triggers(words)]
    [('SIGN_AGREEMENT', '057', 'signed')]
    >>> words = "the ministers held talks with their chinese counterparts".split()
    >>> (match,) = match_triggers(words)
    >>> match.kind.name, match.nominal, words[match.support], match.target_slot
    ('MEET', True, 'held', 'with')
    >>> words = "two reporters were detained by the police".split()
    >>> (match,) = match_triggers(words)
    >>> match.kind.name, match.passive, match.source_slot, match.target_slot
    ('ARREST', True, 'by', 'subject')
    >>> words = "moscow turned the proposal down".split()
    >>> (match,) = match_triggers(words)
    >>> match.kind.name, [words[i] for i in match.particles]
    ('REJECT', ['down'])

What a match says (see :class:`LexiconMatch`): the trigger's token span and head, its
:class:`~accordlib.EventKind` and CAMEO code, the id of the entry or pattern that matched
(for :attr:`DiplomaticEvent.rule`), whether the trigger is verbal or nominal (and its
support verb: "held talks", "paid a visit"), passive voice, particles split from their
verb ("turn the proposal down"), whether the trigger only states an intention (CAMEO
03x: "pledged aid"), and where its source and target are to be looked for.

Cost: one dictionary look-up per token; at a trigger, the patterns anchored on the few
words after it (each element of a pattern must start within :data:`GAP` words of the
previous one, never across clause punctuation), so matching is linear in the length of
the sentence.
"""

from __future__ import annotations

import operator
from collections.abc import Container, Sequence
from typing import Final

import attrs

from accordlib._util.trusted import trusted
from accordlib.events.kinds import EventKind
from accordlib.extract.lexicon_tables import (
    LEXICON,
    Block,
    Element,
    Entry,
    Lexicon,
    Pattern,
    Synsets,
    Unit,
    trigger_forms,
)
from accordlib.extract.words import WORDS

__all__ = [
    "GAP",
    "PARTICLE_GAP",
    "LexiconMatch",
    "match_triggers",
    "trigger_forms",
]

#: How many words may stand between a trigger and the next element of its pattern, and
#: between two elements ("sent emergency food aid to": aid is two words after sent).
GAP: Final = 4
#: How many words may separate a verb from its particle ("turned the Russian offer down").
PARTICLE_GAP: Final = 3
#: How many words may stand between a preposition and its noun ("to the northern border").
NOUN_GAP: Final = 3
#: How many words may stand between a support verb and its noun ("held high-level talks").
SUPPORT_GAP: Final = 3
#: Words that end a clause: no gap, particle or support verb reaches across them.
STOPS: Final = frozenset(
    [",", ".", ";", ":", "!", "?", "(", ")", '"', "\u201c", "\u201d", "\u2014", "\u2013", "--"]
)
#: Quotation marks: a pattern's element may open with one ('termed it "deplorable"').
_QUOTES: Final = frozenset(['"', "\u201c", "\u201d"])
#: Words before a noun that make a verb form a noun ("the attack", "a visit").
_DETERMINERS: Final = frozenset(
    ("a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these",
     "those", "'s", "first", "latest", "new")
)  # fmt: skip
#: Words that end the reach of a support verb: "agreed to talks" is not "held talks".
_NOT_BETWEEN: Final = frozenset(
    ["to", "and", "or", "but", "that", "which", "who", "whom", "whose", "if"]
)
_BE: Final = frozenset(["is", "are", "was", "were", "be", "been", "being", "'s"])
#: Words allowed between a form of "be" and a participle: "was formally signed".
_BE_GAP: Final = frozenset(
    ["not", "n't", "never", "also", "already", "reportedly", "jointly", "been", "being"]
)


@attrs.frozen
class LexiconMatch:
    """One trigger of a sentence, over tokens ``start`` (inclusive) to ``end`` (exclusive).

    ``head`` is the trigger word (the verb or the event noun); ``support`` the support
    verb of a nominal trigger ("held" in "held talks"), else ``None``; ``particles`` the
    particles of a phrasal verb, also when split from it ("turned the offer down").
    ``pattern`` is the id of the lexicon entry or pattern that matched ("SIGN:sign",
    "CONFINE.27", "curated:talks_with"). ``intent`` is true when the trigger itself only
    states an intention (CAMEO 03x: "pledged aid" is aid ANNOUNCED).

    ``source_slot`` and ``target_slot`` say where the parties are: ``"subject"`` (before
    the trigger), ``"object"`` (after it), ``"by"`` (a passive's agent), ``"speaker"``
    (whoever says it: "X must ..." is the speaker's demand), a preposition that
    introduces the party after the trigger ("with", "to", "on", "against", "from"), or
    ``""`` when the trigger has no such party. Passives and reversed codes (hosting a
    visit) are already taken into account. ``complements`` are the positions where the
    pattern's words after the trigger (in a passive, also before it) were found: "pact"
    in "signed a defence pact", "talks" in "called for talks".
    """

    start: int
    end: int
    head: int
    kind: EventKind
    cameo: str
    pattern: str
    nominal: bool = False
    support: int | None = None
    passive: bool = False
    intent: bool = False
    source_slot: str = "subject"
    target_slot: str = "object"
    particles: tuple[int, ...] = ()
    complements: tuple[int, ...] = ()


#: Builds a match without attrs' ``__init__``: the matcher's values are final (ints,
#: tuples, strings, an EventKind).
_new_match: Final = trusted(LexiconMatch)
#: The tables, under the name the tests know them by.
_LEXICON: Final = LEXICON

# --------------------------------------------------------------------------- matching


def _units(units: tuple[Unit, ...], words: Sequence[str], at: int, synsets: Synsets) -> int:
    """The end of consecutive ``units`` matched from ``at``, or -1."""
    count = len(words)
    for unit in units:
        if at >= count:
            return -1
        if isinstance(unit, str):  # a synonym set: its longest phrase that is there
            for phrase in synsets.get(unit, {}).get(words[at], ()):
                size = len(phrase)
                if size == 1 or tuple(words[at : at + size]) == phrase:
                    at += size
                    break
            else:
                return -1
        elif words[at] in unit:
            at += 1
        else:
            return -1
    return at


def _element_at(element: Element, words: Sequence[str], at: int, synsets: Synsets) -> int:
    """The end of ``element`` matched starting exactly at ``at``, or -1."""
    if element.tag == "w":
        return _units(element.units, words, at, synsets)
    if element.tag == "p":
        if words[at] not in element.preps:
            return -1
        at += 1
        for item in element.items:
            if item.tag != "s":
                at = _search(item, words, at, NOUN_GAP, (), synsets)
                if at < 0:
                    return -1
        return at
    return at  # a slot


def _search(
    element: Element,
    words: Sequence[str],
    at: int,
    gap: int,
    skip: tuple[int, ...],
    synsets: Synsets,
    starts: list[int] | None = None,
) -> int:
    """The end of ``element`` found within ``gap`` words from ``at``, or -1 (``starts``,
    when given, receives the positions of the words it covers). A quantifier ("most of",
    "a portion of") does not count towards the gap."""
    count = len(words)
    limit = min(count, at + gap + 1)
    quantifiers = WORDS.get().quantifiers
    # Most positions fail on their first word: only those that may start the element are
    # read (bench_extract, 4 KB stories: ~6,000 searches a story, most over words that
    # start nothing).
    first = _first_words(element, synsets)
    position = at - 1
    while position + 1 < limit:
        position += 1
        if position in skip:
            continue
        word = words[position]
        if word in quantifiers:
            limit = min(count, limit + _quantifier_size(words, position, quantifiers))
        if first is None or word in first:
            end = _element_at(element, words, position, synsets)
            if end >= 0:
                if starts is not None:
                    starts.extend(range(position, end))
                return end
        if word in STOPS:
            if words[position] in _QUOTES and position + 1 < len(words):
                # a quotation mark opening the element itself: 'called him a "war criminal"'
                end = _element_at(element, words, position + 1, synsets)
                if end >= 0:
                    if starts is not None:
                        starts.extend(range(position + 1, end))
                    return end
            return -1
    return -1


def _first_words(element: Element, synsets: Synsets) -> Container[str] | None:
    """The words that ``element`` may start with (at any other word :func:`_element_at`
    fails at once), or ``None`` when any word may start it."""
    if element.tag == "p":
        return element.preps
    if element.tag != "w" or not element.units:
        return None
    unit = element.units[0]
    if isinstance(unit, str):
        return synsets.get(unit, {})  # a synonym set's phrases, by their first word
    return unit


def _quantifier_size(
    words: Sequence[str], at: int, quantifiers: dict[str, tuple[tuple[str, ...], ...]]
) -> int:
    """The length of the quantifier phrase at ``at`` ("most of": 2), or 0."""
    for phrase in quantifiers[words[at]]:
        if tuple(words[at : at + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _after(
    elements: tuple[Element, ...],
    words: Sequence[str],
    at: int,
    skip: tuple[int, ...],
    synsets: Synsets,
    starts: list[int] | None = None,
) -> int:
    """The end of ``elements`` found in order after ``at``, or -1."""
    for element in elements:
        if element.tag != "s":
            at = _search(element, words, at, GAP, skip, synsets, starts)
            if at < 0:
                return -1
    return at


def _before(elements: tuple[Element, ...], words: Sequence[str], at: int, synsets: Synsets) -> int:
    """Where ``elements``, found in order within reach before token ``at``, start; or -1."""
    for element in reversed(elements):
        if element.tag == "s":
            continue
        for position in range(at - 1, max(-1, at - GAP - 2), -1):
            if words[position] in STOPS:
                return -1
            end = _element_at(element, words, position, synsets)
            if 0 <= end <= at:
                at = position
                break
        else:
            return -1
    return at


def _particles(words: Sequence[str], at: int, after: tuple[str, ...]) -> tuple[int, ...] | None:
    """Token positions of a verb's particles: the first up to :data:`PARTICLE_GAP` words
    away ("turned the offer down"), the others right after it."""
    for position in range(at, min(len(words), at + PARTICLE_GAP + 1)):
        if words[position] == after[0]:
            rest = tuple(range(position + 1, position + len(after)))
            if all(
                index < len(words) and words[index] == word
                for index, word in zip(rest, after[1:], strict=True)
            ):
                return (position, *rest)
        if words[position] in STOPS:
            return None
    return None


def _passive(words: Sequence[str], start: int) -> int:
    """The position of the form of "be" before a participle at ``start``, or -1."""
    for position in range(start - 1, max(-1, start - 4), -1):
        word = words[position]
        if word in _BE:
            return position
        if word not in _BE_GAP and not word.endswith("ly"):
            return -1
    return -1


def _reduced_relative(words: Sequence[str], start: int, end: int) -> int:
    """The comma before a reduced passive relative with its agent ("relations with X,
    broken off by Y last year"): it stands where a passive's "be" would, so the noun
    before it is the participle's fronted object; -1 when there is none."""
    if start > 0 and words[start - 1] == "," and words[end : end + 1] == ["by"]:
        return start - 1
    return -1


def _support(words: Sequence[str], start: int, lexicon: Lexicon) -> int | None:
    """The support verb of a nominal trigger ("held high-level talks", "took part in
    talks"), if there is one: no clause boundary nor other trigger stands between them."""
    for position in range(start - 1, max(-1, start - SUPPORT_GAP - 2), -1):
        word = words[position]
        if word in lexicon.support:
            return position
        if word in STOPS or word in _NOT_BETWEEN or word in lexicon.forms:
            return None
    return None


_SWAP: Final = {"subject": "object", "object": "subject"}
_PASSIVE: Final = {"subject": "by", "object": "subject"}


def _slots(entry: Entry, pattern: Pattern | None, passive: bool) -> tuple[str, str]:
    if entry.pos == "modal":
        source, target = "speaker", "subject"
    elif entry.pos == "noun":
        source, target = "subject", ""
    else:
        source, target = "subject", "object"
    if pattern is not None:
        source = pattern.source_slot or source
        target = pattern.target_slot or target
    if entry.pos == "noun" and source != "subject" and not target:
        target = "subject"  # "took a call from X": the subject received it
    if entry.reverse or (pattern is not None and pattern.reverse):
        source, target = _SWAP.get(source, source), _SWAP.get(target, target)
    if passive:
        source, target = _PASSIVE.get(source, source), _PASSIVE.get(target, target)
    return source, target


# A reading of one entry at one word: (score, entry, pattern or None, start, end,
# pattern start, pattern end, particles, position of the passive's "be" or -1). A reading without a
# kind (no pattern kind, no entry kind) means "no event here".
_Score = tuple[int, int, int, int]
_Reading = tuple[_Score, Entry, Pattern | None, int, int, int, int, tuple[int, ...], int]


def _best_pattern(
    lexicon: Lexicon,
    block: Block,
    words: Sequence[str],
    where: tuple[int, int, int],
    particles: tuple[int, ...],
    present: frozenset[str],
) -> tuple[Pattern | None, int, int]:
    """The best pattern of ``block`` for a trigger over ``start..end`` (``be``: the
    position of the "be" of a passive, or -1), where its match starts (its elements
    before the trigger) and where it ends: curated patterns first (they correct the
    dictionary), then the most specific, then the first.

    Only patterns whose :attr:`Pattern.need` words are in the sentence (``present``)
    are searched, best first. In a passive, a pattern's first element may stand before
    the verb, as the subject: "sanctions were imposed on X" reads as "imposed sanctions
    on X".
    """
    start, end, be = where
    hits = present.intersection(block.words)
    if not hits and not block.always:
        return None, start, end
    synsets = lexicon.synsets
    for pattern in _candidates(block, hits):
        first_word = _before(pattern.before, words, start, synsets) if pattern.before else start
        if first_word < 0:
            continue
        stop = _after(pattern.after, words, end, particles, synsets)
        if stop < 0 and be >= 0 and pattern.after:
            first = pattern.first
            if _before(pattern.after[first : first + 1], words, be, synsets) >= 0:
                stop = _after(pattern.after[first + 1 :], words, end, particles, synsets)
        if stop >= 0:
            return pattern, first_word, stop
    return None, start, end


_RANK: Final = operator.attrgetter("rank")


def _candidates(block: Block, hits: frozenset[str]) -> Sequence[Pattern]:
    """The patterns of ``block`` that need one of the words ``hits`` or none, best rank
    first. The block's lists are in that order already (:func:`.lexicon_tables.load`), so
    when one list holds them all it is the answer, with no set and no sort (the common
    case: one needed word in the sentence)."""
    if not block.always and len(hits) == 1:
        (word,) = hits
        return block.needing[word]
    if not hits:
        return block.always
    candidates = set(block.always)
    for word in hits:
        candidates.update(block.needing[word])
    return sorted(candidates, key=_RANK, reverse=True)


def _which(alternatives: str, words: Sequence[str], start: int, end: int) -> str:
    """The preposition of ``alternatives`` ("to|for") that the match used."""
    options = alternatives.split("|")
    return next((word for word in words[start:end] if word in options), options[0])


def _read(
    lexicon: Lexicon, entry: Entry, words: Sequence[str], head: int, present: frozenset[str]
) -> _Reading | None:
    """The best reading of ``entry`` at ``head``, or ``None`` when it does not apply."""
    before, after = entry.before, entry.after
    start = head - len(before)
    if before and (start < 0 or tuple(words[start:head]) != before):
        return None
    end = head + 1
    particles: tuple[int, ...] = ()
    if after:
        found = _particles(words, end, after)
        if found is None:
            return None
        particles = found
    be = -1
    if words[head] in entry.participles:
        be = _passive(words, start)
        if be < 0:
            be = _reduced_relative(words, start, particles[-1] + 1 if particles else end)
    block = entry.patterns
    best, best_start, best_end = None, start, end
    if block is not None:
        best, best_start, best_end = _best_pattern(
            lexicon, block, words, (start, end, be), particles, present
        )
    if best is None and (
        entry.kind is None or (words[head] in lexicon.bare_off and not before and not after)
    ):
        return None
    words_matched = 1 + len(before) + len(after)
    if best is None:
        score = (0, words_matched, entry.curated, -entry.order)
    else:
        score = (best.curated, words_matched + best.literal, best.curated, -best.order)
    return score, entry, best, start, end, best_start, best_end, particles, be


def _build(lexicon: Lexicon, reading: _Reading, words: Sequence[str], head: int) -> LexiconMatch:
    """The match of a winning reading that has a kind."""
    _, entry, pattern, start, end, pattern_start, pattern_end, particles, be = reading
    if entry.pos in ("noun", "modal"):
        start = pattern_start  # "a telephone call": the noun phrase is the trigger
    # "a visit", "the attack" are nouns; "first signed", "the signed accord" are not.
    nominal = entry.pos == "noun" or (
        start > 0 and words[start - 1] in _DETERMINERS and words[head] not in entry.participles
    )
    support = _support(words, start, lexicon) if nominal else None
    source, target = _slots(entry, pattern, be >= 0)
    if "|" in target:
        target = _which(target, words, end, pattern_end)
    complements: list[int] = []
    if pattern is not None:
        synsets = lexicon.synsets
        if _after(pattern.after, words, end, particles, synsets, complements) < 0 and be >= 0:
            first = pattern.first
            front = _before(pattern.after[first : first + 1], words, be, synsets)
            complements = list(range(front, be))
            _after(pattern.after[first + 1 :], words, end, particles, synsets, complements)
            if target == "subject":  # the subject is the fronted object, not the target
                target = ""
    source_of = pattern if pattern is not None else entry
    kind = source_of.kind
    assert kind is not None
    return _new_match(
        start=support if support is not None else start,
        end=max(pattern_end, particles[-1] + 1 if particles else end),
        head=head,
        kind=kind,
        cameo=source_of.cameo,
        pattern=source_of.id,
        nominal=nominal,
        support=support,
        passive=be >= 0,
        intent=source_of.intent,
        source_slot=source,
        target_slot=target,
        particles=particles,
        complements=tuple(complements),
    )


def match_triggers(words: Sequence[str], skip: frozenset[str] = frozenset()) -> list[LexiconMatch]:
    """Every trigger of a sentence given as its lower-cased word tokens, in token order;
    words in ``skip`` are never read as triggers (the extractor reads reporting verbs as
    attributions).

    At each word, the best reading of every lexicon entry with that form wins: a curated
    pattern first, then the reading that matches most words (trigger, particles and
    pattern), then a curated one, then the first in the tables. A pattern without a kind
    means "no event here" ("held a session"), as does a curated "drop" entry. Where two
    triggers read the same words, one is kept: a support verb gives way to its noun ("held talks"),
    a pattern that takes in another trigger keeps it ("called for talks" is an appeal).
    """
    lexicon = LEXICON.get()
    forms = lexicon.forms
    gates = lexicon.gates
    found: list[tuple[_Score, LexiconMatch]] = []
    present = frozenset(words)
    for head, word in enumerate(words):
        entries = forms.get(word)
        if entries is None or word in skip:
            continue
        gate = gates.get(word)
        if gate is not None and gate.isdisjoint(present):
            continue  # "said": an event only through patterns whose words are not here
        best = _best_reading(lexicon, entries, words, head, present)
        if best is None:
            continue
        match = _build(lexicon, best, words, head)
        score = best[0]
        if match.support is not None:
            score = (score[0], score[1] + 1, score[2], score[3])
        found.append((score, match))
    return _resolve(found)


def _best_reading(
    lexicon: Lexicon,
    entries: tuple[Entry, ...],
    words: Sequence[str],
    head: int,
    present: frozenset[str],
) -> _Reading | None:
    """The best reading of the entries of one word, if it has a kind."""
    best: _Reading | None = None
    bare = words[head] not in lexicon.bare_off
    for entry in entries:
        if (entry.after and entry.after[0] not in present) or (
            entry.before and (head == 0 or words[head - 1] != entry.before[-1])
        ):
            continue  # a compound without its other words
        block = entry.patterns
        if (entry.kind is None or not (bare or entry.before or entry.after)) and (
            block is None or (not block.always and present.isdisjoint(block.words))
        ):
            continue  # only patterns code, and none can match
        reading = _read(lexicon, entry, words, head, present)
        if reading is not None and (best is None or reading[0] > best[0]):
            best = reading
    if best is None or (best[2] if best[2] is not None else best[1]).kind is None:
        return None
    return best


def _reach(match: LexiconMatch) -> tuple[int, int]:
    """The first token a match reads and the one after its last (span and complements)."""
    low = min([match.start, *match.complements])
    high = max([match.end, *(index + 1 for index in match.complements)])
    return low, high


def _resolve(found: list[tuple[_Score, LexiconMatch]]) -> list[LexiconMatch]:
    """Keep one reading where two triggers read the same words.

    A support verb's own reading gives way to the noun it supports ("held" in "held
    talks" is the talks); a trigger whose pattern takes in another trigger's head keeps
    it ("called for talks" is an appeal, the talks its object); two triggers that take in
    each other's heads keep the better score. Other triggers all stay.
    """
    dropped: set[int] = set()
    reach = [_reach(match) for _, match in found]
    order = sorted(range(len(found)), key=lambda index: reach[index][0])
    for place, index in enumerate(order):
        score, match = found[index]
        for other in order[place + 1 :]:
            if reach[other][0] >= reach[index][1]:
                break  # sorted by where they start: no later one reaches back
            other_score, other_match = found[other]
            covers = other_match.head in match.complements
            covered = match.head in other_match.complements
            supports = other_match.support == match.head or match.support == other_match.head
            if not (covers or covered or supports):
                continue
            if other_match.support == match.head:
                dropped.add(index)
            elif match.support == other_match.head or (covers and not covered):
                dropped.add(other)
            elif covered and not covers:
                dropped.add(index)
            else:
                dropped.add(other if score >= other_score else index)
    return [match for index, (_, match) in enumerate(found) if index not in dropped]
