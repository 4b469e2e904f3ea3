"""The grammar of datelines: the compiled patterns that read a dateline's shape.

:mod:`accordlib.wire.dateline` decides, with these shapes, whether a text starts with a
dateline. The main pattern, :data:`DATELINE`, reads place, regions, date, agency and
closing mark; :data:`FAST` is its common ASCII subset for the standard-library engine;
:data:`AGENCY_FIRST` and :data:`DATE_FIRST` read datelines that start with an agency
("(CNN) —") or a date ("June 19 (Reuters) -"). Every repetition is bounded or possessive,
so no pattern can backtrack catastrophically, and they only ever see a window of
:data:`WINDOW` characters.
"""

from __future__ import annotations

import re

import regex

from accordlib._util.lazy import lazy_re, lazy_regex
from accordlib._util.text import BLANKS
from accordlib.wire._months import MONTH_FORMS, MONTH_WORD_MAX

__all__ = [
    "AFTER_DASH",
    "AGENCY_BEFORE_DATE",
    "AGENCY_CODE",
    "AGENCY_FIRST",
    "AGENCY_LIKE",
    "AGENCY_WORD",
    "CAPS_PLACE",
    "CODE_BRACKET",
    "COMMA_OPENER",
    "DASH",
    "DATELINE",
    "DATE_AFTER",
    "DATE_FIRST",
    "FAST",
    "FAST_GROUPS",
    "GROUPS",
    "LEAD",
    "LEADING",
    "LOWER_CODE",
    "LOWER_NAME",
    "MARKS",
    "NAME_UNCASED",
    "NOT_PLACES",
    "NUMERIC_DATE",
    "ODD_LEADING",
    "OPENER_ARTICLES",
    "OPENER_TITLES",
    "PLACE_DAY",
    "SLASH_DATE",
    "WINDOW",
    "fast_groups",
]

#: How much text after the first non-blank character a dateline may occupy.
WINDOW = 320

#: A closing dash: one to three hyphens, or one or two typographic dashes.
DASH = r"(?:-{1,3}+|[\u2010-\u2015\u2212]{1,2}+)"

