"""Evaluate accordlib.extract_events on real news text nobody on the project wrote.

    python benchmarks/eval_events.py [--data DIR] [--holdout] [--show-misses N] [--lexicon]
        [--petrarch-codes cameo|weis] [--petrarch-act]

Three sets:

(a) PLOVER gold-standard records, ``../shared/data/plover_gsr_dev.jsonl`` (166 human-coded
    sentences from the CAMEO manual with PLOVER types, CC BY-SA 4.0; skipped with a
    message when ``../shared`` is absent; with ``--holdout`` the script looks for
    ``plover_gsr_holdout.jsonl`` there instead). A record is *found* when some emitted
    event has its PLOVER type (``event.plover``); precision is the share of emitted events
    whose type is the record's. *Diplomatic* types are all but PROTEST, MOBILIZE, COERCE
    and ASSAULT. Actors and recipients are compared by ISO code (the first three letters
    of the CAMEO actor code; IGO and NGO as such).
(b) Real sentences labelled with our kinds, ``DIR/events_real.jsonl`` (``DIR/holdout/``
    with ``--holdout``; see ``benchmarks/data/README.md`` for the labels). A gold event is
    *found* when an emitted event of its sentence has its kind (one emitted event per gold
    event). Precision counts every emitted event, decoy sentences included. Over found
    events: *participants* — the emitted actors and recipients, as codes, are the gold
    ones; *direction* — actors and recipients are the gold ones (for a symmetric act,
    whose gold recipients are empty, any split of the gold actors); *factuality* — the
    emitted factuality is the gold one. A sentence's ``context`` is put before it and
    only events read from the sentence itself count.
(c) Corporate wire items, ``DIR/corporate_items.jsonl`` (earnings reports and
    acquisitions): every event is a false alarm; reported per 100 items.
(d) Whole 1987 Reuters stories with hand-labelled events, ``DIR/reuters1987_events.jsonl``
    (Reuters-21578; 1987 codes: SUN for the Soviet Union, DEU for West Germany). Each story
    is read whole, with ``published`` set to its wire date. A gold event is *found* when an
    emitted event of its kind overlaps the gold event's sentence (one emitted event per
    gold event); precision is the share of all emitted events that were paired with a
    gold event; participants and factuality are scored over found events as in (b).
(e) PETRARCH-2's unit-test records, ``DIR/petrarch_validation.jsonl`` (stylised sentences,
    many with fictional states): the *CAMEO root* score. A record whose gold events have
    roots we code (02-20) is found when an emitted event has one of those roots
    (``event.cameo[:2]``); precision is the share of emitted events whose root is a gold
    root of their record (records that expect no event count every event as wrong).
    Records PETRARCH itself marks as not coded (``valid: false``) and records whose only
    gold codes are PETRARCH's test codes (roots 21 and above) are left out.
    The records are coded with PETRARCH's validation dictionary, whose codes are mostly
    WEIS, not CAMEO (see ``data/README.md``): ``--petrarch-codes weis`` reads each gold code
    as a WEIS code and scores the CAMEO root it falls in (``data/weis_cameo.tsv``; other
    codes are test codes, left out), and ``--petrarch-act`` scores each event's act code
    (its ``OCCURRED`` code: a planned visit is 042, not 036), as PETRARCH codes verbs
    without modality.
(f) Whole 1987 Reuters earnings and acquisition stories,
    ``DIR/reuters1987_corporate.jsonl``: every event is a false alarm, per 100 stories.

``--show-misses N`` prints N missed gold events and N false alarms of each set;
``--lexicon`` adds a diagnostic: how often the compiled event lexicon
(:func:`accordlib.extract.lexicon.match_triggers`) has a trigger of the gold kind or type
in the sentence, an upper bound for an extractor built on it.

Judged goals (issue 13; the lead measures them on held-out material):

* PLOVER records: >= 70% right PLOVER type on the diplomatic types, >= 65% on all types;
* real news sentences with PLOVER labels, state-level: >= 60% right type;
* real wire sentences labelled with our kinds: >= 75% kind, >= 75% participants,
  >= 70% direction, >= 75% factuality;
* PETRARCH-2 validation records: >= 50% right CAMEO root; >= 60% of emitted roots right
  (set (e));
* hand-labelled 1987 Reuters sentences read in their stories: >= 70% recall, >= 75%
  precision, >= 75% participants (set (d));
* false alarms: <= 0.5 events per 100 earnings reports, <= 1 per 100 acquisition stories;
* no regression: the seed story 100%, our own labelled sentences >= 90%;
* speed (benchmark): >= 300 stories/s of ~4 KB and >= 1,000 short wire items (~900 bytes)
  per second on one core; cost linear in the length of the text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from accordlib import Actor, ActorKind, DiplomaticEvent, Factuality, extract_events
from accordlib.events.codes import cameo_actor_code, event_code
from accordlib.extract.actors_tables import phrase_key, tables

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data"
DEFAULT_DATA = HERE / "data"
#: PLOVER types of material conflict; the others are the "diplomatic" types.
MATERIAL = frozenset({"PROTEST", "MOBILIZE", "COERCE", "ASSAULT"})
#: Organisation codes of the labels, by CAMEO actor code (accordlib.cameo_actor_code).
ORGANISATIONS = {
    "IGOUNO": "UN",
    "IGOEEC": "EU",
    "IGOWSTNAT": "NATO",
    "IGOOAU": "AU",
    "IGOGCC": "GCC",
    "IGOOIC": "OIC",
    "IGOARL": "ARAB_LEAGUE",
    "IGOUNOIAE": "IAEA",
    "IGOUNOWBK": "WORLDBANK",
    "IGOWAS": "ECOWAS",
    "IGOIMF": "IMF",
    "IGOOPC": "OPEC",
    "IGOADB": "ADB",
}


def _read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def label_code(actor: Actor) -> str:
    """The label code of one of our actors: ISO alpha-3, an organisation code, or the
    upper-cased name of a group ("HAMAS")."""
    code = cameo_actor_code(actor) or ""
    for prefix in sorted(ORGANISATIONS, key=len, reverse=True):
        if code.startswith(prefix):
            return ORGANISATIONS[prefix]
    if actor.organization is not None and actor.kind is not ActorKind.ORGANIZATION:
        # An official of an organisation CAMEO gives no code of its own (GATT, the IADB,
        # the ICO: a sector code only): the labels name the organisation.
        body = tables().by_name.get(" ".join(phrase_key(actor.organization)))
        if body is not None and body.short:
            return body.short
    if actor.kind is ActorKind.GROUP or actor.country is None:
        # A group or organisation the labels name by its short name ("ISIS", "TPLF", "SCO").
        party = tables().by_name.get(" ".join(phrase_key(actor.name)))
        if party is not None and party.short and actor.kind is not ActorKind.PERSON:
            return party.short
        if party is None and actor.country is not None:
            # An unnamed group the text ties to a state ("Russian citizens", "the Syrian
            # opposition"): the labels give it that state.
            return actor.country.alpha3
        return "_".join(actor.name.upper().split())
    return actor.country.alpha3


def _pct(part: int, whole: int) -> str:
    return f"{part:>4}/{whole:<4} {100 * part / whole:6.1f}%" if whole else f"{'-':>16}"


# --------------------------------------------------------------------------- (a) PLOVER records


def eval_plover(path: Path, show: int, *, lexicon: bool) -> None:
    rows = _read(path)
    found = {"all": [0, 0], "diplomatic": [0, 0]}
    emitted = right = actors_right = recipients_right = 0
    per_type: Counter[str] = Counter()
    per_type_found: Counter[str] = Counter()
    misses: list[str] = []
    wrong: list[str] = []
    trigger_hits = 0
    for row in rows:
        gold = str(row["event"])
        events = extract_events(str(row["sentence"]))
        types = [event.plover for event in events]
        emitted += len(events)
        right += types.count(gold)
        hit = gold in types
        groups = ["all"] + (["diplomatic"] if gold not in MATERIAL else [])
        for group in groups:
            found[group][0] += hit
            found[group][1] += 1
        per_type[gold] += 1
        per_type_found[gold] += hit
        if hit:
            event = events[types.index(gold)]
            actors_right += _codes_overlap(event.actors, row["actor"])
            recipients_right += _codes_overlap(event.recipients, row["recipient"])
        else:
            misses.append(f"{gold:<9} {str(row['sentence'])[:110]!r} -> {types}")
        wrong += [
            f"{event.plover:<9} (gold {gold}) {event.sentence[:100]!r}"
            for event in events
            if event.plover != gold
        ]
        if lexicon:
            trigger_hits += gold in _lexicon_plovers(str(row["sentence"]))
    print(f"(a) PLOVER records ({path.name}): {len(rows)} records, {emitted} events emitted")
    print(f"  right PLOVER type, all types          {_pct(*found['all'])}   goal >= 65%")
    print(f"  right PLOVER type, diplomatic types   {_pct(*found['diplomatic'])}   goal >= 70%")
    print(f"  precision (emitted events of the type) {_pct(right, emitted)}")
    total_found = found["all"][0]
    print(f"  actors right, of found records        {_pct(actors_right, total_found)}")
    print(f"  recipients right, of found records    {_pct(recipients_right, total_found)}")
    print(
        "  by type: "
        + ", ".join(f"{t} {per_type_found[t]}/{n}" for t, n in sorted(per_type.items()))
    )
    if lexicon:
        print(f"  lexicon: a trigger of the type        {_pct(trigger_hits, len(rows))}")
    _show("missed records", misses, show)
    _show("events of another type", wrong, show)


def _codes_overlap(actors: Iterable[Actor], gold: object) -> bool:
    """Whether the emitted parties match the record's (by ISO code; both empty is right)."""
    ours = {(cameo_actor_code(actor) or "")[:3] for actor in actors} - {""}
    theirs = {str(item.get("code") or "")[:3] for item in gold} - {""}  # type: ignore[attr-defined]
    return ours == theirs or bool(ours & theirs)


