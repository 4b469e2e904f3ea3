"""The event lexicon: generated tables, the curated table, morphology and the matcher.

Sentences are written for these tests (lower-cased and tokenised as the extractor's
tokenizer does: "u.s." is one token, "kazakhstan's" is "kazakhstan" + "'s").
"""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accordlib import EventKind, Factuality, event_code
from accordlib._util.tables import read_table
from accordlib.extract import lexicon
from accordlib.extract.lexicon import LexiconMatch, match_triggers
from accordlib.text.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "upstream" / "petrarch2"


def _tool() -> ModuleType:
    sys.path.insert(0, str(ROOT / "tools"))
    spec = importlib.util.spec_from_file_location("gen_lexicon", ROOT / "tools" / "gen_lexicon.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def words(sentence: str) -> list[str]:
    return sentence.lower().split()


# --------------------------------------------------------------------------- the matcher


@dataclass(frozen=True)
class Example:
    sentence: str
    kind: str
    head: str
    source: str = "subject"
    target: str = "object"
    nominal: bool = False
    support: str | None = None
    passive: bool = False
    particles: tuple[str, ...] = ()
    intent: bool = False


# One trigger per sentence: what it is and where its parties are.
EXAMPLES = [
    Example("canberra and jakarta signed a maritime accord on monday .", "SIGN_AGREEMENT", "signed"),
    Example("the accord was signed by both foreign ministers .", "SIGN_AGREEMENT", "signed", source="by", target="", passive=True),
    Example("the pact was formally signed in oslo .", "SIGN_AGREEMENT", "signed", source="by", target="", passive=True),
    Example("the ambassador was expelled on monday .", "EXPEL_DIPLOMATS", "expelled", source="by", target="", passive=True),
    Example("two reporters were detained in minsk .", "ARREST", "detained", source="by", target="subject", passive=True),
    Example("tokyo and manila inked a defence deal .", "SIGN_AGREEMENT", "inked"),
    Example("kazakhstan will join the accords next month .", "JOIN_AGREEMENT", "join"),
    Example("finland acceded to the convention in 1999 .", "JOIN_AGREEMENT", "acceded"),
    Example("the premier held talks with his angolan counterpart .", "MEET", "talks", target="with", nominal=True, support="held"),
    Example("the two sides are conducting high-level talks in doha .", "NEGOTIATE", "talks", target="", nominal=True, support="conducting"),
    Example("peace talks between the factions are under way .", "NEGOTIATE", "talks", target="", nominal=True),
    Example("the ministers held discussions on water sharing .", "NEGOTIATE", "discussions", target="", nominal=True, support="held"),
    Example("the country's accession to the treaty is complete .", "JOIN_AGREEMENT", "accession", target="to", nominal=True),
    Example("the suspension of budget support was a blow to the ministry .", "CUT_AID", "suspension", target="", nominal=True),
    Example("sanctions against the junta were extended .", "SANCTION", "extended", source="by", target="", passive=True),
    Example("the president took a telephone call from the emir .", "PHONE_CALL", "call", source="from", target="subject", nominal=True, support="took"),
    Example("the chancellor paid a visit to warsaw .", "VISIT", "visit", target="to", nominal=True, support="paid"),
    Example("egypt hosted qatar's prime minister in cairo .", "VISIT", "hosted", source="object", target="subject"),
    Example("algeria recalled its ambassador to madrid .", "RECALL_AMBASSADOR", "recalled"),
    Example("rabat called its ambassador back from berlin .", "RECALL_AMBASSADOR", "called", particles=("back",)),
    Example("the ministry summoned the iranian ambassador .", "PROTEST", "summoned"),
    Example("warsaw ordered two diplomats out of the country .", "EXPEL_DIPLOMATS", "ordered", particles=("out",)),
    Example("moscow turned the proposal down .", "REJECT", "turned", particles=("down",)),
    Example("the junta refused to free the reporters .", "REJECT", "refused"),
    Example("ankara and cairo restored diplomatic relations .", "NORMALIZE_RELATIONS", "restored"),
    Example("quito broke off relations with mexico city .", "SEVER_RELATIONS", "broke", particles=("off",)),
    Example("the bank suspended its loans to the junta .", "CUT_AID", "suspended"),
    Example("new sanctions on minsk were adopted .", "SANCTION", "sanctions", target="on", nominal=True),
    Example("sanctions were imposed on the regime by the bloc .", "SANCTION", "imposed", source="by", target="", passive=True),
    Example("the army pulled its troops back from the frontier .", "WITHDRAW", "pulled", particles=("back",)),
    Example("police arrested two reporters in the capital .", "ARREST", "arrested"),
    Example("an air strike was reported near the city .", "FIGHT", "strike", target="", nominal=True),
    Example("the government imposed a curfew on the capital .", "COERCE", "imposed"),
    Example("tehran must halt enrichment , the envoy said .", "DEMAND", "must", source="speaker", target="subject"),
    Example("tehran vowed to retaliate for the strike .", "THREATEN", "vowed"),
    Example("the commission opened an inquiry into the matter .", "INVESTIGATE", "inquiry", target="", nominal=True, support="opened"),
    Example("thousands of protesters marched on parliament .", "PROTEST", "marched"),
    Example("oslo will send air defence systems to kyiv .", "PROVIDE_AID", "send", target="to"),
    Example("tokyo pledged emergency assistance to the flood victims .", "PROVIDE_AID", "pledged", target="to"),
    Example("the customs services will cooperate on smuggling .", "COOPERATE", "cooperate"),
    Example("two hundred fighters surrendered to the army .", "WITHDRAW", "surrendered"),
    # material conflict, nominalisations and light verbs
    Example("police detained three activists .", "ARREST", "detained"),
    Example("the troops have withdrawn .", "WITHDRAW", "withdrawn"),
    Example("dock workers went on strike .", "PROTEST", "strike", target="", nominal=True),
    Example("warplanes carried out strikes overnight .", "FIGHT", "strikes", target="", nominal=True),
    Example("the opposition staged a walkout .", "PROTEST", "walkout", target="", nominal=True, support="staged"),
    Example("the detention of the reporters continued .", "ARREST", "detention", target="", nominal=True),
    # diplomatic verbs whatever follows, frames and predicates
    Example("the ministry condemned the decision .", "CRITICIZE", "condemned"),
    Example("the council called for restraint .", "APPEAL", "called"),
    Example("the premier received a call from the emir .", "PHONE_CALL", "call", source="from", target="subject", nominal=True),
    Example("rabat is calling its ambassador to berlin back .", "RECALL_AMBASSADOR", "calling"),
    Example("the minister called the general a war criminal .", "ACCUSE", "called"),
    Example("kyiv is willing to wait .", "EXPRESS_INTENT", "willing", intent=True),
    Example("a referendum is out of the question , the premier said .", "REJECT", "out", source="speaker", target="subject", particles=("of", "the", "question")),
    Example("the remarks are unacceptable , the ministry said .", "CRITICIZE", "unacceptable", source="speaker", target="subject"),
    Example("the two delegations initialled a joint declaration .", "SIGN_AGREEMENT", "initialled"),
    Example("the foreign minister went to moscow .", "VISIT", "went", target="to"),
    Example("the trade representative plans a trip to beijing .", "VISIT", "plans", intent=True),
    Example("the government withdrew the controversial bill .", "CONCEDE", "withdrew"),
    # sanctions and their easing
    Example("islamabad suspended all trade links with new delhi .", "SANCTION", "suspended"),
    Example("paris slashed the number of visas for algerians .", "SANCTION", "slashed"),
    Example("washington designated the militia as a terrorist group .", "SANCTION", "designated"),
    Example("the state department removed the group from its terror list .", "EASE_SANCTIONS", "removed"),
]  # fmt: skip


def _one(sentence: str) -> tuple[list[str], LexiconMatch]:
    tokens = words(sentence)
    found = match_triggers(tokens)
    assert len(found) == 1, [(tokens[m.head], m.kind.name, m.pattern) for m in found]
    return tokens, found[0]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.sentence[:40])
