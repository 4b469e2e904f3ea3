"""Extraction's fast paths against their full paths, and the one-pass document.

Each speed trick of the extractor keeps a property test here: the ASCII tokenizer finds
the tokens the full ``regex`` tokenizer finds, the time-expression sieve finds what the
unsifted search finds, the annotated document hands each sentence exactly what the
finders found in it, and extraction runs each finder once per story and tokenises each
sentence once. Every sentence here was written for accordlib.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import accordlib
from accordlib._util.lazy import Lazy
from accordlib._util.tables import TableError
from accordlib.extract import lexicon, pipeline, triggers, words
from accordlib.extract.lexicon_tables import LEXICON, Element, Synsets
from accordlib.extract.rules import last_words
from accordlib.extract.triggers import glued_trigger, may_trigger
from accordlib.text import document
from accordlib.text.document import Document
from accordlib.text.timex import find_timexes
from accordlib.text.tokens import ASCII_TOKEN, TOKEN, is_plain, tokenize

# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class TokenExample:
    text: str
    tokens: tuple[str, ...]


TOKENS_WIRE_STYLE = [
    TokenExample("U.S.-led talks", ("U.S.", "-", "led", "talks")),
    TokenExample("Iran's envoy met.", ("Iran", "'s", "envoy", "met", ".")),
    TokenExample("Kazakhstan\u2019s leader", ("Kazakhstan", "\u2019s", "leader")),
    TokenExample("the U.S. sent aid", ("the", "U.S.", "sent", "aid")),
    TokenExample("Kassym-Jomart Tokayev", ("Kassym-Jomart", "Tokayev")),
    TokenExample("$1,500.25 million", ("$", "1,500.25", "million")),
    TokenExample(
        "\u201cWe agreed,\u201d she said", ("\u201c", "We", "agreed", ",", "\u201d", "she", "said")
    ),
    TokenExample("talks\u2019 outcome", ("talks", "\u2019", "outcome")),
    TokenExample("AT&T and O'Brien", ("AT&T", "and", "O'Brien")),
    TokenExample("Gen. Smith", ("Gen", ".", "Smith")),
    TokenExample("s's", ("s", "'s")),
    TokenExample("'s", ("'", "s")),
]


@pytest.mark.parametrize("example", TOKENS_WIRE_STYLE, ids=lambda e: e.text)
def test_tokens_of_wire_prose(example: TokenExample) -> None:
    tokens = tokenize(example.text, 100)
    assert tuple(tok.text for tok in tokens) == example.tokens
    for tok in tokens:
        assert example.text[tok.start - 100 : tok.end - 100] == tok.text
        # A possessive is "'s" whatever its apostrophe; the rest is lower-cased.
        assert tok.low == ("'s" if tok.text in ("'s", "\u2019s") else tok.text.lower())


def _key(text: str, pattern: Any) -> list[tuple[str, str, int, int]]:
    return [(t.text, t.low, t.start, t.end) for t in tokenize(text, 7, pattern)]


#: ASCII and the typographic punctuation the fast path accepts, weighted toward what
#: joins or splits tokens: hyphens, apostrophes, dots, ampersands, commas, digits.
PLAIN = st.text(
    alphabet=st.sampled_from(
        [
            *"aZs.S'&-,0159 \t\n\r\f\v\x1c\x1f!$(\x00\x7f",
            *"\u2018\u2019\u201c\u201d\u2013\u2014\u2026",
        ]
    ),
    max_size=60,
)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(PLAIN, st.text(alphabet=st.characters(max_codepoint=127), max_size=60)))
def test_ascii_tokenizer_finds_the_tokens_of_the_full_tokenizer(text: str) -> None:
    assert is_plain(text)
    assert _key(text, ASCII_TOKEN) == _key(text, TOKEN)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_the_fast_path_applies_only_to_plain_text(text: str) -> None:
    # Outside plain text the default is the full tokenizer; on plain text both agree.
    assert _key(text, None) == _key(text, TOKEN)


# --------------------------------------------------------------------------- time expressions

TIMEX_WORDS = str.split(
    "on in since by until from during of throughout last next this coming past previous "
    "earlier later today tonight yesterday tomorrow just soon shortly at a later date "
    "recently for decades years generations long-standing the end year year-end week "
    "month Monday Thursday May March Nov. Sept. June 6 6th 31 2020 1987 early late mid "
    "mid- recent coming days weeks met held signed talks , . \u017f \u0130 \u0660 _"
)
TIMEX_SPACES = (" ", "  ", "   ", "    ", "\n", "\t", "", " \u00a0 ")


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(TIMEX_WORDS).flatmap(
                lambda w: st.sampled_from([w, w.upper(), w.title()])
            ),
            st.sampled_from(TIMEX_SPACES),
        ),
        max_size=14,
    )
)
def test_the_timex_sieve_finds_what_the_unsifted_search_finds(
    pieces: list[tuple[str, str]],
) -> None:
    text = "".join(word + space for word, space in pieces)
    assert find_timexes(text) == find_timexes(text, sieve=False)
    middle = len(text) // 2
    assert find_timexes(text, 2, middle) == find_timexes(text, 2, middle, sieve=False)


# --------------------------------------------------------------------------- the document

STORY = (
    "Kazakhstan will join the Abraham Accords, US President Donald Trump said on Thursday.\n\n"
    "Trump met Kazakh President Kassym-Jomart Tokayev in Washington. The two leaders signed"
    " a trade agreement last week.\n\n"
    "\u201cWe agreed,\u201d Tokayev told reporters in Astana on Nov. 6."
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Japan and Germany signed a defense pact on Monday.",
                "Iran's foreign minister met his Omani counterpart in Muscat last week.",
                "\u201cWe will sign soon,\u201d Egyptian President Abdel Fattah el-Sisi said.",
                "Talks resume in March 2026.",
                "The U.S. sent an envoy.",
                "Officials declined to comment.",
            ]
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["\n\n", " ", "\n"]),
)
def test_the_document_hands_each_sentence_what_the_finders_found_in_it(
    sentences: list[str], separator: str
) -> None:
    text = separator.join(sentences)
    doc = Document(text)
    for finder in (accordlib.find_officials, accordlib.find_countries, find_timexes):
        found: Sequence[Any] = finder(text)
        layer = doc.layer(finder)
        for sentence in doc.sentences:
            expected = [m for m in found if sentence.start <= m.start and m.end <= sentence.end]
            assert layer.within(sentence.start, sentence.end) == expected
    for sentence in doc.sentences:
        assert [t.text for t in sentence.tokenize()] == [t.text for t in tokenize(sentence.text)]
        assert all(text[t.start : t.end] == t.text for t in sentence.tokenize())


def test_a_finder_runs_once_per_document() -> None:
    calls: list[str] = []

    def finder(text: str) -> list[Any]:
        calls.append(text)
        return []

    doc = Document(STORY)
    assert doc.layer(finder) is doc.layer(finder)
    assert calls == [STORY]


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []
    original: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)
    return calls


def test_extraction_finds_mentions_once_and_tokenises_each_sentence_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    actors = _counting(monkeypatch, pipeline, "find_actors")
    tokenized = _counting(monkeypatch, document, "tokenize")
    events = accordlib.extract_events(STORY, published=dt.date(2025, 11, 6))
    assert [e.kind.name for e in events] == ["JOIN_AGREEMENT", "MEET", "SIGN_AGREEMENT"]
    assert len(actors) == 1  # the participants of the whole story, found once
    starts = [args[1] for args in tokenized]
    # Each sentence read in full is tokenised once.
    assert len(starts) == len(set(starts))


# --------------------------------------------------------------------------- the word table


def test_every_word_class_has_words() -> None:
    classes = words.WORDS.get()
    for field in classes.__attrs_attrs__:
        assert getattr(classes, field.name), field.name
    assert ("failed", "to") in classes.negation_phrase
    assert "said" in classes.attribution_cues


def test_a_misnamed_word_class_is_a_table_error(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"word": "said", "class": "reportin", "source": "accordlib"}]
    monkeypatch.setattr(words, "read_table", lambda name: rows)
    with pytest.raises(TableError, match="reportin"):
        words._load()


# --------------------------------------------------------------------------- the trigger pre-test

#: Trigger words with what may be glued to them in print, and words around them.
TRIGGERS = sorted(triggers._PRETEST.get())
GLUED = ("", "", "", "'", "\u2019", "'s", "\u2019s", "-", "-led", ".", ",", "2", "\u0301", "s")
AROUND = str.split("Japan and Iran the two sides on Monday \u201c \u201d ( ) U.S. K\u212aing")


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.sampled_from(TRIGGERS), st.sampled_from(GLUED)).map("".join),
            st.sampled_from(AROUND),
        ),
        max_size=8,
    ).map(" ".join)
)
def test_the_trigger_pretest_never_hides_a_trigger(text: str) -> None:
    for variant in (text, text.upper(), text.title()):
        lower = variant.lower()
        if not (may_trigger(lower) or glued_trigger(lower)):
            assert triggers.trigger_matches([tok.low for tok in tokenize(variant)]) == []


def test_every_pretest_word_starts_with_a_letter() -> None:
    assert all(word[:1].isalpha() for word in triggers._PRETEST.get())
    assert last_words() <= triggers._PRETEST.get()


def test_a_trigger_word_glued_to_a_quotation_mark_is_read() -> None:
    # British-style single quotes glue a closing mark to the trigger word.
    text = "Pakistan and India declared a \u2018ceasefire\u2019 on Saturday."
    assert glued_trigger(text.lower())
    (event,) = accordlib.extract_events(text, published=dt.date(2025, 11, 6))
    assert (event.kind.name, [a.name for a in event.actors]) == (
        "DECLARE_CEASEFIRE",
        ["Pakistan", "India"],
    )
    assert event.date == dt.date(2025, 11, 1)


@settings(max_examples=500, deadline=None)
@given(st.one_of(PLAIN, st.text(alphabet=st.characters(max_codepoint=127), max_size=60)))
def test_the_pretests_ascii_patterns_find_what_their_full_patterns_find(text: str) -> None:
    lower = text.lower()
    assert triggers._ASCII_SIMPLE_WORD.findall(lower) == triggers._SIMPLE_WORD.findall(lower)
    assert triggers._ASCII_LETTERS.findall(lower) == triggers._LETTERS.findall(lower)


# --------------------------------------------------------------------------- the sentences read

#: Sentences with triggers, sentences whose context later ones need (a person, a state, a
#: quotation) and sentences without either, for stories in any order.
STORY_SENTENCES = (
    "Japan and Germany signed a defense pact on Monday.",
    "He later met his Omani counterpart in Muscat.",
    "The two sides agreed to hold talks next month.",
    "Indian Foreign Minister Ravi Menon arrived in Seoul late on Tuesday.",
    "\u201cWe will not accept this,\u201d Menon told reporters.",
    "Brazil's trade surplus narrowed to $2 billion in March.",
    "Shares of the company rose 4% in early trading.",
    "It condemned the decision.",
    "The weather stayed mild across the region.",
    "This story has been updated with comments from officials.",
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(STORY_SENTENCES), max_size=7),
    st.sampled_from(["\n\n", " "]),
    st.sampled_from(["", "TOKYO, March 2 (Reuters) - ", "Talks resume\n\n"]),
)
def test_reading_up_to_the_last_trigger_gives_the_events_of_reading_every_sentence(
    sentences: list[str], separator: str, head: str
) -> None:
    text = head + separator.join(sentences)
    published = dt.date(2026, 3, 3)
    full = pipeline._extract(text, published, 0.0, every_sentence=True)
    assert pipeline._extract(text, published, 0.0) == full
    assert accordlib.extract_events(text, published=published, min_confidence=0.0) == full


def test_a_story_without_triggers_is_not_searched_for_parties(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    actors = _counting(monkeypatch, pipeline, "find_actors")
    text = "Brazil's trade surplus narrowed in March.\n\nShares of Petrobras rose 4%."
    assert accordlib.extract_events(text) == []
    assert actors == []
    (event,) = accordlib.extract_events(text + "\n\nJapan and Germany signed a defense pact.")
    assert event.kind.name == "SIGN_AGREEMENT"
    assert len(actors) == 1


# --------------------------------------------------------------------------- the lexicon matcher


def _lexicon_elements() -> list[Element]:
    tables = LEXICON.get()
    found = {element for p in tables.patterns for element in (*p.before, *p.after)}
    inner = {item for element in found for item in element.items}
    return sorted((e for e in found | inner if e.tag != "s"), key=repr)


#: The searchable elements of the lexicon's patterns (and of their prepositional phrases).
ELEMENTS = Lazy(_lexicon_elements)


def _element_words(element: Element, synsets: Synsets) -> list[str]:
    found: list[str] = [*element.preps]
    for unit in element.units:
        if isinstance(unit, str):
            found.extend(
                w for phrases in synsets.get(unit, {}).values() for p in phrases for w in p
            )
        else:
            found.extend(unit)
    for item in element.items:
        found.extend(_element_words(item, synsets))
    return found


def _search_everywhere(
    element: Element, sentence: list[str], at: int, gap: int, synsets: Synsets
) -> int:
    """The element search with its first-word test off: every position read in full."""
    fast = lexicon._first_words
    lexicon._first_words = lambda element, synsets: None
    try:
        return lexicon._search(element, sentence, at, gap, (), synsets)
    finally:
        lexicon._first_words = fast


@settings(max_examples=600, deadline=None)
@given(st.data())
def test_the_lexicon_search_finds_what_reading_every_position_finds(data: st.DataObject) -> None:
    synsets = LEXICON.get().synsets
    element = data.draw(st.sampled_from(ELEMENTS.get()))
    quantifiers = sorted(
        w for phrases in words.WORDS.get().quantifiers.values() for p in phrases for w in p
    )
    vocabulary = [
        *sorted(set(_element_words(element, synsets)))[:40],
        *quantifiers[:6],
        "the",
        "new",
        ",",
        '"',
        "to",
    ]
    sentence = data.draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=12))
    at = data.draw(st.integers(0, len(sentence)))
    gap = data.draw(st.sampled_from([lexicon.GAP, lexicon.NOUN_GAP]))
    assert lexicon._search(element, sentence, at, gap, (), synsets) == _search_everywhere(
        element, sentence, at, gap, synsets
    )


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_the_candidate_patterns_are_those_of_the_full_ranking(data: st.DataObject) -> None:
    blocks = LEXICON.get().blocks
    block = blocks[data.draw(st.sampled_from(sorted(blocks)))]
    hits = frozenset(data.draw(st.lists(st.sampled_from(sorted(block.words) or ["none"]))))
    hits &= block.words
    full = set(block.always).union(*(block.needing[word] for word in hits))
    ranked = sorted(full, key=lambda pattern: pattern.rank, reverse=True)
    assert list(lexicon._candidates(block, hits)) == ranked
