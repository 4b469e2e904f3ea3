"""The command line, driven as a user drives it: arguments in, text out, exit status."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import accordlib
from accordlib.cli import app, inputs, progress
from accordlib.cli.app import main

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


UNDATED = (
    "accordlib: the story could not be dated (no dateline with a day, no date of its own): "
    "pass --published DATE to anchor dates such as 'on Thursday'\n"
)


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
    (
        ("parse",),
        "accordlib parse: error: give a PATH (a file or folder), - for standard input, or --text TEXT",
    ),
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
        ("parse", "--format", "xml", "x.txt"),
        "accordlib parse: error: argument -f/--format: invalid choice: 'xml'",
    ),
    (("countries",), "accordlib countries: error: give a PATH"),
    (
        ("events", "--input-format", "xml", "x.txt"),
        "argument --input-format: invalid choice: 'xml'",
    ),
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
    assert inputs.decode(case.data, case.encoding) == case.expected


def test_read_input_reports_why(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"MOSCOW, May 8. /TASS/. Putin \xff\xfe said")
    with pytest.raises(inputs.InputError) as info:
        inputs.read_input(str(tmp_path / "bad.txt"), "utf-8")
    assert str(info.value) == (
        "cannot decode as utf-8: byte 0xff at offset 29 (invalid start byte); try --encoding"
    )
    with pytest.raises(inputs.InputError, match=r"^No such file or directory$"):
        inputs.read_input(str(tmp_path / "missing.txt"), "utf-8")
    with pytest.raises(inputs.InputError, match=r"^Is a directory$"):
        inputs.read_input(str(tmp_path), "utf-8")


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
    assert progress.wants_progress(count, enabled, stream) is expected


def test_progress_uses_tqdm_when_installed() -> None:
    pytest.importorskip("tqdm")
    stream = _Terminal()
    bar = progress.Progress(7, "accordlib parse", stream)
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
    bar = progress.Progress(8, "accordlib events", stream)
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


# --------------------------------------------------------------------------- end to end


def test_parse_one_file_prints_the_story_as_json(run: Callable[..., Run]) -> None:
    result = run("parse", XINHUA)
    assert (result.status, result.err) == (0, UNDATED)  # a dateline without a year
    data = json.loads(result.out)
    assert data["text"] == XINHUA.read_text(encoding="utf-8")
    assert data["headline"] == "Kazakh president meets Chinese foreign minister in Astana"
    assert data["agency"] == "Xinhua"
    dateline = data["dateline"]
    assert (dateline["place"], dateline["month"], dateline["day"], dateline["agency"]) == (
        "ASTANA",
        11,
        7,
        "Xinhua",
    )
    assert dateline["raw"] == "ASTANA, Nov. 7 (Xinhua) --"
    assert dateline["country"] == "KAZ"
    assert data["paragraphs"][0].startswith("Kazakh President Kassym-Jomart Tokayev met with")
    assert "".join(segment["text"] for segment in data["segments"]) == data["text"]
    # The output is exactly what the library serialises, and reads back losslessly.
    story = accordlib.from_json(accordlib.Story, result.out)
    assert story == accordlib.parse_story(XINHUA.read_text(encoding="utf-8"))


def test_parse_published_reaches_the_parser(run: Callable[..., Run]) -> None:
    result = run("parse", "--published", "November 8, 2025", XINHUA)
    assert result.status == 0
    data = json.loads(result.out)
    assert data["published"] == "2025-11-08"
    assert data["dateline"]["date"] == "2025-11-07"


def test_parse_reads_standard_input_with_a_bom_and_crlf(run: Callable[..., Run]) -> None:
    text = XINHUA.read_text(encoding="utf-8").replace("\n", "\r\n")
    result = run("parse", "-", stdin=codecs.BOM_UTF8 + text.encode())
    assert result.status == 0
    data = json.loads(result.out)
    assert data["text"] == text  # BOM removed, line endings kept
    assert data["dateline"]["place"] == "ASTANA"


def test_bad_files_are_named_and_the_others_processed(
    run: Callable[..., Run], tmp_path: Path
) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("BRUSSELS, March 3 (Reuters) - Les ministres réunis".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    result = run("parse", "--format", "jsonl", CNN, missing, latin, XINHUA)
    assert result.status == 1
    records = [json.loads(line) for line in result.out.splitlines()]
    assert [record["file"] for record in records] == [str(CNN), str(XINHUA)]
    assert [record["agency"] for record in records] == ["CNN", "Xinhua"]
    assert result.err == (
        f"accordlib: {missing}: No such file or directory\n"
        f"accordlib: {latin}: cannot decode as utf-8: byte 0xe9 at offset 45 "
        "(invalid continuation byte); try --encoding\n"
        "accordlib: 2 of 2 stories could not be dated (no dateline with a day, no date of "
        "their own): pass --published DATE to anchor dates such as 'on Thursday'\n"
    )
    # The same file reads fine in its own encoding.
    again = run("parse", "--encoding", "latin-1", "--format", "jsonl", latin)
    assert again.status == 0
    assert json.loads(again.out)["text"].endswith("Les ministres réunis")


def test_json_with_several_files_is_one_list_with_file_fields(run: Callable[..., Run]) -> None:
    result = run("parse", CNN, XINHUA)
    assert result.status == 0
    data = json.loads(result.out)
    assert [(item["file"], item["agency"]) for item in data] == [
        (str(CNN), "CNN"),
        (str(XINHUA), "Xinhua"),
    ]
    # Without the file field, each element is a Story as the library serialises it.
    del data[1]["file"]
    assert accordlib.from_dict(accordlib.Story, data[1]).headline == (
        "Kazakh president meets Chinese foreign minister in Astana"
    )


def test_parse_text_summary(run: Callable[..., Run]) -> None:
    result = run("parse", "--format", "text", XINHUA)
    assert result.status == 0
    assert result.out.splitlines() == [
        "headline:   Kazakh president meets Chinese foreign minister in Astana",
        "dateline:   ASTANA, Nov. 7 (Xinhua) -- [place ASTANA; country KAZ]",
        "agency:     Xinhua",
        "date:       unknown",
        "body:       4 paragraphs, 83 words",
        (
            "lead:       Kazakh President Kassym-Jomart Tokayev met with visiting Chinese Foreign "
            "Minister Wang Yi in Astana on Friday, pledging to deepen cooperation in trade, energy …"
        ),
    ]
    dated = run("parse", "--format", "text", "--published", "2025-11-08", XINHUA)
    assert "date:       2025-11-07" in dated.out.splitlines()  # the dateline's own day
    assert dated.err == ""


# Small generated stories for the --jobs test: varied agencies, places, people and verbs,
# so that every file gives a different record.
_DATELINES = [
    "CAIRO (AP) —",
    "BRUSSELS, March 3 (Reuters) -",
    "ASTANA, Nov. 7 (Xinhua) --",
    "MOSCOW, May 8. /TASS/.",
    "DOHA:",
    "(CNN) —",
    "TOKYO, Feb. 17, Kyodo",
]
_PAIRS = [
    ("Kazakh President Kassym-Jomart Tokayev", "Chinese Foreign Minister Wang Yi"),
    ("Egyptian Foreign Minister Badr Abdelatty", "Qatar's Prime Minister"),
    ("Japanese Foreign Minister Takeshi Iwaya", "his German counterpart"),
    ("Russian President Vladimir Putin", "Turkish President Recep Tayyip Erdogan"),
    ("Secretary of State Marco Rubio", "Uzbek Foreign Minister Bakhtiyor Saidov"),
]
_ACTIONS = [
    "met with {b} in the capital on Monday",
    "held a telephone conversation with {b} on Thursday",
    "will visit {b} next month, officials said",
    "criticized {b} over the border crisis on Friday",
    "signed an agreement on visa facilitation with {b}",
]


def generated_story(number: int) -> str:
    first, second = _PAIRS[number % len(_PAIRS)]
    action = _ACTIONS[(number // 5) % len(_ACTIONS)].format(b=second)
    dateline = _DATELINES[number % len(_DATELINES)]
    return (
        f"Story {number}: leaders hold talks\n\n"
        f"{dateline} {first} {action}.\n\n"
        f"The talks were the {number}th round this year, a spokesman said.\n"
    )


@pytest.fixture(scope="module")
def two_hundred_files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    directory = tmp_path_factory.mktemp("corpus")
    paths = []
    for number in range(200):
        path = directory / f"story-{number:03}.txt"
        path.write_text(generated_story(number), encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize(("command", "fmt"), [("parse", "jsonl"), ("events", "csv")])
def test_jobs_2_gives_exactly_the_output_of_jobs_1(
    run: Callable[..., Run], two_hundred_files: list[str], command: str, fmt: str
) -> None:
    dated = ("--published", "2026-03-04")
    serial = run(command, "--format", fmt, "--jobs", "1", *dated, *two_hundred_files)
    parallel = run(command, "--format", fmt, "--jobs", "2", *dated, *two_hundred_files)
    assert serial.status == parallel.status == 0
    assert parallel.out == serial.out
    assert parallel.err == serial.err == ""
    if command == "parse":
        files = [json.loads(line)["file"] for line in serial.out.splitlines()]
        assert files == two_hundred_files
    else:
        rows = list(csv.DictReader(io.StringIO(serial.out)))
        assert len({row["file"] for row in rows}) > 150


def test_jobs_2_keeps_errors_and_order(
    run: Callable[..., Run], two_hundred_files: list[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\xfd")  # a UTF-16 BOM, then an odd byte: not UTF-16
    files = [*two_hundred_files[:20], str(tmp_path / "nope.txt"), *two_hundred_files[20:30]]
    dated = ("--published", "2026-03-04")
    serial = run("parse", "--format", "json", "--jobs", "1", *dated, *files, str(broken))
    parallel = run("parse", "--format", "json", "--jobs", "2", *dated, *files, str(broken))
    assert serial == parallel
    assert serial.status == 1
    assert [item["file"] for item in json.loads(serial.out)] == two_hundred_files[:30]
    assert serial.err.splitlines() == [
        f"accordlib: {tmp_path / 'nope.txt'}: No such file or directory",
        f"accordlib: {broken}: cannot decode as utf-16-le: byte 0xfd at offset 2 (truncated data); try --encoding",
    ]


# --------------------------------------------------------------------------- interruptions


def test_ctrl_c_exits_130_quietly(
    run: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(app, "_run", interrupted)
    assert run("countries", "--text", "Israel") == Run(130, "", "")


def test_a_closed_pipe_exits_141_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    errors = io.StringIO()
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    monkeypatch.setattr(sys, "stderr", errors)
    assert main(["parse", "--format", "jsonl", str(CNN), str(XINHUA)]) == 141
    assert errors.getvalue() == ""


# --------------------------------------------------------------------------- as a program


def _program(*argv: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "accordlib", *argv],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=60,
    )


def test_program_version_and_usage_error() -> None:
    version = _program("--version")
    assert (version.returncode, version.stdout) == (
        0,
        f"accordlib {accordlib.__version__}\n".encode(),
    )
    wrong = _program("parse", "--jobs", "two", str(CNN))
    assert wrong.returncode == 2
    assert wrong.stdout == b""
    assert wrong.stderr.decode().splitlines() == [
        "accordlib parse: error: argument -j/--jobs: must be a whole number, 0 for one per CPU: 'two'",
        "Try 'accordlib parse --help' for more information.",
    ]


# --------------------------------------------------------------------------- countries, officials

ACCORDS = "Israel and the UAE signed the accords by Washington."


def test_countries_json_is_what_the_library_serialises(run: Callable[..., Run]) -> None:
    result = run("countries", "--text", ACCORDS)
    assert (result.status, result.err) == (0, "")
    assert json.loads(result.out) == [
        {"text": "Israel", "start": 0, "end": 6, "country": "ISR", "kind": "NAME"},
        {"text": "UAE", "start": 15, "end": 18, "country": "ARE", "kind": "ALIAS"},
        {"text": "Washington", "start": 41, "end": 51, "country": "USA", "kind": "CAPITAL"},
    ]
    assert json.loads(result.out) == [
        accordlib.to_dict(mention) for mention in accordlib.find_countries(ACCORDS)
    ]


def test_countries_reads_text_stdin_and_files_alike(
    run: Callable[..., Run], tmp_path: Path
) -> None:
    given = run("countries", "--format", "jsonl", "--text", ACCORDS)
    piped = run("countries", "--format", "jsonl", "-", stdin=ACCORDS.encode("utf-16"))
    story = tmp_path / "accords.txt"
    story.write_text(ACCORDS, encoding="utf-8")
    read = run("countries", "--format", "jsonl", story)
    results = [
        [{k: v for k, v in json.loads(line).items() if k != "file"} for line in r.out.splitlines()]
        for r in (given, piped, read)
    ]
    assert results[0] == results[1] == results[2]
    assert [row["country"] for row in results[0]] == ["ISR", "ARE", "USA"]
    assert [json.loads(r.out.splitlines()[0])["file"] for r in (given, piped, read)] == [
        "<text>",
        "<stdin>",
        str(story),
    ]


def test_countries_text_and_csv(run: Callable[..., Run]) -> None:
    text = run("countries", "--format", "text", "--text", ACCORDS)
    assert text.out.splitlines() == [
        "0-6        ISR  NAME     Israel (Israel)",
        "15-18      ARE  ALIAS    UAE (United Arab Emirates)",
        "41-51      USA  CAPITAL  Washington (United States)",
    ]
    table = run("countries", "--format", "csv", "--text", ACCORDS)
    assert list(csv.DictReader(io.StringIO(table.out)))[1] == {
        "file": "<text>",
        "line": "",
        "id": "",
        "start": "15",
        "end": "18",
        "text": "UAE",
        "country": "ARE",
        "country_name": "United Arab Emirates",
        "kind": "ALIAS",
    }


def test_countries_undecodable_stdin_is_reported(run: Callable[..., Run]) -> None:
    result = run("countries", "-", stdin=b"Isra\xebl")
    assert result.status == 1
    assert result.out == ""
    assert result.err == (
        "accordlib: <stdin>: cannot decode as utf-8: byte 0xeb at offset 4 "
        "(invalid continuation byte); try --encoding\n"
    )
    assert run("countries", "--encoding", "latin-1", "-", stdin=b"Isra\xebl").status == 0


WITKOFF = "US Special Envoy Steve Witkoff met Qatar's prime minister in Doha."


def test_officials(run: Callable[..., Run]) -> None:
    result = run("officials", "--text", WITKOFF)
    assert result.status == 0
    first = json.loads(result.out)[0]
    assert (first["start"], first["end"]) == (0, 30)
    assert first["official"]["name"] == "Steve Witkoff"
    assert first["official"]["title"]["canonical"] == "Special Envoy"
    assert first["official"]["country"] == "USA"
    rows = list(csv.DictReader(io.StringIO(run("officials", "-f", "csv", "-t", WITKOFF).out)))
    assert rows[0] == {
        "file": "<text>",
        "line": "",
        "id": "",
        "start": "0",
        "end": "30",
        "text": "US Special Envoy Steve Witkoff",
        "name": "Steve Witkoff",
        "title": "Special Envoy",
        "role": "ENVOY",
        "country": "USA",
        "organization": "",
        "honorifics": "",
    }
    text = run("officials", "-f", "text", "--text", WITKOFF).out.splitlines()
    assert text[0] == (
        "0-30       Steve Witkoff | Special Envoy [ENVOY] | USA | “US Special Envoy Steve Witkoff”"
    )


# --------------------------------------------------------------------------- events

TASS = STORIES / "tass-phone-call.txt"


def test_events_json_is_the_list_the_library_gives(run: Callable[..., Run]) -> None:
    result = run("events", "--published", "2026-05-08", TASS)
    assert (result.status, result.err) == (0, "")
    events = json.loads(result.out)
    expected = accordlib.extract_events(TASS.read_text("utf-8"), published="2026-05-08")
    assert events == [accordlib.to_dict(event) for event in expected]
    call = events[0]
    assert (call["kind"], call["factuality"], call["date"]) == (
        "PHONE_CALL",
        "OCCURRED",
        "2026-05-07",  # "on Thursday", the day before the story
    )
    assert [actor["name"] for actor in call["actors"]] == [
        "Vladimir Putin",
        "Recep Tayyip Erdogan",
    ]


def test_events_csv_parses_back_with_the_csv_module(run: Callable[..., Run]) -> None:
    files = [CNN, TASS, XINHUA]
    result = run("events", "--format", "csv", *files)
    assert result.status == 0
    reader = csv.DictReader(io.StringIO(result.out))
    assert tuple(reader.fieldnames or ()) == ("file", "line", "id", *accordlib.events.ROW_FIELDS)
    rows = list(reader)
    expected = [
        {"file": str(path), "line": None, "id": None, **event.to_row()}
        for path in files
        for event in accordlib.extract_events(path.read_text("utf-8"))
    ]
    assert rows == [{k: v or "" for k, v in row.items()} for row in expected]
    # Quotes, commas and curly quotes in sentences survive the round trip.
    for row in rows:
        text = Path(row["file"]).read_text("utf-8")
        assert text[int(row["start"]) : int(row["end"])] == row["sentence"]


def test_events_jsonl_names_the_file_on_every_line(run: Callable[..., Run]) -> None:
    result = run("events", "--format", "jsonl", CNN, XINHUA)
    records = [json.loads(line) for line in result.out.splitlines()]
    assert {record["file"] for record in records} == {str(CNN), str(XINHUA)}
    assert records == sorted(records, key=lambda r: r["file"] != str(CNN))  # input order
    first = dict(records[0])
    del first["file"]
    assert accordlib.from_dict(accordlib.DiplomaticEvent, first).kind.name == first["kind"]


def test_events_text_is_one_block_per_event(run: Callable[..., Run]) -> None:
    result = run("events", "--format", "text", "--published", "2026-05-08", TASS)
    assert result.out.splitlines()[:3] == [
        "80-269  PHONE_CALL  OCCURRED  2026-05-07",
        "  Vladimir Putin; Recep Tayyip Erdogan; source: Kremlin",
        (
            "  “Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan "
            "discussed the situation in the Black Sea in a telephone conversation on Thursday, "
            "the Kremlin press service said.”"
        ),
    ]


def test_program_reads_a_pipe_and_stops_quietly_when_the_reader_goes(tmp_path: Path) -> None:
    piped = _program(
        "events", "--format", "jsonl", "--published", "2025-11-07", "-", stdin=XINHUA.read_bytes()
    )
    assert piped.returncode == 0
    assert piped.stderr == b""
    assert json.loads(piped.stdout.splitlines()[0])["file"] == "<stdin>"
    # Like `accordlib parse ... | head -1`: the reader closes the pipe early.
    many = [str(CNN)] * 400
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "accordlib",
            "parse",
            "-f",
            "jsonl",
            "--published",
            "2026-01-01",
            *many,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert json.loads(process.stdout.readline())["agency"] == "CNN"
    process.stdout.close()
    assert process.wait(timeout=60) == 141
    assert process.stderr.read() == b""
    process.stderr.close()


# --------------------------------------------------------------------------- properties


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(st.characters(exclude_categories=["Cs"]), max_size=80),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32"]),
)
def test_decode_reads_back_any_text_in_a_unicode_encoding(text: str, encoding: str) -> None:
    # FF FE 00 00 opens both UTF-32-LE and UTF-16-LE text starting with NUL; like
    # json.detect_encoding we read UTF-32, and a story never starts with NUL.
    assume(not (encoding == "utf-16" and text.startswith("\x00")))
    data = text.encode(encoding)
    if encoding == "utf-16-be":  # no BOM of its own: add one, as editors do
        data = codecs.BOM_UTF16_BE + data
    # A text that itself starts with U+FEFF is ambiguous in UTF-8 without a BOM.
    expected = text[1:] if encoding == "utf-8" and text.startswith("\ufeff") else text
    assert inputs.decode(data) == expected


def test_undecodable_arguments_and_file_names_never_crash_the_output(
    run: Callable[..., Run], tmp_path: Path
) -> None:
    # On POSIX, argument bytes the locale cannot decode arrive as lone surrogates.
    bad = "Isra\udceb" + "l"
    result = run("countries", "--text", bad)
    assert result.status == 1
    assert result.err == (
        "accordlib: <text>: cannot decode as utf-8: byte 0xeb at offset 4 "
        "(invalid continuation byte); try --encoding\n"
    )
    latin = run("countries", "--encoding", "latin-1", "-f", "jsonl", "--text", bad + " and Egypt")
    assert latin.status == 0
    assert json.loads(latin.out.splitlines()[-1])["file"] == "<text>"
    if sys.platform != "win32":
        odd = tmp_path / os.fsdecode(b"caf\xe9.txt")
        odd.write_text(TASS.read_text("utf-8"), encoding="utf-8")
        listed = run("parse", "--format", "jsonl", "--published", "2026-05-08", odd)
        assert listed.status == 0
        assert json.loads(listed.out)["file"] == str(tmp_path / "caf\\xe9.txt")


@pytest.mark.parametrize("stdout_is_terminal", [False, True])
def test_progress_bar_on_a_terminal_leaves_the_output_clean(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, stdout_is_terminal: bool
) -> None:
    files = []
    for number in range(8):
        path = tmp_path / f"story-{number}.txt"
        path.write_text(generated_story(number), encoding="utf-8")
        files.append(str(path))
    out = _Terminal() if stdout_is_terminal else io.StringIO()
    err = _Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    assert main(["parse", "--format", "jsonl", "--published", "2026-03-04", *files]) == 0
    assert [json.loads(line)["file"] for line in out.getvalue().splitlines()] == files
    drawn = err.getvalue()
    assert "\raccordlib parse" in drawn  # a bar (tqdm's or the plain one) was drawn
    assert "/8" in drawn
    assert (
        main(["parse", "-f", "jsonl", "--published", "2026-03-04", "--no-progress", *files]) == 0
    )
    assert err.getvalue() == drawn  # --no-progress: nothing more


def test_parse_json_is_byte_for_byte_to_json(run: Callable[..., Run]) -> None:
    story = accordlib.parse_story(CNN.read_text("utf-8"))
    assert run("parse", CNN).out == accordlib.to_json(story, indent=2) + "\n"


# --------------------------------------------------------------------------- one input model

COMMANDS = ["parse", "events", "countries", "officials"]
FORMATS = ["json", "jsonl", "text", "csv"]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_command_takes_every_input_and_format(
    run: Callable[..., Run], command: str, fmt: str
) -> None:
    result = (
        run(command, "-f", fmt, "--published", "2026-03-04", CNN)
        if command
        in (
            "parse",
            "events",
        )
        else run(command, "-f", fmt, CNN)
    )
    assert (result.status, result.err) == (0, "")
    assert result.out
    if fmt == "csv":
        header = next(csv.reader(io.StringIO(result.out)))
        assert header[:3] == ["file", "line", "id"]
    if fmt == "jsonl":
        assert {json.loads(line)["file"] for line in result.out.splitlines()} == {str(CNN)}


def test_a_missing_path_is_an_error_never_text(run: Callable[..., Run]) -> None:
    result = run("countries", "Israel and the UAE")
    assert result == Run(
        1,
        "",
        "accordlib: Israel and the UAE: No such file or directory; to give text, use --text\n",
    )
    missing = run("parse", "-f", "jsonl", "nowhere.txt")
    assert missing == Run(1, "", "accordlib: nowhere.txt: No such file or directory\n")


def test_folders_are_read_recursively_in_sorted_order(
    run: Callable[..., Run], tmp_path: Path
) -> None:
    for name in ("b.txt", "a/z.txt", "a/c.txt", ".hidden.txt", ".git/x.txt", "a/.cache/y.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Israel and Egypt resumed talks.", encoding="utf-8")
    result = run("countries", "-f", "jsonl", tmp_path, "--text", "Qatar")
    files = [json.loads(line)["file"] for line in result.out.splitlines()]
    assert files == [
        *[str(tmp_path / n) for n in ("a/c.txt", "a/c.txt", "a/z.txt", "a/z.txt")],
        *[str(tmp_path / "b.txt")] * 2,
        "<text>",
    ]
    # A folder is several inputs: JSON is a list whose elements name their file.
    listed = run("countries", tmp_path)
    assert [item["file"] for item in json.loads(listed.out)][:2] == [str(tmp_path / "a/c.txt")] * 2


def test_several_texts_are_named_by_position(run: Callable[..., Run]) -> None:
    result = run("countries", "-f", "text", "--text", "Qatar", "-t", "Oman and Iran")
    assert result.out.splitlines() == [
        "<text 1>: 0-5        QAT  NAME     Qatar (Qatar)",
        "<text 2>: 0-4        OMN  NAME     Oman (Oman)",
        "<text 2>: 9-13       IRN  NAME     Iran (Iran)",
    ]


def test_jsonl_is_the_same_shape_for_one_input_or_many(run: Callable[..., Run]) -> None:
    one = run("events", "-f", "jsonl", "--published", "2026-05-08", TASS)
    two = run("events", "-f", "jsonl", "--published", "2026-05-08", TASS, TASS)
    assert two.out == one.out * 2
    assert all(json.loads(line)["file"] == str(TASS) for line in one.out.splitlines())


# --------------------------------------------------------------------------- dates, records

JERUSALEM = (
    "JERUSALEM, Jan 21 (Reuters) - Israel and Egypt signed a water agreement on Sunday, "
    "officials said.\n"
)


def test_each_story_is_dated_by_its_own_dateline(run: Callable[..., Run]) -> None:
    # The batch-wide date is March 3, but the dateline prints Jan 21: "on Sunday" is Jan 18.
    result = run("events", "-f", "jsonl", "--published", "2026-03-03", "--text", JERUSALEM)
    (event,) = [json.loads(line) for line in result.out.splitlines()]
    assert (event["kind"], event["date"], event["date_text"]) == (
        "SIGN_AGREEMENT",
        "2026-01-18",
        "on Sunday",
    )


def test_stories_that_cannot_be_dated_are_counted(run: Callable[..., Run]) -> None:
    result = run(
        "events", "-f", "jsonl", "--text", JERUSALEM, "-t", "Qatar and Oman met.", "-t", "Hi."
    )
    assert result.status == 0
    assert result.err == (
        "accordlib: 3 of 3 stories could not be dated (no dateline with a day, no date of "
        "their own): pass --published DATE to anchor dates such as 'on Thursday'\n"
    )


FEED = [
    {"id": "r-1", "text": JERUSALEM, "published": "2026-01-21", "url": "https://wire.example/1"},
    {"id": 2, "text": "CAIRO (AP) — Egypt and Qatar met on Monday.", "published": "2026-02-04"},
    {"text": "Oman and Iran held talks on Friday."},
]


def _feed(tmp_path: Path, records: list[object], name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_jsonl_records_carry_their_id_and_their_own_dates(
    run: Callable[..., Run], tmp_path: Path
) -> None:
    feed = _feed(tmp_path, FEED)
    result = run("events", "-f", "jsonl", "--published", "2026-03-06", feed)
    assert result.status == 0
    events = [json.loads(line) for line in result.out.splitlines()]
    assert [(e["line"], e["id"], e["kind"], e["date"]) for e in events] == [
        (1, "r-1", "SIGN_AGREEMENT", "2026-01-18"),  # its dateline's Sunday
        (2, 2, "MEET", "2026-02-02"),  # the Monday before its own date
        (3, None, "MEET", "2026-03-06"),  # no date of its own: --published
    ]
    assert events[0]["url"] == "https://wire.example/1"
    # --input-format jsonl reads standard input, and any file name, the same way.
    piped = run(
        "events",
        "-f",
        "jsonl",
        "--input-format",
        "jsonl",
        "--published",
        "2026-03-06",
        "-",
        stdin=feed.read_bytes(),
    )
    assert [json.loads(line)["id"] for line in piped.out.splitlines()] == ["r-1", 2, None]


def test_a_bad_record_is_reported_by_line_and_the_others_processed(
    run: Callable[..., Run], tmp_path: Path
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"text": "Qatar and Oman met."}\nnot json\n\n{"id": 4}\n'
        '{"text": "Oman and Iran met.", "published": "someday"}\n[1]\n'
        '{"text": "Iran and Iraq met.", "published": "2026-01-02"}\n',
        encoding="utf-8",
    )
    result = run("parse", "-f", "jsonl", "--published", "2026-03-06", path)
    assert result.status == 1
    assert [json.loads(line)["line"] for line in result.out.splitlines()] == [1, 7]
    assert result.err.splitlines() == [
        f"accordlib: {path}: line 2: not JSON: Expecting value",
        f"accordlib: {path}: line 4 has no 'text' field",
        f"accordlib: {path}: line 5 'published' must be a date with a year, not 'someday'",
        f"accordlib: {path}: line 6: a record must be a JSON object, not list",
    ]


def test_json_of_records_is_a_list_and_text_names_the_record(
    run: Callable[..., Run], tmp_path: Path
) -> None:
    feed = _feed(tmp_path, FEED[:2])
    listed = json.loads(run("parse", "--published", "2026-03-06", feed).out)
    assert [(s["file"], s["line"], s["id"]) for s in listed] == [
        (str(feed), 1, "r-1"),
        (str(feed), 2, 2),
    ]
    text = run("parse", "-f", "text", feed).out
    assert f"==> {feed}:1 [r-1] <==" in text.splitlines()


# --------------------------------------------------------------------------- what a file holds


def test_binary_input_is_an_error(run: Callable[..., Run], tmp_path: Path) -> None:
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    archive = tmp_path / "notes.txt"
    archive.write_bytes(bytes(range(1, 32)) * 20)
    result = run("parse", "-f", "jsonl", "--encoding", "latin-1", image, archive, "--text", "Hi.")
    assert result.status == 1
    assert [json.loads(line)["file"] for line in result.out.splitlines()] == ["<text>"]
    message = "binary data, not text (NUL or control bytes); give a text file"
    assert result.err.splitlines()[:2] == [
        f"accordlib: {image}: {message}",
        f"accordlib: {archive}: {message}",
    ]


def test_text_output_never_echoes_terminal_escapes(run: Callable[..., Run]) -> None:
    story = "Talks \x1b[2J\x1b[31mresume\n\nDOHA (AP) — Qatar\x07 and Oman met \u202eon Monday."
    for command in COMMANDS:
        result = (
            run(command, "-f", "text", "--published", "2026-03-03", "--text", story)
            if command
            in (
                "parse",
                "events",
            )
            else run(command, "-f", "text", "--text", story)
        )
        assert "\x1b" not in result.out
        assert "\x07" not in result.out
        assert "\u202e" not in result.out
    shown = run("parse", "-f", "text", "--text", story).out
    assert shown.splitlines()[0] == "headline:   Talks \\x1b[2J\\x1b[31mresume"


PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Qatar and Turkey sign trade pact | Example News</title>
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2026-03-02T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Qatar and Turkey sign trade pact</h1>
<p>DOHA, March 2 (Reuters) - Qatar and Turkey signed a trade agreement in Doha on Monday,
the two governments said in a joint statement.</p>
<p>The agreement lowers tariffs on farm goods and steel, officials said.</p>
</article>
<footer>Subscribe to our newsletter. Copyright 2026 Example News.</footer>
</body></html>
"""


