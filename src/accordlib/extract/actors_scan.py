"""The text scans of the actor recogniser: phrases of the tables, role nouns around countries,
coordinated countries, and capitalised names.

Everything here reads the text at a few anchored places, never word by word in Python: the
capitalised words come from one regular-expression scan, the lower-case role nouns from a
set intersection over the text's words, and the role nouns beside a country from the few
words after (or before) its mention. Each anchored look reads a bounded window, so the cost
is linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from accordlib._util.lazy import lazy_re
from accordlib.countries.model import CountryMention, MentionKind
from accordlib.events.kinds import ActorKind
from accordlib.extract.actors_tables import (
    CASE_CAP,
    CASE_UPPER,
    ActorTables,
    Node,
    Party,
    PartyKind,
    fold,
)

__all__ = [
    "ANY_PARTY",
    "ATTACHABLE",
    "Compound",
    "Hit",
    "NameRun",
    "RoleLink",
    "Source",
    "Token",
    "adjectival_tail",
    "capital_words",
    "chains",
    "compound_after",
    "coordinated",
    "lower_hits",
    "name_runs",
    "next_token",
    "nominal_head",
    "of_role_before",
    "outside_spans",
    "plural_demonym",
    "role_after",
    "surname",
    "walk",
]

#: How many characters a phrase of the tables may span ("Office of the United Nations High
#: Commissioner for Human Rights" is 65).
WINDOW: Final = 160
#: How many modifiers may stand between a country and its role noun ("senior military").
MAX_MODIFIERS: Final = 2
#: How far back the words before a coordination are read ("the foreign ministers of").
LOOK_BACK: Final = 80
#: The longest role noun read backwards before "of", in words ("ministry of foreign affairs").
MAX_OF_ROLE: Final = 4

#: Kinds a scan may find, and the kinds a role look beside a country or organisation takes.
ANY_PARTY: Final = frozenset(PartyKind)
ATTACHABLE: Final = frozenset({PartyKind.ROLE, PartyKind.BODY})


class Source:
    """The text read, and its lower-case copy (same offsets) that keys are sliced from."""

    __slots__ = ("low", "text")

    def __init__(self, text: str) -> None:
        low = text.lower()
        if len(low) != len(text):  # "İ" lowers to two characters: keep such letters as they are
            low = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
        self.text = text
        self.low = low


#: One token: its start, end and key (folded; never a hyphen).
Token = tuple[int, int, str]


class Hit(NamedTuple):
    """A phrase of the tables found in the text, with the party it names."""

    start: int
    end: int
    party: Party


#: A role noun attached to countries: the head's span and the party it names.
RoleLink = Hit


class Compound(NamedTuple):
    """What follows a country mention: a possessive, "-led", or a modifier such as "-backed"."""

    end: int
    link: str  # "'s", "led" or "" (nothing that joins a role noun)
    suppress: bool  # "Iranian-backed", "Caracas-based": the country is no party there


#: The next token past white space and hyphens (hyphens join words; keys drop them).
_NEXT_TOKEN: Final = lazy_re(
    r"[\s\-\u2010\u2011]*((?:[^\W\d_]\.){2,}|[^\W_]+(?:['’](?![s]\b)[^\W_]+)*|['’]s\b"
    r"|[^\w\s\-\u2010\u2011])"
)


def next_token(src: Source, pos: int, limit: int) -> Token | None:
    """The first token at or after ``pos`` (past white space), ending before ``limit``."""
    match = _NEXT_TOKEN.match(src.low, pos, limit)
    if match is None:
        return None
    key = match.group(1)
    if not key.isascii():
        key = fold(key)
    return (match.start(1), match.end(1), key)


def _fits(case: str, after_the: bool, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is printed as a reading requires."""
    if case == CASE_CAP and not text[start].isupper():
        return False
    if case == CASE_UPPER and not text[start:end].isupper():
        return False
    return not after_the or text[max(0, start - 4) : start].lower() == "the "


