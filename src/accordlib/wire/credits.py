"""Credit lines: "(Reporting by Ann Lee; Editing by Kim Ode)", "X contributed to this report".

:func:`parse_credits` reads one line or paragraph of end matter into :class:`Credit`
values, one per role; the names are read by :mod:`accordlib.wire.names`, as a byline's.
"""

from __future__ import annotations

import regex

from accordlib._util.lazy import lazy_regex
from accordlib._util.memo import memoized
from accordlib._util.text import fold_whitespace, require_str
from accordlib.wire.model import Credit, CreditRole
from accordlib.wire.names import read_people

__all__ = ["parse_credits"]

#: Longest line looked at as end matter.
_MAX = 2000
#: Names longer than this are read but not remembered.
_NAMES_MAX = 400


_ROLE_WORDS = {
    "additional reporting": CreditRole.ADDITIONAL_REPORTING,
    "reporting": CreditRole.REPORTING,
    "reported": CreditRole.REPORTING,
    "writing": CreditRole.WRITING,
    "written": CreditRole.WRITING,
    "editing": CreditRole.EDITING,
    "edited": CreditRole.EDITING,
    "compiled": CreditRole.COMPILED,
    "compiling": CreditRole.COMPILED,
    "photo": CreditRole.PHOTO,
    "photos": CreditRole.PHOTO,
    "photograph": CreditRole.PHOTO,
    "photography": CreditRole.PHOTO,
}

