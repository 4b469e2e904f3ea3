"""People and outlets in a list: the names of a byline or a credit, read one by one.

A list is split at its separators (commas, "and" — with or without an Oxford comma —,
"&", semicolons, slashes, line breaks, spaced dashes) into pieces, and each piece is read
as a person, an agency or outlet, a place, a desk, or nothing. :class:`Reading` keeps
the people in printed order and the agencies it met; :func:`read_people` reads a whole
list. :mod:`accordlib.wire.byline` splits a byline into such lists first;
:mod:`accordlib.wire.credits` reads the names of credit lines with it.
"""

from __future__ import annotations

import enum

import regex

from accordlib._util.lazy import Lazy, lazy_regex
from accordlib._util.tables import read_table
from accordlib.countries.lookup import get_country
from accordlib.wire.agencies import (
    agency_info,
    agency_last_words,
    canonical_agency,
)
from accordlib.wire.byline_words import (
    HONORIFICS,
    NOT_NAME,
    NOT_PLAIN,
    PARTICLES,
    ROLE_NOUNS,
    ROLE_WORDS,
    SECTIONS,
)
from accordlib.wire.name_case import person_case
from accordlib.wire.outlet_words import (
    AFFILIATION,
    AGENCY_NAME,
    CAMEL,
    DESK,
    FOR_OUTLET,
    GENERIC_SOURCES,
    NICKNAME,
    OFFICE,
    PERSON_ROLES,
    QUALIFIER,
    ROMAN_NUMERAL,
    THE_NAME,
    article_title,
    outlet_worded,
)
from accordlib.wire.outlets import (
    CODE_LETTERS,
    MAX_OUTLET_WORDS,
    brand,
    compound_outlet,
    is_code,
    is_place,
    lone_outlet,
    site_name,
    source_name,
)
from accordlib.wire.places import known_city

__all__ = [
    "EMAIL",
    "LEAD",
    "LEAD_FIRST",
    "LINK",
    "SPLIT",
    "Mode",
    "Reading",
    "clean_people",
    "plain_name",
    "read_people",
]

