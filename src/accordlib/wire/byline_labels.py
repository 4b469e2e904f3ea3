"""The labels that open a byline's segments and say what follows them.

"Source: Xinhua" names a source, "Editor: Li Wei" people, "Published in Dawn" an outlet,
"Articles written by" people again (see :mod:`accordlib.wire.byline`). The words that
label a source come from the ``byline_words.tsv`` table (``source``: with or without
a colon, "Source Xinhua"; ``source_colon``: only before a colon, "Forrás: Telex.hu"), and
so do those that label a photo credit (``photo_colon``: "Photo: Ana Ruiz", "Bild: KEYSTONE"),
whose photographer or picture agency is read like a byline's people and agency, and the
words for "by" of other languages (``lead``: "Bya <name>", Luganda).
"""

from __future__ import annotations

import regex

from accordlib._util.lazy import Lazy, lazy_regex
from accordlib._util.tables import read_table

__all__ = [
    "AGGREGATOR",
    "LABEL",
    "PHOTO_QUALIFIERS",
    "PHOTO_WORDS",
    "TABLE_LEADS",
    "photo_words",
    "source_words",
    "sourced",
]


def source_words(*, colon: bool = False) -> tuple[str, ...]:
    """The case-folded words that label a source, longest first; with ``colon``, those
    that do so only before a colon."""
    kind = "source_colon" if colon else "source"
    words = {row["word"] for row in read_table("byline_words.tsv") if row["kind"] == kind}
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


def photo_words() -> frozenset[str]:
    """The case-folded words that label a photo credit before a colon ("Photo", "Bild")."""
    return frozenset(
        row["word"] for row in read_table("byline_words.tsv") if row["kind"] == "photo_colon"
    )


#: The words that label a photo credit, built on first use (see :func:`photo_words`).
PHOTO_WORDS = Lazy(photo_words)
#: The words for a picture's kind before its photo label ("File photo:", "Handout photo:"),
#: case-folded, from the table (kind ``photo_qualifier``).
PHOTO_QUALIFIERS = Lazy(
    lambda: frozenset(
        row["word"] for row in read_table("byline_words.tsv") if row["kind"] == "photo_qualifier"
    )
)


def _table_words(kind: str) -> tuple[str, ...]:
    """The case-folded words of ``kind`` in ``byline_words.tsv``, longest first."""
    words = {row["word"] for row in read_table("byline_words.tsv") if row["kind"] == kind}
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(word) for word in words)


#: The pattern of a label; <SOURCES> and <COLON_SOURCES> stand for the table's words.
_LABEL_PATTERN = r"""\A(?:
       (?P<source>(?:(?:information|news|content|original)[ \t]++)?+
         (?:<SOURCES>|excerpts?+|avec)
         (?=[ \t:])[ \t]*+:?+
       | (?:<COLON_SOURCES>)[ \t]*+:
       | more[ \t]*+:)
     | (?P<persons>(?:(?:video|photo|web|news|senior|sub|copy|chief)[ \t]++)?+
         (?:redaktur[ \t]*+&[ \t]*+reporter|editor|editors|author|authors|reporter|reporters
           |correspondent|writer|text|pewarta|penulis|wartawan|laporan|oprac\.?+
           |autor|autora|auteur|redactor|redactora|redaktor|redaktur
           |автор|корреспондент|yazar|muhabir)[ \t]*+:)
     | (?P<photo>(?:<PHOTO>)[ \t]*+:)
     | (?P<outlets>(?:this[ \t]++(?:article|story|report|post)[ \t]++(?:was|is)[ \t]++)?+
           (?:originally[ \t]++)?+(?:posted|published|appeared|first[ \t]++published)
             [ \t]++(?:on|in|at)\b[ \t]*+:?+
         | (?:originally[ \t]++)?+(?:published|appeared|first[ \t]++published)[ \t]++by\b[ \t]*+:?+
         | continue[ \t]++reading(?:[ \t]++this[ \t]++article)?+[ \t]++(?:at|on)\b
         | suite[ \t]++de[ \t]++l['’]article[ \t]++(?:sur|dans)
         | (?:the[ \t]++)?+content[ \t]++originally[ \t]++appeared[ \t]++on[ \t]*+:?+
         | this[ \t]++(?:page|article|story)[ \t]++is[ \t]++made[ \t]++available
             [ \t]++(?:thanks[ \t]++to|by)
         | based[ \t]++on[ \t]++(?:a[ \t]++)?+(?:report|reports|reporting)[ \t]++(?:by|from)
         | (?:\.{2,}|…)?+[ \t]*+reports\b
         | read[ \t]++more[ \t]++(?:at|on)
         | read[ \t]++more[ \t]*+:
         | con[ \t]++informaci[óo]n[ \t]++de\b
         | (?:this[ \t]++(?:post|article|story|report)[ \t]++(?:was|is)[ \t]++)?+
             (?:syndicated|republished|reproduced|reprinted)[ \t]++
             (?:from|with[ \t]++permission[ \t]++(?:from|of))\b
         | (?:riproduzione[ \t]++riservata[ \t]++)?+(?:©[ \t]*+)?+copyright\b(?:[ \t]*+(?:©|\(c\)))?+
             (?:[ \t]*+(?:19|20)\d\d(?:[-–]\d{2,4})?+)?+
         | ©(?:[ \t]*+(?:19|20)\d\d)?+)
     | (?P<people>(?:this[ \t]++(?:article|story|post|report)[ \t]++(?:was|is)[ \t]++)?+
         (?:latest[ \t]++posts|(?:more[ \t]++)?+articles?+(?:[ \t]++written)?+|posts?+|posted
         |stories|written|words|story|interview|reported|compiled|photos?|opinion|translation
         |translated|authored)[ \t]++by\b
         [ \t]*+:?+
       | (?:prepared|edited|produced|translated|submitted|curated)[ \t]++by\b[ \t]*+:?+
       | (?:(?:ein[ \t]++)?+beitrag[ \t]++von
           |(?:(?:editado|editada|escrito|escrita|redactado|redactada)[ \t]++)?+por|par|via
           |<LEADS>)
         (?=[ \t:])[ \t]*+:?+)
    )[ \t]*+"""


def _build_label() -> regex.Pattern[str]:
    return regex.compile(
        _LABEL_PATTERN.replace("<SOURCES>", _alternation(source_words()))
        .replace("<COLON_SOURCES>", _alternation(source_words(colon=True)))
        .replace("<LEADS>", _alternation(_table_words("lead")))
        .replace(
            "<PHOTO>", _alternation(tuple(sorted(photo_words(), key=lambda w: (-len(w), w))))
        ),
        regex.VERBOSE | regex.IGNORECASE,
    )


#: The words for "by" of other languages that lead a credit ("bya"), from the table.
TABLE_LEADS = Lazy(lambda: frozenset(_table_words("lead")))

#: A label that says what follows it (see the module's docstring), built on first use.
LABEL = Lazy(_build_label)

#: An aggregator's mark before its source ("MENAFN- The Peninsula").
AGGREGATOR = lazy_regex(r"\A(?:MENAFN|Menafn)[ \t]*+[-–—:]?+[ \t]*+")


def sourced(before: str) -> bool:
    """Whether a byline opens with a source's label ("Source: ISD (Rachel Sarpong)"): the
    person in a bracket after the source is its writer, no qualifier."""
    label = LABEL.get().match(before.lstrip())
    return label is not None and label["source"] is not None
