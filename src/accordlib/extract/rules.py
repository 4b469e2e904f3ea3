"""The event rule table (``data/event_rules.tsv``) compiled into a fast token matcher.

Each row of the table names one trigger pattern and what it means (see the table's
header comment and :doc:`/rules`). This module turns the rows into :class:`Rule`
objects indexed by the first word a pattern can start with, so that matching a
sentence costs one dictionary look-up per token plus the (bounded) patterns that
start there.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from accordlib._util.lazy import Lazy
from accordlib._util.tables import read_table
from accordlib.extract.words import WORDS

__all__ = [
    "GAP_WORDS",
    "Rule",
    "TriggerMatch",
    "last_words",
    "load_rules",
    "match_rules",
    "rules_markdown",
]

#: How many words ``*`` may stand for in a trigger pattern.
GAP_WORDS = 4
_GAP_STOPS = frozenset(
    [",", ".", ";", ":", "!", "?", "(", ")", '"', "\u201c", "\u201d", "\u2014", "\u2013", "-"]
)


@attrs.frozen
class Rule:
    """One row of the rule table, parsed."""

    name: str
    kind: str  # EventKind member name (checked by the tests against the enum)
    priority: int
    mode: str  # "act" or "speech"
    pattern: tuple[tuple[frozenset[str], bool], ...]  # (alternatives, optional); empty set = gap
    recipients: frozenset[str]  # "_" = direct object
    between: str  # "actors", "recipients" or "-"
    requires: str  # "agreement", "object" or "-"
    unless_prev: frozenset[str]
    unless_next: frozenset[str]
    weak: bool
    trigger: str  # the pattern as written, for documentation
    example: str


@attrs.frozen
class TriggerMatch:
    """A rule matched on tokens ``start`` (inclusive) to ``end`` (exclusive)."""

    rule: Rule
    start: int
    end: int


def _parse_pattern(text: str) -> tuple[tuple[frozenset[str], bool], ...]:
    positions: list[tuple[frozenset[str], bool]] = []
    for written in text.split():
        optional = written.startswith("[") and written.endswith("]")
        part = written[1:-1] if optional else written
        if part == "*":
            positions.append((frozenset(), True))
            continue
        positions.append((frozenset(word.lower() for word in part.split("|")), optional))
    return tuple(positions)


def _words(cell: str) -> frozenset[str]:
    if cell in ("", "-"):
        return frozenset()
    return frozenset(word.lower() for word in cell.split("|"))


class _RuleIndex:
    """The rules in table order, indexed by the words their patterns can start with."""

    __slots__ = ("heads", "plans", "rules")

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        index: dict[str, list[Rule]] = {}
        for rule in rules:
            for word in _first_words(rule.pattern):
                index.setdefault(word, []).append(rule)
        #: For each first word, its rules in table order, each with the alternatives of its
        #: leading required positions (every match has those words in a row from its first
        #: word on) and whether they are the whole pattern (then they alone decide the match).
        self.plans: dict[str, tuple[tuple[Rule, tuple[frozenset[str], ...], bool], ...]] = {
            word: tuple(_plan(rule) for rule in found) for word, found in index.items()
        }
        #: See :func:`last_words`.
        self.heads = frozenset(_telling_words(rules))


def _load() -> _RuleIndex:
    rules = tuple(
        Rule(
            name=row["rule"],
            kind=row["kind"],
            priority=int(row["priority"]),
            mode=row["mode"],
            pattern=_parse_pattern(row["trigger"]),
            recipients=_words(row["recipients"]),
            between=row["between"],
            requires=row["requires"],
            unless_prev=_words(row["unless_prev"]),
            unless_next=_words(row["unless_next"]),
            weak=row["weak"] == "y",
            trigger=row["trigger"],
            example=row["example"],
        )
        for row in read_table("event_rules.tsv")
    )
    return _RuleIndex(rules)


#: The rule table, read and indexed on first use.
_INDEX: Lazy[_RuleIndex] = Lazy(_load)


def load_rules() -> tuple[Rule, ...]:
    """Return every rule of the table, in table order (read once, thread-safe)."""
    return _INDEX.get().rules


def _plan(rule: Rule) -> tuple[Rule, tuple[frozenset[str], ...], bool]:
    """``rule`` with its rigid prefix: the positions before the first optional one or gap,
    if the pattern starts with a required position (else none: the full search decides)."""
    prefix: list[frozenset[str]] = []
    for alternatives, optional in rule.pattern:
        if optional or not alternatives:
            break
        prefix.append(alternatives)
    return rule, tuple(prefix), len(prefix) == len(rule.pattern)


def last_words() -> frozenset[str]:
    """Words of which a sentence must contain one for any rule to match: each rule's last
    required position (a cheap pre-test that skips most sentences without triggers)."""
    return _INDEX.get().heads


def _telling_words(rules: tuple[Rule, ...]) -> set[str]:
    """The words of :func:`last_words`: each rule's last required position that is not
    only function words (else its last required one, else any of its words)."""
    function_words = WORDS.get().function_words
    words: set[str] = set()
    for rule in rules:
        required = [alts for alts, optional in rule.pattern if alts and not optional]
        telling = [alts for alts in required if not alts & function_words]
        if telling:
            words |= telling[-1]
        elif required:
            words |= required[-1]
        else:
            words |= set().union(*(alts for alts, _ in rule.pattern))
    return words


def _first_words(pattern: tuple[tuple[frozenset[str], bool], ...]) -> set[str]:
    """Words a pattern can start with (its leading optional positions may be skipped)."""
    words: set[str] = set()
    for alternatives, optional in pattern:
        if not alternatives:  # a leading gap cannot start a match
            continue
        words |= alternatives
        if not optional:
            break
    return words


def _match_from_head(
    pattern: tuple[tuple[frozenset[str], bool], ...], words: Sequence[str], position: int
) -> int:
    """Return the end of a match of ``pattern`` at ``position``, or -1 (bounded search).

    The rule index only offers a rule at a word its pattern can start with (a match
    starts with a real word, not a skipped optional position), so that is not checked
    again here."""
    count = len(words)
    size = len(pattern)

    def step(index: int, at: int) -> int:
        if index == size:
            return at
        alternatives, optional = pattern[index]
        if not alternatives:  # gap: try the shortest filler first
            for skip in range(GAP_WORDS + 1):
                if at + skip > count:
                    break
                found = step(index + 1, at + skip)
                if found != -1:
                    return found
                if at + skip < count and words[at + skip] in _GAP_STOPS:
                    break  # a gap never crosses punctuation (currency signs are fine)
            return -1
        if at < count and words[at] in alternatives:
            found = step(index + 1, at + 1)
            if found != -1:
                return found
        if optional:
            return step(index + 1, at)
        return -1

    return step(0, position)


#: The first two words of a rigid prefix are tested one by one (most candidates fail at
#: the second); the rest in one loop.
_CHECKED = 2


def match_rules(words: Sequence[str]) -> list[TriggerMatch]:
    """Every rule match over lower-cased ``words``; overlapping matches are all returned."""
    plans = _INDEX.get().plans
    found: list[TriggerMatch] = []
    count = len(words)
    for position in [at for at, word in enumerate(words) if word in plans]:
        for rule, prefix, rigid in plans[words[position]]:
            # The rigid prefix must be there word by word (most candidate rules fail here,
            # at their second word); a pattern that is all prefix needs no search at all.
            size = len(prefix)
            end = position + size
            if size > 1 and (
                end > count
                or words[position + 1] not in prefix[1]
                or (
                    size > _CHECKED
                    and not all(words[position + k] in prefix[k] for k in range(_CHECKED, size))
                )
            ):
                continue
            if not rigid:
                end = _match_from_head(rule.pattern, words, position)
                if end == -1:
                    continue
            previous = words[position - 1] if position else ""
            following = words[end] if end < len(words) else ""
            if previous in rule.unless_prev or following in rule.unless_next:
                continue
            found.append(TriggerMatch(rule, position, end))
    return found


def rules_markdown() -> str:
    """The rule table as a Markdown table, for :doc:`/rules` (a test keeps the page in sync)."""
    lines = [
        "| rule | kind | trigger | recipient after | between | requires | mode | example |",
        "|---|---|---|---|---|---|---|---|",
    ]

    def cell(text: str) -> str:
        return text.replace("|", "/") if text else "-"

    for rule in load_rules():
        recipients = " / ".join(
            "direct object" if word == "_" else f"*{word}*" for word in sorted(rule.recipients)
        )
        lines.append(
            "| "
            + " | ".join(
                [
                    f"`{rule.name}`",
                    rule.kind,
                    f"`{cell(rule.trigger)}`",
                    recipients or "-",
                    rule.between,
                    rule.requires,
                    rule.mode + (", weak" if rule.weak else ""),
                    cell(rule.example),
                ]
            )
            + " |"
        )
    return "\n".join(lines) + "\n"
