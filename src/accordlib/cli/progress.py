"""A progress bar on standard error: tqdm's when installed, else a one-line counter."""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from typing import IO, Any

from accordlib.cli.options import PROGRESS_MIN_FILES

__all__ = ["NoProgress", "Progress", "isatty", "wants_progress"]

#: Width of the plain counter's bar, in characters.
_BAR_WIDTH = 24


class Progress:
    """A progress bar on standard error: tqdm when installed, else a one-line counter."""

    def __init__(self, total: int, description: str, stream: IO[str]) -> None:
        self._stream = stream
        self._total = total
        self._done = 0
        self._description = description
        self._bar: Any = None
        try:
            tqdm = importlib.import_module("tqdm")  # the optional extra "progress"
        except ImportError:
            self._draw()
        else:
            tqdm.tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
            self._bar = tqdm.tqdm(
                total=total, desc=description, unit="file", file=stream, leave=False
            )

    def _draw(self) -> None:
        filled = _BAR_WIDTH * self._done // max(self._total, 1)
        bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
        self._stream.write(f"\r{self._description} [{bar}] {self._done}/{self._total} files")
        self._stream.flush()

    def update(self) -> None:
        self._done += 1
        if self._bar is not None:
            self._bar.update(1)
        elif self._done == self._total or self._done % max(self._total // 100, 1) == 0:
            self._draw()

    def write(self, message: str) -> None:
        """Print a message above the bar."""
        if self._bar is not None:
            self._bar.write(message, file=self._stream)
            return
        self._clear()
        self._stream.write(message + "\n")
        self._draw()

    def _clear(self) -> None:
        self._stream.write("\r" + " " * (len(self._description) + 50) + "\r")

    @contextlib.contextmanager
    def hidden(self) -> Iterator[None]:
        """Take the bar off the terminal while standard output writes to the same one."""
        if self._bar is not None:
            self._bar.clear()
        else:
            self._clear()
        self._stream.flush()
        try:
            yield
        finally:
            if self._bar is not None:
                self._bar.refresh()
            else:
                self._draw()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        else:
            self._clear()
        self._stream.flush()


class NoProgress:
    """No bar: messages go straight to the stream."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def update(self) -> None:
        return None

    def hidden(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()

    def write(self, message: str) -> None:
        self._stream.write(message + "\n")
        self._stream.flush()

    def close(self) -> None:
        return None


def isatty(stream: IO[str]) -> bool:
    """Whether ``stream`` is a terminal (``False`` for closed or unusual streams)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def wants_progress(count: int, enabled: bool, stream: IO[str]) -> bool:
    """A bar for more than a handful of inputs, on a terminal, unless turned off."""
    return enabled and count > PROGRESS_MIN_FILES and isatty(stream)
