"""The built documentation: no rendering leaks that Sphinx itself does not warn about.

Builds the docs once (skipped without the docs extra) with warnings as errors, then
reads the HTML: enum member comments must not become bogus "Type:" fields, attrs'
``NOTHING`` sentinel and private names must not appear in signatures, standard-library
types must link to docs.python.org, and no object may be documented twice.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    pytest.importorskip("furo")
    out = tmp_path_factory.mktemp("html")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-b",
            "html",
            "-q",
            str(ROOT / "docs"),
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return out


def _pages(site: Path) -> dict[str, str]:
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in site.glob("*.html")
        if path.name not in {"genindex.html", "search.html", "py-modindex.html"}
    }


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def test_no_bogus_type_fields(site: Path) -> None:
    leaks = [name for name, page in _pages(site).items() if re.search(r">Type<", page)]
    assert not leaks, f"'Type:' fields (napoleon reading a colon in a comment) in {leaks}"


def test_no_attrs_sentinel(site: Path) -> None:
    leaks = [name for name, page in _pages(site).items() if "NOTHING" in page]
    assert not leaks


PRIVATE = re.compile(r"(?<![\w.])_[A-Za-z]\w*|\._[a-z]\w*")


def test_no_private_names_in_signatures_or_types(site: Path) -> None:
    leaks = []
    for name, page in _pages(site).items():
        for block in re.findall(
            r'<dt class="sig sig-object py"[^>]*>(.*?)</dt>|<dl class="field-list[^"]*">(.*?)</dl>',
            page,
            re.S,
        ):
            text = _text(block[0] or block[1])
            leaks.extend(f"{name}: {hit}" for hit in PRIVATE.findall(text))
    assert not leaks


def test_standard_types_link_to_python_docs(site: Path) -> None:
    api = (site / "api.html").read_text(encoding="utf-8")
    for target in ("datetime.html#datetime.date", "collections.abc.html#collections.abc.Iterable"):
        assert f'href="https://docs.python.org/3/library/{target}"' in api


def test_every_object_is_documented_once(site: Path) -> None:
    ids = Counter(
        anchor
        for page in _pages(site).values()
        for anchor in re.findall(r'<dt class="sig sig-object py" id="([^"]+)"', page)
    )
    assert [anchor for anchor, count in ids.items() if count > 1] == []
    for name in ("accordlib.InvalidFieldError", "accordlib.DeserializationError"):
        assert ids[name] == 1


def test_the_site_reads_as_tutorial_how_to_reference_explanation(site: Path) -> None:
    index = (site / "index.html").read_text(encoding="utf-8")
    captions = re.findall(
        r'<p class="caption[^"]*"[^>]*><span class="caption-text">([^<]+)<', index
    )
    assert list(dict.fromkeys(captions)) == [
        "Tutorial",
        "How-to guides",
        "Reference",
        "Explanation",
    ]
    for page in ("howto.html", "installation.html", "accuracy.html"):
        assert (site / page).is_file()


def test_the_local_python_inventory_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_python_inventory.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_every_public_name_has_an_executed_example() -> None:
    """Each public function and class appears in a doctest: its own docstring or a page."""
    import inspect

    import accordlib

    pages = "\n".join(
        line
        for path in (ROOT / "docs").glob("*.md")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith((">>> ", "... "))
    )
    missing = [
        name
        for name in accordlib.__all__
        if name != "__version__"
        and ">>>" not in (inspect.getdoc(getattr(accordlib, name)) or "")
        and not re.search(rf"\b{name}\b", pages)
    ]
    assert missing == []
