"""The command line's arguments: one input model and one set of output formats for every command.

Every command reads the same inputs — paths (files, and folders searched
recursively), ``-`` for standard input, ``--text "..."`` for literal text — and writes
the same formats (``json``, ``jsonl``, ``text``, ``csv``).
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
from typing import NoReturn

from accordlib._util.dates import coerce_published
from accordlib._version import __version__

__all__ = [
    "COMMANDS",
    "EXIT_BROKEN_PIPE",
    "EXIT_FAILED_INPUT",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FORMATS",
    "INPUT_FORMATS",
    "PROG",
    "PROGRESS_MIN_FILES",
    "build_parser",
]

PROG = "accordlib"

#: More inputs than this, with standard error on a terminal, show a progress bar.
PROGRESS_MIN_FILES = 5

EXIT_OK, EXIT_FAILED_INPUT, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141

#: Output formats, the same for every command.
FORMATS = ("json", "jsonl", "text", "csv")

#: How inputs are read: ``auto`` sniffs HTML and takes ``*.jsonl`` files as records.
INPUT_FORMATS = ("auto", "text", "html", "jsonl")

#: The commands: name, one-line summary, an example of literal text.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    (
        "parse",
        "split stories into headline, byline, dateline, body, credits and footer",
        "DOHA, March 2 (Reuters) - Qatar's emir met the Turkish president on Monday.",
    ),
    (
        "events",
        "extract the diplomatic events stories report",
        "Japan and Germany signed a defense pact on Monday.",
    ),
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
)

_EXIT_STATUS = f"""\
exit status:
  {EXIT_OK}    success
  {EXIT_FAILED_INPUT}    an input could not be read, decoded or used (a missing path,
       binary data, HTML without the html extra, a bad JSON line); the
       others are still processed
  {EXIT_USAGE}    usage error
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C)
  {EXIT_BROKEN_PIPE}  the reader of standard output went away (| head)"""

_DESCRIPTION = """\
Turn news-wire text into typed data: the parts of a story, the diplomatic events
it reports, the countries and officials it names."""

_EPILOG = f"""\
examples:
  {PROG} parse examples/stories/cnn-abraham-accords.txt
  {PROG} parse --format json examples/stories/
  {PROG} events --format csv --jobs 4 corpus/ > events.csv
  {PROG} events --input-format jsonl --published 2026-03-03 feed.jsonl
  {PROG} countries --text "Uzbekistan will join the Abraham Accords, the White House said."
  cat story.txt | {PROG} officials -

{_EXIT_STATUS}

Run '{PROG} COMMAND --help' for the options of one command."""

_COMMAND_EPILOG = """\
inputs:
  PATH    a story file, or a folder: every file under it that is not hidden,
          in sorted order; - reads standard input
  --text  the text itself (repeat it for several texts)
  Files are plain text, HTML (the article is extracted with the html extra:
  pip install 'accordlib[html]') or, with --input-format jsonl or a .jsonl
  name, JSON Lines records: one object per line with "text" and optionally
  "id", "published" (a date for that story alone), "url", "title", "author".
  A byte order mark (UTF-8, UTF-16, UTF-32) decides the encoding and is
  removed; otherwise --encoding is used. Binary data is refused.

formats (default: text on a terminal, json otherwise):
  json    one input: {single}; several inputs or records: one
          JSON list, each element with a "file" field (and "line" and "id"
          for records)
  jsonl   one JSON object per line, always with a "file" field: the stable
          shape for scripts, the same for one input or many
  text    a readable summary for people
  csv     a header row, then one row per {row} ("file", "line", "id" first)
{dates}
examples:
  {prog} {command} {path}
  {prog} {command} --format jsonl --jobs 2 examples/stories/
  {prog} {command} --text "{example}"
  cat story.txt | {prog} {command} -

{exit_status}"""

_SINGLE = {
    "parse": "the story as one JSON object",
    "events": "the JSON list of its events",
    "countries": "the JSON list of its mentions",
    "officials": "the JSON list of its mentions",
}

_ROW = {"parse": "story", "events": "event", "countries": "mention", "officials": "mention"}

_DATES = """
dates:
  Each story is dated by its own best evidence: a dateline that prints its
  day (its year from the story, a record's "published", or --published),
  else the record's "published", else --published. The number of stories
  that could not be dated is reported on standard error.
"""


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one message and a one-line hint."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USAGE,
            f"{self.prog}: error: {message}\nTry '{self.prog} --help' for more information.\n",
        )


def _published_arg(value: str) -> dt.date:
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
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"must be a whole number, 0 for one per CPU: {value!r}")
    return jobs


def _input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="story files or folders (searched recursively); - reads standard input",
    )
    parser.add_argument(
        "-t",
        "--text",
        action="append",
        default=[],
        metavar="TEXT",
        help="a text to process, given on the command line (repeatable)",
    )
    parser.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="how to read inputs: auto (HTML is detected, *.jsonl files are records; "
        "the default), text, html, jsonl",
    )
    parser.add_argument(
        "--encoding",
        type=_encoding_arg,
        default="utf-8",
        metavar="NAME",
        help="encoding of inputs without a byte order mark (default: utf-8)",
    )


def _run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: text on a terminal, json otherwise)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs_arg,
        default=1,
        metavar="N",
        help="process inputs in N processes (0: one per CPU; default: 1); "
        "the output is the same, in the same order",
    )
    parser.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help=f"never show a progress bar (shown for more than {PROGRESS_MIN_FILES} inputs "
        "when standard error is a terminal)",
    )


def build_parser() -> Parser:
    """The parser of the whole command line, with one subparser per command."""
    parser = Parser(
        prog=PROG,
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=Parser
    )
    for name, summary, example in COMMANDS:
        stories = name in ("parse", "events")
        sub = commands.add_parser(
            name,
            help=summary,
            description=summary[0].upper() + summary[1:] + ".",
            epilog=_COMMAND_EPILOG.format(
                prog=PROG,
                command=name,
                example=example,
                path="examples/stories/cnn-abraham-accords.txt",
                single=_SINGLE[name],
                row=_ROW[name],
                dates=_DATES if stories else "",
                exit_status=_EXIT_STATUS,
            ),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        _input_options(sub)
        if stories:
            sub.add_argument(
                "--published",
                type=_published_arg,
                metavar="DATE",
                help="publication date for stories that carry none of their own, anchoring "
                "dates such as 'on Thursday' (2026-03-03, 'March 3, 2026', ...)",
            )
        _run_options(sub)
    return parser
