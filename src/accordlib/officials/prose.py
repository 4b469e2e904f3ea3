"""One pass over a text: every official in it, and how the officials relate to each other.

:func:`scan` finds each title and reads the official around it
(:func:`~accordlib.officials.reader.read_official`), then relates it to the officials
before it:

* a title in apposition to a named official is another office of that person ("Senator
  George Mitchell, the US special envoy for the Middle East");
* a counterpart or colleague takes the office of the other party ("Foreign Minister A met
  his Japanese counterpart B": B is Japan's foreign minister), or, with no party, keeps the
  name and country the text gives;
* a named possessor gives its state or body ("UN Secretary-General António Guterres'
  spokesman").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from accordlib.countries.model import Country
from accordlib.officials.complements import after_label, party_label
from accordlib.officials.context import of_country
from accordlib.officials.draft import PRESIDENTIAL
from accordlib.officials.entities import country_code, country_in_text, country_of
from accordlib.officials.found import Found, distinct, most_relevant
from accordlib.officials.hosts import dateline_floor
from accordlib.officials.known import known
from accordlib.officials.lexicon import Lexicon, lexicon
from accordlib.officials.model import Role
from accordlib.officials.names import good_name, parse_name, read_honorifics
from accordlib.officials.pairs import read_pairs
from accordlib.officials.reader import read_official
from accordlib.officials.titles import TitleMatch, match_title
from accordlib.officials.tokens import POSS, WORD, Tokens
from accordlib.text.calendar import MONTH_NAMES, WEEKDAY_NAMES

__all__ = ["scan"]

_FOREIGN_MINISTER = Role.FOREIGN_MINISTER
_MINISTER = Role.MINISTER
#: A text longer than this many tokens is scanned at its candidate words only.
_SHORT_TEXT = 24
#: How far apart (in tokens) a counterpart and the official it mirrors may be.
_MAX_COUNTERPART_GAP = 40
#: How far after a named official (in tokens) a title in apposition to it may start.
_MAX_APPOSITION_GAP = 8
#: At most this many more names are read after a plural title.
_MAX_LISTED = 12
#: What joins the names of a list.
_LIST_JOINERS = frozenset({",", "and"})
#: What may come before a capitalised word that opens a sentence or a quotation.
_OPENINGS = frozenset({".", "!", "?", "\u201c", '"', "(", "\u2014"})
#: What may close an apposition ("Mitchell, the US special envoy, said").
_CLOSINGS = frozenset({",", ".", ";", ":", ")", "\u201d", '"', "\u2014", "-"})
_ARTICLES = frozenset({"the", "a", "an"})
#: What joins two officials of one list: ", ", " and ", ", and ".
_CABINET_JOINS = frozenset({(",",), ("and",), (",", "and")})
#: The offices of one government that a list shares its first state with.
_CABINET_ROLES = frozenset(
    {Role.MINISTER, Role.OFFICIAL, Role.MILITARY, Role.DEPUTY_HEAD_OF_GOVERNMENT}
)
#: Tokens of "<A> and <B>" before a plural counterpart ("Australian and Indian").
_PAIR = 3
#: A listed name after a country has at least two words ("Tajikistan Tom Baker").
_TWO_WORDS = 2
#: What joins the words of a named thing ("Meeting of the Foreign Ministers", "Trade and").
_JOINS = frozenset({"of", "and", "for", "on"})
#: Capitalised words that name no one: days and months ("held talks Thursday with his ...").
_CALENDAR = frozenset((*WEEKDAY_NAMES, *MONTH_NAMES))
#: Offices that a president's possessive makes presidential ("the president's aide").
_PRESIDENTIAL = PRESIDENTIAL


def scan(
    toks: Tokens,
    *,
    unnamed: bool,
    anchored: bool,
    first: bool = False,
    day: dt.date | None = None,
) -> list[Found]:
    """One left-to-right pass: every official, as token spans.

    ``unnamed`` also reports titles without a name ("the prime minister"); ``anchored``
    (used by :func:`~accordlib.officials.scanner.parse_official`) accepts any title, not
    only those that may stand alone; ``first`` stops at the first official (and a title in
    apposition to it); ``day`` is the story's date, for counterparts whom only the gazetteer
    of office holders knows.
    """
    lex = lexicon()
    found: list[Found] = []
    floor = i = dateline_floor(toks)  # i: the next token that may start a title
    kinds, keys, first_words = toks.kinds, toks.keys, lex.first_words
    apposing = False  # the last official has a name and a comma after it ("X, the ...")
    for at in _candidates(toks, first_words):
        if at < i or kinds[at] != WORD or keys[at] not in first_words:
            continue  # inside the official found last, or no title can start here
        i = at
        match = match_title(toks, i, lex)
        if match is None:
            i += 1
            continue
        if (
            apposing
            and match.start - floor <= _MAX_APPOSITION_GAP
            and _apposed(toks, match, found)
        ):
            i = floor = found[-1].end
            continue
        pairs = read_pairs(toks, match, lex) if match.entry.plural else ()
        if pairs:  # "the presidents of A, X and B, Y": each pair its own official
            found.extend(pairs)
            floor = i = pairs[-1].end
            apposing = False
            continue
        item = _read(toks, match, floor, found, lex, unnamed=unnamed, anchored=anchored, day=day)
        if item is None:
            i = max(match.end, i + 1)
            continue
        if found:
            _relate(toks, item, found)
        found.append(item)
        _listed(toks, item, match, found, lex)
        item = found[-1]
        floor = i = item.end
        apposing = item.name is not None and floor < toks.n and keys[floor] == ","
        if first and not apposing:
            break
    return found


def _read(
    toks: Tokens,
    match: TitleMatch,
    floor: int,
    found: list[Found],
    lex: Lexicon,
    *,
    unnamed: bool,
    anchored: bool,
    day: dt.date | None,
) -> Found | None:
    """The official of a title, a counterpart with the other party's office."""
    item = read_official(toks, match, floor, lex, unnamed=unnamed, anchored=anchored)
    if item is not None and item.title is not None and item.title.canonical == "Counterpart":
        return _counterpart(toks, item, found, lex, day)
    return item


