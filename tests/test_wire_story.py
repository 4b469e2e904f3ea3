"""Whole stories: every example story, the headline rules, and the lossless partition."""

from __future__ import annotations

import datetime
import sys
import time
from pathlib import Path
from typing import NamedTuple
from unittest import mock

import pytest
from hypothesis import given, settings

import accordlib
from accordlib import SegmentKind, Story, parse_story
from accordlib._util.text import BLANKS
from accordlib.errors import AccordWarning, StoryParseWarning
from accordlib.wire import lines as lines_module
from accordlib.wire import story as story_module
from accordlib.wire.story import _Parser

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from strategies import any_texts, wire_texts  # noqa: E402 - needs the sys.path entry above

STORIES = HERE.parent / "examples" / "stories"


class StoryExample(NamedTuple):
    file: str
    published: str
    headline: str | None
    authors: tuple[str, ...] | None
    dateline: tuple[str | None, str | None, str | None, datetime.date | None, str | None] | None
    agency: str | None
    paragraphs: int
    first: str
    last_end: str
    credits: list[tuple[str, tuple[str, ...]]]
    notes: list[str]
    copyright: tuple[str | None, int | None] | None
    tags: tuple[str, ...]
    kinds: str


EXAMPLE_STORIES = [
    StoryExample(
        "afp-paris-climate-talks.txt",
        "2025-11-07",
        headline="France and Brazil pledge joint push on forest finance",
        authors=None,
        dateline=("PARIS", None, "FRA", datetime.date(2025, 11, 7), "Agence France-Presse"),
        agency="Agence France-Presse",
        paragraphs=3,
        first="France and Brazil on Friday pledged to r",
        last_end="d reporters after the meeting.",
        credits=[],
        notes=[],
        copyright=("AFP", 2025),
        tags=("burs-lc/jh",),
        kinds="HEADLINE DATELINE BODY BODY BODY TAG COPYRIGHT",
    ),
    StoryExample(
        "anadolu-ankara-talks.txt",
        "2025-11-07",
        headline="Türkiye, Azerbaijan sign energy cooperation deal",
        authors=("Elif Demir",),
        dateline=("ANKARA", None, "TUR", None, "Anadolu Agency"),
        agency="Anadolu Agency",
        paragraphs=2,
        first="Türkiye and Azerbaijan signed an agreeme",
        last_end="h countries' energy ministers.",
        credits=[],
        notes=[],
        copyright=None,
        tags=(
            "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.",
        ),
        kinds="HEADLINE BYLINE DATELINE BODY BODY TAG",
    ),
    StoryExample(
        "ap-ceasefire-talks.txt",
        "2025-11-07",
        headline="Egypt hosts new round of Gaza ceasefire talks as mediators push for deal",
        authors=("Sarah Miller", "David Okafor"),
        dateline=("CAIRO", None, "EGY", None, "Associated Press"),
        agency="Associated Press",
        paragraphs=5,
        first="Egyptian and Qatari mediators opened a n",
        last_end="es, an Egyptian official said.",
        credits=[("CONTRIBUTING", ("Lena Haddad",))],
        notes=[],
        copyright=("The Associated Press", 2026),
        tags=(),
        kinds="HEADLINE BYLINE DATELINE BODY BODY BODY BODY BODY CREDIT COPYRIGHT",
    ),
    StoryExample(
        "bloomberg-oil-talks.txt",
        "2025-11-07",
        headline="Saudi Arabia, Iraq Discuss Output Plan Ahead of OPEC+ Meeting",
        authors=("Noor Haddad",),
        dateline=(None, None, None, None, "Bloomberg"),
        agency="Bloomberg",
        paragraphs=2,
        first="Saudi Arabia and Iraq discussed producti",
        last_end="ecause the talks were private.",
        credits=[("CONTRIBUTING", ("Omar Khalil",)), ("REPORTING", ("Noor Haddad",))],
        notes=[],
        copyright=None,
        tags=(),
        kinds="HEADLINE BYLINE DATELINE BODY BODY CREDIT CREDIT",
    ),
    StoryExample(
        "cnn-abraham-accords.txt",
        "2025-11-07",
        headline="Uzbekistan to join Abraham Accords, White House says",
        authors=("Dana Whitfield", "Marcus Oyelaran"),
        dateline=(None, None, None, None, "CNN"),
        agency="CNN",
        paragraphs=8,
        first="Uzbekistan will join the Abraham Accords",
        last_end="ade and technology agreements.",
        credits=[("CONTRIBUTING", ("Priya Raman",))],
        notes=["UPDATE"],
        copyright=("Cable News Network, Inc.", 2026),
        tags=("The-CNN-Wire",),
        kinds="HEADLINE BYLINE DATELINE BODY BODY BODY BODY BODY BODY BODY BODY CREDIT NOTE TAG COPYRIGHT",
    ),
    StoryExample(
        "cnn-oman-iran-talks.txt",
        "2025-11-07",
        headline="US and Iran to hold new nuclear talks in Oman, Rubio says",
        authors=("Lena Okafor", "Daniel Reyes"),
        dateline=(None, None, None, None, "CNN"),
        agency="CNN",
        paragraphs=9,
        first="The United States and Iran will hold a n",
        last_end=" Iranian state media reported.",
        credits=[("CONTRIBUTING", ("Tomas Berger",))],
        notes=[],
        copyright=("Cable News Network, Inc.", 2026),
        tags=("The-CNN-Wire",),
        kinds="HEADLINE BYLINE DATELINE BODY BODY BODY BODY BODY BODY BODY BODY BODY CREDIT TAG COPYRIGHT",
    ),
    StoryExample(
        "dpa-berlin-visit.txt",
        "2025-11-07",
        headline="German president to visit Kazakhstan next month",
        authors=None,
        dateline=("Berlin", None, "DEU", None, "Deutsche Presse-Agentur"),
        agency="Deutsche Presse-Agentur",
        paragraphs=2,
        first="German President Frank-Walter Steinmeier",
        last_end="ral years, a spokeswoman said.",
        credits=[],
        notes=["EDITORS_NOTE"],
        copyright=None,
        tags=(),
        kinds="HEADLINE DATELINE BODY BODY NOTE",
    ),
    StoryExample(
        "efe-madrid-summit.txt",
        "2025-11-07",
        headline="Spain and Morocco hold summit on migration and trade",
        authors=None,
        dateline=("Madrid", None, "ESP", datetime.date(2025, 11, 7), "EFE"),
        agency="EFE",
        paragraphs=2,
        first="Spain and Morocco held a summit in Madri",
        last_end="gh its best moment in decades.",
        credits=[],
        notes=[],
        copyright=("EFE", 2025),
        tags=(),
        kinds="HEADLINE DATELINE BODY BODY COPYRIGHT",
    ),
    StoryExample(
        "kazinform-astana-forum.txt",
        "2025-11-07",
        headline="Tokayev receives delegation of Korean business leaders",
        authors=None,
        dateline=("ASTANA", None, "KAZ", None, "Kazinform"),
        agency="Kazinform",
        paragraphs=2,
        first="President Kassym-Jomart Tokayev received",
        last_end="istics and digital technology.",
        credits=[],
        notes=[],
        copyright=None,
        tags=(),
        kinds="HEADLINE DATELINE BODY BODY",
    ),
    StoryExample(
        "kyodo-japan-germany.txt",
        "2025-02-17",
        headline="Japan, Germany agree to boost security ties",
        authors=None,
        dateline=("BONN", "Germany", "DEU", datetime.date(2025, 2, 17), "Kyodo News"),
        agency="Kyodo News",
        paragraphs=2,
        first="Japanese Foreign Minister Takeshi Iwaya ",
        last_end="nt ballistic missile launches.",
        credits=[],
        notes=[],
        copyright=None,
        tags=("==Kyodo",),
        kinds="HEADLINE DATELINE BODY BODY TAG",
    ),
    StoryExample(
        "pti-delhi-talks.txt",
        "2025-11-07",
        headline="India, UAE review progress of trade pact",
        authors=None,
        dateline=("NEW DELHI", None, "IND", datetime.date(2025, 11, 6), "Press Trust of India"),
        agency="Press Trust of India",
        paragraphs=2,
        first="India and the United Arab Emirates on Th",
        last_end="f a conference in the capital.",
        credits=[],
        notes=["CORRECTION"],
        copyright=None,
        tags=(),
        kinds="HEADLINE DATELINE BODY BODY NOTE",
    ),
    StoryExample(
        "qna-doha-mediation.txt",
        "2025-11-07",
        headline="Qatar hosts new round of talks on prisoner exchange",
        authors=None,
        dateline=("DOHA", None, "QAT", None, None),
        agency="Qatar News Agency",
        paragraphs=2,
        first="Qatar hosted a new round of indirect tal",
        last_end=" and would continue next week.",
        credits=[],
        notes=[],
        copyright=None,
        tags=("Source: QNA",),
        kinds="HEADLINE DATELINE BODY BODY TAG",
    ),
    StoryExample(
        "reuters-1987-shultz.txt",
        "1987-03-09",
        headline="SHULTZ TO VISIT MOSCOW NEXT MONTH FOR ARMS TALKS",
        authors=None,
        dateline=("WASHINGTON", None, "USA", datetime.date(1987, 3, 9), None),
        agency="Reuters",
        paragraphs=3,
        first="Secretary of State George Shultz will\ntr",
        last_end="te had been set for the visit.",
        credits=[],
        notes=[],
        copyright=None,
        tags=("Reuter",),
        kinds="HEADLINE DATELINE BODY BODY BODY TAG",
    ),
    StoryExample(
        "reuters-eu-sanctions.txt",
        "2025-03-03",
        headline="EU agrees new sanctions on Belarus over border crisis",
        authors=("Anna Kowalski", "Tomas Berger"),
        dateline=("BRUSSELS", None, "BEL", datetime.date(2025, 3, 3), "Reuters"),
        agency="Reuters",
        paragraphs=5,
        first="European Union foreign ministers agreed ",
        last_end="te news agency BelTA reported.",
        credits=[
            ("REPORTING", ("Anna Kowalski", "Tomas Berger")),
            ("ADDITIONAL_REPORTING", ("Piotr Nowak",)),
            ("EDITING", ("Helen Marsh",)),
        ],
        notes=[],
        copyright=None,
        tags=("Our Standards: The Thomson Reuters Trust Principles.",),
        kinds="HEADLINE BYLINE DATELINE BODY BODY BODY BODY BODY CREDIT TAG",
    ),
    StoryExample(
        "tass-phone-call.txt",
        "2025-05-08",
        headline="Putin, Erdogan discuss Black Sea shipping in phone call",
        authors=None,
        dateline=("MOSCOW", None, "RUS", datetime.date(2025, 5, 8), "TASS"),
        agency="TASS",
        paragraphs=3,
        first="Russian President Vladimir Putin and Tur",
        last_end=" planned for the coming weeks.",
        credits=[],
        notes=[],
        copyright=None,
        tags=(),
        kinds="HEADLINE DATELINE BODY BODY BODY",
    ),
    StoryExample(
        "upi-senate-vote.txt",
        "2025-11-07",
        headline="Senate panel backs new ambassador to Poland",
        authors=None,
        dateline=(
            "WASHINGTON",
            None,
            "USA",
            datetime.date(2025, 11, 6),
            "United Press International",
        ),
        agency="United Press International",
        paragraphs=2,
        first="A Senate committee on Thursday approved ",
        last_end=" had been vacant for too long.",
        credits=[],
        notes=[],
        copyright=("United Press International, Inc.", 2025),
        tags=(),
        kinds="HEADLINE DATELINE BODY BODY COPYRIGHT",
    ),
    StoryExample(
        "xinhua-kazakhstan-visit.txt",
        "2025-11-07",
        headline="Kazakh president meets Chinese foreign minister in Astana",
        authors=None,
        dateline=("ASTANA", None, "KAZ", datetime.date(2025, 11, 7), "Xinhua"),
        agency="Xinhua",
        paragraphs=4,
        first="Kazakh President Kassym-Jomart Tokayev m",
        last_end="facilitation during the visit.",
        credits=[],
        notes=[],
        copyright=None,
        tags=("Enditem", "Editor: Liu Yang"),
        kinds="HEADLINE DATELINE BODY BODY BODY BODY TAG TAG",
    ),
    StoryExample(
        "yonhap-korea-japan.txt",
        "2025-11-07",
        headline="S. Korea, Japan agree to resume shuttle diplomacy",
        authors=("Lee Jun-hyun",),
        dateline=("SEOUL", None, "KOR", datetime.date(2025, 11, 7), "Yonhap"),
        agency="Yonhap",
        paragraphs=2,
        first="South Korea and Japan agreed Friday to r",
        last_end=" ministry said in a statement.",
        credits=[],
        notes=[],
        copyright=None,
        tags=("(END)",),
        kinds="HEADLINE BYLINE DATELINE BODY BODY TAG",
    ),
]


