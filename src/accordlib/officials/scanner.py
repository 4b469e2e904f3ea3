"""Titles and officials: "Israeli Prime Minister Benjamin Netanyahu" as person, office and country.

Three functions, one per job:

* :func:`normalize_title` turns a title as printed ("PM", "Sec. of State", "deputy foreign
  minister") into a :class:`Title` with its canonical English form and its :class:`Role`;
* :func:`parse_official` splits a phrase that names one official into an :class:`Official`
  (name, title, country, organisation, honorifics);
* :func:`find_officials` finds every official named in running prose, with offsets.

All three read tokens (:mod:`~accordlib.officials.tokens`) with the official reader
(:mod:`~accordlib.officials.reader`); this module turns what it found into the public types.
"""

from __future__ import annotations

import datetime as dt

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib._util.memo import memoized
from accordlib._util.text import require_str
from accordlib._util.trusted import trusted
from accordlib.officials.entities import country_code
from accordlib.officials.found import Found
from accordlib.officials.holders import Holder
from accordlib.officials.hosts import (
    dateline_home,
    host_countries,
    listed_colleagues,
    may_have_host,
)
from accordlib.officials.known import complete, known
from accordlib.officials.lexicon import lexicon, longest
from accordlib.officials.making import title
from accordlib.officials.model import Official, OfficialMention, Title
from accordlib.officials.names import good_name, honorific_home, parse_name, read_honorifics
from accordlib.officials.prose import scan
from accordlib.officials.tokens import POSS, PUNCT, WORD, Tokens

__all__ = ["find_officials", "normalize_title", "parse_official"]

#: Titles repeat: short ones are remembered (up to this length, this many of them).
_SHORT_TITLE = 64
_TITLE_MEMO_ENTRIES = 1 << 13
#: No title is longer: do not tokenise a whole story to say so.
_MAX_TITLE_CHARS = 500
_MAX_TITLE_TOKENS = 40
#: Punctuation that may close a phrase after its last word.
_CLOSING = frozenset({".", ",", ";", ":"})
_SEPARATORS = frozenset({",", ";", ":"})
#: Words after a title that start a complement it could not take ("Minister of Sound").
_COMPLEMENTS = frozenset({"of", "for", "to"})

_make_official = trusted(Official)
_make_mention = trusted(OfficialMention)


def _official(item: Found, raw: str) -> Official:
    # The fields already have their final types (``honorifics`` becomes a tuple here), so
    # the validating ``__init__`` is skipped; the result is the same frozen object.
    return _make_official(
        item.name,
        item.title,
        item.country,
        item.organization,
        tuple(item.honorifics),
        raw,
        item.offices,
        item.posting,
        item.inferred,
    )


def normalize_title(text: str) -> Title | None:
    """Return the :class:`Title` that ``text`` spells, or ``None`` if it is not a title.

    Abbreviations expand, spelling variants meet, status words ("former", "acting") move to
    ``modifiers`` and leave ``canonical``; rank words ("deputy", "special") stay in it::

        >>> from accordlib import normalize_title
        >>> normalize_title("PM")
        Title(text='PM', canonical='Prime Minister', role=<Role.HEAD_OF_GOVERNMENT: 'head_of_government'>, modifiers=(), portfolio=None)
        >>> normalize_title("former Dep. FM").canonical
        'Deputy Foreign Minister'
        >>> normalize_title("General Motors") is None
        True

    A country or organisation written with the title ("EU foreign policy chief") is
    accepted; :func:`parse_official` reports it.
    """
    require_str(text, "text")
    if len(text) <= _SHORT_TITLE:
        return _normalize_short(text)
    return _normalize(text)


def _normalize(text: str) -> Title | None:
    if len(text) > _MAX_TITLE_CHARS:
        return None
    stripped = text.strip()
    toks = Tokens(stripped)
    if not toks.n or toks.n > _MAX_TITLE_TOKENS:
        return None
    found = scan(toks, unnamed=True, anchored=True)
    if len(found) != 1:
        return None
    item = found[0]
    if item.name is not None or item.title is None or item.end != _last_token(toks):
        return None
    first = item.start
    if toks.keys[0] == "the" and first == 1:
        first = 0
    if first != 0:
        return None
    made = item.title
    # the shared Title of these values (attrs.evolve would rebuild it field by field)
    return title(stripped, made.canonical, made.role, made.modifiers, made.portfolio)


