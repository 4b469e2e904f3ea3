"""The official reader: the official around one title, as a token span with its parts.

:func:`read_official` reads the official around a title matched at some token
(:mod:`~accordlib.officials.titles`) in named steps:

1. a field printed before a bare "Minister" ("Unification Minister"), the title that owns
   this one ("the UN Secretary-General's envoy");
2. the context before the title: country, organisation, status words, honorifics
   (:func:`~accordlib.officials.context.context_before`);
3. complements: "of"/"for"/"at" an entity ("Emir of Qatar", "spokeswoman for the Russian
   Foreign Ministry", "at the Turkish embassy"), "to" a posting ("Ambassador to Turkey");
4. more offices of the same person ("Deputy Prime Minister and Foreign Minister", "Crown
   Prince, Deputy Premier and Minister of Defense"), a style ("Custodian of the Two Holy
   Mosques King"), a military rank after the title ("Chief of Staff Lt. Gen.");
5. the name: after the title ("Sheikh Tamim bin Hamad", "(Shrimati Sushma Swaraj)"), else
   set off by a comma after it ("the President of Kazakhstan, Kassym-Jomart Tokayev") or
   before it ("Tokayev, Kazakhstan's president", "Zakharova, a ... spokeswoman");
6. without a name, whether the title stands for one person ("the prime minister");
7. the :class:`Found` official: its titles made in context, the one that matters most for
   diplomacy as its title (:func:`most_relevant`).

:mod:`~accordlib.officials.prose` runs it over a whole text and relates the officials.
"""

from __future__ import annotations

from accordlib.countries.model import Country
from accordlib.officials.context import Context, context_before, of_country, read_entity
from accordlib.officials.entities import country_code, country_of, org_lookup
from accordlib.officials.lexicon import Lexicon, Org, lexicon, org_key
from accordlib.officials.model import ROLE_PRIORITY, Role, Title
from accordlib.officials.names import (
    good_name,
    honorific_home,
    name_after_comma,
    name_before,
    parse_name,
    read_honorifics,
)
from accordlib.officials.titles import (
    TitleMatch,
    after_the,
    make_title,
    match_title,
    region_end,
)
from accordlib.officials.tokens import HYPHENS, POSS, POSS_KEY, WORD, Tokens, fold

__all__ = ["PRESIDENTIAL", "Found", "distinct", "most_relevant", "read_listed", "read_official"]

_MILITARY = Role.MILITARY
_MINISTER = Role.MINISTER
_OFFICIAL = Role.OFFICIAL
_LEGISLATOR = Role.LEGISLATOR
#: Roles whose holders may bear the regnal number "I" ("King Abdullah I").
_REGNAL = (Role.MONARCH, Role.HEIR, Role.RELIGIOUS_LEADER)
#: Royal titles that are given names after a personal honorific ("Dr. Sultan bin Ahmed").
_ROYAL = (Role.MONARCH, Role.HEIR)
#: Roles whose holders are posted somewhere ("ambassador to Turkey", "Middle East envoy").
_POSTED = (Role.AMBASSADOR, Role.ENVOY)
#: Titles that take a field printed before them ("Unification Minister").
_BARE_MINISTERS = frozenset({"Minister", "Secretary"})
#: What may open an "of" phrase after a name ("Netanyahu, of Israel").
_APPOSITION = frozenset({",", "of"})
#: Words joining two titles of one person: "Prime Minister and Foreign Minister", "Deputy Prime
#: Minister - Foreign Minister".
_TITLE_JOINERS = frozenset({"and", "&", "-", "\u2013", "\u2014", "/"})
#: Words that link a title to an entity: "of Qatar", "for the Foreign Ministry", "at the embassy".
_LINKS = frozenset({"of", "for", "at"})
#: ... and to a posting: "to the Russian Federation".
_COMPLEMENT_WORDS = _LINKS | {"to"}
#: Words after a title that may continue its phrase (a complement, another office, whose
#: office: "'s"), besides the first words of titles.
_PHRASE_WORDS = _COMPLEMENT_WORDS | _TITLE_JOINERS | {",", POSS_KEY}
#: At most this many complements and offices are read after one title.
_MAX_COMPLEMENTS = 3
_MAX_OFFICES = 4
#: Longest title whose office another belongs to ("the UN Secretary-General's"), in tokens.
_MAX_OWNER_TOKENS = 5
#: Longest name of a subdivision after a sub-national office, in words ("Andhra Pradesh State").
_MAX_SUBDIVISION_WORDS = 4
#: How near after "of" a plural title is part of a body's name ("Council of Economic Advisers").
_BODY_GAP = 3
#: The parties of US party-and-state labels ("(R-AZ)"): Republican, Democrat, Independent.
_PARTIES = frozenset({"r", "d", "i"})
#: What joins the names of a list.
_LIST_JOINERS = frozenset({",", "and"})
#: Longest bracket after a listed name ("(D-N.J.)"), in tokens.
_MAX_LABEL_TOKENS = 8
#: Titles of whoever chairs a body ("Chairwoman of the Federation Council").
_CHAIRS = frozenset({"Chairman", "Chairwoman", "Chairperson", "Chair"})
_ARTICLES = frozenset({"the", "a", "an"})
#: Offices that a president's possessive makes presidential ("the president's aide").
PRESIDENTIAL = frozenset({"Aide", "Adviser"})