def _lexicon_plovers(sentence: str) -> set[str]:
    from accordlib.events.codes import event_code
    from accordlib.events.kinds import Factuality
    from accordlib.extract.lexicon import match_triggers

    words = _tokens(sentence)
    plovers = set()
    for match in match_triggers(words):
        factuality = Factuality.ANNOUNCED if match.intent else Factuality.OCCURRED
        plovers.add(event_code(match.kind, factuality).plover)
    return plovers


def _lexicon_kinds(sentence: str) -> set[str]:
    from accordlib.extract.lexicon import match_triggers

    return {match.kind.name for match in match_triggers(_tokens(sentence))}


def _tokens(text: str) -> list[str]:
    """Lower-cased tokens as the extractor makes them."""
    from accordlib.text.tokens import tokenize

    return [token.low for token in tokenize(text)]


# --------------------------------------------------------------------------- (b) real sentences


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    emitted: int = 0
    emitted_right: int = 0
    participants: int = 0
    direction: int = 0
    factuality: int = 0
    decoy_events: int = 0
    decoy_sentences: int = 0
    lexicon: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)
    by_kind_found: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)


def _sentence_events(row: dict[str, object]) -> list[DiplomaticEvent]:
    sentence = str(row["sentence"])
    context = str(row["context"]) + " " if row.get("context") else ""
    published = row.get("published") or None
    events = extract_events(context + sentence, published=published)  # type: ignore[arg-type]
    return [event for event in events if event.end > len(context)]


