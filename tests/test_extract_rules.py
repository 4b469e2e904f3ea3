"""The event rule table and the agreements table: well formed, documented, each rule alive."""

from __future__ import annotations

from pathlib import Path

import pytest

from accordlib import EventKind, extract_events
from accordlib._util.tables import read_table
from accordlib.extract.rules import Rule, load_rules, match_rules, rules_markdown

ROOT = Path(__file__).resolve().parent.parent
RULES = load_rules()


def test_rule_names_are_unique_and_kinds_exist() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        assert rule.kind == "ANAPHOR" or rule.kind in EventKind.__members__, rule.name
        assert rule.mode in ("act", "speech"), rule.name
        assert rule.between in ("actors", "recipients", "-"), rule.name
        assert rule.requires in ("agreement", "object", "-"), rule.name
        assert rule.pattern, rule.name
        assert rule.example, rule.name


def test_every_event_kind_has_a_rule() -> None:
    # The material-conflict kinds of issue 13 come with the compiled lexicon
    # (accordlib.extract.lexicon), which the pipeline does not use yet.
    pending = {"CONCEDE", "WITHDRAW", "INVESTIGATE", "PROTEST", "MOBILIZE", "COERCE", "ARREST",
               "ASSAULT", "FIGHT", "CUT_AID"}  # fmt: skip
    assert {rule.kind for rule in RULES} - {"ANAPHOR"} == set(EventKind.__members__) - pending


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_each_rule_fires_on_its_own_example(rule: Rule) -> None:
    events = extract_events(rule.example, published="2025-11-06")
    assert rule.name in [event.rule for event in events]


def test_the_rules_page_lists_the_table() -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    start = page.index("<!-- rules:start -->\n") + len("<!-- rules:start -->\n")
    end = page.index("<!-- rules:end -->")
    assert page[start:end] == rules_markdown(), "regenerate docs/rules.md from the table"


@pytest.mark.parametrize(
    ("words", "rule"),
    [
        ("they will sign on to the accords", "join.sign_on"),
        ("expelled two russian diplomats", "expel.verb"),
        ("recalled its ambassador", "recall.verb"),
        ("held a great call", "phone.held_call"),
    ],
)
def test_patterns_with_gaps_and_optional_words(words: str, rule: str) -> None:
    assert rule in [match.rule.name for match in match_rules(words.split())]


def test_gaps_do_not_cross_punctuation() -> None:
    assert not [
        m
        for m in match_rules(["expelled", ",", "two", ",", "diplomats"])
        if m.rule.name == "expel.verb"
    ]


def test_agreements_table() -> None:
    rows = read_table("agreements.tsv")
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names))
    for row in rows:
        assert row["kind"] in ("named", "generic")
        assert row["source"]
        assert (row["kind"] == "named") == bool(row["year"])
    assert {"Abraham Accords", "Paris Agreement", "Minsk agreements", "Iran nuclear deal",
            "Camp David Accords", "Oslo Accords", "New START"} <= set(names)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "agreement"),
    [
        ("France joined the Paris climate accord in 2016.", "Paris Agreement"),
        ("Iran joined the JCPOA in 2015.", "Iran nuclear deal"),
        ("Japan and Vietnam signed a memorandum of understanding.", "memorandum of understanding"),
        ("Israel and Hamas signed a ceasefire deal on Friday.", "ceasefire agreement"),
        ("India and Britain signed a free trade agreement.", "trade agreement"),
    ],
)
def test_agreements_are_named(text: str, agreement: str) -> None:
    (event,) = extract_events(text, published="2025-11-06")
    assert event.agreement == agreement
