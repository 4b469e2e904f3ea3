"""What the words around a title say: its country, organisation, region, status and honorifics.

Before the title, :func:`context_before` walks back over "US", "Kazakhstan's", "the EU's",
"Kremlin", "former", "HRH", "Trump's Middle East" and records what it finds in a
:class:`Context`. After it, :func:`of_country` reads an "of" phrase ("Emir of Qatar",
"Secretary-General of the United Nations").
"""

from __future__ import annotations

from accordlib.countries.model import Country
from accordlib.officials.entities import (
    abbrev_dot,
    country_code,
    country_in_text,
    country_named,
    org_lookup,
)
from accordlib.officials.lexicon import Lexicon, Org, lexicon, longest
from accordlib.officials.tokens import HYPHENS, NUM, POSS, PUNCT, WORD, Tokens, fold

__all__ = ["Context", "Entity", "context_before", "of_country", "read_entity", "span_back"]

#: How many steps (an entity, a modifier, an honorific...) the walk back takes at most.
_MAX_STEPS = 8
#: Longest country name, in tokens, looked for before a title ("Bosnia and Herzegovina's").
_MAX_COUNTRY_TOKENS = 6
#: Longest region ("Middle East", "Horn of Africa") and honorific ("His Royal Highness").
_MAX_REGION_WORDS = 3
#: At most this many lower-case words (adjectives) stand between a state's possessive and
#: its capitalised body ("Ruritania's powerful Constituent Assembly").
_MAX_ADJECTIVES = 2
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
    #: a state's subdivision stands before the title ("Dubai ruler", "Texas Governor")
    local = False

    def __init__(self, start: int) -> None:
        self.start = start


def context_before(toks: Tokens, start: int, floor: int, lex: Lexicon) -> Context:
    """Walk back from a title over "US", "Kazakhstan's", "the EU's", "Kremlin", "former", "HRH"."""
    ctx = Context(start)
    k = start - 1
    if k < floor or _settled(toks, ctx, k, floor, lex):
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
    if p < committed and toks.keys[p] != "(" and (p - 1 < floor or toks.keys[p - 1] in _OPENERS):
        # "the top U.S. diplomat", "the army spokesman": the words are its own; not a
        # bracket with no body before it to abbreviate ("(AA) President ..." at the start)
        committed = p
    ctx.top = committed < start and "top" in toks.keys[committed:start]
    ctx.start = committed
    if committed - 1 >= floor and toks.keys[committed - 1] in _ARTICLES:
        ctx.determiner = toks.keys[committed - 1] == "the"
    return ctx


def _settled(toks: Tokens, ctx: Context, k: int, floor: int, lex: Lexicon) -> bool:
    """The common cases, settled at the word before the title without walking back: a plain
    lower-case word ("met President X", "said Sen. Y"; "the", maybe after an honorific: "HE
    the Minister") or one country after a plain word ("met Chinese Foreign Minister")."""
    key = toks.keys[k]
    if toks.kinds[k] != WORD or key in lex.org_last_words:
        return False
    if toks.text[toks.starts[k]].isupper():
        return _one_country_before(toks, k, floor, ctx, lex)
    if key in lex.descriptors or key in lex.modifiers or key == "old":
        return False
    ctx.determiner = key == "the"
    if ctx.determiner and k > floor and toks.keys[k - 1] in lex.honorific_ends:
        _honorific_before_the(toks, ctx, k, floor, lex)
    return True


