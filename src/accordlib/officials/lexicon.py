"""The vocabularies of the officials reader, built once from the data tables on first use.

Titles, modifiers, portfolios and honorifics become tries keyed by folded tokens (see
:mod:`accordlib.officials.tokens`); :func:`walk` finds the longest entry spelled from a
token. Organisations become a dictionary keyed by their letters and digits; the word lists
of ``name_words.tsv`` become sets. :func:`lexicon` returns the one :class:`Lexicon`.
"""

from __future__ import annotations

from accordlib._util.lazy import Lazy, lazy_re
from accordlib._util.tables import Row, read_table
from accordlib.officials.model import Role
from accordlib.officials.tokens import GLUE, POSS_KEY, PUNCT, WORD, Tokens, fold

__all__ = [
    "END",
    "WALK_GLUE",
    "Entry",
    "Lexicon",
    "Org",
    "Trie",
    "key_tokens",
    "lexicon",
    "longest",
    "org_key",
    "walk",
]

#: The key under which a trie node holds the entry that ends there.
END = "\x00"
#: How far a trie walk reads: no table entry is longer than this many tokens.
_MAX_ENTRY_TOKENS = 16
#: How many glue tokens (dots, hyphens) a walk skips between two words ("Lt.-Gen.").
_MAX_GLUE = 3
#: What a walk steps over when it is written tight against a word: the dots and hyphens of
#: :data:`~accordlib.officials.tokens.GLUE`, and an apostrophe that ends a word without an
#: "s" ("Dato'", "Dato\u2019 Seri": Malaysian styles), which the token expression leaves alone.
WALK_GLUE = GLUE | {"'", "\u2019", "\u02bc"}


