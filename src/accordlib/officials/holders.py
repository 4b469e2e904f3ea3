"""Who held which office when: the gazetteer of office holders (``office_holders.tsv``).

A reader of news knows that "Foreign Ministry spokesperson Maria Zakharova" speaks for
Russia and that "Chancellor Olaf Scholz" led Germany's government from December 2021;
the officials reader asks this module when the text does not say. Each row of the table
is one person in one office for one term: name, other spellings and the forms used
alone ("Erdogan"), country (or organisation), canonical title, :class:`Role`, first and
last day, source.

Names are matched by a folded key (:func:`holder_key`): case, accents, hyphens, dots and
apostrophes do not count, single letters run together ("J.D." = "JD"), and the common
transliterations of a few given names meet ("Mohammad", "Muhammad" = "Mohammed", from
``name_variants.tsv``). A key is looked up in one dictionary.

**At a date** (a story's date), only the terms that include that day count. **Without a
date**, every term counts; a name that points to one person gives that person's latest
office. A name that points to two people (two Presidents Bush) gives no holder, though
:func:`holder_country` still gives their country when they share it.

:func:`holder` and :func:`holder_country` are for callers that read names alone (the
event extractor's participants: "Putin said"); :func:`holders` lists every term.
"""

from __future__ import annotations

import datetime as dt

import attrs

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib._util.lazy import Lazy
from accordlib._util.memo import Memo
from accordlib._util.tables import Row, read_table
from accordlib._util.text import strip_accents
from accordlib.countries.model import Country
from accordlib.countries.periods import periods
from accordlib.officials.entities import country_code
from accordlib.officials.lexicon import lexicon, org_key
from accordlib.officials.model import ROLE_PRIORITY, Role

__all__ = [
    "Gazetteer",
    "Holder",
    "dated",
    "gazetteer",
    "holder",
    "holder_country",
    "holder_key",
    "holders",
    "one_person",
    "pick",
]

#: The keys of names seen in text are remembered: this many, of names up to this long.
_KEY_MEMO_ENTRIES = 1 << 14
_KEY_MEMO_LENGTH = 80
#: Characters that separate the parts of a name in a key (hyphens, dots, commas).
_SEPARATORS = str.maketrans(
    {
        "-": " ",
        "\u2010": " ",
        "\u2011": " ",
        "\u2013": " ",
        ".": " ",
        ",": " ",
        "'": "",
        "\u2019": "",
        "\u2018": "",
        "\u02bc": "",
        "`": "",
    }
)


@attrs.frozen
class Holder:
    """One person in one office for one term (one row of ``office_holders.tsv``).

    ``country`` is the state the office belongs to, ``organization`` the intergovernmental
    organisation for its officers (then ``country`` is ``None``). ``start`` and ``end`` are
    the first and last day in office, both included; ``end`` is ``None`` while the term
    runs (as far as the table knows). ``source`` says where the facts can be checked.
    """

    name: str
    aliases: tuple[str, ...]
    country: Country | None
    organization: str | None
    title: str
    role: Role
    start: dt.date
    end: dt.date | None
    source: str

    def holds(self, day: dt.date) -> bool:
        """Whether the term includes ``day``."""
        return self.start <= day and (self.end is None or day <= self.end)


class Gazetteer:
    """The table, indexed by the folded key of every name and alias."""

    __slots__ = ("by_key", "rows")

    def __init__(self, rows: tuple[Holder, ...]) -> None:
        self.rows = rows
        by_key: dict[str, list[Holder]] = {}
        for row in rows:
            keys = {holder_key(row.name)} | {holder_key(alias) for alias in row.aliases}
            for key in keys:
                if key:
                    by_key.setdefault(key, []).append(row)
        #: folded name -> every term of every person so called, in table order
        self.by_key: dict[str, tuple[Holder, ...]] = {k: tuple(v) for k, v in by_key.items()}


def _day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _holder(row: Row) -> Holder:
    start = _day(row["start"])
    if start is None:
        raise ValueError(f"office_holders.tsv: {row['name']!r} has no start date")
    country = country_code(row["country"]) if row["country"] else None
    return Holder(
        name=row["name"],
        aliases=tuple(a.strip() for a in row["aliases"].split(";") if a.strip()),
        country=country,
        organization=_organization(row["organization"]),
        title=row["title"],
        role=Role[row["role"]],
        start=start,
        end=_day(row["end"]),
        source=row["source"],
    )


def _organization(name: str) -> str | None:
    """The organisation as the officials reader names it: an organ of one under its own name
    ("European Commission": the European Union, as ``organizations.tsv`` says)."""
    if not name:
        return None
    org = lexicon().orgs.get(org_key(name))
    return org.canonical if org is not None else name


def _build() -> Gazetteer:
    return Gazetteer(tuple(_holder(row) for row in read_table("office_holders.tsv")))


