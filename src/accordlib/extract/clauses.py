"""A trigger's clause: where its parties are looked for.

The region is the trigger's attribution's reported clause (or the whole sentence); within
it, the trigger's own clause is bounded by clause words before it ("but", "while", "who")
and after it ("but", ";", ", while").
"""

from __future__ import annotations

from accordlib.extract.attribution import region
from accordlib.extract.model import Attribution, Trigger
from accordlib.extract.view import SentenceView
from accordlib.extract.words import WordClasses

__all__ = ["Clause", "clause_of"]


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
