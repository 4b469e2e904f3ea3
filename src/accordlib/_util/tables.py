"""The data tables shipped in :mod:`accordlib.data`, read once on first use and checked.

Tables are tab-separated UTF-8 files with a header row; lines starting with ``#`` are
comments (provenance, licence, "generated — do not edit"). Nothing is read at import
time. Every table is listed, with its source, licence and columns, in
``src/accordlib/data/README.md``; ``tests/test_data.py`` checks each table against it.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from accordlib.errors import AccordError

__all__ = ["Row", "TableError", "read_table"]

#: One row of a table: an immutable mapping from column name to cell (``""`` when empty).
Row = Mapping[str, str]

_PACKAGE = "accordlib.data"
_lock = threading.Lock()
_cache: dict[str, tuple[Row, ...]] = {}


class TableError(AccordError, ValueError):
    """A shipped data table is malformed (a packaging bug, never the user's input)."""


def read_table(name: str) -> tuple[Row, ...]:
    """Return the rows of the table ``name`` (``"titles.tsv"``), reading it on first use.

    The file is read once, under a lock, and the same tuple is returned afterwards.
    A row whose number of cells differs from the header's raises :class:`TableError`
    naming the table and line: a ragged row is an editing mistake, never padded.
    """
    rows = _cache.get(name)
    if rows is not None:
        return rows
    with _lock:
        rows = _cache.get(name)
        if rows is None:
            text = resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
            rows = parse_table(text, name)
            _cache[name] = rows
    return rows


def parse_table(text: str, name: str = "<table>") -> tuple[Row, ...]:
    """Parse the text of a table (see :func:`read_table`)."""
    header: list[str] | None = None
    rows: list[Row] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise TableError(
                f"{name}, line {number}: {len(cells)} cells where the header has {len(header)}"
            )
        rows.append(MappingProxyType(dict(zip(header, cells, strict=True))))
    return tuple(rows)


def table_columns(name: str) -> tuple[str, ...]:
    """The header of the table ``name`` (for the schema check in the tests)."""
    text = resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            return tuple(line.split("\t"))
    return ()
