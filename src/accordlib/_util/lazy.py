"""The one idiom for work deferred to first use: :class:`Lazy` values and lazy patterns.

``import accordlib`` must stay cheap (SPEC: at most 100 ms, no table loaded), so tables,
indexes, converters and compiled regular expressions are built the first time they are
needed. Every such value in the package goes through :class:`Lazy`::

    _INDEX = Lazy(_build_index)     # nothing runs at import time
    ...
    index = _INDEX.get()            # built once, by one thread; later calls read one slot

``lazy_regex(pattern, flags)`` and ``lazy_re(pattern, flags)`` stand for
``regex.compile`` and ``re.compile`` on top of it: the object they return compiles its
pattern on first use and then forwards to the compiled pattern's bound methods. Type
checkers see the real ``compile`` functions.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import regex

__all__ = ["Lazy", "lazy_re", "lazy_regex"]

T = TypeVar("T")

_UNSET: Any = object()


class Lazy(Generic[T]):
    """A value made by ``factory()`` on the first :meth:`get`, exactly once.

    The factory runs under the value's own lock, so two threads never build it twice and
    no thread ever sees it half-built: the slot is written once, after the factory has
    returned, and read without the lock afterwards (a reference read, which is atomic on
    every Python implementation, free-threaded CPython included). A factory that raises
    leaves the value unbuilt; the next :meth:`get` tries again.
    """

    __slots__ = ("_factory", "_lock", "_value")

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._value: T = _UNSET

    def get(self) -> T:
        """Return the value, building it on the first call."""
        value = self._value
        if value is _UNSET:
            with self._lock:
                value = self._value
                if value is _UNSET:
                    value = self._factory()
                    self._value = value
        return value

    @property
    def built(self) -> bool:
        """Whether the value has been built (for tests of import-time laziness)."""
        return self._value is not _UNSET


_PATTERN_METHODS = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer")


class _LazyPattern:
    """A compiled pattern that compiles itself on first use (see the module's docstring).

    After the first use the compiled pattern's bound methods sit in the instance's own
    dictionary, so a call costs what a call on the compiled pattern costs.
    """

    def __init__(self, compile_: Callable[[str, int], Any], pattern: str, flags: int) -> None:
        self._compiled = Lazy(lambda: compile_(pattern, flags))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = self._compiled.get()
        for method in _PATTERN_METHODS:
            self.__dict__[method] = getattr(compiled, method)
        self.__dict__["pattern"] = compiled.pattern
        return getattr(compiled, name)


if TYPE_CHECKING:
    from re import compile as lazy_re

    from regex import compile as lazy_regex
else:

    def lazy_regex(pattern: str, flags: int = 0) -> _LazyPattern:
        return _LazyPattern(regex.compile, pattern, flags)

    def lazy_re(pattern: str, flags: int = 0) -> _LazyPattern:
        return _LazyPattern(re.compile, pattern, flags)
