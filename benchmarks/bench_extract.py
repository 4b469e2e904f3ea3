"""Throughput of extract_events on ~4 KB wire stories and on ~900-byte wire items.

The stories are built from the bundled example stories (``examples/stories/``, written
for accordlib): each benchmark story is a headline, a byline, a dateline and body
paragraphs drawn from several example stories until it reaches about 4 KB. "Dense"
stories use only the paragraphs that report diplomatic events; "mixed" stories also
carry the background, quotation and colour paragraphs a real story has. "Short" items
are a dateline and mixed paragraphs up to about 900 bytes, the size of a brief. "Real"
items are the development set's 1987 Reuters stories (``benchmarks/data``: the 55 stories
of ``reuters1987_events.jsonl`` and the 101 earnings and acquisition stories of
``reuters1987_corporate.jsonl``, ~800 bytes on average), real wire copy in which, unlike
the example paragraphs, most sentences and half the stories report no event.

No peer is installable: PETRARCH-2 needs Python 2 and a CoreNLP parse of every
sentence, so only our rate is reported, against the goals of 300 stories/s at 4 KB
and 1,000 items/s at 900 bytes (issue 13).

Rates are in CPU time of this process by default (``time.process_time``, best of three
rounds after a warm-up pass), so that other work on a shared machine does not distort
them; ``--clock wall`` times wall-clock seconds instead.

    python benchmarks/run.py extract
    python benchmarks/bench_extract.py --clock cpu
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import time
from collections.abc import Callable
from pathlib import Path

from _common import Row, rate

import accordlib

TITLE = "Event extraction: extract_events on ~4 KB stories"

STORIES = Path(__file__).resolve().parents[1] / "examples" / "stories"
#: Real wire items of the development set (never the hold-out).
REAL = [
    Path(__file__).resolve().parent / "data" / name
    for name in ("reuters1987_events.jsonl", "reuters1987_corporate.jsonl")
]

#: Paragraphs without a diplomatic trigger, in the register of wire copy (written for accordlib).
COLOUR = [
    (
        "The talks come at a sensitive moment for the region, where energy prices have risen "
        "sharply over the past year and several governments face elections."
    ),
    (
        "Analysts said the outcome would depend on how quickly the two sides could agree on the "
        "sequencing of any steps, and on whether parliaments would have to approve them."
    ),
    (
        "\u201cThis is a long road and nobody expects miracles,\u201d one diplomat said, speaking on "
        "condition of anonymity to discuss private conversations."
    ),
    (
        "Trade between the two countries reached about $4 billion last year, according to "
        "official figures, most of it in energy, grain and machinery."
    ),
    (
        "The announcement was broadcast on state television and shared widely on social media, "
        "where reactions ranged from cautious optimism to open scepticism."
    ),
]


def _paragraphs() -> list[str]:
    found: list[str] = []
    for path in sorted(STORIES.glob("*.txt")):
        story = accordlib.parse_story(path.read_text(encoding="utf-8"))
        found.extend(story.paragraphs)
    return found


#: Body sizes in characters: a ~4 KB story and a ~900-byte brief.
STORY_BODY = 3800
BRIEF_BODY = 700


def _stories(count: int, *, dense: bool, body_size: int = STORY_BODY) -> list[str]:
    paragraphs = _paragraphs()
    event_paragraphs = [
        p for p in paragraphs if accordlib.extract_events(p, published="2026-03-03")
    ]
    pool = event_paragraphs if dense else paragraphs + COLOUR
    cycle = itertools.cycle(pool)
    stories = []
    for number in range(count):
        body: list[str] = []
        size = 0
        while size < body_size:
            paragraph = next(cycle)
            body.append(paragraph)
            size += len(paragraph) + 2
        head = f"Story {number}: officials meet as talks continue\n\nBy Jane Doe, Example News\n"
        stories.append(head + "WASHINGTON, March 3 (Reuters) - " + "\n\n".join(body) + "\n")
    return stories


def _real_items() -> list[tuple[str, str]]:
    """The real stories, each with its date (the dateline's "March 2" needs a year)."""
    items = []
    for path in REAL:
        with path.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
        items.extend((record["text"], record["date"]) for record in records)
    return items


CLOCKS: dict[str, tuple[Callable[[], float], str]] = {
    "cpu": (time.process_time, "CPU"),
    "wall": (time.perf_counter, "wall"),
}


def run(quick: bool, clock: str = "cpu") -> list[Row]:
    count = 20 if quick else 60
    published = dt.date(2026, 3, 3)
    timer, clock_label = CLOCKS[clock]
    rows = []
    for label, dense, body_size, goal in (
        ("mixed", False, STORY_BODY, ">= 300/s"),
        ("dense", True, STORY_BODY, ">= 300/s"),
        ("short mixed", False, BRIEF_BODY, ">= 1,000/s"),
    ):
        stories = _stories(count, dense=dense, body_size=body_size)
        size = sum(len(s.encode("utf-8")) for s in stories) / len(stories)
        ours = rate(
            lambda text: accordlib.extract_events(text, published=published),
            stories,
            min_seconds=0.5 if quick else 2.0,
            clock=timer,
        )
        rows.append(
            Row(
                f"extract_events, {size / 1000:.1f} KB {label} ({clock_label})",
                "stories",
                ours,
                goal=goal,
            )
        )
    real = _real_items()
    size = sum(len(text.encode("utf-8")) for text, _ in real) / len(real)
    ours = rate(
        lambda item: accordlib.extract_events(item[0], published=item[1]),
        real,
        min_seconds=0.5 if quick else 2.0,
        clock=timer,
    )
    rows.append(
        Row(
            f"extract_events, {size / 1000:.1f} KB real 1987 Reuters ({clock_label})",
            "stories",
            ours,
            goal=">= 1,000/s",
        )
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer stories, shorter rounds")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="cpu", help="what to time")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    for row in run(quick=args.quick, clock=args.clock):
        print(row.format())
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
