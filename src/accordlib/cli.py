"""The ``accordlib`` command line (also ``python -m accordlib``).

Four subcommands: ``parse`` and ``events`` read story files (``-`` is standard
input), ``countries`` and ``officials`` read one text given as arguments (or
``-``). See ``docs/cli.md`` for the reference and the output formats.

Exit status: 0 when everything went well, 1 when a file could not be read or
decoded (the other files are still processed), 2 for a usage error, 130 when
interrupted, 141 when the reader of standard output went away (``| head``).
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import csv
import datetime as dt
import functools
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

import attrs

from accordlib._version import __version__
from accordlib.batch import WARMUP_TEXT, imap_ordered, resolve_jobs

if TYPE_CHECKING:
    from accordlib.countries.model import CountryMention
    from accordlib.officials.model import OfficialMention
    from accordlib.wire.model import Story

__all__ = ["main"]

PROG = "accordlib"

#: More files than this, with standard error on a terminal, show a progress bar.
PROGRESS_MIN_FILES = 5

#: Name given to standard input in messages and in the ``file`` field of records.
STDIN_NAME = "<stdin>"

EXIT_OK, EXIT_FAILED_INPUT, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141

_DESCRIPTION = """\
Turn news-wire text into typed data: the parts of a story, the diplomatic events
it reports, the countries and officials it names."""

_EPILOG = f"""\
examples:
  {PROG} parse examples/stories/cnn-abraham-accords.txt
  {PROG} parse --format text examples/stories/*.txt
  {PROG} events --format csv --jobs 4 corpus/*.txt > events.csv
  cat story.txt | {PROG} events --published 2026-03-03 -
  {PROG} countries "Uzbekistan will join the Abraham Accords, the White House said."
  echo "Israeli Prime Minister Benjamin Netanyahu spoke." | {PROG} officials -

exit status:
  0 success, 1 a file could not be read or decoded (the others are still
  processed), 2 usage error, 130 interrupted

Run '{PROG} COMMAND --help' for the options of one command."""

_FILES_EPILOG = """\
formats:
  json    one file: the result as one JSON document; several files: a JSON list
          with one element per record, each with a "file" field
  jsonl   one JSON object per line, each with a "file" field
  text    a readable summary for people
{csv}
A byte order mark (UTF-8, UTF-16, UTF-32) decides the encoding and is removed;
otherwise --encoding is used. With more than {n} files and standard error on a
terminal, a progress bar is shown there (--no-progress turns it off).

examples:
  {prog} {command} examples/stories/cnn-abraham-accords.txt
  {prog} {command} --format jsonl --jobs 2 examples/stories/*.txt
  cat story.txt | {prog} {command} --published 2026-03-03 -"""

_CSV_EVENTS = (
    '  csv     one row per event: a "file" column, then the columns of\n'
    "          DiplomaticEvent.to_row()\n"
)

_TEXT_EPILOG = """\
Several TEXT words are joined with spaces, as echo does; - reads standard input.

formats:
  json    a JSON list of mentions
  jsonl   one mention per line
  text    one aligned line per mention
  csv     one row per mention

examples:
  {prog} {command} "{example}"
  echo "{example}" | {prog} {command} -"""


# --------------------------------------------------------------------------- argument parsing


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one message and a one-line hint."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USAGE,
            f"{self.prog}: error: {message}\nTry '{self.prog} --help' for more information.\n",
        )


def _published_arg(value: str) -> dt.date:
    from accordlib._util.dates import coerce_published  # noqa: PLC0415 - dateparser is slow to load

    try:
        when = coerce_published(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {value!r} (write it like 2026-03-03)"
        ) from None
    assert when is not None
    return when


def _encoding_arg(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from None


def _jobs_arg(value: str) -> int:
    try:
        return resolve_jobs(int(value))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a whole number, 0 for one per CPU: {value!r}"
        ) from None


def _build_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_Parser
    )

    encoding = _Parser(add_help=False)
    encoding.add_argument(
        "--encoding",
        type=_encoding_arg,
        default="utf-8",
        metavar="NAME",
        help="encoding of the input when it has no byte order mark (default: utf-8)",
    )
    files = _Parser(add_help=False, parents=[encoding])
    files.add_argument(
        "files", nargs="+", metavar="FILE", help="story files, plain text; - reads standard input"
    )
    files.add_argument(
        "--published",
        type=_published_arg,
        metavar="DATE",
        help="publication date of the stories, anchoring dates such as 'on Thursday' "
        "(2026-03-03, 'March 3, 2026', ...)",
    )
    files.add_argument(
        "-j",
        "--jobs",
        type=_jobs_arg,
        default=1,
        metavar="N",
        help="process files in N processes (0: one per CPU; default: 1); "
        "the output is the same, in the same order",
    )
    files.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="never show a progress bar",
    )

    specs: list[tuple[str, str, tuple[str, ...], str]] = [
        (
            "parse",
            "split stories into headline, byline, dateline, body, ...",
            ("json", "jsonl", "text"),
            "",
        ),
        (
            "events",
            "extract the diplomatic events stories report",
            ("json", "jsonl", "text", "csv"),
            _CSV_EVENTS,
        ),
    ]
    for name, summary, formats, csv_help in specs:
        sub = commands.add_parser(
            name,
            parents=[files],
            help=summary,
            description=summary[0].upper() + summary[1:] + ".",
            epilog=_FILES_EPILOG.format(
                prog=PROG, command=name, csv=csv_help, n=PROGRESS_MIN_FILES
            ),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument(
            "-f", "--format", choices=formats, default="json", help="output format (default: json)"
        )

    finders = [
        (
            "countries",
            "find the countries a text names",
            "Israel and the UAE signed the accords in Washington.",
        ),
        (
            "officials",
            "find the officials a text names",
            "US Special Envoy Steve Witkoff met Qatar's prime minister.",
        ),
    ]
    for name, summary, example in finders:
        sub = commands.add_parser(
            name,
            parents=[encoding],
            help=summary,
            description=summary[0].upper() + summary[1:] + ".",
            epilog=_TEXT_EPILOG.format(prog=PROG, command=name, example=example),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument(
            "text", nargs="+", metavar="TEXT", help="the text, or - for standard input"
        )
        sub.add_argument(
            "-f",
            "--format",
            choices=("json", "jsonl", "text", "csv"),
            default="json",
            help="output format (default: json)",
        )
    return parser


# --------------------------------------------------------------------------- reading input

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """Decode file contents: a byte order mark decides the encoding and is removed.

    Line endings are kept as they are, so offsets index the file's text exactly.
    Raises :class:`UnicodeDecodeError` (offsets counted in ``data``) when the bytes
    are not in the encoding.

    >>> decode(b"\\xef\\xbb\\xbfCAIRO (AP) \\xe2\\x80\\x94 Talks")
    'CAIRO (AP) — Talks'
    >>> decode("DOHA:\\r\\n".encode("utf-16"))
    'DOHA:\\r\\n'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name)
            except UnicodeDecodeError as exc:
                skip = len(bom)
                raise UnicodeDecodeError(
                    name, data, exc.start + skip, exc.end + skip, exc.reason
                ) from None
    return data.decode(encoding)


def _describe_decode_error(exc: UnicodeDecodeError, encoding: str) -> str:
    bad = exc.object[exc.start : exc.end]
    shown = " ".join(f"0x{byte:02x}" for byte in bad[:4])
    name = exc.encoding if exc.encoding in {name for _, name in _BOMS} else encoding
    return (
        f"cannot decode as {name}: byte {shown} at offset {exc.start} ({exc.reason}); "
        "try --encoding"
    )


def read_input(path: str, encoding: str) -> str:
    """Read and decode one file; :class:`InputError` says why it could not be."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    try:
        return decode(data, encoding)
    except UnicodeDecodeError as exc:
        raise InputError(_describe_decode_error(exc, encoding)) from None


def _read_stdin(encoding: str) -> str:
    stdin = sys.stdin
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:  # a text stream without bytes underneath (tests, embedding)
        text = stdin.read()
        return text[1:] if text.startswith("\ufeff") else text
    try:
        return decode(buffer.read(), encoding)
    except UnicodeDecodeError as exc:
        raise InputError(_describe_decode_error(exc, encoding)) from None


class InputError(Exception):
    """A file could not be read or decoded; the message is the reason, for people."""


# --------------------------------------------------------------------------- per-file work


@attrs.frozen
class _Source:
    """One input: a path to read in the worker, or text already read (standard input)."""

    name: str
    path: str | None = None
    text: str | None = None
    error: str | None = None


@attrs.frozen
class _Outcome:
    """What one input gave, already rendered in the output format, or why it failed.

    ``pieces`` are complete pieces of output: lines of JSONL or CSV, blocks of text,
    the whole JSON document (one input) or one element of the JSON list (several).
    Rendering happens where the work happens — in the workers with ``--jobs`` — so
    the parent process only writes strings.
    """

    name: str
    pieces: tuple[str, ...] = ()
    error: str | None = None


@attrs.frozen
class _Job:
    """What to do with every input: the command, its output format and options."""

    command: str
    fmt: str
    published: dt.date | None
    encoding: str
    single: bool  # one FILE argument: json prints the bare result


def _story_summary(story: Story) -> str:
    lines = []
    if story.headline:
        lines.append(f"headline:   {story.headline}")
    if story.byline is not None:
        authors = ", ".join(story.byline.authors) or "-"
        agency = f" ({story.byline.agency})" if story.byline.agency else ""
        lines.append(f"byline:     {authors}{agency}")
    if story.dateline is not None:
        dl = story.dateline
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
        lines.append(f"dateline:   {' '.join(dl.raw.split())}{details}")
    if story.agency:
        lines.append(f"agency:     {story.agency}")
    if story.published is not None:
        lines.append(f"published:  {story.published.isoformat()}")
    lines.append(f"paragraphs: {len(story.paragraphs)}")
    for number, paragraph in enumerate(story.paragraphs, 1):
        short = paragraph if len(paragraph) <= 100 else paragraph[:99] + "…"
        lines.append(f"  {number:>2}. {' '.join(short.split())}")
    for credit in story.credits:
        lines.append(f"credit:     {credit.role.name}: {', '.join(credit.names)}")
    for note in story.notes:
        lines.append(f"note:       {note.kind.name}: {' '.join(note.text.split())}")
    if story.copyright is not None:
        lines.append(f"copyright:  {' '.join(story.copyright.raw.split())}")
    return "\n".join(lines) + "\n"


def _event_line(row: dict[str, Any], prefix: str) -> str:
    date = row["date"] or "undated"
    if row["date"] and row["date_precision"] != "DAY":
        date += f" ({row['date_precision'].lower()})"
    who = row["actors"] or "?"
    if row["recipients"]:
        who += f" -> {row['recipients']}"
    extras = [f"{key}: {row[key]}" for key in ("agreement", "source", "location") if row[key]]
    head = f"{prefix}{row['start']}-{row['end']}  {row['kind']}  {row['factuality']}  {date}"
    detail = f"  {who}" + "".join(f"; {extra}" for extra in extras)
    sentence = " ".join(row["sentence"].split())
    return f"{head}\n{detail}\n  “{sentence}”\n"


def _process(job: _Job, source: _Source) -> _Outcome:
    """Run the command on one input and render its output (in a worker with --jobs)."""
    if source.error is not None:
        return _Outcome(source.name, error=source.error)
    text = source.text
    if text is None:
        assert source.path is not None
        try:
            text = read_input(source.path, job.encoding)
        except InputError as exc:
            return _Outcome(source.name, error=str(exc))
    try:
        return _Outcome(source.name, pieces=_render(job, source.name, text))
    except Exception as exc:  # a bug of ours: report it for this file, go on with the others
        return _Outcome(
            source.name,
            error=f"internal error, please report it: {type(exc).__name__}: {exc}",
        )


def _render(job: _Job, name: str, text: str) -> tuple[str, ...]:
    import accordlib  # noqa: PLC0415 - resolved in the worker, at call time

    fmt = job.fmt
    if job.command == "parse":
        story = accordlib.parse_story(text, published=job.published)
        if fmt == "text":
            header = "" if job.single else f"==> {name} <==\n"
            return (header + _story_summary(story),)
        records = [accordlib.to_dict(story)]
    else:
        events = accordlib.extract_events(text, published=job.published)
        if fmt == "text":
            prefix = "" if job.single else f"{name}:"
            return tuple(_event_line(event.to_row(), prefix) for event in events)
        if fmt == "csv":
            return tuple(_csv_line({"file": name, **event.to_row()}) for event in events)
        records = [accordlib.to_dict(event) for event in events]
    if fmt == "jsonl":
        return tuple(_dumps({"file": name, **record}, indent=None) + "\n" for record in records)
    if job.single:
        document = records[0] if job.command == "parse" else records
        return (_dumps(document, indent=2) + "\n",)
    return tuple(_indent(_dumps({"file": name, **record}, indent=2)) for record in records)


def _event_fields() -> tuple[str, ...]:
    from accordlib.events.rows import ROW_FIELDS  # noqa: PLC0415 - only for csv

    return ("file", *ROW_FIELDS)


def _csv_line(row: dict[str, Any]) -> str:
    buffer = io.StringIO()
    csv.DictWriter(buffer, fieldnames=_event_fields(), lineterminator="\n").writerow(row)
    return buffer.getvalue()


# --------------------------------------------------------------------------- progress


class _Progress:
    """A progress bar on standard error: tqdm when installed, else a one-line counter."""

    def __init__(self, total: int, description: str, stream: IO[str]) -> None:
        self._stream = stream
        self._total = total
        self._done = 0
        self._description = description
        self._bar: Any = None
        try:
            import tqdm  # noqa: PLC0415 - optional extra "progress"
        except ImportError:
            self._draw()
        else:
            tqdm.tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
            self._bar = tqdm.tqdm(
                total=total, desc=description, unit="file", file=stream, leave=False
            )

    def _draw(self) -> None:
        width = 24
        filled = width * self._done // max(self._total, 1)
        bar = "#" * filled + "-" * (width - filled)
        self._stream.write(f"\r{self._description} [{bar}] {self._done}/{self._total} files")
        self._stream.flush()

    def update(self) -> None:
        self._done += 1
        if self._bar is not None:
            self._bar.update(1)
        elif self._done == self._total or self._done % max(self._total // 100, 1) == 0:
            self._draw()

    def write(self, message: str) -> None:
        """Print a message above the bar."""
        if self._bar is not None:
            self._bar.write(message, file=self._stream)
            return
        self._clear()
        self._stream.write(message + "\n")
        self._draw()

    def _clear(self) -> None:
        self._stream.write("\r" + " " * (len(self._description) + 50) + "\r")

    @contextlib.contextmanager
    def hidden(self) -> Iterator[None]:
        """Take the bar off the terminal while standard output writes to the same one."""
        if self._bar is not None:
            self._bar.clear()
        else:
            self._clear()
        self._stream.flush()
        try:
            yield
        finally:
            if self._bar is not None:
                self._bar.refresh()
            else:
                self._draw()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        else:
            self._clear()
        self._stream.flush()


class _NoProgress:
    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def update(self) -> None:
        return None

    def hidden(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()

    def write(self, message: str) -> None:
        self._stream.write(message + "\n")
        self._stream.flush()

    def close(self) -> None:
        return None


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or unusual streams
        return False


def _wants_progress(count: int, enabled: bool, stream: IO[str]) -> bool:
    return enabled and count > PROGRESS_MIN_FILES and _isatty(stream)


# --------------------------------------------------------------------------- output


class _Writer:
    """Writes rendered outcomes in input order, streaming: nothing waits for the last file."""

    def __init__(self, out: IO[str], job: _Job) -> None:
        self._out = out
        self._job = job
        self._count = 0
        if job.fmt == "csv":
            out.write(",".join(_event_fields()) + "\n")

    def write(self, outcome: _Outcome) -> None:
        if self._job.fmt != "json" or self._job.single:
            if self._job.command == "parse" and self._job.fmt == "text" and self._count:
                self._out.write("\n")  # a blank line between stories
            self._out.write("".join(outcome.pieces))
            self._count += 1
            return
        for piece in outcome.pieces:  # elements of one JSON list over all files
            self._out.write(("[\n" if self._count == 0 else ",\n") + piece)
            self._count += 1

    def close(self) -> None:
        if self._job.fmt == "json" and not self._job.single:
            self._out.write("[]\n" if self._count == 0 else "\n]\n")
        self._out.flush()


def _dumps(value: object, *, indent: int | None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))


# --------------------------------------------------------------------------- commands


def _sources(names: Sequence[str], encoding: str) -> Iterator[_Source]:
    for name in names:
        if name != "-":
            yield _Source(_printable(name), path=name)
            continue
        try:
            source = _Source(STDIN_NAME, text=_read_stdin(encoding))
        except InputError as exc:
            source = _Source(STDIN_NAME, error=str(exc))
        yield source


def _printable(name: str) -> str:
    """A file name that can be written as UTF-8: undecodable bytes shown as ``\\xNN``."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def _argument_text(words: Sequence[str], encoding: str) -> str:
    """The TEXT arguments joined; bytes the locale could not decode get --encoding's chance."""
    text = " ".join(words)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes arrive as lone surrogates (PEP 383)
        try:
            return decode(os.fsencode(text), encoding)
        except UnicodeDecodeError as exc:
            raise InputError(_describe_decode_error(exc, encoding)) from None
    return text


def _run_files(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    names: list[str] = args.files
    job = _Job(args.command, args.format, args.published, args.encoding, len(names) == 1)
    work = functools.partial(_process, job)
    jobs = min(args.jobs, len(names))
    status = EXIT_OK
    writer = _Writer(out, job)
    progress: _Progress | _NoProgress
    if _wants_progress(len(names), args.progress, err):
        progress = _Progress(len(names), f"{PROG} {args.command}", err)
    else:
        progress = _NoProgress(err)
    shared_terminal = isinstance(progress, _Progress) and _isatty(out)
    warmup = functools.partial(work, _Source("warm-up", text=WARMUP_TEXT))
    # Small chunks keep both workers busy to the end; a file costs far more than its IPC.
    chunksize = max(1, min(16, len(names) // (8 * jobs)))
    outcomes = imap_ordered(
        work, _sources(names, args.encoding), jobs=jobs, chunksize=chunksize, warmup=warmup
    )
    try:
        with contextlib.closing(outcomes) as stream:
            for outcome in stream:
                if outcome.error is not None:
                    progress.write(f"{PROG}: {outcome.name}: {outcome.error}")
                    status = EXIT_FAILED_INPUT
                elif shared_terminal:
                    with progress.hidden():  # the bar steps aside for the output
                        writer.write(outcome)
                        out.flush()
                else:
                    writer.write(outcome)
                progress.update()
        writer.close()
    finally:
        progress.close()
    return status


def _country_records(mentions: list[CountryMention], fmt: str) -> list[dict[str, Any]]:
    import accordlib  # noqa: PLC0415 - the façade, at call time

    if fmt in ("json", "jsonl"):
        return [accordlib.to_dict(mention) for mention in mentions]
    return [
        {
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "country": m.country.alpha3,
            "country_name": m.country.name,
            "kind": m.kind.name,
        }
        for m in mentions
    ]


def _official_records(
    mentions: list[OfficialMention], text: str, fmt: str
) -> list[dict[str, Any]]:
    import accordlib  # noqa: PLC0415 - the façade, at call time

    if fmt in ("json", "jsonl"):
        return [accordlib.to_dict(mention) for mention in mentions]
    rows = []
    for mention in mentions:
        official = mention.official
        title = official.title
        rows.append(
            {
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
        )
    return rows


def _run_finder(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    import accordlib  # noqa: PLC0415 - the façade, at call time

    words: list[str] = args.text
    stdin = words == ["-"]
    try:
        text = _read_stdin(args.encoding) if stdin else _argument_text(words, args.encoding)
    except InputError as exc:
        err.write(f"{PROG}: {STDIN_NAME if stdin else 'TEXT'}: {exc}\n")
        return EXIT_FAILED_INPUT
    records: list[dict[str, Any]]
    if args.command == "countries":
        records = _country_records(accordlib.find_countries(text), args.format)
    else:
        records = _official_records(accordlib.find_officials(text), text, args.format)
    if args.format == "json":
        out.write(_dumps(records, indent=2) + "\n")
    elif args.format == "jsonl":
        for record in records:
            out.write(_dumps(record, indent=None) + "\n")
    elif args.format == "csv":
        fields = _FINDER_FIELDS[args.command]
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    else:
        for record in records:
            out.write(_finder_line(args.command, record))
    out.flush()
    return EXIT_OK


_FINDER_FIELDS: dict[str, tuple[str, ...]] = {
    "countries": ("start", "end", "text", "country", "country_name", "kind"),
    "officials": (
        "start",
        "end",
        "text",
        "name",
        "title",
        "role",
        "country",
        "organization",
        "honorifics",
    ),
}


def _finder_line(command: str, record: dict[str, Any]) -> str:
    span = f"{record['start']}-{record['end']}"
    if command == "countries":
        return f"{span:<10} {record['country']}  {record['kind']:<8} {record['text']} ({record['country_name']})\n"
    title = f"{record['title']} [{record['role']}]" if record["title"] else "-"
    where = ", ".join(str(record[key]) for key in ("country", "organization") if record[key])
    name = record["name"] or "(no name)"
    return f"{span:<10} {name} | {title} | {where or '-'} | “{record['text']}”\n"


# --------------------------------------------------------------------------- entry point


def _utf8(stream: IO[str]) -> IO[str]:
    """Make a text stream write UTF-8 (JSON and CSV interchange encoding), whatever the locale."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    reconfigure: Callable[..., None] | None = getattr(stream, "reconfigure", None)
    if encoding not in ("utf-8", "utf8") and reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8")
    return stream


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the final flush is quiet."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    out = _utf8(sys.stdout)
    err = sys.stderr
    try:
        if args.command in ("parse", "events"):
            return _run_files(args, out, err)
        return _run_finder(args, out, err)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
