"""Attributions: who said what ("X said that ...", "..., X announced", "according to X").

An attribution has a speaker (the group before the reporting verb, or after "according
to"), the reported clause, and its frame (the speaker and verb with their own words: "US
President Donald Trump announced on Tuesday in a statement"). Triggers inside a frame
are not events; triggers inside the reported clause take the speaker as their source.
:func:`attribute` also resolves what the attributions decide about the sentence's
entities: "Belarus said it would ...", "Ramaphosa said he ...", "I"/"we" in a quotation.
"""

from __future__ import annotations

from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor
from accordlib.extract.actor_factory import state_actor
from accordlib.extract.anaphora import StoryContext
from accordlib.extract.coordination import group_parties
from accordlib.extract.model import Attribution, Entity, Group
from accordlib.extract.view import SentenceView
from accordlib.extract.words import WORDS, WordClasses
from accordlib.text.tokens import Tokens

__all__ = ["attribute", "find_attributions", "in_frame", "region"]

#: Marks before a speaker that close the reported clause (", Trump said").
_CLOSERS = (",", "\u201d", '"')
#: A speaker we cannot name ("a senior administration official") is at most this many words.
_MAX_UNNAMED_SPEAKER = 5
#: A frame ("Trump said on Tuesday in a statement") has at most this many words after its verb.
_MAX_FRAME_WORDS = 10
#: How far after "according to" a named source may start ("... a readout provided by X").
_ACCORDING_REACH = 12
#: How far after a reporting verb its frame words ("in a statement to reporters") reach.
_FRAME_REACH = 8
#: A clause ends after its reporting verb when punctuation comes within this many words.
_REPORT_REACH = 10
#: How far before a speaker lower-case words of its description ("the bloc's top diplomat")
#: are part of the frame.
_DESCRIPTION_REACH = 5
#: How many lower-case words may stand between a speaker and its verb ("the Kremlin press
#: service said").
_SERVICE_WORDS = 3
#: How many time words ("on Saturday", "late on Monday") may stand before the pronoun that
#: opens a reported clause.
_PRONOUN_REACH = 4
#: Days named relative to the story's, skipped like time words before that pronoun ("said
#: today that it had").
_RELATIVE_DAYS = frozenset({"today", "yesterday", "tonight", "tomorrow"})
#: The pronouns that may stand for the speaker at the head of the reported clause.
_SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "he", "she"})
#: Possessives before a homeland noun that open a reported clause ("his country").
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our"})
#: Nouns that, after the speaker's possessive, stand for the speaker's state.
_HOMELAND = frozenset({"country", "nation", "government"})
#: "the end of the sentence": a reported clause runs to the end of its sentence.
_SENTENCE_END = 1 << 30
#: Words before a participle that make it an adjective of the next noun ("the last
#: confirmed attack", "a reported shelling"), not a reporting verb.
_ADJECTIVE_MARKS = frozenset(
    {"the", "a", "an", "last", "latest", "first", "its", "their", "his", "her", "this", "that"}
)


def find_attributions(
    tokens: Tokens, groups: list[Group], triggers: frozenset[int]
) -> list[Attribution]:
    """The attributions of a sentence; ``triggers`` are the token indices where trigger
    matches start (a reporting verb that is a trigger, "announced sanctions", is not one)."""
    lows = tokens.lows
    words = WORDS.get()
    group_ending = {group.end: group for group in groups}
    group_starting = {group.start: group for group in groups}
    found: list[Attribution] = []
    # Only "according" and the reporting verbs can open an attribution.
    for index in [i for i, low in enumerate(tokens.lows) if low in words.attribution_cues]:
        tok = tokens[index]
        low = tok.low
        if low == "according" and index + 1 < len(tokens) and lows[index + 1] == "to":
            found.append(_according(tokens, index, group_starting, words))
            continue
        if low not in words.reporting or not tok.text.islower() or index in triggers:
            continue  # "United States" states nothing; "announced sanctions" is a trigger
        if low in ("warned", "warns"):
            continue  # a threat verb first; handled by the rule table
        if low in words.reporting_nouns and not _verb_reading(tokens, index, group_ending):
            continue  # "Gulf Arab states, Bahrain says": a plural noun, not a verb
        if low.endswith("ed") and index > 0 and lows[index - 1] in _ADJECTIVE_MARKS:
            continue  # "the last confirmed attack": an adjective, not a reporting verb
        attribution = _reported(tokens, index, group_ending, words)
        if attribution is not None:
            found.append(attribution)
    return found


