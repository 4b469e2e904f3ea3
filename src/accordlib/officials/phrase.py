"""Steps 3 and 4 of the official reader: what follows a title before the name.

Complements: "of"/"for"/"at" an entity ("Emir of Qatar", "spokeswoman for the Russian
Foreign Ministry", "at the Turkish embassy"), "to" a posting ("Ambassador to Turkey"); more
offices of the same person ("Deputy Prime Minister and Foreign Minister", "Crown Prince,
Deputy Premier and Minister of Defense"); a style or a military rank after the title
("Custodian of the Two Holy Mosques King", "Chief of Staff Lt. Gen."). See
:mod:`~accordlib.officials.reader` for the other steps.
"""

from __future__ import annotations

from accordlib.countries.lookup import get_country
from accordlib.countries.model import Country
from accordlib.officials.complements import (
    entity_tail,
    head_of_diplomacy,
    local_office,
    local_place,
    name_at,
    spoken_for,
    whose_aide,
)
from accordlib.officials.context import read_entity
from accordlib.officials.draft import COUNTERPART, PRESIDENTIAL, Draft
from accordlib.officials.lexicon import Lexicon, Org, walk
from accordlib.officials.model import Role
from accordlib.officials.titles import (
    TitleMatch,
    after_the,
    bracketed_place,
    field_end,
    match_title,
    posted,
    region_end,
)
from accordlib.officials.tokens import POSS, WORD, Tokens, fold

__all__ = ["COMPLEMENT_WORDS", "TITLE_JOINERS", "retired_end", "state_follows", "title_phrase"]

_AMBASSADOR = Role.AMBASSADOR
_MILITARY = Role.MILITARY
_SPOKESPERSON = Role.SPOKESPERSON
#: The shortest adjective of nationality after a Spanish or Portuguese title ("ruso").
_MIN_ADJECTIVE = 4
#: What links a spokesperson to whom it speaks for ("Spokesperson for President X").
_SPOKEN_FOR = frozenset({"for", "of", "to"})
#: Longest world region after "for" ("Latin America and the Caribbean"), in words.
_MAX_REGION_WORDS = 5
#: Words joining two titles of one person: "Prime Minister and Foreign Minister", "Deputy Prime
#: Minister - Foreign Minister".
TITLE_JOINERS = frozenset({"and", "&", "-", "\u2013", "\u2014", "/"})
#: Words that link a title to an entity: "of Qatar", "for the Foreign Ministry", "at the embassy".
_LINKS = frozenset({"of", "for", "at"})
#: ... and to a posting: "to the Russian Federation".
COMPLEMENT_WORDS = _LINKS | {"to", "in"}
#: At most this many complements and offices are read after one title.
_MAX_COMPLEMENTS = 3
_MAX_OFFICES = 4


def title_phrase(toks: Tokens, draft: Draft, lex: Lexicon) -> int:
    """Steps 3 and 4: complements, more offices, a rank; the token after them, or -1 when
    the title owns the office after it ("the Russian president's aide")."""
    keys = toks.keys
    n = toks.n
    match = draft.match
    # each step is tried only where its first word stands (most titles have none of them)
    j = draft.end  # after the title and its own acronym
    if (
        j + 1 < n
        and keys[j] == "from"
        and (match.canonical == COUNTERPART or match.role is _AMBASSADOR)
    ):
        j = _counterpart_from(toks, draft, j, lex)  # "the Ambassador-designate from Sudan"
    if j + 1 < n and state_follows(toks, j, lex):
        j = _state_after(toks, draft, match, j, lex)
    if j + 1 < n and keys[j] in _SPOKEN_FOR and match.role is _SPOKESPERSON:
        j = _spoken_for(toks, draft, j, lex)
    if j + 1 < n and keys[j] in COMPLEMENT_WORDS:
        j = _complements(toks, draft, match, j, lex)
    if j + 1 < n and toks.kinds[j] == POSS and _owns(toks, j, lex):
        return -1  # whose aide: read with the aide
    if j + 1 < n and keys[j] == "," and keys[j - 1] in lex.field_ends and not draft.complement:
        j = _portfolio_list(toks, draft, match, j, lex)
    if j + 1 < n and (keys[j] in TITLE_JOINERS or keys[j] == ","):
        j = _more_offices(toks, draft, j, lex)
    if j < n and keys[j] in lex.first_words:
        j = _title_tail(toks, draft, j, lex)
    return j


def _spoken_for(toks: Tokens, draft: Draft, j: int, lex: Lexicon) -> int:
    """ "Spokesperson for President X, Y": whom a spokesperson speaks for, after "for" at
    ``j``; the token after it (``j`` when none is there)."""
    country, after = spoken_for(toks, j + 1, lex)
    if after > j + 1:
        draft.of_country = draft.of_country or country
        draft.end = j = after
    return j


