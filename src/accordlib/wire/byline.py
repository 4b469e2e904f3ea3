"""Bylines: "By MATTHEW LEE and JOSEF FEDERMAN Associated Press" -> people and an agency.

Bylines as news sites print them hold more than names: "PTI | Istanbul | Updated:
29-03-2022 18:49 IST", "Source: Xinhua | 2018-08-21 14:28:58 | Editor: Li Wei",
"Kazakhstan, Astana / Trend". The parser tokenises them in steps:

1. a credit line ("Reporting by X; Editing by Y") is read as credits
   (:mod:`accordlib.wire.credits`), whose people are the byline's;
2. glued words are parted ("XinhuaUpdated:", "Colin ZwirkoColin ZwirkoMarch 7, 2023");
3. dates, times, read-time notes and the stamps that label them ("Updated:", "Posted
   on") are taken out, and brackets are opened;
4. the text is cut into segments at strong separators (" | ", spaced dashes, bullets,
   line breaks) -- steps 2 to 4 are :mod:`accordlib.wire.byline_segments`;
5. a segment may start with a label that says what follows (:mod:`accordlib.wire.byline_labels`):
   a source ("Source:", "Kaynak:"), people ("By", "Editor:", "Articles written by") or an
   outlet ("Published in", "Copyright 2013", "Based on reporting by");
6. what follows is a list (:mod:`accordlib.wire.names`): people, agencies, outlets,
   places, desks and sections, each read by what it is.
"""

from __future__ import annotations

import regex

from accordlib._util.lazy import lazy_regex
from accordlib._util.memo import memoized
from accordlib._util.text import BLANKS, require_str
from accordlib.wire.agencies import agency_last_words, canonical_agency
from accordlib.wire.byline_labels import (
    AGGREGATOR,
    LABEL,
    PHOTO_QUALIFIERS,
    PHOTO_WORDS,
    TABLE_LEADS,
)
from accordlib.wire.byline_segments import segments as cut_segments
from accordlib.wire.byline_words import (
    LEAD_WORDS,
    LOWER_CODES,
    NOT_PLAIN,
    ROLE_WORDS,
    SECTIONS,
    is_section,
)
from accordlib.wire.credits import parse_credits
from accordlib.wire.model import Byline, Credit, CreditRole
from accordlib.wire.name_case import name_case
from accordlib.wire.name_pieces import PLAIN_WORDS, plain_name
from accordlib.wire.names import (
    EMAIL,
    LEAD,
    Mode,
    Reading,
    possessive_desk,
    read_people,
)
from accordlib.wire.outlet_words import outlet_worded
from accordlib.wire.outlets import is_place
from accordlib.wire.places import demonym_title

__all__ = ["name_case", "parse_byline"]

#: Longest byline looked at; anything longer is not a byline.
_MAX = 400
#: A segment this long with no separator is a headline printed beside the byline.
_HEADLINE_WORDS = 7
_ODD_BLANKS = frozenset("\ufeff\u200b")
#: The words before an inner lead ("This Day By Ana Ruiz") name an outlet when this few.
_OUTLET_BEFORE_LEAD_WORDS = 4
#: How many capitals an outlet's code printed alone has ("RNZ", "KUNA", "MONTSAME").
_CODE_LETTERS = (2, 8)
#: What the list after a label is read as, by the label's kind (see byline_labels).
_MODES = {"source": Mode.OUTLETS, "outlets": Mode.OUTLETS, "persons": Mode.PERSONS}
#: Most words of a part between colons read as a name or an outlet ("Sierra Leone Telegraph").
_COLON_PART_WORDS = 4
#: How many last words of a long segment may name an agency ("Rastriya Samachar Samiti").
_AGENCY_TAIL_WORDS = (4, 3, 2)

