"""The row shape shared by the officials class tables: the five fields of every official
that ``find_officials`` reports in a phrase."""

from __future__ import annotations

from accordlib import find_officials, parse_official


def seen(text: str) -> list[tuple[object, ...]]:
    """(name, canonical title, role, country alpha-3, organisation) of each official found."""
    return [
        (
            o.name,
            o.title.canonical if o.title else None,
            o.title.role if o.title else None,
            o.country.alpha3 if o.country else None,
            o.organization,
        )
        for o in (found.official for found in find_officials(text))
    ]


def reading(text: str) -> tuple[str | None, str | None] | None:
    """(name, canonical title) of the official ``parse_official`` reads, or ``None``."""
    official = parse_official(text)
    if official is None:
        return None
    return official.name, official.title.canonical if official.title else None