# The fragments of the main pattern, composed below. Every repetition is bounded and
# possessive, so the pattern cannot backtrack far.
_BREAK = r"(?:\r\n|[\n\r\x85\u2028\u2029])"
#: A letter that may start a word; the Arabic tatweel, a letter to Unicode, is a dash here.
_LETTER = r"[^\W\d_\u0640]"
#: Month names in Devanagari: a day spelled as a word may stand only before one of them
#: ("नौ जनवरी": the word is read through data/day_words.tsv).
_DEVANAGARI_MONTHS = "|".join(
    regex.escape(form) for form in MONTH_FORMS if regex.fullmatch(r"[\u0900-\u097f]+", form)
)
#: A word followed by a number is the month of a date, not a word of a place ("March 2");
#: so is a Devanagari word before a Devanagari month (a day spelled out: "नौ जनवरी").
_NOT_DATE = (
    r"(?![^\W\d_]{3,10}+\.?+[ \t]{0,6}+\.?+\d"
    rf"|[\u0900-\u097f]{{2,8}}+[ \t]{{1,3}}+(?:{_DEVANAGARI_MONTHS})(?!\w))"
)
#: A character of a place's word: a hyphen joins words ("NUR-SULTAN"), but two hyphens are
#: a closing dash glued to the body ("KUALALUMPUR--Menteri ..."), and a hyphen before a
#: blank closes the place it is glued to ("MOSCOW- Russian ...", "SANTIAGO.- El ..."),
#: unless a region and an agency in brackets follow ("ALGIERS- Algeria (PANA) --").
_WORD_CHAR = r"(?:[\w.'’&}]|-(?!-)(?:(?!\s)|(?=[ \t]{1,3}+[^\W\d_][\w.'’-]{0,30}+[ \t]{1,3}+\()))"
#: Up to six words on one line ("SAN MATEO", "DALLAS/FORT WORTH", "La paz", "ANKARA / ISTANBUL");
#: a slash inside a word is followed by a letter ("Dhaka/ BNP ...": the slash closes), and
#: not by a word that another slash closes ("Ulaanbaatar/MONTSAME/": an agency).
#: A slash inside a later word of a place, between letters ("FORT WORTH/ARLINGTON"), and
#: not before a word that another slash closes ("New Delhi/IANS/": an agency); a slash
#: before a blank closes the place ("नई दिल्ली/ शुक्रवार/").
_INNER_SLASH = r"/(?=[^\W\d_])(?![^/\s]{1,30}+/)"
_PLACE = rf"""(?P<place>
    {_LETTER}{_WORD_CHAR}{{0,40}}+(?:/(?=[^\W\d_])(?![^/\s]{{1,30}}+/){_WORD_CHAR}{{0,40}}+){{0,3}}+
    (?:[ \t]{{1,3}}+{_NOT_DATE}{_LETTER}(?:{_WORD_CHAR}|{_INNER_SLASH}){{0,40}}+
      | [ \t]{{1,2}}+/[ \t]{{1,2}}+{_LETTER}[\w.'’&/-]{{0,40}}+
    ){{0,5}}+
)"""
#: A character of a region's word; a hyphen before a blank closes it ("Santo Domingo, RD.-").
_REGION_CHAR = r"(?:[\w.'’&]|-(?![-\s]))"
#: Up to three regions after commas (", Calif.", ", Israel", ", British Columbia") or in
#: brackets (ANI: "New Delhi [India]").
_REGIONS = rf"""(?P<regions>(?:
    [ \t]{{0,3}}+[,\u060c][ \t]{{0,3}}+{_BREAK}?+[ \t]{{0,8}}+{_NOT_DATE}
    {_LETTER}{_REGION_CHAR}{{0,30}}+(?:[ \t]{{1,3}}+{_NOT_DATE}{_LETTER}{_REGION_CHAR}{{0,30}}+){{0,4}}+
  | [ \t]{{0,3}}+\[[^\]\n]{{1,30}}+\]
){{0,3}}+)"""
#: A date of the Islamic calendar printed before the Gregorian one, as the Saudi Press Agency
#: does ("Riyadh, Muharram 08, 1437, October 21, 2015, SPA --"): one to three words of a
#: month, a day and a year of the Hijra (13xx or 14xx, which no Gregorian year of the news
#: is), then a comma. The Gregorian date after it is the dateline's date.
_HIJRI = (
    r"[^\W\d_][\w'’-]{2,12}+(?:[ \t][^\W\d_][\w'’-]{1,12}+){0,2}+[ \t]{1,3}+\d{1,2}+,"
    r"[ \t]{1,3}+1[34]\d\d(?!\d)[ \t]{0,3}+,[ \t]{1,3}+"
)
#: "March 9", "Feb. 17, 2025", "2 March", "MARCH  23", "May 8.", "23rd Dec, 2019",
#: "June 13/2024" (ENA), "10. ožujka" (HINA), "13 de octubre de 2017" (Spanish), "Nov .8"
#: (the abbreviation's point printed after the blank).
#: The time a site prints after a dateline's date ("5 августа, 2008, 13:14 —"): hours
#: and minutes, no part of the date.
_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)"
_DATE = rf"""(?:
    [ \t,.\u060c]{{0,4}}+(?:{DASH}[ \t]{{0,3}}+)?+{_BREAK}?+[ \t]{{0,8}}+(?:{_HIJRI})?+
    (?: (?P<month>[^\W\d_]{{3,{MONTH_WORD_MAX}}}+)\.?+[ \t]{{0,6}}+(?:(?<=[ \t])\.)?+(?P<day>\d[Oo](?!\w)|\d{{1,3}}+(?!\d))
        (?:st|nd|rd|th)?+
      | (?P<day>\d{{1,2}}+)(?:st|nd|rd|th|\.)?+[ \t]{{1,3}}+(?:de[ \t]{{1,3}}+)?+
        (?P<month>[^\W\d_]{{3,{MONTH_WORD_MAX}}}+)(?!\w)\.?+
      | (?P<day>[\u0900-\u097f]{{2,8}}+)[ \t]{{1,3}}+(?P<month>{_DEVANAGARI_MONTHS})(?!\w)
    )
    (?:[ \t]{{0,3}}+[,/]?+[ \t]{{0,3}}+(?:de[ \t]{{1,3}}+)?+(?P<year>(?:19|20)\d\d)(?!\d))?+
    (?:[ \t]{{0,3}}+,[ \t]{{0,3}}+{_CLOCK})?+
)?+"""
#: One to three words of an agency's name; the first may be a site's address ("INTERFAX.RU");
#: the name may stand in guillemets or quotation marks ("«Азия-Плюс»").
_AGENCY_WORDS = (
    r"[«“]?+[^\W\d_][\w-]{1,20}+(?:\.[A-Za-z]{2,6}+(?![\w.])){0,2}+"
    r"(?:[ \t][^\W\d_][\w-]{1,20}+){0,2}+(?:(?<=[«“][^«“]{1,70})[»”])?+"
    # a possessive is the body's first word, never an agency ("May 28. Uzbekistan’s ...")
    r"(?!['’]\w)"
)
#: "(Reuters)", "( AFP )", "(UrduPoint / Sputnik - 2nd May, 2021)", "()" (an agency the site
#: left out, before a dash), "{AP}" (braces in some
#: US papers' web archives), "/TASS/", "| AFP |" (a site's bars), ", Kyodo",
#: ". KAZINFORM", and after a date only when the close follows at once: "Nov. 25 Trend:".
_AGENCY = rf"""(?:
    [ \t,.]{{0,4}}+{_BREAK}?+[ \t]{{0,8}}+
    (?: \([ \t]{{0,3}}+(?P<paren>[^()\n]{{1,80}}?)[ \t]{{0,3}}+\)
      | \([ \t]{{0,3}}+\)(?=[ \t]{{0,3}}+{DASH})
      | \{{[ \t]{{0,3}}+(?P<paren>[^{{}}\n]{{1,40}}?)[ \t]{{0,3}}+\}}
      | /[ \t]{{0,2}}+(?P<slash>[^/\n]{{1,30}}?)[ \t]{{0,2}}+/
      | (?<=\p{{Ll}}[ \t])\|[ \t]{{1,2}}+
        (?P<slash>\p{{Lu}}[\p{{Lu}}\p{{Ll}}.&-]{{1,20}}+(?:[ \t]\p{{Lu}}[\p{{Lu}}\p{{Ll}}.&-]{{1,20}}+){{0,2}}+)
        [ \t]{{1,2}}+\|
      | (?<=[,.][ \t]{{0,4}}+)(?P<word>{_AGENCY_WORDS})
      | (?<=\d[ \t]{{1,3}}+)(?P<word>{_AGENCY_WORDS})(?=[ \t]{{0,3}}+(?:{DASH}|:))
    )
)?+"""
#: A dash ("-?" where a scraper mangled an em dash), a spaced Arabic tatweel ("روما ـ"),
#: one or two slashes before a blank ("ABU DHABI //", "Dhaka/ "), or the Devanagari full
#: stop that Nepali and Hindi papers close the place with ("काठमाडौं ।").
_CLOSING_DASH = (
    rf"(?:{DASH}(?:\?(?=[^\W\d_]))?+|(?<=\s)\u0640{{1,3}}+(?=\s)|/{{1,2}}+(?=[ \t])"
    r"|\u0964(?=[ \t]))"
)
#: A dash or a colon (doubled by some sites: ") ::Foreign ..."); a full stop (after
#: "/TASS/", an agency or a date); the end of the line; or no mark at all before the body
#: ("(PTI) India said"), even no blank after a bracket or a slash agency ("WASHINGTON
#: (CNN)President ...", "Addis Ababa February 15/2023 /ENA/Deputy ...", "ریاض (این این آئی
#: )سعودی ...": a known agency, a slash agency or a name in a script without capitals,
#: see dateline_main).
_TERM = rf"""(?P<term>
    [ \t]{{0,3}}+[.,]?+\s{{0,8}}+(?P<dash>{_CLOSING_DASH}|:(?![/\d])(?::(?![/\d]))?+)
  | [ \t]{{0,3}}+(?P<dot>\.)(?=\s|\Z)
  | [ \t]{{0,3}}+(?P<eol>(?=[\n\r\x85\u2028\u2029]|\Z))
  | (?P<space>[ \t]++)(?=[^\W\d_]|["“‘'<])
  | (?<=[)/])(?P<space>)(?=\p{{Lu}}\p{{Ll}}|\p{{Lo}})
)"""

