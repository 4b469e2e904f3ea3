"""The agreements table extraction looks up by words (``data/agreements.tsv``), read once
on first use.

Each agreement is keyed by the lower-cased words of its tokens (the same tokens a sentence
is read in), so that a sentence's words can be looked up slice by slice; ``lengths``
gives, for each first word, the lengths of the phrases that start with it, longest first,
so that only those slices are tried.
"""

from __future__ import annotations

from accordlib._util.lazy import Lazy
from accordlib._util.tables import read_table
from accordlib.text.tokens import tokenize

__all__ = ["PHRASES", "AgreementEntry", "PhraseTables"]


class AgreementEntry:
    """A row of ``agreements.tsv``: a named agreement, or a generic kind ("trade agreement")."""

    __slots__ = ("generic", "name", "year")

    def __init__(self, name: str, year: int | None, generic: bool) -> None:
        self.name = name
        self.year = year
        self.generic = generic


class PhraseTables:
    """Agreements by their words, and the phrase lengths by first word."""

    __slots__ = ("agreements", "lengths")

    def __init__(self, agreements: dict[tuple[str, ...], AgreementEntry]) -> None:
        self.agreements = agreements
        lengths: dict[str, set[int]] = {}
        for key in agreements:
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {
            word: tuple(sorted(sizes, reverse=True)) for word, sizes in lengths.items()
        }


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(tok.low for tok in tokenize(text))


def _load() -> PhraseTables:
    agreements: dict[tuple[str, ...], AgreementEntry] = {}
    for row in read_table("agreements.tsv"):
        year = int(row["year"]) if row["year"] else None
        entry = AgreementEntry(row["name"], year, row["kind"] == "generic")
        for alias in [row["name"], *row["aliases"].split("|")]:
            if alias:
                agreements.setdefault(_phrase(alias), entry)
    return PhraseTables(agreements)


#: The agreements table, read on first use.
PHRASES: Lazy[PhraseTables] = Lazy(_load)
