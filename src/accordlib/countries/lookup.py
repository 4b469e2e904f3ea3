"""Country look-up by name: every way the news names a country, resolved to one
:class:`~accordlib.countries.model.Country` (or to several, when ambiguous)."""

from __future__ import annotations

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib._util.memo import Memo
from accordlib._util.text import require_str
from accordlib.countries.index import fold_ascii, index
from accordlib.countries.model import Country, Entry
from accordlib.countries.periods import at_date
from accordlib.countries.repair import LONGEST_NAME as _LONGEST_NAME
from accordlib.countries.repair import lookup_variants
from accordlib.errors import AmbiguousCountryError, CountryNotFoundError

__all__ = ["get_country", "lookup_country"]

# How many repairs may be stacked ("Pyngyang, DPRK": a comma, then a misspelling).
_REPAIR_DEPTH = 2
# Look-ups already made (name -> entry), beside the table's exact spellings (_exact).
# Entries are a Country, a tuple of candidates (ambiguous) or () (unknown). The hot paths
# test "is it a tuple" rather than "is it a Country", which also holds when a test runner
# imports this file a second time under another module name.
_memo: Memo[str, Entry] = Memo(max_entries=65536, max_key_length=120)
_exact: dict[str, Entry] = {}


def _resolve(name: str) -> Entry:
    """Slow path: load the index on first use, then look ``name`` up: an ASCII name by its
    folded form (case and spacing: no normalisation needed), else by its normalised key."""
    idx = index()
    if not _exact:
        _exact.update(idx.exact)
    if name.isascii():
        entry = idx.folded.get(fold_ascii(name))
        if entry is not None:
            return _memo.put(name, entry, len(name))
    return _memo.put(name, lookup_variants(name, _REPAIR_DEPTH), len(name))


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


def _dated(name: str, entry: Entry, date: PublishedLike) -> Entry:
    """``entry`` (what ``name`` means today) at ``date``, when a date is given."""
    day = coerce_published(date, what="date")
    return entry if day is None else at_date(name, entry, day)


def get_country(name: str, *, date: PublishedLike = None) -> Country | None:
    """Return the country ``name`` refers to, or ``None`` if it is unknown or ambiguous.

    ``name`` may be an ISO 3166-1 code of any case (``"de"``, ``"DEU"``, ``"276"``), a name,
    a short form or abbreviation, a former name, a demonym or a capital. With ``date`` (a
    :class:`~datetime.date`, a datetime or a string with a year), a name means the state of
    that day: ``get_country("Moscow", date="1987-05-01")`` is the Soviet Union::

        >>> get_country("U.S.")
        Country(USA: United States)
        >>> get_country("the UAE").alpha3, get_country("Kazakh").alpha3
        ('ARE', 'KAZ')
        >>> get_country("Korea") is None  # ambiguous: see lookup_country
        True
    """
    require_str(name, "name")
    entry = _entry(name)
    if date is not None:
        entry = _dated(name, entry, date)
    return None if isinstance(entry, tuple) else entry


def lookup_country(name: str, *, date: PublishedLike = None) -> Country:
    """Return the country ``name`` refers to (at ``date``, as :func:`get_country` reads it);
    raise if there is not exactly one.

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
    if date is not None:
        entry = _dated(name, entry, date)
    if not isinstance(entry, tuple):
        return entry
    if entry:
        raise AmbiguousCountryError(name, entry)
    raise CountryNotFoundError(name)