def walk(tabs: ActorTables, src: Source, first: Token, accept: frozenset[PartyKind]) -> Hit | None:
    """The longest phrase of the tables from the token ``first`` whose reading fits, read
    token by token (only as many tokens as the trie follows)."""
    start, end, key = first
    text = src.text
    limit = min(len(text), start + WINDOW)
    match_next = _NEXT_TOKEN.match
    level: dict[str, Node] = tabs.roots
    best: Hit | None = None
    while True:
        node = level.get(key)
        if node is None:
            break
        for party, case, after_the in node.readings:
            if party.kind in accept and (
                (not case and not after_the) or _fits(case, after_the, text, start, end)
            ):
                best = Hit(start, end, party)
                break
        level = node.kids
        if not level:
            break
        match = match_next(src.low, end, limit)
        if match is None:
            break
        key = match.group(1)
        end = match.end()
        if not key.isascii():
            key = fold(key)
    if best is not None and _region_follows(src, best.end, limit):
        return None  # "the West African nation", "East Asian states": a region, no party
    return best


#: Adjectives of a region that make the name before them part of the region's name.
_REGION_ADJECTIVES: Final = frozenset({"african", "asian", "european", "american", "arab"})


def _region_follows(src: Source, end: int, limit: int) -> bool:
    """Whether the capitalised word after ``end`` is a region's adjective ("West African")."""
    match = _NEXT_TOKEN.match(src.low, end, limit)
    return (
        match is not None
        and match.group(1) in _REGION_ADJECTIVES
        and src.text[match.start(1)].isupper()
    )


# --------------------------------------------------------------------------- the scans

#: A capitalised word that starts a word, or an abbreviation with dots ("U.S."); not after
#: a lower-case prefix ("inter-Korean", "anti-American").
_CAPITAL: Final = lazy_re(
    r"[A-Z\u00c0-\u00de](?<![\w'’][A-Z\u00c0-\u00de])(?<![a-z][-\u2010][A-Z\u00c0-\u00de])"
    r"(?:\.(?:[A-Z]\.)+|[^\W_]*(?:['’](?![sS]\b)[^\W_]+)*)"
)
#: For the lower-case scan, the text is encoded to ASCII (a character outside it becomes
#: one "?", so offsets do not move) and every byte that is not a letter or digit becomes a
#: space: bytes.translate is a table look-up per byte, much faster than str.translate.
_BYTE_SPACES: Final = bytes(byte if chr(byte).isalnum() else ord(" ") for byte in range(256))


def capital_words(text: str) -> list[Token]:
    """Every capitalised word that starts a word, as (start, end, word as printed)."""
    return [(m.start(), m.end(), m.group()) for m in _CAPITAL.finditer(text)]


#: A word after one of these is part of a compound ("anti-government").
_HYPHENS_BEFORE: Final = frozenset("-\u2010\u2011")


def lower_hits(src: Source, tabs: ActorTables) -> list[Hit]:
    """Phrases found by a lower-case word: role nouns that stand alone, "al-Qaeda".

    The words of the text are intersected with those words (one set operation); only the
    words that are there are looked for, as whole words. A role noun is found by its head
    and read backwards ("foreign ministry"), a group forwards from its first word.
    """
    text = src.text
    spaced = b" " + src.low.encode("ascii", "replace").translate(_BYTE_SPACES) + b" "
    present = tabs.lower_bytes.intersection(spaced.split())
    hits: list[Hit] = []
    for raw in present:
        needle = b" " + raw + b" "
        word = raw.decode("ascii")
        size = len(word)
        head = word in tabs.lower_heads
        rooted = word in tabs.roots
        at = spaced.find(needle)
        while at >= 0:
            if text[at].islower() and text[at - 1 : at] not in _HYPHENS_BEFORE:
                # (capitalised words have their own scan; "anti-government" is no party)
                hit = walk(tabs, src, (at, at + size, word), ANY_PARTY) if rooted else None
                if head:
                    hit = _longer(hit, _role_ending(tabs, src, at, at + size))
                if hit is not None and not (hit.party.kind is _PARTY_ROLE and hit.party.attached):
                    hits.append(hit)
            at = spaced.find(needle, at + 1)
    return hits