#: The main shape: place, regions, date, agency, closing mark ("JERUSALEM, Nov 6 (Reuters) -",
#: "SAN MATEO, Calif., March 2 -", "NEW YORK, May 8. /TASS/.", "BONN, Germany, Feb. 17,
#: Kyodo", "DOHA:"). What each group may hold is decided by accordlib.wire.dateline.
DATELINE = lazy_regex(_PLACE + _REGIONS + _DATE + _AGENCY + _TERM, regex.VERBOSE)

#: A place and a day before its month with no comma between them ("Addis Ababa 26
#: juillet,2024 (ENA)"), which the main shape reads as a month ("Ababa 26"): up to four
#: words, a day, a month, maybe a year, then what may follow a date in the main shape.
PLACE_DAY = lazy_regex(
    rf"""(?P<place>{_LETTER}[\w.'’-]{{0,40}}+(?:[ \t]{{1,3}}+{_LETTER}[\w.'’-]{{0,40}}+){{0,3}}+)
    (?P<regions>)[ \t]{{1,3}}+
    (?P<day>\d{{1,2}}+)[ \t]{{1,3}}+(?P<month>[^\W\d_]{{3,{MONTH_WORD_MAX}}}+)(?!\w)\.?+
    (?:[ \t]{{0,3}}+,?+[ \t]{{0,3}}+(?P<year>(?:19|20)\d\d)(?!\d))?+"""
    + _AGENCY
    + _TERM,
    regex.VERBOSE,
)

