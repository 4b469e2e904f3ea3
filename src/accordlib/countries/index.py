"""The country index: the generated tables loaded once, on first use.

:func:`index` returns the one :class:`Index`, building it on first use from
``countries.tsv`` and ``country_names.tsv`` (written by ``tools/gen_countries.py``);
pycountry is never imported at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import regex

from accordlib._util.lazy import Lazy
from accordlib._util.tables import read_table
from accordlib.countries.endings import GROUPS, TRANSLATED, case_forms, language, phrase_forms
from accordlib.countries.model import Country, CountryMention, Entry, MentionKind

__all__ = ["Index", "Surface", "fold_ascii", "index", "lookup_entry", "unspaced"]


class Surface:
    """A spelling matched in prose: what it resolves to and how it names the country."""

    __slots__ = ("entry", "kind", "text")

    def __init__(self, text: str, entry: Entry, kind: MentionKind) -> None:
        self.text = text
        self.entry = entry
        self.kind = kind


class Index:
    """Every spelling of every country, by exact text and by normalised key."""

    __slots__ = (
        "_scanner",
        "_scanner_other",
        "_scanner_unspaced",
        "by_alpha3",
        "exact",
        "folded",
        "foreign",
        "heads",
        "historic",
        "keyed",
        "matchers",
        "mention",
        "prose",
        "simple",
        "tails",
        "tails_by_start",
    )

    def __init__(self) -> None:
        self.by_alpha3 = _read_countries()
        #: The dissolved states (ISO 3166-3): the Soviet Union, Yugoslavia...
        self.historic = frozenset(
            row["alpha3"] for row in read_table("countries.tsv") if row["status"] == "historic"
        )
        self.exact: dict[str, Entry] = {}
        self.keyed: dict[str, Entry] = {}
        #: ASCII spellings in lower case with single spaces (see :func:`fold_ascii`) -> the
        #: entry of their key: the look-up of unseen ASCII names without normalising them.
        #: Spellings matched by find_countries, exact case.
        self.prose: dict[str, Surface] = {}
        #: Names, capitals and adjectives of nationality in other languages read in prose
        #: only when the text is not English (prose ``foreign``), exact case, with their kind.
        self.foreign: dict[str, tuple[Country, MentionKind]] = {}
        folded_keys = self._read_names()
        self.folded: dict[str, Entry] = {
            folded: self.keyed[key] for folded, key in folded_keys.items()
        }
        # Spellings grouped by their first word ("South" -> "South Korea", "South Sudan"...).
        self.heads: dict[str, list[str]] = {}
        for text in self.prose:
            head = _HEAD.match(text)
            if head is not None:
                self.heads.setdefault(head.group(), []).append(text)
        #: Per first word, the compiled alternation of its spellings, built on first use.
        self.matchers: dict[str, regex.Pattern[str]] = {}
        #: First words that are a whole spelling on their own and start no longer one.
        self.simple: dict[str, Surface] = {
            head: self.prose[head] for head, texts in self.heads.items() if texts == [head]
        }
        self.mention = CountryMention
        self._scanner: Lazy[re.Pattern[str]] = Lazy(self._build_scanner)
        self._scanner_other: Lazy[re.Pattern[str]] = Lazy(self._build_scanner_other)
        self._scanner_unspaced: Lazy[re.Pattern[str]] = Lazy(self._build_scanner_unspaced)
        #: For the other first words: (rest of the spelling, surface), longest first.
        self.tails: dict[str, tuple[tuple[str, Surface], ...]] = {
            head: tuple(
                (text[len(head) :], self.prose[text])
                for text in sorted(texts, key=len, reverse=True)
            )
            for head, texts in self.heads.items()
            if head not in self.simple
        }
        #: The same tails per first word, by their first two characters (" K" -> " Korea",
        #: " Kong"...; tails shorter than two characters under ""), longest first in each.
        self.tails_by_start: dict[str, dict[str, tuple[tuple[str, Surface], ...]]] = {
            head: _by_start(tails) for head, tails in self.tails.items()
        }

    def _read_names(self) -> dict[str, str]:
        """Fill :attr:`exact`, :attr:`keyed` and :attr:`prose` from ``country_names.tsv``;
        return the folded ASCII spellings with their keys."""
        kinds = {kind.value: kind for kind in MentionKind}
        folded_keys: dict[str, str] = {}
        declined: list[tuple[str, str, Entry, MentionKind, str]] = []
        english: set[str] = set()
        for row in read_table("country_names.tsv"):
            entry = self._entry(row["alpha3"])
            text = row["text"]
            self.exact[text] = entry
            key = row["key"]  # name_key(text), computed by the generator
            if entry or key not in self.keyed:  # a real country beats a blocked look-alike
                self.keyed[key] = entry
            if text.isascii():
                folded_keys[fold_ascii(text)] = key
            if row["prose"] == "foreign":
                if isinstance(entry, Country):
                    self.foreign[text] = (entry, kinds[row["kind"]])
            elif row["prose"] != "no" and _starts_a_name(text):
                # "block": a part of a country that must not be read as another one
                # ("Northern Ireland" is not Ireland), consumed but never reported.
                if row["prose"] == "block":
                    entry = ()
                kind = kinds[row["kind"]]
                # The ISO catalogues' names are not written in capitals in running text
                # (datelines and headlines use the curated short names and exonyms).
                translated = row["source"].startswith(TRANSLATED)
                self._add_prose(text, entry, kind, caps=not translated)
                if translated and " " in text:
                    # The catalogues capitalise every word; the press writes the later words
                    # in lower case ("Guinée Équatoriale" is printed "Guinée équatoriale").
                    first, _, rest = text.partition(" ")
                    self._add_prose(f"{first} {rest.lower()}", entry, kind, caps=False)
                declined.append((text, key, entry, kind, row["source"]))
            if language(row["source"]) is None and not row["source"].startswith(TRANSLATED):
                english.add(key)
        self._add_case_forms(declined, english)
        return folded_keys

    def _add_prose(self, text: str, entry: Entry, kind: MentionKind, *, caps: bool = True) -> None:
        """Add ``text`` and the ways prose may write it (:func:`_case_variants`; in capitals
        too unless ``caps`` is false) to :attr:`prose` (a spelling already there keeps its
        entry)."""
        for variant in _case_variants(text, kind.value if caps else "code"):
            if variant[:4] not in ("The ", "THE "):  # "the UAE" is a mention of "UAE"
                self.prose.setdefault(variant, Surface(variant, entry, kind))

    def _add_case_forms(
        self, words: list[tuple[str, str, Entry, MentionKind, str]], english: set[str]
    ) -> None:
        """The case forms of names in languages that decline them ("Polens", "России",
        "Turqisë", "Саудовскую Аравию"): prose spellings of their country too. A word that is
        also an English spelling is not declined ("Iran" is never "Irans")."""
        for text, key, entry, kind, source in words:
            lang = language(source)
            if lang is None or key in english:
                continue
            if " " in text:
                for form in phrase_forms(text, lang):
                    self._add_prose(form, entry, kind, caps=False)
                continue
            for group, languages in GROUPS.items():
                if lang in languages:
                    for form in case_forms(text, group):
                        # Declined forms in capitals are rare (datelines use the nominative).
                        self._add_prose(form, entry, kind, caps=False)

    def _entry(self, cell: str) -> Entry:
        """The entry of an ``alpha3`` cell: one country, several (ambiguous) or ``()``."""
        codes = cell.split()
        if codes == ["-"]:
            return ()
        if len(codes) == 1:
            return self.by_alpha3[codes[0]]
        return tuple(self.by_alpha3[code] for code in codes)

    def _parts(self, head: str) -> list[str]:
        """The regex alternatives for the spellings that start with ``head``, longest first."""
        parts = []
        for text in sorted(self.heads[head], key=len, reverse=True):
            # Any run of whitespace (a wrapped line) may stand for a space.
            part = r"\s{1,8}+".join(regex.escape(word) for word in text.split(" "))
            if text[-1].isalnum():
                part += r"(?![\p{L}\p{N}\p{M}])"
            parts.append(part)
        return parts

    def scanner(self) -> re.Pattern[str]:
        """The pattern that finds the first words of spellings that start with an ASCII
        letter: a trie of them (built once).

        A trie-shaped alternation lets the matcher follow one branch per character, so the
        scan costs about the same for two thousand words as for one; the look-ahead keeps to
        whole words (the look-behind is checked by the caller, which keeps the pattern's
        literal prefix visible to the engine's fast search). The words that start with any
        other letter ("Österreich", "Россия") are in :meth:`scanner_other`: the engine tries
        the branches of an alternation in turn, so every capitalised English word that is
        no country would otherwise also try the hundred or so other first letters.
        """
        return self._scanner.get()

    def scanner_other(self) -> re.Pattern[str]:
        """The pattern that finds the first words that start with a letter outside ASCII
        (only worth running on a text that is not all ASCII)."""
        return self._scanner_other.get()

    def scanner_unspaced(self) -> re.Pattern[str]:
        """The pattern that finds the spellings in scripts written without spaces between
        words (Chinese, Japanese, Korean, Thai): inside a run of letters, no word bounds."""
        return self._scanner_unspaced.get()

    def _build_scanner(self) -> re.Pattern[str]:
        return _scanner_pattern(head for head in self.heads if head[0].isascii())

    def _build_scanner_other(self) -> re.Pattern[str]:
        return _scanner_pattern(
            head for head in self.heads if not head[0].isascii() and not unspaced(head)
        )

    def _build_scanner_unspaced(self) -> re.Pattern[str]:
        return re.compile(_trie_pattern(head for head in self.heads if unspaced(head)))

    def matcher(self, head: str) -> regex.Pattern[str]:
        """Return the pattern matching every prose spelling that starts with ``head``."""
        pattern = self.matchers.get(head)
        if pattern is None:
            pattern = regex.compile("|".join(self._parts(head)))
            self.matchers[head] = pattern
        return pattern


def _read_countries() -> dict[str, Country]:
    """Every entity of ``countries.tsv`` by its alpha-3 code."""
    return {
        row["alpha3"]: Country(
            alpha2=row["alpha2"],
            alpha3=row["alpha3"],
            numeric=row["numeric"] or None,
            name=row["name"],
            official_name=row["official_name"] or None,
        )
        for row in read_table("countries.tsv")
    }


def _by_start(
    tails: tuple[tuple[str, Surface], ...],
) -> dict[str, tuple[tuple[str, Surface], ...]]:
    """``tails`` by their first two characters, longest first, each group followed by the
    tails shorter than two characters (under "" on their own), so that one look-up gives
    every tail that can follow those two characters."""
    groups: dict[str, list[tuple[str, Surface]]] = {}
    short: list[tuple[str, Surface]] = []
    for tail, surface in tails:
        if len(tail) >= _TAIL_PREFIX:
            groups.setdefault(tail[:_TAIL_PREFIX], []).append((tail, surface))
        else:
            short.append((tail, surface))
    by_start = {start: (*group, *short) for start, group in groups.items()}
    by_start[""] = tuple(short)
    return by_start


# How many leading characters of a tail index it (a space and a letter: " Korea").
_TAIL_PREFIX = 2


def _scanner_pattern(heads: Iterable[str]) -> re.Pattern[str]:
    """A trie of ``heads``, each followed by the end of a word."""
    return re.compile("(?:" + _trie_pattern(heads) + r")(?![^\W\d_])")


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation for ``words`` shaped as a trie: ``Ni(?:ger(?:ia)?|caragua)``."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        ends_here = "" in node
        if len(branches) == 1 and not ends_here:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if ends_here else body

    return build(root)


# Accented capital E's that French copy often writes plain.
_ACCENTED_E = frozenset("ÉÈÊ")
# The letters of the Turkish alphabet outside ASCII: a spelling with one of them may be
# printed in Turkish capitals, where "i" becomes "İ" (the dotless "ı" becomes "I").
_TURKISH_LETTERS = frozenset("çğıöşüÇĞİÖŞÜ")
# Spellings shorter than this are not matched in capitals ("IS", "TO": words, not codes).
_CAPS_MIN = 4


def _case_variants(text: str, kind: str) -> list[str]:
    """The spelling as prose may write it: as given, with a curly apostrophe, "&" for "and",
    an initial glued to its word ("S.Korea"), "St" for "St.", in headline case and (for
    spellings of four letters or more) in capitals, Turkish capitals too ("TÜRKİYE")."""
    variants = [text]
    if "'" in text:
        variants.append(text.replace("'", "’"))
    if " and " in text:
        variants.append(text.replace(" and ", " & "))  # "Turks & Caicos"
    if text[1:3] == ". " and text[:1].isupper():
        variants.append(text[:2] + text[3:])  # an initial glued to the word: "S.Korea"
    if text[:1] in _ACCENTED_E:
        variants.append("E" + text[1:])  # French capitals often lose their accent: "Etats-Unis"
    if text.startswith("St. "):
        variants.append("St " + text[4:])
    for spelling in list(variants):
        title = " ".join(word[:1].upper() + word[1:] for word in spelling.split(" "))
        if title != spelling:
            variants.append(title)
        if kind != "code" and len(spelling) >= _CAPS_MIN and not spelling.isupper():
            variants.append(spelling.upper())
            if "i" in spelling and not _TURKISH_LETTERS.isdisjoint(spelling):
                # Turkish capitals keep the dot of "i" ("TÜRKİYE"); str.upper() drops it.
                variants.append(spelling.replace("i", "İ").upper())
    return variants


# The first word of a spelling: a capital (or a letter of a script without case: Arabic,
# Devanagari, Chinese), after one lower-case letter in a name written in camel case
# ("eSwatini"), and the letters after it.
_HEAD = regex.compile(r"\p{Ll}?[\p{Lu}\p{Lo}][\p{L}\p{M}]*+")
# Scripts written without spaces between words (particles glued on in Korean).
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")


def _starts_a_name(text: str) -> bool:
    """Whether prose writes ``text`` as a name: a capital first, a letter of a script
    without case ("العراق", "印尼") or camel case ("eSwatini"); a lower-case word is a word
    ("turkey")."""
    first = text[:1]
    if first.islower():
        return text[1:2].isupper()
    return first.isupper() or first.isalpha()


def unspaced(head: str) -> bool:
    """Whether ``head`` is in a script written without spaces between words."""
    return _UNSPACED.match(head) is not None


def fold_ascii(text: str) -> str:
    """An ASCII name in lower case with single spaces: two ASCII names that fold alike have
    the same :func:`~accordlib.countries.key.name_key` (which ignores case and spacing)."""
    return " ".join(text.lower().split())


_INDEX: Lazy[Index] = Lazy(Index)


def index() -> Index:
    """Return the index, building it on first use."""
    return _INDEX.get()


def lookup_entry(word: str) -> Entry | None:
    """The entry of an exact spelling in the index, or ``None``."""
    entry = index().exact.get(word)
    return entry if entry else None
