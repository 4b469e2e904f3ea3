"""The official that :func:`~accordlib.officials.reader.read_official` is reading, and the
words its steps share."""

from __future__ import annotations

from accordlib.countries.model import Country
from accordlib.officials.context import Context
from accordlib.officials.lexicon import Org
from accordlib.officials.titles import TitleMatch

__all__ = ["COUNTERPART", "PRESIDENTIAL", "Draft"]

#: The office a counterpart or colleague has before the other party's is mirrored.
COUNTERPART = "Counterpart"
#: Offices that a president's possessive makes presidential ("the president's aide").
PRESIDENTIAL = frozenset({"Aide", "Adviser"})


class Draft:
    """An official being read around one title (see the module docstring for the steps)."""

    __slots__ = (
        "complement",
        "ctx",
        "end",
        "floor",
        "home",
        "honorifics",
        "match",
        "name",
        "of_country",
        "of_org",
        "offices",
        "start",
    )

    def __init__(self, match: TitleMatch, ctx: Context, floor: int) -> None:
        self.match = match
        self.ctx = ctx
        #: tokens before this one belong to officials read before
        self.floor = floor
        self.start = ctx.start
        self.end = match.end
        self.name: str | None = None
        self.honorifics: list[str] = []
        self.of_country: Country | None = None
        self.of_org: Org | None = None
        self.complement = False
        #: the titles of the person, in printed order
        self.offices = [match]
        #: a country the honorifics imply ("Datuk": MYS)
        self.home = ""
