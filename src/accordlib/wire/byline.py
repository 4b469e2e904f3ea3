"""Bylines: "By MATTHEW LEE and JOSEF FEDERMAN Associated Press" -> people and an agency.

The steps: trim the text and drop its lead ("By", "Words by"), e-mail addresses, links
and time stamps; split it into pieces at the separators between people; read each
piece as a person, an agency or an outlet (removing roles and affiliations).
"""

from __future__ import annotations

import regex

from accordlib._util.lazy import lazy_regex
from accordlib._util.memo import memoized
from accordlib._util.text import BLANKS, require_str
from accordlib.wire.agencies import agency_last_words, canonical_agency
from accordlib.wire.byline_words import (
    HONORIFICS,
    LEAD_WORDS,
    NOT_NAME,
    NOT_PLAIN,
    PARTICLES,
    ROLE_NOUNS,
    ROLE_WORDS,
    ROMAN,
)
from accordlib.wire.model import Byline

__all__ = ["name_case", "parse_byline"]

#: Longest byline looked at; anything longer is not a byline.
_MAX = 400

_LEAD = lazy_regex(
    r"""
    \A[\s|\ufeff\u200b]*+
    (?:(?:words|written|story|text|interview|reported|compiled|photos?)[ \t]++)?+   # "Words by"
    (?:by|from)(?![\w'’-])[ \t]*+:?+[ \t]*+                                  # "By", "BY:", "From"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: What is never part of a name: e-mail addresses, handles, links, "Updated 3:04 PM EST ...".
#: Each is looked for only when a cheap test says it may be there.
_EMAIL = lazy_regex(r"[\w.+-]++@[\w-]++(?:\.[\w-]++)*+|(?<!\w)@\w{1,30}+")
_LINK = lazy_regex(r"(?:https?://|www\.)\S{1,200}+", regex.IGNORECASE)
_STAMP = lazy_regex(r"\b(?:updated|published|posted)\b.{0,200}+\Z", regex.IGNORECASE)

#: Separators between people: commas, "and", "&", semicolons, slashes, line breaks.
_SPLIT = lazy_regex(r"[ \t]*+[,;|/\n&][ \t\n]*+|[ \t]++(?:and|AND|with|und|et|y|[-–—])[ \t]++")

#: Words that make a name an outlet, not a person ("Daily Sabah", "Korea Herald").
_OUTLET = lazy_regex(
    r"\b(?:Daily|News|Times|Agency|Gazette|Tribune|Herald|Telegraph|Journal|TV|Radio"
    r"|Network|Media|Online|Wire|Newspaper|Magazine)\b|\.com\b",
    regex.IGNORECASE,
)

#: Affiliations that follow a name: "For Daily Mail Australia", "Special to CNN", "in Cairo".
_AFFILIATION = lazy_regex(
    r"""\s++(?:for|special\s+to|in|at|of|from)\s.*+\Z""", regex.IGNORECASE | regex.VERBOSE
)

#: What a name is made of: letters (with their marks), points, apostrophes, hyphens, spaces.
_NAME_CHARS = lazy_regex(r"[\p{L}\p{M}.'’\- \t\n]++")

_ODD_BLANKS = frozenset("\ufeff\u200b")
_WORD_PARTS = lazy_regex(r"([-'’])")
#: Words of a role line: role nouns and the words that may precede them.
_ROLE_LINE_WORDS = ROLE_WORDS | ROLE_NOUNS
#: ASCII characters that may start a byline lead ("By", "From", "Words by", "| By").
_LEAD_FIRST = frozenset("|bfwsticrpBFWSTICRP")

#: A plain name has this many words ("Anna Kowalski", "Mira Anand Sood").
_PLAIN_WORDS = (2, 3)
#: A name has at most this many words once roles and agencies are removed.
_MAX_NAME_WORDS = 6
#: An outlet name ("Daily Mail Australia Reporter") has at most this many words.
_MAX_OUTLET_WORDS = 5
#: A trailing full stop is a sentence's, not an initial's ("J.") or "Jr."'s, when the
#: last word is longer than this.
_ABBREVIATION_MAX = 4
#: A leading role ("Xinhua writers") is looked for among this many first words.
_LEADING_ROLE_WORDS = 5
#: Agency names inside or after a role have at most this many words.
_ROLE_AGENCY_WORDS = (2, 1)
_TRAILING_AGENCY_WORDS = (4, 3, 2, 1)


# ---------------------------------------------------------------------------- name case


def name_case(name: str) -> str:
    """Put an ALL-CAPS name into name case; other names are returned unchanged.

    >>> name_case("KEVIN SACK"), name_case("KEVIN McDONALD"), name_case("URSULA VON DER LEYEN")
    ('Kevin Sack', 'Kevin McDonald', 'Ursula von der Leyen')
    >>> name_case("SEÁN O'MURCHÚ"), name_case("BASHAR AL-ASSAD"), name_case("JOHN SMITH JR.")
    ("Seán O'Murchú", 'Bashar al-Assad', 'John Smith Jr.')
    """
    words = name.split()
    if not all(_capitals(word) for word in words):
        return name
    return " ".join(_case_word(word, first=index == 0) for index, word in enumerate(words))


def _capitals(word: str) -> bool:
    """Whether a word is printed in capitals (a particle or a "Mc" prefix may be lower case)."""
    if word.isupper() or word.casefold() in PARTICLES or not any(c.isalpha() for c in word):
        return True
    for prefix in ("Mc", "Mac"):
        if word.startswith(prefix) and word[len(prefix) :].isupper():
            return True
    return False


def _case_word(word: str, *, first: bool) -> str:
    """One word of a name in capitals, in name case."""
    bare = word.rstrip(".,")
    if bare in ROMAN or "." in bare or len(bare) == 1:
        return word  # regnal numbers ("III") and initials ("J.R.", "J.") stay as printed
    if bare.upper() in {"JR", "SR"}:
        return bare[0] + bare[1:].lower() + word[len(bare) :]
    if not first:
        lower = word.casefold()
        if lower in PARTICLES:
            return lower
        for prefix in ("al-", "el-"):
            if lower.startswith(prefix) and len(word) > len(prefix):
                return prefix + _case_word(word[3:], first=True)
    return _case_prefixed(word)


def _case_prefixed(word: str) -> str:
    """ "McDONALD" -> "McDonald", "MacLEOD" -> "MacLeod", "O'BRIEN" -> "O'Brien"."""
    if word.startswith(("Mc", "MC")) and len(word) > len("Mc") + 1:
        return "Mc" + word[2:3].upper() + word[3:].lower()
    if word.startswith("Mac") and len(word) > len("Mac") + 1 and word[3:].isupper():
        return "Mac" + word[3:4].upper() + word[4:].lower()
    parts = _WORD_PARTS.split(word)
    return "".join(
        part[:1].upper() + part[1:].lower() if part not in "-'’" else part for part in parts
    )


# ---------------------------------------------------------------------------- roles, agencies


def _strip_role(tokens: list[str]) -> tuple[list[str], str | None]:
    """Remove a trailing job title ("AP Diplomatic Writer"); return the agency it names."""
    if not tokens or tokens[-1].casefold().rstrip(".,") not in ROLE_NOUNS:
        return tokens, None
    end = len(tokens) - 1
    while end > 0 and tokens[end - 1].casefold().rstrip(".,") in _ROLE_LINE_WORDS:
        end -= 1
    agency = None
    for size in _ROLE_AGENCY_WORDS:
        if len(tokens) - end > size:
            agency = canonical_agency(" ".join(tokens[end : end + size]))
            if agency is not None:
                break
    return tokens[:end], agency


def _strip_leading_role(tokens: list[str]) -> tuple[list[str], str | None]:
    """Remove a leading job title ("Xinhua writers", "Associated Press writer")."""
    for index, token in enumerate(tokens[:_LEADING_ROLE_WORDS]):
        if token.casefold().rstrip(".,") in ROLE_NOUNS and index + 1 < len(tokens):
            prefix = tokens[:index]
            agency = canonical_agency(" ".join(prefix)) if prefix else None
            if agency is not None or all(t.casefold() in ROLE_WORDS for t in prefix):
                return tokens[index + 1 :], agency
            return tokens, None
    return tokens, None


def _strip_agency(tokens: list[str]) -> tuple[list[str], str | None]:
    """Remove a trailing agency name ("JOSEF FEDERMAN Associated Press")."""
    if not tokens or tokens[-1].casefold() not in agency_last_words():
        return tokens, None
    for size in _TRAILING_AGENCY_WORDS:
        if len(tokens) >= size:
            agency = canonical_agency(" ".join(tokens[-size:]))
            if agency is not None:
                return tokens[:-size], agency
    return tokens, None


def _plain_name(tokens: list[str]) -> bool:
    """Two or three capitalised words that are neither roles, labels, outlets nor agencies."""
    if len(tokens) not in _PLAIN_WORDS:
        return False
    for token in tokens:
        if not (token.isalpha() and token[0].isupper() and token[1:].islower()):
            return False
        if token.casefold() in NOT_PLAIN:
            return False
    return tokens[-1].casefold() not in agency_last_words()


def _is_name(tokens: list[str]) -> bool:
    if not 1 <= len(tokens) <= _MAX_NAME_WORDS:
        return False
    capitalised = 0
    for token in tokens:
        lower = token.casefold().rstrip(".,")
        if lower in NOT_NAME:
            return False
        if token[:1].isupper():
            capitalised += 1
        elif lower not in PARTICLES and not lower.startswith(("al-", "el-", "d'", "o'")):
            return False
    return capitalised >= 1


# ---------------------------------------------------------------------------- the parser


def parse_byline(text: str) -> Byline | None:
    """Read the people and the agency in a byline; ``None`` when it names neither.

    >>> parse_byline("By Tal Shalev, Jennifer Hansler, Betsy Klein, Alejandra Jaramillo, CNN")
    Byline(authors=('Tal Shalev', 'Jennifer Hansler', 'Betsy Klein', 'Alejandra Jaramillo'), agency='CNN', raw='By Tal Shalev, Jennifer Hansler, Betsy Klein, Alejandra Jaramillo, CNN')
    >>> parse_byline("By MATTHEW LEE and JOSEF FEDERMAN Associated Press").authors
    ('Matthew Lee', 'Josef Federman')
    >>> parse_byline("Reuters Staff")
    Byline(authors=(), agency='Reuters', raw='Reuters Staff')
    """
    require_str(text, "text")
    if len(text) > _MAX:
        return None
    return _parse_byline(text)


@memoized(max_entries=4096, max_key_length=_MAX)
def _parse_byline(text: str) -> Byline | None:
    """:func:`parse_byline` on a checked ``str`` of at most ``_MAX`` characters.

    Memoised (bounded): the same bylines and credited names recur from story to story
    (a desk's editors, a bureau's reporters), and the result is an immutable value.
    """
    if text.isascii() and _plain_credit(text):
        return Byline(authors=(text,), agency=None, raw=text)
    return _read_byline(text)


def _read_byline(text: str) -> Byline | None:
    """The full path of :func:`_parse_byline` (the tests compare it with the fast one)."""
    raw = text.strip()
    if raw[:1] in _ODD_BLANKS or raw[-1:] in _ODD_BLANKS:
        raw = raw.strip(BLANKS)  # a byte-order mark or zero-width space at an edge
    if not raw:
        return None
    reading = _Reading()
    pieces = _SPLIT.split(_people_text(raw))
    last = len(pieces) - 1
    for index, piece in enumerate(pieces):
        reading.piece(piece, last=index == last)
    if not reading.authors and reading.agency is None:
        return None
    return Byline(authors=tuple(reading.authors), agency=reading.agency, raw=raw)


def _plain_credit(text: str) -> bool:
    """The most common credit: two or three capitalised ASCII words and single spaces
    ("Anna Kowalski"). Such a text has no blank at its edges, no lead (its first word
    is no lead word, and "by" or "from" inside a word is followed by a letter), no
    separator (the word separators are lower case or capitals, the punctuation ones
    are not letters) and no e-mail, link or stamp; the full path would keep it whole."""
    words = text.split(" ")
    return (
        len(words) in _PLAIN_WORDS
        and words[0].lower() not in LEAD_WORDS
        and _plain_name(words)
        and "http" not in text.lower()
    )


def _people_text(raw: str) -> str:
    """The byline without its lead ("By", "Words by"), e-mail addresses, links and stamps."""
    body = raw
    first = raw[0]
    # raw starts with no blank, so an ASCII first character must start a lead word
    lead = _LEAD.match(body) if first in _LEAD_FIRST or not first.isascii() else None
    if lead is not None:
        body = body[lead.end() :]
    if "@" in body:
        body = _EMAIL.sub(" ", body)
    lowered = body.casefold()
    if "http" in lowered or "www." in lowered:
        body = _LINK.sub(" ", body)
    if "updated" in lowered or "published" in lowered or "posted" in lowered:
        body = _STAMP.sub(" ", body)
    return body


def _owner(tokens: list[str]) -> str | None:
    """The agency of a possessive first word ("CNN's Jennifer Hansler")."""
    if len(tokens) > 1 and tokens[0].endswith(("'s", "’s")):
        return canonical_agency(tokens[0][:-2])
    return None


def _outlet(part: str, tokens: list[str]) -> str | None:
    """The outlet that a piece with a media word names ("Daily Mail Reporter": "Daily
    Mail"), canonical when it is in the agency table; ``None`` when it names none."""
    if not (
        part[:1].isupper()
        and _OUTLET.search(part)
        and _NAME_CHARS.fullmatch(part)
        and len(tokens) <= _MAX_OUTLET_WORDS
    ):
        return None
    core = _strip_role(tokens)[0] or tokens
    return canonical_agency(" ".join(core)) or _strip_agency(core)[1] or " ".join(core)


class _Reading:
    """The people and the agency read so far; the first agency found wins."""

    __slots__ = ("agency", "authors")

    def __init__(self) -> None:
        self.authors: list[str] = []
        self.agency: str | None = None

    def add(self, name: str) -> None:
        if name not in self.authors:
            self.authors.append(name)

    def offer(self, agency: str | None) -> None:
        if self.agency is None:
            self.agency = agency

    def piece(self, piece: str, *, last: bool) -> None:
        """Read one piece between separators: a person, an agency or an outlet."""
        part = piece.strip(" \t:-–—()[]\"'")
        if part.endswith(".") and len(part.rsplit(" ", 1)[-1]) > _ABBREVIATION_MAX:
            part = part[:-1]  # a full stop, not the point of "Jr." or "J."
        if not part:
            return
        tokens = part.split()
        owner = _owner(tokens)
        if owner is not None:
            self.offer(owner)  # "CNN's Jennifer Hansler"
            tokens = tokens[1:]
            part = " ".join(tokens)
        if _plain_name(tokens):
            self.add(part)  # the common case: "Anna Kowalski", "Tal Shalev"
            return
        whole = canonical_agency(part)
        if whole is not None:
            self.offer(whole)
            return
        outlet = _outlet(part, tokens)
        if outlet is not None:
            self.offer(outlet)  # "Daily Sabah", "Korea Herald"
            return
        if len(tokens) > _PLAIN_WORDS[0]:
            part = _AFFILIATION.sub("", part)
            tokens = part.split()
            if _plain_name(tokens):
                self.add(part)  # "Omar Khalil in Warsaw"
                return
        if _NAME_CHARS.fullmatch(part) and all(t[0].isalpha() for t in tokens):
            self.name(tokens, last=last)  # else digits or symbols: not a name

    def name(self, tokens: list[str], *, last: bool) -> None:
        """Read a name with roles and agencies around it ("Dr. Jane Smith, AP Writer")."""
        if len(tokens) > _PLAIN_WORDS[0] and tokens[0] in HONORIFICS:
            tokens = tokens[1:]  # "Dr. Jane Smith": the person, not the title
        tokens, lead_agency = _strip_leading_role(tokens)
        tokens, role_agency = _strip_role(tokens)
        tokens, found = _strip_agency(tokens)
        self.offer(role_agency or lead_agency or found)
        if tokens and tokens[-1].casefold() == "staff":
            tokens = tokens[:-1]
        if not _is_name(tokens):
            return
        if (
            len(tokens) == 1
            and self.agency is None
            and last
            and any(" " in author for author in self.authors)
        ):
            self.agency = tokens[0]  # "By Lucas Ropek, Gizmodo": an outlet after the people
            return
        self.add(name_case(" ".join(tokens).rstrip(",")))