class Found:
    """A mention being assembled: token span and its parts."""

    __slots__ = (
        "country",
        "end",
        "honorifics",
        "implied",
        "inferred",
        "mirrored",
        "name",
        "offices",
        "organization",
        "posting",
        "start",
        "title",
    )

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
        #: every office, when the text gives more than one
        self.offices: tuple[Title, ...] = ()
        #: where an ambassador or envoy is posted
        self.posting: str | None = None
        #: the country is implied by a title's or honorific's wording, not named
        self.implied = False
        #: the fields filled from the gazetteer of office holders (see ``known``)
        self.inferred: tuple[str, ...] = ()
        #: the title is a counterpart's, mirrored from the other party's office
        self.mirrored = False


def distinct(titles: list[Title]) -> tuple[Title, ...]:
    """The offices, each once; none when there is only one."""
    kept: list[Title] = []
    for office in titles:
        if not any(o.canonical == office.canonical and o.role is office.role for o in kept):
            kept.append(office)
    return tuple(kept) if len(kept) > 1 else ()


def most_relevant(titles: list[Title]) -> Title | None:
    """The office that matters most for diplomacy; of equals, the last printed, the nearest
    the name ("Saudi Arabia's ruler, King Salman"), except that an office beats a military
    rank ("Chief of Army Staff, General X" is the army chief)."""
    ranks = lexicon().ranks
    best: Title | None = None
    for office in titles:
        if best is None or _weight(office, ranks) <= _weight(best, ranks):
            best = office
    return best


def _weight(office: Title, ranks: frozenset[str]) -> tuple[int, bool]:
    return ROLE_PRIORITY[office.role], office.canonical in ranks


class _Draft:
    """An official being read around one title (see the module docstring for the steps)."""

    __slots__ = (
        "complement",
        "ctx",
        "end",
        "home",
        "honorifics",
        "match",
        "name",
        "of_country",
        "of_org",
        "offices",
        "start",
    )

    def __init__(self, match: TitleMatch, ctx: Context) -> None:
        self.match = match
        self.ctx = ctx
        self.start = ctx.start
        self.end = match.end
        self.name: str | None = None
        self.honorifics: list[str] = []
        self.of_country: Country | None = None
        self.of_org: Org | None = None
        self.complement = False
        #: the titles of the person, in printed order
        self.offices = [match]
        #: a country the honorifics imply ("Datuk": MYS)
        self.home = ""


