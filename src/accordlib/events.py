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
import enum
import threading
from collections.abc import Iterable, Iterator
from typing import Any, Final, TypeVar

import attrs

from accordlib.countries import Country
from accordlib.errors import InputTypeError, InvalidFieldError, _quote
from accordlib.titles import Role, Title

__all__ = [
    "ROW_FIELDS",
    "Actor",
    "ActorKind",
    "DiplomaticEvent",
    "EventCode",
    "EventKind",
    "Factuality",
    "InvalidFieldError",
    "Precision",
    "cameo_actor_code",
    "event_code",
]


# --------------------------------------------------------------------------- vocabularies


class ActorKind(enum.Enum):
    """What kind of party an :class:`Actor` is; serialised by member name."""

    #: A country as a whole, named by its name, demonym, capital or code ("Israel", "Tokyo").
    STATE = "state"
    #: A state's government or one of its organs ("the White House", "the Foreign Ministry").
    GOVERNMENT = "government"
    #: A state's armed forces ("the Israeli military").
    MILITARY = "military"
    #: A named person, usually an official ("Kazakh President Kassym-Jomart Tokayev").
    PERSON = "person"
    #: An intergovernmental or non-governmental organisation ("United Nations", "NATO").
    ORGANIZATION = "organization"
    #: A non-state political or armed group ("Hamas", "the rebels").
    GROUP = "group"


class EventKind(enum.Enum):
    """What happened; serialised by member name.

    The CAMEO code and PLOVER type of each kind are listed in :doc:`/event-model`.
    """

    #: A state joins (accedes to) an existing agreement: "Kazakhstan joined the Abraham Accords".
    JOIN_AGREEMENT = "join_agreement"
    #: Parties sign an agreement, treaty, memorandum or declaration.
    SIGN_AGREEMENT = "sign_agreement"
    #: Former adversaries normalise (or restore) relations.
    NORMALIZE_RELATIONS = "normalize_relations"
    #: Diplomatic relations are established for the first time.
    ESTABLISH_RELATIONS = "establish_relations"
    #: Diplomatic relations are broken off.
    SEVER_RELATIONS = "sever_relations"
    #: A state recognises another state or government.
    RECOGNIZE = "recognize"
    #: A meeting or consultation, not otherwise specified.
    MEET = "meet"
    #: A visit; the actor travels, the recipient hosts.
    VISIT = "visit"
    #: A telephone (or video) call.
    PHONE_CALL = "phone_call"
    #: Negotiations or talks on a specific issue.
    NEGOTIATE = "negotiate"
    #: Mediation by a third party between the recipients.
    MEDIATE = "mediate"
    #: A stated intention to cooperate, not otherwise specified.
    EXPRESS_INTENT = "express_intent"
    #: Praise, welcome or endorsement.
    PRAISE = "praise"
    #: Criticism or condemnation.
    CRITICIZE = "criticize"
    #: An accusation (of aggression, crimes, espionage, ...).
    ACCUSE = "accuse"
    #: An appeal or request ("called on", "urged").
    APPEAL = "appeal"
    #: A demand, stronger than an appeal.
    DEMAND = "demand"
    #: A threat (of sanctions, force, breaking relations, ...).
    THREATEN = "threaten"
    #: Rejection of a proposal, demand or plan (including a veto).
    REJECT = "reject"
    #: Sanctions, an embargo or a boycott.
    SANCTION = "sanction"
    #: Expulsion of diplomats.
    EXPEL_DIPLOMATS = "expel_diplomats"
    #: An ambassador is recalled (withdrawn) for consultations or for good.
    RECALL_AMBASSADOR = "recall_ambassador"
    #: Economic, military or humanitarian aid.
    PROVIDE_AID = "provide_aid"
    #: Material cooperation (economic, military, judicial, intelligence).
    COOPERATE = "cooperate"
    #: An apology.
    APOLOGIZE = "apologize"
    #: A truce or ceasefire is declared or agreed.
    DECLARE_CEASEFIRE = "declare_ceasefire"
    #: Prisoners, hostages or property are released or returned.
    RELEASE = "release"
    #: Sanctions, an embargo or a boycott are eased or lifted.
    EASE_SANCTIONS = "ease_sanctions"
    #: Negotiations are halted or suspended.
    HALT_NEGOTIATIONS = "halt_negotiations"


