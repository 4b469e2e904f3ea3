"""An event from a trigger match, in named steps over the sentence view.

:func:`build_event` runs, for one trigger of a sentence:

1. **clause** — the trigger's attribution region and clause (:func:`~.roles.clause_of`);
2. **roles** — actors and recipients from the words around it (:func:`~.roles.find_roles`);
3. **agreement** — the agreement it is about (:func:`~.agreements.event_agreement`);
4. **anaphora** — parties the story supplies when the sentence names none
   (:func:`~.anaphora.object_anaphor`, :func:`~.anaphora.inherit_parties`);
5. **location** — where it happened (:func:`~.location.event_location`);
6. **factuality** — tense, modality, negation, conditions (:func:`~.factuality.factuality`);
7. **dating** — its time expression and date (:mod:`~.dating`).

Any step may rule the event out (``None``): no parties, a required object or agreement
missing, a trigger that is part of an attribution's frame or of a condition.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from accordlib._util.trusted import trusted
from accordlib.events.kinds import ActorKind, EventKind, Factuality, Precision
from accordlib.events.model import Actor, DiplomaticEvent
from accordlib.extract.agreements import event_agreement
from accordlib.extract.anaphora import StoryContext, inherit_parties, object_anaphor
from accordlib.extract.attribution import in_frame, region
from accordlib.extract.background import (
    retold_act,
    toll_of_fighting,
    visit_purpose,
    war_history,
)
from accordlib.extract.clauses import clause_of
from accordlib.extract.coding import (
    armed_force,
    envoy_expulsion,
    negotiation_intent,
    refine,
    show_of_force,
)
from accordlib.extract.confidence import event_confidence
from accordlib.extract.counterpart import story_counterpart
from accordlib.extract.dating import date_event, pick_timex
from accordlib.extract.factuality import conditional_sentence, factuality
from accordlib.extract.guards import repeated_mention
from accordlib.extract.location import event_location
from accordlib.extract.model import Trigger
from accordlib.extract.partners import joined_partners, with_partners
from accordlib.extract.roles import find_roles
from accordlib.extract.roles_model import Roles
from accordlib.extract.targets import story_target
from accordlib.extract.triggers import FRAMES as _FRAMES
from accordlib.extract.view import SentenceView

__all__ = ["build_event"]

#: Builds a DiplomaticEvent without its validators, for values that already have their types.
_trusted_event = trusted(DiplomaticEvent)
#: The kinds whose missing recipient may be "the decision" of the story's last decision.
_DISAPPROVAL_OR_PRAISE = ("PRAISE", "CRITICIZE", "REJECT")
#: Words that open an intention's own complement ("ready to ...", "promised that ..."),
#: looked for up to this many words after the trigger (its own last word included).
_COMPLEMENT: Final = frozenset({"to", "that"})
_COMPLEMENT_REACH: Final = 2
#: How far back an anaphoric trigger's modality cues are read ("it would only happen").
_ANAPHOR_CUES = 4


def build_event(
    view: SentenceView,
    match: Trigger,
    ctx: StoryContext,
    so_far: Sequence[DiplomaticEvent],
) -> DiplomaticEvent | None:
    """The event of ``match`` in the sentence of ``view``, or ``None``; ``so_far`` are
    the events the sentence's earlier triggers produced."""
    if in_frame(view.attributions, match.head):
        return None  # "announced" in "Trump announced": the attribution, not an event
    if match.kind == "ANAPHOR":
        return _anaphor_event(view, match, ctx, so_far)
    if repeated_mention(view, match, ctx.events) or retold_act(view, match, ctx.events):
        return None  # "the talks were frank": the story's earlier talks again
    clause = clause_of(view, match)
    roles = find_roles(view, match, clause, so_far)
    if roles is None:
        return None
    agreement = event_agreement(view, match, clause.lower, clause.upper, ctx)
    if agreement is None:
        return None
    parties = _parties(view, match, roles, agreement.name, ctx, so_far)
    if parties is None:
        return None
    actors, recipients = parties
    if _aside(view, match, parties, ctx, so_far):
        return None  # the purpose of a visit, the toll of reported fighting
    confidence = event_confidence(
        view, match, actors, recipients, _origins(view, ctx), ctx.guards, roles.position
    )
    if confidence < ctx.min_confidence:
        return None  # not reported: the steps below are not needed
    timex, framed = pick_timex(view, match, clause)
    fact = factuality(view.lows, roles.cue_start, match, clause.upper, clause.attribution, timex)
    if conditional_sentence(view.lows, match, clause.lower, clause.upper):
        fact = Factuality.CONDITIONAL
    fact, date, precision, date_text = date_event(timex, framed, fact, match.kind, agreement, ctx)
    kind, fact = refine(view, match, roles.cue_start, fact)
    kind = envoy_expulsion(view, match, negotiation_intent(view, match, kind), recipients)
    kind = armed_force(view, kind, actors, recipients)
    kind = show_of_force(view, match, kind, recipients)
    if war_history(view, EventKind[kind], date, ctx.published):
        return None  # "captured by Israel in the 1967 war": a war story's history
    attribution = clause.attribution
    source = attribution.speaker[0] if attribution is not None and attribution.speaker else None
    # Every value below already has its field's type: the unchecked constructor builds the
    # same event without the validators' cost.
    return _trusted_event(
        EventKind[kind],
        actors,
        recipients,
        agreement.name,
        fact,
        date,
        precision,
        date_text,
        event_location(view, match, clause, roles),
        source,
        view.sentence,
        view.start,
        view.end,
        match.rule,
        confidence,
    )


