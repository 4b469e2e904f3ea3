"""The words and shapes that tell an outlet, a desk or a site from a person in a byline
("Daily Sabah", "Outlook Web Desk", "Redazione Adnkronos", "www.trend.az"), for
:mod:`accordlib.wire.names`."""

from __future__ import annotations

import regex

from accordlib._util.lazy import Lazy, lazy_regex
from accordlib._util.tables import read_table
from accordlib.wire.byline_words import NOT_PLAIN

__all__ = [
    "AFFILIATION",
    "AGENCY_NAME",
    "CAMEL",
    "COUNTRY_SITE",
    "DESK",
    "DOMAIN",
    "FOR_OUTLET",
    "GENERIC_SOURCES",
    "GOVERNMENT",
    "NEWS_COMPOUND",
    "NICKNAME",
    "OFFICE",
    "OUTLET",
    "OUTLET_NAME",
    "OUTLET_TAIL",
    "PERSON_ROLES",
    "QUALIFIER",
    "ROMAN_NUMERAL",
    "THE_NAME",
    "article_title",
    "outlet_worded",
]


def _words(kind: str) -> str:
    """The alternation of ``byline_words.tsv``'s words of ``kind``, longest first; the
    words of a phrase are apart by any run of spaces or tabs."""
    words = {row["word"] for row in read_table("byline_words.tsv") if row["kind"] == kind}
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return "|".join(r"[ \t]++".join(map(regex.escape, word.split())) for word in ordered)


def _build_outlet() -> regex.Pattern[str]:
    return regex.compile(
        rf"\b(?:{_words('outlet')})\b|\.com\b"
        # an agency word's stem in another language: "Руска информационна агенция",
        # "dts Nachrichtenagentur", "Anadolu Ajansı"
        rf"|(?:{_words('outlet_stem')})",
        regex.IGNORECASE,
    )


#: Words that make a name an outlet, not a person ("Daily Sabah", "Korea Herald",
#: "Agencia Andes"), from byline_words.tsv (kinds ``outlet`` and ``outlet_stem``).
OUTLET = Lazy(_build_outlet)
#: Words that end outlets' names, in their printed case ("Aki Press", "Citizen Digital"),
#: from byline_words.tsv (kind ``outlet_tail``).
OUTLET_TAIL = Lazy(lambda: regex.compile(rf"[ \t](?:{_words('outlet_tail')})\Z"))
#: More words of outlets' names, in their printed case ("Jakarta Globe", "Ottawa Citizen",
#: "Corriere"), from byline_words.tsv (kind ``outlet_name``).
OUTLET_NAME = Lazy(lambda: regex.compile(rf"\b(?:{_words('outlet_name')})\b"))


def outlet_worded(text: str) -> bool:
    """Whether ``text`` holds a word of outlets' names (OUTLET, OUTLET_NAME, OUTLET_TAIL)."""
    return bool(
        OUTLET.get().search(text)
        or OUTLET_NAME.get().search(text)
        or OUTLET_TAIL.get().search(text)
    )


#: A proper name led by "The" ("The Huffington Post", "The Yomiuri Shimbun").
THE_NAME = lazy_regex(r"(?:The|THE)(?:[ \t]++(?:and[ \t]++)?+\p{Lu}[\w.&'’-]*+){1,4}+")
#: A Romance language's article that opens a paper's title of one word ("Le Républicain",
#: "La Jornada", "El Deber", "Il Giornale"); a person's name of two words does not start so.
_TITLE_ARTICLE = frozenset({"Le", "La", "Les", "El", "Il", "Los", "Las"})
#: Such a title has two words, the second of more letters than this ("Le Pen" is a name).
_TITLE_WORDS = 2
_ARTICLE_WORD_MIN = 3
#: Words of bodies that are sources but neither agencies nor outlets ("Source: Ministry of
#: Foreign Affairs").
GOVERNMENT = lazy_regex(
    r"\b(?:Ministry|Minister|Ministère|Ministerio|Ministero|Kementerian|Bakanlığı|Министерство"
    r"|Office|Department|Embassy|Government|Presidency|Secretariat|Council)\b",
    regex.IGNORECASE,
)


def _build_desk() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?P<outlet>.*?)[ \t]*+\b(?:(?:{_words('desk_qualifier')})[ \t]++)?+"
        rf"(?:{_words('desk')}|(?-i:Report)|(?<=\p{{Lu}}\p{{L}}{{1,30}}[ \t]++)report)s?+\Z"
        r"|(?P<outlet>.*?)[ \t]*+\b(?:Editorial[ \t]++)?+Staff\Z"  # "Addis Standard Staff"
        # the desk in other languages: "Haber Merkezi", "Redacción", "Redação", "Rédaction"
        rf"|(?P<outlet>.*?)[ \t]*+\b(?:{_words('desk_last')})\Z"
        rf"|(?:{_words('desk_first')})(?:[ \t]++(?:de|di|der)\b)?+[ \t]++(?P<outlet>\S.*+)",
        regex.IGNORECASE,
    )


