"""Titles in text: "Deputy Foreign Minister", "Secretary of State for Defence", "Special Envoy to Iran".

:func:`match_title` finds the longest title at a token, with its leading modifiers
("former", "Deputy") and its complements ("-elect", "of Foreign Affairs", "for Hostage
Affairs", "to the UN"), as a :class:`TitleMatch`; :mod:`~accordlib.officials.making` turns
a match and its context into the frozen :class:`~accordlib.Title`.
"""

from __future__ import annotations

from accordlib._util.memo import Memo
from accordlib.officials.entities import abbrev_dot, country_of, field_before_state, org_lookup
from accordlib.officials.lexicon import Entry, Lexicon, lexicon, longest, walk
from accordlib.officials.model import Role
from accordlib.officials.tokens import HYPHENS, PUNCT, WORD, Tokens, fold

__all__ = [
    "HEAD_NOUNS",
    "TitleMatch",
    "after_the",
    "bracketed_place",
    "field_end",
    "match_title",
    "own_acronym",
    "posted",
    "region_end",
    "title_case",
]

# The members under module names: ``Role.X`` goes through the enum metaclass (~90 ns a look-up,
# several per official), a module global does not.
_AMBASSADOR = Role.AMBASSADOR
_DEPUTY_HEAD_OF_GOVERNMENT = Role.DEPUTY_HEAD_OF_GOVERNMENT
_DEPUTY_HEAD_OF_STATE = Role.DEPUTY_HEAD_OF_STATE
_FOREIGN_MINISTER = Role.FOREIGN_MINISTER
_HEAD_OF_GOVERNMENT = Role.HEAD_OF_GOVERNMENT
_HEAD_OF_STATE = Role.HEAD_OF_STATE
_MINISTER = Role.MINISTER
_OFFICIAL = Role.OFFICIAL

#: The role of a deputy of an office ("Deputy Prime Minister", "Vice President").
_DEMOTE = {
    _HEAD_OF_STATE: _DEPUTY_HEAD_OF_STATE,
    _HEAD_OF_GOVERNMENT: _DEPUTY_HEAD_OF_GOVERNMENT,
}
#: Words kept in lower case inside a title in title case ("Minister of State for the Interior").
_SMALL_WORDS = frozenset(["of", "for", "the", "and", "to", "in", "on", "at", "d'"])
#: The nouns of "<portfolio> Minister" titles ("Min." needs its dot). "Minster" is the
#: press's common misspelling, read only after a portfolio ("Foreign Affairs Minster"), so
#: that a church ("York Minster") names no one.
_MINISTER_WORDS = frozenset({"minister", "secretary", "min", "minster"})
#: At most this many modifiers before a title ("former acting Deputy ...").
_MAX_MODIFIERS = 3
#: The shortest acronym.
_MIN_ACRONYM = 2
#: Longest field after "for" ("Hostage Affairs"), region after "to" ("the Middle East").
_MAX_FIELD_WORDS = 5
#: Titles that an organisation's informal head word may stand for ("WHO chief").
_MINISTER_FIRST_WORDS = frozenset({"Minister", "Secretary", "Cabinet"})
#: Words read past the longest region found so far before the region is taken to have ended.
_MAX_MISSES = 2
#: Longest field written in lower case after "for" ("climate change").
_MAX_LOWER_FIELD = 3
#: The nouns of a minister's title that an organisation's head title may end with.
HEAD_NOUNS = frozenset({"Secretary", "Minister"})


def title_case(words: str) -> str:
    """Title case that keeps inner small words and capitals as written ("Minister of State")."""
    out = []
    for index, word in enumerate(words.split()):
        if index and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        elif word[:1].islower():
            out.append(word[:1].upper() + word[1:])
        else:
            out.append(word)
    return " ".join(out)


