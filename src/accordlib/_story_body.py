"""Body paragraphs of a raw story when the wire parser finds none (a fallback for
:mod:`accordlib.extract`): the text without its headline, byline and trailer lines."""

from __future__ import annotations

import functools

import regex

__all__ = ["body_spans"]


@functools.cache
def _trailer() -> regex.Pattern[str]:
    """Compiled on first use, so that importing accordlib stays fast."""
    return regex.compile(
        r"""
        \A\s*+(?:
            By\s
          | The-\w++-Wire | \(END\) | Enditem | Reuter\b | _{3,} | ==
          | Our\sStandards | Editor: | Copyright\b | \u00a9 | \u2122 | \(c\)\s
          | \(Reporting\sby | Reporting\sby | Editing\sby
          | .{0,80}?\bcontributed\sto\sthis\sreport
        )
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )


def body_spans(text: str) -> list[tuple[int, int]]:
    """Body paragraphs of a raw story: without its headline, byline and trailer lines."""
    spans: list[tuple[int, int]] = []
    position = 0
    first = True
    for line in text.splitlines(keepends=True):
        start, end = position, position + len(line.rstrip("\r\n"))
        position += len(line)
        stripped = line.strip()
        if not stripped:
            continue
        if first:
            first = False
            nxt = text[position : position + 2]
            if (
                not stripped.endswith((".", "\u201d", '"'))
                and len(stripped) < 120
                and (nxt.startswith(("\n", "\r\n", " ")) or stripped.isupper() or "By " in nxt)
            ):
                continue  # a headline
        if _trailer().match(line):
            continue
        spans.append((start, end))
    return spans
