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
   line breaks);
5. a segment may start with a label that says what follows: a source ("Source:",
   "Kaynak:"), people ("By", "Editor:", "Articles written by") or an outlet ("Published
   in", "Copyright 2013", "Based on reporting by");
6. what follows is a list (:mod:`accordlib.wire.names`): people, agencies, outlets,
   places, desks and sections, each read by what it is.
"""

from __future__ import annotations

import regex

from accordlib._util.lazy import lazy_regex
from accordlib._util.memo import memoized
from accordlib._util.text import BLANKS, require_str
from accordlib.wire._months import MONTH_FORMS
from accordlib.wire.agencies import agency_last_words, canonical_agency
from accordlib.wire.byline_words import LEAD_WORDS, LOWER_CODES, NOT_PLAIN, ROLE_WORDS, SECTIONS
from accordlib.wire.credits import parse_credits
from accordlib.wire.model import Byline, Credit, CreditRole
from accordlib.wire.name_case import name_case
from accordlib.wire.names import (
    EMAIL,
    LEAD,
    LINK,
    Mode,
    Reading,
    plain_name,
    read_people,
)
from accordlib.wire.outlets import is_place, site_name
from accordlib.wire.places import demonym_title

__all__ = ["name_case", "parse_byline"]

#: Longest byline looked at; anything longer is not a byline.
_MAX = 400
#: A plain name has this many words ("Anna Kowalski", "Mira Anand Sood").
_PLAIN_WORDS = (2, 3)
#: A segment this long with no separator is a headline printed beside the byline.
_HEADLINE_WORDS = 7
_ODD_BLANKS = frozenset("\ufeff\u200b")
#: The words before an inner lead ("This Day By Ana Ruiz") name an outlet when this few.
_OUTLET_BEFORE_LEAD_WORDS = 4
#: How many capitals an outlet's code printed alone has ("RNZ", "KUNA", "MONTSAME").
_CODE_LETTERS = (2, 8)
#: How many last words of a long segment may name an agency ("Rastriya Samachar Samiti").
_AGENCY_TAIL_WORDS = (4, 3, 2)

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
#: A name of two words or more printed twice in a row ("Colin ZwirkoColin Zwirko",
#: "Ahn Sung-mi Ahn Sung-mi"): the author's picture and the author's name.
_DOUBLED = lazy_regex(
    r"(?<!\p{L})(?P<name>\p{Lu}(?:\p{Ll}|[.-]|['’]\p{Lu})++(?:[ \t]\p{Lu}(?:\p{Ll}|[.-]|['’]\p{Lu})*+){1,3}?)"
    r"[ \t]*+(?P=name)(?!\p{Ll})"
)

#: A source label closed by a spaced dash, not a colon ("SOURCE – JAMAICA GLEANER-"): the
#: dash would cut the label from its name.
_DASHED_SOURCE = lazy_regex(
    r"\A[ \t]*+(?P<label>(?i:source|sources|fuente|fonte|quelle|kaynak|sumber|courtesy))"
    r"[ \t]++(?:--|[-–—])[ \t]++"
)
#: An author box's link to the author's other posts, whose name it repeats ("Latest posts
#: by X (see all)", "Derniers articles par X", "Ultimi articoli di X"): a lead.
_POSTS_BY = lazy_regex(
    r"(?:\A|[ \t]++)(?i:latest|recent|more|other|más|mais|derniers|autres|ultimi|altri|últimos|últimas"
    r"|neueste|weitere)[ \t]++(?i:posts|articles|stories|articoli|artículos|entradas|notas"
    r"|beiträge|artikel)[ \t]++(?i:by|par|di|de|von|from)\b"
)

#: A weekday before a date, in English, Spanish, Portuguese, French, German, Italian,
#: Indonesian and Malay, Turkish ("Thu", "jue", "Sábado", "KAMIS", "Senin,", "Perşembe").
_WEEKDAY = (
    r"(?i:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|urday|rsday)?"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
    r"|lun|mié|mie|jue|vie|sáb|segunda-feira|terça-feira|quarta-feira|quinta-feira"
    r"|sexta-feira|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì"
    r"|venerdì|sabato|domenica|senin|selasa|rabu|kamis|jumat|sabtu|minggu|isnin|khamis"
    r"|ahad|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)\.?,?"
)
_ZONE = (
    r"(?:IST|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|PT|ET|CET|CEST|EET|EEST|MSK|JST|KST|HKT|SGT"
    r"|WIB|WITA|WIT|AST|GST|PKT|BST|WAT|EAT|CAT|SAST|AEST|AEDT|NPT|PHT|ICT|MYT|BDT|AZT|UZT"
    r"|IRST|AFT|MVT|TMT|KGT|TJT|ALMT|GET|AMT)"
)
#: A month's name in any language the dateline parser knows ("Dec", "Şubat", "марта").
_MONTH = (
    r"(?<![^\W\d_])(?i:"  # a month starts a word: the long alternation is not tried inside one
    + "|".join(regex.escape(form) for form in MONTH_FORMS)
    + r")(?!\w)\.?+"
)
#: Words glued to what comes before them on scraped pages: "XinhuaUpdated:",
#: "Colin ZwirkoMarch 7, 2023",
#: "Torsten Jost22. Januar 2008", "Byadmin", "ByShobhit Gupta", "AzernewsBy Amina Nazarli".
_GLUED = lazy_regex(
    rf"(?<=\p{{Ll}})(?=(?:Updated|Posted|Published|Created)\b|{_MONTHS}\.?[ \t]++\d)"
    rf"|(?<=\p{{Ll}}\p{{Ll}})(?=\d{{1,2}}\.?[ \t]++{_MONTH})"
    r"|(?<=\A[Bb]y)(?=(?:admin|administrator|staff|editor|author|webdesk)\b|\p{Lu}\p{Ll})"
    # "ByShobhit Gupta"; "By AzernewsBy Amina Nazarli": a second lead glued to an outlet
    r"|(?<=\p{Ll})(?=By(?:[ \t]|\p{Lu}\p{Ll}))"
    # "Publish dateThursday 28 September": a weekday glued to a label
    r"|(?<=\p{Ll})(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    # "By Katy Turner00": a count of comments glued to the name
    r"|(?<=\p{Ll}\p{Ll})(?=\d{1,5}\Z)"
)
#: Dates, times and read-time notes: "2023/3/8 22:54:06", "Updated: 28-04-2020 21:12 IST",
#: "Mon 23rd December 2019", "Mar 28,2017", "22. Januar 2008", "5 minutes ago", "3 min read",
#: "page14"; the counts of comments and shares that end a scraped byline ("By: Ana Ruiz 0");
#: and the article numbers some sites print beside the author ("News Code 192342").
_STAMP = lazy_regex(
    rf"""
      (?P<time>(?:{_ZONE}[ \t]++)?+\d{{1,2}}(?:(?::\d\d){{1,2}}+|\.\d\d(?![\d.]))(?:[ \t]*+[AaPp]\.?[ \t]?[Mm]\.?)?+
        (?:[ \t]*+\(?{_ZONE}\)?|[ \t]*+(?i:hrs?|h)\.?+)?+)(?![\w:])
    | (?P<numeric>(?<!\d)\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}(?!\d))
    | (?P<relative>\d{{1,3}}[ \t]++(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?
          |years?|yrs?)[ \t]++ago
        | \d{{1,2}}[ \t]++min(?:ute)?s?[ \t]++read
        | (?i:(?:temps[ \t]++de[ \t]++)?+lecture|lettura|lectura|leitura|lesezeit
            |(?:estimated[ \t]++)?+reading[ \t]++time)
            [ \t]*+:?+[ \t]*+\d{{1,2}}[ \t]*+(?i:min\w*+)
        | \d{{1,2}}[ \t]*+(?i:min\w*+)[ \t]++(?i:de[ \t]++)?+(?i:lectura|leitura|lecture|lettura))\b
    | (?P<page>\bpage[ \t]?\d{{1,3}}\b)
    | (?P<count>(?<=\p{{L}}[ \t]\p{{L}}++\.?+)(?:[ \t]++(?!(?:19|20)\d\d\b)\d{{1,5}}+)++(?=[ \t]*+\Z))
    | (?P<code>\b(?i:(?:news|story|article)[ \t]++)?+(?i:code|id)[ \t]*+:?+[ \t]*+\d{{3,12}}+\b)
    | (?P<text>(?:{_WEEKDAY}[ \t]*+)?+
        (?: (?<!\d)\d{{1,2}}(?:st|nd|rd|th|\.)?+[ \t]*+(?:de[ \t]++)?+{_MONTH}
            (?:[ \t]*+,?[ \t]*+(?:de[ \t]++)?+(?:19|20)\d\d)?+
          | {_MONTH}[ \t]*+\d{{1,2}}(?:st|nd|rd|th)?+(?!\d)(?:[ \t]*+,?[ \t]*+(?:19|20)\d\d)?+
          | {_MONTH}[ \t]*+,?[ \t]*+(?:19|20)\d\d
        )(?!\d))
    """,
    regex.VERBOSE,
)
#: Stamp words left without their date: "Updated:", "Posted on", "Last updated at",
#: "Published Date -", "Güncelleme Tarihi:".
_DANGLING = lazy_regex(
    r"""(?:\b(?:last[ \t]++)?(?:updated|created|posted|published|modified|publishe|publish|input)\b
        | \b(?:publié|publiée|mis[ \t]++à[ \t]++jour)[ \t]++le\b
        | \b(?:publicado|publicada|actualizado|atualizado|publicat)[ \t]++(?:el|em|o|a|pe)\b
        (?:[ \t]++(?:date|on|at))?+ | \b\p{L}{3,12}+[ \t]++(?:date|tarihi)\b)
       [ \t]*+(?:[:\-–—][ \t]*+)*+(?=\||\Z)""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A preposition left after a name before a stamp that went ("by Ana Ruiz at | "); after
