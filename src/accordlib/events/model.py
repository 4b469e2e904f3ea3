"""The diplomatic event model: who did what to whom, when, how sure, and on which evidence.

:class:`DiplomaticEvent` records one event a story reports; :class:`Actor` one party to it.
Both are frozen attrs classes whose validators reject wrong types, offsets out of order,
unknown enum names and dates that are not dates, naming the field in the message.

Each event has two derived views for the event-data ontologies researchers use:
:attr:`DiplomaticEvent.cameo` (a CAMEO 1.1b3 event code) and :attr:`DiplomaticEvent.plover`
(a PLOVER event type). They come from the data table ``event_codes.tsv`` and take the
event's :class:`Factuality` into account where the ontologies do: a signing that happened
is CAMEO 057 / PLOVER SUPPORT, a signing that is only planned is an expressed intent,
CAMEO 032 / PLOVER AGREE.

    >>> from accordlib import Actor, ActorKind, DiplomaticEvent, EventKind, Factuality
    >>> uzbekistan = Actor(ActorKind.STATE, "Uzbekistan")
    >>> event = DiplomaticEvent(
    ...     kind=EventKind.JOIN_AGREEMENT,
    ...     actors=(uzbekistan,),
    ...     agreement="Abraham Accords",
    ...     factuality=Factuality.ANNOUNCED,
    ...     sentence="Uzbekistan will join the Abraham Accords.",
    ...     start=0,
    ...     end=41,
    ... )
    >>> event.cameo, event.plover
    ('032', 'AGREE')
    >>> event.evolve(factuality=Factuality.OCCURRED).cameo
    '057'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from accordlib.countries.model import Country
from accordlib.errors import InputTypeError, InvalidFieldError
from accordlib.events.codes import EventCode, cameo_actor_code, event_code
from accordlib.events.kinds import (
    ActorKind,
    EventKind,
    Factuality,
    Precision,
    to_actor_kind,
    to_event_kind,
    to_factuality,
    to_precision,
)
from accordlib.events.rows import to_row
from accordlib.officials.model import Title

__all__ = ["Actor", "DiplomaticEvent", "period_start"]


def _to_actors(value: Iterable[Actor]) -> tuple[Actor, ...]:
    """Store actors as a tuple (lists are unhashable); the validator checks each element."""
    if isinstance(value, tuple):
        return value
    if isinstance(value, (list, Iterator)):
        return tuple(value)
    return value  # type: ignore[return-value]  # the validator rejects it, naming the field


def _qualname(instance: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


def _type_error(field: str, expected: str, value: object) -> InputTypeError:
    return InputTypeError(
        f"{field} must be {expected}, not {type(value).__name__} ({value!r:.60})", type(value)
    )


def _check_str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise _type_error(_qualname(instance, attribute), "str", value)


def _check_optional_str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise _type_error(_qualname(instance, attribute), "str or None", value)


def _check_name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_str(instance, attribute, value)
    assert isinstance(value, str)
    if not value.strip():
        field = _qualname(instance, attribute)
        raise InvalidFieldError(field, value, f"{field} must not be empty or blank")


def _check_optional_country(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    if value is not None and not isinstance(value, Country):
        raise _type_error(_qualname(instance, attribute), "a Country or None", value)


def _check_optional_title(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    if value is not None and not isinstance(value, Title):
        raise _type_error(_qualname(instance, attribute), "a Title or None", value)


def _check_actors(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    field = _qualname(instance, attribute)
    if not isinstance(value, tuple):
        raise _type_error(field, "a tuple (or list) of Actor", value)
    for index, item in enumerate(value):
        if not isinstance(item, Actor):
            raise _type_error(f"{field}[{index}]", "an Actor", item)


def _check_optional_actor(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    if value is not None and not isinstance(value, Actor):
        raise _type_error(_qualname(instance, attribute), "an Actor or None", value)


def _check_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    field = _qualname(instance, attribute)
    if value is None:
        return
    if isinstance(value, dt.datetime):
        raise _type_error(field, "a datetime.date (call .date() on a datetime) or None", value)
    if not isinstance(value, dt.date):
        raise _type_error(field, "a datetime.date or None", value)


def _check_offset(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    field = _qualname(instance, attribute)
    if not isinstance(value, int) or isinstance(value, bool):
        raise _type_error(field, "an int", value)
    if value < 0:
        raise InvalidFieldError(field, value, f"{field} must be >= 0, got {value}")


def _to_confidence(value: object) -> object:
    """Store an ``int`` confidence (``1``, ``0``) as a ``float``; the validator checks the rest."""
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _check_confidence(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    field = _qualname(instance, attribute)
    if not isinstance(value, float):
        raise _type_error(field, "a float between 0 and 1", value)
    if not 0.0 <= value <= 1.0:  # also rejects NaN
        raise InvalidFieldError(field, value, f"{field} must be between 0 and 1, got {value!r}")


def period_start(day: dt.date, precision: Precision) -> dt.date:
    if precision is Precision.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if precision is Precision.MONTH:
        return day.replace(day=1)
    if precision is Precision.YEAR:
        return day.replace(month=1, day=1)
    return day


# --------------------------------------------------------------------------- the classes


@attrs.frozen
class Actor:
    """A party to an event: a state, a government, a person, an organisation or a group.

    ``name`` is how the actor is best named ("Israel", "Benjamin Netanyahu", "United
    Nations"); ``country`` the state the actor is or belongs to; ``title`` the office of a
    person; ``organization`` the organisation a person or organ belongs to.

    >>> from accordlib import Actor, ActorKind
    >>> Actor(ActorKind.ORGANIZATION, "United Nations", organization="United Nations").kind
    <ActorKind.ORGANIZATION: 'organization'>
    >>> Actor("STATE", "Japan").kind  # a member name is accepted and converted
    <ActorKind.STATE: 'state'>
    """

    kind: ActorKind = attrs.field(converter=to_actor_kind)
    name: str = attrs.field(validator=_check_name)
    country: Country | None = attrs.field(default=None, validator=_check_optional_country)
    title: Title | None = attrs.field(default=None, validator=_check_optional_title)
    organization: str | None = attrs.field(default=None, validator=_check_optional_str)

    @property
    def cameo_code(self) -> str | None:
        """This actor's CAMEO actor code ("ISR", "KAZGOV", "IGOUNO"); see :func:`cameo_actor_code`."""
        return cameo_actor_code(self)


def _default_precision(instance: DiplomaticEvent) -> Precision:
    return Precision.UNKNOWN if instance.date is None else Precision.DAY


@attrs.frozen(kw_only=True)
class DiplomaticEvent:
    """One diplomatic event reported in a story, with the evidence it was read from.

    What happened (``kind``), whether it happened (``factuality``), when (``date``,
    ``date_precision``, ``date_text``), where (``location``), who (``actors`` did it to
    ``recipients``; ``source`` said so), which agreement (``agreement``), and the evidence:
    ``sentence`` is exactly ``story_text[start:end]``. ``rule`` names the extraction rule
    that produced the event (``None`` for events built by hand); ``confidence`` (0 to 1,
    ``1.0`` for events built by hand) is how sure the extractor is, so that users can
    trade recall for precision by filtering on it.

    Construction checks every field's type, enum names and ``0 <= start <= end``;
    :meth:`inconsistencies` reports the conventions beyond those (the sentence's length
    matches its offsets; a coarse date is the first day of its period).
    ``date_precision`` defaults to ``DAY`` when a date is given, else ``UNKNOWN``.
    """

    kind: EventKind = attrs.field(converter=to_event_kind)
    actors: tuple[Actor, ...] = attrs.field(
        default=(), converter=_to_actors, validator=_check_actors
    )
    recipients: tuple[Actor, ...] = attrs.field(
        default=(), converter=_to_actors, validator=_check_actors
    )
    agreement: str | None = attrs.field(default=None, validator=_check_optional_str)
    factuality: Factuality = attrs.field(default=Factuality.OCCURRED, converter=to_factuality)
    date: dt.date | None = attrs.field(default=None, validator=_check_date)
    date_precision: Precision = attrs.field(
        default=attrs.Factory(_default_precision, takes_self=True), converter=to_precision
    )
    date_text: str | None = attrs.field(default=None, validator=_check_optional_str)
    location: str | None = attrs.field(default=None, validator=_check_optional_str)
    source: Actor | None = attrs.field(default=None, validator=_check_optional_actor)
    sentence: str = attrs.field(default="", validator=_check_str)
    start: int = attrs.field(default=0, validator=_check_offset)
    end: int = attrs.field(default=0, validator=_check_offset)
    rule: str | None = attrs.field(default=None, validator=_check_optional_str)
    confidence: float = attrs.field(
        default=1.0, converter=_to_confidence, validator=_check_confidence
    )

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            message = f"DiplomaticEvent.end ({self.end}) must not be before start ({self.start})"
            raise InvalidFieldError("DiplomaticEvent.end", self.end, message)

    def inconsistencies(self) -> tuple[str, ...]:
        """Return what is valid but inconsistent in this event (empty when all is well).

        Construction checks types and ``start <= end`` only, so that an event can be
        built from whatever a caller knows. This method checks the conventions events
        from :func:`~accordlib.extract_events` follow: the sentence is exactly
        ``story_text[start:end]`` (so its length is ``end - start``); ``date`` is ``None``
        exactly when ``date_precision`` is ``UNKNOWN``; a ``WEEK``, ``MONTH`` or ``YEAR``
        date is the first day of its period.

        >>> from accordlib import DiplomaticEvent
        >>> DiplomaticEvent(kind="MEET", sentence="They met.", start=0, end=9).inconsistencies()
        ()
        >>> import datetime as dt
        >>> DiplomaticEvent(kind="MEET", date=dt.date(2025, 11, 6), date_precision="MONTH",
        ...                 sentence="They met.", start=0, end=4).inconsistencies()
        ('sentence has 9 characters but start..end (0..4) spans 4', 'date 2025-11-06 is not the first day of its month (2025-11-01)')
        """
        found = []
        if self.end - self.start != len(self.sentence):
            found.append(
                f"sentence has {len(self.sentence)} characters but start..end "
                f"({self.start}..{self.end}) spans {self.end - self.start}"
            )
        precision = self.date_precision
        if self.date is None and precision is not Precision.UNKNOWN:
            found.append(f"date_precision is {precision.name} but there is no date")
        elif self.date is not None and precision is Precision.UNKNOWN:
            found.append(f"date {self.date.isoformat()} has date_precision UNKNOWN")
        elif self.date is not None and period_start(self.date, precision) != self.date:
            first = period_start(self.date, precision).isoformat()
            found.append(
                f"date {self.date.isoformat()} is not the first day of its "
                f"{precision.name.lower()} ({first})"
            )
        return tuple(found)

    # ---------------------------------------------------------------- derived views

    @property
    def code(self) -> EventCode:
        """The :class:`EventCode` (CAMEO code and PLOVER type) for this kind and factuality."""
        return event_code(self.kind, self.factuality)

    @property
    def cameo(self) -> str:
        """The CAMEO 1.1b3 event code, e.g. ``"057"`` for a signing that happened."""
        return event_code(self.kind, self.factuality).cameo

    @property
    def plover(self) -> str:
        """The PLOVER event type, e.g. ``"CONSULT"`` for a meeting."""
        return event_code(self.kind, self.factuality).plover

    @property
    def codeable(self) -> bool:
        """Whether CAMEO/PLOVER coders would record this event at all.

        ``False`` for :attr:`Factuality.HYPOTHETICAL` and :attr:`Factuality.NEGATED`
        events, which event datasets drop; :attr:`cameo` and :attr:`plover` then give the
        codes the event would have had.
        """
        return self.factuality not in (Factuality.HYPOTHETICAL, Factuality.NEGATED)

    def dyads(self) -> tuple[tuple[Actor, Actor | None], ...]:
        """Every directed (source, target) pair, in order, as rows of a CAMEO-style dyadic table.

        Each actor is paired with each recipient. An event without recipients between
        several actors ("Kazakhstan and China signed an agreement") is reciprocal, as CAMEO
        codes it: each actor is paired with each other actor, both ways. A lone actor
        without recipients gives ``(actor, None)``; an event without actors gives nothing.
        An actor is never paired with itself.
        """
        if not self.recipients:
            if len(self.actors) == 1:
                return ((self.actors[0], None),)
            return tuple(
                (actor, other) for actor in self.actors for other in self.actors if actor != other
            )
        return tuple(
            (actor, recipient)
            for actor in self.actors
            for recipient in self.recipients
            if actor != recipient
        )

    def evolve(self, **changes: Any) -> DiplomaticEvent:
        """Return a copy with ``changes`` applied and validated (see :func:`attrs.evolve`)."""
        return attrs.evolve(self, **changes)

    def to_row(self) -> dict[str, str | None]:
        """Flatten the event into one row of strings (or ``None``) for CSV files and pandas.

        The keys are :data:`ROW_FIELDS`, in that order. Several actors are joined with
        ``"; "``.
        """
        return to_row(self)
