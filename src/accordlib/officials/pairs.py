"""A plural title over a list of states, each followed by its own official's name.

"the presidents of Ruritania, Ana Ruiz, and Freedonia, Tom Baker", "the ambassadors of
Ruritania - Ana Ruiz, Freedonia - Tom Baker", "the foreign ministers from Ruritania (Ana
Ruiz), Freedonia (Tom Baker)", "los cancilleres de Ruritania, Ana Ruiz, y Freedonia, Tom
Baker": every pair is one official with the list's office and the state printed before the
name. The shape is strict (a preposition, then at least two pairs of a state and a name set
off by a comma, a dash or a bracket), so the title may be in lower case, as such lists are
printed.
"""

from __future__ import annotations

from accordlib.countries.model import Country
from accordlib.officials.context import Context, read_entity
from accordlib.officials.found import Found
from accordlib.officials.lexicon import Lexicon
from accordlib.officials.making import make_title
from accordlib.officials.names import good_name, parse_name, read_honorifics
from accordlib.officials.titles import TitleMatch
from accordlib.officials.tokens import Tokens

__all__ = ["read_pairs"]

#: The prepositions between the plural title and the first state (English, Spanish, Portuguese).
_PREPOSITIONS = frozenset({"of", "from", "de", "da", "do"})
#: What sets a name off from its state: "Ruritania, Ana Ruiz", "Ruritania - Ana Ruiz",
#: "Ruritania (Ana Ruiz)".
_SEPARATORS = frozenset({",", "-", "\u2013", "\u2014", "("})
#: The words that join the pairs: "and" and its Spanish and Portuguese forms.
_ANDS = frozenset({"and", "y", "e"})
_COUNTERPART = "Counterpart"
#: A list this long is not a list of pairs any more (a bound on the walk).
_MAX_PAIRS = 12
#: Fewer pairs than this is an official with an apposed name, which the reader handles.
_MIN_PAIRS = 2


def read_pairs(toks: Tokens, match: TitleMatch, lex: Lexicon) -> list[Found]:
    """The officials of a list of "state, name" pairs after a plural title; empty if none."""
    n, keys = toks.n, toks.keys
    k = match.end
    if not match.entry.plural or k + 1 >= n or match.canonical == _COUNTERPART:
        return []  # "her counterparts A of X and B of Y" take the other party's office
    read = _pair
    if keys[k] in _PREPOSITIONS:
        k += 1
    elif toks.cap(match.end - 1):
        return []  # "Foreign Ministers Ana Ruiz of Peru and ...": the reader's own list
    else:
        read = _name_first  # "new ambassadors Ana Ruiz of Peru, Tom Baker of Chile"
    found: list[Found] = []
    while len(found) < _MAX_PAIRS:
        pair = read(toks, k, match, lex)
        if pair is None:
            break
        found.append(pair)
        k = pair.end
        if k < n and keys[k] == ",":
            k += 1
        if k < n and keys[k] in _ANDS:
            k += 1
        if k < n and keys[k] in _PREPOSITIONS:
            k += 1  # the preposition again: "do Brasil, A, e da Argentina, B"
        if k == pair.end:
            break
    return found if len(found) >= _MIN_PAIRS else []


def _pair(toks: Tokens, k: int, match: TitleMatch, lex: Lexicon) -> Found | None:
    """One "state, name" pair at ``k``, else ``None``."""
    n, keys = toks.n, toks.keys
    country, _, sep = read_entity(toks, k, lex)
    if country is None or sep >= n or keys[sep] not in _SEPARATORS:
        return None
    honorifics, start = read_honorifics(toks, sep + 1, lex)
    stop = parse_name(toks, start, lex)
    if stop == start or not good_name(toks, start, stop, lex):
        return None
    end = stop
    if keys[sep] == "(":
        if stop >= n or keys[stop] != ")":
            return None
        end = stop + 1
    return _official(toks, (k, end), (start, stop), country, match, honorifics, lex)


def _name_first(toks: Tokens, k: int, match: TitleMatch, lex: Lexicon) -> Found | None:
    """One "name of state" pair at ``k`` ("Ana Ruiz of the Republic of Ruritania"), else ``None``."""
    honorifics, start = read_honorifics(toks, k, lex)
    stop = parse_name(toks, start, lex)
    if stop == start or stop + 1 >= toks.n or toks.keys[stop] != "of":
        return None
    if not good_name(toks, start, stop, lex):
        return None
    country, _, end = read_entity(toks, stop + 1, lex)
    if country is None:
        return None
    return _official(toks, (k, end), (start, stop), country, match, honorifics, lex)


def _official(
    toks: Tokens,
    span: tuple[int, int],
    name: tuple[int, int],
    country: Country,
    match: TitleMatch,
    honorifics: list[str],
    lex: Lexicon,
) -> Found:
    """The official of one pair: the list's office, held for the pair's state."""
    ctx = Context(span[0])
    ctx.country = country
    return Found(
        span[0],
        span[1],
        toks.span(*name),
        title=make_title(toks, match, ctx, None, lex),
        country=country,
        organization=None,
        honorifics=honorifics,
    )
