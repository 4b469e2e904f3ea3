"""Batch processing: many stories at once, streamed in input order, across processes.

:func:`parse_stories` and :func:`extract_events_many` are the corpus-sized
versions of :func:`~accordlib.parse_story` and :func:`~accordlib.extract_events`.
They take any iterable (a list, a generator over files, a database cursor),
return an iterator, and yield one result per input **in input order**, whatever
the number of worker processes. Memory stays bounded: only a small window of
chunks is in flight at any time, so a corpus larger than memory streams through.

With ``jobs=1`` (the default) everything runs in the calling process. With
``jobs=N`` the work is spread over ``N`` processes of a
:class:`concurrent.futures.ProcessPoolExecutor` in chunks of ``chunksize``
inputs; results are plain frozen attrs objects that pickle cleanly. Pass your own
``executor`` to reuse one pool across calls (it is then left running).

Arguments are checked in the calling process before any work is sent out: a
non-``str`` input raises :class:`TypeError` at its position in the stream (the
results before it are yielded first), and a bad ``published`` raises
:class:`ValueError` as soon as the function is called.
"""

from __future__ import annotations

import collections
import functools
import os
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sized
from typing import TYPE_CHECKING, TypeVar

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib._util.text import require_str
from accordlib.errors import InputTypeError
from accordlib.records import StoryRecord, as_record, parse_record, record_events
from accordlib.wire.model import Story
from accordlib.wire.story import parse_story

if TYPE_CHECKING:
    import concurrent.futures as cf
    import datetime as dt

    from accordlib.events.model import DiplomaticEvent

__all__ = [
    "DEFAULT_CHUNKSIZE",
    "StoryInput",
    "extract_events_many",
    "imap_ordered",
    "parse_stories",
]

#: Inputs sent to a worker process at a time: large enough to amortise the cost of
#: pickling, small enough to keep every worker busy on a few hundred stories.
DEFAULT_CHUNKSIZE = 16

Item = TypeVar("Item")
Result = TypeVar("Result")


def resolve_jobs(jobs: int) -> int:
    """Check a ``jobs`` argument and return the number of processes it means.

    ``0`` means one process per CPU; a negative number or a non-integer is an error.
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        kind = type(jobs)
        raise InputTypeError(f"jobs must be int, not {kind.__name__}", kind)
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
    return jobs or os.cpu_count() or 1


def _check_chunksize(chunksize: int) -> int:
    if isinstance(chunksize, bool) or not isinstance(chunksize, int):
        kind = type(chunksize)
        raise InputTypeError(f"chunksize must be int, not {kind.__name__}", kind)
    if chunksize < 1:
        raise ValueError(f"chunksize must be 1 or more, not {chunksize}")
    return chunksize


def _ignore_sigint() -> None:
    """Worker initializer: Ctrl-C is the parent's to handle, workers stay quiet."""
    import signal  # noqa: PLC0415 - only in worker processes

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _apply_chunk(func: Callable[[Item], Result], chunk: list[Item]) -> list[Result]:
    return [func(item) for item in chunk]


