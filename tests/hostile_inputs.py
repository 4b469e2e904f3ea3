"""Hostile inputs and invariant checks shared by the robustness tests, the
hostile-shape benchmark and the fuzz targets.

Everything here is deterministic: a corpus is built from the example stories in
``examples/stories/`` with a seeded :class:`random.Random`, so a failure found once
is found again. Import it from ``tests/`` (the test module puts this directory on
``sys.path``), from ``benchmarks/bench_hostile.py`` and from ``fuzz/``.

The checks encode SPEC's robustness contract for every public function that takes
text: it returns (never raises, except ``lookup_country``'s documented
:class:`LookupError`), its result has the documented type, every offset indexes the
input (``text[start:end]`` is the mention), and a story's segments rebuild the input.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import random
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STORIES_DIR = ROOT / "examples" / "stories"

#: Every public function that takes one ``str`` and must be total on it, in SPEC order.
TEXT_FUNCTIONS: tuple[str, ...] = (
    "parse_story",
    "parse_byline",
    "parse_dateline",
    "parse_copyright",
    "get_country",
    "lookup_country",
    "find_countries",
    "normalize_title",
    "parse_official",
    "find_officials",
    "extract_events",
)

#: Functions meant for a line or a short phrase rather than a whole story. The corpus
#: tests also run them on the first lines of every input.
LINE_FUNCTIONS: tuple[str, ...] = (
    "parse_byline",
    "parse_dateline",
    "parse_copyright",
    "get_country",
    "lookup_country",
    "normalize_title",
    "parse_official",
)

# --------------------------------------------------------------------------------------
# Characters that break naive text code
# --------------------------------------------------------------------------------------

#: Named troublemakers; each is inserted, swapped in or appended by the mutations.
SPECIAL_CHARS: dict[str, str] = {
    "NUL": "\x00",
    "BEL": "\x07",
    "BS": "\x08",
    "VT": "\x0b",  # str.splitlines() splits here, regex "\n" does not
    "FF": "\x0c",  # same
    "FS": "\x1c",  # same, and str.isspace() is True but regex \s is False
    "GS": "\x1d",
    "RS": "\x1e",
    "US": "\x1f",
    "DEL": "\x7f",
    "NEL": "\x85",  # a line break for str.splitlines() and for regex \s
    "NBSP": "\xa0",
    "SHY": "\xad",
    "ALM": "\u061c",
    "ZWSP": "\u200b",
    "ZWNJ": "\u200c",
    "ZWJ": "\u200d",
    "LRM": "\u200e",
    "RLM": "\u200f",
    "LS": "\u2028",
    "PS": "\u2029",
    "LRE": "\u202a",
    "RLE": "\u202b",
    "PDF": "\u202c",
    "LRO": "\u202d",
    "RLO": "\u202e",
    "NNBSP": "\u202f",
    "WJ": "\u2060",
    "LRI": "\u2066",
    "RLI": "\u2067",
    "FSI": "\u2068",
    "PDI": "\u2069",
    "IDEOGRAPHIC_SPACE": "\u3000",
    "BOM": "\ufeff",
    "REPLACEMENT": "\ufffd",
    "LONE_HIGH_SURROGATE": "\ud800",
    "LONE_LOW_SURROGATE": "\udfff",
    "COMBINING_ACUTE": "\u0301",
    "COMBINING_GRAPHEME_JOINER": "\u034f",
    "DOTTED_CAPITAL_I": "\u0130",  # "İ".lower() is two characters: offsets shift
    "SHARP_S": "\u00df",  # "ß".upper() is "SS"
    "LIGATURE_FFI": "\ufb03",  # NFKC and casefold() make it three characters
    "KELVIN": "\u212a",  # lower() is ASCII "k"
    "TITLECASE_DZ": "\u01c5",
    "FULLWIDTH_A": "\uff21",
    "ARABIC_INDIC_NINE": "\u0669",  # regex \d matches it and int() accepts it
    "GARAY_DIGIT_ZERO": "\U00010d40",  # regex \d matches it (Unicode 16); int() on 3.11 does not
    "PA_O_DIGIT_ONE": "\U000116d1",  # same
    "EMOJI_ZWJ_SEQUENCE": "\U0001f469\u200d\U0001f52c",
    "PRIVATE_USE": "\ue000",
    "NONCHARACTER": "\uffff",
    "ASTRAL_MATH_A": "\U0001d400",
    "TAG_LATIN_A": "\U000e0041",
}

#: Line breaks other than "\n" that some of Python's text functions honour.
LINE_BREAKS = ("\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")

DASHES = ("-", "--", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", " - ")
QUOTES = ('"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "`", "\u2032")

#: Short, realistic fragments that hit the dateline, byline, title and date code paths.
WIRE_FRAGMENTS = (
    "WASHINGTON (AP) \u2014 ",
    "JERUSALEM, Nov 6 (Reuters) - ",
    "(CNN) \u2014",
    "NEW YORK, May 8. /TASS/. ",
    "ASTANA, Nov. 7 (Xinhua) -- ",
    "BONN, Germany, Feb. 17, Kyodo\n",
    "DOHA: ",
    "By ",
    "By MATTHEW LEE and JOSEF FEDERMAN Associated Press\n",
    "Reporting by ",
    "; Editing by ",
    " contributed to this report.",
    "Copyright 2026 The Associated Press. All rights reserved.",
    "\u00a9 ",
    "(c) 1987-2026 Reuters",
    "Prime Minister ",
    "Israeli Prime Minister Benjamin Netanyahu",
    "U.S. Special Envoy ",
    "Sheikh ",
    "the ",
    "U.S.",
    "Korea",
    "Congo",
    "Georgia",
    "Feb. 30",
    "June 31",
    "Nov. 0",
    "Feb 29",
    "Smarch 99",
    "Nov. \U00010d40",
    "20\U00010d40\U00010d41",
    "in 0000",
    "in 99999999999999999999",
    "on Thursday",
    "next week",
    "last month",
    "signed the Abraham Accords",
    "will join",
    "did not meet",
    "if",
    "Reuter\n",
    "(END)",
    "Enditem",
    "___\n",
    "The-CNN-Wire\n",
)


def example_stories() -> dict[str, str]:
    """The example stories by file stem, read as UTF-8 without newline translation."""
    stories = {}
    for path in sorted(STORIES_DIR.glob("*.txt")):
        with path.open(encoding="utf-8", newline="") as handle:
            stories[path.stem] = handle.read()
    return stories


# --------------------------------------------------------------------------------------
# Mutations: each takes a seeded Random and a text and returns a new text
# --------------------------------------------------------------------------------------

Mutation = Callable[[random.Random, str], str]


def _insert(rng: random.Random, text: str, piece: str) -> str:
    at = rng.randint(0, len(text))
    return text[:at] + piece + text[at:]


def _insert_many(rng: random.Random, text: str, pieces: tuple[str, ...] | list[str]) -> str:
    for _ in range(rng.randint(1, 6)):
        text = _insert(rng, text, rng.choice(pieces))
    return text


def _delete_span(rng: random.Random, text: str) -> str:
    if not text:
        return text
    start = rng.randrange(len(text))
    return text[:start] + text[start + rng.randint(1, 40) :]


def _special(rng: random.Random, text: str) -> str:
    return _insert_many(rng, text, list(SPECIAL_CHARS.values()))


def _control(rng: random.Random, text: str) -> str:
    return _insert_many(rng, text, [chr(c) for c in (*range(32), 127, *range(0x80, 0xA0))])


def _nul(rng: random.Random, text: str) -> str:
    return _insert_many(rng, text, ["\x00"])


def _bom(rng: random.Random, text: str) -> str:
    return "\ufeff" + _insert(rng, text, "\ufeff")


def _zero_width_in_words(rng: random.Random, text: str) -> str:
    marks = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"]
    out = []
    for ch in text:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.05:
            out.append(rng.choice(marks))
    return "".join(out)


def _bidi(rng: random.Random, text: str) -> str:
    marks = [
        "\u200e",
        "\u200f",
        "\u061c",
        *map(chr, range(0x202A, 0x202F)),
        *map(chr, range(0x2066, 0x206A)),
    ]
    return _insert_many(rng, text, marks)


def _lone_surrogates(rng: random.Random, text: str) -> str:
    return _insert_many(rng, text, ["\ud800", "\udbff", "\udc00", "\udfff", "\udc80"])


def _crlf(rng: random.Random, text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def _other_line_breaks(rng: random.Random, text: str) -> str:
    brk = rng.choice(LINE_BREAKS)
    return "".join(brk if ch == "\n" and rng.random() < 0.7 else ch for ch in text)


def _case_flip(rng: random.Random, text: str) -> str:
    how = rng.randrange(4)
    if how == 0:
        return text.upper()
    if how == 1:
        return text.lower()
    if how == 2:
        return text.swapcase()
    return "".join(ch.swapcase() if rng.random() < 0.2 else ch for ch in text)


def _length_changing_case(rng: random.Random, text: str) -> str:
    # Characters whose lower()/upper()/casefold()/NFKC form has another length.
    pieces = [
        "\u0130",
        "\u00df",
        "\ufb03",
        "\ufb01",
        "\u0149",
        "\u1e9e",
        "\u212a",
        "\u2126",
        "\u01c5",
    ]
    out = _insert_many(rng, text, pieces)
    # Also glue one directly in front of a capitalised word ("İIsrael", "ßSaudi").
    words = [i for i in range(1, len(out)) if out[i].isupper() and out[i - 1] == " "]
    if words:
        at = rng.choice(words)
        out = out[:at] + rng.choice(pieces) + out[at:]
    return out


def _dash_swap(rng: random.Random, text: str) -> str:
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
            out.append(rng.choice(DASHES))
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _quote_swap(rng: random.Random, text: str) -> str:
    return "".join(rng.choice(QUOTES) if ch in QUOTES else ch for ch in text)


def _whitespace_swap(rng: random.Random, text: str) -> str:
    spaces = ["\t", "\xa0", "\u2009", "\u202f", "\u3000", "  ", "\u200b", "\x1f"]
    return "".join(rng.choice(spaces) if ch == " " and rng.random() < 0.3 else ch for ch in text)


def _combining(rng: random.Random, text: str) -> str:
    return "".join(
        ch + rng.choice("\u0301\u0308\u0327\u0336\u20dd")
        if ch.isalpha() and rng.random() < 0.1
        else ch
        for ch in text
    )


def _fullwidth(rng: random.Random, text: str) -> str:
    return "".join(
        chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" and rng.random() < 0.5 else ch for ch in text
    )


def _nfd(rng: random.Random, text: str) -> str:
    return unicodedata.normalize(rng.choice(["NFD", "NFKD", "NFKC"]), text)


def _digits(rng: random.Random, text: str) -> str:
    # Impossible dates and absurd numbers: day 0/31/99, year 0000, 20-digit years,
    # and non-ASCII digits that regex \d and int() both accept.
    subs = ["0", "00", "31", "30", "99", "0000", "99999999999999999999", "\u0669", "\u0966\u0969"]
    # Digits regex's \d knows (Unicode 16) but int() and str.isdecimal() on 3.11 do not.
    subs += ["\U00010d40", "1\U00010d41", "20\U000116d1\U000116d2"]
    out = []
    i = 0
    while i < len(text):
        if text[i].isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            out.append(rng.choice(subs) if rng.random() < 0.6 else text[i:j])
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _wire_fragments(rng: random.Random, text: str) -> str:
    return _insert_many(rng, text, list(WIRE_FRAGMENTS))


def _duplicate_lines(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True)
    if not lines:
        return text
    at = rng.randrange(len(lines))
    return "".join(lines[: at + 1] + [lines[at]] * rng.randint(1, 5) + lines[at + 1 :])


def _shuffle_lines(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True)
    rng.shuffle(lines)
    return "".join(lines)


def _indent(rng: random.Random, text: str) -> str:
    pad = rng.choice(["    ", "\t", " \u3000", "\xa0\xa0"])
    return "".join(pad + line for line in text.splitlines(keepends=True))


def _truncate_mid(rng: random.Random, text: str) -> str:
    return text[: rng.randint(0, len(text))]


def _random_unicode_insert(rng: random.Random, text: str) -> str:
    return _insert(rng, text, random_unicode(rng, rng.randint(1, 30)))


def _no_spaces(rng: random.Random, text: str) -> str:
    return text.replace(" ", "")


def _blank_lines(rng: random.Random, text: str) -> str:
    return text.replace("\n", "\n" + rng.choice(["\n", " \n", "\n\n\n", "\t\n"]))


MUTATIONS: dict[str, Mutation] = {
    "delete": lambda rng, t: _delete_span(rng, _delete_span(rng, t)),
    "special": _special,
    "control": _control,
    "nul": _nul,
    "bom": _bom,
    "zero_width": _zero_width_in_words,
    "bidi": _bidi,
    "lone_surrogate": _lone_surrogates,
    "crlf": _crlf,
    "line_breaks": _other_line_breaks,
    "case_flip": _case_flip,
    "length_changing_case": _length_changing_case,
    "dash_swap": _dash_swap,
    "quote_swap": _quote_swap,
    "whitespace": _whitespace_swap,
    "combining": _combining,
    "fullwidth": _fullwidth,
    "normalization": _nfd,
    "digits": _digits,
    "wire_fragments": _wire_fragments,
    "duplicate_lines": _duplicate_lines,
    "shuffle_lines": _shuffle_lines,
    "indent": _indent,
    "truncate": _truncate_mid,
    "random_unicode": _random_unicode_insert,
    "no_spaces": _no_spaces,
    "blank_lines": _blank_lines,
}


def random_unicode(rng: random.Random, length: int) -> str:
    """``length`` code points from every plane, lone surrogates and controls included."""
    out = []
    for _ in range(length):
        pick = rng.random()
        if pick < 0.3:
            out.append(chr(rng.randint(0x20, 0x7E)))
        elif pick < 0.4:
            out.append(rng.choice(list(SPECIAL_CHARS.values())))
        elif pick < 0.7:
            out.append(chr(rng.randint(0x80, 0xFFFF)))
        else:
            out.append(chr(rng.randint(0x10000, 0x10FFFF)))
    return "".join(out)


#: Short inputs at the edges: empty, whitespace only, one troublesome character, ...
EDGE_CASES: tuple[str, ...] = (
    "",
    " ",
    "\n",
    "\r\n",
    "\n\n\n",
    "\t",
    "\x00",
    "\ufeff",
    "\ud800",
    "\udfff",
    "\ud800\udc00",  # a surrogate *pair* written as two code points
    "\u200b",
    "\u202e",
    "\x85",
    "\u2028",
    "\x1c",
    "\x0c",
    "(",
    ")",
    "((((",
    "By",
    "By ",
    "By:",
    "-",
    "\u2014",
    "--",
    ",",
    ".",
    "...",
    "'s",
    "the",
    "The",
    "THE",
    "U.S.",
    "Korea",
    "(AP)",
    "(Reuters) -",
    "(CNN) \u2014",
    "/TASS/.",
    "\u00a9",
    "\u2122 & \u00a9",
    "Copyright",
    "Reuter",
    "President",
    "Prime Minister",
    "Secretary of State for",
    "of",
    "Feb. 30 -",
    "WASHINGTON, Feb. 29 (AP) \u2014 x",
    "NEW YORK, Smarch 99 - x",
    "ASTANA, Nov. 0 (Xinhua) -- x",
    "\u0130STANBUL (AP) \u2014 \u0130srael and T\u00fcrkiye",
    "\u0130\u0130\u0130\u0130 Israel",
    "\ufb03\ufb03 Israel",
    "\u00df\u00df\u00df Saudi Arabia",
    "K\u212a Israel K\u212a",
)


def mutated_corpus(seed: int = 20261128, per_story: int = 45) -> list[tuple[str, str]]:
    """A deterministic corpus of ``(label, text)``: originals, every line-boundary
    truncation, ``per_story`` random mutations of each example story (one to three
    mutations stacked), random Unicode and the edge cases.
    """
    rng = random.Random(seed)
    stories = example_stories()
    corpus: list[tuple[str, str]] = []
    for name, text in stories.items():
        corpus.append((f"{name}:original", text))
        # Truncation at every line boundary, keeping the line break and dropping it.
        cut = 0
        for line in text.splitlines(keepends=True):
            cut += len(line)
            corpus.append((f"{name}:truncated@{cut}", text[:cut]))
            corpus.append((f"{name}:truncated@{cut}-eol", text[:cut].rstrip("\r\n")))
            corpus.append((f"{name}:from@{cut}", text[cut:]))
    names = sorted(MUTATIONS)
    for name, text in stories.items():
        for i in range(per_story):
            chosen = [names[(i + len(name)) % len(names)]]
            chosen += rng.sample(names, rng.randint(0, 2))
            mutated = text
            for mutation in chosen:
                mutated = MUTATIONS[mutation](rng, mutated)
            corpus.append((f"{name}:{'+'.join(chosen)}#{i}", mutated))
    for i in range(40):
        corpus.append((f"random_unicode#{i}", random_unicode(rng, rng.randint(0, 400))))
    for i in range(20):
        pieces = [rng.choice(WIRE_FRAGMENTS) for _ in range(rng.randint(1, 12))]
        corpus.append((f"wire_fragments#{i}", "".join(pieces)))
    corpus.extend((f"edge:{text!r}", text) for text in EDGE_CASES)
    return corpus


def has_joinable_surrogates(text: str) -> bool:
    """True if a high surrogate is directly followed by a low one (two code points).

    JSON cannot keep such a pair apart: every decoder joins the escapes ``\\ud800\\udc00``
    into one astral character, so these texts cannot round-trip through JSON text.
    """
    return any(
        "\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff"
        for a, b in itertools.pairwise(text)
    )


def head_lines(text: str, count: int = 4) -> list[str]:
    """The first ``count`` distinct non-empty lines (split on "\\n" only)."""
    lines: list[str] = []
    for line in text.split("\n"):
        if line and line not in lines:
            lines.append(line)
            if len(lines) == count:
                break
    return lines


# --------------------------------------------------------------------------------------
# Hostile shapes for the linear-time benchmark and the tests
# --------------------------------------------------------------------------------------


def _repeat_to(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _prose_line(size: int) -> str:
    sentence = (
        "Foreign ministers from Kazakhstan, Uzbekistan and Israel met in Astana on Tuesday "
        "and agreed to expand trade, while U.S. Secretary of State Marco Rubio said the talks "
        "were \u201cconstructive\u201d and that a signing ceremony would follow next month. "
    )
    return _repeat_to(sentence, size)


def _random_unicode_shape(size: int) -> str:
    return random_unicode(random.Random(size), size)


def _nested_quotes(size: int) -> str:
    half = max(1, size // 8)
    return "\u201c\u2018\"'" * half + "said" + "'\"\u2019\u201d" * half


#: Ten hostile shapes, each a function from a target size in characters to a string.
HOSTILE_SHAPES: dict[str, Callable[[int], str]] = {
    "by_repeated": lambda size: _repeat_to("By ", size),
    "open_parens": lambda size: _repeat_to("(", size),
    "dash_runs": lambda size: _repeat_to("- ", size // 2) + _repeat_to("\u2014", size // 2),
    "capitalised_commas": lambda size: _repeat_to("Washington, ", size),
    "repeated_datelines": lambda size: _repeat_to("WASHINGTON (AP) \u2014 ", size),
    "repeated_titles": lambda size: _repeat_to("President Prime Minister ", size),
    "the_repeated": lambda size: _repeat_to("the ", size),
    "prose_one_line": _prose_line,
    "random_unicode": _random_unicode_shape,
    "nested_quotes": _nested_quotes,
}

#: More shapes, run by the tests and the benchmark's --all flag.
EXTRA_SHAPES: dict[str, Callable[[int], str]] = {
    "newlines": lambda size: _repeat_to("\n", size),
    "crlf_blank_lines": lambda size: _repeat_to("\r\n \r\n", size),
    "one_long_word": lambda size: _repeat_to("a", size),
    "one_long_capital_word": lambda size: _repeat_to("A", size),
    "dots": lambda size: _repeat_to(".", size),
    "abbreviations": lambda size: _repeat_to("U.S. Gen. Nov. ", size),
    "close_parens": lambda size: _repeat_to(")", size),
    "paren_agency": lambda size: _repeat_to("(Reuters) ", size),
    "by_and": lambda size: "By " + _repeat_to("John Smith and ", size),
    "reporting_by": lambda size: "(Reporting by " + _repeat_to("Ann Lee, ", size) + ")",
    "copyright_years": lambda size: "Copyright " + _repeat_to("2024-", size) + " Reuters",
    "of_chain": lambda size: "Minister " + _repeat_to("of State ", size),
    "country_names": lambda size: _repeat_to("Israel ", size),
    "demonym_chain": lambda size: _repeat_to("Israeli ", size) + "President",
    "upper_words": lambda size: _repeat_to("WASHINGTON ", size),
    "comma_dateline": lambda size: _repeat_to("NEW YORK, ", size) + "March 9 - x",
    "lone_surrogates": lambda size: _repeat_to("\ud800", size),
    "zero_width": lambda size: _repeat_to("\u200b", size),
    "spaces": lambda size: _repeat_to(" ", size),
    "said_that": lambda size: "Israel " + _repeat_to("said that ", size) + "Uzbekistan joined",
    "quotes_unbalanced": lambda size: _repeat_to("\u201cx ", size),
    "month_names": lambda size: _repeat_to("March ", size),
    "weekday_dates": lambda size: _repeat_to("on Thursday ", size),
    "sentence_per_line": lambda size: _repeat_to("Israel met Egypt.\n", size),
}


#: Runs of one unit each, for the repetitions the extra shapes leave out: capitals,
#: dashes, brackets, "of the", commas, dots, quotes, glued agency brackets, honorifics,
#: titles, possessives, slashes. ``benchmarks/bench_hostile.py --repetitions`` times them.
REPETITION_UNITS: dict[str, str] = {
    "capital_names": "Kassym Jomart ",
    "capital_letters": "A ",
    "capital_initials": "A. ",
    "upper_words_commas": "NEW YORK, ",
    "upper_title_words": "FOREIGN MINISTER ",
    "dash_words": "- x ",
    "em_dash_words": "\u2014Israel",
    "hyphens_glued": "Secretary-General-",
    "open_square": "[",
    "close_square": "]",
    "bracket_pairs": "()",
    "bracket_words": "(Israel) ",
    "slash_brackets": "( / ) ",
    "agency_glued": "(Xinhua)",
    "agency_slashes": "/TASS/",
    "of_the": "of the ",
    "minister_of_the": "Minister of the ",
    "secretary_of": "SECRETARY OF ",
    "spokesperson_for_the": "Spokesperson for the ",
    "commas": ",",
    "comma_spaces": ", ",
    "dot_spaces": ". ",
    "ellipses": "... ",
    "straight_quotes": '"',
    "curly_quotes": "\u201c",
    "apostrophes": "'",
    "possessives": "Kazakhstan's ",
    "honorifics": "His Excellency Sheikh ",
    "titles_glued": "President",
    "demonyms": "Israeli Saudi ",
    "country_and": "Israel and ",
    "by_lines": "By Ann Lee\n",
    "months_days": "Nov. 7 ",
    "reporting_by": "Reporting by ",
    "copyright_signs": "\u00a9 ",
    "said_quotes": "\u201cYes,\u201d he said. ",
    "numbers_commas": "1, ",
    "line_caps": "WASHINGTON\n",
}

REPETITION_SHAPES: dict[str, Callable[[int], str]] = {
    name: (lambda size, unit=unit: _repeat_to(unit, size))
    for name, unit in REPETITION_UNITS.items()
}


def one_megabyte_story() -> str:
    """A ~1 MB story: a real head, then the example paragraphs over and over."""
    stories = example_stories()
    head = stories["cnn-abraham-accords"]
    body_lines = [
        line.strip()
        for text in stories.values()
        for line in text.splitlines()[2:]
        if len(line.strip()) > 60
    ]
    parts = [head]
    size = len(head)
    i = 0
    while size < 1_000_000:
        line = body_lines[i % len(body_lines)] + "\n\n"
        parts.append(line)
        size += len(line)
        i += 1
    return "".join(parts)


# --------------------------------------------------------------------------------------
# Calling the library and checking the contract
# --------------------------------------------------------------------------------------


class _Raised:
    """What ``call`` returns when ``lookup_country`` raises its documented LookupError."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    def __repr__(self) -> str:
        return f"<lookup raised {type(self.exc).__name__}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Raised) and repr(self) == repr(other)

    def __hash__(self) -> int:
        return hash(repr(self))