#: A rubric in capitals before a byline ("TRIBUTE: By Ana Ruiz", "EXCLUSIVE:"); after
#: "EDITORIAL:" comes the outlet whose editorial it is ("EDITORIAL: The Valley Post").
_RUBRIC = lazy_regex(r"\A(?P<word>\p{Lu}{3,}+)[ \t]*+:[ \t]*+")
#: A preposition left at a segment's end when the date after it went ("Submitted by KPL
#: on", "Posted by Ana Ruiz at"), after three words or more ("Signed on" is no byline).
_TAIL_PREPOSITION = lazy_regex(r"(?<=[^ \t][ \t]+[^ \t]+[ \t]+[^ \t]+)[ \t]++(?:on|at)[ \t]*+\Z")
#: "(With PTI inputs)", "(With inputs from ONA)": an agency that contributed.
_INPUTS = lazy_regex(
    r"\A\(?+[ \t]*+with[ \t]++(?:(?P<names>.{1,60}?)[ \t]++inputs?"
    r"|inputs?[ \t]++from[ \t]++(?P<source>.{1,60}?))[ \t]*+\)?+\Z",
    regex.I,
)
#: "by" inside a segment: "China Press Release by Topic News", "19:38:57 by Victoria Turner",
#: "Aton, editado por Belén Muñoz", with the credit's kind before it ("Photos by Ana Ruiz").
_INNER_BY = lazy_regex(
    r"(?:\A|(?<!\b(?i:photos?|pictures?|videos?|graphics?))[ \t]++)"
    r"(?=\b(?:(?i:photos?+|pictures?+|videos?+|graphics?+)[ \t]++)?+"
    r"(?:by|By|BY|Por|POR|(?:editado|editada|escrito|escrita)[ \t]++por)\b(?!-)"
    r"[ \t]*+:?[ \t]*+\S)"
)
#: A photo credit's lead inside a segment: the words before it are the writer's, no
#: outlet's ("Ana Ruiz Photos by Tom Lee").
_PHOTO_LEAD = lazy_regex(r"(?:photos?+|pictures?+)[ \t]++by\b", regex.I)
#: The lead that an inner split leaves at the start of a part ("By", "editado por").
_PART_LEAD = lazy_regex(
    r"\A(?:(?:photos?+|pictures?+|videos?+|graphics?+)[ \t]++)?+"
    r"(?:by|por|(?:editado|editada|escrito|escrita)[ \t]++por)\b[ \t]*+:?+[ \t]*+",
    regex.I,
)
#: A role and its field after a name: "Specialist in Russian & Eurasian Affairs".
_ROLE_FIELD = lazy_regex(
    r"[ \t]++(?:(?:Senior|Chief|Research|Visiting|Associate)[ \t]++)?+"
    r"(?:Specialist|Professor|Fellow|Director|Analyst|Researcher|Expert|Lecturer|Scholar)s?+"
    r"[ \t]++(?:in|at|of|for|on)\b.*+\Z"
)
#: Initials joined by slashes: "/bk/DP/he", "c a f/m s f", "TR/HAD".
_INITIALS = lazy_regex(
    r"/?+[ \t]*+(?:[\p{L}\p{M}.]{1,6}+(?:[ \t][\p{L}\p{M}.]{1,2}+)*+[ \t]*+/[ \t]*+)++"
    r"[\p{L}\p{M}.]{1,6}+(?:[ \t][\p{L}\p{M}.]{1,2}+)*+[ \t]*+/?+"
)
#: Initials in name case in brackets, the whole credit: "(Ana)", "(Ric)".
_BRACKETED_INITIALS = lazy_regex(r"\([ \t]*+(?P<word>\p{Lu}\p{Ll}{1,3}+)[ \t]*+\)")
#: A note that a story came from a feed it does not name ("... and is published from a
#: syndicated feed", "auto-generated from a syndicated feed").
_FEED_NOTE = lazy_regex(
    r"\b(?:from|via|through)[ \t]++an?+[ \t]++syndicated[ \t]++feed\b", regex.I
)
#: Pictographs and marks before a label ("📰 Source: RT", "✍️ Written by").
_SYMBOLS = lazy_regex(r"\A[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d \t]++")
#: A lead left at a segment's end with nothing after it ("... Reporting by" before a date
#: that went): the segment says nothing.
_DANGLING_LEAD = lazy_regex(r"(?:\A|[ \t])(?i:by|por)[ \t]*+:?+\Z")
#: The words that label a photo credit ("Photo", "Bild"); printed alone, with no one after
#: them, they are a site's section or a credit whose name went ("Pictures | <date>").
_PHOTO_WORDS = PHOTO_WORDS
#: An outlet's photo credit: its name of one to three capitalised words, then a photo
#: word and a colon ("Tribune photo: Ana Ruiz", "Express Photo: Ana Ruiz").
_OUTLET_PHOTO = lazy_regex(
    r"\A(?P<outlet>\p{Lu}[\p{L}\p{M}.&'’-]*+(?:[ \t]++\p{Lu}[\p{L}\p{M}.&'’-]*+){0,2})"
    r"[ \t]++(?P<word>\p{L}++)[ \t]*+:[ \t]*+"
)
#: A spaced dash after a byline's first words ("Nilepost - <date>").
_DASH_AFTER = lazy_regex(r"[ \t]++[-–—][ \t]++")
#: A numeric date right after a byline's first words ("<outlet> 10.07.2024").
_DATE_AFTER = lazy_regex(r"[ \t]++\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?!\d)")
#: A handle on a social network ("@RepublicaNepal"), without its "@".
_HANDLE = lazy_regex(r"(?<![\w.])@(\w{2,30}+)")
#: A letter of the Bengali script.
_BENGALI = lazy_regex(r"[\u0980-\u09ff]")
#: Where a credit line starts: the roles of parse_credits, or a contribution note.
_CREDIT_START = lazy_regex(
    r"\A\(?+[ \t]*+(?:additional[ \t]++reporting|reporting|writing|editing)[ \t]++by\b"
    r"|\A-*+[ \t]*+with[ \t]++assistance[ \t]++from\b|\bcontributed[ \t]++to[ \t]++this\b",
    regex.IGNORECASE,
)