#: one word it stays ("Signed on | " is no name).
_STAMP_PREPOSITION = lazy_regex(
    r"(?<=\p{Lu}[\p{L}.'’-]{0,30}[ \t]\p{Lu}[\p{L}'’-]{1,30})[ \t]++(?:at|on)[ \t]++\|"
)
#: A label inside a segment starts a segment of its own ("Source: Xinhua Editor: Li Wei",
#: "Por: Ana Ruiz Publicado: Sábado 28 de enero"); "Editor:" after a word, not at the start.
_INNER_LABEL = lazy_regex(
    r"(?<=[^\s|])(?<!(?i:information|news|content|original))[ \t]++"
    r"(?=(?:(?:Web|Chief|Senior)[ \t]++)?+(?:Editor|Editors|Source|Fuente|Fonte"
    r"|Publicado|Actualizado|Atualizado|Publié|Veröffentlicht|Published|Updated)[ \t]*+:)"
)
#: The separators between the segments of a web byline; a gap of four blanks or more is
#: one too (the columns of a scraped page: "Xinhua     Web Editor: Mo Li"; three are
#: left where a dropped bracket stood: "Ana Ruiz (GOV) said").
_SEGMENTS = lazy_regex(
    r"[ \t]*+[|•·\n\r][ \t]*+|[ \t]++(?:--|[-–—])[ \t]++|\A[ \t]*+[-–—]++|[-–—]++[ \t]*+\Z"
    r"|[ \t]{4,}+"
)
#: A label that says what follows it (see the module's docstring).
_LABEL = lazy_regex(
    r"""\A(?:
       (?P<source>(?:(?:information|news|content|original)[ \t]++)?+
         (?:source|sources|kaynak|sumber|fuente|fonte|quelle|источник|المصدر|courtesy|excerpts?+
           |avec)
         (?=[ \t:])[ \t]*+:?+
       | more[ \t]*+:)
     | (?P<persons>(?:(?:video|photo|web|news|senior|sub|copy|chief)[ \t]++)?+
         (?:redaktur[ \t]*+&[ \t]*+reporter|editor|editors|author|authors|reporter|reporters
           |correspondent|writer|text|pewarta|penulis|wartawan|laporan|oprac\.?+
           |autor|autora|auteur|redactor|redactora|redaktor|redaktur
           |автор|корреспондент|yazar|muhabir)[ \t]*+:)
     | (?P<outlets>(?:this[ \t]++(?:article|story|report|post)[ \t]++(?:was|is)[ \t]++)?+
           (?:originally[ \t]++)?+(?:posted|published|appeared|first[ \t]++published)
             [ \t]++(?:on|in|at)\b[ \t]*+:?+
         | (?:originally[ \t]++)?+(?:published|appeared|first[ \t]++published)[ \t]++by\b[ \t]*+:?+
         | continue[ \t]++reading(?:[ \t]++this[ \t]++article)?+[ \t]++at
         | (?:the[ \t]++)?+content[ \t]++originally[ \t]++appeared[ \t]++on[ \t]*+:?+
         | this[ \t]++(?:page|article|story)[ \t]++is[ \t]++made[ \t]++available
             [ \t]++(?:thanks[ \t]++to|by)
         | based[ \t]++on[ \t]++(?:a[ \t]++)?+(?:report|reports|reporting)[ \t]++(?:by|from)
         | (?:\.{2,}|…)?+[ \t]*+reports\b
         | read[ \t]++more[ \t]++(?:at|on)
         | con[ \t]++informaci[óo]n[ \t]++de\b
         | (?:this[ \t]++(?:post|article|story|report)[ \t]++(?:was|is)[ \t]++)?+
             (?:syndicated|republished|reproduced|reprinted)[ \t]++
             (?:from|with[ \t]++permission[ \t]++(?:from|of))\b
         | (?:riproduzione[ \t]++riservata[ \t]++)?+(?:©[ \t]*+)?+copyright\b(?:[ \t]*+(?:©|\(c\)))?+
             (?:[ \t]*+(?:19|20)\d\d(?:[-–]\d{2,4})?+)?+
         | ©(?:[ \t]*+(?:19|20)\d\d)?+)
     | (?P<people>(?:latest[ \t]++posts|(?:more[ \t]++)?+articles?+(?:[ \t]++written)?+|posts?+|posted
         |stories|written|words|story|interview|reported|compiled|photos?|opinion|translation
         |translated)[ \t]++by\b
         [ \t]*+:?+
       | (?:prepared|edited|produced|translated|submitted)[ \t]++by\b[ \t]*+:?+
       | (?:(?:ein[ \t]++)?+beitrag[ \t]++von
           |(?:(?:editado|editada|escrito|escrita|redactado|redactada)[ \t]++)?+por|par)
         (?=[ \t:])[ \t]*+:?+)
    )[ \t]*+""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A form's field left empty ("Author :", "Date :", "Publish date :" before a date that
#: went): one or two words and a colon, nothing after.
_EMPTY_FIELD = lazy_regex(r"\A[ \t]*+\p{L}++(?:[ \t]\p{L}++)?+[ \t]*+:[ \t]*+\Z")
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
#: "Aton, editado por Belén Muñoz".
_INNER_BY = lazy_regex(
    r"(?:\A|[ \t]++)(?=\b(?:by|By|BY|Por|POR|(?:editado|editada|escrito|escrita)[ \t]++por)\b(?!-)"
    r"[ \t]*+:?[ \t]*+\S)"
)
#: The lead that an inner split leaves at the start of a part ("By", "editado por").
_PART_LEAD = lazy_regex(
    r"\A(?:by|por|(?:editado|editada|escrito|escrita)[ \t]++por)\b[ \t]*+:?+[ \t]*+", regex.I
)
#: A role and its field after a name: "Specialist in Russian & Eurasian Affairs".
_ROLE_FIELD = lazy_regex(
    r"[ \t]++(?:(?:Senior|Chief|Research|Visiting|Associate)[ \t]++)?+"
    r"(?:Specialist|Professor|Fellow|Director|Analyst|Researcher|Expert|Lecturer|Scholar)s?+"
    r"[ \t]++(?:in|at|of|for|on)\b.*+\Z"
)
#: Brackets: the first one holds a source ("(MENAFN- Saudi Press Agency)"); later ones a
#: qualifier ("Ana Ruiz (GOV)", "(see all)") unless they name an agency.
_BRACKET = lazy_regex(r"\((?P<inside>[^()]{0,120}+)\)|\[(?P<square>[^\[\]]{0,120}+)\]")
#: Initials joined by slashes: "/bk/DP/he", "c a f/m s f", "TR/HAD".
_INITIALS = lazy_regex(
    r"/?+[ \t]*+(?:[\p{L}\p{M}.]{1,6}+(?:[ \t][\p{L}\p{M}.]{1,2}+)*+[ \t]*+/[ \t]*+)++"
    r"[\p{L}\p{M}.]{1,6}+(?:[ \t][\p{L}\p{M}.]{1,2}+)*+[ \t]*+/?+"
)
#: Pictographs and marks before a label ("📰 Source: RT", "✍️ Written by").
_SYMBOLS = lazy_regex(r"\A[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d \t]++")
#: A lead left at a segment's end with nothing after it ("... Reporting by" before a date
#: that went): the segment says nothing.
_DANGLING_LEAD = lazy_regex(r"(?:\A|[ \t])(?i:by|por)[ \t]*+:?+\Z")
#: An outlet's title led by "The" ("The Jakarta Post"), in a bracket after the names.
_THE_OUTLET = lazy_regex(r"The(?:[ \t]++\p{Lu}[\w.&'’-]*+){1,4}+")
#: A handle on a social network ("@RepublicaNepal"), without its "@".
_HANDLE = lazy_regex(r"(?<![\w.])@(\w{2,30}+)")
#: An aggregator's mark before its source ("MENAFN- The Peninsula").
_AGGREGATOR = lazy_regex(r"\A(?:MENAFN|Menafn)[ \t]*+[-–—:]?+[ \t]*+")
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
    return _read_byline(text)


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
        len(words) in _PLAIN_WORDS
        and words[0].lower() not in LEAD_WORDS
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
    segments = _segments(raw)
    for index, segment in enumerate(segments):
        _read_segment(segment, reading, before_place=index == 0 and _place_next(segments))
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


# ---------------------------------------------------------------------------- segments


def _segments(raw: str) -> list[str]:
    """Cut a byline into segments: glued words parted, dates and stamps out, brackets
    opened, at strong separators."""
    text = _unglued(raw)
    if "(" in text or "[" in text:
        text = _open_brackets(text)
    if "@" in text:
        text = EMAIL.sub(" ", text)
    if any(ch.isdigit() for ch in text):
        text = _STAMP.sub(" | ", text)
    lowered = text.casefold()
    if "http" in lowered or "www." in lowered:
        text = LINK.sub(_link_out, text)
    if "|" in text or ":" in text or "-" in text:
        text = _DANGLING.sub("", text)
    if ":" in text:
        text = _INNER_LABEL.sub(" | ", text)
    if "(" in text or ")" in text:
        text = text.replace("(", " | ").replace(")", " | ")  # a bracket left open or closed alone
    if " at " in text or " on " in text:
        text = _STAMP_PREPOSITION.sub(" |", text)  # "Posted by X at <date>": the "at" goes
    return [segment for segment in _SEGMENTS.split(text) if _says_something(segment)]


def _unglued(raw: str) -> str:
    """A byline with glued words parted, a name printed twice once, a source label's dash
    made its colon and an author box's link to other posts made a lead."""
    text = _GLUED.sub(" ", raw) if _may_be_glued(raw) else raw
    text = _DOUBLED.sub(r"\g<name>", text)
    if "-" in text or "–" in text or "—" in text:
        text = _DASHED_SOURCE.sub(r"\g<label>: ", text)
    if " " in text:
        text = _POSTS_BY.sub(" | By", text)
    return text


def _says_something(segment: str) -> bool:
    """Whether a segment holds more than marks or an empty field ("Author :")."""
    return bool(segment.strip(" \t,.:-–—")) and (
        ":" not in segment
        or _EMPTY_FIELD.match(segment) is None
        or canonical_agency(segment.strip(" \t:")) is not None  # "Teheran - IRNA:"
    )


def _may_be_glued(raw: str) -> bool:
    if raw[:2] in {"By", "by"} and raw[2:3].islower():
        return True  # "Byadmin"
    return any(
        raw[i].islower() and (raw[i + 1].isupper() or raw[i + 1].isdigit())
        for i in range(len(raw) - 1)
    )


def _link_out(match: regex.Match[str]) -> str:
    """A link: the agency its site belongs to ("www.trend.az"), or nothing."""
    link = match[0]
    host = link.split("//", 1)[-1].split("/", 1)[0]
    if host.casefold().startswith("www."):
        host = host[4:]
    if "/" not in link.split("//", 1)[-1].rstrip("/") and host.count(".") <= 2:  # noqa: PLR2004
        return f" | {host} | "  # a bare site name is read as an outlet
    return " "


def _open_brackets(text: str) -> str:
    """Open brackets: the first one (at the start), one that names an agency or a site,
    and a title led by "The" that ends the byline ("Ana Ruiz (The Valley Post)") are
    segments of their own; any other holds a qualifier and is dropped."""

    def replace(match: regex.Match[str]) -> str:
        inside = match["inside"] if match["inside"] is not None else match["square"]
        inside = _AGGREGATOR.sub("", inside.strip()) or inside.strip()  # "(MENAFN)" alone
        if (
            match.start() == 0
            or canonical_agency(inside) is not None
            or site_name(inside) is not None  # "in Yuxi(chinadaily.com.cn)"
            or not text[: match.start()].strip()
            or (not text[match.end() :].strip() and _THE_OUTLET.fullmatch(inside) is not None)
            or (_sourced(text[: match.start()]) and plain_name(inside.split()))
        ):
            return f" | {inside} | "
        return " "

    return _BRACKET.sub(replace, text)


def _sourced(before: str) -> bool:
    """Whether a byline opens with a source's label ("Source: ISD (Rachel Sarpong)"): the
    person in a bracket after the source is its writer, no qualifier."""
    label = _LABEL.match(before.lstrip())
    return label is not None and label["source"] is not None


def _read_segment(segment: str, reading: Reading, *, before_place: bool = False) -> None:
    """Read one segment: a label, then a list of what the label says; ``before_place``
    when the segment comes first and a place follows it (a lone word there is the site's
    name: "Nepalkhabar | Kathmandu", as "PTI | Istanbul")."""
    segment = _bare(segment)
    inputs = _INPUTS.match(segment)
    if inputs is not None:
        names = inputs["names"] if inputs["names"] is not None else inputs["source"]
        read_people(names, reading, Mode.OUTLETS)  # "(With PTI inputs)"
        return
    segment = _without_rubric(segment, reading)
    if not segment:
        return
    label = _LABEL.match(segment)
    mode = Mode.PEOPLE
    if label is not None:
        kind = label.lastgroup
        mode = (
            Mode.OUTLETS
            if kind in {"source", "outlets"}
            else Mode.PERSONS
            if kind == "persons"
            else Mode.PEOPLE
        )
        segment = segment[label.end() :]
    segment = _ROLE_FIELD.sub("", segment)
    if _DANGLING_LEAD.search(segment):
        return  # "GeorgiaReporting by <date>": the lead's people went with the date
    if label is None and ":" in segment:
        segment = _columnist(segment)
    if label is None and _headline(segment):
        return  # "John Kerry Offers Major Defense Of ... | Joshua Hersh": a headline
    if label is None and segment in LOWER_CODES:
        reading.offer(canonical_agency(segment.upper()))  # "dpa", "afp" at a story's foot
        return
    if label is None and _outlet_alone(segment, reading, before_place=before_place):
        reading.offer(canonical_agency(segment) or segment)
        return
    _read_parts(segment, reading, mode, labelled=label is not None)


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
        elif len(parts) > 1 and not labelled and _outlet_before_lead(part):
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
    return _AGGREGATOR.sub("", segment) or segment


def _columnist(segment: str) -> str:
    """A columnist's name before the column's beat ("ANA RUIZ: International Affairs"):
    the name, in capitals, of two or three words; the segment as it was otherwise."""
    head, _, beat = segment.partition(":")
    words = head.split()
    beat_words = beat.split()
    if (
        len(words) in _PLAIN_WORDS
        and all(word.isalpha() and word.isupper() for word in words)
        and beat_words
        and all(
            word.casefold() in ROLE_WORDS or word.casefold() in SECTIONS for word in beat_words
        )
    ):
        return head
    return segment


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


def _place_next(segments: list[str]) -> bool:
    """Whether the second segment of a byline is a place ("... | Kathmandu"), as such:
    "Spain's" begins a sentence."""
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