#: Where the fast pattern ends a dateline without a dash (the end of the line, "/TASS/."),
#: the full pattern would still take a dash or colon that follows within eight blanks
#: ("LONDON, March 9\n- The bank") or an agency at the start of the next line
#: ("LONDON, March 9\n(Reuters)"): the fast pattern leaves those to it.
_NO_DASH_AHEAD = (
    r"\s{0,8}(?:[-\u2010-\u2015\u2212]|:(?![/\d]))"
    r"|(?:\r\n|[\n\r\x85\u2028\u2029])[ \t]{0,8}[(/]"
)

#: Where the fast pattern ends a dated dateline with no mark ("BAKU, Nov. 25 Trend"), the
#: full pattern takes one to three words closed by a dash or colon as an agency ("Nov. 25
#: Trend:"): the fast pattern leaves those to it.
_NO_AGENCY_AHEAD = r"\w[\w-]*(?:[ \t]\w[\w-]*){0,2}[ \t]{0,3}[-\u2010-\u2015\u2212:]"

#: A character of a place's or a region's word in the fast pattern: a hyphen only between
#: letters, so "W--ASHINGTON" (a glued closing dash) and "MOSCOW- " (a hyphen closing the
#: place) are left to the full pattern, which reads them as :data:`_WORD_CHAR` says.
_FAST_PLACE_CHAR = r"(?:[A-Za-z.'&/]|-(?=[A-Za-z]))"
_FAST_REGION_CHAR = r"(?:[A-Za-z.'&]|-(?=[A-Za-z]))"

