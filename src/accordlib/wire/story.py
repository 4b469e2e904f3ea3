"""Whole stories: headline, byline, dateline, body paragraphs and end matter, losslessly.

The parser works on lines. The *head* of the story is read top down (headline, byline,
notes, dateline); the *tail* is read bottom up (copyright, tags, rule lines, credits,
notes) and stops at the first line that is none of these; what lies between is the
body. Every character of the input ends up in exactly one :class:`Segment`:
parts start and end on non-blank characters, and the whitespace between parts
(line breaks, indentation) forms ``SEPARATOR`` segments.
"""

from __future__ import annotations

import datetime as dt
from itertools import accumulate
from operator import add, sub

import regex

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib._util.lazy import lazy_regex
from accordlib._util.text import BLANKS, LINE_BREAKS, fold_whitespace, require_str
from accordlib.wire import dateline as _dateline
from accordlib.wire._months import month_number
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.byline import parse_byline
from accordlib.wire.footer import (
    TrailerKind,
    classify_note,
    classify_tag,
    inline_tag,
    parse_copyright,
    parse_credits,
)
from accordlib.wire.model import (
    Byline,
    Copyright,
    Credit,
    Dateline,
    Note,
    Segment,
    SegmentKind,
    Story,
)

__all__ = ["parse_story"]

#: A headline is at most this long.
_HEADLINE_MAX = 250
#: The longest byline :func:`parse_byline` reads.
_BYLINE_MAX = 400
#: The longest line or paragraph the footer functions read as end matter (notes,
#: copyright, credits; tags are at most 400).
_END_MATTER_MAX = 2000
#: A one-line paragraph at least this long shares its string with its segment.
_SHARED_TEXT = 4096
#: How many lines at the top may hold headline, byline, notes and time stamps.
_HEAD_LINES = 12

#: What indents a line.
_INDENTS = frozenset(" \t\u00a0\u3000")
#: Characters that are blank although str.isspace says they are not.
_ODD_BLANKS = frozenset("\ufeff\u200b")
#: End matter that may share a paragraph with the lines above it ("The-CNN-Wire" over "©").
_LINE_KINDS = frozenset({SegmentKind.TAG, SegmentKind.SEPARATOR, SegmentKind.COPYRIGHT})
_BY = lazy_regex(
    r"\A(?:(?:Words|Written|Story|Text|Interview|WORDS|STORY)[ \t]++)?+(?:By|BY|by)(?:[ \t]*+:|[ \t]++)\S"
)
_ABBREVIATION_END = lazy_regex(
    r"(?:\b(?:[A-Za-z]\.){1,4}+|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros|St|No|Cos|Plc|PLC|INC|CO|CORP|LTD)\.)\Z"
)
_SENTENCE_END = frozenset(".!?\"'”’)»")
_ROLE_LINE = lazy_regex(
    r"\A(?:(?:AP|Associated[ \t]Press|Reuters|CNN|AFP|Bloomberg|UPI|[A-Z][a-z]++)[ \t]++)*+"
    r"(?:Senior[ \t]++|Chief[ \t]++|Staff[ \t]++|Special[ \t]++)?+"
    r"(?:[A-Z][a-z]++[ \t]++){0,2}+(?:Writer|Correspondent|Reporter|Editor|Columnist|Staff)s?+\Z"
)


#: A line longer than this is measured from offsets, not stripped (see :func:`_lines`).
_LONG_LINE = 16384


def _lines(text: str) -> tuple[list[int], list[int], list[int]]:
    """Split ``text`` into lines at any line break ("\\n", "\\r\\n", "\\r", U+2028, ...),
    keeping offsets; a final line break starts no line.

    Returns three parallel lists: where each line starts, where its first non-blank
    character is, and where its last non-blank character ends. A blank line has
    ``lo >= hi``. The work is done by the string methods, a whole list at a time.

    A line longer than ``_LONG_LINE`` is not stripped: ``str.rstrip`` would copy it
    whole (``str.splitlines`` does not copy a text that is a single line), and a few
    copies of a 1 MB line cost more than the parsing (F14 in the robustness findings).
    Its ends are found from the offsets instead.
    """
    pieces = text.splitlines(keepends=True)
    sizes = list(map(len, pieces))
    starts = list(accumulate(sizes, initial=0))
    starts.pop()
    if "\ufeff" in text or "\u200b" in text:
        return _lines_odd(text, starts, sizes, pieces)
    long_lines: list[int] = []
    if len(text) > _LONG_LINE and max(sizes) > _LONG_LINE:
        long_lines = [index for index, size in enumerate(sizes) if size > _LONG_LINE]
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
            los[index], his[index] = first.start(), _content_end(text, start, end)
    return starts, los, his


