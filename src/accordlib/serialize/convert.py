"""Serialisation: every accordlib result to plain data and JSON, and back, without loss.

One :mod:`cattrs` converter, built on first use, does the work for every frozen attrs class
the library returns (stories and their parts, countries, titles, officials, events):

* enums are written by member **name** (``"SIGN_AGREEMENT"``), never by value;
* dates and datetimes as ISO 8601 strings (``"2025-11-06"``);
* a :class:`~accordlib.countries.Country` as its ISO alpha-3 code (``"ISR"``; historic and
  non-ISO entities keep theirs: ``"SUN"``, ``"XKX"``), resolved again on the way back;
* tuples as JSON arrays; fields in their declared order, always all of them.

``from_json(type(x), to_json(x)) == x`` holds for every result. Bad input raises one
:class:`DeserializationError` listing every problem with its JSON path:

    >>> import accordlib
    >>> actor = accordlib.Actor(accordlib.ActorKind.STATE, "Japan")
    >>> accordlib.to_json(actor)
    '{"kind": "STATE", "name": "Japan", "country": null, "title": null, "organization": null}'
    >>> accordlib.from_json(accordlib.Actor, accordlib.to_json(actor)) == actor
    True
    >>> try:
    ...     accordlib.from_dict(accordlib.Actor, {"kind": "NATION", "nmae": "Japan"})
    ... except accordlib.DeserializationError as exc:
    ...     print(*exc.errors, sep="\\n")
    'NATION' is not an ActorKind name; expected one of STATE, ... @ $.kind
    required field missing @ $.name
    extra fields found (nmae) @ $

The package root imports this module only when one of its functions is first used, so
``cattrs`` (about 45 ms to import) costs nothing to programs that never serialise.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import typing
from collections.abc import Mapping
from typing import Any, TypeVar, cast

import attrs
import cattrs
import regex
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from cattrs.v import format_exception

from accordlib._util.lazy import Lazy
from accordlib._util.messages import quote
from accordlib.countries.lookup import get_country
from accordlib.countries.model import Country
from accordlib.errors import (
    AccordError,
    DeserializationError,
    InputTypeError,
    InvalidFieldError,
)

__all__ = ["converter", "from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")


# --------------------------------------------------------------------------- the converter


_ISO_DATE_LENGTH = 10  # YYYY-MM-DD


def _is_tuple(tp: Any) -> bool:
    return tp is tuple or typing.get_origin(tp) is tuple


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    if isinstance(value, cls):
        return value
    if not isinstance(value, str):
        message = f"expected the name of {_a(cls.__name__)} (a string), got {type(value).__name__}"
        raise _ProblemError(message)
    member = cls._member_map_.get(value)  # what __members__ wraps, without the copy
    if member is None:
        names = ", ".join(cls.__members__)
        raise _ProblemError(
            f"{quote(value)} is not {_a(cls.__name__)} name; expected one of {names}"
        )
    return member


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'AEIOU' else 'a'} {noun}"


def _structure_date(value: object, _: type) -> dt.date:
    if isinstance(value, str) and len(value) == _ISO_DATE_LENGTH:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _ProblemError(f"expected an ISO 8601 date (YYYY-MM-DD), got {value!r:.60}")


def _structure_datetime(value: object, _: type) -> dt.datetime:
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise _ProblemError(f"expected an ISO 8601 date and time, got {value!r:.60}")


#: Country codes in JSON are ISO 3166-1 alpha-3 (or 3166-3, user-assigned): three letters.
_ALPHA3_LENGTH = 3


def _structure_country(value: object, _: type) -> Any:
    if not isinstance(value, str):
        raise _ProblemError(
            f"expected a country's alpha-3 code (a string), got {type(value).__name__}"
        )
    country = get_country(value) if len(value) == _ALPHA3_LENGTH and value.isupper() else None
    if country is None or country.alpha3 != value:
        raise _ProblemError(f"{value!r:.60} is not a known country alpha-3 code")
    return country


def _structure_str(value: object, _: type) -> str:
    if isinstance(value, str):
        return value
    raise _ProblemError(f"expected a string, got {type(value).__name__}")


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise _ProblemError(f"expected an integer, got {type(value).__name__}")


def _structure_float(value: object, _: type) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    raise _ProblemError(f"expected a number, got {type(value).__name__}")


def _structure_bool(value: object, _: type) -> bool:
    if isinstance(value, bool):
        return value
    raise _ProblemError(f"expected true or false, got {type(value).__name__}")


class _ProblemError(ValueError):
    """A value that cannot be structured; its message is reported as is, with the path."""


_OURS = (AccordError, _ProblemError)


def _format(exc: BaseException, cls: type | None) -> str:
    """Report our own messages verbatim; leave the rest to cattrs' formatter."""

    if isinstance(exc, _OURS):
        return str(exc)
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, (TypeError, ValueError)) and cls is not None and attrs.has(cls):
        # Raised by an attrs validator or __init__ of ``cls``: its message names the field.
        return f"invalid {cls.__name__}: {exc}"
    return format_exception(exc, cls)


