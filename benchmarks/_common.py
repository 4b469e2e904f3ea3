"""Shared helpers for the benchmark scripts: timing and a side-by-side row format."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Row:
    """One line of the comparison table: our rate against a peer's on the same input."""

    task: str
    unit: str
    ours: float
    peer_name: str | None = None
    peer: float | None = None
    goal: str = ""

    def format(self) -> str:
        ours = f"{self.ours:>14,.0f} {self.unit}/s"
        if self.peer is None or self.peer_name is None:
            return f"{self.task:<44} {ours}   {'':<36} {self.goal}"
        ratio = self.ours / self.peer if self.peer else float("inf")
        peer = f"{self.peer_name}: {self.peer:,.0f}/s"
        return f"{self.task:<44} {ours}   {peer:<28} x{ratio:>7.1f}  {self.goal}"


def rate(
    func: Callable[[Any], object],
    items: Sequence[Any],
    *,
    min_seconds: float = 0.5,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Call ``func`` on each item, repeating the pass until ``min_seconds``; return items/s.

    One warm-up pass runs first (lazy tables load there), then the best of three
    timed rounds is kept, so a noisy neighbour costs us rather than flatters us.
    ``clock=time.process_time`` counts this process's CPU time instead of wall time.
    """
    for item in items:
        func(item)
    best = 0.0
    for _ in range(3):
        gc.collect()
        count = 0
        start = clock()
        elapsed = 0.0
        while elapsed < min_seconds / 3:
            for item in items:
                func(item)
            count += len(items)
            elapsed = clock() - start
        best = max(best, count / elapsed)
    return best


def print_rows(title: str, rows: Iterable[Row]) -> None:
    """Print a titled block of rows."""
    print(f"\n## {title}")
    for row in rows:
        print(row.format())
