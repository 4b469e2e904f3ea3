"""Government bodies named by their portfolio rather than by a table row: "the Ministry of
Water Resources of China", "Kazakhstan's Ministry of Labour and Social Protection", "China's
Ministry of Commerce", "India's National Disaster Relief Force".

The recogniser (:mod:`~accordlib.extract.actors`) finds the head ("Ministry", "China's
Ministry", "Force") and, without this pass, reads the capitalised portfolio after "of" as
names of their own ("Commerce" as a person). :func:`portfolio_bodies` joins the head with
its portfolio and gives the body its state: the country printed before it with only
capitalised words between ("India's National Disaster Relief Force"), else the one closing
its "of" phrase ("... of China", "... of the United Arab Emirates").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from accordlib._util.lazy import lazy_regex
from accordlib._util.trusted import trusted
from accordlib.countries.model import Country
from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor
from accordlib.extract.actors_model import ActorMention, ActorSource

__all__ = ["portfolio_bodies"]

_new_actor: Final = trusted(Actor)

#: Head nouns of a state body that may take a portfolio ("Ministry of Commerce").
_HEADS: Final = frozenset(
    {"ministry", "department", "bureau", "agency", "directorate", "secretariat", "force",
     "forces", "service", "office", "authority"}
)  # fmt: skip
#: Kinds of head mention a portfolio may complete.
_BODY_KINDS: Final = frozenset({ActorKind.GOVERNMENT, ActorKind.MILITARY})
#: " of (the) Water Resources and Irrigation": a run of capitalised words joined by
#: blanks, "and", "&", "for" and "of (the)" after the head.
_PORTFOLIO = lazy_regex(
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:(?:\s+|\s+and\s+|\s+&\s+|\s+for\s+|\s+of\s+(?:the\s+)?)[A-Z][\w'’-]*)*"
)
#: What may stand between a country and a body of its own: a possessive and capitalised
#: words ("India's National Disaster Relief"; not "Soviet NKVD security forces", whose
#: demonym the role noun's own reading places).
_OWNER_GAP = lazy_regex(r"['’]s(?:\s+[A-Z][\w-]*)*\s+")
#: The "of (the)" that a state closing a portfolio follows ("... Cooperation of the").
_OF_BEFORE = lazy_regex(r"\bof\s+(?:the\s+)?$")


def portfolio_bodies(text: str, found: Sequence[ActorMention]) -> list[ActorMention]:
    """``found`` (sorted by start) with every body head joined to its portfolio and its
    owner, and the mentions inside the joined span dropped."""
    if not found:
        return list(found)
    out: list[ActorMention] = []
    skip_until = -1
    for index, mention in enumerate(found):
        if mention.start < skip_until:
            continue
        joined = _join(text, found, index, out[-1] if out else None)
        if joined is None:
            out.append(mention)
            continue
        merged, owner_used = joined
        if owner_used:
            out.pop()
        out.append(merged)
        skip_until = merged.end
    return out


def _join(
    text: str, found: Sequence[ActorMention], index: int, previous: ActorMention | None
) -> tuple[ActorMention, bool] | None:
    """The body mention that ``found[index]`` heads, and whether it took ``previous`` as
    its owner; ``None`` when it heads no portfolio body."""
    mention = found[index]
    words = mention.text.split()
    if mention.actor.kind not in _BODY_KINDS or words[-1].lower() not in _HEADS:
        return None
    country = mention.actor.country
    start = mention.start
    owner_used = False
    if country is None and previous is not None and _owns(text, previous, mention):
        country, start, owner_used = previous.actor.country, previous.start, True
    end = mention.end
    tail = _PORTFOLIO.match(text, end)
    if tail is not None:
        end = tail.end()
        country = country or _closing_state(text, found, index, end)
    if end == mention.end and not owner_used:
        return None
    name = text[start:end]
    kind = mention.actor.kind
    actor = _new_actor(kind, name, country, None, None)
    agent = mention.agent or ("MIL" if kind is ActorKind.MILITARY else "GOV")
    merged = attrs.evolve(
        mention,
        start=start,
        end=end,
        text=name,
        actor=actor,
        code=country.alpha3 + agent if country is not None else mention.code,
        party=country.alpha3 if country is not None else mention.party,
        generic=country is None,
        source=ActorSource.BODY,
        head_start=mention.start,
        head_end=mention.end,
        phrase_start=start,
        phrase_end=end,
    )
    return merged, owner_used


def _owns(text: str, owner: ActorMention, body: ActorMention) -> bool:
    """Whether ``owner`` is a state printed right before ``body`` with only a possessive
    and capitalised words between ("India's National Disaster Relief Force")."""
    if owner.actor.kind is not ActorKind.STATE or owner.actor.country is None:
        return False
    gap = _OWNER_GAP.fullmatch(text, owner.end, body.start)
    return gap is not None


def _closing_state(
    text: str, found: Sequence[ActorMention], index: int, tail_end: int
) -> Country | None:
    """The state that closes a portfolio running to ``tail_end`` ("of China"), if any; a
    state inside it ("Ministry of Foreign Affairs and International Cooperation of the
    United Arab Emirates") closes it only after "of" and only at its end."""
    head_end = found[index].end
    for later in found[index + 1 :]:
        if later.start >= tail_end:
            break
        if later.actor.kind is ActorKind.STATE and later.actor.country is not None:
            before = text[head_end : later.start]
            if _OF_BEFORE.search(before) and later.end == tail_end:
                return later.actor.country
    return None
