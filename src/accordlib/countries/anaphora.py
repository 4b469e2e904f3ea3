"""Phrases that stand for a state named earlier in the same text.

Gulf, Korean and Taiwanese copy names the state of the story by a common noun once it has
named it: "Saudi Crown Prince X left the Kingdom", "the Omani Embassy marked the Sultanate's
national day", "Seoul ... the North's missiles", "Taipei ... unification with the mainland".
The phrases are data (``country_anaphors.tsv``): a noun of official names ("the Kingdom" is
any state whose official name in ``countries.tsv`` has "Kingdom") stands for the first such
state the text names before it; a fixed phrase ("the North") stands for its state when the
text names one of its cue states. A phrase the text does not explain names no state, and
neither does one followed by "of" or a capitalised word ("the Kingdom of Heaven", "the North
Atlantic").
"""

from __future__ import annotations

import bisect
import operator
import re

from accordlib._util.lazy import Lazy, lazy_regex
from accordlib._util.tables import read_table
from accordlib.countries.index import index
from accordlib.countries.model import Country, CountryMention, MentionKind

__all__ = ["anaphor_mentions", "triggers"]


class _Anaphors:
    """The phrases of ``country_anaphors.tsv``: their candidates and cues, one pattern."""

    __slots__ = ("by_trigger", "candidates", "cues", "states", "untriggered")

    def __init__(self) -> None:
        by_alpha3 = index().by_alpha3
        official = [(country, country.official_name or "") for country in by_alpha3.values()]
        #: Phrase -> the states it may stand for; phrase -> cue states (fixed phrases only).
        self.candidates: dict[str, frozenset[Country]] = {}
        self.cues: dict[str, frozenset[Country]] = {}
        texts: list[str] = []
        for row in read_table("country_anaphors.tsv"):
            kind, _, noun = row["stands_for"].partition(":")
            if kind == "official":
                has_noun = re.compile(rf"\b{re.escape(noun)}\b")
                states = frozenset(c for c, name in official if has_noun.search(name))
            else:
                states = frozenset({by_alpha3[row["stands_for"]]})
                self.cues[row["text"]] = frozenset(by_alpha3[a] for a in row["cue"].split())
            for text in _cased(row["text"]):
                texts.append(text)
                self.candidates[text] = states
                if row["text"] in self.cues:
                    self.cues[text] = self.cues[row["text"]]
        # A phrase's trigger is its first word that starts a spelling of the index ("the
        # Kingdom": "Kingdom", of "Kingdom of Saudi Arabia"): find_countries' own scan
        # meets it, so the phrase costs nothing more to find. The others are searched
        # (``str.find``) only in a text that names one of their states.
        heads = index().heads
        #: Trigger word -> (phrase, offset of the trigger in the phrase).
        self.by_trigger: dict[str, list[tuple[str, int]]] = {}
        #: Phrases without a trigger ("the mainland", "السلطنة"), with the states one of
        #: which the text must name for the phrase to be looked for.
        self.untriggered: list[tuple[str, frozenset[Country]]] = []
        for text in texts:
            trigger = _trigger(text, heads)
            if trigger is None:
                self.untriggered.append((text, self.cues.get(text, self.candidates[text])))
            else:
                self.by_trigger.setdefault(trigger[0], []).append((text, trigger[1]))
        #: Every state a phrase may stand for or be cued by.
        self.states = frozenset().union(*self.candidates.values(), *self.cues.values())


def _trigger(text: str, heads: dict[str, list[str]]) -> tuple[str, int] | None:
    """The first word of ``text`` that starts a spelling of the index, and its offset."""
    at = 0
    for word in text.split(" "):
        if word in heads:
            return word, at
        at += len(word) + 1
    return None


def _cased(text: str) -> list[str]:
    """The phrase as written, and with a capital article at a sentence's start."""
    if text[:1].islower() and " " in text:
        return [text, text[0].upper() + text[1:]]
    return [text]


_ANAPHORS: Lazy[_Anaphors] = Lazy(_Anaphors)
_START_OF = operator.attrgetter("start")
# What makes a phrase the head of a longer name: "of" ("the Kingdom of Heaven", "el Reino
# de España") or a capitalised word ("the North Atlantic", "the North Korean leader").
_LONGER = lazy_regex(r"[ \u00a0](?:of|de|du|del|von|van|\p{Lu})")


def triggers() -> frozenset[str]:
    """The words whose place :func:`anaphor_mentions` needs (find_countries collects them)."""
    return frozenset(_ANAPHORS.get().by_trigger)


def anaphor_mentions(
    text: str, found: list[CountryMention], triggered: list[tuple[str, int]]
) -> list[CountryMention]:
    """The phrases of ``text`` that stand for a state ``found`` (the text's mentions, in
    order) names, outside those mentions; ``triggered``: the (trigger word, offset) pairs
    find_countries met that start no spelling."""
    if not found:
        return []
    table = _ANAPHORS.get()
    present = [(phrase, states) for phrase, states in table.untriggered if phrase in text]
    if not triggered and not present:
        return []  # the common case: no phrase at all, and no need to read ``found``
    named = {m.country for m in found}
    occurrences = _triggered(text, triggered, table)
    occurrences += _occurrences(
        text, [phrase for phrase, states in present if not states.isdisjoint(named)]
    )
    if not occurrences:
        return []
    # Each state the text names, where it first does: in text order.
    first: dict[Country, int] = {}
    for m in found:
        first.setdefault(m.country, m.start)
    starts = [m.start for m in found]
    result: list[CountryMention] = []
    for phrase, start in occurrences:
        end = start + len(phrase)
        i = bisect.bisect_left(starts, end) - 1
        if i >= 0 and found[i].end > start:
            continue
        country = _stands_for(phrase, start, first, table)
        if country is not None:
            result.append(CountryMention(phrase, start, end, country, MentionKind.ALIAS))
    result.sort(key=_START_OF)
    return result


def _triggered(
    text: str, triggered: list[tuple[str, int]], table: _Anaphors
) -> list[tuple[str, int]]:
    """The (phrase, offset) pairs around the trigger words met, as whole words."""
    found: list[tuple[str, int]] = []
    for word, at in triggered:
        for phrase, offset in table.by_trigger[word]:
            start = at - offset
            if start >= 0 and text.startswith(phrase, start):
                if _whole(text, start, start + len(phrase)):
                    found.append((phrase, start))
                break
    return found


def _occurrences(text: str, phrases: list[str]) -> list[tuple[str, int]]:
    """Every (phrase, offset) of ``phrases`` in ``text`` as whole words (:func:`_whole`)."""
    found: list[tuple[str, int]] = []
    for phrase in phrases:
        at = text.find(phrase)
        while at >= 0:
            if _whole(text, at, at + len(phrase)):
                found.append((phrase, at))
            at = text.find(phrase, at + len(phrase))
    return found


def _whole(text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``text[start:end]`` is whole words and not the head of a
    longer name: no letter or hyphen around it, no "of" or capitalised word after it."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if (before.isalnum() or before == "-") or after.isalnum() or after == "-":
        return False
    return _LONGER.match(text, end) is None


def _stands_for(
    phrase: str, start: int, first: dict[Country, int], table: _Anaphors
) -> Country | None:
    """The state ``phrase`` at ``start`` stands for (``first``: where the text first names
    each state), or ``None``."""
    states = table.candidates[phrase]
    cues = table.cues.get(phrase)
    if cues is not None:
        return next(iter(states)) if not cues.isdisjoint(first) else None
    for country, at in first.items():
        if at >= start:
            return None
        if country in states:
            return country
    return None