def function(name: str) -> Callable[..., Any]:
    """The public function ``accordlib.<name>`` (looked up late, so the module imports
    even while some functions have not landed)."""
    import accordlib

    return getattr(accordlib, name)  # type: ignore[no-any-return]


def call(name: str, text: str) -> Any:
    """Call ``accordlib.<name>(text)``; ``lookup_country``'s LookupError becomes a value."""
    func = function(name)
    if name == "lookup_country":
        try:
            return func(text)
        except LookupError as exc:
            return _Raised(exc)
    return func(text)


def _check_span(text: str, start: object, end: object, what: str) -> None:
    assert isinstance(start, int), f"{what}: start {start!r} is not an int"
    assert isinstance(end, int), f"{what}: end {end!r} is not an int"
    assert 0 <= start <= end <= len(text), f"{what}: span {start}:{end} outside 0:{len(text)}"


def _is_substring(piece: object, text: str) -> bool:
    return isinstance(piece, str) and piece in text


def check_story(text: str, story: Any) -> None:
    """SPEC section 1: the text unchanged, contiguous lossless segments, body, offsets."""
    assert type(story).__name__ == "Story", f"parse_story returned {type(story).__name__}"
    assert story.text == text, "Story.text is not the input"
    position = 0
    for index, segment in enumerate(story.segments):
        what = f"segment {index} ({segment.kind})"
        assert segment.start == position, f"{what} starts at {segment.start}, expected {position}"
        _check_span(text, segment.start, segment.end, what)
        assert segment.text == text[segment.start : segment.end], f"{what}: text != input slice"
        position = segment.end
    assert position == len(text), f"segments end at {position}, input has {len(text)} characters"
    assert "".join(s.text for s in story.segments) == text, "segments do not rebuild the input"
    assert story.body == "\n\n".join(story.paragraphs), "body != '\\n\\n'.join(paragraphs)"
    if story.headline is not None:
        assert isinstance(story.headline, str), "headline is not a str"
    if story.byline is not None:
        check_byline(text, story.byline)
    if story.dateline is not None:
        raw = story.dateline.raw
        assert _is_substring(raw, text), "dateline.raw is not in the text"
        dateline_segments = [s.text for s in story.segments if s.kind.name == "DATELINE"]
        assert raw in dateline_segments, f"no DATELINE segment is {raw!r}: {dateline_segments!r}"
    for credit in story.credits:
        assert _is_substring(credit.raw, text), f"Credit.raw {credit.raw!r} is not in the text"
    if story.copyright is not None:
        check_copyright(text, story.copyright)
    if story.published is not None:
        assert isinstance(story.published, dt.date), "published is not a date"


