"""One piece of a list of names, by its words: whether they make a person's name, a role,
an agency, an outlet, a place or a desk, and what is left of a name once its roles and
agencies are stripped. :mod:`accordlib.wire.names` splits a list into pieces and reads
each with these questions; :func:`plain_name` is the common case, asked by the byline
reader too.
"""

from __future__ import annotations

from accordlib._util.lazy import Lazy, lazy_regex
from accordlib._util.tables import read_table
from accordlib.countries.lookup import get_country
from accordlib.wire.agencies import (
    agency_last_words,
    canonical_agency,
)
from accordlib.wire.byline_labels import PHOTO_WORDS
from accordlib.wire.byline_words import (
    NOT_NAME,
    NOT_PLAIN,
    PARTICLES,
    ROLE_NOUNS,
    ROLE_WORDS,
    SECTIONS,
)
from accordlib.wire.outlet_words import (
    AGENCY_NAME,
    OUTLET_TAIL,
    PERSON_ROLES,
    ROMAN_NUMERAL,
    THE_NAME,
    article_title,
    outlet_worded,
)
from accordlib.wire.outlets import (
    CODE_LETTERS,
    MAX_OUTLET_WORDS,
    compound_outlet,
    is_code,
    is_place,
)
from accordlib.wire.places import known_city

__all__ = [
    "NAME_CHARS",
    "PLAIN_WORDS",
    "ROLE_LINE_WORDS",
    "affiliated_agency",
    "after_roles",
    "agency_then_place",
    "city_after_name",
    "desk_outlet",
    "is_name",
    "outlet_of",
    "owner_agency",
    "place_section",
    "plain_name",
    "role_code",
    "script_outlet",
    "state_body",
    "strip_agency",
    "strip_leading_role",
    "strip_role",
    "town_and_country",
    "trimmed",
]

#: What a name is made of: letters (with their marks), points, apostrophes, hyphens, spaces.
NAME_CHARS = lazy_regex(r"[\p{L}\p{M}.'’\- \t\n]++")

#: Words of a role line: role nouns and the words that may precede them.
ROLE_LINE_WORDS = ROLE_WORDS | ROLE_NOUNS
#: A plain name has this many words ("Anna Kowalski", "Mira Anand Sood").
PLAIN_WORDS = (2, 3)
#: A name has at most this many words once roles and agencies are removed.
_MAX_NAME_WORDS = 6
#: A trailing full stop is a sentence's, not an initial's ("J.") or "Jr."'s, when the
#: last word is longer than this.
_ABBREVIATION_MAX = 4
#: A leading role ("Xinhua writers") is looked for among this many first words.
_LEADING_ROLE_WORDS = 5
#: Agency names inside or after a role have at most this many words.
_ROLE_AGENCY_WORDS = (2, 1)
_TRAILING_AGENCY_WORDS = (4, 3, 2, 1)


def strip_role(tokens: list[str]) -> tuple[list[str], str | None]:
    """Remove a trailing job title ("AP Diplomatic Writer"); return the agency it names."""
    if not tokens or tokens[-1].casefold().rstrip(".,") not in ROLE_NOUNS:
        return tokens, None
    end = len(tokens) - 1
    while end > 0 and tokens[end - 1].casefold().rstrip(".,") in ROLE_LINE_WORDS:
        end -= 1
    if end == 1 and not is_code(tokens[0]) and canonical_agency(tokens[0]) is None:
        return tokens, None  # "High Representative": one word before a role is no name
    agency = None
    for size in _ROLE_AGENCY_WORDS:
        if len(tokens) - end > size:
            agency = canonical_agency(" ".join(tokens[end : end + size]))
            if agency is not None:
                break
    return tokens[:end], agency


def role_code(tokens: list[str]) -> str | None:
    """An outlet's code in capitals before a role ("IFP Editorial Staff": "IFP")."""
    rest, agency = strip_role(tokens)
    if len(rest) == 1 < len(tokens) and agency is None and is_code(rest[0]):
        return rest[0]
    return None