#: :func:`normalize_title` of short strings, remembered (the results are frozen).
_normalize_short = memoized(max_entries=_TITLE_MEMO_ENTRIES, max_key_length=_SHORT_TITLE)(
    _normalize
)


def _last_token(toks: Tokens) -> int:
    """Index after the last token that is not closing punctuation."""
    end = toks.n
    while end > 0 and toks.kinds[end - 1] == PUNCT and toks.keys[end - 1] in _CLOSING:
        if toks.keys[end - 1] == "." and end - 2 >= 0 and toks.glued(end - 1):
            # keep the dot of "Gen." and "U.S." (the entry itself decides)
            break
        end -= 1
    return end


def parse_official(text: str, *, date: PublishedLike = None) -> Official | None:
    """Parse a phrase that names one official; ``None`` if it names none.

    ``raw`` is ``text`` unchanged::

        >>> from accordlib import parse_official
        >>> o = parse_official("Emir of Qatar Sheikh Tamim bin Hamad Al Thani")
        >>> o.name, o.title.canonical, o.title.role.name, o.country.alpha3, o.honorifics
        ('Tamim bin Hamad Al Thani', 'Emir', 'MONARCH', 'QAT', ('Sheikh',))
        >>> parse_official("President's Day") is None
        True

    A phrase with no title is an official when its form says so (an honorific: "Sheikh
    Tamim"; a name with particles: "Abdel Fattah el-Sisi") or when it names a person of the
    gazetteer of office holders ("Vladimir Putin"). What the phrase does not say (the
    country, the title) is filled from the gazetteer at ``date`` (a date, a datetime or a
    string with a year; without one, a name must point to one person of any date) and
    listed in :attr:`Official.inferred`::

        >>> o = parse_official("Foreign Ministry spokesperson Maria Zakharova")
        >>> o.country.alpha3, o.inferred
        ('RUS', ('country',))
        >>> o = parse_official("Prime Minister Erdogan", date="2010-05-01")
        >>> o.country.alpha3
        'TUR'
    """
    if text.__class__ is not str:
        require_str(text, "text")  # (the one test inlined: this runs once per phrase)
    day = None if date is None else _day(date)
    toks = Tokens(text)
    if not toks.n:
        return None
    found = scan(toks, unnamed=True, anchored=True, first=True, day=day)
    if found:
        item = found[0]
        if item.name is None and not _acceptable(toks, item):
            return None
        complete(found, day, _office)
        if item.country is None:
            if may_have_host(text):
                host_countries(toks, found)
            if item.country is None and (":" in text or ")" in text):
                dateline_home(toks, found)  # "Hanoi: X", "SEOUL, April 3 (Yonhap) -- X"
        return _official(item, text)
    return _name_only(toks, text, day)


def _day(date: PublishedLike) -> dt.date | None:
    if date is None or type(date) is dt.date:
        return date
    return coerce_published(date, what="date")


def _office(row: Holder) -> Title:
    """The :class:`Title` of a holder's office, as the reader reads the table's title; its
    ``text`` is empty, as nothing of it was printed."""
    made = _normalize_short(row.title)
    portfolio = made.portfolio if made is not None else None
    return title("", row.title, row.role, (), portfolio)


def _acceptable(toks: Tokens, item: Found) -> bool:
    """Whether the official found covers the phrase well enough to stand for it."""
    if item.name is not None:
        return True
    before = [k for k in range(item.start) if toks.kinds[k] != PUNCT]
    if before and not (len(before) == 1 and toks.keys[before[0]] == "the"):
        return False
    end = item.end
    if end >= _last_token(toks):
        return True
    nxt = end
    while nxt < toks.n and toks.kinds[nxt] == PUNCT and toks.keys[nxt] in _SEPARATORS:
        nxt += 1
    if nxt >= toks.n:
        return True
    if toks.keys[nxt] in _COMPLEMENTS:
        return False  # an "of" phrase the title could not take: "Minister of Sound"
    return toks.kinds[nxt] == WORD and not toks.cap(nxt) and toks.kinds[end] != POSS


