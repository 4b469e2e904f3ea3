"""Stories from saved web pages: the article is extracted with trafilatura (the ``html`` extra).

A scraped page is mostly not the story: menus, links, footers and scripts surround
a few paragraphs of article text. :func:`extract_article` hands the page to
`trafilatura <https://trafilatura.readthedocs.io/>`_, the standard tool for this,
and returns a :class:`~accordlib.StoryRecord` with the article's text (paragraphs
separated by blank lines), its title, author and date and the page's address;
:func:`~accordlib.records.parse_record` (and every batch function and command that
takes records) turns it into a :class:`~accordlib.Story` whose offsets index that
extracted text. Nothing is fetched: the page is parsed as given, offline.

trafilatura is not a dependency of accordlib; install the extra with
``pip install 'accordlib[html]'``. Without it, :func:`extract_article` raises
:class:`ModuleNotFoundError` with a one-line message naming the extra.
:func:`looks_like_html` needs nothing.
"""

from __future__ import annotations

import datetime as dt

import regex

from accordlib._util.lazy import lazy_regex
from accordlib._util.text import require_str
from accordlib.errors import AccordError
from accordlib.integrations.extras import require
from accordlib.records import StoryRecord

__all__ = ["NoArticleError", "extract_article", "looks_like_html"]

#: How far into a text :func:`looks_like_html` looks for markup.
_SNIFF = 4096

_MARKUP = lazy_regex(
    r"""
    \A[\s\ufeff]*+<(?:!doctype\s++html|html|head|body|meta|!--|\?xml)\b  # starts as a page does
    | <(?:html|head|body)(?:\s[^<>]{0,500}+)?+>                         # or has a page's tags
    | <(?:p|div|article)(?:\s[^<>]{0,500}+)?+>[^<>]{0,2000}+</(?:p|div|article)>  # paired blocks
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)


class NoArticleError(AccordError, ValueError):
    """A web page holds no article text that could be extracted. ``url`` is the page's address."""

    def __init__(self, message: str, url: str | None) -> None:
        super().__init__(message)
        self.url = url


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML markup rather than a plain-text story.

    A text is HTML when it starts as a page does (``<!DOCTYPE html>``, ``<html>``,
    ``<head>``, ...) or, near its start, holds page tags or paired paragraph tags.
    Angle brackets in prose ("a <b> grade", "x < y") are not markup.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Talks.</p></body></html>")
    True
    >>> looks_like_html("CAIRO (AP) — Egypt said talks <resumed> on Sunday, 3 < 4.")
    False
    """
    require_str(text, "text")
    head = text[:_SNIFF]
    return "<" in head and _MARKUP.search(head) is not None


def _paragraphs(text: str) -> str:
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_article(markup: str, *, url: str | None = None) -> StoryRecord:
    """Extract the article from an HTML page and return it as a :class:`~accordlib.StoryRecord`.

    The record's text is the article's text, one paragraph per block of the page,
    separated by blank lines; ``title``, ``author`` and ``published`` come from the
    page's metadata when it has them; ``url`` is the address given (or found in the
    page). Raises :class:`NoArticleError` when the page holds no article text and
    :class:`ModuleNotFoundError` (naming the ``html`` extra) without trafilatura.

    >>> page = (
    ...     "<html><head><title>Talks in Doha</title>"
    ...     '<meta name="author" content="Jane Roe">'
    ...     '<meta property="article:published_time" content="2026-03-02"></head>'
    ...     "<body><nav><a href='/'>Home</a></nav><article><h1>Talks in Doha</h1>"
    ...     "<p>DOHA, March 2 (Reuters) - Qatar's emir met the Turkish president on Monday.</p>"
    ...     "<p>The two leaders signed a trade agreement, officials said.</p></article></body></html>"
    ... )
    >>> record = extract_article(page, url="https://news.example/doha")
    >>> record.title, record.author, record.published
    ('Talks in Doha', 'Jane Roe', datetime.date(2026, 3, 2))
    """
    require_str(markup, "markup")
    trafilatura = require("trafilatura", "html", "reading web pages")
    document = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        # The page's own date only: the extensive search would turn a copyright year into
        # 1 January of that year, which is no publication date.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = _paragraphs(getattr(document, "text", None) or "") if document is not None else ""
    if not text:
        where = f" at {url}" if url else ""
        raise NoArticleError(f"no article text found in the page{where}", url)
    return StoryRecord(
        text,
        published=_date(getattr(document, "date", None)),
        url=url or getattr(document, "url", None) or None,
        title=getattr(document, "title", None) or None,
        author=getattr(document, "author", None) or None,
    )
