"""Titles made in context: a :class:`~accordlib.officials.titles.TitleMatch` and what surrounds it.

:func:`make_title` turns a match and its context (country, organisation, region, "top")
into the frozen :class:`~accordlib.Title`, one shared object per distinct value
(:func:`title`); :func:`head_title` reads the title of an organisation's head.
"""

from __future__ import annotations

from accordlib._util.memo import Memo, memoized
from accordlib.officials.context import Context
from accordlib.officials.lexicon import Lexicon, Org, lexicon
from accordlib.officials.model import Role, Title
from accordlib.officials.titles import HEAD_NOUNS, TitleMatch, match_title
from accordlib.officials.tokens import Tokens

__all__ = ["COMMITTEE_CHAIR", "head_title", "make_title", "title"]

# The members under module names: ``Role.X`` goes through the enum metaclass (~90 ns a look-up,
# several per official), a module global does not.
_AMBASSADOR = Role.AMBASSADOR
_MONARCH = Role.MONARCH
_DEPUTY_HEAD_OF_GOVERNMENT = Role.DEPUTY_HEAD_OF_GOVERNMENT
_DEPUTY_HEAD_OF_STATE = Role.DEPUTY_HEAD_OF_STATE
_FOREIGN_MINISTER = Role.FOREIGN_MINISTER
_HEAD_OF_GOVERNMENT = Role.HEAD_OF_GOVERNMENT
_HEAD_OF_STATE = Role.HEAD_OF_STATE
_IGO_OFFICIAL = Role.IGO_OFFICIAL
_LEGISLATOR = Role.LEGISLATOR
_MINISTER = Role.MINISTER
_OFFICIAL = Role.OFFICIAL

#: A legislature's committee, and the canonical title of its chair (a lesser office than the
#: member's own seat: "Senator X, chairman of the ... Committee" stays a Senator).
_COMMITTEE = "Committee"
COMMITTEE_CHAIR = "Committee Chairman"
#: Heads of a body that a legislature's chair may be called.
_CHAIRS = frozenset({"Chairman", "Chairwoman", "Chairperson", "Chair", "Speaker", "President"})

_IGO_UPGRADE = (
    _HEAD_OF_STATE,
    _HEAD_OF_GOVERNMENT,
    _DEPUTY_HEAD_OF_STATE,
    _DEPUTY_HEAD_OF_GOVERNMENT,
    _OFFICIAL,
    _MINISTER,
)  # a tuple: enum members compare by identity, cheaper than hashing them


def make_title(
    toks: Tokens, match: TitleMatch, ctx: Context, org: Org | None, lex: Lexicon
) -> Title:
    """The :class:`Title` of a match in its context (organisation, region, "top")."""
    canonical = match.canonical
    role = match.role
    portfolio = match.portfolio
    country = ctx.country
    if org is not None:
        canonical, role, portfolio = _org_title(canonical, role, portfolio, org, lex)
    if canonical == "Leader" and role is _HEAD_OF_STATE and (country is None or org is not None):
        role = _OFFICIAL
    if ctx.local and role is _MONARCH:
        role = _OFFICIAL  # "Dubai ruler", "Kano emir": a subdivision's, not a state's
    if canonical == "Diplomat" and ctx.top:
        # "the top U.S. diplomat" is the foreign minister, as "top diplomat" is
        canonical, role, portfolio = "Foreign Minister", _FOREIGN_MINISTER, "Foreign Affairs"
        if org is not None and org.canonical == "European Union":
            canonical, role = "High Representative", _IGO_OFFICIAL
        elif country is not None:
            canonical = lex.foreign_minister_titles.get(country.alpha3, canonical)
    if match.entry.surface == "top diplomat" and country is not None:
        canonical = lex.foreign_minister_titles.get(country.alpha3, canonical)
    if country is not None:
        canonical, role = _national(canonical, role, country.alpha3, org, lex)
    modifiers = (
        tuple(dict.fromkeys(ctx.modifiers + match.modifiers))
        if ctx.modifiers or match.modifiers
        else ()
    )
    printed = toks.text[toks.starts[match.start] : toks.ends[match.end - 1]]  # exactly as printed
    return title(printed, canonical, role, modifiers, portfolio)


