"""Running one command on one story and rendering the result in the chosen format.

Rendering happens where the work happens — in the workers with ``--jobs`` — so the
parent process only writes strings. Each input gives *pieces*: lines of JSONL or
CSV, blocks of text, the whole JSON document (one input) or elements of one JSON
list (several).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Mapping, Sequence

import attrs
import regex

from accordlib.countries.model import CountryMention
from accordlib.countries.prose import find_countries
from accordlib.events.rows import ROW_FIELDS
from accordlib.officials.model import OfficialMention
from accordlib.officials.scanner import find_officials
from accordlib.records import StoryRecord, parse_record, record_events, story_date
from accordlib.serialize.convert import to_dict
from accordlib.wire.model import Dateline, Story

__all__ = ["CSV_FIELDS", "Job", "Rendered", "render", "safe"]

#: The columns that say where a row came from, first in every CSV.
_ORIGIN = ("file", "line", "id")

#: The columns of a story in CSV.
STORY_FIELDS = (
    "headline",
    "authors",
    "agency",
    "place",
    "region",
    "country",
    "dateline_date",
    "published",
    "date",
    "paragraphs",
    "words",
    "body",
)
COUNTRY_FIELDS = ("start", "end", "text", "country", "country_name", "kind")
OFFICIAL_FIELDS = (
    "start",
    "end",
    "text",
    "name",
    "title",
    "role",
    "country",
    "organization",
    "honorifics",
)

#: The CSV header of each command.
CSV_FIELDS: dict[str, tuple[str, ...]] = {
    "parse": (*_ORIGIN, *STORY_FIELDS),
    "events": (*_ORIGIN, *ROW_FIELDS),
    "countries": (*_ORIGIN, *COUNTRY_FIELDS),
    "officials": (*_ORIGIN, *OFFICIAL_FIELDS),
}

#: Characters never written raw in text output: terminal escapes and other controls
#: (tab and line breaks excepted), and the bidirectional overrides that can make a
#: terminal show text other than what is there.
_UNSAFE = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

#: Longest paragraph shown whole in a summary.
_LEAD_CHARS = 160


@attrs.frozen
class Job:
    """What to do with every input: the command, its output format and options."""

    command: str
    fmt: str
    published: dt.date | None
    encoding: str
    input_format: str
    single: bool  # one story: json prints the bare result
    hint: bool = False  # text chosen for a terminal: end a summary with where to go next


@attrs.frozen
class Rendered:
    """The output of one input, and whether its story could be dated (parse, events)."""

    pieces: tuple[str, ...]
    dated: bool | None = None


def safe(text: str) -> str:
    """``text`` with control characters shown as escapes, for a terminal.

    >>> safe("Talks\\x1b[31m resumed\\u202e")
    'Talks\\\\x1b[31m resumed\\\\u202e'
    """
    return _UNSAFE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


def _fold(text: str) -> str:
    return safe(" ".join(text.split()))


# --------------------------------------------------------------------------- text output


def _dateline_summary(dl: Dateline) -> str:
    facts = [
        f"{label} {value}"
        for label, value in (
            ("place", ", ".join(part for part in (dl.place, dl.region) if part)),
            ("country", dl.country.alpha3 if dl.country is not None else ""),
            ("date", dl.date.isoformat() if dl.date is not None else ""),
        )
        if value
    ]
    details = f"  [{'; '.join(facts)}]" if facts else ""
    return _fold(dl.raw + details)


def story_summary(story: Story, *, hint: bool = False) -> str:
    """A short summary of a story for people: its parts, and counts of the rest."""
    lines = []
    if story.headline:
        lines.append(f"headline:   {_fold(story.headline)}")
    if story.byline is not None:
        authors = ", ".join(story.byline.authors) or "-"
        agency = f" ({story.byline.agency})" if story.byline.agency else ""
        lines.append(f"byline:     {_fold(authors + agency)}")
    if story.dateline is not None:
        lines.append(f"dateline:   {_dateline_summary(story.dateline)}")
    if story.agency:
        lines.append(f"agency:     {safe(story.agency)}")
    when = story_date(story)
    lines.append(f"date:       {when.isoformat() if when is not None else 'unknown'}")
    words = len(story.body.split())
    lines.append(f"body:       {len(story.paragraphs)} paragraphs, {words} words")
    if story.paragraphs:
        lead = story.paragraphs[0]
        short = lead if len(lead) <= _LEAD_CHARS else lead[: _LEAD_CHARS - 1] + "…"
        lines.append(f"lead:       {_fold(short)}")
    for credit in story.credits:
        lines.append(f"credit:     {credit.role.name}: {_fold(', '.join(credit.names))}")
    for note in story.notes:
        lines.append(f"note:       {note.kind.name}: {_fold(note.text)}")
    if story.copyright is not None:
        lines.append(f"copyright:  {_fold(story.copyright.raw)}")
    if hint:
        lines.append("(every field, with offsets: --format json; its events: accordlib events)")
    return "\n".join(lines) + "\n"


def _event_line(row: Mapping[str, str | None], prefix: str) -> str:
    date = row["date"] or "undated"
    if row["date"] and row["date_precision"] != "DAY":
        date += f" ({(row['date_precision'] or '').lower()})"
    who = row["actors"] or "?"
    if row["recipients"]:
        who += f" -> {row['recipients']}"
    extras = [f"{key}: {row[key]}" for key in ("agreement", "source", "location") if row[key]]
    head = f"{prefix}{row['start']}-{row['end']}  {row['kind']}  {row['factuality']}  {date}"
    detail = who + "".join(f"; {extra}" for extra in extras)
    return f"{safe(head)}\n  {_fold(detail)}\n  “{_fold(row['sentence'] or '')}”\n"


def _mention_line(command: str, row: Mapping[str, object], prefix: str) -> str:
    span = f"{row['start']}-{row['end']}"
    shown = {key: _fold(str(value)) if value is not None else None for key, value in row.items()}
    if command == "countries":
        line = f"{span:<10} {shown['country']}  {shown['kind']:<8} {shown['text']} ({shown['country_name']})"
    else:
        title = f"{shown['title']} [{shown['role']}]" if shown["title"] else "-"
        where = ", ".join(str(shown[key]) for key in ("country", "organization") if shown[key])
        name = shown["name"] or "(no name)"
        line = f"{span:<10} {name} | {title} | {where or '-'} | “{shown['text']}”"
    return prefix + line + "\n"


# --------------------------------------------------------------------------- flat rows


def _story_row(story: Story) -> dict[str, object]:
    dl = story.dateline
    when = story_date(story)
    byline = story.byline
    return {
        "headline": story.headline,
        "authors": "; ".join(byline.authors) if byline is not None and byline.authors else None,
        "agency": story.agency,
        "place": dl.place if dl is not None else None,
        "region": dl.region if dl is not None else None,
        "country": dl.country.alpha3 if dl is not None and dl.country is not None else None,
        "dateline_date": dl.date.isoformat() if dl is not None and dl.date is not None else None,
        "published": story.published.isoformat() if story.published is not None else None,
        "date": when.isoformat() if when is not None else None,
        "paragraphs": len(story.paragraphs),
        "words": len(story.body.split()),
        "body": story.body,
    }


def _country_row(mention: CountryMention) -> dict[str, object]:
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "country": mention.country.alpha3,
        "country_name": mention.country.name,
        "kind": mention.kind.name,
    }


def _official_row(mention: OfficialMention, text: str) -> dict[str, object]:
    official = mention.official
    title = official.title
    return {
        "start": mention.start,
        "end": mention.end,
        "text": text[mention.start : mention.end],
        "name": official.name,
        "title": title.canonical if title is not None else None,
        "role": title.role.name if title is not None else None,
        "country": official.country.alpha3 if official.country is not None else None,
        "organization": official.organization,
        "honorifics": "; ".join(official.honorifics) or None,
    }


# --------------------------------------------------------------------------- serialising


def dumps(value: object, *, indent: int | None) -> str:
    """JSON as the command line writes it: UTF-8 characters as they are."""
    return json.dumps(value, ensure_ascii=False, indent=indent)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))


def _csv_line(command: str, row: Mapping[str, object]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS[command], lineterminator="\n")
    writer.writerow(row)
    return buffer.getvalue()


def _origin(name: str, line: int | None, record: StoryRecord) -> dict[str, object]:
    """Where a result came from: the file, and for a JSONL record its line and id."""
    origin: dict[str, object] = {"file": name}
    if line is not None:
        origin["line"] = line
        origin["id"] = record.id
    if record.url is not None:
        origin["url"] = record.url
    return origin


def _structured(
    job: Job, origin: dict[str, object], results: Sequence[dict[str, object]], bare: object
) -> tuple[str, ...]:
    if job.fmt == "jsonl":
        return tuple(dumps({**origin, **result}, indent=None) + "\n" for result in results)
    if job.fmt == "csv":
        return tuple(_csv_line(job.command, {**origin, **result}) for result in results)
    if job.single:
        return (dumps(bare, indent=2) + "\n",)
    return tuple(_indent(dumps({**origin, **result}, indent=2)) for result in results)


# --------------------------------------------------------------------------- commands


def _label(name: str, line: int | None, record: StoryRecord) -> str:
    if line is None:
        return name
    return f"{name}:{line}" + (f" [{record.id}]" if record.id is not None else "")


def _render_parse(job: Job, name: str, line: int | None, record: StoryRecord) -> Rendered:
    story = parse_record(record, published=job.published)
    dated = story_date(story) is not None
    if job.fmt == "text":
        header = "" if job.single else f"==> {safe(_label(name, line, record))} <==\n"
        return Rendered((header + story_summary(story, hint=job.hint),), dated)
    origin = _origin(name, line, record)
    if job.fmt == "csv":
        return Rendered((_csv_line("parse", {**origin, **_story_row(story)}),), dated)
    data = to_dict(story)
    return Rendered(_structured(job, origin, [data], data), dated)


def _render_events(job: Job, name: str, line: int | None, record: StoryRecord) -> Rendered:
    story = parse_record(record, published=job.published)
    dated = story_date(story) is not None
    events = record_events(story, published=job.published)
    if job.fmt == "text":
        prefix = "" if job.single else f"{safe(_label(name, line, record))}:"
        return Rendered(tuple(_event_line(event.to_row(), prefix) for event in events), dated)
    origin = _origin(name, line, record)
    if job.fmt == "csv":
        rows: list[dict[str, object]] = [dict(event.to_row()) for event in events]
        return Rendered(_structured(job, origin, rows, None), dated)
    data = [to_dict(event) for event in events]
    return Rendered(_structured(job, origin, data, data), dated)


def _render_mentions(job: Job, name: str, line: int | None, record: StoryRecord) -> Rendered:
    text = record.text
    if job.command == "countries":
        countries = find_countries(text)
        rows = [_country_row(mention) for mention in countries]
        data = [to_dict(mention) for mention in countries]
    else:
        officials = find_officials(text)
        rows = [_official_row(mention, text) for mention in officials]
        data = [to_dict(mention) for mention in officials]
    if job.fmt == "text":
        prefix = "" if job.single else f"{safe(_label(name, line, record))}: "
        return Rendered(tuple(_mention_line(job.command, row, prefix) for row in rows))
    origin = _origin(name, line, record)
    return Rendered(_structured(job, origin, rows if job.fmt == "csv" else data, data))


def render(job: Job, name: str, line: int | None, record: StoryRecord) -> Rendered:
    """Run ``job.command`` on one story and render its output."""
    if job.command == "parse":
        return _render_parse(job, name, line, record)
    if job.command == "events":
        return _render_events(job, name, line, record)
    return _render_mentions(job, name, line, record)