def read_official(
    toks: Tokens,
    match: TitleMatch,
    floor: int,
    lex: Lexicon,
    *,
    unnamed: bool,
    anchored: bool,
    apposed: bool = False,
) -> Found | None:
    """The official around the title ``match`` (tokens before ``floor`` belong to others).

    ``apposed``: the title follows a named official and a comma, so it names no one else.
    """
    start = match.start
    if start > 1 and toks.keys[start - 1] in HYPHENS and _inside_word(toks, start, lex):
        return None  # "Nur-Sultan": part of a word, not a title
    if match.canonical in _BARE_MINISTERS:
        _field_before(toks, match, floor, lex)
        start = match.start  # "Unification Minister": the title now starts at its field
    owner = (
        _owner(toks, match, floor, lex) if start > 1 and toks.kinds[start - 1] == POSS else None
    )
    draft = _Draft(match, context_before(toks, owner.start if owner else start, floor, lex))
    if match.role in _ROYAL and _personal(draft.ctx.honorifics, lex):
        return None  # "Dr. Sultan bin Ahmed Al Jaber": a given name, not a sultan
    j = draft.end = _own_acronym(toks, match, match.end)
    if j < toks.n and (toks.keys[j] in _PHRASE_WORDS or toks.keys[j] in lex.first_words):
        j = _title_phrase(toks, draft, lex)
        if j < 0:
            return None
    if match.entry.plural and not _plural_ok(toks, match):
        return None
    named = _name_after_title(toks, draft, j, lex)
    if named is None or (not named and match.entry.plural):
        return None  # honorifics and no name: "Sheikh" alone is nobody; "ministers" are many
    if not named:
        if not apposed and not _possessor_title(toks, draft):
            _name_apart(toks, draft, floor, lex, anchored=anchored)
        if draft.name is None and not _unnamed_ok(toks, draft, lex, unnamed, anchored):
            return None
    return _finish(toks, draft, lex)


def _plural_ok(toks: Tokens, match: TitleMatch) -> bool:
    """A plural title heads a list of names only in title case ("Foreign Ministers"; in upper
    case, "MINISTERS MET", any word looks like a name) and outside a body's name ("Council
    of Economic Advisers Beryl Sprinkel" is the council's chairman)."""
    if any(toks.keys[k] == "of" for k in range(max(0, match.start - _BODY_GAP), match.start)):
        return False
    return toks.word(match.end - 1).istitle()


def _unnamed_ok(toks: Tokens, draft: _Draft, lex: Lexicon, unnamed: bool, anchored: bool) -> bool:
    """Step 6: whether a title without a name is reported (see :func:`_stands_alone`)."""
    return unnamed and (anchored or _stands_alone(toks, draft, lex))


def _title_phrase(toks: Tokens, draft: _Draft, lex: Lexicon) -> int:
    """Steps 3 and 4: complements, more offices, a rank; the token after them, or -1 when
    the title owns the office after it ("the Russian president's aide")."""
    keys = toks.keys
    n = toks.n
    match = draft.match
    # each step is tried only where its first word stands (most titles have none of them)
    j = draft.end  # after the title and its own acronym
    if j + 1 < n and keys[j] in _COMPLEMENT_WORDS:
        j = _complements(toks, draft, match, j, lex)
    if j + 1 < n and toks.kinds[j] == POSS and _owns(toks, j, lex):
        return -1  # whose aide: read with the aide
    if j + 1 < n and (keys[j] in _TITLE_JOINERS or keys[j] == ","):
        j = _more_offices(toks, draft, j, lex)
    if j < n and keys[j] in lex.first_words:
        j = _title_tail(toks, draft, j, lex)
    return j


def _own_acronym(toks: Tokens, match: TitleMatch, j: int) -> int:
    """The token after the title's own acronym in brackets ("Chief of Army Staff (COAS)",
    "External Affairs Minister (EAM)"), else ``j``: the initials of its words, with or
    without the small ones."""
    if j + 2 >= toks.n or toks.keys[j] != "(" or toks.keys[j + 2] != ")":
        return j
    acronym = toks.word(j + 1)
    if len(acronym) < 2 or not acronym.isupper():  # noqa: PLR2004 - one letter is no acronym
        return j
    words = toks.span(match.start, match.end).replace("-", " ").split()
    every = "".join(word[0] for word in words).upper()
    capitals = "".join(word[0] for word in words if word[0].isupper())
    return j + 3 if acronym in (every, capitals) else j