def strip_leading_role(tokens: list[str]) -> tuple[list[str], str | None]:
    """Remove a leading job title ("Xinhua writers", "Associated Press writer", "CNN
    Foreign Affairs Reporter": an agency, then words of a desk or beat, then the role;
    "Kenya correspondent": a place, then the role)."""
    for index, token in enumerate(tokens[:_LEADING_ROLE_WORDS]):
        if token.casefold().rstrip(".,") in ROLE_NOUNS and index + 1 < len(tokens):
            prefix = tokens[:index]
            agency = _prefix_agency(prefix)
            if (
                agency is not None
                or all(t.casefold() in ROLE_WORDS for t in prefix)
                # "Vanuatu reporter": a place, then a role in small letters (in
                # "Japanese Chief Cabinet Secretary" or a headline a capital starts an office)
                or (prefix and token.islower() and is_place(" ".join(prefix)))
            ):
                return tokens[index + 1 :], agency
            return tokens, None
    return tokens, None


def _prefix_agency(prefix: list[str]) -> str | None:
    """The agency that starts a role's prefix, the longest first, when only words of a
    desk or beat follow it ("Associated Press", "CNN Foreign Affairs")."""
    for end in range(len(prefix), 0, -1):
        if not all(t.casefold() in ROLE_WORDS for t in prefix[end:]):
            return None
        agency = canonical_agency(" ".join(prefix[:end]))
        if agency is not None:
            return agency
    return None


def place_section(tokens: list[str]) -> bool:
    """Whether a piece is a site's section named by a place ("Canada Politics", "Japan
    Business"): a section word after a place; a person's name ends in neither."""
    return (
        len(tokens) > 1 and tokens[-1].casefold() in SECTIONS and is_place(" ".join(tokens[:-1]))
    )


def affiliated_agency(affiliation: str) -> str | None:
    """The agency an affiliation names when it says whom the person wrote for ("for
    Reuters", "special to The Associated Press"); a place ("in Cairo") names none."""
    words = affiliation.split()
    if not words or words[0].casefold() not in {"for", "special"}:
        return None
    rest = words[2:] if words[0].casefold() == "special" else words[1:]
    return canonical_agency(" ".join(rest)) if rest else None


def strip_agency(tokens: list[str]) -> tuple[list[str], str | None]:
    """Remove a trailing agency name ("JOSEF FEDERMAN Associated Press"), or an outlet's
    code after a name in name case ("Leyla Jarquín END")."""
    if not tokens or tokens[-1].casefold() not in agency_last_words():
        return _strip_code(tokens)
    for size in _TRAILING_AGENCY_WORDS:
        if len(tokens) >= size:
            agency = canonical_agency(" ".join(tokens[-size:]))
            if agency is not None:
                return tokens[:-size], agency
    return _strip_code(tokens)


def _strip_code(tokens: list[str]) -> tuple[list[str], str | None]:
    """Remove an outlet's code in capitals after a name printed in name case ("Leyla
    Jarquín END"): a name in capitals ("ANA RUIZ") or a numeral ("III") keeps its words."""
    if (
        len(tokens) <= PLAIN_WORDS[0]
        or not is_code(tokens[-1])
        or ROMAN_NUMERAL.fullmatch(tokens[-1])
    ):
        return tokens, None
    if len(tokens[-1]) > CODE_LETTERS + 1 or not all(
        token[:1].isupper() and not token.isupper() for token in tokens[:-1]
    ):
        return tokens, None
    return tokens[:-1], tokens[-1]


def plain_name(tokens: list[str]) -> bool:
    """Two or three capitalised words that are neither roles, labels, outlets nor agencies."""
    if len(tokens) not in PLAIN_WORDS:
        return False
    for token in tokens:
        if not (token.isalpha() and token[0].isupper() and token[1:].islower()):
            return False
        if token.casefold() in NOT_PLAIN:
            return False
    return (
        tokens[-1].casefold() not in agency_last_words()
        and not place_section(tokens)
        and not article_title(tokens)
        and not OUTLET_TAIL.get().search(" ".join(tokens))  # "Aki Press", "Getty Images"
        and tokens[-1].casefold() not in PHOTO_WORDS.get()  # "Reuters Pictures"
    )


def after_roles(tokens: list[str]) -> list[str]:
    """The words after a leading role ("Staff Correspondent Barta24.com": "Barta24.com")."""
    index = 0
    while index < len(tokens) - 1 and tokens[index].casefold() in ROLE_LINE_WORDS:
        index += 1
    return tokens[index:]


