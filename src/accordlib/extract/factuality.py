"""Whether an event happened: tense, modality, negation and conditions around its trigger.

The words read are the trigger's modality cues (from the end of its subject, or a few
words back, to the trigger), the trigger itself and a few words after it; conditions are
read in the whole clause. The order of the tests is the order of precedence: negated,
conditional, (a speech act happened), hypothetical, decided, planned, ongoing, occurred.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from accordlib.events.kinds import Factuality
from accordlib.extract.model import DECISION_KINDS, Attribution, Trigger
from accordlib.extract.words import WORDS, WordClasses
from accordlib.text.timex import Timex, TimexKind

__all__ = ["conditional_sentence", "factuality"]

#: Words after the trigger read for negation ("agreed not to").
_AFTER_REACH = 8
#: Words after a noun trigger read for its predicate ("a meeting ... was not planned").
_PREDICATE_REACH = 20


def factuality(
    lows: list[str],
    cue_start: int,
    match: Trigger,
    region_end: int,
    attribution: Attribution | None,
    timex: Timex | None,
) -> Factuality:
    """Tense, modality, negation and conditions around the trigger decide the factuality."""
    words = WORDS.get()
    count = len(lows)
    before = lows[cue_start : match.start]
    trigger = lows[match.start : match.end]
    after = lows[match.end : min(region_end, match.end + _AFTER_REACH, count)]
    # "refused to meet": the refusal is the event, its own word is no negation of it.
    window = before if match.kind == "REJECT" else before + trigger[:1]
    if match.nominal:
        # "a meeting between X and Y was not planned": the predicate follows the noun.
        window += _predicate(lows, match.end, min(region_end, match.end + _PREDICATE_REACH))
    clause_words = lows[cue_start : min(region_end, count)]
    # Set tests (isdisjoint) rather than word-by-word loops: this runs for every trigger.
    phrase_words = before if match.kind == "REJECT" else before + trigger + after
    if not words.negation.isdisjoint(window) or _has_phrase(phrase_words, words.negation_phrase):
        return Factuality.NEGATED
    if not words.condition.isdisjoint(clause_words) or _has_phrase(
        clause_words, words.condition_phrase
    ):
        return Factuality.CONDITIONAL
    if match.mode == "speech":
        return Factuality.OCCURRED
    if not words.hypothetical.isdisjoint(window):
        return Factuality.HYPOTHETICAL
    return _tense(match, before, window, attribution, timex, words)


def _predicate(lows: list[str], start: int, end: int) -> list[str]:
    """The words after an event noun that may be its predicate, up to a comma followed by
    a reporting verb: in "Clark, winding up a visit to Ottawa, said he never ...", the
    words after the apposition are the main clause's, not the noun's."""
    words = lows[start:end]
    reporting = WORDS.get().reporting
    for index, low in enumerate(words[:-1]):
        if low == "," and words[index + 1] in reporting:
            return words[:index]
    return words


def _tense(
    match: Trigger,
    before: list[str],
    window: list[str],
    attribution: Attribution | None,
    timex: Timex | None,
    words: WordClasses,
) -> Factuality:
    """Decided, planned, ongoing or occurred."""
    decided = not words.decided.isdisjoint(before)
    if "to" in before and decided:
        return Factuality.ANNOUNCED  # "agreed to resume summits": decided, not yet done
    # The trigger's own verb is no cue of its tense ("set the trawler on fire").
    cues = before + window[len(before) + 1 :] if match.start == match.head else window
    if not words.future.isdisjoint(cues) or (bool(before) and before[-1] == "to"):
        if decided:
            return Factuality.ANNOUNCED
        # "Uzbekistan will join the accords, the White House announced": a decision made
        # public (but "X will lead the way, Trump told Time" is a prediction: PLANNED).
        if attribution is not None and attribution.verb in words.announcing and "will" in window:
            return Factuality.ANNOUNCED
        return Factuality.PLANNED
    if timex is not None and timex.kind == TimexKind.VAGUE_FUTURE:
        return Factuality.PLANNED
    if _progressive(match, before, window, words):
        if match.kind in DECISION_KINDS:
            return Factuality.ANNOUNCED
        return Factuality.ONGOING
    if (
        timex is not None
        and timex.kind in (TimexKind.WEEK_OFFSET, TimexKind.MONTH_OFFSET)
        and timex.offset > 0
    ):
        return Factuality.PLANNED
    return Factuality.OCCURRED


def _progressive(match: Trigger, before: list[str], window: list[str], words: WordClasses) -> bool:
    """ "are holding talks", "have been holding talks"."""
    be_been = words.be_been
    first = window[len(before)]  # the trigger's first word
    if first.endswith("ing") and bool(before) and before[-1] in be_been:
        return True
    if match.nominal and not match.ceremony:
        return any(
            word.endswith("ing") and index > 0 and before[index - 1] in be_been
            for index, word in enumerate(before)
        )  # "have been holding talks"
    return False


def _has_phrase(seq: Sequence[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    """True when one of ``phrases`` occurs in ``seq`` (only phrases whose words all occur
    are searched for)."""
    present = set(seq)
    for phrase in phrases:
        if present.issuperset(phrase):
            n = len(phrase)
            if any(tuple(seq[i : i + n]) == phrase for i in range(len(seq) - n + 1)):
                return True
    return False


def conditional_sentence(lows: list[str], match: Trigger, lower: int, upper: int) -> bool:
    """ "only with", "only if", "if there is" in the trigger's clause, after the subject."""
    words = lows[lower:upper]
    return "if" in words and "whether" not in words and words.index("if") > match.start - lower