def _chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Group ``items`` into lists of ``size``; if the source raises, the partial chunk
    before the failing item is yielded first and the error is raised after it."""
    chunk: list[Item] = []
    try:
        for item in items:
            chunk.append(item)
            if len(chunk) == size:
                yield chunk
                chunk = []
    except Exception:
        if chunk:
            yield chunk
        raise
    if chunk:
        yield chunk


def imap_ordered(
    func: Callable[[Item], Result],
    items: Iterable[Item],
    *,
    jobs: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    executor: cf.Executor | None = None,
    warmup: Callable[[], object] | None = None,
) -> Generator[Result, None, None]:
    """Yield ``func(item)`` for every item, in input order, using ``jobs`` processes.

    The engine under :func:`~accordlib.parse_stories`, :func:`~accordlib.extract_events_many` and the
    command line. ``func`` must be picklable (a module-level function or a
    :func:`functools.partial` of one) when work goes to other processes. At most
    ``2 * jobs`` chunks are in flight, so memory stays bounded on endless inputs.
    Closing the returned generator early (or leaving a ``for`` loop over it) shuts
    down the pool it started.
    An exception raised while pulling from ``items`` is re-raised after every
    result before it has been yielded. ``warmup`` is called once in this process
    before a pool is *forked*, so that the workers are born with lazy tables
    already loaded instead of each loading them again (it is not called otherwise).

    >>> list(imap_ordered(str.upper, ["a", "b", "c"]))
    ['A', 'B', 'C']
    """
    jobs = resolve_jobs(jobs)
    chunksize = _check_chunksize(chunksize)
    one_chunk = isinstance(items, Sized) and len(items) <= chunksize
    if executor is None and (jobs == 1 or one_chunk):  # a pool would only cost start-up
        return _imap_local(func, items)
    return _imap_pool(
        func, items, jobs=jobs, chunksize=chunksize, executor=executor, warmup=warmup
    )


def _imap_local(
    func: Callable[[Item], Result], items: Iterable[Item]
) -> Generator[Result, None, None]:
    for item in items:
        yield func(item)


def _imap_pool(
    func: Callable[[Item], Result],
    items: Iterable[Item],
    *,
    jobs: int,
    chunksize: int,
    executor: cf.Executor | None,
    warmup: Callable[[], object] | None = None,
) -> Generator[Result, None, None]:
    # Imported here: together they cost ~20 ms, too much for `import accordlib`.
    import concurrent.futures as cf  # noqa: PLC0415
    import multiprocessing  # noqa: PLC0415

    if executor is None and warmup is not None and multiprocessing.get_start_method() == "fork":
        warmup()
    chunks = _chunked(items, chunksize)
    pool = executor or cf.ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)
    window = 2 * jobs
    pending: collections.deque[cf.Future[list[Result]]] = collections.deque()
    failure: Exception | None = None

    def fill() -> None:
        nonlocal failure
        while failure is None and len(pending) < window:
            try:
                chunk = next(chunks)
            except StopIteration:
                return
            except Exception as exc:  # raised by the caller's iterable: re-raised in order
                failure = exc
                return
            pending.append(pool.submit(_apply_chunk, func, chunk))

    try:
        fill()
        while pending:
            results = pending.popleft().result()
            fill()
            yield from results
        if failure is not None:
            raise failure
    finally:
        if executor is None:
            pool.shutdown(wait=True, cancel_futures=True)


# --- stories -------------------------------------------------------------------------------

#: What the batch functions take for one story: a text, a record, or a mapping with the
#: keys of a record (a parsed JSON line, see :func:`~accordlib.records.as_record`).
StoryInput = str | StoryRecord | Mapping[str, object]


def _parse_one(published: dt.date | None, item: StoryRecord | str) -> Story:
    if isinstance(item, str):
        return parse_story(item, published=published)
    return parse_record(item, published=published)


def _extract_one(
    published: dt.date | None, item: Story | StoryRecord | str
) -> list[DiplomaticEvent]:
    # Each story is dated by its own best evidence (a dated dateline, its record's date),
    # the batch-wide date only when it has none.
    return record_events(StoryRecord(item) if isinstance(item, str) else item, published=published)


#: A short story that touches the parser's and the extractor's tables.
WARMUP_TEXT = (
    "Talks resume\n\nDOHA, March 3 (Reuters) - Qatar's Prime Minister met U.S. Secretary "
    "of State Marco Rubio in Doha on Monday and Israel agreed to join talks with Egypt."
)


def _require_iterable(value: object, what: str) -> None:
    """A corpus must be an iterable of items; one story on its own is a mistake."""
    kind = type(value)
    if isinstance(value, (str, bytes, bytearray, memoryview, StoryRecord, Story, Mapping)):
        raise InputTypeError(
            f"{what} must be an iterable of stories, not a single {kind.__name__}; "
            "wrap one story in a list",
            kind,
        )
    try:
        iter(value)  # type: ignore[call-overload]  # any object may come in: checked here
    except TypeError:
        raise InputTypeError(
            f"{what} must be an iterable of stories, not {kind.__name__}", kind
        ) from None


def _checked_inputs(items: Iterable[object]) -> Iterator[StoryRecord | str]:
    for item in items:  # any object may come in: checked here
        if isinstance(item, str | StoryRecord):
            yield item
        elif isinstance(item, Mapping):
            yield as_record(item, "each record")
        elif isinstance(item, bytes | bytearray | memoryview):
            yield require_str(item, "each text")  # raises, saying to decode first
        else:
            kind = type(item)
            raise InputTypeError(
                f"each item must be str, StoryRecord or a mapping, not {kind.__name__}", kind
            )


def _checked_stories(items: Iterable[object]) -> Iterator[Story | StoryRecord | str]:
    for item in items:
        if isinstance(item, Story):
            yield item
        else:
            yield from _checked_inputs((item,))


def parse_stories(
    texts: Iterable[StoryInput],
    *,
    published: PublishedLike = None,
    jobs: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    executor: cf.Executor | None = None,
) -> Iterator[Story]:
    """Parse many stories; yield one :class:`~accordlib.Story` per input, in input order.

    Inputs are texts, :class:`~accordlib.StoryRecord` objects or mappings with a
    record's keys (``text``, and optionally ``id``, ``published``, ``url``: a parsed
    JSON line), mixed freely. ``published`` applies to every input that has no date
    of its own (a record's ``published`` wins, as in
    :func:`~accordlib.records.parse_record`).
    ``jobs`` is the number of processes (``0``: one per CPU; ``1``: in this
    process), ``chunksize`` the number of texts sent to a process at a time,
    ``executor`` an optional pool of your own to reuse. The result is the same,
    story for story, whatever ``jobs`` is.

    >>> texts = ["Talks resume\\n\\nDOHA (AP) — Talks resumed on Sunday.", "No dateline here."]
    >>> [story.agency for story in parse_stories(texts)]
    ['Associated Press', None]
    >>> feed = [{"id": "r1", "text": "CAIRO, Jan 21 (Reuters) - Talks.", "published": "2026-01-21"}]
    >>> [story.dateline.date for story in parse_stories(feed, published="2026-03-03")]
    [datetime.date(2026, 1, 21)]
    """
    _require_iterable(texts, "texts")
    when = coerce_published(published)
    work = functools.partial(_parse_one, when)
    return imap_ordered(
        work,
        _checked_inputs(texts),
        jobs=jobs,
        chunksize=chunksize,
        executor=executor,
        warmup=functools.partial(work, WARMUP_TEXT),
    )


def extract_events_many(
    stories: Iterable[Story | StoryInput],
    *,
    published: PublishedLike = None,
    jobs: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    executor: cf.Executor | None = None,
) -> Iterator[list[DiplomaticEvent]]:
    """Extract events from many stories; yield one list of events per input, in order.

    Inputs are :class:`~accordlib.Story` objects, texts, :class:`~accordlib.StoryRecord`
    objects or record mappings, mixed freely; the options mean what they mean for
    :func:`parse_stories`. Each story's dates ("on Sunday", "last week") are resolved
    against the story's own date (:func:`~accordlib.records.story_date`: a dateline
    that prints its day, else the record's or the batch's ``published``). A story with
    no event yields an empty list, so results stay aligned with the inputs.

    >>> texts = ["JERUSALEM, Jan 21 (Reuters) - Israel and Egypt signed a water deal on Sunday."]
    >>> [[(e.kind.name, e.date) for e in events] for events in extract_events_many(texts, published="2026-03-03")]
    [[('SIGN_AGREEMENT', datetime.date(2026, 1, 18))]]
    """
    _require_iterable(stories, "stories")
    when = coerce_published(published)
    work = functools.partial(_extract_one, when)
    return imap_ordered(
        work,
        _checked_stories(stories),
        jobs=jobs,
        chunksize=chunksize,
        executor=executor,
        warmup=functools.partial(work, WARMUP_TEXT),
    )
