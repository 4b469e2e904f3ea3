"""Doctests of the optional integrations run when their extra is installed, else are skipped.

``pip install -e '.[test]'`` (the README's test command) has no pandas, Dask or
trafilatura; ``.ci/run`` installs the extras and runs these doctests too.
"""

from __future__ import annotations

import importlib.util

import pytest

#: Module whose doctests need an optional dependency -> that dependency.
_NEEDS = {
    "accordlib.integrations.dask": "dask",
    "accordlib.integrations.html": "trafilatura",
    "accordlib.integrations.pandas": "pandas",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if not isinstance(item, pytest.DoctestItem) or item.dtest is None:
            continue
        module = item.dtest.globs.get("__name__", "")
        needed = _NEEDS.get(module)
        if needed is not None and importlib.util.find_spec(needed) is None:
            item.add_marker(pytest.mark.skip(reason=f"needs {needed} (an optional extra)"))
