"""Words and punctuation marks of wire prose, with offsets: the tokens extraction reads.

A token is a word ("Kassym-Jomart", "U.S.", "O'Brien"), a number ("1,000", "2.5") or one
punctuation mark. A final full stop is split from a word unless the word is a dotted
abbreviation ("U.S."), and a possessive ``'s`` from its noun ("Iran's" -> "Iran", "'s").
Each token keeps its text, its lower-cased form and its offsets into the source text.

Two patterns find the same tokens: :data:`TOKEN`, in the ``regex`` module (Unicode
classes, possessive quantifiers), and :data:`ASCII_TOKEN`, in the standard library's
faster engine, used when :func:`is_plain` says the text has nothing but ASCII and
typographic punctuation (``tests/test_tokens.py`` checks both find the same tokens on any
such text). Both are compiled on first use.
"""

from __future__ import annotations

import operator
import re
import sys
from collections.abc import Iterable
from typing import NamedTuple

import regex

from accordlib._util.lazy import lazy_re, lazy_regex

__all__ = ["ASCII_TOKEN", "TOKEN", "Token", "Tokens", "is_plain", "tokenize"]

#: Every token of any text: numbers with thousands separators, words (letters, marks and
#: digits, joined by at most eight inner hyphens, apostrophes, dots or ampersands, with
#: an optional final dot), and single punctuation marks.
TOKEN = lazy_regex(
    r"""
    \d{1,3}+(?:,\d{3}){1,6}+(?:\.\d{1,6}+)?+(?!\d)                 # 1,000 and 2,500.5
    | [\p{L}\p{M}\d]++(?:[-'\u2019.&][\p{L}\p{M}\d]++){0,8}+\.?+   # words, U.S., Kassym-Jomart
    | [^\s\p{L}\p{M}\d]                                           # one punctuation mark
    """,
    regex.VERBOSE,
)

#: :data:`TOKEN` restricted to ASCII, for :func:`is_plain` text: there ``\p{L}`` is
#: ``[A-Za-z]``, ``\p{M}`` is empty and the ``regex`` module's ``\s`` is ``[ \t\n\r\f\v]``.
#: From Python 3.11 on the standard library has possessive quantifiers itself (about a
#: sixth faster than emulating them).
_ASCII_POSSESSIVE = r"""
    \d{1,3}+(?:,\d{3}){1,6}+(?:\.\d{1,6}+)?+(?!\d)                 # 1,000 and 2,500.5
    | [A-Za-z0-9]++(?:[-'\u2019.&][A-Za-z0-9]++){0,8}+\.?+       # words, U.S.
    | [^ \t\n\r\f\vA-Za-z0-9]                                  # one punctuation mark
    """
#: Before Python 3.11: each possessive piece becomes an atomic group, written as a
#: lookahead that captures followed by a back-reference.
_ASCII_EMULATED = r"""
    (?=(\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?))\1(?!\d)           # 1,000 and 2,500.5
    | (?=([A-Za-z0-9]+(?:[-'\u2019.&][A-Za-z0-9]+){0,8}\.?))\2    # words, U.S.
    | [^ \t\n\r\f\vA-Za-z0-9]                                    # one punctuation mark
    """
#: :data:`TOKEN` for :func:`is_plain` text, in the standard library's engine (about twice
#: as fast there).
ASCII_TOKEN = lazy_re(
    _ASCII_POSSESSIVE if sys.version_info >= (3, 11) else _ASCII_EMULATED,
    re.VERBOSE | re.ASCII,
)

#: Characters outside ASCII and typographic punctuation (curly quotes and apostrophes,
#: dashes, ellipsis: none of them a letter, mark, digit or space).
_NOT_PLAIN = lazy_re("[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u2026]")
_DOTTED = lazy_regex(r"(?:\p{L}\.){2,}+")  # U.S., U.N., U.A.E.
#: Only a word ending in one of these may be split (one test lets the others through).
_SPLIT_LAST = frozenset(".sS")
_APOSTROPHES = "'\u2019"
#: A word and its possessive: at least one character before "'s".
_POSSESSIVE_MIN = 3


def is_plain(text: str) -> bool:
    """True for ASCII text, also with typographic punctuation: :data:`ASCII_TOKEN` applies."""
    return text.isascii() or _NOT_PLAIN.search(text) is None


class Token(NamedTuple):
    """A word or punctuation mark; ``start``/``end`` are offsets into the source text.

    A named tuple: built by the tokenizer without a Python-level constructor call
    (``tuple.__new__``), its fields read through C-level accessors.
    """

    text: str
    low: str
    start: int
    end: int


_LOW = operator.itemgetter(1)
_START = operator.itemgetter(2)


class Tokens(list[Token]):
    """The tokens of one sentence, with their lower-cased words (``lows``) and their start
    offsets (``starts``, in text order: for binary searches) alongside."""

    __slots__ = ("lows", "starts")

    def __init__(self, tokens: Iterable[Token]) -> None:
        super().__init__(tokens)
        self.lows: list[str] = list(map(_LOW, self))
        self.starts: list[int] = list(map(_START, self))


def tokenize(
    text: str, base: int = 0, pattern: re.Pattern[str] | regex.Pattern[str] | None = None
) -> list[Token]:
    """The tokens of ``text``, with offsets shifted by ``base`` (where ``text`` starts in
    its source). ``pattern`` forces :data:`TOKEN` or :data:`ASCII_TOKEN` (for tests);
    by default the fast one is used when it applies."""
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__
    tok = Token
    lower = text.lower()
    aligned = len(lower) == len(text)  # lower-casing kept every offset (almost always)
    if pattern is None:
        pattern = ASCII_TOKEN if is_plain(text) else TOKEN
    for match in pattern.finditer(text):
        begin, finish = match.span()
        word = text[begin:finish]
        low = lower[begin:finish] if aligned else word.lower()
        start = begin + base
        if word[-1] not in _SPLIT_LAST:
            append(new(tok, (word, low, start, finish + base)))
            continue
        last = word[-1]
        if last == "." and len(word) > 1 and not _DOTTED.fullmatch(word):
            size = len(word) - 1
            append(new(tok, (word[:-1], low[:-1], start, start + size)))
            append(new(tok, (".", ".", start + size, start + size + 1)))
        elif last in "sS" and len(word) >= _POSSESSIVE_MIN and word[-2] in _APOSTROPHES:
            size = len(word) - 2
            append(new(tok, (word[:-2], low[:-2], start, start + size)))
            append(new(tok, (word[-2:], "'s", start + size, start + len(word))))
        else:
            append(new(tok, (word, low, start, start + len(word))))
    return tokens
