"""Reading the command line's inputs: paths, folders, standard input, ``--text``, records.

The parent process turns the arguments into a stream of :class:`Item` objects in a
stable order (arguments in the order given, a folder's files sorted, a JSONL file's
records in line order). A file is read where it is processed — in a worker with
``--jobs`` — and :func:`story_record` decides what it holds: plain text, HTML (the
article is extracted), or data that is not text at all.
"""

from __future__ import annotations

import codecs
import io
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs
import regex

from accordlib.errors import AccordError
from accordlib.integrations.html import extract_article, looks_like_html
from accordlib.records import StoryRecord, record_from_line

__all__ = [
    "JSONL_SUFFIXES",
    "STDIN_NAME",
    "InputError",
    "Item",
    "decode",
    "is_binary",
    "items",
    "read_input",
    "sources",
    "story_record",
]

#: Name given to standard input in messages and in the ``file`` field of records.
STDIN_NAME = "<stdin>"

#: File names read as JSON Lines records by ``--input-format auto``.
JSONL_SUFFIXES = (".jsonl", ".ndjson")

#: Control characters (other than tab, line and page breaks) in the first
#: :data:`_SNIFF` characters beyond this share mean the data is not text.
_BINARY_SHARE = 0.05
_SNIFF = 8192

_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class InputError(Exception):
    """An input could not be read, decoded or used; the message is the reason, for people."""


@attrs.frozen
class Item:
    """One input to process: a file to read in the worker, or a text or record in hand.

    ``name`` is the file name (printable), ``<stdin>`` or ``<text>``; ``line`` is a
    record's line number in its JSONL file; ``error`` says why the input cannot be used.
    """

    name: str
    path: str | None = None
    text: str | None = None
    record: StoryRecord | None = None
    line: int | None = None
    error: str | None = None
    records: bool = False  # a JSONL input, not yet split into its records
    source: int = 0  # position of the argument (or folder file) it came from


# --------------------------------------------------------------------------- decoding


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """Decode file contents: a byte order mark decides the encoding and is removed.

    Line endings are kept as they are, so offsets index the file's text exactly.
    Raises :class:`UnicodeDecodeError` (offsets counted in ``data``) when the bytes
    are not in the encoding.

    >>> decode(b"\\xef\\xbb\\xbfCAIRO (AP) \\xe2\\x80\\x94 Talks")
    'CAIRO (AP) — Talks'
    >>> decode("DOHA:\\r\\n".encode("utf-16"))
    'DOHA:\\r\\n'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name)
            except UnicodeDecodeError as exc:
                skip = len(bom)
                raise UnicodeDecodeError(
                    name, data, exc.start + skip, exc.end + skip, exc.reason
                ) from None
    return data.decode(encoding)


def _describe_decode_error(exc: UnicodeDecodeError, encoding: str) -> str:
    bad = exc.object[exc.start : exc.end]
    shown = " ".join(f"0x{byte:02x}" for byte in bad[:4])
    name = exc.encoding if exc.encoding in {name for _, name in _BOMS} else encoding
    return (
        f"cannot decode as {name}: byte {shown} at offset {exc.start} ({exc.reason}); "
        "try --encoding"
    )


def is_binary(text: str) -> bool:
    """Whether decoded data is not text: a NUL character, or many control characters.

    >>> is_binary("CAIRO (AP) — Talks\\r\\n\\f"), is_binary("PK\\x03\\x04\\x14\\x00")
    (False, True)
    """
    head = text[:_SNIFF]
    if "\x00" in head:
        return True
    if _CONTROL.search(head) is None:  # the common case, without counting
        return False
    controls = len(_CONTROL.findall(head))
    return controls > _BINARY_SHARE * len(head)


def read_input(path: str, encoding: str, command: str = "parse") -> str:
    """Read and decode one file; :class:`InputError` says why it could not be."""
    try:
        with open(path, "rb") as file:  # noqa: PTH123 - read for every input: no Path object
            data = file.read()
    except FileNotFoundError as exc:
        raise InputError((exc.strerror or str(exc)) + missing_hint(path, command)) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    try:
        return decode(data, encoding)
    except UnicodeDecodeError as exc:
        raise InputError(_describe_decode_error(exc, encoding)) from None


def _read_stdin(encoding: str) -> str:
    stdin = sys.stdin
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:  # a text stream without bytes underneath (tests, embedding)
        text = stdin.read()
        return text[1:] if text.startswith("\ufeff") else text
    try:
        return decode(buffer.read(), encoding)
    except UnicodeDecodeError as exc:
        raise InputError(_describe_decode_error(exc, encoding)) from None


def argument_text(text: str, encoding: str) -> str:
    """A ``--text`` value; bytes the locale could not decode get ``--encoding``'s chance."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes arrive as lone surrogates (PEP 383)
        try:
            return decode(os.fsencode(text), encoding)
        except UnicodeDecodeError as exc:
            raise InputError(_describe_decode_error(exc, encoding)) from None
    return text