@pytest.mark.parametrize("example", EXAMPLE_STORIES, ids=[e.file for e in EXAMPLE_STORIES])
def test_example_stories(example: StoryExample) -> None:
    text = (STORIES / example.file).read_text(encoding="utf-8")
    story = parse_story(text, published=example.published)
    d = story.dateline
    got = StoryExample(
        example.file,
        example.published,
        headline=story.headline,
        authors=story.byline.authors if story.byline else None,
        dateline=(d.place, d.region, d.country.alpha3 if d.country else None, d.date, d.agency)
        if d
        else None,
        agency=story.agency,
        paragraphs=len(story.paragraphs),
        first=story.paragraphs[0][:40],
        last_end=story.paragraphs[-1][-30:],
        credits=[(c.role.name, c.names) for c in story.credits],
        notes=[n.kind.name for n in story.notes],
        copyright=(story.copyright.holder, story.copyright.year) if story.copyright else None,
        tags=story.tags,
        kinds=" ".join(s.kind.name for s in story.segments if s.kind is not SegmentKind.SEPARATOR),
    )
    assert got == example
    assert_partition(story)
    assert story.body == "\n\n".join(story.paragraphs)


def test_every_example_story_has_an_expectation() -> None:
    assert sorted(p.name for p in STORIES.glob("*.txt")) == sorted(e.file for e in EXAMPLE_STORIES)


