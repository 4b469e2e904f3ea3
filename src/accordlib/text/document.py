"""The annotated document: a story's text, its sentences and tokens, and what finders
found in it, each found once.

Extraction reads a story sentence by sentence, and each sentence needs its tokens, the
parties named in it and its time expressions. Running the finders on every sentence
would read the text many times over, so a :class:`Document` runs each finder once over
the whole text and hands a sentence its share (:meth:`Layer.within`, two binary
searches); a sentence is tokenised on demand, by its reader. Every span keeps its
offsets into the original text.

This module sits below the country and official scanners in the import graph, so their
finders are passed in by the layer that uses them::

    doc = Document(text, regions)            # sentences of the given regions
    officials = doc.layer(find_officials)    # find_officials(text), run once per document
    for sentence in doc.sentences:
        mentions = officials.within(sentence.start, sentence.end)
        tokens = sentence.tokenize()         # by the sentence's one reader

A finder is any function of the text that returns spans (objects with ``start`` and
``end`` offsets) in text order: :func:`~accordlib.find_countries`,
:func:`~accordlib.find_officials`, :func:`~accordlib.text.timex.find_timexes`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, Protocol, TypeVar, cast

from accordlib.text.sentences import split_sentences
from accordlib.text.timex import Timex, find_timexes
from accordlib.text.tokens import Tokens, tokenize

__all__ = ["Document", "Layer", "Sentence", "Spanned"]


class Spanned(Protocol):
    """Anything found in a text, with offsets into it."""

    @property
    def start(self) -> int: ...  # pragma: no cover - a protocol

    @property
    def end(self) -> int: ...  # pragma: no cover - a protocol


S = TypeVar("S", bound=Spanned)


class Layer(Generic[S]):
    """What one finder found in a document, in text order, handed out by region."""

    __slots__ = ("_starts", "items")

    def __init__(self, items: Sequence[S]) -> None:
        self.items = items
        self._starts = [item.start for item in items]

    def within(self, start: int, end: int) -> list[S]:
        """The items that lie wholly inside ``start..end``."""
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end, lo=low)
        return [item for item in self.items[low:high] if item.end <= end]


class Sentence:
    """One sentence of a document: offsets into the document's text, tokens on demand."""

    __slots__ = ("end", "index", "source", "start")

    def __init__(self, source: str, start: int, end: int, index: int) -> None:
        self.source = source
        self.start = start
        self.end = end
        self.index = index

    @property
    def text(self) -> str:
        """The sentence as printed."""
        return self.source[self.start : self.end]

    def tokenize(self) -> Tokens:
        """The sentence's tokens, with offsets into the document's text.

        Not kept by the sentence: its reader keeps them as long as it needs them."""
        return Tokens(tokenize(self.source[self.start : self.end], self.start))


class Document:
    """A text with its sentences and the layers its finders found (see the module doc).

    ``regions`` are the ``(start, end)`` stretches of the text that hold prose (a story's
    body paragraphs); the whole text when omitted. Sentences are split within each region.
    """

    __slots__ = ("_layers", "sentences", "text")

    def __init__(self, text: str, regions: Iterable[tuple[int, int]] | None = None) -> None:
        self.text = text
        if regions is None:
            regions = ((0, len(text)),)
        spans = [span for start, end in regions for span in split_sentences(text, start, end)]
        self.sentences = tuple(
            Sentence(text, start, end, index) for index, (start, end) in enumerate(spans)
        )
        self._layers: dict[Callable[[str], Sequence[Any]], Layer[Any]] = {}

    def layer(self, finder: Callable[[str], Sequence[S]]) -> Layer[S]:
        """What ``finder`` finds in the whole text: run on first request, once."""
        found = self._layers.get(finder)
        if found is None:
            found = self._layers[finder] = Layer(finder(self.text))
        return cast("Layer[S]", found)

    @property
    def timexes(self) -> Layer[Timex]:
        """The text's time expressions (:func:`~accordlib.text.timex.find_timexes`)."""
        return self.layer(find_timexes)
