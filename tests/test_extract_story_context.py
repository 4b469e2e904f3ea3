"""extract_events: what the whole story supplies to a sentence (issue 13, events read in
their stories): the other side of an act whose sentence names one, and one event for
repeated reports of it.

Every story here was written for accordlib (real states, invented events); each expected
value was decided by reading the story.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from accordlib import extract_events
from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor
from accordlib.extract.actors import find_actors
from accordlib.extract.anaphora import StoryContext
from accordlib.extract.counterpart import StoryParties

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_cases import PUBLISHED, Case, check

#: A story about one state's trade with another: the tariff cuts are the concession its
#: sentence does not address (the story names the United States before and after).
_TARIFFS = """MANILA TO CUT TARIFFS

    MANILA, June 2 - The Philippines plans another round of tariff cuts this year, a
trade official said.
    The United States has pressed Manila for two years to open its farm market.
    Washington is the largest buyer of Philippine sugar, and U.S. officials will visit
Manila in July.
 Reuter
"""

#: The same story with two other parties named as often: none stands out.
_TWO_PARTNERS = """MANILA TO CUT TARIFFS

    MANILA, June 2 - The Philippines plans another round of tariff cuts this year, a
trade official said.
    Japan and the United States have pressed Manila for two years to open its farm market.
    Tokyo and Washington are the largest buyers of Philippine sugar.
 Reuter
"""

#: A war report whose sentences name one side of each attack.
_WAR = """FIGHTING ON THE BORDER

    ADDIS ABABA, April 8 - Ethiopia said its troops repulsed heavy counter-attacks
overnight.
    The Ethiopian army launched the offensive on Monday, and Eritrean forces have since
attacked its positions near Badme, an Eritrean statement said.
    Eritrea denied that its troops had crossed the border.
"""

#: One state negotiating: the other side arrives in the next sentence.
_TALKS = """WATER TALKS OPEN

    ASTANA, May 4 - Kazakhstan began negotiations on a water-sharing accord on Tuesday,
the foreign ministry said.
    Uzbek officials arrived in Astana on Monday, and Uzbekistan's deputy premier leads
its delegation.
"""

#: The lead's attack told again by a spokesman (as a relative clause of another subject).
_RETOLD = """IRAQ SAYS IT REPELLED ATTACK

    BAGHDAD, March 1 - Iraq said its troops repelled an overnight attack by Iranian forces
east of Basra.
    A military spokesman said the Iraqi Fourth Army Corps, whose troops fought off the
Iranians, had a new commander.
 Reuter
"""

STORY_SIDES = [
    Case(_TARIFFS, "CONCEDE", ("Philippines",), ("United States",), factuality="PLANNED"),
    # No party stands out: the concession keeps its one side rather than a guess.
    Case(_TWO_PARTNERS, "CONCEDE", ("Philippines",), (), factuality="PLANNED"),
    # A negotiation of one state takes the story's other state as its second party.
    Case(_TALKS, "NEGOTIATE", ("Kazakhstan", "Uzbekistan")),
]


@pytest.mark.parametrize("case", STORY_SIDES, ids=lambda case: case.text.split("\n")[2][:50])
def test_the_story_supplies_the_other_side(case: Case) -> None:
    check(case)


def test_each_attack_of_a_war_report_is_aimed_at_the_other_side() -> None:
    events = [e for e in extract_events(_WAR, published=PUBLISHED) if e.kind.name == "FIGHT"]
    assert [[a.name for a in e.recipients] for e in events] == [["Eritrea"], ["Eritrea"]]


def test_a_sentence_is_not_given_a_counterpart_without_a_story() -> None:
    # One sentence says nothing about a story's parties: the act keeps its one side.
    (event,) = extract_events(
        "The Philippines plans another round of tariff cuts this year.", published=PUBLISHED
    )
    assert (event.kind.name, event.recipients) == ("CONCEDE", ())


def test_a_report_told_again_with_another_name_of_its_side_is_one_event() -> None:
    events = extract_events(_RETOLD, published=PUBLISHED)
    assert [(e.kind.name, e.sentence.split()[0]) for e in events] == [("FIGHT", "Iraq")]


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        (_TARIFFS, "PHL", "United States"),
        (_TWO_PARTNERS, "PHL", None),  # Japan and the United States twice each
        (_TARIFFS, "USA", "Philippines"),  # named in the headline, dateline and body
    ],
)
def test_the_counterpart_is_the_party_named_most_after_the_actor(
    text: str, actor: str, expected: str | None
) -> None:
    parties = StoryParties(find_actors(text))
    actors = [
        m.actor for m in find_actors(text) if m.actor.country and m.actor.country.alpha3 == actor
    ]
    found = parties.counterpart(actors[:1])
    assert (found[0].name if found else None) == expected


#: An office named without its state in the first sentence, the state named after it.
_FIRST_SENTENCE_OFFICE = """CHILE SEEKS NEW CREDIT

    WASHINGTON, May 5 - Finance Minister Ana Ruiz criticised the World Bank on Monday for
