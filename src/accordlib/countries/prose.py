"""Country mentions in running text: one scan over the capitalised words."""

from __future__ import annotations

import heapq
import operator
import re
from collections.abc import Iterable
from datetime import date

import attrs

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib._util.lazy import Lazy, lazy_re
from accordlib._util.memo import memoized
from accordlib._util.text import require_str
from accordlib.countries.anaphora import anaphor_mentions, triggers
from accordlib.countries.context import (
    CUES,
    TextCues,
    context_allows,
    disambiguate,
    is_a_place,
    is_locality,
    names_a_sea,
)
from accordlib.countries.foreign import adjective_mentions, is_english
from accordlib.countries.fuzzy import MIN_LENGTH, near_miss_kind
from accordlib.countries.index import Index, Surface, fold_ascii, index, unspaced
from accordlib.countries.key import name_key
from accordlib.countries.model import Country, CountryMention, MentionKind
from accordlib.countries.periods import at_date

__all__ = ["find_countries"]

_NAME = MentionKind.NAME
_CAPITAL = MentionKind.CAPITAL
# The kinds whose context may make them no state there (a town, a sea, a place).
_CHECKED = frozenset({_NAME, _CAPITAL})
_START = operator.methodcaller("start")
_START_OF = operator.attrgetter("start")
#: The words find_countries notes for the phrases that stand for a state ("Kingdom").
TRIGGERS: Lazy[frozenset[str]] = Lazy(triggers)


def find_countries(
    text: str, *, date: PublishedLike = None, places: bool = False
) -> list[CountryMention]:
    """Find the countries named in running text: names, aliases, codes, demonyms, capitals.

    Whole words only, the longest spelling first, non-overlapping, in text order, with exact
    offsets (``text[m.start:m.end] == m.text``). Names must be capitalised as in prose;
    ambiguous names ("Korea", "Congolese") and look-alikes ("New Mexico", "Papua",
    "Michael Jordan", "Atlanta, Georgia") are not reported, nor is a capital named as the
    place where something happens ("met in Riyadh", "the embassy in Oslo") unless
    ``places`` is true; a capital standing for its government is ("Riyadh said")::

        >>> [(m.text, m.country.alpha3, m.kind.name) for m in find_countries(
        ...     "Israeli and Saudi officials met in Riyadh; the U.S. sent an envoy.")]
        [('Israeli', 'ISR', 'DEMONYM'), ('Saudi', 'SAU', 'DEMONYM'), ('U.S.', 'USA', 'ALIAS')]
        >>> [m.text for m in find_countries("They met in Riyadh.", places=True)]
        ['Riyadh']

    One scan over the capitalised words; a word that starts a known spelling is looked up in
    a dict, and only then is the (small, cached) pattern of that word's spellings tried, the
    longest first. Blocked look-alikes and ambiguous names consume their span silently.
    """
    require_str(text, "text")
    day = None if date is None else coerce_published(date, what="date")
    idx = index()
    simple = idx.simple
    contextual = CUES.get().contextual
    mention = idx.mention
    found: list[CountryMention] = []
    triggers = TRIGGERS.get()
    triggered: list[tuple[str, int]] = []
    skipped: list[tuple[int, int]] = []  # spans of towns, seas and capitals named as places
    ctx: TextCues | None = None  # built for the first mention that needs its context
    last_end = 0
    size = len(text)
    for candidate in _candidates(idx, text):
        start = candidate.start()
        head = candidate.group()
        if start < last_end or (text[start - 1 : start].isalnum() and not unspaced(head)):
            continue
        end = candidate.end()
        surface = simple.get(head)
        if surface is None:
            spelled = _longest_spelling(idx, text, head, start, end)
            if spelled is None:
                _note_trigger(head, start, triggers, triggered)
                continue
            surface, end = spelled
        elif end < size and text[end].isdigit():
            continue
        last_end = end
        entry = surface.entry
        if day is not None and surface.kind is not MentionKind.CODE:
            dated = at_date(surface.text, entry, day)
            if dated is not entry:
                surface = Surface(surface.text, dated, surface.kind)
                entry = dated
        if isinstance(entry, tuple) or surface.text in contextual:
            if ctx is None:
                ctx = TextCues(text)
            chosen = _in_context(surface, start, end, ctx)
            if chosen is None:
                continue
            entry = chosen
        if surface.kind in _CHECKED and _not_the_state(surface.kind, text, start, end, places):
            skipped.append((start, end))  # read, and no state there: not read again
            continue
        found.append(mention(text[start:end], start, end, entry, surface.kind))
    found = _with_slips(text, found, places)
    return _with_adjectives(text, found, day, (triggered, skipped), places)