def _direction_right(event: DiplomaticEvent, gold: dict[str, list[str]]) -> bool:
    actors = {label_code(actor) for actor in event.actors}
    recipients = {label_code(actor) for actor in event.recipients}
    if not gold["recipients"]:
        return actors | recipients == set(gold["actors"])
    return actors == set(gold["actors"]) and recipients == set(gold["recipients"])


def _pair(
    tally: Tally, sentence: str, golds: list[dict[str, object]], events: list[DiplomaticEvent]
) -> None:
    """Pair gold events with emitted ones of the same kind; score the pairs."""
    left = list(events)
    unmatched = []
    for gold in golds:
        kind = str(gold["kind"])
        tally.gold += 1
        tally.by_kind[kind] += 1
        match = next((event for event in left if event.kind.name == kind), None)
        if match is None:
            unmatched.append(gold)
            continue
        left.remove(match)
        tally.found += 1
        tally.by_kind_found[kind] += 1
        codes = {label_code(actor) for actor in (*match.actors, *match.recipients)}
        wanted = {str(code) for code in (*gold["actors"], *gold["recipients"])}  # type: ignore[misc]
        tally.participants += codes == wanted
        tally.direction += _direction_right(match, gold)  # type: ignore[arg-type]
        tally.factuality += match.factuality.name == gold["factuality"]
    for gold in unmatched:
        other = left.pop(0).kind.name if left else "(none)"
        tally.confusion[str(gold["kind"]), other] += 1
        if other == "(none)":
            tally.misses.append(f"{gold['kind']:<19} {gold['trigger']!r:<18} {sentence[:100]!r}")
        else:
            tally.misses.append(f"{gold['kind']:<19} read as {other}: {sentence[:100]!r}")
    tally.false_alarms += [f"{event.kind.name:<19} {sentence[:110]!r}" for event in left]


