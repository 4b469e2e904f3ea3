"""Long-run fuzzing with word salad from accordlib's own vocabulary.

    python fuzz/run_word_salad.py --minutes 30 --seed 1          # every check
    python fuzz/run_word_salad.py --seconds 60 --only parse_official find_officials
    python fuzz/run_word_salad.py --replay 1 4711                 # one salad again

Each example is a salad of titles, portfolios, honorifics, countries, capitals,
demonyms, agencies, months, dateline cities, lexicon verbs and organisation names,
mixed with punctuation, brackets, dashes, quotes, line breaks, case changes and
phrases cut short (``tests/vocabulary.py``), alone and inside story frames. Every
public text function runs on it with the contract checks of the test suite, plus
JSON round trips, a publication date and the event and actor codes.

Example ``i`` of seed ``s`` is always the same text (its own ``random.Random``), so
``--replay s i`` reproduces a finding. Each distinct failure (check, exception type,
innermost frame) is shrunk piece by piece and printed as a Python literal with the
end of its traceback; calls slower than ``--slow`` seconds are reported too. The exit
status is 1 when anything was found. Run it under ``nice`` on a shared machine.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import vocabulary

#: Share of examples placed in a story frame rather than given alone.
FRAMED_SHARE = 0.25


def example(seed: int, index: int) -> tuple[vocabulary.Pieces, str]:
    """The pieces and the frame of example ``index`` under ``seed``."""
    rng = random.Random(f"{seed}:{index}")
    pieces = vocabulary.random_pieces(rng)
    frame = rng.choice(vocabulary.STORY_FRAMES[1:]) if rng.random() < FRAMED_SHARE else "{}"
    return pieces, frame


def signature(check: str, exc: BaseException) -> str:
    """What makes two failures "the same": check, exception type, innermost frame."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    if isinstance(exc, AssertionError):
        where = str(exc).split(":")[0][:60]
    return f"{check}: {type(exc).__name__} at {where}"


def _record(
    found: dict[str, dict[str, Any]],
    pieces: vocabulary.Pieces,
    frame: str,
    check: str,
    exc: BaseException,
) -> None:
    key = signature(check, exc)
    entry = found.setdefault(key, {"count": 0})
    entry["count"] += 1
    if entry["count"] > 1:
        return

    def fails(text: str) -> bool:
        failure = vocabulary.first_failure(vocabulary.framed(frame, text), (check,))
        return failure is not None and signature(*failure) == key

    small = vocabulary.shrink(pieces, fails)
    entry["text"] = vocabulary.framed(frame, vocabulary.join(small))
    entry["traceback"] = "".join(traceback.format_exception(exc)[-4:])
    print(f"FOUND {key}: {entry['text']!r}", flush=True)


def run(seed: int, budget: float, only: tuple[str, ...], slow: float) -> dict[str, dict[str, Any]]:
    """Check salads of ``seed`` until ``budget`` seconds are spent; the findings by key."""
    found: dict[str, dict[str, Any]] = {}
    vocabulary.check_text("WASHINGTON (AP) \u2014 Israeli Prime Minister met U.S. envoys.")  # warm
    deadline = time.monotonic() + budget
    index = 0
    while time.monotonic() < deadline:
        pieces, frame = example(seed, index)
        text = vocabulary.framed(frame, vocabulary.join(pieces))
        start = time.process_time()  # CPU time: a busy machine does not make calls slow
        failure = vocabulary.first_failure(text, only)
        elapsed = time.process_time() - start
        if failure is not None:
            _record(found, pieces, frame, *failure)
        elif elapsed > slow:
            entry = found.setdefault("slow", {"count": 0, "worst": 0.0})
            entry["count"] += 1
            if elapsed > entry["worst"]:
                entry.update(worst=elapsed, text=text)
        index += 1
    print(f"seed {seed}: {index} examples in {budget:.0f} s ({index / budget:.0f}/s)")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--minutes", type=float, default=0.0)
    parser.add_argument("--seconds", type=float, default=0.0)
    parser.add_argument(
        "--only", nargs="*", default=(), help="check names (function names, 'published')"
    )
    parser.add_argument(
        "--slow", type=float, default=1.0, help="report examples taking more CPU seconds"
    )
    parser.add_argument("--replay", nargs=2, type=int, metavar=("SEED", "INDEX"))
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # a degraded story is caught by the checks themselves
    if args.replay:
        pieces, frame = example(*args.replay)
        text = vocabulary.framed(frame, vocabulary.join(pieces))
        print(repr(text))
        vocabulary.check_text(text)
        print("passes")
        return 0
    budget = args.minutes * 60 + args.seconds or 60.0
    found = run(args.seed, budget, tuple(args.only), args.slow)
    for key, entry in sorted(found.items()):
        print(f"\n== {key} (x{entry['count']})")
        if key == "slow":
            print(f"worst {entry['worst']:.2f} s on {len(entry['text'])} chars: {entry['text']!r}")
        else:
            print(f"minimal input: {entry['text']!r}")
            print(entry["traceback"])
    if not found:
        print("nothing found")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
