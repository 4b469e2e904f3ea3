"""The gazetteer of office holders: look-ups at a date, and what it adds to officials in text.

Tables by mechanism: who holds an office at a date, how names are folded, when a name is
ambiguous, what ``parse_official`` and ``find_officials`` fill in (and what they never
override), and the integrity of ``office_holders.tsv`` itself. The people are real office
holders (facts from the table); the sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accordlib import Role, find_officials, get_country, parse_official
from accordlib.officials import holders
from accordlib.officials.holders import (
    gazetteer,
    holder,
    holder_country,
    holder_key,
)

# -- who holds an office at a date --------------------------------------------------------


class AtDate(NamedTuple):
    name: str
    date: str | None
    holder: str | None  # the table's name of the person, None: nobody (or several)
    title: str | None = None
    country: str | None = None


AT_DATE = [
    AtDate("Erdogan", "2010-03-01", "Recep Tayyip Erdoğan", "Prime Minister", "TUR"),
    AtDate("Erdogan", "2020-03-01", "Recep Tayyip Erdoğan", "President", "TUR"),
    AtDate("Erdogan", "1995-03-01", None),  # in no office of the table then
    AtDate("Putin", "2010-06-01", "Vladimir Putin", "Prime Minister", "RUS"),
    AtDate("Vladimir Putin", "2024-06-01", "Vladimir Putin", "President", "RUS"),
    AtDate("Medvedev", "2010-06-01", "Dmitry Medvedev", "President", "RUS"),
    AtDate("Lavrov", "1999-06-01", "Sergey Lavrov", "Ambassador to the United Nations", "RUS"),
    AtDate("Scholz", "2023-02-01", "Olaf Scholz", "Chancellor", "DEU"),
    AtDate("Genscher", "1987-05-04", "Hans-Dietrich Genscher", "Foreign Minister", "DEU"),
    AtDate("Shevardnadze", "1987-05-04", "Eduard Shevardnadze", "Foreign Minister", "SUN"),
    AtDate("Shevardnadze", "2000-05-04", "Eduard Shevardnadze", "President", "GEO"),
    AtDate("Guterres", "2010-01-01", "António Guterres", "High Commissioner for Refugees", None),
    AtDate("Guterres", "2020-01-01", "António Guterres", "Secretary-General", None),
    # a term's first and last days both count
    AtDate("Obama", "2009-01-20", "Barack Obama", "President", "USA"),
    AtDate("Obama", "2017-01-20", "Barack Obama", "President", "USA"),
    AtDate("Obama", "2017-01-21", None),
    # without a date: the person's latest office
    AtDate("Tokayev", None, "Kassym-Jomart Tokayev", "President", "KAZ"),
    AtDate("Sergei Lavrov", None, "Sergey Lavrov", "Foreign Minister", "RUS"),
]


@pytest.mark.parametrize("case", AT_DATE, ids=lambda c: f"{c.name}@{c.date}")
def test_the_holder_at_a_date(case: AtDate) -> None:
    found = holder(case.name, case.date)
    if case.holder is None:
        assert found is None
        return
    assert found is not None
    assert (found.name, found.title) == (case.holder, case.title)
    assert (found.country.alpha3 if found.country else None) == case.country


def test_a_role_picks_among_concurrent_offices() -> None:
    # Qatar's prime minister has also been its foreign minister since 2023
    day = "2024-05-01"
    assert holder("Mohammed bin Abdulrahman Al Thani", day).title == "Prime Minister"  # type: ignore[union-attr]
    chosen = holder("Mohammed bin Abdulrahman Al Thani", day, role=Role.FOREIGN_MINISTER)
    assert chosen is not None
    assert chosen.title == "Foreign Minister"


def test_a_state_is_named_as_it_was_that_day() -> None:
    kohl = holder("Helmut Kohl", dt.date(1987, 1, 26))
    assert kohl is not None
    assert kohl.country is not None
    assert (kohl.country.alpha3, kohl.country.name) == ("DEU", "West Germany")
    assert holder("Helmut Kohl", dt.date(1995, 1, 26)).country.name == "Germany"  # type: ignore[union-attr]


# -- names that point to several people ---------------------------------------------------

AMBIGUOUS = [
    # (name, date, the state they share or None)
    ("Bush", None, "USA"),  # father and son
    ("Roh", None, "KOR"),  # Roh Tae-woo and Roh Moo-hyun
    ("Clinton", None, "USA"),  # the president and the secretary of state
    ("Abdullah", "2010-01-01", None),  # the kings of Jordan and Saudi Arabia
    ("Hussein", "1990-08-02", None),  # Jordan's king and Iraq's president
]


@pytest.mark.parametrize(("name", "date", "country"), AMBIGUOUS)
def test_a_name_of_several_people_gives_no_holder(
    name: str, date: str | None, country: str | None
) -> None:
    assert holder(name, date) is None
    shared = holder_country(name, date)
    assert (shared.alpha3 if shared else None) == country


def test_a_date_tells_two_people_apart() -> None:
    assert holder("Bush", "1990-01-01").name == "George H. W. Bush"  # type: ignore[union-attr]
    assert holder("Bush", "2005-01-01").name == "George W. Bush"  # type: ignore[union-attr]
    assert holder("Roh", "2004-01-01").name == "Roh Moo-hyun"  # type: ignore[union-attr]


def test_a_surname_counts_only_where_the_table_lists_it() -> None:
    assert holder("Scholz") is not None
    assert holder("Olaf") is None  # a given name alone is nobody
    assert holder("Mike") is None


# -- how names are folded -----------------------------------------------------------------

SAME_KEY = [
    ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
    ("Kassym-Jomart Tokayev", "Kassym Jomart TOKAYEV"),
    ("J.D. Vance", "JD Vance"),
    ("J. D. Vance", "JD Vance"),
    ("Mohammad bin Salman", "Mohammed bin Salman"),
    ("Muhammad bin Salman", "Mohamed bin Salman"),
    ("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Sabah Al Ahmad Al Jaber Al Sabah"),
    ("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi"),
    ("Gideon Sa'ar", "Gideon Sa\u2019ar"),
    ("Sergei Lavrov", "Sergey Lavrov"),
]


@pytest.mark.parametrize(("one", "other"), SAME_KEY)
def test_spellings_of_one_name_fold_to_one_key(one: str, other: str) -> None:
    assert holder_key(one) == holder_key(other)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_holder_is_total_and_its_key_is_stable(name: str) -> None:
    key = holder_key(name)
    assert holder_key(key) == key  # folding a key changes nothing
    found = holder(name)
    assert found is None or holder_key(name) in {
        holder_key(n) for n in (found.name, *found.aliases)
    }


def test_remembered_keys_are_the_keys() -> None:
    for name in ("Kassym-Jomart Tokayev", "Mohammad bin Salman", "J. D. Vance"):
        assert holder_key(name) == holders._key(name)


# -- what the officials reader fills in ---------------------------------------------------


class Filled(NamedTuple):
    text: str
    date: str | None
    name: str
    title: str | None
    role: Role | None
    country: str | None
    organization: str | None
    inferred: tuple[str, ...]


FILLED = [
    # a title and a name, no state: the state of the one person so called
    Filled(
        "Foreign Ministry spokeswoman Maria Zakharova",
        "2022-03-01",
        "Maria Zakharova",
        "Spokesperson",
        Role.SPOKESPERSON,
        "RUS",
        "Foreign Ministry",
        ("country",),
    ),
    Filled(
        "Chancellor Angela Merkel",
        None,
        "Angela Merkel",
        "Chancellor",
        Role.HEAD_OF_GOVERNMENT,
        "DEU",
        None,
        ("country",),
    ),
    # a surname with the office the text gives: the state that day
    Filled(
        "Prime Minister Erdogan",
        "2012-01-10",
        "Erdogan",
        "Prime Minister",
        Role.HEAD_OF_GOVERNMENT,
        "TUR",
        None,
        ("country",),
    ),
    # two Presidents Roh, one state
    Filled(
        "President Roh",
        None,
        "Roh",
        "President",
        Role.HEAD_OF_STATE,
        "KOR",
        None,
        ("country",),
    ),
    # no title: the office held that day
    Filled(
        "Sheikh Tamim bin Hamad Al Thani",
        "2021-01-05",
        "Tamim bin Hamad Al Thani",
        "Emir",
        Role.MONARCH,
        "QAT",
        None,
        ("title", "country"),
    ),
    Filled(
        "Sheikh Tamim bin Hamad Al Thani",
        "2010-01-05",
        "Tamim bin Hamad Al Thani",
        "Crown Prince",
        Role.HEIR,
        "QAT",
        None,
        ("title", "country"),
    ),
    Filled(
        "Vladimir Putin",
        "2009-09-09",
        "Vladimir Putin",
        "Prime Minister",
        Role.HEAD_OF_GOVERNMENT,
        "RUS",
        None,
        ("title", "country"),
    ),
    # a counterpart whose office the text does not give
    Filled(
        "his U.S. counterpart Antony Blinken",
        "2022-05-01",
        "Antony Blinken",
        "Secretary of State",
        Role.FOREIGN_MINISTER,
        "USA",
        None,
        ("title",),
    ),
    Filled(
        "his counterpart Sergey Lavrov",
        "2019-01-01",
        "Sergey Lavrov",
        "Foreign Minister",
        Role.FOREIGN_MINISTER,
        "RUS",
        None,
        ("title", "country"),
    ),
    # an officer of an organisation: the organisation, never a state
    Filled(
        "Secretary-General Antonio Guterres",
        "2018-01-01",
        "Antonio Guterres",
        "Secretary-General",
        Role.IGO_OFFICIAL,
        None,
        "United Nations",
        ("organization",),
    ),
]


@pytest.mark.parametrize("case", FILLED, ids=lambda c: f"{c.text}@{c.date}")
def test_parse_official_fills_what_the_text_leaves_out(case: Filled) -> None:
    official = parse_official(case.text, date=case.date)
    assert official is not None
    assert official.name == case.name
    assert (official.title.canonical if official.title else None) == case.title
    assert (official.title.role if official.title else None) is case.role
    assert (official.country.alpha3 if official.country else None) == case.country
    assert official.organization == case.organization
    assert official.inferred == case.inferred
    assert official.raw == case.text


class Kept(NamedTuple):
    text: str
    date: str | None
    title: str | None
    country: str | None


KEPT = [
    # the text names another state: it stands, and the person is someone else
    Kept("Israeli President Donald Trump", None, "President", "ISR"),
    # a surname with an office its bearer never held in the table: not that person
    Kept("Governor Abbott", None, "Governor", None),
    # not in office that day: nothing to add
    Kept("Chancellor Olaf Scholz", "2019-05-05", "Chancellor", None),
    # a movement's officer takes no state
    Kept("Hamas political chief Ismail Haniyeh", "2020-01-01", None, None),
    # a given name alone is nobody
    Kept("Minister Olaf", None, "Minister", None),
]


@pytest.mark.parametrize("case", KEPT, ids=lambda c: c.text)
def test_the_text_is_never_overridden(case: Kept) -> None:
    official = parse_official(case.text, date=case.date)
    assert official is not None
    if case.title is not None:
        assert official.title is not None
        assert official.title.canonical == case.title
    assert (official.country.alpha3 if official.country else None) == case.country
    assert "country" not in official.inferred


def test_a_title_implied_by_its_wording_yields_to_the_person() -> None:
    # "State Councillor" is read as China's office; this person held Myanmar's
    official = parse_official("State Councillor Aung San Suu Kyi", date="2018-01-01")
    assert official is not None
    assert official.country == get_country("Myanmar")
    assert official.inferred == ("country",)


def test_names_alone_are_officials_only_when_known() -> None:
    assert parse_official("Olaf Scholz", date="2023-01-01") is not None
    assert parse_official("Olaf Scholz", date="2019-01-01") is None
    assert parse_official("Jane Roe", date="2023-01-01") is None


def test_find_officials_reads_the_stories_date() -> None:
    text = "Foreign Minister Yoon said President Roh would travel to Tokyo."
    early = [m.official for m in find_officials(text, date="2003-06-01")]
    late = [m.official for m in find_officials(text, date="2014-06-01")]
    assert [(o.name, o.country.alpha3 if o.country else None) for o in early] == [
        ("Yoon", "KOR"),
        ("Roh", "KOR"),
    ]
    # neither Yoon nor Roh held those offices in 2014: nothing is added
    assert [o.country for o in late] == [None, None]
    for mention in find_officials(text, date="2003-06-01"):
        assert text[mention.start : mention.end] == mention.official.raw


def test_without_the_gazetteer_nothing_is_added(monkeypatch: pytest.MonkeyPatch) -> None:
    from accordlib._util.lazy import Lazy

    monkeypatch.setattr(holders, "_GAZETTEER", Lazy(lambda: holders.Gazetteer(())))
    official = parse_official("Chancellor Olaf Scholz", date="2023-01-01")
    assert official is not None
    assert (official.country, official.inferred) == (None, ())


def test_a_bad_date_raises_value_error() -> None:
    with pytest.raises(ValueError, match="date"):
        parse_official("Chancellor Olaf Scholz", date="yesterday")
    with pytest.raises(TypeError):
        find_officials("Chancellor Olaf Scholz", date=2023)  # type: ignore[arg-type]


# -- the table itself ----------------------------------------------------------------------

#: Offices held by one person at a time (per state or organisation and title).
_SINGLE = (Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT, Role.FOREIGN_MINISTER, Role.MONARCH)


def test_every_row_is_well_formed() -> None:
    rows = gazetteer().rows
    assert len(rows) > 2000
    for row in rows:
        assert row.name.strip() == row.name, row
        assert row.title, row
        assert row.source, row
        assert row.end is None or row.start <= row.end, row
        assert (row.country is None) != (row.organization is None), row
        assert row.start >= dt.date(1900, 1, 1), row


def test_terms_of_one_office_do_not_overlap() -> None:
    groups: dict[tuple[str, str], list[holders.Holder]] = defaultdict(list)
    for row in gazetteer().rows:
        if row.country is not None and row.role in _SINGLE:
            groups[(row.country.alpha3, row.title)].append(row)
    overlaps = []
    for rows in groups.values():
        rows.sort(key=lambda row: row.start)
        for before, after in itertools.pairwise(rows):
            end = before.end or dt.date.max
            if before.name != after.name and end > after.start + dt.timedelta(days=1):
                overlaps.append((before.name, after.name))
    assert not overlaps


def test_the_gazetteer_covers_the_states_of_the_un() -> None:
    covered = {row.country.alpha3 for row in gazetteer().rows if row.country is not None}
    for code in ("USA", "RUS", "CHN", "KAZ", "QAT", "BRA", "NGA", "FJI", "XKX", "PSE", "TWN"):
        assert code in covered
    assert len(covered) >= 190
