"""The working record of one trigger's role search: :class:`Roles`.

:func:`~accordlib.extract.roles.find_roles` fills it in steps; the passive step
(:mod:`~accordlib.extract.passives`) and the location step read and amend it, so it lives
in this leaf module that they can all import.
"""

from __future__ import annotations

from accordlib.events.model import Actor
from accordlib.extract.model import Group

__all__ = ["Roles"]


class Roles:
    """The parties of a trigger and what was found on the way: the subject group (and
    where the modality cues before the trigger start), the object group (with a place
    "in Cairo" met on the way, and where the object search stopped), and whether the
    trigger is passive."""

    __slots__ = (
        "actors",
        "cue_start",
        "location",
        "obj_end",
        "obj_group",
        "passive",
        "position",
        "recipients",
        "subject",
    )

    def __init__(self) -> None:
        self.subject: Group | None = None
        self.cue_start = 0
        self.actors: tuple[Actor, ...] = ()
        self.recipients: tuple[Actor, ...] = ()
        self.obj_group: Group | None = None
        self.location: str | None = None
        self.obj_end = 0
        self.passive = False
        #: where the trigger stands in its sentence (see :func:`clause_position`)
        self.position = "main"
