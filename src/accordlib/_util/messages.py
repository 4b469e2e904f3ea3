"""How messages quote the input they complain about (a leaf: it imports nothing)."""

from __future__ import annotations

__all__ = ["quote"]


def quote(text: str, limit: int = 60) -> str:
    """``repr(text)``, shortened for messages: the full input stays on the exception."""
    if len(text) <= limit + 20:
        return repr(text)
    return f"{text[:limit]!r}... ({len(text):,} characters)"