# ---------------------------------------------------------------------------- the entry


def parse_byline(text: str) -> Byline | None:
    """Read the people and the agency in a byline; ``None`` when it names neither.

    >>> parse_byline("By Tal Shalev, Jennifer Hansler, Betsy Klein, Alejandra Jaramillo, CNN")
    Byline(authors=('Tal Shalev', 'Jennifer Hansler', 'Betsy Klein', 'Alejandra Jaramillo'), agency='CNN', raw='By Tal Shalev, Jennifer Hansler, Betsy Klein, Alejandra Jaramillo, CNN')
    >>> parse_byline("By MATTHEW LEE and JOSEF FEDERMAN Associated Press").authors
    ('Matthew Lee', 'Josef Federman')
    >>> parse_byline("Reuters Staff")
    Byline(authors=(), agency='Reuters', raw='Reuters Staff')
    >>> parse_byline("PTI | Istanbul | Updated: 29-03-2022 18:49 IST").agency
    'Press Trust of India'
    """
    require_str(text, "text")
    if len(text) > _MAX:
        return None
    return _parse_byline(text)


@memoized(max_entries=4096, max_key_length=_MAX)
def _parse_byline(text: str) -> Byline | None:
    """:func:`parse_byline` on a checked ``str`` of at most ``_MAX`` characters.

    Memoised (bounded): the same bylines and credited names recur from story to story
    (a desk's editors, a bureau's reporters), and the result is an immutable value.
    """
    if text.isascii() and _plain_credit(text):
        return Byline(authors=(text,), agency=None, raw=text)
    if "/" in text and _desk_initials(text):
        return None  # "/bk/DP/he", "TR/HAD": the initials of a desk's staff, no one named
    if text[:1] == "(" and _bracketed_initials(text):
        return None  # "(Ana)": a desk's initials in brackets at the foot, Agenzia Nova's style
    if "syndicated" in text and _FEED_NOTE.search(text):
        return None  # "... published from a syndicated feed.": a note, no one named
    if "/" in text and _BENGALI.search(text):
        credit = _bengali_credit(text)
        if credit is not None:
            return credit
    return _read_byline(text)


def _bengali_credit(text: str) -> Byline | None:
    """The foot credit of Bangladeshi sites, "<outlet>/<date>/<writer>" in Bengali script
    ("<outlet of two words>/<one name>"): the first part is the outlet, of two words or
    hyphenated, the last the writer's one name; the date between goes. Initials joined so
    ("<two letters>/<three letters>") are no such credit."""
    parts = [part.strip() for part in text.strip().split("/")]
    outlet, writer = parts[0], parts[-1]
    if (
        len(parts) < PLAIN_WORDS[0]
        or not (" " in outlet or "-" in outlet)
        or len(outlet.split()) > _OUTLET_BEFORE_LEAD_WORDS
        or any(ch.isdigit() or ch in ":," for ch in outlet)  # a date before the initials
        or " " in writer
        or any(ch.isdigit() for ch in writer)
        or not all(_BENGALI.search(part) for part in (outlet, writer))
        or any(not part or part[:1].isascii() for part in parts)
    ):
        return None
    return Byline(authors=(writer,), agency=outlet, raw=text.strip())


