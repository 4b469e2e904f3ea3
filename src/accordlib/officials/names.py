"""Person names in text: "Kassym-Jomart Tokayev", "Mohammed bin Salman", "King Abdullah II".

:func:`parse_name` reads a name forward from a token; :func:`good_name` rejects runs that
are places or things ("Captain America", "General Assembly"); :func:`name_after_comma` and
:func:`name_before` read a name set off by commas after or before a title
("Kazakhstan's president, Kassym-Jomart Tokayev," / "Tokayev, Kazakhstan's president").
"""

from __future__ import annotations

from typing import NamedTuple

from accordlib._util.memo import memoized
from accordlib.officials.entities import country_of, org_lookup
from accordlib.officials.lexicon import WALK_GLUE, Lexicon, lexicon, longest, walk
from accordlib.officials.model import Role
from accordlib.officials.titles import TitleMatch, match_title
from accordlib.officials.tokens import GLUE, HYPHENS, POSS_KEY, WORD, Tokens

__all__ = [
    "PATRONYMIC",
    "NameApart",
    "good_name",
    "honorific_home",
    "name_after_comma",
    "name_before",
    "parse_name",
    "read_honorifics",
]

#: What sets a name off from a title after it: "Bilawal, Pakistan's foreign minister" and,
#: in the press, a dash ("Bilawal — Pakistan's foreign minister — said").
_SETS_OFF = frozenset({",", "\u2014", "\u2013"})

#: Regnal numbers up to XXXIX, upper case only ("II", "XIV"). Spelled out as a set (a set
#: look-up is several times cheaper than a regular expression match): exactly the strings
#: of ``X{0,3}(?:IX|IV|V?I{0,3})``.
_ROMAN = frozenset(
    tens + ones
    for tens in ("", "X", "XX", "XXX")
    for ones in ("IX", "IV", *(five + "I" * k for five in ("", "V") for k in range(4)))
)
#: The longest abbreviated given name ("Mohd.").
_MAX_ABBREVIATED = 4
#: Only words this short are read as regnal numbers.
_MAX_ROMAN = 5
#: A name has at most this many words, and is looked for in this many tokens.
_MAX_NAME_WORDS = 8
_MAX_NAME_TOKENS = 32
#: At most this many honorifics before a name ("His Highness Sheikh Dr").
_MAX_HONORIFICS = 3
#: An apostrophe that ends a style ("Dato'"): what the walk steps over besides dots and hyphens.
_APOSTROPHES = WALK_GLUE - GLUE
#: How far back a name before a title is looked for, in words (honorifics included) and tokens.
_MAX_BACK_WORDS = 12
_MAX_BACK_TOKENS = 24
#: A name with no comma before its title has at least two words.
_TWO_WORDS = 2
#: Articles between a name and the title after it ("Zakharova, a ... spokeswoman").
_ARTICLES = frozenset({"the", "a", "an"})
#: What stands for the article before a counterpart ("Ana Ruiz, her Peruvian counterpart").
_POSSESSIVES = frozenset({"his", "her", "their"})
#: "Ana Ruiz as the Special Envoy": a name before "as" holds the title after it
_AS = "as"
#: The verb group between a name and "as" ("Ana Ruiz was elected as Deputy Prime Minister",
#: "... has been appointed as ...", "... sworn in as ..."), read back from "as".
_BECOMES = frozenset(
    {"elected", "re-elected", "appointed", "reappointed", "named", "confirmed", "installed"}
    | {"sworn", "in", "was", "is", "has", "had", "been", "will", "be", "formally", "also"}
)
#: The word that opens an apposition of membership before a title ("He Lifeng, member of
#: the Political Bureau ... and Vice Premier"), and how far back it is looked for, in tokens.
_MEMBER = "member"
_MAX_MEMBERSHIP_TOKENS = 24
#: What may follow a name set off by a comma after its title.
_AFTER_NAME = frozenset({",", ".", ";", ")", "\u201d", '"', POSS_KEY})
#: The longest post-nominal letters in brackets after a name ("(MP)", "(PhD)", "(MNA)").
_MAX_LETTERS = 4
#: Particles after which a father's name follows, whatever word it is ("bin Said", "ben Ali").
#: One definition for the name reader and the official reader ("bin Sultan" is no sultan).
PATRONYMIC = frozenset({"bin", "bint", "binti", "ibn", "ben"})
#: Prefixes of name words written in lower case ("d'Estaing", "l'Hermite").
_ELIDED = ("d'", "l'")
#: What a lower-case word does inside a name (see :func:`_lower_step`).
_STOP, _PARTICLE, _ELIDED_WORD = 0, 1, 2
#: A name continues through it (-1 from :func:`_name_break`).
_GOES_ON = -1


