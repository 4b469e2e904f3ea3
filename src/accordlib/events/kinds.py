"""The closed vocabularies of the event model: actor kinds, event kinds, factuality and
date precision. Every enum serialises by member name."""

from __future__ import annotations

import enum
from typing import TypeVar

from accordlib._util.messages import quote
from accordlib.errors import InputTypeError, InvalidFieldError

__all__ = [
    "ActorKind",
    "EventKind",
    "Factuality",
    "Precision",
    "to_actor_kind",
    "to_event_kind",
    "to_factuality",
    "to_precision",
]


class _NamedEnum(enum.Enum):
    """An enum whose value constructor also accepts a member's *name*.

    Every vocabulary of the event model serialises by member name ("SIGN_AGREEMENT"), so
    a name read back from a CSV file or a JSON document is the natural thing to pass to
    the class: ``EventKind("SIGN_AGREEMENT")`` returns the member, as
    ``EventKind["SIGN_AGREEMENT"]`` and ``EventKind("sign_agreement")`` do. Names and
    values never collide (names are upper case, values lower case). Anything else raises
    the usual :class:`ValueError`.
    """

    @classmethod
    def _missing_(cls, value: object) -> enum.Enum | None:
        if isinstance(value, str):
            return cls.__members__.get(value)
        return None


class ActorKind(_NamedEnum):
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


class EventKind(_NamedEnum):
    """What happened; serialised by member name.

    The CAMEO code and PLOVER type of each kind are listed in :doc:`/event-model`. The
    kinds are fine-grained for diplomacy and coarse (about one per PLOVER type) for
    material conflict: protests, mobilisation, coercion, arrests, assaults and fighting.
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
    #: A concession, not otherwise specified: yielding to a demand, easing restrictions
    #: or political repression, allowing inspectors or humanitarian access (CAMEO 080,
    #: PLOVER CONCEDE).
    CONCEDE = "concede"
    #: Forces are withdrawn, pulled out or stood down; a military engagement is
    #: de-escalated (CAMEO 087, PLOVER RETREAT).
    WITHDRAW = "withdraw"
    #: An investigation or inquiry into a party's conduct (CAMEO 090, PLOVER ACCUSE).
    INVESTIGATE = "investigate"
    #: Protest: demonstrations, rallies, strikes, hunger strikes, blockades by
    #: protesters, riots (CAMEO 140, PLOVER PROTEST).
    PROTEST = "protest"
    #: Military or police forces are mobilised, deployed or put on alert (CAMEO 150,
    #: PLOVER MOBILIZE).
    MOBILIZE = "mobilize"
    #: Coercion, not otherwise specified: seizing property, bans, curfews, martial law,
    #: deportations (CAMEO 170, PLOVER COERCE).
    COERCE = "coerce"
    #: An arrest or detention (CAMEO 173, PLOVER COERCE).
    ARREST = "arrest"
    #: Unconventional violence: bombings, kidnappings, assassinations, killings,
    #: physical assaults (CAMEO 180, PLOVER ASSAULT).
    ASSAULT = "assault"
    #: Conventional military force: clashes, fighting, shelling, air strikes (CAMEO 190,
    #: PLOVER ASSAULT).
    FIGHT = "fight"
    #: Economic, military or humanitarian aid is reduced, suspended or stopped (CAMEO
    #: 162, PLOVER SANCTION).
    CUT_AID = "cut_aid"


class Factuality(_NamedEnum):
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


class Precision(_NamedEnum):
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


# --------------------------------------------------------------------------- coercion

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
                f"{field}: {quote(value)} is not {_a(cls.__name__)} name; expected one of {names}"
            )
            raise InvalidFieldError(field, value, message)
        return member
    message = f"{field} must be {_a(cls.__name__)} member or name, not {type(value).__name__}"
    raise InputTypeError(message, type(value))


def to_actor_kind(value: ActorKind | str) -> ActorKind:
    return _enum(ActorKind, value, "Actor.kind")


def to_event_kind(value: EventKind | str) -> EventKind:
    return _enum(EventKind, value, "DiplomaticEvent.kind")


def to_factuality(value: Factuality | str) -> Factuality:
    return _enum(Factuality, value, "DiplomaticEvent.factuality")


def to_precision(value: Precision | str) -> Precision:
    return _enum(Precision, value, "DiplomaticEvent.date_precision")
