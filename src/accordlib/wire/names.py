"""People and outlets in a list: the names of a byline or a credit, read one by one.

A list is split at its separators (commas, "and" — with or without an Oxford comma —,
"&", semicolons, slashes, line breaks, spaced dashes) into pieces, and each piece is read
as a person, an agency or outlet, a place, a desk, or nothing (the questions asked of a
piece's words are in :mod:`accordlib.wire.name_pieces`). :class:`Reading` keeps
the people in printed order and the agencies it met; :func:`read_people` reads a whole
list. :mod:`accordlib.wire.byline` splits a byline into such lists first;
:mod:`accordlib.wire.credits` reads the names of credit lines with it.
"""

from __future__ import annotations

import enum

import regex

from accordlib._util.lazy import Lazy, lazy_regex
from accordlib._util.tables import read_table
from accordlib.wire.agencies import (
    agency_info,
    canonical_agency,
)
from accordlib.wire.byline_words import (
    HONORIFICS,
    OUTLET_WORDS,
    PARTICLES,
    ROLE_NOUNS,
    ROLE_WORDS,
    SECTIONS,
    is_section,
)
from accordlib.wire.name_case import person_case
from accordlib.wire.name_pieces import (
    NAME_CHARS,
    PLAIN_WORDS,
    ROLE_LINE_WORDS,
    affiliated_agency,
    after_roles,
    agency_then_place,
    city_after_name,
    desk_outlet,
    is_name,
    outlet_of,
    owner_agency,
    place_section,
    plain_name,
    role_code,
    script_outlet,
    state_body,
    strip_agency,
    strip_leading_role,
    strip_role,
    town_and_country,
    trimmed,
)
from accordlib.wire.outlet_words import (
    AFFILIATION,
    CAMEL,
    DESK,
    FOR_OUTLET,
    GENERIC_SOURCES,
    NICKNAME,
    OFFICE,
    PERSON_ROLES,
    QUALIFIER,
    THE_NAME,
    article_title,
    outlet_worded,
)
from accordlib.wire.outlets import (
    brand,
    is_code,
    is_place,
    lone_outlet,
    site_name,
    source_name,
)

