"""Fuzz target — Officials: raw text in the input, mention offsets index it.

    python fuzz/fuzz_officials.py -timeout=5 -max_len=4096 fuzz/corpus/officials   # needs atheris

See fuzz/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import main, make_target

NAMES = (
    "parse_official",
    "find_officials",
)

#: The libFuzzer entry point: bytes -> any str -> every function in NAMES, checked.
TestOneInput = make_target(NAMES)

if __name__ == "__main__":
    raise SystemExit(main(TestOneInput, NAMES))
