"""Extract the diplomatic events of the example stories and print them readably.

    python examples/extract_events.py                       # every story in examples/stories
    python examples/extract_events.py examples/stories/cnn-oman-iran-talks.txt
    python examples/extract_events.py --published 2026-04-15 story.txt

Each event is printed with what happened, who did it to whom, whether and when it
happened, who said so, and the rule and sentence it was read from. Publication dates
anchor "on Tuesday" and "next month": the example stories' dates are listed in
examples/published.json (as a feed would carry them); --published gives the date of
other files. Needs nothing beyond accordlib itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import accordlib

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories"

#: When each example story was published, by file name (without .txt).
PUBLISHED: dict[str, str] = json.loads((HERE / "published.json").read_text(encoding="utf-8"))


def describe(event: accordlib.DiplomaticEvent) -> str:
    """One event in a few readable lines."""
    actors = ", ".join(actor.name for actor in event.actors) or "?"
    recipients = ", ".join(actor.name for actor in event.recipients)
    who = f"{actors} -> {recipients}" if recipients else actors
    when = (
        f"{event.date.isoformat()} ({event.date_precision.name.lower()})"
        if event.date is not None
        else "date unknown"
    )
    if event.date_text:
        when += f' from "{event.date_text}"'
    lines = [f"  {event.kind.name:<20} {who}"]
    details = [event.factuality.name.lower(), when]
    if event.agreement:
        details.append(f"agreement: {event.agreement}")
    if event.location:
        details.append(f"in {event.location}")
    if event.source is not None:
        details.append(f"source: {event.source.name}")
    details.append(f"CAMEO {event.cameo} / PLOVER {event.plover}")
    lines.append("      " + "; ".join(details))
    lines.append(f"      rule {event.rule}: {event.sentence[:110]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="story files (default: the examples)")
    parser.add_argument("--published", help="publication date, e.g. 2026-04-15")
    args = parser.parse_args(argv)
    files = args.files or sorted(STORIES.glob("*.txt"))
    # One record per story, with its own publication date, as a feed would carry it.
    records = [
        {
            "id": path.name,
            "text": path.read_text(encoding="utf-8"),
            "published": args.published or PUBLISHED.get(path.stem),
        }
        for path in files
    ]
    stories = list(accordlib.parse_stories(records))
    for path, story, events in zip(
        files, stories, accordlib.extract_events_many(stories), strict=True
    ):
        published = story.published.isoformat() if story.published else "unknown date"
        print(f"{path.name}: {story.headline or '(no headline)'} [{published}]")
        for event in events:
            print(describe(event))
        if not events:
            print("  (no diplomatic events)")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
