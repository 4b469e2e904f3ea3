"""The vocabularies of the actor recogniser (:mod:`accordlib.extract.actors`), built on first use.

Every phrase that can name a party, from eight tables of :mod:`accordlib.data`, goes into
one token trie keyed by case-folded words, each phrase with the :class:`Party` it names and
the case it must be printed in:

* ``actor_organizations.tsv`` and PETRARCH-2's ``igo_actors.tsv``: international
  organisations (IGO, NGO) and companies (MNC, marked ``corporate``);
* ``actor_bodies.tsv`` and the state bodies of ``organizations.tsv``: "the Pentagon",
  "the Knesset", each with its state;
* ``actor_groups.tsv``: non-state armed and political groups and blocs;
* ``actor_roles.tsv`` and PETRARCH-2's ``agents.tsv``: role nouns with their CAMEO agent
  codes ("troops" MIL, "rebels" REB, "officials" GOV);
* ``agencies.tsv`` and the media of ``igo_actors.tsv``: news agencies and outlets, which
  are never parties (their span is skipped);
* ``regions.tsv``: a state's subdivisions, parties only with a role noun ("the Northern
  Ireland government" is an organ of the United Kingdom).

``actor_cues.tsv``, ``honorifics.tsv``, ``name_words.tsv`` and the verb forms of
``lexicon_verbs.tsv`` give the cues of name-only actors. Nothing is read until the first
call of :func:`tables`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Final

from accordlib._util.lazy import Lazy, lazy_re
from accordlib._util.tables import Row, read_table
from accordlib._util.text import strip_accents
from accordlib.countries.lookup import get_country
from accordlib.events.kinds import ActorKind

__all__ = [
    "CASE_ANY",
    "CASE_CAP",
    "CASE_UPPER",
    "TOKEN",
    "ActorTables",
    "Node",
    "Party",
    "PartyKind",
    "Reading",
    "fold",
    "phrase_key",
    "tables",
]

#: One token: an abbreviation with dots ("U.S."), a word (with inner apostrophes:
#: "d'Orsay"), a possessive ("'s") or one other character. Hyphens are tokens of their own,
#: which :func:`fold` drops, so "al-Qaeda" and "al Qaeda" are the same two words.
TOKEN: Final = lazy_re(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*|['’][sS]\b|[^\w\s]")
#: Characters that join the parts of a word and are dropped from keys.
_HYPHENS: Final = frozenset("-\u2010\u2011")

#: How a phrase must be printed: in any case, capitalised, or in capitals.
CASE_ANY: Final = ""
CASE_CAP: Final = "cap"
CASE_UPPER: Final = "upper"
#: A generated organisation name of at most this many letters is an acronym.
_ACRONYM_LETTERS: Final = 4
#: Agent codes of PETRARCH-2's media entries in igo_actors.tsv.
_MEDIA_CODES: Final = ("MED",)


def fold(word: str) -> str:
    """The key of a token: lower case, no accents, one apostrophe; ``""`` for a hyphen."""
    if word in _HYPHENS:
        return ""
    key = word.lower()
    if not key.isascii():
        key = strip_accents(key).replace("\u2019", "'")
    return key


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The words of a phrase as the trie keys them."""
    return tuple(key for key in (fold(tok) for tok in TOKEN.findall(phrase)) if key)


class PartyKind(enum.Enum):
    """What a phrase of the tables names."""

    #: A role noun: "troops", "the foreign ministry", "rebels".
    ROLE = "role"
    #: A state's organ that stands for its state: "the Pentagon", "the Knesset".
    BODY = "body"
    #: An international organisation or a company.
    ORGANIZATION = "organization"
    #: A non-state armed or political group, or a bloc.
    GROUP = "group"
    #: A news agency or outlet: never a party; its span is skipped.
    MEDIA = "media"
    #: A state's subdivision: a party only with a role noun ("Northern Ireland ministers").
    REGION = "region"