def state_follows(toks: Tokens, j: int, lex: Lexicon) -> bool:
    """Whether a Spanish or Portuguese title's state may follow at ``j``: "de", "do", "da"
    ("canciller de México"), or a lower-case word before a name or a comma, which may be an
    adjective of nationality ("el canciller chileno Ana Ruiz", "secretário de Estado
    americano, X")."""
    if toks.keys[j] in lex.links_of:
        return True
    return (
        toks.kinds[j] == WORD
        and not toks.cap(j)
        and j + 1 < toks.n
        and (toks.keys[j + 1] == "," or toks.cap(j + 1))
    )


def _state_after(toks: Tokens, draft: Draft, match: TitleMatch, j: int, lex: Lexicon) -> int:
    """The state after a Spanish or Portuguese title, then where an envoy of it is posted
    ("embaixador de Portugal no Brasil"): the token after them, ``j`` when no state is there."""
    keys = toks.keys
    if keys[j] in lex.links_of:
        # "de la República de Uzbekistán", "de la Federación de Rusia"
        country, org, end = read_entity(toks, _after_article(toks, j + 1, lex), lex)
        if country is None and org is None:
            return j
        draft.of_org = draft.of_org or org
    else:
        word = toks.word(j)
        if len(word) < _MIN_ADJECTIVE or not word.isalpha() or keys[j] in lex.stop:
            return j  # "in", "no": no adjective of nationality
        country = get_country(word)
        if country is None:
            return j
        end = j + 1
    draft.of_country = draft.of_country or country
    draft.complement = True
    if end + 1 < toks.n and keys[end] in lex.links_in and match.takes == "to":
        place = _after_article(toks, end + 1, lex)  # "en la Argentina"
        posted_end = region_end(toks, place)
        if posted_end > place:
            match.posting = toks.span(place, posted_end)
            end = posted_end
    draft.end = end
    return end


def _after_article(toks: Tokens, k: int, lex: Lexicon) -> int:
    """``k``, or the token after it when it is a Spanish or Portuguese article before a word
    ("la República de Uzbekistán", "la Argentina"); English "the" is read by the callers."""
    key = toks.keys[k]
    if k + 1 < toks.n and key in lex.articles and key != "the":
        return k + 1
    return k


def _counterpart_from(toks: Tokens, draft: Draft, j: int, lex: Lexicon) -> int:
    """ "his counterpart from the Republic of Argentina, Ana Ruiz", "the Ambassador-designate
    from the Republic of Sudan, Ana Ruiz": the state after "from" at ``j`` is the official's; the token after it (``j`` when no state follows)."""
    country, _, after = read_entity(toks, j + 1, lex)
    if country is None:
        return j
    draft.of_country = draft.of_country or country
    draft.end = after
    return after


def _owns(toks: Tokens, j: int, lex: Lexicon) -> bool:
    """Whether "'s" and a title follow token ``j``: the title before it owns that office."""
    return (
        j + 1 < toks.n
        and toks.kinds[j] == POSS
        and toks.keys[j + 1] in lex.first_words
        and match_title(toks, j + 1, lex) is not None
    )


def _portfolio_list(toks: Tokens, draft: Draft, match: TitleMatch, j: int, lex: Lexicon) -> int:
    """More fields of a portfolio after a comma, then the state ("Minister of Foreign
    Affairs, Trade and Development of the Republic of X"): the token after the state; ``j``
    (the comma) when no state closes them."""
    more = field_end(toks, j + 1, lex)
    while more < toks.n and toks.keys[more] in lex.field_ends and toks.cap(more):
        more += 1  # "Development Cooperation": the field word after the first
    if more == j + 1 or more + 1 >= toks.n or toks.keys[more] != "of":
        return j
    saved = (draft.of_country, draft.of_org, draft.complement, draft.end)
    end = _complements(toks, draft, match, more, lex)
    if draft.of_country is None or draft.of_org is not None:
        draft.of_country, draft.of_org, draft.complement, draft.end = saved
        return j
    return end


def _complements(toks: Tokens, draft: Draft, match: TitleMatch, j: int, lex: Lexicon) -> int:
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


def _complement(toks: Tokens, draft: Draft, match: TitleMatch, j: int, lex: Lexicon) -> int:
    """One complement at ``j``: the token after it, or -1 when there is none."""
    key = toks.keys[j]
    if key == "to":
        return _to_complement(toks, draft, match, j, lex)
    if key == "in":  # "the Syrian ambassador in Muscat": a posting, for envoys only
        # ("Bangladesh High Commissioner in New Delhi": a state's, held in a capital)
        envoy = match.takes == "to" or (posted(match, lex) and draft.ctx.country is not None)
        return _to_complement(toks, draft, match, j, lex) if envoy else -1
    if key not in _LINKS:
        return -1
    country, org, end = read_entity(toks, j + 1, lex)
    if end < toks.n and toks.keys[end] in lex.field_ends and toks.cap(end):
        return end + 1  # a field, not a body: "Deputy Prime Minister for Cabinet Affairs"
    field = _field_after_state(toks, draft, key, j, end, lex)
    if field > 0:
        return field
    if org is None:
        country, end = _no_body(toks, match, key, j + 1, (country, end), lex)
    if end == j + 1 or (key == "at" and not _posted_at(country, org)):
        return -1
    if country is not None and org is None and _before_title(toks, end, lex):
        return -1  # "spokesperson for the Israeli prime minister": another official
    draft.of_country = draft.of_country or country
    draft.of_org = draft.of_org or org
    draft.complement = True
    return entity_tail(toks, match, end, (country, org), lex)


