"""The row shape shared by the officials class tables: the five fields of every official
that ``find_officials`` reports in a phrase."""

from __future__ import annotations

from accordlib import find_officials


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
