"""The pandas and Dask integrations: the same event rows as extract_events, at scale."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import accordlib

dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
pd = pytest.importorskip("pandas")

from accordlib.integrations.dask import event_meta, events_bag, events_dataframe  # noqa: E402
from accordlib.integrations.pandas import (  # noqa: E402
    event_columns,
    event_dtypes,
    event_rows,
    events_frame,
    stories_frame,
)
from accordlib.records import story_date  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
STORIES = sorted((ROOT / "examples" / "stories").glob("*.txt"))

#: Publication dates of the example stories (as in examples/dask_events.py).
PUBLISHED = {
    "ap-ceasefire-talks": "2026-02-15",
    "cnn-abraham-accords": "2025-11-11",
    "kyodo-japan-germany": "2025-02-17",
    "reuters-1987-shultz": "1987-03-09",
    "reuters-eu-sanctions": "2026-03-03",
    "tass-phone-call": "2026-05-08",
    "xinhua-kazakhstan-visit": "2025-11-07",
}


def _records() -> list[dict[str, str | None]]:
    return [
        {"id": path.stem, "published": PUBLISHED.get(path.stem), "text": path.read_text("utf-8")}
        for path in STORIES
    ]


def _typed_row(event: accordlib.DiplomaticEvent) -> dict[str, object]:
    return {**event.to_row(), "start": event.start, "end": event.end, "date": event.date}


def _events(text: str, published: str | dt.date | None) -> list[accordlib.DiplomaticEvent]:
    """extract_events on the story, dated by its own evidence (a dated dateline first)."""
    story = accordlib.parse_story(text, published=published)
    return accordlib.extract_events(story, published=story_date(story))


def _expected_rows() -> list[dict[str, object]]:
    """What the integrations must produce: extract_events + typed rows, story by story."""
    rows = []
    for record in _records():
        for event in _events(record["text"] or "", record["published"]):
            rows.append({"id": record["id"], **_typed_row(event)})
    return rows


def _plain(frame: pd.DataFrame) -> list[dict[str, object]]:
    """A frame's rows with pandas' missing values as None and timestamps as dates."""

    def plain(value: object) -> object:
        if value is None or value is pd.NA or value is pd.NaT:
            return None
        if isinstance(value, pd.Timestamp):
            return value.date()
        return value.item() if hasattr(value, "item") else value

    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example stories as JSONL in two files (two partitions) and as Parquet."""
    directory = tmp_path_factory.mktemp("corpus")
    records = _records()
    for number, part in enumerate((records[:4], records[4:])):
        lines = "".join(json.dumps(record) + "\n" for record in part)
        (directory / f"stories-{number}.jsonl").write_text(lines, encoding="utf-8")
    pd.DataFrame(records).to_parquet(directory / "stories.parquet")
    return directory


def test_the_example_corpus_has_events() -> None:
    # The comparisons below are only meaningful if there is something to compare.
    assert len(_expected_rows()) >= 10


def test_events_dataframe_from_jsonl_gives_the_rows_of_extract_events(corpus: Path) -> None:
    stories = dd.read_json(str(corpus / "*.jsonl"), lines=True, blocksize=None)
    assert stories.npartitions == 2
    events = events_dataframe(stories, keep=["id"], published_column="published")
    assert tuple(events.columns) == event_columns(["id"]) == ("id", *accordlib.events.ROW_FIELDS)
    table = events.compute(scheduler="synchronous")
    assert _plain(table) == _expected_rows()
    # The declared meta is what comes out.
    assert list(table.dtypes) == list(events._meta.dtypes)


def test_events_dataframe_from_parquet_with_threads(corpus: Path) -> None:
    stories = dd.read_parquet(str(corpus / "stories.parquet"))
    events = events_dataframe(stories, keep=["id"], published_column="published")
    with dask.config.set(scheduler="threads"):
        table = events.compute()
    assert _plain(table) == _expected_rows()


def test_events_bag_gives_the_same_rows(corpus: Path) -> None:
    records = db.read_text(str(corpus / "*.jsonl")).map(json.loads)
    rows = events_bag(records, keep=["id"], published_key="published")
    assert rows.compute(scheduler="synchronous") == _expected_rows()


def test_events_bag_of_bare_texts() -> None:
    text = STORIES[0].read_text("utf-8")
    rows = events_bag(db.from_sequence([text, ""]), published="2026-02-15")
    expected = [_typed_row(e) for e in _events(text, "2026-02-15")]
    assert rows.compute(scheduler="synchronous") == expected


def test_events_frame_index_points_back_to_the_story() -> None:
    records = _records()
    stories = pd.DataFrame(records, index=pd.Index([10 * i for i in range(len(records))]))
    stories.loc[20, "text"] = None  # a missing text: no events, no error
    events = events_frame(stories, keep=["id"], published_column="published")
    assert set(events.index) <= set(stories.index) - {20}
    for label, row in events.iterrows():
        assert row["id"] == stories.loc[label, "id"]
        start, end = int(row["start"]), int(row["end"])
        assert stories.loc[label, "text"][start:end] == row["sentence"]


