"""The fast paths of a country look-up that misses, against their full paths.

A look-up that the tables do not answer at once (a span that holds a person's name, as the
officials reader asks: "Qatar Sheikh Ana") runs the key and the repairs. Two steps of it take
shortcuts that must give exactly what the plain loops give:

* :func:`~accordlib.countries.key.name_key` cuts an ASCII chunk into words with one pattern,
  not a loop per character (``str.isalnum`` runs);
* :func:`~accordlib.countries.inflection.nominatives` finds a word's case endings in an index
  by ending, not with one ``endswith`` per ending, and lists them in table order;
* :func:`~accordlib.countries.fuzzy.near_miss` gives up at once when no key of the
  vocabulary has the name's first and last letters and a length within one of it;
* :func:`~accordlib.countries.inflection.inflected` remembers the readings of each word of
  a phrase;
* :func:`~accordlib.countries.repair.lookup_variants` skips the repairs that need
  punctuation or a trigger word ("of", "former", "la") on a name of plain ASCII words.
"""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from accordlib.countries import foreign, fuzzy, inflection, key, repair
from accordlib.countries.endings import CYRILLIC_ENDINGS, LATIN_ENDINGS
from accordlib.countries.index import index
from accordlib.countries.inflection import nominatives
from accordlib.countries.model import Country, Entry

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


#: Words of country names, of the repairs' patterns and of people's names, in several cases.
_PLAIN_WORDS = [
    "Kazakhstan", "Qatar", "Israel", "Sheikh", "Ana", "Ruiz", "Tom", "Baker", "S", "the",
    "Former", "formerly", "of", "Republic", "Korea", "Kongo", "Kinshasa", "Congo", "la",
    "Guinee", "Conakry", "Soviet", "Socialist", "SSR", "Northern", "Macedonia", "Polens",
    "Republik", "Indonesia", "Jamhuri", "ya", "Muungano", "wa", "Tanzania", "except", "China",
    "Hong", "Kong", "de", "Federacion", "Rusia", "Kazakhstn", "Islambad", "argentino", "Turkse",
    "Sweden", "without", "Stockholm", "United", "States", "America", "USA", "Ex", "Mali",
]  # fmt: skip
_plain_names = st.one_of(
    st.lists(st.sampled_from(_PLAIN_WORDS), min_size=1, max_size=4).map(" ".join),
    st.text(alphabet="abcdefghijklmnorstuyzAEKS ", min_size=1, max_size=30),
    st.text(max_size=20),
)


def _lookup_by_every_repair(name: str, depth: int) -> Entry:
    """The full path of ``lookup_variants``: every repair in turn, at every depth."""
    entry = repair._keyed_entry(name)
    if entry is not None or depth == 0:
        return () if entry is None else entry
    for step in repair.REPAIRS:
        found = step(name, depth - 1)
        if found is not None:
            return found
    return ()


@settings(deadline=None)  # the first calls build the tables
@given(_plain_names)
def test_plain_names_skip_only_repairs_that_would_not_apply(name: str) -> None:
    if repair._plain(name):
        for step in repair.PLAIN_SKIPS:
            assert step(name, 1) is None, step.__name__
    assert repair.lookup_variants(name, 2) == _lookup_by_every_repair(name, 2)


def test_plain_names_examples() -> None:
    assert repair._plain("Kazakhstan Ali Khamenei")
    assert not repair._plain("Republic of Korea")  # "of": a government form may apply
    assert not repair._plain("the former Soviet Union")
    assert not repair._plain("U.S.-led")
    assert repair.lookup_variants("Kazakhstan Ali Khamenei", 2) == ()
    assert repair.lookup_variants("Israel S", 2) == index().keyed["israel"]  # a slip


def _inflected_phrase_afresh(name: str) -> Country | None:
    """The full path of ``inflection._inflected_phrase``: every word's readings read again."""
    words = name.split()
    if len(words) > inflection._MAX_PHRASE_WORDS:
        return None
    vocabulary = inflection._PHRASE_WORDS.get()
    options = []
    for word in words:
        readings = [(word, ""), *nominatives(word)]
        option = [
            (stem, group)
            for stem, group in readings
            if inflection._word_key(stem) in vocabulary[group]
        ]
        if not option:
            return None
        options.append(option)
    if all(group == "" for option in options for _, group in option):
        return None
    keys = inflection._KEYS.get()
    keyed = index().keyed
    for combination in itertools.islice(itertools.product(*options), inflection._MAX_COMBINATIONS):
        groups = {group for _, group in combination if group}
        if len(groups) != 1:
            continue
        found = key.name_key(" ".join(stem for stem, _ in combination))
        if found in keys[groups.pop()]:
            entry = keyed.get(found)
            if isinstance(entry, Country):
                return entry
    return None


#: Words of declined names in several languages, and words of people's names.
_DECLINED = [
    "Egyesült", "Államokba", "Államok", "Statelor", "Unite", "ale", "Americii", "Spojených",
    "států", "Saudovskuyu", "Саудовскую", "Аравию", "Polens", "Ana", "Ruiz", "Kazakhstan",
    "Ali", "Republik", "Rosji", "Federacji", "Rosyjskiej", "Sheikh",
]  # fmt: skip


@settings(deadline=None)  # the first calls build the tables
@given(st.lists(st.sampled_from(_DECLINED), min_size=2, max_size=4).map(" ".join))
def test_inflected_phrases_as_read_afresh(name: str) -> None:
    expected = _inflected_phrase_afresh(name)
    assert inflection.inflected(name) == expected  # readings remembered, if any
    inflection._OPTIONS.clear()
    assert inflection.inflected(name) == expected  # every word read afresh


_FOREIGN_WORDS = [
    "Marekani",
    "Magyarországon",
    "venezolano",
    "Turkse",
    "olandese",
    "Moscovo",
    "Anthony",
    "Albanese",
    "Dienstag",
    "uruguayo",
    "العماني",
    "Phenianul",
]


@settings(deadline=None)
@given(st.lists(st.sampled_from(_FOREIGN_WORDS), min_size=1, max_size=6))
def test_remembered_foreign_words_as_fresh(words: list[str]) -> None:
    """The memo of words of other languages answers as a fresh reading does."""
    for word in words:
        assert foreign._read(word) == foreign._read.uncached(word)  # type: ignore[attr-defined]
