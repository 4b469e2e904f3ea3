"""What the wider press prints around a title, read for :mod:`accordlib.officials.reader`.

* a title's own acronym in brackets ("Chief of Army Staff (COAS)");
* the place of a sub-national office ("Deputy Governor of Kano State", "Governor of
  Maharashtra", "Chief Minister of Manipur X") and of a ruler of a place that is no state
  ("Ruler of Dubai", "Emir of Kano");
* the presiding officer of a legislature ("President of El Salvador's Legislative Assembly"
  is its speaker);
* whose aide or adviser ("adviser to the German Chancellor");
* a US party-and-state label after a name ("(R-AZ)");
* whether a plural title heads a list of names ("Foreign Ministers A of X and B of Y").
"""

from __future__ import annotations

from accordlib.countries.model import Country
from accordlib.officials.context import read_entity
from accordlib.officials.draft import Draft
from accordlib.officials.entities import country_code, country_of, org_lookup
from accordlib.officials.holders import holder_country
from accordlib.officials.lexicon import Lexicon, Org
from accordlib.officials.model import Role
from accordlib.officials.names import (
    NameApart,
    good_name,
    name_after_comma,
    parse_name,
    read_honorifics,
)
from accordlib.officials.titles import TitleMatch, after_the, match_title
from accordlib.officials.tokens import HYPHENS, POSS, WORD, Tokens, fold

__all__ = [
    "LINK_WORDS",
    "LOCAL_OFFICES",
    "after_label",
    "bare_subdivision",
    "entity_acronym",
    "entity_tail",
    "formation_after",
    "head_of_diplomacy",
    "local_office",
    "local_place",
    "name_at",
    "party_label",
    "party_member",
    "past_honours",
    "place_before",
    "plural_ok",
    "presiding",
    "spoken_for",
    "spoken_to",
    "unit_of",
    "whose_aide",
]

_MILITARY = Role.MILITARY
_OFFICIAL = Role.OFFICIAL
_LEGISLATOR = Role.LEGISLATOR
_FOREIGN_MINISTER = Role.FOREIGN_MINISTER
#: Words that link a title to what follows it ("of", "for", "at", "to").
LINK_WORDS = frozenset({"of", "for", "at", "to"})
#: Longest name of a subdivision after a sub-national office, in words ("Andhra Pradesh State").
_MAX_SUBDIVISION_WORDS = 4
#: Longest province printed bare between a title and a name ("Khyber Pakhtunkhwa"), in words.
_MAX_BARE_SUBDIVISION_WORDS = 3
#: Longest name of a military formation after its commander's title ("Northern Air Command").
_MAX_FORMATION_WORDS = 4
#: Most honours read after a name ("PVSM, AVSM, SM, VSM").
_MAX_HONOURS = 6
#: Titles of whoever chairs a body ("Chairwoman of the Federation Council").
_CHAIRS = frozenset({"Chairman", "Chairwoman", "Chairperson", "Chair"})
#: How near after "of" a plural title is part of a body's name ("Council of Economic Advisers").
_BODY_GAP = 3
#: The parties of US party-and-state labels ("(R-AZ)"): Republican, Democrat, Independent.
_PARTIES = frozenset({"r", "d", "i"})
#: Longest bracket after a name ("(D-N.J.)"), in tokens.
_MAX_LABEL_TOKENS = 8
#: Offices held in a city or a subdivision, printed after its name ("Mombasa Governor").
LOCAL_OFFICES = frozenset(
    {
        "Governor",
        "Deputy Governor",
        "Lieutenant Governor",
        "Mayor",
        "Deputy Mayor",
        "Chief Minister",
        "Deputy Chief Minister",
    }
)
#: The nouns that end a unit of a ministry, and how long its name may be (in tokens).
_UNITS = frozenset({"bureau", "department", "division", "directorate", "office", "section"})
_MAX_UNIT_TOKENS = 9
#: what closes a party-and-state label set off by commas
_LABEL_ENDS = frozenset({",", ";"})


def local_place(
    toks: Tokens, match: TitleMatch, k: int, lex: Lexicon
) -> tuple[Country | None, int]:
    """After "of", a place that is no state: a sub-national office's ("Chief Minister of
    Manipur") with the regions table's country, or a ruler's, who is then an official ("Ruler
    of Dubai"); the country and the token after the place, else ``(None, k)``."""
    if match.role is _OFFICIAL and match.takes == "of":
        return _subdivision(toks, k, lex)
    if match.role is Role.MONARCH:
        end = _local_throne(toks, match, k, lex)
        alpha3 = lex.subdivisions.get(fold(toks.span(k, end)), "-") if end > k else "-"
        return (country_code(alpha3) if alpha3 != "-" else None), end
    return None, k