def _bracketed_initials(text: str) -> bool:
    """Whether a credit is one short word in name case in brackets ("(Ana)", "(Ric)"), as
    Italian agencies print their staff's initials at a story's foot; an agency's code
    ("(ANSA)", "(RSS)") or name ("(Xinhua)") is none."""
    match = _BRACKETED_INITIALS.fullmatch(text.strip())
    return match is not None and canonical_agency(match["word"]) is None


def _desk_initials(text: str) -> bool:
    """Whether a credit is only initials joined by slashes ("/bk/DP/he", "c a f/m s f"),
    as agencies print their staff's at a story's foot; agencies' codes are no initials
    ("AP/AFP")."""
    match = _INITIALS.fullmatch(text.strip())
    if match is None:
        return False
    parts = [part for part in text.replace(" ", "").split("/") if part]
    return not any(canonical_agency(part) for part in parts)


def _plain_credit(text: str) -> bool:
    """The most common credit: two or three capitalised ASCII words and single spaces
    ("Anna Kowalski") that are no place ("New Delhi") and name no agency ("Reuters
    Ankara": an agency and a place). Such a text has no blank at its
    edges, no lead (its first word is no lead word, and "by" or "from" inside a word is
    followed by a letter), no separator (the word separators are lower case or capitals,
    the punctuation ones are not letters) and no e-mail, link or stamp; the full path
    would keep it whole."""
    words = text.split(" ")
    return (
        len(words) in PLAIN_WORDS
        and words[0].lower() not in LEAD_WORDS
        and words[0].casefold() not in TABLE_LEADS.get()  # "Bya Ana Ruiz"
        and not is_section(words[0])  # "Politics Ana Ruiz": a section, then the writer
        and not possessive_desk(words)  # "Na Mwandishi Wetu": the paper's own writer
        and plain_name(words)
        and "http" not in text.lower()
        and not is_place(text)
        and not any(canonical_agency(word) for word in words)  # "Reuters Ankara"
    )


def _read_byline(text: str) -> Byline | None:
    """The full path of :func:`_parse_byline` (the tests compare it with the fast one)."""
    raw = text.strip()
    if raw[:1] in _ODD_BLANKS or raw[-1:] in _ODD_BLANKS:
        raw = raw.strip(BLANKS)  # a byte-order mark or zero-width space at an edge
    if not raw:
        return None
    credited = _credit_line(raw)
    if credited:
        return _credited(raw, credited)
    reading = Reading()
    segments = cut_segments(raw)
    for index, segment in enumerate(segments):
        _read_segment(segment, reading, before_place=index == 0 and _place_next(segments, raw))
    if "@" in raw and reading.agency is None:
        _handle_outlet(raw, reading)
    domain = _mail_agency(raw) if reading.agency is None else None
    if domain is not None:
        reading.offer(domain)
    if not reading.authors and reading.agency is None:
        return None
    return Byline(authors=tuple(reading.authors), agency=reading.agency, raw=raw)


# ---------------------------------------------------------------------------- credit lines


def _credit_line(raw: str) -> tuple[Credit, ...]:
    """The credits of a credit line given as a byline; none for a byline ("By X"). The
    rule some reprints print before it goes ("-Reporting by X; editing by Y") where the
    credits cannot be read with it ("--With assistance from X" can, and keeps it)."""
    body = raw.lstrip("-–— \t")
    if not _CREDIT_START.search(body) or LEAD.match(body):
        return ()
    return parse_credits(raw) or (parse_credits(body) if body != raw else ())


def _credited(raw: str, found: tuple[Credit, ...]) -> Byline:
    """A credit line as a byline: every credited person once, in printed order, and the
    roles in ``credits``. "Editing by" with "Reporting by" or "Writing by" is Reuters'
    credit line (no other wire service credits its editors so), so it names Reuters."""
    authors: list[str] = []
    for credit in found:
        authors.extend(name for name in credit.names if name not in authors)
    roles = {credit.role for credit in found}
    reuters = CreditRole.EDITING in roles and bool(
        roles & {CreditRole.REPORTING, CreditRole.WRITING, CreditRole.ADDITIONAL_REPORTING}
    )
    return Byline(
        authors=tuple(authors), agency="Reuters" if reuters else None, raw=raw, credits=found
    )