class Party:
    """What one phrase of the tables names (shared by every mention of the phrase).

    ``name`` is how the party is written (a role noun as printed in the table); ``short``
    the party key (an organisation's or group's short name, a role noun's upper-cased
    name); ``code`` the CAMEO code (an organisation's full actor code, else the agent code
    that follows a country's code); ``country`` the alpha-3 code of a body's or group's
    state. A role noun is ``plural`` or not, ``attached`` when it names a party only beside
    a country or organisation, and knows its ``singular`` form.
    """

    __slots__ = (
        "actor_kind",
        "attached",
        "code",
        "corporate",
        "country",
        "kind",
        "name",
        "plural",
        "short",
        "singular",
    )

    def __init__(  # noqa: PLR0913 - a record of the tables' columns
        self,
        kind: PartyKind,
        name: str,
        *,
        short: str = "",
        code: str = "",
        country: str = "",
        plural: bool = False,
        attached: bool = False,
        corporate: bool = False,
        singular: str = "",
    ) -> None:
        self.kind = kind
        self.name = name
        self.short = short
        self.code = code
        self.country = country
        self.plural = plural
        self.attached = attached
        self.corporate = corporate
        self.singular = singular or name
        #: The kind of actor the party is: by its agent code for a role noun or body.
        self.actor_kind = _KIND_OF_KIND.get(kind) or _KIND_OF_AGENT.get(
            code[:_AGENT_ROOT], ActorKind.GROUP
        )

    def __repr__(self) -> str:
        return f"Party({self.kind.name}, {self.name!r}, {self.code!r})"


#: The actor kind of a CAMEO agent code, by its first three letters (others: GROUP).
_KIND_OF_AGENT: Final = {
    "MIL": ActorKind.MILITARY,
    "GOV": ActorKind.GOVERNMENT,
    "LEG": ActorKind.GOVERNMENT,
    "JUD": ActorKind.GOVERNMENT,
    "COP": ActorKind.GOVERNMENT,
    "SPY": ActorKind.GOVERNMENT,
    "IGO": ActorKind.ORGANIZATION,
    "NGO": ActorKind.ORGANIZATION,
}
_AGENT_ROOT: Final = 3
#: The actor kind of organisations and groups, whatever their code.
_KIND_OF_KIND: Final = {
    PartyKind.ORGANIZATION: ActorKind.ORGANIZATION,
    PartyKind.GROUP: ActorKind.GROUP,
}

#: A phrase's reading: the party, the case it must be printed in, and whether it must
#: follow "the" ("the West").
Reading = tuple[Party, str, bool]


class Node:
    """One node of the token trie: the readings of the phrase ending here, and what follows."""

    __slots__ = ("kids", "readings")

    def __init__(self) -> None:
        self.kids: dict[str, Node] = {}
        self.readings: tuple[Reading, ...] = ()


