"""The sender of aid that travels on its own: "Ruritania's first shipment of aid arrived
in ...", "a Ruritanian air force plane carrying relief supplies landed in ...".

There the grammatical subject is the cargo or its carrier, not a party, so the subject walk
finds none; the party that sent it is named inside that noun phrase — its owner ("X's
shipment"), a demonym or a named body before the carrier ("a Ruritanian plane", "an Air
Force plane of X"), or the party after "from" ("a package from the government of X").
A party after "for" or "to" inside the phrase is the beneficiary, never the sender.
"""

from __future__ import annotations

from typing import Final

from accordlib._util.lazy import Lazy
from accordlib.extract.lexicon_tables import LEXICON
from accordlib.extract.model import Group, Trigger
from accordlib.extract.view import SentenceView

__all__ = ["cargo_sender"]

#: Kinds whose verb may have cargo for its subject.
_CARGO_KINDS: Final = frozenset({"PROVIDE_AID"})
#: Marks that end the subject's noun phrase when walking back from the verb.
_PHRASE_STOPS: Final = frozenset({",", ";", ":", ".", "--", "\u2014", "\u2013", '"', "\u201d"})
#: Words before a party that make it the beneficiary ("aid for the people of X").
_BENEFICIARY: Final = frozenset({"for", "to", "toward", "towards"})
#: How many words the cargo phrase may hold before the verb.
_PHRASE_REACH: Final = 16


def _cargo_words() -> frozenset[str]:
    """The head words of the aid the lexicon knows (its ``&aid`` word set: "aid",
    "supplies", "relief", "package"): a subject phrase holding one is cargo."""
    phrases = LEXICON.get().synsets.get("&aid", {}).values()
    return frozenset(phrase[-1] for options in phrases for phrase in options)


_CARGO_WORDS: Final = Lazy(_cargo_words)


def cargo_sender(view: SentenceView, match: Trigger, lower: int) -> Group | None:
    """The party that sent the cargo whose noun phrase is the subject of ``match`` (a verb
    of arriving or carrying aid), or ``None``."""
    if match.kind not in _CARGO_KINDS or match.nominal:
        return None
    lows = view.lows
    start = match.start
    while start > max(lower, match.start - _PHRASE_REACH) and lows[start - 1] not in _PHRASE_STOPS:
        start -= 1
    if _CARGO_WORDS.get().isdisjoint(lows[start : match.start]):
        return None  # no aid in the phrase: not cargo ("demanded from Canada to ensure")
    candidates = [
        group
        for group in view.groups
        if start <= group.start
        and group.end <= match.start
        and group.actors
        and not (group.start > 0 and lows[group.start - 1] in _BENEFICIARY)
    ]
    sender = next(
        (group for group in candidates if group.start > 0 and lows[group.start - 1] == "from"),
        None,
    )
    return sender or (candidates[0] if candidates else None)
