"""Running a command: inputs in, rendered outcomes out in input order, an exit status.

Exit status: 0 when everything went well, 1 when an input could not be read,
decoded or used (the other inputs are still processed), 2 for a usage error, 130
when interrupted, 141 when the reader of standard output went away (``| head``).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import sys
from collections.abc import Callable, Generator
from typing import IO

import attrs

from accordlib.cli import inputs
from accordlib.cli.inputs import InputError, Item
from accordlib.cli.options import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    build_parser,
)
from accordlib.cli.progress import NoProgress, Progress, isatty, wants_progress
from accordlib.cli.render import CSV_FIELDS, Job, render

__all__ = ["main"]

#: Most inputs sent to a worker at a time with ``--jobs``.
_MAX_CHUNK = 16


@attrs.frozen
class Outcome:
    """What one input gave, already rendered in the output format, or why it failed."""

    name: str
    source: int
    pieces: tuple[str, ...] = ()
    error: str | None = None
    dated: bool | None = None  # parse, events: whether the story could be dated


def process(job: Job, item: Item) -> Outcome:
    """Run the command on one input and render its output (in a worker with ``--jobs``)."""
    where = f"line {item.line}: " if item.line is not None and item.error is None else ""
    if item.error is not None:
        return Outcome(item.name, item.source, error=item.error)
    try:
        record = item.record
        if record is None:
            text = item.text
            if text is None:
                assert item.path is not None
                text = inputs.read_input(item.path, job.encoding, job.command)
            record = inputs.story_record(text, job.input_format)
        rendered = render(job, item.name, item.line, record)
    except InputError as exc:
        return Outcome(item.name, item.source, error=f"{where}{exc}")
    except Exception as exc:  # a bug of ours: report it for this input, go on with the others
        return Outcome(
            item.name,
            item.source,
            error=f"{where}internal error, please report it: {type(exc).__name__}: {exc}",
        )
    return Outcome(item.name, item.source, pieces=rendered.pieces, dated=rendered.dated)


class Writer:
    """Writes rendered outcomes in input order, streaming: nothing waits for the last input."""

    def __init__(self, out: IO[str], job: Job) -> None:
        self.out = out
        self._job = job
        self._count = 0
        if job.fmt == "csv":
            out.write(",".join(CSV_FIELDS[job.command]) + "\n")

    def write(self, outcome: Outcome) -> None:
        if self._job.fmt != "json" or self._job.single:
            if self._job.command == "parse" and self._job.fmt == "text" and self._count:
                self.out.write("\n")  # a blank line between stories
            self.out.write("".join(outcome.pieces))
            self._count += 1
            return
        for piece in outcome.pieces:  # elements of one JSON list over all inputs
            self.out.write(("[\n" if self._count == 0 else ",\n") + piece)
            self._count += 1

    def close(self) -> None:
        if self._job.fmt == "json" and not self._job.single:
            self.out.write("[]\n" if self._count == 0 else "\n]\n")
        self.out.flush()


@attrs.define
class _Tally:
    """What the run saw: its exit status and how many stories could (not) be dated."""

    status: int = EXIT_OK
    stories: int = 0
    undated: int = 0

    def count(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self.status = EXIT_FAILED_INPUT
        if outcome.dated is not None:
            self.stories += 1
            self.undated += not outcome.dated

    def dates_message(self) -> str | None:
        """One line for standard error when stories could not be dated, else ``None``."""
        if not self.undated:
            return None
        which = "the story" if self.stories == 1 else f"{self.undated} of {self.stories} stories"
        return (
            f"{PROG}: {which} could not be dated (no dateline with a day, no date of "
            f"{'its' if self.stories == 1 else 'their'} own): pass --published DATE "
            "to anchor dates such as 'on Thursday'"
        )


def _choose_format(args: argparse.Namespace, out: IO[str]) -> tuple[str, bool]:
    """The output format asked for, else text for a person at a terminal, else JSON."""
    if args.format is not None:
        return args.format, False
    if isatty(out):
        return "text", True
    return "json", False


def _run(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    # Deferred: the batch engine pulls in the extractor, which `--help` does not need.
    from accordlib.batch import imap_ordered, resolve_jobs  # noqa: PLC0415

    job = _job(args, out)
    found = inputs.sources(
        args.paths,
        args.text,
        command=args.command,
        input_format=args.input_format,
        encoding=args.encoding,
    )
    jobs = min(resolve_jobs(args.jobs), max(len(found), 1))
    progress: Progress | NoProgress
    if wants_progress(len(found), args.progress, err):
        progress = Progress(len(found), f"{PROG} {args.command}", err)
    else:
        progress = NoProgress(err)
    work = functools.partial(process, job)
    warmup = functools.partial(work, Item("warm-up", text=WARMUP))
    # Small chunks keep every worker busy to the end; a story costs far more than its IPC.
    chunksize = max(1, min(_MAX_CHUNK, len(found) // (8 * jobs)))
    outcomes = imap_ordered(
        work, inputs.items(found, args.encoding), jobs=jobs, chunksize=chunksize, warmup=warmup
    )
    tally = _Tally()
    try:
        _write_all(outcomes, Writer(out, job), progress, tally, len(found))
    finally:
        progress.close()
    message = tally.dates_message()
    if message is not None:
        err.write(message + "\n")
        err.flush()
    return tally.status


def _job(args: argparse.Namespace, out: IO[str]) -> Job:
    """What every input is turned into: the command, the format and the dating."""
    fmt, hint = _choose_format(args, out)
    return Job(
        command=args.command,
        fmt=fmt,
        published=getattr(args, "published", None),
        encoding=args.encoding,
        input_format=args.input_format,
        single=inputs.single_input(args.paths, args.text, args.input_format),
        hint=hint and args.command == "parse",
    )


def _write_all(
    outcomes: Generator[Outcome, None, None],
    writer: Writer,
    progress: Progress | NoProgress,
    tally: _Tally,
    total: int,
) -> None:
    """Write each outcome in input order, report errors by name, and move the bar."""
    shared_terminal = isinstance(progress, Progress) and isatty(writer.out)
    done = 0
    with contextlib.closing(outcomes) as stream:
        for outcome in stream:
            tally.count(outcome)
            if outcome.error is not None:
                progress.write(f"{PROG}: {outcome.name}: {outcome.error}")
            elif shared_terminal:
                with progress.hidden():  # the bar steps aside for the output
                    writer.write(outcome)
                    writer.out.flush()
            else:
                writer.write(outcome)
            while done < outcome.source:
                progress.update()
                done += 1
    writer.close()
    while done < total:
        progress.update()
        done += 1


#: A short story that touches the parser's and the extractor's tables.
WARMUP = (
    "Talks resume\n\nDOHA, March 3 (Reuters) - Qatar's Prime Minister met U.S. Secretary "
    "of State Marco Rubio in Doha on Monday and Israel agreed to join talks with Egypt."
)


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


def _parse_args(argv: list[str] | None) -> argparse.Namespace | int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if not args.paths and not args.text:
        sub = f"{PROG} {args.command}"
        sys.stderr.write(
            f"{sub}: error: give a PATH (a file or folder), - for standard input, "
            f"or --text TEXT\nTry '{sub} --help' for more information.\n"
        )
        return EXIT_USAGE
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    >>> main(["countries", "--format", "csv", "--text", "Talks in Doha between Israel and Hamas."])
    file,line,id,start,end,text,country,country_name,kind
    <text>,,,22,28,Israel,ISR,Israel,NAME
    0
    """
    args = _parse_args(argv)
    if isinstance(args, int):
        return args
    out = _utf8(sys.stdout)
    try:
        return _run(args, out, sys.stderr)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