class ActorTables:
    """Everything the recogniser reads, built once by :func:`tables`.

    ``roots`` maps a phrase's first word to its trie node; ``lower_roots`` are the words
    that find, in lower case, a party on their own: the first word of a group ("al-Qaeda")
    and the last word of a role noun that stands alone ("rebels", "foreign ministry"; those
    of several words are ``lower_heads``); ``of_roles`` the role nouns by their words, read
    backwards (before "of": "the foreign ministers of ...", or before a head); ``by_name`` organisations and groups
    by folded name (an official's organisation); the rest are the cues of name-only actors.
    """

    __slots__ = (
        "by_name",
        "cue_after",
        "cue_before",
        "cue_said",
        "cue_verbs",
        "honorifics",
        "lower_bytes",
        "lower_heads",
        "lower_roots",
        "modifiers",
        "not_name",
        "not_state",
        "of_roles",
        "org_words",
        "organs",
        "particles",
        "places",
        "regions",
        "roots",
        "state_heads",
    )

    def __init__(self) -> None:
        self.roots: dict[str, Node] = {}
        self.lower_roots: set[str] = set()
        self.lower_heads: set[str] = set()
        self.lower_bytes: frozenset[bytes] = frozenset()
        self.of_roles: dict[tuple[str, ...], Party] = {}
        self.by_name: dict[str, Party] = {}
        self.modifiers: frozenset[str] = frozenset()
        self.cue_after: frozenset[str] = frozenset()
        self.cue_before: frozenset[str] = frozenset()
        self.cue_said: frozenset[str] = frozenset()
        self.cue_verbs: frozenset[str] = frozenset()
        self.not_name: frozenset[str] = frozenset()
        self.not_state: frozenset[str] = frozenset()
        self.organs: frozenset[str] = frozenset()
        self.state_heads: frozenset[str] = frozenset()
        self.honorifics: frozenset[str] = frozenset()
        self.regions: frozenset[str] = frozenset()
        self.org_words: frozenset[str] = frozenset()
        self.particles: frozenset[str] = frozenset()
        self.places: frozenset[str] = frozenset()

    def add(self, phrase: str, party: Party, case: str, *, after_the: bool = False) -> None:
        """Add ``phrase`` naming ``party``; an earlier reading of the same words wins ties."""
        key = phrase_key(phrase)
        if key[:1] == ("the",) and len(key) > 1:
            key = key[1:]  # "the West": the article is read by ``after_the``
        if not key:
            return
        node = self.roots.get(key[0])
        if node is None:
            node = self.roots[key[0]] = Node()
        for word in key[1:]:
            kid = node.kids.get(word)
            if kid is None:
                kid = node.kids[word] = Node()
            node = kid
        node.readings = (*node.readings, (party, case, after_the))
        if case != CASE_ANY:
            return
        if party.kind is not PartyKind.ROLE:
            self.lower_roots.add(key[0])  # "al-Qaeda", "international community"
        elif not party.attached:
            # A role noun that stands alone is found by its head, the last word ("foreign
            # ministry" by "ministry"), and read backwards from there.
            self.lower_roots.add(key[-1])
            if len(key) > 1:
                self.lower_heads.add(key[-1])


def _alias_case(alias: str, row_case: str) -> str:
    """An alias written in capitals must be printed so ("UN", "WHO"); else the row's case."""
    letters = [char for char in alias if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return CASE_UPPER
    return CASE_UPPER if row_case == CASE_UPPER else (CASE_CAP if row_case else CASE_ANY)


def _names(row: Row) -> list[str]:
    return [row["name"], *(alias for alias in row["aliases"].split("|") if alias)]


def _add_organizations(tabs: ActorTables) -> None:
    for row in read_table("actor_organizations.tsv"):
        party = Party(PartyKind.ORGANIZATION, row["name"], short=row["short"], code=row["code"])
        for alias in _names(row):
            tabs.add(alias, party, _alias_case(alias, row["case"]))
            tabs.by_name.setdefault(" ".join(phrase_key(alias)), party)


def _add_bodies(tabs: ActorTables) -> None:
    for row in read_table("actor_bodies.tsv"):
        party = Party(PartyKind.BODY, row["name"], code=row["code"], country=row["country"])
        for alias in _names(row):
            tabs.add(alias, party, _alias_case(alias, row["case"]))
    # The officials' table names bodies too ("Kremlin spokesman"); those with a state only.
    for row in read_table("organizations.tsv"):
        if row["kind"] in ("government", "legislature") and row["country"]:
            code = "LEG" if row["kind"] == "legislature" else "GOV"
            party = Party(PartyKind.BODY, row["canonical"], code=code, country=row["country"])
            tabs.add(row["surface"], party, _alias_case(row["surface"], row["case"] or "cap"))


def _add_groups(tabs: ActorTables) -> None:
    for row in read_table("actor_groups.tsv"):
        party = Party(
            PartyKind.GROUP,
            row["name"],
            short=row["short"],
            code=row["code"],
            country=row["country"],
        )
        for alias in _names(row):
            body = alias[4:] if alias.startswith("the ") else alias
            case = _alias_case(body, row["case"])
            after_the = body is not alias or (row["case"] == "the" and " " not in body)
            if row["case"] == "the":
                case = CASE_CAP if body[:1].isupper() else CASE_ANY
            tabs.add(body, party, case, after_the=after_the)
            tabs.by_name.setdefault(" ".join(phrase_key(body)), party)


def _role_parties(
    phrase: str, plurals: Iterable[str], code: str, *, use: str, name: str
) -> list[tuple[str, Party]]:
    """The singular and plural readings of one role noun (``use`` as in actor_roles.tsv)."""
    forms = [(phrase, phrase in plurals), *((form, True) for form in plurals if form != phrase)]
    found = []
    for form, plural in forms:
        label = name or form
        party = Party(
            PartyKind.ROLE,
            form,
            short="_".join(label.upper().split()),
            code=code,
            plural=plural,
            attached=use == "attached" or (use == "plural" and not plural),
            singular=phrase,
        )
        found.append((form, party))
    return found


def _generated_plural(phrase: str) -> bool:
    """Whether a phrase of agents.tsv listed without plural is itself a plural ("gunmen")."""
    last = phrase.rsplit(" ", 1)[-1]
    if last.endswith(("men", "people", "police")):
        return last not in ("men",)
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "ics"))


