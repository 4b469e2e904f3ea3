"""The official reader: every official in a text, as token spans with their parts.

:func:`scan` makes one left-to-right pass over the tokens. At each word that may start a
title it matches the title (:mod:`~accordlib.officials.titles`), then reads the official
around it in named steps (:func:`read_official`):

1. a field printed before a bare "Minister" ("Unification Minister");
2. the context before the title: country, organisation, status words, honorifics
   (:func:`~accordlib.officials.context.context_before`);
3. an "of" complement ("Emir of Qatar");
4. a second title joined to the first ("Prime Minister and Foreign Minister") and a rank
   after it ("Chief of Staff Lt. Gen.");
5. the name: after the title ("Sheikh Tamim bin Hamad"), else set off by commas after it
   or before it ("Tokayev, Kazakhstan's president");
6. without a name, whether the title stands for one person ("the prime minister");
7. the :class:`Found` official, its title made in context.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from accordlib.countries.model import Country
from accordlib.officials.context import Context, context_before, of_country
from accordlib.officials.entities import country_of, org_lookup
from accordlib.officials.lexicon import Lexicon, Org, lexicon, org_key
from accordlib.officials.model import Role, Title
from accordlib.officials.names import (
    good_name,
    name_after_comma,
    name_before,
    parse_name,
    read_honorifics,
)
from accordlib.officials.titles import TitleMatch, make_title, match_title
from accordlib.officials.tokens import POSS, WORD, Tokens

__all__ = ["Found", "scan"]

_FOREIGN_MINISTER = Role.FOREIGN_MINISTER
_MILITARY = Role.MILITARY
_MINISTER = Role.MINISTER
_OFFICIAL = Role.OFFICIAL
#: Roles whose holders may bear the regnal number "I" ("King Abdullah I").
_REGNAL = (Role.MONARCH, Role.HEIR, Role.RELIGIOUS_LEADER)
#: Titles that take a field printed before them ("Unification Minister").
_BARE_MINISTERS = frozenset({"Minister", "Secretary"})
#: What may open an "of" phrase after a name ("Netanyahu, of Israel").
_APPOSITION = frozenset({",", "of"})
#: Words joining two titles of one person: "Prime Minister and Foreign Minister", "Deputy Prime
#: Minister - Foreign Minister".
_TITLE_JOINERS = frozenset({"and", "-", "\u2013", "\u2014", "/"})
#: A text longer than this many tokens is scanned at its candidate words only.
_SHORT_TEXT = 24
#: How far apart (in tokens) a counterpart and the official it mirrors may be.
_MAX_COUNTERPART_GAP = 40
#: What may come before a capitalised word that opens a sentence or a quotation.
_OPENINGS = frozenset({".", "!", "?", "\u201c", '"', "(", "\u2014"})


class Found:
    """A mention being assembled: token span and its parts."""

    __slots__ = ("country", "end", "honorifics", "name", "organization", "start", "title")

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


def scan(toks: Tokens, *, unnamed: bool, anchored: bool, first: bool = False) -> list[Found]:
    """One left-to-right pass: every official, as token spans.

    ``unnamed`` also reports titles without a name ("the prime minister"); ``anchored``
    (used by :func:`~accordlib.officials.scanner.parse_official`) accepts any title, not
    only those that may stand alone; ``first`` stops at the first official.
    """
    lex = lexicon()
    found: list[Found] = []
    floor = 0
    i = 0  # the next token that may start a title
    kinds, keys, first_words = toks.kinds, toks.keys, lex.first_words
    # in running text, the only tokens worth a look, found by one set test each (most words
    # start no title); a short phrase is cheaper to walk directly
    candidates: Iterable[int] = (
        [k for k, key in enumerate(keys) if key in first_words]
        if toks.n > _SHORT_TEXT
        else range(toks.n)
    )
    for at in candidates:
        if at < i or kinds[at] != WORD or keys[at] not in first_words:
            continue  # inside the official found last, or no title can start here
        i = at
        match = match_title(toks, i, lex)
        if match is None:
            i += 1
            continue
        item = read_official(toks, match, floor, lex, unnamed=unnamed, anchored=anchored)
        if item is not None and item.title is not None and item.title.canonical == "Counterpart":
            item = _counterpart(toks, item, found)
        if item is None:
            i = max(match.end, i + 1)
            continue
        if found and item.start and kinds[item.start - 1] == POSS:
            _possessor(item, found)
        found.append(item)
        if first:
            break  # parse_official wants the first official only
        floor = item.end
        i = item.end
    return found


def _possessor(item: Found, found: list[Found]) -> None:
    """ "UN Secretary-General António Guterres' spokesman": the possessor's state or body."""
    if item.country is None and item.organization is None and found[-1].end == item.start - 1:
        item.country = found[-1].country
        item.organization = found[-1].organization


def _counterpart(toks: Tokens, item: Found, found: list[Found]) -> Found | None:
    """ "his Russian counterpart, Sergey Lavrov": the office of the official named before.

    Only when nobody else is named in between ("... Vance in Munich; Rubio and his Saudi
    counterpart" is Rubio's counterpart, whose office the text does not give here).
    """
    if item.name is None or item.title is None or not found:
        return None
    between = range(found[-1].end, item.start)
    if len(between) > _MAX_COUNTERPART_GAP:
        return None
    for k in between:
        if toks.kinds[k] == WORD and toks.cap(k):
            previous = toks.keys[k - 1] if k else "."
            if previous not in _OPENINGS:
                return None
    for before in reversed(found):
        title = before.title
        if title is None or title.canonical == "Counterpart":
            continue
        canonical = title.canonical
        if title.role is _FOREIGN_MINISTER:
            canonical = "Foreign Minister"
        elif title.role is _MINISTER and title.portfolio:
            canonical = f"{title.portfolio} Minister"
        item.title = attrs.evolve(
            item.title, canonical=canonical, role=title.role, portfolio=title.portfolio
        )
        return item
    return None


