"""Whole stories: headline, byline, dateline, body paragraphs and end matter, losslessly.

The parser works on lines (:mod:`accordlib.wire.lines`). The *head* of the story is
read top down here (headline, byline, notes, time stamps, dateline); the *body* and the
*tail* are read by :mod:`accordlib.wire.body` (end matter bottom up: copyright, tags,
rule lines, credits, notes, stopping at the first line that is none of these); and
:mod:`accordlib.wire.segments` turns the parts into segments. Every character of the
input ends up in exactly one :class:`Segment`: parts start and end on non-blank
characters, and the whitespace between parts (line breaks, indentation) forms
``SEPARATOR`` segments.
"""

from __future__ import annotations

import datetime as dt
import warnings

import regex

from accordlib._util.dates import PublishedLike, coerce_published, resolve_month_day
from accordlib._util.lazy import lazy_regex
from accordlib._util.text import fold_whitespace, require_str
from accordlib._util.trusted import trusted
from accordlib.errors import StoryParseWarning
from accordlib.wire._months import month_number
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.body import (
    group_paragraphs,
    strip_end_matter,
    take_glued_tag,
    take_leading_notes,
)
from accordlib.wire.byline import parse_byline
from accordlib.wire.dateline import parse_dateline
from accordlib.wire.dateline_grammar import WINDOW
from accordlib.wire.footer import TrailerKind, classify_note, classify_tag, parse_copyright
from accordlib.wire.lines import INDENTS, split_lines
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
from accordlib.wire.segments import Span, build_segments

__all__ = ["parse_story"]

#: A headline is at most this long, in characters and in words.
_HEADLINE_MAX = 250
_HEADLINE_WORDS = 40
#: The longest byline :func:`parse_byline` reads.
_BYLINE_MAX = 400
#: A line above the dateline that does not start with "By" is a byline only this short.
_BARE_BYLINE_MAX = 300
#: Notes in the head are shorter than this; tags are at most this long.
_HEAD_NOTE_MAX = 400
#: A one-line paragraph at least this long shares its string with its segment.
_SHARED_TEXT = 4096
#: How many lines at the top may hold headline, byline, notes and time stamps.
_HEAD_LINES = 12

_BY = lazy_regex(
    r"\A(?:(?:Words|Written|Story|Text|Interview|WORDS|STORY)[ \t]++)?+(?:By|BY|by)(?:[ \t]*+:|[ \t]++)\S"
)
_ABBREVIATION_END = lazy_regex(
    r"(?:\b(?:[A-Za-z]\.){1,4}+|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros|St|No|Cos|Plc|PLC|INC|CO|CORP|LTD)\.)\Z"
)
_ROLE_LINE = lazy_regex(
    r"\A(?:(?:AP|Associated[ \t]Press|Reuters|CNN|AFP|Bloomberg|UPI|[A-Z][a-z]++)[ \t]++)*+"
    r"(?:Senior[ \t]++|Chief[ \t]++|Staff[ \t]++|Special[ \t]++)?+"
    r"(?:[A-Z][a-z]++[ \t]++){0,2}+(?:Writer|Correspondent|Reporter|Editor|Columnist|Staff)s?+\Z"
)
#: The date of a web time stamp: "Nov 6, 2025".
_STAMP_DATE = lazy_regex(
    r"\b(?P<month>[A-Z][a-z]{2,8})\.?[ \t]++(?P<day>\d{1,2}),[ \t]*+(?P<year>(?:19|20)\d\d)\b"
)

#: ``make_dateline(*fields)``: a dateline moved to story offsets, without re-checking.
_make_dateline = trusted(Dateline)