def _owner(toks: Tokens, match: TitleMatch, floor: int, lex: Lexicon) -> TitleMatch | None:
    """The title whose office this one belongs to: "the UN Secretary-General's special envoy",
    "the Russian president's aide" (a presidential aide); ``None`` when there is none."""
    poss = match.start - 1
    for s in range(max(floor, poss - _MAX_OWNER_TOKENS), poss):  # the longest title first
        if toks.keys[s] in lex.first_words:
            owner = match_title(toks, s, lex)
            if owner is not None and owner.end == poss:
                if owner.canonical == "President" and match.canonical in PRESIDENTIAL:
                    match.canonical = f"Presidential {match.canonical}"
                return owner
    return None


def _owns(toks: Tokens, j: int, lex: Lexicon) -> bool:
    """Whether "'s" and a title follow token ``j``: the title before it owns that office."""
    return (
        j + 1 < toks.n
        and toks.kinds[j] == POSS
        and toks.keys[j + 1] in lex.first_words
        and match_title(toks, j + 1, lex) is not None
    )


def _inside_word(toks: Tokens, start: int, lex: Lexicon) -> bool:
    """A title word hyphenated to the word before it, which is no status word ("then-")."""
    return (
        start > 1
        and toks.keys[start - 1] in HYPHENS
        and toks.glued(start - 1)
        and toks.keys[start - 2] not in lex.modifiers
    )


def _possessor_title(toks: Tokens, draft: _Draft) -> bool:
    """A title followed by "'s" is whose something is, not whose name is near: "Ushakov, the
    Russian president's aide" is no president."""
    return draft.end < toks.n and toks.kinds[draft.end] == POSS


def _personal(honorifics: list[str], lex: Lexicon) -> bool:
    """Whether the last honorific is a personal one ("Dr.", "Mr."): a given name follows."""
    return bool(honorifics) and fold(honorifics[-1]).rstrip(".") in lex.personal


def _field_before(toks: Tokens, match: TitleMatch, floor: int, lex: Lexicon) -> None:
    """ "Unification Minister", "Tourism Secretary": a portfolio the table does not list."""
    prev = match.start - 1
    if (
        prev >= floor
        and toks.kinds[prev] == WORD
        and toks.cap(prev)
        and toks.keys[prev] not in lex.stop
        and toks.keys[prev] not in lex.first_words
        and country_of(toks.word(prev)) is None
        and org_lookup(toks.word(prev)) is None
    ):
        field = toks.word(prev)
        match.canonical = f"{field} {match.canonical}"
        match.portfolio = field
        match.start = prev
        if match.role is _OFFICIAL:
            match.role = _MINISTER


def _complements(toks: Tokens, draft: _Draft, match: TitleMatch, j: int, lex: Lexicon) -> int:
    """ "of Qatar", "for the Russian Foreign Ministry", "at the Ministry of Foreign Affairs",
    "to the Russian Federation" after a title: return the token after them."""
    n = toks.n
    for _ in range(_MAX_COMPLEMENTS):
        if j + 1 >= n:
            break
        key = toks.keys[j]
        if key == "to" and match.takes == "to" and match.posting is None:
            k = after_the(toks, j + 1)
            end = region_end(toks, k)  # "the Ambassador of the Czech Republic to the ..."
            if end == k:
                break
            match.posting = toks.span(k, end)
            match.end = draft.end = j = end
            continue
        if key == "to" and match.canonical in PRESIDENTIAL:
            end = _whose_aide(toks, draft, match, j + 1, lex)  # "adviser to the Chancellor"
            if end == j + 1:
                break
            draft.end = j = end
            continue
        if key not in _LINKS:
            break
        country, org, end = read_entity(toks, j + 1, lex)
        if end == j + 1 and key == "of" and match.role is _OFFICIAL and match.takes == "of":
            end = _subdivision(toks, draft, j + 1, lex)  # "Chief Minister of Manipur"
            country = draft.of_country
        elif end == j + 1 and key == "of" and match.role is Role.MONARCH:
            end = _local_throne(toks, match, j + 1, lex)  # "Ruler of Dubai", "Emir of Kano"
        if end == j + 1 or (key == "at" and not _posted_at(country, org)):
            break
        if country is not None and org is None and _before_title(toks, end, lex):
            break  # "spokesperson for the Israeli prime minister": another official
        draft.of_country = draft.of_country or country
        draft.of_org = draft.of_org or org
        draft.complement = True
        if toks.keys[end - 1] in lex.legislatures and (org is None or org.kind != "igo"):
            _presiding(match)  # "President of El Salvador's Legislative Assembly"
        draft.end = j = end
    return j


