"""The triggers of a sentence: which words report an event, of what kind, and where its
parties are.

Two matchers find triggers over a sentence's lower-cased words, and both become one
record, :class:`~accordlib.extract.model.Trigger`:

* the compiled event lexicon (:func:`~accordlib.extract.lexicon.match_triggers`, from
  PETRARCH-2's CAMEO verb dictionary and a curated table), which gives the kind, the
  CAMEO code, the pattern id, the slots of the source and the target, passives,
  particles, support verbs and intentions;
* the hand rules of ``data/event_rules.tsv`` (:func:`~accordlib.extract.rules.match_rules`),
  kept for what the dictionary does not read the way wire copy means it (phone calls
  "by phone", talks, a signing ceremony that refers back to the story's agreement, "it
  would only happen").

Where a hand rule and a lexicon trigger read the same words, the hand rule wins (they
were kept because they read those words better). Each kind has a frame
(``data/event_frames.tsv``: the words that introduce its recipient, who "between A and
B" names, whether it needs a second party), which completes what a lexicon trigger does
not say. The best of overlapping triggers is kept, and a trigger that is only the
complement of another ("urged Tehran to cooperate": the appeal is the event, not the
cooperation) is dropped.

:func:`may_trigger` is a cheap pre-test on a sentence's text that skips most sentences
without triggers before they are tokenised.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from accordlib._util.lazy import Lazy, lazy_re, lazy_regex
from accordlib._util.tables import read_table
from accordlib.extract.cargo import aid_carriers
from accordlib.extract.lexicon import LexiconMatch, match_triggers, trigger_forms
from accordlib.extract.model import GOVERNING_KINDS, RELATION_KINDS, Trigger
from accordlib.extract.rules import TriggerMatch, last_words, match_rules
from accordlib.extract.words import WORDS, WordClasses
from accordlib.text.tokens import is_plain

__all__ = ["FRAMES", "Frame", "glued_trigger", "may_trigger", "trigger_matches"]

#: A word for the pre-test: letters, with inner apostrophes and hyphens.
_SIMPLE_WORD = lazy_regex(r"[\p{L}][\p{L}'\u2019-]*+")
#: :data:`_SIMPLE_WORD` for plain text, in the standard library's faster engine.
_ASCII_SIMPLE_WORD = lazy_re("[A-Za-z][A-Za-z'\u2019-]*")
#: A run of letters, for :func:`glued_trigger`; on lower-cased plain text, ASCII letters.
_LETTERS = lazy_regex(r"\p{L}++")
_ASCII_LETTERS = lazy_re("[a-z]+")
#: Overlaps and complements need two matches or more.
_SEVERAL: Final = 2
#: A governed act follows its governing trigger within this many words ("urged X to").
_GOVERNED_REACH: Final = 5
#: How far after an accusation or criticism its charge may stand ("criticised the two
#: German members of the Commission for failing to oppose them").
_CHARGE_REACH: Final = 10
#: How far after a warning the threat its "that" clause reports may stand.
_WARNING_REACH: Final = 16
#: A thing talked about follows its speech act within this many words.
_TOPIC_REACH: Final = 4
#: Hand rules whose trigger is a noun (their names end so): an event noun, not a verb.
_NOUN_RULES: Final = (".noun", ".topic", ".ceremony", ".against")
#: The kinds a bare "sign" needs an agreement for (the dictionary's own reading of
#: "signed" names no agreement).
_AGREEMENT_KINDS: Final = frozenset({"SIGN_AGREEMENT", "JOIN_AGREEMENT"})


class Frame:
    """A row of ``event_frames.tsv``: how the parties of one kind are read."""

    __slots__ = ("between", "domestic", "mode", "recipients", "target", "two")

    def __init__(self, row: Mapping[str, str]) -> None:
        self.mode = row["mode"]
        self.recipients = frozenset(row["recipients"].split("|")) - {"-", ""}
        self.between = row["between"]
        self.two = row["parties"] == "two"
        self.domestic = row["domestic"] == "y"
        #: where a missing target is looked for: phrase, sentence, story, or "-"
        self.target = row["target"]


def _frames() -> dict[str, Frame]:
    return {row["kind"]: Frame(row) for row in read_table("event_frames.tsv")}


#: The frame of each kind, read on first use.
FRAMES: Final = Lazy(_frames)


def _pretest_words() -> frozenset[str]:
    # Reporting verbs are attributions, never lexicon triggers (see trigger_matches).
    return last_words() | (trigger_forms() - WORDS.get().reporting)


#: Words of which a sentence must contain one for any trigger to match.
_PRETEST: Final = Lazy(_pretest_words)


def may_trigger(lower: str) -> bool:
    """Cheap test on a lower-cased sentence: could any trigger match here? (Its words
    against the lexicon's trigger forms and each hand rule's telling word.)

    It reads a word with the apostrophes and hyphens glued to it ("talks'", "meeting's",
    "met’"), so it misses such trigger words: :func:`glued_trigger` catches them."""
    words = _ASCII_SIMPLE_WORD if is_plain(lower) else _SIMPLE_WORD
    return not _PRETEST.get().isdisjoint(words.findall(lower))


def _first_runs() -> frozenset[str]:
    runs = (_LETTERS.match(word) for word in _PRETEST.get())
    return frozenset(run.group() for run in runs if run is not None)


#: The first letter run of each pre-test word ("cease" of "cease-fire").
_FIRST_RUNS: Lazy[frozenset[str]] = Lazy(_first_runs)


def glued_trigger(lower: str) -> bool:
    """Could a trigger word hide from :func:`may_trigger` in a lower-cased sentence, glued
    to an apostrophe or a hyphen? True when a letter run of the sentence starts a pre-test
    word. Together the two tests are sound: a token that is a pre-test word starts with
    such a run, since no letter is glued to a token's start or to the end of its first run."""
    runs = _ASCII_LETTERS if is_plain(lower) else _LETTERS
    return not _FIRST_RUNS.get().isdisjoint(runs.findall(lower))


