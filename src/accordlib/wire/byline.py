"""Bylines: "By MATTHEW LEE and JOSEF FEDERMAN Associated Press" -> people and an agency."""

from __future__ import annotations

import functools

import regex

from accordlib._util.lazy import lazy_regex
from accordlib._util.text import BLANKS, require_str
from accordlib.wire.agencies import agency_last_words, canonical_agency
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

#: Job titles: the last word of a role ("AP Diplomatic Writer", "Senior Political Reporter").
_ROLE_NOUNS = frozenset(
    [
        "writer",
        "writers",
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "editor",
        "editors",
        "staff",
        "columnist",
        "columnists",
        "contributor",
        "contributors",
        "producer",
        "producers",
        "analyst",
        "analysts",
        "chief",
        "photographer",
        "photographers",
        "journalist",
        "journalists",
        "intern",
        "interns",
        "anchor",
        "host",
        "critic",
        "bureau",
        "desk",
        "team",
        "newsroom",
        "service",
        "wire",
        "agency",
        "agencies",
        "contributing",
    ]
)
#: Words that may stand before a role noun ("White House", "Diplomatic", "Senior").
_ROLE_WORDS = frozenset(
    [
        "ap",
        "senior",
        "chief",
        "deputy",
        "associate",
        "assistant",
        "managing",
        "executive",
        "political",
        "diplomatic",
        "economics",
        "economic",
        "business",
        "finance",
        "financial",
        "markets",
        "energy",
        "science",
        "health",
        "medical",
        "technology",
        "tech",
        "climate",
        "environment",
        "environmental",
        "defense",
        "defence",
        "security",
        "military",
        "national",
        "international",
        "foreign",
        "global",
        "world",
        "regional",
        "local",
        "metro",
        "city",
        "state",
        "sports",
        "entertainment",
        "legal",
        "justice",
        "investigative",
        "special",
        "white",
        "house",
        "congressional",
        "correspondent",
        "staff",
        "news",
        "press",
        "associated",
        "writer",
        "middle",
        "east",
        "europe",
        "european",
        "asia",
        "africa",
        "latin",
        "america",
        "washington",
        "moscow",
        "beijing",
        "london",
        "bureau",
        "contributing",
        "digital",
        "video",
        "religion",
        "education",
        "culture",
        "arts",
        "travel",
        "food",
        "weather",
        "breaking",
        "wire",
        "desk",
        "intelligence",
        "courts",
        "supreme",
        "court",
        "pentagon",
        "capitol",
        "hill",
        "data",
        "graphics",
        "photo",
        "editorial",
        "opinion",
    ]
)
#: Words that cannot be part of a person's name in a byline.
_NOT_NAME = frozenset(
    [
        "the",
        "a",
        "an",
        "staff",
        "and",
        "of",
        "for",
        "in",
        "at",
        "on",
        "to",
        "news",
        "said",
        "says",
        "report",
        "reports",
        "reporting",
        "reported",
        "updated",
        "published",
        "posted",
        "am",
        "pm",
        "edt",
        "est",
        "gmt",
        "utc",
        "today",
        "yesterday",
        "minutes",
        "hours",
        "ago",
        "read",
        "more",
        "wire",
        "agency",
        "team",
        "desk",
        "contributors",
        "editors",
        "correspondents",
    ]
)
_PARTICLES = frozenset(
    [
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "bin",
        "bint",
        "ibn",
        "ben",
        "abu",
        "al",
        "el",
        "ter",
        "ten",
        "zu",
        "y",
        "e",
        "af",
        "av",
    ]
)
_ODD_BLANKS = frozenset("\ufeff\u200b")
_HONORIFICS = frozenset({"Dr.", "Dr", "Prof.", "Mr.", "Ms.", "Mrs.", "DR.", "PROF."})
_WORD_PARTS = lazy_regex(r"([-'’])")
_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII"})


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
    out = []
    for index, word in enumerate(words):
        out.append(_case_word(word, first=index == 0))
    return " ".join(out)


def _capitals(word: str) -> bool:
    """Whether a word is printed in capitals (a particle or a "Mc" prefix may be lower case)."""
    if word.isupper() or word.casefold() in _PARTICLES or not any(c.isalpha() for c in word):
        return True
    for prefix in ("Mc", "Mac"):
        if word.startswith(prefix) and word[len(prefix) :].isupper():
            return True
    return False