def _field_after_state(
    toks: Tokens, draft: Draft, key: str, j: int, end: int, lex: Lexicon
) -> int:
    """The portfolio after "for" (at ``j``) once the state is read: "Minister of Ruritania
    for Rural Development and Fisheries Ana Ruiz"; the token after it, -1 when none."""
    if key != "for" or end != j + 1 or not draft.complement:
        return -1
    field = field_end(toks, end, lex)
    while field < toks.n and toks.keys[field] in lex.field_ends and toks.cap(field):
        field += 1  # "Maritime and Fisheries Affairs": the field word after the first
    return field if field > end else -1


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
    if end == k and toks.cap(k) and match.role is _SPOKESPERSON:
        field = walk(lex.portfolios, toks, k)  # "the spokesperson of Foreign Affairs of X"
        if field is not None:
            return country, field[1]
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


def _to_complement(toks: Tokens, draft: Draft, match: TitleMatch, j: int, lex: Lexicon) -> int:
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


def _more_offices(toks: Tokens, draft: Draft, j: int, lex: Lexicon) -> int:
    """Other titles of the same person, joined to the first: return the token after them.

    "Prime Minister and Foreign Minister Sheikh Mohammed", "Crown Prince, Deputy Premier
    and Minister of Defense Prince Mohammed": only after a capitalised title (or one whose
    head noun is: "Chinese state Councilor and Foreign Minister")
    ("Kazakhstan's president and Foreign Minister Wang Yi" are two people), and a list with
    commas only when a name ends it; after "the", only such a list ("the President and
    First Lady" are two people, "the Crown Prince, Deputy Premier and Minister of Defense,
    Prince X" one).
    """
    if not toks.cap(draft.match.start) and not toks.cap(draft.match.end - 1):
        return j  # "state Councilor and Foreign Minister" is one person, as capitalised
    n = toks.n
    offices: list[TitleMatch] = []
    k = j
    listed = False
    saved = (draft.of_country, draft.of_org, draft.complement, draft.end)
    for _ in range(_MAX_OFFICES):
        if k + 1 >= n or (toks.keys[k] not in TITLE_JOINERS and toks.keys[k] != ","):
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
    named = _offices_named(toks, draft, k, listed, lex)
    if not offices or (listed and not named) or (draft.ctx.determiner and not listed):
        # "the President and First Lady" are two people; "the Crown Prince, Deputy Premier
        # and Defence Minister, Prince X" is one
        draft.of_country, draft.of_org, draft.complement, draft.end = saved
        return j
    draft.offices.extend(offices)
    return k


def _offices_named(toks: Tokens, draft: Draft, k: int, listed: bool, lex: Lexicon) -> bool:
    """Whether a name follows the offices read up to ``k``: right after them, or (a list) set
    off by a comma ("Prime Minister, Head of Government, Philemon Yang"), then the offices
    end at that comma."""
    if name_at(toks, k, lex):
        return True
    if listed and k + 1 < toks.n and toks.keys[k] == "," and name_at(toks, k + 1, lex):
        draft.end = k
        return True
    return False


def _title_tail(toks: Tokens, draft: Draft, j: int, lex: Lexicon) -> int:
    """A title right after the title: a military rank ("IDF Chief of Staff Lt. Gen. Eyal
    Zamir") or the same office after a style ("Custodian of the Two Holy Mosques King")."""
    if j < toks.n and toks.keys[j] in lex.first_words and toks.cap(j):
        rank = match_title(toks, j, lex)
        if rank is None or rank.end >= toks.n:
            return j
        if draft.match.canonical == COUNTERPART and rank.canonical not in lex.ranks:
            # "his Kenyan counterpart President William Ruto": the office is printed; a
            # military rank ("his counterpart Admiral X") is the holder's, the office mirrored
            draft.match = rank
            draft.offices = [rank]
            return rank.end
        if rank.role is _MILITARY or rank.role is draft.match.role:
            j = retired_end(toks, rank.end, lex)
    return j


def retired_end(toks: Tokens, j: int, lex: Lexicon) -> int:
    """After a military rank, past "(Retd)" at ``j`` ("Admiral (Retd) X"), else ``j``."""
    if (
        j + 2 < toks.n
        and toks.keys[j] == "("
        and toks.keys[j + 1] in lex.retired
        and toks.keys[j + 2] == ")"
    ):
        return j + 3
    return j