def _lines_odd(
    text: str, starts: list[int], sizes: list[int], pieces: list[str]
) -> tuple[list[int], list[int], list[int]]:
    """:func:`_lines` for texts with a byte-order mark or a zero-width space, which
    ``str.strip`` keeps but which count as blanks at the edges of a line. A blank line
    has ``lo == hi`` at its end (before its line break). A long line's ends are found
    from the offsets, without copying it."""
    los: list[int] = []
    his: list[int] = []
    for start, size, piece in zip(starts, sizes, pieces, strict=True):
        if size <= _LONG_LINE:  # the string methods: quicker on short lines
            content = piece.rstrip(LINE_BREAKS) if piece[-1] in LINE_BREAKS else piece
            end = start + len(content)
            stripped = content.lstrip()
            if stripped[:1] in _ODD_BLANKS:
                stripped = stripped.lstrip(BLANKS)  # a byte-order mark or zero-width space
            if stripped:
                kept = stripped.rstrip()
                if kept[-1] in _ODD_BLANKS:
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


def parse_story(text: str, *, published: PublishedLike = None) -> Story:
    """Split a plain-text wire story into its parts.

    Total on any ``str``: it never raises, and the segments always rebuild the input.
    ``published`` (a date, datetime or date string) resolves the dateline's month and
    day to a full date; without it, a dateline that prints its year supplies
    :attr:`Story.published`.

    >>> story = parse_story(
    ...     "Ministers meet in Astana\\n\\nASTANA, Nov. 7 (Xinhua) -- Talks began on Friday.\\n\\n"
    ...     "The two sides signed an agreement. Enditem\\n",
    ...     published="2025-11-07",
    ... )
    >>> story.headline, story.dateline.place, story.dateline.date, story.agency
    ('Ministers meet in Astana', 'ASTANA', datetime.date(2025, 11, 7), 'Xinhua')
    >>> story.paragraphs
    ('Talks began on Friday.', 'The two sides signed an agreement.')
    >>> [s.kind.name for s in story.segments]
    ['HEADLINE', 'SEPARATOR', 'DATELINE', 'SEPARATOR', 'BODY', 'SEPARATOR', 'BODY', 'SEPARATOR', 'TAG', 'SEPARATOR']
    """
    require_str(text, "text")
    anchor = coerce_published(published)
    try:
        return _Parser(text, anchor).run()
    except Exception:
        segment = Segment(SegmentKind.OTHER, 0, len(text), text)
        return Story(
            text=text,
            segments=(segment,) if text else (),
            headline=None,
            byline=None,
            dateline=None,
            paragraphs=(),
            body="",
            credits=(),
            notes=(),
            copyright=None,
            agency=None,
            published=anchor,
        )


