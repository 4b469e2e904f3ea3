"""The package's foundation: version, exception hierarchy, type checks, dates, data tables."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from typing import Any

import pytest

import accordlib
from accordlib._util import text as _text
from accordlib._util.dates import coerce_published
from accordlib._util.tables import TableError
from accordlib._util.tables import parse_table as _parse


def test_version_is_pep440() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:\.dev\d+|rc\d+)?", accordlib.__version__)


def test_all_is_complete_without_duplicates() -> None:
    # ruff's RUF022 keeps __all__ sorted (constants, classes, functions).
    assert len(set(accordlib.__all__)) == len(accordlib.__all__)
    for name in accordlib.__all__:
        assert hasattr(accordlib, name), name


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (accordlib.InputTypeError, TypeError),
        (accordlib.InvalidDateError, ValueError),
        (accordlib.CountryNotFoundError, LookupError),
        (accordlib.AmbiguousCountryError, LookupError),
    ],
)
def test_errors_refine_builtins_under_one_root(error: type, builtin: type) -> None:
    assert issubclass(error, accordlib.AccordError)
    assert issubclass(error, builtin)


def test_require_str_names_the_type_and_says_to_decode_bytes() -> None:
    assert _text.require_str("abc") == "abc"
    with pytest.raises(TypeError, match=r"text must be str, not bytes; decode it first"):
        _text.require_str(b"abc")
    with pytest.raises(accordlib.InputTypeError, match=r"name must be str, not int") as info:
        _text.require_str(3, "name")
    assert info.value.received is int


def test_text_helpers() -> None:
    assert _text.fold_whitespace("  NEW\n  YORK\t ") == "NEW YORK"
    assert (
        _text.strip_accents("Türkiye, Côte d’Ivoire, São Tomé")
        == "Turkiye, Cote d’Ivoire, Sao Tome"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (dt.date(2025, 11, 6), dt.date(2025, 11, 6)),
        (dt.datetime(2025, 11, 6, 23, 59), dt.date(2025, 11, 6)),
        ("2025-11-06", dt.date(2025, 11, 6)),
        ("2025-11-06T14:30:00Z", dt.date(2025, 11, 6)),
        ("November 6, 2025", dt.date(2025, 11, 6)),
        ("6 Nov 2025", dt.date(2025, 11, 6)),
    ],
)
def test_coerce_published(value: object, expected: dt.date | None) -> None:
    assert coerce_published(value) == expected


@pytest.mark.parametrize("value", ["not a date at all", "2025-13-45", ""])
def test_coerce_published_rejects_unparseable_strings_naming_them(value: str) -> None:
    with pytest.raises(accordlib.InvalidDateError, match=re.escape(repr(value))):
        coerce_published(value)


def test_coerce_published_rejects_other_types() -> None:
    with pytest.raises(
        TypeError, match="published must be a date, datetime, str or None, not int"
    ):
        coerce_published(20251106)


def test_table_parser_skips_comments_and_keeps_empty_cells() -> None:
    text = "# source: test\nname\tcode\tnote\nKazakhstan\tKZ\t\n\nIsrael\tIL\tx\n"
    assert _parse(text) == (
        {"name": "Kazakhstan", "code": "KZ", "note": ""},
        {"name": "Israel", "code": "IL", "note": "x"},
    )


def test_table_parser_rejects_ragged_rows_naming_the_line() -> None:
    text = "# source: test\nname\tcode\tnote\nKazakhstan\tKZ\n"
    with pytest.raises(TableError, match=r"^titles\.tsv, line 3: 2 cells where the header has 3$"):
        _parse(text, "titles.tsv")


def test_table_rows_are_immutable() -> None:
    (row,) = _parse("name\tcode\nKazakhstan\tKZ\n")
    with pytest.raises(TypeError):
        row["code"] = "KAZ"  # type: ignore[index]  # the point of the test


def test_import_loads_no_table_and_no_dateparser() -> None:
    code = (
        "import sys, accordlib, accordlib._util.tables as t; "
        "print(len(t._cache), 'dateparser' in sys.modules, 'pycountry' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False", "False"]


def test_type_checking_imports_are_generated_from_the_public_table() -> None:
    # The façade lists each public name once (_PUBLIC); the TYPE_CHECKING block is generated.
    import ast
    from pathlib import Path

    assert _gen_facade().main(["--check"]) == 0
    source = Path(accordlib.__file__).read_text(encoding="utf-8")
    block = next(node for node in ast.parse(source).body if isinstance(node, ast.If))
    imported = {
        alias.name: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert imported == accordlib._LAZY
    assert set(accordlib.__all__) == set(imported) | {"__version__"}


def _gen_facade() -> Any:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "tools" / "gen_facade.py"
    spec = importlib.util.spec_from_file_location("gen_facade", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lazy_names_are_the_defining_modules_objects() -> None:
    import importlib

    for name, module in accordlib._LAZY.items():
        assert getattr(accordlib, name) is getattr(importlib.import_module(module), name)
    assert "parse_story" in dir(accordlib)
    with pytest.raises(AttributeError, match="no attribute 'parse_stroy'"):
        accordlib.parse_stroy  # type: ignore[attr-defined]  # noqa: B018 - the access is the test