def _longer(one: Hit | None, other: Hit | None) -> Hit | None:
    if one is None or (other is not None and other.end - other.start > one.end - one.start):
        return other
    return one


#: How many words before a head noun may belong to its role noun ("head of state").
_HEAD_REACH: Final = 3


def _role_ending(tabs: ActorTables, src: Source, start: int, end: int) -> Hit | None:
    """The longest role noun of several words that ends with the word at ``start:end``."""
    low = src.low
    words: list[str] = []
    for part in reversed(low[max(0, start - LOOK_BACK // 2) : start].split()[-_HEAD_REACH:]):
        if not part.isalpha():
            break
        words.insert(0, part)
    head = low[start:end]
    for index in range(len(words)):
        party = tabs.of_roles.get((*words[index:], head))
        if party is not None and not party.attached:
            first = start
            for word in reversed(words[index:]):
                first = low.rfind(word, 0, first)
            return Hit(first, end, party)
    return None


# --------------------------------------------------------------------------- countries and roles

#: What may join two coordinated country mentions: "Israel and Egypt", "France, Germany and
#: the UK", "U.S.-Japanese".
_CONJUNCTION: Final = lazy_re(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*[-/]\s*)(?:the\s+)?", re.IGNORECASE
)
#: The longest gap between two coordinated mentions ("  , and the  ").
_MAX_GAP: Final = 16
#: Mention kinds that can modify a noun ("Israeli troops", "U.S. forces").
_ADJECTIVAL: Final = frozenset({MentionKind.DEMONYM, MentionKind.ALIAS, MentionKind.CODE})

_COMPOUND: Final = lazy_re(
    r"['’][sS]\b|[-\u2010\u2011]\s?(?P<word>[a-z]+)\b|\s+(?P<own>own|owned|run|based)\b"
)
#: "Saudi-led coalition": the country leads the role noun that follows.
_LEADING: Final = frozenset({"led"})
#: "Iranian-backed militias", "Caracas-based bank": the country is not the party.
_NOT_A_PARTY: Final = frozenset(
    {"backed", "supported", "sponsored", "funded", "allied", "aligned", "based", "born",
     "owned", "run", "controlled", "held", "made", "built", "bound", "linked", "occupied",
     "annexed", "administered", "own"}
)  # fmt: skip


def chains(countries: Sequence[CountryMention], text: str) -> list[list[CountryMention]]:
    """Country mentions grouped into coordinations, in text order."""
    groups: list[list[CountryMention]] = []
    for mention in countries:
        if groups:
            last = groups[-1][-1]
            gap = mention.start - last.end
            if 0 < gap <= _MAX_GAP and _CONJUNCTION.fullmatch(text, last.end, mention.start):
                groups[-1].append(mention)
                continue
        groups.append([mention])
    return groups


#: The first characters of what :data:`_COMPOUND` reads, and its words after a space.
_COMPOUND_STARTS: Final = frozenset("'’-\u2010\u2011 ")
_SPACED_COMPOUNDS: Final = (" own", " run", " based")


def compound_after(text: str, end: int) -> Compound | None:
    """A possessive, "-led" or a modifying compound right after a country mention."""
    after = text[end : end + 1]
    if after not in _COMPOUND_STARTS or (
        after == " " and not text.startswith(_SPACED_COMPOUNDS, end)
    ):
        return None
    match = _COMPOUND.match(text, end)
    if match is None:
        return None
    word = match.group("word") or match.group("own")
    if word is None:
        return Compound(match.end(), "'s", suppress=False)
    if word in _LEADING:
        return Compound(match.end(), "led", suppress=False)
    if word in _NOT_A_PARTY:
        return Compound(match.end(), "", suppress=True)
    return None


def role_after(tabs: ActorTables, src: Source, start: int) -> RoleLink | None:
    """The role noun or state body right after a country or organisation, past modifiers.

    "Pakistani government negotiators": the head is the last role noun reached through
    modifiers ("government" is one), so the longest reading ending furthest wins.
    """
    low = src.low
    if not low[start : start + 1].isspace():
        return None  # punctuation (or nothing) between the country and the next word
    # A cheap look first: most words after a country start no role noun ("Iran said").
    rest = low[start : start + 40].split(None, 1)
    word = rest[0].rstrip(_TRAILING) if rest else ""
    if word.isalpha() and word not in tabs.roots and word not in tabs.modifiers:
        return None
    limit = min(len(src.text), start + WINDOW)
    tok = next_token(src, start, limit)
    if tok is None:
        return None
    best: Hit | None = None
    for _ in range(MAX_MODIFIERS + 1):
        if tok[2] in tabs.roots:
            hit = walk(tabs, src, tok, ATTACHABLE)
            if hit is not None and (best is None or hit.end > best.end):
                best = hit
        if tok[2] not in tabs.modifiers:
            break
        tok = next_token(src, tok[1], limit)
        if tok is None:
            break
    return best


def of_role_before(tabs: ActorTables, src: Source, start: int) -> RoleLink | None:
    """A role noun before "of" that a coordination at ``start`` completes.

    "the foreign ministers of France and Germany", "the government of Japan", "officials
    from Peru and Chile".
    """
    low = src.low
    before = low[max(0, start - LOOK_BACK) : start]
    if not before.endswith(("of ", "of the ", " from ", " from the ")):
        return None
    words = before.split()
    if words[-1] == "the":
        words.pop()
    link = " " + words.pop()  # "of"; "from": "officials from Japan and the United States"
    words = words[-MAX_OF_ROLE:]
    for index in range(len(words)):
        party = tabs.of_roles.get(tuple(words[index:]))
        if party is not None:
            first = end = low.rfind(link, 0, start)
            for word in reversed(words[index:]):
                first = low.rfind(word, 0, first)
            if link == " from" and (
                party.actor_kind not in _STATE_SENT or _owned_before(src.text, first)
            ):
                # "travellers from Chile" stay travellers; "Russian citizens from the
                # United States" and "its forces from the border" are owned already.
                return None
            return RoleLink(first, end, party)
    return None


def _owned_before(text: str, start: int) -> bool:
    """Whether the word before ``start`` is capitalised (a demonym or a name) or a
    possessive ("its forces from the border")."""
    before = text[max(0, start - LOOK_BACK) : start].split()
    if not before:
        return False
    # "their peacekeeping force from Chad": a possessive a few modifiers before
    return before[-1][:1].isupper() or not _POSSESSIVES.isdisjoint(before[-_OWNER_REACH:])


_POSSESSIVES: Final = frozenset({"its", "their", "his", "her", "our"})
#: How many words before a role noun a possessive may own it ("their peacekeeping force").
_OWNER_REACH: Final = 3
#: Role nouns a state sends, which "from" places ("officials from Peru and Chile").
_STATE_SENT: Final = frozenset({ActorKind.GOVERNMENT, ActorKind.MILITARY})


#: The shortest plural demonym ("Thais").
_MIN_PLURAL_DEMONYM: Final = 5


_DEMONYM: Final = MentionKind.DEMONYM
_PARTY_ROLE: Final = PartyKind.ROLE


def plural_demonym(mention: CountryMention) -> bool:
    """Whether a demonym is a plural noun ("Palestinians"), not an adjective."""
    word = mention.text
    return (
        mention.kind is _DEMONYM
        and len(word) >= _MIN_PLURAL_DEMONYM
        and word.endswith("s")
        and not word.endswith("ss")
    )


def _adjectival(mention: CountryMention) -> bool:
    return mention.kind in _ADJECTIVAL and not plural_demonym(mention)


def adjectival_tail(chain: Sequence[CountryMention]) -> list[CountryMention]:
    """The members of a coordination that a role noun after it applies to."""
    if not _adjectival(chain[-1]):
        return [chain[-1]]
    tail: list[CountryMention] = []
    for mention in reversed(chain):
        if not _adjectival(mention):
            break
        tail.append(mention)
    tail.reverse()
    return tail


def nominal_head(chain: Sequence[CountryMention]) -> list[CountryMention]:
    """The members of a coordination that "the leaders of ..." before it applies to."""
    head: list[CountryMention] = []
    for mention in chain:
        if mention.kind is MentionKind.DEMONYM:
            break
        head.append(mention)
    return head


# --------------------------------------------------------------------------- names


class NameRun(NamedTuple):
    """Capitalised words that may be a name: their span, words, and the cues around them."""

    start: int
    end: int
    words: tuple[str, ...]
    honorific: bool
    cued: bool
    weak: bool  # a place, or "Analysts": a party only as a surname named in full before


#: The shortest name alone (shorter: an initial).
_MIN_NAME: Final = 2
#: The longest gap between two words of one name ("  von der  ").
_MAX_NAME_GAP: Final = 12
#: Characters that end a sentence (or open a quotation, or end a dateline) before a
#: capitalised word.
_SENTENCE_MARKS: Final = frozenset('.!?:;"“”\n-\u2013\u2014')
#: Punctuation after a word, stripped before the word is read as a cue.
_TRAILING: Final = ".,;:!?\"'”’)"


def _gap_joins(tabs: ActorTables, text: str, end: int, start: int) -> bool:
    """Whether the text between two capitalised words keeps them in one name: a space (a
    line break in wrapped copy), a hyphen, or particles ("de", "bin", "al-")."""
    gap = text[end:start]
    if gap in (" ", "-"):
        return True
    if not gap or len(gap) > _MAX_NAME_GAP:
        return False
    if gap.isspace():
        return gap.count("\n") <= 1
    words = gap.replace("-", " ").split()
    return len(words) <= MAX_MODIFIERS and all(word in tabs.particles for word in words)


#: A time between a name and its verb: "Veloria on Thursday signed", "Veloria recently
#: agreed".
_WHEN_AFTER: Final = lazy_re(
    r"\s+(?:(?:on|last|this|early|late)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|week|month|year)|yesterday|today|recently)\b",
    re.IGNORECASE,
)


def _has_cue(tabs: ActorTables, text: str, start: int, end: int) -> bool:
    """A possessive or a cue word after the name (past a time: "Veloria on Thursday
    signed"), or a cue word before it."""
    after = text[end : end + 24]
    if after[:1] in ("'", "’") and after[1:2] in ("s", "S") and not after[2:3].isalpha():
        return True
    cues = tabs.cue_after
    if after[:1] == ",":  # "Erdogan, said ..." but not "in Istanbul, noting": reporting only
        after = after[1:]
        cues = tabs.cue_said
    if after[:1].isspace():
        parts = after.split(None, 1)
        if parts and parts[0].rstrip(_TRAILING) in cues:
            return True
        when = _WHEN_AFTER.match(text, end) if _opens_clause(text, start) else None
        if when is not None:  # "Veloria on Thursday signed ...": a verb past the time
            parts = text[when.end() : when.end() + 24].split(None, 1)
            return bool(parts) and parts[0].rstrip(_TRAILING) in tabs.cue_verbs
    before = text[max(0, start - 24) : start]
    if before[-1:].isspace():
        parts = before.split()
        return bool(parts) and parts[-1] in tabs.cue_before
    return False


#: Words after which a name opens a clause: "the Veloria ...", "and Veloria ...".
_CLAUSE_OPENERS: Final = frozenset({"the", "and", "but", "while", "as"})


def _opens_clause(text: str, start: int) -> bool:
    """Whether a name at ``start`` opens a sentence or a clause (not "the town of X on
    Sunday", nor the second half of a longer name)."""
    before = text[max(0, start - 12) : start]
    words = before.split()
    if not words or before.rstrip()[-1:] in _SENTENCE_MARKS or before.rstrip().endswith(","):
        return True
    return words[-1].lower() in _CLAUSE_OPENERS


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" ")
    return not before or before[-1] in _SENTENCE_MARKS


def name_runs(
    tabs: ActorTables, text: str, words: Sequence[tuple[int, int, str]]
) -> list[NameRun]:
    """Runs of capitalised words outside the tables' phrases that may name someone."""
    groups: list[tuple[list[tuple[int, int, str]], bool]] = []
    current: list[tuple[int, int, str]] = []
    honorific = False  # the run being read follows "Mr", "Dr", "Sheikh"
    honorifics, not_name = tabs.honorifics, tabs.not_name
    for start, end, word in words:
        key = word.rstrip(".").lower()
        if not key.isascii():
            key = fold(key)
        key = key.split("'", 1)[0]  # "We're", "Don't"
        # A break, capitals (acronyms and headlines hold no names), an honorific, or a word
        # that is never a name ends the run.
        if not word or (len(word) > 1 and word.isupper()) or key in honorifics or key in not_name:
            if current:
                groups.append((current, honorific))
                current = []
            honorific = bool(word) and key in honorifics
            continue
        if current and not _gap_joins(tabs, text, current[-1][1], start):
            groups.append((current, honorific))
            current = []
            honorific = False
        current.append((start, end, word))
    if current:
        groups.append((current, honorific))
    runs = [_make_run(tabs, text, group, honorific=after) for group, after in groups]
    return [run for run in runs if run is not None]


_LOWER_TAIL: Final = lazy_re(r"[-\u2010][a-z]+\b(?![-\u2010])")


def _make_run(
    tabs: ActorTables, text: str, words: Sequence[tuple[int, int, str]], *, honorific: bool
) -> NameRun | None:
    start, end = words[0][0], words[-1][1]
    names = tuple(word for _, _, word in words)
    tail = _LOWER_TAIL.match(text, end)  # "Park Geun-hye": a lower-case part after a hyphen
    if tail is not None:
        end = tail.end()
        names = (*names[:-1], names[-1] + tail.group())
    folded = fold(names[0]) if len(names) == 1 else " ".join(fold(word) for word in names)
    # A region or city ("Middle East", "Istanbul") and a plural at a sentence's start
    # ("Analysts said") are parties only as a surname the text named in full before.
    weak = folded in tabs.regions or folded in tabs.places
    if len(names) == 1 and not honorific:
        word = names[0]
        if len(word) < _MIN_NAME:  # an initial
            return None
        weak = weak or (word.endswith("s") and _sentence_start(text, start))
    cued = not weak and (honorific or _has_cue(tabs, text, start, end))
    return NameRun(start, end, names, honorific, cued, weak)


# --------------------------------------------------------------------------- names in a text


#: Words after a surname: regnal numbers and suffixes ("King Abdullah II", "Ed Royce Jr.").
_AFTER_SURNAME: Final = frozenset({"i", "ii", "iii", "iv", "v", "vi", "jr", "sr"})


def surname(name: str) -> str:
    """The key a name is known by later in the text: its last word, folded."""
    words = [fold(word.rstrip(".,")) for word in name.split()]
    while len(words) > 1 and words[-1] in _AFTER_SURNAME:
        words.pop()
    return words[-1] if words else ""


def outside_spans(
    words: Sequence[tuple[int, int, str]], spans: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The capitalised words outside ``spans``; a word inside one becomes a break ("")."""
    spans.sort()
    kept: list[tuple[int, int, str]] = []
    index = 0
    for start, end, word in words:
        while index < len(spans) and spans[index][1] <= start:
            index += 1
        if index < len(spans) and spans[index][0] < end:
            if kept and kept[-1][2]:
                kept.append((start, end, ""))
            continue
        kept.append((start, end, word))
    return kept


#: What joins two names in one coordination ("Putin and Trump", "Biden, Macron").
_NAME_AND: Final = frozenset({" and ", ", ", " & ", ", and "})


def coordinated(text: str, runs: Sequence[NameRun]) -> list[bool]:
    """Which runs are parties: cued, or coordinated with a cued one."""
    accepted = [run.cued for run in runs]
    for _ in range(2):  # forwards, then backwards
        for index in range(len(runs) - 1):
            left, right = runs[index], runs[index + 1]
            if text[left.end : right.start] in _NAME_AND and (
                accepted[index] or accepted[index + 1]
            ):
                accepted[index] = not left.weak
                accepted[index + 1] = not right.weak
    return accepted
