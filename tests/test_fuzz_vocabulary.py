"""Word salad from the package's own vocabulary: every public text function stays total.

The salad (``tests/vocabulary.py``) is drawn from the data tables — titles, portfolios,
honorifics, countries, capitals, demonyms, agencies, months, dateline cities, lexicon
verbs, organisation names — and mixed with punctuation, brackets, dashes, quotes, line
breaks, case changes and phrases cut short, so that it reaches the code that reads past
a known word. Every function must return (only ``lookup_country`` raises, and only its
documented :class:`~accordlib.CountryNotFoundError`), offsets must slice the input to
the reported text, story segments must rebuild it and every result must come back equal
from JSON. The runs here are small and derandomised; ``fuzz/run_word_salad.py`` runs
the same checks for as long as you like.

Below, the findings of the long runs, each as an exact-value regression test.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))

import vocabulary

import accordlib

SALAD = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def test_the_salad_draws_on_every_table_and_is_repeatable() -> None:
    groups = vocabulary.vocabulary()
    assert all(groups.values()), [name for name, phrases in groups.items() if not phrases]
    assert "Secretary of State" in groups["office_holders"] or groups["titles"]
    assert "(Xinhua)" in groups["agency_marks"]
    first = [vocabulary.random_salad(random.Random(f"7:{i}")) for i in range(20)]
    again = [vocabulary.random_salad(random.Random(f"7:{i}")) for i in range(20)]
    assert first == again


@SALAD
@given(text=vocabulary.salad_strategy())
def test_every_public_text_function_survives_word_salad(text: str) -> None:
    vocabulary.check_text(text)


@settings(SALAD, max_examples=40)
@given(text=vocabulary.salad_strategy(max_pieces=6))
def test_word_salad_in_every_slot_of_a_story(text: str) -> None:
    for frame in vocabulary.STORY_FRAMES[1:]:
        story_text = vocabulary.framed(frame, text)
        vocabulary.check_published(story_text)


def test_the_long_run_script_replays_an_example() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fuzz"))
    # deferred: fuzz/ is put on the path just above, only for this test
    import run_word_salad

    assert run_word_salad.main(["--replay", "3", "14"]) == 0
    assert run_word_salad.run(seed=5, budget=0.5, only=("parse_official",), slow=60.0) == {}


# --------------------------------------------------------------------------------------
# Found by the word-salad runs
# --------------------------------------------------------------------------------------


def test_byline_piece_of_no_break_spaces_has_no_words() -> None:
    # A copyright sign and a no-break space before an agency's slashes: the piece left
    # of the agency was only blanks that the trimming kept, and had no first word.
    byline = accordlib.parse_byline("\u00a9\u00a0/MTI/ ")
    assert byline == accordlib.Byline((), "MTI", "\u00a9\u00a0/MTI/")


@pytest.mark.parametrize("published", [None, dt.date(2026, 1, 5)])
def test_the_salad_checks_accept_a_plain_story(published: dt.date | None) -> None:
    text = "DOHA, March 3 (Reuters) - Qatar and Egypt signed a trade accord on Monday."
    story = accordlib.parse_story(text, published=published)
    assert [segment.kind.name for segment in story.segments] == ["DATELINE", "SEPARATOR", "BODY"]
    vocabulary.check_text(text)


# A news agency's bracket glued to the first word of the body ("(Xinhua)Chinese", a
# dropped space in a feed) was read as a body's abbreviation before a title, as in
# "Foreign Office (FO) spokesman": the official began inside the dateline, so the
# events of the first sentence lost their actor.
GLUED_AGENCY_BRACKETS = [
    (
        "ANKARA (AA)Turkish President Leyla Demirtas met the Greek prime minister on Friday.",
        "Turkish President Leyla Demirtas",
    ),
    (
        "NEW DELHI, March 3 (PTI)Prime Minister Arjun Mehra met Japan's prime minister.",
        "Prime Minister Arjun Mehra",
    ),
    ("(Xinhua)Chinese Foreign Minister Liu Pengfei met his Kazakh counterpart.", None),
]


@pytest.mark.parametrize(("text", "raw"), GLUED_AGENCY_BRACKETS)
def test_agency_bracket_glued_to_the_body_stays_out_of_the_official(
    text: str, raw: str | None
) -> None:
    expected = raw or "Chinese Foreign Minister Liu Pengfei"
    first = accordlib.find_officials(text)[0]
    assert (first.official.raw, text[first.start : first.end]) == (expected, expected)
    story = accordlib.parse_story(text)
    assert story.dateline is not None
    assert text[story.dateline.end :].startswith(expected)
    events = accordlib.extract_events(story, published=dt.date(2026, 3, 6))
    assert [(e.kind.name, [a.name for a in e.actors]) for e in events][:1] == [
        ("MEET", [first.official.name])
    ]


def test_bracket_at_the_start_is_not_a_title_word() -> None:
    # The start of the text let the walk back keep words it had not committed ("the top
    # U.S. diplomat"); a bracket with nothing before it to abbreviate is not one of them.
    (mention,) = accordlib.find_officials("(QX) President Elena Marsh met them.")
    assert (mention.start, mention.official.raw) == (5, "President Elena Marsh")
    # A body's abbreviation still belongs to the title after it.
    (mention,) = accordlib.find_officials(
        "The Department of Foreign Affairs (DFA) Secretary Rosa Lim met them."
    )
    assert mention.official.raw == "Department of Foreign Affairs (DFA) Secretary Rosa Lim"