def _verb_reading(tokens: Tokens, index: int, group_ending: dict[int, Group]) -> bool:
    """Whether "states", "reports" at ``index`` is a verb: before "that", or after a party
    that is not only an adjective ("Bahrain states", not "Gulf Arab states") nor the object
    of a preposition; never before an auxiliary or a past tense ("the member states will
    meet", "the GCC states agreed": a reporting verb has no verb of its own after it)."""
    following = tokens.lows[index + 1] if index + 1 < len(tokens) else ""
    if following == "that":
        return True
    if following in _AUXILIARIES or (following.endswith("ed") and following.isalpha()):
        return False  # "the GCC states agreed": a past tense after it is their verb
    group = group_ending.get(index)
    if group is None or group.modifiers_only:
        return False
    at = group.start - 1
    if at > 0 and tokens.lows[at] in ("the", "its", "their"):
        at -= 1
    return (
        at < 0 or tokens.lows[at] not in _NOUN_PREPOSITIONS
    )  # "sanctions on EU states": a noun phrase


#: Auxiliaries and modals: a word before one of them is its subject, not a reporting verb.
_AUXILIARIES = frozenset(
    {"will", "would", "shall", "should", "can", "could", "may", "might", "must"}
    | {"have", "has", "had", "are", "were", "is", "was", "do", "did"}
)


#: Prepositions before a party that make "states", "reports" after it a noun.
_NOUN_PREPOSITIONS = frozenset({"on", "against", "of", "for", "with", "to", "from", "among"})


def _named(group: Group | None) -> tuple[Actor, ...]:
    """The parties of a speaking group; none for a speaker nobody can place ("officials
    said", "a senior administration official said": the frame is there, the source not)."""
    if group is None or all(ent.generic and ent.kind != "person" for ent in group.ents):
        return ()
    return group.actors


def _according(
    tokens: Tokens, index: int, group_starting: dict[int, Group], words: WordClasses
) -> Attribution:
    """ "..., according to X": the clause before it is X's."""
    lows = tokens.lows
    after = index + 2
    while after < len(tokens) and lows[after] in ("a", "an", "the"):
        after += 1
    group = group_starting.get(after)
    if group is None:
        # "according to a readout of the meeting provided by the State Department"
        for probe in range(after, min(len(tokens), after + _ACCORDING_REACH)):
            if lows[probe] in words.clause_words or lows[probe] == ",":
                break
            if probe in group_starting:
                group = group_starting[probe]
                break
    speaker = _named(group)
    frame_end = group.end if group else index + 2
    end = index - 1 if index and lows[index - 1] == "," else index
    return Attribution(speaker, "according", 0, end, index, frame_end)


def _reported(
    tokens: Tokens, index: int, group_ending: dict[int, Group], words: WordClasses
) -> Attribution | None:
    """The attribution of the reporting verb at ``index``: its speaker is the group right
    before it (skipping "also", "later"); its clause comes before or after it."""
    lows = tokens.lows
    low = lows[index]
    back = index
    if low == "clear":
        if not index or lows[index - 1] not in words.make_forms:
            return None  # only "made clear" reports
        back = index - 1
    skip = words.attribution_glue | words.time_words | words.day_parts
    while back > 0 and lows[back - 1] in skip:
        back -= 1  # "North Korea on Tuesday reiterated": the time words after the speaker
    if back > 1 and lows[back - 1] in words.people and lows[back - 2] == "'s":
        back -= 2  # "Tokayev's office said": the person speaks through the office
    group = group_ending.get(back) or _through_service(tokens, back, group_ending)
    speaker = _named(group)
    frame_start = _frame_start(tokens, back, group)
    before = lows[frame_start - 1] if frame_start else ""
    if before in ("\u201d", '"') or (
        before in (*_CLOSERS, "\u2019")
        and frame_start > 1
        and _nothing_reported_after(tokens, index + 1, words)
    ):
        return _reported_before(tokens, speaker, index, frame_start, words)
    return _reported_after(tokens, speaker, index, frame_start, words)


def _through_service(tokens: Tokens, back: int, group_ending: dict[int, Group]) -> Group | None:
    """ "the Kremlin press service said": the party that speaks through its service, named
    right before a few lower-case words (not "a senior administration official")."""
    for probe in range(back - 1, max(0, back - 1 - _SERVICE_WORDS), -1):
        if not tokens[probe].text.isalpha() or not tokens[probe].text.islower():
            return None
        if probe in group_ending:
            named = group_ending[probe]
            return None if all(ent.generic for ent in named.ents) else named
    return None