class _Parser:
    def __init__(self, text: str, published: dt.date | None) -> None:
        self.text = text
        self.published = published
        self.spans: list[tuple[int, int, SegmentKind]] = []
        self.headline: str | None = None
        self.byline: Byline | None = None
        self.dateline: Dateline | None = None
        self.credits: list[Credit] = []
        self.head_notes: list[Note] = []
        self.tail_notes: list[Note] = []
        self.copyright: Copyright | None = None
        self.tag_agencies: list[str] = []
        self.paragraphs: list[str] = []
        # long one-line paragraphs: (lo, hi) -> index in paragraphs, filled in by _finish
        self.shared: dict[tuple[int, int], int] = {}
        self._datelines: dict[int, Dateline | None] = {}
        self._bylines: dict[str, Byline | None] = {}
        self.stamped: dt.date | None = None  # the date of a web time stamp in the head
        # the lines: where each starts, and where its non-blank content starts and ends
        self.starts: list[int] = []
        self.los: list[int] = []
        self.his: list[int] = []

    # -------------------------------------------------------------------- helpers

    def _dateline_at(self, line: int) -> Dateline | None:
        if self.los[line] >= self.his[line]:
            return None  # a blank line
        if line in self._datelines:
            return self._datelines[line]
        found = self._find_dateline(line)
        self._datelines[line] = found
        return found

    def _find_dateline(self, line: int) -> Dateline | None:
        base = self.starts[line]  # offsets in the story, not in the window
        window = self.text[base : self.los[line] + 320]
        found = _dateline.parse_dateline(window, published=self.published)
        if found is None:
            return None
        d = found
        return Dateline(
            d.place, d.region, d.country, d.month, d.day, d.date, d.agency, d.raw,
            d.end + base, d.start + base, d.year,
        )  # fmt: skip

    def _content(self, line: int) -> str:
        return self.text[self.los[line] : self.his[line]]

    def _indented(self, line: int) -> bool:
        start = self.starts[line]
        return self.los[line] > start and self.text[start] in _INDENTS

    def _title_like(self, line: int) -> bool:
        lo = self.los[line]
        hi = self.his[line]
        if not 0 < hi - lo <= _HEADLINE_MAX:
            return False  # tested before slicing: a 1 MB line is not copied to be measured
        content = self.text[lo:hi]
        if len(content.split()) > 40:
            return False
        if not any(ch.isalpha() for ch in content) or _BY.match(content):
            return False
        if content.endswith(".") and not (content.isupper() or _ABBREVIATION_END.search(content)):
            return False
        return classify_tag(content) is None and parse_copyright(content) is None

    def _parse_byline(self, content: str) -> Byline | None:
        if content not in self._bylines:
            self._bylines[content] = parse_byline(content)
        return self._bylines[content]

    def _byline_at(self, line: int, *, followed_by_dateline: bool) -> Byline | None:
        lo = self.los[line]
        hi = self.his[line]
        if hi - lo > 300:
            return None
        content = self.text[lo:hi]
        if _BY.match(content):
            return self._parse_byline(content)
        if not followed_by_dateline or content.endswith("."):
            return None
        found = self._parse_byline(content)
        if found is not None and (found.agency is not None or len(found.authors) >= 2):
            return found  # "Reuters Staff", "Tal Shalev, CNN" just above the dateline
        return None

    # -------------------------------------------------------------------- the head

    def run(self) -> Story:
        text = self.text
        starts, los, his = self.starts, self.los, self.his = _lines(text)
        count = len(starts)
        content_lines = [index for index in range(count) if los[index] < his[index]]
        if not content_lines:
            return self._story(body_from=count, body_offset=len(text))

        body_from = content_lines[0]
        body_offset = los[body_from]
        cursor = 0  # index into content_lines

        def following(position: int) -> int | None:
            return content_lines[position + 1] if position + 1 < len(content_lines) else None

        first = content_lines[0]
        next_line = following(0)
        next_byline = (
            next_line is not None
            and his[next_line] - los[next_line] <= _BYLINE_MAX  # parse_byline's own limit
            and _BY.match(self._content(next_line)) is not None
            and self._parse_byline(self._content(next_line)) is not None
        )
        next_dateline = (
            self._dateline_at(next_line) if next_line is not None and not next_byline else None
        )
        # a line followed by a byline or a dateline is not itself a dateline
        own_dateline = None if next_dateline or next_byline else self._dateline_at(first)
        if (
            own_dateline is not None
            and (own_dateline.agency is None or own_dateline.end >= his[first])
            and next_line is not None
            and self._indented(next_line)
            and not self._indented(first)
        ):
            own_dateline = None  # "U.S. MARKETS - March 3" over an indented paragraph: a title
        if own_dateline is None and self._title_like(first):
            gap = next_line is not None and next_line > first + 1
            # a line that starts a new indented paragraph also sets the title apart (1987 copy)
            indented = (
                next_line is not None
                and not gap
                and self._indented(next_line)
                and not self._indented(first)
            )
            if next_dateline is not None or next_byline or gap or indented:
                self.headline = fold_whitespace(self._content(first))
                self.spans.append((los[first], his[first], SegmentKind.HEADLINE))
                cursor = 1

        # byline, notes and time stamps, then the dateline
        while cursor < len(content_lines) and cursor <= _HEAD_LINES:
            line = content_lines[cursor]
            # notes are only taken under 400 characters and tags are at most 400 long: a
            # longer line is neither, and is not copied to be tested
            lo = los[line]
            hi = his[line]
            content = text[lo:hi] if hi - lo <= 400 else ""
            dateline = self._dateline_at(line)
            if dateline is not None:
                self.dateline = dateline
                self.spans.append(
                    (dateline.start, dateline.start + len(dateline.raw), SegmentKind.DATELINE)
                )
                body_offset = dateline.end
                body_from = self._line_of(line, dateline.end)
                break
            nxt = following(cursor)
            if self.byline is None and not self.head_notes:
                upcoming = self._dateline_at(nxt) if nxt is not None else None
                byline = self._byline_at(line, followed_by_dateline=upcoming is not None)
                if byline is not None:
                    end = hi
                    # a role or agency line under the names: "AP Diplomatic Writer", "Associated Press"
                    if nxt is not None and nxt == line + 1:
                        role = self._content(nxt)
                        if upcoming is None and (
                            _ROLE_LINE.match(role) or canonical_agency(role) is not None
                        ):
                            more = parse_byline(content + "\n" + role)
                            byline = more if more is not None else byline
                            end = his[nxt]
                            cursor += 1
                    raw = text[lo:end]
                    self.byline = Byline(byline.authors, byline.agency, raw)
                    self.spans.append((lo, end, SegmentKind.BYLINE))
                    cursor += 1
                    continue
            note = classify_note(content)
            if note is not None and len(content) < 400:
                self.head_notes.append(note)
                self.spans.append((lo, hi, SegmentKind.NOTE))
                cursor += 1
                continue
            tag = classify_tag(content)
            if tag is not None and tag[0] is TrailerKind.TAG and content[:1] in "UP0123456789":
                # web time stamps ("Published 3:04 PM EST, Thu November 6, 2025"), "3 min read"
                self.spans.append((lo, hi, SegmentKind.TAG))
                stamp = _STAMP_DATE.search(content)
                if stamp is not None and (self.stamped is None or content[:1] == "P"):
                    self.stamped = _stamp_date(stamp)
                cursor += 1
                continue
            if (
                self.headline is not None
                and nxt is not None
                and self._title_like(line)
                and self._dateline_at(nxt) is not None
            ):
                # a second title line (a deck or kicker) between the headline and the dateline
                self.spans.append((lo, hi, SegmentKind.OTHER))
                cursor += 1
                continue
            break
        if self.dateline is None:
            if cursor < len(content_lines):
                body_from = content_lines[cursor]
                body_offset = los[body_from]
            else:
                body_from = count
                body_offset = len(text)
        return self._story(body_from=body_from, body_offset=body_offset)

    def _line_of(self, index: int, offset: int) -> int:
        """The line, from ``index`` on, that holds ``offset``."""
        starts = self.starts
        while index + 1 < len(starts) and starts[index + 1] <= offset:
            index += 1
        return index

    # -------------------------------------------------------------------- the body and tail

    def _paragraphs(self, body_from: int, body_offset: int) -> list[list[tuple[int, int, bool]]]:
        """Group body lines into paragraphs of (lo, hi, indented) line pieces."""
        text = self.text
        starts, los, his = self.starts, self.los, self.his
        blocks: list[list[tuple[int, int, bool]]] = []
        block: list[tuple[int, int, bool]] = []
        after = body_from + 1
        lo, hi = max(los[body_from], body_offset), his[body_from]
        if lo < hi:
            if los[body_from] < body_offset:
                block.append((lo, hi, True))  # the rest of the dateline's line
            else:
                start = starts[body_from]
                block.append((lo, hi, lo > start and text[start] in _INDENTS))
        # the lines after the first start after body_offset
        for start, lo, hi in zip(starts[after:], los[after:], his[after:], strict=True):
            if lo >= hi:
                if block:
                    blocks.append(block)
                    block = []
                continue
            block.append((lo, hi, lo > start and text[start] in _INDENTS))
        if block:
            blocks.append(block)
        paragraphs: list[list[tuple[int, int, bool]]] = []
        for block in blocks:
            if len(block) == 1:
                paragraphs.append(block)  # most modern paragraphs: one line each
                continue
            later = block[1:]
            mixed = any(piece[2] for piece in later) and not all(piece[2] for piece in later)
            current = [block[0]]
            for piece in later:
                previous_end = text[current[-1][1] - 1]
                ends_sentence = previous_end in _SENTENCE_END
                if ends_sentence and (piece[2] or not mixed):
                    paragraphs.append(current)
                    current = [piece]
                else:
                    current.append(piece)
            paragraphs.append(current)
        return paragraphs

    def _tail_kind(self, lo: int, hi: int) -> tuple[SegmentKind, object] | None:
        if hi - lo > _END_MATTER_MAX and _stripped_size(self.text, lo, hi) > _END_MATTER_MAX:
            return None  # longer than any end matter the footer functions read: not copied
        content = self.text[lo:hi]
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

    def _record(self, kind: SegmentKind, value: object, lo: int, hi: int) -> None:
        self.spans.append((lo, hi, kind))
        if kind is SegmentKind.TAG:
            if isinstance(value, str):
                self.tag_agencies.append(value)
        elif kind is SegmentKind.COPYRIGHT and isinstance(value, Copyright):
            if self.copyright is None:
                self.copyright = value
        elif kind is SegmentKind.CREDIT and isinstance(value, tuple):
            # the tail is read bottom up: credits and notes are reversed in _finish
            self.credits.extend(reversed([c for c in value if isinstance(c, Credit)]))
        elif kind is SegmentKind.NOTE and isinstance(value, Note):
            self.tail_notes.append(value)

    def _story(self, *, body_from: int, body_offset: int) -> Story:
        text = self.text
        paragraphs = (
            self._paragraphs(body_from, body_offset) if body_from < len(self.starts) else []
        )
        # the tail, bottom up: whole paragraphs, then trailing lines of the last one
        while paragraphs:
            last = paragraphs[-1]
            whole = self._tail_kind(last[0][0], last[-1][1])
            if (
                whole is not None
                and len(last) > 1
                and whole[0] in {SegmentKind.TAG, SegmentKind.SEPARATOR}
            ):
                whole = None  # a multi-line paragraph is not one tag: look at its lines
            if whole is not None:
                self._record(whole[0], whole[1], last[0][0], last[-1][1])
                paragraphs.pop()
                continue
            kept = len(last) if len(last) > 1 else 0
            while kept > 0:
                piece = last[kept - 1]
                found = self._tail_kind(piece[0], piece[1])
                if found is None or found[0] not in _LINE_KINDS:
                    break  # credits and notes are paragraphs; a wrapped line is not one
                self._record(found[0], found[1], piece[0], piece[1])
                kept -= 1
            if kept == 0 and len(last) > 1:
                paragraphs.pop()
                continue
            if kept == 0:
                break  # a one-line paragraph that is none of the end matter: the body
            if kept < len(last):
                paragraphs[-1] = last[:kept]
            break
        # notes at the top of the body ("Editor's note: ...")
        leading = 0
        while leading < len(paragraphs):
            first = paragraphs[leading]
            lo, hi = first[0][0], first[-1][1]
            if len(first) > 3 or (
                hi - lo > _END_MATTER_MAX and _stripped_size(text, lo, hi) > _END_MATTER_MAX
            ):
                break  # not a note (classify_note's limit): tested before copying the paragraph
            note = classify_note(text[lo:hi])
            if note is None:
                break
            self.head_notes.append(note)
            self.spans.append((lo, hi, SegmentKind.NOTE))
            leading += 1
        del paragraphs[:leading]
        # a tag glued to the end of the last paragraph: "... the visit. Enditem"
        if paragraphs:
            last = paragraphs[-1]
            lo, hi, indented = last[-1]
            # inline_tag reads only the last 40 characters: hand it those, not the whole line
            tail = max(lo, hi - 40)
            glued = inline_tag(text[tail:hi])
            if glued is not None and tail - lo + glued[0] > 0:
                tag_start = tail + glued[0]
                body_end = _content_end(text, lo, tag_start)
                if body_end > lo:
                    last[-1] = (lo, body_end, indented)
                    if glued[1]:
                        self.tag_agencies.append(glued[1])
                    self.spans.append((tag_start, hi, SegmentKind.TAG))
        add_span = self.spans.append
        add_paragraph = self.paragraphs.append
        body = SegmentKind.BODY
        shared_min = _SHARED_TEXT
        for paragraph in paragraphs:
            lo = paragraph[0][0]
            hi = paragraph[-1][1]
            add_span((lo, hi, body))
            if len(paragraph) > 1:
                add_paragraph("\n".join(text[lo:hi] for lo, hi, _ in paragraph))
            elif hi - lo < shared_min:
                add_paragraph(text[lo:hi])  # already trimmed
            else:  # a long line: _finish gives it its segment's string (one copy, not two)
                self.shared[lo, hi] = len(self.paragraphs)
                add_paragraph("")
        return self._finish()

    def _share(self, segments: list[Segment]) -> None:
        """Give each long one-line paragraph the string of its segment."""
        shared = self.shared
        for segment in segments:
            if segment.kind is SegmentKind.BODY and (segment.start, segment.end) in shared:
                self.paragraphs[shared.pop((segment.start, segment.end))] = segment.text
        for (lo, hi), index in shared.items():  # not a segment (never so far): copy it
            self.paragraphs[index] = self.text[lo:hi]

    def _finish(self) -> Story:
        text = self.text
        segments: list[Segment] = []
        tags: list[str] = []
        append = segments.append
        new = object.__new__
        separator = SegmentKind.SEPARATOR
        tag = SegmentKind.TAG
        position = 0
        # segments are built inline, as _segment does: a story has dozens of them
        for lo, hi, kind in sorted(self.spans):
            if lo < position or hi <= lo:
                continue  # never overlap; never empty
            if lo > position:
                piece = text[position:lo]
                if piece.isspace():  # the usual gap: line breaks and indentation
                    segment = new(Segment)
                    segment.__dict__.update(kind=separator, start=position, end=lo, text=piece)
                    append(segment)
                else:
                    segments.extend(_gap(text, position, lo))
            piece = text[lo:hi]
            segment = new(Segment)
            segment.__dict__.update(kind=kind, start=lo, end=hi, text=piece)
            append(segment)
            if kind is tag:
                tags.append(piece)
            position = hi
        if position < len(text):
            segments.extend(_gap(text, position, len(text)))
        if self.shared:
            self._share(segments)
        agency = None
        if self.dateline is not None:
            agency = self.dateline.agency
        if agency is None and self.byline is not None:
            agency = self.byline.agency
        if agency is None and self.copyright is not None and self.copyright.holder:
            agency = canonical_agency(self.copyright.holder)
        if agency is None and self.tag_agencies:
            agency = self.tag_agencies[0]
        published = self.published
        if published is None and self.dateline is not None and self.dateline.year is not None:
            published = self.dateline.date
        if published is None:
            published = self.stamped
        paragraphs = tuple(self.paragraphs)
        return Story(
            text=text,
            segments=tuple(segments),
            headline=self.headline,
            byline=self.byline,
            dateline=self.dateline,
            paragraphs=paragraphs,
            body="\n\n".join(paragraphs),
            credits=tuple(reversed(self.credits)),
            notes=(*self.head_notes, *reversed(self.tail_notes)),
            copyright=self.copyright,
            agency=agency,
            published=published,
            tags=tuple(tags),  # gaps are never tags
        )


