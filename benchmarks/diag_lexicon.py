"""Diagnose the event lexicon's trigger coverage on the dev sets (no extractor involved).

    python benchmarks/diag_lexicon.py [--data DIR] [--holdout] [--show N] [--set NAME]

For each set, how often :func:`accordlib.extract.lexicon.match_triggers` finds a trigger
of the gold kind (PLOVER type, CAMEO root) in the gold event's sentence: the upper bound
of an extractor built on the lexicon. Then the gold events with no trigger of their kind
(with the labelled trigger word where the set has one), the confusions (a trigger of
another kind where the gold kind has none), and the triggers found in the corporate
texts and decoy sentences, by pattern id. Finally the matcher's cost in microseconds per
sentence over every sentence read (tokenising excluded).

Sets (dev; ``--holdout`` reads ``DIR/holdout/`` and ``plover_gsr_holdout.jsonl``):
``plover`` (../shared/data/plover_gsr_dev.jsonl, PLOVER types), ``real``
(events_real.jsonl, our kinds), ``reuters`` (reuters1987_events.jsonl, our kinds),
``petrarch`` (petrarch_validation.jsonl, CAMEO roots), ``corporate`` (corporate_items.jsonl
and reuters1987_corporate.jsonl, every trigger a false alarm) and ``decoys`` (the decoy
sentences of events_real.jsonl).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from eval_events import _tokens

from accordlib.events.codes import event_code
from accordlib.events.kinds import Factuality
from accordlib.extract.lexicon import LexiconMatch, match_triggers

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data"


def _read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _plover(match: LexiconMatch) -> str:
    factuality = Factuality.ANNOUNCED if match.intent else Factuality.OCCURRED
    return event_code(match.kind, factuality).plover


def _describe(words: list[str], match: LexiconMatch) -> str:
    return f"{match.kind.name}:{words[match.head]}({match.pattern})"


@dataclass
class Report:
    name: str
    gold: Counter[str] = field(default_factory=Counter)
    hit: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    words: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(
        self,
        gold: str,
        trigger: str,
        sentence: str,
        label: Callable[[LexiconMatch], str],
    ) -> None:
        tokens = _tokens(sentence)
        matches = match_triggers(tokens)
        labels = {label(match) for match in matches}
        self.gold[gold] += 1
        if gold in labels:
            self.hit[gold] += 1
            return
        for match in matches:
            self.confusion[gold, label(match)] += 1
        self.words[gold, trigger.lower()] += 1
        found = ", ".join(_describe(tokens, match) for match in matches) or "-"
        text = " ".join(sentence.split())
        self.misses.append(f"{gold:<19} {trigger!r:<20} [{found}] {text[:150]}")

    def print(self, show: int) -> None:
        total, hits = sum(self.gold.values()), sum(self.hit.values())
        print(f"\n== {self.name}: {hits}/{total} {100 * hits / max(total, 1):.1f}%")
        print(
            "  by kind: "
            + ", ".join(
                f"{k} {self.hit[k]}/{n}"
                for k, n in sorted(self.gold.items(), key=lambda item: -item[1])
            )
        )
        if self.confusion:
            print(
                "  confusion (gold -> trigger found instead): "
                + ", ".join(f"{a}->{b} {n}" for (a, b), n in self.confusion.most_common(30))
            )
        if show:
            print(f"  -- misses (first {min(show, len(self.misses))} of {len(self.misses)}):")
            for line in self.misses[:show]:
                print("    ", line)


def _kind(match: LexiconMatch) -> str:
    return match.kind.name


def _root(match: LexiconMatch) -> str:
    return match.cameo[:2]


def plover(path: Path) -> Report:
    report = Report(f"(a) PLOVER records {path.name}")
    for row in _read(path):
        trigger = str(row.get("event_text") or "")
        report.add(str(row["event"]), trigger, str(row["sentence"]), _plover)
    return report


def real(path: Path) -> Report:
    report = Report(f"(b) real sentences {path.name}")
    for row in _read(path):
        for gold in row["events"]:  # type: ignore[attr-defined]
            report.add(str(gold["kind"]), str(gold["trigger"]), str(row["sentence"]), _kind)
    return report


def reuters(path: Path) -> Report:
    report = Report(f"(d) 1987 Reuters events {path.name}")
    for row in _read(path):
        for gold in row["events"]:  # type: ignore[attr-defined]
            report.add(str(gold["kind"]), str(gold["trigger"]), str(gold["sentence"]), _kind)
    return report


CODED_ROOTS = frozenset(f"{root:02d}" for root in range(2, 21))


def petrarch(path: Path) -> Report:
    report = Report(f"(e) PETRARCH-2 roots {path.name}")
    for row in _read(path):
        if not row.get("valid", True):
            continue
        roots = sorted({str(event["root"]) for event in row["events"]} & CODED_ROOTS)  # type: ignore[attr-defined]
        for root in roots:
            report.add(root, "", str(row["text"]), _root)
    return report


def false_alarms(texts: list[tuple[str, str]], title: str, show: int) -> None:
    """Triggers in texts that hold no event, per 100 texts and by pattern id."""
    by_id: Counter[str] = Counter()
    examples: dict[str, str] = {}
    per: Counter[str] = Counter()
    count: Counter[str] = Counter()
    for category, text in texts:
        count[category] += 1
        for line in text.split("\n\n") if "\n\n" in text else text.split("\n"):
            tokens = _tokens(" ".join(line.split()))
            for match in match_triggers(tokens):
                key = f"{match.kind.name:<19} {tokens[match.head]:<14} {match.pattern}"
                by_id[key] += 1
                per[category] += 1
                low, high = max(0, match.start - 6), min(len(tokens), match.end + 6)
                examples.setdefault(key, " ".join(tokens[low:high]))
    print(f"\n== {title}")
    for category, n in sorted(count.items()):
        print(
            f"  {category:<12} {per[category]:>4} triggers in {n:>4} texts:"
            f" {100 * per[category] / n:.0f} per 100"
        )
    for key, n in by_id.most_common(show):
        print(f"    {n:>3} {key}   | {examples[key][:90]}")


def _timing(sentences: list[str]) -> float:
    token_lists = [_tokens(sentence) for sentence in sentences]
    for tokens in token_lists:
        match_triggers(tokens)  # load the tables, warm up
    best = float("inf")
    for _ in range(5):
        began = time.process_time()
        for tokens in token_lists:
            match_triggers(tokens)
        best = min(best, time.process_time() - began)
    return 1e6 * best / len(token_lists)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE / "data")
    parser.add_argument("--holdout", action="store_true", help="read DIR/holdout/ instead")
    parser.add_argument("--show", type=int, default=30, metavar="N", help="lines per list")
    parser.add_argument("--set", action="append", default=[], help="only these sets")
    args = parser.parse_args(argv)
    folder = args.data / "holdout" if args.holdout else args.data
    wanted = set(args.set) or {"plover", "real", "reuters", "petrarch", "corporate", "decoys"}
    sentences: list[str] = []
    gsr = SHARED / ("plover_gsr_holdout.jsonl" if args.holdout else "plover_gsr_dev.jsonl")
    jobs: list[tuple[str, Path, Callable[[Path], Report]]] = [
        ("plover", gsr, plover),
        ("real", folder / "events_real.jsonl", real),
        ("reuters", folder / "reuters1987_events.jsonl", reuters),
        ("petrarch", folder / "petrarch_validation.jsonl", petrarch),
    ]
    for name, path, run in jobs:
        if name not in wanted:
            continue
        if not path.exists():
            print(f"\n== {name}: {path} is not here, skipped")
            continue
        run(path).print(args.show)
    corporate: list[tuple[str, str]] = []
    for name in ("corporate_items.jsonl", "reuters1987_corporate.jsonl"):
        path = args.data / name
        if path.exists():
            corporate += [(str(row["category"]), str(row["text"])) for row in _read(path)]
    if "corporate" in wanted and corporate:
        false_alarms(corporate, "triggers in corporate texts (all false)", args.show)
    real_path = folder / "events_real.jsonl"
    if real_path.exists():
        rows = _read(real_path)
        sentences += [str(row["sentence"]) for row in rows]
        if "decoys" in wanted:
            decoys = [(str(row["decoy"]), str(row["sentence"])) for row in rows if row["decoy"]]
            false_alarms(decoys, "triggers in decoy sentences", args.show)
    sentences += [sentence for _, text in corporate for sentence in text.split("\n") if sentence]
    if sentences:
        print(
            f"\nmatch_triggers: {_timing(sentences):.1f} us per sentence"
            f" ({len(sentences)} sentences, best of 5, cpu time)"
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