__all__ = [
    "EMAIL",
    "LEAD",
    "LEAD_FIRST",
    "LINK",
    "SPLIT",
    "Mode",
    "Reading",
    "clean_people",
    "possessive_desk",
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

#: A list of this many sources or more that names a place lists a site's sections.
_CATEGORY_PIECES = 3


def _read_company_words() -> frozenset[str]:
    rows = read_table("byline_words.tsv")
    return frozenset(row["word"] for row in rows if row["kind"] == "company")


#: The legal forms after a company's name ("inc", "ltd"), from byline_words.tsv.
_COMPANY_WORDS = Lazy(_read_company_words)


class Mode(enum.Enum):
    """What the pieces of a list are expected to be."""

    #: People, and agencies or outlets among them ("By Ana Ruiz, CNN").
    PEOPLE = "people"
    #: People only, whatever they look like ("Editor: James").
    PERSONS = "persons"
    #: Agencies and outlets only ("Source: Xinhua", "Published in Dawn").
    OUTLETS = "outlets"


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
        part = trimmed(piece)
        if not part:
            return
        tokens = part.split()
        if mode is Mode.OUTLETS:
            self._source(part, tokens)
            return
        if possessive_desk(tokens):
            return  # "Our Correspondent", "Na Mwandishi Wetu": the paper's own, no one named
        if mode is Mode.PERSONS and DESK.get().fullmatch(part):
            self._outlet_or_desk(part, tokens)  # "Author: Web Desk": no person
            return
        if self._role_or_office(part, tokens):
            return  # "Online Writer", "Council of Europe Commissioner ...": no person
        owner = owner_agency(tokens)
        if owner is not None:
            self.offer(owner)  # "CNN's Jennifer Hansler"
            tokens = tokens[1:]
            part = " ".join(tokens)
        if len(tokens) > PLAIN_WORDS[0] and _section_first(tokens):
            tokens = tokens[1:]  # "World Ana Ruiz": the site's section, then the writer
            part = " ".join(tokens)
        if self._shaped(part, tokens):
            return  # "Canada Politics", "Reuters Ankara", "Anna Kowalski", ...
        cut = part
        if len(tokens) > PLAIN_WORDS[0]:
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
        if NAME_CHARS.fullmatch(part) and all(t[0].isalpha() for t in tokens):
            self.name(tokens, last=last, mode=mode)  # else digits or symbols: not a name

    def _shaped(self, part: str, tokens: list[str]) -> bool:
        """Read a piece whose shape says what it is, and say whether it had one: a site's
        section ("Canada Politics"), a state's news body ("Egypt State Information
        Service"), an agency and a place ("Reuters Ankara"), a plain name ("Anna
        Kowalski") or a name and a dateline's city ("Ana Ruiz WINDHOEK")."""
        if place_section(tokens):
            return True  # a site's section for a country or region: nobody named
        if state_body(tokens) or script_outlet(tokens):
            self.offer(part)  # or "<Newsgate> प्रैस नेटवर्क": media words in another script
            return True
        if len(tokens) > 1 and agency_then_place(tokens):
            self.offer(canonical_agency(tokens[0]) or tokens[0])  # the place goes
            return True
        if plain_name(tokens) and not is_place(part):
            self.add(part)  # the common case
            return True
        city = city_after_name(tokens)
        if city:
            self.add(person_case(tokens[:-city]))  # the reporter's station goes
            return True
        return False

    def _source(self, part: str, tokens: list[str]) -> None:
        """Read a source: an agency or an outlet, with its reporter after it and no mark
        between ("Fuente: El Deber Marcelo Tedesqui", "Source: EFE Ana Ruiz": a known
        agency or a paper's title of an article and a word, then a plain name)."""
        for size in (1, PLAIN_WORDS[0]):
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
            and all(token.casefold() in ROLE_LINE_WORDS for token in tokens)
            and not any(canonical_agency(token) for token in tokens)  # "AP Diplomatic Writer"
        ):
            return True
        if len(tokens) == PLAIN_WORDS[0] and tokens[0].casefold() == "staff":
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
        if not is_name(name) or len(name) > PLAIN_WORDS[-1]:
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
        while len(core) > PLAIN_WORDS[0] and core[-1].casefold().rstrip(".,") in PERSON_ROLES:
            core = core[:-1]
        role = len(core) < len(tokens)
        if (
            len(core) == PLAIN_WORDS[0]
            and site_name(core[1])
            and is_name(core[:1])
            and canonical_agency(core[0]) is None  # "Xinhua Net.com": the agency's site
        ):
            self.add(core[0])  # "By Rohit News18.com": one name, then the site
            self.offer(site_name(core[1]))
            return True
        for size in reversed(PLAIN_WORDS):
            name, outlet = core[:size], core[size:]
            if not outlet or not plain_name(name) or is_place(" ".join(name)):
                continue
            if len(outlet) == 1 and site_name(outlet[0]) is not None:
                named = site_name(outlet[0])  # "Rohit News18.com": a person, the site
            elif role or canonical_agency(outlet[0]) is not None:
                named = outlet_of(" ".join(outlet), outlet)
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
        self.offer(affiliated_agency(affiliation[0]))
        return part[: affiliation.start()]

    def _not_a_person(self, part: str, tokens: list[str]) -> bool:
        """Read what cannot be a person — an agency, an outlet, a place, a desk, a section,
        a code — and say whether it was one of these."""
        whole = canonical_agency(part)
        if whole is not None:
            self.offer(whole)
            return True
        site = site_name(tokens[-1]) if tokens and after_roles(tokens) == tokens[-1:] else None
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
            if desk_outlet(outlet):
                self.offer(canonical_agency(outlet) or outlet)
            return True  # "Outlook Web Desk", "News Desk", "Editorial Team"
        if len(tokens) > 1 and is_section(tokens[-1]) and self._section_after(tokens):
            return True  # "Greenwatch Desk Diplomacy", "RSS COMMENTARY"
        named = brand(part, tokens)
        if named is None:
            named = outlet_of(part, tokens)  # "Daily Sabah", "Korea Herald", "Newsday"
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

    def _section_after(self, tokens: list[str]) -> bool:
        """Read a section after an outlet ("Greenwatch Desk Diplomacy") or after an
        agency's code ("RSS COMMENTARY": the code and its rubric), and say whether it was
        one; "KTN News" is one name."""
        rest = tokens[:-1]
        if canonical_agency(" ".join(rest)) is not None or DESK.get().fullmatch(" ".join(rest)):
            return self._not_a_person(" ".join(rest), rest)
        if (
            len(rest) == 1
            and is_code(rest[0])
            and not is_place(rest[0])
            and tokens[-1].casefold() not in OUTLET_WORDS
        ):
            self.offer(rest[0])
            return True
        return False

    def _full_names_only(self) -> bool:
        """Whether every author read so far has a full name (or none was read)."""
        return all(" " in author for author in self.authors)

    def name(self, tokens: list[str], *, last: bool, mode: Mode = Mode.PEOPLE) -> None:
        """Read a name with roles and agencies around it ("Dr. Jane Smith, AP Writer")."""
        if len(tokens) > PLAIN_WORDS[0] and tokens[0] in HONORIFICS:
            tokens = tokens[1:]  # "Dr. Jane Smith": the person, not the title
        tokens, lead_agency = strip_leading_role(tokens)
        code = role_code(tokens)
        if code is not None:
            self.offer(code)  # "IFP Editorial Staff": an outlet's code, not a person
            return
        tokens, role_agency = strip_role(tokens)
        tokens, found = _trailing_agency(tokens)
        self.offer(role_agency or lead_agency or found)
        if tokens and tokens[-1].casefold() == "staff":
            tokens = tokens[:-1]
        if not is_name(tokens):
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


