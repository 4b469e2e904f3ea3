"""Agreements: how a sentence names one, and which one an event is about.

Named agreements ("the Abraham Accords") come from ``data/agreements.tsv`` with their
year; generic ones ("a reciprocal access agreement on defence") are named as printed;
"the accords" and "the agreement" refer back to the story's last named agreement.
"""

from __future__ import annotations

from accordlib.extract.anaphora import StoryContext
from accordlib.extract.model import Entity, Trigger
from accordlib.extract.phrases import AgreementEntry
from accordlib.extract.view import SentenceView
from accordlib.extract.words import WORDS
from accordlib.text.tokens import Tokens

__all__ = ["AgreementRef", "agreement_end", "event_agreement", "generic_agreement_name"]

#: A generic agreement's name keeps up to this many tokens before its complement
#: ("a reciprocal defence access agreement").
_MAX_NAME_TOKENS = 6
#: ... and a following "on X" / "for X" complement of up to this many words.
_MAX_COMPLEMENT = 4
#: An agreement is the object of a trigger when it starts within this many tokens after it.
_OBJECT_REACH = 6
#: An agreement is the topic of a trigger when it starts within this many tokens of it.
_TOPIC_REACH = 12


class AgreementRef:
    """The agreement an event is about: its name, its year, and whether the sentence
    named it before the trigger."""

    __slots__ = ("before", "name", "year")

    def __init__(self, name: str | None, year: int | None, *, before: bool) -> None:
        self.name = name
        self.year = year
        self.before = before


def generic_agreement_name(tokens: Tokens, start: int, end: int, entry: AgreementEntry) -> str:
    """Name a generic agreement as printed: "trade agreement", "agreement on visa facilitation"."""
    lows = tokens.lows
    if entry.name != "agreement":
        return entry.name
    words = WORDS.get()
    # Keep up to three lower-case modifiers before it: "a reciprocal access agreement".
    while (
        start > 0
        and end - start < _MAX_NAME_TOKENS
        and tokens[start - 1].text.isalpha()
        and tokens[start - 1].text.islower()
        and lows[start - 1] not in words.not_modifiers
    ):
        start -= 1
    name = [tok.text for tok in tokens[start:end]]
    # Keep a following "on X" / "for X" complement of up to four words.
    if end < len(tokens) and lows[end] in ("on", "for") and end + 1 < len(tokens):
        complement: list[str] = []
        for tok in tokens[end + 1 : end + 1 + _MAX_COMPLEMENT]:
            if not tok.text[:1].isalnum() or tok.low in words.complement_stop:
                break
            complement.append(tok.text)
        if complement:
            name += [tokens[end].text, *complement]
    return " ".join(name)


def agreement_end(agreements: list[Entity], position: int, upper: int) -> int:
    """Where the agreement that a trigger at ``position`` governs ends (``position`` when
    none starts soon after it): its recipient is looked for after it."""
    for ent in agreements:
        if position <= ent.start < min(upper, position + _OBJECT_REACH):
            return ent.end
    return position


def event_agreement(
    view: SentenceView, match: Trigger, lower: int, upper: int, ctx: StoryContext
) -> AgreementRef | None:
    """The agreement of an event, or ``None`` when its rule requires one and there is
    none (no event then). A generic agreement is kept only for rules about agreements
    ("if a deal is reached" is a condition, not the event's agreement)."""
    found = _agreement_for(view, match, lower, upper, ctx)
    if found.name is None and match.ceremony and ctx.last_agreement is not None:
        found.name, found.year = ctx.last_agreement  # "a signing ceremony" of the story's accord
    if match.requires == "agreement":
        return found if found.name is not None else None
    if found.year is None:
        found.name = None
    return found


def _agreement_for(
    view: SentenceView, match: Trigger, lower: int, upper: int, ctx: StoryContext
) -> AgreementRef:
    """The agreement named after the trigger, else before it in its clause."""
    for ent in view.agreements:
        if match.start <= ent.start < min(upper, match.end + _TOPIC_REACH):
            return _named(ent, ctx, view.tokens, before=False)
    for ent in view.agreements:
        if lower <= ent.start < match.start:
            return _named(ent, ctx, view.tokens, before=True)
    return AgreementRef(None, None, before=False)


def _named(ent: Entity, ctx: StoryContext, tokens: Tokens, *, before: bool) -> AgreementRef:
    """A generic "the agreement"/"the accords" refers back to the story's named agreement."""
    lows = tokens.lows
    if ent.agreement_year is None and ctx.last_agreement is not None:
        previous = lows[ent.start - 1] if ent.start else ""
        if previous in ("the", "this", "that") and ent.agreement in WORDS.get().generic_agreements:
            name, year = ctx.last_agreement
            return AgreementRef(name, year, before=before)
    return AgreementRef(ent.agreement, ent.agreement_year, before=before)