def _make_attrs_hook(converter: cattrs.Converter, cls: type) -> Any:
    """Structure an attrs class from a mapping, reporting a non-mapping clearly."""
    attrs.resolve_types(cls)
    inner: Any = make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True)

    def structure(value: object, _: type) -> Any:
        if not isinstance(value, Mapping):
            raise _ProblemError(
                f"expected an object for {cls.__name__}, got {type(value).__name__}"
            )
        try:
            return inner(value, cls)
        except ClassValidationError as exc:
            problems = [_locate(error, cls) for error in exc.exceptions]
            raise ClassValidationError(exc.message, problems, cls) from None

    return structure


def _locate(error: Exception, cls: type) -> Exception:
    """Give an error raised by ``cls``'s own validators or ``__init__`` a path if it can.

    Errors for one field already carry cattrs' note. An :class:`InvalidFieldError` names
    its field (``"DiplomaticEvent.end"``): it gets that field's note, so it is reported at
    ``$.end``. Any other ``TypeError`` or ``ValueError`` keeps its message, which says
    which class refused, and are reported at the object's path.
    """

    if getattr(error, "__notes__", None) or isinstance(
        error, (ForbiddenExtraKeysError, BaseValidationError)
    ):
        return error
    field = getattr(error, "field", None)
    if isinstance(error, InvalidFieldError) and isinstance(field, str):
        owner, _, name = field.partition(".")
        if owner == cls.__name__ and name in attrs.fields_dict(cls):
            note = AttributeValidationNote(
                f"Structuring class {cls.__qualname__} @ attribute {name}", name, object
            )
            error.__notes__ = [note]  # type: ignore[attr-defined]  # typeshed: 3.11+ only
        return error
    if isinstance(error, (TypeError, ValueError)) and not isinstance(error, _OURS):
        return _ProblemError(f"invalid {cls.__name__}: {error}")
    return error


def _is_sequence(tp: Any) -> bool:
    """``tuple[X, ...]`` and ``list[X]``: the homogeneous sequences results are made of."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is tuple:
        return args[1:] == (Ellipsis,)  # tuple[X, ...]
    return origin is list and len(args) == 1


def _make_sequence_hook(converter: cattrs.Converter, tp: Any) -> Any:
    """Structure a JSON array element by element, collecting every element's problems."""

    item_type = typing.get_args(tp)[0]
    build: Any = tuple if typing.get_origin(tp) is tuple else list

    def structure(value: object, _: type) -> Any:
        if not isinstance(value, (list, tuple)):
            raise _ProblemError(f"expected an array, got {type(value).__name__}")
        items = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(converter.structure(item, item_type))
            except Exception as exc:
                note = IterableValidationNote(
                    f"Structuring {tp} @ index {index}", index, item_type
                )
                notes = [*getattr(exc, "__notes__", []), note]
                exc.__notes__ = notes  # type: ignore[attr-defined]  # typeshed: 3.11+ only
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {tp!r}", errors, tp)
        return build(items)

    return structure


def _make_attrs_unstructure(converter: cattrs.Converter, cls: type) -> Any:

    attrs.resolve_types(cls)
    return make_dict_unstructure_fn(cls, converter)