def _national(
    canonical: str, role: Role, alpha3: str, org: Org | None, lex: Lexicon
) -> tuple[str, Role]:
    """A title held by a state: another office in that state (the US "State Secretary" is the
    Secretary of State), or a state's envoy ("Indian High Commissioner X")."""
    if canonical in lex.national_canonicals:
        national = lex.national_titles.get((alpha3, canonical))
        if national is not None:
            return national[0], Role[national[1]]
    if role is _OFFICIAL and org is None and canonical.lower() in lex.posted:
        return canonical, _AMBASSADOR
    return canonical, role


def _org_title(
    canonical: str, role: Role, portfolio: str | None, org: Org, lex: Lexicon
) -> tuple[str, Role, str | None]:
    """A title held in an organisation: "NATO chief" is its Secretary-General."""
    if org.head and (
        canonical in lex.head_words
        or (canonical == "Chairman" and org.head.startswith(canonical))
        or (org.kind == "government" and canonical in HEAD_NOUNS and org.head.endswith(canonical))
    ):  # "NATO chief", "DFA Secretary": the head's own title
        canonical = org.head
        head = head_title(org.head)
        role = _IGO_OFFICIAL if org.kind == "igo" else head[0]
        portfolio = head[1] if org.kind != "igo" else None
    if org.kind == "igo":
        if role in _IGO_UPGRADE:
            role = _IGO_OFFICIAL
        if canonical == "Foreign Minister" and org.canonical == "European Union":
            canonical, role = "High Representative", _IGO_OFFICIAL
    elif org.kind == "nonstate" and role in (_IGO_OFFICIAL, _HEAD_OF_STATE):
        role = _OFFICIAL
    elif (
        org.kind == "legislature"
        and role in (_OFFICIAL, _HEAD_OF_STATE)
        and canonical.split()[-1] in _CHAIRS
    ):
        canonical, role = _presiding(canonical, org)
    return canonical, role, portfolio


def _presiding(canonical: str, org: Org) -> tuple[str, Role]:
    """The chair of a legislature is a legislator ("Chairwoman of the Federation Council");
    of its committee, the committee's chair; its president is its speaker ("Senate President
    X", as "President of the Senate")."""
    if org.canonical.endswith(_COMMITTEE):
        return COMMITTEE_CHAIR, _LEGISLATOR  # "chair of the Senate Foreign Relations Committee"
    return ("Speaker" if canonical == "President" else canonical), _LEGISLATOR


#: One shared Title per distinct value. Keyed without the role (hashing an enum member calls
#: Python code); the few roles one printed title can take are told apart by identity.
_TITLES: Memo[tuple[str, str, tuple[str, ...], str | None], tuple[Title, ...]] = Memo(
    max_entries=50_000, max_key_length=256
)


def title(
    text: str, canonical: str, role: Role, modifiers: tuple[str, ...], portfolio: str | None
) -> Title:
    """One shared :class:`Title` per distinct value: they are frozen, and news repeats itself."""
    key = (text, canonical, modifiers, portfolio)
    made = _TITLES.get(key, ())
    for found in made:
        if found.role is role:
            return found
    made_now = Title(text, canonical, role, modifiers, portfolio)
    _TITLES.put(key, (*made, made_now), len(text) + len(canonical))
    return made_now


@memoized(max_entries=256, max_key_length=64)
def head_title(text: str) -> tuple[Role, str | None]:
    """The role and portfolio of the title of an organisation's head ("Minister")."""
    toks = Tokens(text)
    match = match_title(toks, 0, lexicon()) if toks.n else None
    if match is None:
        return _OFFICIAL, None
    return match.role, match.portfolio
