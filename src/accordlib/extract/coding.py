"""The event's code: how the words around a trigger refine its kind and factuality.

A trigger names a kind; the sentence sometimes says more (:func:`refine`):

* **an intention**: a trigger that only states an intention ("pledged aid", "offered to
  mediate", the lexicon's CAMEO 03x readings) reports the act as announced, not done;
* **support promised**: "will support", "would back" is a promise of support (an
  expressed intention, PLOVER AGREE), while "supported" is praise;
* **talks with or without an issue**: "held talks with X" is a meeting; talks with an
  issue ("nuclear talks", "talks on the border", "negotiations") are a negotiation (the
  names of the parties between "talks" and their issue do not count towards its reach);
* **a concession refused**: "would not bow to pressure", "is not prepared to give up" is
  a rejection that happened (REJECT), not a concession that did not;
* **pressure with a condition**: a hostile act promised "unless" the other side moves
  ("would boycott the talks unless") is a threat (THREATEN, conditional);
* **a warning to act**: "warned the army to refrain from violence", "warned Iran not to
  enrich" urges the party warned (APPEAL); "warned of retaliation" stays a threat;
* **a verbal attack**: "attacked the bill", "attacked the decision" aims at a document or
  a policy (``document_nouns``): criticism, not fighting;
* **a refusal with a condition**: "won't talk with X unless Y" is conditional, not negated;
  "may not attend" is a possibility (hypothetical), not a refusal;
* **acts on one another** (:func:`mutual_reverse`): "Islamabad and Kabul accuse each
  other" is two accusations, one each way, for the directed kinds;
* **a diplomat expelled** (:func:`envoy_expulsion`): "expelled Canada's chargé
  d'affaires", "kicking out Venezuela's top diplomat" expels a state's envoy (161), not
  a person (174).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from accordlib.events.kinds import ActorKind, Factuality
from accordlib.events.model import Actor, DiplomaticEvent
from accordlib.extract.guards import object_in
from accordlib.extract.model import DIRECTED_KINDS, Trigger
from accordlib.extract.view import SentenceView
from accordlib.officials.model import Role
from accordlib.text.calendar import MONTH_NAMES

__all__ = [
    "armed_force",
    "envoy_expulsion",
    "mutual_reverse",
    "negotiation_intent",
    "refine",
    "show_of_force",
]

#: How far after "talks" their issue may be named ("talks in Cairo on the truce").
_TOPIC_REACH: Final = 12
#: How far before "talks" their modifiers are read ("a new round of nuclear talks").
_MODIFIER_REACH: Final = 5
#: How far after "attacked" the document it aims at may be named ('attacked the "new
#: textile and apparel act"').
_DOCUMENT_REACH: Final = 8
#: How many words the party warned may span ("warned the country's military to").
_WARNED_REACH: Final = 6
#: Subject pronouns and "that": after "warned" they open a clause, not the party warned.
_WARNED_STOPS: Final = frozenset({"it", "he", "she", "they", "we", "i", "that", "of"})
#: Hostile acts that, promised unless the other side moves, are threats.
_PRESSURE_KINDS: Final = frozenset(
    {
        "SANCTION",
        "CUT_AID",
        "SEVER_RELATIONS",
        "EXPEL_DIPLOMATS",
        "RECALL_AMBASSADOR",
        "HALT_NEGOTIATIONS",
        "FIGHT",
        "ASSAULT",
        "COERCE",
        "MOBILIZE",
    }
)
#: Prepositions before "talks": they name no issue ("after talks with X", "in talks").
_BEFORE_TALKS: Final = frozenset(
    {"after", "before", "during", "following", "for", "in", "into", "of", "at", "with",
     "ahead", "amid", "despite", "from", "to", "by", "through", "without"}
)  # fmt: skip
#: Verbs of an infinitive after "talks" that give them an issue ("to discuss the border").
_PURPOSE_VERBS: Final = frozenset(
    {"discuss", "explore", "end", "resolve", "settle", "find", "reach", "negotiate",
     "agree", "hammer", "finalize", "finalise", "restore", "normalize", "normalise",
     "broker", "revive", "ease", "defuse", "secure", "conclude"}
)  # fmt: skip
#: The dictionary block of force verbs, some of whose patterns are words ("fighting the
#: government" is criticism there).
_FORCE_BLOCK: Final = "PHYSICAL_CONFLICT"
#: How far before such a verb an armed party makes it force ("the rebels fighting").
_ARMED_REACH: Final = 3
#: The forms of "press": pressing a party to act is an appeal, as urging is.
_PRESSING: Final = frozenset({"press", "presses", "pressed", "pressing"})
#: What may follow a stem of a verb of violence against people (the word class
#: ``killing_stems``) in one of its forms ("executed", "execution", "kidnapping",
#: "beaten"); other words that start like one are not killings ("executive", "shotgun",
#: "rapeseed").
_KILLING_ENDINGS: Final = frozenset(
    {"", "s", "e", "es", "d", "ed", "en", "er", "ers", "ing", "ings", "ion", "ions", "ous",
     "ped", "per", "pers", "ping", "pings"}
)  # fmt: skip
#: Words (stems) of an intention reading whose act is the intention itself ("proposed
#: talks", "invited the Commission for talks", "were prepared to talk"): no talks are
#: announced, a wish to hold them is (EXPRESS_INTENT); a pledge or an offer of an act
#: ("pledged aid") stays the act, announced.
_INTENT_STEMS: Final = ("propos", "invit", "prepared", "ready", "willing")
#: Kinds of force that a verbal attack is read as.
_FORCE_KINDS: Final = frozenset({"FIGHT", "ASSAULT"})
#: Verbs (stems) of sending a person out of the country: of a diplomat, an expulsion.
_EXPELLING: Final = ("expel", "kick", "deport", "throw", "oust", "eject", "bar", "order")
#: "each other", "one another" right after a trigger ("blamed each other").
_MUTUAL: Final = (("each", "other"), ("one", "another"))
#: How far after the trigger's end the reciprocal pronoun may start.
_MUTUAL_REACH: Final = 3
#: The roles of a state's diplomats (a person with such a title is its envoy).
_ENVOY_ROLES: Final = frozenset({Role.AMBASSADOR, Role.ENVOY})
#: Words of a diplomat's description when no title was read ("Venezuela's top diplomat").
_ENVOY_WORDS: Final = frozenset({"diplomat", "diplomats", "envoy", "envoys", "ambassador"})


def refine(
    view: SentenceView, match: Trigger, cue_start: int, fact: Factuality
) -> tuple[str, Factuality]:
    """The kind and factuality of the event of ``match`` (``cue_start``: where its
    modality cues start), given the factuality its tense and modality gave."""
    kind = match.kind
    words = view.vocab
    lows = view.lows
    head = lows[match.head]
    intent = match.intent and head.startswith(_INTENT_STEMS)
    if intent and fact is Factuality.PLANNED and head.endswith("ed"):
        return "EXPRESS_INTENT", Factuality.OCCURRED  # "invited X for talks next month"
    if fact is Factuality.OCCURRED and (match.intent or lows[match.start] in words.intent_verbs):
        if intent:
            return "EXPRESS_INTENT", fact  # "proposed talks", "invited X for talks"
        fact = Factuality.ANNOUNCED  # "pledged aid": the act, announced (033)
    if fact is Factuality.NEGATED and _possibly_not(lows[cue_start : match.start]):
        fact = Factuality.HYPOTHETICAL  # "may not attend the talks": possibly not
    return _refusal_or_pressure(view, match, _worded_kind(view, match, kind, cue_start), fact)


def _worded_kind(view: SentenceView, match: Trigger, kind: str, cue_start: int) -> str:
    """The kind the words around the trigger make of its own: a promise of support, a
    meeting without an issue, a courtesy call, talks by telephone."""
    words = view.vocab
    lows = view.lows
    if kind == "PRAISE" and lows[match.head] in words.support_verbs:
        cues = lows[cue_start : match.start]
        if "to" in cues or not words.future.isdisjoint(cues):
            kind = "EXPRESS_INTENT"  # "will support": a promise, not praise
    elif kind == "NEGOTIATE" and lows[match.head] in words.talk_nouns and not _issue(view, match):
        kind = "MEET"  # "held talks with X": a meeting whose issue is not said
    elif kind == "APPEAL" and _courtesy_call(view, match):
        kind = "MEET"  # "called on Prime Minister X and discussed ...": a visit to X
    if kind in _TALK_KINDS and _by_phone(view, match):
        kind = "PHONE_CALL"  # "discussed the treaty during a phone call": a call (041)
    return kind


#: Kinds of talks that, held by telephone, are a phone call.
_TALK_KINDS: Final = frozenset({"MEET", "NEGOTIATE"})
#: How far from the trigger the telephone may be named ("In a rare phone call, the foreign
#: ministers of Armenia and Azerbaijan discussed").
_PHONE_REACH: Final = 12
#: Words right before the telephone that make it the medium of the talks ("during a phone
#: call", "via phone", "over the telephone"; not "after a phone call").
_MEDIUM_WORDS: Final = frozenset({"by", "via", "over", "during", "in", "on", "through"})
#: How many words ("a rare", "the") may stand between such a word and the telephone.
_MEDIUM_GAP: Final = 3


def _by_phone(view: SentenceView, match: Trigger) -> bool:
    """Whether talks are said to be held by telephone: a telephone word near the trigger
    with a medium word right before it ("during a phone call", "via phone")."""
    lows = view.lows
    media = view.vocab.phone_media
    low_end = max(0, match.start - _PHONE_REACH)
    for index in range(low_end, min(len(lows), match.end + _PHONE_REACH)):
        if lows[index] in media and not _MEDIUM_WORDS.isdisjoint(
            lows[max(low_end, index - _MEDIUM_GAP) : index]
        ):
            return True
    return False


#: Forms of "call" whose "on" may open a courtesy call ("called on the President").
_CALL_FORMS: Final = frozenset({"call", "calls", "called", "calling"})
#: Words after a courtesy call's object that make it an appeal after all ("to", "for").
_APPEAL_MARKS: Final = frozenset({"to", "for", "not"})
#: How far after "on" an appeal's "to"/"for" may come ("called on all parties concerned
#: in the region to").
_CALL_REACH: Final = 14


def _courtesy_call(view: SentenceView, match: Trigger) -> bool:
    """ "X called on Prime Minister Y and discussed ...": "called on" a capitalised title or
    name, or a person ("the prime minister"), with no "to"/"for" after it is a visit to Y,
    not an appeal."""
    lows = view.lows
    head = match.head
    on = head + 1
    if lows[head] not in _CALL_FORMS or on + 1 >= len(lows) or lows[on] not in ("on", "upon"):
        return False
    first = on + 2 if lows[on + 1] == "the" else on + 1
    if first >= len(lows):
        return False
    group = view.covering[first]
    person = group is not None and all(a.kind is ActorKind.PERSON for a in group.actors)
    if not (view.tokens[first].text[:1].isupper() or person):
        return False  # "called on the prime minister": an office held by a person is one too
    after = lows[on + 1 : on + 1 + _CALL_REACH]
    return _APPEAL_MARKS.isdisjoint(after)


def _refusal_or_pressure(
    view: SentenceView, match: Trigger, kind: str, fact: Factuality
) -> tuple[str, Factuality]:
    """A concession refused, a hostile act promised unless the other side moves, a
    warning to act, a verbal attack."""
    if kind == "CONCEDE" and fact is Factuality.NEGATED:
        return "REJECT", Factuality.OCCURRED  # "would not bow to pressure": a refusal
    if fact is Factuality.NEGATED and "unless" in view.lows[match.head + 1 :]:
        fact = Factuality.CONDITIONAL  # "won't talk with X unless ...": only on a condition
    if (
        kind in _PRESSURE_KINDS
        and fact is Factuality.CONDITIONAL
        and "unless" in view.lows[match.head + 1 :]
    ):
        return "THREATEN", fact  # "would boycott the talks unless ...": a threat
    if kind == "THREATEN" and _warned_to(view, match):
        return "APPEAL", fact  # "warned the army to refrain": an appeal to the army
    if kind == "DEMAND" and view.lows[match.head] in _PRESSING and _told_to(view, match):
        return "APPEAL", fact  # "pressing Taiwan to open its market": urged, as 'urge' is
    if kind in _FORCE_KINDS and object_in(
        view, match.head, view.vocab.document_nouns, _DOCUMENT_REACH
    ):
        return "CRITICIZE", fact  # "attacked the bill": words, not force
    if kind == "CRITICIZE" and match.rule.startswith(_FORCE_BLOCK) and _armed_before(view, match):
        return "FIGHT", fact  # "rebels fighting the government": arms, not words
    return kind, fact


def negotiation_intent(view: SentenceView, match: Trigger, kind: str) -> str:
    """An intention to meet whose pattern's noun is "negotiation(s)" ("prepare for tough
    negotiations", "seek negotiations") is one to negotiate: talks with an issue (036)."""
    if (
        kind == "MEET"
        and match.intent
        and any(low.startswith(_NEGOTIATION) for low in view.lows[match.head + 1 : match.end])
    ):
        return "NEGOTIATE"
    return kind


