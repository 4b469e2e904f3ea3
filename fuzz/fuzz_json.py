"""Fuzz target — JSON: ``from_json`` on any text either returns a value or raises the
one documented exception (never ``KeyError``, ``RecursionError``, ...); and the JSON
of any parsed story round-trips.

    python fuzz/fuzz_json.py -timeout=5 -max_len=4096 fuzz/corpus/json   # needs atheris

See fuzz/README.md.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


import _harness
import hostile_inputs  # on sys.path once _harness is imported

NAMES = ("from_json", "to_json")


def _documented_error() -> type[Exception]:
    import accordlib  # noqa: PLC0415 - late, so the module imports before serialize lands

    try:
        accordlib.from_json(accordlib.Story, "{")
    except Exception as exc:
        return type(exc)
    raise AssertionError("from_json(Story, '{') did not raise")


def TestOneInput(data: bytes) -> None:  # noqa: N802 - libFuzzer's name
    """Any text as JSON for a Story and an event; then the round trip of a parsed story."""
    import accordlib  # noqa: PLC0415

    error = _documented_error()
    text = hostile_inputs.decode_fuzz_bytes(data)
    for cls in (accordlib.Story, accordlib.DiplomaticEvent, accordlib.Dateline):
        with contextlib.suppress(error):
            accordlib.from_json(cls, text)
    story = accordlib.parse_story(text)
    assert accordlib.from_json(accordlib.Story, accordlib.to_json(story)) == story


if __name__ == "__main__":
    raise SystemExit(_harness.main(TestOneInput, NAMES))