def _frame_start(tokens: Tokens, back: int, group: Group | None) -> int:
    """Where the frame of a speaker ending at ``back`` starts."""
    lows = tokens.lows
    if group is not None:
        frame_start = group.start
    else:
        # "a senior administration official said", "the statement said": a speaker we
        # cannot name; the attribution frame still starts at the noun phrase.
        probe = back - 1
        while (
            probe >= 0
            and probe > back - 1 - _MAX_UNNAMED_SPEAKER
            and tokens[probe].text[:1].isalpha()
        ):
            probe -= 1
        frame_start = probe + 1
    # Lower-case words of a description before it ("..., the bloc's top diplomat X said").
    probe = frame_start
    while probe > 1 and frame_start - probe < _DESCRIPTION_REACH and lows[probe - 1].isalpha():
        if tokens[probe - 1].text[:1].isupper() and lows[probe - 1] != "the":
            break
        probe -= 1
    if probe != frame_start and probe and lows[probe - 1] in _CLOSERS:
        frame_start = probe
    return frame_start


def _reported_before(
    tokens: Tokens, speaker: tuple[Actor, ...], index: int, frame_start: int, words: WordClasses
) -> Attribution:
    """ "..., X said." -> the reported clause is what came before."""
    lows = tokens.lows
    end = frame_start - 1
    while end > 0 and lows[end - 1] in _CLOSERS:
        end -= 1
    frame_end = index + 1
    while (
        frame_end < len(tokens)
        and frame_end - index < _MAX_FRAME_WORDS
        and tokens[frame_end].text[:1].isalnum()
        and lows[frame_end] not in words.clause_words
        and lows[frame_end] != "and"
    ):
        frame_end += 1  # "... said on Tuesday in a statement": the frame's own words
    return Attribution(speaker, lows[index], 0, end, frame_start, frame_end)


def _reported_after(
    tokens: Tokens, speaker: tuple[Actor, ...], index: int, frame_start: int, words: WordClasses
) -> Attribution:
    """ "X said (that) ..." -> the reported clause follows, up to an apposition (", a move
    ...") or a second verb of the speaker ("” and added")."""
    lows = tokens.lows
    start = _frame_end(tokens, index + 1, words)
    stop = len(tokens)
    for position in range(start, len(tokens) - 1):
        if lows[position] == "," and lows[position + 1] in words.appositives:
            stop = position
            break
        if (
            lows[position] == "and"
            and lows[position - 1] in ("\u201d", '"')
            and lows[position + 1].endswith("ed")
        ):
            stop = position
            break
    return Attribution(speaker, lows[index], start, stop, frame_start, start)


def _frame_end(tokens: Tokens, index: int, words: WordClasses) -> int:
    """Skip "that", "in a statement", "to reporters", "Time Magazine that" after a reporting verb."""
    for position in range(index, min(len(tokens), index + _FRAME_REACH)):
        tok = tokens[position]
        low = tok.low
        if low in ("that", ",", ":"):
            return position + 1
        if low in ("\u201c", '"'):
            return position
        if not (low in words.frame_words or tok.text[:1].isupper() or low in words.time_words):
            return index
    return index


def _nothing_reported_after(tokens: Tokens, index: int, words: WordClasses) -> bool:
    """True when a reporting verb ends its sentence or clause (", Trump said in a post.")."""
    lows = tokens.lows
    for position in range(index, min(len(tokens), index + _REPORT_REACH)):
        low = lows[position]
        if low in (".", ",", ";", "!", "?", "\u2014"):
            return True
        if low in ("that", "\u201c", '"', ":") or low in words.reporting:
            return False
        # Only the frame's own words ("in a statement", "on Tuesday", "told Reuters") may
        # stand between the verb and the end of its clause: any other word is reported.
        if not (
            low in words.frame_words
            or low in words.time_words
            or low in words.day_parts
            or low.isdigit()
            or (tokens[position].text[:1].isupper() and low not in words.clause_words)
        ):
            return False
    return True


def region(attributions: list[Attribution], index: int) -> tuple[int, int, Attribution | None]:
    """The clause a trigger belongs to: a reported clause, or the sentence minus frames."""
    for attribution in attributions:
        if attribution.start <= index < attribution.end:
            return attribution.start, attribution.end, attribution
    return 0, _SENTENCE_END, None


def in_frame(attributions: list[Attribution], index: int) -> bool:
    """True when token ``index`` is part of an attribution's frame ("Trump *said*")."""
    return any(a.frame_start <= index < a.frame_end for a in attributions)


