"""The documentation covers the public API and the README keeps its promises."""

from __future__ import annotations

import re
from pathlib import Path

import accordlib

ROOT = Path(__file__).resolve().parents[1]


def _api_names() -> set[str]:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    return set(re.findall(r"\.\. auto(?:function|class|data|exception):: accordlib\.(\w+)", text))


def test_every_public_name_is_in_the_api_reference() -> None:
    documented = _api_names()
    exceptions = {
        name for name in accordlib.__all__ if isinstance(getattr(accordlib, name), type)
    } & {name for name in dir(accordlib.errors) if not name.startswith("_")}
    missing = set(accordlib.__all__) - documented - exceptions - {"__version__"}
    assert not missing, f"add these to docs/api.md: {sorted(missing)}"


def test_every_public_name_has_a_docstring() -> None:
    undocumented = [
        name
        for name in accordlib.__all__
        if name != "__version__" and not (getattr(accordlib, name).__doc__ or "").strip()
    ]
    assert not undocumented


def test_quick_start_is_exactly_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```console\n(.*?)```", section, re.DOTALL)
    assert block is not None
    commands = [line for line in block.group(1).splitlines() if line.strip()]
    assert len(commands) == 2
    story = re.search(r"accordlib parse (\S+)", commands[0])
    assert story is not None
    assert (ROOT / story.group(1)).is_file()
    assert commands[1] == "pip install -e '.[test]' && python -m pytest"


def test_every_docs_page_is_in_a_toctree() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    pages = {p.stem for p in (ROOT / "docs").glob("*.md")} - {"index"}
    missing = {page for page in pages if not re.search(rf"^{re.escape(page)}$", index, re.M)}
    assert not missing
