"""Parse every example story in examples/stories/ and print a readable summary of each.

python examples/parse_stories.py
"""

from __future__ import annotations

from pathlib import Path

import accordlib

STORIES = Path(__file__).resolve().parent / "stories"

#: How much of a story's first paragraph the summary shows.
LEAD_CHARS = 72


def summarise(story: accordlib.Story) -> list[str]:
    lines = [f"  headline:  {story.headline}"]
    if story.byline is not None:
        lines.append(
            f"  byline:    {', '.join(story.byline.authors) or '-'} ({story.byline.agency})"
        )
    if story.dateline is not None:
        d = story.dateline
        country = d.country.name if d.country else None
        lines.append(
            f"  dateline:  {d.raw!r} -> place={d.place}, region={d.region}, "
            f"country={country}, date={d.date}, agency={d.agency}"
        )
    lines.append(f"  agency:    {story.agency}")
    lines.append(f"  body:      {len(story.paragraphs)} paragraphs")
    if story.paragraphs:
        first = story.paragraphs[0].replace("\n", " ")
        short = first if len(first) <= LEAD_CHARS else first[:LEAD_CHARS] + "..."
        lines.append(f"             {short}")
    for credit in story.credits:
        lines.append(f"  credit:    {credit.role.name.lower()}: {', '.join(credit.names)}")
    for note in story.notes:
        lines.append(f"  note:      {note.kind.name.lower()}: {note.text}")
    if story.copyright is not None:
        lines.append(f"  copyright: {story.copyright.holder} ({story.copyright.year})")
    if story.tags:
        lines.append(f"  tags:      {', '.join(story.tags)}")
    kinds = " ".join(s.kind.name for s in story.segments if s.kind.name != "SEPARATOR")
    lines.append(f"  segments:  {kinds}")
    return lines


def main() -> None:
    for path in sorted(STORIES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        story = accordlib.parse_story(text)
        assert "".join(segment.text for segment in story.segments) == text  # nothing lost
        print(path.name)
        print("\n".join(summarise(story)))
        print()


if __name__ == "__main__":
    main()