_STAMP_DATE = lazy_regex(
    r"\b(?P<month>[A-Z][a-z]{2,8})\.?[ \t]++(?P<day>\d{1,2}),[ \t]*+(?P<year>(?:19|20)\d\d)\b"
)


def _stamp_date(match: regex.Match[str]) -> dt.date | None:
    month = month_number(match["month"])
    if month is None:
        return None
    try:
        return dt.date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None


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


def _content_end(text: str, lo: int, hi: int) -> int:
    """``lo + len(text[lo:hi].rstrip())``, without copying the piece."""
    found = _LAST_NOT_SPACE.search(text, lo, hi)
    return lo if found is None else found.end()


def _stripped_size(text: str, lo: int, hi: int) -> int:
    """``len(text[lo:hi].strip())``, without copying the piece."""
    first = _FIRST_NOT_SPACE.search(text, lo, hi)
    return 0 if first is None else _content_end(text, lo, hi) - first.start()


def _gap(text: str, lo: int, hi: int) -> list[Segment]:
    """Segments for text between recognised parts: whitespace, or OTHER text between
    whitespace, so that no part starts or ends with a blank."""
    piece = text[lo:hi]
    if piece.isspace() or not piece.strip(BLANKS):
        return [_segment(SegmentKind.SEPARATOR, lo, hi, piece)]
    core = piece.strip(BLANKS)
    start = lo + (len(piece) - len(piece.lstrip(BLANKS)))
    end = start + len(core)
    segments = [_segment(SegmentKind.OTHER, start, end, core)]
    if start > lo:
        segments.insert(0, _segment(SegmentKind.SEPARATOR, lo, start, text[lo:start]))
    if end < hi:
        segments.append(_segment(SegmentKind.SEPARATOR, end, hi, text[end:hi]))
    return segments


def _segment(kind: SegmentKind, start: int, end: int, text: str) -> Segment:
    """Build a segment without re-checking it: the parser makes ``text`` from ``start`` and
    ``end`` itself (and the tests check every partition), and stories have many segments."""
    segment: Segment = object.__new__(Segment)
    segment.__dict__.update(kind=kind, start=start, end=end, text=text)
    return segment
