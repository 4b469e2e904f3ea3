"""The event rule table and the agreements table: well formed, documented, each rule alive."""

from __future__ import annotations

from pathlib import Path

import pytest

from accordlib import EventKind, extract_events
from accordlib._util.tables import read_table
from accordlib.extract.rules import Rule, load_rules, match_rules, rules_markdown
from accordlib.text.tokens import tokenize

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


def test_every_event_kind_has_a_frame_and_a_trigger() -> None:
    frames = read_table("event_frames.tsv")
    assert [row["kind"] for row in frames] == list(EventKind.__members__)
    lexical = {row["kind"] for row in read_table("lexicon_verbs.tsv") if row["kind"]}
    lexical |= {row["kind"] for row in read_table("lexicon_patterns.tsv") if row["kind"]}
    ruled = {rule.kind for rule in RULES} - {"ANAPHOR"}
    assert lexical | ruled == set(EventKind.__members__)


@pytest.mark.parametrize("row", read_table("event_frames.tsv"), ids=lambda row: row["kind"])
def test_each_frame_is_well_formed(row: dict[str, str]) -> None:
    assert row["mode"] in ("act", "speech")
    assert row["between"] in ("actors", "recipients", "-")
    assert row["parties"] in ("one", "two")
    assert row["domestic"] in ("y", "n")
    assert row["target"] in ("phrase", "sentence", "story", "-")
    assert row["example"].endswith(".")


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_each_rule_matches_its_own_example(rule: Rule) -> None:
    words = [tok.low for tok in tokenize(rule.example)]
    assert rule.name in [match.rule.name for match in match_rules(words)]
    if rule.kind != "ANAPHOR":
        events = extract_events(rule.example, published="2025-11-06")
        assert rule.kind in [event.kind.name for event in events]


def test_the_rules_page_lists_the_table() -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    start = page.index("<!-- rules:start -->\n") + len("<!-- rules:start -->\n")
    end = page.index("<!-- rules:end -->")
    assert page[start:end] == rules_markdown(), "regenerate docs/rules.md from the table"


@pytest.mark.parametrize(
    ("words", "rule"),
    [
        ("they will join the accords", "join.verb"),
        ("held a great call", "phone.held_call"),
        ("held a long call", "phone.held_call"),
        ("egypt hosted the prime minister", "meet.host"),
    ],
)
def test_patterns_with_gaps_and_optional_words(words: str, rule: str) -> None:
    assert rule in [match.rule.name for match in match_rules(words.split())]


def test_gaps_do_not_cross_punctuation() -> None:
    assert not [
        m
        for m in match_rules(["imposed", ",", "new", ",", "sanctions"])
        if m.rule.name == "sanction.noun"
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
