"""States that no gazetteer knows, named as parties by the organ beside them (issue 13,
PETRARCH-style copy about invented states).

Every sentence here was written for these tests; the states (Veloria, Ombra, Kestrel,
Dunmarch) are invented. Each expected value was decided by reading the sentence.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from accordlib import ActorKind, extract_events
from accordlib.extract.actors import find_actors

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_cases import PUBLISHED, Case, check, the_event

#: (text, [(mention text, party key, actor kind name)]) for the recogniser.
RECOGNISED = [
    (
        "The Veloria government condemned the shelling of its border villages.",
        [("Veloria government", "VELORIA", "GOVERNMENT")],
    ),
    (
        "Veloria's foreign minister urged Ombra to free the sailors.",
        [("Veloria's foreign minister", "VELORIA", "GOVERNMENT"), ("Ombra", "OMBRA", "PERSON")],
    ),
    (
        "Soldiers from Kestrel crossed the river at dawn.",
        [("Soldiers from Kestrel", "KESTREL", "MILITARY")],
    ),
    (
        # Each state of a coordination after the organ is a party of its own.
        "The envoys of Veloria, Ombra and Dunmarch arrived on Monday.",
        [
            ("Veloria", "VELORIA", "GOVERNMENT"),
            ("Ombra", "OMBRA", "GOVERNMENT"),
            ("Dunmarch", "DUNMARCH", "GOVERNMENT"),
        ],
    ),
    (
        # The name alone elsewhere in the text is the same state.
        "Veloria protested after Ombra soldiers shelled the Veloria embassy.",
        [
            ("Veloria", "VELORIA", "STATE"),
            ("Ombra soldiers", "OMBRA", "MILITARY"),
            ("Veloria embassy", "VELORIA", "GOVERNMENT"),
        ],
    ),
    (
        # A name that ends as a state's name does.
        "The Dunmarch Republic said it would reopen the border.",
        [("Dunmarch Republic", "DUNMARCH_REPUBLIC", "STATE")],
    ),
    (
        # A name the text uses as a place is a state where it acts (the place itself,
        # with no cue, is no party).
        "Envoys met in Kestrel on Monday. Kestrel said the talks had gone well.",
        [("Kestrel", "KESTREL", "STATE")],
    ),
]

#: Capitalised words beside an organ that are no state.
NOT_STATES = [
    ("Border police detained twelve migrants on Monday.", [("police", "POLICE", "GOVERNMENT")]),
    ("Federal troops stormed the building.", [("troops", "TROOPS", "MILITARY")]),
    ("Republican lawmakers criticised the budget.", [("lawmakers", "LAWMAKERS", "GOVERNMENT")]),
    # "in" after a state's own organ, or for armed forces: stationed there, not Kestrel's
    # (Kestrel, a place, is a state).
    (
        "Ombran police in Kestrel arrested two men.",
        [("police", "POLICE", "GOVERNMENT"), ("Kestrel", "KESTREL", "STATE")],
    ),
    (
        "Troops in Kestrel fired on the crowd.",
        [("Troops", "TROOPS", "MILITARY"), ("Kestrel", "KESTREL", "STATE")],
    ),
    # Its own envoy, posted there: no organ of Kestrel.
    ("Veloria recalled its ambassador from Kestrel.", [("Veloria", "VELORIA", "PERSON")]),
]


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.party, m.actor.kind.name) for m in find_actors(text, date=PUBLISHED)]


@pytest.mark.parametrize(("text", "expected"), RECOGNISED, ids=lambda v: str(v)[:40])
def test_an_unknown_name_beside_an_organ_is_a_state(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_STATES, ids=lambda v: str(v)[:40])
def test_ordinary_words_and_postings_are_no_states(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


def test_a_place_is_no_party_of_the_act_there() -> None:
    (event,) = extract_events("Ombran police in Kestrel arrested two men.", published=PUBLISHED)
    assert (event.kind.name, [a.name for a in event.actors], event.recipients) == (
        "ARREST",
        ["police"],
        (),
    )


def test_an_unknown_state_has_no_country_and_no_code() -> None:
    (mention,) = find_actors("The Veloria government protested.", date=PUBLISHED)
    assert mention.actor.country is None
    assert mention.actor.cameo_code is None
    assert mention.code is None
    assert mention.agent == "GOV"
    assert not mention.generic


def test_a_leader_before_an_organ_stays_a_person() -> None:
    # The gazetteer of office holders knows Modi at the text's date: India's government.
    (mention,) = find_actors("The Modi government protested.", date=PUBLISHED)
    assert (mention.party, mention.code) == ("IND", "INDGOV")


EVENTS = [
    Case(
        "The Veloria government accused Ombra of violating the truce.",
        "ACCUSE",
        ("Veloria government",),
        ("Ombra",),
    ),
    Case(
        "Veloria accused the Ombra government of violating the truce.",
        "ACCUSE",
        ("Veloria",),
        ("Ombra government",),
    ),
    Case(
        "Veloria's foreign minister urged Ombra to free the detained sailors.",
        "APPEAL",
        ("Veloria's foreign minister",),
        ("Ombra",),
    ),
    Case(
        "Lawmakers in Veloria and Dunmarch welcomed the ceasefire.",
        "PRAISE",
        ("Lawmakers of Veloria", "Lawmakers of Dunmarch"),
    ),
    Case(
        # A time between the name and its verb still makes the name the subject.
        "Veloria on Thursday signed a fisheries agreement with Ombra.",
        "SIGN_AGREEMENT",
        ("Veloria",),
        ("Ombra",),
    ),
    Case(
        "Old foes Veloria and Ombra have renewed diplomatic ties after a long break.",
        "NORMALIZE_RELATIONS",
        ("Veloria", "Ombra"),
    ),
    Case(
        "The Dunmarch Republic fired two rockets at Kestrel on Friday.",
        "FIGHT",
        ("Dunmarch Republic",),
    ),
]


@pytest.mark.parametrize("case", EVENTS, ids=lambda case: case.text[:40])
def test_events_of_unknown_states(case: Case) -> None:
    check(case)


def test_an_unknown_state_is_believed_less_than_a_known_one() -> None:
    unknown = the_event(Case("The Veloria government condemned the raid.", "CRITICIZE", ()))
    known = the_event(Case("The Chilean government condemned the raid.", "CRITICIZE", ()))
    assert unknown.actors[0].kind is ActorKind.GOVERNMENT
    assert 0.5 <= unknown.confidence < known.confidence


def test_company_copy_names_no_state() -> None:
    text = (
        "Halvorsen Shipping officials said the company signed a supply contract with"
        " Brenmark on Tuesday."
    )
    assert extract_events(text, published=PUBLISHED) == []


#: Names no table knows, placed by the grammar: the recipient after a preposition of the
#: trigger's frame, and a name acting on another named party (issue 13).
SLOT_NAMES = [
    (
        "Veloria will donate two million dollars to Ombra.",
        [("PROVIDE_AID", "033", ["Veloria"], ["Ombra"], 0.525)],
    ),
    (
        # A time after the name: the name still heads its phrase.
        "Ombra will send aid to Kestrel in March.",
        [("PROVIDE_AID", "033", ["Ombra"], ["Kestrel"], 0.675)],
    ),
    (
        "Chile sent medical aid to Dunmarch.",
        [("PROVIDE_AID", "070", ["Chile"], ["Dunmarch"], 0.9)],
    ),
    # A name alone, with no second party: below the default floor.
    ("Veloria will donate two million dollars.", []),
    # A name that modifies a noun is no recipient.
    ("Chile sent medical aid to Dunmarch farmers.", [("PROVIDE_AID", "070", ["Chile"], [], 0.9)]),
    # A month is no name.
    (
        "Chile will send medical aid to Ombra by March.",
        [("PROVIDE_AID", "033", ["Chile"], ["Ombra"], 0.9)],
    ),
    # A continent the country tables know is no recipient.
    ("Chile sent medical aid to South America.", [("PROVIDE_AID", "070", ["Chile"], [], 0.9)]),
    ("Chile sent medical aid to Europe.", [("PROVIDE_AID", "070", ["Chile"], [], 0.9)]),
    # Companies are no parties.
    ("Halvorsen Shipping will pay two million dollars to Brenmark Inc.", []),
]


@pytest.mark.parametrize(("text", "expected"), SLOT_NAMES, ids=lambda v: str(v)[:40])
def test_names_the_grammar_places(
    text: str, expected: list[tuple[str, str, list[str], list[str], float]]
) -> None:
    got = [
        (
            e.kind.name,
            e.cameo,
            [a.name for a in e.actors],
            [a.name for a in e.recipients],
            e.confidence,
        )
        for e in extract_events(text, published=PUBLISHED)
    ]
    assert got == expected