def assert_partition(story: Story) -> None:
    assert "".join(s.text for s in story.segments) == story.text
    position = 0
    for segment in story.segments:
        assert segment.start == position
        assert story.text[segment.start : segment.end] == segment.text
        assert segment.end > segment.start
        if segment.kind is SegmentKind.SEPARATOR:
            assert not segment.text.strip(BLANKS) or segment.text.strip("_=~*-–—―" + BLANKS) == ""
        else:
            assert segment.text == segment.text.strip(BLANKS)
        position = segment.end


CNN_STYLE = (
    "Oman to host new round of talks, officials say\n"
    "\n"
    "By Rana Aziz, Paul Lind, CNN\n"
    "(CNN) — Oman will host a new round of talks next week, officials said on Friday.\n"
    "“We are ready,” the foreign minister said in a statement.\n"
    "CNN’s Mira Sood contributed to this report.\n"
    "This story has been updated with additional reporting.\n"
    "The-CNN-Wire\n"
    "™ & © 2025 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved."
)


def test_cnn_style_story_every_field() -> None:
    story = parse_story(CNN_STYLE, published="2025-11-07")
    assert story.headline == "Oman to host new round of talks, officials say"
    assert story.byline == accordlib.Byline(
        authors=("Rana Aziz", "Paul Lind"), agency="CNN", raw="By Rana Aziz, Paul Lind, CNN"
    )
    assert story.dateline is not None
    assert (story.dateline.raw, story.dateline.agency, story.dateline.place) == (
        "(CNN) —",
        "CNN",
        None,
    )
    assert story.paragraphs == (
        "Oman will host a new round of talks next week, officials said on Friday.",
        "“We are ready,” the foreign minister said in a statement.",
    )
    assert story.credits == (
        accordlib.Credit(
            accordlib.CreditRole.CONTRIBUTING,
            ("Mira Sood",),
            "CNN’s Mira Sood contributed to this report.",
        ),
    )
    assert story.notes == (
        accordlib.Note(
            accordlib.NoteKind.UPDATE, "This story has been updated with additional reporting."
        ),
    )
    assert story.copyright is not None
    assert (story.copyright.holder, story.copyright.year) == ("Cable News Network, Inc.", 2025)
    assert story.tags == ("The-CNN-Wire",)
    assert (story.agency, story.published) == ("CNN", datetime.date(2025, 11, 7))
    assert_partition(story)


