"""The last step of :func:`~accordlib.wire.story.parse_story`: parts to segments.

The parser records each part it recognises as a span ``(lo, hi, kind)``; this module
turns the spans into the story's :class:`~accordlib.wire.model.Segment` partition,
filling every gap between parts with ``SEPARATOR`` (whitespace) or ``OTHER`` segments,
so that ``"".join(s.text for s in segments)`` rebuilds the text.
"""

from __future__ import annotations

from accordlib._util.text import BLANKS
from accordlib._util.trusted import trusted
from accordlib.wire.model import Segment, SegmentKind

__all__ = ["Span", "build_segments", "gap_segments", "make_segment"]

#: A recognised part: (start, end, kind), offsets into the story text.
Span = tuple[int, int, SegmentKind]

#: ``make_segment(kind, start, end, text)`` without re-checking: the parser makes ``text``
#: from ``start`` and ``end`` itself (and the tests check every partition), and stories
#: have many segments.
make_segment = trusted(Segment)


def build_segments(text: str, spans: list[Span]) -> tuple[list[Segment], list[str]]:
    """The segments of ``text`` given its recognised parts, and the text of its tags.

    Spans are taken in order of their start; a span that overlaps an earlier one or is
    empty is dropped (never so far).
    """
    segments: list[Segment] = []
    tags: list[str] = []
    append = segments.append
    make = make_segment
    separator = SegmentKind.SEPARATOR
    tag = SegmentKind.TAG
    position = 0
    for lo, hi, kind in sorted(spans):
        if lo < position or hi <= lo:
            continue  # never overlap; never empty
        if lo > position:
            piece = text[position:lo]
            if piece.isspace():  # the usual gap: line breaks and indentation
                append(make(separator, position, lo, piece))
            else:
                segments.extend(gap_segments(text, position, lo))
        piece = text[lo:hi]
        append(make(kind, lo, hi, piece))
        if kind is tag:
            tags.append(piece)
        position = hi
    if position < len(text):
        segments.extend(gap_segments(text, position, len(text)))
    return segments, tags


def gap_segments(text: str, lo: int, hi: int) -> list[Segment]:
    """Segments for text between recognised parts: whitespace, or OTHER text between
    whitespace, so that no part starts or ends with a blank."""
    piece = text[lo:hi]
    if piece.isspace() or not piece.strip(BLANKS):
        return [make_segment(SegmentKind.SEPARATOR, lo, hi, piece)]
    core = piece.strip(BLANKS)
    start = lo + (len(piece) - len(piece.lstrip(BLANKS)))
    end = start + len(core)
    segments = [make_segment(SegmentKind.OTHER, start, end, core)]
    if start > lo:
        segments.insert(0, make_segment(SegmentKind.SEPARATOR, lo, start, text[lo:start]))
    if end < hi:
        segments.append(make_segment(SegmentKind.SEPARATOR, end, hi, text[end:hi]))
    return segments