slow lending, officials said.
    Chile wants faster loans, and Chilean officials will meet bank staff this week.
    Santiago paid two billion dlrs to lenders last year.
 Reuter
"""

#: A surname misspelt the second time the story names its person.
_MISSPELT = """SHULTZ IN PEKING

    PEKING, March 1 - U.S. Secretary of State George Shultz arrived in China on Sunday
for a five-day visit, officials said.
    Schultz will visit Japan next week.
 Reuter
"""


def test_an_office_in_the_first_sentence_is_the_whole_storys_main_state() -> None:
    (event,) = [
        e
        for e in extract_events(_FIRST_SENTENCE_OFFICE, published=PUBLISHED)
        if e.kind.name == "CRITICIZE"
    ]
    assert [(a.name, a.country.alpha3 if a.country else None) for a in event.actors] == [
        ("Ana Ruiz", "CHL")
    ]


def test_a_misspelt_surname_is_the_person_named_before() -> None:
    events = extract_events(_MISSPELT, published=PUBLISHED)
    assert [(e.kind.name, e.actors[0].name, e.recipients[0].name) for e in events] == [
        ("VISIT", "George Shultz", "China"),
        ("VISIT", "George Shultz", "Japan"),
    ]


@pytest.mark.parametrize(
    ("known", "printed", "expected"),
    [
        (("George Shultz",), "Schultz", "George Shultz"),  # a letter added
        (("Mikhail Gorbachev",), "Gorbachov", "Mikhail Gorbachev"),  # a letter changed
        (("Yasuhiro Nakasone",), "Nakasne", "Yasuhiro Nakasone"),  # a letter dropped
        (("Lee Kuan Yew", "Li Peng"), "Lei", None),  # too short to tell
        (("Tom Hansen", "Eva Hanson"), "Hansan", None),  # two persons one letter off
        (("George Shultz",), "Schulte", None),  # two letters off
    ],
)
def test_a_surname_one_letter_off_names_the_one_person_it_can(
    known: tuple[str, ...], printed: str, expected: str | None
) -> None:
    ctx = StoryContext(None, lead_anchors=True)
    for name in known:
        ctx.register(Actor(name=name, kind=ActorKind.PERSON))
    found = ctx.misspelt(printed)
    assert (found.name if found else None) == expected


# --------------------------------------------------------------------------- beside the news

_WAR_TOLL = """GULF WAR

    BAGHDAD, March 3 - Iraq said its troops repelled an overnight attack by Iranian forces
near Basra.
    Hundreds of Iranians were killed and many tanks were destroyed, the agency said.
 Reuter
"""

_WAR_HISTORY = """ISLANDS DISPUTE

    BUENOS AIRES, June 2 - Argentina renewed its claim to the islands on Monday.
    The islands, invaded by Argentina in the 1982 war, were recaptured by Britain ten weeks
later.
 Reuter
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The talks are the purpose of the visit, between the same parties.
        (
            "German Foreign Minister Annalena Baerbock will visit Ankara next week for talks.",
            ["VISIT"],
        ),
        # Talks with a party of their own are an event of their own (a meeting, as talks
        # with no issue named are).
        (
            "Afghan officials arrived in Doha on Monday for talks with the Taliban.",
            ["VISIT", "MEET"],
        ),
        # The toll of the fighting just reported is no assault of its own.
        (_WAR_TOLL, ["FIGHT"]),
        # A war story's history: acts of force in a war forty years before.
        (_WAR_HISTORY, []),
    ],
)
def test_what_a_story_tells_beside_its_events_is_no_event(text: str, expected: list[str]) -> None:
    assert [e.kind.name for e in extract_events(text, published=PUBLISHED)] == expected


