"""Evaluate the country resolver on real country references (benchmarks/data/country_names.jsonl).

    python benchmarks/eval_countries.py [--data DIR] [--holdout] [--show N] [--min PCT]

Each record is a country reference as printed on a public news page (``text``), the short
passage it sits in (``context``) and its label (``alpha3``, null when it does not denote a
country there: a US state, a person, a region). See ``benchmarks/data/README.md``.

Two scores:

* **names** — ``get_country(text)`` gives the labelled code (``None`` for null). The text
  alone cannot tell "Georgia" the US state or "Jordan" the basketball player from the
  country, so the records whose label needs the context are counted apart
  (``context-only``: the name alone resolves to the country, the label is null).
* **prose** — ``find_countries(context)`` reports the labelled country on the text's span
  (the first occurrence of ``text`` in ``context``), or reports no country there for a null
  label. Records whose text is not in their context are skipped.

The headline is the names score on the records whose label the name alone can give. The
script exits 1 when it is below ``--min`` (default 0: report only).

``--holdout`` reads ``DIR/holdout/country_names.jsonl`` instead of the dev file; only the
lead runs it, at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import accordlib

HERE = Path(__file__).resolve().parent


def _load(data: Path, holdout: bool) -> list[dict[str, Any]] | None:
    path = data / "holdout" / "country_names.jsonl" if holdout else data / "country_names.jsonl"
    if not path.exists():
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _code(country: accordlib.Country | None) -> str | None:
    return None if country is None else country.alpha3


def _context_only(row: dict[str, Any]) -> bool:
    """A null label on a name that alone is a country: only the context can say no."""
    return row["alpha3"] is None and accordlib.get_country(row["text"]) is not None


def _prose_verdict(row: dict[str, Any]) -> tuple[bool, str] | None:
    """Whether find_countries(context) agrees with the label on the text's span."""
    context, text = row.get("context") or "", row["text"]
    start = context.find(text)
    if start < 0:
        return None
    end = start + len(text)
    found = [m for m in accordlib.find_countries(context) if m.start < end and m.end > start]
    codes = sorted({m.country.alpha3 for m in found})
    if row["alpha3"] is None:
        return not codes, ",".join(codes) or "-"
    return row["alpha3"] in codes, ",".join(codes) or "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE / "data", help="the data folder")
    parser.add_argument("--holdout", action="store_true", help="score the hold-out file")
    parser.add_argument("--show", type=int, default=50, help="misses to print per score")
    parser.add_argument("--min", type=float, default=0.0, help="fail below this names score")
    args = parser.parse_args(argv)
    rows = _load(args.data, args.holdout)
    if rows is None:
        print(f"skipped: no country_names.jsonl under {args.data}")
        return 0

    name_misses: list[str] = []
    context_only: list[str] = []
    for row in rows:
        got = _code(accordlib.get_country(row["text"]))
        if got == row["alpha3"]:
            continue
        line = f"{row['id']} {row['text']!r}: got {got or '-'}, want {row['alpha3'] or '-'}"
        (context_only if _context_only(row) else name_misses).append(line)
    scored = len(rows) - len(context_only)
    right = scored - len(name_misses)

    prose_misses: list[str] = []
    prose_total = 0
    for row in rows:
        verdict = _prose_verdict(row)
        if verdict is None:
            continue
        prose_total += 1
        ok, got_codes = verdict
        if not ok:
            prose_misses.append(
                f"{row['id']} {row['text']!r} in {row['context']!r}: "
                f"got {got_codes}, want {row['alpha3'] or '-'}"
            )

    which = "hold-out" if args.holdout else "dev"
    print(f"country names ({which}, {len(rows)} records)")
    print(f"  names: get_country(text)      {right}/{scored} = {100 * right / scored:.1f}%")
    print(
        f"         context-only records   {len(context_only)} (null label, the name is a country)"
    )
    if prose_total:
        prose_right = prose_total - len(prose_misses)
        print(
            f"  prose: find_countries(context) {prose_right}/{prose_total}"
            f" = {100 * prose_right / prose_total:.1f}%"
        )
    for title, misses in (
        ("names misses", name_misses),
        ("context-only (get_country cannot know)", context_only),
        ("prose misses", prose_misses),
    ):
        if misses and args.show:
            print(f"\n{title}:")
            for line in misses[: args.show]:
                print("  " + line)
    score = 100 * right / scored
    return 1 if score < args.min else 0


if __name__ == "__main__":
    sys.exit(main())