def _honorific_before_the(toks: Tokens, ctx: Context, the: int, floor: int, lex: Lexicon) -> None:
    """ "HE the Foreign Minister": an honorific before the article."""
    honorific = _honorific_back(toks, the, floor, lex)
    if honorific is not None:
        ctx.honorifics = [toks.span(honorific, the)]
        ctx.start = honorific


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
    if toks.keys[k] in lex.articles:
        return False  # "La canciller": an article, not Laos
    country = country_in_text(toks.word(k))
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
        return _possessive_back(toks, ctx, k, floor, lex)
    if kind not in (WORD, PUNCT):
        return None
    if kind == PUNCT or toks.keys[k] in lex.org_last_words or toks.cap(k):
        found = entity_back(toks, p, floor, ctx, lex)
        if found is not None:
            return found, True
    if kind == WORD:
        return _word_back(toks, ctx, p, floor, lex)
    if toks.keys[k] == ")":
        return _acronym_back(toks, ctx, k, floor)  # "Foreign Office (FO) spokesman"
    if toks.keys[k] == "." and toks.keys[k - 1] in lex.honorific_ends and toks.glued(k):
        honorific = _dotted_honorific_back(toks, p, floor, lex)  # "Dr." before the title
        if honorific is not None:
            ctx.honorifics = [toks.span(honorific, p), *ctx.honorifics]
            return honorific, True
    if toks.is_glue(k) and toks.keys[k] != "." and k - 1 >= floor:
        # "then-" glued to the title: "then-Secretary of State"
        modifier = longest(lex.modifiers, toks, k - 1)
        if modifier is not None and modifier[0].fields["kind"] == "status":
            ctx.modifiers = [modifier[0].fields["modifier"], *ctx.modifiers]
            return k - 1, True
    return None


def _possessive_back(
    toks: Tokens, ctx: Context, k: int, floor: int, lex: Lexicon
) -> tuple[int, bool] | None:
    """A step back over "'s" at ``k``: a state's, an organisation's or a subdivision's, kept;
    a descriptor's, as without it ("the ministry's spokesperson"); else ``None``."""
    found = _possessor_back(toks, ctx, k, floor, lex)
    if found is not None:
        return found, True
    if k - 1 >= floor and _descriptor(toks, k - 1, lex):
        return k - 1, False
    return None


