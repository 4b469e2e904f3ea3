"""Extract events from a corpus on Dask: one machine or a cluster, the same code.

A corpus is a set of JSONL or Parquet files with one story per record. Read it
with Dask as usual (``dask.dataframe.read_json(..., lines=True)``,
``dask.dataframe.read_parquet(...)`` or ``dask.bag.read_text(...).map(json.loads)``),
then:

* :func:`events_dataframe` turns a Dask DataFrame of stories into a Dask
  DataFrame of events, one row per event, with a declared ``meta`` (the columns
  of :func:`~accordlib.integrations.pandas.event_columns`), ready for
  ``to_parquet``, ``groupby`` or ``compute``;
* :func:`events_bag` does the same for a Dask Bag of texts or dict records and
  gives a Bag of row dicts.

Dask DataFrames and Bags have no type stubs, so they are typed ``Any`` here; the
pandas frames are typed. Nothing here starts a scheduler: ``compute()`` uses the one you pass, Dask's
local default (threads for DataFrames, processes for Bags), or a
``dask.distributed.Client`` if one is active — which is how the same code runs on
a cluster. Dask is imported only when these functions
are called (the optional ``dask`` extra), never by ``import accordlib``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib.integrations.extras import require
from accordlib.integrations.pandas import event_columns, event_dtypes, event_rows, events_frame

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["event_meta", "events_bag", "events_dataframe"]


def event_meta(stories: Any, keep: Sequence[str] = ()) -> pd.DataFrame:
    """The empty pandas DataFrame that describes :func:`events_dataframe`'s result.

    ``stories`` is the Dask (or pandas) DataFrame of stories: kept columns keep
    their dtypes, event columns have those of
    :func:`~accordlib.integrations.pandas.event_dtypes`.
    """
    pandas = require("pandas", "dask", "accordlib.integrations.dask")
    columns = event_columns(keep)
    dtypes = event_dtypes(columns)
    data = {
        column: pandas.Series(
            [], dtype=stories.dtypes[column] if column in keep else dtypes[column]
        )
        for column in columns
    }
    meta: pd.DataFrame = pandas.DataFrame(data, columns=list(columns)).set_axis(
        pandas.Index([], dtype=stories.index.dtype, name=stories.index.name)
    )
    return meta


def events_dataframe(
    stories: Any,
    *,
    text_column: str = "text",
    keep: Sequence[str] = (),
    published: PublishedLike = None,
    published_column: str | None = None,
) -> Any:
    """Return a Dask DataFrame of events, one row per event, from a Dask DataFrame of stories.

    Each partition goes through
    :func:`~accordlib.integrations.pandas.events_frame` with the same arguments;
    the result's ``meta`` is declared (:func:`event_meta`), so nothing is computed
    until you ask. The index of each event row is the index of its story row.
    """
    keep = tuple(keep)
    when = coerce_published(published)  # a bad date fails here, not in a worker
    return stories.map_partitions(
        events_frame,
        text_column=text_column,
        keep=keep,
        published=when,
        published_column=published_column,
        meta=event_meta(stories, keep),
    )


def events_bag(
    records: Any,
    *,
    text_key: str = "text",
    keep: Sequence[str] = (),
    published: PublishedLike = None,
    published_key: str | None = None,
) -> Any:
    """Return a Dask Bag of event rows (dicts) from a Bag of texts or of dict records.

    Every row has the keys of :func:`~accordlib.integrations.pandas.event_columns`
    ``(keep)``; see :func:`~accordlib.integrations.pandas.event_rows` for the
    arguments. Rows of one story stay together and in sentence order.
    """
    keep = tuple(keep)
    event_columns(keep)  # a clash fails here, not in a worker
    when = coerce_published(published)
    return records.map(
        event_rows,
        text_key=text_key,
        keep=keep,
        published=when,
        published_key=published_key,
    ).flatten()