#: The stem of the nouns of negotiation in an intention's pattern.
_NEGOTIATION: Final = "negotiat"


def _armed_before(view: SentenceView, match: Trigger) -> bool:
    """Whether an armed group or a state's forces stand right before the trigger."""
    before = view.lows[max(0, match.start - _ARMED_REACH) : match.start]
    armed = view.vocab.armed_groups
    forces = view.vocab.state_forces
    return any(low in armed or low in forces for low in before)


def armed_force(
    view: SentenceView,
    kind: str,
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
) -> str:
    """An assault by a state's forces on a named party, or between two states' forces, is
    fighting (CAMEO 19, conventional force), not an assault (18): "an Iranian warship set
    the tanker on fire"; a sentence of killings stays an assault ("jets killed 22
    villagers in a bombing raid") unless the dead are combatants (:func:`_combat_deaths`)."""
    if kind != "ASSAULT":
        return kind
    military = any(actor.kind is ActorKind.MILITARY for actor in actors)
    if not any(_is_killing(low, view.vocab.killing_prefixes) for low in view.lows):
        if military and (recipients or len({actor.country for actor in actors}) > 1):
            return "FIGHT"
        return kind
    return "FIGHT" if _combat_deaths(view, military, recipients) else kind


def _combat_deaths(view: SentenceView, military: bool, recipients: tuple[Actor, ...]) -> bool:
    """Killings that are casualties of fighting (CAMEO 19), not violence against people
    (18): soldiers killed ("rebels killed 18 soldiers", "19 soldiers were killed"), or a
    party's people killed by a state's forces in combat ("troops killed 384 of the enemy
    in fighting near the base")."""
    if any(actor.kind is ActorKind.MILITARY for actor in recipients):
        return True
    return military and bool(recipients) and not view.vocab.battle_words.isdisjoint(view.lows)


