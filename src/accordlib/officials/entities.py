"""Countries and organisations named by printed spans ("Kazakhstan", "UN", "Health Ministry").

The readers ask these questions of many short spans around every title, and wire copy asks
the same ones again and again, so the answers are remembered (bounded
:func:`~accordlib._util.memo.memoized` memos).
"""

from __future__ import annotations

from accordlib._util.memo import memoized
from accordlib.countries.lookup import get_country
from accordlib.countries.model import Country
from accordlib.officials.lexicon import Org, lexicon, org_key
from accordlib.officials.tokens import WORD, Tokens

__all__ = ["abbrev_dot", "country_of", "org_lookup"]

#: The memo bounds: the distinct spans of a feed's working set; no name is longer than 64.
_MEMO_ENTRIES = 1 << 14
_MEMO_KEY_LENGTH = 64
#: The longest abbreviation written with dots that names a country or a body ("U.S.", "U.N.").
_MAX_ABBREVIATION = 3


@memoized(max_entries=_MEMO_ENTRIES, max_key_length=_MEMO_KEY_LENGTH)
def country_of(text: str) -> Country | None:
    """The country a capitalised span names ("Kazakhstan", "U.S.", "Israeli"), else ``None``."""
    if not text[:1].isupper():
        return None
    return get_country(text)


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
    """Any "<Field> Ministry" is a government body: "Health Ministry", "Energy Ministry"."""
    words = text.split()
    if (
        len(words) == 2  # noqa: PLR2004 - a field and "Ministry"
        and words[1] == "Ministry"
        and words[0][:1].isupper()
        and country_of(words[0]) is None  # "Chinese Ministry": the country, then the body
    ):
        return Org(
            {
                "canonical": " ".join(words),
                "kind": "government",
                "country": "",
                "head": "Minister",
                "case": "",
            }
        )
    return None


def abbrev_dot(toks: Tokens, k: int) -> bool:
    """A dot that closes an abbreviation such as "U.S." or "U.N.", not a sentence."""
    if toks.keys[k] != "." or not toks.glued(k) or toks.kinds[k - 1] != WORD:
        return False
    word = toks.word(k - 1)
    return len(word) <= _MAX_ABBREVIATION and word.isupper()
