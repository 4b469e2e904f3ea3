"""Fast paths of the officials reader on spans no memo has seen yet, against their full paths.

A new name after a title ("Emir of Qatar Sheikh Ana Ruiz") makes the reader key spans that
hold it; an organisation's key of an ASCII span is cut with one pattern rather than a
loop per character, and must be the same key. A phrase with no closing bracket opens with
no wire dateline, and is not walked for one.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from accordlib.officials.hosts import _dateline, dateline_floor
from accordlib.officials.lexicon import org_key
from accordlib.officials.tokens import Tokens, fold

spans = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="ascii"), max_size=40),
    st.lists(
        st.sampled_from(["U.N.", "Foreign", "Ministry", "O'Brien", "Co-operation", "(OSCE)", "É"]),
        max_size=6,
    ).map(" ".join),
)


@given(spans)
def test_org_key_as_by_characters(text: str) -> None:
    assert org_key(text) == "".join(ch for ch in fold(text) if ch.isalnum())


def test_org_key_examples() -> None:
    assert org_key("U.N. Security Council") == "unsecuritycouncil"
    assert org_key("Co-operation in Europe (OSCE)") == "cooperationineuropeosce"
    assert org_key("Ministère des Affaires étrangères") == "ministeredesaffairesetrangeres"


#: The words of wire datelines and of officials after them.
_OPENING_WORDS = "SEOUL NEW DELHI , April 3 ( Yonhap AA ) -- : - Turkish President Ana Ruiz . said"
openings = st.lists(
    st.sampled_from([*_OPENING_WORDS.split(" "), "\n"]), min_size=1, max_size=12
).map(" ".join)


@given(st.one_of(openings, st.text(max_size=40)))
def test_dateline_floor_as_the_full_walk(text: str) -> None:
    toks = Tokens(text)
    if not toks.n:
        return
    place, end = _dateline(toks)
    assert dateline_floor(toks) == (end if place and end > place + 1 else 0)


def test_dateline_floor_examples() -> None:
    assert dateline_floor(Tokens("ANKARA (AA) Turkish President Ana Ruiz")) == 4
    assert dateline_floor(Tokens("SEOUL, April 3 (Yonhap) -- Minister Ana Ruiz")) == 8
    assert dateline_floor(Tokens("US Special Envoy Ana Ruiz Said Today In Seoul")) == 0
    assert dateline_floor(Tokens("Hanoi: Deputy Prime Minister Ana Ruiz")) == 0
