"""Throughput of batch processing: the CLI with --jobs 1 and --jobs 2, the batch API, Dask.

Every row processes the same few hundred stories (the bundled examples, repeated),
so rates compare directly; the "peer" of a parallel row is its one-process twin.
Process-pool and scheduler start-up is included: that is what a user waits for.
Wall-clock rates of parallel runs only mean something on an otherwise idle machine,
so the load average is printed, and the CPU time of all processes is reported too.

    python benchmarks/run.py batch
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import Row

import accordlib
from accordlib.cli import main as cli_main

TITLE = "Batch: --jobs 1 vs --jobs 2, parse_stories/extract_events_many, Dask"

STORIES = Path(__file__).resolve().parents[1] / "examples" / "stories"


def _corpus(count: int) -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(STORIES.glob("*.txt"))]
    return [texts[i % len(texts)] for i in range(count)]


def _best_rate(func: Callable[[], object], count: int, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return count / best


def _cpu_seconds(func: Callable[[], object]) -> float:
    """CPU time of this process and of the worker processes it waited for."""
    before = os.times()
    func()
    after = os.times()
    return sum(
        getattr(after, field) - getattr(before, field)
        for field in ("user", "system", "children_user", "children_system")
    )


def _cli(argv: list[str]) -> Callable[[], object]:
    def run() -> object:
        with contextlib.redirect_stdout(io.StringIO()):
            status = cli_main(argv)
        assert status == 0, status
        return status

    return run


def run(quick: bool) -> list[Row]:
    count = 140 if quick else 350
    rounds = 2 if quick else 3
    texts = _corpus(count)
    cores = os.cpu_count() or 1
    goal = f"x>1 on {cores} cores"
    rows: list[Row] = []
    print(f"load average before the batch benchmark: {os.getloadavg()[0]:.1f} on {cores} cores")
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for number, text in enumerate(texts):
            path = Path(tmp) / f"story-{number:04}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
        accordlib.extract_events(texts[0])  # warm the tables up in this process

        for command in ("parse", "events"):
            argv = [command, "--format", "jsonl", "--no-progress", *files]
            one = _best_rate(_cli([*argv, "--jobs", "1"]), count, rounds)
            two = _best_rate(_cli([*argv, "--jobs", "2"]), count, rounds)
            rows.append(Row(f"accordlib {command} --jobs 1 ({count} files)", "stories", one))
            rows.append(
                Row(
                    f"accordlib {command} --jobs 2 ({count} files)",
                    "stories",
                    two,
                    "--jobs 1",
                    one,
                    goal,
                )
            )

        def api(jobs: int) -> Callable[[], object]:
            return lambda: sum(len(e) for e in accordlib.extract_events_many(texts, jobs=jobs))

        one = _best_rate(api(1), count, rounds)
        two = _best_rate(api(2), count, rounds)
        rows.append(Row("extract_events_many(jobs=1)", "stories", one))
        rows.append(Row("extract_events_many(jobs=2)", "stories", two, "jobs=1", one, goal))
        # Wall-clock rates depend on what else the machine runs; CPU time does not.
        # Stories per CPU-second (all processes) shows what parallelism costs.
        cpu_one = count / min(_cpu_seconds(api(1)) for _ in range(rounds))
        cpu_two = count / min(_cpu_seconds(api(2)) for _ in range(rounds))
        rows.append(Row("extract_events_many(jobs=1), per CPU-second", "stories", cpu_one))
        rows.append(
            Row(
                "extract_events_many(jobs=2), per CPU-second",
                "stories",
                cpu_two,
                "jobs=1",
                cpu_one,
                "x~1: little overhead",
            )
        )

        try:
            import dask
            import dask.dataframe as dd
        except ImportError:
            print("dask is not installed (pip install -e '.[dask]'): Dask rows skipped")
            return rows
        from accordlib.integrations.dask import events_dataframe

        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        parts = 4
        for part in range(parts):
            with (corpus / f"part-{part}.jsonl").open("w", encoding="utf-8") as out:
                for number in range(part, count, parts):
                    out.write(json.dumps({"id": number, "text": texts[number]}) + "\n")
        stories = dd.read_json(str(corpus / "*.jsonl"), lines=True, blocksize=None)
        events = events_dataframe(stories, keep=["id"])
        for scheduler in ("synchronous", "threads", "processes"):
            with dask.config.set(scheduler=scheduler):
                rate = _best_rate(events.compute, count, rounds)
            rows.append(
                Row(
                    f"Dask events_dataframe, {scheduler} ({parts} partitions)",
                    "stories",
                    rate,
                    "extract_events_many(jobs=1)",
                    one,
                )
            )

    # The example script end to end, as CI runs it: interpreter, imports, Dask, output.
    example = Path(__file__).resolve().parents[1] / "examples" / "dask_events.py"
    seconds = min(_wall([sys.executable, str(example)]) for _ in range(2))
    task = f"examples/dask_events.py end to end: {seconds:.2f} s"
    rows.append(Row(task, "stories", 7 / seconds))
    return rows


def _wall(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start
