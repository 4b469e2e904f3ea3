"""The end matter of a story: copyright footers, notes, wire tags and rule lines.

Credits ("Reporting by ...; Editing by ...") are read by :mod:`accordlib.wire.credits`.

Each ``classify_*`` function looks at one line or paragraph (already stripped) and says
whether it is that kind of end matter; :func:`parse_copyright` is public.
"""

from __future__ import annotations

import enum

import regex

from accordlib._util.lazy import lazy_regex
from accordlib._util.text import fold_whitespace, require_str
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.model import Copyright, Note, NoteKind

__all__ = [
    "TrailerKind",
    "classify_note",
    "classify_tag",
    "inline_tag",
    "parse_copyright",
]

#: Longest line looked at as end matter.
_MAX = 2000

# ---------------------------------------------------------------------------- copyright

_COPYRIGHT = lazy_regex(
    r"""
    \A[ \t]*+
    (?:All[ \t]++rights[ \t]++reserved\.?+[ \t]*+)?+            # "All rights reserved. © 2025 ..."
    (?:(?:™|â„¢|\(TM\)|\(tm\)|&(?!copy;)|and|All[ \t]++(?:content|material))[ \t]*+){0,4}+  # "™ & ©"
    (?P<mark>©|Â©|\([cC]\)|&copy;|\uFFFD|Copyright\b|COPYRIGHT\b|Copr\.)   # "Â©": © read as Latin-1
    (?:[ \t]*+(?:©|\([cC]\)|\uFFFD|&copy;|Copyright\b|COPYRIGHT\b))?+  # "Copyright ©"
    [ \t]*+
    (?P<years>(?:19|20)\d\d(?:[ \t]*+[-–—/,][ \t]*+(?:(?:19|20)\d\d|\d\d)(?!\d))*+)?+
    [ \t]*+,?+[ \t]*+(?:[Bb][Yy][ \t]++)?+
    (?P<rest>[^\n]{0,500}+)
    """,
    regex.VERBOSE,
)

#: Where the holder's name stops: "All rights reserved", ", a Warner Bros. ...", ";", " | ".
_HOLDER_END = lazy_regex(
    r"""
      (?<!\b(?:Inc|Co|Corp|Ltd|Bros|L\.P|S\.A|N\.V|Jr))[.,]?+[ \t]*+All[ \t]++[Rr]ights[ \t]++[Rr]eserved
    | ,[ \t]++an?[ \t]++
    | [ \t]*+[;|][ \t]*+
    | [ \t]++[-–—][ \t]++
    | (?<!\b(?:[A-Z]|Inc|Co|Corp|Ltd|Bros|Jr|St|L\.P|S\.A|N\.V|U\.S|U\.K|Cie))\.(?:[ \t]|\Z)
    """,
    regex.VERBOSE,
)


#: A rights holder's name is at most this long; anything longer is a sentence.
_HOLDER_MAX = 120
#: A full year has four digits ("2024"); "24" in "2010-24" takes the century before it.
_YEAR_DIGITS = 4

_TRAILING_YEAR = lazy_regex(
    r"[ \t,]++(?P<years>(?:19|20)\d\d(?:[ \t]*+[-–—/][ \t]*+(?:(?:19|20)\d\d|\d\d))?+)\Z"
)


