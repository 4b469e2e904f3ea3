"""The tokens of a text as parallel arrays: words, numbers, possessives and punctuation.

Every reader of the officials package walks :class:`Tokens`: four parallel lists (start,
end, kind, matching key) rather than one object per token, which is several times cheaper
to build and to walk. A token is

* a word: letters, with inner apostrophes ("O'Brien", "d'affaires"), key folded by
  :func:`fold` (lower case, no accents, one apostrophe);
* a possessive ``'s`` (key ``"'s"``) or a plural-style ``'`` after an *s* ("Hamas'");
* a number, or any other single non-space character (its key is itself).

The full path is one regular expression (``_TOKEN``). Two fast paths give the same tokens
(``tests/test_officials.py`` checks both against it, property by property):

* a text of ASCII letters and single spaces ("Israeli Prime Minister Benjamin Netanyahu",
  the usual shape of an official phrase) is cut with ``str.split``;
* otherwise the text is read chunk by chunk (the runs between spaces): a plain word is
  appended directly, a chunk of a simple shape ("Tokayev,", "Kassym-Jomart", "Kazakhstan's",
  "U.S.") is cut by :func:`cut_chunk`, the rest by the expression, once per distinct chunk
  (both remembered in bounded :class:`~accordlib._util.memo.Memo` objects).
"""

from __future__ import annotations

import regex

from accordlib._util.lazy import lazy_regex
from accordlib._util.memo import Memo
from accordlib._util.text import strip_accents
from accordlib.officials.misprints import MISPRINTS, mend

__all__ = [
    "GLUE",
    "HYPHENS",
    "NUM",
    "POSS",
    "POSS_KEY",
    "PUNCT",
    "WORD",
    "Cut",
    "Tokens",
    "cut_chunk",
    "fold",
    "read_chunk",
]

#: One token (see the module docstring). Every quantifier is possessive, so the scan is
#: linear in the length of the text.
_TOKEN = lazy_regex(
    r"""
      (?P<w>\p{L}[\p{L}\p{M}\p{N}]*+                    # a word ...
         (?:['\u2019\u02bc](?![sS]\b)\p{L}[\p{L}\p{M}\p{N}]*+)*+)  # ... with inner apostrophes
    | (?P<s>['\u2019\u02bc][sS]\b                       # a possessive: Kazakhstan|'s
         | (?<=[sS])['\u2019](?!\p{L}))                  # ... or plural-style: Hamas|'
    | (?P<n>\p{N}++)                                     # a number
    | (?P<p>\S)                                          # anything else, one character at a time
    """,
    regex.VERBOSE,
)

#: Token kinds (the names of the expression's groups).
WORD, NUM, PUNCT, POSS = "w", "n", "p", "s"
#: Punctuation that joins the tokens of one title or name when written without spaces.
GLUE = frozenset(".-\u2010\u2011")
#: The hyphens among them.
HYPHENS = frozenset("-\u2010\u2011")
#: The key of every possessive token.
POSS_KEY = "'s"

#: The memo bounds: wire copy's working set of distinct words and chunks fits in 100,000
#: entries; a word or chunk longer than 64 characters is junk or a URL and is not kept.
_MEMO_ENTRIES = 100_000
_MEMO_KEY_LENGTH = 64

#: How a chunk splits into tokens: (start, end, kind, key) relative to the chunk.
Cut = tuple[tuple[int, int, str, str], ...]

_FOLDED: Memo[str, str] = Memo(max_entries=_MEMO_ENTRIES, max_key_length=_MEMO_KEY_LENGTH)
_CUTS: Memo[str, Cut] = Memo(max_entries=_MEMO_ENTRIES, max_key_length=_MEMO_KEY_LENGTH)
_READS: Memo[str, Cut] = Memo(max_entries=_MEMO_ENTRIES, max_key_length=_MEMO_KEY_LENGTH)

#: Characters that ``str.split()`` splits at and the token expression reads as punctuation.
_ODD_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")
#: Punctuation that a simple chunk may end with: "Tokayev," / "Gen." / "Israel."
_CLOSERS = ",.;:"
_APOSTROPHES = "'\u2019\u02bc"
#: The misprint table's getter, bound once (see :mod:`~accordlib.officials.misprints`).
_misprints = MISPRINTS.get


def fold(word: str) -> str:
    """The matching key of a word: lower case, no accents, one apostrophe (remembered)."""
    key = _FOLDED.get(word)
    if key is None:
        key = _FOLDED.put(word, _fold(word))
    return key


def _fold(word: str) -> str:
    key = word.lower()
    if not key.isascii():
        key = strip_accents(key).replace("\u2019", "'").replace("\u02bc", "'")
    return key