def eval_real(path: Path, show: int, *, lexicon: bool) -> None:
    rows = _read(path)
    tally = Tally()
    for row in rows:
        events = _sentence_events(row)
        golds: list[dict[str, object]] = list(row["events"])  # type: ignore[call-overload]
        tally.emitted += len(events)
        before = len(tally.false_alarms)
        _pair(tally, str(row["sentence"]), golds, events)
        tally.emitted_right += len(events) - (len(tally.false_alarms) - before)
        if row.get("decoy"):
            tally.decoy_sentences += 1
            tally.decoy_events += len(events)
        if lexicon:
            kinds = _lexicon_kinds(str(row["sentence"]))
            tally.lexicon += sum(str(gold["kind"]) in kinds for gold in golds)
    print(
        f"\n(b) real sentences ({path}): {len(rows)} sentences, {tally.gold} gold events,"
        f" {tally.emitted} emitted"
    )
    print(f"  recall (kind found)                   {_pct(tally.found, tally.gold)}   goal >= 75%")
    print(f"  precision (emitted events right)      {_pct(tally.emitted_right, tally.emitted)}")
    print(
        f"  participants right, of found          {_pct(tally.participants, tally.found)}   goal >= 75%"
    )
    print(
        f"  direction right, of found             {_pct(tally.direction, tally.found)}   goal >= 70%"
    )
    print(
        f"  factuality right, of found            {_pct(tally.factuality, tally.found)}   goal >= 75%"
    )
    print(f"  events on {tally.decoy_sentences} decoy sentences: {tally.decoy_events}")
    if lexicon:
        print(f"  lexicon: a trigger of the gold kind   {_pct(tally.lexicon, tally.gold)}")
    kinds = sorted(tally.by_kind, key=lambda kind: -tally.by_kind[kind])
    print(
        "  by kind: "
        + ", ".join(f"{k} {tally.by_kind_found[k]}/{tally.by_kind[k]}" for k in kinds)
    )
    confused = [(pair, n) for pair, n in tally.confusion.most_common() if pair[1] != "(none)"]
    if confused:
        print(
            "  confusion (gold -> emitted instead): "
            + ", ".join(f"{a}->{b} {n}" for (a, b), n in confused[:20])
        )
    none = sum(n for (_, other), n in tally.confusion.items() if other == "(none)")
    print(f"  gold events with nothing emitted in their sentence: {none}")
    _show("missed gold events", tally.misses, show)
    _show("false alarms", tally.false_alarms, show)