def parse_story(text: str, *, published: PublishedLike = None, strict: bool = False) -> Story:
    """Split a plain-text wire story into its parts.

    Total on any ``str``: it never raises, and the segments always rebuild the input.
    ``published`` (a date, datetime or date string) resolves the dateline's month and
    day to a full date. :attr:`Story.date` is the story's own date from the best
    evidence it has: the dateline's date (a printed year, else its month and day in the
    year of ``published``, of the copyright footer or of a web time stamp), else
    ``published``, else a web time stamp's date.

    Should the parser itself fail on a text (a bug), the story returned holds the whole
    text as one ``OTHER`` segment and has :attr:`Story.degraded` set, and a
    :class:`~accordlib.errors.StoryParseWarning` is issued; with ``strict=True`` the
    error is raised instead.

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
    except Exception as error:
        if strict:
            raise
        message = f"{type(error).__name__}: {error}"
        warnings.warn(
            StoryParseWarning(
                f"parse_story could not parse a text of {len(text)} characters"
                f" ({message[:200]}); it is returned as one OTHER segment (degraded=True)"
            ),
            stacklevel=2,
        )
        return _degraded(text, anchor)


def _degraded(text: str, published: dt.date | None) -> Story:
    """The safety net: the whole text as one ``OTHER`` segment, no parts."""
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
        published=published,
        degraded=True,
    )


class _Parser:
    """One story's parse: the head here, the body and tail in :mod:`accordlib.wire.body`."""

    def __init__(self, text: str, published: dt.date | None) -> None:
        self.text = text
        self.published = published
        self.spans: list[Span] = []
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
        # the datelines of the head's lines, looked for once per line
        self._datelines: dict[int, Dateline | None] = {}
        self.stamped: dt.date | None = None  # the date of a web time stamp in the head
        # the lines: where each starts, and where its non-blank content starts and ends
        self.starts: list[int] = []
        self.los: list[int] = []
        self.his: list[int] = []

    # -------------------------------------------------------------------- lines

    def _dateline_at(self, line: int | None) -> Dateline | None:
        if line is None or self.los[line] >= self.his[line]:
            return None  # no line, or a blank line
        if line in self._datelines:
            return self._datelines[line]
        base = self.starts[line]  # offsets in the story, not in the window
        d = parse_dateline(self.text[base : self.los[line] + WINDOW], published=self.published)
        if d is not None:
            d = _make_dateline(
                d.place, d.region, d.country, d.month, d.day, d.date, d.agency, d.raw,
                d.end + base, d.start + base, d.year,
            )  # fmt: skip
        self._datelines[line] = d
        return d

    def _content(self, line: int) -> str:
        return self.text[self.los[line] : self.his[line]]

    def _indented(self, line: int) -> bool:
        start = self.starts[line]
        return self.los[line] > start and self.text[start] in INDENTS

    def _title_like(self, line: int) -> bool:
        lo = self.los[line]
        hi = self.his[line]
        if not 0 < hi - lo <= _HEADLINE_MAX:
            return False  # tested before slicing: a 1 MB line is not copied to be measured
        content = self.text[lo:hi]
        if len(content.split()) > _HEADLINE_WORDS:
            return False
        if not any(ch.isalpha() for ch in content) or _BY.match(content):
            return False
        if content.endswith(".") and not (content.isupper() or _ABBREVIATION_END.search(content)):
            return False
        return classify_tag(content) is None and parse_copyright(content) is None

    def _byline_at(self, line: int, *, followed_by_dateline: bool) -> Byline | None:
        lo = self.los[line]
        hi = self.his[line]
        if hi - lo > _BARE_BYLINE_MAX:
            return None
        content = self.text[lo:hi]
        if _BY.match(content):
            return parse_byline(content)
        if not followed_by_dateline or content.endswith(".") or parse_copyright(content):
            return None  # "(c) EFE 2025" above the dateline is a copyright line
        found = parse_byline(content)
        if found is not None and (found.agency is not None or len(found.authors) > 1):
            return found  # "Reuters Staff", "Tal Shalev, CNN" just above the dateline
        return None

    def _line_of(self, index: int, offset: int) -> int:
        """The line, from ``index`` on, that holds ``offset``."""
        starts = self.starts
        while index + 1 < len(starts) and starts[index + 1] <= offset:
            index += 1
        return index

    # -------------------------------------------------------------------- the head

    def run(self) -> Story:
        text = self.text
        starts, los, his = self.starts, self.los, self.his = split_lines(text)
        content_lines = [index for index in range(len(starts)) if los[index] < his[index]]
        if not content_lines:
            return self._story(body_from=len(starts), body_offset=len(text))
        cursor = self._read_headline(content_lines)
        body_from, body_offset = self._read_head(content_lines, cursor)
        return self._story(body_from=body_from, body_offset=body_offset)

    def _read_headline(self, content_lines: list[int]) -> int:
        """Take the first line as the headline when it stands apart as a title; return
        how many content lines it took (0 or 1)."""
        first = content_lines[0]
        next_line = content_lines[1] if len(content_lines) > 1 else None
        next_byline = self._starts_byline(next_line)
        next_dateline = None if next_byline else self._dateline_at(next_line)
        # a line followed by a byline or a dateline is not itself a dateline
        if not (next_dateline or next_byline) and self._own_dateline(first, next_line):
            return 0
        if not self._title_like(first):
            return 0
        if next_dateline is None and not next_byline and not self._set_apart(first, next_line):
            return 0
        self.headline = fold_whitespace(self._content(first))
        self.spans.append((self.los[first], self.his[first], SegmentKind.HEADLINE))
        return 1

    def _own_dateline(self, first: int, next_line: int | None) -> bool:
        """Whether the first line is a dateline rather than a title."""
        own = self._dateline_at(first)
        if own is None:
            return False
        # "U.S. MARKETS - March 3" over an indented paragraph: a title
        return not (
            (own.agency is None or own.end >= self.his[first])
            and next_line is not None
            and self._indented(next_line)
            and not self._indented(first)
        )

    def _set_apart(self, first: int, next_line: int | None) -> bool:
        """Whether a blank line follows the first line, or (1987 copy) a line that starts a
        new indented paragraph."""
        if next_line is None:
            return False
        return next_line > first + 1 or (self._indented(next_line) and not self._indented(first))

    def _starts_byline(self, line: int | None) -> bool:
        """Whether ``line`` is a "By ..." line that names someone."""
        return (
            line is not None
            and self.his[line] - self.los[line] <= _BYLINE_MAX  # parse_byline's own limit
            and _BY.match(self._content(line)) is not None
            and parse_byline(self._content(line)) is not None
        )

    def _read_head(self, content_lines: list[int], cursor: int) -> tuple[int, int]:
        """Read byline, notes and time stamps down to the dateline; return the line and
        offset where the body begins."""
        while cursor < len(content_lines) and cursor <= _HEAD_LINES:
            line = content_lines[cursor]
            dateline = self._dateline_at(line)
            if dateline is not None:
                self.dateline = dateline
                self.spans.append(
                    (dateline.start, dateline.start + len(dateline.raw), SegmentKind.DATELINE)
                )
                return self._line_of(line, dateline.end), dateline.end
            taken = self._read_head_line(content_lines, cursor)
            if not taken:
                break
            cursor += taken
        if cursor < len(content_lines):
            return content_lines[cursor], self.los[content_lines[cursor]]
        return len(self.starts), len(self.text)

    def _read_head_line(self, content_lines: list[int], cursor: int) -> int:
        """Read one line of the head that is not a dateline: a byline (with the role line
        under it), a note, a web time stamp or a deck. Return how many lines it took."""
        line = content_lines[cursor]
        lo = self.los[line]
        hi = self.his[line]
        # notes are only taken under 400 characters and tags are at most 400 long: a
        # longer line is neither, and is not copied to be tested
        content = self.text[lo:hi] if hi - lo <= _HEAD_NOTE_MAX else ""
        nxt = content_lines[cursor + 1] if cursor + 1 < len(content_lines) else None
        if self.byline is None and not self.head_notes:
            taken = self._read_byline(line, nxt, content)
            if taken:
                return taken
        note = classify_note(content)
        if note is not None and len(content) < _HEAD_NOTE_MAX:
            self.head_notes.append(note)
            self.spans.append((lo, hi, SegmentKind.NOTE))
            return 1
        tag = classify_tag(content)
        if tag is not None and tag[0] is TrailerKind.TAG and content[:1] in "UP0123456789":
            # web time stamps ("Published 3:04 PM EST, Thu November 6, 2025"), "3 min read"
            self.spans.append((lo, hi, SegmentKind.TAG))
            stamp = _STAMP_DATE.search(content)
            if stamp is not None and (self.stamped is None or content[:1] == "P"):
                self.stamped = _stamp_date(stamp)
            return 1
        if (
            self.headline is not None
            and nxt is not None
            and self._title_like(line)
            and self._dateline_at(nxt) is not None
        ):
            # a second title line (a deck or kicker) between the headline and the dateline
            self.spans.append((lo, hi, SegmentKind.OTHER))
            return 1
        return 0

    def _read_byline(self, line: int, nxt: int | None, content: str) -> int:
        """Take ``line`` as the byline, and the role or agency line right under it ("AP
        Diplomatic Writer", "Associated Press"); return how many lines it took."""
        upcoming = self._dateline_at(nxt)
        byline = self._byline_at(line, followed_by_dateline=upcoming is not None)
        if byline is None:
            return 0
        end = self.his[line]
        taken = 1
        if nxt is not None and nxt == line + 1 and upcoming is None:
            role = self._content(nxt)
            if _ROLE_LINE.match(role) or canonical_agency(role) is not None:
                more = parse_byline(content + "\n" + role)
                byline = more if more is not None else byline
                end = self.his[nxt]
                taken = 2
        lo = self.los[line]
        self.byline = Byline(byline.authors, byline.agency, self.text[lo:end])
        self.spans.append((lo, end, SegmentKind.BYLINE))
        return taken

    # -------------------------------------------------------------------- the body and tail

    def _record(self, kind: SegmentKind, value: object, lo: int, hi: int) -> None:
        """Keep one part of the end matter (the tail is read bottom up)."""
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
        lines = (self.starts, self.los, self.his)
        paragraphs = (
            group_paragraphs(text, lines, body_from, body_offset)
            if body_from < len(self.starts)
            else []
        )
        strip_end_matter(text, paragraphs, self._record)
        for note, lo, hi in take_leading_notes(text, paragraphs):
            self.head_notes.append(note)
            self.spans.append((lo, hi, SegmentKind.NOTE))
        glued = take_glued_tag(text, paragraphs)
        if glued is not None:
            tag_start, tag_end, agency = glued
            if agency:
                self.tag_agencies.append(agency)
            self.spans.append((tag_start, tag_end, SegmentKind.TAG))
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
        segments, tags = build_segments(self.text, self.spans)
        if self.shared:
            self._share(segments)
        paragraphs = tuple(self.paragraphs)
        return Story(
            text=self.text,
            segments=tuple(segments),
            headline=self.headline,
            byline=self.byline,
            dateline=self.dateline,
            paragraphs=paragraphs,
            body="\n\n".join(paragraphs),
            credits=tuple(reversed(self.credits)),
            notes=(*self.head_notes, *reversed(self.tail_notes)),
            copyright=self.copyright,
            agency=self._agency(),
            published=self._published(),
            tags=tuple(tags),  # gaps are never tags
        )

    def _agency(self) -> str | None:
        """The story's agency: from the dateline, else the byline, the copyright holder,
        the first wire tag that names one."""
        if self.dateline is not None and self.dateline.agency is not None:
            return self.dateline.agency
        if self.byline is not None and self.byline.agency is not None:
            return self.byline.agency
        if self.copyright is not None and self.copyright.holder:
            agency = canonical_agency(self.copyright.holder)
            if agency is not None:
                return agency
        return self.tag_agencies[0] if self.tag_agencies else None

    def _published(self) -> dt.date | None:
        """The story's publication date (see :attr:`Story.published`): the ``published``
        argument when there is one; else a dateline date with a printed year, or a dateline
        month and day in the year of the copyright footer or of a web time stamp; else the
        time stamp's date."""
        if self.published is not None:
            return self.published
        dateline = self.dateline
        if dateline is not None and dateline.month is not None and dateline.day is not None:
            if dateline.date is not None:
                return dateline.date  # a printed year
            year = self.copyright.year if self.copyright is not None else None
            if year is not None:
                try:
                    return dt.date(year, dateline.month, dateline.day)
                except ValueError:
                    pass  # February 29 in a common year: no date from the copyright
            if self.stamped is not None:
                resolved = resolve_month_day(dateline.month, dateline.day, self.stamped)
                if resolved is not None:
                    return resolved
        return self.stamped


def _stamp_date(match: regex.Match[str]) -> dt.date | None:
    month = month_number(match["month"])
    if month is None:
        return None
    try:
        return dt.date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None
