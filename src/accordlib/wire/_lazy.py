"""Regular expressions compiled on first use, so that ``import accordlib`` stays fast.

``lazy_regex(pattern, flags)`` and ``lazy_re(pattern, flags)`` stand for
``regex.compile`` and ``re.compile``. The object they return compiles its pattern the
first time one of its methods is looked up, then keeps the compiled pattern's bound
methods in its own dictionary, so later calls cost what a compiled pattern's cost.
Type checkers see the real ``compile`` functions.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import regex

__all__ = ["BLANKS", "LINE_BREAKS", "lazy_re", "lazy_regex"]

#: Every character that separates lines for :meth:`str.splitlines`.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: Whitespace as :meth:`str.isspace` knows it, plus the byte-order mark and zero-width
#: space that copy-pasted wire text carries at its edges.
BLANKS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\ufeff\u200b"

_lock = threading.Lock()


class _Lazy:
    def __init__(self, compile_: Callable[..., Any], pattern: str, flags: int) -> None:
        self._compile = compile_
        self._pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        with _lock:
            compiled = self._compile(self._pattern, self._flags)
            for method in ("match", "fullmatch", "search", "sub", "split", "findall", "finditer"):
                self.__dict__[method] = getattr(compiled, method)
            self.__dict__["pattern"] = compiled.pattern
        return getattr(compiled, name)


if TYPE_CHECKING:
    from re import compile as lazy_re

    from regex import compile as lazy_regex
else:

    def lazy_regex(pattern: str, flags: int = 0) -> _Lazy:
        return _Lazy(regex.compile, pattern, flags)

    def lazy_re(pattern: str, flags: int = 0) -> _Lazy:
        return _Lazy(re.compile, pattern, flags)