def trigger_matches(words: list[str]) -> list[Trigger]:
    """The triggers of a sentence's lower-cased words that become events, in order."""
    ruled = _resolve_overlaps([_from_rule(match) for match in match_rules(words)])
    frames = FRAMES.get()
    vocab = WORDS.get()
    reporting = vocab.reporting
    # "said it would send aid": the reporting verb is the attribution, the aid the event.
    lexical = [_from_lexicon(match, frames) for match in match_triggers(words, reporting)]
    modified = vocab.modified_nouns
    compounds = vocab.compound_heads
    # "the normalization agreements": an event noun that modifies another names no event;
    # nor does an event word before a unit's noun, read as a verb or not ("a battle group").
    found = [
        trigger
        for trigger in sorted([*ruled, *lexical], key=_START)
        if not (
            trigger.head + 1 < len(words)
            and (
                words[trigger.head + 1] in compounds
                or (
                    trigger.nominal
                    and trigger.end == trigger.head + 1
                    and words[trigger.end] in modified
                )
            )
        )
    ]
    found = [trigger for trigger in found if not _talked_about(trigger, words, vocab)]
    found = _drop_complements(_compound_nouns(found), words)
    found = _phrases_over_nouns(found, words)
    found = aid_carriers(found, words)
    kept = [trigger for trigger in found if not trigger.lexical]
    if not kept:
        return found
    return [t for t in found if not (t.lexical and _displaced(t, kept))]


#: How far before an issue's preposition the talks or the progress may stand ("talks
#: between the EC and the Soviet Union on establishing relations").
_ISSUE_REACH: Final = 10
#: How far after that preposition the issue's event word may start ("on the setting up").
_ISSUE_GAP: Final = 2
#: Acts on relations that talks are so often about ("talks on establishing relations")
#: that, after "on", "about" or "over" a talks or progress noun, they are only the issue.
_ISSUE_KINDS: Final = frozenset({*RELATION_KINDS, "RECOGNIZE"})


def _talked_about(trigger: Trigger, words: list[str], vocab: WordClasses) -> bool:
    """ "talks between the EC and Moscow on establishing diplomatic relations", "made
    progress on setting up trade relations": the issue of talks (after "on", "about",
    "over") is what they are about, not an act of its own."""
    if trigger.kind not in _ISSUE_KINDS:
        return False
    for at in range(trigger.start - 1, max(-1, trigger.start - 1 - _ISSUE_GAP), -1):
        if words[at] not in vocab.topic_words:
            continue
        before = words[max(0, at - _ISSUE_REACH) : at]
        for low in reversed(before):
            if low in vocab.issue_heads:
                return True
            if low in vocab.clause_words or not (low.isalnum() or low in ("-", "'s")):
                break
    return False