def attribute(view: SentenceView, ctx: StoryContext) -> None:
    """Find the sentence's attributions and let them resolve its entities; regroup the
    parties if that changed them."""
    tokens = view.tokens
    attributions = find_attributions(
        tokens, view.groups, frozenset(match.start for match in view.matches)
    )
    speaker_for_quote = next((a.speaker for a in attributions if a.speaker), ())
    starts_quoted = bool(view.quoted) and view.quoted[0]
    if starts_quoted and not attributions and ctx.previous_quoted and ctx.last_speaker:
        # A quotation continued from the previous sentence: its speaker goes on.
        attributions = [Attribution((ctx.last_speaker,), "said", 0, len(tokens), 0, 0)]
    ents = view.entities
    changed = _resolve_speakers(tokens, attributions, ents, speaker_for_quote)
    kept = [ent for ent in ents if ent.actors or ent.kind == "agreement"]
    if changed or len(kept) != len(ents):
        view.groups = group_parties(tokens, [e for e in kept if e.kind != "agreement"])
    view.entities = kept
    view.attributions = attributions


def _resolve_speakers(
    tokens: Tokens,
    attributions: list[Attribution],
    ents: list[Entity],
    speaker_for_quote: tuple[Actor, ...],
) -> bool:
    """Let the speakers resolve pronouns; True when the entities changed."""
    changed = False
    for attribution in attributions:
        changed = _pronoun_speaker(tokens, attribution, ents) or changed
    # Re-resolve "I"/"we" inside the quotation to this sentence's speaker.
    if speaker_for_quote:
        for ent in ents:
            if ent.speaker:
                ent.actors = speaker_for_quote[:1]
                changed = True
    return changed


def _pronoun_speaker(tokens: Tokens, attribution: Attribution, ents: list[Entity]) -> bool:
    """ "Belarus said it would respond", "Ramaphosa said he had a good call": a pronoun
    opening the reported clause is the speaker. True when the entities changed."""
    lows = tokens.lows
    position = attribution.start
    skip = WORDS.get().frame_skip | _RELATIVE_DAYS
    while (
        position < min(len(tokens), attribution.start + _PRONOUN_REACH) and lows[position] in skip
    ):
        position += 1  # "said on Saturday it would": the pronoun after the time words
    if not attribution.speaker or position >= len(tokens):
        return False
    if lows[position] not in _SPEAKER_PRONOUNS:
        position = _after_frame_that(tokens, position, ents)
    speaker = attribution.speaker[0]
    low = lows[position]
    if low in _POSSESSIVES and position + 1 < len(tokens) and lows[position + 1] in _HOMELAND:
        return _bind_homeland(ents, position, speaker)
    person = speaker.kind is ActorKind.PERSON
    if low == "it" and not person:
        return _bind(ents, position, attribution.speaker[:1])
    if low in ("they", "we"):
        # "they": every party of the speaking group ("Israel and Turkey said they ...").
        return _bind(ents, position, attribution.speaker)
    if low in ("he", "she") and person:
        return _bind(ents, position, attribution.speaker[:1])
    return False


def _bind_homeland(ents: list[Entity], position: int, speaker: Actor) -> bool:
    """ "Khamenei said his country won't negotiate": "his country" is the speaker's state;
    True when the entities changed."""
    inside = [ent for ent in ents if position <= ent.start < position + 2]
    if speaker.country is None or any(
        ent.kind not in ("pronoun", "np") and not ent.generic for ent in inside
    ):
        return False
    ents[:] = [ent for ent in ents if ent not in inside]
    _insert(ents, Entity(position, position + 2, "state", (state_actor(speaker.country),)))
    return True


def _after_frame_that(tokens: Tokens, position: int, ents: list[Entity]) -> int:
    """ "said in a statement posted online that it had": where the reported clause opens
    after the frame's own words and "that" (no party, comma or quote among them), else
    ``position``."""
    lows = tokens.lows
    stop = min(len(tokens) - 1, position + _MAX_FRAME_WORDS)
    that = next((i for i in range(position, stop) if lows[i] == "that"), None)
    if that is None or any(position <= ent.start < that for ent in ents):
        return position
    if any(not tokens[i].text.isalnum() for i in range(position, that)):
        return position
    return that + 1


def _bind(ents: list[Entity], position: int, actors: tuple[Actor, ...]) -> bool:
    """Make the pronoun at ``position`` stand for ``actors`` (the speaker, not the last
    party the story named); True when the entities changed."""
    for ent in ents:
        if ent.start == position and ent.kind == "pronoun":
            ent.actors = actors
            return True
    if any(ent.start <= position < ent.end for ent in ents):
        return False
    _insert(ents, Entity(position, position + 1, "pronoun", actors))
    return True


def _insert(ents: list[Entity], ent: Entity) -> None:
    ents.append(ent)
    ents.sort(key=lambda item: item.start)
