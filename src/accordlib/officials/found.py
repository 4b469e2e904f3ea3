"""The official being assembled (:class:`Found`) and the choice among its offices.

:func:`~accordlib.officials.reader.read_official` fills a :class:`Found` from the tokens;
:mod:`~accordlib.officials.prose` and :mod:`~accordlib.officials.known` complete it;
:mod:`~accordlib.officials.scanner` turns it into the public types. Of several offices of
one person, :func:`most_relevant` is the title and :func:`distinct` the list.
"""

from __future__ import annotations

from accordlib.countries.model import Country
from accordlib.officials.lexicon import Lexicon, lexicon
from accordlib.officials.making import COMMITTEE_CHAIR
from accordlib.officials.model import ROLE_PRIORITY, Title

__all__ = ["Found", "distinct", "most_relevant"]


class Found:
    """A mention being assembled: token span and its parts."""

    __slots__ = (
        "country",
        "end",
        "honorifics",
        "implied",
        "inferred",
        "mirrored",
        "name",
        "offices",
        "organization",
        "posting",
        "start",
        "title",
    )

    def __init__(
        self,
        start: int,
        end: int,
        name: str | None,
        *,
        title: Title | None,
        country: Country | None,
        organization: str | None,
        honorifics: list[str],
    ) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.title = title
        self.country = country
        self.organization = organization
        self.honorifics = honorifics
        #: every office, when the text gives more than one
        self.offices: tuple[Title, ...] = ()
        #: where an ambassador or envoy is posted
        self.posting: str | None = None
        #: the country is implied by a title's or honorific's wording, not named
        self.implied = False
        #: the fields filled from the gazetteer of office holders (see ``known``)
        self.inferred: tuple[str, ...] = ()
        #: the title is a counterpart's, mirrored from the other party's office
        self.mirrored = False


def distinct(titles: list[Title]) -> tuple[Title, ...]:
    """The offices, each once; none when there is only one."""
    kept: list[Title] = []
    for office in titles:
        if not any(o.canonical == office.canonical and o.role is office.role for o in kept):
            kept.append(office)
    return tuple(kept) if len(kept) > 1 else ()


#: Titles that describe an office rather than name it.
_DESCRIPTIONS = frozenset({"Head of State", "Head of Government"})


def most_relevant(titles: list[Title]) -> Title | None:
    """The office that matters most for diplomacy; of equals, the last printed, the nearest
    the name ("Saudi Arabia's ruler, King Salman"), except that an office beats a title kept
    as a style ("Deputy Permanent Representative, Ambassador X"), and both beat a military
    rank ("Chief of Army Staff, General X" is the army chief) and a committee's chair
    ("Senator X, chairman of the ... Committee" is a Senator)."""
    lex = lexicon()
    best: Title | None = None
    for office in titles:
        if best is None or _weight(office, lex) <= _weight(best, lex):
            best = office
    return best


def _weight(office: Title, lex: Lexicon) -> tuple[int, int]:
    # a rank, a committee's chair or a description of the office ("Prime Minister, Head of
    # Government, X") gives way to a style, and a style to an office, of the same weight
    canonical = office.canonical
    if canonical in lex.ranks or canonical == COMMITTEE_CHAIR or canonical in _DESCRIPTIONS:
        lesser = 2
    else:
        lesser = 1 if canonical in lex.style_titles else 0
    return ROLE_PRIORITY[office.role], lesser
