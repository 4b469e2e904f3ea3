"""The country index: the generated tables loaded once, lazily, under a lock.

Nothing here runs at import time. :func:`index` returns the one :class:`Index`, building it
on first use from ``countries.tsv`` and ``country_names.tsv`` (written by
``tools/gen_countries.py``); pycountry is never imported at run time.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Union

from accordlib._countries_key import name_key
from accordlib.data import read_table

if TYPE_CHECKING:
    from accordlib.countries import Country, MentionKind

__all__ = ["Entry", "Index", "Surface", "index", "name_key"]

#: What a spelling resolves to: one country, several (ambiguous), or ``()`` (never a country).
Entry = Union["Country", tuple["Country", ...]]


class Surface:
    """A spelling matched in prose: what it resolves to and how it names the country."""

    __slots__ = ("entry", "kind", "text")

    def __init__(self, text: str, entry: Entry, kind: MentionKind) -> None:
        self.text = text
        self.entry = entry
        self.kind = kind


class Index:
    """Every spelling of every country, by exact text and by normalised key."""

    __slots__ = ("by_alpha3", "exact", "keyed", "prose")

    def __init__(self) -> None:
        from accordlib.countries import Country, MentionKind

        self.by_alpha3: dict[str, Country] = {}
        for row in read_table("countries.tsv"):
            self.by_alpha3[row["alpha3"]] = Country(
                alpha2=row["alpha2"],
                alpha3=row["alpha3"],
                numeric=row["numeric"] or None,
                name=row["name"],
                official_name=row["official_name"] or None,
            )
        kinds = {kind.value: kind for kind in MentionKind}
        self.exact: dict[str, Entry] = {}
        self.keyed: dict[str, Entry] = {}
        #: Spellings matched by find_countries, exact case.
        self.prose: dict[str, Surface] = {}
        for row in read_table("country_names.tsv"):
            codes = row["alpha3"].split()
            entry: Entry
            if codes == ["-"]:
                entry = ()
            elif len(codes) == 1:
                entry = self.by_alpha3[codes[0]]
            else:
                entry = tuple(self.by_alpha3[code] for code in codes)
            text = row["text"]
            self.exact[text] = entry
            self.keyed.setdefault(name_key(text), entry)
            if row["prose"] == "yes":
                self.prose[text] = Surface(text, entry, kinds.get(row["kind"], kinds["alias"]))


_lock = threading.Lock()
_index: Index | None = None


def index() -> Index:
    """Return the index, building it once (thread-safe)."""
    global _index  # noqa: PLW0603 - the one lazily built index
    built = _index
    if built is not None:
        return built
    with _lock:
        if _index is None:
            _index = Index()
        return _index
