"""Story records: a story's text together with what its source knows about it.

Feeds and archives deliver stories as *records* — a line of JSON with the text and,
often, an id, a publication date and the address the story came from — rather than
as bare text. :class:`StoryRecord` is that record, typed; :func:`read_records` reads
JSON Lines into records, and the batch functions (:func:`~accordlib.parse_stories`,
:func:`~accordlib.extract_events_many`) and the command line
(``--input-format jsonl``) take records wherever they take texts.

A record's own ``published`` date is evidence about *that* story: it overrides a
``published=`` given for the whole batch. :func:`story_date` is the date a story is
dated by: its dateline's full date when it has one, else its publication date.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib._util.text import fold_whitespace, require_str
from accordlib.errors import InputTypeError, InvalidFieldError
from accordlib.extract.pipeline import extract_events
from accordlib.wire.byline import parse_byline
from accordlib.wire.model import Byline, Story
from accordlib.wire.story import parse_story

if TYPE_CHECKING:
    from accordlib.events.model import DiplomaticEvent

__all__ = [
    "RECORD_FIELDS",
    "StoryRecord",
    "as_record",
    "parse_record",
    "read_records",
    "record_events",
    "record_from_line",
    "story_date",
]

#: The keys of a record that accordlib reads; other keys are ignored.
RECORD_FIELDS = ("text", "id", "published", "url", "title", "author")


def _optional_str(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, str):
        kind = type(value)
        raise InputTypeError(
            f"StoryRecord.{attribute.name} must be str or None, not {kind.__name__}", kind
        )


def _check_id(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, str | int)):
        kind = type(value)
        raise InputTypeError(f"StoryRecord.id must be str, int or None, not {kind.__name__}", kind)


def _check_date(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (isinstance(value, dt.datetime) or not isinstance(value, dt.date)):
        kind = type(value)
        raise InputTypeError(
            f"StoryRecord.published must be a datetime.date or None, not {kind.__name__}", kind
        )


def _check_text(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    require_str(value, "StoryRecord.text")


@attrs.frozen
class StoryRecord:
    """One story as a feed or an archive delivers it: its text and what is known about it.

    ``text`` is the story's plain text (for a web page, the article text extracted
    from it); ``id`` is the record's identifier, carried into every result of the
    command line; ``published`` is the story's publication date, which overrides a
    ``published=`` given for a whole batch; ``url`` is where it came from; ``title``
    and ``author`` are the page's metadata, used as the story's headline and byline
    when its text has none.

    >>> import datetime
    >>> record = StoryRecord("DOHA (AP) — Talks resumed.", id="ap-1", published=datetime.date(2026, 3, 3))
    >>> record.id, record.published
    ('ap-1', datetime.date(2026, 3, 3))
    """

    text: str = attrs.field(validator=_check_text)
    id: str | int | None = attrs.field(default=None, validator=_check_id)
    published: dt.date | None = attrs.field(default=None, validator=_check_date)
    url: str | None = attrs.field(default=None, validator=_optional_str)
    title: str | None = attrs.field(default=None, validator=_optional_str)
    author: str | None = attrs.field(default=None, validator=_optional_str)


def as_record(item: StoryRecord | Mapping[str, object] | str, what: str = "record") -> StoryRecord:
    """Return ``item`` as a :class:`StoryRecord`: a record as it is, a text as the record of
    that text alone, a mapping (a parsed JSON line) by its :data:`RECORD_FIELDS`.

    A mapping needs a ``text`` string; ``published`` may be a date or a date string
    (``"2026-03-03"``). Problems raise :class:`~accordlib.InputTypeError` or
    :class:`~accordlib.InvalidFieldError` naming the field.

    >>> as_record({"id": 7, "text": "Talks resumed.", "published": "2026-03-03"}).published
    datetime.date(2026, 3, 3)
    """
    if isinstance(item, StoryRecord):
        return item
    if isinstance(item, str):
        return StoryRecord(item)
    candidate: object = item  # any object may come in: checked here
    if not isinstance(candidate, Mapping):
        kind = type(candidate)
        raise InputTypeError(
            f"{what} must be a str, a StoryRecord or a mapping, not {kind.__name__}", kind
        )
    if "text" not in item:
        raise InvalidFieldError("text", None, f"{what} has no 'text' field")
    published = item.get("published")
    try:
        when = coerce_published(published, what=f"{what} 'published'")
    except (InputTypeError, ValueError) as exc:
        raise InvalidFieldError("published", published, str(exc)) from None
    fields = {key: item.get(key) for key in ("text", "id", "url", "title", "author")}
    if fields["id"] is not None and isinstance(fields["id"], float) and fields["id"].is_integer():
        fields["id"] = int(fields["id"])  # JSON numbers read by some tools as floats
    try:
        return StoryRecord(published=when, **fields)  # type: ignore[arg-type]  # checked by validators
    except InputTypeError as exc:
        raise InputTypeError(str(exc).replace("StoryRecord", what, 1), exc.received) from None


def read_records(lines: Iterable[str]) -> Iterator[StoryRecord]:
    """Read JSON Lines (an open file, a list of lines) into :class:`StoryRecord` objects.

    Blank lines are skipped. A line that is not a JSON object with a ``text`` string
    raises :class:`ValueError` (or :class:`TypeError`) naming its line number, after
    the records before it have been yielded.

    >>> feed = ['{"id": "r1", "text": "Talks resumed.", "published": "2026-03-03"}', ""]
    >>> [(record.id, record.published) for record in read_records(feed)]
    [('r1', datetime.date(2026, 3, 3))]
    """
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        yield record_from_line(line, f"line {number}")


def record_from_line(line: str, where: str) -> StoryRecord:
    """One line of JSON Lines as a record; errors name ``where`` (``"line 3"``)."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InvalidFieldError("text", line, f"{where}: not JSON: {exc.msg}") from None
    if not isinstance(data, dict):
        raise InvalidFieldError(
            "text", data, f"{where}: a record must be a JSON object, not {type(data).__name__}"
        )
    return as_record(data, where)


