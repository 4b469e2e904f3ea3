"""The triggers of a sentence: which rule matches to build events from.

:func:`may_trigger` is a cheap pre-test on a sentence's text that skips most sentences
without triggers before they are tokenised; :func:`trigger_matches` matches the rule table
over a sentence's words (:func:`~accordlib.extract.rules.match_rules`), keeps the best of
overlapping matches and drops those that are only the complement of another ("urged
Tehran to cooperate": the appeal is the event, not the cooperation).

This is where a compiled trigger lexicon plugs in: any matcher that returns
:class:`~accordlib.extract.rules.TriggerMatch` objects over a sentence's lower-cased
words feeds the same steps.
"""

from __future__ import annotations

from accordlib._util.lazy import Lazy, lazy_re, lazy_regex
from accordlib.extract.model import GOVERNING_KINDS
from accordlib.extract.rules import TriggerMatch, last_words, match_rules
from accordlib.extract.words import WORDS
from accordlib.text.tokens import is_plain

__all__ = ["glued_trigger", "may_trigger", "trigger_matches"]

#: A word for the pre-test: letters, with inner apostrophes and hyphens.
_SIMPLE_WORD = lazy_regex(r"[\p{L}][\p{L}'\u2019-]*+")
#: :data:`_SIMPLE_WORD` for plain text, in the standard library's faster engine.
_ASCII_SIMPLE_WORD = lazy_re("[A-Za-z][A-Za-z'\u2019-]*")
#: A run of letters, for :func:`glued_trigger`; on lower-cased plain text, ASCII letters.
_LETTERS = lazy_regex(r"\p{L}++")
_ASCII_LETTERS = lazy_re("[a-z]+")
#: Overlaps and complements need two matches or more.
_SEVERAL = 2
#: A governed act follows its governing trigger within this many words ("urged X to").
_GOVERNED_REACH = 5
#: A thing talked about follows its speech act within this many words.
_TOPIC_REACH = 4


def may_trigger(lower: str) -> bool:
    """Cheap test on a lower-cased sentence: could any rule match here? (Its words against
    each rule's telling word.)

    It reads a word with the apostrophes and hyphens glued to it ("talks'", "meeting's",
    "met’"), so it misses such trigger words: :func:`glued_trigger` catches them."""
    words = _ASCII_SIMPLE_WORD if is_plain(lower) else _SIMPLE_WORD
    return not last_words().isdisjoint(words.findall(lower))


def _first_runs() -> frozenset[str]:
    return frozenset(_LETTERS.match(word).group() for word in last_words())  # type: ignore[union-attr]  # every pre-test word starts with a letter (tested)


#: The first letter run of each pre-test word ("cease" of "cease-fire").
_FIRST_RUNS: Lazy[frozenset[str]] = Lazy(_first_runs)


def glued_trigger(lower: str) -> bool:
    """Could a trigger word hide from :func:`may_trigger` in a lower-cased sentence, glued
    to an apostrophe or a hyphen? True when a letter run of the sentence starts a pre-test
    word. Together the two tests are sound: a token that is a pre-test word starts with
    such a run, since no letter is glued to a token's start or to the end of its first run."""
    runs = _ASCII_LETTERS if is_plain(lower) else _LETTERS
    return not _FIRST_RUNS.get().isdisjoint(runs.findall(lower))


def trigger_matches(words: list[str]) -> list[TriggerMatch]:
    """The rule matches of a sentence's lower-cased words that become events, in order."""
    return _drop_complements(_resolve_overlaps(match_rules(words)), words)


def _resolve_overlaps(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """Keep the best of overlapping matches: higher priority, then longer, then earlier."""
    if len(matches) < _SEVERAL:
        return matches
    ranked = sorted(matches, key=lambda m: (-m.rule.priority, -(m.end - m.start), m.start))
    kept: list[TriggerMatch] = []
    for match in ranked:
        if all(match.end <= other.start or match.start >= other.end for other in kept):
            kept.append(match)
    kept.sort(key=lambda m: m.start)
    return kept


def _drop_complements(matches: list[TriggerMatch], words: list[str]) -> list[TriggerMatch]:
    """ "urged Tehran to cooperate", "threatened to impose sanctions": the content of an
    appeal, demand, threat or pledge is not an event of its own; nor is the object of a
    speech act ("vowed to veto new EU sanctions")."""
    if len(matches) < _SEVERAL:
        return matches  # one match governs nothing
    return [
        match
        for match in matches
        if match.rule.kind in GOVERNING_KINDS
        or not (_governed(match, matches, words) or _spoken_of(match, matches, words))
    ]


def _governed(match: TriggerMatch, matches: list[TriggerMatch], words: list[str]) -> bool:
    """ "urged Tehran to cooperate": the act is the complement of an appeal, demand, threat
    or refusal. A pledge ("offered to mediate") keeps its act, planned: the pledge itself
    is weak and gives way to the act's event."""
    return any(
        other.rule.kind in GOVERNING_KINDS
        and other.rule.name != "intent.pledge"
        and other.end <= match.start <= other.end + _GOVERNED_REACH
        and "to" in words[other.end - 1 : match.start]
        and "," not in words[other.end : match.start]
        for other in matches
        if other is not match
    )


def _spoken_of(match: TriggerMatch, matches: list[TriggerMatch], words: list[str]) -> bool:
    """ "vowed to veto new EU sanctions", "rejected direct negotiations with X": the object
    of a speech act is a thing talked about, not an event."""
    if not match.rule.name.endswith((".noun", ".topic", ".against")):
        return False
    clause_words = WORDS.get().clause_words
    return any(
        other.rule.mode == "speech"
        and other.end <= match.start <= other.end + _TOPIC_REACH
        and not set(words[other.end : match.start]) & clause_words
        and "," not in words[other.end : match.start]
        for other in matches
        if other is not match
    )
