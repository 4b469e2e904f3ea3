"""Officials: invariants checked with Hypothesis, type checks, JSON round trips, and the
tokeniser's fast paths against its full path."""

from __future__ import annotations

import tracemalloc

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import accordlib
from accordlib import (
    Official,
    OfficialMention,
    Role,
    Title,
    find_officials,
    normalize_title,
    parse_official,
)
from accordlib.officials import entities, scanner, tokens
from accordlib.officials.holders import holder_country
from accordlib.officials.lexicon import lexicon
from accordlib.officials.tokens import Tokens, cut_chunk, fold, read_chunk

# Pieces of wire prose: titles, prefixes, names and glue, so that random texts hit the parser.
PREFIXES = ["", "US ", "U.S. ", "Israeli ", "Kazakhstan's ", "the ", "UN ", "Kremlin ", "former "]
TITLES = [
    ("President", "President", Role.HEAD_OF_STATE),
    ("Prime Minister", "Prime Minister", Role.HEAD_OF_GOVERNMENT),
    ("Foreign Minister", "Foreign Minister", Role.FOREIGN_MINISTER),
    ("Secretary of State", "Secretary of State", Role.FOREIGN_MINISTER),
    ("Special Envoy", "Special Envoy", Role.ENVOY),
    ("spokesman", "Spokesperson", Role.SPOKESPERSON),
    ("Gen.", "General", Role.MILITARY),
    ("Crown Prince", "Crown Prince", Role.HEIR),
    ("Vice President", "Vice President", Role.DEPUTY_HEAD_OF_STATE),
]
NAMES = [
    "Benjamin Netanyahu",
    "Kassym-Jomart Tokayev",
    "Mohammed bin Salman",
    "JD Vance",
    "Abdel Fattah el-Sisi",
    "Ursula von der Leyen",
    "António Guterres",
    "Wang Yi",
    "Donald J. Trump",
]
GLUE = [" said ", ", ", ". ", " and ", " met ", "\n", " — ", " (", ") ", "’s ", " on Monday. "]
PIECES = [p + t for p in PREFIXES for t, _, _ in TITLES] + NAMES + GLUE + ["Kazakhstan", "Israel"]

wire_text = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=300), wire_text)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_find_officials_is_total_and_offsets_index_the_text(text: str) -> None:
    mentions = find_officials(text)
    position = 0
    for mention in mentions:
        assert isinstance(mention, OfficialMention)
        assert position <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.official.raw
        assert mention.official.title is not None
        assert mention.official.name is None or mention.official.name.strip()
        position = mention.end


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_parse_official_and_normalize_title_are_total(text: str) -> None:
    official = parse_official(text)
    assert official is None or (isinstance(official, Official) and official.raw == text)
    title = normalize_title(text)
    assert title is None or (isinstance(title, Title) and title.canonical.strip())


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["", "US ", "Israeli ", "Kazakh ", "Qatar's "]),
    st.sampled_from(TITLES),
    st.sampled_from(NAMES),
)
def test_title_and_name_come_apart(prefix: str, title: tuple[str, str, Role], name: str) -> None:
    printed, canonical, role = title
    official = parse_official(f"{prefix}{printed} {name}")
    assert official is not None
    assert official.name == name
    assert official.title is not None
    expected = {"": None, "US ": "USA", "Israeli ": "ISR", "Kazakh ": "KAZ", "Qatar's ": "QAT"}
    national = lexicon().national_titles.get((expected[prefix] or "", canonical))
    if national is not None:  # an office that is another in that state (Kazakh Secretary of State)
        canonical, role = national[0], Role[national[1]]
    assert official.title.canonical == canonical
    assert official.title.role is role
    if not prefix and canonical == "Secretary of State":
        expected[""] = "USA"  # the office of one country: the US foreign minister
    got = official.country.alpha3 if official.country else None
    if "country" in official.inferred:
        # the text names no country; the gazetteer knows the person's (never over a prefix)
        assert not prefix
        assert got == holder_country(name).alpha3  # type: ignore[union-attr]
    else:
        assert got == expected[prefix]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=1, max_size=6))
def test_every_titled_name_in_a_list_is_found(names: list[str]) -> None:
    text = ", ".join(f"Foreign Minister {name}" for name in names) + " met on Monday."
    found = [m.official.name for m in find_officials(text)]
    assert found == names


def test_mentions_are_linear_in_the_text() -> None:
    # not a timing test: the scan touches each token a bounded number of times, so a long
    # text of titles and names gives exactly one mention per repetition
    unit = "Israeli Prime Minister Benjamin Netanyahu met Kazakh President Kassym-Jomart Tokayev. "
    mentions = find_officials(unit * 2000)
    assert len(mentions) == 4000
    assert mentions[-1].end == len(unit * 2000) - 2


@pytest.mark.parametrize("function", [normalize_title, parse_official, find_officials])
def test_non_str_input_raises_type_error_naming_the_type(function: object) -> None:
    assert callable(function)
    with pytest.raises(TypeError, match="bytes; decode it first"):
        function(b"President Trump")
    with pytest.raises(accordlib.InputTypeError, match="not int"):
        function(3)