def _subdivision(toks: Tokens, k: int, lex: Lexicon) -> tuple[Country | None, int]:
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
    if best == k:
        return None, first
    alpha3 = lex.subdivisions.get(fold(toks.span(k, best)), "-")
    return (country_code(alpha3) if alpha3 != "-" else None), best


def bare_subdivision(toks: Tokens, draft: Draft, j: int, lex: Lexicon) -> int:
    """A sub-national office's province printed without "of" between the title and a name,
    as South Asian papers print it ("Governor Sindh Ana Ruiz", "Chief Minister Punjab Ana
    Ruiz"): a subdivision the regions table knows, then two capitalised words (one alone may
    be a surname after a given name that is also a province: "Governor Victoria Ruiz"); the
    table's country becomes the official's. The token after the province, ``j`` when none."""
    for end in range(min(toks.n - 2, j + _MAX_BARE_SUBDIVISION_WORDS), j, -1):
        if not (
            toks.kinds[end] == toks.kinds[end + 1] == WORD and toks.cap(end) and toks.cap(end + 1)
        ):
            continue
        alpha3 = lex.subdivisions.get(fold(toks.span(j, end)))
        if alpha3 is None:
            continue
        if alpha3 != "-":
            draft.of_country = draft.of_country or country_code(alpha3)
        draft.complement = True
        return end
    return j


def _local_throne(toks: Tokens, match: TitleMatch, k: int, lex: Lexicon) -> int:
    """A monarch's title of a place that is no state ("Ruler of Dubai", "Emir of Kano"): a
    sub-national ruler, an official; the token after the place, else ``k``."""
    end = k
    while end < toks.n and end - k < _MAX_SUBDIVISION_WORDS and toks.kinds[end] == WORD:
        key = toks.keys[end]
        if not toks.cap(end) or key in lex.name_breaks or (end > k and key in lex.honorifics):
            break
        end += 1
    if end == k:
        return k
    if (
        end < toks.n
        and toks.kinds[end] == WORD
        and fold(toks.span(k, end)) not in lex.subdivisions
    ):
        return k  # "King of Jordan Abdullah II" is read as a state's; a name may follow
    match.role = _OFFICIAL  # "Ruler of Dubai Sheikh X" rules an emirate, not a state
    return end


def place_before(toks: Tokens, start: int, floor: int, lex: Lexicon) -> tuple[Country | None, int]:
    """A city or subdivision printed right before a local office ("Mombasa Governor",
    "Seattle Deputy Mayor", "Puducherry lieutenant governor"): its country and where it
    starts, else ``(None, start)``."""
    for words in range(_MAX_SUBDIVISION_WORDS, 0, -1):
        first = start - words
        if first < floor or any(
            toks.kinds[k] != WORD or not toks.cap(k) for k in range(first, start)
        ):
            continue
        key = fold(toks.span(first, start))
        alpha3 = lex.subdivisions.get(key) or lex.cities.get(key)
        if alpha3 and alpha3 != "-":
            return country_code(alpha3), first
    return None, start


def local_office(toks: Tokens, k: int, lex: Lexicon) -> TitleMatch | None:
    """A title after a state's subdivision, joined to another office ("Prime Minister and
    Dubai ruler"): a sub-national office, a ruler there an official; else ``None``."""
    for end in range(min(toks.n - 1, k + _MAX_SUBDIVISION_WORDS), k, -1):
        if toks.cap(end - 1) and fold(toks.span(k, end)) in lex.subdivisions:
            office = match_title(toks, end, lex)
            if office is not None and office.role is Role.MONARCH:
                office.role = _OFFICIAL
            return office
    return None


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
    ends = toks.kinds[stop] != WORD or toks.keys[stop] not in LINK_WORDS
    return ends and stop > k + 2 and good_name(toks, k + 1, stop, lex)


def formation_after(toks: Tokens, j: int, lex: Lexicon) -> int:
    """ "Commander Southern Command Lieutenant General X": the formation a commander heads,
    printed with no "of" (capitalised words that a unit word ends); the token after it,
    else ``j``."""
    k = j
    while k < toks.n and k - j < _MAX_FORMATION_WORDS and toks.kinds[k] == WORD and toks.cap(k):
        if toks.keys[k] in lex.units:
            return k + 1
        k += 1
    return j


