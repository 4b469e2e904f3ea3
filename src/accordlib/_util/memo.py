"""The one bounded memo: results of pure functions on short keys, for text that repeats.

Wire copy repeats itself: the same datelines, bylines, titles and country names come back
story after story, so several parsers remember what they computed. Every such memory in
the package is a :class:`Memo`, bounded twice:

* in **entries**: when full it is emptied (cheaper than LRU bookkeeping on every hit,
  and a feed's working set refills it within a few stories);
* in **key length**: a key longer than ``max_key_length`` is never stored, so a stream
  of long junk cannot keep megabytes alive through its keys.

Only immutable results may be remembered (the callers' results are frozen attrs objects,
tuples, strings or ``None``). Reads and writes are single dictionary operations; a
``clear`` racing with a ``put`` at worst forgets an entry, which only costs a recomputation.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sized
from typing import Generic, TypeVar

__all__ = ["Memo", "memoized"]

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_MISSING = object()


class Memo(Generic[K, V]):
    """A dictionary of at most ``max_entries`` results keyed by keys of bounded length.

    ``get`` is the dictionary's own bound ``get`` (the hot paths call it directly);
    :meth:`put` enforces both bounds. ``length`` is the size that counts against
    ``max_key_length``: the key's ``len`` by default (tuple keys pass the length of the
    text they were derived from).
    """

    __slots__ = ("_data", "get", "max_entries", "max_key_length")

    def __init__(self, *, max_entries: int, max_key_length: int) -> None:
        self._data: dict[K, V] = {}
        self.get = self._data.get
        self.max_entries = max_entries
        self.max_key_length = max_key_length

    def put(self, key: K, value: V, length: int | None = None) -> V:
        """Remember ``value`` for ``key`` if the key is short enough; return ``value``."""
        if length is None:
            # str first: isinstance() against an ABC alone runs Python code (abc.py)
            length = len(key) if isinstance(key, (str, Sized)) else 0
        if length <= self.max_key_length:
            data = self._data
            if len(data) >= self.max_entries:
                data.clear()
            data[key] = value
        return value

    def clear(self) -> None:
        """Forget everything (benchmarks use it to time the uncached path)."""
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


def memoized(
    *, max_entries: int, max_key_length: int
) -> Callable[[Callable[[str], V]], Callable[[str], V]]:
    """Decorate a pure function of one ``str`` with a :class:`Memo`.

    The wrapper keeps the memo as ``.memo`` and the undecorated function as ``.uncached``,
    so tests can compare both paths and benchmarks can time the slow one.
    """

    def decorate(function: Callable[[str], V]) -> Callable[[str], V]:
        memo: Memo[str, V] = Memo(max_entries=max_entries, max_key_length=max_key_length)
        get, put = memo.get, memo.put

        def wrapper(text: str) -> V:
            found = get(text, _MISSING)
            if found is _MISSING:
                return put(text, function(text))
            return found  # type: ignore[return-value]  # only values of type V are stored

        wrapper.__name__ = function.__name__
        wrapper.__qualname__ = function.__qualname__
        wrapper.__doc__ = function.__doc__
        wrapper.memo = memo  # type: ignore[attr-defined]  # exposed for tests and benchmarks
        wrapper.uncached = function  # type: ignore[attr-defined]  # the slow path
        return wrapper

    return decorate
