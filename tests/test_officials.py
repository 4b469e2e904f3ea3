"""Officials: invariants checked with Hypothesis, type checks, and JSON round trips."""

from __future__ import annotations

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

# Pieces of wire prose: titles, prefixes, names and glue, so that random texts hit the parser.
PREFIXES = ["", "US ", "U.S. ", "Israeli ", "Kazakhstan's ", "the ", "UN ", "Kremlin ", "former "]
TITLES = [
    ("President", "President", Role.HEAD_OF_STATE),
    ("Prime Minister", "Prime Minister", Role.HEAD_OF_GOVERNMENT),
    ("Foreign Minister", "Foreign Minister", Role.FOREIGN_MINISTER),
    ("Secretary of State", "Secretary of State", Role.FOREIGN_MINISTER),
    ("Special Envoy", "Special Envoy", Role.ENVOY),
    ("spokesman", "Spokesman", Role.SPOKESPERSON),
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
    assert official.title.canonical == canonical
    assert official.title.role is role
    expected = {"": None, "US ": "USA", "Israeli ": "ISR", "Kazakh ": "KAZ", "Qatar's ": "QAT"}
    assert (official.country.alpha3 if official.country else None) == expected[prefix]


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
