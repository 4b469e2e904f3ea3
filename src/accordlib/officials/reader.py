"""The official reader: the official around one title, as a token span with its parts.

:func:`read_official` reads the official around a title matched at some token
(:mod:`~accordlib.officials.titles`) in named steps:

1. a field printed before a bare "Minister" ("Unification Minister"), the title that owns
   this one ("the UN Secretary-General's envoy");
2. the context before the title: country, organisation, status words, honorifics
   (:func:`~accordlib.officials.context.context_before`);
3. (:mod:`~accordlib.officials.phrase`) complements: "of"/"for"/"at" an entity ("Emir of Qatar", "spokeswoman for the Russian
   Foreign Ministry", "at the Turkish embassy"), "to" a posting ("Ambassador to Turkey");
4. (:mod:`~accordlib.officials.phrase`) more offices of the same person ("Deputy Prime Minister and Foreign Minister", "Crown
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
    LOCAL_OFFICES,
    bare_subdivision,
    formation_after,
    party_member,
    past_honours,
    place_before,
    plural_ok,
    spoken_to,
)
from accordlib.officials.context import context_before, read_entity
from accordlib.officials.draft import COUNTERPART, PRESIDENTIAL, Draft
from accordlib.officials.entities import country_code, country_of, org_lookup
from accordlib.officials.found import Found, distinct, most_relevant
from accordlib.officials.lexicon import Lexicon, Org, org_key
from accordlib.officials.making import make_title
from accordlib.officials.model import Role, Title
from accordlib.officials.names import (
    PATRONYMIC,
    NameApart,
    good_name,
    honorific_home,
    name_after_comma,
    name_before,
    parse_name,
    read_honorifics,
)
from accordlib.officials.phrase import (
    COMPLEMENT_WORDS,
    TITLE_JOINERS,
    retired_end,
    state_follows,
    title_phrase,
)
from accordlib.officials.titles import (
    TitleMatch,
    match_title,
    own_acronym,
)
from accordlib.officials.tokens import HYPHENS, POSS, POSS_KEY, WORD, Tokens, fold
from accordlib.text.calendar import WEEKDAY_NAMES

__all__ = ["read_official"]

_MILITARY = Role.MILITARY
_OFFICIAL = Role.OFFICIAL
#: Roles whose titles may have a formation or a province right after them (:func:`_right_after`).
_RIGHT_AFTER = frozenset({_MILITARY, _OFFICIAL})
_MINISTER = Role.MINISTER
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
#: Words after a title that may continue its phrase (a complement, another office, whose
#: office: "'s"), besides the first words of titles.
_PHRASE_WORDS = COMPLEMENT_WORDS | TITLE_JOINERS | {",", POSS_KEY, "from"}
#: Longest title whose office another belongs to ("the UN Secretary-General's"), in tokens.
_MAX_OWNER_TOKENS = 5
#: Dashes that may set a list of names off its plural title.
_DASHES = frozenset({"-", "\u2013", "\u2014"})
#: Words before a name that make it the object of a verb: a title after it, set off by
#: commas, may be the next name's ("speaking to ANI, the foreign minister of X, Dr A said").
_OBJECT_OF = frozenset({"to", "with", "by", "from", "told"})

#: The fewest words of a name after a state printed before it ("Thailand Don Pramudwinai").
_TWO_WORDS = 2
#: A time phrase between a title and a name: its day and the part of it.
_WEEKDAYS = frozenset(WEEKDAY_NAMES)
_DAY_WORDS = frozenset({"today", "yesterday", "tonight"})
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
#: The longest country code, which is never read as a state before a name.
_MAX_CODE = 3
#: Letters that a state printed before a name shares with its English name.
_STEM = 3


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
    draft = Draft(match, context_before(toks, owner.start if owner else start, floor, lex), floor)
    if match.role in _ROYAL and _personal(draft.ctx.honorifics, lex):
        return None  # "Dr. Sultan bin Ahmed Al Jaber": a given name, not a sultan
    j = draft.end = own_acronym(toks, match, match.end)
    if match.role in _RIGHT_AFTER:
        j = draft.end = _right_after(toks, draft, j, lex)
    if j < toks.n and (
        toks.keys[j] in _PHRASE_WORDS
        or toks.keys[j] in lex.first_words
        or state_follows(toks, j, lex)
    ):
        j = title_phrase(toks, draft, lex)
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


def _right_after(toks: Tokens, draft: Draft, j: int, lex: Lexicon) -> int:
    """What a military or sub-national title may have right after it, before any complement:
    a formation ("Commander Southern Command"), a province printed bare ("Governor Sindh
    X"); the token after it, ``j`` when none is there."""
    if draft.match.role is _MILITARY:
        return _formation(toks, j, lex)
    if draft.match.takes == "of" and j + 1 < toks.n and toks.cap(j):
        return bare_subdivision(toks, draft, j, lex)
    return j


def _no_title_here(toks: Tokens, match: TitleMatch, lex: Lexicon) -> bool:
    """ "Nur-Sultan": part of a word, not a title; a plural that heads no list of names."""
    start = match.start
    if start > 1 and toks.keys[start - 1] in HYPHENS and _inside_word(toks, start, lex):
        return True
    if start and toks.keys[start - 1] in PATRONYMIC:
        return True  # "Zayed bin Khalifa bin Sultan Al Nahyan": a father's name, no sultan
    return match.entry.plural and not plural_ok(toks, match)


def _unnamed_ok(toks: Tokens, draft: Draft, lex: Lexicon, unnamed: bool, anchored: bool) -> bool:
    """Step 6: whether a title without a name is reported (see :func:`_stands_alone`)."""
    return unnamed and (anchored or _stands_alone(toks, draft, lex))


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


def _inside_word(toks: Tokens, start: int, lex: Lexicon) -> bool:
    """A title word hyphenated to the word before it, which is no status word ("then-"): not
    one after a dash written as two hyphens ("(Xinhua) -- Foreign Minister X")."""
    return (
        start > 1
        and toks.keys[start - 1] in HYPHENS
        and toks.glued(start - 1)
        and toks.glued(start)
        and toks.kinds[start - 2] == WORD
        and toks.keys[start - 2] not in lex.modifiers
    )


def _possessor_title(toks: Tokens, draft: Draft) -> bool:
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


def _name_after_title(toks: Tokens, draft: Draft, j: int, lex: Lexicon) -> bool | None:
    """Honorifics and a name right after the title: "Emir Sheikh Tamim bin Hamad Al Thani",
    or in brackets: "External Affairs Minister (Shrimati Sushma Swaraj)".

    ``True`` when a name was read, ``False`` when none, ``None`` when honorifics stand with
    no name and no complement ("Emir Sheikh" alone is nobody).
    """
    n = toks.n
    if draft.match.role is _MILITARY:
        j = retired_end(toks, j, lex)  # "Admiral (Retd) X"
    bracket = j + 1 < n and toks.keys[j] == "("
    k = j + 1 if bracket or _dash_list(toks, draft, j) else _after_time(toks, j)
    if k < n and toks.keys[k] in lex.honorifics:
        honorifics, start = read_honorifics(toks, k, lex)
    else:
        honorifics, start = [], k
    allow_i = draft.match.role in _REGNAL
    name_end = parse_name(toks, start, lex, allow_i=allow_i)
    if name_end > start and good_name(toks, start, name_end, lex):
        if draft.of_country is None and draft.ctx.country is None and not bracket:
            start = _state_first(toks, draft, start, name_end, lex)
        if bracket:
            if name_end >= n or toks.keys[name_end] != ")":
                return False
            draft.end = name_end + 1
        else:
            draft.end = name_end
        draft.name = toks.span(start, name_end)
        draft.honorifics = honorifics
        _after_name(toks, draft, lex)
        return True
    if (start > k and not draft.complement and not bracket) or draft.match.entry.plural:
        return None  # a plural with no name is many people
    return False


def _after_time(toks: Tokens, j: int) -> int:
    """After a time phrase between a title and a name ("Foreign Minister on Monday Ana Ruiz
    said", "Foreign Minister Tuesday Ana Ruiz", "Foreign Minister yesterday Ana Ruiz"): where
    the name may start; ``j`` when no such phrase is there."""
    keys, n = toks.keys, toks.n
    k = j + 1 if j + 1 < n and keys[j] == "on" and keys[j + 1] in _WEEKDAYS else j
    if k < n and (keys[k] in _WEEKDAYS or (k == j and keys[k] in _DAY_WORDS)):
        k += 1
        if k < n and keys[k] in _DAY_PARTS:
            k += 1  # "on Monday evening"
        if k < n and toks.cap(k):
            return k
    return j


def _state_first(toks: Tokens, draft: Draft, start: int, stop: int, lex: Lexicon) -> int:
    """ "Deputy Prime Minister and Foreign Minister Thailand Don Pramudwinai": a state of one
    or two words printed between a title and a name of two words or more is the official's
    (as "of Thailand" would be); where the name starts (``start`` when no state is there)."""
    for cut in (start + 1, start + 2):
        if stop - cut < _TWO_WORDS or toks.kinds[cut - 1] != WORD or not toks.cap(cut):
            break  # not inside a word: "Abdul-Malik al-Houthi"
        if toks.keys[start] in lex.given_countries:
            break  # "Senator Chad Michael Murray"
        printed = toks.span(start, cut)
        if len(printed) <= _MAX_CODE or printed.isupper():
            continue  # a code is a surname's look-alike: "Foreign Minister Yu Myung-hwan"
        country = country_of(printed)
        if (
            country is not None
            and _english_name(printed, country)
            and good_name(toks, cut, stop, lex)
        ):
            draft.of_country = country
            return cut
    return start


def _english_name(printed: str, country: Country) -> bool:
    """Whether ``printed`` begins as the state's English name does ("Thailand", "Turkiye",
    "Sri Lanka"): a demonym, a code or an inflected look-alike that the country reader also
    accepts ("Abdul" read as Turkish "ABD") is no state printed before a name."""
    stem = printed[:_STEM].casefold()
    return any(
        name is not None and name[:_STEM].casefold() == stem
        for name in (country.name, country.official_name)
    )


def _dash_list(toks: Tokens, draft: Draft, j: int) -> bool:
    """Whether a dash at ``j`` sets a list off its plural title ("Ambassadors Extraordinary
    and Plenipotentiary – Ana Ruiz of Chile, ...")."""
    return draft.match.entry.plural and j + 1 < toks.n and toks.keys[j] in _DASHES


def _after_name(toks: Tokens, draft: Draft, lex: Lexicon) -> None:
    """What may follow a name read after its title: honours ("X, NI (M), Chief of ..."), a
    US party label ("Senator Ana Ruiz (D-NY)"), an "of" phrase ("X, of Israel")."""
    n = toks.n
    if draft.end + 2 < n and toks.keys[draft.end] == ",":
        draft.end = past_honours(toks, draft.end, lex)
    if party_member(toks, draft.match, draft.end):
        draft.of_country = draft.of_country or country_code("USA")
    if draft.end < n and toks.keys[draft.end] in _APPOSITION:
        _of_after_name(toks, draft, lex)
    elif draft.end + 2 < n and toks.keys[draft.end] == "from":
        _side_after_name(toks, draft, lex)


def _side_after_name(toks: Tokens, draft: Draft, lex: Lexicon) -> None:
    """ "Deputy Foreign Minister X from Azerbaijan's side", "X from the Uzbek side": the state
    whose party the official is."""
    country, _, end = read_entity(toks, draft.end + 1, lex)
    if country is None:
        return
    if end < toks.n and toks.kinds[end] == POSS:
        end += 1
    if end < toks.n and toks.keys[end] in lex.sides:
        draft.of_country = draft.of_country or country
        draft.end = end + 1


def _of_after_name(toks: Tokens, draft: Draft, lex: Lexicon) -> None:
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


def _name_apart(toks: Tokens, draft: Draft, floor: int, lex: Lexicon, *, anchored: bool) -> None:
    """A name set off by a comma after the title, else before it (with its honorifics)."""
    end = draft.end
    mirror = draft.match.canonical == COUNTERPART
    before = name_before(toks, draft.ctx.start, floor, lex, anchored=anchored, mirror=mirror)
    if before is not None and before.first and toks.keys[before.first - 1] in _OBJECT_OF:
        # "speaking to ANI, the foreign minister of Bangladesh, Dr A said": the name before
        # is someone spoken to; the title is the name's after it, if one follows
        before = spoken_to(toks, before, end, lex)
    if before is None and end < toks.n and toks.keys[end] == ",":
        # between two names set off by commas, the title is the first's: "Mr. A, Ambassador
        # of the ROK to Japan, Mr. B"
        after = name_after_comma(toks, end, lex) or _body_then_name(toks, draft, end, lex)
        if after is not None and not _titled_next(toks, draft.ctx.start, floor, after.end, lex):
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


def _titled_next(toks: Tokens, start: int, floor: int, k: int, lex: Lexicon) -> bool:
    """Whether, in a list of names each followed by its title ("A, Ambassador of X, B,
    Ambassador of Y"), the name after the title starting at ``start`` (which ends at ``k``)
    is the next title's: the title follows a comma and words that no official before it
    took, and a comma and a title follow the name. A list of titles each followed by its
    name ("Minister of X, A, Minister of Y, B") starts with a title, not a comma."""
    return (
        start - 1 > floor
        and toks.keys[start - 1] == ","
        and k + 1 < toks.n
        and toks.keys[k] == ","
        and toks.keys[k + 1] in lex.first_words
        and toks.cap(k + 1)
        and match_title(toks, k + 1, lex) is not None
    )


def _body_then_name(toks: Tokens, draft: Draft, comma: int, lex: Lexicon) -> NameApart | None:
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


def _stands_alone(toks: Tokens, draft: Draft, lex: Lexicon) -> bool:
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


def _finish(toks: Tokens, draft: Draft, lex: Lexicon) -> Found:
    """Step 7: the official read, its titles made in context."""
    ctx = draft.ctx
    match = draft.match
    org = ctx.organization or draft.of_org
    if org is None and (match.organization or len(draft.offices) > 1):
        org = _implied_org(draft, lex)
    country = ctx.country or draft.of_country
    if country is None and org is None and match.canonical in LOCAL_OFFICES:
        country, draft.start = place_before(toks, draft.start, draft.floor, lex)
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


def _implied_org(draft: Draft, lex: Lexicon) -> Org | None:
    """The organisation a title implies ("Spokesperson for the Secretary-General": the UN)."""
    implied = next((m.organization for m in draft.offices if m.organization), None)
    return lex.orgs.get(org_key(implied)) if implied is not None else None


def _implied_country(draft: Draft, org: Org | None) -> tuple[Country | None, bool]:
    """The country that the organisation, a title ("State Councilor") or an honorific
    ("Datuk") implies when the text names none, and whether only the wording implies it
    (a title's or honorific's, not a body's: the gazetteer may know better)."""
    if org is not None and org.country:
        return country_code(org.country), False
    if draft.match.home:
        return country_code(draft.match.home), True  # "State Councilor": CHN
    if (draft.honorifics and (org is None or org.kind != "igo")) or len(draft.offices) > 1:
        # an honorific tells a person's nationality, not that of the body they serve: an
        # intergovernmental organisation's officer keeps no state ("ASEAN Secretary-General Dato' X")
        home = _home_country(draft)
        return home, home is not None
    return None, False


def _home_country(draft: Draft) -> Country | None:
    """The country that a title ("State Councilor") or an honorific ("Datuk") implies when
    the text names none."""
    home = next((office.home for office in draft.offices if office.home), "")
    if not home and draft.honorifics:
        home = honorific_home(draft.honorifics)
    return country_code(home) if home else None
