"""The vocabulary of bylines: roles, particles, outlet words and the words of a lead.

These are closed word lists in case-folded form, used by :mod:`accordlib.wire.byline`.
"""

from __future__ import annotations

from accordlib._util.lazy import Lazy
from accordlib._util.tables import read_table

__all__ = [
    "HONORIFICS",
    "LEAD_WORDS",
    "LOWER_CODES",
    "NOT_NAME",
    "NOT_PLAIN",
    "OUTLET_NAMES",
    "OUTLET_WORDS",
    "PARTICLES",
    "ROLE_NOUNS",
    "ROLE_WORDS",
    "ROMAN",
    "SECTIONS",
    "is_section",
]

# fmt: off
#: Job titles: the last word of a role ("AP Diplomatic Writer", "Senior Political Reporter").
ROLE_NOUNS = frozenset({
    "writer", "writers", "correspondent", "correspondents", "reporter", "reporters",
    "editor", "editors", "staff", "columnist", "columnists", "contributor", "contributors",
    "producer", "producers", "analyst", "analysts", "chief", "photographer",
    "photographers", "journalist", "journalists", "intern", "interns", "anchor", "host",
    "critic", "bureau", "desk", "team", "newsroom", "service", "wire", "agency",
    "agencies", "contributing", "representative", "representatives",
    # the desk in other languages ("Tim Redaksi", "Redacción", "Die Redaktion")
    "redaksi", "redacción", "redaccion", "redaktion", "rédaction", "redazione", "redação",
    "редакция",
})
#: Words that may stand before a role noun ("White House", "Diplomatic", "Senior").
ROLE_WORDS = frozenset({
    "ap", "senior", "chief", "deputy", "associate", "assistant", "managing", "executive",
    "political", "diplomatic", "economics", "economic", "business", "finance", "financial",
    "markets", "energy", "science", "health", "medical", "technology", "tech", "climate",
    "environment", "environmental", "defense", "defence", "security", "military",
    "national", "international", "foreign", "global", "world", "regional", "local",
    "metro", "city", "state", "sports", "entertainment", "legal", "justice",
    "investigative", "special", "white", "house", "congressional", "correspondent",
    "staff", "news", "press", "associated", "writer", "middle", "east", "europe",
    "european", "asia", "africa", "latin", "america", "washington", "moscow", "beijing",
    "london", "bureau", "contributing", "digital", "video", "religion", "education",
    "culture", "arts", "travel", "food", "weather", "breaking", "wire", "desk",
    "intelligence", "courts", "supreme", "court", "pentagon", "capitol", "hill", "data",
    "graphics", "photo", "editorial", "opinion", "tim", "die", "la", "affairs", "public",
    "politics", "online", "web", "multimedia",
})
#: Words that cannot be part of a person's name in a byline ("Said" can: it is a surname).
NOT_NAME = frozenset({
    "the", "a", "an", "staff", "and", "of", "for", "in", "at", "on", "to", "news",
    "report", "reports", "reporting", "reported", "updated", "published", "posted",
    "am", "pm", "edt", "est", "gmt", "utc", "today", "yesterday", "minutes", "hours",
    "ago", "read", "more", "wire", "agency", "team", "desk", "contributors", "editors",
    "correspondents", "comments", "comment",
    # a site's template left unfilled ("Reporter Name", "Author Name")
    "name",
})
#: Name particles, lower case after a name's first word ("von der", "bin", "de la").
PARTICLES = frozenset({
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la",
    "le", "bin", "bint", "ibn", "ben", "abu", "al", "el", "ter", "ten", "zu", "y", "e",
    "af", "av",
})
#: The words that may start a byline lead (in any case): "By", "From", "Words by", ...
LEAD_WORDS = frozenset({
    "by", "from", "words", "written", "story", "text", "interview", "reported", "compiled",
    "photo", "photos", "von",
})
#: Words that make a name an outlet, not a person ("Daily Sabah", "Korea Herald").
OUTLET_WORDS = frozenset({
    "daily", "news", "times", "agency", "gazette", "tribune", "herald", "telegraph",
    "journal", "tv", "radio", "network", "media", "online", "wire", "newspaper",
    "magazine",
})
#: Sections of news sites, printed beside the byline ("Joshua Hersh | Posted ... | Politics").
SECTIONS = frozenset({
    "politics", "world", "business", "sports", "sport", "opinion", "print", "news", "video",
    "home", "latest", "nation", "national", "international", "entertainment", "tech",
    "technology", "science", "health", "lifestyle", "editorial", "analysis", "economy",
    "region", "local", "diplomacy", "defence", "defense", "culture", "comment", "features",
    "top stories", "breaking news", "world news", "latest news", "admin", "administrator",
    "staff",
})

#: More words of outlets' names ("Eurasia Review", "Jakarta Globe", "The Yomiuri Shimbun").
OUTLET_NAMES = frozenset({
    "observer", "monitor", "review", "express", "chronicle", "guardian", "globe", "shimbun",
    "bulletin", "release", "insider", "weekly", "digest", "channel", "broadcasting",
    # the last words of North American, British and Australian papers' titles
    "citizen", "courier", "examiner", "inquirer", "enquirer", "dispatch", "telegram",
    "advertiser", "sentinel", "ledger", "statesman", "mercury", "gleaner",
})
# fmt: on

#: Words that keep a part off the fast path of plain names ("Staff", "Writer", "Herald",
#: and the leads "By", "Par", "Von", which start the people inside a segment).
NOT_PLAIN = (
    NOT_NAME | ROLE_NOUNS | ROLE_WORDS | OUTLET_WORDS | OUTLET_NAMES | LEAD_WORDS
    | {"by", "par", "por"}  # the leads the full reading drops ("Par Anna" is Anna)
)  # fmt: skip

#: Agencies' codes that German, Austrian and Swiss sites print in lower case, alone, at a
#: story's foot ("dpa", "afp"; dpa's own style); other short lower-case words ("nan") are
#: not codes.
LOWER_CODES = frozenset({"afp", "dpa", "apa", "ap", "upi", "efe", "ansa"})

#: Titles printed before a name, dropped from it ("Dr. Jane Smith").
HONORIFICS = frozenset({"Dr.", "Dr", "Prof.", "Mr.", "Ms.", "Mrs.", "DR.", "PROF."})

#: Regnal and generational numbers, which stay in capitals ("John Smith III").
ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII"})


def _read_table_sections() -> frozenset[str]:
    rows = read_table("byline_words.tsv")
    return frozenset(row["word"] for row in rows if row["kind"] == "section")


#: More sections of news sites, from byline_words.tsv ("commentary", "análisis").
_TABLE_SECTIONS = Lazy(_read_table_sections)


def is_section(word: str) -> bool:
    """Whether a word (or phrase) names a site's section ("Politics", "Commentary")."""
    folded = word.casefold()
    return folded in SECTIONS or folded in _TABLE_SECTIONS.get()
