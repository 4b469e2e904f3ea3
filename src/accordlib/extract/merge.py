"""One event per happening: repeated reports of an event merge, weak events give way.

A story reports an event several times (the lead, a quotation, a recap); the first
report wins and a later one may add its date. Reports are one event when their kind,
their parties' states ("the Iraqi Third Army Corps" and "Iraq"), their agreement and
their class of factuality agree, unless one sentence names other parties of the same
states for each; an agreement left unnamed ("The deal was signed in Ankara") is the one
the story named for the same act and parties. A weak event ("discussed") gives way to a stronger event of the same or
the previous sentence that has its parties (not to a visit, whose talks are an act of
their own); a weak intention with its own complement ("pledged to support the plan", "promised that the
system will be kept") only to the act of its own sentence (:data:`WEAK_LOCAL`): "China
had promised that ..." after "China and Portugal initialled a declaration" is a promise
of its own, while a bare "We agreed," after it recalls the act.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from accordlib.events.kinds import EventKind, Factuality
from accordlib.events.model import DiplomaticEvent
from accordlib.extract.counterpart import party_key
from accordlib.extract.model import DIRECTED_KINDS

__all__ = ["WEAK_LOCAL", "WEAK_NEARBY", "merge_events"]

#: How far a weak event gives way (``weak[i]`` of :func:`merge_events`; 0: it is strong):
#: to a stronger event of its own sentence only, or of its own or the previous sentence.
WEAK_LOCAL: Final = 1
WEAK_NEARBY: Final = 2

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

_Parties = frozenset[str]

#: Acts that are the occasion of others: a visit's talks are coded too, so a weak
#: "discussed" does not give way to a visit.
_OCCASIONS: Final = frozenset({EventKind.VISIT})


def _parties(event: DiplomaticEvent) -> _Parties:
    return frozenset(a.name for a in (*event.actors, *event.recipients))


def _key(event: DiplomaticEvent) -> tuple[object, ...]:
    """What makes two reports one event: the kind, the parties by their state ("the Iraqi
    Third Army Corps" and "Iraq" are one side), the agreement and the class of factuality."""
    parties: object = frozenset(party_key(a) for a in (*event.actors, *event.recipients))
    if event.kind in DIRECTED_KINDS:  # who praised whom matters; who met whom does not
        parties = (
            frozenset(party_key(a) for a in event.actors),
            frozenset(party_key(a) for a in event.recipients),
        )
    return (event.kind, parties, event.agreement, _CLASS[event.factuality])


def merge_events(
    events: Sequence[DiplomaticEvent],
    weak: Sequence[int],
    sentences: Sequence[int] | None = None,
) -> list[DiplomaticEvent]:
    """Drop repeated reports of one event (the first report wins, later ones add a date),
    and weak events (a "discussed"; ``weak[i]`` says whether ``events[i]`` is and how far it
    gives way: 0, :data:`WEAK_LOCAL` or :data:`WEAK_NEARBY`) whose parties a stronger
    event of the same (or the previous) sentence already has.
    ``sentences[i]`` is the number of the story sentence of ``events[i]``; without it the
    sentences that have events are numbered in order."""
    if sentences is None:
        number = {start: n for n, start in enumerate(sorted({e.start for e in events}))}
        sentences = [number[event.start] for event in events]
    parties = [_parties(event) for event in events]
    strong, weaker = _tables(events, weak, sentences, parties)
    kept: list[DiplomaticEvent] = []
    told: list[tuple[int, _Parties]] = []  # the sentence and the parties' names of each kept
    index: dict[tuple[object, ...], int] = {}
    named_agreement: dict[tuple[object, ...], int] = {}  # by the key without its agreement
    for event, named, feeble, sentence in zip(events, parties, weak, sentences, strict=True):
        if feeble and _outweighed(named, sentence, strong, weaker, feeble - WEAK_LOCAL):
            continue
        key = _key(event)
        position = index.get(key)
        if position is None and event.agreement is None:
            # "The deal was signed in Ankara": an agreement left unnamed is the one the
            # story named for the same act and parties
            position = named_agreement.get(_unnamed(key))
        if position is None:
            if event.agreement is not None:
                named_agreement.setdefault(_unnamed(key), len(kept))
            index[key] = len(kept)
            kept.append(event)
            told.append((sentence, named))
            continue
        first = kept[position]
        if told[position][0] == sentence and told[position][1] != named:
            kept.append(event)  # two acts of one sentence by other parties of the same states
            told.append((sentence, named))
        elif first.date is not None and event.date is not None and first.date != event.date:
            kept.append(event)  # the same parties did it again on another date
            told.append((sentence, named))
        elif first.date is None and event.date is not None:
            kept[position] = first.evolve(
                date=event.date, date_precision=event.date_precision, date_text=event.date_text
            )
    return kept


def _unnamed(key: tuple[object, ...]) -> tuple[object, ...]:
    """A merge key without its agreement."""
    kind, parties, _, kind_of_fact = key
    return (kind, parties, kind_of_fact)


def _tables(
    events: Sequence[DiplomaticEvent],
    weak: Sequence[int],
    sentences: Sequence[int],
    parties: Sequence[_Parties],
) -> tuple[dict[int, list[_Parties]], dict[int, list[_Parties]]]:
    """The parties of the strong and of the weak events, by sentence; a visit is left
    out ("X visited Y. The two discussed trade.": the talks are an act of their own)."""
    strong: dict[int, list[_Parties]] = {}
    weaker: dict[int, list[_Parties]] = {}
    for event, sentence, named, feeble in zip(events, sentences, parties, weak, strict=True):
        if not feeble and event.kind in _OCCASIONS:
            continue
        table = weaker if feeble else strong
        table.setdefault(sentence, []).append(named)
    return strong, weaker


def _outweighed(
    parties: _Parties,
    sentence: int,
    strong: dict[int, list[_Parties]],
    weaker: dict[int, list[_Parties]],
    reach: int = 1,
) -> bool:
    """A weak event whose parties a strong event of its sentence or (``reach`` 1) the one
    before has, or a weak event of its sentence has with more."""
    nearby = [p for back in range(reach + 1) for p in strong.get(sentence - back, ())]
    return any(parties <= other for other in nearby) or any(
        parties < other for other in weaker.get(sentence, ())
    )
