"""JSON Schema (draft 2020-12) of every result type, as :func:`to_dict` writes it."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from accordlib.countries.model import Country
from accordlib.errors import type_name

__all__ = ["json_schema"]

_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(cls: Any) -> dict[str, Any]:
    """Return a JSON Schema (draft 2020-12) for the JSON of ``cls``, as :func:`to_json` writes it.

    Works for every result class (and any attrs class built from the same types). Nested
    classes are ``$defs``; every field is listed, those without defaults are required, and
    unknown properties are not allowed — as :func:`from_dict` checks.

    >>> import accordlib
    >>> schema = accordlib.json_schema(accordlib.Actor)
    >>> schema["$defs"]["Actor"]["required"]
    ['kind', 'name']
    >>> schema["$defs"]["ActorKind"]["enum"][:3]
    ['STATE', 'GOVERNMENT', 'MILITARY']
    """
    defs: dict[str, Any] = {}
    root = _schema_for(cls, defs)
    schema: dict[str, Any] = {"$schema": _SCHEMA_DIALECT, "title": type_name(cls)}
    schema.update(root)
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def _describe(cls: type) -> str:
    doc = (cls.__doc__ or "").strip()
    return doc.split("\n\n", 1)[0].replace("\n", " ")


#: Schemas of the scalar types, by type.
_SCALARS: dict[Any, dict[str, Any]] = {
    Any: {},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    str: {"type": "string"},
    dt.datetime: {"type": "string", "format": "date-time"},
    dt.date: {"type": "string", "format": "date"},
    Country: {
        "type": "string",
        "pattern": "^[A-Z]{3}$",
        "description": "a country's ISO 3166-1 alpha-3 code (or a historic or non-ISO code)",
    },
}


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of ``tp``; enums and attrs classes are added to ``defs`` and referenced."""
    if tp is type(None) or tp is None:
        return {"type": "null"}
    scalar = _SCALARS.get(tp)
    if scalar is not None:
        return dict(scalar)
    origin = typing.get_origin(tp)
    if origin is not None or tp in (tuple, list, dict):
        return _generic_schema(tp, origin, typing.get_args(tp), defs)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum_ref(tp, defs)
    if isinstance(tp, type) and attrs.has(tp):
        return _class_ref(tp, defs)
    raise TypeError(f"json_schema: no JSON Schema for type {tp!r}")


def _generic_schema(
    tp: Any, origin: Any, args: tuple[Any, ...], defs: dict[str, Any]
) -> dict[str, Any]:
    """Unions, literals, tuples, lists and mappings."""
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_for(arg, defs) for arg in args]}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin is tuple and args and args[-1] is not Ellipsis:
        items = [_schema_for(arg, defs) for arg in args]
        return {"type": "array", "prefixItems": items, "minItems": len(items), "items": False}
    if origin in (tuple, list) or tp in (tuple, list):
        return {"type": "array", "items": _schema_for(args[0] if args else Any, defs)}
    if tp is dict or origin in (dict, Mapping):
        value = args[-1] if args else Any  # dict[K, V]: the values' schema
        return {"type": "object", "additionalProperties": _schema_for(value, defs)}
    raise TypeError(f"json_schema: no JSON Schema for type {tp!r}")


def _enum_ref(tp: type[enum.Enum], defs: dict[str, Any]) -> dict[str, Any]:
    if tp.__name__ not in defs:
        defs[tp.__name__] = {"description": _describe(tp), "enum": list(tp.__members__)}
    return {"$ref": f"#/$defs/{tp.__name__}"}


def _class_ref(tp: type, defs: dict[str, Any]) -> dict[str, Any]:
    name = tp.__name__
    if name not in defs:
        defs[name] = {}  # placeholder: stops recursion on self-referencing classes
        hints = typing.get_type_hints(tp)
        properties = {}
        required = []
        for field in attrs.fields(tp):
            properties[field.name] = _schema_for(hints[field.name], defs)
            if field.default is attrs.NOTHING:
                required.append(field.name)
        defs[name] = {
            "description": _describe(tp),
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
    return {"$ref": f"#/$defs/{name}"}
