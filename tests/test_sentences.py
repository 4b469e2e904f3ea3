"""The sentence splitter under extract_events: abbreviations, quotations, datelines, offsets.

Every text here was written for accordlib in the style of the wire services named.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accordlib.text.sentences import dateline_end, split_sentences


@dataclass(frozen=True)
class Example:
    text: str
    sentences: tuple[str, ...]


ABBREVIATIONS = [
    Example(
        "U.S. Secretary of State Marco Rubio met Gen. Smith on Nov. 6. They talked.",
        ("U.S. Secretary of State Marco Rubio met Gen. Smith on Nov. 6.", "They talked."),
    ),
    Example(
        "Sen. Jane Doe and Rep. John Roe visited Kyiv. Dr. Lee stayed home.",
        ("Sen. Jane Doe and Rep. John Roe visited Kyiv.", "Dr. Lee stayed home."),
    ),
    Example(
        "The sanctions were imposed by the U.S. The talks collapsed.",
        ("The sanctions were imposed by the U.S.", "The talks collapsed."),
    ),
    Example(
        "President George W. Bush met the U.N. Secretary-General.",
        ("President George W. Bush met the U.N. Secretary-General.",),
    ),
    Example("Talks resume on Jan. 12 in Doha.", ("Talks resume on Jan. 12 in Doha.",)),
]

QUOTATIONS = [
    Example(
        "\u201cWe agreed. We will sign,\u201d the minister said. Talks resume Monday.",
        ("\u201cWe agreed. We will sign,\u201d the minister said.", "Talks resume Monday."),
    ),
    Example(
        '"It is done. It is signed," she said. Nobody objected.',
        ('"It is done. It is signed," she said.', "Nobody objected."),
    ),
    # A quotation that goes on in the next paragraph leaves no closing mark: ignore it.
    Example(
        "\u201cWe will not give in. We will defend our border.",
        ("\u201cWe will not give in.", "We will defend our border."),
    ),
    Example(
        "He said it was \u201ca historic step.\u201d Others disagreed.",
        ("He said it was \u201ca historic step.\u201d", "Others disagreed."),
    ),
]

DATELINES_AND_PARAGRAPHS = [
    Example(
        "WASHINGTON, March 9 - Secretary of State George Shultz will\ntravel to Moscow next month.",
        ("Secretary of State George Shultz will\ntravel to Moscow next month.",),
    ),
    Example(
        "(CNN) \u2014 Uzbekistan will join the accords.", ("Uzbekistan will join the accords.",)
    ),
    Example(
        "MOSCOW, May 8. /TASS/. Putin and Erdogan spoke by phone.",
        ("Putin and Erdogan spoke by phone.",),
    ),
    Example(
        "First paragraph ends here.\n\nSecond paragraph starts here.",
        ("First paragraph ends here.", "Second paragraph starts here."),
    ),
    Example(
        "A headline without a full stop\nThe body starts here.",
        ("A headline without a full stop", "The body starts here."),
    ),
    Example(
        "Israel said on Monday - for the first time - that it agreed.",
        ("Israel said on Monday - for the first time - that it agreed.",),
    ),
]


@pytest.mark.parametrize("example", ABBREVIATIONS + QUOTATIONS + DATELINES_AND_PARAGRAPHS)
def test_split(example: Example) -> None:
    spans = split_sentences(example.text)
    assert tuple(example.text[start:end] for start, end in spans) == example.sentences


def test_offsets_are_into_the_given_text_and_respect_bounds() -> None:
    text = "Header. Japan met Germany. Italy met Spain. Footer."
    start = text.index("Japan")
    end = text.index(" Footer")
    assert [text[s:e] for s, e in split_sentences(text, start, end)] == [
        "Japan met Germany.",
        "Italy met Spain.",
    ]


def test_a_wrapped_first_line_after_a_dateline_is_not_a_short_line() -> None:
    # The region starts after the dateline, but the line it starts in is long: hard
    # wrapping, as in 1980s wire copy, not a headline before a capitalised line.
    text = (
        "    GENEVA, March 4 - Chile has protested to the\n"
        "European Community about new quotas on its fruit.\n"
        "    Talks are due next week.\n"
    )
    start = text.index("Chile")
    assert [text[s:e] for s, e in split_sentences(text, start)] == [
        "Chile has protested to the\nEuropean Community about new quotas on its fruit.",
        "Talks are due next week.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A short line ending in the\nUnited Nations report.",
            ["A short line ending in the\nUnited Nations report."],
        ),
        ("Key figures\nThe rate rose.", ["Key figures", "The rate rose."]),
    ],
)
def test_a_short_line_ending_with_a_function_word_runs_on(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JERUSALEM, Nov 6 (Reuters) - Israel said", "Israel said"),
        ("SAN MATEO, Calif., March 2 - The", "The"),
        ("ASTANA, Nov. 7 (Xinhua) -- Kazakh", "Kazakh"),
        ("CAIRO (AP) \u2014 Egyptian", "Egyptian"),
        ("( AFP ) - Paris", "Paris"),
        ("Israel said on Monday - for", "Israel said on Monday - for"),
    ],
)
def test_dateline_end(text: str, expected: str) -> None:
    assert text[dateline_end(text) :] == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('Ab .!?\u201c\u201d"\n-,U.S()')), max_size=300))
def test_spans_are_ordered_trimmed_and_cover_only_whitespace_between(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end


@pytest.mark.parametrize(
    "text", ["(" * 200_000, "U.S. " * 50_000, "\u201c" * 100_000, "Mr. " * 50_000, "a.\n" * 50_000]
)
def test_linear_on_hostile_text(text: str) -> None:
    started = time.process_time()  # CPU time: other processes on the machine do not count
    split_sentences(text)
    assert time.process_time() - started < 5