class TitleMatch:
    """A title found at some tokens, before its context (country, name) is known."""

    __slots__ = (
        "canonical",
        "demoted",
        "end",
        "entry",
        "home",
        "modifiers",
        "organization",
        "portfolio",
        "posting",
        "role",
        "start",
        "takes",
    )

    def __init__(self, entry: Entry, start: int, end: int, toks: Tokens) -> None:
        self.entry = entry
        self.start = start
        self.end = end
        self.canonical = entry.canonical
        if entry.hyphenated is not None and any(toks.keys[k] == "-" for k in range(start, end)):
            self.canonical = entry.hyphenated
        self.role = entry.role
        self.portfolio: str | None = entry.portfolio
        self.organization: str | None = entry.organization
        self.modifiers: list[str] = list(entry.modifiers)
        self.takes = entry.takes
        self.demoted = False
        #: the ambassador's or envoy's destination ("to Turkey", "for the Middle East")
        self.posting: str | None = None
        #: the one country whose office this is, when the title says so ("State Councilor")
        self.home = entry.country


def match_title(toks: Tokens, i: int, lex: Lexicon) -> TitleMatch | None:
    """The longest title starting at token ``i``, with its leading modifiers and complements."""
    if toks.kinds[i] != WORD or toks.keys[i] not in lex.first_words:
        return None
    core = _title_core(toks, i, lex)
    if toks.keys[i] in lex.modifiers and (core is None or core[2] == i + 1):
        # a modifier ("former"), or a word that is both ("official" in "official spokesperson":
        # only a title of one word can be shorter than the modifier and a title after it)
        modified = _modified_title(toks, i, lex)
        if modified is not None and (core is None or modified.end > core[2]):
            return modified
    # a title spelled from here ("Special Envoy", "Vice President" are table entries that
    # carry their own modifiers), or no modifier in front: the common case, kept short
    if core is None:
        return None
    title = TitleMatch(core[0], i, core[2], toks)
    _complete_title(toks, title, lex)
    return title


def _modified_title(toks: Tokens, i: int, lex: Lexicon) -> TitleMatch | None:
    """Modifiers first ("former", "deputy", "Dep."), then the title itself."""
    mods: list[Entry] = []
    best_mods: list[Entry] = []
    j = i
    best: tuple[Entry, int, int] | None = None  # entry, start, end: built into a match once
    while j < toks.n:
        found = _title_core(toks, j, lex)
        if found is not None and (best is None or found[2] > best[2]):
            best, best_mods = found, list(mods)
        if len(mods) >= _MAX_MODIFIERS:
            break
        modifier = longest(lex.modifiers, toks, j)
        if modifier is None:
            break
        mods.append(modifier[0])
        j = modifier[1]
        if j < toks.n and toks.is_glue(j):  # "then-President", "ex-President"
            j += 1
    if best is None:
        return None
    title = TitleMatch(best[0], best[1], best[2], toks)
    if any(mod.fields["effect"] == "ministerial" for mod in best_mods) and title.role not in (
        _MINISTER,
        _FOREIGN_MINISTER,
    ):
        return None  # "Union Minister", "Federal Minister", but not a trade "Union Leader"
    rank = [mod.fields["modifier"] for mod in best_mods if mod.fields["kind"] == "rank"]
    if rank:
        _apply_rank(title, rank, lex)
    title.modifiers = [mod.fields["modifier"] for mod in best_mods] + title.modifiers
    title.home = title.home or next((mod.country for mod in best_mods if mod.country), "")
    title.start = i
    _complete_title(toks, title, lex)
    return title


def _apply_rank(title: TitleMatch, rank: list[str], lex: Lexicon) -> None:
    """Rank words stay in the title; a deputy's or a junior's office has its own role."""
    title.canonical = title_case(" ".join(rank)) + " " + title.canonical
    effects = {lex.rank_effects.get(word) for word in rank}
    if "deputy" in effects or "junior" in effects:
        if title.role in (_MINISTER, _FOREIGN_MINISTER):
            title.role = _OFFICIAL  # "Deputy Foreign Minister", "Assistant Secretary of State"
        else:
            title.role = _DEMOTE.get(title.role, title.role)  # "Vice President"
        title.demoted = True


#: Entries made for "<portfolio> Minister" titles, one per distinct title.
_COMPOSED: Memo[tuple[str, str, str], Entry] = Memo(max_entries=10_000, max_key_length=64)