def _whose_aide(toks: Tokens, draft: _Draft, match: TitleMatch, k: int, lex: Lexicon) -> int:
    """ "adviser to the German Chancellor", "aide to President X": the office an aide serves
    (its country is the aide's; a president's aide is a presidential one); the token after
    it, else ``k``."""
    country, org, end = read_entity(toks, k, lex)
    at = end if org is None else k
    at = after_the(toks, at) if at < toks.n else at
    if at >= toks.n or toks.keys[at] not in lex.first_words:
        return k
    owner = match_title(toks, at, lex)
    if owner is None or owner.role is _MILITARY or _name_at(toks, owner.end, lex):
        return k  # "an aide to Prime Minister X": the name is the prime minister's
    draft.of_country = draft.of_country or country
    if owner.canonical == "President":
        match.canonical = f"Presidential {match.canonical}"
    return owner.end


def _presiding(match: TitleMatch) -> None:
    """The president or chair of a legislature presides over it: a legislator, and its
    president is its speaker."""
    if match.canonical == "President":
        match.canonical = "Speaker"
        match.role = _LEGISLATOR
    elif match.canonical in _CHAIRS:
        match.role = _LEGISLATOR


def _subdivision(toks: Tokens, draft: _Draft, k: int, lex: Lexicon) -> int:
    """The end of a subdivision's name after a sub-national office ("Governor of Maharashtra",
    "Deputy Governor of Kano State", "Chief Minister of Manipur N. Singh"), else ``k``: a
    name the regions table knows or one closed by "State", "Province"..., else one word
    when a name follows it. The table's country becomes the official's."""
    first = k
    article = after_the(toks, k) > k
    k = after_the(toks, k)
    best = k
    for end in range(k + 1, min(toks.n, k + _MAX_SUBDIVISION_WORDS) + 1):
        if toks.kinds[end - 1] != WORD or not toks.cap(end - 1):
            break
        if (
            toks.keys[end - 1] in lex.subdivision_words
            or fold(toks.span(k, end)) in lex.subdivisions
        ):
            best = end
    if best == k and not article and _word_then_name(toks, k, lex):
        best = k + 1
    if best > k:
        alpha3 = lex.subdivisions.get(fold(toks.span(k, best)), "-")
        if alpha3 != "-":
            draft.of_country = draft.of_country or country_code(alpha3)
    return best if best > k else first


def _local_throne(toks: Tokens, match: TitleMatch, k: int, lex: Lexicon) -> int:
    """A monarch's title of a place that is no state ("Ruler of Dubai", "Emir of Kano"): a
    sub-national ruler, an official; the token after the place, else ``k``."""
    end = k
    while end < toks.n and end - k < _MAX_SUBDIVISION_WORDS and toks.kinds[end] == WORD:
        if not toks.cap(end) or toks.keys[end] in lex.name_breaks:
            break
        end += 1
    if end == k or (end < toks.n and toks.kinds[end] == WORD):
        return k  # "King of Jordan Abdullah II" is read as a state's; a name may follow
    match.role = _OFFICIAL
    return end