#: The common shapes of the pattern above ("WASHINGTON, March 9 -", "JERUSALEM, Nov 6
#: (Reuters) -", "SAN MATEO, Calif., March 2 -") in ASCII with single spaces, for the
#: standard-library engine, which is several times faster on them. It yields the same
#: groups; whatever it does not match goes to the full pattern. Every alternative is
#: delimited by a different character, so it cannot backtrack far, and it only ever sees
#: a window of a few hundred characters.
FAST = lazy_re(
    r"""
    (?P<place>[A-Za-z]FAST_PLACE_CHAR{0,30}(?:[ ][A-Za-z]FAST_PLACE_CHAR{0,30}){0,4})
    (?P<regions>(?:,[ ][A-Za-z]FAST_REGION_CHAR{0,30}(?:[ ][A-Za-z]FAST_REGION_CHAR{0,30}){0,2}){0,2})
    ,[ ]{1,2}
    (?:(?P<month>[A-Za-z]{3,10})\.?[ ]{1,2}(?P<day>\d{1,2})(?!\d)
      |(?P<day2>\d{1,2})[ ](?P<month2>[A-Za-z]{3,10})(?![A-Za-z0-9_])\.?)
    (?:,[ ](?P<year>(?:19|20)\d\d)(?!\d))?
    (?:
        (?:[ ]\((?P<paren>[A-Za-z][A-Za-z.-]*(?:[ ][A-Za-z.-]+){0,3})\))?
        (?:[.,]?[ ]{0,3}(?P<dash>-{1,3}|[\u2010-\u2015\u2212]{1,2})(?!\?[^\W\d_])
          |[ ]{0,3}(?P<eol>)(?=[\n\r\x85\u2028\u2029]|\Z)(?!NO_DASH_AHEAD)
          |(?P<space>[ ]+)(?=[A-Za-z"<])(?!NO_AGENCY_AHEAD))
      | \.[ ]/(?P<slash>[A-Za-z]{2,20})/(?P<dot>\.)(?=\s|\Z)(?!NO_DASH_AHEAD)
      | ,[ ](?P<word>[A-Z][A-Za-z]{1,20})[ ]{0,3}(?P<eol2>)(?=[\n\r\x85\u2028\u2029]|\Z)(?!NO_DASH_AHEAD)
    )
    """.replace("NO_DASH_AHEAD", _NO_DASH_AHEAD)
    .replace("NO_AGENCY_AHEAD", _NO_AGENCY_AHEAD)
    .replace("FAST_PLACE_CHAR", _FAST_PLACE_CHAR)
    .replace("FAST_REGION_CHAR", _FAST_REGION_CHAR),
    re.VERBOSE,
)
#: The groups of :data:`FAST` in their positional order (``fast_groups`` unpacks them).
FAST_GROUPS = (
    "place", "regions", "month", "day", "day2", "month2", "year",
    "paren", "dash", "eol", "space", "slash", "dot", "word", "eol2",
)  # fmt: skip
GROUPS = (
    "place", "regions", "month", "day", "year", "paren", "slash", "word", "dash", "dot", "eol",
    "space",
)  # fmt: skip

#: "(CNN) —", "( AFP ) -", "(WASHINGTON) --", "(AMMAN, Jordan) --": an agency or a place in
#: parentheses, with a dash or colon; or with no mark before the body ("(CNN)Kenya's").
AGENCY_FIRST = lazy_regex(
    rf"""
    \([ \t]{{0,3}}+(?P<paren>[^()\n]{{1,40}}?)[ \t]{{0,3}}+\)
    (?: [ \t]{{0,3}}+(?P<dash>{DASH}|:)
      | (?P<glued>[ \t]{{0,3}}+)(?=[^\W\d_]|["“‘'])
    )
    """,
    regex.VERBOSE,
)

#: An agency in parentheses before a date ("(RFE/RL) 11 November 2005 --"); the date
#: that follows is read by :data:`DATE_FIRST`.
AGENCY_BEFORE_DATE = lazy_regex(
    r"\([ \t]{0,3}+(?P<paren>[^()\n]{1,40}?)[ \t]{0,3}+\)[ \t]{1,3}+(?=\d)"
)

#: An agency's code before its place and date in parentheses, then a dash:
#: "RSS (KATHMANDU, 29 March 2022) –".
CODE_BRACKET = lazy_regex(
    rf"""(?P<code>[A-Z][A-Za-z]{{1,9}}+)[ \t]{{1,3}}+\([ \t]{{0,3}}+(?P<inner>[^()\n]{{3,60}}+)\)
    [ \t]{{0,3}}+(?P<dash>{DASH}|:)""",
    regex.VERBOSE,
)