class Factuality(enum.Enum):
    """Whether, according to the story, the event happened; serialised by member name.

    Only :attr:`OCCURRED` and :attr:`ONGOING` events happened. :attr:`ANNOUNCED`,
    :attr:`PLANNED` and :attr:`CONDITIONAL` events are intentions, which CAMEO codes as
    "express intent" (03x); hostile measures that are only planned or conditional are
    threats (13x), while an announced one is the decision itself and keeps its code.
    CAMEO and PLOVER code neither :attr:`HYPOTHETICAL` nor :attr:`NEGATED` events; see
    :attr:`DiplomaticEvent.codeable`.
    """

    #: It happened: "Kazakhstan joined the accords on Thursday".
    OCCURRED = "occurred"
    #: It is happening as the story is written: "talks are under way in Doha".
    ONGOING = "ongoing"
    #: A party has announced it as decided, to take effect later: "Uzbekistan will join".
    ANNOUNCED = "announced"
    #: It is scheduled or expected: "a signing ceremony will take place next month".
    PLANNED = "planned"
    #: It will happen only if a condition is met: "would establish ties if ...".
    CONDITIONAL = "conditional"
    #: It is speculated about or possible: "could join", "may sign".
    HYPOTHETICAL = "hypothetical"
    #: The story says it did not or will not happen: "did not sign", "has no plans to visit".
    NEGATED = "negated"


class Precision(enum.Enum):
    """How precisely :attr:`DiplomaticEvent.date` is known; serialised by member name.

    By convention (checked by :meth:`DiplomaticEvent.inconsistencies`), for :attr:`WEEK`,
    :attr:`MONTH` and :attr:`YEAR` the date is the first day of the period (the Monday of
    the ISO week, the 1st of the month, 1 January), and :attr:`UNKNOWN` goes with
    ``date=None``.
    """

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


# --------------------------------------------------------------------------- validation helpers

_E = TypeVar("_E", bound=enum.Enum)


def _a(noun: str) -> str:
    """``noun`` with its indefinite article: "an EventKind", "a Factuality"."""
    return f"{'an' if noun[:1] in 'AEIOU' else 'a'} {noun}"


def _enum(cls: type[_E], value: object, field: str) -> _E:
    """Accept a member of ``cls`` or the exact name of one; raise naming ``field`` otherwise."""
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        member = cls.__members__.get(value)
        if member is None:
            names = ", ".join(cls.__members__)
            message = (
                f"{field}: {_quote(value)} is not {_a(cls.__name__)} name; expected one of {names}"
            )
            raise InvalidFieldError(field, value, message)
        return member
    message = f"{field} must be {_a(cls.__name__)} member or name, not {type(value).__name__}"
    raise InputTypeError(message, type(value))


def _to_actor_kind(value: ActorKind | str) -> ActorKind:
    return _enum(ActorKind, value, "Actor.kind")


def _to_event_kind(value: EventKind | str) -> EventKind:
    return _enum(EventKind, value, "DiplomaticEvent.kind")


def _to_factuality(value: Factuality | str) -> Factuality:
    return _enum(Factuality, value, "DiplomaticEvent.factuality")


def _to_precision(value: Precision | str) -> Precision:
    return _enum(Precision, value, "DiplomaticEvent.date_precision")


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