def _read_segment(segment: str, reading: Reading, *, before_place: bool = False) -> None:
    """Read one segment: a label, then a list of what the label says; ``before_place``
    when the segment comes first and a place follows it (a lone word there is the site's
    name: "Nepalkhabar | Kathmandu", as "PTI | Istanbul")."""
    closed = segment.rstrip().endswith(":")  # "Ana Ruiz: The Valley Post:"
    segment = _bare(segment)
    inputs = _INPUTS.match(segment)
    if inputs is not None:
        names = inputs["names"] if inputs["names"] is not None else inputs["source"]
        read_people(names, reading, Mode.OUTLETS)  # "(With PTI inputs)"
        return
    segment = _outlet_photo(_without_rubric(segment, reading), reading)
    bare = segment.strip(" \t:").casefold()
    if not segment or bare in _PHOTO_WORDS.get() or bare in PHOTO_QUALIFIERS.get():
        return  # "Pictures | <date>"; "File | Photo: Reuters", the label cut from its kind
    label = LABEL.get().match(segment)
    mode = _MODES.get(label.lastgroup or "", Mode.PEOPLE) if label is not None else Mode.PEOPLE
    if label is not None:
        segment = segment[label.end() :]
        if mode is Mode.OUTLETS and _persons_after(label[0], segment):
            mode = Mode.PEOPLE  # "Published on by Ana Ruiz", "Published By: Ana Ruiz PTI"
    segment = _ROLE_FIELD.sub("", segment)
    if _DANGLING_LEAD.search(segment):
        return  # "GeorgiaReporting by <date>": the lead's people went with the date
    if mode is Mode.OUTLETS and segment.strip(" \t:").casefold() in SECTIONS:
        return  # "Published in World": the site's section, no outlet
    if label is None:
        if ":" in segment:
            segment = _columnist(segment)
        if _read_unlabelled(segment, reading, closed=closed, before_place=before_place):
            return
    _read_parts(segment, reading, mode, labelled=label is not None)


def _outlet_photo(segment: str, reading: Reading) -> str:
    """A segment without an outlet's photo label ("Tribune photo: Ana Ruiz"), the outlet
    offered, or without a photo label after the picture's kind ("File photo: Ana Ruiz");
    as it was when the words before the photo word are neither ("Ana Ruiz photo:")."""
    found = _OUTLET_PHOTO.match(segment)
    if found is None or found["word"].casefold() not in _PHOTO_WORDS.get():
        return segment
    outlet = found["outlet"]
    if outlet.casefold() in PHOTO_QUALIFIERS.get():
        return segment[found.end() :]
    known = canonical_agency(outlet)
    if known is None and not outlet_worded(outlet):
        return segment
    reading.offer(known or outlet)
    return segment[found.end() :]


def _persons_after(label: str, rest: str) -> bool:
    """Whether what follows an outlet's label is people after all: a lead ("Published on
    by Ana Ruiz", the date gone between), or, after "Published by", a plain name of two or
    three words ("Published By: Ana Ruiz PTI"); "Published by Daily Sabah" is an outlet."""
    if LEAD.match(rest) is not None:
        return True
    words = rest.split()
    return label.rstrip(" \t:").casefold().endswith(" by") and any(
        plain_name(words[:size]) and not is_place(" ".join(words[:size])) for size in PLAIN_WORDS
    )


def _read_unlabelled(segment: str, reading: Reading, *, closed: bool, before_place: bool) -> bool:
    """Read a segment with no label when its shape says what it is, and say whether it
    had such a shape: parts closed by colons, a headline, an agency's code in small
    letters or an outlet printed alone (see :func:`_read_segment`)."""
    if closed and ":" in segment and _read_colon_parts(segment, reading):
        return True  # "Ana Ruiz: The Valley Post: <date>:"
    if _headline(segment):
        return True  # "John Kerry Offers Major Defense Of ... | Joshua Hersh": a headline
    if segment in LOWER_CODES:
        reading.offer(canonical_agency(segment.upper()))  # "dpa", "afp" at a story's foot
        return True
    if _outlet_alone(segment, reading, before_place=before_place):
        reading.offer(canonical_agency(segment) or segment)
        return True
    return False


