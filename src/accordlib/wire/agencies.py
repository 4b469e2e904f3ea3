"""The agency table: canonical names of wire services and outlets, by alias and code.

The table is ``accordlib/data/agencies.tsv``; it is read on first use (:class:`Lazy`).
"""

from __future__ import annotations

import attrs

from accordlib._util.lazy import Lazy
from accordlib._util.tables import read_table

__all__ = ["Agency", "agency_info", "agency_last_words", "canonical_agency", "site_agency"]


@attrs.frozen
class Agency:
    """One row of the agency table."""

    name: str
    kind: str
    country: str | None


#: Guillemets and quotation marks that some agencies print around their names
#: ("НИАТ «Ховар»", "«Азия-Плюс»"): no part of the name.
_NAME_QUOTES = str.maketrans("", "", "«»“”„")


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").translate(_NAME_QUOTES).casefold().split())


def _build_index() -> tuple[dict[str, Agency], dict[str, Agency]]:
    """Read the table into (alias key -> agency, code as printed -> agency)."""
    by_alias: dict[str, Agency] = {}
    by_code: dict[str, Agency] = {}
    for row in read_table("agencies.tsv"):
        agency = Agency(row["canonical"], row["kind"], row["country"] or None)
        for alias in (row["canonical"], *row["aliases"].split("|")):
            if alias:
                by_alias.setdefault(_key(alias), agency)
        for code in row["codes"].split("|"):
            if code:
                by_code.setdefault(code, agency)
    return by_alias, by_code


_INDEX = Lazy(_build_index)


def _compact(text: str) -> str:
    """A name as a web address writes it: case-folded letters and digits only."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _build_sites() -> dict[str, Agency]:
    """Names of several words run together, as in a site's address ("chinadaily",
    "dailysabah", "arabnews"), to their agency."""
    by_alias, _ = _INDEX.get()
    return {_compact(alias): agency for alias, agency in by_alias.items() if " " in alias}


_SITES = Lazy(_build_sites)


def _build_last_words() -> frozenset[str]:
    by_alias, by_code = _INDEX.get()
    words = {alias.rsplit(" ", 1)[-1] for alias in by_alias}
    words.update(code.casefold() for code in by_code)
    return frozenset(words)


_LAST_WORDS = Lazy(_build_last_words)


def agency_last_words() -> frozenset[str]:
    """The last words (case-folded) of every agency name and code: a quick first test."""
    return _LAST_WORDS.get()


def agency_info(name: str) -> Agency | None:
    """Return the table row for an agency name or code as printed, or ``None``.

    Names match in any case ("REUTERS", "Xinhua News Agency"); codes only as
    printed ("AP", "AFP", "AA"), so that ordinary words are not taken for codes.

    >>> agency_info("AFP").name
    'Agence France-Presse'
    >>> agency_info("The Associated Press").name
    'Associated Press'
    """
    by_alias, by_code = _INDEX.get()
    text = name.strip()
    found = by_code.get(text)
    if found is None:
        found = by_alias.get(_key(text))
    return found


def canonical_agency(name: str) -> str | None:
    """Return the canonical name of an agency or outlet, or ``None`` when it is not one.

    >>> canonical_agency("Reuter")
    'Reuters'
    >>> canonical_agency("Yonhap News Agency")
    'Yonhap'
    >>> canonical_agency("Washington") is None
    True
    """
    found = agency_info(name)
    return None if found is None else found.name


def site_agency(name: str) -> str | None:
    """Return the agency whose name of several words a web address runs together
    ("chinadaily" in "chinadaily.com.cn"), or ``None``.

    >>> site_agency("chinadaily"), site_agency("globaltimes"), site_agency("trend")
    ('China Daily', 'Global Times', None)
    """
    found = _SITES.get().get(_compact(name))
    return None if found is None else found.name