def _period_start(day: dt.date, precision: Precision) -> dt.date:
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

    kind: ActorKind = attrs.field(converter=_to_actor_kind)
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
    that produced the event (``None`` for events built by hand).

    Construction checks every field's type, enum names and ``0 <= start <= end``;
    :meth:`inconsistencies` reports the conventions beyond those (the sentence's length
    matches its offsets; a coarse date is the first day of its period).
    ``date_precision`` defaults to ``DAY`` when a date is given, else ``UNKNOWN``.
    """

    kind: EventKind = attrs.field(converter=_to_event_kind)
    actors: tuple[Actor, ...] = attrs.field(
        default=(), converter=_to_actors, validator=_check_actors
    )
    recipients: tuple[Actor, ...] = attrs.field(
        default=(), converter=_to_actors, validator=_check_actors
    )
    agreement: str | None = attrs.field(default=None, validator=_check_optional_str)
    factuality: Factuality = attrs.field(default=Factuality.OCCURRED, converter=_to_factuality)
    date: dt.date | None = attrs.field(default=None, validator=_check_date)
    date_precision: Precision = attrs.field(
        default=attrs.Factory(_default_precision, takes_self=True), converter=_to_precision
    )
    date_text: str | None = attrs.field(default=None, validator=_check_optional_str)
    location: str | None = attrs.field(default=None, validator=_check_optional_str)
    source: Actor | None = attrs.field(default=None, validator=_check_optional_actor)
    sentence: str = attrs.field(default="", validator=_check_str)
    start: int = attrs.field(default=0, validator=_check_offset)
    end: int = attrs.field(default=0, validator=_check_offset)
    rule: str | None = attrs.field(default=None, validator=_check_optional_str)

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
        elif self.date is not None and _period_start(self.date, precision) != self.date:
            first = _period_start(self.date, precision).isoformat()
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
        return _to_row(self)


#: The slot descriptors' setters of :class:`Actor`, in field order.
_ACTOR_SETTERS: Final = tuple(Actor.__dict__[field.name].__set__ for field in attrs.fields(Actor))


def _trusted_actor(
    kind: ActorKind,
    name: str,
    country: Country | None = None,
    title: Title | None = None,
    organization: str | None = None,
) -> Actor:
    """Build an :class:`Actor` without running converters or validators.

    Private, for the extractor only, which passes a member, a name that is not blank and
    values of the declared types (as :func:`_trusted_event`). Public construction validates.
    """
    actor = object.__new__(Actor)
    values = (kind, name, country, title, organization)
    for setter, value in zip(_ACTOR_SETTERS, values, strict=True):
        setter(actor, value)
    return actor


#: The slot descriptors' setters of :class:`DiplomaticEvent`, in field order (writing a
#: slot through its descriptor bypasses the frozen class's ``__setattr__``).
_EVENT_SETTERS: Final = tuple(
    DiplomaticEvent.__dict__[field.name].__set__ for field in attrs.fields(DiplomaticEvent)
)


def _trusted_event(  # noqa: PLR0917 - one positional argument per field, in field order
    kind: EventKind,
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
    agreement: str | None,
    factuality: Factuality,
    date: dt.date | None,
    date_precision: Precision,
    date_text: str | None,
    location: str | None,
    source: Actor | None,
    sentence: str,
    start: int,
    end: int,
    rule: str | None,
) -> DiplomaticEvent:
    """Build a :class:`DiplomaticEvent` without running converters or validators.

    Private, for the extractor only, which passes values of the declared types
    (members, tuples of actors, ``0 <= start <= end``) that construction would accept
    unchanged; it skips about two thirds of the construction cost. Public construction
    and :meth:`DiplomaticEvent.evolve` always validate.
    """
    event = object.__new__(DiplomaticEvent)
    values: tuple[object, ...] = (kind, actors, recipients, agreement, factuality, date)
    values += (date_precision, date_text, location, source, sentence, start, end, rule)
    for setter, value in zip(_EVENT_SETTERS, values, strict=True):
        setter(event, value)
    return event


# --------------------------------------------------------------------------- CAMEO / PLOVER


@attrs.frozen
class EventCode:
    """The CAMEO code and PLOVER type of one (:class:`EventKind`, :class:`Factuality`) pair.

    ``cameo_name`` is the code's name in the CAMEO 1.1b3 codebook; ``plover_mode`` the
    PLOVER mode, when there is one; ``source`` says where the mapping comes from and why.
    """

    kind: EventKind
    factuality: Factuality
    cameo: str
    cameo_name: str
    plover: str
    plover_mode: str | None
    source: str


_codes_lock = threading.Lock()
#: Filled once with the complete table, so a reader never sees a half-built one.
_codes: dict[str, dict[tuple[EventKind, Factuality], EventCode]] = {}


def _load_codes() -> dict[tuple[EventKind, Factuality], EventCode]:
    table = _codes.get("table")
    if table is not None:
        return table
    with _codes_lock:
        table = _codes.get("table")
        if table is None:
            from accordlib.data import read_table  # noqa: PLC0415 - keep import accordlib light

            table = {}
            for row in read_table("event_codes.tsv"):
                kind = EventKind[row["kind"]]
                factuality = Factuality[row["factuality"]]
                table[kind, factuality] = EventCode(
                    kind=kind,
                    factuality=factuality,
                    cameo=row["cameo"],
                    cameo_name=row["cameo_name"],
                    plover=row["plover"],
                    plover_mode=row["plover_mode"] or None,
                    source=row["source"],
                )
            _codes["table"] = table
    return table


def event_code(kind: EventKind, factuality: Factuality = Factuality.OCCURRED) -> EventCode:
    """Return the CAMEO code and PLOVER type for ``kind`` under ``factuality``.

    >>> from accordlib import EventKind, Factuality, event_code
    >>> event_code(EventKind.SIGN_AGREEMENT).cameo
    '057'
    >>> event_code(EventKind.SANCTION, Factuality.PLANNED).plover
    'THREATEN'
    """
    return _load_codes()[_to_event_kind(kind), _to_factuality(factuality)]


# --------------------------------------------------------------------------- CAMEO actor codes

#: CAMEO actor role codes for a person's :class:`~accordlib.titles.Role`.
_ROLE_CODES: Final[dict[Role, str]] = {
    Role.HEAD_OF_STATE: "GOV",
    Role.HEAD_OF_GOVERNMENT: "GOV",
    Role.MONARCH: "GOV",
    Role.HEIR: "GOV",
    Role.DEPUTY_HEAD_OF_STATE: "GOV",
    Role.DEPUTY_HEAD_OF_GOVERNMENT: "GOV",
    Role.FOREIGN_MINISTER: "GOV",
    Role.MINISTER: "GOV",
    Role.ENVOY: "GOV",
    Role.AMBASSADOR: "GOV",
    Role.SPOKESPERSON: "GOV",
    Role.OFFICIAL: "GOV",
    Role.MILITARY: "MIL",
    Role.LEGISLATOR: "LEG",
    Role.RELIGIOUS_LEADER: "REL",
}


def cameo_actor_code(actor: Actor) -> str | None:
    """Return the CAMEO actor code of ``actor``, or ``None`` when it has none.

    Following the CAMEO 1.1b3 actor codebook: a state is its ISO alpha-3 code ("ISR"); a
    government and a person holding a government office add ``GOV`` ("KAZGOV", "USAGOV"),
    a defence minister ``GOVMIL``, the military ``MIL``, legislators ``LEG``, religious
    leaders ``REL`` and former officials ``ELI`` (elites). International organisations,
    and officials acting for one, have their own codes ("IGOUNO" for the United Nations,
    "IGOEEC" for the European Union, "IGOWSTNAT" for NATO; the list is in
    ``data/cameo_actors.tsv``).

    >>> from accordlib import Actor, ActorKind, cameo_actor_code
    >>> cameo_actor_code(Actor(ActorKind.ORGANIZATION, "United Nations"))
    'IGOUNO'
    >>> cameo_actor_code(Actor(ActorKind.PERSON, "Nobody Known")) is None
    True
    """
    country = actor.country.alpha3 if actor.country is not None else None
    kind = actor.kind
    if kind is ActorKind.STATE or kind is ActorKind.GROUP:
        return country
    if kind is ActorKind.GOVERNMENT:
        return None if country is None else country + "GOV"
    if kind is ActorKind.MILITARY:
        return None if country is None else country + "MIL"
    organization = _organization_code(actor.organization)
    if kind is ActorKind.ORGANIZATION:
        return organization or _organization_code(actor.name) or country
    # A person.
    title = actor.title
    if title is not None and title.role is Role.IGO_OFFICIAL:
        return organization or "IGO"
    if organization is not None and country is None:
        return organization
    if country is None:
        return None
    if title is None:
        return country
    if "former" in title.modifiers:
        return country + "ELI"
    role = _ROLE_CODES.get(title.role, "GOV")
    if title.role is Role.MINISTER and title.portfolio and _DEFENCE in title.portfolio.casefold():
        role = "GOVMIL"
    return country + role


_DEFENCE: Final = "defen"  # "Defence", "Defense", "National Defense"

_orgs_lock = threading.Lock()
#: Filled once with the complete alias table, so a reader never sees a half-built one.
_orgs: dict[str, dict[str, str]] = {}


def _organization_code(name: str | None) -> str | None:
    """The CAMEO code of an international organisation named ``name``, if it is listed."""
    if not name:
        return None
    table = _orgs.get("table")
    if table is None:
        with _orgs_lock:
            table = _orgs.get("table")
            if table is None:
                from accordlib.data import read_table  # noqa: PLC0415 - keep import light

                table = {}
                for row in read_table("cameo_actors.tsv"):
                    for alias in (row["name"], *row["aliases"].split("|")):
                        if alias:
                            table[alias.casefold()] = row["code"]
                _orgs["table"] = table
    return table.get(" ".join(name.split()).casefold())


# --------------------------------------------------------------------------- flat rows

#: The columns of :meth:`DiplomaticEvent.to_row`, in order.
ROW_FIELDS: Final[tuple[str, ...]] = (
    "kind",
    "factuality",
    "cameo",
    "plover",
    "actors",
    "actor_codes",
    "recipients",
    "recipient_codes",
    "source",
    "agreement",
    "date",
    "date_precision",
    "date_text",
    "location",
    "sentence",
    "start",
    "end",
    "rule",
)


def _names(actors: tuple[Actor, ...]) -> str | None:
    return "; ".join(actor.name for actor in actors) if actors else None


def _codes_of(actors: tuple[Actor, ...]) -> str | None:
    return "; ".join(cameo_actor_code(actor) or "" for actor in actors) if actors else None


def _to_row(event: DiplomaticEvent) -> dict[str, str | None]:
    code = event.code
    return {
        "kind": event.kind.name,
        "factuality": event.factuality.name,
        "cameo": code.cameo,
        "plover": code.plover,
        "actors": _names(event.actors),
        "actor_codes": _codes_of(event.actors),
        "recipients": _names(event.recipients),
        "recipient_codes": _codes_of(event.recipients),
        "source": event.source.name if event.source is not None else None,
        "agreement": event.agreement,
        "date": event.date.isoformat() if event.date is not None else None,
        "date_precision": event.date_precision.name,
        "date_text": event.date_text,
        "location": event.location,
        "sentence": event.sentence,
        "start": str(event.start),
        "end": str(event.end),
        "rule": event.rule,
    }