def check_byline(text: str, byline: Any) -> None:
    """A Byline whose raw text is in the input and whose authors are non-empty strings."""
    if byline is None:
        return
    assert type(byline).__name__ == "Byline", f"got {type(byline).__name__}"
    assert _is_substring(byline.raw, text), f"Byline.raw {byline.raw!r} is not in the text"
    assert isinstance(byline.authors, tuple), "authors is not a tuple"
    for author in byline.authors:
        assert isinstance(author, str), f"author {author!r} is not a str"
        assert author.strip(), f"empty author in {byline.authors!r}"
    assert len(set(byline.authors)) == len(byline.authors), f"duplicate authors {byline.authors!r}"


def check_dateline(text: str, dateline: Any) -> None:
    """A Dateline whose raw text is in the input, with a body offset inside it."""
    if dateline is None:
        return
    assert type(dateline).__name__ == "Dateline", f"got {type(dateline).__name__}"
    assert _is_substring(dateline.raw, text), f"Dateline.raw {dateline.raw!r} is not in the text"
    assert isinstance(dateline.end, int), "Dateline.end is not an int"
    assert 0 <= dateline.end <= len(text), f"Dateline.end {dateline.end} outside the text"
    start = getattr(dateline, "start", None)
    if start is not None:
        raw_end = start + len(dateline.raw)
        assert text[start:raw_end] == dateline.raw, f"text[{start}:] does not start with raw"
        assert raw_end <= dateline.end, f"end {dateline.end} is inside raw (ends at {raw_end})"
    assert dateline.month is None or 1 <= dateline.month <= 12, f"month {dateline.month!r}"
    assert dateline.day is None or 1 <= dateline.day <= 31, f"day {dateline.day!r}"
    assert dateline.date is None or isinstance(dateline.date, dt.date), "date is not a date"


