"""The diplomatic event model: who did what to whom, when, how sure, and on which evidence.

``kinds`` holds the enums, ``model`` the frozen :class:`Actor` and
:class:`DiplomaticEvent`, ``codes`` their CAMEO/PLOVER codes and ``rows`` the flat rows.
"""

from accordlib.events.codes import EventCode, cameo_actor_code, event_code
from accordlib.events.kinds import ActorKind, EventKind, Factuality, Precision
from accordlib.events.model import Actor, DiplomaticEvent
from accordlib.events.rows import ROW_FIELDS

__all__ = [
    "ROW_FIELDS",
    "Actor",
    "ActorKind",
    "DiplomaticEvent",
    "EventCode",
    "EventKind",
    "Factuality",
    "Precision",
    "cameo_actor_code",
    "event_code",
]
