"""Bylines cut into segments: glued words parted, dates and stamps out, brackets opened.

Steps 2 to 4 of :mod:`accordlib.wire.byline`: "XinhuaUpdated:" and "Colin ZwirkoColin
Zwirko" are parted, dates, times, read-time notes and the stamps that label them
("Updated:", "Posted on") are taken out, brackets are opened, and the text is cut at
strong separators (" | ", spaced dashes, bullets, line breaks). The weekday names that
may stand before a date, and the source labels that a spaced dash may close, come from
the ``byline_words.tsv`` table.
"""

from __future__ import annotations

import regex

from accordlib._util.lazy import Lazy, lazy_regex
from accordlib._util.tables import read_table
from accordlib.wire._months import MONTH_FORMS
from accordlib.wire.agencies import canonical_agency
from accordlib.wire.byline_labels import AGGREGATOR, sourced
from accordlib.wire.name_pieces import plain_name
from accordlib.wire.names import EMAIL, LINK
from accordlib.wire.outlets import site_name

__all__ = ["segments"]


def _phrases(kind: str) -> tuple[str, ...]:
    """The table's words (or phrases) of ``kind``, longest first."""
    words = {row["word"] for row in read_table("byline_words.tsv") if row["kind"] == kind}
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


def _words(kind: str) -> str:
    """The alternation of the table's words of ``kind``, longest first."""
    return "|".join(regex.escape(word) for word in _phrases(kind))


_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
#: A name of two words or more printed twice or more in a row ("Colin ZwirkoColin Zwirko",
#: "Ahn Sung-mi Ahn Sung-mi", three times where an author box repeats it): the author's
#: picture, the author's name and the box's title.
_DOUBLED = lazy_regex(
    r"(?<!\p{L})(?P<name>\p{Lu}(?:\p{Ll}|[.-]|['’]\p{Lu})++(?:[ \t]\p{Lu}(?:\p{Ll}|[.-]|['’]\p{Lu})*+){1,3}?)"
    r"(?:[ \t]*+(?P=name))++(?!\p{Ll})"
)