def test_matches(example: Example) -> None:
    tokens, match = _one(example.sentence)
    assert match.kind is EventKind[example.kind]
    assert tokens[match.head] == example.head
    assert (match.source_slot, match.target_slot) == (example.source, example.target)
    assert match.nominal is example.nominal
    support = tokens[match.support] if match.support is not None else None
    assert support == example.support
    assert match.passive is example.passive
    assert tuple(tokens[i] for i in match.particles) == example.particles
    assert match.intent is example.intent
    assert 0 <= match.start <= match.head < match.end <= len(tokens)


# Words that are rarely events on their own in wire copy: no trigger at all.
NO_EVENTS = [
    "the dividend is payable on march 31 .",
    "aid workers said the host country had no fire engines .",
    "the company will buy back stock and pay a dividend .",
    "the united nations and the united states issued a statement .",
    "oil demand rose as prices declined by 2 pct .",
    "the head of state spoke at the ceremony .",
    "he said so in order to calm the markets .",
    # company, market and sports senses (curated no-event rows and the review)
    "the company signed a definitive agreement with its rival .",
    "the retailer agreed to buy its largest rival .",
    "the two carriers are in talks to merge .",
    "the suitor offered 35 dollars a share .",
    "the board will hold its annual meeting in may .",
    "higher fuel costs hit quarterly profits .",
    "quarterly results met expectations .",
    "a spokesman declined to comment .",
    "the company released weaker quarterly figures .",
    "the bank took a hit of a billion pounds .",
    "the german side ousted chelsea in the cup final .",
    "voters went to the polls on sunday .",
    "according to the filing .",
    "the impact of higher prices on margins was limited .",
    "the new rules will lead to higher costs .",
    "the deal comes to a close .",
    "",
    ". , ; :",
]


