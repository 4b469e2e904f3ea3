"""The result types of the wire-story parser: frozen value objects and closed vocabularies.

Every class holds plain values (``str``, ``int``, tuples, :class:`datetime.date`, enums,
nested frozen classes and :class:`~accordlib.countries.Country`), so that a cattrs
converter can turn them into JSON and back without loss.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from accordlib.countries.model import Country

__all__ = [
    "Byline",
    "Copyright",
    "Credit",
    "CreditRole",
    "Dateline",
    "Note",
    "NoteKind",
    "Segment",
    "SegmentKind",
    "Story",
]


class SegmentKind(enum.Enum):
    """What a :class:`Segment` of a story is."""

    #: The title line(s) at the top of the story.
    HEADLINE = "headline"
    #: "By ..." and the lines that belong to it (roles, agency).
    BYLINE = "byline"
    #: The dateline, from its first character to its closing dash (or colon, or tag).
    DATELINE = "dateline"
    #: A body paragraph, from its first to its last non-blank character.
    BODY = "body"
    #: "(Reporting by ...; Editing by ...)", "X contributed to this report", ...
    CREDIT = "credit"
    #: Update, correction and editor's notes.
    NOTE = "note"
    #: The copyright footer.
    COPYRIGHT = "copyright"
    #: Wire tags and trailers: "Reuter", "Enditem", "(END)", "The-CNN-Wire", "Editor: ...".
    TAG = "tag"
    #: Whitespace between parts and rule lines such as "___".
    SEPARATOR = "separator"
    #: Anything else the parser keeps but does not interpret.
    OTHER = "other"


# Dateline and Segment are built on hot paths (every dateline, every part of every story):
# without __slots__ attrs fills the instance dictionary directly, which is cheaper.
@attrs.frozen(slots=False)
class Segment:
    """A contiguous piece of the story: ``text == story.text[start:end]``."""

    kind: SegmentKind
    start: int
    end: int
    text: str

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end - self.start != len(self.text):
            if not 0 <= self.start <= self.end:
                msg = f"Segment needs 0 <= start <= end, got start={self.start}, end={self.end}"
                raise ValueError(msg)
            msg = f"Segment text has {len(self.text)} characters but spans {self.end - self.start}"
            raise ValueError(msg)


@attrs.frozen
class Byline:
    """Who wrote a story: people in printed order, and the agency they write for.

    ``raw`` is the byline as printed. ``credits`` holds the roles when the text is a
    credit line ("Reporting by Ann Lee; Editing by Kim Ode"): ``authors`` then lists
    every credited person once, in printed order.
    """

    authors: tuple[str, ...]
    agency: str | None
    raw: str
    #: Left out of the repr, so that a byline prints as it always has.
    credits: tuple[Credit, ...] = attrs.field(default=(), repr=False)


@attrs.frozen(slots=False)
class Dateline:
    """The place (and often date and agency) a story was filed from.

    ``raw`` is the dateline exactly as printed, up to and including its closing
    dash (or colon, or agency tag); ``start`` is the offset of its first character
    and ``end`` the offset where the body text begins, both in the text given to
    :func:`~accordlib.parse_dateline` (in the story text for :attr:`Story.dateline`).
    ``year`` is the year when the dateline prints one.
    """

    place: str | None
    region: str | None
    country: Country | None
    month: int | None
    day: int | None
    date: dt.date | None
    agency: str | None
    raw: str
    end: int
    start: int = 0
    year: int | None = None


class CreditRole(enum.Enum):
    """What a credited person did for the story."""

    REPORTING = "reporting"
    ADDITIONAL_REPORTING = "additional reporting"
    WRITING = "writing"
    EDITING = "editing"
    CONTRIBUTING = "contributing"
    COMPILED = "compiled"
    PHOTO = "photo"
    #: Research, graphics, production, fact-checking and other roles.
    OTHER = "other"


@attrs.frozen
class Credit:
    """One credited role: ``names`` in printed order; ``raw`` is the clause as printed."""

    role: CreditRole
    names: tuple[str, ...]
    raw: str


class NoteKind(enum.Enum):
    """What kind of note an editor attached to a story."""

    UPDATE = "update"
    CORRECTION = "correction"
    EDITORS_NOTE = "editor's note"
    OTHER = "other"


@attrs.frozen
class Note:
    """An update, correction or editor's note, with its text as printed (whitespace-folded)."""

    kind: NoteKind
    text: str


@attrs.frozen
class Copyright:
    """A copyright footer.

    ``holder`` is the rights holder ("Cable News Network, Inc."), ``year`` the latest
    year printed, ``notice`` the whole notice whitespace-folded and ``raw`` the text
    exactly as printed.
    """

    holder: str | None
    year: int | None
    notice: str
    raw: str


@attrs.frozen
class Story:
    """A wire story split into its parts.

    ``"".join(s.text for s in segments) == text`` always holds; ``body`` is
    ``"\\n\\n".join(paragraphs)``.
    """

    text: str
    segments: tuple[Segment, ...]
    headline: str | None
    byline: Byline | None
    dateline: Dateline | None
    paragraphs: tuple[str, ...]
    body: str
    credits: tuple[Credit, ...]
    notes: tuple[Note, ...]
    copyright: Copyright | None
    agency: str | None
    #: The publication date: the ``published`` argument of :func:`parse_story`; without
    #: one, inferred from the story: a dateline date that prints its year, or the
    #: dateline's month and day in the year of the copyright footer or of a web time
    #: stamp in the head; else the time stamp's date; else ``None``.
    published: dt.date | None
    #: Wire tags found in the story ("Reuter", "Enditem", "The-CNN-Wire", ...), as printed.
    tags: tuple[str, ...] = ()
    #: ``True`` when the parser failed on this text and the story is its safety net: the
    #: whole text as one ``OTHER`` segment, no parts (a
    #: :class:`~accordlib.errors.StoryParseWarning` was issued).
    degraded: bool = False

    @property
    def date(self) -> dt.date | None:
        """The story's own date, from the best evidence it has: the dateline's full date
        (a printed year, else its month and day resolved against :attr:`published`), else
        :attr:`published`. Relative dates in the story ("on Sunday", "last week") are
        anchored on it, so a batch-wide publication date never overrides a dateline that
        prints its own day.

        >>> from accordlib import parse_story
        >>> story = parse_story("CAIRO, Jan 21 (Reuters) - Talks resumed.", published="2026-03-03")
        >>> story.published, story.date
        (datetime.date(2026, 3, 3), datetime.date(2026, 1, 21))
        """
        dateline = self.dateline
        if dateline is not None and dateline.date is not None:
            return dateline.date
        return self.published