def check_copyright(text: str, footer: Any) -> None:
    """A Copyright whose raw text is in the input."""
    if footer is None:
        return
    assert type(footer).__name__ == "Copyright", f"got {type(footer).__name__}"
    assert _is_substring(footer.raw, text), f"Copyright.raw {footer.raw!r} is not in the text"
    assert footer.year is None or isinstance(footer.year, int), "year is not an int"


def check_country(text: str, country: Any) -> None:
    """``None`` or a Country."""
    if country is None or isinstance(country, _Raised):
        return
    assert type(country).__name__ == "Country", f"got {type(country).__name__}"
    assert isinstance(country.alpha3, str), "alpha3 is not a str"
    assert len(country.alpha3) == 3, f"alpha3 {country.alpha3!r}"


def check_country_mentions(text: str, mentions: Any) -> None:
    """Whole-word mentions in text order, not overlapping, ``text[start:end] == mention.text``."""
    assert isinstance(mentions, list), f"find_countries returned {type(mentions).__name__}"
    previous_end = 0
    for mention in mentions:
        _check_span(text, mention.start, mention.end, "CountryMention")
        assert mention.start < mention.end, f"empty mention {mention!r}"
        assert text[mention.start : mention.end] == mention.text, (
            f"text[{mention.start}:{mention.end}] == {text[mention.start : mention.end]!r}, "
            f"mention says {mention.text!r}"
        )
        assert mention.start >= previous_end, (
            f"mentions overlap or are out of order at {mention!r}"
        )
        previous_end = mention.end
        check_country(text, mention.country)