REUTERS_1987_TABLE = (
    "ACME CORP <ACME> 4TH QTR NET\n"
    "    TOLEDO, Ohio, March 4 -\n"
    "    Shr 41 cts vs 33 cts\n"
    "    Net 2,100,000 vs 1,700,000\n"
    "    Revs 40.2 mln vs 37.9 mln\n"
    "    Note: 1986 results include a gain of 300,000 dlrs.\n"
    " Reuter\n"
)


def test_reuters_1987_results_table_is_one_paragraph() -> None:
    story = parse_story(REUTERS_1987_TABLE, published="1987-03-04")
    assert story.headline == "ACME CORP <ACME> 4TH QTR NET"
    assert story.dateline is not None
    assert (story.dateline.place, story.dateline.region, story.dateline.date) == (
        "TOLEDO", "Ohio", datetime.date(1987, 3, 4),
    )  # fmt: skip
    assert story.paragraphs == (
        (
            "Shr 41 cts vs 33 cts\nNet 2,100,000 vs 1,700,000\nRevs 40.2 mln vs 37.9 mln\n"
            "Note: 1986 results include a gain of 300,000 dlrs."
        ),
    )
    assert story.tags == ("Reuter",)
    assert story.agency == "Reuters"
    assert_partition(story)


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("WASHINGTON (AP) — The Senate voted on Monday.\n\nMore text.", None),
        ("The Senate voted on Monday to approve the bill.\n\nMore text.", None),
        ("Talks resume in Doha\nThe talks resumed on Monday.", None),  # nothing sets it apart
        ("Talks resume in Doha\n\nThe talks resumed on Monday.", "Talks resume in Doha"),
        ("TALKS RESUME IN DOHA\n    DOHA, March 2 - The talks resumed.", "TALKS RESUME IN DOHA"),
        (
            "Will Saudi Arabia join?\n\nBy Ann Lee\nRIYADH (Reuters) - Not yet.",
            "Will Saudi Arabia join?",
        ),
        (
            "U.S. FINANCIAL MARKETS CLOSE HIGHER - U.S.\n    NEW YORK, March 2 - Stocks rose.",
            "U.S. FINANCIAL MARKETS CLOSE HIGHER - U.S.",
        ),
        (
            "U.S. ANALYSTS MEET - March 3\n Acme Inc - New York\n Reuter\n",
            "U.S. ANALYSTS MEET - March 3",
        ),
        ("", None),
    ],
)
def test_headline_rules(text: str, headline: str | None) -> None:
    assert parse_story(text).headline == headline


