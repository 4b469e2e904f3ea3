"""Robustness across the whole library (issue 9).

Every public function that takes text is total on any ``str`` and rejects anything
else with a :class:`TypeError` naming the type; story segments rebuild the input and
every offset indexes it; results are the same in 8 threads and in two processes; a
1 MB story is parsed and mined for events in seconds; hostile shapes cost linear
time; ``from_json``/``from_dict`` reject bad input with one documented exception that
lists the problems.

The corpus and the checks live in ``tests/hostile_inputs.py`` (shared with
``benchmarks/bench_hostile.py`` and ``fuzz/``). Everything is deterministic: a seeded
corpus and derandomised Hypothesis.

Regression tests for the findings of the fuzzing runs are at the end
(``BUGS_CAUGHT``); /work/notes/robustness-findings.md has the details.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import hostile_inputs as hostile  # noqa: E402 - needs the sys.path entry above

import accordlib  # noqa: E402

ROOT = HERE.parent
CORPUS = hostile.mutated_corpus()
STORIES = hostile.example_stories()
PUBLISHED = dt.date(2026, 3, 3)

BAD_VALUES: list[tuple[object, str]] = [
    (b"WASHINGTON (AP) \xe2\x80\x94 Talks", "bytes"),
    (None, "NoneType"),
    (1987, "int"),
    (["WASHINGTON (AP) \u2014 Talks"], "list"),
]


def _describe_failures(failures: list[str], total: int) -> str:
    shown = "\n".join(failures[:12])
    return f"{len(failures)} of {total} inputs failed; the first ones:\n{shown}"


def _run_on_corpus(name: str) -> tuple[list[str], int]:
    failures: list[str] = []
    count = 0
    for label, text in CORPUS:
        for item in hostile.iter_inputs_for(name, text):
            count += 1
            try:
                hostile.checked_call(name, item)
            except Exception as exc:
                failures.append(f"  [{label}] {name}({item[:80]!r}): {type(exc).__name__}: {exc}")
    return failures, count


# --------------------------------------------------------------------------------------
# Total and lossless on ~680 random and mutated inputs
# --------------------------------------------------------------------------------------


def test_corpus_is_large_varied_and_deterministic() -> None:
    assert len(CORPUS) >= 400
    labels = [label for label, _ in CORPUS]
    assert len(set(labels)) == len(labels)
    for mutation in hostile.MUTATIONS:
        assert any(mutation in label for label in labels), mutation
    assert hostile.mutated_corpus() == CORPUS
    texts = "".join(text for _, text in CORPUS)
    for char in ("\x00", "\ufeff", "\ud800", "\u200b", "\u202e", "\r\n", "\u2028", "\u0130"):
        assert char in texts, repr(char)


@pytest.mark.parametrize("name", hostile.TEXT_FUNCTIONS)
def test_total_on_the_mutated_corpus(name: str) -> None:
    failures, count = _run_on_corpus(name)
    assert not failures, _describe_failures(failures, count)


def test_segments_rebuild_every_corpus_input_exactly() -> None:
    for label, text in CORPUS:
        story = accordlib.parse_story(text)
        assert "".join(segment.text for segment in story.segments) == text, label
        assert story.text == text, label


def test_extract_events_accepts_a_story_and_keeps_offsets_into_its_text() -> None:
    for label, text in CORPUS[::10]:
        story = accordlib.parse_story(text)
        events = accordlib.extract_events(story)
        hostile.check_events(text, events)
        assert events == accordlib.extract_events(text), label


@pytest.mark.parametrize("published", [dt.date.min, dt.date.max, dt.datetime.max, "0001-01-01"])
def test_extreme_published_dates_never_raise(published: object) -> None:
    for text in STORIES.values():
        story = accordlib.parse_story(text, published=published)  # type: ignore[arg-type]
        hostile.check_story(text, story)
        hostile.check_events(text, accordlib.extract_events(story, published=published))  # type: ignore[arg-type]
        first = text.split("\n\n")[1] if "\n\n" in text else text
        hostile.check_dateline(first, accordlib.parse_dateline(first, published=published))  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------
# Bounded Hypothesis properties, one per function
# --------------------------------------------------------------------------------------

HYPOTHESIS = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.parametrize("name", hostile.TEXT_FUNCTIONS)
@HYPOTHESIS
@given(text=hostile.hostile_text_strategy())
def test_total_on_hostile_text(name: str, text: str) -> None:
    hostile.checked_call(name, text)


@pytest.mark.parametrize("name", hostile.TEXT_FUNCTIONS)
@HYPOTHESIS
@given(text=st.text(st.characters(codec=None, exclude_categories=())))
def test_total_on_any_text(name: str, text: str) -> None:
    hostile.checked_call(name, text)


@settings(HYPOTHESIS, max_examples=40)
@given(text=hostile.hostile_text_strategy())
def test_results_are_repeatable(text: str) -> None:
    for name in hostile.TEXT_FUNCTIONS:
        assert repr(hostile.call(name, text)) == repr(hostile.call(name, text)), name


# --------------------------------------------------------------------------------------
# Wrong argument types
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "type_name"), BAD_VALUES, ids=[t for _, t in BAD_VALUES])
@pytest.mark.parametrize("name", hostile.TEXT_FUNCTIONS)
def test_non_str_raises_type_error_naming_the_type(
    name: str, value: object, type_name: str
) -> None:
    func = hostile.function(name)
    with pytest.raises(TypeError, match=rf"\b{type_name}\b") as info:
        func(value)
    assert isinstance(info.value, accordlib.AccordError), type(info.value)
    if type_name == "bytes":
        assert "decode" in str(info.value)


@pytest.mark.parametrize("name", ["parse_story", "parse_dateline", "extract_events"])
def test_unreadable_published_raises_value_error_naming_it(name: str) -> None:
    func = hostile.function(name)
    with pytest.raises(ValueError, match="not a day at all"):
        func(STORIES["cnn-abraham-accords"], published="not a day at all")
    with pytest.raises(TypeError, match=r"\bint\b"):
        func(STORIES["cnn-abraham-accords"], published=20260303)


@pytest.mark.parametrize(("value", "type_name"), BAD_VALUES, ids=[t for _, t in BAD_VALUES])
@pytest.mark.parametrize("batch_name", ["parse_stories", "extract_events_many"])
def test_batch_api_rejects_non_str_items_naming_the_type(
    value: object, type_name: str, batch_name: str
) -> None:
    results = hostile.function(batch_name)(["(CNN) \u2014 Israel and Egypt met.", value])
    with pytest.raises(TypeError, match=rf"\b{type_name}\b"):
        list(results)


# --------------------------------------------------------------------------------------
# Batch API agrees with the one-story functions on hostile input
# --------------------------------------------------------------------------------------


def test_batch_api_matches_single_calls_on_the_corpus() -> None:
    texts = [text for _, text in CORPUS[::3]]
    assert list(accordlib.parse_stories(texts)) == [accordlib.parse_story(t) for t in texts]


def test_batch_events_match_single_calls_on_the_corpus() -> None:
    texts = [text for _, text in CORPUS[::6]]
    assert list(accordlib.extract_events_many(texts)) == [
        accordlib.extract_events(t) for t in texts
    ]


def test_batch_api_in_two_processes_matches_one_on_hostile_text() -> None:
    texts = [text for _, text in CORPUS[::20]] + [
        "\ud800 lone surrogate",
        "\x00\ufeff\u202e",
    ]
    assert list(accordlib.parse_stories(texts, jobs=2)) == list(accordlib.parse_stories(texts))


# --------------------------------------------------------------------------------------
# Threads and processes
# --------------------------------------------------------------------------------------


#: Helper runs: command line and PYTHONHASHSEED.
_HELPER_COMMANDS: dict[str, tuple[list[str], str]] = {
    "threads-1": (["threads", "8"], "1"),
    "threads-2": (["threads", "8"], "2"),
    "threads-published": (["threads-published"], "3"),
    "megabyte": (["megabyte"], "0"),
    "shapes": (["shapes", "20000", "main"], "0"),
    "shapes-extra": (["shapes", "20000", "extra"], "0"),
}


class _Helpers:
    """Fresh interpreters running ``tests/hostile_inputs.py`` commands, all started at
    once on first use so they overlap (the 1 MB run is the longest); each test then
    waits for its own. A fresh interpreter has loaded no table yet."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.processes = {
            key: subprocess.Popen(
                [sys.executable, str(HERE / "hostile_inputs.py"), *args],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "PYTHONHASHSEED": seed},
                cwd=ROOT,
            )
            for key, (args, seed) in _HELPER_COMMANDS.items()
        }

    def result(self, key: str, timeout: float = 240) -> str:
        process = self.processes[key]
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            pytest.fail(
                f"{key} still running after {timeout} s; its output so far:\n{out[-3000:]}"
            )
        assert process.returncode == 0, err[-3000:]
        return out

    def close(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.kill()
                process.communicate()


@pytest.fixture(scope="module")
def helpers() -> Iterator[_Helpers]:
    running = _Helpers()
    yield running
    running.close()


def test_eight_threads_in_a_fresh_process_agree_and_two_processes_agree(
    helpers: _Helpers,
) -> None:
    # In a fresh interpreter 8 threads are released together by a barrier, so they load
    # every lazy table concurrently. Two such processes with different hash seeds (set
    # iteration order) must produce the same digest as this process, sequentially.
    report = json.loads(helpers.result("threads-1"))
    assert report["mismatches"] == [], "\n".join(report["mismatches"])
    assert json.loads(helpers.result("threads-2"))["digest"] == report["digest"]
    assert hostile.sequential_digest() == report["digest"]
    assert report["errors"] == [], f"functions raised in the threads: {report['errors']}"


def test_threads_with_different_published_dates_do_not_mix(helpers: _Helpers) -> None:
    # Eight threads parse and mine the same stories at once, each with its own
    # published date; each must get what a sequential call gives.
    report = json.loads(helpers.result("threads-published"))
    assert report["mismatches"] == [], "\n".join(report["mismatches"])


# --------------------------------------------------------------------------------------
# Size and shape: a 1 MB story, a 1 MB line, hostile shapes
# --------------------------------------------------------------------------------------


def test_one_megabyte_story_is_parsed_and_mined_in_seconds(helpers: _Helpers) -> None:
    # The bar is 10 s (issue 9), measured by `python tests/hostile_inputs.py megabyte`.
    # Timed tests are flaky on a busy or slow machine, so the test only guards against
    # hangs and super-linear cost with a generous 60 s of CPU time (wall time on a loaded
    # machine ran to 78 s for 5.5 s of CPU), and prints the real figures (pytest -s).
    report = json.loads(helpers.result("megabyte"))
    print(f"\n1 MB timings: {report}")
    for label in ("story", "line"):
        assert report[label]["chars"] >= 1_000_000 - 200
        assert report[label]["parse_story_cpu_s"] < 60, report[label]
        assert "extract_events_error" not in report[label], report[label]
        assert report[label]["total_cpu_s"] < 60, report[label]


@pytest.mark.parametrize("which", ["shapes", "shapes-extra"])
def test_hostile_shapes_never_raise_and_never_take_seconds(helpers: _Helpers, which: str) -> None:
    # 20,000 characters is ~5 stories: linear code takes milliseconds (tens of them on a
    # busy machine); a quadratic or backtracking pattern takes many seconds.
    # benchmarks/bench_hostile.py measures the x4 ratios.
    rows = [json.loads(line) for line in helpers.result(which).splitlines()]
    shapes = hostile.EXTRA_SHAPES if which == "shapes-extra" else hostile.HOSTILE_SHAPES
    assert len(rows) == len(hostile.TEXT_FUNCTIONS) * len(shapes)
    broken = [f"{shape} {name}: {outcome}" for shape, name, _, outcome in rows if outcome != "ok"]
    slow = [f"{shape} {name}: {seconds:.2f} s" for shape, name, seconds, _ in rows if seconds > 3]
    assert not broken, "\n".join(broken)
    assert not slow, "\n".join(slow)


# --------------------------------------------------------------------------------------
# JSON: round trips on hostile stories, clear errors on bad JSON
# --------------------------------------------------------------------------------------


def test_json_round_trips_hostile_stories_and_their_events() -> None:
    # Texts with a high surrogate directly before a low one are left out: JSON cannot
    # keep the two apart (F09, a documented limitation).
    for label, text in CORPUS[::4]:
        if hostile.has_joinable_surrogates(text):
            continue
        story = accordlib.parse_story(text)
        encoded = accordlib.to_json(story)
        assert isinstance(encoded, str), label
        assert accordlib.from_json(accordlib.Story, encoded) == story, label
        assert accordlib.from_dict(accordlib.Story, accordlib.to_dict(story)) == story, label
        for event in accordlib.extract_events(story):
            again = accordlib.from_json(accordlib.DiplomaticEvent, accordlib.to_json(event))
            assert again == event, label


def test_json_of_a_story_with_lone_surrogates_is_ascii_safe() -> None:
    # A lone surrogate cannot be encoded as UTF-8: JSON must escape it so the output
    # can be written to a file or a terminal.
    text = "WASHINGTON (AP) \u2014 Israel\ud800 and Egypt met.\udfff"
    encoded = accordlib.to_json(accordlib.parse_story(text))
    encoded.encode("utf-8")
    assert accordlib.from_json(accordlib.Story, encoded).text == text


def _story_dict() -> dict[str, Any]:
    data = accordlib.to_dict(accordlib.parse_story(STORIES["cnn-abraham-accords"]))
    assert isinstance(data, dict)
    return data


def _documented_error() -> type[BaseException]:
    """The one exception type ``from_json`` raises on bad input, found by asking it."""
    try:
        accordlib.from_json(accordlib.Actor, "{")
    except Exception as exc:
        return type(exc)
    pytest.fail("from_json(Actor, '{') did not raise")


MALFORMED_JSON = [
    pytest.param("", id="empty"),
    pytest.param("{", id="unclosed-brace"),
    pytest.param('{"text": }', id="missing-value"),
    pytest.param("{'text': 'x'}", id="single-quotes"),
    pytest.param('{"text": "x"} {"text": "y"}', id="extra-data"),
    pytest.param("\x00", id="nul"),
    pytest.param("\ufeff{}", id="bom"),
    pytest.param("[" * 100_000 + "]" * 100_000, id="deep-nesting"),
    pytest.param("1" * 5000, id="5000-digit-number"),
    pytest.param("NaN", id="nan"),
    pytest.param('"\ud800', id="lone-surrogate"),
]

WRONG_SHAPES = [
    pytest.param("null", id="null"),
    pytest.param("[]", id="list"),
    pytest.param("42", id="number"),
    pytest.param('"a story"', id="string"),
    pytest.param("{}", id="empty-object"),
    pytest.param('{"text": 5}', id="text-is-int"),
]


@pytest.mark.parametrize("cls_name", ["Actor", "DiplomaticEvent", "Story"])
@pytest.mark.parametrize("text", MALFORMED_JSON + WRONG_SHAPES)
def test_from_json_rejects_bad_json_with_the_one_documented_error(
    text: str, cls_name: str
) -> None:
    error = _documented_error()
    assert issubclass(error, accordlib.AccordError), error
    assert issubclass(error, ValueError), error
    assert getattr(accordlib, error.__name__) is error, "the error is not a public name"
    with pytest.raises(error) as info:
        accordlib.from_json(getattr(accordlib, cls_name), text)
    assert str(info.value).strip()


def _corrupt(data: dict[str, Any], changes: dict[str, Callable[[dict[str, Any]], None]]) -> str:
    for change in changes.values():
        change(data)
    return json.dumps(data)


def test_from_json_lists_every_problem_with_its_path() -> None:
    error = _documented_error()
    data = _story_dict()
    data["headline"] = 12
    data["segments"][0]["kind"] = "NOT_A_KIND"
    data["published"] = "2026-13-45"
    with pytest.raises(error) as info:
        accordlib.from_json(accordlib.Story, json.dumps(data))
    message = str(info.value)
    for path in ("headline", "segments", "kind", "published"):
        assert path in message, f"{path!r} not in {message!r}"


def test_from_dict_on_event_with_several_problems_lists_them() -> None:
    error = _documented_error()
    events = accordlib.extract_events(STORIES["cnn-abraham-accords"])
    assert events
    data = accordlib.to_dict(events[0])
    data["kind"] = "NOT_A_KIND"
    data["date"] = "yesterday"
    data["start"] = "zero"
    with pytest.raises(error) as info:
        accordlib.from_dict(accordlib.DiplomaticEvent, data)
    message = str(info.value)
    for path in ("kind", "date", "start"):
        assert path in message, f"{path!r} not in {message!r}"


@pytest.mark.parametrize("data", [None, [], 42, "x", {"text": None}])
def test_from_dict_wrong_shapes_raise_the_documented_error(data: object) -> None:
    with pytest.raises(_documented_error()):
        accordlib.from_dict(accordlib.Story, data)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "type_name"), BAD_VALUES[1:], ids=[t for _, t in BAD_VALUES[1:]]
)
def test_from_json_on_non_text_names_the_type(value: object, type_name: str) -> None:
    # SPEC section 5 asks for one exception on bad input; the house rule asks for the
    # type to be named. Either a TypeError or the documented error will do, if it names it.
    with pytest.raises((TypeError, _documented_error()), match=rf"\b{type_name}\b"):
        accordlib.from_json(accordlib.Actor, value)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------