def _case_word(word: str, *, first: bool) -> str:
    bare = word.rstrip(".,")
    if bare in _ROMAN:
        return word  # regnal and generational numbers stay in capitals
    if bare.upper() in {"JR", "SR"}:
        return bare[0] + bare[1:].lower() + word[len(bare) :]
    if "." in bare or len(bare) == 1:
        return word  # initials: "J.R.", "J."
    lower = word.casefold()
    if not first and lower in _PARTICLES:
        return lower
    for prefix in ("al-", "el-"):
        if not first and lower.startswith(prefix) and len(word) > 3:
            return prefix + _case_word(word[3:], first=True)
    if word.startswith(("Mc", "MC")) and len(word) > 3:
        return "Mc" + word[2:3].upper() + word[3:].lower()
    if word.startswith("Mac") and len(word) > 4 and word[3:].isupper():
        return "Mac" + word[3:4].upper() + word[4:].lower()
    parts = _WORD_PARTS.split(word)
    return "".join(
        part[:1].upper() + part[1:].lower() if part not in "-'’" else part for part in parts
    )


def _strip_role(tokens: list[str]) -> tuple[list[str], str | None]:
    """Remove a trailing job title ("AP Diplomatic Writer"); return the agency it names."""
    if not tokens or tokens[-1].casefold().rstrip(".,") not in _ROLE_NOUNS:
        return tokens, None
    end = len(tokens) - 1
    while end > 0 and tokens[end - 1].casefold().rstrip(".,") in _ROLE_WORDS | _ROLE_NOUNS:
        end -= 1
    agency = None
    for size in (2, 1):
        if len(tokens) - end > size:
            agency = canonical_agency(" ".join(tokens[end : end + size]))
            if agency is not None:
                break
    return tokens[:end], agency


def _strip_leading_role(tokens: list[str]) -> tuple[list[str], str | None]:
    """Remove a leading job title ("Xinhua writers", "Associated Press writer")."""
    for index, token in enumerate(tokens[:5]):
        if token.casefold().rstrip(".,") in _ROLE_NOUNS and index + 1 < len(tokens):
            prefix = tokens[:index]
            agency = canonical_agency(" ".join(prefix)) if prefix else None
            if agency is not None or all(t.casefold() in _ROLE_WORDS for t in prefix):
                return tokens[index + 1 :], agency
            return tokens, None
    return tokens, None


def _strip_agency(tokens: list[str]) -> tuple[list[str], str | None]:
    """Remove a trailing agency name ("JOSEF FEDERMAN Associated Press")."""
    if not tokens or tokens[-1].casefold() not in agency_last_words():
        return tokens, None
    for size in (4, 3, 2, 1):
        if len(tokens) >= size:
            agency = canonical_agency(" ".join(tokens[-size:]))
            if agency is not None:
                return tokens[:-size], agency
    return tokens, None


#: What a name is made of: letters (with their marks), points, apostrophes, hyphens, spaces.
_NAME_CHARS = lazy_regex(r"[\p{L}\p{M}.'’\- \t\n]++")


#: Words that keep a part off the fast path of plain names ("Staff", "Writer", "Herald").
_NOT_PLAIN = (
    _NOT_NAME
    | _ROLE_NOUNS
    | _ROLE_WORDS
    | frozenset(
        [
            "daily",
            "news",
            "times",
            "agency",
            "gazette",
            "tribune",
            "herald",
            "telegraph",
            "journal",
            "tv",
            "radio",
            "network",
            "media",
            "online",
            "wire",
            "newspaper",
            "magazine",
        ]
    )
)


def _plain_name(tokens: list[str]) -> bool:
    """Two or three capitalised words that are neither roles, labels, outlets nor agencies."""
    if not 2 <= len(tokens) <= 3:
        return False
    for token in tokens:
        if not (token.isalpha() and token[0].isupper() and token[1:].islower()):
            return False
        if token.casefold() in _NOT_PLAIN:
            return False
    return tokens[-1].casefold() not in agency_last_words()


def _is_name(tokens: list[str]) -> bool:
    if not 1 <= len(tokens) <= 6:
        return False
    capitalised = 0
    for token in tokens:
        lower = token.casefold().rstrip(".,")
        if lower in _NOT_NAME:
            return False
        if token[:1].isupper():
            capitalised += 1
        elif lower not in _PARTICLES and not lower.startswith(("al-", "el-", "d'", "o'")):
            return False
    return capitalised >= 1


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