def _title_core(toks: Tokens, i: int, lex: Lexicon) -> tuple[Entry, int, int] | None:
    """A title without leading modifiers: a table entry, or "<portfolio> Minister"."""
    first = toks.keys[i]
    # the first-word tests inlined: most candidates start no title or no portfolio
    if first in lex.titles:
        found = walk(lex.titles, toks, i)
        if found is None and _of_follows(toks, i):
            # "the secretary of Iran's Supreme National Security Council": a complement makes
            # a title of a word that must otherwise be capitalised
            found = walk(lex.titles, toks, i, any_case=True)
        best = (found[0], i, found[1]) if found else None
    else:
        best = None
    if first not in lex.portfolios or first == "the":
        return best
    portfolio = walk(lex.portfolios, toks, i)
    if portfolio is None:
        return best
    return _portfolio_title(toks, i, portfolio, best)


def _portfolio_title(
    toks: Tokens, i: int, portfolio: tuple[Entry, int], best: tuple[Entry, int, int] | None
) -> tuple[Entry, int, int] | None:
    """ "<portfolio> Minister" from ``i`` ("Defence Minister", "Foreign Min."), if longer."""
    end = portfolio[1]
    if end < toks.n and toks.is_glue(end):
        end += 1
    if end >= toks.n or toks.keys[end] not in _MINISTER_WORDS or (best and end + 1 <= best[2]):
        return best
    finish = end + 1
    if toks.keys[end] == "min":
        if not (finish < toks.n and toks.keys[finish] == "." and toks.glued(finish)):
            return best
        finish += 1
    noun = "Secretary" if toks.keys[end] == "secretary" else "Minister"
    printed = toks.span(i, portfolio[1])
    if portfolio[0].fields["foreign"] and toks.keys[i] == "foreign":
        printed = "Foreign"  # "Foreign Affairs Minister" is the Foreign Minister
    canonical = title_case(printed) + " " + noun
    return (_composed(canonical, portfolio[0]), i, finish)


def _of_follows(toks: Tokens, i: int) -> bool:
    """Whether "of" follows the one word at ``i`` (the shape "secretary of ...")."""
    return i + 1 < toks.n and toks.keys[i + 1] == "of" and toks.kinds[i] == WORD


def _composed(canonical: str, portfolio: Entry) -> Entry:
    """The entry of a "<portfolio> Minister" title, made once per distinct title."""
    key = (canonical, portfolio.fields["portfolio"], portfolio.fields["foreign"])
    composed = _COMPOSED.get(key)
    if composed is None:
        row = {
            "canonical": canonical,
            "role": "FOREIGN_MINISTER" if portfolio.fields["foreign"] else "MINISTER",
            "portfolio": portfolio.fields["portfolio"],
            "organization": "",
            "modifiers": "",
            "takes": "",
            "case": "",
            "bare": "y",
            "surface": "",
        }
        composed = _COMPOSED.put(key, Entry(row, dot=False), len(canonical))
    return composed


def own_acronym(toks: Tokens, match: TitleMatch, j: int) -> int:
    """The token after the title's own acronym in brackets ("Chief of Army Staff (COAS)",
    "External Affairs Minister (EAM)", "Minister of State (MoS)"), else ``j``: the initials of
    its words, with or without the small ones."""
    if j + 2 >= toks.n or toks.keys[j] != "(" or toks.keys[j + 2] != ")":
        return j
    acronym = toks.word(j + 1)
    if len(acronym) < _MIN_ACRONYM or not acronym[0].isupper():
        return j
    words = toks.span(match.start, match.end).replace("-", " ").split()
    every = "".join(word[0] for word in words).upper()
    capitals = "".join(word[0] for word in words if word[0].isupper())
    if acronym.isupper():
        return j + 3 if acronym in (every, capitals) else j
    return j + 3 if acronym.upper() == every else j  # small words in lower case: "MoS"


def _elect(toks: Tokens, title: TitleMatch) -> int:
    """The end of ``title`` past "-elect" or "-designate" ("President-elect"), which it takes."""
    j = title.end
    if (
        j + 1 < toks.n
        and toks.keys[j] in HYPHENS
        and toks.glued(j)
        and toks.keys[j + 1] in {"elect", "designate"}
    ):
        title.modifiers.append(toks.keys[j + 1])
        j += 2
        title.end = j
    return j


