"""Where an event took place: "met in Cairo", "talks at the Vatican", a visit's host."""

from __future__ import annotations

from accordlib.extract.clauses import Clause
from accordlib.extract.model import Group, Trigger
from accordlib.extract.roles_model import Roles
from accordlib.extract.view import SentenceView

__all__ = ["event_location"]

#: How far after the trigger "in"/"at" + a place is looked for.
_PLACE_REACH = 10
#: The kinds that happen somewhere.
_PLACED_KINDS = ("MEET", "VISIT", "NEGOTIATE", "SIGN_AGREEMENT", "PHONE_CALL", "MEDIATE")


def event_location(view: SentenceView, match: Trigger, clause: Clause, roles: Roles) -> str | None:
    """The place of an event, as printed, for the kinds that happen somewhere."""
    location = roles.location  # met while looking for the object ("met in Cairo with X")
    if location is None:
        location = _place_after_object(view, roles.obj_end, clause.upper)
    if location is None:
        location = _place_near_trigger(view, match, clause.upper)
    return _of_kind(match.kind, location, roles.obj_group, view)


def _place_after_object(view: SentenceView, obj_end: int, upper: int) -> str | None:
    """ "met X in Cairo": a place right after the object."""
    if obj_end + 1 < upper and view.lows[obj_end] in view.vocab.place_cues:
        place = view.covering[obj_end + 1]
        if place is not None:
            return view.words(place.start, place.end)
    return None


def _place_near_trigger(view: SentenceView, match: Trigger, upper: int) -> str | None:
    """The first "in"/"at" (+ "the") + a place within a few words after the trigger."""
    cues = view.vocab.place_cues
    lows = view.lows
    probe_end = min(upper, match.end + _PLACE_REACH, len(lows) - 1)
    # Most triggers have no "in"/"at" after them: two membership tests in C skip the walk.
    if cues.isdisjoint(lows[match.end : probe_end]):
        return None
    probe = next(p for p in range(match.end, probe_end) if lows[p] in cues)
    after = probe + 2 if lows[probe + 1] == "the" else probe + 1
    place = view.covering[after] if after < len(lows) else None
    if place is None or place.modifiers_only:
        return None
    return view.words(place.start, place.end)


def _of_kind(
    kind: str, location: str | None, obj_group: Group | None, view: SentenceView
) -> str | None:
    """Where a meeting, visit or signing took place ("in Cairo"); a visit's host place."""
    if kind == "VISIT" and obj_group is not None and location is None:
        return view.words(obj_group.start, obj_group.end)
    if kind in _PLACED_KINDS:
        return location
    return None
