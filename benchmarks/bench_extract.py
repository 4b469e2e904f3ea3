"""Throughput of extract_events on ~4 KB wire stories.

The stories are built from the bundled example stories (``examples/stories/``, written
for accordlib): each benchmark story is a headline, a byline, a dateline and body
paragraphs drawn from several example stories until it reaches about 4 KB. "Dense"
stories use only the paragraphs that report diplomatic events; "mixed" stories also
carry the background, quotation and colour paragraphs a real story has.

No peer is installable: PETRARCH-2 needs Python 2 and a CoreNLP parse of every
sentence, so only our rate is reported, against the goal of 200 stories/s.

Rates are in CPU time of this process (``time.process_time``, best of three rounds
after a warm-up pass), so that other work on a shared machine does not distort them.

    python benchmarks/run.py extract
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from pathlib import Path

from _common import Row, rate

import accordlib

TITLE = "Event extraction: extract_events on ~4 KB stories"

STORIES = Path(__file__).resolve().parents[1] / "examples" / "stories"

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


def _stories(count: int, *, dense: bool) -> list[str]:
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
        while size < 3800:
            paragraph = next(cycle)
            body.append(paragraph)
            size += len(paragraph) + 2
        head = f"Story {number}: officials meet as talks continue\n\nBy Jane Doe, Example News\n"
        stories.append(head + "WASHINGTON, March 3 (Reuters) - " + "\n\n".join(body) + "\n")
    return stories


def run(quick: bool) -> list[Row]:
    count = 20 if quick else 60
    published = dt.date(2026, 3, 3)
    rows = []
    for dense in (False, True):
        stories = _stories(count, dense=dense)
        size = sum(len(s) for s in stories) / len(stories)
        label = "dense" if dense else "mixed"
        ours = rate(
            lambda text: accordlib.extract_events(text, published=published),
            stories,
            min_seconds=0.5 if quick else 2.0,
            clock=time.process_time,
        )
        rows.append(
            Row(
                f"extract_events, {size / 1000:.1f} KB {label} (CPU)",
                "stories",
                ours,
                goal=">= 200/s",
            )
        )
    return rows


if __name__ == "__main__":
    started = time.perf_counter()
    for row in run(quick=False):
        print(row.format())
    print(f"({time.perf_counter() - started:.1f} s)")
