"""The body of a story and its end matter, read from the lines under the head.

After :mod:`accordlib.wire.story` has read the head (headline, byline, notes,
dateline), the lines below it are grouped into paragraphs (:func:`group_paragraphs`);
end matter is then taken off the bottom (:func:`strip_end_matter`: copyright, tags,
rule lines, credits, notes), notes off the top (:func:`take_leading_notes`) and a tag
glued to the last line (:func:`take_glued_tag`). What remains is the body.

A paragraph is a list of line pieces ``(lo, hi, indented)``: offsets of the piece's
non-blank content in the story, and whether its line is indented.
"""

from __future__ import annotations

from collections.abc import Callable

from accordlib.wire.credits import parse_credits
from accordlib.wire.footer import (
    TrailerKind,
    classify_note,
    classify_tag,
    inline_tag,
    parse_copyright,
)
from accordlib.wire.lines import INDENTS, Lines, content_end, stripped_size
from accordlib.wire.model import Note, SegmentKind

__all__ = [
    "END_MATTER_MAX",
    "Paragraph",
    "Piece",
    "end_matter_kind",
    "group_paragraphs",
    "strip_end_matter",
    "take_glued_tag",
    "take_leading_notes",
]

#: A piece of a line: (lo, hi, indented).
Piece = tuple[int, int, bool]
#: The pieces of one paragraph, top down.
Paragraph = list[Piece]
#: What :func:`strip_end_matter` calls for each part of end matter: (kind, value, lo, hi).
Record = Callable[[SegmentKind, object, int, int], None]

#: The longest line or paragraph the footer functions read as end matter (notes,
#: copyright, credits; tags are at most 400).
END_MATTER_MAX = 2000
#: A note at the top of the body is a paragraph of at most this many lines.
_NOTE_LINES = 3
#: :func:`~accordlib.wire.footer.inline_tag` reads only this many last characters.
_INLINE_TAG_WINDOW = 40
#: Characters that end a sentence (and so may end a paragraph of 1987 copy).
_SENTENCE_END = frozenset(".!?\"'”’)»")
#: End matter that may share a paragraph with the lines above it ("The-CNN-Wire" over "©").
_LINE_KINDS = frozenset({SegmentKind.TAG, SegmentKind.SEPARATOR, SegmentKind.COPYRIGHT})
_ONE_LINE_KINDS = frozenset({SegmentKind.TAG, SegmentKind.SEPARATOR})


# ---------------------------------------------------------------------------- paragraphs


def group_paragraphs(
    text: str,
    lines: Lines,
    body_from: int,
    body_offset: int,
) -> list[Paragraph]:
    """Group the lines from ``body_from`` on (its content from ``body_offset`` on) into
    paragraphs: blank lines separate blocks; a block of several lines is split where a
    line that ends a sentence is followed by an indented line (1987 copy)."""
    paragraphs: list[Paragraph] = []
    for block in _blocks(text, lines, body_from, body_offset):
        if len(block) == 1:
            paragraphs.append(block)  # most modern paragraphs: one line each
        else:
            paragraphs.extend(_split_block(text, block))
    return paragraphs


def _blocks(
    text: str,
    lines: Lines,
    body_from: int,
    body_offset: int,
) -> list[Paragraph]:
    """Runs of non-blank lines."""
    starts, los, his = lines
    blocks: list[Paragraph] = []
    block: Paragraph = []
    after = body_from + 1
    lo, hi = max(los[body_from], body_offset), his[body_from]
    if lo < hi:
        if los[body_from] < body_offset:
            block.append((lo, hi, True))  # the rest of the dateline's line
        else:
            start = starts[body_from]
            block.append((lo, hi, lo > start and text[start] in INDENTS))
    # the lines after the first start after body_offset
    for start, lo, hi in zip(starts[after:], los[after:], his[after:], strict=True):
        if lo >= hi:
            if block:
                blocks.append(block)
                block = []
            continue
        block.append((lo, hi, lo > start and text[start] in INDENTS))
    if block:
        blocks.append(block)
    return blocks


