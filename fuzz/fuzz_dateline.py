"""Fuzz target — Dateline parser: raw text in the input, body offset inside it, sane month/day.

    python fuzz/fuzz_dateline.py -timeout=5 -max_len=4096 fuzz/corpus/dateline   # needs atheris

See fuzz/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import main, make_target

NAMES = ("parse_dateline",)

#: The libFuzzer entry point: bytes -> any str -> every function in NAMES, checked.
TestOneInput = make_target(NAMES)

if __name__ == "__main__":
    raise SystemExit(main(TestOneInput, NAMES))
