"""The phrase tables extraction looks up by words: agreements (``data/agreements.tsv``)
and organisations (``data/organizations.tsv``), read once on first use.

Each phrase is keyed by the lower-cased words of its tokens (the same tokens a sentence
is read in), so that a sentence's words can be looked up slice by slice; ``lengths``
gives, for each first word, the lengths of the phrases that start with it, longest
first, so that only those slices are tried.
"""

from __future__ import annotations

from accordlib._util.lazy import Lazy
from accordlib._util.tables import read_table
from accordlib.text.tokens import tokenize

__all__ = ["PHRASES", "AgreementEntry", "OrgEntry", "PhraseTables"]


class AgreementEntry:
    """A row of ``agreements.tsv``: a named agreement, or a generic kind ("trade agreement")."""

    __slots__ = ("generic", "name", "year")

    def __init__(self, name: str, year: int | None, generic: bool) -> None:
        self.name = name
        self.year = year
        self.generic = generic


class OrgEntry:
    """A row of ``organizations.tsv`` as extraction reads it."""

    __slots__ = ("case", "country", "kind", "name")

    def __init__(self, name: str, kind: str, country: str, case: str) -> None:
        self.name = name
        self.kind = kind  # igo | government | legislature | nonstate
        self.country = country
        self.case = case


class PhraseTables:
    """Agreements and organisations by their words, and the phrase lengths by first word."""

    __slots__ = ("agreements", "lengths", "organizations")

    def __init__(
        self,
        agreements: dict[tuple[str, ...], AgreementEntry],
        organizations: dict[tuple[str, ...], OrgEntry],
    ) -> None:
        self.agreements = agreements
        self.organizations = organizations
        lengths: dict[str, set[int]] = {}
        for key in (*agreements, *organizations):
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
    organizations: dict[tuple[str, ...], OrgEntry] = {}
    for row in read_table("organizations.tsv"):
        organizations.setdefault(
            _phrase(row["surface"]),
            OrgEntry(row["canonical"], row["kind"], row["country"], row["case"]),
        )
    return PhraseTables(agreements, organizations)


#: The phrase tables, read on first use.
PHRASES: Lazy[PhraseTables] = Lazy(_load)