def _add_roles(tabs: ActorTables) -> None:
    dropped: set[str] = set()
    modifiers: set[str] = set()
    for row in read_table("actor_roles.tsv"):
        use = row["use"]
        if use == "drop":
            dropped.add(row["phrase"])
        elif use == "modifier":
            modifiers.add(row["phrase"])
        else:
            plurals = [form for form in row["plural"].split("|") if form]
            for form, party in _role_parties(
                row["phrase"], plurals, row["code"], use=use, name=row["name"]
            ):
                tabs.add(form, party, CASE_ANY)
                tabs.of_roles.setdefault(phrase_key(form), party)
                dropped.add(form)  # the curated reading replaces Phoenix's
    for row in read_table("agents.tsv"):
        phrase = row["phrase"]
        if row["position"] != "after" or "*" in phrase or phrase in dropped:
            continue
        if phrase.endswith((" in", " of", " for")) or not phrase.replace(" ", "").isalpha():
            continue
        plurals = [form for form in row["plural"].split("|") if form and form not in dropped]
        if not plurals and _generated_plural(phrase):
            plurals = [phrase]
        for form, party in _role_parties(phrase, plurals, row["code"], use="attached", name=""):
            tabs.add(form, party, CASE_ANY)
            tabs.of_roles.setdefault(phrase_key(form), party)
    tabs.modifiers = frozenset(modifiers)


def _generated_case(name: str, kind: str) -> str:
    """The case a name of igo_actors.tsv (all lower case there) must be printed in."""
    if " " in name:
        return CASE_CAP
    letters = sum(char.isalpha() for char in name)
    if kind == "NGO" or letters <= _ACRONYM_LETTERS:
        return CASE_UPPER  # short single words there are acronyms ("amit", "brac")
    return CASE_CAP


def _add_phoenix_organizations(tabs: ActorTables) -> None:
    media = Party(PartyKind.MEDIA, "media")
    for row in read_table("igo_actors.tsv"):
        kind = row["type"]
        names = [row["name"], *(alias for alias in row["aliases"].split("|") if alias)]
        names = [name[4:] if name.startswith("the ") else name for name in names]
        if kind == "other":
            if row["code"].endswith(_MEDIA_CODES):
                for name in names:
                    tabs.add(name, media, CASE_CAP)
            continue
        party = Party(
            PartyKind.ORGANIZATION,
            "",
            short=row["code"],
            code=row["code"],
            corporate=kind == "MNC",
        )
        for name in names:
            tabs.add(name, party, _generated_case(name, kind))


