"""Shared plumbing for the fuzz targets: bytes to text, the contract checks, atheris.

Each ``fuzz_<topic>.py`` builds its ``TestOneInput(data: bytes)`` here. The check is
the one the test suite uses (``tests/hostile_inputs.py``): no exception on any
``str``, results of the documented type, offsets that index the input, segments that
rebuild it. ``TestOneInput`` works without atheris, so the targets are importable
(and smoke-tested by ``tests/test_robustness.py``) on any Python.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import hostile_inputs  # noqa: E402 - needs the sys.path entry above


def make_target(names: Sequence[str]) -> Callable[[bytes], None]:
    """A libFuzzer-style ``TestOneInput`` that checks every function in ``names``."""
    unknown = [name for name in names if name not in hostile_inputs.CHECKS]
    if unknown:
        raise ValueError(f"no contract check for {unknown}")

    def test_one_input(data: bytes) -> None:
        text = hostile_inputs.decode_fuzz_bytes(data)
        for name in names:
            hostile_inputs.checked_call(name, text)

    return test_one_input


def seed_corpus() -> list[bytes]:
    """The example stories and edge cases as fuzzer seeds (mode byte 0: UTF-8)."""
    texts = list(hostile_inputs.example_stories().values()) + list(hostile_inputs.EDGE_CASES)
    texts += list(hostile_inputs.WIRE_FRAGMENTS)
    return [b"\x00" + text.encode("utf-8", "surrogatepass") for text in texts]


def write_seed_corpus(directory: Path) -> None:
    """Write :func:`seed_corpus` into ``directory`` (libFuzzer's corpus directory)."""
    directory.mkdir(parents=True, exist_ok=True)
    for index, seed in enumerate(seed_corpus()):
        (directory / f"seed-{index:03d}").write_bytes(seed)


def main(test_one_input: Callable[[bytes], None], names: Sequence[str]) -> int:
    """Run ``test_one_input`` under atheris with libFuzzer's command line.

    Without atheris, say how to get it (or to use ``fuzz/run_hypothesis.py``) and exit 2.
    """
    try:
        import atheris  # type: ignore[import-untyped]  # noqa: PLC0415 - optional, untyped
    except ImportError:
        print(
            "atheris is not installed: `pip install atheris` (CPython 3.8-3.11 wheels on "
            "Linux/macOS), or run the Hypothesis fuzzer instead: "
            f"python fuzz/run_hypothesis.py --target {' '.join(names)}",
            file=sys.stderr,
        )
        return 2
    import accordlib  # noqa: PLC0415 - imported here so atheris instruments it

    # Warm every lazy table, so instrument_all() sees (and instruments) the modules
    # loaded on first use as well as those loaded at import.
    for name in names:
        hostile_inputs.call(name, "WASHINGTON (AP) \u2014 Israeli Prime Minister met U.S. envoys.")
    del accordlib
    for arg in sys.argv[1:]:
        if not arg.startswith("-"):
            corpus = Path(arg)
            if not corpus.exists() or not any(corpus.iterdir()):
                write_seed_corpus(corpus)
    atheris.instrument_all()
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
    return 0