def _split_block(text: str, block: Paragraph) -> list[Paragraph]:
    """Split a block of lines where a sentence ends and an indented line follows (when
    only some later lines are indented; when all or none are, at every sentence end)."""
    later = block[1:]
    mixed = any(piece[2] for piece in later) and not all(piece[2] for piece in later)
    paragraphs: list[Paragraph] = []
    current = [block[0]]
    for piece in later:
        ends_sentence = text[current[-1][1] - 1] in _SENTENCE_END
        if ends_sentence and (piece[2] or not mixed):
            paragraphs.append(current)
            current = [piece]
        else:
            current.append(piece)
    paragraphs.append(current)
    return paragraphs


# ---------------------------------------------------------------------------- end matter


def end_matter_kind(text: str, lo: int, hi: int) -> tuple[SegmentKind, object] | None:
    """What end matter ``text[lo:hi]`` is, with what it holds; ``None`` when it is none."""
    if hi - lo > END_MATTER_MAX and stripped_size(text, lo, hi) > END_MATTER_MAX:
        return None  # longer than any end matter the footer functions read: not copied
    content = text[lo:hi]
    tag = classify_tag(content)
    if tag is not None:
        kind = SegmentKind.TAG if tag[0] is TrailerKind.TAG else SegmentKind.SEPARATOR
        return kind, tag[1]
    found = parse_copyright(content)
    if found is not None:
        return SegmentKind.COPYRIGHT, found
    credited = parse_credits(content)
    if credited:
        return SegmentKind.CREDIT, credited
    note = classify_note(content)
    if note is not None:
        return SegmentKind.NOTE, note
    return None


def strip_end_matter(text: str, paragraphs: list[Paragraph], record: Record) -> None:
    """Take end matter off the bottom of ``paragraphs``, calling ``record`` for each part:
    whole paragraphs first, then trailing lines of the last one (tags, rule lines and
    copyright lines may share a paragraph with the lines above them)."""
    while paragraphs:
        last = paragraphs[-1]
        whole = end_matter_kind(text, last[0][0], last[-1][1])
        if whole is not None and len(last) > 1 and whole[0] in _ONE_LINE_KINDS:
            whole = None  # a multi-line paragraph is not one tag: look at its lines
        if whole is not None:
            record(whole[0], whole[1], last[0][0], last[-1][1])
            paragraphs.pop()
            continue
        if len(last) == 1:
            break  # a one-line paragraph that is none of the end matter: the body
        kept = len(last)
        while kept > 0:
            lo, hi, _ = last[kept - 1]
            found = end_matter_kind(text, lo, hi)
            if found is None or found[0] not in _LINE_KINDS:
                break  # credits and notes are paragraphs; a wrapped line is not one
            record(found[0], found[1], lo, hi)
            kept -= 1
        if kept == 0:
            paragraphs.pop()
            continue
        if kept < len(last):
            paragraphs[-1] = last[:kept]
        break


def take_leading_notes(text: str, paragraphs: list[Paragraph]) -> list[tuple[Note, int, int]]:
    """Take the notes at the top of the body ("Editor's note: ...") off ``paragraphs``."""
    notes: list[tuple[Note, int, int]] = []
    for first in paragraphs:
        lo, hi = first[0][0], first[-1][1]
        if len(first) > _NOTE_LINES or (
            hi - lo > END_MATTER_MAX and stripped_size(text, lo, hi) > END_MATTER_MAX
        ):
            break  # not a note (classify_note's limit): tested before copying the paragraph
        note = classify_note(text[lo:hi])
        if note is None:
            break
        notes.append((note, lo, hi))
    del paragraphs[: len(notes)]
    return notes


def take_glued_tag(text: str, paragraphs: list[Paragraph]) -> tuple[int, int, str | None] | None:
    """Cut a tag glued to the end of the last paragraph ("... the visit. Enditem") off it;
    return the tag's offsets and the agency it names."""
    if not paragraphs:
        return None
    last = paragraphs[-1]
    lo, hi, indented = last[-1]
    # inline_tag reads only the last 40 characters: hand it those, not the whole line
    tail = max(lo, hi - _INLINE_TAG_WINDOW)
    glued = inline_tag(text[tail:hi])
    if glued is None or tail - lo + glued[0] <= 0:
        return None
    tag_start = tail + glued[0]
    body_end = content_end(text, lo, tag_start)
    if body_end <= lo:
        return None
    last[-1] = (lo, body_end, indented)
    return tag_start, hi, glued[1]