def _candidates(toks: Tokens, first_words: frozenset[str]) -> Iterable[int]:
    """The tokens worth a look in running text, found by one set test each (most words start
    no title); a short phrase is cheaper to walk directly."""
    if toks.n > _SHORT_TEXT:
        return [k for k, key in enumerate(toks.keys) if key in first_words]
    return range(toks.n)


def _listed(
    toks: Tokens, item: Found, match: TitleMatch, found: list[Found], lex: Lexicon
) -> None:
    """The other names of a list under a plural title ("Senators A, B and C")."""
    if not match.entry.plural:
        return
    prefixed = item.start < match.start
    paired = _paired_states(toks, match.start) if match.canonical == "Counterpart" else []
    if len(paired) == _PAIR - 1:
        # "her Australian and Indian counterparts A and B": each name its own state, in order
        item.country = paired[0]
        paired = paired[1:]
        prefixed = False
    for _ in range(_MAX_LISTED):
        more = _read_listed(toks, item, prefixed, lex)
        if more is None:
            return
        if paired and more.country is None:
            more.country = paired.pop(0)
        found.append(more)
        item = more


def _apposed(toks: Tokens, match: TitleMatch, found: list[Found]) -> bool:
    """Merge a title in apposition into the named official before it; whether it was one."""
    previous = found[-1]
    lex = lexicon()
    probe = match_title(toks, match.start, lex) or match  # read on a copy: steps change it
    item = read_official(toks, probe, previous.end, lex, unnamed=True, anchored=True, apposed=True)
    if item is None or item.name is not None or not _merges(toks, previous, item):
        return False
    _merge(previous, item)
    return True


def _merges(toks: Tokens, previous: Found, item: Found) -> bool:
    """Whether an unnamed title is set off by commas right after a named official."""
    gap = item.start - previous.end
    if gap != 1 and not (gap == 2 and toks.keys[previous.end + 1] in _ARTICLES):  # noqa: PLR2004 - a comma and an article
        return False
    if _other_party(previous, item):
        return False  # a list of pairs: "Minister of A, Name, Minister of B, Name"
    # a title's own acronym in brackets closes it too: "Rawat, Chief of Army Staff (COAS) visited"
    return item.end >= toks.n or toks.keys[item.end] in _CLOSINGS or toks.keys[item.end - 1] == ")"