def desk_outlet(outlet: str) -> bool:
    """Whether the words before a desk name an outlet ("Outlook" in "Outlook Web Desk"),
    not a role ("Staff" in "Staff Report"); a title with "The" is one ("The National staff")."""
    words = outlet.split()
    return (
        bool(words)
        and all(word[:1].isupper() for word in words)
        and (
            THE_NAME.fullmatch(outlet) is not None
            or not all(
                word.casefold() in ROLE_LINE_WORDS or word.casefold() in NOT_NAME for word in words
            )
        )
    )


def is_name(tokens: list[str]) -> bool:
    if not 1 <= len(tokens) <= _MAX_NAME_WORDS:
        return False
    capitalised = 0
    for token in tokens:
        lower = token.casefold().rstrip(".,")
        if lower in NOT_NAME and not _initial(token):
            return False  # "A." is an initial, "a" the article
        first = token[:1]
        if first.isupper() or (first.isalpha() and not first.islower()):
            capitalised += 1  # capitalised, or in a script without capitals ("정주원")
        elif lower not in PARTICLES and not lower.startswith(("al-", "el-", "d'", "o'")):
            return False
    return capitalised >= 1


def agency_then_place(tokens: list[str]) -> bool:
    """Whether a piece is an agency's one-word name, or an outlet's code in capitals, and
    a city ("Reuters Ankara", "AFP New Delhi", "RNZ Berlin": the bureau): no person. A
    country after a brand is its edition ("CNN Chile")."""
    head = tokens[0]
    named = canonical_agency(head) is not None or (
        is_code(head)
        and len(head) <= CODE_LETTERS
        and not is_place(head)
        and not is_place(" ".join(tokens))  # "NEW DELHI"
    )
    return named and known_city(" ".join(tokens[1:]))


def _read_script_outlet_words() -> frozenset[str]:
    rows = read_table("byline_words.tsv")
    return frozenset(row["word"] for row in rows if row["kind"] == "outlet_word")


#: English media words in other scripts ("न्यूज़", "প্রেস"), from byline_words.tsv.
_SCRIPT_OUTLET_WORDS = Lazy(_read_script_outlet_words)


def script_outlet(tokens: list[str]) -> bool:
    """Whether a piece in a script other than Latin holds an English media word written in
    that script ("<Newsgate> प्रैस नेटवर्क": Press Network), as outlets' names do."""
    return (
        bool(tokens)
        and not tokens[0][:1].isascii()
        and any(token.casefold() in _SCRIPT_OUTLET_WORDS.get() for token in tokens)
    )


def state_body(tokens: list[str]) -> bool:
    """Whether a piece names a body of a state: a place, then words ending with an
    institution's noun ("Egypt State Information Service", "Kenya News Agency"), not a
    person's role ("Kenya Bureau Chief" ends with one)."""
    last = tokens[-1].casefold() if tokens else ""
    return (
        len(tokens) > PLAIN_WORDS[0]
        and last in ROLE_NOUNS
        and last not in PERSON_ROLES
        and last != "staff"  # "JERUSALEM POST STAFF": the paper's staff
        and all(token[:1].isupper() and not token.isupper() for token in tokens)
        and tokens[0].isalpha()
        and is_place(tokens[0])
        and canonical_agency(" ".join(tokens[1:])) is None  # "Ankara Anadolu Agency"
    )


def city_after_name(tokens: list[str]) -> int:
    """How many words at the end of a name are a known city, the reporter's station that a
    print page sets after the byline or a scraped page glues to it: one word in capitals
    ("Ana Ruiz WINDHOEK", "T. RAMAKRISHNAN CHENNAI") or two in any case ("Ana Ruiz New
    Delhi"), after a plain name or one in capitals with an initial; 0 when there is none. A one-word city
    in name case stays: it is a surname as often ("Ana Lima")."""
    for size in (_CITY_WORDS, 1):
        head, city = tokens[:-size], tokens[-size:]
        if (
            len(head) in PLAIN_WORDS
            and all(word.isalpha() for word in city)
            and (size > 1 or city[0].isupper())
            and known_city(" ".join(city))
            and (plain_name(head) or _capital_name(head))
        ):
            return size
    return 0


