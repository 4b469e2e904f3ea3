"""What the words around a title say: its country, organisation, region, status and honorifics.

Before the title, :func:`context_before` walks back over "US", "Kazakhstan's", "the EU's",
"Kremlin", "former", "HRH", "Trump's Middle East" and records what it finds in a
:class:`Context`. After it, :func:`of_country` reads an "of" phrase ("Emir of Qatar",
"Secretary-General of the United Nations").
"""

from __future__ import annotations

from accordlib.countries.model import Country
from accordlib.officials.entities import abbrev_dot, country_of, org_lookup
from accordlib.officials.lexicon import Lexicon, Org, longest
from accordlib.officials.tokens import POSS, PUNCT, WORD, Tokens, fold

__all__ = ["Context", "context_before", "of_country", "span_back"]

#: How many steps (an entity, a modifier, an honorific...) the walk back takes at most.
_MAX_STEPS = 8
#: Longest country name, in tokens, looked for before a title ("Bosnia and Herzegovina's").
_MAX_COUNTRY_TOKENS = 6
#: Longest region ("Middle East", "Horn of Africa") and honorific ("His Royal Highness").
_MAX_REGION_WORDS = 3
#: Status words written with a hyphen before the title ("then-President", "ex-Premier"):
#: the walk back stops at them when they stand alone.
_HYPHEN_STATUS = frozenset({"then", "ex"})
#: Words that open the noun phrase of a title ("the top U.S. diplomat", ", the army spokesman").
_OPENERS = frozenset({"the", ",", "a", "an"})
_ARTICLES = frozenset({"the", "a", "an"})


def _ends_span(toks: Tokens, before: int, floor: int, inner: frozenset[str]) -> bool:
    """Whether token ``before`` cannot belong to a name that ends after it."""
    if before < floor:
        return True
    kind = toks.kinds[before]
    if kind == POSS:
        return True
    if kind == PUNCT:
        return not toks.is_glue(before)
    return (
        kind == WORD
        and not toks.text[toks.starts[before]].isupper()
        and toks.keys[before] not in inner
    )


def span_back(toks: Tokens, end: int, floor: int, max_words: int, lex: Lexicon) -> list[int]:
    """Start indices of the spans that end just before ``end``, longest first."""
    last = end - 1
    inner = lex.inner_words
    if last >= floor and toks.kinds[last] == WORD and _ends_span(toks, last - 1, floor, inner):
        return [last]  # one word after "met", a comma or the start: the common case
    starts: list[int] = []
    words = 0
    k = end - 1
    while k >= floor and words < max_words and end - k < 3 * max_words:
        kind = toks.kinds[k]
        if kind == WORD:
            words += 1
            starts.append(k)
        elif toks.keys[k] == ".":
            if not abbrev_dot(toks, k):
                break
        elif not (kind == PUNCT and toks.is_glue(k)):
            break
        k -= 1
    starts.reverse()
    return starts


class Context:
    """What the words around a title say: country, organisation, modifiers, honorifics.

    The defaults are class attributes, so that making one (once per title found) sets one
    field; the lists are replaced, never changed in place.
    """

    country: Country | None = None
    organization: Org | None = None
    modifiers: list[str] = []  # noqa: RUF012 - replaced, never mutated
    honorifics: list[str] = []  # noqa: RUF012 - replaced, never mutated
    determiner = False
    region: str | None = None
    top = False

    def __init__(self, start: int) -> None:
        self.start = start


def context_before(toks: Tokens, start: int, floor: int, lex: Lexicon) -> Context:
    """Walk back from a title over "US", "Kazakhstan's", "the EU's", "Kremlin", "former", "HRH"."""
    ctx = Context(start)
    k = start - 1
    if k < floor:
        return ctx
    key = toks.keys[k]
    if toks.kinds[k] == WORD and key not in lex.org_last_words:
        if not toks.text[toks.starts[k]].isupper():
            if key not in lex.descriptors and key not in lex.modifiers:
                # a plain lower-case word before the title ("met President X", "said Sen. Y"):
                # nothing to walk back over
                ctx.determiner = key == "the"
                return ctx
        elif _one_country_before(toks, k, floor, ctx, lex):
            return ctx
    p = committed = start
    for _ in range(_MAX_STEPS):
        if p - 1 < floor:
            break
        step = _step_back(toks, ctx, p, floor, lex)
        if step is None:
            break
        p, commit = step
        if commit:
            committed = p
    if p < committed and (p - 1 < floor or toks.keys[p - 1] in _OPENERS):
        committed = p  # "the top U.S. diplomat", "the army spokesman": the words are its own
    ctx.top = committed < start and "top" in toks.keys[committed:start]
    ctx.start = committed
    if committed - 1 >= floor and toks.keys[committed - 1] in _ARTICLES:
        ctx.determiner = toks.keys[committed - 1] == "the"
    return ctx


def _one_country_before(toks: Tokens, k: int, floor: int, ctx: Context, lex: Lexicon) -> bool:
    """One capitalised word after a plain word: "met Chinese Foreign Minister Wang Yi"."""
    before = k - 1
    if before >= floor:
        key = toks.keys[before]
        if (
            toks.kinds[before] != WORD
            or toks.text[toks.starts[before]].isupper()
            or key in lex.descriptors
            or key in lex.modifiers
            or key in lex.honorifics
            or key in lex.inner_words
        ):
            return False
    country = country_of(toks.word(k))
    if country is None:
        return False
    ctx.country = country
    ctx.start = k
    ctx.determiner = before >= floor and toks.keys[before] == "the"
    return True