def _without_rubric(segment: str, reading: Reading) -> str:
    """A segment without the preposition its date left ("Submitted by KPL on") and the
    rubric in capitals before it ("TRIBUTE: By Ana Ruiz"); what follows "EDITORIAL:" is
    read as the outlet and nothing is left ("EDITORIAL: The Valley Post")."""
    if " on" in segment or " at" in segment:
        segment = _TAIL_PREPOSITION.sub("", segment)
    rubric = _RUBRIC.match(segment) if ":" in segment else None
    if rubric is None or canonical_agency(rubric["word"]) is not None:
        return segment
    rest = segment[rubric.end() :]
    if LEAD.match(rest) is not None:
        return rest  # "TRIBUTE: By Ana Ruiz"
    if rubric["word"] == "EDITORIAL":
        read_people(rest, reading, Mode.OUTLETS)
        return ""
    return segment  # "DOHA: Qatar's ...": a place before a colon, read as before


def _read_parts(segment: str, reading: Reading, mode: Mode, *, labelled: bool) -> None:
    """Read a segment's lists, cut at a "by" or "por" inside it: the people after each,
    and before the first an outlet ("This Day (Lagos) By Ana Ruiz", "Aton, editado por
    Ana Ruiz") unless a label led the segment ("China Press Release by Topic News")."""
    lowered = segment.casefold()
    inner = " by" in lowered or " por" in lowered
    parts = _INNER_BY.split(segment) if inner else [segment]
    for index, part in enumerate(parts):
        if not part.strip(" \t,"):
            continue
        if index > 0:
            read_people(_PART_LEAD.sub("", part.strip()), reading, mode)
        elif (
            len(parts) > 1
            and not labelled
            and _outlet_before_lead(part)
            and not _PHOTO_LEAD.match(parts[1].lstrip())
        ):
            read_people(part, reading, Mode.OUTLETS)
        else:
            read_people(part, reading, mode)


def _outlet_before_lead(part: str) -> bool:
    """Whether the words before an inner lead may name an outlet ("This Day", "Aton,"): a
    few capitalised words, not a sentence ("Chile, responding to a warning by ...") nor a
    credit ("Editing by")."""
    words = [word.strip(",.:;") for word in part.split()]
    return (
        0 < len(words) <= _OUTLET_BEFORE_LEAD_WORDS
        and all(word[:1].isupper() for word in words)
        and not words[-1].endswith(("ing", "ed"))
    )


def _bare(segment: str) -> str:
    """A segment without the marks at its edges, a pictograph before its label ("📰
    Source: RT") and an aggregator's mark before its source ("MENAFN- Kuwait News Agency")."""
    segment = _SYMBOLS.sub("", segment.strip(" \t,:*"))
    return AGGREGATOR.sub("", segment) or segment


def _columnist(segment: str) -> str:
    """A columnist's name before the column's beat ("ANA RUIZ: International Affairs"):
    the name, in capitals, of two or three words; the segment as it was otherwise."""
    head, _, beat = segment.partition(":")
    words = head.split()
    beat_words = beat.split()
    if (
        len(words) in PLAIN_WORDS
        and all(word.isalpha() and word.isupper() for word in words)
        and beat_words
        and all(
            word.casefold() in ROLE_WORDS or word.casefold() in SECTIONS for word in beat_words
        )
    ):
        return head
    return segment


def _read_colon_parts(segment: str, reading: Reading) -> bool:
    """Read the parts of a segment that colons close (see :func:`_colon_parts`), and say
    whether it had such parts."""
    parts = _colon_parts(segment)
    for part in parts:
        read_people(part, reading, Mode.PEOPLE)
    return bool(parts)


def _colon_parts(segment: str) -> list[str]:
    """The parts of a segment (printed with a colon at its end) that colons close, each a short capitalised name ("Ana
    Ruiz: The Valley Post:" before a date that went, a writer and the outlet as some sites
    print them); none when the last part is not closed ("Ana Ruiz: Politics", a headline's
    shape) or a part is longer or in lower case ("DOHA: Qatar's foreign minister ...")."""
    parts = [part.strip() for part in segment.split(":") if part.strip()]
    if len(parts) < PLAIN_WORDS[0]:
        return []
    for part in parts:
        words = part.split()
        if len(words) > _COLON_PART_WORDS or not all(word[:1].isupper() for word in words):
            return []
    return parts