@pytest.mark.parametrize("sentence", NO_EVENTS)
def test_no_events(sentence: str) -> None:
    tokens = words(sentence)
    assert [(tokens[m.head], m.pattern) for m in match_triggers(tokens)] == []


def test_overlapping_readings_keep_one() -> None:
    tokens = words("the ministers held talks with their counterparts .")
    (match,) = match_triggers(tokens)
    assert match.pattern == "curated:talks_with"
    assert tokens[match.start : match.end] == ["held", "talks", "with"]


def test_intent_codes() -> None:
    _, match = _one("the militias arranged a ceasefire .")
    assert match.intent  # CAMEO 0356: a truce intended, not declared
    assert match.kind is EventKind.DECLARE_CEASEFIRE
    assert match.cameo == "0356" == event_code(match.kind, Factuality.ANNOUNCED).cameo


def test_a_match_is_a_frozen_value() -> None:
    _, match = _one("police arrested two reporters .")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        match.kind = EventKind.MEET  # type: ignore[misc]
    assert match == attrs.evolve(match)


# --------------------------------------------------------------------------- properties

_ENTRIES = read_table("lexicon_verbs.tsv")
_VOCABULARY = sorted(
    {form for row in _ENTRIES for form in row["forms"].split("|")}
    | {"the", "to", "with", "on", "of", ",", ".", "by", "was", "talks", "ambassador"}
)
sentences = st.lists(st.sampled_from(_VOCABULARY), max_size=40)


