"""The batch API: input order, streaming with bounded memory, processes, pickling."""

from __future__ import annotations

import datetime
import functools
import itertools
import math
import operator
import os
import pickle
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import accordlib
from accordlib.batch import imap_ordered, resolve_jobs
from accordlib.records import as_record, read_records, story_date

STORIES = Path(__file__).resolve().parents[1] / "examples" / "stories"


#: Bundled example stories, one per agency style (named: the folder may grow).
STORY_FILES = [
    "ap-ceasefire-talks.txt",
    "cnn-abraham-accords.txt",
    "kyodo-japan-germany.txt",
    "reuters-1987-shultz.txt",
    "reuters-eu-sanctions.txt",
    "tass-phone-call.txt",
    "xinhua-kazakhstan-visit.txt",
]


def _story_texts() -> list[str]:
    return [(STORIES / name).read_text(encoding="utf-8") for name in STORY_FILES]


# --------------------------------------------------------------------------- the engine


def test_imap_ordered_in_process_is_lazy() -> None:
    pulled: list[int] = []

    def source() -> Iterator[int]:
        for number in range(10):
            pulled.append(number)
            yield number

    results = imap_ordered(functools.partial(operator.mul, 3), source())
    assert pulled == []
    assert next(results) == 0
    assert pulled == [0]
    assert list(results) == [3 * n for n in range(1, 10)]


def test_imap_ordered_across_processes_keeps_input_order() -> None:
    # Large numbers first: later chunks finish before earlier ones, yet order holds.
    numbers = [3000 - 7 * i for i in range(200)]
    expected = [math.factorial(n) % 1_000_003 for n in numbers]
    got = [f % 1_000_003 for f in imap_ordered(math.factorial, numbers, jobs=2, chunksize=3)]
    assert got == expected


def test_imap_ordered_streams_an_endless_source_with_bounded_look_ahead() -> None:
    pulled = itertools.count()

    def endless() -> Iterator[int]:
        while True:
            yield next(pulled)

    results = imap_ordered(abs, endless(), jobs=2, chunksize=4)
    first = list(itertools.islice(results, 10))
    results.close()  # shuts the pool down
    assert first == list(range(10))
    # At most 2 * jobs chunks in flight beyond what was consumed.
    assert next(pulled) <= 10 + 2 * 2 * 4 + 4


def test_imap_ordered_reraises_a_source_error_after_the_results_before_it() -> None:
    def source() -> Iterator[int]:
        yield from (-1, -2, -3, -4, -5)
        raise LookupError("feed went away")

    results = imap_ordered(abs, source(), jobs=2, chunksize=2)
    got = [next(results) for _ in range(5)]
    assert got == [1, 2, 3, 4, 5]
    with pytest.raises(LookupError, match="feed went away"):
        next(results)


def test_imap_ordered_uses_and_keeps_a_given_executor() -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        assert list(imap_ordered(str.upper, ["a", "b", "c"], executor=pool, chunksize=1)) == [
            "A",
            "B",
            "C",
        ]
        # The pool still works: the caller owns it.
        assert pool.submit(str.lower, "X").result() == "x"


@pytest.mark.parametrize(
    ("jobs", "expected"),
    [(1, 1), (3, 3), (0, os.cpu_count() or 1)],
)
def test_resolve_jobs(jobs: int, expected: int) -> None:
    assert resolve_jobs(jobs) == expected


