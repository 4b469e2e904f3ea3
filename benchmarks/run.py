"""Run every benchmark side by side with the peers, in one process, and print ratios.

    pip install -e '.[bench]'
    python benchmarks/run.py            # all benchmarks
    python benchmarks/run.py countries  # only benchmarks whose module name contains "countries"
    python benchmarks/run.py --quick    # shorter timing rounds

Each ``benchmarks/bench_*.py`` module defines ``TITLE`` and ``run(quick: bool) -> list[Row]``.
A peer that is not installed is reported and skipped, never faked.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import print_rows  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="run benchmarks whose name contains these words")
    parser.add_argument("--quick", action="store_true", help="shorter timing rounds")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, one process, one core; rates are best of 3 rounds.")
    for path in sorted(HERE.glob("bench_*.py")):
        if args.only and not any(word in path.stem for word in args.only):
            continue
        module = importlib.import_module(path.stem)
        print_rows(module.TITLE, module.run(quick=args.quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