def _second_field(toks: Tokens, title: TitleMatch, j: int, lex: Lexicon) -> bool:
    """ "Minister of State for External Affairs and Textiles": a listed title that ends in its
    portfolio takes a second field joined by "and" at ``j``; the office stays the listed one."""
    portfolio = title.entry.fields["portfolio"]
    if not portfolio or not title.canonical.endswith(portfolio):
        return False
    if toks.keys[j] != "and" or not toks.cap(j + 1):
        return False
    more = field_end(toks, j + 1, lex)
    if more > j + 1 and (more >= toks.n or toks.keys[more] not in lex.first_words):
        title.end = more  # not "... and Defence Minister X": another office, read as such
        return True
    return False


def _complete_title(toks: Tokens, title: TitleMatch, lex: Lexicon) -> None:
    """Extend a title with "-elect", "of Foreign Affairs", "for Defence", "to the UN"."""
    n = toks.n
    if title.end + 1 >= n:
        return  # the title ends the phrase, or one token follows it: nothing to take
    j = _elect(toks, title)
    bracket = own_acronym(toks, title, j)  # "Minister of State (MoS) for External Affairs"
    if bracket > j and bracket < n and toks.keys[bracket] in {"of", "for"}:
        j = bracket
    if j + 1 >= n or _second_field(toks, title, j, lex):
        return
    takes = title.takes
    connector = toks.keys[j]
    if connector in {"of", "for"} and takes in {"portfolio", "for"}:
        if takes == "portfolio" or connector == "for":
            _portfolio_complement(toks, title, j, lex)
    elif takes == "portfolio" and " of " in title.canonical:
        _unjoined_portfolio(toks, title, j, lex)  # "Minister of State Foreign Affairs"
    elif connector in {"for", "on"} and takes == "to":
        _envoy_field(toks, title, j, lex)  # "Special Adviser on Yemen"
    elif connector == "to" and (takes == "to" or posted(title, lex)):
        # "Ambassador to Turkey", "Special Envoy to the Middle East": a posting, not an office
        k = after_the(toks, j + 1)
        end = region_end(toks, k)
        if end > k:
            title.posting = toks.span(k, end)
            title.end = bracketed_place(toks, end)
            if takes != "to":
                title.role = _AMBASSADOR  # "High Commissioner to India"


def posted(title: TitleMatch, lex: Lexicon) -> bool:
    """Whether a title that takes no posting is an ambassador's when held "to" a state
    ("High Commissioner of Malta to India")."""
    return title.canonical.lower() in lex.posted


def bracketed_place(toks: Tokens, end: int) -> int:
    """After a posting, the place again in brackets ("to the Hellenic Republic (Greece)"):
    the token after the bracket, else ``end``."""
    if end + 2 < toks.n and toks.keys[end] == "(":
        inner = region_end(toks, end + 1)
        if end + 1 < inner < toks.n and toks.keys[inner] == ")":
            return inner + 1
    return end


def _envoy_field(toks: Tokens, title: TitleMatch, j: int, lex: Lexicon) -> None:
    """ "Special Envoy for Syria" (a posting), "for Hostage Affairs" (a field: the portfolio),
    "for climate change" (a field in lower case, before the name)."""
    k = after_the(toks, j + 1)
    place = region_end(toks, k)
    if place > k:
        # "on Afghan peace talks": a place that opens a field in lower case is the field's
        end = _lowerfield_end(toks, place, lex) if _lower_word(toks, place, lex) else place
        if end == place:
            title.posting = toks.span(k, place)
            title.end = place
            return
    else:
        end = field_end(toks, k, lex)
        if end == k:
            end = _lowerfield_end(toks, k, lex)
    if end > k:
        title.portfolio = toks.span(k, end)
        title.end = end


