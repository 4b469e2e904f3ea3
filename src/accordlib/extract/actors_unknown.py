"""Names the gazetteers do not know, read as states by the organ beside them.

A capitalised name that no table resolves is a state when a noun that only a state has
(``organ`` rows of ``data/actor_cues.tsv``: government, troops, foreign minister, embassy)
stands beside it:

* after it: "the Veloria government", "Veloria soldiers", "Veloria's foreign minister";
* before it, with "of", "from" or "in": "soldiers from Veloria", "the ambassadors of
  Veloria, Tarsis and Ombra" (each name of the coordination), "lawmakers in Veloria"
  ("in" not for armed forces: "troops in Veloria" are stationed there, not Veloria's).

:func:`organ_units` returns those units; the recogniser
(:func:`~accordlib.extract.actors.find_actors`) makes each a party of the organ's kind
without a country (its ``party`` key is the name's), and the bare name elsewhere in the
same text a state without a country. Guards: a single capitalised word at a sentence's
start needs a possessive ("Border police" is no state), words such as "Republican",
"Federal" or "Riot" (``not_state`` rows) and adjectival endings ("-ian", "-ese") are not
names of states, and places and regions stay places.

Cost: one bounded look after each name run and before each coordination: linear.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

from accordlib._util.lazy import lazy_re
from accordlib.extract.actors_scan import NameRun, RoleLink, Source, role_after
from accordlib.extract.actors_tables import ActorTables, PartyKind, fold

__all__ = [
    "OrganUnit",
    "UnknownStates",
    "located",
    "organ_members",
    "organ_units",
    "state_key",
]


class OrganUnit(NamedTuple):
    """A state organ and the unknown names it belongs to (indexes into the runs)."""

    members: tuple[int, ...]
    link: RoleLink
    post: bool  # the organ before the names: "soldiers from Veloria"


#: What joins two names of one coordination ("Veloria, Tarsis and Ombra").
_NAME_AND: Final = frozenset({" and ", ", ", ", and "})
#: Endings of adjectives and demonyms, not of names of states ("Eriadorian", "Republican",
#: "Latin American", "European").
_ADJECTIVAL: Final = ("ian", "can", "ean", "ese", "ish", "ic", "ist", "ans")
#: Articles: a capitalised word before a name that does not make it part of a longer one.
_ARTICLES: Final = frozenset({"The", "A", "An"})
#: How far back the organ before a name is read ("the border guards from ").
_LOOK_BACK: Final = 48
#: The organ before a name, its connector and an optional article, at the window's end.
_ORGAN_BEFORE: Final = lazy_re(
    r"(?:^|\s)((?:[a-z]+\s+){0,2}?[a-z]+)\s+(of|from|in)\s+(?:the\s+)?$"
)
#: The CAMEO agent code of armed forces: "troops in X" are stationed in X.
_MILITARY: Final = "MIL"
#: Characters that end a sentence before its first word.
_SENTENCE_MARKS: Final = frozenset('.!?:;"“”\n')


def state_key(run: NameRun) -> str:
    """The folded name of a run, the key its bare mentions share."""
    return " ".join(fold(word) for word in run.words)


def _may_be_state(tabs: ActorTables, run: NameRun) -> bool:
    if run.weak or run.honorific:
        return False
    words = [fold(word) for word in run.words]
    if any(word in tabs.not_state or word in tabs.not_name for word in words):
        return False
    return not words[-1].endswith(_ADJECTIVAL)


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" ")
    return not before or before[-1] in _SENTENCE_MARKS


def _is_organ(tabs: ActorTables, src: Source, link: RoleLink) -> bool:
    return (
        link.party.kind is PartyKind.ROLE
        and " ".join(src.low[link.start : link.end].split()) in tabs.organs
    )


def _organ_before(tabs: ActorTables, src: Source, start: int) -> RoleLink | None:
    """ "soldiers from ", "the ambassadors of ", "lawmakers in " right before ``start``."""
    window_start = max(0, start - _LOOK_BACK)
    match = _ORGAN_BEFORE.search(src.low, window_start, start)
    if match is None:
        return None
    words = match.group(1).split()
    for first in range(len(words)):
        phrase = " ".join(words[first:])
        if phrase not in tabs.organs:
            continue
        party = tabs.of_roles.get(tuple(words[first:]))
        if party is None or party.kind is not PartyKind.ROLE:
            return None
        head_end = match.end(1)
        head_start = head_end - len(phrase)
        if not _owned_by_the_name(src.low, head_start, match.group(2)):
            return None
        if _capitalised_before(src.text, head_start) or (
            src.text[head_start].isupper() and not _opens_sentence(src.text, head_start)
        ):
            return None  # "Tarsian police in Veloria"; "the Army of the Rhine", a name
        if match.group(2) == "in" and party.code.startswith(_MILITARY):
            return None  # "troops in Veloria": stationed there
        return RoleLink(head_start, head_end, party)
    return None


#: Words before an organ that make it another party's: "recalled its ambassador from
#: Veloria" (its own envoy, posted there), "withdrew troops from Veloria".
_OWNERS: Final = frozenset({"its", "their", "his", "her", "our", "my", "own"})
_AWAY: Final = frozenset(
    {
        "recall", "recalls", "recalled", "recalling", "withdraw", "withdraws", "withdrew",
        "withdrawn", "withdrawing", "pull", "pulls", "pulled", "pulling", "evacuate",
        "evacuates", "evacuated", "evacuating", "remove", "removes", "removed", "removing",
        "bring", "brings", "brought", "bringing", "call", "calls", "called", "calling",
    }
)  # fmt: skip
#: How many words before the organ are read for those.
_OWNER_REACH: Final = 3


def _owned_by_the_name(low: str, head_start: int, connector: str) -> bool:
    """Whether the organ before "of/from/in X" is X's (not "its ambassador from X")."""
    words = low[max(0, head_start - 40) : head_start].split()[-_OWNER_REACH:]
    if words and words[-1] in _OWNERS:
        return False
    return connector != "from" or _AWAY.isdisjoint(words)


