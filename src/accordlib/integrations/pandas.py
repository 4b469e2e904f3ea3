"""Event rows from a pandas DataFrame of stories (and so from Spark's ``mapInPandas``).

A corpus is a table with one story per row: a text column, usually an id, and
sometimes a publication date. :func:`events_frame` turns such a table into a
table of events, one row per :class:`~accordlib.DiplomaticEvent`, with the
columns of :meth:`~accordlib.DiplomaticEvent.to_row` (:data:`~accordlib.events.ROW_FIELDS`)
after the input columns you choose to ``keep``. The result's index repeats the
index of the story each event came from, so it joins back to the input.

pandas is imported when a function is called, never by ``import accordlib``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import Any

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib._util.text import require_str
from accordlib.events.rows import ROW_FIELDS

__all__ = ["event_columns", "event_rows", "events_frame"]

#: pandas has no type stubs in our toolchain: frames are typed as ``Any`` here.
DataFrame = Any


def _pandas() -> Any:
    return importlib.import_module("pandas")


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


def _missing(value: object) -> bool:
    """``None``, NaN, NaT and pd.NA: an empty cell."""
    if value is None:
        return True
    try:
        return bool(_pandas().isna(value))
    except (TypeError, ValueError):  # list-likes are not missing scalars
        return False


def _published(value: object, default: PublishedLike) -> Any:
    if _missing(value):
        return coerce_published(default)
    return coerce_published(value, what="published column")


def event_rows(
    record: str | Mapping[str, Any],
    *,
    text_key: str = "text",
    keep: Sequence[str] = (),
    published: PublishedLike = None,
    published_key: str | None = None,
) -> list[dict[str, Any]]:
    """Extract the events of one story and return them as row dicts.

    ``record`` is a story text or a mapping (a JSON line, a dict from a Dask bag)
    with the text under ``text_key``. Values of the ``keep`` keys are copied into
    every row first; the publication date comes from ``published_key`` when the
    record has one there, else from ``published``. A missing text (``None``/NaN)
    gives no rows.
    """
    columns = event_columns(keep)
    if not isinstance(record, Mapping):
        require_str(record, "record")  # a text, or a mapping: anything else is a mistake
        if keep or published_key:
            raise ValueError("keep and published_key need records (mappings), not bare texts")
        text: object = record
        when = coerce_published(published)
        carried: dict[str, Any] = {}
    else:
        text = record.get(text_key)
        when = _published(record.get(published_key) if published_key else None, published)
        carried = {key: record.get(key) for key in keep}
    if _missing(text):
        return []
    from accordlib.extract.pipeline import extract_events  # noqa: PLC0415 - deferred

    events = extract_events(require_str(text, text_key), published=when)
    rows = []
    for event in events:
        row = {**carried, **event.to_row()}
        rows.append({column: row[column] for column in columns})
    return rows


def events_frame(
    frame: DataFrame,
    *,
    text_column: str = "text",
    keep: Sequence[str] = (),
    published: PublishedLike = None,
    published_column: str | None = None,
) -> DataFrame:
    """Return the events of every story in ``frame`` as a DataFrame, one row per event.

    Columns are :func:`event_columns` ``(keep)``: the ``keep`` columns of the input
    (with their dtypes), then the event fields as ``object`` columns holding
    ``str`` or ``None``. The index repeats the input index of each event's story.
    ``published_column`` names a column of publication dates (dates, timestamps or
    strings; empty cells fall back to ``published``).
    """
    pd = _pandas()
    columns = event_columns(keep)
    default = coerce_published(published)  # a bad default fails before any work
    texts = frame[text_column].tolist()
    dates = frame[published_column].tolist() if published_column else [None] * len(texts)
    kept = {column: frame[column].tolist() for column in keep}
    labels = frame.index.tolist()
    index: list[Any] = []
    rows: list[dict[str, Any]] = []
    for position, (text, date) in enumerate(zip(texts, dates, strict=True)):
        record = {text_column: text}
        for row in event_rows(record, text_key=text_column, published=_published(date, default)):
            for column in keep:
                row[column] = kept[column][position]
            rows.append(row)
            index.append(labels[position])
    data = {
        column: pd.Series(
            [row[column] for row in rows],
            dtype=frame[column].dtype if column in keep else object,
        )
        for column in columns
    }
    result = pd.DataFrame(data, columns=list(columns))
    result.index = pd.Index(index, dtype=frame.index.dtype, name=frame.index.name)
    return result
