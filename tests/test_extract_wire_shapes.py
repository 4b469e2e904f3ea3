"""extract_events on shapes of real wire copy that unseen sentences showed: state bodies
named by their portfolio, speakers with time words before their verb, subjects across
"is understood to have", and "zero plans to".

Every sentence here was written for accordlib (real states, invented events); each
expected value was decided by reading the sentence.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from accordlib import extract_events
from accordlib.extract.actors import find_actors

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_cases import PUBLISHED, Case, check

#: A body named by its portfolio: the owner printed before it (a possessive, capitalised
#: words between) or the state closing its "of" phrase.
PORTFOLIO_BODIES = [
    Case("Norway's Ministry of Trade and Fisheries signed a fisheries memorandum with Iceland.", "SIGN_AGREEMENT", ("Norway's Ministry of Trade and Fisheries",), ("Iceland",)),
    Case("Chile's Ministry of Agriculture condemned the decision by Peru.", "CRITICIZE", ("Chile's Ministry of Agriculture",), ("Peru",)),
    Case("The Ministry of Culture of Peru signed a heritage protocol with Bolivia.", "SIGN_AGREEMENT", ("Ministry of Culture of Peru",), ("Bolivia",)),
]  # fmt: skip

#: The speaker before its reporting verb across time words; "it" after the verb is the
#: speaker; the subject across "is understood to have"; "zero plans to" negates.
SPEAKERS_AND_SUBJECTS = [
    Case("Ghana late on Monday said it had recalled its ambassador to Togo.", "RECALL_AMBASSADOR", ("Ghana",), ("Togo",)),
    Case("Belarus on Friday said it would expel two Lithuanian diplomats.", "EXPEL_DIPLOMATS", ("Belarus",), ("Lithuanian diplomats",), "PLANNED"),
    Case("Uruguay asserted that it would not negotiate with Paraguay.", "NEGOTIATE", ("Uruguay",), ("Paraguay",), "NEGATED"),
    Case("Hungary is understood to have turned down the Slovak proposal.", "REJECT", ("Hungary",), ("Slovakia",)),
    Case("Portugal said it had zero plans to meet the Angolan delegation.", "MEET", ("Portugal",), ("Angolan delegation",), "NEGATED"),
]  # fmt: skip


#: Officials or troops "from" coordinated states are theirs (not travellers, nor a role
#: already owned); a visit "here" is hosted by the dateline's state.
SENT_AND_HOSTED = [
    Case("Officials from Peru and Chile held talks in Lima.", "MEET", ("Officials from Peru", "Officials from Chile")),
    Case("Troops from Kenya and Uganda clashed with militants.", "FIGHT", ("Troops from Kenya", "Troops from Uganda"), ("militants",)),
    Case("Canada imposed visa curbs on travellers from Chile and Peru.", "SANCTION", ("Canada",), ("Chile", "Peru")),
    Case("ACCRA, May 4 (Reuters) - Senegalese Foreign Minister Yassine Fall arrived here today for an official visit.", "VISIT", ("Yassine Fall",), ("Ghana",)),
]  # fmt: skip


#: "called on" a title or name with no "to"/"for" after it is a courtesy call (a meeting);
#: with them it stays an appeal. "Telephonic" conversations and "booted out" envoys.
VOCABULARY = [
    Case("The visiting Turkish foreign minister called on President Ilham Aliyev in Baku.", "MEET", ("Turkish foreign minister",), ("Ilham Aliyev",)),
    Case("Vietnam's envoy called on the Prime Minister of Laos and discussed trade.", "MEET", ("Vietnam's envoy",), ("Prime Minister of Laos",)),
    Case("France called on Iran to release the detainees.", "APPEAL", ("France",), ("Iran",)),
    Case("Japan called on the United Nations for urgent help.", "APPEAL", ("Japan",), ("United Nations",)),
    Case("The Kenyan and Somali presidents held a telephonic conversation on Sunday.", "PHONE_CALL", ("Kenyan presidents", "Somali presidents")),
    Case("Ghana booted out two Nigerian diplomats.", "EXPEL_DIPLOMATS", ("Ghana",), ("Nigerian diplomats",)),
]  # fmt: skip


#: "his country" after a speaker's reporting verb is the speaker's state; "the two
#: countries" is the pair its own sentence named before (not after "of": "the private
#: sectors of the two countries").
PAIRS_AND_HOMELANDS = [
    Case("Chilean President Gabriel Boric said his country had recalled its ambassador to Israel.", "RECALL_AMBASSADOR", ("Chile",), ("Israel",)),
    Case("Sri Lankan President Anura Dissanayake said his government would expel two Indian diplomats.", "EXPEL_DIPLOMATS", ("Sri Lanka",), ("Indian diplomats",), "PLANNED"),
    Case("After a border clash between Peru and Chile last year, the two countries signed a deal.", "SIGN_AGREEMENT", ("Peru", "Chile")),
    Case("Ties between Cuba and Panama are tense, and the two countries expelled diplomats on Monday.", "EXPEL_DIPLOMATS", ("Cuba", "Panama")),
]  # fmt: skip


@pytest.mark.parametrize(
    "case",
    PORTFOLIO_BODIES + SPEAKERS_AND_SUBJECTS + SENT_AND_HOSTED + VOCABULARY + PAIRS_AND_HOMELANDS,
    ids=lambda c: c.text[:50],
)
def test_wire_shapes(case: Case) -> None:
    check(case)


#: The body mention itself: its printed span, kind and state; the portfolio's words are no
#: parties of their own ("Commerce" is no person).
BODY_MENTIONS = [
    ("Kazakhstan's Ministry of Labour and Social Protection signed it.", "Kazakhstan's Ministry of Labour and Social Protection", "GOVERNMENT", "KAZ"),
    ("The Ministry of Water Resources of China hosted the talks.", "Ministry of Water Resources of China", "GOVERNMENT", "CHN"),
    ("Kenya’s National Disaster Response Force sent rescuers.", "Kenya’s National Disaster Response Force", "MILITARY", "KEN"),
    ("China's Ministry of Commerce objected.", "China's Ministry of Commerce", "GOVERNMENT", "CHN"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "kind", "alpha3"), BODY_MENTIONS, ids=lambda v: str(v)[:40]
)
def test_portfolio_body_mentions(text: str, span: str, kind: str, alpha3: str) -> None:
    (mention,) = find_actors(text)
    assert mention.text == span
    assert mention.actor.kind.name == kind
    assert mention.actor.country is not None
    assert mention.actor.country.alpha3 == alpha3
    assert not mention.generic


#: A regulator's approval of a company deal is no praise between parties.
def test_approval_of_a_company_deal_is_no_event() -> None:
    text = "Brazil's Ministry of Mines said it gave final approval to Vale's proposed acquisition of a Canadian miner."
    assert extract_events(text, published=PUBLISHED) == []