def _count_steps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the element tests of the matcher (its unit of work)."""
    steps = [0]
    original = lexicon._element_at

    def counted(*args: object) -> int:
        steps[0] += 1
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(lexicon, "_element_at", counted)
    return steps


@settings(max_examples=150, deadline=None)
@given(tokens=sentences, copies=st.integers(min_value=2, max_value=6))
def test_work_is_linear_in_the_sentence(tokens: list[str], copies: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        steps = _count_steps(patch)
        once = [*tokens, "."]
        match_triggers(once)
        single = steps[0]
        steps[0] = 0
        found = match_triggers(once * copies)
    # Each copy costs what one costs (the window of a trigger never crosses the stop);
    # the copies add only triggers whose patterns need a word of another copy.
    assert steps[0] <= copies * (single + 8 * len(once))
    assert len(found) >= len(match_triggers(once))


@settings(max_examples=150, deadline=None)
@given(tokens=sentences, other=sentences)
def test_matching_is_deterministic(tokens: list[str], other: list[str]) -> None:
    first = match_triggers(tokens)
    match_triggers(other)
    assert match_triggers(list(tokens)) == first
    for match in first:
        assert 0 <= match.start <= match.head < match.end <= len(tokens)
        assert match.kind in EventKind


def _plain_verbs() -> list[dict[str, str]]:
    """Single-word verbs with a kind of their own whose every form is theirs alone."""
    lexicon_ = lexicon._LEXICON.get()
    chosen = []
    for row in _ENTRIES:
        forms = row["forms"].split("|")
        if row["pos"] != "verb" or not row["kind"] or row["before"] or row["after"]:
            continue
        if all(
            len(lexicon_.forms.get(form, ())) == 1 and form not in lexicon_.bare_off
            for form in forms
        ):
            chosen.append(dict(row))
    return chosen


PLAIN_VERBS = _plain_verbs()


@settings(max_examples=300, deadline=None)
@given(
    row=st.sampled_from(PLAIN_VERBS),
    frame=st.sampled_from(["{} .", "we {} it", "they {} ;"]),
)
def test_every_inflection_matches_as_its_lemma(row: dict[str, str], frame: str) -> None:
    def reading(form: str) -> list[tuple[str, str]]:
        return [(m.kind.name, m.pattern) for m in match_triggers(frame.format(form).split())]

    expected = reading(row["lemma"])
    assert expected
    for form in row["forms"].split("|"):
        assert reading(form) == expected, form


def test_there_are_many_plain_verbs() -> None:
    # The review (tools/lexicon_review.py) leaves many verbs to their patterns alone.
    assert len(PLAIN_VERBS) > 300


# --------------------------------------------------------------------------- the curated table


CURATED = TOOL.read_curated()


_EVENT_POS = ("verb", "noun", "word", "modal")


def _forms_of(row: dict[str, str]) -> set[str]:
    """Every form of the trigger words of a curated row (one entry per word and part of
    speech holds the patterns of all the rows with that word)."""
    lemmas = {
        " ".join(word.lstrip("+") for word in trigger.rstrip("_").lower().split("_"))
        for trigger in row["trigger"].split("|")
    }
    return {
        form
        for entry in _ENTRIES
        if entry["pos"] == row["pos"] and entry["lemma"] in lemmas
        for form in entry["forms"].split("|")
    }


@pytest.mark.parametrize(
    "row", [r for r in CURATED if r["pos"] in _EVENT_POS], ids=lambda r: r["id"]
)
def test_each_curated_row_fires_on_its_example(row: dict[str, str]) -> None:
    words = tokens(row["example"])
    found = match_triggers(words)
    ids = {
        match.pattern.rsplit(":", 1)[0] if match.pattern.count(":") > 1 else match.pattern
        for match in found
    }
    if row["kind"] == "-":  # a "no event here" pattern: its trigger word gives no event
        forms = _forms_of(row)
        assert forms & set(words), row["example"]
        assert [words[m.head] for m in found if words[m.head] in forms] == [], found
        return
    assert any(match.kind.name == row["kind"] for match in found), [
        (m.pattern, m.kind.name) for m in found
    ]
    if row["pattern"] != "-":  # a curated pattern wins over the dictionary's
        assert f"curated:{row['id']}" in ids, [(m.pattern, m.kind.name) for m in found]


@pytest.mark.parametrize("row", [r for r in CURATED if r["pos"] == "light"], ids=lambda r: r["id"])
def test_light_rows_support_a_noun(row: dict[str, str]) -> None:
    assert any(match.support is not None for match in match_triggers(tokens(row["example"])))


@pytest.mark.parametrize("row", [r for r in CURATED if r["pos"] == "drop"], ids=lambda r: r["id"])
def test_drop_rows_switch_off_the_bare_reading(row: dict[str, str]) -> None:
    words = tokens(row["example"])
    dropped = lexicon._LEXICON.get().bare_off
    for match in match_triggers(words):
        assert (
            words[match.head] not in dropped
            or "." in match.pattern
            or match.pattern.startswith("curated:")
        )


def test_every_curated_synset_is_used() -> None:
    patterns = " ".join(row["pattern"].lower() for row in CURATED if row["pos"] != "synset")
    for row in CURATED:
        if row["pos"] == "synset":
            assert row["trigger"] in patterns, row["id"]


def tokens(text: str) -> list[str]:
    """Lower-cased tokens as the extractor makes them."""
    return [token.low for token in tokenize(text)]


# --------------------------------------------------------------------------- tables and tool


def test_generated_tables_are_up_to_date() -> None:
    if not SHARED.exists():
        pytest.skip("../shared is not available (it does not ship with accordlib)")
    assert TOOL.main(["--check"]) == 0


def test_the_check_passes_without_the_shared_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TOOL, "UPSTREAM", ROOT / "no-such-folder")
    assert TOOL.main(["--check"]) == 0


def test_the_rules_page_is_the_generated_reference() -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    start = page.index(TOOL.MARK_START) + len(TOOL.MARK_START)
    end = page.index(TOOL.MARK_END)
    assert page[start:end] == TOOL.lexicon_markdown(), "run python tools/gen_lexicon.py --markdown"
    for kind in EventKind:
        assert f"### {kind.name}\n" in page


def test_every_kind_has_triggers() -> None:
    kinds = {row["kind"] for row in read_table("lexicon_verbs.tsv")}
    kinds |= {row["kind"] for row in read_table("lexicon_patterns.tsv")}
    assert {kind.name for kind in EventKind} <= kinds


def test_the_tables_are_marked_generated_with_the_licence() -> None:
    for name in (
        "lexicon_verbs.tsv",
        "lexicon_patterns.tsv",
        "lexicon_synsets.tsv",
        "agents.tsv",
        "igo_actors.tsv",
    ):
        text = (ROOT / "src" / "accordlib" / "data" / name).read_text(encoding="utf-8")
        assert text.startswith("# generated by tools/gen_lexicon.py"), name
        assert "do not edit" in text.splitlines()[0]
        assert "MIT licence" in text, name
        assert "Open Event Data Alliance" in text, name
    assert "Permission is hereby granted" in TOOL.LICENCE_NOTE


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("010", ""), ("020", "APPEAL"), ("0331", "PROVIDE_AID"), ("036", "MEET"),
        ("043", "VISIT"), ("057", "SIGN_AGREEMENT"), ("0871", "DECLARE_CEASEFIRE"),
        ("0874", "WITHDRAW"), ("1122", "ACCUSE"), ("1384", "THREATEN"), ("145", "PROTEST"),
        ("154", "MOBILIZE"), ("162", "CUT_AID"), ("1623", "CUT_AID"), ("173", "ARREST"),
        ("1723", "COERCE"), ("183", "ASSAULT"), ("192", "COERCE"), ("195", "FIGHT"),
    ],
)  # fmt: skip
def test_the_reviewed_map(code: str, kind: str) -> None:
    assert TOOL.kind_of(code)[0] == kind
    if kind:
        assert TOOL.kind_of(code)[1] is code.startswith("03")


def test_the_review_of_the_dictionary() -> None:
    review = TOOL  # the tool imports the review's tables (tools/lexicon_review.py)
    for key, (code, reason) in review.BARE_CODES.items():
        assert re.fullmatch(r"[A-Z_]+(:[a-z -]+)?", key), key
        assert code == "" or re.fullmatch(r"\d{3,4}", code), key
        assert reason, key
    for key, reason in {**review.LEFT_OUT_VERBS, **review.LEFT_OUT_PATTERNS}.items():
        assert re.fullmatch(r"[A-Z_]+(:[a-z -]+|\.\d+)", key), key
        assert reason, key
    patterns = {row["pattern"] for row in read_table("lexicon_patterns.tsv")}
    assert not set(review.LEFT_OUT_PATTERNS) & patterns
    verbs = {row["entry"]: row for row in _ENTRIES}
    for entry in review.LEFT_OUT_VERBS:  # kept for the actor cues, never a trigger
        assert (verbs[entry]["block"], verbs[entry]["kind"]) == ("", "")
    assert match_triggers(words("the filing was made according to the rules .")) == []
    assert verbs["RETREAT:withdraw"]["cameo"] == "087"
    assert verbs["CONSIDER:think"]["kind"] == ""  # thinking is no meeting
    reported = [
        row for row in read_table("lexicon_patterns.tsv") if row["block"] == "EXPLAIN_VERBAL"
    ]
    assert reported
    assert all(row["cameo"].startswith(review.REPORTED_CODES) for row in reported)


def test_curated_rows_compile() -> None:
    rows = {(row["pos"], row["lemma"]): row for row in _ENTRIES if row["line"] == "curated"}
    assert rows["word", "offered"]["forms"] == "offered"  # a word row: these forms only
    assert rows["modal", "out of the question"]["after"] == "of the question"
    # one entry per curated word: "talks" alone is NEGOTIATE, its rows' patterns share a block
    talks = rows["noun", "talks"]
    assert (talks["entry"], talks["kind"]) == ("curated:talks", "NEGOTIATE")
    patterns = read_table("lexicon_patterns.tsv")
    assert {r["pattern"] for r in patterns if r["block"] == talks["block"]} >= {
        "curated:talks_with",
        "curated:talks_on",
        "curated:corporate_talks",
    }
    visits = [r for r in patterns if r["pattern"] == "curated:plan_visit"]
    assert len(visits) == 5  # one per trigger word: plan, intend, propose, schedule, prepare
    assert {(r["kind"], r["cameo"], r["intent"]) for r in visits} == {("VISIT", "036", "y")}


def test_a_curated_set_name_has_no_underscore(tmp_path: Path) -> None:
    table = tmp_path / "curated.tsv"
    header = "id\tpos\ttrigger\tpattern\tkind\tcameo\texample\treason\n"
    table.write_text(header + "s\tsynset\t&two_words\ta|b\t-\t-\tAn example.\tA reason.\n")
    with pytest.raises(SystemExit, match="no _"):
        TOOL.read_curated(table)


def test_every_mapped_code_is_a_cameo_code() -> None:
    codes = {row["code"] for row in read_table("cameo.tsv")}
    for prefix, (kind, reason) in TOOL.KIND_OF_CODE.items():
        assert any(code.startswith(prefix) for code in codes), prefix
        assert reason
        assert kind == "" or kind in EventKind.__members__


# --------------------------------------------------------------------------- morphology


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("sign", ["sign", "signs", "signed", "signing"]),
        ("agree", ["agree", "agrees", "agreed", "agreeing"]),
        ("slap", ["slap", "slaps", "slapped", "slapping"]),
        ("visit", ["visit", "visits", "visited", "visiting"]),
        ("offer", ["offer", "offers", "offered", "offering"]),
        ("expel", ["expel", "expels", "expelled", "expelling"]),
        ("cancel", ["cancel", "cancels", "canceled", "cancelled", "canceling", "cancelling"]),
        ("veto", ["veto", "vetoes", "vetoed", "vetoing"]),
        ("embargo", ["embargo", "embargoes", "embargoed", "embargoing"]),
        ("carry", ["carry", "carries", "carried", "carrying"]),
        ("tie", ["tie", "ties", "tied", "tying"]),
        ("panic", ["panic", "panics", "panicked", "panicking"]),
        ("quit", ["quit", "quits", "quitted", "quitting"]),
        ("deter", ["deter", "deters", "deterred", "deterring"]),
        ("push", ["push", "pushes", "pushed", "pushing"]),
    ],
)
def test_regular_verb_forms(lemma: str, forms: list[str]) -> None:
    assert TOOL.verb_forms(lemma).forms == forms


@pytest.mark.parametrize(
    ("lemma", "given", "participles"),
    [
        ("withdraw", ["withdraws", "withdrawing", "withdrew"], ["withdrew", "withdrawn"]),
        ("go", ["goes", "went", "going"], ["went", "gone"]),
        ("fall", ["falls", "fell", "falling"], ["fell", "fallen"]),
        ("steal", ["steals", "stole", "stealing"], ["stole", "stolen"]),
        ("undertake", ["undertakes", "undertook", "undertaking"], ["undertook", "undertaken"]),
        ("forbid", ["forbid", "forbidding", "forbade"], ["forbade", "forbidden"]),
        ("overrun", ["overruns", "overrunning", "overran"], ["overran", "overrun"]),
        ("bring", ["brings", "bringing", "brought"], ["brought"]),
        ("hold", ["holds", "holding", "held"], ["held"]),
    ],
)
def test_strong_participles(lemma: str, given: list[str], participles: list[str]) -> None:
    made = TOOL.verb_forms(lemma, given)
    assert made.participles == participles
    assert set(participles) <= set(made.forms)


def test_both_spellings_of_given_regular_forms() -> None:
    made = TOOL.verb_forms("cancel", ["cancels", "cancelled", "cancelling"])
    assert {"canceled", "cancelled", "canceling", "cancelling"} <= set(made.forms)
    assert TOOL.verb_forms("initial").forms == [
        "initial", "initials", "initialed", "initialled", "initialing", "initialling"
    ]  # fmt: skip
    assert "annuled" not in TOOL.verb_forms("annul").forms


def test_irregular_forms_are_completed() -> None:
    made = TOOL.verb_forms("speak", ["spoke", "spoken"])
    assert made.forms == ["speak", "spoke", "spoken", "speaking", "speaks"]
    assert made.participles == ["spoke", "spoken"]
    assert TOOL.verb_forms("put", ["puts", "putting"]).participles == ["put"]


@pytest.mark.parametrize(
    ("noun", "plural"),
    [("talk", "talks"), ("crisis", "crisis"), ("party", "parties"), ("match", "matches"),
     ("chairman", "chairmen"), ("human", "humans"), ("peace envoy", "peace envoys")],
)  # fmt: skip
def test_plurals(noun: str, plural: str) -> None:
    assert TOOL.plural(noun) == plural


def test_dictionary_irregulars_are_used() -> None:
    forms = {row["entry"]: row["forms"].split("|") for row in _ENTRIES}
    assert {"brought", "bringing"} <= set(forms["curated:call_back_envoy:bring home"])
    assert {"withdrew", "withdrawn"} & set(forms["curated:recall_envoy:withdraw"])
    assert "had" in forms["curated:light:have"]


# --------------------------------------------------------------------------- agents and actors


def test_agents_table() -> None:
    rows = read_table("agents.tsv")
    codes = {row["phrase"]: row["code"] for row in rows}
    assert codes["rebel"] == "REB"
    assert codes["police"] == "COP"
    assert codes["ambassador"] == "GOV"
    assert all(re.fullmatch(r"[A-Z]{3,12}", row["code"]) for row in rows)
    assert {row["position"] for row in rows} == {"before", "after"}


def test_organisations_table_has_no_dated_people() -> None:
    rows = read_table("igo_actors.tsv")
    names = {row["name"]: row for row in rows}
    assert names["amnesty international"]["code"] == "NGOHRIAMN"
    assert names["united nations"]["code"] == "IGOUNO"
    assert names["amnesty international"]["type"] == "NGO"
    assert "kofi annan" not in names  # dated: UN secretary-general 1997-2006
    assert {row["type"] for row in rows} <= {"IGO", "NGO", "MNC", "other"}