def _capitalised_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is capitalised, not an article (a state
    before an organ, or the first part of a longer name: "Latin American governments")."""
    words = text[max(0, start - 32) : start].split()
    return bool(words) and words[-1][:1].isupper() and words[-1] not in _ARTICLES


def _chains(text: str, runs: Sequence[NameRun]) -> list[list[int]]:
    """Runs joined into coordinations ("Veloria, Tarsis and Ombra"), in text order."""
    chains: list[list[int]] = []
    for index, run in enumerate(runs):
        if chains and text[runs[chains[-1][-1]].end : run.start] in _NAME_AND:
            chains[-1].append(index)
        else:
            chains.append([index])
    return chains


def organ_units(tabs: ActorTables, src: Source, runs: Sequence[NameRun]) -> list[OrganUnit]:
    """Every unknown name the organ beside it makes a state's (see the module)."""
    text = src.text
    # Names the text also prints inside a sentence: a proper name at a sentence's start too.
    inner = {state_key(run) for run in runs if not _opens_sentence(text, run.start)}
    units: list[OrganUnit] = []
    for chain in _chains(text, runs):
        if not all(_may_be_state(tabs, runs[index]) for index in chain):
            continue
        if _capitalised_before(text, runs[chain[0]].start):
            continue  # the second half of a longer name: "Latin American governments"
        link = _organ_before(tabs, src, runs[chain[0]].start)
        if link is not None:
            units.append(OrganUnit(tuple(chain), link, post=True))
            continue
        run = runs[chain[-1]]
        end = run.end
        if text[end : end + 2] in ("'s", "’s"):
            end += 2
        elif (
            len(run.words) == 1
            and _opens_sentence(text, run.start)
            and state_key(run) not in inner
        ):
            continue  # "Border police", "Federal troops": an ordinary word, capitalised
        link = role_after(tabs, src, end)
        if link is not None and _is_organ(tabs, src, link):
            units.append(OrganUnit((chain[-1],), link, post=False))
    return units


#: Words before a place: "talks in Veloria", "crossed into Veloria", "visited Veloria".
_PLACE_BEFORE: Final = frozenset({"in", "into", "across", "inside", "visited", "visiting"})


def located(text: str, runs: Sequence[NameRun]) -> set[str]:
    """The names the text uses as places ("in Veloria", "crossed into Veloria"): a party
    of that name elsewhere in the text is a state, not a person."""
    keys: set[str] = set()
    for run in runs:
        if run.weak or text[run.end : run.end + 2] in ("'s", "’s"):
            continue
        before = text[max(0, run.start - 12) : run.start]
        if before[-1:] == " " and before.split()[-1:] and before.split()[-1] in _PLACE_BEFORE:
            keys.add(state_key(run))
    return keys


class UnknownStates:
    """The unknown states of one text: the organ units by the index of each member run,
    and the names used as states (by an organ) or as places."""

    __slots__ = ("places", "states", "tabs", "units")

    def __init__(
        self, tabs: ActorTables, src: Source, runs: Sequence[NameRun], known: Callable[[str], bool]
    ) -> None:
        self.tabs = tabs
        units = [  # "the Modi government" is India's: a known leader is no state
            unit
            for unit in organ_units(tabs, src, runs)
            if not any(known(" ".join(runs[index].words)) for index in unit.members)
        ]
        self.units = {index: unit for unit in units for index in unit.members}
        self.states = {state_key(runs[index]) for index in self.units}
        self.places = located(src.text, runs)

    def is_state(self, run: NameRun, cued: bool) -> bool:
        """Whether a name alone is a state: named as one by an organ elsewhere in the text,
        or (with a cue) used as a place, or ending as a state's name ("the Hermit Kingdom")."""
        if run.weak:
            return False
        key = state_key(run)
        if key in self.states:
            return True
        return cued and (
            key in self.places
            or (len(run.words) > 1 and fold(run.words[-1]) in self.tabs.state_heads)
        )


def organ_members(
    unit: OrganUnit, runs: Sequence[NameRun], phrase: str, head: str
) -> list[tuple[NameRun, str]]:
    """Each member of an organ unit with the name of its organ: the phrase as printed for
    one ("the Veloria government"), else "ambassadors of Veloria" / "Veloria soldiers"."""
    members = [runs[index] for index in unit.members]
    if len(members) == 1:
        return [(members[0], phrase)]
    named = []
    for member in members:
        state = " ".join(member.words)
        named.append((member, f"{head} of {state}" if unit.post else f"{state} {head}"))
    return named
