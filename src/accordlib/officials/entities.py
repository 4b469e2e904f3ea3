"""Countries and organisations named by printed spans ("Kazakhstan", "UN", "Health Ministry").

The readers ask these questions of many short spans around every title, and wire copy asks
the same ones again and again, so the answers are remembered (bounded
:func:`~accordlib._util.memo.memoized` memos).
"""

from __future__ import annotations

from accordlib._util.memo import memoized
from accordlib.countries.lookup import get_country
from accordlib.countries.model import Country
from accordlib.countries.prose import find_countries
from accordlib.officials.lexicon import Org, lexicon, org_key, walk
from accordlib.officials.tokens import WORD, Tokens, fold

__all__ = [
    "abbrev_dot",
    "country_code",
    "country_in_text",
    "country_named",
    "country_of",
    "field_before_state",
    "org_lookup",
]

#: The memo bounds: the distinct spans of a feed's working set; no name is longer than 64.
_MEMO_ENTRIES = 1 << 14
_MEMO_KEY_LENGTH = 64
#: The longest abbreviation written with dots that names a country or a body ("U.S.", "U.N.").
_MAX_ABBREVIATION = 3
#: "<Field> Ministry": two words at least.
_FIELD_AND_BODY = 2
#: Upper-case words this short are codes: a country only when prose uses them so ("US",
#: "UAE", "DPRK"), never by their ISO code alone ("FO" is the Foreign Office, not the Faroes).
_MAX_CODE = 4


@memoized(max_entries=_MEMO_ENTRIES, max_key_length=_MEMO_KEY_LENGTH)
def country_of(text: str) -> Country | None:
    """The country a capitalised span may mean ("Kazakhstan", "U.S.", "Israeli", "EST"), else
    ``None``: what a span that should be a name must not be."""
    if not text[:1].isupper():
        return None
    return get_country(text)


@memoized(max_entries=_MEMO_ENTRIES, max_key_length=_MEMO_KEY_LENGTH)
def country_in_text(text: str) -> Country | None:
    """The country a capitalised span names in prose before or after a title ("Kazakh",
    "U.S.", "IRI"), else ``None``: an upper-case code only when prose uses it so."""
    if not text[:1].isupper():
        return None
    if len(text) <= _MAX_CODE and text.isascii() and text.isalpha() and text.isupper():
        alpha3 = lexicon().state_abbreviations.get(text)
        if alpha3 is not None:
            return get_country(alpha3)  # "IRI Foreign Minister"
        if not find_countries(text):
            return None
    return get_country(text)


@memoized(max_entries=_MEMO_ENTRIES, max_key_length=_MEMO_KEY_LENGTH)
def country_code(alpha3: str) -> Country | None:
    """The country of an alpha-3 code from a data table ("RUS")."""
    return get_country(alpha3)


@memoized(max_entries=_MEMO_ENTRIES, max_key_length=_MEMO_KEY_LENGTH)
def country_named(text: str) -> Country | None:
    """The country whose name a span spells in any case ("of iran"), else ``None``.

    Only the name itself counts, not an adjective or a code: "of turkey" may be the bird's.
    """
    country = get_country(text)
    if country is None or fold(country.name) != fold(text):
        return None
    return country


@memoized(max_entries=_MEMO_ENTRIES, max_key_length=_MEMO_KEY_LENGTH)
def org_lookup(text: str) -> Org | None:
    """The organisation a capitalised span names ("UN", "Kremlin", "Health Ministry")."""
    if not text[:1].isupper():
        return None
    org = lexicon().orgs.get(org_key(text))
    if org is None:
        return _field_ministry(text)
    if org.case == "upper" and not "".join(ch for ch in text if ch.isalpha()).isupper():
        return None
    return org


def _field_ministry(text: str) -> Org | None:
    """Any "<Field> Ministry" is a government body: "Health Ministry", "Energy Ministry".

    The field is one word that is no country ("Chinese Ministry": the country, then the body)
    and no tail of a portfolio's name ("Affairs Ministry" is the end of "External Affairs
    Ministry"), or the words of a portfolio ("Home Affairs Ministry").
    """
    words = text.split()
    if len(words) < _FIELD_AND_BODY or words[-1] != "Ministry" or not words[0][:1].isupper():
        return None
    lex = lexicon()
    if len(words) > _FIELD_AND_BODY:
        field = Tokens(" ".join(words[:-1]))
        found = walk(lex.portfolios, field, 0)
        if found is None or found[1] != field.n:
            return None
    elif country_of(words[0]) is not None or fold(words[0]) in lex.portfolio_tails:
        return None
    return Org(
        {
            "canonical": " ".join(words),
            "kind": "government",
            "country": "",
            "head": "Minister",
            "case": "",
        }
    )


def abbrev_dot(toks: Tokens, k: int) -> bool:
    """A dot that closes an abbreviation such as "U.S." or "U.N.", not a sentence."""
    if toks.keys[k] != "." or not toks.glued(k) or toks.kinds[k - 1] != WORD:
        return False
    word = toks.word(k - 1)
    return len(word) <= _MAX_ABBREVIATION and word.isupper()


#: Longest state name after an unlisted field's "of" ("the United Arab Emirates").
_MAX_STATE_WORDS = 4
#: Longest unlisted field before "of" and a state, in words.
_MAX_FIELD_TOKENS = 5


def field_before_state(toks: Tokens, k: int) -> int:
    """The end of an unlisted field that goes on after a listed one at ``k`` up to "of", a
    state and a name ("Minister of War Veterans and Rights Holders of Algeria X"), else
    ``k``."""
    end = k
    while end < toks.n and end - k < _MAX_FIELD_TOKENS and toks.kinds[end] == WORD:
        if toks.keys[end] == "of":
            if end + 1 == toks.n:
                return k  # "of" ends the text: no state follows ("Secretary of Of")
            first = end + 2 if toks.keys[end + 1] == "the" and end + 2 < toks.n else end + 1
            stop = first
            while stop < toks.n - 1 and stop - first < _MAX_STATE_WORDS and toks.cap(stop):
                stop += 1  # the state's words
            for last in range(stop, first, -1):
                # the state, then the name: "of Algeria Laid Rebiga", not "of Turkey said"
                if country_of(toks.span(first, last)) is not None:
                    return end if _two_words(toks, last) else k
            return k
        if not (toks.cap(end) or toks.keys[end] in {"and", "&"}):
            return k
        end += 1
    return k


def _two_words(toks: Tokens, k: int) -> bool:
    """Whether two capitalised words start at ``k`` (a name of two words or more)."""
    return (
        k + 1 < toks.n
        and toks.kinds[k] == WORD
        and toks.kinds[k + 1] == WORD
        and toks.cap(k)
        and toks.cap(k + 1)
    )