# The fuzz targets import and run without atheris
# --------------------------------------------------------------------------------------

FUZZ_TARGETS = sorted((ROOT / "fuzz").glob("fuzz_*.py"))


def _load(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(f"_fuzz_{path.stem}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_is_a_fuzz_target_per_public_parser() -> None:
    names = {path.stem for path in FUZZ_TARGETS}
    for expected in (
        "fuzz_story",
        "fuzz_byline",
        "fuzz_dateline",
        "fuzz_copyright",
        "fuzz_countries",
        "fuzz_titles",
        "fuzz_officials",
        "fuzz_events",
        "fuzz_json",
    ):
        assert expected in names, expected


@pytest.mark.parametrize("path", FUZZ_TARGETS, ids=[p.stem for p in FUZZ_TARGETS])
def test_fuzz_target_runs_on_seed_bytes(path: Path) -> None:
    module = _load(path)
    seeds = [b"", b"\x00", b"\x01\x00\xd8", b"\x02" + b"\xff" * 8]
    seeds += [bytes([mode]) + text.encode("utf-8") for mode in (0, 3) for text in STORIES.values()]
    for seed in seeds:
        module.TestOneInput(seed)


# --------------------------------------------------------------------------------------
# BUGS_CAUGHT: one regression test per finding (robustness-findings.md)
# --------------------------------------------------------------------------------------


def test_bug_01_country_memo_does_not_keep_long_inputs() -> None:
    # F01: get_country memoised every query whatever its length, so long junk "names"
    # from a feed stayed in memory (65,536 entries of any size before the memo cleared).
    import gc
    import tracemalloc

    accordlib.get_country("Israel")  # the index is loaded before measuring
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(5):
            name = f"{i:04d}" + "x" * 100_000  # made here, dropped at the next turn
            assert accordlib.get_country(name) is None
            with pytest.raises(accordlib.CountryNotFoundError):
                accordlib.lookup_country(name)
        del name
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept < 250_000, f"{kept:,} bytes kept after 5 look-ups of 100 KB junk"


def test_bug_02_from_json_deep_nesting_raises_the_documented_error() -> None:
    # F02: json.loads' RecursionError escaped from from_json.
    for text in ("[" * 100_000 + "]" * 100_000, '{"a":' * 50_000):
        with pytest.raises(_documented_error(), match="JSON"):
            accordlib.from_json(accordlib.Actor, text)


def test_bug_03_from_json_huge_number_raises_the_documented_error() -> None:
    # F03: CPython's 4,300-digit guard raised a bare ValueError from json.loads.
    with pytest.raises(_documented_error(), match="JSON"):
        accordlib.from_json(accordlib.Actor, "1" * 5000)
    with pytest.raises(_documented_error()):
        accordlib.from_json(accordlib.Actor, '{"kind": "STATE", "name": ' + "9" * 5000 + "}")


def test_bug_04_to_json_escapes_lone_surrogates() -> None:
    # F04: with ensure_ascii=False a lone surrogate was written raw, so the JSON could
    # not be encoded to UTF-8 (file, socket, stdout).
    actor = accordlib.Actor(accordlib.ActorKind.STATE, "Isr\ud800ael \udfff")
    encoded = accordlib.to_json(actor)
    assert encoded.encode("utf-8")
    assert "\\ud800" in encoded
    assert accordlib.from_json(accordlib.Actor, encoded) == actor
    assert "Türkiye" in accordlib.to_json(accordlib.Actor(accordlib.ActorKind.STATE, "Türkiye"))


def test_bug_05_dateline_with_published_at_the_end_of_time() -> None:
    # F05: published + 2 days overflowed; parse_story's safety net hid it by dropping
    # the whole structure of the story.
    for published in (dt.date.max, dt.datetime.max, "9999-12-31"):
        dateline = accordlib.parse_dateline("TOKYO, Dec 30 - x", published=published)
        assert dateline is not None
        assert (dateline.place, dateline.month, dateline.day) == ("TOKYO", 12, 30)
        assert dateline.date == dt.date(9999, 12, 30)
        story = accordlib.parse_story("TOKYO, Dec 30 - Talks began.", published=published)
        assert story.dateline is not None
        assert story.paragraphs == ("Talks began.",)


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("Israel and Egypt met on Tuesday.", dt.date.min),
        ("Israel and Egypt met yesterday.", dt.date.min),
        ("Israel met Egypt last month.", dt.date.min),
        ("Israel and Egypt met in March.", dt.date.min),
        ("Israel will meet Egypt next year.", dt.date.max),
        ("Israel will visit Egypt next week.", dt.date.max),
        ("Israel will meet Egypt in January.", dt.date.max),
    ],
)
def test_bug_06_relative_dates_at_the_edges_of_the_calendar(
    sentence: str, published: dt.date
) -> None:
    # F06: _timex arithmetic overflowed (OverflowError, "year 0/10000 is out of range").
    # The event is still found; a date beyond the calendar is simply unknown.
    events = accordlib.extract_events(sentence, published=published)
    assert events, sentence
    for event in events:
        assert event.date is None or dt.date.min <= event.date <= dt.date.max