#: A date and maybe an agency, no place: "June 19 (Reuters) -", "11 July 2005 (RFE/RL) --",
#: "October 9, The Iran Project –", "AUGUST 5 --"; a full date may close with a full stop or
#: an underscore ("10 June, 2016.", "04 September 2024_").
DATE_FIRST = lazy_regex(
    rf"""
    (?: (?P<month>[^\W\d_]{{3,{MONTH_WORD_MAX}}}+)\.?+[ \t]{{0,3}}+(?P<day>\d{{1,2}}+)(?!\d)(?:st|nd|rd|th)?+
      | (?P<day>\d{{1,2}}+)(?:st|nd|rd|th)?+[ \t]{{1,3}}+(?P<month>[^\W\d_]{{3,{MONTH_WORD_MAX}}}+)(?!\w)\.?+
    )
    (?:[ \t]{{0,3}}+[,/]?+[ \t]{{0,3}}+(?P<year>(?:19|20)\d\d)(?!\d))?+
    (?: [ \t]{{0,3}}+\([ \t]{{0,3}}+(?P<paren>[^()\n]{{1,40}}?)[ \t]{{0,3}}+\)
      | [ \t]{{0,3}}+,[ \t]{{0,3}}+
        (?P<word>[^\W\d_][\w.&'’-]{{0,30}}+(?:[ \t]++[^\W\d_][\w.&'’-]{{0,30}}+){{0,3}}+)
        (?=[ \t]{{0,3}}+(?:{DASH}|:))
    )?+
    (?: [ \t]{{0,3}}+(?P<dash>{DASH}|:)
      | (?<=\d)(?P<stop>[._])(?=[ \t])
    )
    """,
    regex.VERBOSE,
)

#: A date after an agency in parentheses, maybe closed by a dash or colon: "Addis Ababa
#: (ENA) February 16/2023 Deputy ...", "ADDIS ABABA (HAN) January 27, 2016 –".
DATE_AFTER = lazy_regex(
    rf"""[ \t]{{1,3}}+
    (?: (?P<month>[^\W\d_]{{3,{MONTH_WORD_MAX}}}+)\.?+[ \t]{{0,3}}+(?P<day>\d{{1,2}}+)(?!\d)(?:st|nd|rd|th)?+
      | (?P<day>\d{{1,2}}+)(?:st|nd|rd|th)?+[ \t]{{1,3}}+(?P<month>[^\W\d_]{{3,{MONTH_WORD_MAX}}}+)(?!\w)\.?+
    )
    (?:[ \t]{{0,3}}+[,/]?+[ \t]{{0,3}}+(?P<year>(?:19|20)\d\d)(?!\d))?+
    (?:[ \t]{{0,3}}+(?P<dash>{DASH}|:))?+""",
    regex.VERBOSE,
)

#: An agency printed after the closing dash and ended by a full stop or the end of the line:
#: "MOSCOW, April 12 - RIA Novosti.", "TBILISI - Agence France-Presse" and a line break,
#: "Teheran - Saba:"; or
#: a site named by its address ("Ashgabat, August 7 - Arzuw.news.").
AFTER_DASH = lazy_regex(
    r"""[ \t]*+(?P<agency>(?P<site>[^\W\d_][\w-]{0,30}+\.[a-z]{2,6}+(?!\w))
      | [^\W\d_][\w&'’-]*+(?:[ \t]++[^\W\d_][\w&'’-]*+){0,3}?)
    (?:(?P<dot>[.:])(?=\s|\Z)|[ \t]*+(?=[\n\r\x85\u2028\u2029]|\Z))""",
    regex.VERBOSE,
)

#: A place and a date in numbers, day first ("DUSHANBE, 25.02.2020. (NIAT Khovar) –",
#: "DUSHANBE, 22.05.2024 /NIAT «Khovar»/."), then what may follow a date in the main shape.
NUMERIC_DATE = lazy_regex(
    rf"""(?P<place>{_LETTER}[\w.'’-]{{0,40}}+(?:[ \t]{{1,3}}+{_LETTER}[\w.'’-]{{0,40}}+){{0,3}}+)
    (?P<regions>)[ \t]{{0,3}}+,[ \t]{{1,3}}+
    (?P<day>\d{{1,2}}+)\.(?P<month>\d{{1,2}}+)\.(?P<year>(?:19|20)\d\d)(?!\d)"""
    + _AGENCY
    + _TERM,
    regex.VERBOSE,
)