def check_title(text: str, title: Any) -> None:
    """``None`` or a Title with a canonical name."""
    if title is None:
        return
    assert type(title).__name__ == "Title", f"got {type(title).__name__}"
    assert isinstance(title.canonical, str), "canonical is not a str"
    assert title.canonical.strip(), "canonical is empty"
    # Title.text is the title as printed, whitespace folded ("External\u2009Affairs Minister").
    folded = " ".join(title.text.split())
    assert folded in " ".join(text.split()), f"Title.text {title.text!r} is not in the text"


def check_official(text: str, official: Any) -> None:
    """``None`` or an Official whose raw text is in the input."""
    if official is None:
        return
    assert type(official).__name__ == "Official", f"got {type(official).__name__}"
    assert _is_substring(official.raw, text), f"Official.raw {official.raw!r} is not in the text"
    if official.title is not None:
        check_title(text, official.title)


def check_official_mentions(text: str, mentions: Any) -> None:
    """Mentions in text order, not overlapping, ``text[start:end] == official.raw``."""
    assert isinstance(mentions, list), f"find_officials returned {type(mentions).__name__}"
    previous_end = 0
    for mention in mentions:
        _check_span(text, mention.start, mention.end, "OfficialMention")
        assert mention.start < mention.end, f"empty mention {mention!r}"
        assert text[mention.start : mention.end] == mention.official.raw, (
            f"text[{mention.start}:{mention.end}] == {text[mention.start : mention.end]!r}, "
            f"official.raw is {mention.official.raw!r}"
        )
        assert mention.start >= previous_end, (
            f"mentions overlap or are out of order at {mention!r}"
        )
        previous_end = mention.end


