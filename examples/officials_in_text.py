"""Print the officials named in news stories: who, which office, which country.

    python examples/officials_in_text.py                  # every story in examples/stories/
    python examples/officials_in_text.py story.txt ...    # any text file(s)

For each story it lists every official accordlib finds (offsets, the words as printed, the
person, the canonical title and role, the country and organisation), then an index of the
named officials across all stories, the way one would build a "who said what" table.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import accordlib

STORIES = Path(__file__).resolve().parent / "stories"


def describe(official: accordlib.Official) -> str:
    title = official.title
    parts = [official.name or "(unnamed)"]
    if title is not None:
        role = f"{title.canonical} [{title.role.name}]"
        if title.modifiers:
            role += " (" + ", ".join(title.modifiers) + ")"
        parts.append(role)
    if official.country is not None:
        parts.append(official.country.name)
    if official.organization:
        parts.append(official.organization)
    if official.honorifics:
        parts.append("honorifics: " + ", ".join(official.honorifics))
    return " | ".join(parts)


def main(argv: list[str]) -> int:
    paths = [Path(arg) for arg in argv] or sorted(STORIES.glob("*.txt"))
    index: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        mentions = accordlib.find_officials(text)
        print(f"== {path.name}: {len(mentions)} officials")
        for mention in mentions:
            printed = " ".join(text[mention.start : mention.end].split())
            print(f"  {mention.start:5}-{mention.end:<5} {printed!r}")
            print(f"               -> {describe(mention.official)}")
            official = mention.official
            if official.name and official.title:
                where = official.country.alpha3 if official.country else official.organization
                index[official.name].add(f"{official.title.canonical} ({where or '?'})")
    print("\n== Named officials across all stories")
    for name in sorted(index):
        print(f"  {name}: {'; '.join(sorted(index[name]))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
