"""Sentence splitting for wire prose, with offsets.

:func:`split_sentences` cuts a text into sentences and returns ``(start, end)``
offsets into it, so that every event can point at its evidence. It knows the
habits of wire copy:

* abbreviations do not end sentences: "U.S. President", "Gen. Smith",
  "on Nov. 6", "Sen. Jones", "J. Doe", "Inc." before a lower-case word;
* a full stop inside a quotation does not end the sentence around it, so that
  ``“We agreed. We signed,” she said.`` stays one sentence with its speaker
  (a quotation left open at the end of its paragraph is ignored);
* a blank line, an indented line and a line ending with a full stop end a
  paragraph; other single line breaks are hard wrapping (1980s Reuters copy);
* a dateline ("WASHINGTON, March 9 -", "(CNN) —") at the start of a paragraph is
  not part of its first sentence.

It is a single pass over the text with bounded look-around, so its cost is
linear in the length of the input.
"""

from __future__ import annotations

import regex

from accordlib._util.lazy import lazy_regex

__all__ = ["dateline_end", "split_sentences"]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (word lists read better as prose)."""
    return frozenset(text.split())


#: Words that are followed by a full stop without ending a sentence (lower case, no dot).
_ABBREVIATIONS = _words(
    """
    mr mrs ms dr prof gen sen rep gov lt col maj capt cmdr adm sgt cpl pvt brig
    st jr sr rev amb pres supt insp det hon fr msgr sec dept atty
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol pp fig approx est etc vs al cf
    mt ft ave blvd rd
    u.s u.n u.k e.u u.s.a d.c p.m a.m s.a r.i.p
    """
)

#: Abbreviations that often end a sentence too ("... the U.S. The talks ...").
_MAY_END = frozenset(
    {"u.s", "u.k", "u.n", "e.u", "inc", "corp", "ltd", "co", "d.c", "etc", "p.m", "a.m"}
)

#: Words that start a new sentence after an ambiguous abbreviation.
_SENTENCE_STARTERS = _words(
    """
    The A An It He She They We I This That These Those But And In On At For
    Its His Her Their Our There Here When While After Before As If However
    Meanwhile Earlier Later Last Next Officials Both Neither
    """
)


#: A candidate sentence end: terminal punctuation, closing quotes/brackets, then space.
_CANDIDATE = lazy_regex(
    r"""
    (?P<term>[.!?\u2026]{1,4}+)            # . ! ? … (bounded run)
    (?P<close>["\u201d\u2019')\]]{0,3}+)   # closing quotes or brackets
    (?P<space>\s{1,50}+)                   # whitespace (bounded)
    (?=["\u201c\u2018'(\[]?+[\p{Lu}\d])    # the next sentence starts upper-case or with a digit
    """,
    regex.VERBOSE,
)

#: A paragraph break: a blank line, or a line break followed by indentation.
_PARAGRAPH_BREAK = lazy_regex(
    r"""
    \n[ \t\r\f\v]{0,200}+\n\s{0,200}+   # a blank line (and any further blank lines)
    | \n[ \t]{1,200}+                   # an indented line (1980s Reuters paragraphs)
    """,
    regex.VERBOSE,
)

#: The word before a full stop (letters, dots and apostrophes, bounded).
_WORD_BEFORE = lazy_regex(r"[\p{L}.'\u2019]{1,20}+\Z")
#: The first word of a dateline's place; the letters of the word after a full stop.
_PLACE_WORD = lazy_regex(r"[\p{L}.'/-]++")
_LETTERS = lazy_regex(r"[\p{L}]++")
#: Dotted initialisms have parts of one or two letters ("U.A.E.", "D.P.R.K.").
_INITIALISM_PART = 2
#: A line shorter than this before a capitalised one is a headline or a label.
_SHORT_LINE = 50


#: A dateline at the start of a paragraph.
_DATELINE = lazy_regex(
    r"""
    \A\s{0,20}+
    (?:
        \(\s{0,3}+[A-Z][A-Za-z]{1,15}+\s{0,3}+\)                  # (CNN) — / ( AFP ) -
      | \p{Lu}[\p{Lu}\p{M}'.]{0,20}+(?:[ /-]\p{Lu}[\p{Lu}\p{M}'.]{0,20}+){0,4}+  # PLACE
        (?: [,.]\s{0,3}+[A-Za-z]{3,9}+\.?+\s{1,3}+\d{1,2}+(?:,\s{0,3}+\d{4})?+   # , March 9
          | ,\s{0,3}+\p{Lu}[\p{L}.]{1,20}+(?:\s\p{Lu}[\p{L}.]{1,20}+)?+         # , Region
            (?:,\s{0,3}+[A-Za-z]{3,9}+\.?+\s{1,3}+\d{1,2}+(?:,\s{0,3}+\d{4})?+)?+
        )?+
        \.?+
        (?:\s{0,3}+\(\s{0,3}+[A-Za-z][A-Za-z ]{1,25}+\)            # (Reuters) / (AP)
          | \s{0,3}+/[A-Z]{2,10}+/\.?+ )?+                          # /TASS/.
    )
    \s{0,5}+(?:--|[-\u2013\u2014\u2015])\s{0,5}+                     # the dash
    """,
    regex.VERBOSE,
)

#: A TASS dateline: "MOSCOW, May 8. /TASS/.".
_TASS = lazy_regex(
    r"\A\s{0,20}+[\p{Lu}][\p{Lu} .'-]{1,40}+,\s{0,3}+[A-Z][a-z]{2,8}+\.?+\s\d{1,2}+\.\s{0,3}+/[A-Z]{2,10}+/\.\s{0,5}+"
)


def dateline_end(paragraph: str) -> int:
    """Return where the text after a leading dateline begins (0 when there is none).

    >>> dateline_end("WASHINGTON, March 9 - Secretary of State George Shultz will travel")
    22
    >>> dateline_end("(CNN) — Kazakhstan is joining")
    8
    >>> dateline_end("Israel said on Monday - for the first time - that")
    0
    """
    head = paragraph[:160]
    match = _TASS.match(head) or _DATELINE.match(head)
    if match is None:
        return 0
    # An ordinary sentence with a dash ("Israel said on Monday - ...") is not a dateline:
    # the place must be upper case, or a bracketed agency, or carry a month and day.
    raw = match.group()
    place = raw.lstrip()
    if place.startswith("("):
        return match.end()
    first_word = _PLACE_WORD.match(place)
    assert first_word is not None  # both patterns put a capital letter or "(" first
    word = first_word.group()
    if word.isupper() and len(word) > 1:
        return match.end()
    return 0


def _ends_sentence(text: str, match: regex.Match[str]) -> bool:
    """Decide whether a candidate boundary really ends a sentence."""
    if match["term"] != "." or match["close"]:
        return True
    before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
    if before is None:
        return True
    word = before.group().lower().rstrip(".")
    if not word:
        return True
    after = text[match.end() : match.end() + 30]
    next_word = _LETTERS.match(after.lstrip("\"\u201c\u2018'(["))
    following = next_word.group() if next_word else ""
    if len(word) == 1 and word.isalpha():  # an initial: "J. Doe", "George W. Bush"
        return False
    if word in _MAY_END:
        return following in _SENTENCE_STARTERS
    if word in _ABBREVIATIONS:
        return False
    # Dotted initialisms not in the table ("U.A.E.", "D.P.R.K.") behave like "U.S.".
    if "." in word and all(len(part) <= _INITIALISM_PART for part in word.split(".")):
        return following in _SENTENCE_STARTERS
    return True


def _curly_balance(text: str) -> int:
    """Opening minus closing curly double quotation marks."""
    return text.count("\u201c") - text.count("\u201d")


def _split_paragraph(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Split ``text[start:end]`` (one paragraph) and append trimmed spans to ``out``."""
    start += dateline_end(text[start:end])
    paragraph = text[start:end]
    # A quotation left open at the end of its paragraph (it goes on in the next one)
    # cannot tell us where sentences end: ignore quotation marks then.
    balanced = _curly_balance(paragraph) == 0 and paragraph.count('"') % 2 == 0
    cursor = start
    counted = start
    curly = 0
    straight = 0
    for match in _CANDIDATE.finditer(text, start, end):
        if balanced:
            upto = match.start("space")
            chunk = text[counted:upto]
            curly += _curly_balance(chunk)
            straight += chunk.count('"')
            counted = upto
            if curly > 0 or straight % 2 == 1:
                continue
        if not _ends_sentence(text, match):
            continue
        _append(text, cursor, match.start("space"), out)
        cursor = match.end()
    _append(text, cursor, end, out)


def _append(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def _line_breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets of single line breaks that end a paragraph (after terminal punctuation)."""
    breaks = []
    position = text.find("\n", start, end)
    while position != -1:
        back = position
        while back > start and text[back - 1] in " \t\r":
            back -= 1
        tail = text[max(start, back - 4) : back].rstrip("\"\u201d\u2019')]")
        if (
            tail.endswith((".", "!", "?", "\u2026", ":"))
            or back == start
            or dateline_end(text[position + 1 : min(end, position + 161)])
            or _is_short_line(text, start, position)
        ):
            breaks.append(position)
        position = text.find("\n", position + 1, end)
    return breaks


def _is_short_line(text: str, start: int, position: int) -> bool:
    """A short line before a capitalised one is a headline or a label, not hard wrapping.

    The line is measured from its real start, also when the region begins inside it (a
    paragraph's first line holds its dateline: "WASHINGTON, March 3 - Syria has told
    the" is a long line), and a line that ends with a function word ("to the") is
    wrapped prose whatever its length.
    """
    line_start = text.rfind("\n", 0, position) + 1
    line = text[line_start:position].strip()
    following = text[position + 1 : position + 3].lstrip()
    if not 0 < len(line) < _SHORT_LINE or line.endswith(",") or not following[:1].isupper():
        return False
    last = line[line.rfind(" ") + 1 :]
    return last not in _WRAPPING_WORDS


#: Words a headline or a label never ends with: a line ending with one runs on.
_WRAPPING_WORDS = frozenset(
    "the a an of to in on at by for from with and or but that as into than its their his her".split()  # noqa: SIM905 - a word list reads best as text
)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences; return their ``(start, end)`` offsets.

    Offsets are into ``text`` and exclude surrounding whitespace; nothing but
    whitespace (and a leading dateline) falls between consecutive sentences.

    >>> text = "U.S. Secretary of State Marco Rubio met Gen. Smith on Nov. 6. They talked."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['U.S. Secretary of State Marco Rubio met Gen. Smith on Nov. 6.', 'They talked.']
    >>> text = '“We agreed. We will sign,” the minister said. Talks resume Monday.'
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['“We agreed. We will sign,” the minister said.', 'Talks resume Monday.']
    """
    if end is None:
        end = len(text)
    start = max(0, start)
    end = min(len(text), end)
    spans: list[tuple[int, int]] = []
    cuts = [start]
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        cuts.append(match.start())
        cuts.append(match.end())
    cuts.append(end)
    for index in range(0, len(cuts), 2):
        para_start, para_end = cuts[index], cuts[index + 1]
        line_start = para_start
        for position in _line_breaks(text, para_start, para_end):
            _split_paragraph(text, line_start, position, spans)
            line_start = position + 1
        _split_paragraph(text, line_start, para_end, spans)
    return spans