#: "By", "BY:", "From", "Words by", "Written by" before the people.
LEAD = lazy_regex(
    r"""
    \A[\s|\ufeff\u200b]*+
    (?:(?:words|written|story|text|interview|reported|compiled|photos?)[ \t]++)?+   # "Words by"
    (?:by|from|von(?=[ \t]++(?!(?i:der|dem|den|zu)\b)\S))(?![\w'’-])[ \t]*+:?+[ \t]*+  # "By", "From", "Von"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: ASCII characters that may start a byline lead ("By", "From", "Words by", "| By", "Von").
LEAD_FIRST = frozenset("|bfwsticrpvBFWSTICRPV")

#: What is never part of a name: e-mail addresses, handles, links, "Updated 3:04 PM EST ...".
#: Each is looked for only when a cheap test says it may be there.
EMAIL = lazy_regex(r"[\w.+-]++@[\w-]++(?:\.[\w-]++)*+|(?<!\w)@\w{1,30}+")
LINK = lazy_regex(r"(?:https?://|www\.)\S{1,200}+", regex.IGNORECASE)
_STAMP = lazy_regex(r"\b(?:updated|published|posted)\b.{0,200}+\Z", regex.IGNORECASE)

#: Separators between people: commas (with an Oxford "and"), "and", "&", semicolons,
#: slashes, line breaks, spaced dashes.
SPLIT = lazy_regex(
    r"[ \t]*+[,;|/\n&](?:[ \t\n]++(?:and|AND|&)(?=[ \t]))?+[ \t\n]*+"
    # "and" after "The" and one word joins an outlet's name ("The Globe and Mail")
    r"|(?<!\bThe[ \t]\p{Lu}\p{Ll}{1,20})[ \t]++(?:and|AND)[ \t]++"
    r"|[ \t]++(?:and|AND)[ \t]++(?!\p{Lu}\p{Ll}++[ \t]*+(?:[,;|\n]|\Z))"
    r"|[ \t]++(?:with|und|et|y|[-–—])[ \t]++"
)

#: What a name is made of: letters (with their marks), points, apostrophes, hyphens, spaces.
_NAME_CHARS = lazy_regex(r"[\p{L}\p{M}.'’\- \t\n]++")

#: Words of a role line: role nouns and the words that may precede them.
_ROLE_LINE_WORDS = ROLE_WORDS | ROLE_NOUNS
#: A list of this many sources or more that names a place lists a site's sections.
_CATEGORY_PIECES = 3
#: A plain name has this many words ("Anna Kowalski", "Mira Anand Sood").
_PLAIN_WORDS = (2, 3)
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


class Mode(enum.Enum):
    """What the pieces of a list are expected to be."""

    #: People, and agencies or outlets among them ("By Ana Ruiz, CNN").
    PEOPLE = "people"
    #: People only, whatever they look like ("Editor: James").
    PERSONS = "persons"
    #: Agencies and outlets only ("Source: Xinhua", "Published in Dawn").
    OUTLETS = "outlets"


# ---------------------------------------------------------------------------- roles, agencies


def _strip_role(tokens: list[str]) -> tuple[list[str], str | None]:
    """Remove a trailing job title ("AP Diplomatic Writer"); return the agency it names."""
    if not tokens or tokens[-1].casefold().rstrip(".,") not in ROLE_NOUNS:
        return tokens, None
    end = len(tokens) - 1
    while end > 0 and tokens[end - 1].casefold().rstrip(".,") in _ROLE_LINE_WORDS:
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


def _role_code(tokens: list[str]) -> str | None:
    """An outlet's code in capitals before a role ("IFP Editorial Staff": "IFP")."""
    rest, agency = _strip_role(tokens)
    if len(rest) == 1 < len(tokens) and agency is None and is_code(rest[0]):
        return rest[0]
    return None


def _strip_leading_role(tokens: list[str]) -> tuple[list[str], str | None]:
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


def _place_section(tokens: list[str]) -> bool:
    """Whether a piece is a site's section named by a place ("Canada Politics", "Japan
    Business"): a section word after a place; a person's name ends in neither."""
    return (
        len(tokens) > 1 and tokens[-1].casefold() in SECTIONS and is_place(" ".join(tokens[:-1]))
    )


def _affiliated_agency(affiliation: str) -> str | None:
    """The agency an affiliation names when it says whom the person wrote for ("for
    Reuters", "special to The Associated Press"); a place ("in Cairo") names none."""
    words = affiliation.split()
    if not words or words[0].casefold() not in {"for", "special"}:
        return None
    rest = words[2:] if words[0].casefold() == "special" else words[1:]
    return canonical_agency(" ".join(rest)) if rest else None


def _strip_agency(tokens: list[str]) -> tuple[list[str], str | None]:
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
        len(tokens) <= _PLAIN_WORDS[0]
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
    if len(tokens) not in _PLAIN_WORDS:
        return False
    for token in tokens:
        if not (token.isalpha() and token[0].isupper() and token[1:].islower()):
            return False
        if token.casefold() in NOT_PLAIN:
            return False
    return (
        tokens[-1].casefold() not in agency_last_words()
        and not _place_section(tokens)
        and not article_title(tokens)
    )


def _after_roles(tokens: list[str]) -> list[str]:
    """The words after a leading role ("Staff Correspondent Barta24.com": "Barta24.com")."""
    index = 0
    while index < len(tokens) - 1 and tokens[index].casefold() in _ROLE_LINE_WORDS:
        index += 1
    return tokens[index:]


def _outlet_words(outlet: str) -> bool:
    """Whether the words before a desk name an outlet ("Outlook" in "Outlook Web Desk"),
    not a role ("Staff" in "Staff Report"); a title with "The" is one ("The National staff")."""
    words = outlet.split()
    return (
        bool(words)
        and all(word[:1].isupper() for word in words)
        and (
            THE_NAME.fullmatch(outlet) is not None
            or not all(
                word.casefold() in _ROLE_LINE_WORDS or word.casefold() in NOT_NAME
                for word in words
            )
        )
    )


def _is_name(tokens: list[str]) -> bool:
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


def _agency_then_place(tokens: list[str]) -> bool:
    """Whether a piece is an agency's one-word name and a city ("Reuters Ankara", "AFP
    New Delhi"): no person. A country after a brand is its edition ("CNN Chile")."""
    return canonical_agency(tokens[0]) is not None and known_city(" ".join(tokens[1:]))


def _read_script_outlet_words() -> frozenset[str]:
    rows = read_table("byline_words.tsv")
    return frozenset(row["word"] for row in rows if row["kind"] == "outlet_word")


#: English media words in other scripts ("न्यूज़", "প্রেস"), from byline_words.tsv.
_SCRIPT_OUTLET_WORDS = Lazy(_read_script_outlet_words)


def _read_company_words() -> frozenset[str]:
    rows = read_table("byline_words.tsv")
    return frozenset(row["word"] for row in rows if row["kind"] == "company")


#: The legal forms after a company's name ("inc", "ltd"), from byline_words.tsv.
_COMPANY_WORDS = Lazy(_read_company_words)


def _script_outlet(tokens: list[str]) -> bool:
    """Whether a piece in a script other than Latin holds an English media word written in
    that script ("<Newsgate> प्रैस नेटवर्क": Press Network), as outlets' names do."""
    return (
        bool(tokens)
        and not tokens[0][:1].isascii()
        and any(token.casefold() in _SCRIPT_OUTLET_WORDS.get() for token in tokens)
    )


def _state_body(tokens: list[str]) -> bool:
    """Whether a piece names a body of a state: a place, then words ending with an
    institution's noun ("Egypt State Information Service", "Kenya News Agency"), not a
    person's role ("Kenya Bureau Chief" ends with one)."""
    last = tokens[-1].casefold() if tokens else ""
    return (
        len(tokens) > _PLAIN_WORDS[0]
        and last in ROLE_NOUNS
        and last not in PERSON_ROLES
        and last != "staff"  # "JERUSALEM POST STAFF": the paper's staff
        and all(token[:1].isupper() and not token.isupper() for token in tokens)
        and tokens[0].isalpha()
        and is_place(tokens[0])
        and canonical_agency(" ".join(tokens[1:])) is None  # "Ankara Anadolu Agency"
    )


def _city_after_name(tokens: list[str]) -> bool:
    """Whether a plain name is followed by a known city in capitals, the dateline that a
    scraped page glued to its byline ("Ana Ruiz WINDHOEK")."""
    last = tokens[-1] if tokens else ""
    return (
        len(tokens) - 1 in _PLAIN_WORDS
        and last.isupper()
        and last.isalpha()
        and known_city(last)
        and plain_name(tokens[:-1])
    )


def _initial(token: str) -> bool:
    """Whether a word is an initial: one capital and a point ("A.", "J.")."""
    return len(token) == 2 and token[0].isupper() and token[1] == "."  # noqa: PLR2004


#: A body's code and its country ("DPI Guyana") are two words; the code has three
#: capitals at least.
_CODE_COUNTRY_WORDS = 2
_CODE_MIN = 3


def _owner(tokens: list[str]) -> str | None:
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


def _outlet(part: str, tokens: list[str]) -> str | None:
    """The outlet that a piece with a media word names ("Daily Mail Reporter": "Daily
    Mail"), canonical when it is in the agency table, or whose name has an outlet's shape
    ("Newsday", "BioBio Chile"); ``None`` when it names none."""
    if compound_outlet(tokens) or _code_and_country(tokens):
        return part
    if not (
        part[:1].isupper()
        and outlet_worded(part)
        and _NAME_CHARS.fullmatch(part)
        and len(tokens) <= MAX_OUTLET_WORDS
    ):
        return None
    if len(tokens) > _PLAIN_WORDS[0] and " ".join(tokens[-2:]).casefold() in SECTIONS:
        tokens = tokens[:-2]  # "Jakarta Post Latest News": the outlet, then a section
    core = tokens if AGENCY_NAME.search(part) else (_strip_role(tokens)[0] or tokens)
    known = canonical_agency(" ".join(core))
    if known is not None:
        return known
    rest, trailing = _strip_agency(core)
    if trailing is not None:
        return None if rest else trailing  # "JOSEF FEDERMAN Associated Press": a person
    return " ".join(core)


def _trimmed(piece: str) -> str:
    """A piece without the marks around it, its quotes and a sentence's full stop;
    empty when no word is left (a piece of no-break spaces: callers read its first word)."""
    part = piece.strip(' \t:-–—()[]<>"•·')
    if not part.endswith("ng'") or part[:1] == "'":
        part = part.strip(" '")  # quotes go; Luo spelling keeps ng' ("Ochieng'")
    if part.endswith(".") and (
        len(part.rsplit(" ", 1)[-1]) > _ABBREVIATION_MAX
        or canonical_agency(part[:-1])
        or (len(part) > _PLAIN_WORDS[0] + 1 and part[:-1].isalpha() and part[:-1].isupper())
    ):  # "Avec ACP.": a code's full stop too
        part = part[:-1]  # a full stop, not the point of "Jr." or "J." ("EFE." at a foot)
    return part if not part.isspace() else ""


class Reading:
    """The people and the agencies read so far, in printed order.

    :attr:`agency` is the first wire agency of the table among the agencies met, else the
    first agency or outlet met ("(MENAFN- The Peninsula) QNA" is QNA's story).
    """

    __slots__ = ("_agencies", "authors")

    def __init__(self) -> None:
        self.authors: list[str] = []
        self._agencies: list[str] = []

    @property
    def agency(self) -> str | None:
        agencies = [name for name in self._agencies if name not in self.authors]
        for name in agencies:
            info = agency_info(name)
            if info is not None and info.kind == "agency" and info.name == name:
                return name
        # a name offered as an outlet that is also an author is the author's, printed twice
        # ("Valentín Romero Por Valentín Romero")
        return agencies[0] if agencies else None

    def add(self, name: str) -> None:
        if name not in self.authors:
            self.authors.append(name)

    def offer(self, agency: str | None) -> None:
        if agency is not None and agency not in self._agencies:
            self._agencies.append(agency)

    def piece(self, piece: str, *, last: bool, mode: Mode = Mode.PEOPLE) -> None:
        """Read one piece between separators: a person, an agency, an outlet or nothing."""
        part = _trimmed(piece)
        if not part:
            return
        tokens = part.split()
        if mode is Mode.OUTLETS:
            self._source(part, tokens)
            return
        if mode is Mode.PERSONS and DESK.get().fullmatch(part):
            self._outlet_or_desk(part, tokens)  # "Author: Web Desk": no person
            return
        if self._role_or_office(part, tokens):
            return  # "Online Writer", "Council of Europe Commissioner ...": no person
        owner = _owner(tokens)
        if owner is not None:
            self.offer(owner)  # "CNN's Jennifer Hansler"
            tokens = tokens[1:]
            part = " ".join(tokens)
        if self._shaped(part, tokens):
            return  # "Canada Politics", "Reuters Ankara", "Anna Kowalski", ...
        cut = part
        if len(tokens) > _PLAIN_WORDS[0]:
            cut = self._affiliation_out(QUALIFIER.sub("", part))
            if plain_name(cut.split()):
                self.add(cut)  # "Omar Khalil in Warsaw", "Ana Ruiz reporting from Brussels"
                return
        if mode is Mode.PEOPLE and (
            self._person_then_outlet(tokens) or self._not_a_person(part, tokens)
        ):
            return  # "DAVID AGREN The News": a person, then the outlet; "Ankara": no person
        part = cut
        tokens = part.split()
        if _NAME_CHARS.fullmatch(part) and all(t[0].isalpha() for t in tokens):
            self.name(tokens, last=last, mode=mode)  # else digits or symbols: not a name

    def _shaped(self, part: str, tokens: list[str]) -> bool:
        """Read a piece whose shape says what it is, and say whether it had one: a site's
        section ("Canada Politics"), a state's news body ("Egypt State Information
        Service"), an agency and a place ("Reuters Ankara"), a plain name ("Anna
        Kowalski") or a name and a dateline's city ("Ana Ruiz WINDHOEK")."""
        if _place_section(tokens):
            return True  # a site's section for a country or region: nobody named
        if _state_body(tokens) or _script_outlet(tokens):
            self.offer(part)  # or "<Newsgate> प्रैस नेटवर्क": media words in another script
            return True
        if len(tokens) > 1 and _agency_then_place(tokens):
            self.offer(canonical_agency(tokens[0]))  # the place goes
            return True
        if plain_name(tokens) and not is_place(part):
            self.add(part)  # the common case
            return True
        if _city_after_name(tokens):
            self.add(" ".join(tokens[:-1]))  # the city glued by a scraped page goes
            return True
        return False

    def _source(self, part: str, tokens: list[str]) -> None:
        """Read a source: an agency or an outlet, with its reporter after it and no mark
        between ("Fuente: El Deber Marcelo Tedesqui", "Source: EFE Ana Ruiz": a known
        agency or a paper's title of an article and a word, then a plain name)."""
        for size in (1, _PLAIN_WORDS[0]):
            head, rest = tokens[:size], tokens[size:]
            known = canonical_agency(head[0]) if size == 1 else None
            titled = known is not None or (size > 1 and article_title(head))
            if titled and plain_name(rest) and not is_place(" ".join(rest)):
                self.offer(known or " ".join(head))
                self.add(" ".join(rest))
                return
        self.offer(source_name(part))

    def _role_or_office(self, part: str, tokens: list[str]) -> bool:
        """Read a piece that names a role ("Online Writer"), an office after the person
        ("Council of Europe Commissioner for Human Rights") or the outlet the person wrote
        for ("for the Pulitzer Center", offered); say whether it was one of these."""
        if (
            len(tokens) > 1
            and tokens[-1].casefold() in PERSON_ROLES
            and all(token.casefold() in _ROLE_LINE_WORDS for token in tokens)
            and not any(canonical_agency(token) for token in tokens)  # "AP Diplomatic Writer"
        ):
            return True
        if len(tokens) == _PLAIN_WORDS[0] and tokens[0].casefold() == "staff":
            self.offer(canonical_agency(tokens[1]))  # "Staff Reuters": Reuters' staff
            return True  # "Staff Consortium": an outlet's staff, no person
        if not self.authors:
            return False
        outlet = FOR_OUTLET.fullmatch(part)
        if outlet is not None:
            self.offer(canonical_agency(outlet["name"]) or outlet["name"])
            return True
        return OFFICE.search(part) is not None and canonical_agency(part) is None

    def _person_then_outlet(self, tokens: list[str]) -> bool:
        """Read "DAVID AGREN The News" (a name, then an outlet led by "The") as both, and
        a plain name before an outlet that a role or a known agency marks ("Ana Ruiz
        Herald Reporter", "Ana Ruiz BBC Radio")."""
        if "The" not in tokens[2:]:
            return self._person_then_marked_outlet(tokens)
        index = tokens.index("The", 2)
        outlet = " ".join(tokens[index:])
        if not outlet_worded(outlet):
            return False
        name = tokens[:index]
        if not _is_name(name) or len(name) > _PLAIN_WORDS[-1]:
            return False
        self.add(person_case(name))
        self.offer(canonical_agency(outlet) or outlet)
        return True

    def _person_then_marked_outlet(self, tokens: list[str]) -> bool:
        """Read a plain name, then an outlet ended by a role ("Ana Ruiz Herald Reporter":
        the paper's reporter) or led by a known agency ("Ana Ruiz BBC Radio"). Without
        such a mark the words stay one piece: "New Straits Times" is no "New Straits"."""
        if canonical_agency(" ".join(tokens)) is not None:
            return False  # "Islamic Republic News Agency": one agency
        core = tokens
        while len(core) > _PLAIN_WORDS[0] and core[-1].casefold().rstrip(".,") in PERSON_ROLES:
            core = core[:-1]
        role = len(core) < len(tokens)
        if (
            len(core) == _PLAIN_WORDS[0]
            and site_name(core[1])
            and _is_name(core[:1])
            and canonical_agency(core[0]) is None  # "Xinhua Net.com": the agency's site
        ):
            self.add(core[0])  # "By Rohit News18.com": one name, then the site
            self.offer(site_name(core[1]))
            return True
        for size in reversed(_PLAIN_WORDS):
            name, outlet = core[:size], core[size:]
            if not outlet or not plain_name(name) or is_place(" ".join(name)):
                continue
            if len(outlet) == 1 and site_name(outlet[0]) is not None:
                named = site_name(outlet[0])  # "Rohit News18.com": a person, the site
            elif role or canonical_agency(outlet[0]) is not None:
                named = _outlet(" ".join(outlet), outlet)
            else:
                named = None
            if named is not None:
                self.add(" ".join(name))
                self.offer(named)
                return True
        return False

    def _affiliation_out(self, part: str) -> str:
        """A name without the affiliation after it; the agency it says the person wrote
        for is offered ("Ana Ruiz for Reuters")."""
        affiliation = AFFILIATION.search(part)
        if affiliation is None:
            return part
        self.offer(_affiliated_agency(affiliation[0]))
        return part[: affiliation.start()]

    def _not_a_person(self, part: str, tokens: list[str]) -> bool:
        """Read what cannot be a person — an agency, an outlet, a place, a desk, a section,
        a code — and say whether it was one of these."""
        whole = canonical_agency(part)
        if whole is not None:
            self.offer(whole)
            return True
        site = site_name(tokens[-1]) if tokens and _after_roles(tokens) == tokens[-1:] else None
        if site is not None:
            self.offer(site)
            return True  # "www.trend.az", "CCTV.com", "Staff Correspondent Barta24.com"
        if is_place(part) or part.casefold() in SECTIONS or part.casefold() in GENERIC_SOURCES:
            return True  # "Ankara", "Politics", "Agencies"
        return self._outlet_or_desk(part, tokens)

    def _outlet_or_desk(self, part: str, tokens: list[str]) -> bool:
        desk = DESK.get().fullmatch(part)
        if desk is not None:
            outlet = desk["outlet"].strip()
            if _outlet_words(outlet):
                self.offer(canonical_agency(outlet) or outlet)
            return True  # "Outlook Web Desk", "News Desk", "Editorial Team"
        if len(tokens) > 1 and tokens[-1].casefold() in SECTIONS:
            rest = tokens[:-1]  # a section after an outlet: "Greenwatch Desk Diplomacy"
            if canonical_agency(" ".join(rest)) is not None or DESK.get().fullmatch(
                " ".join(rest)
            ):
                return self._not_a_person(" ".join(rest), rest)
        named = brand(part, tokens)
        if named is None:
            named = _outlet(part, tokens)  # "Daily Sabah", "Korea Herald", "Newsday"
        if named is None and (THE_NAME.fullmatch(part) or article_title(tokens)):
            named = part  # "The Huffington Post", "La Jornada": no person's name starts so
        if named is not None:
            self.offer(named)
            return True
        if len(tokens) == 1 and (is_code(part) or CAMEL.match(part)):
            if not self._agencies and not self.authors and lone_outlet(part):
                self.offer(part)  # "(RSS)", "SuchTv": an agency or outlet as printed
            return True  # "MPBSK" after "PTI": a desk's code
        return False

    def _full_names_only(self) -> bool:
        """Whether every author read so far has a full name (or none was read)."""
        return all(" " in author for author in self.authors)

    def name(self, tokens: list[str], *, last: bool, mode: Mode = Mode.PEOPLE) -> None:
        """Read a name with roles and agencies around it ("Dr. Jane Smith, AP Writer")."""
        if len(tokens) > _PLAIN_WORDS[0] and tokens[0] in HONORIFICS:
            tokens = tokens[1:]  # "Dr. Jane Smith": the person, not the title
        tokens, lead_agency = _strip_leading_role(tokens)
        code = _role_code(tokens)
        if code is not None:
            self.offer(code)  # "IFP Editorial Staff": an outlet's code, not a person
            return
        tokens, role_agency = _strip_role(tokens)
        tokens, found = _strip_agency(tokens)
        self.offer(role_agency or lead_agency or found)
        if tokens and tokens[-1].casefold() == "staff":
            tokens = tokens[:-1]
        if not _is_name(tokens):
            return
        if (
            mode is Mode.PEOPLE
            and len(tokens) == 1
            and not self._agencies
            and last
            and any(" " in author for author in self.authors)
        ):
            self.offer(tokens[0])  # "By Lucas Ropek, Gizmodo": an outlet after the people
            return
        if (
            mode is Mode.PEOPLE
            and len(tokens) == 1
            and last
            and self._agencies
            and self._full_names_only()
        ):
            # "Reuters, Mosul", "Barta24.com, Sylhet", "Ana Ruiz BBC, Zomba": the place
            # after the outlet, where a bureau files from; a one-word name after full
            # names and an agency is no colleague's
            return
        self.add(person_case(tokens))


def clean_people(text: str) -> str:
    """A list without its lead ("By", "Words by"), e-mail addresses, links, stamps and
    nicknames."""
    body = text
    first = text[:1]
    # an ASCII first character must start a lead word
    lead = LEAD.match(body) if first in LEAD_FIRST or not first.isascii() else None
    if lead is not None:
        body = body[lead.end() :]
    if "@" in body:
        body = EMAIL.sub(" ", body)
    lowered = body.casefold()
    if "http" in lowered or "www." in lowered:
        body = LINK.sub(" ", body)
    if "updated" in lowered or "published" in lowered or "posted" in lowered:
        body = _STAMP.sub(" ", body)
    if '"' in body or "“" in body or "‘" in body or "'" in body:
        body = NICKNAME.sub("", body)
    return body


def read_people(text: str, reading: Reading | None = None, mode: Mode = Mode.PEOPLE) -> Reading:
    """Read a list of people ("Ana Ruiz, Tom B. Lee, and Kim Park"; "By MATTHEW LEE and
    JOSEF FEDERMAN Associated Press") into ``reading`` (a new one by default)."""
    reading = Reading() if reading is None else reading
    pieces = SPLIT.split(clean_people(text))
    if mode is Mode.OUTLETS and len(pieces) >= _CATEGORY_PIECES and any(map(is_place, pieces)):
        return reading  # "Published in: Europe & Russia, Israel, Middle East, News": sections
    if len(pieces) > 1 and _trimmed(pieces[-1]).casefold().rstrip(".") in _COMPANY_WORDS.get():
        pieces = pieces[:-1]  # "Cable News Network, Inc.": the owner's legal form goes
    if len(pieces) > 1 and _town_and_country(pieces[-2], pieces[-1]):
        pieces = pieces[:-2]  # "Ana Ruiz, Benaulim, India": the place she wrote from
    last = len(pieces) - 1
    for index, piece in enumerate(pieces):
        reading.piece(piece, last=index == last, mode=mode)
    return reading


def _town_and_country(town: str, country: str) -> bool:
    """Whether the last two pieces of a list are a town of one word and its country
    ("Benaulim", "India"), printed where the writer filed from."""
    word = _trimmed(town)
    return (
        word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and canonical_agency(word) is None
        and not known_city(_trimmed(country))  # "Warta, NAIROBI": a capital is no country
        and get_country(_trimmed(country)) is not None
    )