@pytest.mark.parametrize(
    ("jobs", "error", "message"),
    [
        (-1, ValueError, "jobs must be 0 .one per CPU. or more, not -1"),
        ("2", TypeError, "jobs must be int, not str"),
        (True, TypeError, "jobs must be int, not bool"),
        (1.5, TypeError, "jobs must be int, not float"),
    ],
)
def test_resolve_jobs_rejects(jobs: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        resolve_jobs(jobs)  # type: ignore[arg-type]  # wrong on purpose


def test_chunksize_must_be_positive() -> None:
    with pytest.raises(ValueError, match="chunksize must be 1 or more, not 0"):
        imap_ordered(abs, [1], jobs=2, chunksize=0)


# --------------------------------------------------------------------------- stories


def test_parse_stories_gives_what_parse_story_gives_in_order_for_any_jobs() -> None:
    texts = _story_texts() * 5
    expected = [accordlib.parse_story(text, published="2026-03-03") for text in texts]
    assert list(accordlib.parse_stories(texts, published="2026-03-03")) == expected
    parallel = accordlib.parse_stories(texts, published="2026-03-03", jobs=2, chunksize=4)
    assert list(parallel) == expected


def test_stories_pickle_losslessly() -> None:
    for story in accordlib.parse_stories(_story_texts()):
        assert pickle.loads(pickle.dumps(story)) == story


def test_parse_stories_reuses_a_given_process_pool() -> None:
    texts = _story_texts()
    with ProcessPoolExecutor(max_workers=2) as pool:
        first = list(accordlib.parse_stories(texts, executor=pool, chunksize=2))
        second = list(accordlib.parse_stories(texts[::-1], executor=pool, chunksize=2))
    assert first == second[::-1]
    assert [story.agency for story in first] == [
        "Associated Press",
        "CNN",
        "Kyodo News",
        "Reuters",
        "Reuters",
        "TASS",
        "Xinhua",
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_non_text_raises_at_its_position(jobs: int) -> None:
    texts = [*_story_texts()[:3], b"CAIRO (AP) -- bytes", _story_texts()[3]]
    results = accordlib.parse_stories(texts, jobs=jobs, chunksize=2)
    got = [next(results).agency for _ in range(3)]
    assert got == ["Associated Press", "CNN", "Kyodo News"]
    with pytest.raises(TypeError, match="each text must be str, not bytes; decode it first"):
        next(results)


def test_a_bad_published_date_raises_at_the_call() -> None:
    with pytest.raises(ValueError, match="'the day after'"):
        accordlib.parse_stories([], published="the day after")
    with pytest.raises(ValueError, match="'2026-02-30'"):
        accordlib.extract_events_many([], published="2026-02-30")


# --------------------------------------------------------------------------- events


def test_extract_events_many_matches_extract_events_for_any_jobs() -> None:
    texts = _story_texts() * 3
    # Each story is dated by its own dateline when it prints a day, else by `published`.
    stories = [accordlib.parse_story(text, published="2026-03-03") for text in texts]
    expected = [accordlib.extract_events(story, published=story_date(story)) for story in stories]
    assert sum(len(events) for events in expected) >= 30  # a meaningful comparison
    assert list(accordlib.extract_events_many(texts, published="2026-03-03")) == expected
    parallel = accordlib.extract_events_many(texts, published="2026-03-03", jobs=2, chunksize=3)
    assert list(parallel) == expected


def test_extract_events_many_takes_stories_and_texts_mixed() -> None:
    texts = _story_texts()
    stories = [accordlib.parse_story(text) for text in texts]
    mixed = [
        story if i % 2 else text
        for i, (story, text) in enumerate(zip(stories, texts, strict=True))
    ]
    assert list(accordlib.extract_events_many(mixed, jobs=2, chunksize=2)) == [
        accordlib.extract_events(text) for text in texts
    ]
    with pytest.raises(
        TypeError, match="each item must be str, StoryRecord or a mapping, not NoneType"
    ):
        list(accordlib.extract_events_many([texts[0], None]))  # type: ignore[list-item]


def test_events_pickle_losslessly() -> None:
    for events in accordlib.extract_events_many(_story_texts(), published="2026-03-03"):
        for event in events:
            assert pickle.loads(pickle.dumps(event)) == event


# --------------------------------------------------------------------------- properties


_POOL = ThreadPoolExecutor(max_workers=3)  # the ordering logic, without process start-up


@settings(max_examples=150, deadline=None)
@given(
    items=st.lists(st.integers(), max_size=60),
    chunksize=st.integers(min_value=1, max_value=9),
    fail_at=st.none() | st.integers(min_value=0, max_value=60),
)
def test_imap_ordered_keeps_order_and_error_position(
    items: list[int], chunksize: int, fail_at: int | None
) -> None:
    def source() -> Iterator[int]:
        for position, item in enumerate(items):
            if position == fail_at:
                raise KeyError(position)
            yield item

    results = imap_ordered(abs, source(), executor=_POOL, chunksize=chunksize)
    stop = len(items) if fail_at is None or fail_at >= len(items) else fail_at
    assert [next(results) for _ in range(stop)] == [abs(item) for item in items[:stop]]
    if stop < len(items):
        with pytest.raises(KeyError):
            next(results)
    else:
        assert list(results) == []


@pytest.mark.parametrize("function", [accordlib.parse_stories, accordlib.extract_events_many])
@pytest.mark.parametrize(
    ("corpus", "message"),
    [
        ("CAIRO (AP) — one story", "not a single str; wrap one story in a list"),
        (b"CAIRO (AP)", "not a single bytes; wrap one story in a list"),
        (None, "must be an iterable of stories, not NoneType"),
        (42, "must be an iterable of stories, not int"),
    ],
)
def test_a_corpus_must_be_an_iterable_of_stories(
    function: object, corpus: object, message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        function(corpus)  # type: ignore[operator]


def test_a_list_that_fits_in_one_chunk_stays_in_process() -> None:
    # A lambda cannot be pickled: this only works because no pool is started.
    assert list(imap_ordered(lambda n: n + 1, [1, 2, 3], jobs=2, chunksize=3)) == [2, 3, 4]


# --- records and per-story dates ----------------------------------------------------------

JERUSALEM = "JERUSALEM, Jan 21 (Reuters) - Israel and Egypt signed a water deal on Sunday."
CAIRO = "CAIRO (AP) — Egypt and Qatar met on Monday, officials said."


def test_each_story_is_dated_by_its_own_best_evidence() -> None:
    inputs: list[accordlib.StoryRecord | str | dict[str, object]] = [
        JERUSALEM,  # its dateline's day, its year from `published`
        {"id": "c-1", "text": CAIRO, "published": "2026-02-04"},  # its own date
        accordlib.StoryRecord(CAIRO, published=datetime.date(2025, 12, 3)),
        CAIRO,  # nothing of its own: `published`
    ]
    dates = [
        [event.date for event in events]
        for events in accordlib.extract_events_many(inputs, published="2026-03-03")
    ]
    assert dates == [
        [datetime.date(2026, 1, 18)],
        [datetime.date(2026, 2, 2)],
        [datetime.date(2025, 12, 1)],
        [datetime.date(2026, 3, 2)],
    ]
    stories = list(accordlib.parse_stories(inputs, published="2026-03-03"))
    assert [story_date(story) for story in stories] == [
        datetime.date(2026, 1, 21),
        datetime.date(2026, 2, 4),
        datetime.date(2025, 12, 3),
        datetime.date(2026, 3, 3),
    ]
    assert list(
        accordlib.extract_events_many(inputs, published="2026-03-03", jobs=2, chunksize=1)
    ) == list(accordlib.extract_events_many(inputs, published="2026-03-03"))


def test_without_any_date_relative_dates_stay_unresolved() -> None:
    (events,) = accordlib.extract_events_many([CAIRO])
    assert [(event.date, event.date_text) for event in events] == [(None, "on Monday")]


def test_read_records_reads_json_lines() -> None:
    lines = [
        '{"id": "a", "text": "Talks.", "published": "2026-03-03", "url": "https://x.example/a"}\n',
        "\n",
        '{"id": 2.0, "text": "More talks.", "title": "Talks", "author": "Jane Roe", "extra": 1}\n',
    ]
    records = list(read_records(lines))
    assert records == [
        accordlib.StoryRecord(
            "Talks.", id="a", published=datetime.date(2026, 3, 3), url="https://x.example/a"
        ),
        accordlib.StoryRecord("More talks.", id=2, title="Talks", author="Jane Roe"),
    ]


BAD_RECORDS = [
    ("not json", ValueError, "line 1: not JSON: Expecting value"),
    ("[1, 2]", ValueError, "line 1: a record must be a JSON object, not list"),
    ('{"id": 1}', ValueError, "line 1 has no 'text' field"),
    ('{"text": 3}', TypeError, "line 1.text must be str, not int"),
    ('{"text": "x", "id": [1]}', TypeError, "line 1.id must be str, int or None, not list"),
    ('{"text": "x", "published": "soon"}', ValueError, "line 1 'published' must be a date"),
    ('{"text": "x", "published": "2026-02-30"}', ValueError, "not a valid date: '2026-02-30'"),
]


@pytest.mark.parametrize(("line", "error", "message"), BAD_RECORDS)
def test_bad_records_name_their_line_and_field(line: str, error: type, message: str) -> None:
    with pytest.raises(error) as info:
        list(read_records([line]))
    assert message in str(info.value)


def test_records_are_typed() -> None:
    with pytest.raises(
        TypeError, match=r"StoryRecord\.text must be str, not bytes; decode it first"
    ):
        accordlib.StoryRecord(b"Talks.")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"StoryRecord\.published must be a datetime\.date"):
        accordlib.StoryRecord("x", published="2026-03-03")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="record must be a str, a StoryRecord or a mapping"):
        as_record(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not a single StoryRecord"):
        accordlib.parse_stories(accordlib.StoryRecord("x"))  # type: ignore[arg-type]


def test_page_metadata_fills_a_missing_headline_and_byline() -> None:
    record = accordlib.StoryRecord(
        CAIRO, title="  Egypt and Qatar meet ", author="Jane Roe and John Doe"
    )
    (story,) = accordlib.parse_stories([record])
    assert story.headline == "Egypt and Qatar meet"
    assert story.byline == accordlib.Byline(
        ("Jane Roe", "John Doe"), None, "Jane Roe and John Doe"
    )
    assert story.text == CAIRO  # offsets still index the text
    own = accordlib.StoryRecord(
        "Talks resume\n\nBy Ann Lee\n\n" + CAIRO, title="Other", author="X"
    )
    (story,) = accordlib.parse_stories([own])
    assert (story.headline, story.byline.authors if story.byline else None) == (
        "Talks resume",
        ("Ann Lee",),
    )
