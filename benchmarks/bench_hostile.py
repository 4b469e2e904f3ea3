"""Hostile shapes: does x4 input cost about x4 time in every public function?

    python benchmarks/bench_hostile.py            # the table; exit 1 if any ratio > 7
    python benchmarks/bench_hostile.py --quick    # smaller inputs, shorter timing
    python benchmarks/bench_hostile.py --all      # also the extra shapes of tests/hostile_inputs.py
    python benchmarks/bench_hostile.py --repetitions --quick   # runs of one unit each
    python benchmarks/run.py hostile              # as rows beside the other benchmarks

Each of ten hostile shapes ("By " * n, "(" * n, dash runs, "Washington, " * n,
repeated datelines and titles, "the " * n, one long line of prose, random Unicode,
nested quotes) is built at a size of n characters and of 4n, and every public text
function is timed on both (best of several calls, in CPU time of this process —
``time.process_time`` — so that other work on a shared machine does not distort the
ratios; wall-clock time is what you get on an idle machine). Linear code gives a ratio near 4;
the bar is 7. A ratio is only flagged when the 4n call takes at least 1 ms, because
below that the ratio measures timer noise, not the algorithm. A call that would take
more than a minute at 4n (16x its time at n) is not run and is flagged SLOW; a call
that raises is flagged ERROR.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import itertools
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import hostile_inputs  # noqa: E402 - needs the sys.path entry above
from _common import Row  # noqa: E402

TITLE = "Hostile shapes: time at 4n / time at n (goal < 7; linear is ~4)"

#: Base sizes in characters (the 4n input is four times this).
SIZE = 50_000
QUICK_SIZE = 10_000
#: The "one 1 MB line" shape reaches 1 MB at 4n.
PROSE_SIZE = 250_000
QUICK_PROSE_SIZE = 62_500

MAX_RATIO = 7.0
NOISE_FLOOR_S = 0.001
SLOW_S = 60.0


@dataclass(frozen=True)
class Measure:
    """Timings of one function on one shape at n and 4n characters."""

    shape: str
    function: str
    chars: int
    small_s: float | None
    large_s: float | None
    problem: str = ""

    @property
    def ratio(self) -> float | None:
        if self.small_s is None or self.large_s is None or self.small_s <= 0:
            return None
        return self.large_s / self.small_s

    @property
    def flagged(self) -> bool:
        if self.problem:
            return True
        ratio = self.ratio
        return (
            ratio is not None
            and ratio > MAX_RATIO
            and self.large_s is not None
            and self.large_s >= NOISE_FLOOR_S
        )


class _CallTimeoutError(Exception):
    pass


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _CallTimeoutError


#: Distinct whitespace tails, one per timed call in this process.
_TAILS = ("".join(" \t"[int(bit)] for bit in f"{i:016b}") for i in itertools.count())


def _timed(func: Callable[[str], object], text: str, timeout: float) -> float:
    """CPU time of one call on a distinct copy of ``text``.

    The copy gets a unique tail of 16 spaces and tabs, so that a memo keyed on the input
    cannot turn repeats into dictionary look-ups: a feed sends each hostile string once.
    """
    variant = text + next(_TAILS)
    gc.collect()  # every call starts from the same heap, so no call pays for another's garbage
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        start = time.process_time()
        func(variant)
        return time.process_time() - start
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def measure(
    shapes: dict[str, Callable[[int], str]], quick: bool, only: list[str] | None = None
) -> Iterator[Measure]:
    """Time every text function on every shape at n and 4n characters."""
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    min_seconds = 0.1 if quick else 0.4
    try:
        warm = hostile_inputs.example_stories()["cnn-abraham-accords"]
        for name in hostile_inputs.TEXT_FUNCTIONS:
            # Load the lazy tables outside the timings; an unlanded function shows below.
            with contextlib.suppress(Exception):
                hostile_inputs.call(name, warm)
        for shape, make in shapes.items():
            if shape == "prose_one_line":
                size = QUICK_PROSE_SIZE if quick else PROSE_SIZE
            else:
                size = QUICK_SIZE if quick else SIZE
            small, large = make(size), make(4 * size)
            for name in hostile_inputs.TEXT_FUNCTIONS:
                if only and not any(word in name for word in only):
                    continue
                yield _measure_one(shape, name, small, large, min_seconds)
    finally:
        signal.signal(signal.SIGALRM, previous)


def _measure_one(shape: str, name: str, small: str, large: str, min_seconds: float) -> Measure:
    """Best times at n and 4n; the calls alternate (n, 4n, n, 4n, ...) so that a change of
    load on the machine affects both sides alike. At least 5 calls each, at most 25."""
    func = functools.partial(hostile_inputs.call, name)
    chars = len(small)
    try:
        small_s = _timed(func, small, SLOW_S)
    except _CallTimeoutError:
        return Measure(shape, name, chars, None, None, f"TIMEOUT > {SLOW_S:.0f} s at n")
    except Exception as exc:
        return Measure(shape, name, chars, None, None, f"ERROR {type(exc).__name__}")
    if small_s * 16 > SLOW_S:
        return Measure(shape, name, chars, small_s, None, "SLOW: 4n not run")
    try:
        large_s = _timed(func, large, SLOW_S)
        calls, spent = 1, small_s + large_s
        while calls < 25 and (calls < 5 or spent < min_seconds):
            small_s = min(small_s, elapsed := _timed(func, small, SLOW_S))
            spent += elapsed
            large_s = min(large_s, elapsed := _timed(func, large, SLOW_S))
            spent += elapsed
            calls += 1
    except _CallTimeoutError:
        return Measure(shape, name, chars, small_s, None, f"TIMEOUT > {SLOW_S:.0f} s at 4n")
    except Exception as exc:
        return Measure(shape, name, chars, small_s, None, f"ERROR {type(exc).__name__}")
    return Measure(shape, name, chars, small_s, large_s)


def _ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1000:.2f}"


def run(quick: bool) -> list[Row]:
    """Rows for ``benchmarks/run.py``: throughput at 4n and the ratio in the task name."""
    rows = []
    for m in measure(hostile_inputs.HOSTILE_SHAPES, quick):
        ratio = m.ratio
        verdict = m.problem or (f"x{ratio:.1f}" if ratio is not None else "")
        flag = "  <-- FLAG" if m.flagged else ""
        kb_per_s = 4 * m.chars / 1000 / m.large_s if m.large_s else 0.0
        rows.append(
            Row(
                f"{m.shape} / {m.function} ({verdict})",
                "KB",
                kb_per_s,
                goal=f"x4 input < x{MAX_RATIO:.0f} time{flag}",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs, shorter timing")
    parser.add_argument("--all", action="store_true", help="also the extra hostile shapes")
    parser.add_argument(
        "--repetitions", action="store_true", help="runs of one unit (capitals, brackets, ...)"
    )
    parser.add_argument("--shape", nargs="*", help="only shapes whose name contains these")
    parser.add_argument("--function", nargs="*", help="only functions whose name contains these")
    args = parser.parse_args(argv)
    shapes = dict(hostile_inputs.HOSTILE_SHAPES)
    if args.all:
        shapes.update(hostile_inputs.EXTRA_SHAPES)
    if args.repetitions:  # alone: only these; with --all: every shape
        shapes = shapes if args.all else {}
        shapes.update(hostile_inputs.REPETITION_SHAPES)
    if args.shape:
        shapes = {k: v for k, v in shapes.items() if any(word in k for word in args.shape)}
    print(TITLE)
    print(f"{'shape':<20} {'function':<16} {'n chars':>9} {'n ms':>10} {'4n ms':>10} {'ratio':>7}")
    flagged = []
    for m in measure(shapes, args.quick, args.function):
        ratio = "-" if m.ratio is None else f"{m.ratio:.1f}"
        note = m.problem or ("> 7" if m.flagged else "")
        line = (
            f"{m.shape:<20} {m.function:<16} {m.chars:>9,} {_ms(m.small_s):>10} "
            f"{_ms(m.large_s):>10} {ratio:>7}  {'FLAG ' + note if m.flagged else ''}"
        )
        print(line.rstrip(), flush=True)
        if m.flagged:
            flagged.append(line)
    print()
    if flagged:
        print(f"{len(flagged)} flagged (ratio > {MAX_RATIO:.0f} above 1 ms, too slow, or raised):")
        print("\n".join(flagged))
        return 1
    print(f"all ratios below {MAX_RATIO:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
