"""Persons whose state the sentence says away from the name (issue 13, participants): a
portfolio printed after the state and before the name ("Minister of Ruritania for Rural
Development and Fisheries Dr Ana Ruiz"), an adjective between a state's possessive and its
body in an apposition ("the head of Ruritania's powerful National Council, Ana Ruiz"), and a
portfolio minister listed after a colleague with "and" and no state of their own. Invented
phrases; exact values.
"""

from __future__ import annotations

import pytest

from accordlib import Actor, extract_events, find_officials


def _officials(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (m.official.name, m.official.country.alpha3 if m.official.country else None)
        for m in find_officials(text)
    ]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a portfolio after "of <state>", then honorifics, then the name
        (
            (
                "The Coordinating Minister of Indonesia for Maritime and Fisheries Affairs"
                " Professor Dr Arif Wibowo opened the port."
            ),
            [("Arif Wibowo", "IDN")],
        ),
        (
            "The Minister of Kenya for Water and Sanitation Affairs Grace Njeri spoke.",
            [("Grace Njeri", "KEN")],
        ),
        # an adjective between the possessive and the body of an apposed title
        (
            "The plan came from the head of Peru's powerful Congress, Ana Ruiz.",
            [("Ana Ruiz", "PER")],
        ),
        (
            "The chief of Chile's once proud Navy, Admiral Tomas Vega, retired.",
            [("Tomas Vega", "CHL")],
        ),
        # a colleague listed after a placed minister
        (
            (
                "Aid went to Balochistan Minister for Health Ali Raza and Minister for Finance"
                " Omar Butt at the airport."
            ),
            [("Ali Raza", "PAK"), ("Omar Butt", "PAK")],
        ),
    ],
)
def test_state_read_away_from_the_name(text: str, wanted: list[tuple[str, str]]) -> None:
    assert _officials(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a head of state and a head of government listed together may be two states'
        (
            "US President Joe Biden and Prime Minister Tom Baker met in Ottawa.",
            [("Joe Biden", "USA"), ("Tom Baker", None)],
        ),
        # no capitalised body after the adjective: the possessive names no body
        ("Peru's powerful Ana Ruiz said no.", []),
    ],
)
def test_look_alikes_keep_their_reading(text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _officials(text) == wanted


def test_aid_from_a_minister_named_after_a_portfolio() -> None:
    text = (
        "The Minister of Indonesia for Social Affairs Dr Arif Wibowo handed over relief aid"
        " to Balochistan Minister for Labour Ali Raza and Minister for Health Omar Butt."
    )
    [event] = extract_events(text, published="2022-09-01")
    assert event.kind.name == "PROVIDE_AID"
    assert [(a.name, a.country.alpha3 if a.country else None) for a in event.actors] == [
        ("Arif Wibowo", "IDN")
    ]
    assert [(a.name, a.country.alpha3 if a.country else None) for a in event.recipients] == [
        ("Ali Raza", "PAK"),
        ("Omar Butt", "PAK"),
    ]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the threats are what is condemned, no threat by the one who condemns
        (
            "Cuba condemned US sanctions and threats against its shipping.",
            [("CRITICIZE", ["Cuba"], ["United States"])],
        ),
        ("Venezuela denounced the threats on Tuesday.", [("CRITICIZE", ["Venezuela"], [])]),
        # a threat made, with no verb of condemning before it, stays a threat
        (
            "Venezuela issued threats against Guyana on Tuesday.",
            [("THREATEN", ["Venezuela"], ["Guyana"])],
        ),
    ],
)
def test_condemned_noun_is_no_event(
    text: str, wanted: list[tuple[str, list[str], list[str]]]
) -> None:
    got = [
        (e.kind.name, [a.name for a in e.actors], [a.name for a in e.recipients])
        for e in extract_events(text)
    ]
    assert got == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a second object with the same complement preposition as the first
        (
            "Peru accused Chile of meddling in Peru's elections and Bolivia of hiding the facts.",
            [("ACCUSE", ["Peru"], ["Chile", "Bolivia"])],
        ),
        (
            "Ukraine thanked Poland for its help and Germany for its weapons.",
            [("PRAISE", ["Ukraine"], ["Poland", "Germany"])],
        ),
        # "and" opens a clause of its own: no second object
        (
            "Peru accused Chile of meddling and Bolivia said it would stay out.",
            [("ACCUSE", ["Peru"], ["Chile"])],
        ),
    ],
)
def test_parallel_objects(text: str, wanted: list[tuple[str, list[str], list[str]]]) -> None:
    got = [
        (e.kind.name, [a.name for a in e.actors], [a.name for a in e.recipients])
        for e in extract_events(text)
    ]
    assert got == wanted


def _parties(
    text: str,
) -> list[tuple[str, list[tuple[str, str | None]], list[tuple[str, str | None]]]]:
    def placed(actors: tuple[Actor, ...]) -> list[tuple[str, str | None]]:
        return [(a.name, a.country.alpha3 if a.country else None) for a in actors]

    return [(e.kind.name, placed(e.actors), placed(e.recipients)) for e in extract_events(text)]


def test_a_person_who_returned_to_a_capital_is_its_states() -> None:
    story = (
        "Halvorsen spent two days in Nairobi. He returned to Oslo without visiting"
        " Kampala. Halvorsen met Kenyan President William Ruto on Tuesday."
    )
    events = _parties(story)
    assert events[-1] == ("MEET", [("Halvorsen", "NOR")], [("William Ruto", "KEN")])


def test_a_person_who_returned_nowhere_stays_unplaced() -> None:
    story = "Halvorsen spent two days in Nairobi. Halvorsen met Kenyan President William Ruto."
    assert _parties(story)[-1] == ("MEET", [("Halvorsen", None)], [("William Ruto", "KEN")])


def test_a_state_whose_long_name_holds_a_possessive() -> None:
    text = "Yesterday the President of the Lao People's Democratic Republic, Ana Ruiz, arrived."
    assert _officials(text) == [("Ana Ruiz", "LAO")]


def test_a_lower_case_noun_after_a_possessive_is_no_body() -> None:
    text = "Yesterday the President of Laos's neighbour Tom Baker arrived."
    assert _officials(text) == []
