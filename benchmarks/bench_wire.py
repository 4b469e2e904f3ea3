"""Wire-story parsing speed: parse_dateline against dateparser.parse, and parse_story throughput.

    python benchmarks/run.py wire
    python benchmarks/bench_wire.py [--quick] [--clock cpu]

``--clock cpu`` counts this process's CPU time (``time.process_time``) instead of wall
time, so that other work on a shared machine does not distort a before/after comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

from _common import Row, rate

import accordlib

TITLE = "Wire stories (accordlib.parse_dateline, accordlib.parse_story)"

#: Dateline strings in the styles of many agencies (written for this benchmark).
DATELINES = [
    "WASHINGTON, March 9 - ",
    "NEW YORK, MARCH 20 - ",
    "SAN MATEO, Calif., March 2 - ",
    "CHICAGO, March  2 - ",
    "JERUSALEM, Nov 6 (Reuters) - ",
    "ASTANA, Nov. 7 (Xinhua) -- ",
    "BONN, Germany, Feb. 17, Kyodo",
    "NEW YORK, May 8. /TASS/.",
    "SEOUL, Nov. 7 (Yonhap) -- ",
    "TEL AVIV, Israel, Oct. 3 (AP) — ",
    "Madrid, 7 nov (EFE).- ",
    "NEW DELHI, Dec 2 (PTI) ",
    "PARIS, Jan 12 (AFP) - ",
    "ANKARA, Sept. 30 (AA) - ",
    "BERLIN, April 4 (dpa) - ",
    "LONDON, Macrh 3 - ",
]

_PARAGRAPH = (
    "Foreign ministers from both countries met for three hours on {day}, officials said, "
    "and agreed to resume regular consultations on trade, energy and transport links. "
    "A joint statement released after the talks said the two sides would open new "
    "consular offices next year and expand flights between their capitals."
)


_PEOPLE = ["Anna Kowalski", "Tomas Berger", "Lale Aksoy", "Omar Khalil", "Mira Sood", "Kim Ode"]
_PLACES = ["BRUSSELS", "ANKARA", "DOHA", "ASTANA", "CAIRO", "WASHINGTON", "SEOUL"]


def _story(index: int) -> str:
    """A ~4 KB Reuters-style story; names, places and dates vary from story to story."""
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    paragraphs = [_PARAGRAPH.format(day=days[(index + i) % 5]) for i in range(12)]
    one, two, three, four = (_PEOPLE[(index + k) % len(_PEOPLE)] for k in range(4))
    place = _PLACES[index % len(_PLACES)]
    return (
        f"Ministers agree to deepen ties after talks number {index}\n\n"
        f"By {one} and {two}\n"
        f"{place}, March {1 + index % 28} (Reuters) - " + "\n\n".join(paragraphs) + "\n\n"
        f"(Reporting by {one}; Additional reporting by {three} in Warsaw; "
        f"Editing by {four})\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    )


def run(quick: bool, *, clock: Callable[[], float] = time.perf_counter) -> list[Row]:
    seconds = 0.3 if quick else 1.5
    published = dt.datetime(2025, 3, 10)
    rows = []
    ours = rate(
        lambda s: accordlib.parse_dateline(s, published=published),
        DATELINES,
        min_seconds=seconds,
        clock=clock,
    )
    try:
        import dateparser
    except ImportError:  # pragma: no cover - the bench extra is not installed
        print("dateparser is not installed: pip install -e '.[bench]'", file=sys.stderr)
        rows.append(Row("parse_dateline", "datelines", ours, goal=">= 50x dateparser"))
    else:
        settings = {"RELATIVE_BASE": published}
        peer = rate(
            lambda s: dateparser.parse(s, languages=["en"], settings=settings),
            DATELINES,
            min_seconds=seconds,
            clock=clock,
        )
        rows.append(Row("parse_dateline", "datelines", ours, "dateparser.parse", peer, ">= 50x"))
    stories = [_story(i) for i in range(50)]
    size = sum(len(s) for s in stories) / len(stories)
    throughput = rate(
        lambda s: accordlib.parse_story(s, published=published),
        stories,
        min_seconds=seconds,
        clock=clock,
    )
    rows.append(
        Row(
            f"parse_story (~{size / 1000:.1f} KB stories)",
            "stories",
            throughput,
            goal=">= 5,000/s",
        )
    )
    return rows


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _common import print_rows

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter timing rounds")
    parser.add_argument(
        "--clock", choices=("wall", "cpu"), default="wall", help="wall time or process CPU time"
    )
    args = parser.parse_args()
    chosen = time.process_time if args.clock == "cpu" else time.perf_counter
    print_rows(f"{TITLE} [{args.clock} clock]", run(quick=args.quick, clock=chosen))