def _step_back(
    toks: Tokens, ctx: Context, p: int, floor: int, lex: Lexicon
) -> tuple[int, bool] | None:
    """One step back from ``p``: the new start and whether it is kept; ``None`` to stop.

    A descriptor ("government" in "Iranian government spokesman") is kept only if an
    entity comes before it.
    """
    k = p - 1
    kind = toks.kinds[k]
    if kind == POSS:
        found = entity_back(toks, k, floor, ctx, lex)
        return None if found is None else (found, True)
    if kind not in (WORD, PUNCT):
        return None
    if kind == PUNCT or toks.keys[k] in lex.org_last_words or toks.cap(k):
        found = entity_back(toks, p, floor, ctx, lex)
        if found is not None:
            return found, True
    if kind == WORD:
        return _word_back(toks, ctx, p, floor, lex)
    if toks.is_glue(k) and toks.keys[k] != "." and k - 1 >= floor:
        # "then-" glued to the title: "then-Secretary of State"
        modifier = longest(lex.modifiers, toks, k - 1)
        if modifier is not None and modifier[0].fields["kind"] == "status":
            ctx.modifiers = [modifier[0].fields["modifier"], *ctx.modifiers]
            return k - 1, True
    return None


def _word_back(
    toks: Tokens, ctx: Context, p: int, floor: int, lex: Lexicon
) -> tuple[int, bool] | None:
    """A step back over a word: a region, a descriptor, a status word or an honorific."""
    k = p - 1
    key = toks.keys[k]
    if toks.cap(k):
        region = _region_back(toks, p, floor, lex)
        if region is not None:
            ctx.region = toks.span(region, p)  # "Trump's Middle East envoy"
            return region, True
    if key in lex.descriptors:
        return k, False
    modifier = longest(lex.modifiers, toks, k)
    if modifier is not None and modifier[1] == p and modifier[0].fields["kind"] == "status":
        ctx.modifiers = [modifier[0].fields["modifier"], *ctx.modifiers]
        return k, True
    if key in _HYPHEN_STATUS:
        return None
    honorific = _honorific_back(toks, p, floor, lex)
    if honorific is not None:
        ctx.honorifics = [toks.span(honorific, p), *ctx.honorifics]
        return honorific, True
    return None


def entity_back(toks: Tokens, end: int, floor: int, ctx: Context, lex: Lexicon) -> int | None:
    """A country or organisation whose last token is just before ``end``; return its start."""
    last = end - 2 if toks.kinds[end - 1] == PUNCT and end > 1 else end - 1  # "U.N." ends in "n"
    last_key = toks.keys[last]
    for s in span_back(toks, end, floor, lex.max_span, lex):
        if not toks.cap(s) or toks.keys[s] == "the":
            continue  # "The Iranian foreign minister": the article is not part of the name
        printed = toks.text[toks.starts[s] : toks.ends[end - 1]]
        org = org_lookup(printed) if last_key in lex.org_last_words else None
        if org is not None:
            if ctx.organization is None:
                ctx.organization = org
            return s
        if end - s <= _MAX_COUNTRY_TOKENS:
            country = country_of(printed if printed.isalpha() else " ".join(printed.split()))
            if country is not None:
                if ctx.country is None:
                    ctx.country = country
                return s
    return None


def _region_back(toks: Tokens, end: int, floor: int, lex: Lexicon) -> int | None:
    for s in span_back(toks, end, floor, _MAX_REGION_WORDS, lex):
        if toks.cap(s) and fold(toks.span(s, end)) in lex.regions:
            return s
    return None


def _honorific_back(toks: Tokens, end: int, floor: int, lex: Lexicon) -> int | None:
    for s in span_back(toks, end, floor, _MAX_REGION_WORDS, lex):
        found = longest(lex.honorifics, toks, s)
        if found is not None and found[1] == end:
            return s
    return None


#: Longest country or organisation name read after "of", in tokens.
_MAX_OF_TOKENS = 6
#: Words read past the longest name found so far before the name is taken to have ended.
_MAX_MISSES = 2


def of_country(toks: Tokens, j: int) -> tuple[Country | None, Org | None, int]:
    """ "of Qatar", "of the United Nations" at ``j``: the country or organisation and the end."""
    n = toks.n
    if j >= n or toks.keys[j] != "of":
        return None, None, j
    k = j + 1
    if k < n and toks.keys[k] == "the":
        k += 1
    if k >= n or not toks.cap(k):
        return None, None, j
    # Shortest first, then as long as the name keeps resolving: "of Saudi Arabia" is two words
    # and "of Kazakhstan Kassym-Jomart Tokayev" one, in two or three look-ups, not six.
    best: tuple[Country | None, Org | None, int] = (None, None, j)
    misses = 0
    for end in range(k + 1, min(n, k + _MAX_OF_TOKENS) + 1):
        last = end - 1
        kind = toks.kinds[last]
        if kind == PUNCT and not toks.is_glue(last):
            break
        if kind != WORD and not abbrev_dot(toks, last):
            continue
        printed = toks.span(k, end)
        org = org_lookup(printed)
        country = country_of(printed) if org is None else None
        if org is not None or country is not None:
            best = (country, org, end)
            misses = 0
        elif best[2] > j:
            misses += 1
            if misses == _MAX_MISSES:
                break
    return best