class NameApart(NamedTuple):
    """A name read apart from its title: its tokens, honorifics and any title printed with it."""

    start: int
    end: int
    honorifics: list[str]
    office: TitleMatch | None
    #: where the honorifics begin (the mention's start when the name comes first)
    first: int = -1


def read_honorifics(
    toks: Tokens, k: int, lex: Lexicon, *, before: int | None = None
) -> tuple[list[str], int]:
    """The honorifics from token ``k`` ("His Highness Sheikh"), as printed, and where they end.

    With ``before``, an honorific must end before that token (a name follows it).
    """
    honorifics: list[str] = []
    while k < toks.n and len(honorifics) < _MAX_HONORIFICS:
        bracket = honorifics and toks.keys[k] == "(" and k + 1 < toks.n  # "HE (Dr) Name"
        found = longest(lex.honorifics, toks, k + 1 if bracket else k)
        if found is None or (before is not None and found[1] >= before):
            break
        end = found[1]
        if end < toks.n and toks.keys[end] == "." and toks.glued(end):
            break  # "Sen." is an abbreviated title, not the style "Sen" and a stray period
        if end < toks.n and toks.keys[end] in _APOSTROPHES and toks.glued(end):
            end += 1  # "Dato'": the style's own apostrophe
        if bracket:
            if end >= toks.n or toks.keys[end] != ")":
                break
            end += 1
        honorifics.append(toks.span(k, end))
        k = end
    return honorifics, k


def honorific_home(honorifics: list[str]) -> str:
    """The country whose honours system gives one of these honorifics ("Datuk": MYS), or ""."""
    for printed in honorifics:
        home = _honorific_country(printed)
        if home:
            return home
    return ""


@memoized(max_entries=1024, max_key_length=64)
def _honorific_country(printed: str) -> str:
    toks = Tokens(printed)
    found = walk(lexicon().honorifics, toks, 0) if toks.n else None
    return found[0].country if found is not None else ""


