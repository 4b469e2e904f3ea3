"""Fuzz target — Wire story parser: segments rebuild the input, every part lies in it.

    python fuzz/fuzz_story.py -timeout=5 -max_len=4096 fuzz/corpus/story   # needs atheris

See fuzz/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import main, make_target

NAMES = ("parse_story",)

#: The libFuzzer entry point: bytes -> any str -> every function in NAMES, checked.
TestOneInput = make_target(NAMES)

if __name__ == "__main__":
    raise SystemExit(main(TestOneInput, NAMES))