def _compound_nouns(found: list[Trigger]) -> list[Trigger]:
    """ "a U.S.-Soviet summit meeting": an event noun right before another of its kind
    names one event with it, read from the first word (whose modifiers name the parties)."""
    ends = {(trigger.end, trigger.kind) for trigger in found if trigger.nominal}
    return [trigger for trigger in found if (trigger.start, trigger.kind) not in ends]


def _phrases_over_nouns(found: list[Trigger], words: list[str]) -> list[Trigger]:
    """A curated phrase that takes a hand rule's event noun after "of" or "from" re-reads
    it ("walked out of the Greek-Turkish talks" halts the talks, "suspension of aid" cuts
    it), and so does a curated verb whose object is the noun ("lifted Switzerland's
    sanctions" eases them): the phrase goes first and the noun becomes its fallback,
    whether or not the noun's modifiers name its parties. A phrase "for" the noun keeps both ("travel to
    Moscow for talks": a visit and the talks)."""
    nouns = [t for t in found if t.nominal and not t.lexical]
    if not nouns:
        return found
    dropped: set[int] = set()
    for trigger in found:
        if not (trigger.lexical and trigger.rule.startswith("curated:") and trigger.complements):
            continue
        leaving = words[min(trigger.complements)] in _LEAVING
        for noun in nouns:
            # "lifted Switzerland's sanctions": the phrase's own object is the noun (no
            # preposition before it: "travel to Moscow for talks" keeps both).
            taken = leaving or (
                min(trigger.complements) == noun.head
                and noun.kind != trigger.kind
                and words[trigger.head] not in _CONCLUDING
            )
            if (
                taken
                and trigger.start < noun.start
                and noun.end == trigger.end
                and id(noun) not in dropped
            ):
                trigger.fallback = noun
                dropped.add(id(noun))
    return [t for t in found if id(t) not in dropped]


#: The prepositions by which a phrase takes an event noun as the thing it ends or holds.
_LEAVING = frozenset({"of", "from"})
#: Verbs that may only conclude the noun's event ("have ended talks after adopting ..."):
#: the noun keeps its own reading.
_CONCLUDING = frozenset({"end", "ends", "ended", "ending"})


def _START(trigger: Trigger) -> int:  # noqa: N802 - a key function, named like operator's
    return trigger.start


def _overlap(one: Trigger, other: Trigger) -> bool:
    return not (one.end <= other.start or one.start >= other.end)


def _displaced(trigger: Trigger, ruled: list[Trigger]) -> bool:
    """True when a hand rule reads the words of a lexicon trigger; the trigger becomes the
    rule's fallback (tried when the rule's event fails: "paying an official visit to")."""
    for rule in ruled:
        if _overlap(trigger, rule):
            if rule.fallback is None:
                rule.fallback = trigger
            return True
    return False


def _from_rule(match: TriggerMatch) -> Trigger:
    """A hand rule's match as a trigger."""
    rule = match.rule
    trigger = Trigger(match.start, match.end, match.start, rule.kind, rule.name)
    trigger.mode = rule.mode
    trigger.priority = rule.priority
    trigger.recipients = rule.recipients
    trigger.between = rule.between
    trigger.requires = rule.requires
    trigger.weak = rule.weak
    trigger.nominal = rule.name.endswith(_NOUN_RULES)
    trigger.specific = sum(1 for alternatives, optional in rule.pattern if not optional) - 1
    return trigger


def _from_lexicon(match: LexiconMatch, frames: dict[str, Frame]) -> Trigger:
    """A lexicon match as a trigger, completed by its kind's frame."""
    kind = match.kind.name
    frame = frames[kind]
    trigger = Trigger(match.start, match.end, match.head, kind, match.pattern)
    trigger.lexical = True
    trigger.cameo = match.cameo
    trigger.mode = frame.mode
    trigger.nominal = match.nominal
    trigger.support = match.support
    trigger.passive = match.passive
    trigger.intent = match.intent
    trigger.source_slot = match.source_slot
    trigger.target_slot = match.target_slot
    trigger.particles = match.particles
    trigger.complements = match.complements
    target = match.target_slot
    if target == "object":
        trigger.recipients = frame.recipients
    elif target in ("", "subject", "by", "speaker"):
        trigger.recipients = frame.recipients - {"_"}
    else:
        trigger.recipients = frozenset((target,))
    trigger.between = frame.between
    if kind in _AGREEMENT_KINDS and not match.complements:
        trigger.requires = "agreement"
    trigger.weak = kind == "EXPRESS_INTENT"
    pattern = ":" not in match.pattern or match.pattern.startswith("curated:")
    trigger.specific = (
        len(match.complements)
        + len(match.particles)
        + (match.support is not None)
        + int(pattern and bool(match.complements or match.particles))
    )
    return trigger


