"""The lines of a story: where each starts, and where its non-blank content starts and ends.

:func:`split_lines` is the first step of :func:`~accordlib.wire.story.parse_story`: it
finds every line once, with offsets into the story, so that the parser can test lines
without copying them. A line longer than :data:`LONG_LINE` is measured from its offsets
(the long-line path) rather than with the string methods; both give the same offsets
(``tests/test_wire_story.py`` checks it property by property).
"""

from __future__ import annotations

from itertools import accumulate
from operator import add, sub

import regex

from accordlib._util.lazy import lazy_regex
from accordlib._util.text import BLANKS, LINE_BREAKS

__all__ = [
    "INDENTS",
    "LONG_LINE",
    "ODD_BLANKS",
    "Lines",
    "content_end",
    "split_lines",
    "stripped_size",
]

#: What indents a line.
INDENTS = frozenset(" \t\u00a0\u3000")
#: Characters that are blank although str.isspace says they are not.
ODD_BLANKS = frozenset("\ufeff\u200b")

#: The lines of a text: where each starts, where its content starts and where it ends.
Lines = tuple[list[int], list[int], list[int]]

#: A line longer than this is measured from offsets, not stripped (see :func:`split_lines`).
LONG_LINE = 16384


def split_lines(text: str) -> Lines:
    """Split ``text`` into lines at any line break ("\\n", "\\r\\n", "\\r", U+2028, ...),
    keeping offsets; a final line break starts no line.

    Returns three parallel lists: where each line starts, where its first non-blank
    character is, and where its last non-blank character ends. A blank line has
    ``lo >= hi``. The work is done by the string methods, a whole list at a time.

    A line longer than ``LONG_LINE`` is not stripped: ``str.rstrip`` would copy it
    whole (``str.splitlines`` does not copy a text that is a single line), and a few
    copies of a 1 MB line cost more than the parsing (F14 in the robustness findings).
    Its ends are found from the offsets instead.
    """
    pieces = text.splitlines(keepends=True)
    sizes = list(map(len, pieces))
    starts = list(accumulate(sizes, initial=0))
    starts.pop()
    if "\ufeff" in text or "\u200b" in text:
        return _split_odd(text, starts, sizes, pieces)
    long_lines: list[int] = []
    if len(text) > LONG_LINE and max(sizes) > LONG_LINE:
        long_lines = [index for index, size in enumerate(sizes) if size > LONG_LINE]
        for index in long_lines:
            pieces[index] = ""  # measured below; "" is not copied by the string methods
    # lo: start + size - len(piece.lstrip()); a blank line strips to "" and gets lo > hi
    los = list(map(sub, map(add, starts, sizes), map(len, map(str.lstrip, pieces))))
    his = list(map(add, starts, map(len, map(str.rstrip, pieces))))
    for index in long_lines:
        start = starts[index]
        end = start + sizes[index]
        first = _FIRST_NOT_SPACE.search(text, start, end)
        if first is None:
            los[index], his[index] = end, start  # a blank line, as above
        else:
            los[index], his[index] = first.start(), content_end(text, start, end)
    return starts, los, his


def _split_odd(text: str, starts: list[int], sizes: list[int], pieces: list[str]) -> Lines:
    """:func:`split_lines` for texts with a byte-order mark or a zero-width space, which
    ``str.strip`` keeps but which count as blanks at the edges of a line. A blank line
    has ``lo == hi`` at its end (before its line break). A long line's ends are found
    from the offsets, without copying it."""
    los: list[int] = []
    his: list[int] = []
    for start, size, piece in zip(starts, sizes, pieces, strict=True):
        if size <= LONG_LINE:  # the string methods: quicker on short lines
            content = piece.rstrip(LINE_BREAKS) if piece[-1] in LINE_BREAKS else piece
            end = start + len(content)
            stripped = content.lstrip()
            if stripped[:1] in ODD_BLANKS:
                stripped = stripped.lstrip(BLANKS)  # a byte-order mark or zero-width space
            if stripped:
                kept = stripped.rstrip()
                if kept[-1] in ODD_BLANKS:
                    kept = kept.rstrip(BLANKS)
                lo = end - len(stripped)
                los.append(lo)
                his.append(lo + len(kept))
            else:
                los.append(end)
                his.append(end)
            continue
        end = start + size
        if piece[-1] in LINE_BREAKS:  # the line ends before its line break
            end -= 2 if piece[-2:] == "\r\n" else 1
        first = _FIRST_NOT_BLANK.search(text, start, end)
        last = _LAST_NOT_BLANK.search(text, start, end) if first is not None else None
        if first is None or last is None:
            los.append(end)
            his.append(end)
        else:
            los.append(first.start())
            his.append(last.end())
    return starts, los, his


#: A character that :meth:`str.strip` keeps (not ``str.isspace``; all of those are below
#: U+3001), forwards and backwards: where a piece's stripped content starts and ends,
#: found without copying the piece.
_NOT_SPACE = "[^" + "".join(f"\\u{c:04x}" for c in range(0x3001) if chr(c).isspace()) + "]"
_FIRST_NOT_SPACE = lazy_regex(_NOT_SPACE)
_LAST_NOT_SPACE = lazy_regex(_NOT_SPACE, regex.REVERSE)
#: The same with the byte-order mark and zero-width space as blanks (:data:`BLANKS`).
_NOT_BLANK = "[^" + "".join(f"\\u{ord(c):04x}" for c in BLANKS) + "]"
_FIRST_NOT_BLANK = lazy_regex(_NOT_BLANK)
_LAST_NOT_BLANK = lazy_regex(_NOT_BLANK, regex.REVERSE)


def content_end(text: str, lo: int, hi: int) -> int:
    """``lo + len(text[lo:hi].rstrip())``, without copying the piece."""
    found = _LAST_NOT_SPACE.search(text, lo, hi)
    return lo if found is None else found.end()


def stripped_size(text: str, lo: int, hi: int) -> int:
    """``len(text[lo:hi].strip())``, without copying the piece."""
    first = _FIRST_NOT_SPACE.search(text, lo, hi)
    return 0 if first is None else content_end(text, lo, hi) - first.start()