#: The words that may start a byline lead (in any case): "By", "From", "Words by", ...
_LEAD_WORDS = frozenset(
    [
        "by",
        "from",
        "words",
        "written",
        "story",
        "text",
        "interview",
        "reported",
        "compiled",
        "photo",
        "photos",
    ]
)
#: ASCII characters that may start a byline lead ("By", "From", "Words by", "| By").
_LEAD_FIRST = frozenset("|bfwsticrpBFWSTICRP")


@functools.lru_cache(maxsize=4096)
def _parse_byline(text: str) -> Byline | None:
    """:func:`parse_byline` on a checked ``str`` of at most ``_MAX`` characters.

    Memoised (bounded): the same bylines and credited names recur from story to story
    (a desk's editors, a bureau's reporters), and the result is an immutable value.
    """
    if text.isascii():
        # The most common credit: two or three capitalised ASCII words and single spaces
        # ("Anna Kowalski"). Such a text has no blank at its edges, no lead (its first word
        # is no lead word, and "by" or "from" inside a word is followed by a letter), no
        # separator (the word separators are lower case or capitals, the punctuation ones
        # are not letters) and no e-mail, link or stamp; the full path would keep it whole.
        words = text.split(" ")
        if (
            2 <= len(words) <= 3
            and words[0].lower() not in _LEAD_WORDS
            and _plain_name(words)
            and "http" not in text.lower()
        ):
            return Byline(authors=(text,), agency=None, raw=text)
    raw = text.strip()
    if raw[:1] in _ODD_BLANKS or raw[-1:] in _ODD_BLANKS:
        raw = raw.strip(BLANKS)  # a byte-order mark or zero-width space at an edge
    if not raw:
        return None
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
    authors: list[str] = []
    agency: str | None = None
    pieces = _SPLIT.split(body)
    for index, piece in enumerate(pieces):
        part = piece.strip(" \t:-–—()[]\"'")
        if part.endswith(".") and len(part.rsplit(" ", 1)[-1]) > 4:
            part = part[:-1]  # a full stop, not the point of "Jr." or "J."
        if not part:
            continue
        tokens = part.split()
        if len(tokens) > 1 and tokens[0].endswith(("'s", "’s")):
            owner = canonical_agency(tokens[0][:-2])  # "CNN's Jennifer Hansler"
            if owner is not None:
                agency = agency or owner
                tokens = tokens[1:]
                part = " ".join(tokens)
        if _plain_name(tokens):
            if part not in authors:
                authors.append(part)  # the common case: "Anna Kowalski", "Tal Shalev"
            continue
        whole = canonical_agency(part)
        if whole is not None:
            agency = agency or whole
            continue
        if (
            part[:1].isupper()
            and _OUTLET.search(part)
            and _NAME_CHARS.fullmatch(part)
            and len(tokens) <= 5
        ):
            core = _strip_role(tokens)[0] or tokens  # "Daily Mail Reporter": the outlet
            outlet = canonical_agency(" ".join(core)) or _strip_agency(core)[1]
            agency = agency or outlet or " ".join(core)  # "Daily Sabah", "Korea Herald"
            continue
        if len(tokens) > 2:
            part = _AFFILIATION.sub("", part)
            tokens = part.split()
            if _plain_name(tokens):
                if part not in authors:
                    authors.append(part)  # "Omar Khalil in Warsaw"
                continue
        if not _NAME_CHARS.fullmatch(part) or not all(t[0].isalpha() for t in tokens):
            continue  # digits or symbols: not a name
        if len(tokens) > 2 and tokens[0] in _HONORIFICS:
            tokens = tokens[1:]  # "Dr. Jane Smith": the person, not the title
        tokens, lead_agency = _strip_leading_role(tokens)
        tokens, role_agency = _strip_role(tokens)
        role_agency = role_agency or lead_agency
        tokens, found = _strip_agency(tokens)
        agency = agency or role_agency or found
        if tokens and tokens[-1].casefold() == "staff":
            tokens = tokens[:-1]
        if not _is_name(tokens):
            continue
        if (
            len(tokens) == 1
            and agency is None
            and index == len(pieces) - 1
            and any(" " in author for author in authors)
        ):
            agency = tokens[0]  # "By Lucas Ropek, Gizmodo": an outlet after the people
            continue
        name = name_case(" ".join(tokens).rstrip(","))
        if name not in authors:
            authors.append(name)
    if not authors and agency is None:
        return None
    return Byline(authors=tuple(authors), agency=agency, raw=raw)