#: Desks, teams, staff and a site's own reports, which are no people ("News Desk", "Web
#: Desk", "Editorial Team", "Addis Standard Staff", "TBS Report", "Redazione Adnkronos");
#: the words from byline_words.tsv (kinds ``desk``, ``desk_qualifier``, ``desk_last``,
#: ``desk_first``).
DESK = Lazy(_build_desk)
#: The end of an agency's own name, not a desk's role: "Tribune News Service",
#: "Kashmir News Agency" (but "Outlook Web Desk" names the outlet "Outlook").
AGENCY_NAME = lazy_regex(r"\b(?:News|Press|Information)[ \t]++(?:Agency|Service)\Z", regex.I)
#: A name written in camel case, in any cased script, which people's names are not ("SuchTv",
#: "iGCU", "VOVworld", "ЎзА"); "McDonald", "DeSantis", "LeBron" are.
CAMEL = lazy_regex(
    r"\A(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{L}*\p{Ll}\p{Lu}|\A\p{Lu}{2,}+\p{Ll}"
)
#: One word run together with "news" ("Newsday", "Azernews"; "Newsom" is a surname).
NEWS_COMPOUND = lazy_regex(r"(?i:\p{L}{2,}news|news(?!om)\p{L}{2,})")
#: A web address without its scheme ("www.trend.az", "CCTV.com", "Globalinfos.net").
DOMAIN = lazy_regex(
    r"\A(?:www\.)?+(?P<name>[\w-]++)"
    # a second-level domain under any country's code ("postcourier.com.pg")
    r"(?:\.(?:com|net|org|gov|co|edu)\.[a-z]{2}|(?:\.(?:com|net|org|info|news|gov|co|edu))?"
    r"\.(?:com|net|org|info|news|tv|me|eu|co|uk|us|ca|au|az|kz|uz|kg|tj|tm|ru|ua|by|am|ge|tr"
    r"|ir|pk|in|cn|jp|kr|ae|qa|sa|kw|bh|om|jo|lb|eg|ma|dz|tn|iq|sy|af|bd|lk|np|my|id|ph|vn"
    r"|th|sg|hk|tw|mn|it|fr|de|es|pt|ch|at|be|nl|se|no|fi|dk|pl|cz|hu|ro|bg|gr|rs|hr|ba|il"
    r"|ps|ng|ke|za))\Z",
    regex.IGNORECASE,
)
#: An office held by the person named before it ("Council of Europe Commissioner for Human
#: Rights", "Professor of Law"): a title, not an outlet.
OFFICE = lazy_regex(
    r"\b(?:Commissioner|Minister|Ambassador|President|Director|Secretary|Spokesperson"
    r"|Spokesman|Spokeswoman|Professor|Chair(?:man|woman|person)?|Rapporteur|Envoy"
    r"|Governor|Senator|Adviser|Advisor|Fellow|Lecturer|Researcher)\b"
    r"(?:[ \t]++(?:of|for|on|to|at)\b|[ \t]*+\Z)"  # "Professor Tom Lee" is a person
)
#: The roles a person holds, which end a role line ("Online Writer"); "agency", "service",
#: "desk" and "wire" end an outlet's or a desk's name ("National News Agency").
PERSON_ROLES = frozenset({
    "writer", "writers", "correspondent", "correspondents", "reporter", "reporters",
    "editor", "editors", "columnist", "contributor", "producer", "analyst", "journalist",
    "photographer", "intern", "anchor", "host", "critic",
})  # fmt: skip
#: A site under any country's code, the code printed in small letters ("Minute.bf",
#: "Sahara.ne"), beyond the codes that DOMAIN lists ("Mr.Jo" is no address); a host name
#: has no underscore, and ".py" is a script ("gen_facade.py", "setup.py"), not Paraguay.
COUNTRY_SITE = lazy_regex(r"(?:www\.)?+(?P<name>[^\W_](?:[^\W_]|-){1,29}+)\.(?!py\b)[a-z]{2}")
#: A regnal or generational number ("XIV", "III").
ROMAN_NUMERAL = lazy_regex(r"[IVXLC]++")
#: The outlet a person wrote for, printed as its own piece: "for the Pulitzer Center".
FOR_OUTLET = lazy_regex(
    r"(?i:for|special[ \t]++to)[ \t]++(?:(?i:the)[ \t]++)?+(?P<name>\p{Lu}[\w.&'’ -]{1,60}+)"
)
#: Affiliations that follow a name: "For Daily Mail Australia", "Special to CNN", "in Cairo",
#: German "aus Berlin".
AFFILIATION = lazy_regex(
    r"""\s++(?:for|special\s+to|in|at|of|from|aus)\s.*+\Z""", regex.IGNORECASE | regex.VERBOSE
)
#: Qualifiers after a name: "reporting from Brussels", "reports from Istanbul".
QUALIFIER = lazy_regex(
    r"[ \t]++(?:reporting|reports|reported|writing|writes)[ \t]++(?:from|in|for)\b.*+\Z",
    regex.IGNORECASE,
)
#: A nickname in quotation marks inside a name: 'Mohammed "Mo" Khan'.
NICKNAME = lazy_regex(r"[ \t]++[\"“‘'][^\"”’'\n]{1,20}+[\"”’'](?=[ \t])")

#: Generic names of sources, which name nobody ("Agencies", "Agency reports").
GENERIC_SOURCES = frozenset({
    "agencies", "agency", "agency reports", "news agencies", "wires", "web",
    # "Agencies" in Spanish, Portuguese, French, Italian, German and Turkish
    "agencias", "agências", "agences", "agenzie", "agenturen", "ajanslar",
})  # fmt: skip


def article_title(tokens: list[str]) -> bool:
    """ "Le Républicain", "El Deber": an article and one capitalised word of four letters
    or more (not a desk's word: "La Redacción" names no one), a paper's title."""
    return (
        len(tokens) == _TITLE_WORDS
        and tokens[0] in _TITLE_ARTICLE
        and len(tokens[1]) > _ARTICLE_WORD_MIN
        and tokens[1][:1].isupper()
        and tokens[1].isalpha()
        and tokens[1].casefold() not in NOT_PLAIN
    )