def test_types_validate_their_invariants() -> None:
    title = Title("PM", "Prime Minister", Role.HEAD_OF_GOVERNMENT, ["acting"])
    assert title.modifiers == ("acting",)
    with pytest.raises(TypeError, match="role"):
        Title("PM", "Prime Minister", "HEAD_OF_GOVERNMENT")  # type: ignore[arg-type]  # on purpose
    official = Official(name="Wang Yi", title=title)
    with pytest.raises(ValueError, match="end"):
        OfficialMention(official, 5, 2)
    with pytest.raises(ValueError, match="start"):
        OfficialMention(official, -1, 2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        official.name = "x"  # type: ignore[misc]  # frozen on purpose
    assert hash(official) == hash(Official(name="Wang Yi", title=title))


def test_json_round_trip() -> None:
    text = (
        "Emir of Qatar Sheikh Tamim bin Hamad Al Thani received UN Secretary-General "
        "António Guterres and the former Deputy Foreign Minister of Kazakhstan."
    )
    mentions = find_officials(text)
    assert len(mentions) == 3
    for mention in mentions:
        data = accordlib.to_json(mention)
        assert accordlib.from_json(OfficialMention, data) == mention
    assert '"role": "MONARCH"' in accordlib.to_json(mentions[0])


def test_unnamed_mentions_can_be_switched_off() -> None:
    text = "The prime minister met Kazakhstan's president and Foreign Minister Wang Yi."
    assert [m.official.name for m in find_officials(text)] == [None, None, "Wang Yi"]
    assert [m.official.name for m in find_officials(text, unnamed=False)] == ["Wang Yi"]


# --- The fast paths against their full paths ------------------------------------------------
#
# The tokens of a text come from one regular expression (``tokens._TOKEN``); the tokeniser
# takes shortcuts (a single-space word walker, simple chunks cut by hand, chunk readings
# remembered) that must give exactly the same tokens.

#: Characters that str.split() takes for spaces and the token expression for punctuation: a
#: letter run that they split is two words either way, but the tokeniser drops the separator
#: itself (as it always has); texts with them are left out of the equality below.
_SPLIT_ONLY = "\x1c\x1d\x1e\x1f"

token_text = st.one_of(
    st.text(max_size=200),
    st.lists(
        st.sampled_from(
            [
                *PIECES,
                "U.S.",
                "Kassym-Jomart",
                "Kazakhstan's",
                "Hamas'",
                "Tokayev,",
                "Gen.",
                "“We",
                "(AP)",
                "1987,",
                "  ",
                "\n",
                "\t",
                "Türkiye’s",
                "d'Estaing",
                "O'Brien",
                "x-",
                "-y",
            ]
        ),
        max_size=30,
    ).map("".join),
    st.lists(st.sampled_from(["Prime", "Minister", "Ali", "of", "the", "Qatar"]), min_size=1).map(
        " ".join
    ),
).filter(lambda text: not any(ch in text for ch in _SPLIT_ONLY))


def _by_expression(text: str) -> list[tuple[int, int, str, str]]:
    """The full path: the token expression over the whole text, keys folded."""
    found = []
    for match in tokens._TOKEN.finditer(text):
        first, last = match.span()
        kind = match.lastgroup or tokens.PUNCT
        if kind == tokens.WORD:
            key = tokens._fold(text[first:last])
        elif kind == tokens.POSS:
            key = tokens.POSS_KEY
        else:
            key = text[first:last]
        found.append((first, last, kind, key))
    return found


def _arrays(toks: Tokens) -> list[tuple[int, int, str, str]]:
    assert toks.n == len(toks.starts) == len(toks.ends) == len(toks.kinds) == len(toks.keys)
    return list(zip(toks.starts, toks.ends, toks.kinds, toks.keys, strict=True))


@settings(max_examples=400, deadline=None)
@given(token_text)
def test_tokens_are_the_token_expression_read_over_the_whole_text(text: str) -> None:
    expected = _by_expression(text)
    assert _arrays(Tokens(text)) == expected  # remembered chunk readings, if any
    for memo in (tokens._FOLDED, tokens._CUTS, tokens._READS):
        memo.clear()
    assert _arrays(Tokens(text)) == expected  # every chunk read afresh


@settings(max_examples=200, deadline=None)
@given(st.lists(st.from_regex(r"[A-Za-z]{1,12}", fullmatch=True), min_size=1, max_size=12))
def test_the_single_space_walker_is_the_full_path(words: list[str]) -> None:
    text = " ".join(words)
    assert _arrays(Tokens(text)) == _by_expression(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Zs", "Cc")), min_size=1, max_size=20))
def test_a_chunk_cut_by_hand_reads_as_the_expression_reads_it(chunk: str) -> None:
    chunk = "".join(chunk.split())
    if chunk:
        cut = cut_chunk(chunk)
        assert not cut or cut == read_chunk(chunk)
        assert list(read_chunk(chunk)) == _by_expression(chunk)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_remembered_answers_are_the_answers(text: str) -> None:
    words = text.split()[:8]
    for word in words:
        assert fold(word) == tokens._fold(word)
        assert entities.country_of(word) == entities.country_of.uncached(word)  # type: ignore[attr-defined]
        assert entities.org_lookup(word) is entities.org_lookup(word)
    short = text[:64]
    assert scanner._normalize_short(short) == scanner._normalize_short.uncached(short)  # type: ignore[attr-defined]


def test_long_words_are_never_remembered() -> None:
    # A stream of long junk must not keep megabytes alive through the memos' keys: 50 words
    # of 200 KB each once kept 21 MB in the word-folding cache (issue 12).
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for index in range(50):
            word = "é" + "ab"[index % 2] * 200_000 + chr(0x430 + index)
            fold(word)
            find_officials(f"Minister {word} said")
            parse_official(f"President {word}")
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept < 1_000_000, kept
    for memo in (tokens._FOLDED, tokens._CUTS, tokens._READS):
        memo.put("x" * 65, ())
        assert memo.get("x" * 65) is None