def check_events(text: str, events: Any) -> None:
    """Every event's sentence is ``text[start:end]``."""
    assert isinstance(events, list), f"extract_events returned {type(events).__name__}"
    for event in events:
        _check_span(text, event.start, event.end, f"event {event.kind}")
        assert text[event.start : event.end] == event.sentence, (
            f"text[{event.start}:{event.end}] == {text[event.start : event.end]!r}, "
            f"event.sentence is {event.sentence!r}"
        )
        assert event.date is None or isinstance(event.date, dt.date), "date is not a date"


CHECKS: dict[str, Callable[[str, Any], None]] = {
    "parse_story": check_story,
    "parse_byline": check_byline,
    "parse_dateline": check_dateline,
    "parse_copyright": check_copyright,
    "get_country": check_country,
    "lookup_country": check_country,
    "find_countries": check_country_mentions,
    "normalize_title": check_title,
    "parse_official": check_official,
    "find_officials": check_official_mentions,
    "extract_events": check_events,
}


def _story_parser_without_net() -> Callable[[str], Any] | None:
    """``parse_story`` catches any exception of its parser and returns a degraded Story
    (one OTHER segment). That keeps it total but hides bugs, so the harness also runs the
    parser without the net when it can find it (``accordlib.wire.story._Parser``)."""
    try:
        from accordlib.wire.story import _Parser  # private: it may move
    except ImportError:
        return None
    return lambda text: _Parser(text, None).run()