def _other_party(previous: Found, item: Found) -> bool:
    """Whether a title serves another state or organisation than the official before it names:
    then it is the next person's, not a second office of the same one."""
    if previous.implied or item.implied:
        return False  # only the wording implies one of them: no conflict to speak of
    if previous.country is not None and item.country is not None:
        return previous.country.alpha3 != item.country.alpha3
    if previous.organization is not None and item.organization is not None:
        return previous.organization != item.organization
    return False


def _merge(previous: Found, item: Found) -> None:
    """Make the title in apposition another office of the official before it."""
    offices = list(previous.offices or ([previous.title] if previous.title else []))
    offices += item.offices or ([item.title] if item.title else [])
    previous.offices = distinct(offices)
    previous.title = most_relevant(offices)
    if previous.country is None or (previous.implied and item.country and not item.implied):
        previous.country = item.country  # a named country over one a title's wording implies
        previous.implied = item.implied
    previous.organization = previous.organization or item.organization
    previous.honorifics = previous.honorifics + item.honorifics
    previous.posting = previous.posting or item.posting
    previous.end = item.end


def _possessor(item: Found, found: list[Found]) -> None:
    """ "UN Secretary-General António Guterres' spokesman": the possessor's state or body;
    "the Russian president's aide" is a presidential aide."""
    owner = found[-1]
    if owner.end != item.start - 1:
        return
    if item.country is None and item.organization is None:
        item.country = owner.country
        item.organization = owner.organization
        item.implied = owner.implied
    made = item.title
    if (
        made is not None
        and owner.title is not None
        and owner.title.canonical == "President"
        and made.canonical in _PRESIDENTIAL
    ):
        item.title = attrs.evolve(made, canonical=f"Presidential {made.canonical}")


def _relate(toks: Tokens, item: Found, found: list[Found]) -> None:
    """What the official found before gives ``item``: a possessor's state or body, or the
    state of a list's first title."""
    if item.start and toks.kinds[item.start - 1] == POSS:
        _possessor(item, found)
    elif item.country is None and item.organization is None:
        _same_cabinet(toks, item, found)


def _same_cabinet(toks: Tokens, item: Found, found: list[Found]) -> None:
    """ "Syrian Foreign Minister A, Defense Minister B and Intelligence Chief C", "Peru's
    Foreign Minister A and Defense Minister B": a minister or officer listed right after
    another, whose state is printed before the list's first title, is of that state. Only
    between offices of one government (not a head of state or government, nor a second
    foreign minister: "US Secretary of State A and Foreign Minister B" are of two states)."""
    if item.title is None or item.title.role not in _CABINET_ROLES:
        return
    after = item
    for previous in reversed(found):
        joined = tuple(toks.keys[previous.end : after.start])
        if joined not in _CABINET_JOINS or previous.country is None or previous.title is None:
            return
        if previous.title.role not in _CABINET_ROLES | {_FOREIGN_MINISTER}:
            return
        if country_in_text(toks.word(previous.start)) == previous.country:
            item.country = previous.country  # printed before the list's first title
            item.implied = previous.implied
            return
        after = previous


def _counterpart(
    toks: Tokens, item: Found, found: list[Found], lex: Lexicon, day: dt.date | None
) -> Found | None:
    """ "his Russian counterpart, Sergey Lavrov": the office of the official named before.

    Only when nobody else is named in between ("... Vance in Munich; Rubio and his Saudi
    counterpart" is Rubio's counterpart, whose office the text does not give here). Without
    such a party, a counterpart with a name and a country ("his U.S. counterpart Mike
    Pompeo"), or whom the gazetteer of office holders knows, is reported as one, with
    "Counterpart" as the office the text gives (the gazetteer may tell more later).
    """
    if item.name is None or item.title is None:
        return None
    party = _party(toks, item, found)
    if party is None or party.title is None:
        return item if item.country is not None or known(item.name, day) else None
    title = party.title
    canonical = title.canonical
    if title.role is _FOREIGN_MINISTER:
        canonical = "Foreign Minister"
        if item.country is not None:  # the Indian counterpart is the External Affairs Minister
            canonical = lex.foreign_minister_titles.get(item.country.alpha3, canonical)
    elif title.role is _MINISTER and title.portfolio:
        canonical = f"{title.portfolio} Minister"
    item.title = attrs.evolve(
        item.title, canonical=canonical, role=title.role, portfolio=title.portfolio
    )
    item.mirrored = True  # the gazetteer may know the person's own office
    return item