def cut_chunk(chunk: str) -> Cut:
    """Tokens of a non-empty chunk of a simple shape; ``()`` when the expression must read it.

    A chunk's tokens do not depend on the text around it, so the cut is remembered.
    """
    cut = _CUTS.get(chunk)
    if cut is None:
        cut = _CUTS.put(chunk, _cut(chunk))
    return cut


def _cut(chunk: str) -> Cut:
    last_char = chunk[-1]
    size = len(chunk)
    if last_char in _CLOSERS and chunk[:-1].isalpha():
        # "Tokayev," / "Gen." / "Israel." : a word and its punctuation
        return ((0, size - 1, WORD, fold(chunk[:-1])), (size - 1, size, PUNCT, last_char))
    if "-" in chunk and all(part.isalpha() for part in chunk.split("-")):
        return _cut_hyphenated(chunk)
    if last_char in "sS" and size > 2 and chunk[-2] in _APOSTROPHES and chunk[:-2].isalpha():  # noqa: PLR2004 - a word and "'s"
        # "Kazakhstan's": a word and its possessive
        return ((0, size - 2, WORD, fold(chunk[:-2])), (size - 2, size, POSS, POSS_KEY))
    if (
        last_char == "."
        and size % 2 == 0
        and chunk[1::2].count(".") * 2 == size
        and chunk[0::2].isalpha()
    ):
        return _cut_dotted(chunk)
    return ()


def _cut_hyphenated(chunk: str) -> Cut:
    """ "Kassym-Jomart", "Secretary-General", "el-Sisi": words and hyphens."""
    cut: list[tuple[int, int, str, str]] = []
    here = 0
    for index, part in enumerate(chunk.split("-")):
        if index:
            cut.append((here, here + 1, PUNCT, "-"))
            here += 1
        cut.append((here, here + len(part), WORD, fold(part)))
        here += len(part)
    return tuple(cut)


def _cut_dotted(chunk: str) -> Cut:
    """ "U.S.", "U.N.", "J.D.": letters, each with its dot."""
    dotted: list[tuple[int, int, str, str]] = []
    for here in range(0, len(chunk), 2):
        dotted.append((here, here + 1, WORD, fold(chunk[here])))
        dotted.append((here + 1, here + 2, PUNCT, "."))
    return tuple(dotted)


def read_chunk(chunk: str) -> Cut:
    """The tokens of one chunk of text without spaces, read by the token expression (remembered)."""
    cut = _READS.get(chunk)
    if cut is None:
        cut = _READS.put(chunk, _read(chunk))
    return cut


def _read(chunk: str) -> Cut:
    tokens: list[tuple[int, int, str, str]] = []
    for match in _TOKEN.finditer(chunk):
        first, last = match.span()
        kind = match.lastgroup or PUNCT
        if kind == WORD:
            key = fold(chunk[first:last])
        elif kind == POSS:
            key = POSS_KEY
        else:
            key = chunk[first:last]
        tokens.append((first, last, kind, key))
    return tuple(tokens)


