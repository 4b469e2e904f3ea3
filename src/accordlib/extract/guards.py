"""The precision guards: contexts in which a trigger is less likely a state-level event.

Recall without guards is noise. Each guard multiplies an event's confidence
(:mod:`~accordlib.extract.confidence`) by a factor below one:

* **corporate copy**: a story dense in company words ("shareholders", "merger", "Inc",
  "quarter": ``market_words`` of ``data/extract_words.tsv``; :func:`corporate_story`), or
  a sentence that holds one; a party that is a company (the recogniser's ``corporate``
  flag, or a name ending in a company suffix: "Acme Corp") counts as almost nobody;
* **a meeting as a setting**: a meeting or talks noun after "at", "during", "after",
  "told" ("told a news conference after the meeting") only sets the scene; a meeting
  that describes the speaker ("a negotiator taking part in the talks said") is dropped,
  and so is one party discussing a matter with no one ("he had discussed prices");
* **sports and culture**: a visit or meeting of a team, an orchestra, fans;
* **no second party**: an act whose recipients are the actors themselves, or aid a party
  gives itself ("equipped itself with missiles": dropped);
* **no comment**: "declined to comment", "refused to confirm" is no rejection (the event
  is dropped);
* **wrong readings** (the event is dropped): "meet its obligations" (a goal met, no
  meeting: ``goal_nouns``), "released 500 tonnes" (goods, no people: ``goods_words``),
  "wanted to stay" (one's own wish, no appeal: ``desire_verbs``), "we must" (the
  speaker's resolve, no demand on anyone), "charging its official price" (a price, no
  charge), "a head of state to Central Asia" (a noun before "of": ``head_nouns``),
  "backs separatist militias" (arms or money, no praise: ``armed_groups``), "captured
  the ridge" (ground or spoils, no arrest: ``captured_things``), a verb
  reading of a word that is no verb there (after an article, inside a party's name,
  before "was", or a companion participle whose agent is no party: "troops backed by
  heavy artillery fire");
* **no addressee**: "the days of subsidies must end" (a demand on nobody: dropped), "the
  minister proposed a price freeze" (policy, no appeal: ``proposal_verbs``; "suggested
  that a panel be set up" still asks the others);
* **aid only mentioned**: "the World Bank loan will be used to build a port" — an aid
  noun that no verb gives and no "to", "for" or "from" ties to a party;
* **a repeated mention** (:func:`repeated_mention`; the event is dropped): "the talks",
  "the warning" in a later sentence of a story that already reported talks or a warning
  refer back to that event, whoever the later sentence names;
* **a forecast** (the event is dropped): an event after a speaker's hope or doubt and a
  modal ("optimistic the two could sign an accord": ``forecast_words``,
  ``forecast_modals``), or one that a modal consequence says an act may bring ("the
  tariff could trigger retaliation": ``consequence_words``);
* **a reported clause** (the event is dropped): a verb of yielding or recognising whose
  object is a clause ("conceded they were high", "recognised that the yen had hurt"):
  an admission, no concession or recognition (``clause_starts``, ``clause_pronouns``);
* **talks as a topic** (the event is dropped): a talks noun followed, in its clause, by a
  comment on it ("negotiations between the blocs took a long time", "considers talks on
  farm trade to be inseparable", "the next talks would be the last": ``comment_phrase``);
* **company and bank business**: a board or an annual meeting (``corporate_bodies``)
  unless a party is an organisation that is no company ("the board of the IMF will
  meet" is its members' meeting), a state's talks with or requests to its creditor
  banks (``lender_words``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from accordlib._util.lazy import Lazy
from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor, DiplomaticEvent
from accordlib.extract.model import Trigger
from accordlib.extract.view import SentenceView
from accordlib.extract.words import WORDS

__all__ = ["Guards", "corporate_story", "guard_factor", "object_in", "repeated_mention"]

#: The guards' factors.
_CORPORATE_STORY: Final = 0.4
_MARKET_SENTENCE: Final = 0.6
_SETTING: Final = 0.5
_CULTURE: Final = 0.5
_SELF: Final = 0.6
_CORPORATE_BODY: Final = 0.3
_LENDERS: Final = 0.5
_NO_ADDRESSEE: Final = 0.5
#: How many words after a verb its object's head noun may stand ("meet its financial
#: obligations", "released about 4,900 tonnes").
_OBJECT_REACH: Final = 5
#: Quotation marks, skipped between a verb and its object ('attacked the "trade act"').
_QUOTES: Final = frozenset({'"', "\u201c", "\u201d", "'"})
#: Determiners that make an event noun refer back ("the talks", "this warning").
_DEFINITE: Final = frozenset({"the", "this", "these"})
#: Determiners that introduce a new event ("a meeting").
_INDEFINITE: Final = frozenset({"a", "an", "new", "another", "further", "more"})
#: How many modifiers may stand between the determiner and the event noun ("the trade talks").
_DEFINITE_REACH: Final = 2
#: Kinds one mention may refer back to under another reading ("the talks": met, negotiated).
_FAMILY: Final = {"MEET": "talks", "NEGOTIATE": "talks"}
#: The kinds a state's creditor banks make into finance: talks, requests, demands.
_LENDER_KINDS: Final = frozenset({"APPEAL", "DEMAND", "NEGOTIATE", "MEET"})
#: A sentence with at least this many company words is market copy.
_MARKET_WORDS: Final = 2
#: A story is corporate copy when it has at least this many company words, at least one
#: per this many characters.
_CORPORATE_WORDS: Final = 2
_CORPORATE_SPACING: Final = 300
#: How many words before a meeting noun its setting preposition may stand ("at a news
#: conference after the meeting").
_SETTING_REACH: Final = 4
#: The possessive ending of a name ("after the IADB's annual meeting"), skipped with it.
_POSSESSIVE: Final = frozenset({"'s", "\u2019s"})
#: Brackets around an organisation's name or abbreviation, skipped like the name.
_BRACKETS: Final = frozenset({"(", ")"})


def _market_pattern() -> re.Pattern[str]:
    words = sorted(WORDS.get().market_words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b")


#: The company words of ``data/extract_words.tsv`` as one pattern over lower-cased text.
_MARKET: Final = Lazy(_market_pattern)


def corporate_story(text: str) -> bool:
    """True for corporate or market copy: company words ("shareholders", "merger",
    "Inc", "quarter") at least every :data:`_CORPORATE_SPACING` characters."""
    found = len(_MARKET.get().findall(text.lower()))
    return found >= _CORPORATE_WORDS and found * _CORPORATE_SPACING >= len(text)


class Guards:
    """What the precision guards know about a story: whether it is corporate copy, and
    the actors that are companies."""

    __slots__ = ("companies", "corporate")

    def __init__(self, *, corporate: bool) -> None:
        self.corporate = corporate
        #: ids of the actors that are companies (marked by the recogniser, or a name
        #: with a company suffix: "Acme Corp")
        self.companies: set[int] = set()


def guard_factor(
    view: SentenceView,
    trigger: Trigger,
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
    guards: Guards,
) -> float:
    """The product of the precision guards that apply to the event."""
    factor = 1.0
    words = view.vocab
    lows = view.lows
    if guards.corporate:
        factor *= _CORPORATE_STORY
    elif (
        not words.market_words.isdisjoint(lows)
        and sum(low in words.market_words for low in lows) >= _MARKET_WORDS
    ):
        factor *= _MARKET_SENTENCE
    if trigger.kind in ("VISIT", "MEET") and not words.culture_words.isdisjoint(lows):
        factor *= _CULTURE
    if recipients and actors and {_party(a) for a in recipients} <= {_party(a) for a in actors}:
        factor *= _SELF
    if trigger.kind == "REJECT" and _no_comment(view, trigger):
        factor = 0.0  # "declined to comment": no rejection of anything
    if _wrong_reading(view, trigger) or _forecast(view, trigger) or _reported(view, trigger):
        factor = 0.0
    if _comment_topic(view, trigger):
        factor = 0.0
    return (
        factor
        * _scene(view, trigger, recipients)
        * _business(view, trigger, actors, guards)
        * _no_addressee(view, trigger, recipients)
        * _cited(view, trigger)
        * _aid_received(view, trigger)
        * _speaker_aside(view, trigger)
        * _lone_discussion(view, trigger, actors, recipients)
    )


#: How many words of the talks' own phrase ("between the two groups", "on liberalising
#: trade") may stand between a talks noun and the comment made about it (party names
#: not counted).
_COMMENT_REACH: Final = 8


def _comment_topic(view: SentenceView, trigger: Trigger) -> bool:
    """ "Negotiations between the two blocs took a long time", "considers talks on farm
    trade to be inseparable from ...", "the next negotiations would be the last": a talks
    noun that is only the topic of a comment (``comment_phrase`` after its own phrase, in
    its clause) reports no meeting or negotiation."""
    lows = view.lows
    words = view.vocab
    if not (trigger.nominal and trigger.kind in ("MEET", "NEGOTIATE")):
        return False
    if lows[trigger.head] not in words.talk_nouns and not lows[trigger.head].startswith(
        "negotiation"
    ):
        return False
    covered = {i for e in view.entities for i in range(e.start, e.end)}
    counted = 0
    for index in range(trigger.head + 1, len(lows)):
        low = lows[index]
        phrase = next(
            (p for p in words.comment_phrase if tuple(lows[index : index + len(p)]) == p), None
        )
        if phrase is not None:
            # "talks on fishing to be concluded next week": a participle plans them
            return not _participle(lows[index + len(phrase) : index + len(phrase) + 1])
        if low in _CLAUSE_MARKS or low in words.clause_words or low in words.reporting:
            return False
        counted += index not in covered
        if counted > _COMMENT_REACH:
            return False
    return False


def _participle(following: list[str]) -> bool:
    """Whether the word after a comment phrase is a participle ("to be held", "to be
    concluded"): the talks are planned, not commented on."""
    return bool(following) and following[0].endswith(("ed", "en", "held", "met"))


#: Marks that end the words a comment on talks is looked for in.
_CLAUSE_MARKS: Final = frozenset({",", ";", ":", ".", "(", "\u2014", '"'})


def _wrong_reading(view: SentenceView, trigger: Trigger) -> bool:
    """A trigger read in a sense that is no event: a goal met, goods released, one's own
    wish, the speaker's own resolve."""
    words = view.vocab
    lows = view.lows
    head = trigger.head
    kind = trigger.kind
    if kind == "MEET" and not trigger.nominal:
        return object_in(view, head, words.goal_nouns)  # "meeting a key demand"
    if kind == "RELEASE":
        return object_in(view, head, words.goods_words)  # "released 500 tonnes of tin"
    if kind in ("APPEAL", "DEMAND"):
        if lows[trigger.start] in words.desire_verbs and lows[head + 1 : head + 2] == ["to"]:
            return True  # "they wanted to stick to the accord": their own wish
        return head > 0 and lows[head] == "must" and lows[head - 1] in words.first_person
    if (
        not trigger.nominal
        and lows[head] in words.head_nouns
        and lows[head + 1 : head + 2] == ["of"]
    ):
        return True  # "a head of state to Central Asia": a noun, no journey
    if kind == "ACCUSE" and lows[head].startswith("charg"):
        return object_in(view, head, words.goods_words)  # "charging its official price"
    if not trigger.nominal and _no_verb(view, head):
        return True
    return _wrong_sense(view, trigger)


def _wrong_sense(view: SentenceView, trigger: Trigger) -> bool:
    """The senses :func:`_wrong_reading` tests last: a hill captured, armed groups backed,
    a figurative fight, a broadcast monitored."""
    head = trigger.head
    kind = trigger.kind
    low = view.lows[head]
    if kind in ("COERCE", "ARREST") and low.startswith("captur"):
        return object_in(view, head, view.vocab.captured_things)  # "captured the hill"
    if kind == "PRAISE" and low.startswith(_BACKING):
        return _armed_object(view, head)  # "backs separatist militias": arms, no praise
    # "fought the battle against a subsidy": opposition, no force; "Tehran radio, monitored
    # in London, said": where the story was heard, no investigation
    return not trigger.nominal and (
        (kind == "FIGHT" and _figurative_fight(view, head))
        or (kind == "INVESTIGATE" and _monitoring_credit(view, head))
    )


#: How many words before the trigger a forecast's hope or doubt may stand ("remains
#: hopeful the two sides can soon reach an agreement").
_FORECAST_REACH: Final = 10
#: How many words before an event noun a forecast's consequence and modal may stand ("could
#: trigger a reprisal", "the risk would be a boycott").
_CONSEQUENCE_REACH: Final = 4


#: Kinds whose verb also reports a statement: "conceded they were high" (admitted), "I
#: recognise that the yen has hurt" (acknowledged). A denial keeps its rejection ("Iran
#: denies it is building a weapon" rejects an accusation).
_REPORTING_KINDS: Final = frozenset({"CONCEDE", "RECOGNIZE"})


def _reported(view: SentenceView, trigger: Trigger) -> bool:
    """A verb of yielding or recognising that reports a statement: its object is a clause
    ("conceded they were high", "recognised that the yen had hurt exporters"), not a
    demand or a state."""
    if trigger.kind not in _REPORTING_KINDS or trigger.nominal or trigger.end != trigger.head + 1:
        return False
    tokens = view.tokens
    after = trigger.end
    if after >= len(tokens):
        return False
    low = view.lows[after]
    if low in view.vocab.clause_pronouns:
        return True
    if low != "that" or after + 1 >= len(tokens):
        return False
    # "conceded that Peru was", "recognise that the yen": a clause; "recognised that
    # government": a determiner before a noun
    following = tokens[after + 1]
    return following.low in view.vocab.clause_starts or following.text[:1].isupper()


def _forecast(view: SentenceView, trigger: Trigger) -> bool:
    """A forecast, no act: an event after a speaker's hope or doubt and a modal ("remains
    hopeful they can reach an agreement", "was optimistic the two could sign"), or an event
    that a modal consequence says an act may bring ("the bill could trigger
    retaliation", "the risk would be a boycott")."""
    words = view.vocab
    lows = view.lows
    start = trigger.start
    seen_modal = False
    for index in range(start - 1, max(-1, start - 1 - _FORECAST_REACH), -1):
        low = lows[index]
        if low in words.forecast_modals:
            seen_modal = True
        elif low in words.forecast_words:
            return seen_modal
        elif low in words.clause_closers:
            break
    before = lows[max(0, start - _CONSEQUENCE_REACH) : start]
    return not words.consequence_words.isdisjoint(before) and not words.forecast_modals.isdisjoint(
        before
    )


#: How many words before an event noun a verb citing it as a reason may stand ("citing
#: U.S. “sanctions and threats”").
_CITED_REACH: Final = 5


def _cited(view: SentenceView, trigger: Trigger) -> float:
    """0 when a verb of giving a reason ("citing") or of condemning ("condemned") stands
    right before the event noun, with no clause break between: the noun names a reason or
    what is condemned, not an event of the story; else 1."""
    if not trigger.nominal:
        return 1.0
    lows = view.lows
    reasons = view.vocab.reason_verbs
    complaints = view.vocab.complaint_verbs  # "condemned US sanctions and threats"
    for index in range(trigger.start - 1, max(-1, trigger.start - 1 - _CITED_REACH), -1):
        low = lows[index]
        if low in reasons or low in complaints:
            return 0.0
        if low in (",", ";", ":", ".") or low in view.vocab.clause_words:
            return 1.0
    return 1.0


#: How many words after a verb of fighting its "against" may stand, and how many after
#: "against" the opposed policy's head noun ("wage a vigorous campaign against the tax").
_FIGURATIVE_REACH: Final = 5


def _figurative_fight(view: SentenceView, head: int) -> bool:
    """ "fought the battle against a subsidy", "will not wage a campaign against it": a
    fight against a policy or an ill (``policy_targets``; a pronoun only right after
    "against") is opposition in words, no use of force. A party after "against", or the
    clause's end, keeps the fight."""
    lows = view.lows
    words = view.vocab
    end = min(len(lows), head + 1 + _FIGURATIVE_REACH)
    against = next((i for i in range(head + 1, end) if lows[i] == "against"), 0)
    if not against or any(low in words.clause_words for low in lows[head + 1 : against]):
        return False
    parties = {e.start for e in view.entities if e.kind != "agreement"}
    stop = min(len(lows), against + 1 + _FIGURATIVE_REACH)
    for offset, index in enumerate(range(against + 1, stop)):
        low = lows[index]
        if index in parties or low in words.clause_words or not low.isalpha():
            return False
        if low in words.policy_targets:
            return offset == 0 or low not in words.context_words
    return False


#: Where a credited source stands before its participle: the noun, then the comma.
_CREDIT_OFFSET: Final = 2


def _monitoring_credit(view: SentenceView, head: int) -> bool:
    """ "According to the report, monitored by the BBC", "Tehran radio, monitored in
    London, said": a participle set off by a comma after a broadcast or a report
    (``media_nouns``, ``document_nouns``) credits where the story was heard, no
    investigation of anyone."""
    lows = view.lows
    source = head - _CREDIT_OFFSET
    if source < 0 or lows[head - 1] != "," or not lows[head].endswith("ed"):
        return False
    words = view.vocab
    return lows[head + 1 : head + 2] in (["by"], ["in"]) and (
        lows[source] in words.media_nouns or lows[source] in words.document_nouns
    )


def _self_supplied(view: SentenceView, trigger: Trigger) -> bool:
    """ "Iran has equipped itself with anti-ship missiles": what a party gives itself (a
    reflexive pronoun right after the verb) is no aid to anyone; the party it bought from
    is no recipient."""
    following = trigger.head + 1
    return (
        trigger.kind == "PROVIDE_AID"
        and not trigger.nominal
        and following < len(view.lows)
        and view.lows[following] in view.vocab.reflexives
    )


#: Auxiliaries after a verb form that make it the head of a subject ("the fire was").
_NOUN_AFTER: Final = frozenset({"was", "were", "is", "are", "has", "have", "had"})


def _no_verb(view: SentenceView, head: int) -> bool:
    """Whether a verb reading's word is no verb there: a noun heading a subject ("the
    artillery fire was heard") or a companion participle whose agent names means, not a
    party ("troops backed by heavy artillery fire")."""
    lows = view.lows
    if head and lows[head - 1] in _ARTICLES:
        return True  # "the protest": a noun
    if any(e.start < head < e.end and e.kind != "agreement" for e in view.entities):
        return True  # "the Iranian forces": inside a party's name
    following = lows[head + 1] if head + 1 < len(lows) else ""
    if following in _NOUN_AFTER:
        if any(e.modifier and e.end == head for e in view.entities):
            return False  # "the last Iraqi attack was on March 8": an event noun Iraq owns
        return not lows[head].endswith("ed")
    if f"{lows[head]} {following}" not in view.vocab.companions:
        return False
    reach = range(head + 2, min(len(lows), head + 2 + _COMPANION_REACH))
    return not any(entity.start in reach for entity in view.entities)


#: Articles: a word right after one is a noun.
_ARTICLES: Final = frozenset({"the", "a", "an"})
#: How far after a companion's "by" its party may start ("backed by the U.S. Navy").
_COMPANION_REACH: Final = 4
#: Verbs of backing whose object may be an armed group (arms, money, sanctuary).
_BACKING: Final = ("back", "support", "sponsor", "endors")


def _armed_object(view: SentenceView, head: int) -> bool:
    """Whether the object after a verb of backing is an armed group ("backs separatist
    militias", "supported anti-government fighters") or is backed in its fighting
    ("backed the Tamil movement in its raids"): parties' names and modifiers are read over
    up to the clause's end or a preposition."""
    lows = view.lows
    words = view.vocab
    for index in range(head + 1, min(len(lows), head + 1 + _BACKED_REACH)):
        low = lows[index]
        if low in words.armed_groups:
            return lows[index + 1 : index + 2] not in (["'"], ["'s"], ["\u2019"], ["\u2019s"])
        if low == "in" and not words.armed_actions.isdisjoint(lows[index + 1 : index + 3]):
            return True
        if low in ("in", "the"):
            continue  # "backed X in the region in its raids"
        if low in words.clause_words or low in _STOP_OBJECT or not low.replace("-", "").isalnum():
            return False
    return False


#: How far after a verb of backing its object's head or its "in" phrase may stand.
_BACKED_REACH: Final = 8


#: Words that end an object's noun phrase ("backed Chile in its dispute with rebels").
_STOP_OBJECT: Final = frozenset({"on", "with", "against", "for", "to", "and", "of"})


def _no_addressee(view: SentenceView, trigger: Trigger, recipients: tuple[Actor, ...]) -> float:
    """A demand or a proposal made to nobody ("the days of price guarantees must end",
    "the minister proposed a freeze on prices"): a statement of policy, no appeal."""
    if recipients:
        return 1.0
    lows = view.lows
    kind = trigger.kind
    if kind == "DEMAND" and lows[trigger.head] == "must":
        return 0.0
    if (
        kind == "APPEAL"
        and lows[trigger.start] in view.vocab.proposal_verbs
        and lows[trigger.head + 1 : trigger.head + 2] != ["that"]
    ):
        return _NO_ADDRESSEE  # ("suggested that a panel be set up" asks the others)
    return 1.0


def _aid_received(view: SentenceView, trigger: Trigger) -> float:
    """Aid named by a noun: given ("granted a loan"), or to, for or from a party ("a loan
    to Chile"); otherwise only mentioned ("the loan will be used to build a port"). Aid a
    party gives itself is none (:func:`_self_supplied`)."""
    if _self_supplied(view, trigger):
        return 0.0
    if trigger.kind != "PROVIDE_AID" or not trigger.nominal or trigger.support is not None:
        return 1.0
    head = trigger.head
    if view.lows[head + 1 : head + 2] in (["to"], ["for"], ["from"]):
        after = range(head + 2, head + 2 + _DEFINITE_REACH + 1)
        if any(e.start in after for e in view.entities if e.kind != "agreement"):
            return 1.0
    return _NO_ADDRESSEE


def object_in(
    view: SentenceView, head: int, nouns: frozenset[str], reach: int = _OBJECT_REACH
) -> bool:
    """Whether one of ``nouns`` heads the words right after the verb at ``head`` (up to
    ``reach`` words, quotation marks skipped), before any party or the clause's end."""
    lows = view.lows
    parties = {i for e in view.entities if e.kind != "agreement" for i in range(e.start, e.end)}
    for index in range(head + 1, min(len(lows), head + 1 + reach)):
        low = lows[index]
        if index in parties or low in view.vocab.clause_words:
            return False
        if low in nouns:
            return True
        if low in _QUOTES:
            continue
        if not (low.isalnum() or low.replace(",", "").replace(".", "").isdigit()):
            return False
    return False


def _business(
    view: SentenceView, trigger: Trigger, actors: tuple[Actor, ...], guards: Guards
) -> float:
    """Company and bank business: a board or an annual meeting ("the board would meet"),
    a state's talks with or requests to its creditor banks. The board or annual meeting
    of an international organisation ("the IMF board", "the bank's board of governors"
    when the story's bank is the Inter-American Development Bank) is its members'
    meeting."""
    words = view.vocab
    lows = view.lows
    factor = 1.0
    if (
        trigger.kind in ("MEET", "NEGOTIATE")
        and not words.corporate_bodies.isdisjoint(lows)
        and not any(_organization(actor, guards) for actor in actors)
    ):
        factor *= _CORPORATE_BODY
    if trigger.kind in _LENDER_KINDS and not words.lender_words.isdisjoint(lows):
        factor *= _LENDERS
    if trigger.kind in _APPROVAL_KINDS and not _DEALS.isdisjoint(
        lows[trigger.head + 1 : trigger.head + 1 + _DEAL_REACH]
    ):
        factor *= _CORPORATE_BODY  # "gave final approval to X's acquisition of Y": a deal
    return factor


#: Kinds a regulator's approval of a company deal reads as ("gave final approval to").
_APPROVAL_KINDS: Final = frozenset({"PRAISE", "EASE_SANCTIONS"})
#: Company deals an approval may be of.
_DEALS: Final = frozenset(
    {"acquisition", "acquisitions", "merger", "mergers", "takeover", "buyout", "stake"}
)
#: How far after the trigger the deal may be named.
_DEAL_REACH: Final = 12


def _organization(actor: Actor, guards: Guards) -> bool:
    """An organisation the recogniser knows that is no company: an IGO or an NGO."""
    return actor.kind is ActorKind.ORGANIZATION and id(actor) not in guards.companies


def _no_comment(view: SentenceView, trigger: Trigger) -> bool:
    """ "declined to comment", "refused to confirm": a refusal to speak."""
    lows = view.lows
    end = trigger.head + 1
    return lows[end : end + 1] == ["to"] and (
        end + 1 < len(lows) and lows[end + 1] in view.vocab.no_comment_verbs
    )


def _party(actor: Actor) -> str:
    return actor.country.alpha3 if actor.country is not None else actor.name


def _scene(view: SentenceView, trigger: Trigger, recipients: tuple[Actor, ...]) -> float:
    """The factor of a meeting that only sets the scene (:func:`_setting`)."""
    lows = view.lows
    if (
        trigger.kind in ("MEET", "NEGOTIATE")
        and (trigger.nominal or lows[trigger.head] in view.vocab.meeting_nouns)
        # "after talks with Li Qiang": the talks themselves, not a setting; a host placed
        # by "here" is no partner ("told Reuters during the bank's annual meeting here")
        and not (recipients and lows[trigger.head + 1 : trigger.head + 2] != ["here"])
        and _setting(view, trigger)
    ):
        return _SETTING
    return 1.0


def _setting(view: SentenceView, trigger: Trigger) -> bool:
    """ "told a news conference after the meeting", "speaking on the sidelines of the
    summit": a meeting noun that only sets the scene of what was said."""
    lows = view.lows
    words = view.vocab
    covered = {i for e in view.entities for i in range(e.start, e.end)}
    counted = 0
    bracketed = False
    for index in range(trigger.head - 1, -1, -1):
        low = lows[index]
        if low in _BRACKETS:
            bracketed = low == ")"
            continue
        if bracketed or index in covered or low in _POSSESSIVE:
            continue  # "told a GATT (General Agreement ...) council meeting", "the IADB's"
        counted += 1
        if counted > _SETTING_REACH:
            return False
        if low in words.setting_words:
            # "talks at the council meeting here continued": talks held at the meeting
            # make it news, not the scene of a statement
            return index == 0 or lows[index - 1] not in words.meeting_nouns
        if low in words.clause_words or not low.isalnum() or low in words.reporting:
            return False  # "told reporters that a meeting ...": the meeting is reported
    return False


#: How many words may stand between a meeting in a speaker's description and the
#: reporting verb ("who heads the East bloc delegation, told Reuters").
_ASIDE_REACH: Final = 4
#: Words that open a description of a speaker before its meeting ("a negotiator who").
_RELATIVES: Final = frozenset({"who", "which"})


def _speaker_aside(view: SentenceView, trigger: Trigger) -> float:
    """ "An EC negotiator taking part in the talks said", "X, who heads the delegation,
    told Reuters": a meeting that only describes the speaker of the sentence (a relative
    clause or a participle between the speaker and the reporting verb) is no event."""
    if trigger.kind not in ("MEET", "NEGOTIATE") or trigger.start == 0:
        return 1.0
    lows = view.lows
    words = view.vocab
    before = lows[trigger.start - 1]
    if before not in _RELATIVES and not (
        lows[trigger.start].endswith("ing") and before.isalpha() and before not in words.glue
    ):
        return 1.0
    if any(low in words.reporting for low in lows[: trigger.start]):
        return 1.0  # "said a negotiator taking part": the speaker is already named
    for low in lows[trigger.end : trigger.end + _ASIDE_REACH + 1]:
        if low in words.reporting:
            return 0.0
        if low != "," and (low in words.clause_words or not low.isalnum()):
            return 1.0
    return 1.0


def _lone_discussion(
    view: SentenceView, trigger: Trigger, actors: tuple[Actor, ...], recipients: tuple[Actor, ...]
) -> float:
    """ "He said he had discussed plant protection", "members were discussing the volume of
    business": one party discussing a matter, with no one to discuss it with, holds no
    meeting (an organisation's members discussing among themselves still do)."""
    if (
        trigger.kind != "MEET"
        or trigger.nominal
        or recipients
        or len(actors) != 1
        or actors[0].kind is ActorKind.ORGANIZATION
        or not view.lows[trigger.head].startswith("discuss")
    ):
        return 1.0
    before = view.lows[max(0, trigger.start - _PLURAL_REACH) : trigger.start]
    if "," in before or not view.vocab.plural_subjects.isdisjoint(before):
        return 1.0  # "they discussed", "Saudi Arabia, Iraq discuss": two or more parties
    if before[-1:] == ["to"]:
        return 1.0  # "is in the UAE to discuss oil prices": a journey's talks with its hosts
    return 0.0


#: How far before "discussed" a plural subject ("they", "both") may stand.
_PLURAL_REACH: Final = 3


def repeated_mention(
    view: SentenceView, trigger: Trigger, earlier: Sequence[DiplomaticEvent]
) -> bool:
    """ "The talks were frank", "the warning comes ahead of ...": a definite event noun
    whose event the story's earlier sentences (``earlier``) already reported."""
    if not trigger.nominal or not earlier:
        return False
    lows = view.lows
    head = trigger.start
    for index in range(head - 1, max(-1, head - 2 - _DEFINITE_REACH), -1):
        low = lows[index]
        if low in _DEFINITE:
            break
        if (
            low in _INDEFINITE
            or not low.isalpha()
            or any(e.start <= index < e.end for e in view.entities)
        ):
            return False  # "Poland's talks", "Iraqi talks": a party names them anew
    else:
        return False
    family = _FAMILY.get(trigger.kind, trigger.kind)
    return any(_FAMILY.get(e.kind.name, e.kind.name) == family for e in earlier)
