"""Country look-up by name: every way the news names a country, resolved to one
:class:`~accordlib.countries.model.Country` (or to several, when ambiguous)."""

from __future__ import annotations

import re
from collections.abc import Callable

from accordlib._util.memo import Memo
from accordlib._util.text import require_str
from accordlib.countries.index import index
from accordlib.countries.key import name_key
from accordlib.countries.model import Country, Entry
from accordlib.errors import AmbiguousCountryError, CountryNotFoundError

__all__ = ["get_country", "lookup_country"]

# Longer than any spelling in the tables (about 70 characters) with a qualifier or two.
_LONGEST_NAME = 200
# Look-ups already made (name -> entry), beside the table's exact spellings (_exact).
# Entries are a Country, a tuple of candidates (ambiguous) or () (unknown). The hot paths
# test "is it a tuple" rather than "is it a Country", which also holds when a test runner
# imports this file a second time under another module name.
_memo: Memo[str, Entry] = Memo(max_entries=65536, max_key_length=120)
_exact: dict[str, Entry] = {}


def _resolve(name: str) -> Entry:
    """Slow path: load the index on first use, then look ``name`` up by its normalised key."""
    if not _exact:
        _exact.update(index().exact)
    return _memo.put(name, _lookup_variants(name, 2))


# "Guam (US)", "Sudan (former)", "France(+DOM TOM)": a parenthetical qualifier.
_PAREN = re.compile(r"^(?P<head>[^()]*?)\s*\((?P<qual>[^()]*)\)(?P<tail>[^()]*)$")
# "China excluding Hong Kong": the first country is the answer.
_EXCLUDING = re.compile(r"\s(?:excluding|excl\.|except|without|ex\.)\s", re.IGNORECASE)
# A compound adjective: "U.S.-led", "Saudi-backed", "Iranian-made".
_COMPOUND = re.compile(
    r"^(?P<head>.+?)-(?:led|backed|based|born|made|owned|brokered|era|style|allied|sponsored"
    r"|funded|run|controlled|occupied|administered|bound)$",
    re.IGNORECASE,
)
# A government form before a name ("Oriental Republic of Uruguay").
_GOVERNMENT_FORM = re.compile(
    r"""^(?:the\s+)?
    (?:(?:co-?operative|oriental|federal|federative|independent|democratic|socialist|islamic
        |united|sovereign|territorial|overseas|people'?s|soviet|arab|hashemite|plurinational
        |bolivarian|great\s+socialist|popular)\s+)*
    (?:commonwealth|republic|state|kingdom|territory|country|principality|sultanate
       |grand\s+duchy|duchy|collectivity|union|nation|emirate|federation|confederation)
    \s+of\s+(?:the\s+)?""",
    re.IGNORECASE | re.VERBOSE,
)
# A qualifier that says the head is not a country ("Georgia (U.S. state)").
_SUBNATIONAL = re.compile(r"\b(?:state|province|county|city|region)\b", re.IGNORECASE)
# A name and what follows an exclusion word.
_TWO_PARTS = 2


def _lookup_variants(name: str, depth: int) -> Entry:
    """Look ``name`` up by key, then try the repairs peers' data needs (bounded depth).

    Each repair in :data:`_REPAIRS` either does not apply (``None``) or gives the answer;
    the first that applies wins. Repairs look their parts up again with ``depth - 1``.
    """
    entry = _keyed_entry(name)
    if entry is not None or depth == 0:
        return () if entry is None else entry
    for repair in _REPAIRS:
        found = repair(name, depth - 1)
        if found is not None:
            return found
    return ()


def _keyed_entry(name: str) -> Entry | None:
    """The table's entry for the exact spelling, else for the normalised key, else ``None``."""
    idx = index()
    entry = idx.exact.get(name)
    if entry is None:
        if len(name) > _LONGEST_NAME:
            name = name.strip()
            if len(name) > _LONGEST_NAME:
                return ()  # longer than any name with its qualifiers: not worth normalising
        entry = idx.keyed.get(name_key(name))
    return entry


def _repair_mojibake(name: str, depth: int) -> Entry | None:
    """UTF-8 read as Latin-1/cp1252 ("CÃ´te d'Ivoire"): decode it again."""
    if "Ã" in name or "Â" in name:
        for codec in ("cp1252", "latin-1"):
            try:
                repaired = name.encode(codec).decode("utf-8")
            except UnicodeError:
                continue
            return _lookup_variants(repaired, depth)
    return None


