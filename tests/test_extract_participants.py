"""extract_events: who takes part, shape by shape (issue 13, the participants of found
events).

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

HYPHEN_PAIRS = [
    # Two parties glued by a hyphen name both sides of the act they modify.
    Case(
        "Officials said U.S.-Soviet talks on arms control would resume in Geneva.",
        "NEGOTIATE",
        ("United States", "Soviet Union"),
        factuality="PLANNED",
    ),
    Case(
        "Moscow said it would stay away from the NATO-Russia council meeting in Brussels.",
        "MEET",
        ("North Atlantic Treaty Organization", "Russia"),
    ),
    Case(
        "The Iran-Iraq talks opened in Geneva on Monday.",
        "MEET",
        ("Iran", "Iraq"),
    ),
]


@pytest.mark.parametrize("case", HYPHEN_PAIRS, ids=lambda case: case.text[:40])
def test_a_hyphen_pair_names_both_parties(case: Case) -> None:
    check(case)


def test_a_spaced_dash_joins_no_parties() -> None:
    # The dash after a dateline parts it from the sentence; it coordinates nothing.
    events = extract_events("MOSCOW - Russia criticised Japan on Friday.", published=PUBLISHED)
    assert [(e.kind.name, [a.name for a in e.actors]) for e in events] == [
        ("CRITICIZE", ["Russia"])
    ]


OWN_SIDE = [
    # A phrase that ends on an event noun reads it, even when the noun's modifier names
    # parties; the actors' own state is no recipient when the other side is named.
    Case(
        "Syrian negotiators walked out of the Syrian-Turkish talks in Ankara on Friday.",
        "HALT_NEGOTIATIONS",
        ("Syrian negotiators",),
        ("Turkey",),
    ),
    Case(
        "The Greek army withdrew its troops from the Greek-Turkish border on Sunday.",
        "WITHDRAW",
        ("Greek army",),
        ("Turkey",),
    ),
]


@pytest.mark.parametrize("case", OWN_SIDE, ids=lambda case: case.text[:40])
def test_the_actors_own_side_is_no_recipient(case: Case) -> None:
    check(case)


PARTNERS = [
    # "X joined Y in <act>": Y acts too; it is no recipient of X's act.
    Case("Belgium joined France in rejecting the proposal.", "REJECT", ("Belgium", "France")),
    Case(
        "Norway and Iceland joined the European Union in criticising Russia on Monday.",
        "CRITICIZE",
        ("Norway", "Iceland", "European Union"),
        ("Russia",),
    ),
]


@pytest.mark.parametrize("case", PARTNERS, ids=lambda case: case.text[:40])
def test_a_party_joined_in_an_act_is_a_partner(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("ANKARA, May 2 - Armenia said its soldiers repelled Azeri attacks overnight.", "ARM"),
        ("PARIS, May 2 - Serbia said today its troops had repulsed a Kosovar attack.", "SRB"),
    ],
)
def test_its_forces_belong_to_the_speaker_not_the_dateline(text: str, owner: str) -> None:
    # The dateline's state is the home of an organ named alone, not of "its troops".
    (event,) = extract_events(text, published=PUBLISHED)
    assert [a.country.alpha3 for a in event.actors if a.country is not None] == [owner]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Georgian officials say the country's army is fighting back.", "GEO"),
        ("Georgia said the country's army had repelled an attack by Russia.", "GEO"),
        ("Peru said the nation's troops attacked rebels in the south.", "PER"),
    ],
)
def test_the_countrys_forces_belong_to_the_state_named_before(text: str, owner: str) -> None:
    (event,) = [e for e in extract_events(text, published=PUBLISHED) if e.kind.name == "FIGHT"]
    assert [a.country.alpha3 for a in event.actors if a.country is not None] == [owner]


def test_an_agreement_inside_an_organisations_name_is_the_organisation() -> None:
    # "North Atlantic Treaty" is an agreement, but here it is part of NATO's name.
    check(
        Case(
            "Finland became the 31st member of the North Atlantic Treaty Organisation.",
            "JOIN_AGREEMENT",
            ("Finland",),
            ("North Atlantic Treaty Organization",),
        )
    )


SEPARATED_SUBJECTS = [
    # A frequency or linking adverb between the auxiliary and the verb keeps the subject.
    Case(
        "Norway has always criticised the whaling quotas set by Japan.",
        "CRITICIZE",
        ("Norway",),
        ("Japan",),
    ),
    Case(
        "Chile, however, rejected the proposal from Bolivia on Tuesday.",
        "REJECT",
        ("Chile",),
        ("Bolivia",),
    ),
]


@pytest.mark.parametrize("case", SEPARATED_SUBJECTS, ids=lambda case: case.text[:40])
def test_an_adverb_between_subject_and_verb_keeps_the_subject(case: Case) -> None:
    check(case)


NOUNS_WITH_THEIR_AGENT = [
    # An event noun whose curated row puts its actor after "from" or "by" finds it there.
    Case(
        "The new border fence drew sharp condemnation from Kazakhstan.",
        "CRITICIZE",
        ("Kazakhstan",),
    ),
    Case(
        "The pipeline deal stalled amid objections by Lithuania.",
        "REJECT",
        ("Lithuania",),
    ),
]


@pytest.mark.parametrize("case", NOUNS_WITH_THEIR_AGENT, ids=lambda case: case.text[:40])
def test_an_event_noun_names_its_actor_after_from_or_by(case: Case) -> None:
    check(case)


STORY_BODIES = [
    # "The two top officials" is the pair the story named last; "the Ministry of Foreign
    # Affairs" named alone is the story's own state's ministry.
    Case(
        "Peru's foreign minister met Ecuador's foreign minister in Lima on Monday."
        " The two top officials signed a fisheries accord.",
        "SIGN_AGREEMENT",
        ("Peru's foreign minister", "Ecuador's foreign minister"),
    ),
    Case(
        "QUITO, May 3 - Ecuador expelled two Peruvian diplomats on Monday."
        " The Ministry of Foreign Affairs also protested to Lima.",
        "PROTEST",
        ("Ministry of Foreign Affairs",),
        ("Peru",),
    ),
]


@pytest.mark.parametrize("case", STORY_BODIES, ids=lambda case: case.text[:40])
def test_story_bodies_and_pairs_resolve(case: Case) -> None:
    check(case)