def past_honours(toks: Tokens, end: int, lex: Lexicon) -> int:
    """After a name, the honours printed in capitals and set off by commas ("X, NI (M), Chief
    of Army Staff", "Sir X, KCMG, CVO, ..."): the comma after the last of them, else ``end``."""
    k = end
    for _ in range(_MAX_HONOURS):
        if not (
            k + 2 < toks.n
            and toks.keys[k] == ","
            and toks.keys[k + 1] in lex.postnominals
            and toks.word(k + 1).isupper()
        ):
            break
        after = k + 2
        if after + 2 < toks.n and toks.keys[after] == "(" and toks.keys[after + 2] == ")":
            after += 3  # "(M)": the military division
        if after >= toks.n or toks.keys[after] != ",":
            break
        k = after
    return k


def head_of_diplomacy(toks: Tokens, match: TitleMatch, end: int, lex: Lexicon) -> int:
    """ "the chief of French diplomacy", "the head of Uzbek diplomacy": the foreign minister
    (``end`` is where the country read after "of" ends); the token after "diplomacy", else
    ``end``."""
    if (
        match.canonical not in lex.head_words
        or end >= toks.n
        or toks.keys[end] not in lex.diplomacy
    ):
        return end
    match.canonical = "Foreign Minister"
    match.role = _FOREIGN_MINISTER
    match.portfolio = "Foreign Affairs"
    match.end = end + 1
    return end + 1


def presiding(match: TitleMatch) -> None:
    """The president or chair of a legislature presides over it: a legislator, and its
    president is its speaker."""
    if match.canonical == "President":
        match.canonical = "Speaker"
        match.role = _LEGISLATOR
    elif match.canonical in _CHAIRS:
        match.role = _LEGISLATOR


def whose_aide(
    toks: Tokens, match: TitleMatch, k: int, lex: Lexicon
) -> tuple[Country | None, int]:
    """ "adviser to the German Chancellor", "aide to President X": the office an aide serves
    (its country is the aide's; a president's aide is a presidential one); the country and the
    token after it, else ``(None, k)``."""
    country, org, end = read_entity(toks, k, lex)
    at = end if org is None else k
    at = after_the(toks, at) if at < toks.n else at
    if at >= toks.n or toks.keys[at] not in lex.first_words:
        return None, k
    owner = match_title(toks, at, lex)
    if owner is None or owner.role is _MILITARY or name_at(toks, owner.end, lex):
        return None, k  # "an aide to Prime Minister X": the name is the prime minister's
    if owner.canonical == "President":
        match.canonical = f"Presidential {match.canonical}"
    return country, owner.end


def spoken_for(toks: Tokens, k: int, lex: Lexicon) -> tuple[Country | None, int]:
    """ "Spokesperson for President Buhari, Garba Shehu": the official a spokesperson speaks
    for, at ``k``, when the spokesperson's own name follows it set off by a comma; the
    country (printed, else the gazetteer's for the name) and the token after the official
    (the comma), else ``(None, k)``."""
    n = toks.n
    country, org, end = read_entity(toks, k, lex)
    at = after_the(toks, end if org is None else k)
    if at >= n or toks.keys[at] not in lex.first_words:
        return None, k
    owner = match_title(toks, at, lex)
    if owner is None or owner.role is _MILITARY:
        return None, k
    stop = owner.end
    _, start = read_honorifics(toks, stop, lex)
    name_end = parse_name(toks, start, lex)
    named = name_end > start and good_name(toks, start, name_end, lex)
    if named:
        stop = name_end
    if stop + 1 >= n or toks.keys[stop] != "," or not name_at(toks, stop + 1, lex):
        return None, k
    if country is None and named:
        country = holder_country(toks.span(start, name_end))
    return country, stop


def entity_acronym(toks: Tokens, end: int, country: Country | None, org: Org | None) -> int:
    """Past the acronym in brackets of the body or state just read ("of the World Health
    Organisation (WHO)", "of the Republic of Korea (ROK)"), else ``end``."""
    if end + 2 >= toks.n or toks.keys[end] != "(" or toks.keys[end + 2] != ")":
        return end
    acronym = toks.word(end + 1)
    if not acronym.isupper():
        return end
    if org is not None:
        same = org_lookup(acronym)
        return end + 3 if same is not None and same.canonical == org.canonical else end
    named = country_of(acronym) if country is not None else None
    return (
        end + 3
        if named is not None and country is not None and named.alpha3 == country.alpha3
        else end
    )