def _headline(segment: str) -> bool:
    """Whether a segment is a headline printed beside the byline: many words, no list."""
    words = segment.split()
    return (
        len(words) >= _HEADLINE_WORDS
        and not any(mark in segment for mark in (",", " and ", " & ", "/", ";"))
        and LEAD.match(segment) is None
        and not _agency_last(words)
    )


def _agency_last(words: list[str]) -> bool:
    """Whether a long segment ends with a known agency's name, as a credit does ("Special
    Representative Ana Ruiz Rastriya Samachar Samiti") and a headline does not."""
    if words[-1].casefold() not in agency_last_words():
        return False
    return any(canonical_agency(" ".join(words[-size:])) for size in _AGENCY_TAIL_WORDS)


def _place_next(segments: list[str], raw: str) -> bool:
    """Whether the second segment of a byline is a place ("... | Kathmandu"), as such:
    "Spain's" begins a sentence; or whether the one segment left stood before a spaced
    dash whose date went ("Nilepost - 6 hours ago", "Nilepost - Sun, 01/15/2017") or
    before a numeric date ("Nilepost 10.07.2024"): a lone word there is the site's name
    too, which a person's full name is not."""
    if len(segments) == 1:
        if not raw.startswith(segments[0]):
            return False
        rest = raw[len(segments[0]) :]
        # "Nilepost - 6 hours ago", "<outlet> 10.07.2024": the site's name before its date
        return _DASH_AFTER.match(rest) is not None or _DATE_AFTER.match(rest) is not None
    second = "".join(segments[1:2]).strip(" \t,.:")
    return bool(second) and not second.endswith(("'s", "’s")) and is_place(second)


def _lone_outlet(segment: str) -> bool:
    """Whether a segment is one capitalised word with no lead: before a place, the site's
    name ("Nepalkhabar | Kathmandu"). A person given by one name comes after a label or
    a lead ("Editor: James", "By 정주원") or inside a list."""
    word = segment.strip()
    return (
        word.isalpha()
        and word[:1].isupper()
        and not word.isupper()
        and word.casefold() not in NOT_PLAIN
        and word.casefold() not in SECTIONS
        and not is_place(word)
    )


def _outlet_alone(segment: str, reading: Reading, *, before_place: bool) -> bool:
    """Whether an unlabelled segment is an outlet printed alone: one word before a place
    ("Nepalkhabar | Kathmandu"), "The" and a nationality's adjective ("The Australian"), or a code in capitals after the people when no agency is
    named yet ("Ana Ruiz | RNZ | <date>")."""
    if (before_place and _lone_outlet(segment)) or demonym_title(segment.split()):
        return True  # "| The Australian |": a paper's title
    return bool(reading.authors) and reading.agency is None and _code_segment(segment)


def _code_segment(segment: str) -> bool:
    """Whether a segment is an outlet's code in capitals alone ("RNZ", "TNA"), as sites
    print it between bars after the author's name; a place ("USA") is none."""
    word = segment.strip()
    return (
        _CODE_LETTERS[0] <= len(word) <= _CODE_LETTERS[1]
        and word.isalpha()
        and word.isupper()
        and word.casefold() not in NOT_PLAIN
        and not is_place(word)
    )


def _handle_outlet(raw: str, reading: Reading) -> None:
    """A one-word "author" whose name starts the site's handle printed beside it is the
    outlet ("By: Republica | @RepublicaNepal"); a person's handle beside a full name
    leaves the person ("Ana Ruiz @AnaRuizNews")."""
    handles = [handle.casefold() for handle in _HANDLE.findall(raw)]
    for author in list(reading.authors):
        word = author.casefold()
        if " " not in author and any(handle.startswith(word) for handle in handles):
            reading.authors.remove(author)
            reading.offer(canonical_agency(author) or author)


def _mail_agency(raw: str) -> str | None:
    """The agency of an e-mail address's domain ("englishnews@aa.com.tr": Anadolu)."""
    if "@" not in raw:
        return None
    for match in EMAIL.finditer(raw):
        _, _, domain = match[0].partition("@")
        name = domain.split(".", 1)[0]
        found = canonical_agency(name) or canonical_agency(name.upper())
        if found is not None:
            return found
    return None