# --------------------------------------------------------------------------- (c) corporate items


def eval_corporate(path: Path, show: int, *, lexicon: bool) -> None:
    rows = _read(path)
    items: Counter[str] = Counter()
    events: Counter[str] = Counter()
    triggers: Counter[str] = Counter()
    alarms: list[str] = []
    for row in rows:
        category = str(row["category"])
        found = extract_events(str(row["text"]))
        items[category] += 1
        events[category] += len(found)
        if lexicon:
            triggers[category] += sum(
                len(_lexicon_kinds(line)) for line in str(row["text"]).split("\n")
            )
        alarms += [
            f"{category:<12} {event.kind.name:<17} {event.sentence[:100]!r}" for event in found
        ]
    print(f"\n(c) corporate items ({path.name}): {sum(items.values())} items")
    goals = {"earnings": "<= 0.5", "acquisition": "<= 1"}
    for category, count in sorted(items.items()):
        rate = 100 * events[category] / count
        print(
            f"  {category:<12} {events[category]:>4} events in {count:>4} items:"
            f" {rate:6.1f} per 100   goal {goals.get(category, '-')}"
        )
        if lexicon:
            print(
                f"  {'':<12} lexicon: {100 * triggers[category] / count:.0f} trigger kinds per"
                " 100 items (before any actor or context guard)"
            )
    _show("false alarms", alarms, show)


# --------------------------------------------------------------------------- (d) 1987 stories


def _overlaps(event: DiplomaticEvent, span: tuple[int, int]) -> bool:
    return event.start < span[1] and span[0] < event.end


def eval_reuters(path: Path, show: int) -> None:
    rows = _read(path)
    tally = Tally()
    for row in rows:
        text = str(row["text"])
        events = extract_events(text, published=str(row["date"]))
        tally.emitted += len(events)
        left = list(events)
        for gold in row["events"]:  # type: ignore[attr-defined]
            start = text.find(str(gold["sentence"]))
            span = (start, start + len(str(gold["sentence"])))
            kind = str(gold["kind"])
            tally.gold += 1
            tally.by_kind[kind] += 1
            match = next((e for e in left if e.kind.name == kind and _overlaps(e, span)), None)
            if match is None:
                near = [e.kind.name for e in left if _overlaps(e, span)]
                tally.misses.append(
                    f"{kind:<19} {str(gold['trigger'])!r:<16} -> {near} "
                    f"{str(gold['sentence'])[:90]!r}"
                )
                continue
            left.remove(match)
            tally.found += 1
            tally.by_kind_found[kind] += 1
            codes = {label_code(actor) for actor in (*match.actors, *match.recipients)}
            wanted = {str(code) for code in (*gold["actors"], *gold["recipients"])}
            tally.participants += codes == wanted
            tally.direction += _direction_right(match, gold)
            tally.factuality += match.factuality.name == gold["factuality"]
        tally.emitted_right += len(events) - len(left)
        tally.false_alarms += [f"{e.kind.name:<19} {e.sentence[:100]!r}" for e in left]
    print(
        f"\n(d) 1987 Reuters stories ({path}): {len(rows)} stories, {tally.gold} gold events,"
        f" {tally.emitted} emitted"
    )
    print(f"  recall (kind found)                   {_pct(tally.found, tally.gold)}   goal >= 70%")
    print(
        f"  precision (emitted events right)      {_pct(tally.emitted_right, tally.emitted)}"
        "   goal >= 75%"
    )
    print(
        f"  participants right, of found          {_pct(tally.participants, tally.found)}"
        "   goal >= 75%"
    )
    print(f"  direction right, of found             {_pct(tally.direction, tally.found)}")
    print(f"  factuality right, of found            {_pct(tally.factuality, tally.found)}")
    kinds = sorted(tally.by_kind, key=lambda kind: -tally.by_kind[kind])
    print(
        "  by kind: "
        + ", ".join(f"{k} {tally.by_kind_found[k]}/{tally.by_kind[k]}" for k in kinds)
    )
    _show("missed gold events", tally.misses, show)
    _show("false alarms", tally.false_alarms, show)