def test_html_is_extracted_with_the_html_extra(
    run: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("trafilatura")
    import socket

    def no_network(*_: object, **__: object) -> None:
        raise AssertionError("accordlib tried to use the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = run("parse", page)
    assert (result.status, result.err) == (0, "")
    story = json.loads(result.out)
    assert story["headline"] == "Qatar and Turkey sign trade pact"
    assert story["dateline"]["date"] == "2026-03-02"  # the page's own date gives the year
    assert story["byline"]["authors"] == ["Jane Roe"]
    assert "<" not in story["text"]
    assert "Subscribe" not in story["text"]
    assert "Home" not in story["text"]
    events = json.loads(run("events", page).out)
    assert [(e["kind"], e["date"]) for e in events] == [("SIGN_AGREEMENT", "2026-03-02")]
    for event in events:  # offsets index the extracted text
        assert story["text"][event["start"] : event["end"]] == event["sentence"]


def test_a_page_without_a_date_takes_published_not_its_copyright_year(
    run: Callable[..., Run], tmp_path: Path
) -> None:
    # A date search that reads "Copyright 2026" as 1 January 2026 would resolve the
    # dateline's March 2 to 2025 and date the event a year early.
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_text(PAGE.replace("2026-03-02T09:30:00Z", ""), encoding="utf-8")
    events = json.loads(run("events", "--published", "2026-03-04", page).out)
    assert [(e["kind"], e["date"]) for e in events] == [("SIGN_AGREEMENT", "2026-03-02")]


def test_html_without_the_extra_is_a_one_line_error(
    run: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura now fails
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = run("events", page, "--text", "Qatar and Oman met on Monday.")
    assert result.status == 1
    assert result.err.splitlines()[0] == (
        f"accordlib: {page}: looks like HTML; reading web pages needs the html extra: "
        "pip install 'accordlib[html]'"
    )
    # --input-format text takes the markup as it is, if that is really what you want.
    forced = run("countries", "-f", "jsonl", "--input-format", "text", page)
    assert forced.status == 0


# --------------------------------------------------------------------------- first impression


def test_a_terminal_gets_a_summary_and_a_pipe_gets_json(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = _Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert main(["parse", str(CNN)]) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("headline:   ")
    assert lines[-1] == "(every field, with offsets: --format json; its events: accordlib events)"
    asked = _Terminal()
    monkeypatch.setattr(sys, "stdout", asked)
    assert main(["parse", "--format", "json", str(CNN)]) == 0
    assert json.loads(asked.getvalue())["agency"] == "CNN"
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stdout", piped)
    assert main(["parse", str(CNN)]) == 0
    assert json.loads(piped.getvalue())["agency"] == "CNN"


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_tidy(run: Callable[..., Run], command: str) -> None:
    shown = run(command, "--help").out
    assert "...." not in shown
    assert "141  the reader of standard output went away" in shown
    assert 'jsonl   one JSON object per line, always with a "file" field: the stable' in shown
    assert "141  the reader of standard output went away" in run("--help").out
