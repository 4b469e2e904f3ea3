"""Evaluate the actor recogniser (accordlib.extract.actors.find_actors) on real news text.

    python benchmarks/eval_actors.py [--data DIR] [--holdout] [--show-misses N] [--baseline]
                                     [--speed]

Two labelled sets of real text nobody on the project wrote (see benchmarks/data/README.md):

* ``DIR/events_real.jsonl``: news sentences with their events; each event's ``actors`` and
  ``recipients`` are ISO alpha-3 codes, organisation codes (UN, EU, NATO, OPEC...) or short
  upper-case names of groups (HAMAS, TALIBAN, PROTESTERS...). The recogniser reads the
  sentence alone, with ``date=`` its publication date.
* ``DIR/reuters1987_events.jsonl``: whole 1987 Reuters stories; the recogniser reads the
  story (``date=`` the story's date) and each event is scored on the mentions inside its
  sentence.

``--holdout`` reads ``DIR/holdout/`` instead (the lead runs it; do not tune against it).

Scores:

* **participant recall**: of the labelled participant codes of each event (actors and
  recipients), the share that is among the codes of the mentions found in its sentence;
* **precision**: of the distinct codes found in the sentences that have labelled events,
  the share that is some event's participant there. "Resolved" precision leaves out the
  generic mentions (a role noun or a name alone), which the story resolves later.

A mention's code is its ``party`` (a state's alpha-3 code, an organisation's or group's
short name, else the upper-cased name), with a few label spellings mapped (WORLD_BANK is
labelled WORLDBANK). Both scores are printed per kind of mention; ``--show-misses N``
prints N missed participants and N codes found that are no participant, per set.

``--baseline`` scores what the extraction pipeline's mention finder used before this
recogniser: find_countries and find_officials only. ``--speed`` times find_actors on
~4 KB stories and ~900-byte items built from the 1987 stories (CPU time).

The issue-13 goal is >= 75% participants for the whole extractor on real wire sentences;
the recogniser's own participant recall should be well above it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from accordlib.countries.prose import find_countries
from accordlib.events.codes import cameo_actor_code
from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor
from accordlib.extract.actors import find_actors
from accordlib.extract.actors_model import ActorMention
from accordlib.officials.scanner import find_officials

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE / "data"

#: Party keys whose label is spelled otherwise.
LABELS = {"WORLD_BANK": "WORLDBANK"}
#: Organisation codes of the labels, by CAMEO actor code prefix (for the baseline and for
#: organisations of PETRARCH-2's list that have no short name).
ORGANISATIONS = {
    "IGOUNOIAE": "IAEA",
    "IGOUNODEVWBK": "WORLDBANK",
    "IGOUNO": "UN",
    "IGOEEC": "EU",
    "IGOEUREEC": "EU",
    "IGOWSTNAT": "NATO",
    "IGOOAU": "AU",
    "IGOGCC": "GCC",
    "IGOOIC": "OIC",
    "IGOARL": "ARAB_LEAGUE",
    "IGOWAS": "ECOWAS",
    "IGOOPC": "OPEC",
    "IGOBUSIMF": "IMF",
}

#: One found mention, for scoring: its label and its kind.
Found = tuple[str, str]


def _label(code: str) -> str:
    for prefix in sorted(ORGANISATIONS, key=len, reverse=True):
        if code.startswith(prefix):
            return ORGANISATIONS[prefix]
    return LABELS.get(code, code)


def _kind(mention: ActorMention) -> str:
    kind = mention.source.name.lower()
    if mention.generic:
        kind += "-generic"
    if mention.modifier:
        kind += "-modifier"
    if mention.corporate:
        kind += "-corporate"
    return kind


def ours(text: str, date: str | None) -> list[tuple[int, int, Found]]:
    return [(m.start, m.end, (_label(m.party), _kind(m))) for m in find_actors(text, date=date)]


def _actor_label(actor: Actor) -> str:
    code = cameo_actor_code(actor) or ""
    for prefix in sorted(ORGANISATIONS, key=len, reverse=True):
        if code.startswith(prefix):
            return ORGANISATIONS[prefix]
    if actor.country is not None:
        return actor.country.alpha3
    return "_".join(actor.name.upper().split())


def baseline(text: str, date: str | None) -> list[tuple[int, int, Found]]:
    found = [
        (m.start, m.end, (m.country.alpha3, "country")) for m in find_countries(text, date=date)
    ]
    for item in find_officials(text):
        official = item.official
        name = official.name or official.raw or "?"
        actor = Actor(
            ActorKind.PERSON, name, official.country, official.title, official.organization
        )
        generic = official.country is None and official.organization is None
        kind = "official-generic" if generic else "official"
        found.append((item.start, item.end, (_actor_label(actor), kind)))
    return found


Finder = Callable[[str, "str | None"], list[tuple[int, int, Found]]]


@dataclass
class Score:
    """Counts for one set."""

    gold: int = 0
    hit: int = 0
    codes: int = 0
    right: int = 0
    resolved: int = 0
    resolved_right: int = 0
    kind_found: Counter[str] = field(default_factory=Counter)
    kind_right: Counter[str] = field(default_factory=Counter)
    kind_hits: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold", "hit", "codes", "right", "resolved", "resolved_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("kind_found", "kind_right", "kind_hits"):
            getattr(self, name).update(getattr(other, name))


def _pct(part: int, whole: int) -> str:
    return f"{part:>5}/{whole:<5} {100 * part / whole:5.1f}%" if whole else f"{'-':>18}"


def _short(sentence: str, width: int = 150) -> str:
    flat = " ".join(sentence.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def _score_sentence(
    score: Score, sentence: str, events: list[dict[str, object]], found: Iterable[Found]
) -> None:
    found = list(found)
    labels = {label for label, _ in found}
    gold_union: set[str] = set()
    for event in events:
        gold = set(event["actors"]) | set(event["recipients"])  # type: ignore[call-overload]
        gold_union |= gold
        for code in sorted(gold):
            score.gold += 1
            if code in labels:
                score.hit += 1
            else:
                score.misses.append(f"{code:<12} {sorted(labels)}  | {_short(sentence)}")
        for label, kind in set(found):
            if label in gold:
                score.kind_hits[kind] += 1
    for label, kind in set(found):
        score.kind_found[kind] += 1
        score.kind_right[kind] += label in gold_union
    for label in labels:
        score.codes += 1
        score.right += label in gold_union
        if label not in gold_union:
            score.false.append(f"{label:<12} gold {sorted(gold_union)}  | {_short(sentence)}")
    resolved = {label for label, kind in found if "generic" not in kind}
    score.resolved += len(resolved)
    score.resolved_right += len(resolved & gold_union)


def _read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def eval_sentences(path: Path, finder: Finder) -> Score:
    score = Score()
    for row in _read(path):
        events = row["events"]
        if not events:
            continue
        sentence = str(row["sentence"])
        date = row.get("published")
        found = [item for _, _, item in finder(sentence, date)]  # type: ignore[arg-type]
        _score_sentence(score, sentence, events, found)  # type: ignore[arg-type]
    return score


def eval_stories(path: Path, finder: Finder) -> Score:
    score = Score()
    for row in _read(path):
        text = str(row["text"])
        mentions = finder(text, row.get("date"))  # type: ignore[arg-type]
        by_sentence: dict[str, list[dict[str, object]]] = {}
        for event in row["events"]:  # type: ignore[attr-defined]
            by_sentence.setdefault(event["sentence"], []).append(event)
        for sentence, events in by_sentence.items():
            start = text.find(sentence)
            if start < 0:
                print(f"  (sentence not in its story: {_short(sentence, 60)})")
                continue
            end = start + len(sentence)
            inside = [item for s, e, item in mentions if start <= s and e <= end]
            _score_sentence(score, sentence, events, inside)
    return score


def report(title: str, score: Score, show: int) -> None:
    print(f"\n{title}")
    print(f"  participant recall   {_pct(score.hit, score.gold)}")
    print(f"  precision            {_pct(score.right, score.codes)}")
    print(f"  precision (resolved) {_pct(score.resolved_right, score.resolved)}")
    print("  by kind of mention:  participants found | codes found that are participants")
    for kind, count in sorted(score.kind_found.items(), key=lambda item: -item[1]):
        print(
            f"    {kind:<30} {score.kind_hits[kind]:>5}   | {_pct(score.kind_right[kind], count)}"
        )
    if show:
        print(f"  -- missed participants ({min(show, len(score.misses))} of {len(score.misses)}):")
        for line in score.misses[:show]:
            print("    ", line)
        print(f"  -- codes found that are no participant ({min(show, len(score.false))}"
              f" of {len(score.false)}):")  # fmt: skip
        for line in score.false[:show]:
            print("    ", line)


def speed(data: Path) -> None:
    """CPU time of find_actors on ~4 KB stories and ~900-byte items (the 1987 stories)."""
    texts = [str(row["text"]) for row in _read(data / "reuters1987_events.jsonl")]
    pool = "\n\n".join(texts)
    for size, label in ((4096, "~4 KB stories"), (900, "~900-byte items")):
        items = [pool[i : i + size] for i in range(0, len(pool) - size, size)]
        for name, func in (
            ("find_actors", lambda t: find_actors(t, date="1987-03-02")),
            ("find_countries + find_officials", lambda t: (find_countries(t), find_officials(t))),
        ):
            for item in items:
                func(item)
            best = float("inf")
            for _ in range(3):
                start = time.process_time()
                for item in items:
                    func(item)
                best = min(best, (time.process_time() - start) / len(items))
            print(f"  {name:<34} {label:<16} {best * 1e3:6.3f} ms each ({1 / best:,.0f}/s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the labelled data")
    parser.add_argument("--holdout", action="store_true", help="read DIR/holdout/ instead")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print N misses")
    parser.add_argument("--baseline", action="store_true", help="countries + officials only")
    parser.add_argument("--speed", action="store_true", help="time find_actors")
    args = parser.parse_args(argv)
    folder = args.data / "holdout" if args.holdout else args.data
    finder: Finder = baseline if args.baseline else ours
    print("baseline: find_countries + find_officials" if args.baseline else "find_actors")
    total = Score()
    for name, evaluate in (
        ("events_real.jsonl", eval_sentences),
        ("reuters1987_events.jsonl", eval_stories),
    ):
        path = folder / name
        if not path.exists():
            print(f"\n{name}: skipped, {path} is not here")
            continue
        score = evaluate(path, finder)
        report(f"{path.relative_to(args.data.parent)}", score, args.show_misses)
        total.add(score)
    report("both sets", total, 0)
    if args.speed:
        print("\nspeed (CPU time, best of 3):")
        speed(args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
