"""The sentence view: one sentence as extraction reads it, built once, read by every step.

:class:`SentenceView` gathers what the pipeline finds in a sentence — its tokens and
lower-cased words, which tokens are quoted, the entities and coordinated groups named in
it, the trigger matches, the attributions, its time expressions and agreements — so that
the steps that build an event (roles, location, agreement, factuality, dating) take one
argument instead of a dozen. The pipeline fills the view in stages
(:mod:`accordlib.extract.pipeline`); the event steps only read it.
"""

from __future__ import annotations

from accordlib.extract.model import Attribution, Entity, Group, Trigger
from accordlib.extract.words import WORDS
from accordlib.text.timex import Timex
from accordlib.text.tokens import Tokens

__all__ = ["SentenceView", "has_quotes", "quoted_flags"]


def has_quotes(sentence: str) -> bool:
    """True when the sentence holds a double quotation mark, curly or straight."""
    return "\u201c" in sentence or "\u201d" in sentence or '"' in sentence


class SentenceView:
    """One sentence of ``source`` (``sentence == source[start:end]``) as the steps read it.

    Spans of ``matches``, entities, groups and attributions are token indices into
    ``tokens``; ``covering[i]`` is the group that covers token ``i``, or ``None``.
    """

    __slots__ = (
        "agreements",
        "attributions",
        "covering",
        "end",
        "entities",
        "groups",
        "lows",
        "matches",
        "quoted",
        "sentence",
        "source",
        "start",
        "timexes",
        "tokens",
        "vocab",
    )

    def __init__(self, source: str, start: int, end: int, tokens: Tokens, sentence: str) -> None:
        self.source = source
        self.start = start
        self.end = end
        self.sentence = sentence
        self.tokens = tokens
        self.lows = tokens.lows
        #: the word classes, at hand for every step
        self.vocab = WORDS.get()
        # Most sentences hold no quotation mark: no token of theirs is quoted.
        if has_quotes(sentence):
            self.quoted = quoted_flags(tokens)
        else:
            self.quoted = [False] * len(tokens)
        self.entities: list[Entity] = []
        self.matches: list[Trigger] = []
        self.groups: list[Group] = []
        self.covering: list[Group | None] = []
        self.attributions: list[Attribution] = []
        self.timexes: list[Timex] = []
        self.agreements: list[Entity] = []

    def words(self, start: int, end: int) -> str:
        """The text of tokens ``start..end``, one space between tokens ("Saudi Arabia")."""
        return " ".join(tok.text for tok in self.tokens[start:end])

    def index_groups(self) -> None:
        """Fill ``covering`` from ``groups``."""
        covering: list[Group | None] = [None] * len(self.tokens)
        for group in self.groups:
            for index in range(group.start, group.end):
                covering[index] = group
        self.covering = covering


def quoted_flags(tokens: Tokens) -> list[bool]:
    """For each token, whether it is inside a quotation (the marks themselves included)."""
    flags: list[bool] = []
    inside = False
    for tok in tokens:
        if tok.low == "\u201c" or (tok.low == '"' and not inside):
            inside = True
            flags.append(True)
            continue
        if tok.low == "\u201d" or (tok.low == '"' and inside):
            inside = False
            flags.append(True)
            continue
        flags.append(inside)
    return flags
