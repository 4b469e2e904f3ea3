"""Wire stories: :func:`parse_story`, :func:`parse_byline`, :func:`parse_dateline`,
:func:`parse_copyright` and their result types.

The modules, bottom up: ``model`` (the result types), ``agencies`` (the agency table),
``_months`` (month names and misspellings), ``places`` (the country of a dateline
place), ``byline_words``, ``outlet_words``, ``name_pieces``, ``names``, ``byline_labels``,
``byline_segments`` and ``byline`` (bylines),
``dateline_grammar``, ``dateline_parts``, ``dateline_roles``, ``dateline_close``,
``dateline_main``, ``dateline_leads``, ``dateline_shapes``, ``dateline_first`` and
``dateline`` (datelines), ``footer`` (copyright, credits, notes, tags), and the story
parser in four steps: ``lines`` (offsets of every line), ``story`` (the head and the
whole), ``body`` (paragraphs and end matter) and ``segments`` (the lossless partition).
"""

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
