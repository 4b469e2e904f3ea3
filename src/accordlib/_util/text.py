"""Text utilities shared by every parser: type checks, dashes, quotes, whitespace.

This module sits at the bottom of the import graph: it imports nothing from accordlib
except :mod:`accordlib.errors`.
"""

from __future__ import annotations

import unicodedata

from accordlib.errors import InputTypeError

__all__ = [
    "APOSTROPHES",
    "BLANKS",
    "DASHES",
    "LINE_BREAKS",
    "fold_whitespace",
    "require_str",
    "strip_accents",
]

#: Every dash a wire service uses between a dateline and the story.
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

#: Every character that separates lines for :meth:`str.splitlines`.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

#: Whitespace as :meth:`str.isspace` knows it, plus the byte-order mark and zero-width
#: space that copy-pasted wire text carries at its edges.
BLANKS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\ufeff\u200b"

#: Apostrophes and single quotes that mean the same in names ("Côte d’Ivoire").
APOSTROPHES = "'\u2018\u2019\u02bc\u02b9\u2032`\u00b4"


def require_str(value: object, what: str = "text") -> str:
    """Return ``value`` if it is a ``str``; raise :class:`~accordlib.errors.InputTypeError` if not.

    The message names the type received; for ``bytes`` it says to decode first.
    """
    if isinstance(value, str):
        return value
    kind = type(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        message = (
            f"{what} must be str, not {kind.__name__}; decode it first, e.g. data.decode('utf-8')"
        )
    else:
        message = f"{what} must be str, not {kind.__name__}"
    raise InputTypeError(message, kind)


def fold_whitespace(text: str) -> str:
    """Collapse every run of whitespace to one space and strip both ends."""
    return " ".join(text.split())


def strip_accents(text: str) -> str:
    """Remove combining marks: ``"Türkiye"`` becomes ``"Turkiye"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
