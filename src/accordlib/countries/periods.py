"""Countries at a date: which state a name meant then (``country_periods.tsv``).

A 1987 story that says "Moscow" or "Bonn" means the Soviet Union or West Germany. Every
look-up first resolves a name as today (the table of spellings does not change with the
date); :func:`at_date` then maps that answer to the state of the day:

* a row for one **spelling** ("Congo" between 1971 and 1997 is the Republic of the Congo,
  "Berlin" between 1949 and 1990 is either German state) wins;
* else a row for the **country** the name resolves to today ("Kyiv", "Ukraine" and
  "Ukrainian" resolve to Ukraine, which until 1991-12-26 was part of the Soviet Union);
* a state that was the same state under another name keeps its codes and takes its name
  of the day (West Germany, Zaire, Burma: ``Country(DEU: West Germany)`` equals Germany).

ISO 3166 codes are identifiers of today's entities and are never mapped.
"""

from __future__ import annotations

import datetime as dt

from accordlib._util.lazy import Lazy
from accordlib._util.memo import Memo
from accordlib._util.tables import Row, read_table
from accordlib.countries.index import index
from accordlib.countries.key import name_key
from accordlib.countries.model import Country, Entry

__all__ = ["Period", "Periods", "at_date", "periods"]


class Period:
    """One row: from ``start`` (inclusive) to ``end`` (exclusive), the state was ``then``."""

    __slots__ = ("end", "start", "then")

    def __init__(self, start: dt.date | None, end: dt.date | None, then: Entry) -> None:
        self.start = start
        self.end = end
        self.then = then

    def holds(self, day: dt.date) -> bool:
        """Whether ``day`` falls in the period."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


class Periods:
    """The periods by today's country and by spelling key, read from the table once."""

    __slots__ = ("by_country", "by_key", "codes", "renamed")

    def __init__(self) -> None:
        idx = index()
        rows = read_table("country_periods.tsv")
        #: alpha-3 -> the periods in which the same state had another name, and that name.
        self.renamed: dict[str, list[tuple[Period, Country]]] = {}
        for row in rows:
            if row["name"] and row["then"] == row["alpha3"]:
                base = idx.by_alpha3[row["alpha3"]]
                country = Country(
                    base.alpha2,
                    base.alpha3,
                    base.numeric,
                    row["name"],
                    row["official_name"] or None,
                )
                self.renamed.setdefault(row["alpha3"], []).append(
                    (Period(_day(row["start"]), _day(row["end"]), country), country)
                )
        self.by_country: dict[str, list[Period]] = {}
        self.by_key: dict[str, list[Period]] = {}
        for row in rows:
            period = Period(_day(row["start"]), _day(row["end"]), self._then(row))
            if row["spelling"]:
                self.by_key.setdefault(name_key(row["spelling"]), []).append(period)
            else:
                self.by_country.setdefault(row["alpha3"], []).append(period)
        #: The ISO codes (upper case), which are never mapped.
        self.codes = frozenset(
            row["text"].upper() for row in read_table("country_names.tsv") if row["kind"] == "code"
        )

    @staticmethod
    def _then(row: Row) -> Entry:
        """The entry of a row's ``then`` cell (a renamed state gets its name of the day from
        :meth:`state` at look-up time)."""
        by_alpha3 = index().by_alpha3
        found = tuple(by_alpha3[code] for code in row["then"].split())
        return found[0] if len(found) == 1 else found

    def state(self, country: Country, day: dt.date) -> Country:
        """``country`` under its name of ``day`` (West Germany, Zaire...)."""
        for period, named in self.renamed.get(country.alpha3, ()):
            if period.holds(day):
                return named
        return country

    def mapped(self, entry: Entry, found: list[Period] | None, day: dt.date) -> Entry:
        """``entry`` (today's answer) at ``day``, given the spelling's own periods."""
        for period in found or ():
            if period.holds(day):
                return self._named(period.then, day)
        if isinstance(entry, Country):
            for period in self.by_country.get(entry.alpha3, ()):
                if period.holds(day):
                    return self._named(period.then, day)
        return entry

    def _named(self, then: Entry, day: dt.date) -> Entry:
        if isinstance(then, Country):
            return self.state(then, day)
        return tuple(self.state(country, day) for country in then)


def _day(cell: str) -> dt.date | None:
    return dt.date.fromisoformat(cell) if cell else None


_PERIODS: Lazy[Periods] = Lazy(Periods)
# The periods of each spelling seen in prose or look-ups, by its text (bounded).
_spelling_periods: Memo[str, list[Period] | None] = Memo(max_entries=65536, max_key_length=120)


def periods() -> Periods:
    """The periods table, read on first use."""
    return _PERIODS.get()


def at_date(spelling: str, entry: Entry, day: dt.date) -> Entry:
    """What ``spelling``, resolved today to ``entry``, meant on ``day``."""
    table = periods()
    if isinstance(entry, tuple) and not entry:
        return entry  # never a country: blocked look-alikes stay blocked
    if spelling.strip().upper() in table.codes:
        return entry
    found = _spelling_periods.get(spelling)
    if found is None and len(spelling) <= _spelling_periods.max_key_length:
        found = _spelling_periods.put(spelling, table.by_key.get(name_key(spelling)) or [])
    elif found is None:
        found = table.by_key.get(name_key(spelling))
    return table.mapped(entry, found, day)
