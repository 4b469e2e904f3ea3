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
from accordlib.extract.words import WORDS

__all__ = ["aid_carriers", "cargo_sender"]

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
    phrase = lows[start : match.start]
    if _CARGO_WORDS.get().isdisjoint(phrase) and WORDS.get().carrier_nouns.isdisjoint(phrase):
        return None  # no aid nor carrier in the phrase ("demanded from Canada to ensure")
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


#: How many words after the verb may hold the aid a carrier brings ("arrived at the
#: airport this morning carrying humanitarian aid").
_LOAD_REACH: Final = 20
#: Marks that end the words a carrier's load is looked for in.
_LOAD_STOPS: Final = frozenset({".", ";", ":", "\u2014"})


def aid_carriers(found: list[Trigger], words: list[str]) -> list[Trigger]:
    """ "Four aircraft from Ruritania arrived at the airport carrying relief supplies", "a
    shipment of aid from X arrived in Y": a carrier or a load that arrives with aid is no
    visit but the aid given (PROVIDE_AID, its sender in the carrier's phrase, its recipient
    where it arrived). A plane that arrives with no aid named stays what it was."""
    vocab = WORDS.get()
    aid = _CARGO_WORDS.get()
    read = {trigger.head for trigger in found if trigger.kind == "PROVIDE_AID"}
    for trigger in found:
        if (
            trigger.kind != "VISIT"
            or trigger.nominal
            or trigger.head in read  # the lexicon read the arrival as aid already
            or words[trigger.head] not in vocab.arrival_verbs
        ):
            continue
        start = trigger.start
        while (
            start > max(0, trigger.start - _PHRASE_REACH) and words[start - 1] not in _PHRASE_STOPS
        ):
            start -= 1
        phrase = words[start : trigger.start]
        if vocab.carrier_nouns.isdisjoint(phrase) and aid.isdisjoint(phrase):
            continue
        after = []
        for word in words[trigger.end : trigger.end + _LOAD_REACH]:
            if word in _LOAD_STOPS:
                break
            after.append(word)
        if aid.isdisjoint(phrase) and aid.isdisjoint(after):
            continue
        trigger.kind = "PROVIDE_AID"
        trigger.recipients = trigger.recipients | {"in", "to", "at"}
        trigger.requires = "-"  # aid is given even where its landing place is no party
    return found
