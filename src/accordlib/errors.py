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

import typing
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from accordlib._util.messages import quote

if TYPE_CHECKING:
    from accordlib.countries.model import Country

__all__ = [
    "AccordError",
    "AccordWarning",
    "AmbiguousCountryError",
    "CountryNotFoundError",
    "DeserializationError",
    "InputTypeError",
    "InvalidDateError",
    "InvalidFieldError",
    "StoryParseWarning",
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
        super().__init__(message or f"no country is known as {quote(query)}")
        self.query = query


class AmbiguousCountryError(CountryNotFoundError):
    """The name fits several countries; ``candidates`` lists them.

    It is a :class:`CountryNotFoundError` (and so a :class:`LookupError`),
    because no single country was found.
    """

    def __init__(self, query: str, candidates: Sequence[Country]) -> None:
        names = ", ".join(f"{c.name} ({c.alpha3})" for c in candidates)
        super().__init__(query, f"{quote(query)} is ambiguous: it may mean {names}")
        self.candidates: tuple[Country, ...] = tuple(candidates)


class InvalidFieldError(AccordError, ValueError):
    """A field of an event-model object was given a value of the right type but not allowed.

    ``field`` is the field's name (``"DiplomaticEvent.end"``) and ``value`` the value given.
    Wrong *types* raise :class:`~accordlib.errors.InputTypeError` (a :class:`TypeError`).
    """

    def __init__(self, field: str, value: object, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.value = value


class DeserializationError(AccordError, ValueError):
    """Data given to :func:`~accordlib.from_dict` or :func:`~accordlib.from_json` does not describe a ``cls``.

    ``errors`` lists every problem found, each as ``"<what is wrong> @ <JSON path>"``
    (``"required field missing @ $.actors[0].name"``); ``cls`` is the class asked for.
    The message is the list, one problem per line.
    """

    def __init__(self, cls: Any, errors: list[str]) -> None:
        name = type_name(cls)
        count = f"{len(errors)} problem{'s' if len(errors) != 1 else ''}"
        super().__init__(f"cannot build {name} ({count}):\n" + "\n".join(errors))
        self.cls = cls
        self.errors: tuple[str, ...] = tuple(errors)


def type_name(tp: Any) -> str:
    """``"DiplomaticEvent"``, ``"list[DiplomaticEvent]"``: a type as a reader writes it."""
    args = typing.get_args(tp)
    if args:
        inner = ", ".join("..." if arg is Ellipsis else type_name(arg) for arg in args)
        return f"{type_name(typing.get_origin(tp))}[{inner}]"
    return getattr(tp, "__name__", repr(tp))


class AccordWarning(UserWarning):
    """Root of every warning issued by accordlib (filter them all with this class)."""


class StoryParseWarning(AccordWarning):
    """:func:`~accordlib.parse_story` met an internal error and returned a degraded story.

    The story still holds the whole text (as one ``OTHER`` segment) and is marked
    :attr:`Story.degraded <accordlib.Story.degraded>`; ``parse_story(..., strict=True)``
    raises the error instead. Seeing this warning means a bug in accordlib: please report
    it with the text that caused it. A pipeline that would rather stop than keep such a
    story turns the warning into an error::

        >>> import warnings
        >>> import accordlib
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter("error", accordlib.StoryParseWarning)
        ...     accordlib.parse_story("DOHA, March 3 (Reuters) - Talks resumed.").degraded
        False
    """
