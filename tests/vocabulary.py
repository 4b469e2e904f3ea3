"""Word salad from accordlib's own vocabulary, and the checks every public function must pass on it.

Random text (``st.text()``, random Unicode, mutated stories) rarely spells a title, a
portfolio or an agency, so it seldom reaches the branches that read *past* such a word:
"Spokesperson for the", "SECRETARY OF OF", "( / )" and "[Times . Zambia]" each raised
an ``IndexError`` that a thousand derandomised Hypothesis examples never met. The salad
here is drawn from the package's data tables (titles, portfolios, honorifics, modifiers,
organisations, countries, capitals, demonyms, regions, dateline cities, agencies, month
names, lexicon verbs, office holders, agreements, name particles) and mixed with
punctuation, brackets, dashes, quotes, line breaks, case changes, words glued together
and phrases cut short.

Two generators share the same pieces:

* :func:`salad_strategy` for Hypothesis (``tests/test_fuzz_vocabulary.py``, a few
  seconds in CI, derandomised);
* :func:`random_salad` for long runs with a seed and a time budget
  (``fuzz/run_word_salad.py``): a plain :class:`random.Random`, many times faster per
  example, with a piece-by-piece shrinker (:func:`shrink`).

:func:`check_text` runs every public text function on one text and checks the contract
(``tests/hostile_inputs.py``) plus what a salad adds: JSON round trips of every result,
datelines and events against a publication date, story frames with the salad in every
slot, the event and actor codes of every event found, and the salad where JSON, a
record or a publication date is expected (only an ``AccordError`` may come out).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import random
import re
from collections.abc import Callable, Iterator
from typing import Any

import hostile_inputs
from hypothesis import strategies as st

import accordlib
from accordlib._util.tables import read_table
from accordlib.wire._months import MONTH_FORMS

#: The tables and columns the salad draws its phrases from (one group per table).
#: Cells may hold several phrases separated by "|" (aliases, forms) or ";" (holders).
VOCABULARY_TABLES: dict[str, tuple[str, ...]] = {
    "titles.tsv": ("surface",),
    "portfolios.tsv": ("surface",),
    "honorifics.tsv": ("surface",),
    "title_modifiers.tsv": ("surface",),
    "organizations.tsv": ("surface",),
    "national_titles.tsv": ("canonical", "as"),
    "foreign_ministers.tsv": ("title",),
    "countries.tsv": ("name", "official_name", "alpha2", "alpha3"),
    "country_entities.tsv": ("name", "official_name"),
    "country_aliases.tsv": ("text",),
    "country_capitals.tsv": ("text",),
    "country_demonyms.tsv": ("forms",),
    "country_short_names.tsv": ("name",),
    "country_cues.tsv": ("text",),
    "regions.tsv": ("region",),
    "dateline_cities.tsv": ("city",),
    "agencies.tsv": ("canonical", "aliases", "codes"),
    "actor_organizations.tsv": ("name", "aliases"),
    "actor_bodies.tsv": ("name", "aliases"),
    "actor_groups.tsv": ("name", "aliases"),
    "actor_roles.tsv": ("phrase", "plural"),
    "actor_cues.tsv": ("word",),
    "agreements.tsv": ("name", "aliases"),
    "office_holders.tsv": ("name", "aliases", "title"),
    "name_words.tsv": ("word",),
    "extract_words.tsv": ("word",),
    "lexicon_verbs.tsv": ("forms",),
}

_CELL_SPLIT = re.compile(r"[|;]")

#: Punctuation and brackets, alone.
PUNCTUATION: tuple[str, ...] = (
    ",", ".", ":", ";", "(", ")", "[", "]", "{", "}", "/", "\\", "|", "&", "...", "?", "!",
    "'s", "\u2019s", "s'", "'", '"', "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab",
    "\u00bb", "*", "#", "@", "+", "=", "_", "___", "\u00a9", "(c)", "\u2122",
)  # fmt: skip

#: Short words that join titles, places and names.
CONNECTORS: tuple[str, ...] = (
    "of", "the", "of the", "and", "for", "for the", "to", "with", "in", "on", "at", "by",
    "By", "from", "said", "says", "met", "his", "her", "their", "a", "an", "who", "that",
    "not", "will", "would", "has", "was", "also", "between", "against", "its", "counterpart",
)  # fmt: skip

#: Numbers as days, years, times and odd cases.
NUMBERS: tuple[str, ...] = (
    "0", "1", "2", "6", "9.", "12", "17", "29", "30", "31", "32", "99", "1987", "2016",
    "2020", "2026", "0000", "20-21", "18:49", "3rd", "1st",
)  # fmt: skip

#: What goes between two pieces.
SEPARATORS: tuple[str, ...] = (
    " ", " ", " ", " ", "", ", ", ". ", ": ", "; ", " - ", " -- ", " \u2014 ", "\u2013",
    "-", "/", "\n", "\n\n", "\r\n", "\t", "  ", "\u00a0", " (", ") ", "'s ",
)  # fmt: skip

#: How a piece's case may change.
CASES: tuple[Callable[[str], str], ...] = (
    lambda s: s, lambda s: s, str.upper, str.lower, str.title, str.capitalize,
)  # fmt: skip


@functools.cache
def vocabulary() -> dict[str, tuple[str, ...]]:
    """Every phrase of :data:`VOCABULARY_TABLES`, by table, plus months and agency marks."""
    groups: dict[str, tuple[str, ...]] = {}
    for table, columns in VOCABULARY_TABLES.items():
        phrases: set[str] = set()
        for row in read_table(table):
            for column in columns:
                for cell in _CELL_SPLIT.split(row.get(column, "")):
                    phrase = cell.strip()
                    if phrase and phrase not in {"-", "_"}:
                        phrases.add(phrase)
        groups[table.removesuffix(".tsv")] = tuple(sorted(phrases))
    groups["months"] = tuple(sorted({*MONTH_FORMS, "Jan.", "Feb.", "Sept.", "Nov.", "Dec."}))
    agencies = groups["agencies"]
    groups["agency_marks"] = tuple(
        sorted(
            {f"({name})" for name in agencies}
            | {f"/{name.upper()}/" for name in agencies if len(name) < 8}
            | {f"-- {name}" for name in agencies[::3]}
        )
    )
    groups["glue"] = PUNCTUATION + CONNECTORS + NUMBERS
    return groups


#: How many times a piece is said: mostly once, sometimes twice or three times
#: ("SECRETARY OF OF", "the the").
REPEATS: tuple[int, ...] = (1, 1, 1, 1, 1, 1, 1, 2, 2, 3)


def _shape(phrase: str, case: Callable[[str], str], cut: int, tail: bool, times: int = 1) -> str:
    """``phrase`` with its case changed and ``cut`` words dropped from its end (or start),
    said ``times`` times."""
    if times > 1:
        return " ".join([_shape(phrase, case, cut, tail)] * times)
    if cut:
        words = phrase.split(" ")
        if len(words) > 1:
            keep = max(1, len(words) - cut)
            words = words[-keep:] if tail else words[:keep]
            phrase = " ".join(words)
    return case(phrase)


# --------------------------------------------------------------------------------------
# The generators
# --------------------------------------------------------------------------------------

#: A salad is a list of (piece, separator) pairs; the text is their concatenation.
Pieces = list[tuple[str, str]]


def random_pieces(rng: random.Random, max_pieces: int = 12) -> Pieces:
    """A random salad of 1 to ``max_pieces`` pieces, each from a randomly chosen group."""
    groups = vocabulary()
    names = sorted(groups)
    pieces: Pieces = []
    for _ in range(rng.randint(1, max_pieces)):
        group = groups["glue"] if rng.random() < 0.3 else groups[rng.choice(names)]
        cut = rng.choice((0, 0, 0, 1, 2))
        phrase = _shape(
            rng.choice(group), rng.choice(CASES), cut, rng.random() < 0.3, rng.choice(REPEATS)
        )
        pieces.append((phrase, rng.choice(SEPARATORS)))
    return pieces


def join(pieces: Pieces) -> str:
    """The text of a salad (the last separator is kept: a text may end in a break)."""
    return "".join(piece + separator for piece, separator in pieces)


def random_salad(rng: random.Random, max_pieces: int = 12) -> str:
    """The text of :func:`random_pieces`."""
    return join(random_pieces(rng, max_pieces))


def salad_strategy(max_pieces: int = 12) -> Any:
    """The Hypothesis strategy of the same salads (shrinks piece by piece)."""
    groups = vocabulary()
    phrase = st.sampled_from(sorted(groups)).flatmap(lambda name: st.sampled_from(groups[name]))
    piece = st.builds(
        _shape,
        st.one_of(st.sampled_from(groups["glue"]), phrase),
        st.sampled_from(CASES),
        st.sampled_from((0, 1, 2)),
        st.booleans(),
        st.sampled_from(REPEATS),
    )
    pairs = st.lists(
        st.tuples(piece, st.sampled_from(SEPARATORS)), min_size=1, max_size=max_pieces
    )
    return pairs.map(join)


# --------------------------------------------------------------------------------------
# Story frames: the salad in every slot of a wire story
# --------------------------------------------------------------------------------------

#: Templates with a ``{}`` where the salad goes.
STORY_FRAMES: tuple[str, ...] = (
    "{}",
    "{}\n\nBy Ann Lee, Reuters\n\nDOHA, March 3 (Reuters) - Qatar and Egypt met on Monday.",
    "Talks resume\n\n{}\n\nWASHINGTON (AP) \u2014 Israel and Egypt met on Monday.",
    "Talks resume\n\nBy Ann Lee\n\n{} - Israel and Egypt met on Monday.",
    "Talks resume\n\nBy Ann Lee\n\nWASHINGTON (AP) \u2014 {}\n\nThe two sides met again.",
    "CAIRO, Nov. 7 (Xinhua) -- Egypt said on Monday that {}.\n\n(Reporting by {})",
    "ASTANA (Kazinform) - {}\n\n{}\n\nCopyright 2026 {}. All rights reserved.",
    "(CNN) \u2014 {} met {} on Tuesday, {} said.\n\nThe-CNN-Wire",
)


def framed(frame: str, salad: str) -> str:
    """``frame`` with every ``{}`` replaced by ``salad``."""
    return frame.replace("{}", salad)


# --------------------------------------------------------------------------------------
# The checks
# --------------------------------------------------------------------------------------

PUBLISHED = dt.date(2026, 1, 5)

#: The class each text function's result is read back as from JSON.
_RESULT_TYPES: dict[str, str] = {
    "parse_story": "Story",
    "parse_byline": "Byline",
    "parse_dateline": "Dateline",
    "parse_copyright": "Copyright",
    "get_country": "Country",
    "find_countries": "list[CountryMention]",
    "normalize_title": "Title",
    "parse_official": "Official",
    "find_officials": "list[OfficialMention]",
    "extract_events": "list[DiplomaticEvent]",
}


def _result_type(name: str) -> Any:
    spelled = _RESULT_TYPES[name]
    if spelled.startswith("list["):
        return list[getattr(accordlib, spelled[5:-1])]  # type: ignore[misc]
    return getattr(accordlib, spelled)


def check_json(name: str, text: str, result: Any) -> None:
    """``from_json(type, to_json(result)) == result`` (and through ``to_dict``)."""
    if name not in _RESULT_TYPES or result is None:
        return
    if hostile_inputs.has_joinable_surrogates(text):  # JSON joins such a pair (F09)
        return
    cls = _result_type(name)
    encoded = accordlib.to_json(result)
    assert accordlib.from_json(cls, encoded) == result, f"{name}: JSON round trip differs"
    assert accordlib.from_dict(cls, accordlib.to_dict(result)) == result, (
        f"{name}: dict round trip differs"
    )


def check_codes(events: list[Any]) -> None:
    """Every event has its CAMEO/PLOVER code and every actor's CAMEO code is readable."""
    for event in events:
        accordlib.event_code(event.kind, event.factuality)
        for actor in (*event.actors, *event.recipients, event.source):
            if actor is not None:
                code = accordlib.cameo_actor_code(actor)
                assert code is None or (isinstance(code, str) and code), f"actor code {code!r}"