class _Draft:
    """An official being read around one title (see the module docstring for the steps)."""

    __slots__ = (
        "complement",
        "ctx",
        "end",
        "honorifics",
        "match",
        "name",
        "of_country",
        "of_org",
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


def read_official(
    toks: Tokens, match: TitleMatch, floor: int, lex: Lexicon, *, unnamed: bool, anchored: bool
) -> Found | None:
    """The official around the title ``match`` (tokens before ``floor`` belong to others)."""
    if match.canonical in _BARE_MINISTERS:
        _field_before(toks, match, floor, lex)
    draft = _Draft(match, context_before(toks, match.start, floor, lex))
    j = match.end
    if j < toks.n and toks.keys[j] == "of":
        j = _complement(toks, draft)
    j = _title_tail(toks, draft, j, lex)
    named = _name_after_title(toks, draft, j, lex)
    if named is None:
        return None  # honorifics and no name: "Sheikh" alone is nobody
    if not named:
        _name_apart(toks, draft, floor, lex)
    if draft.name is None:
        if not unnamed:
            return None
        if not anchored and not _stands_alone(toks, draft, lex):
            return None
    return _finish(toks, draft, lex)


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


def _complement(toks: Tokens, draft: _Draft) -> int:
    """ "Emir of Qatar", "Secretary-General of the United Nations": return the token after."""
    j = draft.match.end
    draft.of_country, draft.of_org, after = of_country(toks, j)
    if after > j:
        draft.complement = True
        draft.end = after
    return after


def _title_tail(toks: Tokens, draft: _Draft, j: int, lex: Lexicon) -> int:
    """A second title of the same person, then a military rank; return the token after."""
    n = toks.n
    keys = toks.keys
    # "Prime Minister and Foreign Minister Sheikh Mohammed ...": keep the first title
    # (only after a capitalised title with no "the": "Kazakhstan's president and Foreign
    # Minister Wang Yi" and "the President and First Lady" are two people)
    if (
        j + 1 < n
        and keys[j] in _TITLE_JOINERS
        and toks.cap(draft.match.start)
        and not draft.ctx.determiner
    ):
        second = match_title(toks, j + 1, lex)
        if second is not None:
            j = second.end
    # "IDF Chief of Staff Lt. Gen. Eyal Zamir": a rank after the title
    if j < n and keys[j] in lex.first_words and toks.cap(j):
        rank = match_title(toks, j, lex)
        if rank is not None and rank.role is _MILITARY and rank.end < n:
            j = rank.end
    return j


def _name_after_title(toks: Tokens, draft: _Draft, j: int, lex: Lexicon) -> bool | None:
    """Honorifics and a name right after the title: "Emir Sheikh Tamim bin Hamad Al Thani".

    ``True`` when a name was read, ``False`` when none, ``None`` when honorifics stand with
    no name and no complement ("Emir Sheikh" alone is nobody).
    """
    if j < toks.n and toks.keys[j] in lex.honorifics:
        honorifics, k = read_honorifics(toks, j, lex)
    else:
        honorifics, k = [], j
    allow_i = draft.match.role in _REGNAL
    name_end = parse_name(toks, k, lex, allow_i=allow_i)
    if name_end > k and good_name(toks, k, name_end, lex):
        draft.name = toks.span(k, name_end)
        draft.honorifics = honorifics
        draft.end = name_end
        if name_end < toks.n and toks.keys[name_end] in _APPOSITION:
            _of_after_name(toks, draft)
        return True
    if k > j and not draft.complement:
        return None
    return False


def _of_after_name(toks: Tokens, draft: _Draft) -> None:
    """Apposition: "Benjamin Netanyahu, of Israel" / "Tokayev of Kazakhstan"."""
    n = toks.n
    end = draft.end
    at = end + 1 if end < n and toks.keys[end] == "," else end
    if at < n and toks.keys[at] == "of":
        country, org, after = of_country(toks, at)
        if country is not None or org is not None:
            draft.of_country = draft.of_country or country
            draft.of_org = draft.of_org or org
            draft.end = after


def _name_apart(toks: Tokens, draft: _Draft, floor: int, lex: Lexicon) -> None:
    """A name set off by a comma after the title, else before it (with its honorifics)."""
    end = draft.end
    if end < toks.n and toks.keys[end] == ",":
        after = name_after_comma(toks, end, lex)
        if after is not None:
            name_start, name_end, draft.honorifics = after
            draft.name = toks.span(name_start, name_end)
            draft.end = name_end
            return
    before = name_before(toks, draft.ctx.start, draft.ctx.determiner, floor, lex)
    if before is None:
        return
    draft.start, name_end = before
    # "Sheikh Mohammed bin Zayed Al Nahyan, the UAE president"
    draft.honorifics, first = read_honorifics(toks, draft.start, lex, before=name_end)
    draft.name = toks.span(first, name_end)


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
    """The official read: its organisation and country, and its title made in context."""
    match, ctx = draft.match, draft.ctx
    org = ctx.organization or draft.of_org
    country = ctx.country or draft.of_country
    if match.organization and org is None:
        org = lex.orgs.get(org_key(match.organization))
    if country is None and org is not None and org.country:
        country = country_of(org.country)
    ctx.country = country
    title = make_title(toks, match, ctx, org, lex)
    return Found(
        draft.start,
        draft.end,
        draft.name,
        title=title,
        country=country,
        organization=org.canonical if org is not None else match.organization,
        honorifics=ctx.honorifics + draft.honorifics,
    )
