"""The state of an official that the sentence gives only through a body nearby.

"a South Korean delegation led by National Assembly Speaker X", "Leading the Nepali
delegation will be Minister for Foreign Affairs X": whoever leads a state's delegation is of
that state. "the Embassy of Nepal in Colombo ... the Ambassador X": the ambassador an embassy
is visited for is that embassy's; so is the minister met at a state's ministry. "Speaker X
hosted Turkey's Ambassador to Kenya": whom an ambassador meets is of the state he is posted
to. Only officials that the text and the gazetteer leave
without a state or an organisation are given one, and only from a body in the same sentence
with no other state named between it and the official.
"""

from __future__ import annotations

import itertools

from accordlib._util.lazy import lazy_re
from accordlib.countries.model import Country
from accordlib.officials.entities import country_in_text, country_of
from accordlib.officials.found import Found
from accordlib.officials.lexicon import lexicon, org_key
from accordlib.officials.model import Role, Title
from accordlib.officials.tokens import POSS, WORD, Tokens

__all__ = [
    "dateline_floor",
    "dateline_home",
    "host_countries",
    "listed_colleagues",
    "may_have_host",
]

#: Bodies that carry a state: a delegation (led by the official), an embassy or mission (of
#: the ambassador).
_DELEGATIONS = frozenset({"delegation"})
_EMBASSIES = frozenset({"embassy", "mission", "high commission"})
#: Lower-case stems whose presence in a text makes the pass worth running (one substring test).
_CUE_RE = lazy_re("delegation|mbass|ission|inistry")
#: How far back in the sentence a body may stand from the official's title, in tokens.
_MAX_BACK = 24
#: Longest state name or demonym before a body ("South Korean", "United Arab Emirates").
_MAX_STATE_WORDS = 3
#: What ends a sentence: a state named before it is another sentence's.
_SENTENCE_ENDS = frozenset({".", ";", "!", "?"})
#: Roles of officials posted to a state by another.
_POSTED = (Role.AMBASSADOR, Role.ENVOY)
#: A state's ministry gives its state to the ministers and officials met there.
_MINISTRIES = frozenset({"ministry"})
_MINISTERS = (Role.MINISTER, Role.FOREIGN_MINISTER, Role.SPOKESPERSON, Role.OFFICIAL)


def may_have_host(text: str) -> bool:
    """Whether a text mentions a body that may give an official's state (cheap: one search)."""
    return _CUE_RE.search(text) is not None


#: Longest place before the colon of a leading dateline ("Hanoi:", "NEW DELHI:").
_MAX_DATELINE_WORDS = 3
#: Longest wire dateline, in tokens, up to the bracket that closes it ("SEOUL, April 3
#: (Yonhap) --").
_MAX_DATELINE_TOKENS = 16
#: What closes a dateline after its place or its agency's bracket.
_DATELINE_MARKS = frozenset({":", "-", "\u2013", "\u2014"})


def _dateline(toks: Tokens) -> tuple[int, int]:
    """The end of the place and of the dateline a text opens with: "Hanoi:", "SEOUL, April 3
    (Yonhap) --", "ISLAMABAD, Dec 18 (APP):"; ``(0, 0)`` when it opens with none."""
    place = 0
    while place < min(toks.n, _MAX_DATELINE_WORDS) and toks.kinds[place] == WORD:
        if not toks.cap(place):
            return 0, 0
        place += 1
    if not place or place >= toks.n:
        return 0, 0
    if toks.keys[place] == ":":
        return place, place + 1
    for k in range(place, min(toks.n - 1, _MAX_DATELINE_TOKENS)):
        if toks.keys[k] in _SENTENCE_ENDS or "\n" in toks.text[toks.ends[k - 1] : toks.starts[k]]:
            return 0, 0  # a headline's words, not a dateline's place
        if toks.keys[k] == ")":  # the agency's bracket, then the mark
            if toks.keys[k + 1] in _DATELINE_MARKS:
                return place, k + 2
            if all(toks.upper(x) for x in range(place)) and toks.cap(k + 1):
                return place, k + 1  # no mark: "ANKARA (AA) Turkish President ..."
            return 0, 0
    return 0, 0


def dateline_floor(toks: Tokens) -> int:
    """The first token after a wire dateline that closes with its agency's bracket ("SEOUL,
    April 3 (Yonhap) --", "ANKARA (AA) Turkish ..."), else 0: no official starts inside
    one, whatever its capitals look like."""
    if ")" not in toks.text:
        # no agency's bracket, no such dateline: a phrase with capitals all along ("US
        # Special Envoy X") would otherwise be walked to its 16th token (~6% of
        # parse_official on the benchmark's strings, cProfile)
        return 0
    place, end = _dateline(toks)
    return end if place and end > place + 1 else 0