_CLAUSE = lazy_regex(
    r"""
    \A\s*+                                    # a credit may wrap over several lines
    (?P<role>additional\s++reporting|reporting|reported|writing|written|editing|edited
       |compiled|compiling|research|graphics|produced|fact[- ]checking|translated
       |translation|photo(?:s|graph|graphy)?+|video|design)
    (?:\s++by\b|[ \t]*+:)\s*+
    (?P<names>[^\x00]{1,400}+)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_CONTRIBUTED = lazy_regex(
    r"""
    \A(?P<names>[^\n]{1,200}?)[ \t]++contributed[ \t]++
    (?:to[ \t]++this[ \t]++(?:report|story|article)|(?:additional[ \t]++)?reporting
       |to[ \t]++the[ \t]++report)\b
    [^\n]{0,80}+\Z                                  # " from Cairo.", " in Warsaw."
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_ASSISTANCE = lazy_regex(
    r"\A-*+[ \t]*+With[ \t]++assistance[ \t]++from[ \t]++(?P<names>.{1,300}+)", regex.IGNORECASE
)
_CONTACT = lazy_regex(
    r"\ATo[ \t]++contact[ \t]++the[ \t]++(?P<who>reporters?|editors?)\b[^:]{0,60}+:\s*+(?P<names>[^\n]{1,300}+)",
    regex.IGNORECASE,
)
#: The cues are looked for in this many first characters of a line.
_CUE_WINDOW = 400
#: Words without which a line holds no credit (a quick first test).
_CREDIT_CUES = (" by", "by:", "contributed", "assistance", "to contact", "photo", ":")

#: Where one clause of a credit line ends and the next begins: a semicolon, a full stop
#: before a capital, or a role ("Writing by", ", editing by") after a name.
_CLAUSE_SPLIT = lazy_regex(
    r"""[ \t]*+;[ \t]*+ | (?<=[a-z)])\.[ \t]++(?=[A-Z])
      | (?<=\w)[ \t]++(?=(?:Additional[ \t]++reporting|Reporting|Writing|Editing|Compiled)[ \t]++by\b)
      | (?<=\w),[ \t]*+(?=(?i:additional[ \t]++reporting|reporting|writing|editing|compiled)[ \t]++by\b)""",
    regex.VERBOSE,
)
_FROM = lazy_regex(r"[ \t]++from[ \t]++")
_POSSESSIVE = lazy_regex(r"\A[\w.&-]{2,30}+(?:'s|’s|s'|s’)[ \t]++")


@memoized(max_entries=4096, max_key_length=_NAMES_MAX)
def _names(text: str) -> tuple[str, ...]:
    """The people of one credit's names ("Ann Lee and Bo Chen in Taipei"). Memoised:
    a desk's editors and a bureau's reporters recur from story to story."""
    text = text.strip().rstrip(".)")
    if "'" in text or "’" in text:
        text = _POSSESSIVE.sub("", text)  # "CNN’s Priya Raman"
    if "(" in text:
        text = text.replace("(", ", ").replace(")", " ")  # "John Smith (Reuters)"
    return tuple(read_people(text).authors)


def parse_credits(text: str) -> tuple[Credit, ...]:
    """Read the credits in one line of end matter; an empty tuple when it holds none.

    >>> [(c.role.name, c.names) for c in parse_credits(
    ...     "(Reporting by Ann Lee; Additional reporting by Bo Chen in Taipei; Editing by Kim Ode)")]
    [('REPORTING', ('Ann Lee',)), ('ADDITIONAL_REPORTING', ('Bo Chen',)), ('EDITING', ('Kim Ode',))]
    >>> parse_credits("CNN’s Priya Raman contributed to this report.")[0].names
    ('Priya Raman',)
    """
    require_str(text, "text")
    line = text.strip()
    if not line or len(line) > _MAX or not _has_credit_cue(line[:_CUE_WINDOW].casefold()):
        return ()
    inner = line[1:] if line.startswith("(") else line
    inner = inner[:-1] if inner.endswith(")") and inner.count("(") < inner.count(")") else inner
    if ";" in inner:  # the usual separator: split there first, then where a part holds
        # two roles ("Reporting by X, writing by Y"), which is rare: it has two " by"
        clauses = [
            clause
            for part in inner.split(";")
            for clause in (
                _CLAUSE_SPLIT.split(part) if part.casefold().count(" by") > 1 else (part,)
            )
            if clause.strip()
        ]
    else:
        clauses = [c for c in _CLAUSE_SPLIT.split(inner) if c.strip()]
    matches = [_CLAUSE.match(clause) for clause in clauses]
    if all(matches):
        return _role_credits(clauses, matches)
    return _sentence_credit(inner, line)


def _has_credit_cue(lowered: str) -> bool:
    """The cues of :data:`_CREDIT_CUES`, tested without a generator."""
    return (
        " by" in lowered
        or "by:" in lowered
        or "contributed" in lowered
        or "assistance" in lowered
        or "to contact" in lowered
        or "photo" in lowered
        or ":" in lowered
    )


def _role_credits(
    clauses: list[str], matches: list[regex.Match[str] | None]
) -> tuple[Credit, ...]:
    """ "Reporting by X; Editing by Y": one credit per clause; none when a role names
    nobody ("Editing by the committee ...")."""
    read: list[Credit] = []
    for clause, match in zip(clauses, matches, strict=True):
        assert match is not None
        printed = match["role"]
        if " " in printed or not printed.isalpha():  # "additional  reporting", "fact-checking"
            printed = fold_whitespace(printed)
        role = _ROLE_WORDS.get(printed.casefold(), CreditRole.OTHER)
        names = _names(match["names"])
        if not names and role is not CreditRole.PHOTO:
            return ()  # a role word, but nobody named
        read.append(Credit(role=role, names=names, raw=clause.strip()))
    return tuple(read)


def _sentence_credit(inner: str, line: str) -> tuple[Credit, ...]:
    """ "X contributed to this report.", "--With assistance from X.", "To contact the
    reporter: X"."""
    match = _CONTRIBUTED.match(inner)
    if match is not None:
        printed = _FROM.split(match["names"], maxsplit=1)[0]
        found = _names(printed)
        if found:
            return (Credit(role=CreditRole.CONTRIBUTING, names=found, raw=line),)
    match = _ASSISTANCE.match(inner)
    if match is not None:
        return (Credit(role=CreditRole.CONTRIBUTING, names=_names(match["names"]), raw=line),)
    match = _CONTACT.match(inner)
    if match is not None:
        role = (
            CreditRole.REPORTING if match["who"].lower().startswith("rep") else CreditRole.EDITING
        )
        return (Credit(role=role, names=_names(match["names"]), raw=line),)
    return ()
