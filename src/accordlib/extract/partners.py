"""Parties an act names as its actor's partners: "Belgium joined France in rejecting the
plan" — France rejected it too; it is no recipient of Belgium's rejection.

:func:`joined_partners` reads the shape *join(ed) G in <trigger>*; the builder adds
``G``'s parties to the actors and takes them off the recipients.
"""

from __future__ import annotations

from typing import Final

from accordlib.events.model import Actor
from accordlib.extract.model import Trigger
from accordlib.extract.view import SentenceView

__all__ = ["joined_partners", "with_partners"]

#: The forms of "join" that make the party after them a partner in the act after "in".
_JOIN: Final = frozenset({"join", "joins", "joined", "joining"})
#: Tokens between the partner and the trigger: "in" ("joined France in rejecting").
_GAP: Final = 2


def joined_partners(view: SentenceView, match: Trigger) -> tuple[Actor, ...]:
    """The parties of ``G`` in "join(ed) G in <trigger>", else ``()``."""
    lows = view.lows
    start = match.start
    if start < _GAP + 1 or lows[start - 1] != "in":
        return ()
    group = view.covering[start - _GAP]
    if group is None:
        return ()
    before = group.start - 1
    if before > 0 and lows[before] == "the":  # "joined the European Union in ..."
        before -= 1
    return group.actors if before >= 0 and lows[before] in _JOIN else ()


def with_partners(
    actors: tuple[Actor, ...], recipients: tuple[Actor, ...], partners: tuple[Actor, ...]
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """``actors`` with the ``partners`` added, ``recipients`` without them."""
    if not partners:
        return actors, recipients
    joined = actors + tuple(p for p in partners if p not in actors)
    return joined, tuple(r for r in recipients if r not in partners)