def unit_of(toks: Tokens, poss: int) -> int:
    """The end of a unit of the body before "'s" at ``poss`` ("the Foreign Ministry's Asian and
    Oceanian Affairs Bureau"): capitalised words ending in a unit's noun; else ``poss``."""
    for k in range(poss + 1, min(toks.n, poss + _MAX_UNIT_TOKENS)):
        if toks.keys[k] in _UNITS and toks.cap(k):
            return k + 1
        if not (toks.cap(k) or toks.keys[k] in {"and", "&"}):
            break
    return poss


def entity_tail(
    toks: Tokens,
    match: TitleMatch,
    end: int,
    read: tuple[Country | None, Org | None],
    lex: Lexicon,
) -> int:
    """What the entity just read ends with: a legislature whose president is its speaker, a
    unit of a body, the entity's acronym in brackets; the token after it."""
    country, org = read
    if toks.keys[end - 1] in lex.legislatures and (org is None or org.kind != "igo"):
        presiding(match)  # "President of El Salvador's Legislative Assembly"
    if org is not None and end + 2 < toks.n and toks.kinds[end] == POSS:
        end = unit_of(toks, end)  # "of the Foreign Ministry's Asian Affairs Bureau"
    return entity_acronym(toks, end, country, org)


def spoken_to(toks: Tokens, before: NameApart, end: int, lex: Lexicon) -> NameApart | None:
    """``None`` when a name set off by a comma follows the title at ``end`` (the title is
    that name's), else the name ``before`` it."""
    if end < toks.n and toks.keys[end] == "," and name_after_comma(toks, end, lex):
        return None
    return before


def name_at(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """Whether a name (after any honorifics) starts at token ``k``."""
    _, start = read_honorifics(toks, k, lex)
    stop = parse_name(toks, start, lex)
    return stop > start and good_name(toks, start, stop, lex)


def party_label(toks: Tokens, k: int) -> int:
    """The token after a US party-and-state label at ``k`` ("(R-AZ)", "(D-N.J.)",
    "(I-Vt.)"), else ``k``; a label set off by commas ("X, D-NJ, who") ends at its closing
    comma, which stays for what follows."""
    if k + 4 >= toks.n or toks.keys[k + 1] not in _PARTIES:
        return k
    if toks.keys[k] == ",":
        return _comma_label(toks, k)
    if toks.keys[k] != "(":
        return k
    if toks.keys[k + 2] not in HYPHENS or not toks.cap(k + 3):
        return k
    for close in range(k + 4, min(toks.n, k + _MAX_LABEL_TOKENS)):
        if toks.keys[close] == ")":
            return close + 1
    return k


def party_member(toks: Tokens, match: TitleMatch, k: int) -> bool:
    """Whether a US party-and-state label follows the name ending at ``k``: only members of
    Congress carry one, so a chair's title there is a committee's ("Chairman X (D-NY)")."""
    if party_label(toks, k) == k:
        return False
    if match.role is Role.OFFICIAL and match.canonical in _CHAIRS:
        match.role = Role.LEGISLATOR
    return True


def _comma_label(toks: Tokens, k: int) -> int:
    """The closing comma (or period) of ", D-NJ," at ``k``, else ``k``."""
    if toks.keys[k + 2] not in HYPHENS or not toks.cap(k + 3):
        return k
    for close in range(k + 4, min(toks.n, k + _MAX_LABEL_TOKENS)):
        if toks.keys[close] in _LABEL_ENDS:
            return close
        if not toks.cap(close) and toks.keys[close] != ".":
            return k
    return toks.n if toks.n < k + _MAX_LABEL_TOKENS else k


def after_label(toks: Tokens, k: int) -> int:
    """The token after a short bracket that labels a name ("(R-AZ)", "(D-N.J.)"), else ``k``."""
    if k < toks.n and toks.keys[k] == "(":
        for close in range(k + 1, min(toks.n, k + _MAX_LABEL_TOKENS)):
            if toks.keys[close] == ")":
                return close + 1
    return k


def plural_ok(toks: Tokens, match: TitleMatch) -> bool:
    """A plural title heads a list of names only in title case ("Foreign Ministers"; in upper
    case, "MINISTERS MET", any word looks like a name) and outside a body's name ("Council
    of Economic Advisers Beryl Sprinkel" is the council's chairman)."""
    if any(toks.keys[k] == "of" for k in range(max(0, match.start - _BODY_GAP), match.start)):
        return False
    return toks.word(match.end - 1).istitle() or match.entry.canonical == "Counterpart"