def dateline_home(toks: Tokens, found: list[Found]) -> None:
    """ "Hanoi: Deputy Prime Minister X received ...", "SEOUL, April 3 (Yonhap) -- Vice
    Unification Minister X": a text that opens with a place and a colon, or a wire dateline,
    is datelined there, and the officials of its first sentence that the text and the
    gazetteer leave without a state (and who are neither posted abroad nor of a body of
    states) are that state's, as implied by the wording, in place."""
    place, colon = _dateline(toks)
    if not place:
        return
    home = country_of(toks.span(0, place))
    if home is None:
        return
    end = next((k for k in range(colon, toks.n) if toks.keys[k] in _SENTENCE_ENDS), toks.n)
    for at, item in enumerate(found):
        title = item.title
        if item.start >= end:
            break
        if item.country is not None or item.organization is not None or title is None:
            continue
        if title.role in _POSTED or title.role is Role.IGO_OFFICIAL:
            continue
        following = found[at + 1].start if at + 1 < len(found) else end
        if _visitor(toks, item, min(following, end)):
            continue  # "WASHINGTON: Visiting Foreign Minister X" is no American
        item.country = home
        item.implied = True


#: Words that make an official a visitor where the dateline is, right before the title or
#: in the words after the official ("X arrived", "X, who is visiting", "X, on a visit").
_VISITING = frozenset({"visiting", "touring"})
_ARRIVING = frozenset({"arrived", "arrives", "arriving", "landed", "visiting", "touring", "visit"})
#: How many tokens after an official may say that it is visiting.
_VISIT_WINDOW = 10


def _visitor(toks: Tokens, item: Found, stop: int) -> bool:
    """Whether the words around an official say that it is visiting (up to token ``stop``,
    where the next official starts): "visiting" before it, "arrived", "on a visit" after
    it; "the visiting" after it speaks of someone else."""
    keys = toks.keys
    if item.start and keys[item.start - 1] in _VISITING:
        return True
    for k in range(item.end, min(stop, item.end + _VISIT_WINDOW)):
        if keys[k] in _ARRIVING and keys[k - 1] not in {"the", "his", "her", "their"}:
            return True
    return False


def host_countries(toks: Tokens, found: list[Found]) -> None:
    """Give officials with no state the state of the delegation they lead, of the embassy
    whose ambassador or of the ministry whose minister they are, or of the state an
    ambassador in their sentence is posted to, in place."""
    orgs = lexicon().orgs
    postings: list[Found] | None = None  # the posted officials, listed on first need
    for item in found:
        title = item.title
        if item.country is not None or title is None or title.role is Role.IGO_OFFICIAL:
            continue
        if item.organization is not None:
            org = orgs.get(org_key(item.organization))
            if org is None or org.kind == "igo":
                continue  # a body of no state: "National Assembly Speaker X" may have one
        posted = title.role in _POSTED
        country = _host(toks, item.start, posted and item.posting is None, title.role)
        if country is None and not posted:
            if postings is None:
                postings = [o for o in found if o.posting is not None and _posted_to(o)]
            if postings:
                country = _posted_here(toks, item, postings)
        if country is not None:
            item.country = country


def _posted_to(item: Found) -> bool:
    return item.posting is not None and item.title is not None and item.title.role in _POSTED


def _posted_here(toks: Tokens, item: Found, postings: list[Found]) -> Country | None:
    """The one state that ambassadors in the official's sentence are posted to: the
    official they meet there is that state's ("Speaker X hosted Turkey's Ambassador to
    Kenya Y": Kenya's)."""
    hosts: dict[str, Country] = {}
    for other in postings:
        if abs(other.start - item.start) > _MAX_BACK or not _same_sentence(toks, item, other):
            continue
        country = country_in_text(other.posting or "")
        if country is None:
            return None  # posted to a body ("to the UN"): no state to give
        hosts[country.alpha3] = country
    return next(iter(hosts.values())) if len(hosts) == 1 else None