#: How far after a force verb the weapon it fires may be named ("fired what appears to be a
#: ballistic missile").
_WEAPON_REACH: Final = 8
#: Words before the weapon that aim the act at someone (the weapon is then an instrument).
_AIMED: Final = frozenset({"with", "at", "on", "against", "upon"})


def show_of_force(
    view: SentenceView, match: Trigger, kind: str, recipients: tuple[Actor, ...]
) -> str:
    """A missile fired or launched at no one named ("North Korea launched a short-range
    ballistic missile toward the East Sea") is a show of force (150), not fighting."""
    if kind not in _FORCE_KINDS or recipients:
        return kind
    weapons = view.vocab.test_weapons
    for low in view.lows[match.head + 1 : match.end + _WEAPON_REACH]:
        if low in weapons:
            return "MOBILIZE"
        if low in _AIMED:
            break  # "attacked several ships with missiles", "fired at": aimed at someone
    return kind


def _is_killing(low: str, stems: tuple[str, ...]) -> bool:
    """Whether a lower-case word is a form of a verb of violence against people."""
    return low.startswith(stems) and any(
        low.startswith(stem) and low[len(stem) :] in _KILLING_ENDINGS for stem in stems
    )


def _warned_to(view: SentenceView, match: Trigger) -> bool:
    """ "warned the country's military to refrain", "warned Iran not to": a warning whose
    object is told to act (or not to)."""
    return view.lows[match.head] in view.vocab.warning_verbs and _told_to(view, match)