def checked_call(name: str, text: str) -> Any:
    """Call ``accordlib.<name>(text)`` and check its result against the contract.

    For ``parse_story`` the parser also runs without its safety net and must give the
    same Story: an exception it swallowed would otherwise go unnoticed.
    """
    result = call(name, text)
    CHECKS[name](text, result)
    if name == "parse_story":
        strict = _story_parser_without_net()
        if strict is not None:
            assert strict(text) == result, "parse_story fell back to its safety net"
    return result


# --------------------------------------------------------------------------------------
# Bytes to text for the fuzzers
# --------------------------------------------------------------------------------------


def decode_fuzz_bytes(data: bytes) -> str:
    """Turn fuzzer bytes into any ``str``, lone surrogates included.

    The first byte picks the decoding: UTF-8 with invalid bytes kept as lone
    surrogates (U+DC80..U+DCFF), UTF-16 with surrogates passed through (so any BMP
    code point, paired or not), UTF-32 (any code point), or Latin-1 (control bytes).
    """
    if not data:
        return ""
    mode, rest = data[0] % 4, data[1:]
    if mode == 0:
        return rest.decode("utf-8", "surrogateescape")
    if mode == 1:
        return rest[: len(rest) // 2 * 2].decode("utf-16-le", "surrogatepass")
    if mode == 2:
        return "".join(
            chr(int.from_bytes(rest[i : i + 4], "little") % 0x110000)
            for i in range(0, len(rest) - 3, 4)
        )
    return rest.decode("latin-1")


def iter_inputs_for(name: str, text: str) -> Iterator[str]:
    """The inputs the corpus test gives ``name`` for one corpus text: the text, and
    for line-level functions its first lines too."""
    yield text
    if name in LINE_FUNCTIONS:
        yield from head_lines(text)


# --------------------------------------------------------------------------------------
# Hypothesis strategies (hypothesis is imported only when these are used)
# --------------------------------------------------------------------------------------


def hostile_text_strategy(max_pieces: int = 12) -> Any:
    """Strings glued from wire fragments, troublesome characters, line breaks, lone
    surrogates and arbitrary text — far more likely to reach the parsers' corners than
    plain ``st.text()``."""
    from hypothesis import strategies as st

    piece = st.one_of(
        st.text(max_size=24),
        st.sampled_from(WIRE_FRAGMENTS),
        st.sampled_from(sorted(SPECIAL_CHARS.values())),
        st.sampled_from(LINE_BREAKS),
        st.sampled_from(DASHES),
        st.sampled_from(QUOTES),
        st.characters(codec=None, categories=["Cs", "Cc", "Cf", "Zl", "Zp", "Mn"]),
        st.sampled_from(list(example_stories().values())),
    )
    return st.lists(piece, max_size=max_pieces).map("".join)


# --------------------------------------------------------------------------------------
# Work run in fresh subprocesses by the tests (python tests/hostile_inputs.py COMMAND)
# --------------------------------------------------------------------------------------


#: What the determinism checks run: every text function, and the JSON of the story and
#: its events (the serialiser's converter is built lazily too, and must be thread-safe).
DETERMINISM_FUNCTIONS: tuple[str, ...] = (*TEXT_FUNCTIONS, "to_json")


def _outcome(name: str, text: str) -> str:
    """``repr`` of the result, or of the exception: what must be identical everywhere."""
    try:
        if name == "to_json":
            import accordlib

            story = accordlib.parse_story(text)
            return accordlib.to_json(story) + accordlib.to_json(accordlib.extract_events(story))
        return repr(call(name, text))
    except Exception as exc:
        return f"raised {type(exc).__name__}: {exc}"


def determinism_inputs() -> list[str]:
    """A small, varied set: the stories, some mutations, their first lines."""
    corpus = mutated_corpus(seed=7, per_story=3)
    texts = [text for label, text in corpus if "truncated" not in label and "from@" not in label]
    lines = [line for text in list(example_stories().values()) for line in head_lines(text, 6)]
    return texts[:24] + lines


def thread_outcomes(workers: int = 8) -> dict[str, Any]:
    """Run every function on :func:`determinism_inputs` in ``workers`` threads released
    together by a barrier, so lazy tables load concurrently; report agreement and a digest.
    """

    inputs = determinism_inputs()
    barrier = threading.Barrier(workers)

    def work(seed: int) -> list[str]:
        order = list(range(len(inputs)))
        random.Random(seed).shuffle(order)  # each thread visits the inputs in its own order
        barrier.wait()
        out: dict[int, list[str]] = {}
        for i in order:
            out[i] = [_outcome(name, inputs[i]) for name in DETERMINISM_FUNCTIONS]
        return [outcome for i in range(len(inputs)) for outcome in out[i]]

    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(work, range(workers)))
    first = results[0]
    mismatches = []
    for thread, result in enumerate(results[1:], start=1):
        for index, (a, b) in enumerate(zip(first, result, strict=True)):
            if a != b:
                name = DETERMINISM_FUNCTIONS[index % len(DETERMINISM_FUNCTIONS)]
                text = inputs[index // len(DETERMINISM_FUNCTIONS)]
                mismatches.append(f"thread {thread} {name}({text[:60]!r}): {b[:200]} != {a[:200]}")
    digest = hashlib.sha256("\x1e".join(first).encode("utf-8", "surrogatepass")).hexdigest()
    errors = sorted({o.split(":")[0] for o in first if o.startswith("raised ")})
    return {"digest": digest, "mismatches": mismatches[:20], "count": len(first), "errors": errors}


def thread_published_mismatches(workers: int = 8) -> list[str]:
    """Threads that parse and mine the same stories with *different* ``published`` dates
    at the same time must each get what a sequential call gives: no cache or shared
    state may mix one thread's dates into another's results."""
    import accordlib  # late, like function()

    stories = list(example_stories().values())
    dates = [dt.date(2019 + i, 1 + i, 2 + 3 * i) for i in range(workers)]
    barrier = threading.Barrier(workers)

    def outcome(text: str, published: dt.date) -> str:
        story = accordlib.parse_story(text, published=published)
        return repr(story) + repr(accordlib.extract_events(story, published=published))

    def work(index: int) -> list[str]:
        barrier.wait()
        return [outcome(text, dates[index]) for text in stories]

    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(work, range(workers)))
    mismatches = []
    for index, result in enumerate(results):
        for text, got in zip(stories, result, strict=True):
            if got != outcome(text, dates[index]):
                mismatches.append(f"published={dates[index]} {text[:50]!r}")
    return mismatches