def test_date_is_the_story_own_date_from_the_best_evidence() -> None:
    d = datetime.date
    # a printed year wins over everything; published stays the argument (SPEC)
    text = "WASHINGTON, Nov. 6, 2025 (AP) — Text."
    assert parse_story(text).date == d(2025, 11, 6)
    story = parse_story(text, published="2026-03-10")
    assert (story.date, story.published) == (d(2025, 11, 6), d(2026, 3, 10))
    # a month and day take the year of the argument: the most recent such date not more
    # than two days after it (one published date for a whole batch)
    text = "BEIRUT, Jan 21 (Reuters) - Talks began on Sunday."
    assert parse_story(text, published="2026-03-01").date == d(2026, 1, 21)
    assert parse_story(text, published="2026-01-19").date == d(2026, 1, 21)
    assert parse_story(text, published="2026-01-18").date == d(2025, 1, 21)
    # ... else the copyright footer's year, else a web time stamp's: then it is also the
    # inferred publication date
    story = parse_story(text + "\n\n© 2024 Reuters")
    assert (story.date, story.published) == (d(2024, 1, 21), d(2024, 1, 21))
    stamped = "Talks resume\n\nPublished 8:01 AM EST, Fri January 23, 2026\n" + text
    assert parse_story(stamped).date == d(2026, 1, 21)
    # no dateline date: the argument, else the time stamp, else nothing
    assert parse_story("Talks began.", published="2026-03-01").date == d(2026, 3, 1)
    assert parse_story("WASHINGTON (AP) — Text.", published="2026-03-01").date == d(2026, 3, 1)
    assert parse_story("WASHINGTON, Nov. 6 (AP) — Text.").date is None
    assert parse_story("(c) 2019 Reuters").date is None
    # an impossible month and day gives no date from the copyright
    assert parse_story("LONDON, Feb 29 - Text.\n\n(c) 2025 X Corp").date is None


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="text must be str, not bytes; decode it first"):
        parse_story(b"WASHINGTON (AP) -")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not NoneType"):
        parse_story(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'next Blursday'"):
        parse_story("text", published="next Blursday")


@pytest.mark.parametrize(
    "text",
    [
        "By " * 100000,
        "(" * 100000,
        "x" * 1_000_000,
        "\n" * 100000,
        "WASHINGTON (AP) — " * 20000,
        "Reuter\n" * 50000,
    ],
    ids=["by", "paren", "long-line", "newlines", "datelines", "tags"],
)
def test_hostile_inputs_are_linear(text: str) -> None:
    start = time.perf_counter()
    story = parse_story(text)
    assert time.perf_counter() - start < 5
    assert "".join(s.text for s in story.segments) == text


@settings(max_examples=200, deadline=None)
@given(any_texts)
def test_segments_rebuild_any_text(text: str) -> None:
    story = _Parser(text, None).run()  # without the safety net of parse_story
    assert_partition(story)
    assert story == parse_story(text)


@settings(max_examples=200, deadline=None)
@given(wire_texts)
def test_paragraphs_are_trimmed_and_come_from_body_segments(text: str) -> None:
    story = _Parser(text, None).run()
    bodies = [s.text for s in story.segments if s.kind is SegmentKind.BODY]
    assert len(bodies) == len(story.paragraphs)
    for raw, paragraph in zip(bodies, story.paragraphs, strict=True):
        assert paragraph == paragraph.strip()
        assert paragraph.split() == raw.split()


def test_web_time_stamps_are_tags_and_date_the_story() -> None:
    text = (
        "Oman to host talks\n\nBy Rana Aziz, CNN\n"
        "Updated 10:22 AM EST, Sat November 8, 2025\n"
        "Published 8:01 AM EST, Fri November 7, 2025\n"
        "(CNN) — Oman will host talks, officials said.\n"
    )
    story = parse_story(text)
    assert story.tags == (
        "Updated 10:22 AM EST, Sat November 8, 2025",
        "Published 8:01 AM EST, Fri November 7, 2025",
    )
    assert story.published == datetime.date(2025, 11, 7)  # the publication, not the update
    assert story.paragraphs == ("Oman will host talks, officials said.",)
    assert parse_story(text, published="2025-11-09").published == datetime.date(2025, 11, 9)


def test_wrapped_lines_are_never_credits_or_notes() -> None:
    text = (
        "WHEAT COUNCIL RAISES ESTIMATE\n"
        "    LONDON, March 26 - The council lifted its estimate for grain\n"
        "production by one mln tonnes, and said the\n"
        "changes will bring about lower prices\n"
        " Reuter\n"
    )
    story = parse_story(text)
    assert (story.credits, story.notes) == ((), ())
    assert len(story.paragraphs) == 1
    assert story.paragraphs[0].endswith("lower prices")


def test_a_deck_between_headline_and_dateline_is_kept_apart() -> None:
    story = parse_story(
        "Kazakhstan joins accords\n\nTrump, Tokayev hail deal\n"
        "WASHINGTON (AP) — The deal was signed.\n"
    )
    assert story.headline == "Kazakhstan joins accords"
    assert story.dateline is not None
    assert story.dateline.raw == "WASHINGTON (AP) —"
    assert story.paragraphs == ("The deal was signed.",)
    kinds = [(s.kind.name, s.text) for s in story.segments if s.kind is not SegmentKind.SEPARATOR]
    assert ("OTHER", "Trump, Tokayev hail deal") in kinds


def test_a_credit_wrapped_over_two_lines() -> None:
    story = parse_story(
        "WASHINGTON (AP) - Talks.\n\n(Reporting by Ann Lee;\nEditing by Kim Ode)\n"
    )
    assert [(c.role.name, c.names) for c in story.credits] == [
        ("REPORTING", ("Ann Lee",)),
        ("EDITING", ("Kim Ode",)),
    ]
    assert story.paragraphs == ("Talks.",)


# ---------------------------------------------------------------------------- long lines (F14)
# A line longer than lines.LONG_LINE is measured from offsets instead of stripped, and a
# long one-line paragraph shares its string with its segment: neither may change a result.

_LONG_SENTENCE = (
    "The ministers of the five Central Asian states met in Astana on Tuesday to discuss "
    "water sharing, and agreed to meet again in the spring. "
)


@settings(max_examples=200, deadline=None)
@given(any_texts)
def test_long_line_reading_matches_the_string_methods(text: str) -> None:
    expected = lines_module.split_lines(text)
    expected_story = _Parser(text, None).run()
    # every line taken as long, every one-line paragraph shared
    with (
        mock.patch.object(lines_module, "LONG_LINE", 0),
        mock.patch.object(story_module, "_SHARED_TEXT", 1),
    ):
        assert lines_module.split_lines(text) == expected
        assert _Parser(text, None).run() == expected_story


def test_a_long_one_line_story_is_one_paragraph_sharing_its_segment_text() -> None:
    line = _LONG_SENTENCE * 400  # 55,200 characters, no line break
    text = "\u200b  " + line + " \t\n\nEnditem\n"
    story = parse_story(text)
    assert story.headline is None
    assert story.dateline is None
    assert story.paragraphs == (line.rstrip(),)
    assert story.tags == ("Enditem",)
    assert story.agency == "Xinhua"
    bodies = [s for s in story.segments if s.kind is SegmentKind.BODY]
    assert [(s.start, s.end) for s in bodies] == [(3, 3 + len(line) - 1)]
    assert bodies[0].text is story.paragraphs[0]  # one copy of the line, not two
    assert_partition(story)


def test_a_tag_glued_to_a_long_line_is_still_found() -> None:
    line = _LONG_SENTENCE * 200
    story = parse_story(line + "   Enditem")
    assert story.paragraphs == (line.rstrip(),)
    assert [(s.kind.name, s.text) for s in story.segments[1:]] == [
        ("SEPARATOR", "    "),
        ("TAG", "Enditem"),
    ]


# ---------------------------------------------------------------------------- the safety net
# parse_story is total: should its parser fail (a bug), it warns, marks the story degraded
# and returns the whole text as one OTHER segment; strict=True raises instead.


def _broken_run(self: _Parser) -> Story:
    raise RuntimeError("a bug in the head reader")


def test_a_parser_failure_warns_and_degrades_the_story(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Parser, "run", _broken_run)
    text = "Talks in Doha\n\nDOHA (Reuters) - The talks began.\n"
    with pytest.warns(StoryParseWarning, match="RuntimeError: a bug in the head"):
        story = parse_story(text, published="2025-11-07")
    assert story.degraded is True
    assert [(s.kind, s.text) for s in story.segments] == [(SegmentKind.OTHER, text)]
    assert (story.headline, story.dateline, story.paragraphs, story.agency) == (
        None,
        None,
        (),
        None,
    )
    assert story.published == datetime.date(2025, 11, 7)
    assert issubclass(StoryParseWarning, AccordWarning)
    assert issubclass(AccordWarning, UserWarning)


def test_strict_raises_the_parser_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Parser, "run", _broken_run)
    with pytest.raises(RuntimeError, match="a bug in the head reader"):
        parse_story("Talks in Doha", strict=True)


def test_a_failure_deep_in_the_parser_is_caught_too(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise IndexError("no such line")

    monkeypatch.setattr(story_module, "group_paragraphs", broken)
    with pytest.warns(StoryParseWarning, match="IndexError"):
        assert parse_story("Talks resumed on Monday.").degraded
    assert parse_story("") == parse_story("")  # no body: the broken step is not reached


def test_ordinary_stories_are_not_degraded_and_round_trip() -> None:
    story = parse_story("Talks in Doha\n\nDOHA (Reuters) - The talks began.\n")
    assert story.degraded is False
    assert accordlib.to_dict(story)["degraded"] is False
    assert accordlib.from_json(Story, accordlib.to_json(story)) == story


def test_a_degraded_story_round_trips(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Parser, "run", _broken_run)
    with pytest.warns(StoryParseWarning):
        story = parse_story("Talks in Doha")
    assert accordlib.from_json(Story, accordlib.to_json(story)) == story
    data = accordlib.to_dict(story)
    del data["degraded"]  # JSON written before the field existed still loads
    assert accordlib.from_dict(Story, data).degraded is False