def _told_to(view: SentenceView, match: Trigger) -> bool:
    """Whether the trigger's object is told to act: "warned Iran not to", "pressing the
    administration to live up to"."""
    lows = view.lows
    head = match.head
    for index in range(head + 2, min(len(lows), head + 2 + _WARNED_REACH)):
        if lows[index] == "to":
            return True  # "warned Iran to", "warned Iran not to"
        low = lows[index - 1]
        if (
            low in _WARNED_STOPS
            or low in view.vocab.clause_words
            or low in view.vocab.hypothetical
            or low in view.vocab.future
            or not (low.isalnum() or low == "'s")
        ):
            return False  # "warned it would respond to": the warner's own act
    return False


def _issue(view: SentenceView, match: Trigger) -> bool:
    """Whether talks have an issue: a noun before them that is not only their format
    ("nuclear talks", not "high-level talks"), or "on", "over", "about" after them."""
    return _issue_before(view, match.head) or _issue_after(view, match.head)


def _issue_before(view: SentenceView, head: int) -> bool:
    """A noun before the talks that names their issue ("nuclear talks")."""
    lows = view.lows
    words = view.vocab
    for index in range(head - 1, max(-1, head - 1 - _MODIFIER_REACH), -1):
        low = lows[index]
        if low in words.talk_modifiers or low.isdigit():
            continue
        if view.covering[index] is not None or not low.isalpha() or low in words.light:
            return False  # a party ("Israeli-Palestinian talks" name parties), a verb
        return low not in _BEFORE_TALKS  # "after talks with": a preposition, no issue
    return False