def _repair_parenthetical(name: str, depth: int) -> Entry | None:
    """A qualifier in brackets: "Guam (US)", "Congo (DRC)", "Sudan (former)"."""
    found = _PAREN.match(name)
    if found is None:
        return None
    if _SUBNATIONAL.search(found["qual"]):
        return ()  # "Georgia (U.S. state)"
    base = _lookup_variants((found["head"] + found["tail"]).strip(), depth)
    qualifier = _lookup_variants(found["qual"], depth)
    if not isinstance(base, tuple) and not isinstance(qualifier, tuple) and base != qualifier:
        # A sovereign after a territory ("Guam (US)"); after "Georgia" it means the US state.
        return () if base.alpha3 == "GEO" else base
    if isinstance(base, tuple) and qualifier in base:
        return qualifier  # the qualifier picks one of the candidates: "Congo (DRC)"
    return base


def _repair_excluding(name: str, depth: int) -> Entry | None:
    """An exclusion ("China excluding Hong Kong"): the country before it is the answer."""
    parts = _EXCLUDING.split(name, maxsplit=1)
    if len(parts) == _TWO_PARTS:
        return _lookup_variants(parts[0], depth)
    return None


def _repair_compound(name: str, depth: int) -> Entry | None:
    """A compound adjective: "U.S.-led", "Saudi-backed", "Soviet-era"."""
    compound = _COMPOUND.match(name)
    if compound is None:
        return None
    return _lookup_variants(compound["head"], depth)


def _repair_government_form(name: str, depth: int) -> Entry | None:
    """A government form before a name the tables spell differently ("Oriental Republic of
    Uruguay", "Commonwealth of Australia"); exact forms ("Republic of China") won above."""
    form = _GOVERNMENT_FORM.match(name)
    if form is None or form.end() >= len(name):
        return None
    found = _lookup_variants(name[form.end() :], depth)
    return None if found == () else found


def _repair_comma(name: str, depth: int) -> Entry | None:
    """A comma: "Paris, France", "Nation of Brunei, Abode of Peace" (not "Georgia, USA")."""
    head, comma, rest = name.partition(",")
    if not (comma and head.strip() and rest.strip()):
        return None
    if _SUBNATIONAL.search(rest):
        return ()
    first = _lookup_variants(head, depth)
    if isinstance(first, tuple):
        return ()
    second = _lookup_variants(rest, depth)
    if not isinstance(second, tuple) and second != first and first.alpha3 == "GEO":
        return ()
    return first


def _repair_colon(name: str, depth: int) -> Entry | None:
    """A colon ("Tanzania: Zanzibar"): the part after the last colon, else the part before it."""
    if ":" not in name:
        return None
    head, _, tail = name.rpartition(":")
    last = _lookup_variants(tail, depth)
    if not isinstance(last, tuple):
        return last
    return _lookup_variants(head, depth)


#: The repairs, in the order they are tried.
_REPAIRS: tuple[Callable[[str, int], Entry | None], ...] = (
    _repair_mojibake,
    _repair_parenthetical,
    _repair_excluding,
    _repair_compound,
    _repair_government_form,
    _repair_comma,
    _repair_colon,
)


def _entry(name: str) -> Entry:
    """The table entry for ``name``: exact spelling, then earlier look-ups, then resolution."""
    if len(name) > _LONGEST_NAME:
        # Never hash a long input: strip() looks only at its ends (it returns the same
        # object when there is nothing to strip), so long junk costs O(1).
        name = name.strip()
        if len(name) > _LONGEST_NAME:
            return ()
    entry = _exact.get(name)
    if entry is None:
        entry = _memo.get(name)
        if entry is None:
            entry = _resolve(name)
    return entry


def get_country(name: str) -> Country | None:
    """Return the country ``name`` refers to, or ``None`` if it is unknown or ambiguous.

    ``name`` may be an ISO 3166-1 code of any case (``"de"``, ``"DEU"``, ``"276"``), a name,
    a short form or abbreviation, a former name, a demonym or a capital::

        >>> get_country("U.S.")
        Country(USA: United States)
        >>> get_country("the UAE").alpha3, get_country("Kazakh").alpha3
        ('ARE', 'KAZ')
        >>> get_country("Korea") is None  # ambiguous: see lookup_country
        True
    """
    require_str(name, "name")
    entry = _entry(name)
    return None if isinstance(entry, tuple) else entry


def lookup_country(name: str) -> Country:
    """Return the country ``name`` refers to; raise if there is not exactly one.

    Raises :class:`~accordlib.errors.AmbiguousCountryError` (with ``.candidates``) when the
    name fits several countries, :class:`~accordlib.errors.CountryNotFoundError` when it
    fits none::

        >>> lookup_country("Congo")
        Traceback (most recent call last):
        ...
        accordlib.errors.AmbiguousCountryError: 'Congo' is ambiguous: it may mean ...
    """
    require_str(name, "name")
    entry = _entry(name)
    if not isinstance(entry, tuple):
        return entry
    if entry:
        raise AmbiguousCountryError(name, entry)
    raise CountryNotFoundError(name)
