"""The one unchecked constructor for frozen attrs classes, for hot paths only.

attrs' ``__init__`` runs converters and validators and binds keyword arguments; for the
parsers' own results, whose values already have their final types, that is most of the
cost of building them (measured on this package: an event ~9.8 us through ``__init__``,
~3.5 us without; a story's segments ~40% of ``parse_story`` on short stories).
:func:`trusted` returns a constructor that sets the fields directly, in field order,
and nothing else. It is private to the package: public construction always validates,
and ``tests/test_util.py`` checks, property by property, that objects built both ways
are equal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs

__all__ = ["trusted"]

T = TypeVar("T")


def trusted(cls: type[T]) -> Callable[..., T]:
    """Return ``make(*values)`` building a ``cls`` from one value per field, in field order.

    The values must be exactly what validated construction would store (converted,
    valid); no check is made. The trailing fields with a plain (not factory) default may
    be left out, so that a field added with a default does not break existing callers.
    Works for slotted and dict-based attrs classes, frozen or not: a slot is written
    through its descriptor, a dict-based field through the instance dictionary, both of
    which bypass a frozen class's ``__setattr__``.
    """
    fields = attrs.fields(cls)  # type: ignore[arg-type]  # an attrs class
    names = [field.name for field in fields]
    slotted = "__slots__" in cls.__dict__
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    parameters = list(names)
    for index in range(len(fields) - 1, -1, -1):
        default = fields[index].default
        # attrs.Factory is a class at run time (typed as a function for its overloads).
        if default is attrs.NOTHING or isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            break
        namespace[f"default{index}"] = default
        parameters[index] = f"{names[index]}=default{index}"
    lines = [f"def make({', '.join(parameters)}):", "    obj = new(cls)"]
    if slotted:
        for index, name in enumerate(names):
            namespace[f"set{index}"] = cls.__dict__[name].__set__
            lines.append(f"    set{index}(obj, {name})")
    else:
        lines.append("    d = obj.__dict__")
        lines.extend(f"    d[{name!r}] = {name}" for name in names)
    lines.append("    return obj")
    # The source is built from the class's own field names (identifiers), as attrs itself
    # builds __init__; no outside text reaches it.
    exec("\n".join(lines), namespace)  # noqa: S102
    make: Callable[..., T] = namespace["make"]
    make.__qualname__ = f"trusted({cls.__qualname__})"
    return make