def _build() -> cattrs.Converter:

    country = Country
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)

    converter.register_unstructure_hook_func(_is_enum, lambda member: member.name)
    converter.register_structure_hook_func(_is_enum, _structure_enum)
    converter.register_unstructure_hook(dt.datetime, lambda value: value.isoformat())
    converter.register_structure_hook(dt.datetime, _structure_datetime)
    converter.register_unstructure_hook(dt.date, lambda value: value.isoformat())
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(country, lambda value: value.alpha3)
    converter.register_structure_hook(country, _structure_country)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(bool, _structure_bool)
    # Tuples become JSON arrays.
    converter.register_unstructure_hook_func(
        _is_tuple, lambda value: [converter.unstructure(item) for item in value]
    )

    converter.register_structure_hook_factory(
        _is_sequence, lambda tp: _make_sequence_hook(converter, tp)
    )

    def is_attrs(cls: Any) -> bool:
        return isinstance(cls, type) and attrs.has(cls) and cls is not country

    converter.register_structure_hook_factory(
        is_attrs, lambda cls: _make_attrs_hook(converter, cls)
    )
    converter.register_unstructure_hook_factory(
        is_attrs, lambda cls: _make_attrs_unstructure(converter, cls)
    )
    return converter


def converter() -> cattrs.Converter:
    """Return the library's one :class:`cattrs.Converter`, building it on first use.

    It is safe to share between threads. Use it to serialise containers of results, for
    example ``converter().unstructure(events, list[DiplomaticEvent])``.
    """
    return _CONVERTER.get()


_CONVERTER: Lazy[cattrs.Converter] = Lazy(_build)


# --------------------------------------------------------------------------- public functions


def to_dict(obj: object) -> Any:
    """Return ``obj`` as plain JSON-compatible data: a ``dict`` for every result class.

    Enums become their names, dates ISO strings, countries alpha-3 codes, tuples lists.
    """
    return converter().unstructure(obj)


def to_json(obj: object, *, indent: int | None = None, ensure_ascii: bool = False) -> str:
    """Return ``obj`` as a JSON string (see :func:`to_dict` for the encoding).

    ``indent`` pretty-prints; non-ASCII text is written as is unless ``ensure_ascii``.
    Lone surrogates (which text decoded with ``surrogateescape`` may hold) are always
    written as ``\\uXXXX`` escapes, so the output can be encoded as UTF-8.
    """
    text = json.dumps(to_dict(obj), indent=indent, ensure_ascii=ensure_ascii)
    if not ensure_ascii and _SURROGATE.search(text):
        text = _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
    return text


#: A lone surrogate code point: not encodable as UTF-8, so escaped in JSON output.
_SURROGATE = regex.compile(r"[\ud800-\udfff]")  # one code point at a time: no backtracking


def from_dict(cls: type[T], data: object) -> T:
    """Build a ``cls`` from plain data as produced by :func:`to_dict`.

    ``cls`` is a result class, or a list of one (``list[DiplomaticEvent]``). Raises
    :class:`DeserializationError` listing every problem with its path.
    """

    try:
        return converter().structure(data, cls)
    except (cattrs.ClassValidationError, cattrs.IterableValidationError) as exc:
        errors = cattrs.transform_error(exc, path="$", format_exception=_format)
    except (TypeError, ValueError) as exc:
        # A validator or __init__ of ``cls`` itself, or a scalar at the top level.
        errors = [f"{_format(exc, cls if attrs.has(cls) else None)} @ $"]
    raise DeserializationError(cls, errors)


def from_json(cls: type[T], text: str | bytes) -> T:
    """Build a ``cls`` from JSON text as produced by :func:`to_json`.

    Malformed JSON and data that does not describe a ``cls`` both raise
    :class:`DeserializationError`; text that is neither ``str`` nor ``bytes`` raises
    :class:`~accordlib.errors.InputTypeError`.
    """
    if not isinstance(cast("object", text), (str, bytes, bytearray)):
        message = f"text must be str or bytes (JSON text), not {type(text).__name__}"
        raise InputTypeError(message, type(text))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno} (char {exc.pos})"
        raise DeserializationError(cls, [f"malformed JSON: {exc.msg} at {where}"]) from None
    except UnicodeDecodeError as exc:
        raise DeserializationError(cls, [f"malformed JSON: not UTF-8 ({exc.reason})"]) from None
    except RecursionError:
        raise DeserializationError(cls, ["malformed JSON: nested too deeply"]) from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise DeserializationError(cls, [f"malformed JSON: {exc}"]) from None
    return from_dict(cls, data)