@pytest.mark.parametrize("batch_name", ["parse_stories", "extract_events_many"])
@pytest.mark.parametrize(
    ("value", "type_name"),
    [("WASHINGTON (AP) \u2014 x", "str"), (b"WASHINGTON", "bytes"), (None, "NoneType")],
)
def test_bug_07_batch_api_rejects_a_single_string(
    batch_name: str, value: object, type_name: str
) -> None:
    # F07: a story passed instead of a list of stories was split into one-character
    # "stories"; bytes complained about int; None gave Python's bare TypeError.
    with pytest.raises(accordlib.InputTypeError, match=rf"\b{type_name}\b"):
        list(hostile.function(batch_name)(value))


def _structure(story: Any) -> tuple[object, ...]:
    dateline = story.dateline
    return (
        story.headline,
        story.byline.authors if story.byline else None,
        (dateline.place, dateline.month, dateline.day) if dateline else None,
        tuple(" ".join(paragraph.split()) for paragraph in story.paragraphs),
        story.agency,
    )


def test_bug_10_leading_bom_is_not_content() -> None:
    # F10: a leading U+FEFF leaked into the headline and hid datelines and bylines.
    for name, text in STORIES.items():
        story = accordlib.parse_story("\ufeff" + text)
        assert _structure(story) == _structure(accordlib.parse_story(text)), name
    dateline = accordlib.parse_dateline("\ufeffASTANA, Nov. 7 (Xinhua) -- Talks.")
    assert dateline is not None
    assert (dateline.place, dateline.month, dateline.day) == ("ASTANA", 11, 7)
    assert "\ufeffASTANA, Nov. 7 (Xinhua) -- Talks."[dateline.end :] == "Talks."
    story = accordlib.parse_story("\ufeffASTANA, Nov. 7 (Xinhua) -- Talks.")
    assert story.dateline is not None
    assert story.paragraphs == ("Talks.",)
    byline = accordlib.parse_byline("\ufeffBy Anna Kowalski")
    assert byline is not None
    assert byline.authors == ("Anna Kowalski",)