#: Sections named by an adjective, which also open the names of bodies and offices
#: ("International Monetary Fund", "Defense Secretary ..."): never read as a section
#: before a writer's name.
_ADJECTIVE_SECTIONS = frozenset({"national", "international", "local", "defence", "defense"})


def _trailing_agency(tokens: list[str]) -> tuple[list[str], str | None]:
    """A name without the agency after it and the connector before that agency ("Ana
    Ruiz da CNN", "Ana Ruiz de EFE"), and the agency."""
    tokens, found = strip_agency(tokens)
    if found is not None:
        while len(tokens) > PLAIN_WORDS[0] and tokens[-1] in PARTICLES:
            tokens = tokens[:-1]
    return tokens, found


def _read_desk_words() -> dict[str, frozenset[str]]:
    kinds = ("desk_possessive", "desk_role", "desk_link")
    rows = read_table("byline_words.tsv")
    return {kind: frozenset(row["word"] for row in rows if row["kind"] == kind) for kind in kinds}


#: The words of a newsroom's own credit in several languages, from byline_words.tsv:
#: "our" ("our", "wetu", "nuestro"), role nouns beyond English ones ("mwandishi",
#: "corresponsal") and the links before them ("na", "de").
_DESK_WORDS = Lazy(_read_desk_words)


def possessive_desk(tokens: list[str]) -> bool:
    """Whether a piece is a newsroom's own credit: "our" and a role, with role words and a
    link around them ("Our Staff Reporter", "Na Mwandishi Wetu", "De nuestro
    corresponsal"), in any case; nobody is named."""
    words = _DESK_WORDS.get()
    folded = [token.casefold() for token in tokens]
    if not any(word in words["desk_possessive"] for word in folded):
        return False
    roles = ROLE_NOUNS | words["desk_role"]
    if not any(word in roles for word in folded):
        return False
    allowed = roles | ROLE_WORDS | words["desk_possessive"] | words["desk_link"]
    return all(word in allowed for word in folded)


def _section_first(tokens: list[str]) -> bool:
    """Whether a piece is a site's section in name case, then a plain name of two words
    ("World Ana Ruiz", "Opinion Ana Ruiz"), as listing pages print a story's section and
    writer."""
    first = tokens[0]
    return (
        len(tokens) == PLAIN_WORDS[-1]
        and first[:1].isupper()
        and first[1:].islower()
        and first.casefold() not in _ADJECTIVE_SECTIONS
        and is_section(first)
        and plain_name(tokens[1:])
        and not is_place(" ".join(tokens[1:]))
    )


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
    if len(pieces) > 1 and trimmed(pieces[-1]).casefold().rstrip(".") in _COMPANY_WORDS.get():
        pieces = pieces[:-1]  # "Cable News Network, Inc.": the owner's legal form goes
    if len(pieces) > 1 and town_and_country(pieces[-2], pieces[-1]):
        pieces = pieces[:-2]  # "Ana Ruiz, Benaulim, India": the place she wrote from
    last = len(pieces) - 1
    for index, piece in enumerate(pieces):
        reading.piece(piece, last=index == last, mode=mode)
    return reading