_GAZETTEER = Lazy(_build)


def gazetteer() -> Gazetteer:
    """The one :class:`Gazetteer`, built on first use."""
    return _GAZETTEER.get()


def _variants() -> dict[str, str]:
    return {row["variant"]: row["standard"] for row in read_table("name_variants.tsv")}


_VARIANTS = Lazy(_variants)
_KEYS: Memo[str, str] = Memo(max_entries=_KEY_MEMO_ENTRIES, max_key_length=_KEY_MEMO_LENGTH)


def holder_key(name: str) -> str:
    """The folded key a name is matched by: "Kassym-Jomart Tokayev" -> "kassym jomart tokayev".

    Case, accents, hyphens, dots and apostrophes do not count; runs of single letters join
    ("J. D. Vance" -> "jd vance"); a few given names meet in one transliteration.
    """
    key = _KEYS.get(name)
    if key is None:
        key = _KEYS.put(name, _key(name))
    return key


def _key(name: str) -> str:
    text = name.lower()
    if not text.isascii():
        text = strip_accents(text).lower()  # "𝕬" is "A" once decomposed
    words = text.translate(_SEPARATORS).split()
    variants = _VARIANTS.get()
    merged: list[str] = []
    run = ""
    for word in words:
        if len(word) == 1:
            run += word
            continue
        if run:
            merged.append(run)
            run = ""
        merged.append(variants.get(word, word))
    if run:
        merged.append(run)
    return " ".join(merged)


def _coerce(date: PublishedLike) -> dt.date | None:
    return date if type(date) is dt.date else coerce_published(date, what="date")


def holders(name: str, date: PublishedLike = None) -> tuple[Holder, ...]:
    """Every term of every office holder called ``name``; with ``date``, those that include it.

    ``date`` is a :class:`~datetime.date`, a datetime or a string with a year.
    """
    found = gazetteer().by_key.get(holder_key(name), ())
    day = _coerce(date)
    if day is None or not found:
        return found
    return tuple(row for row in found if row.holds(day))


def one_person(rows: tuple[Holder, ...] | list[Holder]) -> bool:
    """Whether the terms are all one person's (the table writes a person's name one way)."""
    if len(rows) == 1:
        return True
    return bool(rows) and all(row.name == rows[0].name for row in rows)


def pick(rows: tuple[Holder, ...] | list[Holder], day: dt.date | None) -> Holder:
    """One person's term to report: at a date, the office that matters most for diplomacy
    among those held that day; without one, the latest office (of equals, the one that
    matters most)."""
    if len(rows) == 1:
        return rows[0]
    if day is not None:
        return min(rows, key=lambda row: ROLE_PRIORITY[row.role])
    return max(rows, key=lambda row: (row.start, -ROLE_PRIORITY[row.role]))


def holder(name: str, date: PublishedLike = None, *, role: Role | None = None) -> Holder | None:
    """The one office holder ``name`` means at ``date``, else ``None``.

    ``name`` is a person's name as printed, without honorifics ("Vladimir Putin", "Putin",
    "Tamim bin Hamad Al Thani"); a surname alone matches only where the table lists it. With
    ``role``, a term in that role is preferred (the text says "President Erdogan"). ``None``
    when no one or more than one person is so called at that date (without a date: ever)::

        >>> from accordlib.officials.holders import holder
        >>> h = holder("Erdogan", "2016-07-16")
        >>> h.name, h.title, h.country.alpha3
        ('Recep Tayyip Erdoğan', 'President', 'TUR')
        >>> holder("Erdogan", "2010-01-01").title
        'Prime Minister'
    """
    rows = holders(name, date)
    if not rows:
        return None
    if role is not None:
        rows = tuple(row for row in rows if row.role is role) or rows
    if not one_person(rows):
        return None
    day = _coerce(date)
    return dated(pick(rows, day), day)


def holder_country(name: str, date: PublishedLike = None) -> Country | None:
    """The state of the office holder(s) called ``name`` at ``date``, when they all served
    one state ("President Bush": either Bush, the United States); ``None`` otherwise or for
    officers of international organisations."""
    rows = holders(name, date)
    if not rows:
        return None
    first = rows[0].country
    if first is None or any(row.country != first for row in rows):
        return None
    day = _coerce(date)
    return _country_at(first, day) if day is not None else first


def dated(row: Holder, day: dt.date | None) -> Holder:
    """``row`` with its country named as it was on ``day`` (West Germany in 1987)."""
    if day is None or row.country is None:
        return row
    country = _country_at(row.country, day)
    return row if country is row.country else attrs.evolve(row, country=country)


def _country_at(country: Country, day: dt.date) -> Country:
    for period, then in periods().renamed.get(country.alpha3, ()):
        if period.holds(day):
            return then
    return country