def parse_copyright(text: str) -> Copyright | None:
    """Read a copyright notice; ``None`` when ``text`` does not start with one.

    ``year`` is the latest year printed ("2010-2024" gives 2024); a mangled "�" is read
    as "©" when a year or a name follows it.

    >>> c = parse_copyright("™ & © 2025 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.")
    >>> c.holder, c.year
    ('Cable News Network, Inc.', 2025)
    >>> parse_copyright("Copyright 2024 The Associated Press. All rights reserved.").holder
    'The Associated Press'
    >>> parse_copyright("(c) 2019 Reuters").year, parse_copyright("© Kyodo News").holder
    (2019, 'Kyodo News')
    """
    require_str(text, "text")
    if len(text) > _MAX:
        return None
    match = _COPYRIGHT.match(text)
    if match is None:
        return None
    years_printed = match["years"]
    rest = match["rest"].strip()
    if match["mark"] == "\ufffd" and not years_printed and not rest[:1].isupper():
        return None
    year = _latest_year(years_printed) if years_printed else None
    holder_text = rest
    cut = _HOLDER_END.search(holder_text)
    if cut is not None:
        holder_text = holder_text[: cut.start()]
    holder = holder_text.strip(" \t,;:-") or None
    if holder is not None and year is None:
        trailing = _TRAILING_YEAR.search(holder)  # "(c) EFE 2025"
        if trailing is not None:
            year = _latest_year(trailing["years"])
            if year is not None:
                holder = holder[: trailing.start()].rstrip(" ,") or None
    if holder is not None and len(holder) > _HOLDER_MAX:
        holder = None
    if year is None and holder is None:
        return None
    return Copyright(holder=holder, year=year, notice=fold_whitespace(text), raw=text)


def _latest_year(printed: str) -> int | None:
    """The latest year of a range; ``None`` when no year's digits are ones ``int()``
    reads (regex's ``\\d`` knows digits of newer Unicode versions)."""
    latest = 0
    century = 0
    for token in regex.findall(r"\d+", printed):
        if not token.isdecimal() or (len(token) != _YEAR_DIGITS and not century):
            continue  # unreadable, or two digits after an unreadable century
        value = int(token)
        if len(token) == _YEAR_DIGITS:
            century = value // 100 * 100
        else:
            value += century  # "2010-24"
        latest = max(latest, value)
    return latest or None


# ---------------------------------------------------------------------------- notes

