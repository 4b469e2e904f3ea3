"""Titles and officials: "Israeli Prime Minister Benjamin Netanyahu" as person, office and country.

Three functions, one per job:

* :func:`normalize_title` turns a title as printed ("PM", "Sec. of State", "deputy foreign
  minister") into a :class:`Title` with its canonical English form and its :class:`Role`;
* :func:`parse_official` splits a phrase that names one official into an :class:`Official`
  (name, title, country, organisation, honorifics);
* :func:`find_officials` finds every official named in running prose, with offsets.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable

import attrs
import regex

from accordlib._util.tables import Row, read_table
from accordlib._util.text import require_str, strip_accents
from accordlib.countries.lookup import get_country
from accordlib.countries.model import Country
from accordlib.officials.model import Official, OfficialMention, Role, Title

__all__ = ["find_officials", "normalize_title", "parse_official"]


#: several per official), a module global does not.
_AMBASSADOR = Role.AMBASSADOR
_DEPUTY_HEAD_OF_GOVERNMENT = Role.DEPUTY_HEAD_OF_GOVERNMENT
_DEPUTY_HEAD_OF_STATE = Role.DEPUTY_HEAD_OF_STATE
_ENVOY = Role.ENVOY
_FOREIGN_MINISTER = Role.FOREIGN_MINISTER
_HEAD_OF_GOVERNMENT = Role.HEAD_OF_GOVERNMENT
_HEAD_OF_STATE = Role.HEAD_OF_STATE
_HEIR = Role.HEIR
_IGO_OFFICIAL = Role.IGO_OFFICIAL
_MILITARY = Role.MILITARY
_MINISTER = Role.MINISTER
_MONARCH = Role.MONARCH
_OFFICIAL = Role.OFFICIAL
_RELIGIOUS_LEADER = Role.RELIGIOUS_LEADER


# ---------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------

#: One token: a word (letters, with inner apostrophes: "O'Brien", "d'affaires", "Kazakhstan's"),
#: a number, or any other single non-space character. Every quantifier is possessive, so the
#: scan is linear in the length of the text.
_TOKEN = regex.compile(
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

_WORD, _NUM, _PUNCT, _POSS = "w", "n", "p", "s"
#: Punctuation that joins the tokens of one title or name when written without spaces.
_GLUE = frozenset(".-\u2010\u2011")
_POSS_KEY = "'s"

_fold_cache: dict[str, str] = {}


def _fold(word: str) -> str:
    """The matching key of a word: lower case, no accents, one apostrophe."""
    key = _fold_cache.get(word)
    if key is None:
        key = word.lower()
        if not key.isascii():
            key = strip_accents(key).replace("\u2019", "'").replace("\u02bc", "'")
        if len(_fold_cache) > 100_000:
            _fold_cache.clear()  # bounded memory on endless streams of new words
        _fold_cache[word] = key
    return key


_Cut = tuple[tuple[int, int, str, str], ...]
#: How a chunk of text without spaces splits into tokens, when it has one of the simple shapes
#: (an empty tuple when the token expression must read it).
_chunk_cache: dict[str, _Cut] = {}


def _cut_chunk(chunk: str) -> _Cut:
    """Tokens of a chunk with a simple shape as (start, end, kind, key); ``()`` for the rest.

    A chunk's tokens do not depend on the text around it, so this is remembered per chunk.
    """
    last_char = chunk[-1]
    size = len(chunk)
    if last_char in ",.;:" and chunk[:-1].isalpha():
        # "Tokayev," / "Gen." / "Israel." : a word and its punctuation
        return ((0, size - 1, _WORD, _fold(chunk[:-1])), (size - 1, size, _PUNCT, last_char))
    if "-" in chunk and all(part.isalpha() for part in chunk.split("-")):
        # "Kassym-Jomart", "Secretary-General", "el-Sisi": words and hyphens
        cut: list[tuple[int, int, str, str]] = []
        here = 0
        for index, part in enumerate(chunk.split("-")):
            if index:
                cut.append((here, here + 1, _PUNCT, "-"))
                here += 1
            cut.append((here, here + len(part), _WORD, _fold(part)))
            here += len(part)
        return tuple(cut)
    if last_char in "sS" and size > 2 and chunk[-2] in "'\u2019\u02bc" and chunk[:-2].isalpha():
        # "Kazakhstan's": a word and its possessive
        return ((0, size - 2, _WORD, _fold(chunk[:-2])), (size - 2, size, _POSS, _POSS_KEY))
    if (
        last_char == "."
        and size % 2 == 0
        and chunk[1::2].count(".") * 2 == size
        and chunk[0::2].isalpha()
    ):
        # "U.S.", "U.N.", "J.D.": letters, each with its dot
        dotted: list[tuple[int, int, str, str]] = []
        for here in range(0, size, 2):
            dotted.append((here, here + 1, _WORD, _fold(chunk[here])))
            dotted.append((here + 1, here + 2, _PUNCT, "."))
        return tuple(dotted)
    return ()


#: How the token expression reads a chunk that :func:`_cut_chunk` leaves ("“We", "(AP)",
#: "1987,"): remembered per chunk.
_read_cache: dict[str, _Cut] = {}
#: Characters that ``str.split()`` splits at and the token expression reads as punctuation.
_ODD_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")


def _read_chunk(chunk: str) -> _Cut:
    """The tokens of one chunk of text without spaces, read by the token expression."""
    tokens: list[tuple[int, int, str, str]] = []
    for match in _TOKEN.finditer(chunk):
        first, last = match.span()
        kind = match.lastgroup or _PUNCT
        if kind == _WORD:
            key = _fold(chunk[first:last])
        elif kind == _POSS:
            key = _POSS_KEY
        else:
            key = chunk[first:last]
        tokens.append((first, last, kind, key))
    return tuple(tokens)


class _Tokens:
    """Parallel arrays describing the tokens of one text (cheaper than one object per token)."""

    __slots__ = ("ends", "keys", "kinds", "n", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        ascii_text = text.isascii()
        if (
            ascii_text
            and "  " not in text
            and text.replace(" ", "").isalpha()
            and text[0] != " "
            and text[-1] != " "
        ):
            # words and single spaces only ("Israeli Prime Minister Benjamin Netanyahu"): the
            # common shape of an official phrase, cut without a regular expression
            words = text.lower().split(" ")  # lower() keeps ASCII lengths
            self.keys = words
            self.kinds = [_WORD] * len(words)
            starts: list[int] = []
            ends: list[int] = []
            position = 0
            for key in words:
                starts.append(position)
                position += len(key)
                ends.append(position)
                position += 1
            self.starts = starts
            self.ends = ends
            self.n = len(words)
            return
        starts = []
        ends = []
        kinds: list[str] = []
        keys: list[str] = []
        lower = text.lower() if ascii_text else text
        find = text.find
        position = 0
        pending = -1  # start of a run of chunks left to the token expression
        pending_end = -1

        def flush() -> None:
            # one regex pass over a run of awkward chunks ("U.S.", "(AP)", "1987") at once:
            # setting up a match costs more than matching a few characters
            for match in _TOKEN.finditer(text, pending, pending_end):
                first, last = match.span()
                kind = match.lastgroup or _PUNCT
                starts.append(first)
                ends.append(last)
                kinds.append(kind)
                if kind == _WORD:
                    keys.append(lower[first:last] if ascii_text else _fold(text[first:last]))
                elif kind == _POSS:
                    keys.append(_POSS_KEY)
                else:
                    keys.append(text[first:last])

        # Most whitespace-separated chunks are plain words, or words with a comma, a full stop,
        # a possessive or hyphens: cut those directly (their cut is remembered per chunk), and
        # run the token expression only over the rest.
        add_start, add_end, add_kind, add_key = (
            starts.append,
            ends.append,
            kinds.append,
            keys.append,
        )
        cache = _chunk_cache
        fold_known = _fold_cache.get
        read_known = _read_cache.get
        # a chunk's tokens do not depend on its neighbours, unless the text separates chunks
        # by characters that str.split() takes for spaces and the token expression does not
        # (asked at the first chunk that needs it)
        alone: bool | None = None
        # Pieces between single spaces: most are one plain word whose place follows from the
        # previous piece's, with no search. The rest (punctuation, or other whitespace such as
        # line breaks inside the piece) are cut into chunks as ``str.split()`` does.
        for piece in text.split(" "):
            start = position
            position += len(piece) + 1
            if piece.isalpha():  # the common case first, once
                if pending >= 0:
                    flush()
                    pending = -1
                end = start + len(piece)
                add_start(start)
                add_end(end)
                add_kind(_WORD)
                if ascii_text:
                    add_key(lower[start:end])
                else:
                    folded = fold_known(piece)  # _fold, without the call for a word seen before
                    add_key(folded if folded is not None else _fold(piece))
                continue
            if not piece:
                continue  # between two spaces
            end = start
            # (every whitespace character but the space is unprintable: a printable piece is one
            # chunk)
            for chunk in (piece,) if piece.isprintable() else piece.split():
                start = find(chunk, end)
                end = start + len(chunk)
                if chunk.isalpha():
                    if pending >= 0:
                        flush()
                        pending = -1
                    add_start(start)
                    add_end(end)
                    add_kind(_WORD)
                    add_key(lower[start:end] if ascii_text else _fold(chunk))
                    continue
                cut = cache.get(chunk)
                if cut is None:
                    cut = _cut_chunk(chunk)
                    if len(chunk) <= 64:
                        if len(cache) > 100_000:
                            cache.clear()  # bounded memory on endless streams of new chunks
                        cache[chunk] = cut
                if not cut and alone is None:
                    alone = not any(odd in text for odd in _ODD_SPACES)
                if not cut and alone:
                    # quotes, numbers, brackets: read by the token expression once per chunk
                    cut = read_known(chunk)
                    if cut is None:
                        cut = _read_chunk(chunk)
                        if len(chunk) <= 64:
                            if len(_read_cache) > 100_000:
                                _read_cache.clear()  # bounded memory
                            _read_cache[chunk] = cut
                if not cut:
                    if pending < 0:
                        pending = start
                    pending_end = end
                    continue
                if pending >= 0:
                    flush()
                    pending = -1
                for first, last, kind, key in cut:
                    add_start(start + first)
                    add_end(start + last)
                    add_kind(kind)
                    add_key(key)
        if pending >= 0:
            flush()
        self.starts = starts
        self.ends = ends
        self.keys = keys
        self.kinds = kinds
        self.n = len(starts)

    def glued(self, k: int) -> bool:
        """Whether token ``k`` touches the token before it (no space between)."""
        return k > 0 and self.starts[k] == self.ends[k - 1]

    def is_glue(self, k: int) -> bool:
        """A dot or hyphen written tight against the previous token ("Gen.", "Secretary-General")."""
        return self.kinds[k] == _PUNCT and self.keys[k] in _GLUE and self.glued(k)

    def cap(self, k: int) -> bool:
        return self.kinds[k] == _WORD and self.text[self.starts[k]].isupper()

    def upper(self, k: int) -> bool:
        return self.kinds[k] == _WORD and self.text[self.starts[k] : self.ends[k]].isupper()

    def word(self, k: int) -> str:
        return self.text[self.starts[k] : self.ends[k]]

    def span(self, a: int, b: int) -> str:
        """The text of tokens ``a`` to ``b`` (exclusive), whitespace folded."""
        return " ".join(self.text[self.starts[a] : self.ends[b - 1]].split())


# ---------------------------------------------------------------------------------------------
# Vocabulary (data/*.tsv, read on first use)
# ---------------------------------------------------------------------------------------------

_END = "\x00"


class _Entry:
    """One row of a vocabulary table, ready for matching."""

    __slots__ = (
        "bare",
        "canonical",
        "case",
        "dot",
        "fields",
        "hyphenated",
        "modifiers",
        "organization",
        "portfolio",
        "role",
        "surface",
        "takes",
        "takes_dot",
    )

    def __init__(self, fields: Row, dot: bool) -> None:
        self.fields = fields
        self.case = fields.get("case", "")
        self.dot = dot  # the printed form ends with "." and needs it in the text
        self.takes_dot = dot  # some printed form ends with "." ("Lt Gen" and "Lt. Gen.")
        role = fields.get("role")
        self.role = Role[role] if role else _OFFICIAL  # parsed once, not per match
        self.modifiers = tuple(fields.get("modifiers", "").split())
        # the columns the scanner reads for every match, looked up once here
        self.canonical = fields.get("canonical", "")
        self.portfolio: str | None = fields.get("portfolio") or None
        self.organization: str | None = fields.get("organization") or None
        self.takes = fields.get("takes", "")
        self.bare = fields.get("bare", "")
        self.surface = fields.get("surface", "")
        #: canonical form when the text writes the title with a hyphen, if that differs
        #: ("Director-General" as printed, "Director General" otherwise)
        self.hyphenated: str | None = None


_Trie = dict[str, "_Trie | _Entry"]


def _key_tokens(surface: str) -> tuple[list[str], bool]:
    toks = _Tokens(surface)
    keys = [
        toks.keys[k]
        for k in range(toks.n)
        if not (toks.kinds[k] == _PUNCT and toks.keys[k] in _GLUE)
    ]
    return keys, surface.endswith(".")


def _build_trie(rows: tuple[Row, ...]) -> _Trie:
    trie: _Trie = {}
    for row in rows:
        keys, dot = _key_tokens(row["surface"])
        node = trie
        for key in keys:
            child = node.setdefault(key, {})
            assert isinstance(child, dict)
            node = child
        old = node.get(_END)
        if isinstance(old, _Entry):
            # one entry per key: the form without a dot matches with or without one
            old.dot = old.dot and dot
            old.takes_dot = old.takes_dot or dot
            if "-" in row["surface"] and row.get("canonical", "") != old.fields.get("canonical"):
                old.hyphenated = row["canonical"]
            continue
        node[_END] = _Entry(row, dot)
    return trie


class _Org:
    __slots__ = ("canonical", "case", "country", "head", "kind")

    def __init__(self, row: Row) -> None:
        self.canonical = row["canonical"]
        self.kind = row["kind"]
        self.country = row["country"]
        self.head = row["head"]
        self.case = row["case"]


def _org_key(text: str) -> str:
    return "".join(ch for ch in _fold(text) if ch.isalnum())


class _Lexicon:
    """Every vocabulary the parser needs, built once from the data tables."""

    def __init__(self) -> None:
        self.titles = _build_trie(read_table("titles.tsv"))
        self.modifiers = _build_trie(read_table("title_modifiers.tsv"))
        self.portfolios = _build_trie(read_table("portfolios.tsv"))
        self.honorifics = _build_trie(read_table("honorifics.tsv"))
        self.org_last_words = frozenset(
            _key_tokens(row["surface"])[0][-1] for row in read_table("organizations.tsv")
        )
        self.orgs = {
            _org_key(row["surface"]): _Org(row) for row in read_table("organizations.tsv")
        }
        #: words that may start a title, a modifier or a portfolio: the scanner looks no further
        #: at any other word
        self.first_words = (
            frozenset(self.titles) | frozenset(self.modifiers) | frozenset(self.portfolios)
        )
        words: dict[str, set[str]] = {}
        for row in read_table("name_words.tsv"):
            words.setdefault(row["kind"], set()).add(row["word"])
        self.particles = frozenset(words["particle"])
        self.stop = frozenset(words["stop"])
        self.things = frozenset(words["thing"])
        #: words that end or bend a name (sentence words, things, "Jr"): any other capitalised
        #: word simply continues it
        self.name_breaks = self.stop | self.things | _SUFFIXES
        self.places = frozenset(words["place"])
        self.regions = frozenset(words["region"])
        self.descriptors = frozenset(words["descriptor"])
        self.field_ends = frozenset(words["field_end"])
        self.max_org_words = max(
            len(row["surface"].split()) for row in read_table("organizations.tsv")
        )
        self.max_span = max(4, self.max_org_words)


_lexicon_lock = threading.Lock()
_lexicon_cache: list[_Lexicon] = []


def _lexicon() -> _Lexicon:
    if _lexicon_cache:
        return _lexicon_cache[0]
    if not _lexicon_cache:
        with _lexicon_lock:
            if not _lexicon_cache:
                _lexicon_cache.append(_Lexicon())
    return _lexicon_cache[0]


def _case_ok(toks: _Tokens, k: int, case: str) -> bool:
    if case == "cap":
        return toks.cap(k)
    if case == "upper":
        return toks.upper(k)
    return True


def _longest(trie: _Trie, toks: _Tokens, i: int) -> tuple[_Entry, int] | None:
    if toks.keys[i] not in trie:  # the common case, answered without walking
        return None
    return _walk(trie, toks, i)


def _walk(trie: _Trie, toks: _Tokens, i: int) -> tuple[_Entry, int] | None:
    """Longest entry of ``trie`` spelled by the tokens from ``i``; return it and the end index.

    Dots and hyphens glued to a word are transparent ("Lt.-Gen." spells "lt gen"); an entry
    whose printed form ends with a dot ("Gen.", "Min.") needs that dot in the text, and its
    end index then covers it.
    """
    node: _Trie = trie
    best: tuple[_Entry, int] | None = None
    j = i
    n = toks.n
    kinds, keys, starts, ends = toks.kinds, toks.keys, toks.starts, toks.ends
    limit = i + 16 if i + 16 < n else n  # not min(): a builtin call costs more here
    while j < limit and kinds[j] == _WORD:
        child = node.get(keys[j])
        if not isinstance(child, dict):
            break
        node = child
        j += 1
        dot_at = -1
        k = j
        # skip dots and hyphens written tight against the word (inlined: this is hot)
        while k < n and k - j < 3 and keys[k] in _GLUE and starts[k] == ends[k - 1]:
            if dot_at < 0 and keys[k] == ".":
                dot_at = k
            k += 1
        entry = node.get(_END)
        if isinstance(entry, _Entry) and (not entry.case or _case_ok(toks, i, entry.case)):
            if dot_at == j and entry.takes_dot:
                best = (entry, j + 1)
            elif not entry.dot:
                best = (entry, j)
        j = k
    return best


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

#: Capitalised words that make "General Motors", "Major League" or "Prime Minister's Office"
#: Regnal numbers up to XXXIX, upper case only ("II", "XIV").
#: Spelled out as a set (a set look-up is several times cheaper than a regular expression match):
#: exactly the strings of ``X{0,3}(?:IX|IV|V?I{0,3})``.
_ROMAN = frozenset(
    tens + ones
    for tens in ("", "X", "XX", "XXX")
    for ones in ("IX", "IV", *(five + "I" * k for five in ("", "V") for k in range(4)))
)
_HYPHENS = frozenset("-\u2010\u2011")
_SUFFIXES = frozenset({"jr", "sr"})
#: Stop words that are also surnames, accepted first in a name when a name word follows.
_SURNAME_STOPS = frozenset({"he", "an", "so", "to"})


def _name_word(toks: _Tokens, k: int) -> bool:
    """A capitalised word that may be part of a name."""
    if toks.kinds[k] != _WORD:
        return False
    key = toks.keys[k]
    lex = _lexicon()
    if key in lex.stop or key in lex.things:
        return False
    return toks.text[toks.starts[k]].isupper() or key.startswith(("d'", "l'"))


def _parse_name(toks: _Tokens, i: int, *, allow_i: bool = False) -> int:
    """Return the end index of the name starting at token ``i`` (``i`` itself when there is none).

    A name is a run of capitalised words, initials ("J.D."), hyphenated parts ("Kassym-Jomart",
    "el-Sisi", "Jae-myung"), inner particles ("bin", "von der") and a final regnal number
    ("Abdullah II") or "Jr.". It stops at punctuation, lower-case words, possessives and
    sentence words. Written as one tight loop: it runs for every official found.
    """
    lex = _lexicon()
    particles, stop, things, name_breaks = lex.particles, lex.stop, lex.things, lex.name_breaks
    text, kinds, keys, starts, ends = toks.text, toks.kinds, toks.keys, toks.starts, toks.ends
    n = toks.n
    limit = i + 32 if i + 32 < n else n
    j = i
    words = 0
    last = i  # end of the name so far
    while j < limit and words < 8:
        if kinds[j] != _WORD:
            # "-" inside "Kassym-Jomart" / "el-Sisi" / "Jae-myung"
            if (
                j > i
                and keys[j] in _HYPHENS
                and starts[j] == ends[j - 1]
                and kinds[j - 1] == _WORD
                and j + 1 < n
                and starts[j + 1] == ends[j]
                and kinds[j + 1] == _WORD
            ):
                if words and last == j and not text[starts[j + 1]].isupper():
                    j += 2  # "Lee Jae-myung", "Moon Jae-in"
                    last = j
                    continue
                j += 1
                continue
            break
        key = keys[j]
        length = ends[j] - starts[j]
        if not text[starts[j]].isupper():
            if key in particles:
                j += 1  # a particle counts only when a name word follows it
                continue
            if not key.startswith(("d'", "l'")):
                break
        elif length == 1 and j + 1 < n and keys[j + 1] == "." and starts[j + 1] == ends[j]:
            j += 2  # an initial: "J." in "Donald J. Trump"
            words += 1
            last = j
            continue
        elif key not in name_breaks and (
            not words or length > 5 or text[starts[j] : ends[j]] not in _ROMAN
        ):
            pass  # a plain name word: the common case, told apart by one set look-up
        elif words and length <= 5 and text[starts[j] : ends[j]] in _ROMAN:
            if length > 1 or allow_i:
                last = j + 1  # a regnal number ends the name: "Abdullah II", "Leo XIV"
            break
        elif words and key in _SUFFIXES:
            last = (
                j + 2 if j + 1 < n and keys[j + 1] == "." and starts[j + 1] == ends[j] else j + 1
            )
            break
        elif key in stop:
            if not (
                words == 0 and key in _SURNAME_STOPS and j + 1 < n and _name_word(toks, j + 1)
            ):
                break  # but "Vice Premier He Lifeng"
        elif key in things:
            break
        j += 1
        words += 1
        last = j
    return last if words else i


# ---------------------------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------------------------

_DEMOTE = {
    _HEAD_OF_STATE: _DEPUTY_HEAD_OF_STATE,
    _HEAD_OF_GOVERNMENT: _DEPUTY_HEAD_OF_GOVERNMENT,
    _FOREIGN_MINISTER: _MINISTER,
}
_SMALL_WORDS = frozenset(["of", "for", "the", "and", "to", "in", "on", "at", "d'"])
_MINISTER_WORDS = frozenset({"minister", "secretary", "min"})


def _title_case(words: str) -> str:
    out = []
    for index, word in enumerate(words.split()):
        if index and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        elif word[:1].islower():
            out.append(word[:1].upper() + word[1:])
        else:
            out.append(word)
    return " ".join(out)


class _TitleMatch:
    """A title found at some tokens, before its context (country, name) is known."""

    __slots__ = (
        "canonical",
        "demoted",
        "end",
        "entry",
        "modifiers",
        "organization",
        "portfolio",
        "role",
        "start",
        "takes",
    )

    def __init__(self, entry: _Entry, start: int, end: int, toks: _Tokens) -> None:
        self.entry = entry
        self.start = start
        self.end = end
        self.canonical = entry.canonical
        if entry.hyphenated is not None and any(toks.keys[k] == "-" for k in range(start, end)):
            self.canonical = entry.hyphenated
        self.role = entry.role
        self.portfolio: str | None = entry.portfolio
        self.organization: str | None = entry.organization
        self.modifiers: list[str] = list(entry.modifiers)
        self.takes = entry.takes
        self.demoted = False


def _match_title(toks: _Tokens, i: int, lex: _Lexicon) -> _TitleMatch | None:
    """The longest title starting at token ``i``, with its leading modifiers and complements."""
    if toks.kinds[i] != _WORD or toks.keys[i] not in lex.first_words:
        return None
    core = _title_core(toks, i, lex)
    if core is not None or toks.keys[i] not in lex.modifiers:
        # a title spelled from here ("Special Envoy", "Vice President" are table entries that
        # carry their own modifiers), or no modifier in front: the common case, kept short
        if core is None:
            return None
        title = _TitleMatch(core[0], i, core[2], toks)
        _complete_title(toks, title, lex)
        return title
    # modifiers first ("former", "deputy", "Dep."), then the title itself
    mods: list[tuple[str, str]] = []
    best_mods: list[tuple[str, str]] = []
    j = i
    best: tuple[_Entry, int, int] | None = None  # entry, start, end: built into a match once
    while j < toks.n:
        found = _title_core(toks, j, lex)
        if found is not None and (best is None or found[2] > best[2]):
            best, best_mods = found, list(mods)
        if len(mods) >= 3:
            break
        modifier = _longest(lex.modifiers, toks, j)
        if modifier is None:
            break
        entry, end = modifier
        mods.append((entry.fields["modifier"], entry.fields["kind"]))
        j = end
        if j < toks.n and toks.is_glue(j):  # "then-President", "ex-President"
            j += 1
    if best is None:
        return None
    title = _TitleMatch(best[0], best[1], best[2], toks)
    rank = [word for word, kind in best_mods if kind == "rank"]
    if rank:
        title.canonical = _title_case(" ".join(rank)) + " " + title.canonical
        if any(word in {"deputy", "vice", "assistant", "under"} for word in rank):
            if title.role in (_MINISTER, _FOREIGN_MINISTER) and any(
                word in {"assistant", "under"} for word in rank
            ):
                title.role = _OFFICIAL
            else:
                title.role = _DEMOTE.get(title.role, title.role)
            title.demoted = True
    if best_mods:
        title.modifiers = [word for word, _ in best_mods] + title.modifiers
    title.start = i
    _complete_title(toks, title, lex)
    return title


#: Entries made for "<portfolio> Minister" titles, one per distinct title.
_composed: dict[tuple[str, str, str], _Entry] = {}


def _title_core(toks: _Tokens, i: int, lex: _Lexicon) -> tuple[_Entry, int, int] | None:
    """A title without leading modifiers: a table entry, or "<portfolio> Minister"."""
    first = toks.keys[i]
    # the first-word tests inlined: most candidates start no title or no portfolio
    found = _walk(lex.titles, toks, i) if first in lex.titles else None
    best = (found[0], i, found[1]) if found else None
    portfolio = (
        _walk(lex.portfolios, toks, i) if first in lex.portfolios and first != "the" else None
    )
    if portfolio is not None:
        entry, end = portfolio
        if end < toks.n and toks.is_glue(end):
            end += 1
        if (
            end < toks.n
            and toks.keys[end] in _MINISTER_WORDS
            and (best is None or end + 1 > best[2])
        ):
            word = toks.keys[end]
            finish = end + 1
            if word == "min":
                if not (finish < toks.n and toks.keys[finish] == "." and toks.glued(finish)):
                    return best
                finish += 1
            noun = "Secretary" if word == "secretary" else "Minister"
            canonical = _title_case(toks.span(i, portfolio[1])) + " " + noun
            key = (canonical, entry.fields["portfolio"], entry.fields["foreign"])
            composed = _composed.get(key)
            if composed is None:
                if len(_composed) > 10_000:
                    _composed.clear()
                row = {
                    "canonical": canonical,
                    "role": "FOREIGN_MINISTER" if entry.fields["foreign"] else "MINISTER",
                    "portfolio": entry.fields["portfolio"],
                    "organization": "",
                    "modifiers": "",
                    "takes": "",
                    "case": "",
                    "bare": "y",
                    "surface": "",
                }
                composed = _composed[key] = _Entry(row, dot=False)
            return (composed, i, finish)
    return best


def _complete_title(toks: _Tokens, title: _TitleMatch, lex: _Lexicon) -> None:
    """Extend a title with "-elect", "of Foreign Affairs", "for Defence", "to the UN"."""
    n = toks.n
    j = title.end
    # "President-elect", "Prime Minister-designate"
    if (
        j + 1 < n
        and toks.keys[j] in "-\u2010\u2011"
        and toks.glued(j)
        and toks.keys[j + 1] in {"elect", "designate"}
    ):
        title.modifiers.append(toks.keys[j + 1])
        j += 2
        title.end = j
    takes = title.takes
    if j + 1 < n and toks.keys[j] in {"of", "for"} and takes in {"portfolio", "for"}:
        if takes == "portfolio" or toks.keys[j] == "for":
            k = j + 1
            if toks.keys[k] == "the" and k + 1 < n:
                k += 1
            found = _longest(lex.portfolios, toks, k)
            if found is None and toks.keys[j] == "for":
                end = _field_end(toks, k, lex)
                if end > k:
                    # "Commissioner for Enlargement": a field that is not a ministry
                    printed = toks.span(j + 1, end)
                    title.canonical = _title_case(f"{title.canonical} for {printed}")
                    title.portfolio = toks.span(k, end)
                    title.end = end
            if found is not None:
                entry, end = found
                if end + 1 < n and toks.keys[end] == "and" and toks.cap(end + 1):
                    more = _field_end(toks, end + 1, lex)  # "Health and Social Care"
                    if more > end + 1:
                        end = more
                connector = toks.keys[j]
                printed = toks.span(j + 1, end)
                title.canonical = _title_case(f"{title.canonical} {connector} {printed}")
                title.portfolio = entry.fields["portfolio"]
                if title.role is _OFFICIAL and title.canonical.startswith("Secretary"):
                    title.role = _MINISTER  # "Secretary of Defense"
                if (
                    entry.fields["foreign"]
                    and not title.demoted
                    and title.role is _MINISTER
                    and title.canonical.split()[0] in {"Minister", "Secretary", "Cabinet"}
                    and "Minister of State" not in title.canonical
                ):
                    title.role = _FOREIGN_MINISTER
                elif title.role is _FOREIGN_MINISTER and not entry.fields["foreign"]:
                    title.role = _MINISTER  # "Secretary of State for Defence"
                title.end = end
    elif j + 1 < n and toks.keys[j] == "for" and takes == "to":
        # "Special Envoy for Hostage Affairs", "Special Presidential Envoy for Climate"
        k = j + 1
        if toks.keys[k] == "the" and k + 1 < n:
            k += 1
        end = _field_end(toks, k, lex)
        if end > k:
            title.canonical = _title_case(f"{title.canonical} for {toks.span(j + 1, end)}")
            title.portfolio = toks.span(k, end)
            title.end = end
    elif j + 1 < n and toks.keys[j] == "to" and takes == "to":
        k = j + 1
        if toks.keys[k] == "the" and k + 1 < n:
            k += 1
        end = _region_end(toks, k)
        if end > k:
            title.portfolio = toks.span(k, end)
            title.end = end


def _field_end(toks: _Tokens, k: int, lex: _Lexicon) -> int:
    """End of a field after "for": capitalised words closed by a field word ("Hostage Affairs",
    "Climate") or a place ("Iran", "the Middle East"); ``k`` when there is none."""
    if not toks.cap(k):
        return k
    place = _region_end(toks, k)
    if place > k:
        return place
    end = k
    while end < toks.n and end - k < 5 and toks.kinds[end] == _WORD:
        if toks.keys[end] in lex.field_ends and toks.cap(end):
            return end + 1
        if not (toks.cap(end) or toks.keys[end] in {"and", "of", "the"}):
            break
        end += 1
    return k


def _region_end(toks: _Tokens, k: int) -> int:
    """End of a country, organisation or region name starting at ``k`` ("to Israel", "to the UN")."""
    if not toks.cap(k):
        return k
    regions = _lexicon().regions
    best = k
    misses = 0
    for end in range(k + 1, min(toks.n, k + 5) + 1):
        last = end - 1
        kind = toks.kinds[last]
        if kind == _PUNCT and not toks.is_glue(last):
            break  # never across a comma: "to the US, Princess Reema"
        if kind != _WORD and not _abbrev_dot(toks, last):
            continue
        printed = toks.span(k, end)
        if _fold(printed) in regions or _org_lookup(printed) is not None or _country(printed):
            best = end
            misses = 0
        elif best > k:
            misses += 1
            if misses == 2:
                break
    return best


# ---------------------------------------------------------------------------------------------
# Countries and organisations in context
# ---------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 14)
def _country(text: str) -> Country | None:
    if not text[:1].isupper():
        return None
    return get_country(text)


@functools.lru_cache(maxsize=1 << 14)
def _org_lookup(text: str) -> _Org | None:
    if not text[:1].isupper():
        return None
    org = _lexicon().orgs.get(_org_key(text))
    if org is None:
        words = text.split()
        if (
            len(words) == 2
            and words[1] == "Ministry"
            and words[0][:1].isupper()
            and _country(words[0]) is None  # "Chinese Ministry": the country, then the body
        ):
            # any "<Field> Ministry" is a government body: "Health Ministry", "Energy Ministry"
            return _Org(
                {
                    "canonical": " ".join(words),
                    "kind": "government",
                    "country": "",
                    "head": "Minister",
                    "case": "",
                }
            )
        return None
    if org.case == "upper" and not "".join(ch for ch in text if ch.isalpha()).isupper():
        return None
    return org


def _abbrev_dot(toks: _Tokens, k: int) -> bool:
    """A dot that closes an abbreviation such as "U.S." or "U.N.", not a sentence."""
    if toks.keys[k] != "." or not toks.glued(k) or toks.kinds[k - 1] != _WORD:
        return False
    word = toks.word(k - 1)
    return len(word) <= 3 and word.isupper()


#: Lower-case words inside country and organisation names ("Bosnia and Herzegovina").
_INNER_NAME_WORDS = frozenset({"and", "of", "the", "for", "de", "du", "da", "al", "el", "e"})


def _span_back(toks: _Tokens, end: int, floor: int, max_words: int) -> list[int]:
    """Start indices of the spans that end just before ``end``, longest first."""
    last = end - 1
    if last >= floor and toks.kinds[last] == _WORD:
        before = last - 1
        if (
            before < floor
            or toks.kinds[before] == _POSS
            or (toks.kinds[before] == _PUNCT and not toks.is_glue(before))
            or (
                toks.kinds[before] == _WORD
                and not toks.text[toks.starts[before]].isupper()
                and toks.keys[before] not in _INNER_NAME_WORDS
            )
        ):
            return [last]  # one word after "met", a comma or the start: the common case
    starts: list[int] = []
    words = 0
    k = end - 1
    while k >= floor and words < max_words and end - k < 3 * max_words:
        kind = toks.kinds[k]
        if kind == _WORD:
            words += 1
            starts.append(k)
        elif toks.keys[k] == ".":
            if not _abbrev_dot(toks, k):
                break
        elif not (kind == _PUNCT and toks.is_glue(k)):
            break
        k -= 1
    starts.reverse()
    return starts


class _Context:
    """What the words around a title say: country, organisation, modifiers, honorifics.

    The defaults are class attributes, so that making one (once per title found) sets one
    field; the lists are replaced, never changed in place.
    """

    country: Country | None = None
    organization: _Org | None = None
    modifiers: list[str] = []  # noqa: RUF012 - replaced, never mutated
    honorifics: list[str] = []  # noqa: RUF012 - replaced, never mutated
    determiner = False
    region: str | None = None
    top = False

    def __init__(self, start: int) -> None:
        self.start = start


def _context_before(toks: _Tokens, start: int, floor: int, lex: _Lexicon) -> _Context:
    """Walk back from a title over "US", "Kazakhstan's", "the EU's", "Kremlin", "former", "HRH"."""
    ctx = _Context(start)
    k = start - 1
    if k < floor:
        return ctx
    key = toks.keys[k]
    if (
        toks.kinds[k] == _WORD
        and key not in lex.descriptors
        and key not in lex.modifiers
        and key not in lex.org_last_words
        and not toks.text[toks.starts[k]].isupper()
    ):
        # a plain lower-case word before the title ("met President X", "said Sen. Y"):
        # nothing to walk back over
        ctx.determiner = key == "the"
        return ctx
    before = k - 1
    if (
        toks.kinds[k] == _WORD
        and toks.text[toks.starts[k]].isupper()
        and key not in lex.org_last_words
        and (
            before < floor
            or (
                toks.kinds[before] == _WORD
                and not toks.text[toks.starts[before]].isupper()
                and toks.keys[before] not in lex.descriptors
                and toks.keys[before] not in lex.modifiers
                and toks.keys[before] not in lex.honorifics
                and toks.keys[before] not in _INNER_NAME_WORDS
            )
        )
    ):
        # one capitalised word after a plain word: "met Chinese Foreign Minister Wang Yi"
        country = _country(toks.word(k))
        if country is not None:
            ctx.country = country
            ctx.start = k
            ctx.determiner = before >= floor and toks.keys[before] == "the"
            return ctx
    p = start
    committed = start  # the chain start before any descriptor not yet followed by an entity
    for _ in range(8):
        k = p - 1
        if k < floor:
            break
        kind = toks.kinds[k]
        if kind == _POSS:
            found = _entity_back(toks, k, floor, ctx, lex)
            if found is None:
                break
            p = committed = found
            continue
        if kind not in (_WORD, _PUNCT):
            break
        if kind == _PUNCT or toks.keys[k] in lex.org_last_words or toks.cap(k):
            found = _entity_back(toks, p, floor, ctx, lex)
            if found is not None:
                p = committed = found
                continue
        if kind == _WORD:
            key = toks.keys[k]
            if toks.cap(k):
                region = _region_back(toks, p, floor, lex)
                if region is not None:
                    ctx.region = toks.span(region, p)  # "Trump's Middle East envoy"
                    p = committed = region
                    continue
            if key in lex.descriptors:
                p = k  # "Iranian government spokesman": kept only if an entity comes before
                continue
            modifier = _longest(lex.modifiers, toks, k)
            if (
                modifier is not None
                and modifier[1] == p
                and modifier[0].fields["kind"] == "status"
            ):
                ctx.modifiers = [modifier[0].fields["modifier"], *ctx.modifiers]
                p = committed = k
                continue
            if key in {"then", "ex"}:
                break
            honorific = _honorific_back(toks, p, floor, lex)
            if honorific is not None:
                ctx.honorifics = [toks.span(honorific, p), *ctx.honorifics]
                p = committed = honorific
                continue
        elif toks.is_glue(k) and toks.keys[k] != "." and k - 1 >= floor:
            # "then-" glued to the title: "then-Secretary of State"
            modifier = _longest(lex.modifiers, toks, k - 1)
            if modifier is not None and modifier[0].fields["kind"] == "status":
                ctx.modifiers = [modifier[0].fields["modifier"], *ctx.modifiers]
                p = committed = k - 1
                continue
        break
    if p < committed and (p - 1 < floor or toks.keys[p - 1] in {"the", ",", "a", "an"}):
        committed = p  # "the top U.S. diplomat", "the army spokesman": the words are its own
    ctx.top = committed < start and "top" in toks.keys[committed:start]
    p = committed
    ctx.start = p
    if p - 1 >= floor and toks.keys[p - 1] in {"the", "a", "an"}:
        ctx.determiner = toks.keys[p - 1] == "the"
    return ctx


def _entity_back(toks: _Tokens, end: int, floor: int, ctx: _Context, lex: _Lexicon) -> int | None:
    """A country or organisation whose last token is just before ``end``; return its start."""
    last = end - 1 if toks.kinds[end - 1] != _PUNCT or end < 2 else end - 2  # "U.N." ends in "n"
    last_key = toks.keys[last]
    for s in _span_back(toks, end, floor, lex.max_span):
        if not toks.cap(s) or toks.keys[s] == "the":
            continue  # "The Iranian foreign minister": the article is not part of the name
        printed = toks.text[toks.starts[s] : toks.ends[end - 1]]
        org = _org_lookup(printed) if last_key in lex.org_last_words else None
        if org is not None:
            if ctx.organization is None:
                ctx.organization = org
            return s
        if end - s <= 6:
            country = _country(printed if printed.isalpha() else " ".join(printed.split()))
            if country is not None:
                if ctx.country is None:
                    ctx.country = country
                return s
    return None


def _region_back(toks: _Tokens, end: int, floor: int, lex: _Lexicon) -> int | None:
    for s in _span_back(toks, end, floor, 3):
        if toks.cap(s) and _fold(toks.span(s, end)) in lex.regions:
            return s
    return None


def _honorific_back(toks: _Tokens, end: int, floor: int, lex: _Lexicon) -> int | None:
    for s in _span_back(toks, end, floor, 3):
        found = _longest(lex.honorifics, toks, s)
        if found is not None and found[1] == end:
            return s
    return None


def _of_country(toks: _Tokens, j: int) -> tuple[Country | None, _Org | None, int]:
    """ "of Qatar", "of the United Nations" at ``j``: the country or organisation and the end."""
    n = toks.n
    if j >= n or toks.keys[j] != "of":
        return None, None, j
    k = j + 1
    if k < n and toks.keys[k] == "the":
        k += 1
    if k >= n or not toks.cap(k):
        return None, None, j
    # Shortest first, then as long as the name keeps resolving: "of Saudi Arabia" is two words
    # and "of Kazakhstan Kassym-Jomart Tokayev" one, in two or three look-ups, not six.
    best: tuple[Country | None, _Org | None, int] = (None, None, j)
    misses = 0
    for end in range(k + 1, min(n, k + 6) + 1):
        last = end - 1
        kind = toks.kinds[last]
        if kind == _PUNCT and not toks.is_glue(last):
            break
        if kind != _WORD and not _abbrev_dot(toks, last):
            continue
        printed = toks.span(k, end)
        org = _org_lookup(printed)
        country = _country(printed) if org is None else None
        if org is not None or country is not None:
            best = (country, org, end)
            misses = 0
        elif best[2] > j:
            misses += 1
            if misses == 2:
                break
    return best


# ---------------------------------------------------------------------------------------------
# Officials
# ---------------------------------------------------------------------------------------------


class _Found:
    """A mention being assembled: token span and its parts."""

    __slots__ = ("country", "end", "honorifics", "name", "organization", "start", "title")

    def __init__(
        self,
        start: int,
        end: int,
        name: str | None,
        *,
        title: Title | None,
        country: Country | None,
        organization: str | None,
        honorifics: list[str],
    ) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.title = title
        self.country = country
        self.organization = organization
        self.honorifics = honorifics


_IGO_UPGRADE = (
    _HEAD_OF_STATE,
    _HEAD_OF_GOVERNMENT,
    _DEPUTY_HEAD_OF_STATE,
    _DEPUTY_HEAD_OF_GOVERNMENT,
    _OFFICIAL,
    _MINISTER,
)  # a tuple: enum members compare by identity, cheaper than hashing them
#: Informal words for the head of an organisation: "NATO chief" is its Secretary-General.
#: ("Hamas leader" stays "Leader": a movement's leader is its office.)
_HEAD_WORDS = frozenset({"Chief", "Head", "Boss"})
_TOP_DIPLOMAT = {"USA": "Secretary of State", "GBR": "Foreign Secretary"}


def _make_title(toks: _Tokens, match: _TitleMatch, ctx: _Context, org: _Org | None) -> Title:
    canonical = match.canonical
    role = match.role
    portfolio = match.portfolio
    country = ctx.country
    if org is not None:
        if org.head and (
            canonical in _HEAD_WORDS
            or (canonical == "Chairman" and org.head.startswith(canonical))
        ):
            canonical = org.head
            head = _head_title(org.head)
            role = _IGO_OFFICIAL if org.kind == "igo" else head[0]
            portfolio = head[1] if org.kind != "igo" else None
        if org.kind == "igo":
            if role in _IGO_UPGRADE:
                role = _IGO_OFFICIAL
            if canonical == "Foreign Minister" and org.canonical == "European Union":
                canonical, role = "High Representative", _IGO_OFFICIAL
        elif org.kind == "nonstate" and role in (_IGO_OFFICIAL, _HEAD_OF_STATE):
            role = _OFFICIAL
    if canonical == "Leader" and role is _HEAD_OF_STATE and (country is None or org is not None):
        role = _OFFICIAL
    if portfolio is None and ctx.region is not None and role in (_ENVOY, _AMBASSADOR):
        portfolio = ctx.region
    if canonical == "Diplomat" and ctx.top:
        # "the top U.S. diplomat" is the foreign minister, as "top diplomat" is
        canonical, role, portfolio = "Foreign Minister", _FOREIGN_MINISTER, "Foreign Affairs"
        if org is not None and org.canonical == "European Union":
            canonical, role = "High Representative", _IGO_OFFICIAL
        elif country is not None:
            canonical = _TOP_DIPLOMAT.get(country.alpha3, canonical)
    if match.entry.surface == "top diplomat" and country is not None:
        canonical = _TOP_DIPLOMAT.get(country.alpha3, canonical)
    modifiers = (
        tuple(dict.fromkeys(ctx.modifiers + match.modifiers))
        if ctx.modifiers or match.modifiers
        else ()
    )
    printed = toks.text[toks.starts[match.start] : toks.ends[match.end - 1]]  # exactly as printed
    return _title(printed, canonical, role, modifiers, portfolio)


#: Keyed without the role (hashing an enum member calls Python code); the few roles one printed
#: title can take are told apart by identity.
_titles_made: dict[tuple[str, str, tuple[str, ...], str | None], list[Title]] = {}


def _title(
    text: str, canonical: str, role: Role, modifiers: tuple[str, ...], portfolio: str | None
) -> Title:
    """One shared :class:`Title` per distinct value: they are frozen, and news repeats itself."""
    key = (text, canonical, modifiers, portfolio)
    made = _titles_made.get(key)
    if made is None:
        if len(_titles_made) > 50_000:
            _titles_made.clear()  # bounded memory on endless streams
        made = _titles_made[key] = []
    for title in made:
        if title.role is role:
            return title
    title = Title(text, canonical, role, modifiers, portfolio)
    made.append(title)
    return title


@functools.lru_cache(maxsize=256)
def _head_title(text: str) -> tuple[Role, str | None]:
    lex = _lexicon()
    toks = _Tokens(text)
    match = _match_title(toks, 0, lex) if toks.n else None
    if match is None:
        return _OFFICIAL, None
    return match.role, match.portfolio


def _scan(toks: _Tokens, *, unnamed: bool, anchored: bool, first: bool = False) -> list[_Found]:
    """One left-to-right pass: every official, as token spans.

    ``unnamed`` also reports titles without a name ("the prime minister"); ``anchored``
    (used by :func:`parse_official`) accepts any title, not only those that may stand alone.
    """
    lex = _lexicon()
    found: list[_Found] = []
    floor = 0
    i = 0  # the next token that may start a title
    kinds, keys, first_words = toks.kinds, toks.keys, lex.first_words
    # in running text, the only tokens worth a look, found by one set test each (most words
    # start no title); a short phrase is cheaper to walk directly
    candidates: Iterable[int] = (
        [k for k, key in enumerate(keys) if key in first_words] if toks.n > 24 else range(toks.n)
    )
    for at in candidates:
        if at < i or kinds[at] != _WORD or keys[at] not in first_words:
            continue  # inside the official found last, or no title can start here
        i = at
        match = _match_title(toks, i, lex)
        if match is None:
            i += 1
            continue
        item = _official_at(toks, match, floor, lex, unnamed=unnamed, anchored=anchored)
        if item is not None and item.title is not None and item.title.canonical == "Counterpart":
            item = _counterpart(toks, item, found)
        if item is None:
            i = max(match.end, i + 1)
            continue
        if (
            found
            and item.country is None
            and item.organization is None
            and item.start >= 1
            and toks.kinds[item.start - 1] == _POSS
            and found[-1].end == item.start - 1
        ):
            # "UN Secretary-General António Guterres' spokesman": the possessor's state or body
            item.country = found[-1].country
            item.organization = found[-1].organization
        found.append(item)
        if first:
            break  # parse_official wants the first official only
        floor = item.end
        i = item.end
    return found


def _counterpart(toks: _Tokens, item: _Found, found: list[_Found]) -> _Found | None:
    """ "his Russian counterpart, Sergey Lavrov": the office of the official named before.

    Only when nobody else is named in between ("... Vance in Munich; Rubio and his Saudi
    counterpart" is Rubio's counterpart, whose office the text does not give here).
    """
    if item.name is None or item.title is None or not found:
        return None
    between = range(found[-1].end, item.start)
    if len(between) > 40:
        return None
    for k in between:
        if toks.kinds[k] == _WORD and toks.cap(k):
            previous = toks.keys[k - 1] if k else "."
            if previous not in {".", "!", "?", "\u201c", '"', "(", "\u2014"}:
                return None
    for before in reversed(found):
        title = before.title
        if title is None or title.canonical == "Counterpart":
            continue
        canonical = title.canonical
        if title.role is _FOREIGN_MINISTER:
            canonical = "Foreign Minister"
        elif title.role is _MINISTER and title.portfolio:
            canonical = f"{title.portfolio} Minister"
        item.title = attrs.evolve(
            item.title, canonical=canonical, role=title.role, portfolio=title.portfolio
        )
        return item
    return None


#: Words joining two titles of one person: "Prime Minister and Foreign Minister", "Deputy Prime
#: Minister - Foreign Minister".
_TITLE_JOINERS = frozenset({"and", "-", "\u2013", "\u2014", "/"})


def _official_at(
    toks: _Tokens, match: _TitleMatch, floor: int, lex: _Lexicon, *, unnamed: bool, anchored: bool
) -> _Found | None:
    n = toks.n
    prev = match.start - 1
    if (
        match.canonical in ("Minister", "Secretary")
        and prev >= floor
        and toks.kinds[prev] == _WORD
        and toks.cap(prev)
        and toks.keys[prev] not in lex.stop
        and toks.keys[prev] not in lex.first_words
        and _country(toks.word(prev)) is None
        and _org_lookup(toks.word(prev)) is None
    ):
        # "Unification Minister", "Tourism Secretary": a portfolio the table does not list
        field = toks.word(prev)
        match.canonical = f"{field} {match.canonical}"
        match.portfolio = field
        match.start = prev
        if match.role is _OFFICIAL:
            match.role = _MINISTER
    ctx = _context_before(toks, match.start, floor, lex)
    j = match.end
    # "Emir of Qatar", "Secretary-General of the United Nations"
    keys = toks.keys
    if j < n and keys[j] == "of":
        of_country, of_org, after = _of_country(toks, j)
    else:
        of_country, of_org, after = None, None, j
    complement = after > j
    if complement:
        j = after
    # "Prime Minister and Foreign Minister Sheikh Mohammed ...": keep the first title
    # (only after a capitalised title with no "the": "Kazakhstan's president and Foreign
    # Minister Wang Yi" and "the President and First Lady" are two people)
    if j + 1 < n and keys[j] in _TITLE_JOINERS and toks.cap(match.start) and not ctx.determiner:
        second = _match_title(toks, j + 1, lex)
        if second is not None:
            j = second.end
    # "IDF Chief of Staff Lt. Gen. Eyal Zamir": a rank after the title
    if j < n and keys[j] in lex.first_words and toks.cap(j):
        rank = _match_title(toks, j, lex)
        if rank is not None and rank.role is _MILITARY and rank.end < n:
            j = rank.end
    honorifics: list[str] = []
    k = j
    while k < n and keys[k] in lex.honorifics and len(honorifics) < 3:
        found = _walk(lex.honorifics, toks, k)
        if found is None:
            break
        honorifics.append(toks.span(k, found[1]))
        k = found[1]
    name_end = _parse_name(toks, k, allow_i=match.role in (_MONARCH, _HEIR, _RELIGIOUS_LEADER))
    name: str | None = None
    end = match.end if not complement else after
    start = ctx.start
    if name_end > k and _good_name(toks, k, name_end):
        name = toks.span(k, name_end)
        end = name_end
        # apposition: "Benjamin Netanyahu, of Israel" / "Tokayev of Kazakhstan"
        at = end + 1 if end < n and keys[end] == "," else end
        c2, o2, after2 = _of_country(toks, at) if at < n and keys[at] == "of" else (None, None, at)
        if c2 is not None or o2 is not None:
            of_country = of_country or c2
            of_org = of_org or o2
            end = after2
    else:
        honorifics = []
        if k > j and not complement:
            return None  # honorifics and no name: "Sheikh" alone is nobody
        name_after = _name_after_comma(toks, end, lex) if end < n and keys[end] == "," else None
        if name_after is not None:
            name_start, name_end, honorifics = name_after
            name = toks.span(name_start, name_end)
            end = name_end
        else:
            before = _name_before(toks, ctx, floor)
            if before is not None:
                start, name_end = before
                first = start
                while first < name_end and keys[first] in lex.honorifics and len(honorifics) < 3:
                    # "Sheikh Mohammed bin Zayed Al Nahyan, the UAE president"
                    found = _walk(lex.honorifics, toks, first)
                    if found is None or found[1] >= name_end:
                        break
                    honorifics.append(toks.span(first, found[1]))
                    first = found[1]
                name = toks.span(first, name_end)
    if name is None:
        if not unnamed:
            return None
        if not anchored:
            bare = match.entry.bare
            named_by_context = bool(ctx.country or ctx.organization or complement)
            if not bare or not (named_by_context or (ctx.determiner and bare == "y")):
                # "the prime minister" is one person; "the head" or "the envoy" needs a
                # country, an organisation or an "of" phrase to be one
                return None
            if end < n and toks.kinds[end] == _POSS:
                return None
            if end < n and toks.cap(end) and toks.keys[end] not in _lexicon().stop:
                return None
    org = ctx.organization or of_org
    country = ctx.country or of_country
    if match.organization and org is None:
        org = lex.orgs.get(_org_key(match.organization))
    if country is None and org is not None and org.country:
        country = _country(org.country)
    ctx.country = country
    title = _make_title(toks, match, ctx, org)
    return _Found(
        start,
        end,
        name,
        title=title,
        country=country,
        organization=org.canonical if org is not None else match.organization,
        honorifics=ctx.honorifics + honorifics,
    )


def _good_name(toks: _Tokens, a: int, b: int) -> bool:
    """Reject names that are places or things: "Captain America", "General Assembly"."""
    kinds = toks.kinds
    if b < toks.n and toks.cap(b) and toks.keys[b] in _lexicon().things:
        return False  # "Queen Mary University", "Marshal Plan"
    words = 0
    for k in range(a, b):
        if kinds[k] == _WORD:
            words += 1
            if words > 1:
                return True
    if not words:
        return False
    printed = toks.span(a, b)  # one word: not a country or an organisation
    return _country(printed) is None and _org_lookup(printed) is None


def _name_after_comma(toks: _Tokens, end: int, lex: _Lexicon) -> tuple[int, int, list[str]] | None:
    """ "Kazakhstan's president, Kassym-Jomart Tokayev," : a name set off by commas.

    Returns the name's token span and the honorifics before it ("Qatar's Emir, Sheikh Tamim").
    """
    n = toks.n
    if end + 1 >= n or toks.keys[end] != ",":
        return None
    start = end + 1
    honorifics: list[str] = []
    while start < n and len(honorifics) < 3:
        found = _longest(lex.honorifics, toks, start)
        if found is None:
            break
        honorifics.append(toks.span(start, found[1]))
        start = found[1]
    if start < n and toks.keys[start] in lex.first_words and toks.cap(start):
        rank = _match_title(toks, start, lex)  # "Israel's military chief, Lt. Gen. Eyal Zamir,"
        if rank is not None and rank.role is _MILITARY:
            start = rank.end
    stop = _parse_name(toks, start)
    if stop == start or not _good_name(toks, start, stop):
        return None
    if stop < n and toks.keys[stop] not in {",", ".", ";", ")", "\u201d", '"', _POSS_KEY}:
        return None
    return start, stop, honorifics


def _name_before(toks: _Tokens, ctx: _Context, floor: int) -> tuple[int, int] | None:
    """ "Tokayev, Kazakhstan's president": the name before a comma before the title."""
    comma = ctx.start - 1
    if ctx.determiner:
        comma -= 1
    if comma - 1 < floor or toks.keys[comma] != ",":
        return None
    end = comma
    k = end - 1
    start = end
    words = 0
    while k >= floor and words < 8 and end - k < 24:
        kind = toks.kinds[k]
        if kind == _WORD:
            if toks.cap(k) or toks.keys[k] in _lexicon().particles:
                start = k
                words += 1
                k -= 1
                continue
            break
        if toks.is_glue(k) or (toks.keys[k] == "." and toks.glued(k)):
            k -= 1
            continue
        break
    while start < end and toks.kinds[start] == _WORD and not toks.cap(start):
        start += 1
    if start >= end:
        return None
    if _parse_name(toks, start) != end or not _good_name(toks, start, end):
        return None
    before = start - 1
    if before >= 0 and toks.kinds[before] == _WORD and toks.keys[before] in _lexicon().places:
        return None
    if _country(toks.span(start, end)) is not None:
        return None
    return start, end


# ---------------------------------------------------------------------------------------------
# The public functions
# ---------------------------------------------------------------------------------------------


_new_official = Official.__new__
_new_mention = OfficialMention.__new__
_set_field = object.__setattr__


def _official(toks: _Tokens, item: _Found, raw: str) -> Official:
    # The fields are already of their final types (``honorifics`` a tuple), so the attrs
    # ``__init__`` (converter call, keyword binding: half the cost) is skipped; the result is
    # the same frozen object.
    official = _new_official(Official)
    _set_field(official, "name", item.name)
    _set_field(official, "title", item.title)
    _set_field(official, "country", item.country)
    _set_field(official, "organization", item.organization)
    _set_field(official, "honorifics", tuple(item.honorifics))
    _set_field(official, "raw", raw)
    return official


def normalize_title(text: str) -> Title | None:
    """Return the :class:`Title` that ``text`` spells, or ``None`` if it is not a title.

    Abbreviations expand, spelling variants meet, status words ("former", "acting") move to
    ``modifiers`` and leave ``canonical``; rank words ("deputy", "special") stay in it::

        >>> from accordlib import normalize_title
        >>> normalize_title("PM")
        Title(text='PM', canonical='Prime Minister', role=<Role.HEAD_OF_GOVERNMENT: 'head_of_government'>, modifiers=(), portfolio=None)
        >>> normalize_title("former Dep. FM").canonical
        'Deputy Foreign Minister'
        >>> normalize_title("General Motors") is None
        True

    A country or organisation written with the title ("EU foreign policy chief") is
    accepted; :func:`parse_official` reports it.
    """
    require_str(text, "text")
    if len(text) <= 64:
        return _normalize_short(text)  # titles repeat: short ones are remembered
    return _normalize(text)


def _normalize(text: str) -> Title | None:
    if len(text) > 500:
        return None  # no title is that long; do not tokenise a whole story to say so
    stripped = text.strip()
    toks = _Tokens(stripped)
    if not toks.n or toks.n > 40:
        return None
    found = _scan(toks, unnamed=True, anchored=True)
    if len(found) != 1:
        return None
    item = found[0]
    if item.name is not None or item.title is None or item.end != _last_token(toks):
        return None
    first = item.start
    if toks.keys[0] == "the" and first == 1:
        first = 0
    if first != 0:
        return None
    title = item.title
    # the shared Title of these values (attrs.evolve would rebuild it field by field)
    return _title(stripped, title.canonical, title.role, title.modifiers, title.portfolio)


#: :func:`normalize_title` of short strings, remembered (the results are frozen; lru_cache is
#: thread-safe and bounded).
_normalize_short = functools.lru_cache(maxsize=1 << 13)(_normalize)


def _last_token(toks: _Tokens) -> int:
    """Index after the last token that is not closing punctuation."""
    end = toks.n
    while end > 0 and toks.kinds[end - 1] == _PUNCT and toks.keys[end - 1] in {".", ",", ";", ":"}:
        if toks.keys[end - 1] == "." and end - 2 >= 0 and toks.glued(end - 1):
            # keep the dot of "Gen." and "U.S." (the entry itself decides)
            break
        end -= 1
    return end


def parse_official(text: str) -> Official | None:
    """Parse a phrase that names one official; ``None`` if it names none.

    ``raw`` is ``text`` unchanged::

        >>> from accordlib import parse_official
        >>> o = parse_official("Emir of Qatar Sheikh Tamim bin Hamad Al Thani")
        >>> o.name, o.title.canonical, o.title.role.name, o.country.alpha3, o.honorifics
        ('Tamim bin Hamad Al Thani', 'Emir', 'MONARCH', 'QAT', ('Sheikh',))
        >>> parse_official("President's Day") is None
        True

    A phrase with no title is an official only when its form says so: an honorific
    ("Sheikh Tamim") or a name with particles ("Abdel Fattah el-Sisi").
    """
    require_str(text, "text")
    toks = _Tokens(text)
    if not toks.n:
        return None
    found = _scan(toks, unnamed=True, anchored=True, first=True)
    if found:
        item = found[0]
        if _acceptable(toks, item):
            return _official(toks, item, text)
        return None
    return _name_only(toks, text)


def _acceptable(toks: _Tokens, item: _Found) -> bool:
    """Whether the official found covers the phrase well enough to stand for it."""
    if item.name is not None:
        return True
    before = [k for k in range(item.start) if toks.kinds[k] != _PUNCT]
    if before and not (len(before) == 1 and toks.keys[before[0]] == "the"):
        return False
    end = item.end
    if end >= _last_token(toks):
        return True
    nxt = end
    while nxt < toks.n and toks.kinds[nxt] == _PUNCT and toks.keys[nxt] in {",", ";", ":"}:
        nxt += 1
    if nxt >= toks.n:
        return True
    if toks.keys[nxt] in {"of", "for", "to"}:
        return False  # an "of" phrase the title could not take: "Minister of Sound"
    return toks.kinds[nxt] == _WORD and not toks.cap(nxt) and toks.kinds[end] != _POSS


def _name_only(toks: _Tokens, text: str) -> Official | None:
    lex = _lexicon()
    honorifics: list[str] = []
    k = 0
    while k < toks.n and len(honorifics) < 3:
        found = _longest(lex.honorifics, toks, k)
        if found is None:
            break
        honorifics.append(toks.span(k, found[1]))
        k = found[1]
    end = _parse_name(toks, k, allow_i=bool(honorifics))
    if end == k or end < _last_token(toks) or not _good_name(toks, k, end):
        return None
    keys = toks.keys[k:end]
    shaped = any(key in _lexicon().particles for key in keys) or any(
        toks.is_glue(x)
        and toks.keys[x] != "."
        and toks.kinds[x - 1] == _WORD
        and not toks.cap(x - 1)
        for x in range(k + 1, end)
    )
    if not honorifics and not shaped:
        return None
    for x in range(k, end):
        if toks.kinds[x] == _WORD and _longest(lex.titles, toks, x) is not None:
            return None
    return Official(
        name=toks.span(k, end),
        title=None,
        country=None,
        organization=None,
        honorifics=tuple(honorifics),
        raw=text,
    )


def find_officials(text: str, *, unnamed: bool = True) -> list[OfficialMention]:
    """Return every official named in ``text``, in text order, with offsets.

    A mention is a title with a name ("US Special Envoy Steve Witkoff"), a name with its
    title after it ("Tokayev, Kazakhstan's president"), or — unless ``unnamed`` is false —
    a definite title that stands for one person ("the prime minister", "Kazakhstan's
    president"). ``text[m.start:m.end] == m.official.raw``. The scan is one pass over the
    tokens, linear in the length of the text::

        >>> from accordlib import find_officials
        >>> story = "Kremlin spokesman Dmitry Peskov said Tokayev, Kazakhstan's president, agreed."
        >>> [(m.official.name, m.official.title.canonical, m.official.country.alpha3)
        ...  for m in find_officials(story)]
        [('Dmitry Peskov', 'Spokesman', 'RUS'), ('Tokayev', 'President', 'KAZ')]
    """
    require_str(text, "text")
    toks = _Tokens(text)
    mentions = []
    starts, ends = toks.starts, toks.ends
    for item in _scan(toks, unnamed=unnamed, anchored=False):
        start = starts[item.start]
        end = ends[item.end - 1]
        # built without the validating ``__init__``: offsets of tokens are ordered ints
        mention = _new_mention(OfficialMention)
        _set_field(mention, "official", _official(toks, item, text[start:end]))
        _set_field(mention, "start", start)
        _set_field(mention, "end", end)
        mentions.append(mention)
    return mentions
