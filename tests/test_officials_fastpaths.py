"""Fast paths of the officials reader on spans no memo has seen yet, against their full paths.

A new name after a title ("Emir of Qatar Sheikh Ana Ruiz") makes the reader key spans that
hold it; an organisation's key of an ASCII span is cut with one pattern rather than a
loop per character, and must be the same key.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from accordlib.officials.lexicon import org_key
from accordlib.officials.tokens import fold

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
