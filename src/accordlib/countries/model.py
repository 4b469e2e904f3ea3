"""The value types of the countries domain: :class:`Country` and its mentions in text."""

from __future__ import annotations

import enum

import attrs

__all__ = ["Country", "CountryMention", "Entry", "MentionKind"]


@attrs.frozen(eq=False, repr=False)
class Country:
    """A country (or a historic or non-ISO entity used in diplomacy).

    Equal and hashed by :attr:`alpha3`.
    """

    alpha2: str
    alpha3: str
    numeric: str | None
    name: str
    official_name: str | None = None

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Country):
            return self.alpha3 == other.alpha3
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.alpha3)

    def __repr__(self) -> str:
        return f"Country({self.alpha3}: {self.name})"


class MentionKind(enum.Enum):
    """How a country was named in text."""

    NAME = "name"
    ALIAS = "alias"
    CODE = "code"
    DEMONYM = "demonym"
    CAPITAL = "capital"


@attrs.frozen
class CountryMention:
    """A country named in running text: ``text == source[start:end]``."""

    text: str
    start: int
    end: int
    country: Country
    kind: MentionKind


#: What a spelling resolves to: one country, several (ambiguous), or ``()`` (never a country).
Entry = Country | tuple[Country, ...]