def _party(toks: Tokens, item: Found, found: list[Found]) -> Found | None:
    """The official whose counterpart ``item`` is, when the text allows only one."""
    if not found:
        return None
    between = range(found[-1].end, item.start)
    if len(between) > _MAX_COUNTERPART_GAP:
        return None
    if not _nobody_between(toks, between):
        return None
    for before in reversed(found):
        if before.title is not None and before.title.canonical != "Counterpart":
            return before
    return None


def _nobody_between(toks: Tokens, between: range) -> bool:
    """Whether no one else may be named in ``between``: every capital opens a sentence or a
    quotation, or belongs to a named thing after "the" ("as part of the Consultative Meeting
    of the Foreign Ministers of Central Asia, held talks with his Kyrgyz counterpart")."""
    keys = toks.keys
    named = -2  # the last capitalised word of a run after "the"
    for k in between:
        if toks.kinds[k] != WORD or not toks.cap(k) or keys[k] in _CALENDAR:
            continue
        if _state_word(toks, k):
            continue  # a state names no one: "with her Australian and Indian counterparts"
        previous = keys[k - 1] if k else "."
        if previous == "the" or named == k - 1 or (previous in _JOINS and named == k - 2):
            named = k
        elif previous not in _OPENINGS:
            return False
    return True


def _state_word(toks: Tokens, k: int) -> bool:
    """Whether the capitalised word at ``k`` names a state ("Australian", "Japan")."""
    return country_in_text(toks.word(k)) is not None


def _paired_states(toks: Tokens, start: int) -> list[Country]:
    """The states printed as "<A> and <B>" right before token ``start`` ("her Australian and
    Indian counterparts"), in printed order; empty when there are no two."""
    if start < _PAIR or toks.keys[start - 2] != "and":
        return []
    first = country_in_text(toks.word(start - 3))
    second = country_in_text(toks.word(start - 1))
    return [first, second] if first is not None and second is not None else []


def _country_first(
    toks: Tokens, start: int, stop: int, previous: Found
) -> tuple[Country | None, int]:
    """ "Ministers of Foreign Affairs of Kyrgyzstan Ana Ruiz and Tajikistan Tom Baker": in a
    list whose first name follows its country, a country printed before a listed name (of one
    or two words, with a name of two words or more after it) is that person's; returns it and
    where the name starts."""
    if not _after_country(toks, previous):
        return None, start
    for cut in (start + 1, start + 2):
        if stop - cut < _TWO_WORDS or toks.kinds[cut - 1] != WORD:
            break
        country = country_of(toks.span(start, cut))
        if country is not None:
            return country, cut
    return None, start


def _after_country(toks: Tokens, item: Found) -> bool:
    """Whether the name of ``item`` follows a one-word country ("of Kyrgyzstan Ana Ruiz")."""
    first = (item.name or "").split(" ", 1)[0]
    for k in range(item.start + 1, item.end):
        if toks.kinds[k] == WORD and toks.word(k) == first:
            return toks.kinds[k - 1] == WORD and country_of(toks.word(k - 1)) is not None
    return False


def _read_listed(toks: Tokens, previous: Found, prefixed: bool, lex: Lexicon) -> Found | None:
    """The next name of a list under a plural title, with the same office: "Foreign Ministers
    Ana Ruiz of Peru and Tom Baker of Chile", "Senators Ana Ruiz (D-NY), Tom Baker (R-TX)".

    ``prefixed``: the list's country was printed before the title ("US Senators"), so it is
    everyone's; an "of" phrase after a name is that person's alone.
    """
    n = toks.n
    k = after_label(toks, previous.end)
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
    named, start = _country_first(toks, start, stop, previous)
    country, _, end = of_country(toks, stop)
    if end == stop:
        country = named or (previous.country if prefixed else None)
        labelled = party_label(toks, stop)
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
