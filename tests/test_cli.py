"""The command line, driven as a user drives it: arguments in, text out, exit status."""

from __future__ import annotations

import codecs
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

import accordlib
from accordlib import cli
from accordlib.cli import main

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "examples" / "stories"
CNN = STORIES / "cnn-abraham-accords.txt"
XINHUA = STORIES / "xinhua-kazakhstan-visit.txt"


class Run(NamedTuple):
    status: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Call ``main`` with arguments (and optional standard input bytes)."""

    def call(*argv: str | Path, stdin: bytes | None = None) -> Run:
        if stdin is not None:
            saved = sys.stdin
            sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
            try:
                status = main([str(arg) for arg in argv])
            finally:
                sys.stdin = saved
        else:
            status = main([str(arg) for arg in argv])
        captured = capsys.readouterr()
        return Run(status, captured.out, captured.err)

    return call


def _no_traceback(err: str) -> None:
    assert "Traceback" not in err


# --------------------------------------------------------------------------- help, version


def test_help_lists_commands_and_examples(run: Callable[..., Run]) -> None:
    result = run("--help")
    assert result.status == 0
    for command in ("parse", "events", "countries", "officials"):
        assert f"    {command}" in result.out
    assert "examples:\n  accordlib parse examples/stories/cnn-abraham-accords.txt\n" in result.out
    assert "exit status:" in result.out


@pytest.mark.parametrize("command", ["parse", "events", "countries", "officials"])
def test_each_command_has_help_with_examples(run: Callable[..., Run], command: str) -> None:
    result = run(command, "--help")
    assert result.status == 0
    assert result.out.startswith(f"usage: accordlib {command} ")
    assert f"\nexamples:\n  accordlib {command} " in result.out
    assert "--format" in result.out


def test_version(run: Callable[..., Run]) -> None:
    assert run("--version") == Run(0, f"accordlib {accordlib.__version__}\n", "")


# --------------------------------------------------------------------------- usage errors

USAGE_ERRORS = [
    ((), "accordlib: error: the following arguments are required: COMMAND"),
    (("translate", "x"), "accordlib: error: argument COMMAND: invalid choice: 'translate'"),
    (("parse",), "accordlib parse: error: the following arguments are required: FILE"),
    (
        ("parse", "--published", "the day after", "x.txt"),
        "accordlib parse: error: argument --published: not a date: 'the day after'",
    ),
    (
        ("events", "--published", "2026-02-30", "x.txt"),
        "accordlib events: error: argument --published: not a date: '2026-02-30'",
    ),
    (
        ("parse", "--jobs", "many", "x.txt"),
        "accordlib parse: error: argument -j/--jobs: must be a whole number",
    ),
    (
        ("parse", "--jobs", "-2", "x.txt"),
        "accordlib parse: error: argument -j/--jobs: must be a whole number",
    ),
    (
        ("parse", "--encoding", "klingon", "x.txt"),
        "accordlib parse: error: argument --encoding: unknown encoding: 'klingon'",
    ),
    (
        ("parse", "--format", "csv", "x.txt"),
        "accordlib parse: error: argument -f/--format: invalid choice: 'csv'",
    ),
    (("countries",), "accordlib countries: error: the following arguments are required: TEXT"),
    (("events", "--frobnicate", "x.txt"), "unrecognized arguments: --frobnicate"),
]


@pytest.mark.parametrize(("argv", "message"), USAGE_ERRORS)
def test_usage_errors_exit_2_with_a_message_and_a_one_line_hint(
    run: Callable[..., Run], argv: tuple[str, ...], message: str
) -> None:
    result = run(*argv)
    assert result.status == 2
    assert result.out == ""
    assert message in result.err
    lines = result.err.splitlines()
    assert len(lines) == 2
    assert lines[1].startswith("Try 'accordlib")
    assert lines[1].endswith(" --help' for more information.")
    _no_traceback(result.err)


# --------------------------------------------------------------------------- decoding files


class Decoding(NamedTuple):
    data: bytes
    encoding: str
    expected: str


DECODINGS = [
    Decoding("CAIRO (AP) — Talks".encode(), "utf-8", "CAIRO (AP) — Talks"),
    Decoding(codecs.BOM_UTF8 + "CAIRO (AP) — Talks".encode(), "utf-8", "CAIRO (AP) — Talks"),
    Decoding("DOHA:\r\nTalks\r\n".encode("utf-16"), "utf-8", "DOHA:\r\nTalks\r\n"),
    Decoding(codecs.BOM_UTF16_BE + "Kyiv".encode("utf-16-be"), "utf-8", "Kyiv"),
    Decoding("Türkiye".encode("utf-32"), "utf-8", "Türkiye"),
    Decoding("Türkiye, Côte".encode("latin-1"), "latin-1", "Türkiye, Côte"),
    Decoding("São Tomé".encode("cp1252"), "cp1252", "São Tomé"),
    # A BOM wins over --encoding: it is the file's own statement of its encoding.
    Decoding(codecs.BOM_UTF8 + "Zürich".encode(), "latin-1", "Zürich"),
]


@pytest.mark.parametrize("case", DECODINGS)
def test_decode(case: Decoding) -> None:
    assert cli.decode(case.data, case.encoding) == case.expected


def test_read_input_reports_why(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"MOSCOW, May 8. /TASS/. Putin \xff\xfe said")
    with pytest.raises(cli.InputError) as info:
        cli.read_input(str(tmp_path / "bad.txt"), "utf-8")
    assert str(info.value) == (
        "cannot decode as utf-8: byte 0xff at offset 29 (invalid start byte); try --encoding"
    )
    with pytest.raises(cli.InputError, match=r"^No such file or directory$"):
        cli.read_input(str(tmp_path / "missing.txt"), "utf-8")
    with pytest.raises(cli.InputError, match=r"^Is a directory$"):
        cli.read_input(str(tmp_path), "utf-8")


# --------------------------------------------------------------------------- progress bar


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("count", "enabled", "stream", "expected"),
    [
        (6, True, _Terminal(), True),
        (5, True, _Terminal(), False),  # a handful of files: no bar
        (200, True, io.StringIO(), False),  # not a terminal: no bar
        (200, False, _Terminal(), False),  # --no-progress
    ],
)
def test_progress_only_for_many_files_on_a_terminal(
    count: int, enabled: bool, stream: io.StringIO, expected: bool
) -> None:
    assert cli._wants_progress(count, enabled, stream) is expected


def test_progress_uses_tqdm_when_installed() -> None:
    pytest.importorskip("tqdm")
    stream = _Terminal()
    bar = cli._Progress(7, "accordlib parse", stream)
    for _ in range(7):
        bar.update()
    bar.write("accordlib: x.txt: No such file or directory")
    bar.close()
    shown = stream.getvalue()
    assert "accordlib parse: 100%" in shown
    assert "7/7" in shown
    assert "accordlib: x.txt: No such file or directory\n" in shown


def test_progress_falls_back_without_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm now raises ImportError
    stream = _Terminal()
    bar = cli._Progress(8, "accordlib events", stream)
    for _ in range(3):
        bar.update()
    bar.write("accordlib: y.txt: Permission denied")
    for _ in range(5):
        bar.update()
    bar.close()
    shown = stream.getvalue()
    assert "\raccordlib events [#########---------------] 3/8 files" in shown
    assert "\raccordlib events [########################] 8/8 files" in shown
    assert "accordlib: y.txt: Permission denied\n" in shown
    assert shown.endswith("\r")  # the bar is wiped at the end