#: A source label closed by a spaced dash, not a colon ("SOURCE – JAMAICA GLEANER-"): the
#: dash would cut the label from its name.
_DASHED_SOURCE = Lazy(
    lambda: regex.compile(
        rf"\A[ \t]*+(?P<label>(?i:{_words('source')}))[ \t]++(?:--|[-–—])[ \t]++"
    )
)
#: An author box's link to the author's other posts, whose name it repeats ("Latest posts
#: by X (see all)", "Derniers articles par X", "Ultimi articoli di X"): a lead.
_POSTS_BY = lazy_regex(
    r"(?:\A|[ \t]++)(?i:latest|recent|more|other|más|mais|derniers|autres|ultimi|altri|últimos|últimas"
    r"|neueste|weitere)[ \t]++(?i:posts|articles|stories|articoli|artículos|entradas|notas"
    r"|beiträge|artikel)[ \t]++(?i:by|par|di|de|von|from)\b"
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
#: "Torsten Jost22. Januar 2008", "Byadmin", "ByShobhit Gupta", "AzernewsBy Amina Nazarli",
#: "Ana RuizPor Ana Ruiz" (the Spanish and French leads are glued so too).
_GLUED = lazy_regex(
    rf"(?<=\p{{Ll}})(?=(?:Updated|Posted|Published|Created)\b|{_MONTHS}\.?[ \t]++\d)"
    rf"|(?<=\p{{Ll}}\p{{Ll}})(?=\d{{1,2}}\.?[ \t]++{_MONTH})"
    r"|(?<=\A[Bb]y)(?=(?:admin|administrator|staff|editor|author|webdesk)\b|\p{Lu}\p{Ll})"
    # "ByShobhit Gupta"; "By AzernewsBy Amina Nazarli": a second lead glued to an outlet
    r"|(?<=\p{Ll})(?=(?:By|Por|Par)(?:[ \t]|\p{Lu}\p{Ll}))"
    # "Publish dateThursday 28 September": a weekday glued to a label
    r"|(?<=\p{Ll})(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    # "By Katy Turner00": a count of comments glued to the name
    r"|(?<=\p{Ll}\p{Ll})(?=\d{1,5}\Z)"
    # "Shafaq News time17-05-2025": a numeric date glued to the label before it
    r"|(?<=\p{Ll}\p{Ll})(?=\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?!\d))"
)
#: Dates, times and read-time notes: "2023/3/8 22:54:06", "Updated: 28-04-2020 21:12 IST",
#: "Mon 23rd December 2019", "Mar 28,2017", "22. Januar 2008", "5 minutes ago", "3 min read",
#: "page14", "6 hours 25 min ago", "Sun, 01/15/2017", the same in other languages from
#: byline_words.tsv ("2 hónapja", "2 часа назад", "hace 2 horas"); the counts of comments and shares that end a scraped byline ("By: Ana Ruiz 0");
#: and the article numbers some sites print beside the author ("News Code 192342").
_STAMP_PATTERN = rf"""
      (?P<time>(?:{_ZONE}[ \t]++)?+\d{{1,2}}(?:(?::\d\d){{1,2}}+|\.\d\d(?![\d.]))
        (?:[ \t]*+[AaPp]\.?[ \t]?[Mm]\.?|[ \t]*+(?:<MERIDIEM>)(?!\w))?+
        (?:[ \t]*+\(?{_ZONE}\)?|[ \t]*+(?i:hrs?|h)\.?+)?+)(?![\w:])
    | (?P<numeric>(?:<WEEKDAY>[ \t]*+)?+(?<!\d)\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}(?!\d))
    | (?P<relative>(?:\d{{1,3}}[ \t]++(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?
          |months?|years?|yrs?)[ \t]++)++ago
        | \d{{1,3}}[ \t]++(?i:<AGO_UNIT>)(?!\w)
        | \d{{1,3}}[ \t]++\p{{L}}++[ \t]++(?i:<AGO_AFTER>)(?!\w)
        | (?<!\w)(?i:<AGO_BEFORE>)[ \t]++\d{{1,3}}[ \t]++\p{{L}}++
        | \d{{1,2}}[ \t]++min(?:ute)?s?[ \t]++read
        | (?i:(?:temps[ \t]++de[ \t]++)?+lecture|lettura|lectura|leitura|lesezeit
            |(?:estimated[ \t]++)?+reading[ \t]++time)
            [ \t]*+:?+[ \t]*+\d{{1,2}}[ \t]*+(?i:min\w*+)
        | \d{{1,2}}[ \t]*+(?i:min\w*+)[ \t]++(?i:de[ \t]++)?+(?i:lectura|leitura|lecture|lettura))\b
    | (?P<page>\bpage[ \t]?\d{{1,3}}\b)
    | (?P<count>(?<=\p{{L}}[ \t]\p{{L}}++\.?+)(?:[ \t]++(?!(?:19|20)\d\d\b)\d{{1,5}}+)++(?=[ \t]*+\Z))
    | (?P<code>\b(?i:(?:news|story|article)[ \t]++)?+(?i:code|id)[ \t]*+:?+[ \t]*+\d{{3,12}}+\b)
    | (?P<text>(?:<WEEKDAY>[ \t]*+)?+
        (?: (?<!\d)\d{{1,2}}(?:st|nd|rd|th|\.)?+[ \t]*+(?:de[ \t]++)?+{_MONTH}
            (?:[ \t]*+,?[ \t]*+(?:de[ \t]++)?+(?:19|20)\d\d)?+
          | {_MONTH}[ \t]*+\d{{1,2}}(?:st|nd|rd|th)?+(?!\d)(?:[ \t]*+,?[ \t]*+(?:19|20)\d\d)?+
          | {_MONTH}[ \t]*+,?[ \t]*+(?:19|20)\d\d
        )(?!\d))
    """


def _build_reserved() -> regex.Pattern[str]:
    phrases = (r"[ \t]++".join(map(regex.escape, words.split())) for words in _phrases("reserved"))
    return regex.compile(rf"[ \t]*+\b(?i:{'|'.join(phrases)})\b\.?+", regex.IGNORECASE)


#: The words that end a copyright notice ("All Rights Reserved."), which go.
_RESERVED = Lazy(_build_reserved)


def _build_stamp() -> regex.Pattern[str]:
    weekday = rf"(?i:{_words('weekday')})\.?,?"
    pattern = _STAMP_PATTERN.replace("<WEEKDAY>", weekday).replace(
        "<MERIDIEM>", _words("meridiem")
    )
    for kind in ("ago_unit", "ago_after", "ago_before"):  # "2 hónapja", "hace 2 horas"
        pattern = pattern.replace(f"<{kind.upper()}>", _words(kind).replace(r"\ ", r"[ \t]++"))
    return regex.compile(pattern, regex.VERBOSE)


_STAMP = Lazy(_build_stamp)
#: Stamp words left without their date: "Updated:", "Posted on", "Last updated at",
#: "Published Date -", "Güncelleme Tarihi:".
_DANGLING_PATTERN = r"""(?:\b(?:(?:first|last)[ \t]++)?(?:updated|created|posted|published|modified|publishe
          |publish|input)\b(?:[ \t]++(?:date|on|at))?+
        | \b(?:publié|publiée|mis[ \t]++à[ \t]++jour)[ \t]++le\b
        | \b(?:publicado|publicada|actualizado|atualizado|publicat)[ \t]++(?:el|em|o|a|pe)\b
        | \b\p{L}{3,12}+[ \t]++(?:date|tarihi)\b
        | (?<=\p{L}[ \t]++)time
        | (?<!\w)(?:<STAMP_WORDS>)(?!\w))
       [ \t]*+(?:[:\-–—][ \t]*+)*+(?=\||\Z)"""
#: ... and the stamp words of other scripts from the table ("প্রকাশিত:", "प्रकाशित:").
_DANGLING = Lazy(
    lambda: regex.compile(
        _DANGLING_PATTERN.replace("<STAMP_WORDS>", _words("stamp_word")),
        regex.VERBOSE | regex.IGNORECASE,
    )
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
    r"|Publicado|Actualizado|Atualizado|Publié|Veröffentlicht|Published|(?:Last[ \t]++)?+Updated"
    r"|Read[ \t]++more|Foto|Photo)[ \t]*+:)"
)
#: The separators between the segments of a web byline (a spaced "»" too, a breadcrumb's); a gap of four blanks or more is
#: one too (the columns of a scraped page: "Xinhua     Web Editor: Mo Li"; three are
#: left where a dropped bracket stood: "Ana Ruiz (GOV) said").
_SEGMENTS = lazy_regex(
    r"[ \t]*+[|•·\n\r][ \t]*+|[ \t]++(?:--|[-–—»])[ \t]++|\A[ \t]*+[-–—]++|[-–—]++[ \t]*+\Z"
    r"|[ \t]++[-–—]++(?=(?:By|BY)[ \t])"  # "COMMENTARY –By Ana Ruiz": the dash glued to the lead
    r"|[ \t]{4,}+"
)

#: A form's field left empty ("Author :", "Date :", "Publish date :" before a date that
#: went): one or two words and a colon, nothing after; a lead and a name are no field
#: ("By Trend:", the agency's credit closed by a colon).
_EMPTY_FIELD = lazy_regex(
    r"\A[ \t]*+(?!(?i:by|por|par|von)[ \t])\p{L}++(?:[ \t]\p{L}++)?+[ \t]*+:[ \t]*+\Z"
)
#: Brackets: the first one holds a source ("(MENAFN- Saudi Press Agency)"); later ones a
#: qualifier ("Ana Ruiz (GOV)", "(see all)") unless they name an agency.
_BRACKET = lazy_regex(r"\((?P<inside>[^()]{0,120}+)\)|\[(?P<square>[^\[\]]{0,120}+)\]")
#: An outlet's title led by "The" ("The Jakarta Post"), in a bracket after the names.
_THE_OUTLET = lazy_regex(r"The(?:[ \t]++\p{Lu}[\w.&'’-]*+){1,4}+")


def segments(raw: str) -> list[str]:
    """Cut a byline into segments: glued words parted, dates and stamps out, brackets
    opened, at strong separators."""
    text = _unglued(raw)
    if " " in text:
        text = _RESERVED.get().sub(" ", text)  # "(C) KNS All Rights Reserved."
    if "(" in text or "[" in text:
        text = _open_brackets(text)
    if "@" in text:
        text = EMAIL.sub(" ", text)
    if any(ch.isdigit() for ch in text):
        text = _STAMP.get().sub(" | ", text)
    lowered = text.casefold()
    if "http" in lowered or "www." in lowered:
        text = LINK.sub(_link_out, text)
    if "|" in text or ":" in text or "-" in text:
        text = _DANGLING.get().sub("", text)
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
        text = _DASHED_SOURCE.get().sub(r"\g<label>: ", text)
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
        inside = AGGREGATOR.sub("", inside.strip()) or inside.strip()  # "(MENAFN)" alone
        if (
            match.start() == 0
            or canonical_agency(inside) is not None
            or site_name(inside) is not None  # "in Yuxi(chinadaily.com.cn)"
            or not text[: match.start()].strip()
            or (not text[match.end() :].strip() and _THE_OUTLET.fullmatch(inside) is not None)
            or (sourced(text[: match.start()]) and plain_name(inside.split()))
        ):
            return f" | {inside} | "
        return " "

    return _BRACKET.sub(replace, text)
