"""Near misses: a name one typing slip away from exactly one country's English name.

"Islambad", "Bahrian", "Pyeongyang", "Dominica Republic": a letter dropped, doubled,
changed or two letters swapped. The vocabulary is the English spellings of the tables
(names, aliases, capitals, demonyms; not the translations), compared by their normalised
keys; the look-up is a dictionary of one-letter deletions (built on first use), so it costs
a few dozen dictionary probes.

A slip is accepted only where a typing slip is the likely story and a real word is not:

* the key has at least :data:`MIN_LENGTH` characters (short names are one slip from many
  words: "Oman", "Mali", "Chad");
* the first and the last letter are kept ("Roland" is not Poland, "Franco" is not France,
  "Americas" is not America);
* the name is not a plural of a name ("the Americas", "two Russias");
* exactly one country is that close.

A shorter name (:data:`SHORT_LENGTH` to six letters, one ASCII word) is accepted with one
slip only: two neighbouring letters swapped inside the word ("Itlay", "Mexcio", "Chnia"),
the commonest typing slip and one that rarely makes another word; capitals are left out of
that vocabulary ("Pairs" is a word, not Paris).
"""

from __future__ import annotations

from accordlib._util.lazy import Lazy
from accordlib._util.tables import read_table
from accordlib.countries.endings import TRANSLATED
from accordlib.countries.index import index
from accordlib.countries.model import Country

__all__ = ["MIN_LENGTH", "SHORT_LENGTH", "near_miss", "near_miss_kind", "one_slip"]

#: The shortest key read as a misspelling.
MIN_LENGTH = 7
#: The shortest key read as a swap of two neighbouring letters.
SHORT_LENGTH = 5
_KINDS = frozenset({"name", "alias", "capital", "demonym"})


class _Vocabulary:
    """English keys of single countries, and their one-letter deletions."""

    __slots__ = ("deletions", "keys", "kinds", "shapes", "short")

    def __init__(self) -> None:
        keyed = index().keyed
        self.keys: dict[str, Country] = {}
        #: The kind of each long key's first row (a capital is named as a place in prose).
        self.kinds: dict[str, str] = {}
        #: One-word ASCII keys of SHORT_LENGTH to MIN_LENGTH - 1 letters (no capitals).
        self.short: dict[str, Country] = {}
        for row in read_table("country_names.tsv"):
            key = row["key"]
            if row["kind"] not in _KINDS or row["source"].startswith(TRANSLATED):
                continue
            entry = keyed.get(key)
            if not isinstance(entry, Country):
                continue
            if len(key) >= MIN_LENGTH:
                self.keys[key] = entry
                self.kinds.setdefault(key, row["kind"])
            elif (
                len(key) >= SHORT_LENGTH
                and row["kind"] != "capital"
                and key.isascii()
                and key.isalpha()
            ):
                self.short[key] = entry
        self.deletions: dict[str, list[str]] = {}
        for key in self.keys:
            for deleted in _deletions(key):
                self.deletions.setdefault(deleted, []).append(key)
        #: (first letter, last letter, length) of every key: a name one slip from a key
        #: keeps both letters and is at most one letter longer or shorter.
        self.shapes = frozenset((key[0], key[-1], len(key)) for key in self.keys)


_VOCABULARY: Lazy[_Vocabulary] = Lazy(_Vocabulary)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_slip(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one deleted, inserted or changed letter, or by two
    neighbouring letters swapped (and are not equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True  # one letter changed
    swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
    return swapped and a[i + 2 :] == b[i + 2 :]


def near_miss(key: str) -> Country | None:
    """The one country whose English key is one slip from ``key`` (see the module docstring)."""
    if len(key) < SHORT_LENGTH or (key[-1] == "s" and key[:-1] in index().keyed):
        return None
    vocabulary = _VOCABULARY.get()
    if len(key) < MIN_LENGTH:
        return _swapped(key, vocabulary.short)
    countries = {country for country, _ in _long_slips(key, vocabulary)}
    return countries.pop() if len(countries) == 1 else None


def near_miss_kind(key: str) -> tuple[Country, str] | None:
    """The one country a long key (:data:`MIN_LENGTH` letters or more) is one slip from, and
    the kind of spelling it slipped from ("capital" for "Islambad"), or ``None``: the
    running-text reading of :func:`near_miss`, which leaves short words alone (a swap of two
    letters in a short capitalised word is too often a name)."""
    if len(key) < MIN_LENGTH:
        return None
    vocabulary = _VOCABULARY.get()
    if not _near_shape(key, vocabulary) or (key[-1] == "s" and key[:-1] in index().keyed):
        return None
    found = _long_slips(key, vocabulary)
    countries = {country for country, _ in found}
    if len(countries) != 1:
        return None
    kinds = {kind for _, kind in found}
    # A slip of a capital only is a capital (checked as a place); of any other spelling too,
    # that spelling's kind.
    return countries.pop(), "capital" if kinds == {"capital"} else min(kinds - {"capital"})


def _near_shape(key: str, vocabulary: _Vocabulary) -> bool:
    """Whether some long key has the first and last letters of ``key`` and a length within
    one of it (a key one slip away must)."""
    first, last, size = key[0], key[-1], len(key)
    shapes = vocabulary.shapes
    return (
        (first, last, size) in shapes
        or (first, last, size - 1) in shapes
        or (first, last, size + 1) in shapes
    )


def _long_slips(key: str, vocabulary: _Vocabulary) -> set[tuple[Country, str]]:
    """The (country, kind) of the long keys one slip from ``key``."""
    if not _near_shape(key, vocabulary):
        # no key has the first and last letters and a length within one: no slip reaches
        # one (most names that miss, such as a span with a person's name, stop here)
        return set()
    candidates: set[str] = set(vocabulary.deletions.get(key, ()))  # a letter dropped
    for deleted in _deletions(key):
        if deleted in vocabulary.keys:
            candidates.add(deleted)  # a letter added
        candidates.update(vocabulary.deletions.get(deleted, ()))  # changed or swapped
    return {
        (vocabulary.keys[other], vocabulary.kinds[other])
        for other in candidates
        if other[0] == key[0] and other[-1] == key[-1] and one_slip(key, other)
    }


def _swapped(key: str, short: dict[str, Country]) -> Country | None:
    """The one country whose short key is ``key`` with two neighbouring inner letters swapped."""
    found = set()
    for i in range(1, len(key) - 2):
        other = short.get(key[:i] + key[i + 1] + key[i] + key[i + 2 :])
        if other is not None:
            found.add(other)
    return found.pop() if len(found) == 1 else None
