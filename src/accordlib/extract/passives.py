"""Passives and agents: "was signed by X", "talks mediated by Qatar", "a warning by
Peru", "a sharp rebuke from Oslo", "rebels backed by Kigali".

:func:`apply_agent` is the agent step of :func:`~accordlib.extract.roles.find_roles`: a
named agent becomes the actor and the subject (or the previous event's parties) its
recipients; a reduced passive without its agent rules the event out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from accordlib.events.model import DiplomaticEvent
from accordlib.extract.clauses import Clause
from accordlib.extract.model import Group, Trigger
from accordlib.extract.roles_model import Roles
from accordlib.extract.targets import other_party
from accordlib.extract.view import SentenceView

__all__ = ["apply_agent", "by_agent", "passive_trigger"]

#: How far after "by" the agent may start.
_AGENT_REACH = 4


def passive_trigger(view: SentenceView, match: Trigger) -> bool:
    """ "was signed by", "were sharply criticized by"."""
    if match.start == 0:
        return False
    tokens = view.tokens
    lows = tokens.lows
    words = view.vocab
    previous = lows[match.start - 1]
    adverb = previous in words.passive_adverbs
    if previous not in words.passive_auxiliaries and not (
        (adverb or previous == "also") and match.start > 1
    ):
        return False
    following = lows[match.end] if match.end < len(tokens) else ""
    return following == "by" and (lows[match.start].endswith("ed") or adverb)


def by_agent(view: SentenceView, by: int, upper: int) -> Group | None:
    """The group right after "by" (token ``by``), within a few words."""
    for probe in range(by + 1, min(by + _AGENT_REACH, upper, len(view.tokens))):
        group = view.covering[probe]
        if group is not None:
            return group
    return None


#: Determiners that make a trigger word a noun ("a warning by Peru").
_DETERMINERS: Final = frozenset({"a", "an", "the"})


def _noun_use(lows: list[str], match: Trigger) -> bool:
    """Whether the trigger is used as a noun: an event noun, or a verb form after a
    determiner ("a warning"); not a ceremony ("a signing ceremony")."""
    if match.ceremony:
        return False
    return match.nominal or (match.start > 0 and lows[match.start - 1] in _DETERMINERS)


def apply_agent(
    view: SentenceView,
    match: Trigger,
    clause: Clause,
    so_far: Sequence[DiplomaticEvent],
    roles: Roles,
) -> bool:
    """Passives: "was signed by X" (X acts on the subject) and the reduced "talks mediated
    by Qatar" (Qatar acts on the previous event's parties). False when a reduced passive
    has no agent: no event then."""
    tokens = view.tokens
    lows = tokens.lows
    if roles.passive and not match.lexical:
        agent = by_agent(view, match.end, clause.upper)
        roles.actors, roles.recipients = (agent.actors if agent else ()), roles.actors
        return True
    by = match.end if lows[match.end : match.end + 1] == ["by"] else _from_agent(lows, match)
    if _noun_use(lows, match) and by is not None:
        # "responding to a warning by Turkey", "a sharp rebuke from Oslo": the noun's
        # agent acts, on the party it was carried from when the object names none
        agent = by_agent(view, by, clause.upper)
        if agent is not None and not agent.modifiers_only:
            before = other_party(roles.actors, agent.actors)
            roles.actors = agent.actors
            roles.recipients = other_party(roles.recipients, agent.actors) or before
        return True
    if _participle_of(view, match, roles):
        # "rebels backed by Kigali", "a plan drafted by Cairo": the agent acts on the party
        agent = by_agent(view, match.end, clause.upper)
        if agent is not None:
            roles.actors, roles.recipients = agent.actors, roles.actors
            roles.passive = True
        return True
    reduced = (
        match.end < len(tokens)
        and lows[match.end] == "by"
        and lows[match.end - 1].endswith("ed")
        and roles.subject is None
    )
    if reduced:
        agent = by_agent(view, match.end, clause.upper)
        if agent is None:
            return False
        roles.actors = agent.actors
        roles.recipients = tuple(
            party
            for event in so_far[-1:]
            for party in (*event.actors, *event.recipients)
            if party not in roles.actors
        )
    return True


#: Kinds whose event noun names its actor after "from" ("an apology from Tokyo", "aid
#: from Oslo"); not those where "from" names a place left ("a withdrawal from").
_FROM_AGENT_KINDS: Final = frozenset(
    {"ACCUSE", "APOLOGIZE", "APPEAL", "CRITICIZE", "DEMAND", "PRAISE", "PROTEST", "REJECT"}
    | {"SANCTION", "THREATEN", "PROVIDE_AID", "VISIT"}
)


def _from_agent(lows: list[str], match: Trigger) -> int | None:
    """Where "from" names the actor of an event noun: inside its words or right after
    them, past a closing quote ("a formal protest" from Algiers)."""
    if match.kind not in _FROM_AGENT_KINDS or "from" in match.source_slot:
        return None  # a lexicon slot already placed it ("a call from X")
    stop = match.end + (lows[match.end : match.end + 1] in _QUOTE_CLOSE) + 1
    return next((i for i in range(match.head + 1, stop) if lows[i : i + 1] == ["from"]), None)


#: A closing quotation mark between an event noun and its "from".
_QUOTE_CLOSE: Final = (['"'], ["\u201d"], ["'"], ["\u2019"])


def _participle_of(view: SentenceView, match: Trigger, roles: Roles) -> bool:
    """ "troops *backed by* Russia": a one-word participle right after its party and
    before "by" (a reduced passive that modifies the party)."""
    lows = view.lows
    return (
        not roles.passive
        and roles.subject is not None
        and roles.subject.end == match.start
        and match.end == match.start + 1
        and match.end < len(lows)
        and lows[match.end] == "by"
        and lows[match.start].endswith("ed")
    )
