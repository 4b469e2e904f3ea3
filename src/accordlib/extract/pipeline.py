"""Diplomatic events from wire stories: rule-based, explainable, dated and attributed.

:func:`extract_events` reads a story sentence by sentence, in two passes. The story's
body becomes one annotated :class:`~accordlib.text.document.Document`: its sentences, and
the officials, countries and time expressions found once in its text.

The first pass finds each sentence's triggers (:func:`_to_read`): a cheap pre-test skips
sentences no rule can match (:func:`~.triggers.may_trigger`); the others are tokenised
(once) and the rule table is matched (:mod:`~.triggers`). Only a trigger makes an event,
and the story context only serves later triggers, so a story without a trigger ends here
and the sentences after its last trigger are not read further. The second pass reads the
sentences up to that one. For each:

1. a sentence that the pre-test skipped only updates the story context
   (:func:`~.anaphora.light_update`);
2. a :class:`~.view.SentenceView` is made of its tokens; the parties it names are found
   (:mod:`~.mentions`), coordinated parties are grouped;
3. the attributions are found and resolve pronouns (:mod:`~.attribution`);
4. each trigger becomes an event in named steps (:mod:`~.build`: roles, agreement,
   anaphora, location, factuality, dating);
5. the story context learns what the sentence named and reported (:mod:`~.anaphora`).

Repeated reports of one event are then merged (:mod:`~.merge`). Everything is a bounded
scan over the tokens of one sentence, so the cost is linear in the length of the story.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final, NamedTuple

import regex

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib._util.lazy import lazy_regex
from accordlib._util.text import require_str
from accordlib.events.model import DiplomaticEvent
from accordlib.extract.actors import find_actors
from accordlib.extract.actors_model import ActorMention
from accordlib.extract.anaphora import StoryContext, light_update, update_context
from accordlib.extract.attribution import attribute
from accordlib.extract.background import part_of_battle
from accordlib.extract.build import build_event
from accordlib.extract.coding import mutual_reverse
from accordlib.extract.confidence import DEFAULT_MIN_CONFIDENCE
from accordlib.extract.coordination import group_parties
from accordlib.extract.counterpart import StoryParties
from accordlib.extract.guards import Guards, corporate_story
from accordlib.extract.mentions import find_mentions
from accordlib.extract.merge import WEAK_LOCAL, WEAK_NEARBY, merge_events
from accordlib.extract.model import Trigger
from accordlib.extract.triggers import glued_trigger, may_trigger, trigger_matches
from accordlib.extract.view import SentenceView
from accordlib.text.document import Document, Sentence
from accordlib.text.tokens import Tokens
from accordlib.wire.model import SegmentKind, Story
from accordlib.wire.story import parse_story

__all__ = ["MAX_SENTENCE_TOKENS", "extract_events"]

#: Sentences longer than this many tokens are cut (a bound on per-sentence work, never an
#: error).
MAX_SENTENCE_TOKENS = 160

#: "This story has been updated ...": an editor's note, not news.
#: Words that open an intention's own complement ("promised that ...", "pledged to ..."),
#: looked for this many words after the trigger.
_COMPLEMENT: Final = frozenset({"that", "to"})
_COMPLEMENT_REACH: Final = 2
_UPDATE_NOTE = lazy_regex(
    r"\A(?:This|The)\s(?:story|article|report)\b.{0,60}?\b(?:has|have|was|were)\s(?:been\s)?(?:updated|corrected)",
    regex.IGNORECASE,
)


def extract_events(
    story: Story | str,
    *,
    published: PublishedLike = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[DiplomaticEvent]:
    """Return the diplomatic events a story reports, in the order the story tells them.

    ``story`` is a :class:`~accordlib.Story` or the raw text of one (parsed with
    :func:`~accordlib.parse_story`). Offsets are into the story's text. Relative dates
    are resolved against the story's own date (:attr:`Story.date <accordlib.Story.date>`:
    its dateline's date, resolved against ``published``, else ``published``).

    Each event has a :attr:`~accordlib.DiplomaticEvent.confidence`; events below
    ``min_confidence`` (0.5 by default) are not returned: raise it for precision, lower
    it for recall (see :doc:`/extracting-events`).

    >>> from accordlib import extract_events
    >>> text = "Japan and Germany signed a defense pact on Monday, officials said."
    >>> event, = extract_events(text, published="2026-02-18")
    >>> event.kind.name, [a.name for a in event.actors], event.agreement
    ('SIGN_AGREEMENT', ['Japan', 'Germany'], 'defense agreement')
    >>> event.factuality.name, event.date, event.date_precision.name, event.rule
    ('OCCURRED', datetime.date(2026, 2, 16), 'DAY', 'sign.verb')
    """
    return _extract(story, published, min_confidence)


def _extract(
    story: Story | str,
    published: PublishedLike,
    min_confidence: float,
    *,
    every_sentence: bool = False,
) -> list[DiplomaticEvent]:
    """:func:`extract_events`; ``every_sentence`` reads every sentence in full (the full
    path that :func:`_to_read`'s shortcut is tested against)."""
    text, parsed, anchor = _read_story(story, published)
    # Events are read from the body paragraphs only.
    body = [(s.start, s.end) for s in parsed.segments if s.kind is SegmentKind.BODY]
    doc = Document(text, body)
    readings = _to_read(doc, every_sentence=every_sentence)
    if not readings:
        return []  # no trigger anywhere: the story's parties need not be looked for
    ctx = StoryContext(anchor, lead_anchors=len(doc.sentences) > 1)
    ctx.guards = Guards(corporate=corporate_story(text))
    ctx.min_confidence = min_confidence
    if parsed.dateline is not None:
        ctx.dateline_country = parsed.dateline.country
    actors = doc.layer(lambda whole: find_actors(whole, date=anchor))
    if ctx.lead_anchors:
        ctx.parties = StoryParties(actors.items)
    events: list[DiplomaticEvent] = []
    weak: list[int] = []
    numbers: list[int] = []  # the story sentence of each event
    for reading in readings:
        sentence = reading.sentence
        for event, feeble in _sentence_events(
            doc, reading, actors.within(sentence.start, sentence.end), ctx
        ):
            events.append(event)
            weak.append(feeble)
            numbers.append(ctx.sentence_index)
        ctx.sentence_index += 1
    return merge_events(events, weak, numbers)


class _Reading(NamedTuple):
    """A sentence as the first pass read it: its text, its tokens when a rule may match
    it (else ``None``) and its triggers (pure functions of its words)."""

    sentence: Sentence
    printed: str
    tokens: Tokens | None
    matches: list[Trigger]


def _to_read(doc: Document, *, every_sentence: bool = False) -> list[_Reading]:
    """The sentences to read in full, in order: every sentence up to the last one with a
    trigger (editor's notes left out); none when no sentence has one.

    Only a trigger makes an event, and what a sentence adds to the story's context only
    serves the triggers of the sentences after it, so the sentences after the last
    trigger, and a story without any, need no parties, mentions or attributions. On real
    wire items (benchmarks/data, Reuters 1987) half the stories have no trigger and half
    the sentences come after the last one; a story's triggers are found before anything
    else, so a sentence's tokens and triggers are made once, here.
    """
    readings: list[_Reading] = []
    last = 0
    for sentence in doc.sentences:
        printed = sentence.text
        if _UPDATE_NOTE.match(printed):
            continue
        tokens, matches = _tokens_to_read(sentence, printed)
        readings.append(_Reading(sentence, printed, tokens, matches))
        if matches or every_sentence:
            last = len(readings)
    del readings[last:]
    return readings


def _read_story(story: Story | str, published: PublishedLike) -> tuple[str, Story, dt.date | None]:
    """The story's text, the parsed story and the date its relative dates are resolved
    against."""
    if isinstance(story, str):
        parsed = parse_story(story, published=coerce_published(published))
    else:
        candidate: object = story
        if not isinstance(candidate, Story):
            require_str(candidate, "story")  # raises InputTypeError naming the type
        parsed = story
        if published is not None:
            # The caller's date resolves the dateline again: the story's own date.
            parsed = parse_story(story.text, published=coerce_published(published))
    return parsed.text, parsed, parsed.date


def _tokens_to_read(sentence: Sentence, printed: str) -> tuple[Tokens | None, list[Trigger]]:
    """The sentence's tokens when a rule may match it, ``None`` when none can (the cheap
    pre-test, then a check of the trigger words it cannot see, confirmed by the rules);
    and its triggers."""
    lower = printed.lower()
    if may_trigger(lower):
        tokens = _tokens(sentence)
        return tokens, trigger_matches(tokens.lows)
    if not glued_trigger(lower):
        return None, []
    tokens = _tokens(sentence)
    matches = trigger_matches(tokens.lows)
    return (tokens, matches) if matches else (None, [])


def _tokens(sentence: Sentence) -> Tokens:
    tokens = sentence.tokenize()
    if len(tokens) > MAX_SENTENCE_TOKENS:
        tokens = Tokens(tokens[:MAX_SENTENCE_TOKENS])
    return tokens


def _sentence_events(
    doc: Document,
    reading: _Reading,
    actors: Sequence[ActorMention],
    ctx: StoryContext,
) -> list[tuple[DiplomaticEvent, int]]:
    """The events of one sentence, each with how weak its trigger is (:func:`_weakness`);
    the story context learns what it names."""
    sentence, printed, tokens, matches = reading
    if tokens is None:
        light_update(ctx, printed, actors)
        return []
    view = SentenceView(doc.text, sentence.start, sentence.end, tokens, printed)
    view.entities = find_mentions(view, ctx, actors)
    view.matches = matches
    view.groups = group_parties(tokens, [e for e in view.entities if e.kind != "agreement"])
    if not view.matches and not any(view.quoted):
        # No trigger and no quotation: only the context (who was named) needs updating.
        update_context(ctx, view, [])
        return []
    attribute(view, ctx)
    view.index_groups()
    view.timexes = doc.timexes.within(sentence.start, sentence.end)
    view.agreements = [e for e in view.entities if e.kind == "agreement"]
    events: list[DiplomaticEvent] = []
    weak: list[int] = []
    for match in view.matches:
        event = build_event(view, match, ctx, events)
        if event is None and match.fallback is not None:
            match = match.fallback  # noqa: PLW2901 - the lexicon's reading of the same words
            event = build_event(view, match, ctx, events)
        if event is not None:
            events.append(event)
            weak.append(_weakness(view.lows, match))
            other = mutual_reverse(view, match, event)  # "accused each other": both ways
            if other is not None:
                events.append(other)
                weak.append(weak[-1])
    kept = [
        (event, feeble)
        for event, feeble in zip(events, weak, strict=True)
        if not part_of_battle(event, events)
    ]
    update_context(ctx, view, [event for event, _ in kept])
    return kept


def _weakness(lows: Sequence[str], match: Trigger) -> int:
    """0 for a strong trigger; a weak intention with its own complement ("promised that
    ...", "pledged to ...") gives way only within its sentence, other weak triggers
    ("discussed", a bare "We agreed") to the sentence before too."""
    if not match.weak:
        return 0
    if match.kind == "EXPRESS_INTENT" and not _COMPLEMENT.isdisjoint(
        lows[match.end : match.end + _COMPLEMENT_REACH]
    ):
        return WEAK_LOCAL
    return WEAK_NEARBY