#: A place, a date in numbers and an agency joined by slashes, closed by a colon or a dash,
#: as Turan prints its datelines ("Baku/12/23/23/Turan:"): month first, then the day, then
#: the year in two or four digits.
SLASH_DATE = lazy_regex(
    rf"""(?P<place>{_LETTER}[\w'’-]{{1,30}}+(?:[ \t]{_LETTER}[\w'’-]{{1,30}}+){{0,2}}+)
    /(?P<month>\d{{1,2}}+)/(?P<day>\d{{1,2}}+)/(?P<year>(?:19|20)?+\d\d)(?!\d)
    /(?P<word>{_LETTER}[\w-]{{1,20}}+)[ \t]{{0,3}}+(?P<dash>:|{DASH})""",
    regex.VERBOSE,
)

#: The words of a state officer's title that may open a body after a bare city.
OPENER_TITLES = frozenset(
    ("Foreign", "Prime", "President", "Minister", "Secretary", "Special", "Ambassador")
)

#: The articles that may open a body right after a bare known city ("Baghdad The ...").
OPENER_ARTICLES = frozenset(("The", "A", "An"))

#: A place closed by a comma before a word that opens a sentence but never continues a list
#: of places ("Doha, HE Minister of State ...", "Washington, On Tuesday, ...", "London,
#: British Foreign Secretary ...", "Manama, Foreign Minister ..."): read by
#: :func:`accordlib.wire.dateline_shapes._comma_opener`, for known dateline cities only. With no
#: comma at all, only a state's officer may open the body, named by a country's code or
#: adjective ("Baghdad Foreign Minister ...", "Islamabad US Special Envoy ...",
#: "Washington U.S. President ..."), not a city's ("Delhi Chief Minister ..."), or an
#: article, which no city's name goes on with ("Baghdad The President ...", "Baghdad A
#: government source ...").
COMMA_OPENER = lazy_regex(
    r"""(?P<place>\p{Lu}[\w.'’-]{0,30}+(?:[ \t]\p{Lu}[\w.'’-]{0,30}+){0,2}?)
    (?: [ \t]{0,2}+(?P<comma>,)[ \t]{1,3}+
      (?=(?:On|In|At|During|After|Before|Earlier|Today|Yesterday|According|Following|HE|H\.E\.
        |H\.H\.|HH|His|Her)[ \t]
        |(?:\p{Lu}\p{Ll}{2,20}+[ \t])?+(?:Foreign|Prime|President|Vice|Deputy|Minister|Secretary
          |Ambassador|Chairman|Speaker)[ \t]\p{Lu})
      | [ \t](?=(?:"""
    + "|".join(sorted(OPENER_ARTICLES))
    + r""")[ \t]\p{L}\p{Ll}
        |(?:(?:(?:\p{Lu}\.){2,3}+|\p{Lu}{2,3}+|\p{Lu}\p{Ll}{1,20}(?:an|ese|ish|i))[ \t])?+
        (?:"""
    + "|".join(sorted(OPENER_TITLES))
    + r""")[ \t]\p{Lu})
    )""",
    regex.VERBOSE,
)

#: A place in capitals with no mark at all before a body that starts with a capitalised
#: word ("ANKARA Turkish Foreign Ministry ..."); only known dateline cities qualify.
CAPS_PLACE = lazy_regex(
    r"(?P<place>\p{Lu}[\p{Lu}'’.-]*+(?!\w)(?:[ \t]\p{Lu}[\p{Lu}'’.-]*+(?!\w)){0,2}+)"
    r"[ \t]++(?=\p{Lu}\p{Ll})"
)

#: What may stand before a dateline: blanks (a byte-order mark too) and stray asterisks.
LEADING = BLANKS + "*"
#: The leading characters that ``str.lstrip`` keeps but a dateline may follow.
ODD_LEADING = frozenset("*\ufeff\u200b")

#: Leading indentation, stray asterisks ("****LONDON"), a lone stray letter ("c    CHICAGO")
#: and the repeat marker of 1980s wire copy ("RPT --LUDWIGSHAFEN").
LEAD = lazy_regex(r"[\s*]*+(?:[a-z][ \t]{2,}+|(?:RPT|REPEAT)[ \t]*+-{1,3}+[ \t]*+)?+")

