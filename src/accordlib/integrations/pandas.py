"""pandas DataFrames of events and stories (and so Spark's ``mapInPandas``): the ``pandas`` extra.

One line takes a corpus to a table::

    from accordlib.integrations.pandas import events_frame
    events = events_frame(texts)             # texts, records, or a DataFrame of stories

:func:`events_frame` gives one row per :class:`~accordlib.DiplomaticEvent`, with the
columns of :meth:`~accordlib.DiplomaticEvent.to_row` (:data:`~accordlib.events.ROW_FIELDS`)
after the input columns you choose to ``keep``; :func:`stories_frame` gives one row
per story. Columns are typed (:func:`event_dtypes`): offsets are nullable integers
(``Int64``), dates are ``datetime64[ns]`` (``NaT`` when unknown) and text columns
are pandas' ``string`` dtype (``<NA>`` when empty). For a DataFrame input, the index
of each row repeats the index of its story, so results join back to the input.

Each story is dated by its own evidence (:func:`~accordlib.records.story_date`): a
dateline that prints its day, else its row's or record's publication date, else
``published``. pandas is imported when a function is called, never by
``import accordlib``; without it, the functions raise :class:`ModuleNotFoundError`
naming the extra (``pip install 'accordlib[pandas]'``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Final

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib._util.text import require_str
from accordlib.events.rows import ROW_FIELDS
from accordlib.integrations.extras import require
from accordlib.records import StoryRecord, as_record, parse_record, record_events, story_date

if TYPE_CHECKING:
    import pandas as pd

    from accordlib.batch import StoryInput
    from accordlib.events.model import DiplomaticEvent
    from accordlib.wire.model import Story

__all__ = [
    "STORY_FIELDS",
    "event_columns",
    "event_dtypes",
    "event_rows",
    "events_frame",
    "stories_frame",
]

#: The columns of :func:`stories_frame`, after the ``keep`` columns.
STORY_FIELDS: Final[tuple[str, ...]] = (
    "headline",
    "authors",
    "agency",
    "place",
    "country",
    "dateline_date",
    "published",
    "date",
    "paragraphs",
    "words",
    "text",
)

_INTEGERS = frozenset({"start", "end", "paragraphs", "words"})
_DATES = frozenset({"date", "dateline_date", "published"})


def _pandas() -> ModuleType:
    """pandas, imported on first use (its attributes are typed ``Any`` through this seam)."""
    return require("pandas", "pandas", "accordlib.integrations.pandas")


def event_columns(keep: Sequence[str] = ()) -> tuple[str, ...]:
    """The columns of an event table: the ``keep`` columns, then :data:`~accordlib.events.ROW_FIELDS`.

    A kept column may not share its name with an event column.

    >>> event_columns(("id",))[:4]
    ('id', 'kind', 'factuality', 'cameo')
    """
    keep = tuple(keep)
    clash = sorted(set(keep) & set(ROW_FIELDS))
    if clash:
        raise ValueError(f"kept columns {clash} clash with event columns; rename them first")
    return (*keep, *ROW_FIELDS)


def event_dtypes(columns: Sequence[str] = ROW_FIELDS) -> dict[str, str]:
    """The pandas dtype of each event (or story) column: offsets and counts ``Int64``,
    dates ``datetime64[ns]``, everything else ``string``.

    >>> event_dtypes()["start"], event_dtypes()["date"], event_dtypes()["kind"]
    ('Int64', 'datetime64[ns]', 'string')
    """
    return {
        column: "Int64"
        if column in _INTEGERS
        else "datetime64[ns]"
        if column in _DATES
        else "string"
        for column in columns
    }


def _is_missing(value: object) -> bool:
    """``None``, NaN, NaT and pd.NA: an empty cell."""
    if value is None:
        return True
    try:
        return bool(_pandas().isna(value))
    except (TypeError, ValueError):  # list-likes are not missing scalars
        return False


def _when(value: object, default: dt.date | None) -> dt.date | None:
    if _is_missing(value):
        return default
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        value = value.to_pydatetime()
    return coerce_published(value, what="published column")


def _event_values(event: DiplomaticEvent) -> dict[str, object]:
    row: dict[str, object] = dict(event.to_row())
    row["start"], row["end"], row["date"] = event.start, event.end, event.date
    return row


def event_rows(
    record: str | Mapping[str, object],
    *,
    text_key: str = "text",
    keep: Sequence[str] = (),
    published: PublishedLike = None,
    published_key: str | None = None,
) -> list[dict[str, object]]:
    """Extract the events of one story and return them as row dicts (for Dask bags).

    ``record`` is a story text or a mapping (a JSON line, a dict from a Dask bag)
    with the text under ``text_key``. Values of the ``keep`` keys are copied into
    every row first; the publication date comes from ``published_key`` when the
    record has one there, else from ``published``. A missing text (``None``/NaN)
    gives no rows. ``start`` and ``end`` are ``int``, ``date`` a
    :class:`datetime.date` (or ``None``), the other values ``str`` or ``None``.

    >>> [(row["id"], row["kind"], row["date"]) for row in event_rows(
    ...     {"id": 7, "text": "Japan and Germany signed a defense pact on Monday."},
    ...     keep=["id"], published="2026-02-18")]
    [(7, 'SIGN_AGREEMENT', datetime.date(2026, 2, 16))]
    """
    columns = event_columns(keep)
    default = coerce_published(published)
    if not isinstance(record, Mapping):
        require_str(record, "record")  # a text, or a mapping: anything else is a mistake
        if keep or published_key:
            raise ValueError("keep and published_key need records (mappings), not bare texts")
        text: object = record
        when = default
        carried: dict[str, object] = {}
    else:
        text = record.get(text_key)
        when = _when(record.get(published_key) if published_key else None, default)
        carried = {key: record.get(key) for key in keep}
    if _is_missing(text):
        return []
    story = StoryRecord(require_str(text, text_key), published=when)
    rows = []
    for event in record_events(story, published=default):
        row = {**carried, **_event_values(event)}
        rows.append({column: row[column] for column in columns})
    return rows


def _typed_frame(
    rows: list[dict[str, object]],
    columns: Sequence[str],
    index: list[object],
    kept_dtypes: Mapping[str, object],
    index_like: pd.Index | None = None,
) -> pd.DataFrame:
    pandas = _pandas()
    dtypes = event_dtypes(columns)
    data = {
        column: pandas.Series(
            [row[column] for row in rows], dtype=kept_dtypes.get(column, dtypes[column])
        )
        for column in columns
    }
    frame: pd.DataFrame = pandas.DataFrame(data, columns=list(columns))
    if index_like is not None:
        frame.index = pandas.Index(index, dtype=index_like.dtype, name=index_like.name)
    else:
        frame.index = pandas.Index(index, dtype="int64", name="story")
    return frame


def _frame_records(
    frame: pd.DataFrame, text_column: str, published_column: str | None, default: dt.date | None
) -> Iterator[StoryRecord | None]:
    texts = frame[text_column].tolist()
    dates = frame[published_column].tolist() if published_column else [None] * len(texts)
    for text, date in zip(texts, dates, strict=True):
        if _is_missing(text):
            yield None
        else:
            yield StoryRecord(require_str(text, text_column), published=_when(date, default))


def events_frame(
    stories: pd.DataFrame | Iterable[StoryInput],
    *,
    text_column: str = "text",
    keep: Sequence[str] = (),
    published: PublishedLike = None,
    published_column: str | None = None,
) -> pd.DataFrame:
    """Return the events of every story as a DataFrame, one row per event.

    ``stories`` is a DataFrame with a ``text_column`` (and any others), or any
    iterable of texts, :class:`~accordlib.StoryRecord` objects or record mappings.
    Columns are :func:`event_columns` ``(keep)`` with the dtypes of
    :func:`event_dtypes` (kept columns keep theirs). For a DataFrame, the index
    repeats the input index of each event's story and ``published_column`` names a
    column of publication dates (dates, timestamps or strings; empty cells fall back
    to ``published``). For an iterable, the index (``story``) is the position of the
    story in the input, and an ``id`` column comes first when records have ids.

    >>> texts = [
    ...     "JERUSALEM, Jan 21 (Reuters) - Israel and Egypt signed a water deal on Sunday.",
    ...     "No news today.",
    ...     "Japan and Germany signed a defense pact on Monday.",
    ... ]
    >>> events = events_frame(texts, published="2026-02-18")
    >>> events[["kind", "date", "start"]]
                     kind       date  start
    story
    0      SIGN_AGREEMENT 2026-01-18     30
    2      SIGN_AGREEMENT 2026-02-16      0
    """
    default = coerce_published(published)  # a bad default fails before any work
    pandas = _pandas()
    if isinstance(stories, pandas.DataFrame):
        frame: pd.DataFrame = stories
        columns = event_columns(keep)
        kept = {column: frame[column].tolist() for column in keep}
        labels = frame.index.tolist()
        records = list(_frame_records(frame, text_column, published_column, default))
        kept_dtypes: dict[str, object] = {column: frame[column].dtype for column in keep}
        index_like: pd.Index | None = frame.index
    else:
        if keep or published_column:
            raise ValueError("keep and published_column need a DataFrame of stories")
        records = [as_record(item, "each story") for item in stories]  # type: ignore[arg-type]
        labels = list(range(len(records)))
        with_ids = any(record.id is not None for record in records if record is not None)
        kept = {"id": [record.id for record in records if record is not None]} if with_ids else {}
        columns = event_columns(tuple(kept))
        kept_dtypes, index_like = {"id": object}, None
    index: list[object] = []
    rows: list[dict[str, object]] = []
    for position, record in enumerate(records):
        if record is None:
            continue
        for event in record_events(record, published=default):
            row = _event_values(event)
            for column in kept:
                row[column] = kept[column][position]
            rows.append(row)
            index.append(labels[position])
    return _typed_frame(rows, columns, index, kept_dtypes, index_like)


def _story_values(story: Story) -> dict[str, object]:
    dl = story.dateline
    byline = story.byline
    return {
        "headline": story.headline,
        "authors": "; ".join(byline.authors) if byline is not None and byline.authors else None,
        "agency": story.agency,
        "place": dl.place if dl is not None else None,
        "country": dl.country.alpha3 if dl is not None and dl.country is not None else None,
        "dateline_date": dl.date if dl is not None else None,
        "published": story.published,
        "date": story_date(story),
        "paragraphs": len(story.paragraphs),
        "words": len(story.body.split()),
        "text": story.text,
    }


def stories_frame(texts: Iterable[StoryInput], *, published: PublishedLike = None) -> pd.DataFrame:
    """Return one row per story — headline, byline, dateline, dates, size — as a DataFrame.

    ``texts`` are texts, :class:`~accordlib.StoryRecord` objects or record mappings;
    the index (``story``) is each story's position in the input, and an ``id`` column
    comes first when records have ids. Columns: :data:`STORY_FIELDS`, typed as in
    :func:`event_dtypes`; ``date`` is the story's own date
    (:func:`~accordlib.records.story_date`).

    >>> frame = stories_frame(["CAIRO (AP) — Talks resumed.", "Hello."])
    >>> frame[["agency", "place", "words"]]
                     agency  place  words
    story
    0      Associated Press  CAIRO      2
    1                  <NA>   <NA>      1
    """
    default = coerce_published(published)
    _pandas()  # fail early, with the hint, when pandas is missing
    records = [as_record(item, "each story") for item in texts]
    with_ids = any(record.id is not None for record in records)
    columns = (*(("id",) if with_ids else ()), *STORY_FIELDS)
    rows = []
    for record in records:
        row = _story_values(parse_record(record, published=default))
        if with_ids:
            row["id"] = record.id
        rows.append(row)
    return _typed_frame(rows, columns, list(range(len(rows))), {"id": object})