def _capital_name(tokens: list[str]) -> bool:
    """Whether words are a name in capitals that opens with an initial ("T. RAMAKRISHNAN");
    without one, a city after a name in capitals may be its surname ("ANA MARIA LIMA")."""
    return (
        _initial(tokens[0])
        and any(len(word) > 1 and word.isalpha() for word in tokens)
        and all(_initial(word) or (word.isalpha() and word.isupper()) for word in tokens)
    )


def _initial(token: str) -> bool:
    """Whether a word is an initial: one capital and a point ("A.", "J.")."""
    return len(token) == 2 and token[0].isupper() and token[1] == "."  # noqa: PLR2004


#: The longest city printed after a byline's name ("New Delhi").
_CITY_WORDS = 2

#: A body's code and its country ("DPI Guyana") are two words; the code has three
#: capitals at least.
_CODE_COUNTRY_WORDS = 2
_CODE_MIN = 3


def owner_agency(tokens: list[str]) -> str | None:
    """The agency of a possessive first word ("CNN's Jennifer Hansler")."""
    if len(tokens) > 1 and tokens[0].endswith(("'s", "’s")):
        return canonical_agency(tokens[0][:-2])
    return None


def _code_and_country(tokens: list[str]) -> bool:
    """Whether a piece is a body's code in capitals and a country's name ("DPI Guyana",
    "NTA Nigeria"): a ministry's or a broadcaster's name for its country, no person (a
    code of three letters or more: "AJ" may be a person's initials)."""
    return (
        len(tokens) == _CODE_COUNTRY_WORDS
        and is_code(tokens[0])
        and _CODE_MIN <= len(tokens[0]) <= CODE_LETTERS
        and tokens[1][:1].isupper()
        and not tokens[1].isupper()  # a country's name, not its code ("ISR PSE")
        and not known_city(tokens[1])
        and get_country(tokens[1]) is not None
    )


def outlet_of(part: str, tokens: list[str]) -> str | None:
    """The outlet that a piece with a media word names ("Daily Mail Reporter": "Daily
    Mail"), canonical when it is in the agency table, or whose name has an outlet's shape
    ("Newsday", "BioBio Chile"); ``None`` when it names none."""
    if compound_outlet(tokens) or _code_and_country(tokens):
        return part
    if not (
        part[:1].isupper()
        and outlet_worded(part)
        and NAME_CHARS.fullmatch(part)
        and len(tokens) <= MAX_OUTLET_WORDS
    ):
        return None
    if len(tokens) > PLAIN_WORDS[0] and " ".join(tokens[-2:]).casefold() in SECTIONS:
        tokens = tokens[:-2]  # "Jakarta Post Latest News": the outlet, then a section
    core = tokens if AGENCY_NAME.search(part) else (strip_role(tokens)[0] or tokens)
    known = canonical_agency(" ".join(core))
    if known is not None:
        return known
    rest, trailing = strip_agency(core)
    if trailing is not None:
        return None if rest else trailing  # "JOSEF FEDERMAN Associated Press": a person
    return " ".join(core)


def trimmed(piece: str) -> str:
    """A piece without the marks around it, its quotes and a sentence's full stop;
    empty when no word is left (a piece of no-break spaces: callers read its first word)."""
    part = piece.strip(' \t:-–—()[]<>"•·')
    if not part.endswith("ng'") or part[:1] == "'":
        part = part.strip(" '")  # quotes go; Luo spelling keeps ng' ("Ochieng'")
    if part.endswith(".") and (
        len(part.rsplit(" ", 1)[-1]) > _ABBREVIATION_MAX
        or canonical_agency(part[:-1])
        or (len(part) > PLAIN_WORDS[0] + 1 and part[:-1].isalpha() and part[:-1].isupper())
    ):  # "Avec ACP.": a code's full stop too
        part = part[:-1]  # a full stop, not the point of "Jr." or "J." ("EFE." at a foot)
    return part if not part.isspace() else ""


def town_and_country(town: str, country: str) -> bool:
    """Whether the last two pieces of a list are a town of one word and its country
    ("Benaulim", "India"), printed where the writer filed from."""
    word = trimmed(town)
    return (
        word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and canonical_agency(word) is None
        and not known_city(trimmed(country))  # "Warta, NAIROBI": a capital is no country
        and get_country(trimmed(country)) is not None
    )
