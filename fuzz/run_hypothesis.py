"""Long-run fuzzing with Hypothesis: no atheris needed, any Python.

    python fuzz/run_hypothesis.py --minutes 10                  # every public function
    python fuzz/run_hypothesis.py --target find_countries --minutes 5
    python fuzz/run_hypothesis.py --seconds 60 --seed 7 --slow 0.5

It runs the same contract checks as the test suite and the atheris targets
(``tests/hostile_inputs.py``), round-robin over the functions, in batches of
Hypothesis examples drawn from two strategies (hostile fragments glued together, and
arbitrary text including lone surrogates), until the time is up. Every distinct
failure is shrunk by Hypothesis to a minimal input and printed as a Python literal
with the end of its traceback; calls slower than ``--slow`` seconds are reported
too. The exit status is 1 when anything was found.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import hostile_inputs
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st


def _signature(name: str, exc: BaseException) -> str:
    """What makes two failures "the same": function, exception type, innermost frame."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    first_line = str(exc).splitlines()[0][:80] if str(exc) else ""
    if isinstance(exc, AssertionError):
        where = first_line.split(":")[0]
    return f"{name}: {type(exc).__name__} at {where}"


def fuzz_function(
    name: str, batch_seed: int, examples: int, slow: float, found: dict[str, dict[str, Any]]
) -> None:
    """One batch of ``examples`` Hypothesis examples against ``name``."""
    failing: dict[str, Any] = {}
    strategy = st.one_of(
        hostile_inputs.hostile_text_strategy(max_pieces=24),
        st.text(st.characters(codec=None, exclude_categories=()), max_size=400),
    )

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=False,
        report_multiple_bugs=False,
        suppress_health_check=list(HealthCheck),
    )
    @seed(batch_seed)
    @given(text=strategy)
    def check(text: str) -> None:
        start = time.perf_counter()
        try:
            hostile_inputs.checked_call(name, text)
        except Exception as exc:
            failing["text"] = text
            failing["exc"] = exc
            raise
        elapsed = time.perf_counter() - start
        if elapsed > slow:
            key = f"{name}: slow"
            entry = found.setdefault(key, {"kind": "slow", "count": 0, "worst": 0.0})
            entry["count"] += 1
            if elapsed > entry["worst"]:
                entry.update(worst=elapsed, text=text)

    try:
        check()
    except Exception as exc:
        text = failing.get("text")
        inner = failing.get("exc", exc)
        key = _signature(name, inner)
        entry = found.setdefault(key, {"kind": "error", "count": 0})
        entry["count"] += 1
        if "text" not in entry or (text is not None and len(text) < len(entry["text"])):
            entry["text"] = text
            entry["traceback"] = "".join(traceback.format_exception(inner)[-6:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", nargs="*", help="functions to fuzz (default: all)")
    parser.add_argument("--minutes", type=float, default=0.0)
    parser.add_argument("--seconds", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=0, help="first batch seed (default 0)")
    parser.add_argument("--examples", type=int, default=200, help="examples per batch")
    parser.add_argument("--slow", type=float, default=1.0, help="report calls slower than this")
    args = parser.parse_args(argv)
    names = args.target or list(hostile_inputs.TEXT_FUNCTIONS)
    unknown = [name for name in names if name not in hostile_inputs.CHECKS]
    if unknown:
        parser.error(f"unknown target {unknown}; choose from {list(hostile_inputs.CHECKS)}")
    budget = args.minutes * 60 + args.seconds or 60.0
    # Load the lazy tables first, so a first call is not reported as slow.
    warm = hostile_inputs.example_stories()["cnn-abraham-accords"]
    for name in names:
        with contextlib.suppress(Exception):
            hostile_inputs.call(name, warm)
    deadline = time.monotonic() + budget
    found: dict[str, dict[str, Any]] = {}
    batches = 0
    batch_seed = args.seed
    while time.monotonic() < deadline:
        for name in names:
            fuzz_function(name, batch_seed, args.examples, args.slow, found)
            batches += 1
            if time.monotonic() >= deadline:
                break
        batch_seed += 1
    print(f"{batches} batches of {args.examples} examples over {names} in {budget:.0f} s")
    for key, entry in sorted(found.items()):
        print(f"\n== {key} (x{entry['count']})")
        if entry["kind"] == "slow":
            print(f"worst {entry['worst']:.2f} s on {len(entry['text'])} chars: {entry['text']!r}")
        else:
            print(f"minimal input: {entry['text']!r}")
            print(entry.get("traceback", ""))
    if not found:
        print("nothing found")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