def test_a_killing_with_its_killer_named_is_an_event_of_its_own() -> None:
    text = _WAR_TOLL.replace(
        "Hundreds of Iranians were killed", "Iraqi jets killed hundreds of Iranians"
    )
    assert "ASSAULT" in [e.kind.name for e in extract_events(text, published=PUBLISHED)]


def test_a_recent_act_of_force_is_news() -> None:
    text = _WAR_HISTORY.replace("in the 1982 war", "last week")
    kinds = [e.kind.name for e in extract_events(text, published=PUBLISHED)]
    assert kinds.count("COERCE") == 2


def test_talks_during_a_visit_are_an_event_of_their_own() -> None:
    text = (
        "BEIJING, May 4 - Chinese Premier Li Qiang told visiting Indian Foreign Minister"
        " Subrahmanyam Jaishankar on Monday that relations had improved.\n    The two"
        " discussed trade and border security, officials said.\n"
    )
    assert [e.kind.name for e in extract_events(text, published=PUBLISHED)] == ["VISIT", "MEET"]


_RETOLD_ATTACK = """GULF WAR

    BAGHDAD, March 3 - Iranian forces attacked Iraqi positions east of Basra overnight,
Iraq said.
    The attack was repelled by the Third Army Corps, the agency said.
 Reuter
"""


def test_an_act_done_to_an_event_told_before_tells_it_again() -> None:
    events = extract_events(_RETOLD_ATTACK, published=PUBLISHED)
    assert [(e.kind.name, e.sentence.split()[0]) for e in events] == [("FIGHT", "Iranian")]


def test_an_act_done_to_an_event_the_story_did_not_tell_is_news() -> None:
    text = "The attack was repelled by Iraqi troops on Monday, the agency said."
    assert [e.kind.name for e in extract_events(text, published=PUBLISHED)] == ["FIGHT"]


def test_a_signing_with_a_partner_that_is_no_state_gets_no_state() -> None:
    text = _TALKS.replace(
        "Kazakhstan began negotiations on a water-sharing accord",
        "Kazakhstan will sign an agreement with its private creditors",
    )
    (event,) = [
        e for e in extract_events(text, published=PUBLISHED) if e.kind.name == "SIGN_AGREEMENT"
    ]
    assert [a.name for a in event.actors] == ["Kazakhstan"]


_IT_SEOUL = (
    "SEOUL, June 2 - The United States, South Korea's largest market, has said the country's"
    " tariffs are too high. It has criticised the cuts Seoul made last year as too small."
)
_IT_TBILISI = (
    "The Georgian Foreign Ministry said Russian troops continue to move the border fences."
    " It condemned the move as a provocation."
)
_IT_INSIDE = "Japan has pressed China for months. Officials said it condemned the drills."


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "It" opening a sentence is the subject of the sentence before, not the party
        # that sentence named last.
        (_IT_SEOUL, "United States"),
        (_IT_TBILISI, "Georgian Foreign Ministry"),
        # An "It" inside its sentence is still the last party named.
        (_IT_INSIDE, "China"),
    ],
)
def test_a_sentence_opening_it_is_the_subject_before(text: str, actor: str) -> None:
    second = text.index(". ") + 2
    events = [
        e
        for e in extract_events(text, published=PUBLISHED)
        if e.kind.name == "CRITICIZE" and e.start >= second
    ]
    assert [a.name for e in events for a in e.actors] == [actor]


#: The party named most often (the Emirates) is not the one an Iraqi raid was aimed at:
#: the story's earlier event between Iraq and Iran names Iraq's other side.
_RAIDS = """GULF OILFIELD TO REOPEN

    ABU DHABI, March 20 - Abu Dhabi will reopen its offshore oilfield next month, oil
officials in Abu Dhabi said.
    Iran has accused Iraq of the attack on the Abu Dhabi field.
    An Iranian platform nearby was damaged by an Iraqi air raid last week.
 Reuter
"""


def test_the_actors_last_partner_in_the_story_comes_before_the_most_named() -> None:
    (raid,) = [e for e in extract_events(_RAIDS, published=PUBLISHED) if e.kind.name == "FIGHT"]
    assert ([a.name for a in raid.actors], [a.name for a in raid.recipients]) == (
        ["Iraq"],
        ["Iran"],
    )