def _issue_after(view: SentenceView, head: int) -> bool:
    """ "talks on the border", "talks with X to discuss ...": an issue after the talks."""
    lows = view.lows
    words = view.vocab
    covered = {i for e in view.entities for i in range(e.start, e.end)}
    counted = 0
    for index in range(head + 1, len(lows)):
        if index not in covered:
            counted += 1  # the parties' names do not count ("talks with the International
            if counted > _TOPIC_REACH:  # Monetary Fund (IMF) on the debt")
                return False
        low = lows[index]
        if low == "to" and lows[index + 1 : index + 2] and lows[index + 1] in _PURPOSE_VERBS:
            return True  # "talks with the Taliban to explore ways for peace": an issue
        if low in words.topic_words:
            if _no_issue(view, index + 1):
                continue
            return True
        if low in _CLAUSE_ENDS or low in words.clause_words:
            return False
    return False


def _no_issue(view: SentenceView, index: int) -> bool:
    """Whether the words after "on", "over" or "about" at ``index`` say when, where or over
    what agenda talks were held rather than their issue."""
    lows = view.lows
    words = view.vocab
    following = lows[index] if index < len(lows) else ""
    if following == "the" and index + 1 < len(lows):
        following = lows[index + 1]
    if following in words.time_words or following.isdigit():
        return True  # "on Tuesday": a date, not an issue
    if following in words.setting_nouns:
        return True  # "on the sidelines", "on the first day": a setting, not an issue
    if _dated(lows, index):
        return True  # "on September 11", "on 11 September": a date, not an issue
    if following in ("a", "an") and index + 1 < len(lows):
        following = lows[index + 1]
    return following in words.agenda_words  # "on a range of topics", "on various issues"


def _dated(lows: Sequence[str], index: int) -> bool:
    """Whether a date opens at ``index``: a month name ("September 11", "May 5": "may" only
    before a number) or a day number before one ("11 September")."""
    word = lows[index] if index < len(lows) else ""
    after = lows[index + 1] if index + 1 < len(lows) else ""
    if word in _MONTHS:
        return word != "may" or after.isdigit()
    return word.isdigit() and after in _MONTHS


#: The month names, for dates after "on" ("talks on September 11").
_MONTHS: Final = frozenset(MONTH_NAMES)

#: Marks that end the words an issue of talks is looked for in.
_CLAUSE_ENDS: Final = frozenset({",", ".", ";", ":", "\u2014"})


def envoy_expulsion(
    view: SentenceView, match: Trigger, kind: str, recipients: tuple[Actor, ...]
) -> str:
    """ "expelled Canada's chargé d'affaires": sending out a diplomat (a person whose
    title is an ambassador's or an envoy's) expels the state's envoy, not a person."""
    if kind != "COERCE" or not view.lows[match.head].startswith(_EXPELLING):
        return kind
    for actor in recipients:
        if actor.kind is not ActorKind.PERSON:
            continue
        if actor.title is not None and actor.title.role in _ENVOY_ROLES:
            return "EXPEL_DIPLOMATS"
        if not _ENVOY_WORDS.isdisjoint(actor.name.lower().split()):
            return "EXPEL_DIPLOMATS"
    return kind


def mutual_reverse(
    view: SentenceView, match: Trigger, event: DiplomaticEvent
) -> DiplomaticEvent | None:
    """ "Israelis and Palestinians blamed each other": the event of the other direction
    (the roles read the first party as actor and the other as recipient), for the
    directed kinds; ``None`` when the act is not mutual or not directed."""
    if event.kind not in DIRECTED_KINDS or len(event.actors) != 1 or len(event.recipients) != 1:
        return None
    lows = view.lows
    stop = min(len(lows) - 1, match.end + _MUTUAL_REACH)
    if not any((lows[i], lows[i + 1]) in _MUTUAL for i in range(match.head + 1, stop)):
        return None
    return event.evolve(actors=event.recipients, recipients=event.actors)


#: Modals of possibility before a negation: "may not attend" is a possibility, no refusal.
_POSSIBLY: Final = frozenset({"may", "might"})


def _possibly_not(cues: list[str]) -> bool:
    """Whether the cues hold "may not" or "might not" ("may not even attend")."""
    return any(low in _POSSIBLY and nxt in ("not", "n't") for low, nxt in pairwise(cues))