def _metadata_byline(author: str) -> Byline:
    parsed = parse_byline(author if author.lower().startswith("by ") else f"By {author}")
    if parsed is not None and (parsed.authors or parsed.agency):
        return Byline(parsed.authors, parsed.agency, author)
    return Byline((fold_whitespace(author),), None, author)


def parse_record(record: StoryRecord, *, published: PublishedLike = None) -> Story:
    """Parse a record's text into a :class:`~accordlib.Story`.

    The record's ``published`` date wins over ``published``; its ``title`` and
    ``author`` (a web page's metadata) become the story's headline and byline when the
    text has none of its own.

    >>> story = parse_record(StoryRecord("Talks resumed on Sunday.", title="Talks resume", author="Jane Roe"))
    >>> story.headline, story.byline.authors
    ('Talks resume', ('Jane Roe',))
    """
    when = record.published if record.published is not None else coerce_published(published)
    story = parse_story(record.text, published=when)
    headline, byline = story.headline, story.byline
    if headline is None and record.title and record.title.strip():
        headline = fold_whitespace(record.title)
    if byline is None and record.author and record.author.strip():
        byline = _metadata_byline(record.author)
    if headline is story.headline and byline is story.byline:
        return story
    return attrs.evolve(story, headline=headline, byline=byline)


def story_date(story: Story) -> dt.date | None:
    """The date a story is dated by: :attr:`Story.date <accordlib.Story.date>`.

    A dateline that prints its own day ("JERUSALEM, Jan 21 (Reuters) -") dates the
    story even when a batch-wide publication date says otherwise; ``None`` when the
    story gives no date at all.

    >>> story_date(parse_story("JERUSALEM, Jan 21 (Reuters) - Talks.", published="2026-03-03"))
    datetime.date(2026, 1, 21)
    """
    return story.date


def record_events(
    item: Story | StoryRecord, *, published: PublishedLike = None
) -> list[DiplomaticEvent]:
    """The events of a story (or of a record, parsed first), dated by the story's own date.

    Relative dates ("on Sunday") are resolved against :func:`story_date` — a dateline
    that prints its day wins over ``published`` — and against ``published`` only when
    the story gives no date of its own.

    >>> [(e.kind.name, e.date) for e in record_events(
    ...     StoryRecord("CAIRO, Jan 21 (Reuters) - Egypt and Jordan signed a water deal on Sunday."),
    ...     published="2026-03-03",
    ... )]
    [('SIGN_AGREEMENT', datetime.date(2026, 1, 18))]
    """
    story = item if isinstance(item, Story) else parse_record(item, published=published)
    when = story_date(story)
    return extract_events(story, published=when if when is not None else published)