def _resolve_overlaps(matches: list[Trigger]) -> list[Trigger]:
    """Keep the best of overlapping hand-rule matches: higher priority, then longer, then
    earlier."""
    if len(matches) < _SEVERAL:
        return matches
    ranked = sorted(matches, key=lambda m: (-m.priority, -(m.end - m.start), m.start))
    kept: list[Trigger] = []
    for match in ranked:
        if all(match.end <= other.start or match.start >= other.end for other in kept):
            kept.append(match)
    kept.sort(key=_START)
    return kept


def _drop_complements(matches: list[Trigger], words: list[str]) -> list[Trigger]:
    """ "urged Tehran to cooperate", "threatened to impose sanctions": the content of an
    appeal, demand, threat or pledge is not an event of its own; nor is the object of a
    speech act ("vowed to veto new EU sanctions")."""
    if len(matches) < _SEVERAL:
        return matches  # one match governs nothing
    return [
        match
        for match in matches
        if not (
            _governed(match, matches, words)
            if match.kind not in GOVERNING_KINDS
            else _charged(match, matches, words)
        )
        and (match.kind in GOVERNING_KINDS or not _spoken_of(match, matches, words))
        and not _warned_of(match, matches, words)
    ]


def _warned_of(match: Trigger, matches: list[Trigger], words: list[str]) -> bool:
    """ "warned the House that the bill could prompt retaliation": the threat a warning
    reports is its content, not a second threat."""
    return match.kind == "THREATEN" and any(
        other.kind == "THREATEN"
        and other.end <= match.start <= other.end + _WARNING_REACH
        and "that" in words[other.end : match.start]
        for other in matches
        if other is not match
    )


def _charged(match: Trigger, matches: list[Trigger], words: list[str]) -> bool:
    """ "accused Minsk of pushing migrants": the charge, even a demand or a threat, is the
    content of the accusation."""
    return any(
        other.kind in _CHARGING_KINDS
        and other.end <= match.start <= other.end + _CHARGE_REACH
        and _governs(other, match, words)
        and "," not in words[other.end : match.start]
        and (
            match.start <= other.end + _GOVERNED_REACH
            or "and" not in words[other.end : match.start]
        )
        for other in matches
        if other is not match
    )


def _governed(match: Trigger, matches: list[Trigger], words: list[str]) -> bool:
    """ "urged Tehran to cooperate": the act is the complement of an appeal, demand, threat
    or refusal. A pledge ("offered to mediate") keeps its act, planned: the pledge itself
    is weak and gives way to the act's event."""
    return any(
        _governs(other, match, words)
        and other.end <= match.start <= other.end + _GOVERNED_REACH
        and "," not in words[other.end : match.start]
        for other in matches
        if other is not match
    )


def _governs(other: Trigger, match: Trigger, words: list[str]) -> bool:
    """Whether ``other`` takes ``match`` as its complement: "urged Tehran *to*
    cooperate", "accused Minsk *of* pushing migrants", "condemned Seoul *for* holding"."""
    between = words[other.end - 1 : match.start]
    if other.kind in _CHARGING_KINDS:
        return "of" in between or "for" in between
    return (
        other.kind in GOVERNING_KINDS
        and other.rule != "intent.pledge"
        and not (other.lexical and other.kind == "EXPRESS_INTENT")
        and "to" in between
    )


#: Kinds whose "of"/"for" complement is the charge, not an event: "accused X of
#: planning attacks", "criticised X for holding drills".
_CHARGING_KINDS: Final = frozenset({"ACCUSE", "CRITICIZE", "PRAISE", "APOLOGIZE"})


def _spoken_of(match: Trigger, matches: list[Trigger], words: list[str]) -> bool:
    """ "vowed to veto new EU sanctions", "rejected direct negotiations with X": the object
    of a speech act is a thing talked about, not an event."""
    if not match.nominal:
        return False
    clause_words = WORDS.get().clause_words
    return any(
        other.mode == "speech"
        and other.end <= match.start <= other.end + _TOPIC_REACH
        and not set(words[other.end : match.start]) & clause_words
        and "," not in words[other.end : match.start]
        for other in matches
        if other is not match
    )
