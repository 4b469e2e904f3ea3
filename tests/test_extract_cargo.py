"""extract_events: aid whose cargo or carrier is the subject ("X's shipment of aid arrived
in Y", "an X air force plane carrying relief landed in Y") is aid from X to Y.

Every sentence here was written for accordlib (real states, invented events); each
expected value was decided by reading the sentence.
"""

from __future__ import annotations

import pytest

from accordlib import EventKind, extract_events

_PUBLISHED = "2021-03-01"

#: sentence -> (actors, recipients) of its one PROVIDE_AID event
_CARGO = {
    "Norway\u2019s second shipment of humanitarian aid arrived on Tuesday in Sudan\u2019s"
    " Darfur region.": (["Norway"], ["Sudan"]),
    "A Japanese air force plane carrying relief supplies landed in Nepal on Sunday.": (
        ["Japanese air force"],
        ["Nepal"],
    ),
    "Chile's first consignment of emergency aid has arrived in Haiti, officials said.": (
        ["Chile"],
        ["Haiti"],
    ),
}


@pytest.mark.parametrize("text", list(_CARGO), ids=[t[:40] for t in _CARGO])
def test_cargo_subject_names_the_sender(text: str) -> None:
    events = extract_events(text, published=_PUBLISHED)
    assert [e.kind for e in events] == [EventKind.PROVIDE_AID]
    actors, recipients = _CARGO[text]
    assert [a.name for a in events[0].actors] == actors
    assert [a.name for a in events[0].recipients] == recipients
    assert events[0].rule == "curated:aid_arrive"


@pytest.mark.parametrize(
    "text",
    [
        # no aid in the subject's phrase: "from Kenya" is no sender
        "The ministry also demanded from Kenya to take steps to ensure its embassy's safety.",
        # cargo without a sender: no event
        "The first batch of vaccines arrived in Ghana on Wednesday.",
    ],
)
def test_no_sender_no_aid(text: str) -> None:
    kinds = [e.kind for e in extract_events(text, published=_PUBLISHED)]
    assert EventKind.PROVIDE_AID not in kinds


#: A passive summons or expulsion without its agent: the state the envoy is posted to
#: (named, or by its capital, after "to" in his title) did it.
_ENVOY_HOST = {
    "The Dutch ambassador to Iran was summoned on Tuesday.": (
        EventKind.PROTEST,
        ["Iran"],
        ["Dutch ambassador to Iran"],
    ),
    "The Kenyan envoy to Mali, Peter Otieno, was expelled on Friday.": (
        EventKind.EXPEL_DIPLOMATS,
        ["Mali"],
        ["Peter Otieno"],
    ),
}


@pytest.mark.parametrize("text", list(_ENVOY_HOST), ids=[t[:40] for t in _ENVOY_HOST])
def test_passive_envoy_host_acts(text: str) -> None:
    kind, actors, recipients = _ENVOY_HOST[text]
    events = extract_events(text, published=_PUBLISHED)
    assert [
        (e.kind, [a.name for a in e.actors], [a.name for a in e.recipients]) for e in events
    ] == [(kind, actors, recipients)]


def test_envoy_host_needs_a_state() -> None:
    # "to the UN" names no state: no host, so no summoner is made up
    events = extract_events("The Russian ambassador to the UN was summoned.", published=_PUBLISHED)
    assert [e.actors for e in events] == [()]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # the state of a currency is no party: the money goes to the party after "to"
        ("Norway will donate 2 million U.S. dollars in cash to Malawi.", ["Malawi"]),
        ("Kuwait pledged 40 million Kuwaiti dinars to Jordan on Monday.", ["Jordan"]),
    ],
)
def test_currency_state_is_no_recipient(text: str, recipients: list[str]) -> None:
    events = extract_events(text, published=_PUBLISHED)
    assert [(e.kind, [a.name for a in e.recipients]) for e in events] == [
        (EventKind.PROVIDE_AID, recipients)
    ]
