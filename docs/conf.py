"""Sphinx configuration for the accordlib documentation.

Built in CI with ``python -m sphinx -W --keep-going -b html -q docs docs/_build/html``:
every warning fails the build, and ``nitpicky`` makes every unresolved type in a
signature a warning, so a private alias or an undocumented name cannot slip into the
reference. ``tests/test_docs_html.py`` checks the built pages for what Sphinx does not
warn about (bogus ``Type:`` fields, attrs' ``NOTHING``, private names).
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import inspect
import pkgutil
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import accordlib
from accordlib import __version__


def _annotation_imports() -> None:
    """Run every module's ``if TYPE_CHECKING:`` imports in that module, once all are loaded.

    Names used only in annotations are imported under ``TYPE_CHECKING``; giving them to
    the modules here lets autodoc resolve every annotation (``PublishedLike`` becomes
    ``date | datetime | str | None``, with links) instead of printing a bare string.
    Done after importing everything, so that no import cycle can form.
    """
    modules = [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(accordlib.__path__, "accordlib.")
    ]
    for module in modules:
        for node in ast.parse(inspect.getsource(module)).body:
            test = node.test if isinstance(node, ast.If) else None
            if not (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"):
                continue
            for statement in node.body:  # type: ignore[attr-defined]
                code = compile(ast.Module([statement], []), module.__name__, "exec")
                with contextlib.suppress(ImportError):  # an optional extra not installed
                    exec(code, vars(module))  # noqa: S102 - our own import statements


_annotation_imports()

project = "accordlib"
author = "The accordlib developers"
copyright = "2026, The accordlib developers"  # noqa: A001 - Sphinx's own setting name
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
# No napoleon: our docstrings are plain reST, and napoleon read an attribute comment
# with a colon ("It happened: ...") as a "Type:" field.
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
autodoc_preserve_defaults = True

# CI has no network: a small local inventory of the standard-library names the docs use
# (tools/gen_python_inventory.py writes it), linked to docs.python.org.
intersphinx_mapping = {"python": ("https://docs.python.org/3", "python-objects.inv")}

nitpicky = True
nitpick_ignore = [
    # pandas' own types, in the optional pandas integration's signatures
    ("py:class", "pandas.DataFrame"),
    ("py:class", "pandas.core.frame.DataFrame"),
    ("py:class", "pandas.Index"),
    ("py:class", "pandas.core.indexes.base.Index"),
    ("py:class", "pd.DataFrame"),
    ("py:class", "pd.Index"),
    # type variables of generic functions
    ("py:class", "accordlib.batch.Item"),
    ("py:class", "accordlib.batch.Result"),
    ("py:class", "accordlib.serialize.convert.T"),
    # attrs and cattrs, whose inventories are not in the offline build
    ("py:func", "attrs.evolve"),
    ("py:class", "cattrs.Converter"),
    ("py:class", "cattrs.converters.Converter"),
    # a relative reference in accordlib/events/model.py (DiplomaticEvent.to_row)
    ("py:data", "ROW_FIELDS"),
]

html_theme = "furo"
html_title = f"accordlib {release}"


def _no_sentinels(
    app: Any, what: str, name: str, obj: Any, options: Any, signature: str | None, ret: str | None
) -> tuple[str | None, str | None]:
    """attrs marks a field whose default is computed as ``NOTHING``: show ``...`` instead."""
    if signature is not None:
        signature = signature.replace("=NOTHING", "=...")
    return signature, ret


def setup(app: Any) -> None:
    app.connect("autodoc-process-signature", _no_sentinels)