@pytest.mark.parametrize("line_break", ["\r", "\x85", "\u2028", "\u2029"], ids=ascii)
def test_bug_11_other_line_breaks_keep_the_structure(line_break: str) -> None:
    # F11: any line break but "\n" (and "\r\n") turned the story into one BODY paragraph.
    for name, text in STORIES.items():
        changed = text.replace("\r\n", "\n").replace("\n", line_break)
        assert _structure(accordlib.parse_story(changed)) == _structure(
            accordlib.parse_story(text)
        ), name


@pytest.mark.parametrize(
    "published", ["yesterday", "today", "in 3 days", "next Friday", "Monday", "Nov 6"]
)
def test_bug_12_published_never_depends_on_the_clock(published: str) -> None:
    # F12: dateparser resolved relative and year-less published strings against
    # datetime.now(), so the same call gave different stories on different days.
    with pytest.raises(ValueError, match=published):
        accordlib.parse_story("WASHINGTON, Nov. 6 (AP) \u2014 Talks.", published=published)
    with pytest.raises(ValueError, match=published):
        accordlib.extract_events("Israel and Egypt met on Monday.", published=published)


def test_bug_13_error_messages_stay_short() -> None:
    # F13: messages quoted the whole input; the value stays available on the exception.
    huge = "x" * 1_000_000
    with pytest.raises(LookupError) as lookup:
        accordlib.lookup_country(huge)
    assert len(str(lookup.value)) < 1000
    assert lookup.value.query == huge  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="published") as published:
        accordlib.parse_story("x", published=huge)
    assert len(str(published.value)) < 1000
    with pytest.raises(_documented_error()) as structure:
        accordlib.from_json(accordlib.Actor, '{"kind": "' + huge + '", "name": "x"}')
    assert len(str(structure.value)) < 1000


UNICODE_16_DIGITS = ["\U00010d40", "\U00010d49", "\U000116d0", "\U000116e3"]


@pytest.mark.parametrize("digit", UNICODE_16_DIGITS, ids=ascii)
def test_bug_16_digits_that_int_cannot_read(digit: str) -> None:
    # F16: regex's \d (Unicode 16) matched digits that int() on Python 3.11 rejects.
    for text in (
        f"WASHINGTON, Nov. {digit} (AP) \u2014 Talks.",
        f"WASHINGTON, Nov. 1{digit} (AP) \u2014 Talks.",
        f"BONN, Germany, Feb. 17, 20{digit}{digit}, Kyodo",
    ):
        hostile.checked_call("parse_dateline", text)
        hostile.checked_call("parse_story", text)  # also without parse_story's safety net
    for text in (
        f"Copyright 20{digit}{digit} The Associated Press. All rights reserved.",
        f"(c) 1987-20{digit}{digit} Reuters",
    ):
        hostile.checked_call("parse_copyright", text)
        hostile.checked_call("parse_story", "Talks.\n\n" + text)
    story = accordlib.parse_story(f"WASHINGTON, Nov. {digit} (AP) \u2014 Talks.")
    assert story.paragraphs == ("Talks.",)
