"""Dump what every public function returns on a broad set of inputs, and diff two dumps.

A refactoring must not change results. Run this before the change and after it::

    python tools/dump_outputs.py write /tmp/before.jsonl.gz
    ... change the code ...
    python tools/dump_outputs.py write /tmp/after.jsonl.gz
    python tools/dump_outputs.py diff /tmp/before.jsonl.gz /tmp/after.jsonl.gz

or, in one step, ``python tools/dump_outputs.py check /tmp/before.jsonl.gz``.

The inputs are the example stories, every string literal in the test suite, the
deterministic hostile corpus of ``tests/hostile_inputs.py``, the vocabulary of the
country and title tables (with case and article variants) and, when ``../shared`` is
beside the project, the Reuters 1987 dev datelines rebuilt into stories, the PLOVER
dev sentences and the seed story. Only public names of :mod:`accordlib` are called,
so the script runs unchanged on either side of a refactoring.

Results are recorded as :func:`accordlib.to_dict` dictionaries (or the exception's
type and message). ``diff`` ignores dictionary keys that the old dump does not have
(fields added with defaults are not behaviour changes) and lists every other change.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import gzip
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tests"))

import accordlib  # noqa: E402

#: Functions run on whole texts.
STORY_FUNCTIONS = (
    "parse_story",
    "find_countries",
    "find_officials",
    "extract_events",
)
#: Functions run on lines and short phrases.
LINE_FUNCTIONS = (
    "parse_byline",
    "parse_dateline",
    "parse_copyright",
    "get_country",
    "normalize_title",
    "parse_official",
)
PUBLISHED = dt.date(2026, 3, 10)


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_encode(item) for item in value]
    return accordlib.to_dict(value)


def _call(name: str, text: str, **options: Any) -> Any:
    try:
        return {"ok": _encode(getattr(accordlib, name)(text, **options))}
    except Exception as error:
        return {"error": type(error).__name__, "message": str(error)}


def _test_literals() -> list[str]:
    found: set[str] = set()
    for path in sorted((ROOT / "tests").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and 2 <= len(value) <= 5000:
                found.add(value)
    return sorted(found)


def _table_words() -> list[str]:
    data = ROOT / "src" / "accordlib" / "data"
    words: set[str] = set()
    for name in (
        "country_names.tsv",
        "country_aliases.tsv",
        "country_demonyms.tsv",
        "country_capitals.tsv",
        "country_short_names.tsv",
        "titles.tsv",
    ):
        path = data / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            if line.startswith("#"):
                continue
            cell = line.split("\t")[0].strip()
            if cell:
                words.update((cell, cell.upper(), cell.lower(), f"the {cell}"))
    return sorted(words)


def _reuters_rows() -> list[dict[str, Any]]:
    path = SHARED / "data" / "reuters1987_datelines_dev.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _records() -> Iterator[tuple[str, str, Any]]:
    from hostile_inputs import example_stories, mutated_corpus  # noqa: PLC0415

    stories = dict(sorted(example_stories().items()))
    seed = SHARED / "reference" / "seed-story.txt"
    if seed.exists():
        stories["seed-story"] = seed.read_text(encoding="utf-8")
    for name, text in stories.items():
        for fn in STORY_FUNCTIONS:
            yield fn, f"story:{name}", _call(fn, text)
        yield (
            "extract_events",
            f"story:{name}@published",
            _call("extract_events", text, published=PUBLISHED),
        )
        for line in text.splitlines()[:12]:
            for fn in LINE_FUNCTIONS:
                yield fn, f"line:{name}:{line[:60]}", _call(fn, line)

    for text in _test_literals():
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        for fn in (*LINE_FUNCTIONS, *STORY_FUNCTIONS):
            yield fn, f"literal:{digest}:{text[:60]}", _call(fn, text)

    for label, text in mutated_corpus():
        for fn in (*STORY_FUNCTIONS, *LINE_FUNCTIONS):
            yield fn, f"hostile:{label}", _call(fn, text)

    for word in _table_words():
        yield "get_country", f"table:{word}", _call("get_country", word)
        yield "normalize_title", f"table:{word}", _call("normalize_title", word)
        yield (
            "parse_official",
            f"table:{word} Ana Ruiz",
            _call("parse_official", f"{word} Ana Ruiz"),
        )

    for row in _reuters_rows():
        stamp = dt.datetime.strptime(row["date"].split()[0], "%d-%b-%Y").date()
        head = row["dateline"] + row["body_start"]
        yield (
            "parse_dateline",
            f"reuters:{row['newid']}",
            _call("parse_dateline", head, published=stamp),
        )
        story = f"{row['title']}\n{row['dateline']}{row['body_start']}\n Reuter\n"
        yield (
            "parse_story",
            f"reuters:{row['newid']}",
            _call("parse_story", story, published=stamp),
        )
        yield (
            "extract_events",
            f"reuters:{row['newid']}",
            _call("extract_events", story, published=stamp),
        )

    plover = SHARED / "data" / "plover_gsr_dev.jsonl"
    if plover.exists():
        for line in plover.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for fn in STORY_FUNCTIONS:
                yield fn, f"plover:{record['id']}", _call(fn, record["sentence"])


def write(path: Path) -> int:
    count = 0
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for fn, label, result in _records():
            out.write(json.dumps([fn, label, result], sort_keys=True) + "\n")
            count += 1
    print(f"{count} records written to {path}", file=sys.stderr)
    return count


def _load(path: Path) -> dict[tuple[str, str], list[Any]]:
    records: dict[tuple[str, str], list[Any]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            fn, label, result = json.loads(line)
            records.setdefault((fn, label), []).append(result)
    return records


def _project(new: Any, old: Any) -> Any:
    """``new`` without the dictionary keys that ``old`` does not have, recursively."""
    if isinstance(new, dict) and isinstance(old, dict):
        return {key: _project(value, old[key]) for key, value in new.items() if key in old}
    if isinstance(new, list) and isinstance(old, list) and len(new) == len(old):
        return [_project(n, o) for n, o in zip(new, old, strict=True)]
    return new


def diff(before: Path, after: Path, *, show: int = 20) -> int:
    old, new = _load(before), _load(after)
    changed = [key for key in old if key in new and _project(new[key], old[key]) != old[key]]
    missing = [key for key in old if key not in new]
    if missing:
        print(f"{len(missing)} inputs of the old dump are not in the new one (test literals)")
    added = [key for key in new if key not in old]
    print(f"{len(old)} keys before, {len(new)} after; {len(changed)} changed, {len(added)} new")
    print(f"{len(old) - len(changed) - len(set(old) - set(new))} results identical")
    for key in changed[:show]:
        print(f"--- {key[0]} {key[1]!r}")
        print(f"  before: {json.dumps(old[key], ensure_ascii=True)[:600]}")
        print(f"  after:  {json.dumps(new.get(key), ensure_ascii=True)[:600]}")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("write").add_argument("path", type=Path)
    d = sub.add_parser("diff")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--show", type=int, default=20)
    c = sub.add_parser("check")
    c.add_argument("before", type=Path)
    c.add_argument("--show", type=int, default=20)
    args = parser.parse_args(argv)
    if args.command == "write":
        write(args.path)
        return 0
    if args.command == "diff":
        return diff(args.before, args.after, show=args.show)
    with tempfile.TemporaryDirectory() as folder:
        after = Path(folder) / "after.jsonl.gz"
        write(after)
        return diff(args.before, after, show=args.show)


if __name__ == "__main__":
    raise SystemExit(main())