# A capitalised ASCII word (or one in capitals: "PHILPPINES") of MIN_LENGTH letters or more;
# what may touch it is checked after the match (a pattern with look-arounds tries every
# position of the text and costs 4x).
_LONG_WORD = lazy_re(rf"[A-Z](?:[a-z]{{{MIN_LENGTH - 1},}}|[A-Z]{{{MIN_LENGTH - 1},}})")
# The same with a letter outside ASCII ("Türkyie"), read in English text only: in other
# languages a word that folds one slip from an English spelling is often a word of theirs.
_LONG_OTHER_WORD = lazy_re(rf"[^\W\d_]{{{MIN_LENGTH},}}")
# What joins a word to the one before it ("Sino-Saudi", "U.S.-Pakistan"); after it, a
# hyphen only (a dot after a word ends its sentence).
_JOINED = frozenset("-.")
# An apostrophe after a word, and the length of a case ending after it that makes the word
# not English ("Islambad's" is read, "Atinaya'da" is not).
_APOSTROPHES = frozenset("'’")
_ENDING_AFTER = 2
_KINDS = {kind.value: kind for kind in MentionKind}
# _slip remembers the words it read (a slip: (country, kind), or () for none). News copy repeats
# its capitalised words ("Tuesday", "President"): about 3 us a new word, 0.2 us a known one.


def _with_slips(text: str, found: list[CountryMention], places: bool) -> list[CountryMention]:
    """``found`` with the names one typing slip from a country's English spelling
    ("Islambad", "Pyngyang", "Bahrian"; see :mod:`accordlib.countries.fuzzy`) outside the
    mentions found, in text order. A slip of a capital named as a place is no mention, as
    the capital spelt right is not; a spelling the tables know is left to them (a look-alike
    they block, a misspelling or an airline they keep out of prose: "Emirates")."""
    extra: list[CountryMention] = []
    for match in _long_words(text):
        word = match.group()
        slip = _slip(word)
        if not slip:
            continue
        start, end = match.span()
        if not _alone(text, start, end) or any(m.start < end and m.end > start for m in found):
            continue
        kind = _KINDS[slip[1]]
        if kind is _CAPITAL and not places and is_a_place(text, start, end):
            continue
        extra.append(CountryMention(word, start, end, slip[0], kind))
    if not extra:
        return found
    return sorted([*found, *extra], key=_START_OF)


def _long_words(text: str) -> Iterable[re.Match[str]]:
    """The capitalised words (or words in capitals) long enough to be read as slips, in
    text order; words with letters outside ASCII only in English text."""
    words: Iterable[re.Match[str]] = _LONG_WORD.finditer(text)
    if text.isascii() or not is_english(text):
        return words
    others = [m for m in _LONG_OTHER_WORD.finditer(text) if _capitalised_other(m.group())]
    if not others:
        return words
    return heapq.merge(words, others, key=_START)


def _capitalised_other(word: str) -> bool:
    """Whether ``word`` has a letter outside ASCII and is capitalised ("Türkyie")."""
    return not word.isascii() and word[0].isupper() and word[1:].islower()