# --------------------------------------------------------------------------- (e) PETRARCH roots

#: The CAMEO roots our kinds cover (01, public statements, is not coded).
CODED_ROOTS = frozenset(f"{root:02d}" for root in range(2, 21))


def _weis_roots() -> dict[str, str]:
    """WEIS code -> CAMEO root, from ``data/weis_cameo.tsv`` (see its header)."""
    table: dict[str, str] = {}
    lines = (HERE / "data" / "weis_cameo.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith(("#", "weis\t")) or not line.strip():
            continue
        code, _name, root = line.split("\t")[:3]
        table[code] = root
    return table


def _gold_roots(row: dict[str, object], weis: dict[str, str] | None) -> set[str]:
    """The CAMEO roots of a record's gold codes: their first two digits, or (``weis``) the
    CAMEO root of each WEIS code (codes not in the table are PETRARCH's test codes)."""
    codes = [str(event["cameo"]) for event in row["events"]]  # type: ignore[attr-defined]
    if weis is None:
        return {code[:2] for code in codes}
    return {weis.get(code, "test") for code in codes}


def _act_code(event: DiplomaticEvent) -> str:
    """The CAMEO code of the act itself, whatever its factuality (a planned visit is 042,
    not 036): what PETRARCH codes, since its dictionaries code verbs without modality."""
    return event_code(event.kind, Factuality.OCCURRED).cameo


def eval_petrarch(
    path: Path, show: int, half: str = "all", codes: str = "cameo", *, act: bool = False
) -> None:
    weis = _weis_roots() if codes == "weis" else None
    rows = [row for row in _read(path) if row.get("valid", True)]
    if half != "all":
        # A development split of the dev file: records with even or odd ``n``.
        parity = 0 if half == "even" else 1
        rows = [row for row in rows if int(str(row.get("n", 0))) % 2 == parity]
    scored = found = emitted = right = skipped = 0
    misses: list[str] = []
    wrong: list[str] = []
    per_root: Counter[str] = Counter()
    per_root_found: Counter[str] = Counter()
    for row in rows:
        roots = _gold_roots(row, weis)
        ours = roots & CODED_ROOTS
        if roots and not ours:
            skipped += 1  # only PETRARCH's own test codes
            continue
        events = extract_events(str(row["text"]), published=str(row["date"]))
        codes_of = [_act_code(event) if act else event.cameo for event in events]
        got = [code[:2] for code in codes_of]
        emitted += len(events)
        right += sum(root in ours for root in got)
        wrong += [
            f"{code:<5} (gold {sorted(ours) or 'none'}) {str(row['text'])[:90]!r}"
            for code in codes_of
            if code[:2] not in ours
        ]
        if not ours:
            continue
        scored += 1
        hit = bool(ours & set(got))
        found += hit
        for root in ours:
            per_root[root] += 1
            per_root_found[root] += root in got
        if not hit:
            misses.append(f"{sorted(ours)} -> {got} {row['id']}: {str(row['text'])[:90]!r}")
    print(
        f"\n(e) PETRARCH-2 records ({path}{'' if half == 'all' else ', ' + half + ' n'}"
        f"{', gold read as WEIS codes' if weis else ''}{', codes of the acts' if act else ''}):"
        f" {scored} records with coded roots"
        f" ({skipped} with test codes only left out), {emitted} events emitted"
    )
    print(f"  right CAMEO root                      {_pct(found, scored)}   goal >= 50%")
    print(f"  emitted roots right                   {_pct(right, emitted)}   goal >= 60%")
    print(
        "  by root: "
        + ", ".join(f"{r} {per_root_found[r]}/{n}" for r, n in sorted(per_root.items()))
    )
    _show("missed records", misses, show)
    _show("events of another root", wrong, show)


def eval_reuters_corporate(path: Path, show: int) -> None:
    rows = _read(path)
    items: Counter[str] = Counter()
    events: Counter[str] = Counter()
    alarms: list[str] = []
    for row in rows:
        category = str(row["category"])
        found = extract_events(str(row["text"]), published=str(row["date"]))
        items[category] += 1
        events[category] += len(found)
        alarms += [
            f"{category:<12} {event.kind.name:<17} {event.sentence[:100]!r}" for event in found
        ]
    print(f"\n(f) 1987 corporate stories ({path.name}): {sum(items.values())} stories")
    goals = {"earnings": "<= 0.5", "acquisition": "<= 1"}
    for category, count in sorted(items.items()):
        rate = 100 * events[category] / count
        print(
            f"  {category:<12} {events[category]:>4} events in {count:>4} stories:"
            f" {rate:6.1f} per 100   goal {goals.get(category, '-')}"
        )
    _show("false alarms", alarms, show)


def _show(title: str, lines: list[str], count: int) -> None:
    if lines and count:
        print(f"  -- {title} (first {min(count, len(lines))} of {len(lines)}):")
        for line in lines[:count]:
            print("     ", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the labelled data")
    parser.add_argument("--holdout", action="store_true", help="read DIR/holdout/ instead")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print N misses")
    parser.add_argument("--lexicon", action="store_true", help="add the lexicon's coverage")
    parser.add_argument(
        "--petrarch-half",
        choices=("all", "even", "odd"),
        default="all",
        help="set (e): only the records with even or odd n (a development split)",
    )
    parser.add_argument(
        "--petrarch-codes",
        choices=("cameo", "weis"),
        default="cameo",
        help="set (e): read the gold codes as CAMEO (their first two digits) or as the WEIS"
        " codes of PETRARCH's validation dictionary (data/weis_cameo.tsv)",
    )
    parser.add_argument(
        "--petrarch-act",
        action="store_true",
        help="set (e): score the code of each event's act (its OCCURRED code), not the"
        " factuality-dependent one (PETRARCH codes verbs without modality)",
    )
    parser.add_argument(
        "--only", default="abcdef", help="the sets to run, as letters (default abcdef)"
    )
    args = parser.parse_args(argv)
    show = args.show_misses
    only = set(args.only)
    gsr = SHARED / ("plover_gsr_holdout.jsonl" if args.holdout else "plover_gsr_dev.jsonl")
    folder = args.data / "holdout" if args.holdout else args.data
    sets: list[tuple[str, Path, Callable[[Path], None]]] = [
        ("a", gsr, lambda path: eval_plover(path, show, lexicon=args.lexicon)),
        (
            "b",
            folder / "events_real.jsonl",
            lambda path: eval_real(path, show, lexicon=args.lexicon),
        ),
        # No hold-out part of the corporate sets: all of them is judged.
        (
            "c",
            args.data / "corporate_items.jsonl",
            lambda path: eval_corporate(path, show, lexicon=args.lexicon),
        ),
        ("d", folder / "reuters1987_events.jsonl", lambda path: eval_reuters(path, show)),
        (
            "e",
            folder / "petrarch_validation.jsonl",
            lambda path: eval_petrarch(
                path, show, args.petrarch_half, args.petrarch_codes, act=args.petrarch_act
            ),
        ),
        (
            "f",
            args.data / "reuters1987_corporate.jsonl",
            lambda path: eval_reuters_corporate(path, show),
        ),
    ]
    for letter, path, evaluate in sets:
        if letter not in only:
            continue
        if path.exists():
            evaluate(path)
        else:
            print(f"\n({letter}) skipped: {path} is not here")
    return 0


if __name__ == "__main__":
    sys.exit(main())
