"""The normalised lookup key of a country name, shared by the runtime index and the generator.

Two spellings of one name get the same key: case, accents, dots, apostrophes, a possessive
"'s", hyphens, commas, parentheses, "&"/"and", a leading or trailing "the", word order
("Korea, Republic of" = "Republic of Korea") and common abbreviations ("Rep.", "Dem.",
"St.", "Is.", "N.", "S.") do not matter::

    >>> name_key("Korea, Dem. People’s Rep.") == name_key("Democratic People's Republic of Korea")
    True
    >>> name_key("the U.S.")
    'us'

This module imports nothing heavy: :mod:`tools/gen_countries.py` uses it to write the table
and :mod:`accordlib.countries.index` uses it to read the table, so the two always agree.
"""

from __future__ import annotations

import re
import unicodedata

from accordlib._util.memo import memoized
from accordlib._util.text import APOSTROPHES

__all__ = ["name_key"]

# Apostrophes become "'", every other non-word character becomes a space.
_APOSTROPHE_TABLE = {ord(ch): "'" for ch in APOSTROPHES}
_APOSTROPHE_TABLE.update({ord("&"): " and ", ord("_"): " "})
# Invisible characters that copy-and-paste leaves inside names ("Isr\u00adael").
_APOSTROPHE_TABLE.update(dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), ""))
# Letters that NFKD does not decompose.
_LETTERS = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i", "ð": "d"})

# A run of ASCII letters and digits: what str.isalnum() keeps of an ASCII chunk.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")

_STOPWORDS = frozenset({"the", "of", "and"})
# Abbreviations expanded when the name has more than one word ("IS" alone stays Iceland).
_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "rep": ("republic",),
    "repub": ("republic",),
    "dem": ("democratic",),
    "st": ("saint",),
    "ste": ("sainte",),
    "sts": ("states",),
    "fed": ("federated",),
    "is": ("island",),
    "isl": ("island",),
    "isls": ("island",),
    "islands": ("island",),  # "Christmas Isds", "Norfolk Islands": number does not matter
    "n": ("north",),
    "s": ("south",),
    "e": ("east",),
    "w": ("west",),
    "peoples": ("people",),
    "utd": ("united",),
    "gt": ("great",),
    "dr": ("democratic", "republic"),
    "pdr": ("people", "democratic", "republic"),
    "uk": ("united", "kingdom"),
    "isds": ("island",),
    "sandwichs": ("sandwich",),
    "terr": ("territory",),
    "occ": ("occupied",),
    "br": ("british",),
    "neth": ("netherlands",),
    "dpr": ("democratic", "people", "republic"),
    "herzegowina": ("herzegovina",),
    "sth": ("south",),
    "nth": ("north",),
    "eq": ("equatorial",),
}


#: The keys of the last names looked up: a look-up that misses makes the key of the same
#: name twice (its own, then the misspelling repair's), and the officials reader asks about
#: spans that grow a word at a time. A key is as long as its name at most.
_KEY_MEMO_ENTRIES = 4096
_KEY_MEMO_LENGTH = 120


@memoized(max_entries=_KEY_MEMO_ENTRIES, max_key_length=_KEY_MEMO_LENGTH)
def name_key(text: str) -> str:
    """Return the normalised, order-free key of a country name (see the module docstring)."""
    raw = _split(text)
    # Merge runs of single letters: "u s a" -> "usa" (from "U. S. A." or "U.S.A.").
    merged: list[str] = []
    run: list[str] = []
    for word in raw:
        if len(word) == 1 and word.isalpha():
            run.append(word)
            continue
        if run:
            merged.append("".join(run) if len(run) > 1 else run[0])
            run = []
        merged.append(word)
    if run:
        merged.append("".join(run) if len(run) > 1 else run[0])
    if len(merged) == 1:
        only = merged[0]
        return only.zfill(3) if only.isdigit() else only
    # A lone "s" after a word is a possessive written without its apostrophe ("People s").
    merged = [w for i, w in enumerate(merged) if w != "s" or i == 0]
    words = [w for w in merged if w not in _STOPWORDS] or merged
    if len(words) > 1:
        expanded: list[str] = []
        for word in words:
            expanded.extend(_ABBREVIATIONS.get(word, (word,)))
        words = expanded
    words.sort()
    return " ".join(words)


def _split(text: str) -> list[str]:
    """Casefold, drop accents, possessives and punctuation; return the words."""
    folded = text.translate(_APOSTROPHE_TABLE).casefold().translate(_LETTERS)
    if not folded.isascii():
        folded = "".join(
            ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch)
        )
    words: list[str] = []
    for piece in folded.split():
        # A possessive "'s" or a trailing "'" ends the word: "israel's" -> "israel".
        chunk = piece[:-2] if piece.endswith("'s") else piece
        chunk = chunk.rstrip("'")
        if chunk.isascii():
            # one scan in C (the loop below costs a step per character): look-ups that miss
            # ("Qatar Sheikh X", asked by the officials reader) come through here twice
            words.extend(_ASCII_WORD.findall(chunk))
            continue
        start = -1
        for i, ch in enumerate(chunk):
            if ch.isalnum():
                if start < 0:
                    start = i
            elif start >= 0:
                words.append(chunk[start:i])
                start = -1
        if start >= 0:
            words.append(chunk[start:])
    return words