@memoized(max_entries=16384, max_key_length=40)
def _slip(word: str) -> tuple[Country, str] | tuple[()]:
    """The slip ``word`` is, or ``()``: none, or a spelling the tables know (with letters
    outside ASCII: one whose key they know, "Ｍｏｒｏｃｃｏ" in full-width letters)."""
    idx = index()
    if word.isascii():
        key = word.lower()
    else:
        key = name_key(word)
        if key in idx.keyed:
            return ()
    slip = near_miss_kind(key)
    if slip is None:
        return ()
    return () if word in idx.exact or fold_ascii(word) in idx.folded else slip


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` stands alone: no letter, digit, hyphen or dot
    joined to it, no case ending after an apostrophe."""
    before = text[start - 1 : start]
    if before and (before.isalnum() or before in _JOINED):
        return False
    after = text[end : end + 1]
    if after.isalnum() or after == "-":
        return False
    if after and after in _APOSTROPHES:
        ending = text[end + 1 : end + 1 + _ENDING_AFTER]
        return not (ending.isalpha() and ending.islower() and len(ending) == _ENDING_AFTER)
    return True


def _with_adjectives(
    text: str,
    found: list[CountryMention],
    day: date | None,
    read: tuple[list[tuple[str, int]], list[tuple[int, int]]],
    places: bool,
) -> list[CountryMention]:
    """``found`` with the phrases that stand for a state it names ("the Kingdom") and the
    adjectives (and capitals) of other languages of a text not in English, in text order; a
    capital named as a place is left out, as in the scan ("Atina'ya gitti"). ``read`` holds
    the trigger words noted and the spans the scan read and skipped (a capital named as a
    place is not read again as a case form of a name: "в Москве")."""
    triggered, skipped = read
    extra = anaphor_mentions(text, found, triggered)
    if extra:
        found = sorted([*found, *extra], key=_START_OF)
    if is_english(text):
        return found
    taken = [(m.start, m.end) for m in found]
    if skipped:
        taken = sorted([*taken, *skipped])
    adjectives = adjective_mentions(text, taken)
    if not places:
        adjectives = [
            m for m in adjectives if m.kind is not _CAPITAL or not is_a_place(text, m.start, m.end)
        ]
    if not adjectives:
        return found
    if day is not None:
        adjectives = [_dated(m, day) for m in adjectives]
    return sorted([*found, *adjectives], key=_START_OF)


def _dated(found: CountryMention, day: date) -> CountryMention:
    """An adjective's mention with its country at ``day`` (a state that then existed)."""
    entry = at_date(found.text, found.country, day)
    if isinstance(entry, tuple):
        return found
    return attrs.evolve(found, country=entry)


def _not_the_state(kind: MentionKind, text: str, start: int, end: int, places: bool) -> bool:
    """Whether a name or capital found at ``text[start:end]`` is not the state there: a
    town or county named like it ("Lebanon Township", "Lebanon, Pa."), a sea ("Golfe de
    Guinée"), a capital named as a place ("the embassy in Oslo"; kept with ``places``)."""
    if kind is _NAME:
        return is_locality(text, end) or names_a_sea(text, start)
    return kind is _CAPITAL and not places and is_a_place(text, start, end)


def _note_trigger(
    head: str, start: int, triggers: frozenset[str], triggered: list[tuple[str, int]]
) -> None:
    """Note a word that starts no spelling here but may be in a phrase standing for a state
    named before ("Kingdom" of "the Kingdom", see :mod:`accordlib.countries.anaphora`)."""
    if head in triggers:
        triggered.append((head, start))


def _candidates(idx: Index, text: str) -> Iterable[re.Match[str]]:
    """The known first words of spellings in ``text``, in text order: the ASCII scan, and
    for other text the scans of other scripts ("Österreich", "Россия") and of scripts
    written without spaces ("印尼"), merged."""
    candidates: Iterable[re.Match[str]] = idx.scanner().finditer(text)
    if text.isascii():
        return candidates
    others = [*idx.scanner_other().finditer(text), *idx.scanner_unspaced().finditer(text)]
    if not others:
        return candidates
    others.sort(key=_START)
    return heapq.merge(candidates, others, key=_START)


def _longest_spelling(
    idx: Index, text: str, head: str, start: int, end: int
) -> tuple[Surface, int] | None:
    """The longest spelling that starts with the word ``head`` at ``text[start:end]``, and
    where it ends; ``None`` when none of them is there as whole words."""
    after = text[end : end + 2]
    if after[:1].isspace() and (after[:1] != " " or after[1:].isspace()):
        # Unusual whitespace (a wrapped line): the pattern allows any run of it.
        pattern = idx.matchers.get(head) or idx.matcher(head)
        match = pattern.match(text, start)
        if match is None:
            return None
        matched = match.group()
        return idx.prose.get(matched) or idx.prose[" ".join(matched.split())], match.end()
    # The spellings that start with this word, longest first: the rest of the spelling must
    # follow, then a non-word character. Only the tails that start with the next two
    # characters can follow; the tails shorter than that (the word alone) are shorter still.
    by_start = idx.tails_by_start[head]
    options = by_start.get(after)
    for tail, option in by_start[""] if options is None else options:
        if text.startswith(tail, end):
            stop = end + len(tail)
            if tail and tail[-1].isalnum() and text[stop : stop + 1].isalnum():
                continue
            if not tail and text[stop : stop + 1].isdigit():
                continue
            return option, stop
    return None


def _in_context(surface: Surface, start: int, end: int, ctx: TextCues) -> Country | None:
    """The country a spelling that needs its context names there, or ``None``.

    Blocked look-alikes name none; ambiguous names are reported only when the neighbourhood
    names one of the candidates ("Goma, in eastern Congo"); names that are also a person's,
    a US state's or a bird's are checked by their rules.
    """
    entry = surface.entry
    if isinstance(entry, tuple):
        return disambiguate(entry, start, end, ctx) if len(entry) > 1 else None
    if context_allows(surface.text, ctx.text, start, end, ctx):
        return entry
    return None
