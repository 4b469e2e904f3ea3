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
   diplomacy as its title (:func:`~accordlib.officials.found.most_relevant`).

:mod:`~accordlib.officials.prose` runs it over a whole text and relates the officials.
"""

from __future__ import annotations

from accordlib.countries.model import Country
from accordlib.officials.complements import (
    formation_after,
    head_of_diplomacy,
    local_office,
    local_place,
    name_at,
    party_member,
    past_honours,
    plural_ok,
    presiding,
    whose_aide,
)
from accordlib.officials.context import Context, context_before, read_entity
from accordlib.officials.entities import country_code, country_of, org_lookup
from accordlib.officials.found import Found, distinct, most_relevant
from accordlib.officials.lexicon import Lexicon, Org, org_key
from accordlib.officials.model import Role, Title
from accordlib.officials.names import (
    NameApart,
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
    bracketed_place,
    make_title,
    match_title,
    own_acronym,
    posted,
    region_end,
)
from accordlib.officials.tokens import HYPHENS, POSS, POSS_KEY, WORD, Tokens, fold

__all__ = ["PRESIDENTIAL", "read_official"]

_AMBASSADOR = Role.AMBASSADOR
_MILITARY = Role.MILITARY
_MINISTER = Role.MINISTER
_OFFICIAL = Role.OFFICIAL
#: Roles whose holders may bear the regnal number "I" ("King Abdullah I").
_REGNAL = (Role.MONARCH, Role.HEIR, Role.RELIGIOUS_LEADER)
#: Royal titles that are given names after a personal honorific ("Dr. Sultan bin Ahmed").
_ROYAL = (Role.MONARCH, Role.HEIR)
#: Roles whose holders are posted somewhere ("ambassador to Turkey", "Middle East envoy").
_POSTED = (Role.AMBASSADOR, Role.ENVOY)
#: Titles that take a field printed before them ("Unification Minister").
_BARE_MINISTERS = frozenset({"Minister", "Secretary"})
#: The office a counterpart or colleague has before the other party's is mirrored.
_COUNTERPART = "Counterpart"
#: What may open an "of" phrase after a name ("Netanyahu, of Israel").
_APPOSITION = frozenset({",", "of"})
#: Longest world region after "for" ("Latin America and the Caribbean"), in words.
_MAX_REGION_WORDS = 5
#: Words joining two titles of one person: "Prime Minister and Foreign Minister", "Deputy Prime
#: Minister - Foreign Minister".
_TITLE_JOINERS = frozenset({"and", "&", "-", "\u2013", "\u2014", "/"})
#: Words that link a title to an entity: "of Qatar", "for the Foreign Ministry", "at the embassy".
_LINKS = frozenset({"of", "for", "at"})
#: ... and to a posting: "to the Russian Federation".
_COMPLEMENT_WORDS = _LINKS | {"to", "in"}
#: Words after a title that may continue its phrase (a complement, another office, whose
#: office: "'s"), besides the first words of titles.
_PHRASE_WORDS = _COMPLEMENT_WORDS | _TITLE_JOINERS | {",", POSS_KEY, "from"}
#: At most this many complements and offices are read after one title.
_MAX_COMPLEMENTS = 3
_MAX_OFFICES = 4
#: Longest title whose office another belongs to ("the UN Secretary-General's"), in tokens.
_MAX_OWNER_TOKENS = 5
_ARTICLES = frozenset({"the", "a", "an"})
#: Offices that a president's possessive makes presidential ("the president's aide").
PRESIDENTIAL = frozenset({"Aide", "Adviser"})


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
    if _no_title_here(toks, match, lex):
        return None
    if match.canonical in _BARE_MINISTERS:
        _field_before(toks, match, floor, lex)
        start = match.start  # "Unification Minister": the title now starts at its field
    owner = (
        _owner(toks, match, floor, lex) if start > 1 and toks.kinds[start - 1] == POSS else None
    )
    draft = _Draft(match, context_before(toks, owner.start if owner else start, floor, lex))
    if match.role in _ROYAL and _personal(draft.ctx.honorifics, lex):
        return None  # "Dr. Sultan bin Ahmed Al Jaber": a given name, not a sultan
    j = draft.end = own_acronym(toks, match, match.end)
    if match.role is _MILITARY:
        j = draft.end = _formation(toks, j, lex)  # "Commander Southern Command"
    if j < toks.n and (toks.keys[j] in _PHRASE_WORDS or toks.keys[j] in lex.first_words):
        j = _title_phrase(toks, draft, lex)
        if j < 0:
            return None
    named = _name_after_title(toks, draft, j, lex)
    if named is None:
        return None  # honorifics and no name: "Sheikh" alone is nobody; "ministers" are many
    if not named:
        if not apposed and not _possessor_title(toks, draft):
            _name_apart(toks, draft, floor, lex, anchored=anchored)
        if draft.name is None and not _unnamed_ok(toks, draft, lex, unnamed, anchored):
            return None
    return _finish(toks, draft, lex)


def _formation(toks: Tokens, j: int, lex: Lexicon) -> int:
    """After a military title, the formation it heads with no "of" ("Commander Southern
    Command Lieutenant General X"): the token after it, else ``j``."""
    return formation_after(toks, j, lex) if j < toks.n and toks.cap(j) else j


def _no_title_here(toks: Tokens, match: TitleMatch, lex: Lexicon) -> bool:
    """ "Nur-Sultan": part of a word, not a title; a plural that heads no list of names."""
    start = match.start
    if start > 1 and toks.keys[start - 1] in HYPHENS and _inside_word(toks, start, lex):
        return True
    return match.entry.plural and not plural_ok(toks, match)


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
    if j + 1 < n and keys[j] == "from" and match.canonical == _COUNTERPART:
        j = _counterpart_from(toks, draft, j, lex)
    if j + 1 < n and keys[j] in _COMPLEMENT_WORDS:
        j = _complements(toks, draft, match, j, lex)
    if j + 1 < n and toks.kinds[j] == POSS and _owns(toks, j, lex):
        return -1  # whose aide: read with the aide
    if j + 1 < n and (keys[j] in _TITLE_JOINERS or keys[j] == ","):
        j = _more_offices(toks, draft, j, lex)
    if j < n and keys[j] in lex.first_words:
        j = _title_tail(toks, draft, j, lex)
    return j


def _counterpart_from(toks: Tokens, draft: _Draft, j: int, lex: Lexicon) -> int:
    """ "his counterpart from the Republic of Argentina, Ana Ruiz": the state after "from" at
    ``j`` is the counterpart's; the token after it (``j`` when no state follows)."""
    country, _, after = read_entity(toks, j + 1, lex)
    if country is None:
        return j
    draft.of_country = draft.of_country or country
    draft.end = after
    return after


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
    for _ in range(_MAX_COMPLEMENTS):
        if j + 1 >= toks.n:
            break
        end = _complement(toks, draft, match, j, lex)
        if end < 0:
            break
        draft.end = j = end
    return j


def _complement(toks: Tokens, draft: _Draft, match: TitleMatch, j: int, lex: Lexicon) -> int:
    """One complement at ``j``: the token after it, or -1 when there is none."""
    key = toks.keys[j]
    if key == "to":
        return _to_complement(toks, draft, match, j, lex)
    if key == "in":  # "the Syrian ambassador in Muscat": a posting, for envoys only
        return _to_complement(toks, draft, match, j, lex) if match.takes == "to" else -1
    if key not in _LINKS:
        return -1
    country, org, end = read_entity(toks, j + 1, lex)
    if org is None:
        country, end = _no_body(toks, match, key, j + 1, (country, end), lex)
    if end == j + 1 or (key == "at" and not _posted_at(country, org)):
        return -1
    if country is not None and org is None and _before_title(toks, end, lex):
        return -1  # "spokesperson for the Israeli prime minister": another official
    draft.of_country = draft.of_country or country
    draft.of_org = draft.of_org or org
    draft.complement = True
    if toks.keys[end - 1] in lex.legislatures and (org is None or org.kind != "igo"):
        presiding(match)  # "President of El Salvador's Legislative Assembly"
    return end


def _no_body(
    toks: Tokens,
    match: TitleMatch,
    key: str,
    k: int,
    read: tuple[Country | None, int],
    lex: Lexicon,
) -> tuple[Country | None, int]:
    """After "of" or "for" (at ``k``) when no body was read: "the chief of French diplomacy",
    a place that is no state ("Chief Minister of Manipur"), a world region ("Vice Foreign
    Minister for Latin America"); the country and the end of what was read."""
    country, end = read
    if key == "of":
        end = head_of_diplomacy(toks, match, end, lex)
        if end == k:
            return local_place(toks, match, k, lex)
    elif key == "for" and end == k:
        return country, _region_for(toks, k, lex)
    return country, end


def _region_for(toks: Tokens, k: int, lex: Lexicon) -> int:
    """The end of a world region after "for", an official's area ("for Latin America", "for
    the Middle East"): no state of the official's; ``k`` when there is none."""
    start = after_the(toks, k)
    if start >= toks.n or not toks.cap(start):
        return k
    for end in range(min(toks.n, start + _MAX_REGION_WORDS), start, -1):
        if fold(toks.span(start, end)) in lex.regions:
            return end
    return k


def _to_complement(toks: Tokens, draft: _Draft, match: TitleMatch, j: int, lex: Lexicon) -> int:
    """ "to the Russian Federation", "in Muscat" (a posting), "to the German Chancellor" (whose
    aide)."""
    if (match.takes == "to" or posted(match, lex)) and match.posting is None:
        k = after_the(toks, j + 1)
        end = region_end(toks, k)  # "the Ambassador of the Czech Republic to the ..."
        if end == k:
            return -1
        if match.takes != "to":
            match.role = _AMBASSADOR  # "High Commissioner of Malta to India"
        match.posting = toks.span(k, end)
        match.end = end = bracketed_place(toks, end)
        return end
    if match.canonical in PRESIDENTIAL and toks.keys[j] == "to":
        country, end = whose_aide(toks, match, j + 1, lex)  # "adviser to the Chancellor"
        draft.of_country = draft.of_country or country
        return end if end > j + 1 else -1
    return -1


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
        second = match_title(toks, nxt, lex) or local_office(toks, nxt, lex)
        if second is None:
            break
        listed = listed or comma  # a comma before another title, not one that ends them
        offices.append(second)
        k = _complements(toks, draft, second, second.end, lex)
    if not offices or (listed and not name_at(toks, k, lex)):
        draft.of_country, draft.of_org, draft.complement, draft.end = saved
        return j
    draft.offices.extend(offices)
    return k


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
        if draft.end + 2 < n and toks.keys[draft.end] == ",":
            draft.end = past_honours(toks, draft.end, lex)  # "X, NI (M), Chief of ..."
        if party_member(toks, draft.match, draft.end):  # "Senator Ana Ruiz (D-NY)"
            draft.of_country = draft.of_country or country_code("USA")
        if draft.end < n and toks.keys[draft.end] in _APPOSITION:
            _of_after_name(toks, draft, lex)
        return True
    if (start > k and not draft.complement and not bracket) or draft.match.entry.plural:
        return None  # a plural with no name is many people
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
    mirror = draft.match.canonical == _COUNTERPART
    before = name_before(toks, draft.ctx.start, floor, lex, anchored=anchored, mirror=mirror)
    if before is None and end < toks.n and toks.keys[end] == ",":
        # between two names set off by commas, the title is the first's: "Mr. A, Ambassador
        # of the ROK to Japan, Mr. B"
        after = name_after_comma(toks, end, lex) or _body_then_name(toks, draft, end, lex)
        if after is not None:
            draft.name = toks.span(after.start, after.end)
            draft.honorifics = after.honorifics
            if after.office is not None and after.office.role is draft.match.role:
                draft.offices.append(after.office)  # "Saudi Arabia's ruler, King Salman"
            draft.end = after.end
            return
    if before is None:
        return
    draft.start = before.first
    draft.honorifics = before.honorifics
    draft.name = toks.span(before.start, before.end)


def _body_then_name(toks: Tokens, draft: _Draft, comma: int, lex: Lexicon) -> NameApart | None:
    """A body set off by commas between the title and the name, as Nigerian and Ghanaian
    copy prints them ("Spokesperson, Ministry of Foreign Affairs, Ana Ruiz,"): the name,
    the body taken as the title's "of" phrase."""
    if comma + 2 >= toks.n or not toks.cap(comma + 1):
        return None
    country, org, after = read_entity(toks, comma + 1, lex)
    if org is None or org.kind == "igo" or after >= toks.n or toks.keys[after] != ",":
        return None
    found = name_after_comma(toks, after, lex)
    if found is not None:
        draft.of_org = draft.of_org or org
        draft.of_country = draft.of_country or country
    return found


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