def _lower_word(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """Whether token ``k`` is a lower-case word that is no stop word ("peace" in "Afghan
    peace talks")."""
    return (
        k < toks.n and toks.kinds[k] == WORD and not toks.cap(k) and toks.keys[k] not in lex.stop
    )


def _lowerfield_end(toks: Tokens, k: int, lex: Lexicon) -> int:
    """End of a field in lower case that a name or a comma follows ("for climate change Xie
    Zhenhua"); ``k`` when there is none."""
    end = k
    while end < toks.n and end - k < _MAX_LOWER_FIELD and toks.kinds[end] == WORD:
        if toks.cap(end) or toks.keys[end] in lex.stop:
            break
        end += 1
    if end == k or end >= toks.n:
        return k
    return end if toks.cap(end) or toks.keys[end] == "," else k


def after_the(toks: Tokens, k: int) -> int:
    """``k``, or the token after it when it is "the" with something after it."""
    return k + 1 if k + 1 < toks.n and toks.keys[k] == "the" else k


def _unjoined_portfolio(toks: Tokens, title: TitleMatch, j: int, lex: Lexicon) -> None:
    """A long title's portfolio printed without its "for": right after it ("Minister of
    State Foreign Affairs") or after a comma, a name after it ("the Minister of State,
    Foreign Affairs, Ana Ruiz", without the closing comma too)."""
    if toks.cap(j):
        _portfolio_complement(toks, title, j, lex, joined=False)
        return
    if toks.keys[j] != ",":
        return
    k = j + 1
    if k >= toks.n or not toks.cap(k):
        return
    found = longest(lex.portfolios, toks, k)
    if found is None or found[1] + 1 >= toks.n:
        return
    end = found[1]
    if toks.keys[end] == ",":
        end += 1
    elif toks.kinds[end] != WORD or toks.keys[end] in lex.name_breaks:
        return  # a name may follow the field without its comma ("..., Foreign Affairs Ana Ruiz")
    if not toks.cap(end):
        return
    _portfolio_complement(toks, title, k, lex, joined=False)


def _portfolio_complement(
    toks: Tokens, title: TitleMatch, j: int, lex: Lexicon, *, joined: bool = True
) -> None:
    """ "Minister of Foreign Affairs", "Secretary of State for Defence", "Commissioner for Trade"
    (``joined=False``: the portfolio starts at ``j`` with no "of" or "for" before it)."""
    k = after_the(toks, j + 1) if joined else j
    found = longest(lex.portfolios, toks, k)
    if found is None:
        if joined:
            _unlisted_field(toks, title, j, k, lex)
        return
    entry, field_end = found
    end = _more_field(toks, field_end, joined, lex)
    extended = end > field_end
    base = title.canonical
    joiner = _joiner(base, toks.keys[j] if joined else "")
    field = toks.span(k, end)
    title.canonical = _office(title, joiner, field, bool(entry.fields["foreign"]), extended, lex)
    title.portfolio = entry.fields["portfolio"]
    title.home = title.home or lex.title_homes.get(title.canonical, "")
    if title.role is _OFFICIAL and base.startswith("Secretary"):
        title.role = _MINISTER  # "Secretary of Defense"
    if (
        entry.fields["foreign"]
        and not title.demoted
        and title.role is _MINISTER
        and base.split()[0] in _MINISTER_FIRST_WORDS
        and not base.startswith("Minister of State")
    ):
        title.role = _FOREIGN_MINISTER
    elif title.role is _FOREIGN_MINISTER and not entry.fields["foreign"]:
        title.role = _MINISTER  # "Secretary of State for Defence" (British: not the US office)
        title.home = ""
    title.end = end


def _unlisted_field(toks: Tokens, title: TitleMatch, j: int, k: int, lex: Lexicon) -> None:
    """ "Commissioner for Enlargement", "Minister for Privatisation": a field after "for" (at
    ``j``) that no table lists is the portfolio; the office is the title. After "of", only a
    field closed by "of", a state and a name ("Minister of Ports of Ghana X")."""
    if toks.keys[j] == "for":
        end = field_end(toks, k, lex)
    else:  # "Minister of Ports and Coastal Works of Ghana X": up to the state and the name
        end = field_before_state(toks, k) if toks.cap(k) else k
    if end > k:
        title.portfolio = toks.span(k, end)
        title.end = end


def _joiner(base: str, printed: str) -> str:
    """The word between a title and its portfolio: as printed, but "for" after a title that
    has its "of" already or when none is printed ("Minister of State for Foreign Affairs")."""
    return "for" if not printed or " of " in base else printed


def _office(
    title: TitleMatch, joiner: str, field: str, foreign: bool, extended: bool, lex: Lexicon
) -> str:
    """The canonical title of "<title> <joiner> <field>" ("of" or "for" and the portfolio).

    A minister's office reads as "<portfolio> Minister", however printed: "Minister of
    Defense" is the "Defense Minister", "Deputy Minister of Foreign Affairs" the "Deputy
    Foreign Minister" (and a "Secretary of Foreign Affairs" the "Foreign Secretary"); a
    minister of several fields is a "Minister" of them. Other titles keep the printed order
    ("Secretary of Defense", "Secretary of State for Defence").
    """
    words = title.canonical.split()
    noun = words[-1]
    if noun in HEAD_NOUNS and all(word in lex.rank_words for word in words[:-1]):
        prefix = " ".join([*words[:-1], ""])
        if foreign and field.lower().startswith("foreign"):
            return f"{prefix}Foreign {noun}"
        if noun == "Minister":
            return title.canonical if extended else f"{prefix}{title_case(field)} Minister"
    return title_case(f"{title.canonical} {joiner} {field}")


def _more_field(toks: Tokens, end: int, joined: bool, lex: Lexicon) -> int:
    """The end of a field that goes on after a listed one at ``end``: a second field after
    "and" ("Health and Social Care"), or (after "of") unlisted words up to a state and a name
    ("of War Veterans and Rights Holders of Algeria X"); ``end`` when it does not."""
    n = toks.n
    if end + 1 < n and toks.keys[end] == "and" and toks.cap(end + 1):
        more = field_end(toks, end + 1, lex)
        return more if more > end + 1 else end
    if joined and end < n and toks.cap(end) and toks.kinds[end] == WORD:
        return field_before_state(toks, end)
    return end


def field_end(toks: Tokens, k: int, lex: Lexicon) -> int:
    """End of a field after "for": capitalised words closed by a field word ("Hostage Affairs",
    "Climate") or a place ("Iran", "the Middle East"); ``k`` when there is none."""
    if not toks.cap(k):
        return k
    place = region_end(toks, k)  # a field may start with a region: "Pacific Affairs"
    end = k
    while end < toks.n and end - k < _MAX_FIELD_WORDS and toks.kinds[end] == WORD:
        if toks.keys[end] in lex.field_ends and toks.cap(end):
            return max(place, _and_field(toks, end + 1, lex))
        if not (toks.cap(end) or toks.keys[end] in {"and", "of", "the"}):
            break
        end += 1
    return place


def _and_field(toks: Tokens, end: int, lex: Lexicon) -> int:
    """A second field joined by "and" to a field that ends at ``end`` ("Electronics and IT",
    "Rehabilitation and Recovery"); ``end`` when there is none."""
    if end + 1 >= toks.n or toks.keys[end] not in {"and", "&"}:
        return end
    for more in range(end + 1, min(toks.n, end + 1 + _MAX_MODIFIERS)):
        if not toks.cap(more):
            break
        if toks.keys[more] in lex.field_ends:
            return more + 1
    return end


def region_end(toks: Tokens, k: int) -> int:
    """End of a country, organisation or region name starting at ``k`` ("to Israel", "to the UN")."""
    if not toks.cap(k):
        return k
    regions = lexicon().regions
    best = k
    misses = 0
    for end in range(k + 1, min(toks.n, k + _MAX_FIELD_WORDS) + 1):
        last = end - 1
        kind = toks.kinds[last]
        if kind == PUNCT and not toks.is_glue(last):
            break  # never across a comma: "to the US, Princess Reema"
        if kind != WORD and not abbrev_dot(toks, last):
            continue
        printed = toks.span(k, end)
        if fold(printed) in regions or org_lookup(printed) is not None or country_of(printed):
            best = end
            misses = 0
        elif best > k:
            misses += 1
            if misses == _MAX_MISSES:
                break
    return best