class Entry:
    """One row of a vocabulary table, ready for matching."""

    __slots__ = (
        "bare",
        "canonical",
        "case",
        "country",
        "dot",
        "fields",
        "hyphenated",
        "modifiers",
        "organization",
        "plural",
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
        self.role = Role[role] if role else Role.OFFICIAL  # parsed once, not per match
        self.modifiers = tuple(fields.get("modifiers", "").split())
        # the columns the scanner reads for every match, looked up once here
        self.canonical = fields.get("canonical", "")
        self.portfolio: str | None = fields.get("portfolio") or None
        self.organization: str | None = fields.get("organization") or None
        self.takes = fields.get("takes", "")
        self.bare = fields.get("bare", "")
        self.surface = fields.get("surface", "")
        #: the one country whose title, honorific or modifier this is ("" for most)
        self.country = fields.get("country", "")
        #: canonical form when the text writes the title with a hyphen, if that differs
        #: ("Director-General" as printed, "Director General" otherwise)
        self.hyphenated: str | None = None
        #: a plural form made from the row ("Foreign Ministers"): it needs a name after it
        self.plural = bool(fields.get("plural"))


Trie = dict[str, "Trie | Entry"]


def key_tokens(surface: str) -> tuple[list[str], bool]:
    """The keys a printed form is matched by (glue left out), and whether it ends with "."."""
    toks = Tokens(surface)
    keys = [
        toks.keys[k]
        for k in range(toks.n)
        if not (toks.kinds[k] == PUNCT and toks.keys[k] in WALK_GLUE)
    ]
    return keys, surface.endswith(".")


def _build_trie(rows: tuple[Row, ...]) -> Trie:
    trie: Trie = {}
    for row in rows:
        keys, dot = key_tokens(row["surface"])
        node = trie
        for key in keys:
            child = node.setdefault(key, {})
            assert isinstance(child, dict)
            node = child
        old = node.get(END)
        if isinstance(old, Entry):
            # one entry per key: the form without a dot matches with or without one
            old.dot = old.dot and dot
            old.takes_dot = old.takes_dot or dot
            if "-" in row["surface"] and row.get("canonical", "") != old.fields.get("canonical"):
                old.hyphenated = row["canonical"]
            continue
        node[END] = Entry(row, dot)
    return trie


def _ranks() -> frozenset[str]:
    return frozenset(
        row["canonical"]
        for row in read_table("titles.tsv")
        if row["role"] == "MILITARY" and not row["bare"]
    )


def _subdivisions() -> dict[str, str]:
    return {fold(row["region"]): row["country"] for row in read_table("regions.tsv")}


def _cities() -> dict[str, str]:
    """The cities of the dateline table with their country ("Mombasa": KEN), folded."""
    return {
        fold(row["city"]): row["country"]
        for row in read_table("dateline_cities.tsv")
        if row["country"] != "-"
    }


#: The title of "counterpart" and "colleague": the office of the other party in the text.
_COUNTERPART = "Counterpart"


#: Titles whose head noun comes first, followed by its qualifiers: the plural is the head's.
_HEAD_FIRST = ("ambassador extraordinary",)


#: Rows of Spanish and Portuguese titles (by their source): their plurals follow those
#: languages' rules, on the head noun, which comes first.
_ROMANCE = ("Spanish usage", "Portuguese usage")
#: The words after a head noun that keep it first: "ministro de relaciones exteriores".
_ROMANCE_OF = frozenset({"de", "da", "das", "do", "dos"})


def _romance_plural(surface: str) -> str | None:
    """The Spanish or Portuguese plural of a title whose head noun comes first ("canciller" ->
    "cancilleres", "ministro de asuntos exteriores" -> "ministros de asuntos exteriores"): an
    "s" after a vowel, "es" after a consonant (RAE, Ortografía 2010, plural of nouns); none
    for an adjective before the noun ("primer ministro") or a head word of other letters."""
    head, _, rest = surface.partition(" ")
    if (rest and rest.split(" ", 1)[0] not in _ROMANCE_OF) or not (
        head.isascii() and head.isalpha()
    ):
        return None
    plural = head + ("s" if head[-1] in "aeiou" else "es")
    return f"{plural} {rest}" if rest else plural


def _with_plurals(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """The rows and a plural of each office that ends in a plain word, capitalised and never
    bare: "Foreign Ministers Ana Ruiz of Peru and ...", "Senators Tom Baker (R-TX), ...";
    "counterparts", in lower case as printed, lists the other parties' ministers. Military ranks and commands ("Washington Commanders" is a team) and descriptions that
    never stand for one person ("Officials", "Diplomats") have none."""
    plurals: list[Row] = []
    for row in rows:
        surface = row["surface"]
        last = surface.split()[-1]
        mirror = row["canonical"] == _COUNTERPART  # "her counterparts A of X and B of Y"
        if row["role"] == "MILITARY" or (
            row["role"] == "OFFICIAL" and not row["bare"] and not mirror
        ):
            continue
        case = row[
            "case"
        ]  # plural_ok keeps a lower-case plural from heading a list (but see pairs)
        if row["source"].startswith(_ROMANCE):
            romance = _romance_plural(surface)
            if romance is not None:  # printed in lower case: "los cancilleres de ..."
                plurals.append({**row, "surface": romance, "bare": "", "plural": "y"})
        elif surface.startswith(_HEAD_FIRST):
            # the head noun first: "Ambassadors Extraordinary and Plenipotentiary"
            head, rest = surface.split(" ", 1)
            plurals.append(
                {**row, "surface": f"{head}s {rest}", "case": case, "bare": "", "plural": "y"}
            )
        elif last.isalpha() and last.isascii() and not last.endswith("s") and len(last) > 2:  # noqa: PLR2004 - no plural of a two-letter word
            plurals.append(
                {**row, "surface": f"{surface}s", "case": case, "bare": "", "plural": "y"}
            )
    return (*rows, *plurals)


class Org:
    """An organisation of ``organizations.tsv``: canonical name, kind, country, head's title."""

    __slots__ = ("canonical", "case", "country", "head", "kind")

    def __init__(self, row: Row) -> None:
        self.canonical = row["canonical"]
        self.kind = row["kind"]
        self.country = row["country"]
        self.head = row["head"]
        self.case = row["case"]


#: What an organisation's key drops from an ASCII name: all but letters and digits.
_NOT_ALNUM = lazy_re(r"[^A-Za-z0-9]+")


def org_key(text: str) -> str:
    """The look-up key of an organisation's name: its folded letters and digits."""
    folded = fold(text)
    if folded.isascii():
        # one pass in C: a span that no memo has seen yet (a new name after a title) is keyed
        # here, and the loop below costs a step per character
        return _NOT_ALNUM.sub("", folded)
    return "".join(ch for ch in folded if ch.isalnum())


def _word_lists() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for row in read_table("name_words.tsv"):
        words.setdefault(row["kind"], set()).add(row["word"])
    return {kind: frozenset(found) for kind, found in words.items()}


class Lexicon:
    """Every vocabulary the reader needs, built once from the data tables."""

    def __init__(self) -> None:
        organizations = read_table("organizations.tsv")
        self._load_tries(organizations)
        self._load_words(_word_lists())
        self._load_offices()
        #: subdivisions the dateline table knows ("Maharashtra"), folded -> alpha-3 or "-"
        self.subdivisions = _subdivisions()
        #: cities the dateline table knows ("Mombasa"), folded -> alpha-3
        self.cities = _cities()
        #: words that continue a portfolio's name but are none alone ("Affairs")
        self.portfolio_tails = _portfolio_tails(self.portfolios)
        #: military ranks ("General", "Lieutenant General"): the military titles that never
        #: stand for one person alone, unlike offices ("the army chief"); an office printed
        #: beside a rank is the one reported ("Chief of Army Staff, General X")
        self.ranks = _ranks()
        self.max_org_words = max(len(row["surface"].split()) for row in organizations)
        self.max_span = max(4, self.max_org_words)

    def _load_tries(self, organizations: tuple[Row, ...]) -> None:
        """The tries of titles, modifiers, portfolios and honorifics, and the organisations."""
        self.titles = _build_trie(_with_plurals(read_table("titles.tsv")))
        self.modifiers = _build_trie(read_table("title_modifiers.tsv"))
        self.portfolios = _build_trie(read_table("portfolios.tsv"))
        self.honorifics = _build_trie(read_table("honorifics.tsv"))
        #: the last words of honorifics: what a walk back from a title checks first
        self.honorific_ends = frozenset(
            key_tokens(row["surface"])[0][-1] for row in read_table("honorifics.tsv")
        )
        self.org_last_words = frozenset(key_tokens(row["surface"])[0][-1] for row in organizations)
        self.org_first_words = frozenset(key_tokens(row["surface"])[0][0] for row in organizations)
        self.orgs = {org_key(row["surface"]): Org(row) for row in organizations}
        #: words that may start a title, a modifier or a portfolio: the scanner looks no further
        #: at any other word
        self.first_words = (
            frozenset(self.titles) | frozenset(self.modifiers) | frozenset(self.portfolios)
        )

    def _load_words(self, words: dict[str, frozenset[str]]) -> None:
        """The word classes of ``name_words.tsv``."""
        self.particles = words["particle"]
        self.stop = words["stop"]
        self.things = words["thing"]
        self.suffixes = words["suffix"]
        #: words that end or bend a name (sentence words, things, "Jr"): any other capitalised
        #: word simply continues it
        self.name_breaks = self.stop | self.things | self.suffixes
        self.surname_stops = words["surname_stop"]
        #: particles that are English words too ("as", "at"): inside a name only with a hyphen
        self.loose_particles = words["loose_particle"]
        self.places = words["place"]
        #: place prepositions that take a person too ("a call from Ana Ruiz, ...")
        self.senders = words["sender"]
        self.regions = words["region"]
        self.descriptors = words["descriptor"]
        self.field_ends = words["field_end"]
        self.inner_words = words["inner"]
        #: informal words for the head of an organisation, as canonical titles ("Chief")
        self.head_words = frozenset(word.capitalize() for word in words["head"])
        #: "the head of Uzbek diplomacy": the foreign minister
        self.diplomacy = words["diplomacy"]
        #: "Commander Southern Command": the last words of military formations
        self.units = words["unit"]
        #: titles that are an ambassador's when held "to" a state ("High Commissioner to ...")
        self.posted = words["posted"]
        #: honours printed after a name ("General X, NI (M), Chief of Army Staff")
        self.postnominals = words["postnominal"]
        self.epithets = words["epithet"]
        self.bodies = words["body"]
        self.given_abbreviations = words["given_abbreviation"]
        #: country names that are given names too ("Chad", "Jordan"): no state before a name
        self.given_countries = words["given_country"]
        #: words that end a subdivision's name ("Kano State")
        self.subdivision_words = words["subdivision"]
        #: words that close a legislature's name ("Legislative Assembly", "Majlis Al-Shura")
        self.legislatures = words["legislature"]
        #: Spanish and Portuguese "of" after a title ("canciller de México") and "in" after its
        #: state ("embaixador de Portugal no Brasil")
        self.links_of = words["link_of"]
        self.links_in = words["link_in"]
        #: articles that open a phrase and name no state ("La canciller" is not Laos)
        self.articles = words["article"]
        #: in brackets after a military rank: a retired officer ("Admiral (Retd)")
        self.retired = words["retired"]
        #: after "from" and a state, the party an official is of ("from Azerbaijan's side")
        self.sides = words["side"]

    def _load_offices(self) -> None:
        """What the office tables say about ranks, countries' titles and abbreviations."""
        #: the effect of a rank modifier on the office: "deputy" or "junior"
        self.rank_effects = {
            row["modifier"]: row["effect"]
            for row in read_table("title_modifiers.tsv")
            if row["effect"]
        }
        #: rank words in title case ("Deputy", "Vice"): what may stand before "Minister"
        self.rank_words = frozenset(
            row["modifier"].title()
            for row in read_table("title_modifiers.tsv")
            if row["kind"] == "rank"
        )
        #: canonical titles of one country's office, for a title composed from its parts
        #: ("Minister of State" + "for External Affairs" -> IND); not those of several ("King")
        #: nor those that a form for no one country composes with a portfolio ("Minister":
        #: Venezuela's "Minister of People's Power" is one country's form of it)
        homes: dict[str, set[str]] = {}
        generic: set[str] = set()
        for row in read_table("titles.tsv"):
            if row["country"]:
                homes.setdefault(row["canonical"], set()).add(row["country"])
            elif row["takes"] == "portfolio":
                generic.add(row["canonical"])
        self.title_homes = {
            canonical: min(c)
            for canonical, c in homes.items()
            if len(c) == 1 and canonical not in generic
        }
        #: the title of a country's foreign minister where it is not "Foreign Minister"
        self.foreign_minister_titles = {
            row["country"]: row["title"] for row in read_table("foreign_ministers.tsv")
        }
        #: (country, canonical) -> (canonical, role name) of the office it means there
        self.national_titles = {
            (row["country"], row["canonical"]): (row["as"], row["role"])
            for row in read_table("national_titles.tsv")
        }
        self.national_canonicals = frozenset(canonical for _, canonical in self.national_titles)
        #: state abbreviations the country tables do not know ("IRI")
        self.state_abbreviations = {
            row["abbreviation"]: row["alpha3"] for row in read_table("state_abbreviations.tsv")
        }
        #: personal honorifics ("mr", "dr"): a word after them is a name, not a royal title
        self.personal = frozenset(
            " ".join(key_tokens(row["surface"])[0])
            for row in read_table("honorifics.tsv")
            if row["kind"] == "personal"
        )
        #: titles that are also styles of address, as canonical titles ("Ambassador", "Senator"):
        #: a rank the holder keeps beside an office ("Permanent Representative, Ambassador X")
        self.style_titles = frozenset(
            row["surface"].title()
            for row in read_table("honorifics.tsv")
            if row["kind"] == "style" and row["surface"].isalpha()
        )


def _portfolio_tails(trie: Trie) -> frozenset[str]:
    """Words after the first of a portfolio's name that are no portfolio alone ("affairs")."""
    tails: set[str] = set()
    stack = [node for node in trie.values() if isinstance(node, dict)]
    while stack:
        node = stack.pop()
        for key, child in node.items():
            if isinstance(child, dict):
                tails.add(key)
                stack.append(child)
    alone = {key for key, node in trie.items() if isinstance(node, dict) and END in node}
    return frozenset(tails - alone)


_LEXICON = Lazy(Lexicon)
#: The one :class:`Lexicon`, built on the first call.
lexicon = _LEXICON.get


def _case_ok(toks: Tokens, k: int, case: str) -> bool:
    if case == "cap":
        return toks.cap(k)
    if case == "upper":
        return toks.upper(k)
    return True


def longest(trie: Trie, toks: Tokens, i: int) -> tuple[Entry, int] | None:
    """:func:`walk`, answered at once when no entry starts with token ``i`` (the common case)."""
    if toks.keys[i] not in trie:
        return None
    return walk(trie, toks, i)


def walk(trie: Trie, toks: Tokens, i: int, *, any_case: bool = False) -> tuple[Entry, int] | None:
    """Longest entry of ``trie`` spelled by the tokens from ``i``; return it and the end index.

    Dots and hyphens glued to a word are transparent ("Lt.-Gen." spells "lt gen"); an entry
    whose printed form ends with a dot ("Gen.", "Min.") needs that dot in the text, and its
    end index then covers it. ``any_case`` lifts the entries' case rules ("the secretary of
    the Council": a title that needs a capital, written without one before its complement).
    """
    node: Trie = trie
    best: tuple[Entry, int] | None = None
    j = i
    n = toks.n
    kinds, keys, starts, ends = toks.kinds, toks.keys, toks.starts, toks.ends
    limit = i + _MAX_ENTRY_TOKENS if i + _MAX_ENTRY_TOKENS < n else n  # not min(): cheaper
    # a possessive inside an entry ("Minister of People's Power") is walked like a word; the
    # test after "or" runs only where the walk would otherwise stop
    while j < limit and (kinds[j] == WORD or keys[j] == POSS_KEY):
        child = node.get(keys[j])
        if not isinstance(child, dict):
            break
        node = child
        j += 1
        dot_at = -1
        k = j
        # skip dots and hyphens written tight against the word (inlined: this is hot)
        while k < n and keys[k] in WALK_GLUE and k - j < _MAX_GLUE and starts[k] == ends[k - 1]:
            if dot_at < 0 and keys[k] == ".":
                dot_at = k
            k += 1
        entry = node.get(END)
        if isinstance(entry, Entry) and (
            not entry.case or any_case or _case_ok(toks, i, entry.case)
        ):
            if dot_at == j and entry.takes_dot:
                best = (entry, j + 1)
            elif not entry.dot:
                best = (entry, j)
        j = k
    return best