#: A name printed in parentheses that may be an agency not in the table: capitalised, short.
AGENCY_LIKE = lazy_regex(
    r"\p{Lu}[\w.&'’-]*+(?:[ \t](?:(?:of|for|de|del|and)[ \t])?+\p{Lu}[\w.&'’-]*+){0,3}+"
)  # "Public Radio of Armenia", "Синьхуа": a lower-case link between capitalised words
#: A name of one to four words in a script without capitals (Arabic, Urdu, Devanagari,
#: Bengali, Hebrew), where case cannot show a name: "(این این آئی)", "(हि.स.)", "(92 نیوز)"
#: (a number may lead, as a channel's does).
NAME_UNCASED = lazy_regex(
    r"(?:\d{1,4}+[ \t])?+\p{Lo}[\w.&'’-]{0,30}+(?:[ \t]\p{Lo}[\w.&'’-]{0,30}+){0,3}+"
)

#: An agency not in the table: a code in capitals ("MIA", "QNA") or a name with a media word.
AGENCY_CODE = lazy_regex(r"[A-Z][A-Z0-9&-]{1,9}+")
#: An agency's or a credit's name printed in lower case in brackets: one short word, as some
#: sites print their own name ("(apro)", "(iina)"), or up to three words of a reporter's
#: credit ("(enviada especial)"), which accordlib.wire.dateline_roles.desk_agency reads as
#: no agency.
LOWER_CODE = lazy_regex(r"\p{Ll}{2,10}+")
LOWER_NAME = lazy_regex(r"\p{Ll}{2,15}+(?:[ \t]\p{Ll}{2,15}+){0,2}+")
AGENCY_WORD = lazy_regex(
    r"\b(?:News|Agency|Press|Wire|Times|Post|Journal|Daily|Gazette|TV|Radio|Network|Media"
    r"|Telegraph|Herald|Tribune|Online|Service)\b|\.com\b|\.net\b"
)

#: First words of all-capitals lines that are labels, not places ("UPDATE -", "NOTE:").
# fmt: off
NOT_PLACES = frozenset({
    "ADVISORY", "ALERT", "ALSO", "ANALYSIS", "AND", "BREAKING", "BULLETIN", "BUT", "CAPTION",
    "CLARIFICATION", "COLUMN", "COMMENT", "CORRECTED", "CORRECTION", "CREDIT", "EDITOR",
    "EDITOR'S", "EDITORS", "EDITORIAL", "EXCLUSIVE", "EXPLAINER", "FACTBOX", "FACT", "FLASH",
    "FOR", "FULL", "HEADLINE", "I", "IF", "IN", "INSIGHT", "INTERVIEW", "IT", "LIVE", "MORE",
    "NEWS", "NOTE", "NOTICE", "OF", "ON", "OPINION", "PHOTO", "PHOTOS", "PRESS", "PREVIEW",
    "Q", "QUOTE", "READ", "REFILE", "RELATED", "REPEAT", "REVIEW", "RIGHTS", "SEE", "SOURCE",
    "SOURCES", "SPORTS", "SUMMARY", "TEXT", "THIS", "TO", "TOP", "TRANSCRIPT", "UPDATE",
    "UPDATED", "UPDATES", "URGENT", "VIDEO", "WARNING", "WATCH", "WE", "WHAT", "WHO", "WHY",
    "WRAPUP", "YOU",
    # a site's section rubric before ".-" or a dash ("NACIONAL.- El ..."), not a place
    "NACIONAL", "INTERNACIONAL", "MUNDO", "POLÍTICA", "POLITICA", "ECONOMÍA", "ECONOMIA",
    "DEPORTES", "SOCIEDAD", "OPINIÓN", "POLITICS", "WORLD", "BUSINESS",
})
# fmt: on

#: Characters of which one must appear within the first words of any dateline.
MARKS = frozenset(",(/.:-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u0640\u0964")


def fast_groups(fast: re.Match[str]) -> tuple[str | None, ...]:
    """The groups of a :data:`FAST` match, in the order of :data:`GROUPS`."""
    (
        place, regions, month, day, day2, month2, year, paren, dash, eol, space, slash, dot,
        word, eol2,
    ) = fast.groups()  # fmt: skip
    return (
        place, regions, month or month2, day or day2, year, paren, slash, word, dash, dot,
        eol if eol is not None else eol2, space,
    )  # fmt: skip