#: The shortest subdivision name read (shorter ones are abbreviations: "Ala.", "AL").
_MIN_REGION: Final = 4


def _add_regions(tabs: ActorTables) -> None:
    """Subdivisions of regions.tsv by full name ("Northern Ireland", "Bavaria"); names that
    are also another country's ("Georgia") are left to the countries package."""
    for row in read_table("regions.tsv"):
        name, country = row["region"], row["country"]
        if country == "-" or len(name) < _MIN_REGION or name.isupper() or "." in name:
            continue
        named = get_country(name)
        if named is not None and named.alpha3 != country:
            continue  # "Georgia": the countries package decides between the two
        tabs.add(name, Party(PartyKind.REGION, name, country=country), CASE_CAP)


def _add_media(tabs: ActorTables) -> None:
    media = Party(PartyKind.MEDIA, "media")
    for row in read_table("agencies.tsv"):
        for alias in (row["canonical"], *row["aliases"].split("|")):
            if alias:
                tabs.add(alias, media, CASE_CAP)
        for code in row["codes"].split("|"):
            if code:
                tabs.add(code, media, CASE_UPPER)


def _add_cues(tabs: ActorTables) -> None:
    cues: dict[str, set[str]] = {
        "after": set(),
        "before": set(),
        "not_name": set(),
        "organ": set(),
        "not_state": set(),
        "state_head": set(),
    }
    for row in read_table("actor_cues.tsv"):
        cues[row["use"]].add(row["word"])
    tabs.cue_said = frozenset(cues["after"])  # the curated ones: reporting verbs and such
    verbs: set[str] = set()
    # An inflected verb of the event lexicon after a name ("Erdogan welcomed") or before
    # it ("met Erdogan") marks the name as a party; the base form is too often a noun.
    for row in read_table("lexicon_verbs.tsv"):
        if row["pos"] == "verb" and " " not in row["lemma"]:
            forms = [form for form in row["forms"].split("|") if form != row["lemma"]]
            cues["after"].update(forms)
            cues["before"].update(forms)
            verbs.update(forms)
    words: dict[str, set[str]] = {}
    for row in read_table("name_words.tsv"):
        words.setdefault(row["kind"], set()).add(row["word"])
    tabs.cue_after = frozenset(cues["after"])
    tabs.cue_verbs = frozenset(verbs)
    tabs.cue_before = frozenset(cues["before"])
    # Cities that datelines name alone are places, not people ("talks in Istanbul").
    cities = {row["city"].lower() for row in read_table("dateline_cities.tsv")}
    tabs.not_name = frozenset(cues["not_name"] | words["stop"] | words["place"])
    tabs.organs = frozenset(cues["organ"])
    tabs.not_state = frozenset(cues["not_state"])
    tabs.state_heads = frozenset(cues["state_head"])
    tabs.places = frozenset(cities)
    tabs.regions = frozenset(words["region"])
    tabs.org_words = frozenset(words["thing"] | words["descriptor"])
    tabs.particles = frozenset(words["particle"])
    honorifics = {row["surface"].rstrip(".") for row in read_table("honorifics.tsv")}
    tabs.honorifics = frozenset(h for h in honorifics if " " not in h)


def _build() -> ActorTables:
    tabs = ActorTables()
    # Order matters only for identical phrases: the first reading whose case fits wins.
    _add_organizations(tabs)
    _add_bodies(tabs)
    _add_groups(tabs)
    _add_media(tabs)
    _add_roles(tabs)
    _add_regions(tabs)
    _add_phoenix_organizations(tabs)
    _add_cues(tabs)
    tabs.lower_bytes = frozenset(
        word.encode("ascii") for word in tabs.lower_roots if word.isascii() and word.isalnum()
    )
    return tabs


_TABLES: Final = Lazy(_build)


def tables() -> ActorTables:
    """The recogniser's vocabularies, built on the first call."""
    return _TABLES.get()
