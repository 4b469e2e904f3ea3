"""extract_events on 1987 wire style: event nouns a demonym owns, participles that are
adjectives, and the other classes of the 1987 stories' misses and false alarms.

Every sentence here was written for accordlib (real states, invented events); each
expected value was decided by reading the sentence.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from accordlib import extract_events

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_cases import PUBLISHED, Case, check


def _ids(case: Case) -> str:
    return case.text[:50]


#: An event noun right after a demonym is that state's act ("the last Libyan raid"), also
#: when it heads the subject of "was"; a participle after "the" or "last" is an
#: adjective ("the last reported raid"), not a reporting verb that frames the event.
OWNED_NOUNS = [
    Case("The last reported Libyan raid on the oasis was on Tuesday.", "FIGHT", ("Libya",)),
    Case("The first confirmed Syrian attack on the convoy came at dawn.", "FIGHT", ("Syria",)),
    Case("The latest Iraqi attack was on shipping near the strait.", "FIGHT", ("Iraq",)),
]  # fmt: skip


@pytest.mark.parametrize("case", OWNED_NOUNS, ids=_ids)
def test_an_event_noun_a_demonym_owns(case: Case) -> None:
    check(case)


def test_an_owned_noun_that_another_act_of_its_kind_takes_as_object_is_no_second_event() -> None:
    events = extract_events(
        "Chad said its troops had repulsed a Libyan attack on Faya.", published=PUBLISHED
    )
    assert [(e.kind.name, [a.name for a in e.actors]) for e in events] == [("FIGHT", ["troops"])]


def test_a_participle_after_an_article_is_no_reporting_verb() -> None:
    # "reported" here describes the raid: nothing frames it, so it is an event.
    events = extract_events(
        "The reported Iraqi raid on the terminal was on Monday.", published=PUBLISHED
    )
    assert [(e.kind.name, [a.name for a in e.actors]) for e in events] == [("FIGHT", ["Iraq"])]


#: The kind a 1987 coder gives: pressing a party to act is an appeal (as urging is); a
#: force verb whose dictionary pattern reads words ("fighting the government") is fighting
#: when an armed party does it; force used by a state's forces is fighting (CAMEO 19), a
#: killing stays an assault.
KINDS = [
    Case("Bonn has been pressing the Dutch government to lower its gas prices.", "APPEAL", ("Germany",), ("Dutch government",)),
    Case("The aid would reach the guerrillas fighting the Luanda government.", "FIGHT", ("guerrillas",), ("Luanda government",)),
    Case("A Libyan warship set a Maltese trawler on fire near the island.", "FIGHT", ("Libyan warship",), ("Malta",)),
]  # fmt: skip


@pytest.mark.parametrize("case", KINDS, ids=_ids)
def test_the_kind_a_1987_coder_gives(case: Case) -> None:
    check(case)


def test_a_killing_by_a_states_forces_stays_an_assault() -> None:
    events = extract_events(
        "Syrian troops killed six villagers near the border.", published=PUBLISHED
    )
    assert [e.kind.name for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("witness", "kind"),
    [
        ("a harbour official", "FIGHT"),
        ("a shipping executive", "FIGHT"),  # "executive" is no form of "execute"
        ("a man with a shotgun", "FIGHT"),  # nor "shotgun" of "shot"
        ("the executed sailors' families", "ASSAULT"),
        ("witnesses of the kidnapping", "ASSAULT"),
    ],
)
def test_only_a_form_of_a_killing_verb_makes_force_an_assault(witness: str, kind: str) -> None:
    text = f"A Libyan warship set a Maltese trawler on fire near the island, said {witness}."
    assert [e.kind.name for e in extract_events(text, published=PUBLISHED)] == [kind]


#: An invitation or a proposal states a wish to meet (CAMEO 036): the intention is the
#: event, not talks reported as planned; the talks it is for are no second event.
INTENTIONS = [
    Case("Chancellor Helmut Kohl has invited the Dutch cabinet to Bonn for talks next month.", "EXPRESS_INTENT", ("Helmut Kohl",), ("Dutch cabinet",)),
    Case("Soviet leader Mikhail Gorbachev proposed on Sunday that talks on chemical weapons be held in Vienna.", "EXPRESS_INTENT", ("Mikhail Gorbachev",)),
]  # fmt: skip


@pytest.mark.parametrize("case", INTENTIONS, ids=_ids)
def test_an_invitation_or_a_proposal_is_an_intention(case: Case) -> None:
    check(case)


def test_the_talks_an_invitation_is_for_are_no_event_of_their_own() -> None:
    events = extract_events(INTENTIONS[0].text, published=PUBLISHED)
    assert [e.kind.name for e in events] == ["EXPRESS_INTENT"]


def test_a_compound_of_two_event_nouns_is_one_event() -> None:
    events = extract_events(
        "The plan goes to a GCC summit meeting due in Kuwait late this year.", published=PUBLISHED
    )
    assert [(e.kind.name, e.factuality.name) for e in events] == [("MEET", "PLANNED")]


def test_the_threat_a_warning_reports_is_no_second_threat() -> None:
    events = extract_events(
        "Canada has warned the U.S. Senate that the new lumber bill could prompt retaliation"
        " by its trading partners.",
        published=PUBLISHED,
    )
    assert [(e.kind.name, [a.name for a in e.actors]) for e in events] == [
        ("THREATEN", ["Canada"])
    ]


def test_the_charge_of_a_criticism_after_a_long_object_is_no_event() -> None:
    events = extract_events(
        "Rome has sharply criticised the two Italian members of the Commission for failing"
        " to oppose the levy.",
        published=PUBLISHED,
    )
    assert [e.kind.name for e in events] == ["CRITICIZE"]


def test_an_appeal_coordinated_after_an_accusation_is_no_charge() -> None:
    events = extract_events(
        "Canberra accused Washington of growing protectionism on farm goods and called for"
        " an end to the subsidies.",
        published=PUBLISHED,
    )
    assert [e.kind.name for e in events] == ["ACCUSE", "APPEAL"]


@pytest.mark.parametrize(
    "text",
    [
        # trade and opinion after a demonym: no act of that state
        "The governor said he wanted to see stronger Korean demand for Canadian wheat.",
        "Europe feels cheated by Japanese promises to open its market.",
    ],
)
def test_a_demonym_before_a_word_of_trade_or_opinion_names_no_act(text: str) -> None:
    assert [e.kind.name for e in extract_events(text, published=PUBLISHED)] == []


def test_inviting_tenders_is_business() -> None:
    text = "The Dutch Finance Ministry is inviting tenders for a new series of treasury bills."
    assert extract_events(text, published=PUBLISHED) == []


def test_torture_by_a_states_forces_stays_an_assault() -> None:
    events = extract_events(
        "Security forces tortured Chadian refugees in the camps, the agency said.",
        published=PUBLISHED,
    )
    assert [e.kind.name for e in events] == ["ASSAULT"]


#: Killings that are casualties of fighting: soldiers killed, or a side's people killed by
#: a state's forces in combat, are fighting (CAMEO 19); killings of civilians stay
#: assaults (18).
COMBAT_DEATHS = [
    Case("Separatist rebels killed nine soldiers near the border town, the army said.", "FIGHT", ("rebels",), ("soldiers",)),
    Case("Ethiopian troops killed 200 Eritreans in fighting near the frontier town.", "FIGHT", ("Ethiopian troops",), ("Eritrea",)),
    Case("Government troops killed 22 villagers in a raid on the market.", "ASSAULT", ("troops",)),
]  # fmt: skip


@pytest.mark.parametrize("case", COMBAT_DEATHS, ids=_ids)
def test_combat_deaths_are_fighting(case: Case) -> None:
    check(case)


def test_captures_in_a_battle_are_the_battle() -> None:
    text = "Moroccan troops killed 40 Algerians and captured 12 in fighting near the oasis."
    kinds = [event.kind.name for event in extract_events(text, published=PUBLISHED)]
    assert kinds == ["FIGHT"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # aid a party gives itself is no aid
        ("Venezuela has equipped itself with Russian fighter jets.", []),
        ("Russia equipped Venezuela with fighter jets last year.", ["PROVIDE_AID"]),
        # an event word before a unit's noun names the unit
        ("A French navy battle group led by the aircraft carrier sailed into the Gulf.", []),
        # the issue of talks or of progress is no act of its own
        (
            "Bonn and Moscow held talks on establishing diplomatic relations in January.",
            ["NEGOTIATE"],
        ),
        # carried out or conducted attacks are force, not criticism
        ("Syria has conducted repeated attacks on the border posts.", ["FIGHT"]),
    ],
)
def test_words_that_name_no_act_of_their_own(text: str, kinds: list[str]) -> None:
    assert [event.kind.name for event in extract_events(text, published=PUBLISHED)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a meeting that only describes the speaker
        ("A Danish negotiator taking part in the fisheries talks said progress was slow.", []),
        ("Jan Novak, who heads the Czech delegation, told reporters the gap had narrowed.", []),
        # one party discussing a matter with no one
        ("The minister said he had discussed grain prices and freight rates.", []),
        ("Poland and Hungary discussed grain prices on Monday.", ["MEET"]),
        ("The White House said they discussed the grain embargo.", ["MEET"]),
    ],
)
def test_meetings_that_are_no_event(text: str, kinds: list[str]) -> None:
    assert [event.kind.name for event in extract_events(text, published=PUBLISHED)] == kinds


def test_an_intention_to_negotiate_is_a_negotiation() -> None:
    text = "Chile and Peru are preparing for tough negotiations on fishing rights."
    events = extract_events(text, published=PUBLISHED)
    assert [(e.kind.name, [a.name for a in e.actors], e.factuality.name) for e in events] == [
        ("NEGOTIATE", ["Chile", "Peru"], "PLANNED")
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Lisbon fought a long battle against the fishing quota last year.", []),
        ("Rome said it would not wage a vigorous campaign against it.", []),
        ("Rome said Paris would wage a campaign against the new tariffs.", []),
        ("Chadian troops fought a battle against Libyan forces near Fada.", ["FIGHT"]),
        ("Syria waged a campaign against what it called rebel positions.", ["FIGHT"]),
    ],
)
def test_a_fight_against_a_policy_is_no_use_of_force(text: str, kinds: list[str]) -> None:
    assert [e.kind.name for e in extract_events(text, published=PUBLISHED)] == kinds


@pytest.mark.parametrize(
    ("verb", "kind", "cameo"), [("overran", "FIGHT", "190"), ("occupied", "COERCE", "170")]
)
def test_troops_that_overrun_a_post_fight(verb: str, kind: str, cameo: str) -> None:
    events = extract_events(f"Iraqi troops {verb} an Iranian border post.", published=PUBLISHED)
    assert [(e.kind.name, e.cameo) for e in events] == [(kind, cameo)]


@pytest.mark.parametrize(
    "text",
    [
        "According to the report, monitored by the BBC, Iran fired missiles at Iraq.",
        "Tehran radio, monitored in London, said Iranian forces had attacked Iraq.",
    ],
)
def test_a_monitored_broadcast_is_a_credit_no_investigation(text: str) -> None:
    events = extract_events(text, published=PUBLISHED)
    assert [e.kind.name for e in events] == ["FIGHT"]
