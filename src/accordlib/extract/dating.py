"""When an event happened: the time expression that belongs to its trigger, resolved
against the story's publication date.

A trigger takes the nearest time expression of its clause that is not cut off from it
by a comma or another verb's "and"; failing that, one in its attribution's frame ("...,
Trump said on Tuesday"). An event without one may take the year of the named agreement
it carries out, or, in a story's lead, the story's own date.
"""

from __future__ import annotations

import datetime as dt
import itertools
from bisect import bisect_left

from accordlib.events.kinds import Factuality, Precision
from accordlib.extract.agreements import AgreementRef
from accordlib.extract.anaphora import StoryContext
from accordlib.extract.clauses import Clause
from accordlib.extract.model import DECISION_KINDS, Attribution, Trigger
from accordlib.extract.view import SentenceView
from accordlib.extract.words import WORDS
from accordlib.text.timex import Timex, resolve
from accordlib.text.tokens import Tokens

__all__ = ["date_event", "pick_timex"]

_FUTURE = (Factuality.PLANNED, Factuality.CONDITIONAL, Factuality.HYPOTHETICAL)
#: Factualities that the story's lead dates with the story's own date.
_LEAD_DATED = (Factuality.OCCURRED, Factuality.ANNOUNCED, Factuality.ONGOING)
#: Words that open a sentence with its time expression ("On Monday, ...").
_LEAD_WORDS = ("on", "last", "earlier", "later")


def pick_timex(view: SentenceView, match: Trigger, clause: Clause) -> tuple[Timex | None, bool]:
    """The temporal expression for a trigger; the flag says it came from the attribution."""
    timexes = view.timexes
    if not timexes:
        return None, False
    tokens = view.tokens
    attributions = view.attributions
    region_start = tokens[clause.region_start].start if clause.region_start < len(tokens) else 0
    region_end = tokens[min(clause.region_end, len(tokens)) - 1].end
    anchor = tokens[match.start].start
    inside = [
        t
        for t in timexes
        if region_start <= t.start
        and t.end <= region_end
        and not _timex_in_frame(t, tokens, attributions)
        and _same_stretch(t, match, tokens)
    ]
    if inside:
        return min(inside, key=lambda t: abs(t.start - anchor)), False
    framed = [t for t in timexes if _timex_in_frame(t, tokens, attributions)]
    if framed:
        return framed[0], True
    return None, False


def _lows_between(tokens: Tokens, low: int, high: int) -> list[str]:
    """The words of the tokens that start at offsets ``low..high`` (tokens are in text
    order, so two binary searches find them)."""
    starts = tokens.starts
    first = bisect_left(starts, low)
    last = bisect_left(starts, high, lo=first)
    return tokens.lows[first:last]


def _same_stretch(timex: Timex, match: Trigger, tokens: Tokens) -> bool:
    """No comma between the trigger and the expression (a sentence-initial one is fine)."""
    lows = tokens.lows
    anchor = tokens[match.start].start
    if timex.start < anchor:
        if timex.start == tokens[0].start or (
            len(tokens) > 1 and lows[0] in _LEAD_WORDS and timex.start <= tokens[1].start
        ):
            return True
        low, high = timex.end, anchor
        # "in 2020, when the UAE and Bahrain agreed to ...": the when-clause shares the date.
        between = _lows_between(tokens, low, high)
        if between[:2] == [",", "when"] and between.count(",") == 1:
            return True
    else:
        low, high = tokens[match.end - 1].end, timex.start
        between = _lows_between(tokens, low, high)
    glue = WORDS.get().glue
    if any(word == "and" and nxt in glue for word, nxt in itertools.pairwise(between)):
        return False  # "rejected X last month and has refused to meet": another verb's date
    return "," not in between


def _timex_in_frame(timex: Timex, tokens: Tokens, attributions: list[Attribution]) -> bool:
    for attribution in attributions:
        if attribution.frame_end <= attribution.frame_start:
            continue
        first = tokens[attribution.frame_start].start
        last = tokens[min(attribution.frame_end, len(tokens)) - 1].end
        if first <= timex.start and timex.end <= last:
            return True
    return False


def date_event(
    timex: Timex | None,
    framed: bool,
    factuality: Factuality,
    kind: str,
    agreement: AgreementRef,
    ctx: StoryContext,
) -> tuple[Factuality, dt.date | None, Precision, str | None]:
    """The event's date, precision and date text; and its factuality, which a date can
    correct (a decision "announced" years ago has long happened)."""
    future = factuality in _FUTURE
    published = ctx.published
    date: dt.date | None = None
    precision = "UNKNOWN"
    date_text: str | None = None
    if timex is not None and not (framed and future):
        date, precision = resolve(timex, published, future=future)
        date_text = timex.text
    elif (
        agreement.before
        and agreement.year is not None
        and kind in DECISION_KINDS
        and factuality is Factuality.OCCURRED
    ):
        date, precision = dt.date(agreement.year, 1, 1), "YEAR"
    elif (
        ctx.sentence_index == 0
        and ctx.lead_anchors
        and published is not None
        and factuality in _LEAD_DATED
    ):
        date, precision = published, "DAY"
    if date is None:
        return factuality, None, Precision.UNKNOWN, date_text
    if (
        factuality is Factuality.ANNOUNCED
        and published is not None
        and precision == "YEAR"
        and date.year < published.year
    ):
        factuality = Factuality.OCCURRED  # a decision announced years ago has long happened
    return factuality, date, Precision[precision], date_text
