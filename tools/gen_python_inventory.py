"""Write a small Sphinx inventory of the standard-library names the docs link to.

The docs are built without network (CI has none), so intersphinx cannot download
Python's own ``objects.inv``. This script writes ``docs/python-objects.inv``, an
inventory of just the names our signatures and pages use, pointing at
docs.python.org; ``docs/conf.py`` gives it to intersphinx as the local copy::

    python tools/gen_python_inventory.py          # rewrite the file
    python tools/gen_python_inventory.py --check  # exit 1 if it is out of date

Add a name here when ``sphinx -W`` (nitpicky) reports a standard-library reference
it cannot resolve.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "docs" / "python-objects.inv"

#: (name, Sphinx role, page under https://docs.python.org/3/).
NAMES: tuple[tuple[str, str, str], ...] = (
    # builtins
    *(
        (name, "py:class", "library/stdtypes.html")
        for name in (
            "bytes",
            "dict",
            "float",
            "frozenset",
            "int",
            "list",
            "set",
            "str",
            "tuple",
            "bytearray",
            "memoryview",
        )
    ),
    ("bool", "py:class", "library/functions.html"),
    ("object", "py:class", "library/functions.html"),
    ("type", "py:class", "library/functions.html"),
    ("None", "py:data", "library/constants.html"),
    ("NotImplemented", "py:data", "library/constants.html"),
    *(
        (name, "py:exception", "library/exceptions.html")
        for name in (
            "Exception",
            "ImportError",
            "KeyError",
            "LookupError",
            "ModuleNotFoundError",
            "TypeError",
            "UnicodeDecodeError",
            "ValueError",
            "KeyboardInterrupt",
            "BrokenPipeError",
        )
    ),
    # datetime
    ("datetime.date", "py:class", "library/datetime.html"),
    ("datetime.datetime", "py:class", "library/datetime.html"),
    # collections.abc and typing
    *(
        (f"collections.abc.{name}", "py:class", "library/collections.abc.html")
        for name in (
            "Callable",
            "Collection",
            "Generator",
            "Iterable",
            "Iterator",
            "Mapping",
            "Sequence",
            "Set",
            "Sized",
        )
    ),
    *(
        (f"typing.{name}", "py:data", "library/typing.html")
        for name in (
            "Any",
            "Final",
            "Literal",
            "Optional",
            "Union",
        )
    ),
    *(
        (f"typing.{name}", "py:class", "library/typing.html")
        for name in (
            "Generic",
            "TypeVar",
            "IO",
            "NamedTuple",
        )
    ),
    ("types.ModuleType", "py:class", "library/types.html"),
    ("enum.Enum", "py:class", "library/enum.html"),
    ("concurrent.futures.Executor", "py:class", "library/concurrent.futures.html"),
    ("concurrent.futures.ProcessPoolExecutor", "py:class", "library/concurrent.futures.html"),
    ("concurrent.futures.ThreadPoolExecutor", "py:class", "library/concurrent.futures.html"),
    ("functools.partial", "py:function", "library/functools.html"),
    ("json.dumps", "py:function", "library/json.html"),
    ("json.loads", "py:function", "library/json.html"),
    ("json.detect_encoding", "py:function", "library/json.html"),
    ("pathlib.Path", "py:class", "library/pathlib.html"),
    ("pickle", "py:module", "library/pickle.html"),
)


#: Classes whose annotations name the private module that defines them -> public name.
ALIASES = {"concurrent.futures._base.Executor": "concurrent.futures.Executor"}


def render() -> bytes:
    header = (
        "# Sphinx inventory version 2\n"
        "# Project: Python\n"
        "# Version: 3\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    lines = []
    for name, role, page in sorted(set(NAMES)):
        anchor = "module-$" if role == "py:module" else "$"
        lines.append(f"{name} {role} 1 {page}#{anchor} -\n")
    for private, public in sorted(ALIASES.items()):  # where a class really lives
        lines.append(f"{private} py:class 1 library/concurrent.futures.html#{public} {public}\n")
    return header.encode() + zlib.compress("".join(lines).encode(), 9)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the file is current")
    args = parser.parse_args(argv)
    data = render()
    if args.check:
        current = TARGET.read_bytes() if TARGET.exists() else b""
        if current != data:
            print(f"{TARGET} is out of date: run python tools/gen_python_inventory.py")
            return 1
        return 0
    TARGET.write_bytes(data)
    print(f"wrote {TARGET} ({len(set(NAMES))} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
