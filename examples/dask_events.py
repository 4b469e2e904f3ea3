"""Mine a corpus for diplomatic events with Dask, locally, on the bundled example stories.

The corpus is written as JSONL (one story per line: id, published, text) into a
temporary directory, in two files so that Dask sees two partitions; then it is read
back with ``dask.dataframe.read_json`` and turned into a Dask DataFrame of event rows
by ``accordlib.integrations.dask.events_dataframe``. The very same code runs on a
cluster once a ``dask.distributed.Client`` is connected (see docs/scaling.md).

Needs the dask extra:

    pip install -e '.[dask]'
    python examples/dask_events.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

try:
    import dask
    import dask.bag
    import dask.dataframe as dd
    import pandas as pd
except ImportError:
    sys.exit("examples/dask_events.py needs the dask extra: pip install -e '.[dask]'")

from accordlib.integrations.dask import events_bag, events_dataframe

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories"

#: When each example story was published: it anchors "on Tuesday", "next month", ...
PUBLISHED: dict[str, str] = json.loads((HERE / "published.json").read_text(encoding="utf-8"))


def write_corpus(directory: Path) -> list[Path]:
    """Write the example stories as JSONL records, split over two files."""
    records = [
        {"id": path.stem, "published": PUBLISHED.get(path.stem), "text": path.read_text("utf-8")}
        for path in sorted(STORIES.glob("*.txt"))
    ]
    half = (len(records) + 1) // 2
    paths = []
    for number, part in enumerate((records[:half], records[half:])):
        path = directory / f"stories-{number}.jsonl"
        path.write_text(
            "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in part),
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_corpus(Path(tmp))
        # One partition per file; on a cluster this would be s3://... or hdfs://...
        stories = dd.read_json([str(path) for path in paths], lines=True, blocksize=None)
        events = events_dataframe(stories, keep=["id"], published_column="published")

        with dask.config.set(scheduler="threads"):  # local; a Client makes it distributed
            table = events.compute()
            counts = (
                events_bag(
                    dask.bag.read_text([str(path) for path in paths]).map(json.loads),
                    published_key="published",
                )
                .pluck("kind")
                .frequencies(sort=True)
                .compute()
            )

    print(f"{len(table)} events from {stories.npartitions} partitions\n")
    for row in table.itertuples(index=False):  # missing values are <NA> and NaT
        who = "?" if row.actors is pd.NA else row.actors
        if row.recipients is not pd.NA:
            who += f" -> {row.recipients}"
        date = "undated" if row.date is pd.NaT else row.date.date().isoformat()
        print(f"{row.id:<24} {row.kind:<20} {row.factuality:<13} {date:<10}  {who}")
    print("\nevents per kind (dask.bag):")
    for kind, count in counts:
        print(f"  {kind:<20} {count}")


if __name__ == "__main__":
    main()