def _descriptor(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """A lower-case word at ``k`` that describes a title's office, no entity: "government",
    "ministry", "embassy"."""
    return not toks.cap(k) and (toks.keys[k] in lex.descriptors or toks.keys[k] in lex.bodies)


def _acronym_back(toks: Tokens, ctx: Context, close: int, floor: int) -> tuple[int, bool] | None:
    """A step back over a bracketed abbreviation ("(DFA)") between a body and its title.

    Not over a bracket glued to the title's first word: that is a dateline's agency before
    the body ("ANKARA (AA)Turkish President ..."), not an abbreviation.
    """
    if toks.glued(close + 1):
        return None
    for opening in range(close - 2, max(floor, close - _MAX_ACRONYM_TOKENS - 1) - 1, -1):
        if toks.keys[opening] == "(":
            if _acronym_end(toks, opening) != close + 1:
                return None
            org = org_lookup(toks.span(opening + 1, close))
            if org is not None and ctx.organization is None:
                ctx.organization = org
            return opening, False
    return None


def _dotted_honorific_back(toks: Tokens, end: int, floor: int, lex: Lexicon) -> int | None:
    """An honorific written with a dot that ends just before ``end`` ("Dr.", "H.E.")."""
    for start in range(end - 2, max(floor, end - _MAX_ACRONYM_TOKENS) - 1, -1):
        found = longest(lex.honorifics, toks, start)
        if found is not None and found[1] == end:
            return start
    return None


def _age_back(toks: Tokens, k: int, floor: int) -> int | None:
    """ "84-year-old" ending at token ``k``: its start."""
    start = k - 4
    if (
        start >= floor
        and toks.kinds[start] == NUM
        and toks.keys[start + 2] == "year"
        and all(toks.is_glue(x) for x in (start + 1, start + 3))
    ):
        return start
    return None


def _possessor_back(toks: Tokens, ctx: Context, k: int, floor: int, lex: Lexicon) -> int | None:
    """The start of a state, an organisation or a subdivision before the "'s" at ``k``
    ("Iran's", "Kerala's Chief Minister", "Connecticut's Senator")."""
    found = entity_back(toks, k, floor, ctx, lex)
    return found if found is not None else _subdivision_back(toks, ctx, k, floor, lex)


def _word_back(
    toks: Tokens, ctx: Context, p: int, floor: int, lex: Lexicon
) -> tuple[int, bool] | None:
    """A step back over a word: a region, a descriptor, a status word or an honorific."""
    k = p - 1
    key = toks.keys[k]
    if key == "old":
        age = _age_back(toks, k, floor)  # "Saudi Arabia's 84-year-old ruler"
        return None if age is None else (age, False)
    if toks.cap(k):
        region = _region_back(toks, p, floor, lex)
        if region is not None:
            ctx.region = toks.span(region, p)  # "Trump's Middle East envoy"
            return region, True
        region = _subdivision_back(toks, ctx, p, floor, lex)
        if region is not None:
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
        if not toks.cap(s) or toks.keys[s] in lex.articles:
            continue  # "The Iranian foreign minister", "La canciller": an article names no state
        printed = toks.text[toks.starts[s] : toks.ends[end - 1]]
        org = org_lookup(printed) if last_key in lex.org_last_words else None
        if org is not None:
            if ctx.organization is None:
                ctx.organization = org
            return s
        if end - s <= _MAX_COUNTRY_TOKENS:
            country = country_in_text(printed if printed.isalpha() else " ".join(printed.split()))
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


def _subdivision_back(
    toks: Tokens, ctx: Context, end: int, floor: int, lex: Lexicon
) -> int | None:
    """A state's subdivision just before the title ("Maharashtra Chief Minister", "Texas
    Governor"): its start, and its country when it lies in one."""
    for s in span_back(toks, end, floor, _MAX_REGION_WORDS, lex):
        if toks.cap(s):
            alpha3 = lex.subdivisions.get(fold(toks.span(s, end)))
            if alpha3 is not None:
                if ctx.country is None and alpha3 != "-":
                    ctx.country = country_code(alpha3)
                ctx.local = True
                return s
    return None


def _honorific_back(toks: Tokens, end: int, floor: int, lex: Lexicon) -> int | None:
    for s in span_back(toks, end, floor, _MAX_REGION_WORDS, lex):
        found = longest(lex.honorifics, toks, s)
        if found is not None and found[1] == end:
            return s
    return None


#: Longest country or organisation name read after "of", in tokens ("Organisation for
#: Security and Co-operation in Europe" is nine).
_MAX_ENTITY_TOKENS = 12
#: Words read past the longest name found so far before the name is taken to have ended.
_MAX_MISSES = 2
#: Longest name of a body that no table lists ("Foreign Relations Committee"), in words.
_MAX_BODY_WORDS = 6
#: Longest parenthesised abbreviation after a name ("(OSCE)", "(Turkic Council)"), in tokens.
_MAX_ACRONYM_TOKENS = 4
#: Bodies whose place follows them ("the Turkish embassy in Washington").
_POSTS = frozenset({"embassy", "consulate", "mission"})
#: Longest place after a post, in words.
_MAX_PLACE_WORDS = 3

#: What an entity phrase gives: its country, its organisation and the token after it.
Entity = tuple[Country | None, Org | None, int]


def of_country(toks: Tokens, j: int) -> Entity:
    """ "of Qatar", "of the United Nations" at ``j``: the country or organisation and the end."""
    if j >= toks.n or toks.keys[j] != "of":
        return None, None, j
    country, org, end = read_entity(toks, j + 1, lexicon())
    if end == j + 1:
        return None, None, j
    return country, org, end


def read_entity(toks: Tokens, k: int, lex: Lexicon, *, nested: bool = False) -> Entity:
    """A country or organisation phrase at ``k``; ``(None, None, k)`` when there is none.

    "the friendly Republic of Zambia", "the Russian Foreign Ministry", "Turkey's Grand
    National Assembly", "the ICAO Council", "the Ministry of Foreign Affairs of Russia",
    "the Organisation for Security and Co-operation in Europe (OSCE)", "the Turkish embassy
    in Washington", "Foreign Relations Committee of Turkey's Grand National Assembly": the
    country is the first one named, the organisation the first one known.
    """
    n = toks.n
    start = k
    if k < n and toks.keys[k] == "the":
        k += 1
    while k < n and toks.keys[k] in lex.epithets and toks.kinds[k] == WORD:
        k += 1  # "the friendly Republic of Zambia"
    if k >= n:
        return None, None, start
    country, org, end = _name_span(toks, k, lex)
    if end == k:
        end = _body_end(toks, k, lex)  # "Foreign Relations Committee"
        if end == k:
            return None, None, start
    else:
        country, org, end = _entity_body(toks, k, (country, org, end), lex)
    if not nested and end + 1 < n and toks.keys[end] == "of":
        inner_country, inner_org, inner_end = read_entity(toks, end + 1, lex, nested=True)
        if inner_end > end + 1:
            country = country or inner_country
            org = org or inner_org
            end = inner_end
    if end < n and toks.keys[end] == "(":
        close = _acronym_end(toks, end)
        if close > end:
            org = org or org_lookup(toks.span(end + 1, close - 1))
            end = close
    return country, org, end


def _entity_body(toks: Tokens, k: int, named: Entity, lex: Lexicon) -> Entity:
    """The body that follows a name at ``k``: a country's ("Turkey's Grand National
    Assembly", "Russian Foreign Ministry": after a possessive or an adjective, not after a
    name, "of Qatar Sheikh"), or an organisation's ("the ICAO Council")."""
    country, org, end = named
    if end >= toks.n:
        return named
    if org is None:
        after = end + 1 if toks.kinds[end] == POSS else end
        if after > end or (country is not None and fold(toks.span(k, end)) != fold(country.name)):
            body, body_end = _body_after(toks, after, lex)
            if body_end == after and after > end:
                past = _past_adjectives(toks, after)
                body, body_end = _body_after(toks, past, lex)
                if body_end == past:
                    body_end = after  # no body past the adjectives either
            if body_end > after:
                return country, body, body_end
        elif country is not None and toks.cap(end):
            # the state's own name before a capitalised body: "the New Zealand House of
            # Representatives", "the Kenya Defence Forces" (not a name: "of Qatar Sheikh X")
            body_end = _body_end(toks, end, lex)
            if body_end > end:
                return country, org_lookup(toks.span(end, body_end)), body_end
    elif toks.keys[end] in lex.bodies and toks.cap(end):
        return country, org, end + 1
    return named


def _name_span(toks: Tokens, k: int, lex: Lexicon) -> Entity:
    """The longest country or organisation name starting at ``k`` (``end == k``: none)."""
    n = toks.n
    if not toks.cap(k):
        return _lower_country(toks, k)
    # Shortest first, then as long as the name keeps resolving: "of Saudi Arabia" is two words
    # and "of Kazakhstan Kassym-Jomart Tokayev" one, in two or three look-ups, not six.
    best: Entity = (None, None, k)
    misses = 0
    # a country's name is short; only an organisation's runs on ("Organisation for Security
    # and Co-operation in Europe"), and then from a word that starts one
    limit = k + (
        _MAX_ENTITY_TOKENS if toks.keys[k] in lex.org_first_words else _MAX_COUNTRY_TOKENS
    )
    for end in range(k + 1, min(n, limit) + 1):
        last = end - 1
        kind = toks.kinds[last]
        if kind == PUNCT and not toks.is_glue(last):
            break
        if kind != WORD and not abbrev_dot(toks, last):
            continue
        if kind == WORD and toks.keys[last] in lex.inner_words and not toks.cap(last):
            continue  # no name ends on "and" or "of" ("of Peru and Tom Baker")
        printed = toks.span(k, end)
        last_word = toks.keys[last] if kind == WORD else toks.keys[last - 1]
        org = org_lookup(printed) if last_word in lex.org_last_words else None
        country = country_in_text(printed) if org is None else None
        if org is not None or country is not None:
            best = (country, org, end)
            misses = 0
        elif best[2] > k and not (end < n and toks.kinds[end] == POSS):
            # a word before "'s" is no miss: "Lao People's Democratic Republic" runs on
            misses += 1
            if misses == _MAX_MISSES:
                break
    return best


def _lower_country(toks: Tokens, k: int) -> Entity:
    """A country's name written in lower case: "Foreign Minister of iran"."""
    for end in range(min(toks.n, k + _MAX_REGION_WORDS), k, -1):
        if all(toks.kinds[x] == WORD for x in range(k, end)):
            country = country_named(toks.span(k, end))
            if country is not None:
                return country, None, end
    return None, None, k


def _body_end(toks: Tokens, k: int, lex: Lexicon) -> int:
    """End of a body's name that no table lists: capitalised words closed by a body word
    ("Foreign Relations Committee", "Armed Forces"); ``k`` when there is none."""
    end = k
    j = k
    words = 0
    while j < toks.n and words < _MAX_BODY_WORDS:
        if toks.kinds[j] != WORD:
            if not (j > k and toks.keys[j] in HYPHENS and toks.glued(j) and _glued_word(toks, j)):
                break
            j += 1  # "Majlis Al-Shura": a hyphenated word goes on
            continue
        if toks.cap(j):
            if toks.keys[j] in lex.bodies:
                end = j + 1
        elif not (
            toks.keys[j] in lex.inner_words and j > k and j + 1 < toks.n and toks.cap(j + 1)
        ):
            break
        j += 1
        words += 1
    return end


def _glued_word(toks: Tokens, j: int) -> bool:
    """Whether a word is written tight after token ``j``."""
    return j + 1 < toks.n and toks.kinds[j + 1] == WORD and toks.starts[j + 1] == toks.ends[j]


def _past_adjectives(toks: Tokens, k: int) -> int:
    """After a state's possessive, the capitalised body past one or two lower-case words
    ("Ruritania's powerful Constituent Assembly", "its once mighty Navy"); ``k`` when no
    capitalised word follows them."""
    for j in range(k, min(toks.n, k + _MAX_ADJECTIVES + 1)):
        if toks.kinds[j] != WORD:
            return k
        if toks.cap(j):
            return j if j > k else k
    return k


def _body_after(toks: Tokens, k: int, lex: Lexicon) -> tuple[Org | None, int]:
    """A body after a country: a known one ("Foreign Ministry", "MFA"), a capitalised one
    ("Grand National Assembly", "Armed Forces") or a plain one ("embassy in Washington")."""
    n = toks.n
    if k >= n or toks.kinds[k] != WORD:
        return None, k
    if toks.cap(k):
        end = _body_end(toks, k, lex)  # "Foreign Ministry", "Grand National Assembly"
        if end > k:
            return org_lookup(toks.span(k, end)), end
        if toks.keys[k] not in lex.org_first_words:
            return None, k
        country, org, end = _name_span(toks, k, lex)  # "MFA", "State Department"
        return (org, end) if org is not None and country is None else (None, k)
    end = k
    for j in range(k, min(n, k + _MAX_REGION_WORDS)):
        if toks.kinds[j] != WORD or toks.cap(j):
            break
        if toks.keys[j] in lex.bodies:
            end = j + 1
            break
    if end > k and toks.keys[end - 1] in _POSTS:
        end = _place_after(toks, end)
    return None, end


def _place_after(toks: Tokens, end: int) -> int:
    """ "in Washington" after an embassy: where it is, which the official is not from."""
    if end + 1 >= toks.n or toks.keys[end] != "in" or not toks.cap(end + 1):
        return end
    j = end + 1
    while j < toks.n and j - end <= _MAX_PLACE_WORDS and toks.cap(j):
        j += 1
    return j


def _acronym_end(toks: Tokens, opening: int) -> int:
    """The token after a parenthesised abbreviation at ``opening`` ("(OSCE)"), else ``opening``."""
    for close in range(opening + 2, min(toks.n, opening + _MAX_ACRONYM_TOKENS + 2)):
        if toks.keys[close] == ")":
            inner = range(opening + 1, close)
            if all(toks.cap(x) or toks.is_glue(x) for x in inner):
                return close + 1
            return opening
        if toks.kinds[close] == PUNCT and not toks.is_glue(close):
            return opening
    return opening
