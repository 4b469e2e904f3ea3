"""What the gazetteer of office holders adds to an official read from text.

"Foreign Ministry spokesperson Maria Zakharova" names a person and an office but no state;
"his counterpart Mevlut Cavusoglu" names no office; "Sheikh Tamim bin Hamad Al Thani" names
neither. A reader of news knows these people; :func:`complete` fills what the text leaves
out from :mod:`~accordlib.officials.holders`, at the story's date:

* the **country** when the text names none (or only implies one by a title's wording), the
  **organisation** of an officer of one, and the **title** when the text gives none or only
  "counterpart" (whose office the reader may have mirrored from the other party's: the
  person's own office that day is better knowledge);
* only when the name points to **one person** in office at that date (without a date: one
  person ever) whose office agrees with what the text says: the same state or organisation
  when the text names one, the same role when the text gives a title. A surname alone
  ("President Roh") must also agree on the role; two people of one state (two Presidents
  Roh) give that state, not a title;
* never over what the text says: a printed country, organisation or title stays, and every
  filled field is listed in ``Found.inferred``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs

from accordlib.officials.entities import org_lookup
from accordlib.officials.found import Found
from accordlib.officials.holders import (
    Holder,
    dated,
    gazetteer,
    holder_key,
    one_person,
    pick,
)
from accordlib.officials.model import Role, Title

__all__ = ["STATE_OFFICES", "complete", "known", "terms"]

#: Organisations whose officers serve no state ("UN", "Hamas"): a name there takes no country.
_STATELESS = frozenset({"igo", "nonstate"})
_COUNTERPART = "Counterpart"
#: Offices that only a state has: their holder is no officer of an organisation.
STATE_OFFICES = frozenset(
    {
        Role.HEAD_OF_STATE,
        Role.HEAD_OF_GOVERNMENT,
        Role.MONARCH,
        Role.HEIR,
        Role.DEPUTY_HEAD_OF_STATE,
        Role.DEPUTY_HEAD_OF_GOVERNMENT,
        Role.FOREIGN_MINISTER,
        Role.MINISTER,
    }
)


def terms(name: str, day: dt.date | None) -> tuple[Holder, ...]:
    """The terms of the office holders called ``name`` that include ``day`` (all without)."""
    rows = gazetteer().by_key.get(holder_key(name), ())
    if day is None or not rows:
        return rows
    return tuple(row for row in rows if row.holds(day))


def known(name: str | None, day: dt.date | None) -> bool:
    """Whether ``name`` is one person of the gazetteer at ``day``."""
    return name is not None and one_person(terms(name, day))


def complete(items: list[Found], day: dt.date | None, office: Callable[[Holder], Title]) -> None:
    """Fill the country, organisation and title that the text leaves out, in place.

    ``office`` makes the :class:`Title` of a holder's office (the reader's own reading of the
    table's canonical title, so that a filled title equals a printed one).
    """
    for item in items:
        if item.name is None:
            continue
        title = item.title
        if (
            title is not None
            and item.country is not None
            and not item.implied
            and title.canonical != _COUNTERPART
            and not item.mirrored
        ):
            continue  # the text says all the gazetteer could (the common case: no look-up)
        _complete(item, day, office)


def _complete(item: Found, day: dt.date | None, office: Callable[[Holder], Title]) -> None:
    rows = _agreeing(list(terms(item.name or "", day)), item)
    if not rows:
        return
    title = item.title
    untitled = title is None or title.canonical == _COUNTERPART or item.mirrored
    if title is not None and not untitled:
        rows = _same_office(rows, title, item.name or "")
        if not rows:
            return
    elif title is not None and item.mirrored:
        # a counterpart who holds (or held) the other party's office as well as another:
        # that office is the one the text speaks of ("his Polish counterpart", a foreign
        # minister who is also deputy prime minister)
        rows = [row for row in rows if row.role is title.role] or rows
    if one_person(rows):
        _fill(item, dated(pick(rows, day), day), untitled, office)
    elif not untitled:
        _fill_country(item, rows, day)


def _same_office(rows: list[Holder], title: Title, name: str) -> list[Holder]:
    """The terms that agree with the office the text prints: of its role or title; else, for
    a full name, the person's other terms (of a state when the office is a state's: "Head of
    Government X", later President of the UN General Assembly); else none ("Governor Abbott"
    is not Australia's Tony Abbott)."""
    same = [row for row in rows if row.role is title.role or row.title == title.canonical]
    if same:
        return same
    if " " not in holder_key(name):
        return []
    if title.role in STATE_OFFICES:
        return [row for row in rows if row.country is not None]
    return rows


def _agreeing(rows: list[Holder], item: Found) -> list[Holder]:
    """The terms that agree with the state or organisation the text names."""
    if not rows:
        return rows
    if item.country is not None and not item.implied:
        code = item.country.alpha3
        return [row for row in rows if row.country is not None and row.country.alpha3 == code]
    if item.organization is not None:
        org = org_lookup(item.organization)
        if org is not None and org.kind in _STATELESS:
            return [row for row in rows if row.organization == org.canonical]
        return [row for row in rows if row.country is not None]  # a state's body
    return rows


def _fill(item: Found, row: Holder, untitled: bool, office: Callable[[Holder], Title]) -> None:
    inferred = list(item.inferred)
    title = item.title
    if untitled:
        made = office(row)
        if title is None:
            item.title = made
            inferred.append("title")
        elif (title.canonical, title.role) != (made.canonical, made.role):
            # "counterpart" as printed, the office it stands for
            item.title = attrs.evolve(
                title, canonical=made.canonical, role=made.role, portfolio=made.portfolio
            )
            inferred.append("title")
    if row.country is not None and (item.country is None or item.implied):
        if item.country != row.country:
            item.country = row.country
            inferred.append("country")
        item.implied = False
    if row.organization is not None and item.organization is None:
        item.organization = row.organization
        inferred.append("organization")
    item.inferred = tuple(inferred)


def _fill_country(item: Found, rows: list[Holder], day: dt.date | None) -> None:
    """Several people, one state: "President Roh" is South Korea's whichever Roh he is."""
    if item.country is not None and not item.implied:
        return
    first = rows[0].country
    if first is None or any(row.country != first for row in rows):
        return
    country = dated(rows[0], day).country
    if item.country != country:
        item.country = country
        item.inferred = (*item.inferred, "country")
    item.implied = False
