"""Evaluate parse_byline and parse_dateline on real, labelled bylines and datelines.

    python benchmarks/eval_wire.py [--data DIR] [--holdout] [--show N] [--check]

The samples are ``bylines.jsonl`` and ``datelines.jsonl`` in ``benchmarks/data`` (real
text nobody on the project wrote; see the README there for how they were collected and
labelled). ``--data DIR`` reads them from another folder; ``--holdout`` reads
``DIR/holdout/`` instead (the hold-out: run it only to report, never to tune). Without
the files the script says so and exits 0.

What counts as right:

* a byline: the authors, in order, equal the labelled ones once both are put in name
  case (:func:`accordlib.wire.byline.name_case`: "MATTHEW LEE" and "Matthew Lee" are the
  same), and the agency is the labelled one (canonical name, or the outlet as printed,
  or none; names are compared through the agency table, so that the label "MAP" and
  the table's "Maghreb Arabe Presse" are the same agency);
* a dateline: it is found exactly when the label says there is one; and then its place
  (whitespace-folded), month, day and agency equal the labels and the body starts where
  the label says (the first words after the dateline equal ``body_start``, but for the
  punctuation that ends the last of them, which the labels leave out).

Scores are printed per style (bylines: ``agency``, ``web``; datelines: ``modern``, which
holds the negative records, and ``web``), with the share of each field right, and the
misses. ``--check`` exits 1 when a style is below its goal (``GOALS``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from accordlib import parse_byline, parse_dateline
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.byline import name_case

DATA = Path(__file__).resolve().parent / "data"

#: The goals (percent of records right) of issue 14, per file and style.
GOALS = {
    ("datelines", "modern"): 97.0,
    ("datelines", "web"): 90.0,
    ("bylines", "agency"): 97.0,
    ("bylines", "web"): 90.0,
}

Record = dict[str, Any]
#: A check: (record) -> {field: right?}; the record is right when every field is.
Check = Callable[[Record], dict[str, bool]]


def _same_agency(got: str | None, label: str | None) -> bool:
    """Whether two agency names name the same agency: the labels give some agencies by a
    name or code ("MAP", "Jordan News Agency") that the agency table maps to its canonical
    name ("Maghreb Arabe Presse", "Petra"); both sides are compared through the table."""
    if got is None or label is None:
        return got is label
    return (canonical_agency(got) or got) == (canonical_agency(label) or label)


def _fold(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def _words(text: str) -> list[str]:
    words = text.split()
    if words:
        words[-1] = words[-1].rstrip(",.;:")
    return words


def check_byline(record: Record) -> dict[str, bool]:
    found = parse_byline(record["text"])
    authors = [name_case(a) for a in (found.authors if found else ())]
    agency = found.agency if found else None
    record["got"] = {"authors": authors, "agency": agency}
    return {
        "authors": authors == [name_case(a) for a in record["authors"]],
        "agency": _same_agency(agency, record["agency"]),
    }


def check_dateline(record: Record) -> dict[str, bool]:
    text = record["text"]
    found = parse_dateline(text)
    if found is None or not record["dateline"]:
        record["got"] = None if found is None else {"raw": found.raw, "place": found.place}
        return {"detected": (found is not None) == bool(record["dateline"])}
    # the labels give the first words after the dateline without the punctuation that
    # ends the last of them ("Leaving no stone unturned" for "... unturned, Malaysia")
    expected_start = _words(record["body_start"] or "")
    body = _words(" ".join(text[found.end :].split()[: len(expected_start)]))
    record["got"] = {
        "raw": found.raw,
        "place": found.place,
        "region": found.region,
        "country": found.country.alpha3 if found.country else None,
        "month": found.month,
        "day": found.day,
        "year": found.year,
        "agency": found.agency,
        "body_start": " ".join(body),
    }
    return {
        "detected": True,
        "place": _fold(found.place) == _fold(record["place"]),
        "date": (found.month, found.day) == (record["month"], record["day"]),
        "agency": _same_agency(found.agency, record["agency"]),
        "body": body == expected_start,
    }


#: Fields shown for information only: not part of a record's score.
def _extra_dateline_fields(record: Record) -> dict[str, bool]:
    got = record.get("got")
    if not record["dateline"] or not isinstance(got, dict) or "region" not in got:
        return {}
    return {
        "raw": got["raw"] == record["raw"],
        "region": _fold(got["region"]) == _fold(record["region"]),
        "country": got["country"] == record["country"],
        "year": got["year"] == record["year"],
    }


def evaluate(name: str, rows: list[Record], check: Check, show: int) -> dict[str, tuple[int, int]]:
    """Score ``rows`` by style; print the table and the misses; return {style: (right, n)}."""
    by_style: dict[str, list[Record]] = defaultdict(list)
    for row in rows:
        by_style[row["style"]].append(row)
    scores: dict[str, tuple[int, int]] = {}
    print(f"\n{name}: {len(rows)} records")
    for style in sorted(by_style):
        records = by_style[style]
        fields: dict[str, list[bool]] = defaultdict(list)
        misses: list[str] = []
        right = 0
        for record in records:
            result = check(record)
            if name == "datelines":
                extra = _extra_dateline_fields(record)
                for field, ok in extra.items():
                    fields[f"({field})"].append(ok)
            for field, ok in result.items():
                fields[field].append(ok)
            if all(result.values()):
                right += 1
            else:
                wrong = ",".join(field for field, ok in result.items() if not ok)
                misses.append(_miss(record, wrong))
        scores[style] = (right, len(records))
        detail = "  ".join(
            f"{field} {100 * sum(oks) / len(oks):.1f}%" for field, oks in fields.items()
        )
        print(
            f"  {style:<7} {right:>4}/{len(records):<4} {100 * right / len(records):6.1f}%   {detail}"
        )
        for line in misses[:show]:
            print(f"      {line}")
    return scores


def _miss(record: Record, wrong: str) -> str:
    keys = ("authors", "agency") if "authors" in record else ("raw", "place", "month", "day",
                                                             "agency", "body_start")  # fmt: skip
    expected = {key: record[key] for key in keys} if record.get("dateline", True) else None
    return (
        f"{record['id']} [{wrong}] {record['text'][:90]!r}\n"
        f"          expected {json.dumps(expected, ensure_ascii=False)}\n"
        f"          got      {json.dumps(record['got'], ensure_ascii=False)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of the .jsonl files")
    parser.add_argument(
        "--holdout", action="store_true", help="read DIR/holdout/ (report only; never tune)"
    )
    parser.add_argument("--show", type=int, default=10, help="misses to print per style")
    parser.add_argument("--check", action="store_true", help="exit 1 below the goals")
    args = parser.parse_args(argv)
    folder = args.data / "holdout" if args.holdout else args.data
    files = {"bylines": check_byline, "datelines": check_dateline}
    missing = [name for name in files if not (folder / f"{name}.jsonl").exists()]
    if missing:
        print(f"skipped: no {', '.join(missing)}.jsonl in {folder}")
        return 0
    print(f"{'hold-out' if args.holdout else 'dev'} samples from {folder}")
    failed: list[str] = []
    for name, check in files.items():
        text = (folder / f"{name}.jsonl").read_text(encoding="utf-8")
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        scores = evaluate(name, rows, check, args.show)
        for style, (right, total) in scores.items():
            goal = GOALS.get((name, style))
            if goal is not None and 100 * right / total < goal:
                failed.append(f"{name}/{style} {100 * right / total:.1f}% < {goal}%")
    print("\ngoals: " + ", ".join(f"{n}/{s} >= {g}%" for (n, s), g in GOALS.items()))
    if failed:
        print("below the goals: " + "; ".join(failed))
        return 1 if args.check else 0
    print("all goals met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
