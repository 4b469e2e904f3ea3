"""Diplomatic events from wire stories: rule-based, explainable, dated and attributed.

:func:`extract_events` reads a story sentence by sentence. In each sentence it finds
the parties (countries, officials, organisations, named agreements, pronouns that
the context resolves), the attributions ("X said that ...", "..., X announced"),
the temporal expressions, and the trigger words of the rule table
(``data/event_rules.tsv``, listed in :doc:`/rules`). Each trigger becomes a
:class:`~accordlib.events.DiplomaticEvent` whose participants come from the words
around it, whose :class:`~accordlib.events.Factuality` comes from tense, modality,
negation and conditions, and whose ``rule`` names the table row that fired.

Everything is a bounded scan over the tokens of one sentence, so the cost is linear
in the length of the story.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import operator
import re
import sys
import threading
from collections.abc import Iterable, Sequence

import attrs
import regex

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib._util.tables import Row, read_table
from accordlib._util.text import require_str
from accordlib._util.trusted import trusted
from accordlib.countries.lookup import get_country
from accordlib.countries.model import Country, CountryMention, MentionKind
from accordlib.countries.prose import find_countries
from accordlib.events.kinds import ActorKind, EventKind, Factuality, Precision
from accordlib.events.model import Actor, DiplomaticEvent
from accordlib.extract.rules import Rule, TriggerMatch, last_words, load_rules, match_rules
from accordlib.officials.model import Official, OfficialMention
from accordlib.officials.scanner import find_officials
from accordlib.text.sentences import split_sentences
from accordlib.text.timex import Timex, TimexKind, find_timexes, resolve
from accordlib.wire.model import SegmentKind, Story
from accordlib.wire.story import parse_story

_trusted_actor = trusted(Actor)
_trusted_event = trusted(DiplomaticEvent)

__all__ = ["extract_events"]

#: Sentences longer than this many tokens are only scanned for cheap triggers near
#: their parties; longer ones are cut (a bound on per-sentence work, never an error).
MAX_SENTENCE_TOKENS = 160

# --------------------------------------------------------------------------- tokens


@functools.cache
def _token() -> regex.Pattern[str]:
    """Compiled on first use, so that importing accordlib stays fast."""
    return regex.compile(
        r"""
        \d{1,3}+(?:,\d{3}){1,6}+(?:\.\d{1,6}+)?+(?!\d)                 # 1,000 and 2,500.5
        | [\p{L}\p{M}\d]++(?:[-'\u2019.&][\p{L}\p{M}\d]++){0,8}+\.?+   # words, U.S., Kassym-Jomart
        | [^\s\p{L}\p{M}\d]                                           # one punctuation mark
        """,
        regex.VERBOSE,
    )


@functools.cache
def _ascii_token() -> re.Pattern[str]:
    """:func:`_token` for :func:`_plain` text, in the standard library's engine (about
    twice as fast there). Each possessive piece of :func:`_token` becomes an atomic group,
    written as a lookahead that captures followed by a back-reference, so the two patterns
    find the same tokens: on such text ``\\p{L}`` is ``[A-Za-z]``, ``\\p{M}`` is empty
    and the ``regex`` module's ``\\s`` is ``[ \\t\\n\\r\\f\\v]``.

    From Python 3.11 on, the standard library has possessive quantifiers itself: the
    pattern of :func:`_token` restricted to ASCII, about a sixth faster than the emulation
    (the same tokens on 300,000 fuzzed strings)."""
    if sys.version_info >= (3, 11):
        return re.compile(
            r"""
            \d{1,3}+(?:,\d{3}){1,6}+(?:\.\d{1,6}+)?+(?!\d)                 # 1,000 and 2,500.5
            | [A-Za-z0-9]++(?:[-'\u2019.&][A-Za-z0-9]++){0,8}+\.?+       # words, U.S.
            | [^ \t\n\r\f\vA-Za-z0-9]                                  # one punctuation mark
            """,
            re.VERBOSE | re.ASCII,
        )
    return re.compile(  # pragma: no cover - Python 3.10
        r"""
        (?=(\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?))\1(?!\d)           # 1,000 and 2,500.5
        | (?=([A-Za-z0-9]+(?:[-'\u2019.&][A-Za-z0-9]+){0,8}\.?))\2    # words, U.S.
        | [^ \t\n\r\f\vA-Za-z0-9]                                    # one punctuation mark
        """,
        re.VERBOSE | re.ASCII,
    )


#: Characters outside ASCII and typographic punctuation (curly quotes and apostrophes,
#: dashes, ellipsis: none of them a letter, mark, digit or space).
_NOT_PLAIN = re.compile("[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u2026]")


def _plain(text: str) -> bool:
    """True for ASCII text, also with typographic punctuation: the fast patterns apply."""
    return text.isascii() or _NOT_PLAIN.search(text) is None


_DOTTED = regex.compile(r"(?:\p{L}\.){2,}+")  # U.S., U.N., U.A.E.


class _Tok:
    """A word or punctuation mark; ``start``/``end`` are offsets into the story text.

    The internal classes of this module are plain slotted classes: cheaper to define
    (import time) and to build (per token) than attrs classes.
    """

    __slots__ = ("end", "low", "start", "text")

    def __init__(self, text: str, low: str, start: int, end: int) -> None:
        self.text = text
        self.low = low
        self.start = start
        self.end = end


class _Tokens(list[_Tok]):
    """The tokens of one sentence, with their lower-cased words alongside (``lows``), so
    that the per-trigger helpers slice words instead of rebuilding them."""

    __slots__ = ("lows", "starts")

    def __init__(self, tokens: Iterable[_Tok]) -> None:
        super().__init__(tokens)
        self.lows: list[str] = list(map(_LOW, self))
        self.starts: list[int] = list(map(_START, self))  # in text order: binary searches


_LOW = operator.attrgetter("low")
_START = operator.attrgetter("start")


def _tokenize(text: str, base: int) -> list[_Tok]:
    tokens: list[_Tok] = []
    append = tokens.append
    tok = _Tok
    lower = text.lower()
    aligned = len(lower) == len(text)  # lower-casing kept every offset (almost always)
    pattern = _ascii_token() if _plain(text) else _token()
    for match in pattern.finditer(text):
        begin, finish = match.span()
        word = text[begin:finish]
        low = lower[begin:finish] if aligned else word.lower()
        start = begin + base
        # Only a word ending in "." or "s" may be split; one test lets the others through.
        if word[-1] not in _SPLIT_LAST:
            append(tok(word, low, start, finish + base))
            continue
        last = word[-1]
        if last == "." and len(word) > 1 and not _DOTTED.fullmatch(word):
            size = len(word) - 1
            append(tok(word[:-1], low[:-1], start, start + size))
            append(tok(".", ".", start + size, start + size + 1))
        elif last in "sS" and len(word) > 2 and word[-2] in "'\u2019":
            size = len(word) - 2
            append(tok(word[:-2], low[:-2], start, start + size))
            append(tok(word[-2:], "'s", start + size, start + len(word)))
        else:
            append(tok(word, low, start, start + len(word)))
    return tokens


_SPLIT_LAST = frozenset(".sS")


# --------------------------------------------------------------------------- word classes


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Verbs that attribute a statement to a speaker.
_REPORTING = _words(
    """
    said says say announced announces announce told tells wrote writes added adds stated states
    noted notes reported reports confirmed confirms argued argues believes
    believe believed hinted responded insisted insists stressed stresses explained explains
    tweeted posted claimed claims warned warns clear
    """
)
#: Reporting verbs that announce a decision (a future event under them is ANNOUNCED).
#: The words that can open an attribution (see :func:`_attributions`).
_ATTRIBUTION_CUES = _REPORTING | {"according"}
_ANNOUNCING = _words("announced announces announce confirmed confirms declared declares")

#: Words that may stand between a subject and its verb.
_GLUE = _words(
    """
    will would shall should can could may might must has have had is are was were be been being
    's not n't never also now then already just still recently later again formally officially
    jointly reportedly finally to plans planned plan planning intends intended intend expects
    expected set due scheduled ready willing agreed agree agrees decided decides decide refused
    refuses declined declines failed fails trying tries tried try seeking seeks sought hopes
    hoped hoping wants wanted going about poised likely unlikely did does do only first publicly
    strongly sharply openly both all each together moved vowed pledged soon separately personally
    itself himself herself themselves once yet ever previously subsequently today yesterday
    reluctantly quickly swiftly immediately eventually currently effectively thereby
    aims aimed aim seek wish wishes wished prepared preparing offered offers offer promised
    promises no firmly repeatedly categorically flatly vehemently fiercely harshly bitterly
    """
)
#: Words between a verb and its object that do not end the search.
_OBJECT_GLUE = _words(
    """
    the a an his her their its our visiting top senior latest new two three both all several
    separately also again jointly personally formally officially directly delegation
    led headed by of work cooperate engage deal talk partner
    """
)
#: Nouns for people or organs that extend a country mention ("Egyptian officials").
_PEOPLE = _words(
    """
    officials official leaders leader mediators mediator negotiators negotiator diplomats diplomat
    delegation delegations government governments authorities ministers minister envoys envoy
    forces troops military army navy side sides counterparts counterpart lawmakers parliament
    administration cabinet embassy ministry regime president presidents team state press service
    office spokesman spokeswoman spokesperson media
    """
)
_GOVERNMENT_NOUNS = _words(
    "government governments authorities administration cabinet ministry embassy regime"
)
_MILITARY_NOUNS = _words("forces troops military army navy")
#: Words that end a clause for the purposes of subject and object search.
_CLAUSE_WORDS = _words(
    """
    but while although though whereas because since unless if when after before as whether
    which who whom that ; : — – -- ― .
    """
)
_NEGATION = _words("not n't never no neither nor without refused refuses refusing declined")
_NEGATION_PHRASES = (("failed", "to"), ("fails", "to"), ("no", "plans"), ("no", "date"))
_CONDITION = _words("if unless provided providing")
_CONDITION_PHRASES = (
    ("only", "with"),
    ("only", "if"),
    ("only", "after"),
    ("only", "when"),
    ("on", "condition"),
    ("as", "long", "as"),
    ("in", "exchange", "for"),
    ("would", "only"),
)
_HYPOTHETICAL = _words(
    "could may might possible possibly potential whether perhaps maybe considering weighing mulling"
)
_FUTURE = _words(
    """
    will 'll shall would plans planned plan planning intends intended intend expects expected
    set due scheduled going aims aimed aim trying tries try seeking seeks seek sought hopes
    hoped hoping wants wanted wish wishes poised ready willing prepared preparing drafting
    """
)
_DECIDED = _words("agreed agrees decided decides")
_BE = _words("is are 's 're am")
_BE_PAST = _words("was were")
_BE_BEEN = _BE | {"been"}  # "are" is in _BE already

_PRONOUN_PERSON = _words("he she him")
_PRONOUN_SPEAKER = _words("i we me us")
_TWO_NOUNS = _words(
    "sides leaders presidents ministers men women countries nations governments sides officials"
)
_STATE_ANAPHORS = _words("country kingdom nation republic emirate")
_OBJECT_ANAPHORS = _words(
    "decision move announcement agreement deal step accession decisions moves steps"
)


# --------------------------------------------------------------------------- tables


class _AgreementEntry:
    __slots__ = ("generic", "name", "year")

    def __init__(self, name: str, year: int | None, generic: bool) -> None:
        self.name = name
        self.year = year
        self.generic = generic


class _OrgEntry:
    __slots__ = ("case", "country", "kind", "name")

    def __init__(self, name: str, kind: str, country: str, case: str) -> None:
        self.name = name
        self.kind = kind  # igo | government | legislature | nonstate
        self.country = country
        self.case = case


_tables_lock = threading.Lock()
_agreements: dict[tuple[str, ...], _AgreementEntry] = {}
_organizations: dict[tuple[str, ...], _OrgEntry] = {}
#: first word -> the lengths of the phrases (agreements and organisations) that start
#: with it, longest first
_phrase_lengths: dict[str, tuple[int, ...]] = {}


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(tok.low for tok in _tokenize(text, 0))


def _load_tables() -> None:
    if _agreements:
        return
    with _tables_lock:
        if _agreements:
            return
        agreements: dict[tuple[str, ...], _AgreementEntry] = {}
        for row in read_table("agreements.tsv"):
            entry = _AgreementEntry(
                row["name"], int(row["year"]) if row["year"] else None, row["kind"] == "generic"
            )
            for alias in [row["name"], *row["aliases"].split("|")]:
                if alias:
                    agreements.setdefault(_phrase(alias), entry)
        organizations: dict[tuple[str, ...], _OrgEntry] = {}
        try:
            rows: Iterable[Row] = read_table("organizations.tsv")
        except FileNotFoundError:  # pragma: no cover - the titles module ships it
            rows = ()
        for row in rows:
            organizations.setdefault(
                _phrase(row["surface"]),
                _OrgEntry(row["canonical"], row["kind"], row["country"], row["case"]),
            )
        lengths: dict[str, set[int]] = {}
        for key in (*agreements, *organizations):
            lengths.setdefault(key[0], set()).add(len(key))
        _phrase_lengths.update(
            {word: tuple(sorted(sizes, reverse=True)) for word, sizes in lengths.items()}
        )
        _organizations.update(organizations)
        _agreements.update(agreements)


# --------------------------------------------------------------------------- mentions


class _Ent:
    """A party (or an agreement) named in a sentence, over tokens ``start..end``."""

    __slots__ = (
        "actors",
        "agreement",
        "agreement_year",
        "end",
        "kind",
        "modifier",
        "speaker",
        "start",
    )

    def __init__(  # noqa: PLR0917 - a record; callers pass the span and kind positionally
        self,
        start: int,
        end: int,
        kind: str,  # state person org agreement pronoun np
        actors: tuple[Actor, ...] = (),
        agreement: str | None = None,
        agreement_year: int | None = None,
        *,
        speaker: bool = False,  # "I"/"we" inside a quotation
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.actors = actors
        self.agreement = agreement
        self.agreement_year = agreement_year
        self.modifier = False  # a demonym used as an adjective ("the Israeli proposal")
        self.speaker = speaker


class _Context:
    """What the story has said so far: for pronouns, counterparts and anaphora."""

    def __init__(self, published: dt.date | None) -> None:
        self.published = published
        self.persons: dict[str, Actor] = {}
        self.last_person: Actor | None = None
        self.last_state: Actor | None = None
        self.last_group: tuple[Actor, ...] = ()
        self.last_agreement: tuple[str, int | None] | None = None
        self.last_speaker: Actor | None = None
        self.previous_quoted = False
        self.events: list[DiplomaticEvent] = []
        self.sentence_index = 0
        self.lead_anchors = True  # a story's lead is dated by the story; a lone sentence is not
        # One Actor per Country object for the whole story (actors are frozen, so sharing
        # them is safe); keyed by identity, the Country kept alive beside its actor.
        self.state_actors: dict[int, tuple[Country, Actor]] = {}
        self.org_actors: dict[int, Actor] = {}

    def state_actor(self, country: Country) -> Actor:
        """The STATE actor of ``country``, built once per story."""
        cached = self.state_actors.get(id(country))
        if cached is not None and cached[0] is country:
            return cached[1]
        actor = _state_actor(country)
        self.state_actors[id(country)] = (country, actor)
        return actor

    def org_actor(self, entry: _OrgEntry) -> Actor:
        """The actor of an organisation table entry named on its own, built once per story
        (entries live as long as the table)."""
        actor = self.org_actors.get(id(entry))
        if actor is None:
            actor = self.org_actors[id(entry)] = _org_actor(entry, None)
        return actor


def _state_actor(country: Country) -> Actor:
    # A Country's name is never blank: the unchecked constructor builds the same actor.
    return _trusted_actor(ActorKind.STATE, country.name, country, None, None)


def _person_actor(official: Official, raw: str) -> Actor | None:
    name = official.name
    if not name:
        name = raw.strip()
        for article in ("the ", "The "):
            if name.startswith(article):
                name = name[len(article) :]
    if not name.strip():
        return None
    # Not blank, and the other fields come typed from the Official: the unchecked
    # constructor builds the same actor.
    return _trusted_actor(
        ActorKind.PERSON,
        name,
        official.country,
        official.title,
        official.organization,
    )


def _org_actor(entry: _OrgEntry, country: Country | None) -> Actor:
    if entry.country:
        country = get_country(entry.country) or country
    if entry.kind == "government":
        kind = ActorKind.GOVERNMENT
        name = entry.name if country is None else _government_name(entry.name, country)
        return Actor(kind, name, country, None, None)
    if entry.kind == "nonstate":
        return Actor(ActorKind.GROUP, entry.name, country)
    return Actor(ActorKind.ORGANIZATION, entry.name, country, None, entry.name)


def _government_name(name: str, country: Country) -> str:
    generic = ("Foreign Ministry", "Foreign Office", "Defense Ministry", "Defence Ministry")
    if name in generic or name.endswith("Ministry"):
        return f"{country.name} {name}"
    return name


def _surname(name: str) -> str:
    parts = name.split()
    return parts[-1].lower() if parts else ""


def _register(ctx: _Context, actor: Actor) -> None:
    """Remember a named person so that "Trump" later in the story is the same actor."""
    ctx.persons[actor.name.lower()] = actor
    surname = _surname(actor.name)
    if surname and actor.name != (actor.title.canonical if actor.title else ""):
        ctx.persons[surname] = actor
        parts = actor.name.split()
        if len(parts) == 2 and len(parts[0]) > 2:
            ctx.persons.setdefault(parts[0].lower(), actor)  # "Wang" for Wang Yi


def _find_mentions(  # noqa: PLR0917 - private helper with one caller
    tokens: _Tokens,
    text: str,
    base: int,
    ctx: _Context,
    quoted: list[bool],
    officials: Sequence[OfficialMention],
    countries: Sequence[CountryMention],
) -> list[_Ent]:
    """Every party and agreement named in the sentence, non-overlapping, in token order."""
    _load_tables()
    # Token starts in text order: a mention's first token is the one starting where it
    # starts, its last the one ending where it ends (one list and two binary searches).
    offsets = tokens.starts
    taken = [False] * len(tokens)
    found: list[_Ent] = []

    def span(start: int, end: int) -> tuple[int, int] | None:
        first = bisect.bisect_left(offsets, start)  # offsets into the story text
        if first == len(offsets) or offsets[first] != start:
            return None
        last = bisect.bisect_left(offsets, end) - 1
        if last < first or tokens[last].end != end:
            return None
        return first, last + 1

    def claim(ent: _Ent) -> bool:
        if any(taken[ent.start : ent.end]):
            return False
        for index in range(ent.start, ent.end):
            taken[index] = True
        found.append(ent)
        return True

    # 1. Officials (they contain their country: "US President Donald Trump").
    for mention in officials:
        where = span(mention.start, mention.end)
        actor = _person_actor(mention.official, text[mention.start - base : mention.end - base])
        if where is None or actor is None:
            continue
        if claim(_Ent(where[0], where[1], "person", (actor,))):
            _register(ctx, actor)

    # 2. Agreements and organisations from the tables (longest phrase first).
    words = tokens.lows
    count = len(tokens)
    resume = 0
    for index in [i for i, word in enumerate(words) if word in _phrase_lengths]:
        if index < resume:
            continue
        matched = 0
        # Only the lengths some phrase starting with this word has (longest first).
        for length in _phrase_lengths[words[index]]:
            if length > count - index:
                continue
            key = tuple(words[index : index + length])
            agreement = _agreements.get(key)
            if agreement is not None and not any(taken[index : index + length]):
                name = agreement.name
                if agreement.generic:
                    name = _generic_agreement_name(tokens, index, index + length, agreement)
                claim(_Ent(index, index + length, "agreement", (), name, agreement.year))
                matched = length
                break
            org = _organizations.get(key)
            if org is not None and not any(taken[index : index + length]):
                surface = " ".join(tok.text for tok in tokens[index : index + length])
                if (org.case == "upper" and not surface.isupper()) or not surface[:1].isupper():
                    continue
                claim(_Ent(index, index + length, "org", (ctx.org_actor(org),)))
                matched = length
                break
        resume = index + matched

    # 3. Countries: names, demonyms, capitals.
    for named in countries:
        where = span(named.start, named.end)
        if where is None:
            continue
        ent = _Ent(where[0], where[1], "state", (ctx.state_actor(named.country),))
        if named.kind == MentionKind.DEMONYM:
            nxt = tokens[where[1]].low if where[1] < len(tokens) else ""
            ent.modifier = nxt not in _PEOPLE
        claim(ent)

    # 4. Persons named earlier in the story ("Trump", "Rubio"), pronouns, counterparts.
    persons = ctx.persons
    context = [i for i, word in enumerate(words) if word in _CONTEXT_WORDS or word in persons]
    for index in context:
        if taken[index]:
            continue
        tok = tokens[index]
        low = tok.low
        if tok.text[:1].isupper() and low in ctx.persons and len(low) > 2:
            claim(_Ent(index, index + 1, "person", (ctx.persons[low],)))
        elif low in _PRONOUN_SPEAKER and quoted[index]:
            speaker = (ctx.last_speaker,) if ctx.last_speaker is not None else ()
            claim(_Ent(index, index + 1, "pronoun", speaker, speaker=True))
        elif low in _PRONOUN_PERSON and ctx.last_person is not None:
            claim(_Ent(index, index + 1, "pronoun", (ctx.last_person,)))
        elif low in ("two", "both") and index + 1 <= len(tokens):
            _two(tokens, index, ctx, claim)
        elif (
            low == "the" and index + 1 < len(tokens) and tokens[index + 1].low in (_STATE_ANAPHORS)
        ):
            if ctx.last_state is not None and not any(
                e.kind == "state" and not e.modifier for e in found
            ):
                claim(_Ent(index, index + 2, "pronoun", (ctx.last_state,)))
        elif low == "they" and len(ctx.last_group) >= 2:
            claim(_Ent(index, index + 1, "pronoun", ctx.last_group))
    found.sort(key=lambda ent: ent.start)
    _attach_counterparts(tokens, found, taken)
    _extend_entities(tokens, found)
    return found


#: Words that may refer back to parties named earlier (step 4 of :func:`_find_mentions`).
_CONTEXT_WORDS = _PRONOUN_SPEAKER | _PRONOUN_PERSON | {"two", "both", "the", "they"}


def _two(tokens: list[_Tok], index: int, ctx: _Context, claim: object) -> None:
    """ "the two", "the two sides", "both sides", "both leaders" -> the last pair."""
    if len(ctx.last_group) < 2:
        return
    low = tokens[index].low
    prev = tokens[index - 1].low if index else ""
    nxt = tokens[index + 1].low if index + 1 < len(tokens) else ""
    start = index - 1 if (low == "two" and prev == "the") else index
    if low == "two" and prev != "the":
        return
    if low == "both" and nxt not in _TWO_NOUNS:
        return
    end = index + 2 if nxt in _TWO_NOUNS else index + 1
    assert callable(claim)
    claim(_Ent(start, end, "pronoun", ctx.last_group))


#: Words that cannot modify an agreement noun: determiners, auxiliaries, verbs of signing.
_NOT_MODIFIERS = _GLUE | _words(
    """
    a an the this that these those its his her their our any every each no new
    signed sign signs signing reached reach reaches struck strike finalized initialed
    inked ink concluded ratified joined join rejected approved agreed agree on of to with
    """
)


def _generic_agreement_name(
    tokens: list[_Tok], start: int, end: int, entry: _AgreementEntry
) -> str:
    """Name a generic agreement as printed: "trade agreement", "agreement on visa facilitation"."""
    if entry.name != "agreement":
        return entry.name
    # Keep up to three lower-case modifiers before it: "a reciprocal access agreement".
    while (
        start > 0
        and end - start < 6
        and tokens[start - 1].text.isalpha()
        and tokens[start - 1].text.islower()
        and tokens[start - 1].low not in _NOT_MODIFIERS
    ):
        start -= 1
    words = [tok.text for tok in tokens[start:end]]
    # Keep a following "on X" / "for X" complement of up to four words.
    if end < len(tokens) and tokens[end].low in ("on", "for") and end + 1 < len(tokens):
        complement: list[str] = []
        for tok in tokens[end + 1 : end + 5]:
            if not tok.text[:1].isalnum() or tok.low in _COMPLEMENT_STOP:
                break
            complement.append(tok.text)
        if complement:
            words += [tokens[end].text, *complement]
    return " ".join(words)


_COMPLEMENT_STOP = _words(
    """
    and with to that which during in at by after before for on between since as while
    monday tuesday wednesday thursday friday saturday sunday last next this
    """
)


def _attach_counterparts(tokens: list[_Tok], found: list[_Ent], taken: list[bool]) -> None:
    """ "his German counterpart (Johann Wadephul)" and "Netanyahu, of Israel," appositions."""
    for ent in found:
        if ent.kind != "state" or ent.end - ent.start != 1:
            continue
        nxt = ent.end
        if nxt < len(tokens) and tokens[nxt].low in ("counterpart", "counterparts"):
            prev = tokens[ent.start - 1].low if ent.start else ""
            if prev not in ("his", "her", "their", "its"):
                continue
            country = ent.actors[0].country
            end = nxt + 1
            # A following person ("his German counterpart Johann Wadephul") names them.
            following = next((e for e in found if e.start == end and e.kind == "person"), None)
            if following is not None:
                person = following.actors[0]
                actor = attrs.evolve(person, country=person.country or country)
                following.kind = "absorbed"
                end = following.end
            elif country is not None:
                name_end = end
                while (
                    name_end < len(tokens)
                    and name_end - end < 4
                    and tokens[name_end].text[:1].isupper()
                    and not any(e.start == name_end for e in found)
                ):
                    name_end += 1
                name = " ".join(t.text for t in tokens[end:name_end])
                actor = Actor(
                    ActorKind.PERSON, name or f"{tokens[ent.start].text} counterpart", country
                )
                end = name_end
            else:
                continue
            ent.kind, ent.start, ent.end, ent.actors, ent.modifier = (
                "person",
                ent.start - 1,
                end,
                (actor,),
                False,
            )
    found[:] = [ent for ent in found if ent.kind != "absorbed"]
    # "Prime Minister Benjamin Netanyahu, of Israel," -> the country belongs to the person.
    for position, ent in enumerate(found[:-1]):
        nxt_ent = found[position + 1]
        if (
            ent.kind == "person"
            and nxt_ent.kind == "state"
            and nxt_ent.start == ent.end + 2
            and tokens[ent.end].low == ","
            and tokens[ent.end + 1].low == "of"
        ):
            person = ent.actors[0]
            if person.country is None:
                ent.actors = (attrs.evolve(person, country=nxt_ent.actors[0].country),)
            ent.end = nxt_ent.end
            nxt_ent.kind = "absorbed"
    found[:] = [ent for ent in found if ent.kind != "absorbed"]


def _extend_entities(tokens: list[_Tok], found: list[_Ent]) -> None:
    """Country + people noun ("EU foreign ministers", "Israel's government") is the state or organ;
    a demonym before an organisation without a country ("the Japanese Foreign Ministry") is
    that country's organ."""
    starting = {ent.start: ent for ent in found}
    for ent in found:
        if ent.kind not in ("state", "org"):
            continue
        end = ent.end
        nxt_ent = starting.get(end)
        if ent.kind == "state" and nxt_ent is not None and nxt_ent.kind == "org":
            org = nxt_ent.actors[0]
            country = ent.actors[0].country
            if org.country is None and country is not None:
                # As printed: "the Japanese Foreign Ministry", "Egypt's Foreign Ministry".
                name = " ".join(tok.text for tok in tokens[ent.start : nxt_ent.end])
                name = name.replace(" 's ", "'s ")
                ent.actors = (Actor(org.kind, name, country, None, org.organization),)
                ent.end = nxt_ent.end
                ent.modifier = False
                nxt_ent.kind = "absorbed"
            continue
        if end < len(tokens) and tokens[end].low == "'s" and ent.kind == "state":
            if end + 1 < len(tokens) and tokens[end + 1].low in _PEOPLE:
                end += 1
            else:
                continue
        last = ""
        while (
            end < len(tokens)
            and end not in starting
            and (tokens[end].low in _PEOPLE or tokens[end].low == "foreign")
        ):
            last = tokens[end].low
            end += 1
            if end - ent.end > 3:
                break
        if end > ent.end and last:
            ent.end = end
            ent.modifier = False
            if ent.kind == "state" and ent.actors[0].country is not None:
                country = ent.actors[0].country
                if last in _GOVERNMENT_NOUNS:
                    ent.actors = (Actor(ActorKind.GOVERNMENT, country.name, country),)
                elif last in _MILITARY_NOUNS:
                    ent.actors = (Actor(ActorKind.MILITARY, country.name, country),)
    found[:] = [ent for ent in found if ent.kind != "absorbed"]


# --------------------------------------------------------------------------- groups


class _Group:
    """Coordinated parties over tokens ``start..end``; ``actors`` without repeats."""

    __slots__ = ("actors", "end", "ents", "start")

    def __init__(self, start: int, end: int, ents: tuple[_Ent, ...]) -> None:
        self.start = start
        self.end = end
        self.ents = ents
        seen: list[Actor] = []
        for ent in ents:
            for actor in ent.actors:
                if actor not in seen:
                    seen.append(actor)
        self.actors = tuple(seen)


_COORDINATION = _words(", and & as well plus the his her their")


def _groups(tokens: _Tokens, ents: list[_Ent]) -> list[_Group]:
    """Coordinated parties ("Spain, Ireland and Norway") as one group each."""
    groups: list[_Group] = []
    current: list[_Ent] = []
    for ent in ents:
        if ent.kind == "agreement":
            if current:
                groups.append(_Group(current[0].start, current[-1].end, tuple(current)))
                current = []
            continue
        if current:
            between = tokens.lows[current[-1].end : ent.start]
            joined = (
                0 < len(between) <= 3
                and _COORDINATION.issuperset(between)
                and not ("," in between and _speaker_follows(tokens, ent))
            )
            if joined:
                current.append(ent)
                continue
            groups.append(_Group(current[0].start, current[-1].end, tuple(current)))
        current = [ent]
    if current:
        groups.append(_Group(current[0].start, current[-1].end, tuple(current)))
    return groups


def _speaker_follows(tokens: list[_Tok], ent: _Ent) -> bool:
    """True when ``ent`` is followed by a reporting verb (", Trump announced")."""
    index = ent.end
    while index < len(tokens) and tokens[index].low in ("also", "later", "has", "had"):
        index += 1
    return index < len(tokens) and tokens[index].low in _REPORTING


# --------------------------------------------------------------------------- attribution


class _Attribution:
    """Who said it (``speaker``), the reported clause (tokens ``start..end``) and the
    attribution itself (``frame_start..frame_end``: "US President Donald Trump announced")."""

    __slots__ = ("end", "frame_end", "frame_start", "speaker", "start", "verb")

    def __init__(  # noqa: PLR0917 - a record of six fields
        self,
        speaker: tuple[Actor, ...],
        verb: str,
        start: int,
        end: int,
        frame_start: int,
        frame_end: int,
    ) -> None:
        self.speaker = speaker
        self.verb = verb
        self.start = start
        self.end = end
        self.frame_start = frame_start
        self.frame_end = frame_end


def _attributions(
    tokens: _Tokens, groups: list[_Group], ctx: _Context, triggers: frozenset[int] = frozenset()
) -> list[_Attribution]:
    found: list[_Attribution] = []
    speaker: tuple[Actor, ...]
    group_ending = {group.end: group for group in groups}
    group_starting = {group.start: group for group in groups}
    # Only "according" and the reporting verbs can open an attribution.
    cues = [i for i, low in enumerate(tokens.lows) if low in _ATTRIBUTION_CUES]
    for index in cues:
        tok = tokens[index]
        low = tok.low
        if low == "according" and index + 1 < len(tokens) and tokens[index + 1].low == "to":
            after = index + 2
            while after < len(tokens) and tokens[after].low in ("a", "an", "the"):
                after += 1
            group = group_starting.get(after)
            if group is None:
                # "according to a readout of the meeting provided by the State Department"
                for probe in range(after, min(len(tokens), after + 12)):
                    if tokens[probe].low in _CLAUSE_WORDS or tokens[probe].low == ",":
                        break
                    if probe in group_starting:
                        group = group_starting[probe]
                        break
            speaker = group.actors if group else ()
            frame_end = group.end if group else index + 2
            start = 0
            end = index - 1 if index and tokens[index - 1].low == "," else index
            found.append(_Attribution(speaker, "according", start, end, index, frame_end))
            continue
        if low not in _REPORTING or not tok.text.islower() or index in triggers:
            continue  # "United States" states nothing; "announced sanctions" is a trigger
        if low in {"warned", "warns"}:
            continue  # a threat verb first; handled by the rule table
        # The speaker: the group right before the verb (skipping glue such as "also").
        back = index
        if low == "clear":
            if not index or tokens[index - 1].low not in ("made", "make", "makes", "making"):
                continue
            back = index - 1
        while back > 0 and tokens[back - 1].low in ("also", "later", "has", "had", "have", "then"):
            back -= 1
        if back > 1 and tokens[back - 1].low in _PEOPLE and tokens[back - 2].low == "'s":
            back -= 2  # "Tokayev's office said": the person speaks through the office
        group = group_ending.get(back)
        speaker = group.actors if group else ()
        frame_start = group.start if group else back
        if group is None:
            # "a senior administration official said", "the statement said": a speaker
            # we cannot name; the attribution frame still starts at the noun phrase.
            probe = back - 1
            while probe >= 0 and probe > back - 6 and tokens[probe].text[:1].isalpha():
                probe -= 1
            frame_start = probe + 1
        probe = frame_start
        while probe > 1 and frame_start - probe < 5 and tokens[probe - 1].low.isalpha():
            if tokens[probe - 1].text[:1].isupper() and tokens[probe - 1].low != "the":
                break
            probe -= 1
        if probe != frame_start and probe and tokens[probe - 1].low in (",", "\u201d", '"'):
            frame_start = probe
        before = tokens[frame_start - 1].low if frame_start else ""
        if (
            before in (",", "\u201d", '"', "\u2019")
            and frame_start > 1
            and _nothing_reported_after(tokens, index + 1)
        ):
            # "..., X said." -> the reported clause is what came before.
            end = frame_start - 1
            while end > 0 and tokens[end - 1].low in (",", "\u201d", '"'):
                end -= 1
            frame_end = index + 1
            while (
                frame_end < len(tokens)
                and frame_end - index < 10
                and tokens[frame_end].text[:1].isalnum()
                and tokens[frame_end].low not in _CLAUSE_WORDS
                and tokens[frame_end].low != "and"
            ):
                frame_end += 1  # "... said on Tuesday in a statement": the frame's own words
            found.append(_Attribution(speaker, low, 0, end, frame_start, frame_end))
        else:
            start = _frame_end(tokens, index + 1)
            stop = len(tokens)
            for position in range(start, len(tokens) - 1):
                if tokens[position].low == "," and tokens[position + 1].low in _APPOSITIVES:
                    stop = position
                    break
                if (
                    tokens[position].low == "and"
                    and tokens[position - 1].low in ("\u201d", '"')
                    and tokens[position + 1].low.endswith("ed")
                ):
                    stop = position
                    break
            found.append(_Attribution(speaker, low, start, stop, frame_start, start))
    return found


_FRAME_WORDS = _words(
    """
    in a an the his her their its statement interview post posts tweet letter message to
    reporters journalists on during at late early news conference briefing television
    radio for part also earlier later
    """
)


_APPOSITIVES = _words("something which a move an idea")


def _frame_end(tokens: list[_Tok], index: int) -> int:
    """Skip "that", "in a statement", "to reporters", "Time Magazine that" after a reporting verb."""
    limit = min(len(tokens), index + 8)
    for position in range(index, limit):
        tok = tokens[position]
        low = tok.low
        if low == "that":
            return position + 1
        if low in (",", ":"):
            return position + 1
        if low in ("\u201c", '"'):
            return position
        if not (low in _FRAME_WORDS or tok.text[:1].isupper() or low in _WEEKDAY_WORDS):
            return index
    return index


def _nothing_reported_after(tokens: list[_Tok], index: int) -> bool:
    """True when a reporting verb ends its sentence or clause (", Trump said in a post.")."""
    for position in range(index, min(len(tokens), index + 10)):
        low = tokens[position].low
        if low in (".", ",", ";", "!", "?", "\u2014"):
            return True
        if low in ("that", "\u201c", '"', ":") or low in _REPORTING:
            return False
    return True


# --------------------------------------------------------------------------- the extractor


def _body_spans(story: Story) -> list[tuple[int, int]]:
    """Where the story's body paragraphs are: events are read from the body only."""
    return [(s.start, s.end) for s in story.segments if s.kind is SegmentKind.BODY]


@functools.cache
def _update_note() -> regex.Pattern[str]:
    """Compiled on first use, so that importing accordlib stays fast."""
    return regex.compile(
        r"\A(?:This|The)\s(?:story|article|report)\b.{0,60}?\b(?:has|have|was|were)\s(?:been\s)?(?:updated|corrected)",
        regex.IGNORECASE,
    )


def extract_events(
    story: Story | str, *, published: PublishedLike = None
) -> list[DiplomaticEvent]:
    """Return the diplomatic events a story reports, in the order the story tells them.

    ``story`` is a :class:`~accordlib.Story` or the raw text of one (parsed with
    :func:`~accordlib.parse_story`). Offsets are into the story's text. Dates are
    resolved against ``published``, else the story's publication date, else its
    dateline's date.

    >>> from accordlib import extract_events
    >>> text = "Japan and Germany signed a defense pact on Monday, officials said."
    >>> event, = extract_events(text, published="2026-02-18")
    >>> event.kind.name, [a.name for a in event.actors], event.agreement
    ('SIGN_AGREEMENT', ['Japan', 'Germany'], 'defense agreement')
    >>> event.factuality.name, event.date, event.date_precision.name, event.rule
    ('OCCURRED', datetime.date(2026, 2, 16), 'DAY', 'sign.verb')
    """
    if isinstance(story, str):
        text = story
        anchor = coerce_published(published)
        parsed = parse_story(text, published=anchor)
    else:
        candidate: object = story
        if not isinstance(candidate, Story):
            require_str(candidate, "story")  # raises InputTypeError naming the type
        parsed = story
        text = story.text
        anchor = coerce_published(published)
    if anchor is None:
        anchor = parsed.published
        if anchor is None and parsed.dateline is not None:
            anchor = parsed.dateline.date
    ctx = _Context(anchor)
    events: list[DiplomaticEvent] = []
    sentences = [
        (start, end)
        for span_start, span_end in _body_spans(parsed)
        for start, end in split_sentences(text, span_start, span_end)
    ]
    ctx.lead_anchors = len(sentences) > 1
    mentions = _StoryMentions(text)
    for start, end in sentences:
        sentence = text[start:end]
        if _update_note().match(sentence):
            continue
        events.extend(_sentence_events(text, start, end, ctx, mentions))
        ctx.sentence_index += 1
    return _merge(events)


def _quoted_flags(tokens: list[_Tok]) -> list[bool]:
    flags: list[bool] = []
    inside = False
    for tok in tokens:
        if tok.low == "\u201c" or (tok.low == '"' and not inside):
            inside = True
            flags.append(True)
            continue
        if tok.low == "\u201d" or (tok.low == '"' and inside):
            inside = False
            flags.append(True)
            continue
        flags.append(inside)
    return flags


_QUOTES = ("\u201c", "\u201d", '"')
_SIMPLE_WORD = regex.compile(r"[\p{L}][\p{L}'\u2019-]*+")
#: :data:`_SIMPLE_WORD` for :func:`_plain` text, in the standard library's faster engine.
_ASCII_SIMPLE_WORD = re.compile("[A-Za-z][A-Za-z'\u2019-]*")


def _may_trigger(sentence: str) -> bool:
    """Cheap test: could any rule match here, or does a quotation need its speaker?"""
    lower = sentence.lower()
    words = _ASCII_SIMPLE_WORD if _plain(lower) else _SIMPLE_WORD
    return not last_words().isdisjoint(words.findall(lower))


def _light_update(
    text: str, start: int, end: int, ctx: _Context, mentions: _StoryMentions
) -> None:
    """Context for a sentence without triggers: the people and states it names."""
    for mention in mentions.officials(start, end):
        actor = _person_actor(mention.official, text[mention.start : mention.end])
        if actor is not None:
            _register(ctx, actor)
            ctx.last_person = actor
    for named in mentions.countries(start, end):
        if named.kind is not MentionKind.DEMONYM:
            ctx.last_state = ctx.state_actor(named.country)
    sentence = text[start:end]
    quoted = any(mark in sentence for mark in _QUOTES)
    if quoted:
        # '“...,” Trump said.': remember the speaker for a quotation continued next.
        for match in _speaker_before_verb().finditer(sentence):
            actor = ctx.persons.get(match["name"].split()[-1].lower())
            if actor is not None:
                ctx.last_speaker = actor
                ctx.last_person = actor
    ctx.previous_quoted = quoted


@functools.cache
def _speaker_before_verb() -> regex.Pattern[str]:
    """Compiled on first use, so that importing accordlib stays fast."""
    return regex.compile(
        r"""(?P<name>\p{Lu}[\p{L}'-]{1,30}+(?:\s\p{Lu}[\p{L}'-]{1,30}+){0,3}+)
        \s(?:said|says|wrote|writes|added|told|tweeted|posted|stated|declared|announced)\b""",
        regex.VERBOSE,
    )


class _StoryMentions:
    """Officials, countries and temporal expressions found once in the whole story,
    handed out sentence by sentence (one finder call per story, not per sentence)."""

    def __init__(self, text: str) -> None:
        self._officials = find_officials(text)
        self._countries = find_countries(text)
        self._timexes = find_timexes(text)
        self._official_starts = [m.start for m in self._officials]
        self._country_starts = [m.start for m in self._countries]
        self._timex_starts = [t.start for t in self._timexes]

    def officials(self, start: int, end: int) -> list[OfficialMention]:
        low = bisect.bisect_left(self._official_starts, start)
        high = bisect.bisect_left(self._official_starts, end)
        return [m for m in self._officials[low:high] if m.end <= end]

    def countries(self, start: int, end: int) -> list[CountryMention]:
        low = bisect.bisect_left(self._country_starts, start)
        high = bisect.bisect_left(self._country_starts, end)
        return [m for m in self._countries[low:high] if m.end <= end]

    def timexes(self, start: int, end: int) -> list[Timex]:
        low = bisect.bisect_left(self._timex_starts, start)
        high = bisect.bisect_left(self._timex_starts, end)
        return [t for t in self._timexes[low:high] if t.end <= end]


def _sentence_events(
    text: str, start: int, end: int, ctx: _Context, mentions: _StoryMentions
) -> list[DiplomaticEvent]:
    sentence = text[start:end]
    if not _may_trigger(sentence):
        _light_update(text, start, end, ctx, mentions)
        return []
    tokens = _Tokens(_tokenize(sentence, start)[:MAX_SENTENCE_TOKENS])
    if not tokens:
        return []
    # Most sentences hold no quotation mark: no token of theirs is quoted.
    if any(mark in sentence for mark in _QUOTES):
        quoted = _quoted_flags(tokens)
    else:
        quoted = [False] * len(tokens)
    words = tokens.lows
    ents = _find_mentions(
        tokens, sentence, start, ctx, quoted, mentions.officials(start, end),
        mentions.countries(start, end),
    )  # fmt: skip
    matches = _drop_complements(_resolve_overlaps(match_rules(words)), words)
    groups = _groups(tokens, [e for e in ents if e.kind != "agreement"])
    if not matches and not any(quoted):
        # No trigger and no quotation: only the context (who was named) needs updating.
        _update_context(ctx, ents, groups, [], [], quoted)
        return []
    attributions = _attributions(tokens, groups, ctx, frozenset(m.start for m in matches))
    speaker_for_quote: tuple[Actor, ...] = ()
    for attribution in attributions:
        if attribution.speaker:
            speaker_for_quote = attribution.speaker
            break
    starts_quoted = bool(quoted) and quoted[0]
    if starts_quoted and not attributions and ctx.previous_quoted and ctx.last_speaker:
        attributions = [_Attribution((ctx.last_speaker,), "said", 0, len(tokens), 0, 0)]
    # The groups are built again below only if the parties changed in between.
    changed = False
    # "Belarus said it would respond": "it" opening a reported clause is a state speaker.
    for attribution in attributions:
        position = attribution.start
        if (
            attribution.speaker
            and position < len(tokens)
            and tokens[position].low == "it"
            and attribution.speaker[0].kind is not ActorKind.PERSON
            and not any(ent.start <= position < ent.end for ent in ents)
        ):
            ents.append(_Ent(position, position + 1, "pronoun", attribution.speaker[:1]))
            ents.sort(key=lambda ent: ent.start)
            changed = True
        elif (
            attribution.speaker
            and position < len(tokens)
            and tokens[position].low in ("he", "she")
            and attribution.speaker[0].kind is ActorKind.PERSON
        ):
            # "Ramaphosa said he had a good call with Trump": the speaker himself.
            changed = True
            for ent in ents:
                if ent.start == position and ent.kind == "pronoun":
                    ent.actors = attribution.speaker[:1]
                    break
            else:
                ents.append(_Ent(position, position + 1, "pronoun", attribution.speaker[:1]))
                ents.sort(key=lambda ent: ent.start)
    # Re-resolve "I"/"we" inside the quotation to this sentence's speaker.
    if speaker_for_quote:
        for ent in ents:
            if ent.speaker:
                ent.actors = speaker_for_quote[:1]
                changed = True
    kept = [ent for ent in ents if ent.actors or ent.kind == "agreement"]
    if changed or len(kept) != len(ents):
        groups = _groups(tokens, [e for e in kept if e.kind != "agreement"])
    ents = kept
    group_at = [-1] * len(tokens)
    for position, group in enumerate(groups):
        for index in range(group.start, group.end):
            group_at[index] = position
    timexes = mentions.timexes(start, end)
    agreements = [e for e in ents if e.kind == "agreement"]

    events: list[DiplomaticEvent] = []
    for match in matches:
        event = _build_event(
            match, text, start, end, tokens, ents, groups, group_at, attributions, timexes,
            agreements, ctx, events,
        )  # fmt: skip
        if event is not None:
            events.append(event)

    _update_context(ctx, ents, groups, attributions, events, quoted)
    return events


def _resolve_overlaps(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """Keep the best of overlapping matches: higher priority, then longer, then earlier."""
    ranked = sorted(matches, key=lambda m: (-m.rule.priority, -(m.end - m.start), m.start))
    kept: list[TriggerMatch] = []
    for match in ranked:
        if all(match.end <= other.start or match.start >= other.end for other in kept):
            kept.append(match)
    kept.sort(key=lambda m: m.start)
    return kept


_GOVERNING = frozenset({"APPEAL", "DEMAND", "THREATEN", "EXPRESS_INTENT", "REJECT"})


def _drop_complements(matches: list[TriggerMatch], words: list[str]) -> list[TriggerMatch]:
    """ "urged Tehran to cooperate", "threatened to impose sanctions": the content of an
    appeal, demand, threat or pledge is not an event of its own."""
    kept: list[TriggerMatch] = []
    for match in matches:
        # A pledge ("offered to mediate") keeps its act, planned; the pledge itself is weak
        # and gives way to the act's event when there is one.
        governed = any(
            other.rule.kind in _GOVERNING
            and other.rule.name != "intent.pledge"
            and other.end <= match.start <= other.end + 5
            and "to" in words[other.end - 1 : match.start]
            and "," not in words[other.end : match.start]
            for other in matches
            if other is not match
        )
        # "vowed to veto new EU sanctions", "rejected direct negotiations with X": the
        # object of a speech act is a thing talked about, not an event.
        governed = governed or (
            match.rule.name.endswith((".noun", ".topic", ".against"))
            and any(
                other.rule.mode == "speech"
                and other.end <= match.start <= other.end + 4
                and not set(words[other.end : match.start]) & _CLAUSE_WORDS
                and "," not in words[other.end : match.start]
                for other in matches
                if other is not match
            )
        )
        if not governed or match.rule.kind in _GOVERNING:
            kept.append(match)
    kept.sort(key=lambda m: m.start)
    return kept


def _region(attributions: list[_Attribution], index: int) -> tuple[int, int, _Attribution | None]:
    """The clause a trigger belongs to: a reported clause, or the sentence minus frames."""
    for attribution in attributions:
        if attribution.start <= index < attribution.end:
            return attribution.start, attribution.end, attribution
    return 0, 1 << 30, None


def _in_frame(attributions: list[_Attribution], index: int) -> bool:
    return any(a.frame_start <= index < a.frame_end for a in attributions)


def _subject(
    tokens: list[_Tok],
    groups: list[_Group],
    group_at: list[int],
    trigger_start: int,
    lower: int,
) -> tuple[_Group | None, int]:
    """The group before the trigger, skipping auxiliaries and adverbs; and where it ends."""
    index = trigger_start - 1
    while index >= lower:
        tok = tokens[index]
        if group_at[index] >= 0:
            group = groups[group_at[index]]
            if all(ent.modifier for ent in group.ents):
                return None, index + 1
            if group.start > 0 and tokens[group.start - 1].low in _PLACE_PREPOSITIONS:
                return None, index + 1  # "talks in Doha mediated by ...": a place, not a subject
            return group, group.end
        if tok.low in _GLUE or tok.low in _WEEKDAY_WORDS or _is_timex_word(tok.low):
            index -= 1
            continue
        if tok.low == "," and index > lower and group_at[index - 1] >= 0:
            # "Tokayev, who ..., met" is not handled; but "X, in turn, met" is rare too.
            return None, index + 1
        return None, index + 1
    return None, max(lower, 0)


_PLACE_CUES = frozenset(("in", "at"))
_PLACE_PREPOSITIONS = _words("in at from to into near outside inside across")

_WEEKDAY_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday on last next this week month year"
)


def _is_timex_word(low: str) -> bool:
    return low.isdigit() or low in ("morning", "afternoon", "evening", "night", "tonight")


def _object(  # noqa: PLR0917 - private helper with one caller
    tokens: list[_Tok],
    groups: list[_Group],
    group_at: list[int],
    ents: list[_Ent],
    position: int,
    rule: Rule,
    upper: int,
) -> tuple[_Group | None, str | None, int]:
    """The recipient group after the trigger, a location ("in Cairo"), and where it ends."""
    location: str | None = None
    index = position
    needs_prep = "_" not in rule.recipients
    seen_prep = False
    steps = 0
    while index < min(upper, len(tokens)) and steps < 12:
        steps += 1
        tok = tokens[index]
        low = tok.low
        if group_at[index] >= 0 and (seen_prep or not needs_prep):
            group = groups[group_at[index]]
            if group.start < position:
                return None, location, index
            return group, location, group.end
        if low in ("in", "at") and index + 1 < len(tokens) and group_at[index + 1] >= 0:
            group = groups[group_at[index + 1]]
            if low in rule.recipients and not seen_prep:
                return group, " ".join(t.text for t in tokens[group.start : group.end]), group.end
            location = " ".join(t.text for t in tokens[group.start : group.end])
            index = group.end
            continue
        if low in rule.recipients and low != "_":
            seen_prep = True
            index += 1
            continue
        if low in _OBJECT_GLUE or low in _WEEKDAY_WORDS or _is_timex_word(low):
            index += 1
            continue
        if low in ("\u201c", '"'):
            index += 1
            continue
        if (
            low in _PEOPLE_PLURAL
            and (seen_prep or not needs_prep)
            and rule.kind in ("MEET", "PHONE_CALL", "NEGOTIATE")
        ):
            phrase = _noun_phrase(tokens, index, upper)
            actor = Actor(ActorKind.PERSON, phrase)
            return (
                _Group(index, index + 1, (_Ent(index, index + 1, "np", (actor,)),)),
                location,
                index + 1,
            )
        break
    return None, location, index


_PEOPLE_PLURAL = _words(
    """
    leaders officials ministers counterparts delegation delegations representatives envoys
    diplomats lawmakers negotiators mediators
    """
)


def _noun_phrase(tokens: list[_Tok], index: int, upper: int) -> str:
    """ "leaders of five Central Asian nations": the noun and its "of"/"from" complement."""
    end = index + 1
    if end < min(upper, len(tokens)) and tokens[end].low in ("of", "from"):
        probe = end + 1
        while probe < min(upper, len(tokens), index + 8) and tokens[probe].text[:1].isalnum():
            if tokens[probe].low in _CLAUSE_WORDS or tokens[probe].low in ("and", "to", "on"):
                break
            probe += 1
        if probe > end + 1:
            end = probe
    return " ".join(tok.text for tok in tokens[index:end])


def _between(
    tokens: list[_Tok], groups: list[_Group], group_at: list[int], position: int, upper: int
) -> _Group | None:
    """ "between A and B" within a few words after the trigger."""
    for index in range(position, min(position + 6, upper, len(tokens))):
        if tokens[index].low == "between" and index + 1 < len(tokens):
            for probe in range(index + 1, min(index + 4, len(tokens))):
                if group_at[probe] >= 0:
                    return groups[group_at[probe]]
            return None
        if tokens[index].low in (".", ";"):
            return None
    return None


def _factuality(  # noqa: PLR0917 - private helper with one caller
    tokens: _Tokens,
    rule: Rule,
    cue_start: int,
    match: TriggerMatch,
    region_end: int,
    attribution: _Attribution | None,
    timex: Timex | None,
) -> Factuality:
    """Tense, modality, negation and conditions around the trigger decide the factuality."""
    lows = tokens.lows
    before = lows[cue_start : match.start]
    trigger = lows[match.start : match.end]
    after = lows[match.end : min(region_end, match.end + 8, len(tokens))]
    window = before + trigger[:1]
    if rule.name.endswith((".noun", ".topic", ".ceremony")):
        # "a meeting between X and Y was not planned": the predicate follows the noun.
        window += lows[match.end : min(region_end, match.end + 20)]
    words = before + trigger + after
    clause_words = lows[cue_start : min(region_end, len(tokens))]

    # Set tests (isdisjoint) rather than word-by-word loops: this runs for every trigger.
    if not _NEGATION.isdisjoint(window) or _has_phrase(words, _NEGATION_PHRASES):
        return Factuality.NEGATED
    if not _CONDITION.isdisjoint(clause_words) or _has_phrase(clause_words, _CONDITION_PHRASES):
        return Factuality.CONDITIONAL
    if rule.mode == "speech":
        return Factuality.OCCURRED
    if not _HYPOTHETICAL.isdisjoint(window):
        return Factuality.HYPOTHETICAL
    first = trigger[0]
    progressive = first.endswith("ing") and bool(before) and before[-1] in _BE_BEEN
    # "Uzbekistan will join the accords, the White House announced": a decision made public
    # (but "X will lead the way, Trump told Time" is a prediction: PLANNED).
    announcing = attribution is not None and attribution.verb in _ANNOUNCING
    if "to" in before and not _DECIDED.isdisjoint(before):
        return Factuality.ANNOUNCED  # "agreed to resume summits": decided, not yet done
    if not _FUTURE.isdisjoint(window) or (bool(before) and before[-1] == "to"):
        if not _DECIDED.isdisjoint(before):
            return Factuality.ANNOUNCED
        if announcing and "will" in window:
            return Factuality.ANNOUNCED
        return Factuality.PLANNED
    if timex is not None and timex.kind == TimexKind.VAGUE_FUTURE:
        return Factuality.PLANNED
    if not progressive and rule.name.endswith((".noun", ".topic")):
        progressive = any(
            word.endswith("ing") and index > 0 and before[index - 1] in _BE_BEEN
            for index, word in enumerate(before)
        )  # "have been holding talks"
    if progressive:
        if rule.kind in _DECISION_KINDS:
            return Factuality.ANNOUNCED
        return Factuality.ONGOING
    if (
        timex is not None
        and timex.kind in (TimexKind.WEEK_OFFSET, TimexKind.MONTH_OFFSET)
        and timex.offset > 0
    ):
        return Factuality.PLANNED
    return Factuality.OCCURRED


def _has_phrase(seq: list[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    """True when one of ``phrases`` occurs in ``seq`` (only phrases whose words all occur
    are searched for)."""
    present = set(seq)
    for phrase in phrases:
        if present.issuperset(phrase):
            n = len(phrase)
            if any(tuple(seq[i : i + n]) == phrase for i in range(len(seq) - n + 1)):
                return True
    return False


_RELATION_KINDS = frozenset({"NORMALIZE_RELATIONS", "ESTABLISH_RELATIONS", "SEVER_RELATIONS"})

_DECISION_KINDS = frozenset(
    {
        "JOIN_AGREEMENT",
        "SIGN_AGREEMENT",
        "NORMALIZE_RELATIONS",
        "ESTABLISH_RELATIONS",
        "SEVER_RELATIONS",
        "RECOGNIZE",
    }
)


def _pick_timex(
    timexes: list[Timex],
    match: TriggerMatch,
    tokens: _Tokens,
    region: tuple[int, int],
    attributions: list[_Attribution],
) -> tuple[Timex | None, bool]:
    """The temporal expression for a trigger; the flag says it came from the attribution."""
    if not timexes:
        return None, False
    region_start = tokens[region[0]].start if region[0] < len(tokens) else 0
    region_end = tokens[min(region[1], len(tokens)) - 1].end
    anchor = tokens[match.start].start
    inside = [t for t in timexes if region_start <= t.start and t.end <= region_end]
    inside = [t for t in inside if not _timex_in_frame(t, tokens, attributions)]
    inside = [t for t in inside if _same_stretch(t, match, tokens)]
    if inside:
        return min(inside, key=lambda t: abs(t.start - anchor)), False
    framed = [t for t in timexes if _timex_in_frame(t, tokens, attributions)]
    if framed:
        return framed[0], True
    return None, False


def _lows_between(tokens: _Tokens, low: int, high: int) -> list[str]:
    """The words of the tokens that start at offsets ``low..high`` (tokens are in text
    order, so two binary searches find them)."""
    starts = tokens.starts
    first = bisect.bisect_left(starts, low)
    last = bisect.bisect_left(starts, high, lo=first)
    return tokens.lows[first:last]


def _same_stretch(timex: Timex, match: TriggerMatch, tokens: _Tokens) -> bool:
    """No comma between the trigger and the expression (a sentence-initial one is fine)."""
    anchor = tokens[match.start].start
    if timex.start < anchor:
        if timex.start == tokens[0].start or (
            len(tokens) > 1
            and tokens[0].low in ("on", "last", "earlier", "later")
            and timex.start <= tokens[1].start
        ):
            return True
        low, high = timex.end, anchor
        # "in 2020, when the UAE and Bahrain agreed to ...": the when-clause shares the date.
        between = _lows_between(tokens, low, high)
        if between[:2] == [",", "when"] and between.count(",") == 1:
            return True
    else:
        low, high = tokens[match.end - 1].end, timex.start
    between = _lows_between(tokens, low, high)
    if any(word == "and" and nxt in _GLUE for word, nxt in itertools.pairwise(between)):
        return False  # "rejected X last month and has refused to meet": another verb's date
    return "," not in between


def _timex_in_frame(timex: Timex, tokens: list[_Tok], attributions: list[_Attribution]) -> bool:
    for attribution in attributions:
        if attribution.frame_end <= attribution.frame_start:
            continue
        first = tokens[attribution.frame_start].start
        last = tokens[min(attribution.frame_end, len(tokens)) - 1].end
        if first <= timex.start and timex.end <= last:
            return True
    return False


def _build_event(  # noqa: PLR0917 - private helper with one caller
    match: TriggerMatch,
    text: str,
    start: int,
    end: int,
    tokens: _Tokens,
    ents: list[_Ent],
    groups: list[_Group],
    group_at: list[int],
    attributions: list[_Attribution],
    timexes: list[Timex],
    agreements: list[_Ent],
    ctx: _Context,
    so_far: list[DiplomaticEvent],
) -> DiplomaticEvent | None:
    rule = match.rule
    if _in_frame(attributions, match.start):
        return None
    if rule.kind == "ANAPHOR":
        return _anaphor_event(match, text, start, end, tokens, attributions, ctx, so_far)
    region_start, region_end, attribution = _region(attributions, match.start)
    region_end = min(region_end, len(tokens))
    lower = max(region_start, _clause_start(tokens, match.start, region_start))
    upper = min(region_end, _clause_end(tokens, match.end, region_end))

    subject, cue_start = _subject(tokens, groups, group_at, match.start, lower)
    if subject is None and rule.name.endswith((".noun", ".topic", ".against")):
        subject, cue_start = _subject(
            tokens, groups, group_at, _skip_light(tokens, match.start, lower), lower
        )
    carried: tuple[Actor, ...] = ()
    if subject is None:
        cue_start = max(lower, match.start - 6)
        for position in range(match.start - 1, cue_start - 1, -1):
            if tokens[position].low in ("and", ",", "\u201d", '"'):
                cue_start = position + 1
                break
        carried = _carry_subject(tokens, groups, match, region_start, attributions, so_far)
    if rule.requires == "agreement":
        obj_group = None
        location = None
        obj_end = match.end
        recipient_group, location, obj_end = _object(
            tokens, groups, group_at, ents, _agreement_end(agreements, match.end, upper), rule,
            upper,
        )  # fmt: skip
        obj_group = recipient_group
    else:
        obj_group, location, obj_end = _object(
            tokens, groups, group_at, ents, match.end, rule, upper
        )
    if (
        location is None
        and obj_end + 1 < upper
        and tokens[obj_end].low in ("in", "at")
        and group_at[obj_end + 1] >= 0
    ):
        place = groups[group_at[obj_end + 1]]
        location = " ".join(t.text for t in tokens[place.start : place.end])
    probe_end = min(upper, match.end + 10, len(tokens) - 1)
    # Most triggers have no "in"/"at" after them: two membership tests in C skip the walk.
    if location is None and not _PLACE_CUES.isdisjoint(tokens.lows[match.end : probe_end]):
        for probe in range(match.end, probe_end):
            if tokens[probe].low not in _PLACE_CUES:
                continue
            after = probe + 2 if tokens[probe + 1].low == "the" else probe + 1
            if after < len(tokens) and group_at[after] >= 0:
                place = groups[group_at[after]]
                if not all(ent.modifier for ent in place.ents):
                    location = " ".join(t.text for t in tokens[place.start : place.end])
                break
    between = _between(tokens, groups, group_at, match.end, upper) if rule.between != "-" else None

    # Parties named inside the trigger span ("expelled two Russian diplomats").
    inner = [g for g in groups if match.start <= g.start and g.end <= match.end]

    actors: tuple[Actor, ...] = subject.actors if subject else carried
    recipients: tuple[Actor, ...] = obj_group.actors if obj_group else ()
    if inner and not recipients:
        recipients = inner[0].actors
    passive = _passive(tokens, match)
    reduced = (
        not passive
        and match.end < len(tokens)
        and tokens[match.end].low == "by"
        and tokens[match.end - 1].low.endswith("ed")
        and subject is None
    )  # "talks mediated by Qatar", "a deal brokered by the Vatican"
    if reduced:
        agent = _by_agent(tokens, groups, group_at, match.end, upper)
        if agent is None:
            return None
        actors = agent.actors
        recipients = tuple(
            party
            for event in so_far[-1:]
            for party in (*event.actors, *event.recipients)
            if party not in actors
        )
    if passive:
        agent = _by_agent(tokens, groups, group_at, match.end, upper)
        actors, recipients = (agent.actors if agent else ()), actors
    if between is not None and (rule.kind in _RELATION_KINDS or subject is None):
        actors, recipients = between.actors, ()
    elif between is not None:
        if rule.between == "actors":
            if (
                actors and len(between.actors) >= 2 and rule.recipients & {"with", "_"} == set()
            ) or actors:
                recipients = between.actors
            else:
                actors = between.actors
        else:
            recipients = between.actors
    if rule.between == "actors" and not recipients and len(actors) >= 2:
        pass  # "Japan and Germany signed ..." — all actors
    if not recipients and rule.kind in _GOVERNING and rule.mode == "speech":
        # "threatened to expel American diplomats": the party of the complement.
        # "threatened to expel American diplomats": the party of the complement;
        # "opposed the U.S. arms sale": the party of the object, for disapproval.
        complement = match.end < len(tokens) and tokens[match.end].low == "to"
        if complement or rule.kind in ("REJECT", "CRITICIZE", "ACCUSE"):
            for probe in range(match.end, min(upper, match.end + 6, len(tokens))):
                if group_at[probe] >= 0:
                    if tokens[probe - 1].low not in _PLACE_PREPOSITIONS:
                        recipients = groups[group_at[probe]].actors
                    break
                if tokens[probe].low in _CLAUSE_WORDS or not tokens[probe].text[:1].isalnum():
                    break
    if rule.requires == "object" and not recipients:
        return None
    if _inside_condition(tokens, match, subject):
        return None  # "... only if Hamas releases the hostages": a condition, not an event
    # Agreement named after the trigger (or "the agreement" -> the story's last one).
    agreement, agreement_year, agreement_before = _agreement_for(
        agreements, match, tokens, upper, lower, ctx
    )
    if agreement is None and rule.name == "sign.ceremony" and ctx.last_agreement is not None:
        agreement, agreement_year = (
            ctx.last_agreement
        )  # "a signing ceremony" of the story's accord
    if rule.requires == "agreement" and agreement is None:
        return None
    if rule.requires != "agreement" and agreement_year is None:
        agreement = None  # "if a deal is reached" is a condition, not the event's agreement
    source = None
    if attribution is not None and attribution.speaker:
        source = attribution.speaker[0]
    # Object anaphora: "welcomed the decision" -> the parties of the story's last event.
    if not recipients and rule.kind in ("PRAISE", "CRITICIZE", "REJECT") and so_far is not None:
        nxt = tokens[match.end + 1].low if match.end + 1 < len(tokens) else ""
        if match.end < len(tokens) and tokens[match.end].low == "the" and nxt in _OBJECT_ANAPHORS:
            decisions = [e for e in ctx.events if e.kind.name in _DECISION_KINDS]
            previous = decisions[-1] if decisions else None
            if previous is not None:
                recipients = tuple(a for a in previous.actors if a not in actors)
    if not actors and not recipients:
        inherited = _inherit(rule, tokens, match, ctx, so_far, agreement)
        if inherited is None:
            return None
        actors, recipients = inherited
    recipients = tuple(r for r in recipients if r not in actors)
    if not actors and not (passive and recipients):
        return None  # who did it is unknown: nothing to report (a passive may lack its agent)

    timex, framed = _pick_timex(timexes, match, tokens, (region_start, region_end), attributions)
    factuality = _factuality(tokens, rule, cue_start, match, upper, attribution, timex)
    if _conditional_sentence(tokens, match, lower, upper):
        factuality = Factuality.CONDITIONAL
    future = factuality in (Factuality.PLANNED, Factuality.CONDITIONAL, Factuality.HYPOTHETICAL)
    date: dt.date | None = None
    precision = "UNKNOWN"
    date_text: str | None = None
    if timex is not None and not (framed and future):
        date, precision = resolve(timex, ctx.published, future=future)
        date_text = timex.text
    elif (
        agreement_before
        and agreement_year is not None
        and rule.kind in _DECISION_KINDS
        and factuality is Factuality.OCCURRED
    ):
        date, precision = dt.date(agreement_year, 1, 1), "YEAR"
    elif (
        ctx.sentence_index == 0
        and ctx.lead_anchors
        and ctx.published is not None
        and factuality in (Factuality.OCCURRED, Factuality.ANNOUNCED, Factuality.ONGOING)
    ):
        date, precision = ctx.published, "DAY"
    if (
        factuality is Factuality.ANNOUNCED
        and date is not None
        and ctx.published is not None
        and precision == "YEAR"
        and date.year < ctx.published.year
    ):
        factuality = Factuality.OCCURRED  # a decision announced years ago has long happened
    if date is None:
        precision = "UNKNOWN"
    if factuality is Factuality.NEGATED and timex is not None and not timex.anchored:
        pass
    # Every value below already has its field's type (tuple() keeps a tuple as it is):
    # the unchecked constructor builds the same event without the validators' cost.
    return _trusted_event(
        EventKind[rule.kind],
        tuple(actors),
        tuple(recipients),
        agreement,
        factuality,
        date,
        Precision[precision],
        date_text,
        _location(rule, location, recipients, obj_group, tokens),
        source,
        text[start:end],
        start,
        end,
        rule.name,
    )


def _anaphor_event(  # noqa: PLR0917 - private helper with one caller
    match: TriggerMatch,
    text: str,
    start: int,
    end: int,
    tokens: _Tokens,
    attributions: list[_Attribution],
    ctx: _Context,
    so_far: list[DiplomaticEvent],
) -> DiplomaticEvent | None:
    """ "it would only happen with ...": the previous event again, with this sentence's modality."""
    antecedents = so_far or ctx.events[-3:]
    if not antecedents:
        return None
    previous = antecedents[-1]
    region_start, region_end, attribution = _region(attributions, match.start)
    factuality = _factuality(
        tokens, match.rule, max(region_start, match.start - 4), match,
        min(region_end, len(tokens)), attribution, None,
    )  # fmt: skip
    source = attribution.speaker[0] if attribution is not None and attribution.speaker else None
    return previous.evolve(
        factuality=factuality,
        source=source,
        date=None,
        date_precision=Precision.UNKNOWN,
        date_text=None,
        sentence=text[start:end],
        start=start,
        end=end,
        rule=match.rule.name,
    )


_LIGHT = _words(
    """
    a an the new round of opened open opens began begin begins launched launch held hold holds
    holding had have has resumed resume started start pay paid make made conducted fresh another
    first second third latest direct indirect backed back backs joined join joins supported
    formal informal bilateral trilateral high-level further separate secret official regular
    received receives receive
    annual considering consider considers weighing mulling preparing prepare prepares drafting
    """
)


def _skip_light(tokens: list[_Tok], position: int, lower: int) -> int:
    """Move left over "held a new round of" before a noun trigger (bounded)."""
    index = position
    while index > lower and position - index < 6 and tokens[index - 1].low in _LIGHT:
        index -= 1
    return index


def _carry_subject(  # noqa: PLR0917 - private helper with one caller
    tokens: list[_Tok],
    groups: list[_Group],
    match: TriggerMatch,
    region_start: int,
    attributions: list[_Attribution],
    so_far: list[DiplomaticEvent],
) -> tuple[Actor, ...]:
    """A subjectless trigger ("..., pledging to", "and called on", "for talks with") takes
    the subject of the sentence's previous event, else the first party of its clause when
    the verbs are coordinated, else the speaker whose reporting verb precedes it."""
    previous = tokens[match.start - 1].low if match.start else ""
    probe = match.start - 1
    while probe > region_start and tokens[probe].low in _GLUE:
        probe -= 1
    coordinated = probe >= 0 and tokens[probe].low in ("and", ",")
    participle = previous == "," and tokens[match.start].low.endswith("ing")
    nominal = match.rule.name.endswith((".noun", ".topic"))
    manner = previous in ("for", "in") or (
        match.start > 1 and tokens[match.start - 2].low in ("in", "during", "by")
    )
    if so_far and so_far[-1].actors and (coordinated or participle or (nominal and manner)):
        return so_far[-1].actors
    for attribution in attributions:
        if (
            nominal
            and attribution.speaker
            and attribution.frame_start < match.start
            and attribution.end <= attribution.frame_start
        ):
            return attribution.speaker[:1]  # "..., Trump wrote after a phone call with X"
    if coordinated or tokens[match.start].low.endswith("ing") or (nominal and manner):
        for group in groups:
            if (
                group.start >= region_start
                and group.end <= match.start
                and not all(ent.modifier for ent in group.ents)
            ):
                return group.actors
    return ()


def _location(
    rule: Rule,
    location: str | None,
    recipients: tuple[Actor, ...],
    obj_group: _Group | None,
    tokens: list[_Tok],
) -> str | None:
    """Where a meeting, visit or signing took place ("in Cairo"); a visit's host place."""
    if rule.kind == "VISIT" and obj_group is not None and location is None:
        return " ".join(t.text for t in tokens[obj_group.start : obj_group.end])
    if rule.kind in ("MEET", "VISIT", "NEGOTIATE", "SIGN_AGREEMENT", "PHONE_CALL", "MEDIATE"):
        return location
    return None


def _agreement_end(agreements: list[_Ent], position: int, upper: int) -> int:
    for ent in agreements:
        if position <= ent.start < min(upper, position + 6):
            return ent.end
    return position


def _agreement_for(  # noqa: PLR0917 - private helper with one caller
    agreements: list[_Ent],
    match: TriggerMatch,
    tokens: list[_Tok],
    upper: int,
    lower: int,
    ctx: _Context,
) -> tuple[str | None, int | None, bool]:
    """The agreement an event is about, its year, and whether it was named before the trigger."""
    for ent in agreements:
        if match.start <= ent.start < min(upper, match.end + 12):
            return _named(ent, ctx, tokens)
    for ent in agreements:
        if lower <= ent.start < match.start:
            name, year, _ = _named(ent, ctx, tokens)
            return name, year, True
    return None, None, False


def _named(ent: _Ent, ctx: _Context, tokens: list[_Tok]) -> tuple[str | None, int | None, bool]:
    """A generic "the agreement"/"the accords" refers back to the story's named agreement."""
    if ent.agreement_year is None and ctx.last_agreement is not None:
        previous = tokens[ent.start - 1].low if ent.start else ""
        if previous in ("the", "this", "that") and ent.agreement in (
            "agreement",
            "accords",
            "accord",
            "deal",
            "agreements",
        ):
            name, year = ctx.last_agreement
            return name, year, False
    return ent.agreement, ent.agreement_year, False


def _passive(tokens: list[_Tok], match: TriggerMatch) -> bool:
    if match.start == 0:
        return False
    previous = tokens[match.start - 1].low
    first = tokens[match.start].low
    if previous not in ("was", "were", "been", "be", "is", "are", "being") and not (
        previous in ("openly", "strongly", "sharply", "also") and match.start > 1
    ):
        return False
    nxt = tokens[match.end].low if match.end < len(tokens) else ""
    return (first.endswith("ed") and nxt == "by") or (
        previous in ("openly", "strongly", "sharply") and nxt == "by"
    )


def _by_agent(
    tokens: list[_Tok], groups: list[_Group], group_at: list[int], position: int, upper: int
) -> _Group | None:
    if position < len(tokens) and tokens[position].low == "by":
        for probe in range(position + 1, min(position + 4, upper, len(tokens))):
            if group_at[probe] >= 0:
                return groups[group_at[probe]]
    return None


_CLAUSE_OPENERS = frozenset(
    (";", "but", "although", "though", "whereas", "while", "\u2014", "\u2013")
)
_CLAUSE_CLOSERS = frozenset((";", "but", "although", "though", "whereas", "\u2014", "\u2013"))


def _clause_start(tokens: _Tokens, position: int, floor: int) -> int:
    lows = tokens.lows
    if floor + 1 >= position or _CLAUSE_OPENERS.isdisjoint(lows[floor + 1 : position]):
        return floor  # no clause word in between (most triggers): one set test in C
    index = position - 1
    while index > floor:
        if lows[index] in _CLAUSE_OPENERS:
            return index + 1
        index -= 1
    return floor


def _clause_end(tokens: _Tokens, position: int, ceiling: int) -> int:
    lows = tokens.lows
    stop = min(ceiling, len(tokens))
    within = lows[position:stop]
    if "," not in within and _CLAUSE_CLOSERS.isdisjoint(within):
        return ceiling  # no clause word up to the bound (most triggers): one set test in C
    for index in range(position, stop):
        low = lows[index]
        if low in _CLAUSE_CLOSERS:
            return index
        if low == "," and index + 1 < len(tokens) and lows[index + 1] in ("but", "while"):
            return index
    return ceiling


def _inside_condition(tokens: list[_Tok], match: TriggerMatch, subject: _Group | None) -> bool:
    """True when the trigger's own clause is introduced by "if" or "unless"."""
    start = subject.start if subject is not None else match.start
    for index in range(start - 1, max(-1, start - 4), -1):
        low = tokens[index].low
        if low in ("if", "unless"):
            return True
        if low not in ("only", "even", ",", "and", "but"):
            return False
    return False


def _conditional_sentence(tokens: _Tokens, match: TriggerMatch, lower: int, upper: int) -> bool:
    """ "only with", "only if", "if there is" in the trigger's clause, after the subject."""
    words = tokens.lows[lower:upper]
    return "if" in words and "whether" not in words and words.index("if") > match.start - lower


def _inherit(  # noqa: PLR0917 - private helper with one caller
    rule: Rule,
    tokens: list[_Tok],
    match: TriggerMatch,
    ctx: _Context,
    so_far: list[DiplomaticEvent],
    agreement: str | None,
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]] | None:
    """Parties for a trigger with none: a signing of "the agreement" inherits the joiners."""
    # Only a nominal signing ("a signing ceremony") inherits; "the accords were signed" does not.
    if rule.name == "sign.ceremony" and agreement is not None:
        for event in reversed([*ctx.events, *so_far]):
            if event.agreement == agreement and event.kind in (
                EventKind.JOIN_AGREEMENT,
                EventKind.SIGN_AGREEMENT,
            ):
                return event.actors, event.recipients
    return None


def _update_context(  # noqa: PLR0917 - private helper with one caller
    ctx: _Context,
    ents: list[_Ent],
    groups: list[_Group],
    attributions: list[_Attribution],
    events: list[DiplomaticEvent],
    quoted: list[bool],
) -> None:
    for ent in ents:
        if ent.kind == "person" and ent.actors:
            ctx.last_person = ent.actors[0]
        if ent.kind == "state" and not ent.modifier and ent.actors:
            ctx.last_state = ent.actors[0]
        if ent.kind == "agreement" and ent.agreement_year is not None and ent.agreement:
            ctx.last_agreement = (ent.agreement, ent.agreement_year)
    for attribution in attributions:
        if attribution.speaker:
            ctx.last_speaker = attribution.speaker[0]
            if attribution.speaker[0].kind is ActorKind.PERSON:
                ctx.last_person = attribution.speaker[0]
    for group in groups:
        if len(group.actors) >= 2:
            ctx.last_group = group.actors
    for event in events:
        participants = (*event.actors, *event.recipients)
        if len(participants) >= 2:
            ctx.last_group = participants
    ctx.previous_quoted = any(quoted)
    ctx.events.extend(events)


# --------------------------------------------------------------------------- merging


#: Reports merge within a class: what happened, what is intended, what is conditional, denied.
_CLASS = {
    Factuality.OCCURRED: "real",
    Factuality.ONGOING: "real",
    Factuality.ANNOUNCED: "intended",
    Factuality.PLANNED: "intended",
    Factuality.HYPOTHETICAL: "intended",
    Factuality.CONDITIONAL: "conditional",
    Factuality.NEGATED: "negated",
}


_DIRECTED = frozenset(
    {
        EventKind.EXPRESS_INTENT,
        EventKind.PRAISE,
        EventKind.CRITICIZE,
        EventKind.ACCUSE,
        EventKind.APPEAL,
        EventKind.DEMAND,
        EventKind.THREATEN,
        EventKind.REJECT,
        EventKind.SANCTION,
        EventKind.APOLOGIZE,
    }
)


def _key(event: DiplomaticEvent) -> tuple[object, ...]:
    parties: object = frozenset(a.name for a in (*event.actors, *event.recipients))
    if event.kind in _DIRECTED:  # who praised whom matters; who met whom does not
        parties = (
            frozenset(a.name for a in event.actors),
            frozenset(a.name for a in event.recipients),
        )
    return (event.kind, parties, event.agreement, _CLASS[event.factuality])


def _merge(events: Sequence[DiplomaticEvent]) -> list[DiplomaticEvent]:
    """Drop repeated reports of one event (the first report wins, later ones add a date),
    and weak events (a "discussed") whose parties a stronger event of the same or the
    previous sentence already has."""
    weak = _weak_rules()
    sentence_starts = sorted({event.start for event in events})
    number = {start: position for position, start in enumerate(sentence_starts)}
    strong: dict[int, list[frozenset[str]]] = {}
    weaker: dict[int, list[frozenset[str]]] = {}
    for event in events:
        parties = frozenset(a.name for a in (*event.actors, *event.recipients))
        table = weaker if event.rule in weak else strong
        table.setdefault(number[event.start], []).append(parties)
    kept: list[DiplomaticEvent] = []
    index: dict[tuple[object, ...], int] = {}
    for event in events:
        parties = frozenset(a.name for a in (*event.actors, *event.recipients))
        here = number[event.start]
        nearby = [*strong.get(here, ()), *strong.get(here - 1, ())]
        if event.rule in weak and (
            any(parties <= other for other in nearby)
            or any(parties < other for other in weaker.get(here, ()))
        ):
            continue
        key = _key(event)
        position = index.get(key)
        if position is None:
            index[key] = len(kept)
            kept.append(event)
            continue
        first = kept[position]
        if first.date is not None and event.date is not None and first.date != event.date:
            kept.append(event)  # the same parties did it again on another date
            continue
        if first.date is None and event.date is not None:
            kept[position] = first.evolve(
                date=event.date, date_precision=event.date_precision, date_text=event.date_text
            )
    return kept


def _weak_rules() -> frozenset[str]:
    return frozenset(rule.name for rule in load_rules() if rule.weak)