def check_published(text: str) -> None:
    """Datelines and events against a publication date keep the contract too."""
    hostile_inputs.check_dateline(text, accordlib.parse_dateline(text, published=PUBLISHED))
    story = accordlib.parse_story(text, published=PUBLISHED)
    hostile_inputs.check_story(text, story)
    events = accordlib.extract_events(story, published=PUBLISHED)
    hostile_inputs.check_events(text, events)
    check_codes(events)


def check_decoders(text: str) -> None:
    """Text given where JSON, a record or a date is expected: a result or an AccordError."""
    for cls in (accordlib.Story, accordlib.DiplomaticEvent, accordlib.Official):
        with contextlib.suppress(accordlib.AccordError):
            accordlib.from_json(cls, text)
    record = json.dumps({"id": "x", "text": text, "published": text, "title": text})
    for lines in ([text], [record]):
        with contextlib.suppress(accordlib.AccordError):
            list(accordlib.read_records(lines))
    with contextlib.suppress(accordlib.AccordError):
        accordlib.parse_story("Talks resumed on Monday.", published=text)


def checks(text: str) -> Iterator[tuple[str, Callable[[], None]]]:
    """Every check of one text, by name, as zero-argument calls (for error reports)."""
    for name in hostile_inputs.TEXT_FUNCTIONS:

        def one(name: str = name) -> None:
            result = hostile_inputs.checked_call(name, text)
            check_json(name, text, result)
            if name == "extract_events":
                check_codes(result)

        yield name, one
    yield "published", functools.partial(check_published, text)
    yield "decoders", functools.partial(check_decoders, text)


def check_text(text: str) -> None:
    """Run every check on ``text``; the first failure raises."""
    for _, run in checks(text):
        run()


def first_failure(text: str, only: tuple[str, ...] = ()) -> tuple[str, BaseException] | None:
    """``(check name, exception)`` of the first failing check, or ``None``."""
    for name, run in checks(text):
        if only and name not in only:
            continue
        try:
            run()
        except Exception as exc:
            return name, exc
    return None


def shrink(pieces: Pieces, fails: Callable[[str], bool]) -> Pieces:
    """Drop pieces, then separators, while ``fails(join(pieces))`` stays true."""
    changed = True
    while changed:
        changed = False
        for index in range(len(pieces)):
            if index >= len(pieces):
                break
            trial = pieces[:index] + pieces[index + 1 :]
            if trial and fails(join(trial)):
                pieces, changed = trial, True
        for index, (piece, separator) in enumerate(pieces):
            if separator != " ":  # one way only, so the loop ends
                trial = [*pieces[:index], (piece, " "), *pieces[index + 1 :]]
                if fails(join(trial)):
                    pieces, changed = trial, True
    return pieces
