"""The exception hierarchy of accordlib.

Every exception the library raises on purpose derives from :class:`AccordError`
and also from the builtin it refines, so callers may catch either::

    >>> import accordlib
    >>> try:
    ...     accordlib.lookup_country("Atlantis")
    ... except LookupError as exc:
    ...     print(type(exc).__name__, exc.query)
    CountryNotFoundError Atlantis
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from accordlib.countries import Country

__all__ = [
    "AccordError",
    "AmbiguousCountryError",
    "CountryNotFoundError",
    "InputTypeError",
    "InvalidDateError",
]


class AccordError(Exception):
    """Root of every exception raised on purpose by accordlib."""


class InputTypeError(AccordError, TypeError):
    """An argument was not of the type a function accepts.

    ``received`` is the type that was passed.
    """

    def __init__(self, message: str, received: type) -> None:
        super().__init__(message)
        self.received = received


class InvalidDateError(AccordError, ValueError):
    """A date argument (such as ``published``) could not be understood.

    ``value`` is the offending input.
    """

    def __init__(self, message: str, value: object) -> None:
        super().__init__(message)
        self.value = value


class CountryNotFoundError(AccordError, LookupError):
    """No country is known by the name that was looked up.

    ``query`` is the name as given.
    """

    def __init__(self, query: str, message: str | None = None) -> None:
        super().__init__(message or f"no country is known as {query!r}")
        self.query = query


class AmbiguousCountryError(CountryNotFoundError):
    """The name fits several countries; ``candidates`` lists them.

    It is a :class:`CountryNotFoundError` (and so a :class:`LookupError`),
    because no single country was found.
    """

    def __init__(self, query: str, candidates: Sequence[Country]) -> None:
        names = ", ".join(f"{c.name} ({c.alpha3})" for c in candidates)
        super().__init__(query, f"{query!r} is ambiguous: it may mean {names}")
        self.candidates: tuple[Country, ...] = tuple(candidates)