def printable(name: str) -> str:
    """A file name that can be written as UTF-8: undecodable bytes shown as ``\\xNN``."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


# --------------------------------------------------------------------------- what a text holds


def story_record(text: str, input_format: str) -> StoryRecord:
    """The story a file's text holds: the text itself, or the article of an HTML page.

    Raises :class:`InputError` for binary data, for HTML without the ``html`` extra,
    and for a page with no article text.
    """
    if is_binary(text):
        raise InputError("binary data, not text (NUL or control bytes); give a text file")
    if input_format == "html" or (input_format == "auto" and looks_like_html(text)):
        try:
            return extract_article(text)
        except ModuleNotFoundError as exc:
            raise InputError(f"looks like HTML; {exc}") from None
        except AccordError as exc:
            raise InputError(str(exc)) from None
    return StoryRecord(text)


# --------------------------------------------------------------------------- enumerating inputs


def _folder_files(folder: str) -> list[str]:
    """Every file under ``folder`` that is not hidden (nor in a hidden folder), sorted by path."""
    found: list[tuple[str, ...]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, name).parts for name in files if not name.startswith("."))
    return [str(Path(*parts)) for parts in sorted(found)]


def _records(item: Item, lines: Iterator[str]) -> Iterator[Item]:
    number = 0
    try:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = record_from_line(line, f"line {number}")
            except (TypeError, ValueError) as exc:
                yield attrs.evolve(item, line=number, error=str(exc), records=False)
                continue
            yield attrs.evolve(item, record=record, line=number, text=None, records=False)
    except InputError as exc:
        if number == 0:  # the file could not be opened at all
            yield attrs.evolve(item, error=str(exc), records=False)
        else:
            yield attrs.evolve(
                item, line=number + 1, error=f"line {number + 1}: {exc}", records=False
            )


def _file_lines(path: str, encoding: str) -> Iterator[str]:
    """The lines of a text file, streamed, decoded as :func:`decode` would.

    Lines end at ``\\n``, ``\\r\\n`` or ``\\r`` only: JSON strings may hold U+2028.
    """
    try:
        with Path(path).open("rb") as raw:
            head = raw.read(4)
            codec, skip = encoding, 0
            for bom, name in _BOMS:
                if head.startswith(bom):
                    codec, skip = name, len(bom)
                    break
            raw.seek(skip)
            try:
                yield from io.TextIOWrapper(raw, encoding=codec, newline="")
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"cannot decode as {codec} ({exc.reason}); try --encoding"
                ) from None
    except FileNotFoundError as exc:
        raise InputError((exc.strerror or str(exc)) + missing_hint(path, "")) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None


def _is_jsonl(path: str, input_format: str) -> bool:
    return input_format == "jsonl" or (
        input_format == "auto" and path.lower().endswith(JSONL_SUFFIXES)
    )


def missing_hint(name: str, command: str) -> str:
    """What to add to "No such file or directory" when the name was probably meant as text."""
    if command in ("countries", "officials") or any(c.isspace() for c in name):
        return "; to give text, use --text"
    return ""


def _path_sources(path: str, command: str, input_format: str) -> Iterator[Item]:
    # A missing file is reported when it is read, like any unreadable file.
    if Path(path).is_dir():
        for file in _folder_files(path):
            yield from _path_sources(file, command, input_format)
    else:
        yield Item(printable(path), path=path, records=_is_jsonl(path, input_format))


def _stdin_source(input_format: str, encoding: str) -> Item:
    try:
        text = _read_stdin(encoding)
    except InputError as exc:
        return Item(STDIN_NAME, error=str(exc))
    return Item(STDIN_NAME, text=text, records=input_format == "jsonl")


def sources(
    paths: Sequence[str],
    texts: Sequence[str],
    *,
    command: str,
    input_format: str,
    encoding: str,
) -> list[Item]:
    """Every input named by the arguments, in order: the paths (a folder's files sorted,
    ``-`` standard input), then the ``--text`` values. A JSONL input is one item here;
    :func:`items` streams its records."""
    found: list[Item] = []
    for path in paths:
        if path == "-":
            found.append(_stdin_source(input_format, encoding))
        else:
            found.extend(_path_sources(path, command, input_format))
    for number, text in enumerate(texts, 1):
        name = "<text>" if len(texts) == 1 else f"<text {number}>"
        try:
            found.append(Item(name, text=argument_text(text, encoding)))
        except InputError as exc:
            found.append(Item(name, error=str(exc)))
    return [attrs.evolve(item, source=index) for index, item in enumerate(found)]


def items(found: Sequence[Item], encoding: str) -> Iterator[Item]:
    """The inputs to process, one per story: each JSONL input becomes its records."""
    for item in found:
        if not item.records or item.error is not None:
            yield item
        elif item.text is not None:
            yield from _records(item, iter(item.text.split("\n")))
        else:
            assert item.path is not None
            yield from _records(item, _file_lines(item.path, encoding))


def single_input(paths: Sequence[str], texts: Sequence[str], input_format: str) -> bool:
    """Whether the arguments name exactly one story (``json`` then prints it bare)."""
    if len(paths) + len(texts) != 1:
        return False
    if texts:
        return True
    path = paths[0]
    if path == "-":
        return input_format != "jsonl"
    return not Path(path).is_dir() and not _is_jsonl(path, input_format)