def _same_sentence(toks: Tokens, a: Found, b: Found) -> bool:
    """Whether no sentence ends between two officials (near each other)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return not any(toks.keys[k] in _SENTENCE_ENDS for k in range(first.end, second.start))


def _host(toks: Tokens, start: int, posted: bool, role: Role) -> Country | None:
    """The state of the nearest body before token ``start`` in its sentence that gives the
    official there a state: a delegation it leads, (``posted``) an embassy, (a minister's
    ``role``) a state's ministry ("the Nigerian ministry of Foreign Affairs, where he met
    the Minister of State X")."""
    keys = toks.keys
    floor = max(0, start - _MAX_BACK)
    b = start - 1
    while b >= floor:
        key = keys[b]
        if key in _SENTENCE_ENDS:
            return None
        if toks.kinds[b] == WORD:
            if key in _DELEGATIONS:
                led = _led_by(toks, b, start) or _leading(toks, b)
                return _state_of(toks, b) if led else None
            if key in _EMBASSIES:
                return _state_of(toks, b) if posted else None
            if key in _MINISTRIES and role in _MINISTERS:
                country = _state_of(toks, b)
                if country is not None:
                    return country
            if _state_at(toks, b):
                body = _body_before(toks, b)
                if body < 0:
                    return None  # another state is named nearer the official
                b = body
                continue
        b -= 1
    return None


def _body_before(toks: Tokens, k: int) -> int:
    """The body whose state token ``k`` is ("the Embassy of Nepal": the embassy), else -1."""
    j = k - 1
    if j >= 0 and toks.keys[j] == "the":
        j -= 1
    if j >= 1 and toks.keys[j] in {"of", "from"}:
        key = toks.keys[j - 1]
        if key in _DELEGATIONS or key in _EMBASSIES:
            return j - 1
    return -1


def _led_by(toks: Tokens, body: int, start: int) -> bool:
    """ "delegation led by <official>": "led by" right before the official's title or the body
    printed before it ("led by National Assembly Speaker X")."""
    k = start - 1
    while k > body and start - k <= _MAX_STATE_WORDS and toks.cap(k):
        k -= 1
    return k - 1 > body and toks.keys[k] == "by" and toks.keys[k - 1] in {"led", "headed"}


def _leading(toks: Tokens, body: int) -> bool:
    """ "Leading the Nepali delegation ... will be <official>": "leading" or "heading" a few
    words before the body, with only its article and state between."""
    for k in range(body - 1, max(-1, body - _MAX_STATE_WORDS - 3), -1):
        key = toks.keys[k]
        if key in {"leading", "heading"}:
            return True
        if not (toks.cap(k) or key in {"the", "a", "its", "his", "her"} or toks.kinds[k] == POSS):
            return False
    return False


def _state_of(toks: Tokens, body: int) -> Country | None:
    """The state a body names: before it ("the Nepali delegation", "Nepal's embassy") or
    after it ("the Embassy of Nepal", "a delegation from Nepal")."""
    end = body - 1 if body > 0 and toks.kinds[body - 1] == POSS else body
    for words in range(min(_MAX_STATE_WORDS, end), 0, -1):
        if toks.cap(end - words):
            country = country_in_text(toks.span(end - words, end))
            if country is not None:
                return country
    after = body + 1
    if after + 1 < toks.n and toks.keys[after] in {"of", "from"}:
        first = after + 2 if toks.keys[after + 1] == "the" else after + 1
        for words in range(min(_MAX_STATE_WORDS, toks.n - first), 0, -1):
            if toks.cap(first):
                country = country_in_text(toks.span(first, first + words))
                if country is not None:
                    return country
    return None


def _state_at(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is a capitalised word that names a state by itself ("Kenya"), not
    a place something happens in ("in Colombo")."""
    if not toks.cap(k) or (k > 0 and toks.keys[k - 1] in {"in", "at"}):
        return False
    return country_in_text(toks.word(k)) is not None


def listed_colleagues(toks: Tokens, found: list[Found]) -> None:
    """ "the Ruritanian Minister for Labour Ana Ruiz and Minister for Health Tom Baker": a
    portfolio minister listed right after another with "and" and no state of their own is a
    colleague in the same government, as the list implies (heads of state and foreign
    ministers are left alone: "President X and Prime Minister Y" are often two states')."""
    for before, item in itertools.pairwise(found):
        if item.country is not None or item.organization is not None or before.country is None:
            continue
        if item.start != before.end + 1 or toks.keys[before.end] != "and":
            continue
        if not (_portfolio_minister(before.title) and _portfolio_minister(item.title)):
            continue
        item.country = before.country
        item.implied = True


def _portfolio_minister(title: Title | None) -> bool:
    return title is not None and title.role is Role.MINISTER and title.portfolio is not None