def _aside(
    view: SentenceView,
    match: Trigger,
    parties: tuple[tuple[Actor, ...], tuple[Actor, ...]],
    ctx: StoryContext,
    so_far: Sequence[DiplomaticEvent],
) -> bool:
    """True for event words the story tells beside an event (:mod:`~.background`)."""
    actors, recipients = parties
    return visit_purpose(view, match, (*actors, *recipients), so_far) or toll_of_fighting(
        match.kind, actors, recipients, ctx.events
    )


def _origins(view: SentenceView, ctx: StoryContext) -> tuple[set[int], set[int]]:
    """The ids of the sentence's actors that the story resolved (pronouns, organs of the
    story's state) and of those nobody could place (a role noun alone, a name alone)."""
    resolved = set(ctx.resolved)  # (the keys)
    generic: set[int] = set()
    for ent in view.entities:
        if ent.kind == "pronoun":
            resolved.update(id(actor) for actor in ent.actors)
        elif ent.generic:
            generic.update(id(actor) for actor in ent.actors)
    return resolved, generic


def _parties(
    view: SentenceView,
    match: Trigger,
    roles: Roles,
    agreement: str | None,
    ctx: StoryContext,
    so_far: Sequence[DiplomaticEvent],
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]] | None:
    """The final actors and recipients: the roles, completed from the story context when
    the sentence names none; ``None`` when nobody acts."""
    actors, recipients = roles.actors, roles.recipients
    if not recipients and match.kind in _DISAPPROVAL_OR_PRAISE:
        # Object anaphora: "welcomed the decision" -> the parties of the story's last event.
        resolved = object_anaphor(view, match, actors, ctx)
        if resolved is not None:
            recipients = resolved
    if not actors and not recipients:
        inherited = inherit_parties(match, ctx, so_far, agreement)
        if inherited is None:
            return None
        actors, recipients = inherited
    recipients = _others(actors, tuple(r for r in recipients if r not in actors))
    if not recipients and actors:
        recipients = _dateline_host(view, match, actors, ctx)
    if not recipients and actors and _FRAMES.get()[match.kind].target == "story":
        # "Bahrain agreed to normalise relations": with the story's other party
        recipients = story_target([*ctx.events, *so_far], (ctx.last_state, ctx.last_party), actors)
    actors, recipients = with_partners(tuple(actors), recipients, joined_partners(view, match))
    if actors and ctx.parties is not None and _stands_alone(view, match):
        actors, recipients = story_counterpart(
            ctx.parties, view.lows, match, actors, recipients, [*ctx.events, *so_far]
        )
    if not actors and not (roles.passive and recipients):
        return None  # who did it is unknown: nothing to report (a passive may lack its agent)
    return tuple(actors), recipients


def _stands_alone(view: SentenceView, match: Trigger) -> bool:
    """True for a trigger that is no weak report giving way to an act nearby: a strong
    one, or the one trigger of its sentence with a complement of its own ("was ready to
    put the issue before the court"); a weak one keeps the parties its sentence names."""
    if not match.weak:
        return True
    following = view.lows[max(0, match.end - 1) : match.end + _COMPLEMENT_REACH]
    return len(view.matches) == 1 and not _COMPLEMENT.isdisjoint(following)


def _others(actors: Sequence[Actor], recipients: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The recipients without the actors' own state when another remains ("Syrian envoys
    walked out of the Syrian-Turkish talks": Turkey's, not Syria's)."""
    if len(recipients) < 2:  # noqa: PLR2004 - one recipient stays whoever it is
        return recipients
    home = {a.country for a in actors if a.country is not None and a.kind is not ActorKind.STATE}
    others = tuple(r for r in recipients if not (r.kind is ActorKind.STATE and r.country in home))
    return others or recipients


def _anaphor_event(
    view: SentenceView,
    match: Trigger,
    ctx: StoryContext,
    so_far: Sequence[DiplomaticEvent],
) -> DiplomaticEvent | None:
    """ "it would only happen with ...": the previous event again, with this sentence's modality."""
    antecedents = so_far or ctx.events[-3:]
    if not antecedents:
        return None
    previous = antecedents[-1]
    region_start, region_end, attribution = region(view.attributions, match.start)
    fact = factuality(
        view.lows,
        max(region_start, match.start - _ANAPHOR_CUES),
        match,
        min(region_end, len(view.tokens)),
        attribution,
        None,
    )
    source = attribution.speaker[0] if attribution is not None and attribution.speaker else None
    return previous.evolve(
        factuality=fact,
        source=source,
        date=None,
        date_precision=Precision.UNKNOWN,
        date_text=None,
        sentence=view.sentence,
        start=view.start,
        end=view.end,
        rule=match.rule,
    )


#: Kinds whose host a dateline gives when the text says "here" ("arrived here today for an
#: official visit", "talks here on Monday").
_HOSTED_KINDS: Final = frozenset({"VISIT", "MEET", "NEGOTIATE"})
#: How far from the trigger "here" may stand.
_HERE_REACH: Final = 4


def _dateline_host(
    view: SentenceView, match: Trigger, actors: Sequence[Actor], ctx: StoryContext
) -> tuple[Actor, ...]:
    """ "SINGAPORE: The Malaysian premier arrived here today for an official visit": the
    dateline's state hosts a visit (or a meeting) said to happen "here", when no actor is
    of that state; talks between two parties named already ("the EC and Comecon ended
    talks here") only take place there."""
    host = ctx.dateline_country
    if host is None or match.kind not in _HOSTED_KINDS:
        return ()
    if match.kind != "VISIT" and len(actors) > 1:
        return ()
    lows = view.lows
    window = lows[max(0, match.start - _HERE_REACH) : match.end + _HERE_REACH]
    if "here" not in window or any(actor.country == host for actor in actors):
        return ()
    return (ctx.state_actor(host),)
