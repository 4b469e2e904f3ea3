"""Data tables shipped with accordlib, and the one cached loader that reads them.

Tables are tab-separated files with a header row; lines starting with ``#`` are
comments (provenance, "generated — do not edit"). Nothing is read at import time.
"""

from __future__ import annotations

import threading
from importlib import resources

__all__ = ["read_table"]

_lock = threading.Lock()
_cache: dict[str, tuple[dict[str, str], ...]] = {}


def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Return the rows of the TSV table ``name`` in this package, as dicts keyed by column.

    The file is read once, under a lock, and the same tuple is returned afterwards.
    Empty cells are empty strings.
    """
    rows = _cache.get(name)
    if rows is not None:
        return rows
    with _lock:
        rows = _cache.get(name)
        if rows is None:
            rows = _parse(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))
            _cache[name] = rows
    return rows


def _parse(text: str) -> tuple[dict[str, str], ...]:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    if not lines:
        return ()
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    return tuple(rows)