def sequential_digest() -> str:
    """The digest :func:`thread_outcomes` computes, from one thread."""

    outcomes = [
        _outcome(name, text) for text in determinism_inputs() for name in DETERMINISM_FUNCTIONS
    ]
    return hashlib.sha256("\x1e".join(outcomes).encode("utf-8", "surrogatepass")).hexdigest()


def time_shapes(
    shapes: dict[str, Callable[[int], str]], size: int
) -> Iterator[tuple[str, str, float, str]]:
    """Time every text function once on every shape of ``size`` characters.

    Yields ``(shape, function, cpu_seconds, outcome)``; the outcome is "ok" or the exception.
    CPU time of this process, so other work on a shared machine does not count.
    Every function runs once on an example story first, so lazy tables load outside
    the timings.
    """
    warm = example_stories()["cnn-abraham-accords"]
    for name in TEXT_FUNCTIONS:
        try:
            call(name, warm)
        except Exception:  # a broken function is reported by the timed calls
            continue

    for shape, make in shapes.items():
        text = make(size)
        for name in TEXT_FUNCTIONS:
            start = time.process_time()
            try:
                checked_call(name, text)
                outcome = "ok"
            except Exception as exc:
                outcome = f"{type(exc).__name__}: {str(exc)[:200]}"
            yield shape, name, time.process_time() - start, outcome


def _main(argv: list[str]) -> int:

    command = argv[0] if argv else ""
    if command == "threads":
        print(json.dumps(thread_outcomes(int(argv[1]) if len(argv) > 1 else 8)))
        return 0
    if command == "threads-published":
        print(json.dumps({"mismatches": thread_published_mismatches()}))
        return 0
    if command == "sequential":
        print(json.dumps({"digest": sequential_digest()}))
        return 0
    if command == "shapes":
        size = int(argv[1])
        shapes = EXTRA_SHAPES if "extra" in argv[2:] else HOSTILE_SHAPES
        for shape, name, seconds, outcome in time_shapes(shapes, size):
            print(json.dumps([shape, name, seconds, outcome]), flush=True)
        return 0
    if command == "megabyte":
        import accordlib

        result: dict[str, Any] = {}
        for label, text in (("story", one_megabyte_story()), ("line", _prose_line(1_000_000))):
            start = time.perf_counter()
            cpu = time.process_time()
            story = accordlib.parse_story(text)
            check_story(text, story)
            parsed = time.perf_counter() - start
            result[label] = {
                "chars": len(text),
                "parse_story_s": round(parsed, 3),
                "parse_story_cpu_s": round(time.process_time() - cpu, 3),
                "segments": len(story.segments),
            }
            try:
                events = accordlib.extract_events(story)
                check_events(text, events)
            except Exception as exc:
                result[label]["extract_events_error"] = f"{type(exc).__name__}: {exc}"
                continue
            total = time.perf_counter() - start
            result[label].update(
                extract_events_s=round(total - parsed, 3),
                total_s=round(total, 3),
                total_cpu_s=round(time.process_time() - cpu, 3),  # less sensitive to load
                events=len(events),
            )
        print(json.dumps(result))
        return 0
    print(
        "usage: hostile_inputs.py threads [N] | threads-published | sequential"
        " | shapes SIZE [extra] | megabyte",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