def _word_then_name(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """A capitalised word that starts no organisation, then a name of two words or more."""
    if k + 1 >= toks.n or toks.kinds[k] != WORD or not toks.cap(k):
        return False
    if toks.keys[k] in lex.org_first_words or toks.keys[k] in lex.name_breaks:
        return False
    stop = parse_name(toks, k + 1, lex)
    if stop >= toks.n:
        return stop > k + 2 and good_name(toks, k + 1, stop, lex)
    # the name ends the phrase: "National Bank of ..." is a body's name, no person's
    ends = toks.kinds[stop] != WORD or toks.keys[stop] not in _COMPLEMENT_WORDS
    return ends and stop > k + 2 and good_name(toks, k + 1, stop, lex)


def _before_title(toks: Tokens, end: int, lex: Lexicon) -> bool:
    """Whether a title that is no rank starts at ``end`` ("the Israeli | prime minister")."""
    if end >= toks.n or toks.keys[end] not in lex.first_words:
        return False
    title = match_title(toks, end, lex)
    return title is not None and title.role is not _MILITARY


def _posted_at(country: Country | None, org: Org | None) -> bool:
    """ "at the Ministry of Foreign Affairs", "at the Turkish embassy": a post, not a venue
    ("the foreign minister at the UN" is no UN official)."""
    if org is not None:
        return org.kind == "government"
    return country is not None


def _more_offices(toks: Tokens, draft: _Draft, j: int, lex: Lexicon) -> int:
    """Other titles of the same person, joined to the first: return the token after them.

    "Prime Minister and Foreign Minister Sheikh Mohammed", "Crown Prince, Deputy Premier
    and Minister of Defense Prince Mohammed": only after a capitalised title with no "the"
    ("Kazakhstan's president and Foreign Minister Wang Yi" and "the President and First
    Lady" are two people), and a list with commas only when a name ends it.
    """
    if draft.ctx.determiner or not toks.cap(draft.match.start):
        return j
    n = toks.n
    offices: list[TitleMatch] = []
    k = j
    listed = False
    saved = (draft.of_country, draft.of_org, draft.complement, draft.end)
    for _ in range(_MAX_OFFICES):
        if k + 1 >= n or (toks.keys[k] not in _TITLE_JOINERS and toks.keys[k] != ","):
            break
        nxt = k + 1
        comma = toks.keys[k] == ","
        if comma:
            if toks.keys[nxt] == "and" and nxt + 1 < n:
                nxt += 1  # "Crown Prince, Deputy Premier, and ..."
            if not toks.cap(nxt):
                break
        second = match_title(toks, nxt, lex)
        if second is None:
            break
        listed = listed or comma  # a comma before another title, not one that ends them
        offices.append(second)
        k = _complements(toks, draft, second, second.end, lex)
    if not offices or (listed and not _name_at(toks, k, lex)):
        draft.of_country, draft.of_org, draft.complement, draft.end = saved
        return j
    draft.offices.extend(offices)
    return k


def _name_at(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """Whether a name (after any honorifics) starts at token ``k``."""
    _, start = read_honorifics(toks, k, lex)
    stop = parse_name(toks, start, lex)
    return stop > start and good_name(toks, start, stop, lex)


def _title_tail(toks: Tokens, draft: _Draft, j: int, lex: Lexicon) -> int:
    """A title right after the title: a military rank ("IDF Chief of Staff Lt. Gen. Eyal
    Zamir") or the same office after a style ("Custodian of the Two Holy Mosques King")."""
    if j < toks.n and toks.keys[j] in lex.first_words and toks.cap(j):
        rank = match_title(toks, j, lex)
        if (
            rank is not None
            and rank.end < toks.n
            and (rank.role is _MILITARY or rank.role is draft.match.role)
        ):
            j = rank.end
    return j


def _name_after_title(toks: Tokens, draft: _Draft, j: int, lex: Lexicon) -> bool | None:
    """Honorifics and a name right after the title: "Emir Sheikh Tamim bin Hamad Al Thani",
    or in brackets: "External Affairs Minister (Shrimati Sushma Swaraj)".

    ``True`` when a name was read, ``False`` when none, ``None`` when honorifics stand with
    no name and no complement ("Emir Sheikh" alone is nobody).
    """
    n = toks.n
    bracket = j + 1 < n and toks.keys[j] == "("
    k = j + 1 if bracket else j
    if k < n and toks.keys[k] in lex.honorifics:
        honorifics, start = read_honorifics(toks, k, lex)
    else:
        honorifics, start = [], k
    allow_i = draft.match.role in _REGNAL
    name_end = parse_name(toks, start, lex, allow_i=allow_i)
    if name_end > start and good_name(toks, start, name_end, lex):
        if bracket:
            if name_end >= n or toks.keys[name_end] != ")":
                return False
            draft.end = name_end + 1
        else:
            draft.end = name_end
        draft.name = toks.span(start, name_end)
        draft.honorifics = honorifics
        labelled = _party_label(toks, draft.end)
        if labelled > draft.end:  # "Senator Ana Ruiz (D-NY)": an American legislator
            draft.of_country = draft.of_country or country_code("USA")
        if draft.end < n and toks.keys[draft.end] in _APPOSITION:
            _of_after_name(toks, draft, lex)
        return True
    if start > k and not draft.complement and not bracket:
        return None
    return False


def _of_after_name(toks: Tokens, draft: _Draft, lex: Lexicon) -> None:
    """Apposition: "Benjamin Netanyahu, of Israel" / "Tokayev of Kazakhstan"."""
    n = toks.n
    end = draft.end
    at = end + 1 if end < n and toks.keys[end] == "," else end
    if at + 1 < n and toks.keys[at] == "of":
        country, org, after = read_entity(toks, at + 1, lex)
        if country is not None or org is not None:
            draft.of_country = draft.of_country or country
            draft.of_org = draft.of_org or org
            draft.end = after


def _name_apart(toks: Tokens, draft: _Draft, floor: int, lex: Lexicon, *, anchored: bool) -> None:
    """A name set off by a comma after the title, else before it (with its honorifics)."""
    end = draft.end
    if end < toks.n and toks.keys[end] == ",":
        after = name_after_comma(toks, end, lex)
        if after is not None:
            draft.name = toks.span(after.start, after.end)
            draft.honorifics = after.honorifics
            if after.office is not None and after.office.role is draft.match.role:
                draft.offices.append(after.office)  # "Saudi Arabia's ruler, King Salman"
            draft.end = after.end
            return
    before = name_before(toks, draft.ctx.start, floor, lex, anchored=anchored)
    if before is None:
        return
    draft.start = before.first
    draft.honorifics = before.honorifics
    draft.name = toks.span(before.start, before.end)


def _stands_alone(toks: Tokens, draft: _Draft, lex: Lexicon) -> bool:
    """Whether a title without a name stands for one person in running text.

    "the prime minister" is one person; "the head" or "the envoy" needs a country, an
    organisation or an "of" phrase to be one.
    """
    ctx = draft.ctx
    bare = draft.match.entry.bare
    named_by_context = bool(ctx.country or ctx.organization or draft.complement)
    if not bare or not (named_by_context or (ctx.determiner and bare == "y")):
        return False
    end = draft.end
    if end < toks.n and toks.kinds[end] == POSS:
        return False
    return not (end < toks.n and toks.cap(end) and toks.keys[end] not in lex.stop)


def _finish(toks: Tokens, draft: _Draft, lex: Lexicon) -> Found:
    """Step 7: the official read, its titles made in context."""
    ctx = draft.ctx
    match = draft.match
    org = ctx.organization or draft.of_org
    if org is None and (match.organization or len(draft.offices) > 1):
        org = _implied_org(draft, lex)
    country = ctx.country or draft.of_country
    implied = False
    if country is None:
        country, implied = _implied_country(draft, org)
    ctx.country = country
    if len(draft.offices) == 1:  # the common case: one office
        made = make_title(toks, match, ctx, org, lex)
        offices: tuple[Title, ...] = ()
    else:
        titles = [make_title(toks, office, ctx, org, lex) for office in draft.offices]
        made = most_relevant(titles) or titles[0]
        offices = distinct(titles)
    organization = org.canonical if org is not None else match.organization
    posting = match.posting
    if posting is None and made.role in _POSTED:
        posting = next((office.posting for office in draft.offices if office.posting), ctx.region)
    found = Found(
        draft.start,
        draft.end,
        draft.name,
        title=made,
        country=country,
        organization=organization,
        honorifics=ctx.honorifics + draft.honorifics,
    )
    found.offices = offices
    found.posting = posting
    found.implied = implied
    return found


def _implied_org(draft: _Draft, lex: Lexicon) -> Org | None:
    """The organisation a title implies ("Spokesperson for the Secretary-General": the UN)."""
    implied = next((m.organization for m in draft.offices if m.organization), None)
    return lex.orgs.get(org_key(implied)) if implied is not None else None


def _implied_country(draft: _Draft, org: Org | None) -> tuple[Country | None, bool]:
    """The country that the organisation, a title ("State Councilor") or an honorific
    ("Datuk") implies when the text names none, and whether only the wording implies it
    (a title's or honorific's, not a body's: the gazetteer may know better)."""
    if org is not None and org.country:
        return country_code(org.country), False
    if draft.match.home:
        return country_code(draft.match.home), True  # "State Councilor": CHN
    if draft.honorifics or len(draft.offices) > 1:
        home = _home_country(draft)
        return home, home is not None
    return None, False


def _home_country(draft: _Draft) -> Country | None:
    """The country that a title ("State Councilor") or an honorific ("Datuk") implies when
    the text names none."""
    home = next((office.home for office in draft.offices if office.home), "")
    if not home and draft.honorifics:
        home = honorific_home(draft.honorifics)
    return country_code(home) if home else None


def read_listed(toks: Tokens, previous: Found, prefixed: bool, lex: Lexicon) -> Found | None:
    """The next name of a list under a plural title, with the same office: "Foreign Ministers
    Ana Ruiz of Peru and Tom Baker of Chile", "Senators Ana Ruiz (D-NY), Tom Baker (R-TX)".

    ``prefixed``: the list's country was printed before the title ("US Senators"), so it is
    everyone's; an "of" phrase after a name is that person's alone.
    """
    n = toks.n
    k = _after_label(toks, previous.end)
    if toks.keys[k - 1] in _LIST_JOINERS:
        k -= 1  # an "of" phrase read on to the joiner: "of Brazil and"
    if k + 1 >= n or toks.keys[k] not in _LIST_JOINERS:
        return None
    k += 2 if toks.keys[k] == "," and toks.keys[k + 1] == "and" else 1
    honorifics, start = read_honorifics(toks, k, lex)
    if start < n and toks.keys[start] in lex.first_words and match_title(toks, start, lex):
        return None  # another official with a title of his own
    stop = parse_name(toks, start, lex)
    if stop == start or not good_name(toks, start, stop, lex):
        return None
    country, _, end = of_country(toks, stop)
    if end == stop:
        country = previous.country if prefixed else None
        labelled = _party_label(toks, stop)
        if labelled > stop:
            country = country or country_code("USA")
    return Found(
        k,
        end,
        toks.span(start, stop),
        title=previous.title,
        country=country,
        organization=previous.organization,
        honorifics=honorifics,
    )


def _party_label(toks: Tokens, k: int) -> int:
    """The token after a US party-and-state label at ``k`` ("(R-AZ)", "(D-N.J.)",
    "(I-Vt.)"), else ``k``."""
    if k + 4 >= toks.n or toks.keys[k] != "(" or toks.keys[k + 1] not in _PARTIES:
        return k
    if toks.keys[k + 2] not in HYPHENS or not toks.cap(k + 3):
        return k
    for close in range(k + 4, min(toks.n, k + _MAX_LABEL_TOKENS)):
        if toks.keys[close] == ")":
            return close + 1
    return k


def _after_label(toks: Tokens, k: int) -> int:
    """The token after a short bracket that labels a name ("(R-AZ)", "(D-N.J.)"), else ``k``."""
    if k < toks.n and toks.keys[k] == "(":
        for close in range(k + 1, min(toks.n, k + _MAX_LABEL_TOKENS)):
            if toks.keys[close] == ")":
                return close + 1
    return k
