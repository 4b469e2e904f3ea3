"""Optional dependencies: import one, or fail with a one-line hint naming the extra."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["require"]


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """Import ``module``; if it is not installed, raise :class:`ModuleNotFoundError` whose
    message is one line that names the extra to install.

    >>> require("json", "none", "testing").__name__
    'json'
    >>> require("no_such_module_here", "html", "reading web pages")
    Traceback (most recent call last):
      ...
    ModuleNotFoundError: reading web pages needs the html extra: pip install 'accordlib[html]'
    """
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module and not module.startswith(f"{exc.name}."):
            raise  # the module is there but one of its own dependencies is not
        raise ModuleNotFoundError(
            f"{purpose} needs the {extra} extra: pip install 'accordlib[{extra}]'",
            name=module,
        ) from None