def _name_only(toks: Tokens, text: str, day: dt.date | None) -> Official | None:
    """A phrase with no title: an official when an honorific or the name's shape says so, or
    when the gazetteer of office holders knows the name."""
    lex = lexicon()
    honorifics, k = read_honorifics(toks, 0, lex)
    end = parse_name(toks, k, lex, allow_i=bool(honorifics))
    if end == k or end < _last_token(toks) or not good_name(toks, k, end, lex):
        return None
    name = toks.span(k, end)
    if not honorifics and not _shaped_name(toks, k, end) and not known(name, day):
        return None
    for x in range(k, end):
        if toks.kinds[x] == WORD and longest(lex.titles, toks, x) is not None:
            return None
    home = honorific_home(honorifics)  # "Datuk Seri ...": a Malaysian
    item = Found(
        0,
        end,
        name,
        title=None,
        country=country_code(home) if home else None,
        organization=None,
        honorifics=honorifics,
    )
    item.implied = bool(home)
    complete([item], day, _office)
    return _official(item, text)


def _shaped_name(toks: Tokens, k: int, end: int) -> bool:
    """A name with particles ("bin", "von der") or a lower-case part ("el-Sisi")."""
    particles = lexicon().particles
    return any(key in particles for key in toks.keys[k:end]) or any(
        toks.is_glue(x)
        and toks.keys[x] != "."
        and toks.kinds[x - 1] == WORD
        and not toks.cap(x - 1)
        for x in range(k + 1, end)
    )


def find_officials(
    text: str, *, unnamed: bool = True, date: PublishedLike = None
) -> list[OfficialMention]:
    """Return every official named in ``text``, in text order, with offsets.

    A mention is a title with a name ("US Special Envoy Steve Witkoff"), a name with its
    title after it ("Tokayev, Kazakhstan's president"), or — unless ``unnamed`` is false —
    a definite title that stands for one person ("the prime minister", "Kazakhstan's
    president"). ``text[m.start:m.end] == m.official.raw``. The scan is one pass over the
    tokens, linear in the length of the text::

        >>> from accordlib import find_officials
        >>> story = "Kremlin spokesman Dmitry Peskov said Tokayev, Kazakhstan's president, agreed."
        >>> [(m.official.name, m.official.title.canonical, m.official.country.alpha3)
        ...  for m in find_officials(story)]
        [('Dmitry Peskov', 'Spokesperson', 'RUS'), ('Tokayev', 'President', 'KAZ')]

    What the text does not say about a named official (the country, the title of a
    counterpart) is filled from the gazetteer of office holders at ``date``, the story's
    date (see :func:`parse_official`), and listed in :attr:`Official.inferred`::

        >>> text = "Chancellor Olaf Scholz met President Roh."
        >>> [(m.official.name, m.official.country and m.official.country.alpha3)
        ...  for m in find_officials(text, date="2022-06-01")]
        [('Olaf Scholz', 'DEU'), ('Roh', None)]
    """
    require_str(text, "text")
    day = _day(date)
    toks = Tokens(text)
    mentions = []
    starts, ends = toks.starts, toks.ends
    found = scan(toks, unnamed=unnamed, anchored=False, day=day)
    complete(found, day, _office)
    if any(item.country is None for item in found) and may_have_host(text):
        host_countries(toks, found)  # "a Nepali delegation led by Minister X"
    if any(item.country is None for item in found):
        dateline_home(toks, found)  # "Hanoi: Deputy Prime Minister X received ..."
        listed_colleagues(toks, found)  # "Labour Minister X and Minister for Health Y"
    for item in found:
        start = starts[item.start]
        end = ends[item.end - 1]
        # built without the validating ``__init__``: offsets of tokens are ordered ints
        mentions.append(_make_mention(_official(item, text[start:end]), start, end))
    return mentions
