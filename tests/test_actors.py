"""The actor recogniser (accordlib.extract.actors.find_actors), mechanism by mechanism.

Every sentence here was written for these tests. Each table lists sentences and the
mentions expected in them, as (text, party, CAMEO code) in text order; a mechanism's own
properties (offsets, heads, plurals, generic flags) are checked after the tables.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accordlib import ActorKind
from accordlib.extract.actors import find_actors
from accordlib.extract.actors_model import ActorMention, ActorSource
from accordlib.extract.actors_tables import PartyKind, tables

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import hostile_inputs as hostile  # noqa: E402 - needs the sys.path entry above
from strategies import wire_texts  # noqa: E402


class Example(NamedTuple):
    text: str
    expected: list[tuple[str, str, str | None]]
    date: str | None = None


def found(text: str, date: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.party, m.code) for m in find_actors(text, date=date)]


STATES = [
    Example(
        "Norway and Chile signed a fisheries pact.",
        [("Norway", "NOR", "NOR"), ("Chile", "CHL", "CHL")],
    ),
    Example(
        "Ghanaians voted while Tokyo watched.",
        [("Ghanaians", "GHA", "GHA"), ("Tokyo", "JPN", "JPN")],
    ),
    Example("The U.S. and the UAE held talks.", [("U.S.", "USA", "USA"), ("UAE", "ARE", "ARE")]),
]

DATED = [
    Example("Moscow rejected the offer.", [("Moscow", "SUN", "SUN")], "1987-03-02"),
    Example("The Kremlin rejected the offer.", [("Kremlin", "SUN", "SUNGOV")], "1987-03-02"),
    Example("The Kremlin rejected the offer.", [("Kremlin", "RUS", "RUSGOV")], "2024-05-01"),
    Example(
        "Bonn and Paris agreed.", [("Bonn", "DEU", "DEU"), ("Paris", "FRA", "FRA")], "1987-03-02"
    ),
]

OFFICIALS = [
    Example(
        "Finnish President Sauli Niinisto received the envoy.",
        [("Finnish President Sauli Niinisto", "FIN", "FINGOV")],
    ),
    Example(
        "UN Secretary-General Antonio Guterres appealed for calm.",
        [("UN Secretary-General Antonio Guterres", "UN", "IGOUNO")],
    ),
]

ROLES = [
    Example("Chilean troops crossed the river.", [("Chilean troops", "CHL", "CHLMIL")]),
    Example("Ugandan rebels seized a town.", [("Ugandan rebels", "UGA", "UGAREB")]),
    Example("Dutch officials declined to comment.", [("Dutch officials", "NLD", "NLDGOV")]),
    Example(
        "Senegal's foreign ministry protested.", [("Senegal's foreign ministry", "SEN", "SENGOV")]
    ),
    Example("The Turkish-led coalition advanced.", [("Turkish-led coalition", "TUR", "TURMIL")]),
    Example(
        "Peruvian government negotiators walked out.",
        [("Peruvian government negotiators", "PER", "PERGOV")],
    ),
    Example("Iraqi senior officials arrived.", [("Iraqi senior officials", "IRQ", "IRQGOV")]),
    Example(
        "The Bolivian government and the Chilean embassy.",
        [
            ("Bolivian government", "BOL", "BOLGOV"),
            ("Chilean embassy", "CHL", "CHLGOV"),
        ],
    ),
    Example("The government of Nepal resigned.", [("government of Nepal", "NPL", "NPLGOV")]),
    Example(
        "The Ministry of Foreign Affairs of Peru objected.",
        [("Ministry of Foreign Affairs of Peru", "PER", "PERGOV")],
    ),
]

COORDINATIONS = [
    Example(
        "The Danish and Swedish defence ministers met.",
        [("Danish", "DNK", "DNKGOVMIL"), ("Swedish", "SWE", "SWEGOVMIL")],
    ),
    Example(
        "The foreign ministers of Peru and Ecuador met.",
        [("Peru", "PER", "PERGOV"), ("Ecuador", "ECU", "ECUGOV")],
    ),
    Example(
        "Leaders of Kenya, Uganda and Rwanda gathered.",
        [("Kenya", "KEN", "KENGOV"), ("Uganda", "UGA", "UGAGOV"), ("Rwanda", "RWA", "RWAGOV")],
    ),
    # A role noun after a coordination belongs to its adjectives, not to a name before them.
    Example(
        "Talks between Chile and Argentine officials resumed.",
        [("Chile", "CHL", "CHL"), ("Argentine officials", "ARG", "ARGGOV")],
    ),
]

BODIES = [
    Example(
        "The Pentagon and the Knesset objected.",
        [
            ("Pentagon", "USA", "USAMIL"),
            ("Knesset", "ISR", "ISRLEG"),
        ],
    ),
    Example(
        "Downing Street and the Quai d'Orsay agreed.",
        [
            ("Downing Street", "GBR", "GBRGOV"),
            ("Quai d'Orsay", "FRA", "FRAGOV"),
        ],
    ),
    Example("The State Department summoned the envoy.", [("State Department", "USA", "USAGOV")]),
    # A country printed before a body with a default state wins.
    Example("The German Foreign Office said so.", [("German Foreign Office", "DEU", "DEUGOV")]),
    Example("The Bavaria police said so.", [("Bavaria police", "DEU", "DEUCOP")]),
]

ORGANIZATIONS = [
    Example("The Security Council met.", [("Security Council", "UN", "IGOUNO")]),
    Example(
        "The European Community and OPEC.",
        [
            ("European Community", "EU", "IGOEEC"),
            ("OPEC", "OPEC", "IGOOPC"),
        ],
    ),
    Example(
        "Amnesty International criticised the law.",
        [
            ("Amnesty International", "AMNESTY", "NGOHRIAMN"),
        ],
    ),
    Example("NATO troops patrolled.", [("NATO troops", "NATO", "IGOWSTNAT")]),
    Example(
        "The IAEA and the World Bank.",
        [
            ("IAEA", "IAEA", "IGOUNOIAE"),
            ("World Bank", "WORLD_BANK", "IGOUNODEVWBK"),
        ],
    ),
]

GROUPS = [
    Example("Hezbollah fighters fired rockets.", [("Hezbollah fighters", "HEZBOLLAH", "LBNREB")]),
    Example(
        "The Taliban and al-Qaeda.",
        [
            ("Taliban", "TALIBAN", "AFGREB"),
            ("al-Qaeda", "AL_QAEDA", "UAF"),
        ],
    ),
    Example("Iranian-backed Houthi rebels struck.", [("Houthi rebels", "HOUTHIS", "YEMREB")]),
    Example("The West imposed sanctions.", [("West", "WEST", "IGO")]),
]

GENERIC = [
    Example(
        "Protesters clashed with police.",
        [
            ("Protesters", "PROTESTERS", "OPP"),
            ("police", "POLICE", "COP"),
        ],
    ),
    Example(
        "The foreign ministry said the rebels retreated.",
        [
            ("foreign ministry", "FOREIGN_MINISTRY", "GOV"),
            ("rebels", "REBELS", "REB"),
        ],
    ),
    Example("Demonstrators were dispersed.", [("Demonstrators", "PROTESTERS", "OPP")]),
]

NAMES = [
    Example("Okonkwo said the deal was fair.", [("Okonkwo", "OKONKWO", None)]),
    Example(
        "The ministers held talks with Lindqvist.",
        [("ministers", "MINISTERS", "GOV"), ("Lindqvist", "LINDQVIST", None)],
    ),
    Example("Mr Halvorsen declined.", [("Halvorsen", "HALVORSEN", None)]),
    # A surname resolves to the official named in full before it (even one that is also a
    # city's name, which alone is no party).
    Example(
        "Chilean President Rosa Lagos met the envoy. Lagos said talks would go on.",
        [("Chilean President Rosa Lagos", "CHL", "CHLGOV"), ("Lagos", "CHL", "CHLGOV")],
    ),
    # Coordinated with a cued name.
    Example("Varga and Okafor will meet.", [("Varga", "VARGA", None), ("Okafor", "OKAFOR", None)]),
]

NEVER = [
    Example("On Monday the talks began in March.", []),
    Example(
        "MOSCOW (Reuters) - Analysts said prices fell, Reuters reported.",
        [("MOSCOW", "RUS", "RUS")],
    ),
    Example("Boeing said its deliveries rose.", [("Boeing", "MNCUSA", "MNCUSA")]),
    # A company named by its country and a business noun is the country's business, no state.
    Example("Kenyan airlines cut fares.", [("Kenyan airlines", "KEN", "KENBUS")]),
    Example("The summit was held in Istanbul, noting the weather.", []),
]


@pytest.mark.parametrize(
    "example",
    [*STATES, *DATED, *OFFICIALS, *ROLES, *COORDINATIONS, *BODIES, *ORGANIZATIONS, *GROUPS,
     *GENERIC, *NAMES, *NEVER],
    ids=lambda example: example.text[:40],
)  # fmt: skip
def test_mentions(example: Example) -> None:
    assert found(example.text, example.date) == example.expected


# --------------------------------------------------------------------------- what each mention says


def _only(text: str) -> ActorMention:
    (mention,) = find_actors(text)
    return mention


def test_a_role_unit_has_its_head_and_phrase() -> None:
    text = "The Danish and Swedish defence ministers met."
    first, second = find_actors(text)
    assert text[first.head_start : first.head_end] == "defence ministers"
    assert (first.head_start, first.head_end) == (second.head_start, second.head_end)
    assert text[first.phrase_start : first.phrase_end] == "Danish and Swedish defence ministers"
    assert first.actor.name == "Danish defence ministers"
    assert first.actor.kind is ActorKind.GOVERNMENT
    assert first.agent == "GOVMIL"
    assert first.source is ActorSource.ROLE


def test_kinds_follow_the_agent_code() -> None:
    assert _only("Chilean troops crossed.").actor.kind is ActorKind.MILITARY
    assert _only("Chilean officials spoke.").actor.kind is ActorKind.GOVERNMENT
    assert _only("Ugandan rebels fled.").actor.kind is ActorKind.GROUP


def test_plural_generic_modifier_and_corporate_flags() -> None:
    assert _only("Ghanaians voted.").plural
    assert not _only("Ghana voted.").plural
    assert _only("The Ghanaian proposal failed.").modifier
    assert _only("Protesters gathered.").generic
    assert not _only("Chilean troops crossed.").generic
    assert _only("Boeing said so.").corporate
    assert _only("Kenyan airlines cut fares.").corporate
    assert _only("Okonkwo said so.").generic


def test_organisations_and_groups_are_actors_of_their_kind() -> None:
    un = _only("The Security Council met.")
    assert (un.actor.kind, un.actor.name, un.actor.organization) == (
        ActorKind.ORGANIZATION, "UN Security Council", "UN Security Council",
    )  # fmt: skip
    group = _only("Hezbollah said so.")
    assert group.actor.kind is ActorKind.GROUP
    assert group.actor.country is not None
    assert group.actor.country.alpha3 == "LBN"
    assert group.source is ActorSource.GROUP


def test_an_official_without_a_state_takes_the_one_printed_inside() -> None:
    # The officials scanner reads "Chief U.S." as a title and a name, without a state.
    first = find_actors("Chief U.S. negotiator Paul Ek said so.")[0]
    assert (first.source, first.party, first.generic) == (ActorSource.OFFICIAL, "USA", False)


def test_a_surname_is_not_resolved_by_a_later_mention() -> None:
    text = "Okafor said so. Chilean President Ada Okafor agreed."
    first = find_actors(text)[0]
    assert (first.text, first.generic, first.party) == ("Okafor", True, "OKAFOR")


# --------------------------------------------------------------------------- invariants

CORPUS = hostile.mutated_corpus()


def _check(text: str, mentions: list[ActorMention]) -> None:
    last = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= last, "mentions overlap or are out of order"
        assert mention.actor.name.strip()
        last = mention.end


def test_total_and_well_formed_on_the_hostile_corpus() -> None:
    for _label, text in CORPUS:
        _check(text, find_actors(text))


@settings(max_examples=150, deadline=None, derandomize=True)
@given(wire_texts)
def test_total_and_well_formed_on_wire_texts(text: str) -> None:
    _check(text, find_actors(text))


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.text())
def test_total_on_any_text(text: str) -> None:
    _check(text, find_actors(text, date="1990-01-01"))


def test_rejects_what_is_not_text() -> None:
    with pytest.raises(TypeError, match="bytes"):
        find_actors(b"Chilean troops")  # type: ignore[arg-type]


def test_cost_is_linear_in_the_length_of_the_text() -> None:
    unit = "Chilean troops and Hamas fighters met Okonkwo, the UN said. Protesters gathered. "
    timings = []
    for copies in (200, 800):
        text = unit * copies
        assert len(find_actors(text)) == 5 * copies
        best = float("inf")
        for _ in range(3):  # the best of three: a busy machine must not fail the test
            start = time.process_time()
            find_actors(text)
            best = min(best, time.process_time() - start)
        timings.append(best)
    assert timings[1] < 10 * timings[0] + 0.05  # 4 times the text: about 4 times the time


@pytest.mark.parametrize(
    "unit",
    [" and Chilean", " Okonkwo", " (UN)", " of Peru and", " Chilean-led", " al-"],
    ids=["coordination", "capitalised run", "brackets", "of-chains", "compounds", "hyphens"],
)
def test_hostile_repetitions_cost_linear_time(unit: str) -> None:
    timings = []
    for copies in (2_000, 8_000):
        text = "The Chilean" + unit * copies + " officials said."
        _check(text, find_actors(text))
        best = float("inf")
        for _ in range(3):  # the best of three: a busy machine must not fail the test
            start = time.process_time()
            find_actors(text)
            best = min(best, time.process_time() - start)
        timings.append(best)
    assert timings[1] < 10 * timings[0] + 0.05  # 4 times the text: about 4 times the time


def test_tables_are_built_on_first_use_only() -> None:
    tabs = tables()
    assert tabs is tables()
    assert any(
        party.kind is PartyKind.MEDIA for party, _case, _the in tabs.roots["reuters"].readings
    )