def test_published_default_and_column_fallback() -> None:
    tass = next(p for p in STORIES if p.stem == "tass-phone-call").read_text("utf-8")
    stories = pd.DataFrame({"text": [tass, tass], "published": [None, "2026-05-08"]})
    events = events_frame(stories, published="2026-05-08", published_column="published")
    first = _plain(events[events.index == 0])
    second = _plain(events[events.index == 1])
    assert first == second
    assert first == [_typed_row(e) for e in _events(tass, dt.date(2026, 5, 8))]


def test_event_meta_is_empty_and_typed() -> None:
    stories = dd.from_pandas(pd.DataFrame({"id": [1, 2], "text": ["", ""]}), npartitions=1)
    meta = event_meta(stories, ["id"])
    assert len(meta) == 0
    assert meta.dtypes["id"] == stories.dtypes["id"]
    assert {column: str(meta.dtypes[column]) for column in accordlib.events.ROW_FIELDS} == (
        event_dtypes()
    )


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: event_columns(["id", "date"]), ValueError, r"kept columns \['date'\] clash"),
        (
            lambda: events_bag(db.from_sequence([]), published="the day after"),
            ValueError,
            "the day after",
        ),
        (lambda: event_rows(3), TypeError, "record must be str, not int"),  # type: ignore[arg-type]
        (
            lambda: event_rows("text", keep=["id"]),
            ValueError,
            "keep and published_key need records",
        ),
    ],
)
def test_bad_arguments_fail_early_and_clearly(
    call: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        call()  # type: ignore[operator]


def test_the_dask_example_runs() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "dask_events.py")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{len(_expected_rows())} events from 2 partitions"
    assert "events per kind (dask.bag):" in lines


def test_published_column_may_hold_timestamps_and_dates() -> None:
    records = _records()
    as_text = pd.DataFrame(records)
    as_timestamps = as_text.assign(published=pd.to_datetime(as_text["published"]))
    as_dates = as_text.assign(
        published=[
            dt.date.fromisoformat(d) if isinstance(d, str) and d else None
            for d in as_text["published"]
        ]
    )
    expected = events_frame(as_text, keep=["id"], published_column="published")
    for frame in (as_timestamps, as_dates):
        got = events_frame(frame, keep=["id"], published_column="published")
        assert _plain(got) == _plain(expected)


# --- the one-line entry points ------------------------------------------------------------


def test_events_frame_of_texts_is_one_line_and_typed() -> None:
    texts = [
        "JERUSALEM, Jan 21 (Reuters) - Israel and Egypt signed a water deal on Sunday.",
        "No news today.",
        {
            "id": "k-1",
            "text": "Japan and Germany signed a defense pact on Monday.",
            "published": "2026-02-18",
        },
    ]
    events = events_frame(texts, published="2026-03-03")
    assert events.index.name == "story"
    assert list(events.index) == [0, 2]
    assert list(events.columns[:3]) == ["id", "kind", "factuality"]
    assert {c: str(t) for c, t in events.dtypes.items() if c in ("start", "date", "kind")} == {
        "kind": "string",
        "date": "datetime64[ns]",
        "start": "Int64",
    }
    assert _plain(events[["id", "kind", "date", "start"]]) == [
        {"id": None, "kind": "SIGN_AGREEMENT", "date": dt.date(2026, 1, 18), "start": 30},
        {"id": "k-1", "kind": "SIGN_AGREEMENT", "date": dt.date(2026, 2, 16), "start": 0},
    ]
    assert events.date.dt.month.tolist() == [1, 2]  # dates are dates


def test_stories_frame_has_one_typed_row_per_story() -> None:
    frame = stories_frame(
        [
            "CAIRO, Jan 21 (Reuters) - Talks resumed.",
            accordlib.StoryRecord("Hello.", id=9, published=dt.date(2026, 3, 3)),
        ],
        published="2026-02-01",
    )
    assert _plain(frame[["id", "agency", "place", "date", "published", "words"]]) == [
        {
            "id": None,
            "agency": "Reuters",
            "place": "CAIRO",
            "date": dt.date(2026, 1, 21),
            "published": dt.date(2026, 2, 1),
            "words": 2,
        },
        {
            "id": 9,
            "agency": None,
            "place": None,
            "date": dt.date(2026, 3, 3),
            "published": dt.date(2026, 3, 3),
            "words": 1,
        },
    ]
    assert str(frame.dtypes["paragraphs"]) == "Int64"


def test_without_pandas_the_hint_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails
    with pytest.raises(ModuleNotFoundError) as info:
        events_frame(["Talks."])
    assert str(info.value) == (
        "accordlib.integrations.pandas needs the pandas extra: pip install 'accordlib[pandas]'"
    )
