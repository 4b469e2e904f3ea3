"""Fuzz target — Event extraction: every event's sentence is text[start:end].

    python fuzz/fuzz_events.py -timeout=5 -max_len=4096 fuzz/corpus/events   # needs atheris

See fuzz/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import main, make_target

NAMES = ("extract_events",)

#: The libFuzzer entry point: bytes -> any str -> every function in NAMES, checked.
TestOneInput = make_target(NAMES)

if __name__ == "__main__":
    raise SystemExit(main(TestOneInput, NAMES))