def name_word(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """A capitalised word that may be part of a name."""
    if toks.kinds[k] != WORD:
        return False
    key = toks.keys[k]
    if key in lex.stop or key in lex.things:
        return False
    return toks.text[toks.starts[k]].isupper() or key.startswith(_ELIDED)


def parse_name(toks: Tokens, i: int, lex: Lexicon, *, allow_i: bool = False) -> int:
    """Return the end index of the name starting at token ``i`` (``i`` itself when there is none).

    A name is a run of capitalised words, initials ("J.D."), hyphenated parts ("Kassym-Jomart",
    "el-Sisi", "Jae-myung"), inner particles ("bin", "von der") and a final regnal number
    ("Abdullah II") or "Jr.". It stops at punctuation, lower-case words, possessives and
    sentence words. Written as one tight loop over the common cases (it runs for every
    official found); the rare words that may end a name go to :func:`_name_break`.
    """
    name_breaks = lex.name_breaks
    text, kinds, keys, starts, ends = toks.text, toks.kinds, toks.keys, toks.starts, toks.ends
    n = toks.n
    limit = i + _MAX_NAME_TOKENS if i + _MAX_NAME_TOKENS < n else n  # not min(): cheaper
    j = i
    words = 0
    last = i  # end of the name so far
    while j < limit and words < _MAX_NAME_WORDS:
        if kinds[j] != WORD:
            if not _inner_hyphen(toks, i, j):
                break
            # "-" inside "Kassym-Jomart" / "el-Sisi" / "Jae-myung"
            if words and last == j and not text[starts[j + 1]].isupper():
                j += 2  # a lower-case part ends the name: "Lee Jae-myung", "Moon Jae-in"
                last = j
            else:
                j += 1
            continue
        key = keys[j]
        length = ends[j] - starts[j]
        if not text[starts[j]].isupper():
            step = _lower_step(toks, j, lex)
            if step == _STOP:
                break
            if step == _PARTICLE:
                j += 1  # a particle counts only when a name word follows it
                continue
        elif length <= _MAX_ABBREVIATED and (step := _initial(toks, j, lex, length)):
            # an initial: "J." in "Donald J. Trump"; "Ma." in "Ma. Teresita Daza"; without
            # its dot, "A" in "A K Abdul Momen" (no article then)
            j += step
            words += 1
            last = j
            continue
        elif key in name_breaks or (
            words and length <= _MAX_ROMAN and text[starts[j] : ends[j]] in _ROMAN
        ):
            stop = _name_break(toks, j, words, last, lex, allow_i=allow_i)
            if stop != _GOES_ON:
                last = stop
                break
        # else a plain name word: the common case, told apart by one set look-up
        j += 1
        words += 1
        last = j
    return last if words else i


def _lower_step(toks: Tokens, j: int, lex: Lexicon) -> int:
    """What a lower-case word does inside a name: ``_PARTICLE`` ("bin", "von der": on, not
    counted), ``_ELIDED_WORD`` ("d'Estaing": a name word) or ``_STOP``. A particle that is
    an English word too ends the name unless its hyphen follows ("Ana Ruiz as Ambassador",
    "de Sousa at Belém", but "as-Sisi")."""
    key = toks.keys[j]
    if key in lex.particles:
        if key in lex.loose_particles and j + 1 < toks.n and toks.kinds[j + 1] == WORD:
            return _STOP
        return _PARTICLE
    return _ELIDED_WORD if key.startswith(_ELIDED) else _STOP


def _initial(toks: Tokens, j: int, lex: Lexicon, length: int) -> int:
    """The tokens an initial ("J.") or an abbreviated given name ("Ma.", "Md.") at ``j``
    takes with its dot (2), an initial written without one before another (1), else 0."""
    if (length == 1 or toks.keys[j] in lex.given_abbreviations) and _dot_after(toks, j):
        return 2
    return 1 if length == 1 and _bare_initials(toks, j) else 0


def _bare_initials(toks: Tokens, j: int) -> bool:
    """Whether a one-letter word at ``j`` and the next one are initials written without dots,
    then a name word ("A K Abdul Momen")."""
    k = j + 1
    return (
        k + 1 < toks.n
        and toks.kinds[k] == WORD
        and toks.ends[k] - toks.starts[k] == 1
        and toks.text[toks.starts[k]].isupper()
        and toks.kinds[k + 1] == WORD
        and toks.cap(k + 1)
    )


def _dot_after(toks: Tokens, j: int) -> bool:
    """Whether a dot is written tight after token ``j`` ("J." / "Jr.")."""
    return j + 1 < toks.n and toks.keys[j + 1] == "." and toks.starts[j + 1] == toks.ends[j]


def _inner_hyphen(toks: Tokens, i: int, j: int) -> bool:
    """A hyphen written tight between two words of a name that starts at ``i``."""
    kinds, starts, ends = toks.kinds, toks.starts, toks.ends
    return (
        j > i
        and toks.keys[j] in HYPHENS
        and starts[j] == ends[j - 1]
        and kinds[j - 1] == WORD
        and j + 1 < toks.n
        and starts[j + 1] == ends[j]
        and kinds[j + 1] == WORD
    )


def _name_break(
    toks: Tokens, j: int, words: int, last: int, lex: Lexicon, *, allow_i: bool
) -> int:
    """Where a name ends at a word that may end it (a regnal number, "Jr", a stop word or a
    thing), or ``_GOES_ON`` when the word continues the name."""
    key = toks.keys[j]
    word = toks.word(j)
    if words and len(word) <= _MAX_ROMAN and word in _ROMAN:
        # a regnal number ends the name: "Abdullah II", "Leo XIV" ("I" only for monarchs),
        # unless a patronymic follows it: "Abdullah II bin Al-Hussein"
        if len(word) == 1 and not allow_i:
            return last
        return _GOES_ON if _patronymic_after(toks, j + 1, lex) else j + 1
    if words and key in lex.suffixes:
        return j + 2 if _dot_after(toks, j) else j + 1
    if key in lex.stop:
        if (
            words == 0
            and key in lex.surname_stops
            and j + 1 < toks.n
            and name_word(toks, j + 1, lex)
        ):
            return _GOES_ON  # "Vice Premier He Lifeng"
        return _GOES_ON if words and _stop_inside(toks, j, lex) else last
    if key in lex.things:
        return last
    return _GOES_ON


def _stop_inside(toks: Tokens, j: int, lex: Lexicon) -> bool:
    """Whether a stop word at ``j``, after a name word, goes on with the name: a family name
    after its article ("Faisal bin Turki Al Said"), a given name's first part ("Hyun
    In-taek", "Kim Ki-nam"), a father's name ("Omar bin Said Al-Busaidi")."""
    return _family_article(toks, j, lex) or _hyphen_part(toks, j) or toks.keys[j - 1] in PATRONYMIC


def _hyphen_part(toks: Tokens, j: int) -> bool:
    """Whether the word at ``j`` is glued by a hyphen to one lower-case part ("In-taek", not
    "An-ba-ni")."""
    return (
        j + 2 < toks.n
        and toks.keys[j + 1] in HYPHENS
        and toks.glued(j + 1)
        and toks.glued(j + 2)
        and toks.kinds[j + 2] == WORD
        and not toks.cap(j + 2)
        and not (j + 3 < toks.n and toks.keys[j + 3] in HYPHENS and toks.glued(j + 3))
    )


def _patronymic_after(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """A lower-case particle and a capitalised word at ``k`` ("bin Al-Hussein")."""
    return (
        k + 1 < toks.n
        and toks.keys[k] in lex.particles
        and toks.kinds[k] == WORD
        and not toks.cap(k)
        and toks.cap(k + 1)
    )


def _family_article(toks: Tokens, j: int, lex: Lexicon) -> bool:
    """A capitalised word ("Said") right after a capitalised particle of two letters or more
    ("Al", "Bin"), both in title case: a family name, not a sentence word."""
    article, word = toks.word(j - 1), toks.word(j)
    return (
        toks.keys[j - 1] in lex.particles
        and len(article) > 1
        and article.istitle()
        and word.istitle()
    )


def good_name(toks: Tokens, a: int, b: int, lex: Lexicon) -> bool:
    """Reject names that are places or things: "Captain America", "General Assembly"."""
    kinds = toks.kinds
    if b < toks.n and toks.cap(b) and toks.keys[b] in lex.things:
        return False  # "Queen Mary University", "Marshal Plan"
    words = 0
    office = True  # every word so far is the vocabulary of offices
    for k in range(a, b):
        if kinds[k] == WORD:
            words += 1
            if office and toks.keys[k] not in lex.first_words:
                office = toks.keys[k] in lex.portfolio_tails
            if words > 1 and not office:
                return True  # the common case: a name word, and a second word
    if not words or office:
        return False  # "Foreign Affairs", "Deputy Supreme Commander": an office, no name
    printed = toks.span(a, b)  # one word: not a country, an organisation or an acronym
    return country_of(printed) is None and org_lookup(printed) is None and not _acronym(printed)


def _acronym(word: str) -> bool:
    """ "MoFA", "MoD": a word that ends in two capitals after a lower-case letter is no name."""
    return len(word) > 2 and word[-1].isupper() and word[-2].isupper() and not word.isupper()  # noqa: PLR2004 - the two capitals


def name_after_comma(toks: Tokens, end: int, lex: Lexicon) -> NameApart | None:
    """ "Kazakhstan's president, Kassym-Jomart Tokayev," : a name set off by commas.

    Returns the name's token span, the honorifics before it ("Qatar's Emir, Sheikh Tamim")
    and a title printed with it ("Saudi Arabia's ruler, King Salman"; a military rank, "Lt.
    Gen.", is no office).
    """
    n = toks.n
    if end + 1 >= n or toks.keys[end] != ",":
        return None
    honorifics, start = _styles_after_comma(toks, end + 1, lex)
    office = None
    if start < n and toks.keys[start] in lex.first_words and toks.cap(start):
        rank = match_title(toks, start, lex)  # "Israel's military chief, Lt. Gen. Eyal Zamir,"
        if rank is not None:
            if rank.role is not Role.MILITARY:
                office = rank
            more, start = read_honorifics(toks, rank.end, lex)
            honorifics += more
    stop = parse_name(toks, start, lex)
    if stop == start or not good_name(toks, start, stop, lex):
        return None
    if (
        stop < n
        and toks.keys[stop] not in _AFTER_NAME
        and not _verb_after(toks, start, stop)
        and not _letters_after(toks, stop)
    ):
        return None
    if _title_inside(toks, start + 1, stop, lex):
        return None  # "the Speaker, UK High Commissioner to Kenya, HE X": the next official
    return NameApart(start, stop, honorifics, office)


def _letters_after(toks: Tokens, k: int) -> bool:
    """Whether post-nominal letters in brackets stand at ``k``: "X (MP)", "X (PhD)"."""
    return (
        k + 2 < toks.n
        and toks.keys[k] == "("
        and toks.keys[k + 2] == ")"
        and toks.kinds[k + 1] == WORD
        and toks.text[toks.starts[k + 1]].isupper()
        and toks.ends[k + 1] - toks.starts[k + 1] <= _MAX_LETTERS
    )


def _styles_after_comma(toks: Tokens, k: int, lex: Lexicon) -> tuple[list[str], int]:
    """The honorifics after a comma at ``k - 1`` and where the name may start: past a style
    set off by commas ("President, His Excellency, Nana Akufo-Addo") or an epithet after
    "the" ("his Chinese counterpart, the hard-nosed Wang Yi")."""
    n = toks.n
    honorifics, start = read_honorifics(toks, k, lex)
    if not honorifics and start < n and toks.keys[start] == "the":
        return honorifics, _past_epithet(toks, start)
    if honorifics and start + 1 < n and toks.keys[start] == ",":
        more, start = read_honorifics(toks, start + 1, lex)
        honorifics += more
    return honorifics, start


#: Most tokens of an epithet between "the" and a name ("the hard-nosed", "the veteran").
_MAX_EPITHET_TOKENS = 4


def _past_epithet(toks: Tokens, the: int) -> int:
    """Where the name starts after "the" and lower-case words at ``the`` ("the hard-nosed
    Wang Yi"), else ``the``: the words must be an epithet, not a title ("the foreign
    minister"), and a capitalised word must follow them."""
    lex = lexicon()
    k = the + 1
    while k < toks.n and k - the <= _MAX_EPITHET_TOKENS:
        key = toks.keys[k]
        if toks.kinds[k] == WORD and not toks.cap(k):
            if key in lex.first_words or key in lex.stop:
                return the
        elif not (key in HYPHENS and toks.glued(k)):
            break
        k += 1
    return k if k > the + 1 and k < toks.n and toks.cap(k) else the


def _title_inside(toks: Tokens, a: int, b: int, lex: Lexicon) -> bool:
    """Whether the run of tokens ``a`` to ``b`` ends with a title ("UK High Commissioner"):
    then it is no name ("Hossein Amir Abdollahian" has a title word inside, not at its end)."""
    first_words = lex.first_words
    for k in range(a, b):
        if toks.keys[k] in first_words and toks.cap(k):
            match = match_title(toks, k, lex)
            if match is None:
                continue
            # a state or body before it ("UK High Commissioner", "UK Ambassador Ana Ruiz"),
            # or a title of two words or more at the end; a surname that is a title word is
            # a name ("Dina Mufti")
            if _named_before(toks, a - 1, k) or (match.end >= b and match.end - k > 1):
                return True
    return False


def _named_before(toks: Tokens, start: int, k: int) -> bool:
    """Whether the words from ``start`` to ``k`` name a state or a body ("UK")."""
    span = toks.span(start, k)
    return country_of(span) is not None or org_lookup(span) is not None


def _verb_after(toks: Tokens, start: int, stop: int) -> bool:
    """A name of two words or more followed by a lower-case word, as the press prints an
    apposition without its closing comma ("his counterpart, Ana Ruiz jointly held")."""
    words = sum(1 for k in range(start, stop) if toks.kinds[k] == WORD)
    return words > 1 and toks.kinds[stop] == WORD and not toks.cap(stop)


def name_before(
    toks: Tokens,
    title_start: int,
    floor: int,
    lex: Lexicon,
    *,
    anchored: bool = False,
    mirror: bool = False,
) -> NameApart | None:
    """ "Tokayev, Kazakhstan's president", "Mr. Ban Ki-moon, Secretary-General of the United
    Nations", "Maria Zakharova, a Russian Foreign Ministry spokeswoman": the name (with its
    honorifics) before a comma and an article before the title. ``anchored`` (a phrase
    that is one official) also takes a name at the start with no comma ("Masoud Barzani
    President of ..."). ``mirror`` (a counterpart) takes a possessive for the article: "with
    Ana Ruiz, his Chilean counterpart".
    """
    found = _run_before(toks, title_start, floor, lex, anchored=anchored, mirror=mirror)
    if found is None:
        return None
    start, end, weak = found
    while start < end and toks.kinds[start] == WORD and not toks.cap(start):
        start += 1
    honorifics, first = read_honorifics(toks, start, lex, before=end)
    if first >= end or (weak and end - first < _TWO_WORDS):
        return None
    # "< end": with no comma (an anchored phrase) the run of capitals goes on into the title
    if parse_name(toks, first, lex) < end or not good_name(toks, first, end, lex):
        return None
    if _place_before(toks, start - 1, end - first, lex):
        return None
    if country_of(toks.span(first, end)) is not None:
        return None
    return NameApart(first, end, honorifics, None, start)


def _place_before(toks: Tokens, before: int, words: int, lex: Lexicon) -> bool:
    """Whether a preposition of place at ``before`` makes the run after it a place: "In
    Astana, the minister"; after "from" a run of two words or more is a person ("a call from
    Ana Ruiz, Foreign Minister of ...")."""
    if before < 0 or toks.kinds[before] != WORD or toks.keys[before] not in lex.places:
        return False
    return toks.keys[before] not in lex.senders or words < _TWO_WORDS


def _run_before(
    toks: Tokens, title_start: int, floor: int, lex: Lexicon, *, anchored: bool, mirror: bool
) -> tuple[int, int, bool] | None:
    """Where a name before a title may start and end, and whether its setting is weak: "a"
    or "an", or no comma, say less than "the", and a name of one word is then too weak
    ("Reached, a senior EU diplomat", "One official ...")."""
    comma = title_start - 1
    weak = False
    if comma >= floor and toks.keys[comma] in _ARTICLES:
        weak = toks.keys[comma] != "the"
        comma -= 1
    elif mirror and comma >= floor and toks.keys[comma] in _POSSESSIVES:
        weak = True  # "Ana Ruiz, his Chilean counterpart": a name of two words or more
        comma -= 1
    if comma - 1 >= floor and toks.keys[comma] in _SETS_OFF:
        # "He Lifeng, member of the Political Bureau ..., Vice Premier": past the membership
        opening = _membership_back(toks, comma, floor) if toks.keys[comma] == "," else None
        if opening is not None:
            return _capitalised_back(toks, opening, floor, lex), opening, True
        return _capitalised_back(toks, comma, floor, lex), comma, weak
    if comma - 1 >= floor and toks.keys[comma] == _AS:
        # "the appointment of Ana Ruiz as the Special Envoy for ...": weak (two words or more)
        comma = _clause_back(toks, comma, floor)
        return _capitalised_back(toks, comma, floor, lex), comma, True
    if comma - 1 >= floor and toks.keys[comma] == "and":
        # "He Lifeng, member of the Political Bureau ... and Vice Premier of ...": weak
        opening = _membership_back(toks, comma, floor)
        if opening is not None:
            return _capitalised_back(toks, opening, floor, lex), opening, True
    if anchored and floor == 0 and comma > 0 and toks.cap(title_start):
        return 0, comma + 1, True  # no comma: the phrase starts with the name
    return None


def _clause_back(toks: Tokens, as_at: int, floor: int) -> int:
    """Where the name before "as" ends, back over a verb group and an apposition of
    membership: "Ana Ruiz, member of the Central Committee, was elected as ..." ends at the
    first comma. With neither, the name ends at "as"."""
    k = as_at - 1
    while k > floor and toks.kinds[k] == WORD and toks.keys[k] in _BECOMES:
        k -= 1
    if k == as_at - 1:
        return as_at
    if toks.keys[k] == "," and k > floor:
        return _membership_back(toks, k, floor) or as_at
    return k + 1 if toks.kinds[k] == WORD and toks.cap(k) else as_at


def _membership_back(toks: Tokens, end: int, floor: int) -> int | None:
    """The comma that opens "[a] member of ..." before ``end`` (no other comma between)."""
    keys = toks.keys
    k = end - 1
    while k > floor and end - k < _MAX_MEMBERSHIP_TOKENS:
        key = keys[k]
        if key == _MEMBER and keys[k + 1] == "of":
            opening = k - 1 if keys[k - 1] not in _ARTICLES else k - 2
            return opening if opening > floor and keys[opening] == "," else None
        if key in _SETS_OFF or key in (".", ";"):
            return None
        k -= 1
    return None


def _capitalised_back(toks: Tokens, end: int, floor: int, lex: Lexicon) -> int:
    """Start of the run of capitalised words, particles, glue and hyphenated parts
    ("Ki-moon") that ends at ``end``."""
    particles = lex.particles
    k = end - 1
    start = end
    words = 0
    while k >= floor and words < _MAX_BACK_WORDS and end - k < _MAX_BACK_TOKENS:
        kind = toks.kinds[k]
        if kind == WORD:
            if toks.cap(k) or toks.keys[k] in particles or (k > floor and toks.is_glue(k - 1)):
                start = k
                words += 1
                k -= 1
                continue
            break
        if toks.is_glue(k) or (toks.keys[k] == "." and toks.glued(k)):
            k -= 1
            continue
        break
    return start
