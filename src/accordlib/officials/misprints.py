"""Misprinted title words read as the words they miss ("Prime Minster", "presindent").

News copy misprints the long words of titles now and then; a reader that knows only the
correct spellings then finds no title at all. This module holds a bounded edit-distance
fallback against the title vocabulary, built once as a plain mapping so that using it
costs one set test per text:

* the vocabulary is every word of at least :data:`_MIN_WORD` letters in the surfaces of
  ``titles.tsv`` (the long words: "minister", "president", "secretary", "ambassador"),
  but those of religious offices, whose neighbours are ordinary words ("catholics");
* a misprint is one edit away from one of them: a letter left out ("minster"), one of its
  own letters too many ("presindent") or two neighbours swapped ("secertary"). A wrong
  letter in place of a right one is not read: it turns real words into titles
  ("resolution", "chairmen");
* the misprint keeps the word's first two letters and its last one (typing slips fall
  inside a word; "resident" is no "president"), has at least :data:`_MIN_MISPRINT`
  letters, is no word of the titles, portfolios or honorifics tables itself ("ministers",
  "counselor"), and points to one word only;
* a misprint is a whole word: a piece of one cut by a stray character ("Ministr\u00ady",
  a broken "Ministry") is left alone;
* an English word among them (``title_lookalikes.tsv``: "minster") is read as the title word
  only right after a word that stands before that word in a title ("Prime Minster"), never
  alone ("York Minster").

:func:`misprints` answers the mapping from a misprinted key to its :class:`Fix`;
:func:`mend` puts the correct keys in place of misprints in a text's keys (the token reader,
:class:`~accordlib.officials.tokens.Tokens`, calls it when one is there), so every step after
it reads the title, while the printed text is kept.
"""

from __future__ import annotations

from accordlib._util.lazy import Lazy
from accordlib._util.tables import read_table

__all__ = ["MISPRINTS", "Fix", "Misprints", "mend", "misprints"]

#: The shortest title word that a misprint may stand for: shorter words have too many real
#: neighbours one edit away ("premier" / "premiere").
_MIN_WORD = 8
#: The shortest misprint read ("minster" for "minister").
_MIN_MISPRINT = 7
#: The letters a misprint keeps at the start of its word.
_KEPT_HEAD = 2
#: Roles whose title words are left out of the vocabulary.
_LEFT_OUT_ROLES = frozenset({"RELIGIOUS_LEADER"})
#: The tables whose words are real words, never misprints.
_WORD_TABLES = (
    ("titles.tsv", "surface"),
    ("portfolios.tsv", "surface"),
    ("honorifics.tsv", "surface"),
)


def _words(surface: str) -> list[str]:
    """The lower-case words of a printed form: letters only ("secretary-general" is two)."""
    cleaned = "".join(ch if ch.isalpha() else " " for ch in surface.lower())
    return cleaned.split()


def _slips(word: str) -> set[str]:
    """The words one slip away from ``word`` that keep its first two letters and its last one:
    a letter left out, one of its letters added, two neighbours swapped."""
    last = len(word) - 1
    out: set[str] = set()
    for i in range(_KEPT_HEAD, last):
        out.add(word[:i] + word[i + 1 :])
        if i + 1 < last:
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    letters = set(word)  # an added letter is one of the word's own, typed early or twice
    for i in range(_KEPT_HEAD, last + 1):
        for letter in letters:
            out.add(word[:i] + letter + word[i:])
    return out


class Fix:
    """The title word a misprint stands for, and the words after which alone it does
    (``None``: after any word)."""

    __slots__ = ("after", "word")

    def __init__(self, word: str, after: frozenset[str] | None) -> None:
        self.word = word
        self.after = after


class Misprints:
    """The misprint table: what each misprint stands for (``fixes``), and the misprints alone
    as a frozen set (``words``), which answers "any misprint among these keys?" fastest."""

    __slots__ = ("fixes", "words")

    def __init__(self, fixes: dict[str, Fix]) -> None:
        self.fixes = fixes
        self.words = frozenset(fixes)


def _build() -> Misprints:
    known: set[str] = set()
    for table, column in _WORD_TABLES:
        for row in read_table(table):
            known.update(_words(row[column]))
    lookalikes = {row["word"] for row in read_table("title_lookalikes.tsv")}
    before: dict[str, set[str]] = {}
    vocabulary: set[str] = set()
    for row in read_table("titles.tsv"):
        if row["role"] in _LEFT_OUT_ROLES:
            continue
        words = _words(row["surface"])
        for at, word in enumerate(words):
            if len(word) >= _MIN_WORD and word.isascii():
                vocabulary.add(word)
                if at:
                    before.setdefault(word, set()).add(words[at - 1])
    found: dict[str, str] = {}
    ambiguous: set[str] = set()
    for word in sorted(vocabulary):
        for slip in _slips(word):
            if slip == word or len(slip) < _MIN_MISPRINT or slip in known:
                continue
            if found.setdefault(slip, word) != word:
                ambiguous.add(slip)
    return Misprints(
        {
            slip: Fix(word, frozenset(before.get(word, ())) if slip in lookalikes else None)
            for slip, word in found.items()
            if slip not in ambiguous
        }
    )


#: Misprinted title words (folded keys) and what they stand for, built on first use.
MISPRINTS = Lazy(_build)


def misprints() -> dict[str, Fix]:
    """Misprinted title words (folded keys) and what they stand for, built on first use."""
    return MISPRINTS.get().fixes


#: What may stand right before and right after a misprint: a misprint is a whole word, not a
#: piece of one cut by a stray character ("Ministr\u00ady" is "Ministry" broken, not
#: "Minister" misspelt).
_BEFORE_WORD = frozenset(" \t\n\r([{\"'\u201c\u2018")
_AFTER_WORD = frozenset(" \t\n\r,.;:!?)]}\"'\u201d\u2019")


def mend(
    text: str, keys: list[str], spans: tuple[list[int], list[int]], fixes: dict[str, Fix]
) -> list[str]:
    """``keys`` of ``text`` (tokens at ``spans``: starts, ends) with each misprint of ``fixes``
    that stands as a whole word read as the title word it stands for."""
    starts, ends = spans
    size = len(text)
    mended: list[str] = []
    for at, key in enumerate(keys):
        fix = fixes.get(key)
        if (
            fix is not None
            and (fix.after is None or (at and keys[at - 1] in fix.after))
            and (starts[at] == 0 or text[starts[at] - 1] in _BEFORE_WORD)
            and (ends[at] == size or text[ends[at]] in _AFTER_WORD)
        ):
            mended.append(fix.word)
        else:
            mended.append(key)
    return mended