_NOTE = lazy_regex(
    r"""
      (?P<editors>\A\(?+[ \t]*+editor(?:'|’)?s(?:'|’)?[ \t]++note\b)
    | (?P<correction>\A\(?+[ \t]*+(?:correction|corrected|clarification)\b[ \t]*+[:\-–—)]
        | \A\(?+[ \t]*+corrects\b
        | \AThis[ \t]++(?:story|article|report|version|item)\b.{0,40}?\b(?:corrected|corrects)\b
        | \A(?:An[ \t]++)?earlier[ \t]++versions?[ \t]++of[ \t]++this\b)
    | (?P<update>\A\([ \t]*+(?:updates?|adds|recasts|changes|writes[ \t]++through)\b
        | \AThis[ \t]++(?:story|article|report|post|version|item)\b.{0,40}?\b(?:updated|updates)\b
        | \AUPDATE[ \t]*+:)
    | (?P<other>\A\(?+[ \t]*+(?:refiles?|repeats?|clarification)\b)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def classify_note(text: str) -> Note | None:
    """Return the :class:`Note` that a paragraph is, or ``None``.

    >>> classify_note("This story has been updated with additional details.").kind
    <NoteKind.UPDATE: 'update'>
    >>> classify_note("CORRECTION: An earlier version misspelled a name.").kind
    <NoteKind.CORRECTION: 'correction'>
    """
    line = text.strip()
    if not line or len(line) > _MAX:
        return None
    match = _NOTE.match(line)
    if match is None:
        return None
    if match["editors"]:
        kind = NoteKind.EDITORS_NOTE
    elif match["correction"]:
        kind = NoteKind.CORRECTION
    elif match["update"]:
        kind = NoteKind.UPDATE
    else:
        kind = NoteKind.OTHER
    return Note(kind=kind, text=fold_whitespace(line))


# ---------------------------------------------------------------------------- tags


class TrailerKind(enum.Enum):
    """What a line of end matter is (private to the parser; segments use SegmentKind)."""

    TAG = "tag"
    RULE = "rule"


_TAG = lazy_regex(
    r"""
    \A(?:
        (?P<cnn>The-CNN-Wire)
      | (?P<end>\(END\)|-\s?END\s?-|--\s?END\s?--|\#\#\#|-0-|-30-|\(MORE\)|\(more\))
      | (?P<xinhua>Enditem|ENDITEM|End[ \t]item)
      | (?P<reuter>REUTERS?|Reuters?)
      | (?P<standards>Our[ \t]++Standards:[ \t]*+The[ \t]++Thomson[ \t]++Reuters[ \t]++Trust[ \t]++Principles\.?+.{0,40}+)
      | (?P<kyodo>==[ \t]*+Kyodo)
      | (?P<anadolu>Anadolu[ \t]++Agency[ \t]++website[ \t]++contains[ \t]++only[ \t]++a[ \t]++portion\b.{0,300}+)
      | (?P<labelled>(?:Source|Sources|Editor|Editors|Editing|Desk|Contact|Follow|Read[ \t]++more|Watch|Related)\b[ \t]*+:[ \t]*+.{1,300}+)
      | (?P<follow>Follow[ \t]++.{1,150}?[ \t]++(?:on[ \t]++(?:Twitter|X|Facebook|Instagram|Bluesky|Threads)|at[ \t]++https?://).{0,150}+)
      | (?P<afp>[a-z]{2,5}+(?:-[a-z]{2,5}+){0,3}+(?:/[a-z]{2,5}+){1,3}+)
      | (?P<timestamp>(?:Updated|Published|Posted)[ \t]++\d{1,2}:\d\d[^\n]{0,80}+)
      | (?P<readtime>\d{1,2}[ \t]++min(?:ute)?s?+[ \t]++read)
    )[ \t]*+\Z
    """,
    regex.VERBOSE,
)
#: A tag line is at most this long.
_TAG_MAX = 400
_RULE = lazy_regex(r"\A(?:[_=~*\-–—―]{3,}+|(?:\*[ \t]*+){3,}+|(?:-[ \t]*+){3,}+)\Z")
_INLINE_TAG = lazy_regex(r"[ \t]++(?P<tag>Enditem|ENDITEM|\(END\)|==[ \t]*+Kyodo)[ \t]*+\Z")

_TAG_AGENCY = {
    "cnn": "CNN",
    "xinhua": "Xinhua",
    "reuter": "Reuters",
    "standards": "Reuters",
    "kyodo": "Kyodo News",
    "anadolu": "Anadolu Agency",
    "afp": "Agence France-Presse",
}


def classify_tag(text: str) -> tuple[TrailerKind, str | None] | None:
    """Say whether a stripped line is a wire tag or a rule line, with the agency it names.

    >>> classify_tag("The-CNN-Wire")
    (<TrailerKind.TAG: 'tag'>, 'CNN')
    >>> classify_tag("___")
    (<TrailerKind.RULE: 'rule'>, None)
    >>> classify_tag("Reuters said on Monday") is None
    True
    """
    line = text.strip()
    if not line or len(line) > _TAG_MAX:
        return None
    if _RULE.match(line):
        return TrailerKind.RULE, None
    match = _TAG.match(line)
    if match is None:
        return None
    group = match.lastgroup
    agency = _TAG_AGENCY.get(group or "")
    if group == "labelled" and line.lower().startswith("source"):
        agency = canonical_agency(line.split(":", 1)[1].strip().rstrip("."))
    return TrailerKind.TAG, agency


def inline_tag(text: str) -> tuple[int, str | None] | None:
    """Find a wire tag at the very end of a paragraph ("... the visit. Enditem").

    Returns the offset in ``text`` where the tag starts, and the agency it names.
    """
    match = _INLINE_TAG.search(text[-40:]) if text else None
    if match is None:
        return None
    offset = len(text) - min(len(text), 40) + match.start("tag")
    tag = match["tag"]
    agency = "Xinhua" if tag.lower() == "enditem" else "Kyodo News" if "Kyodo" in tag else None
    return offset, agency
