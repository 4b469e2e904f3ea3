"""The fast paths of a country look-up that misses, against their full paths.

A look-up that the tables do not answer at once (a span that holds a person's name, as the
officials reader asks: "Qatar Sheikh Ana") runs the key and the repairs. Two steps of it take
shortcuts that must give exactly what the plain loops give:

* :func:`~accordlib.countries.key.name_key` cuts an ASCII chunk into words with one pattern,
  not a loop per character (``str.isalnum`` runs);
* :func:`~accordlib.countries.inflection.nominatives` finds a word's case endings in an index
  by ending, not with one ``endswith`` per ending, and lists them in table order;
* :func:`~accordlib.countries.fuzzy.near_miss` gives up at once when no key of the
  vocabulary has the name's first and last letters and a length within one of it.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from accordlib.countries import fuzzy, inflection, key
from accordlib.countries.endings import CYRILLIC_ENDINGS, LATIN_ENDINGS
from accordlib.countries.index import index
from accordlib.countries.inflection import nominatives
from accordlib.countries.model import Country

#: Letters of the scripts and shapes the tables decline, with apostrophes, dots and spaces.
_PIECES = ["a", "s", "S", "ß", "İ", "é", "ą", "ё", "и", "я", "Я", "'", "’", ".", "-", " ", "1"]
_ENDINGS = sorted({ending for _, ending, _ in LATIN_ENDINGS} | {e for e, _ in CYRILLIC_ENDINGS})

words = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.characters(codec="ascii"), max_size=30),
    st.tuples(
        st.text(alphabet="".join(_PIECES), min_size=3, max_size=12), st.sampled_from(_ENDINGS)
    ).map("".join),
)


def _split_by_characters(text: str) -> list[str]:
    """The full path of ``key._split``: runs of ``str.isalnum`` characters, piece by piece."""
    folded = text.translate(key._APOSTROPHE_TABLE).casefold().translate(key._LETTERS)
    if not folded.isascii():
        folded = "".join(
            ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch)
        )
    found: list[str] = []
    for piece in folded.split():
        chunk = piece[:-2] if piece.endswith("'s") else piece
        chunk = chunk.rstrip("'")
        start = -1
        for i, ch in enumerate(chunk):
            if ch.isalnum():
                if start < 0:
                    start = i
            elif start >= 0:
                found.append(chunk[start:i])
                start = -1
        if start >= 0:
            found.append(chunk[start:])
    return found


def _nominatives_by_endswith(word: str) -> list[tuple[str, str]]:
    """The endings part of ``nominatives``, one ``endswith`` per ending (its full path)."""
    lower = word.casefold()
    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in word)
    table = [("cyrillic", *pair) for pair in CYRILLIC_ENDINGS] if cyrillic else LATIN_ENDINGS
    stems: list[tuple[str, str]] = []
    for group, ending, replacements in table:
        if lower.endswith(ending) and not lower.endswith("ss"):
            stem = word[: len(word) - len(ending)]
            stems.extend((stem + replacement, group) for replacement in replacements)
    return stems


@given(words)
def test_name_key_words_as_by_characters(text: str) -> None:
    assert key._split(text) == _split_by_characters(text)


@settings(deadline=None)  # the first call builds the endings tables
@given(words)
def test_nominatives_as_by_endswith(word: str) -> None:
    found = nominatives(word)
    if len(word) < inflection._MIN_LENGTH or not inflection._WORD.match(word):
        assert found == []  # too short, or not one word: never declined
        return
    hungarian = [pair for pair in found if pair[1] == "hungarian"]
    assert found == _nominatives_by_endswith(word) + hungarian


def test_nominatives_keep_table_order() -> None:
    assert nominatives("Polens")[0] == ("Polen", "genitive_s")  # the German genitive first
    assert nominatives("Rosji") == _nominatives_by_endswith("Rosji")
    assert nominatives("России")[0] == ("Россия", "cyrillic")  # "-ии" before "-и"
    assert nominatives("России") == _nominatives_by_endswith("России")


def _near_miss_by_candidates(key: str) -> Country | None:
    """The full path of ``near_miss`` for a long key: every candidate one deletion away."""
    vocabulary = fuzzy._VOCABULARY.get()
    candidates: set[str] = set(vocabulary.deletions.get(key, ()))
    for deleted in fuzzy._deletions(key):
        if deleted in vocabulary.keys:
            candidates.add(deleted)
        candidates.update(vocabulary.deletions.get(deleted, ()))
    found = {
        vocabulary.keys[other]
        for other in candidates
        if other[0] == key[0] and other[-1] == key[-1] and fuzzy.one_slip(key, other)
    }
    return found.pop() if len(found) == 1 else None


_long_keys = st.one_of(
    st.text(alphabet="abcdeilnorstuy ", min_size=fuzzy.MIN_LENGTH, max_size=30),
    st.sampled_from(["kazakhstn", "bahrian", "qatar sheikh ana", "philipines", "pyongyng"]),
)


@settings(deadline=None)  # the first call builds the vocabulary
@given(_long_keys)
def test_near_miss_as_by_candidates(key: str) -> None:
    if key[-1] == "s" and key[:-1] in index().keyed:
        return  # a plural of a name: never a slip (decided before the candidates)
    assert fuzzy.near_miss(key) == _near_miss_by_candidates(key)
