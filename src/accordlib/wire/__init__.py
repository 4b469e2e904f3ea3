"""Wire stories: :func:`parse_story`, :func:`parse_byline`, :func:`parse_dateline`,
:func:`parse_copyright` and their result types."""

from __future__ import annotations

from accordlib.wire.byline import parse_byline
from accordlib.wire.dateline import parse_dateline
from accordlib.wire.footer import parse_copyright
from accordlib.wire.model import (
    Byline,
    Copyright,
    Credit,
    CreditRole,
    Dateline,
    Note,
    NoteKind,
    Segment,
    SegmentKind,
    Story,
)
from accordlib.wire.story import parse_story

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
    "parse_byline",
    "parse_copyright",
    "parse_dateline",
    "parse_story",
]