class Tokens:
    """Parallel arrays describing the tokens of one text (see the module docstring)."""

    __slots__ = ("_ascii", "_lower", "ends", "keys", "kinds", "n", "starts", "text")

    keys: list[str]
    kinds: list[str]
    starts: list[int]
    ends: list[int]

    def __init__(self, text: str) -> None:
        self.text = text
        if (
            text.isascii()
            and "  " not in text
            and text.replace(" ", "").isalpha()
            and text[0] != " "
            and text[-1] != " "
        ):
            # ASCII words and single spaces only: the usual shape of an official phrase
            self._read_words(text)
        else:
            self._read_text(text)
        self.n = len(self.starts)
        table = _misprints()
        if not table.words.isdisjoint(self.keys):
            # a misprinted title word ("Prime Minster") is read as the word it misses
            self.keys = mend(text, self.keys, (self.starts, self.ends), table.fixes)

    def _read_words(self, text: str) -> None:
        """Words and single spaces ("Israeli Prime Minister Benjamin Netanyahu"): no expression."""
        words = text.lower().split(" ")  # lower() keeps ASCII lengths
        self.keys = words
        self.kinds = [WORD] * len(words)
        starts: list[int] = []
        ends: list[int] = []
        position = -1  # the space before the next word
        for key in words:
            starts.append(position + 1)
            position += len(key) + 1
            ends.append(position)
        self.starts = starts
        self.ends = ends

    def _read_text(self, text: str) -> None:
        """Any text: pieces between single spaces, most of them one plain word.

        A plain word's place follows from the previous piece's, with no search. The rest
        (punctuation, or other whitespace such as line breaks inside the piece) go to
        :meth:`_read_piece`, which cuts them into chunks as ``str.split()`` does. Runs of
        chunks left to the token expression are read in one pass (setting up a match costs
        more than matching a few characters).
        """
        self.starts, self.ends, self.kinds, self.keys = [], [], [], []
        ascii_text = self._ascii = text.isascii()
        lower = self._lower = text.lower() if ascii_text else text
        add_start, add_end = self.starts.append, self.ends.append
        add_kind, add_key = self.kinds.append, self.keys.append
        fold_known = _FOLDED.get
        # a chunk's tokens do not depend on its neighbours, unless the text separates chunks
        # by characters that str.split() takes for spaces and the token expression does not
        alone = not (
            _ODD_SPACES[0] in text
            or _ODD_SPACES[1] in text
            or _ODD_SPACES[2] in text
            or _ODD_SPACES[3] in text
        )
        pending: tuple[int, int] | None = None  # a run of chunks left to the token expression
        position = 0
        for piece in text.split(" "):
            start = position
            position += len(piece) + 1
            if piece.isalpha():  # the common case first, once
                if pending is not None:
                    self._flush(pending)
                    pending = None
                end = start + len(piece)
                add_start(start)
                add_end(end)
                add_kind(WORD)
                if ascii_text:
                    add_key(lower[start:end])
                else:
                    folded = fold_known(piece)  # fold(), without the call for a word seen before
                    add_key(folded if folded is not None else fold(piece))
            elif piece:  # (an empty piece lies between two spaces)
                pending = self._read_piece(piece, start, pending, alone)
        if pending is not None:
            self._flush(pending)

    def _read_piece(
        self, piece: str, start: int, pending: tuple[int, int] | None, alone: bool
    ) -> tuple[int, int] | None:
        """Append the tokens of a piece that is not one plain word; return the pending run."""
        text = self.text
        end = start
        # (every whitespace character but the space is unprintable: a printable piece is one
        # chunk)
        for chunk in (piece,) if piece.isprintable() else piece.split():
            start = text.find(chunk, end)
            end = start + len(chunk)
            if chunk.isalpha():
                if pending is not None:
                    self._flush(pending)
                    pending = None
                self.starts.append(start)
                self.ends.append(end)
                self.kinds.append(WORD)
                self.keys.append(self._lower[start:end] if self._ascii else fold(chunk))
                continue
            cut = cut_chunk(chunk)
            if not cut and alone:
                cut = read_chunk(chunk)  # quotes, numbers, brackets
            if not cut:
                pending = (pending[0] if pending is not None else start, end)
                continue
            if pending is not None:
                self._flush(pending)
                pending = None
            for first, last, kind, key in cut:
                self.starts.append(start + first)
                self.ends.append(start + last)
                self.kinds.append(kind)
                self.keys.append(key)
        return pending

    def _flush(self, pending: tuple[int, int]) -> None:
        """Read a run of chunks with the token expression, in one pass; no run is pending then."""
        text, lower, ascii_text = self.text, self._lower, self._ascii
        for match in _TOKEN.finditer(text, pending[0], pending[1]):
            first, last = match.span()
            kind = match.lastgroup or PUNCT
            self.starts.append(first)
            self.ends.append(last)
            self.kinds.append(kind)
            if kind == WORD:
                self.keys.append(lower[first:last] if ascii_text else fold(text[first:last]))
            elif kind == POSS:
                self.keys.append(POSS_KEY)
            else:
                self.keys.append(text[first:last])

    def glued(self, k: int) -> bool:
        """Whether token ``k`` touches the token before it (no space between)."""
        return k > 0 and self.starts[k] == self.ends[k - 1]

    def is_glue(self, k: int) -> bool:
        """A dot or hyphen written tight against the previous token ("Gen.", "Secretary-General")."""
        return self.kinds[k] == PUNCT and self.keys[k] in GLUE and self.glued(k)

    def cap(self, k: int) -> bool:
        """Whether token ``k`` is a word that starts with a capital letter."""
        return self.kinds[k] == WORD and self.text[self.starts[k]].isupper()

    def upper(self, k: int) -> bool:
        """Whether token ``k`` is a word in upper case."""
        return self.kinds[k] == WORD and self.text[self.starts[k] : self.ends[k]].isupper()

    def word(self, k: int) -> str:
        """The text of token ``k``."""
        return self.text[self.starts[k] : self.ends[k]]

    def span(self, a: int, b: int) -> str:
        """The text of tokens ``a`` to ``b`` (exclusive), whitespace folded."""
        return " ".join(self.text[self.starts[a] : self.ends[b - 1]].split())
