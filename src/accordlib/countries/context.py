"""Context rules for prose: a country's name that is also a person's, a US state's or a
bird's name, and ambiguous names that the neighbourhood resolves."""

from __future__ import annotations

import bisect
import re

import regex

from accordlib.countries.index import lookup_entry
from accordlib.countries.model import Country

__all__ = ["CONTEXTUAL", "PERSONISH", "TextCues", "context_allows", "disambiguate"]


#: Spellings that are also common given names or surnames ("Michael Jordan", "Chad Smith").
PERSONISH = frozenset(
    """America Chad Cuba Georgia Holland India Israel Jamaica Jordan Kenya London Paris Sofia
    Washington Wellington Berlin""".split()  # noqa: SIM905 - a word list reads best as text
)

#: A capitalised word before a PERSONISH name that does not make it a person's name.
_PREV_OK = frozenset(
    """The In From To Of And But With For By On At As Both Neighbouring Neighboring Like Unlike
    While When Where If Although Though Since After Before Including Across Against Between
    Within Outside Inside Without Did Does Is Was Has Had Will Would Could Should May Might Must
    Can Even Only Also Meanwhile Nor Or Then Now So Yet Why How What Which That This These
    Those Under Over Through Near Via Toward Towards Beyond Into Onto Upon Until Northern
    Southern Eastern Western Central Northeastern Northwestern Southeastern Southwestern
    Visiting Neither Either Whether Because Once During Amid Despite Per About Around Behind
    Besides Beside Not All Every Each Most Many Some Several Here There Today Yesterday
    Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday Democratic Greater
    Ally Allies Neighbour Neighbor Rival Oil-rich Landlocked Gulf Tiny Small Poor Rich
    Wealthy Neutral Nearby Mountainous Impoverished Predominantly Mostly Officially Modern
    Today's Independent Post-war Postwar Pre-war""".split()  # noqa: SIM905 - a word list reads best as text
)

#: A capitalised word after a PERSONISH name that does not make it a person's name.
_NEXT_OK = frozenset(
    """President Presidents Prime Foreign Defence Defense Interior Finance Economy Economic
    Trade Energy Health Justice Information Minister Ministers Ministry King Queen Crown Prince
    Princess Emir Sultan Sheikh Army Armed Air Navy Naval Government Cabinet Embassy
    Ambassador Consulate Parliament Congress Senate National Central Supreme Constitutional
    High Olympic Olympics Football Cup Red Islamic Muslim Christian Jewish Arab Kurdish
    Airways Airlines Coast Border Police Security Intelligence Military Forces Consul Chief
    Vice Deputy Secretary Chancellor Premier Mission Delegation Team Squad Relations Talks
    Summit Treaty Accord Agreement Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec On In At And But Or For The To With As By
    From Of Is Was Has Had Will Says Said Tells Warns Urges Calls Accuses Denies Rejects
    Agrees Signs Joins Seeks Plans Vows Backs Condemns Welcomes Opposition Authorities
    Officials Leader Leaders State Republic Kingdom Federation Union Embassy Troops Soldiers
    Refugees Border Crossing Capital City Party Parliamentary Elections Election Vote Votes
    Court Central Bank""".split()  # noqa: SIM905 - a word list reads best as text
)

# Endings of adjectives (not given names) that may open a sentence before a country:
# "Impoverished Chad", "War-torn Chad", "Oil-rich", "Mountainous Georgia".
_ADJECTIVE = re.compile(r"(?:ed|ing|ous|ive|less|ful|ary|ical|-\w+)$")

#: Abbreviated titles before a person's name.
_TITLES = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sen",
        "Rep",
        "Gov",
        "Gen",
        "Col",
        "Capt",
        "Lt",
        "Sgt",
        "Prof",
        "Rev",
        "Maj",
        "Adm",
        "Cmdr",
        "Amb",
        "Pres",
    ]
)

# The capitalised word just before a mention, separated by one space ("Michael Jordan").
_PREV_WORD = regex.compile(
    r"(?:^|(?<=[^\p{L}\p{N}\p{M}.'’-]))([\p{Lu}][\p{L}\p{M}'’.-]{0,30})[ \u00a0]$"
)
# The capitalised word just after a mention ("Chad Smith", "Chad M. Smith").
_NEXT_WORD = regex.compile(r"[ \u00a0](\p{Lu}[\p{L}\p{M}'’-]{0,30}+\.?)")
# "Savannah, Georgia": a capitalised word and a comma before the mention.
_PREV_COMMA_WORD = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’.-]{0,30}),[ \u00a0]$")

# Words near "Georgia" that point to the US state, and words that point to the country.
_GEORGIA_US = regex.compile(
    r"""\b(?:Atlanta|Savannah|Augusta|Macon|Columbus|Fulton|Cobb|DeKalb|Gwinnett|Peach\ State
    |Kemp|Raffensperger|Warnock|Ossoff|governor|Governor|Gov\.|senator|Senator|Sen\.|Senate
    |legislature|Legislature|General\ Assembly|county|County|Republicans?|Democrats?|GOP
    |primary|runoff|Bulldogs|Falcons|Braves|Hawks|Alabama|Florida|Tennessee|Carolina|U\.S\.\ state
    |US\ state|state\ of|Ga\.|midterms?|polls?\ closed|secretary\ of\ state)\b""",
    regex.VERBOSE,
)
_GEORGIA_COUNTRY = regex.compile(
    r"""\b(?:Tbilisi|Georgian|Georgians|Caucasus|Abkhazia|Ossetia|Saakashvili|Ivanishvili
    |Kobakhidze|Zourabichvili|Batumi|Kutaisi|Black\ Sea|Russia|Russian|Armenia|Azerbaijan
    |Ukraine|Moldova|NATO|EU|European\ Union|Kremlin|Moscow)\b""",
    regex.VERBOSE,
)
_GEORGIA_WINDOW = 160


# A lower-case word of four letters or more that headline case would capitalise (AP and
# Reuters headline style leaves only short words and a few prepositions in lower case).
_LOWER_WORD = re.compile(
    r"(?<![\w'’-])(?!(?:with|from|into|over|than|that|upon|onto|amid|near|says|said)\b)"
    r"[^\W\d_A-Z]{4}"
)
_HEADLINE_REACH = 100


def _in_headline(text: str, start: int, ctx: TextCues) -> bool:
    """Whether the line around ``start`` is in headline case ("Israel Strikes Back").

    It is when no word of four letters or more near the mention, on its line, starts with a
    lower-case letter. One search that usually stops at the first word it meets.
    """
    lo = text.rfind("\n", max(0, start - _HEADLINE_REACH), start) + 1
    if lo == 0:
        lo = max(0, start - _HEADLINE_REACH)
    known = ctx.headlines.get(lo)
    if known is not None:
        return known
    hi = text.find("\n", start, start + _HEADLINE_REACH)
    hi = start + _HEADLINE_REACH if hi < 0 else hi
    result = _LOWER_WORD.search(text, lo, hi) is None and hi - lo > 20
    ctx.headlines[lo] = result
    return result


def _is_person(text: str, start: int, end: int, ctx: TextCues) -> bool:
    """Whether a PERSONISH name at ``text[start:end]`` is part of a person's name."""
    if text[start:end].isupper() or _in_headline(text, start, ctx):
        return False  # all capitals or headline case: capitalised neighbours say nothing
    before = _PREV_WORD.search(text, max(0, start - 33), start)
    if before is not None and before.group(1).rstrip(".") not in _PREV_OK:
        prev = before.group(1)
        if prev.endswith("."):
            # "Mr. Jordan", "J. Jordan" are people; "...in Korea. Israel's" is a new sentence.
            if prev[:-1] in _TITLES or len(prev) == 2:
                return True
        elif not (prev.isupper() and len(prev) > 1) and not _ADJECTIVE.search(prev):
            return True  # "Michael Jordan"; not "UN Jordan" nor "Impoverished Chad"
    after = _NEXT_WORD.match(text, end, min(len(text), end + 34))
    return after is not None and after.group(1).rstrip(".") not in _NEXT_OK


class TextCues:
    """Facts about one text computed at most once per call: headline lines, cue positions."""

    __slots__ = ("_cues", "headlines", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        #: Line start -> whether the line is in headline case.
        self.headlines: dict[int, bool] = {}
        self._cues: dict[str, list[int]] = {}

    def cue_in(self, name: str, pattern: regex.Pattern[str], lo: int, hi: int) -> bool:
        """Whether ``pattern`` matches somewhere in ``text[lo:hi]`` (searched once per text)."""
        positions = self._cues.get(name)
        if positions is None:
            positions = [m.start() for m in pattern.finditer(self.text)]
            self._cues[name] = positions
        i = bisect.bisect_left(positions, lo)
        return i < len(positions) and positions[i] < hi

    def cue_near(self, name: str, pattern: regex.Pattern[str], start: int, end: int) -> bool:
        """Whether ``pattern`` matches within the Georgia window around ``text[start:end]``.

        The text is searched once per pattern; each question is then a binary search, so a
        text with thousands of mentions stays linear.
        """
        positions = self._cues.get(name)
        if positions is None:
            positions = [m.start() for m in pattern.finditer(self.text)]
            self._cues[name] = positions
        lo, hi = start - _GEORGIA_WINDOW, end + _GEORGIA_WINDOW
        i = bisect.bisect_left(positions, lo)
        while i < len(positions) and positions[i] < hi:
            if not start <= positions[i] < end:  # the mention itself is no cue
                return True
            i += 1
        return False


def _is_us_state(text: str, start: int, end: int, ctx: TextCues) -> bool:
    """Whether "Georgia" at ``text[start:end]`` is the US state (its neighbourhood says so)."""
    before = _PREV_COMMA_WORD.search(text, max(0, start - 33), start)
    if before is not None:
        word = before.group(1)
        if not _GEORGIA_COUNTRY.fullmatch(word) and lookup_entry(word) is None:
            return True  # "Savannah, Georgia"
    return ctx.cue_near("us", _GEORGIA_US, start, end) and not ctx.cue_near(
        "country", _GEORGIA_COUNTRY, start, end
    )


#: Words near an ambiguous name that point to one of its candidates. A name is resolved
#: only when the cues of exactly one candidate occur within the window around it.
_CANDIDATE_CUES: dict[str, regex.Pattern[str]] = {
    # Places and people only: an explicit name of a candidate ("Congo-Brazzaville", "South
    # Korea") may be there to contrast with the other one, so it is no cue.
    "COD": regex.compile(
        r"\b(?:(?<!Congo[- ])Kinshasa|Goma|Kivu|Ituri|M23|Tshisekedi|Kabila|Katanga"
        r"|Lubumbashi|Bukavu|Kisangani|MONUSCO)\b"
    ),
    "COG": regex.compile(r"\b(?:(?<!Congo[- ])Brazzaville|Sassou|Nguesso|Pointe-Noire)\b"),
    "KOR": regex.compile(
        r"\b(?:Seoul|Busan|Samsung|Hyundai|SK\ Hynix|KOSPI|Yoon\ Suk|Lee\ Jae-myung"
        r"|Moon\ Jae-in)\b"
    ),
    "PRK": regex.compile(r"\b(?:Pyongyang|Kim\ Jong|KCNA|Juche)\b"),
}


def disambiguate(
    entry: tuple[Country, ...], start: int, end: int, ctx: TextCues
) -> Country | None:
    """The one candidate of an ambiguous name that its sentence points to, if any."""
    if not any(
        country.alpha3 in _CANDIDATE_CUES
        and ctx.cue_in(country.alpha3, _CANDIDATE_CUES[country.alpha3], 0, len(ctx.text))
        for country in entry
    ):
        return None  # no cue anywhere in the text: no need to find the sentence
    lo, hi = _sentence_bounds(ctx.text, start, end)
    cued = [
        country
        for country in entry
        if country.alpha3 in _CANDIDATE_CUES
        and ctx.cue_in(country.alpha3, _CANDIDATE_CUES[country.alpha3], lo, hi)
    ]
    return cued[0] if len(cued) == 1 else None


#: Spellings whose neighbourhood decides whether they name the country.
CONTEXTUAL = PERSONISH | {"Georgia", "Turkey", "American", "Americans", "US"}


def context_allows(word: str, text: str, start: int, end: int, ctx: TextCues) -> bool:
    """Whether ``word`` at ``text[start:end]`` names the country in its context."""
    if word in PERSONISH and _is_person(text, start, end, ctx):
        return False
    if word == "Georgia" and _is_us_state(text, start, end, ctx):
        return False
    if word == "Turkey" and _is_the_bird(text, start, end, ctx):
        return False
    if word == "US":
        # "LET US KNOW" in a headline in capitals: the pronoun, not the country.
        pronoun = _PREV_CAPS_WORD.search(text, max(0, start - 12), start)
        return pronoun is None or pronoun.group(1) not in _US_PRONOUN_BEFORE
    if word in ("American", "Americans") and text[start - 1 : start] == "-":
        # "African-American", "Mexican-American" are not the United States; "anti-American" is.
        before = _PREV_HYPHEN_WORD.search(text, max(0, start - 32), start)
        if before is None:
            return True
        prefix = before.group(1)
        if not prefix[0].isupper() or prefix.lower() in _KEEP_PREFIXES:
            return True
        # "Soviet-American talks" is about two states; "Mexican-American voters" is not.
        after = _NEXT_LOWER_WORD.match(text, end, end + 24)
        return after is not None and after.group(1) in _BILATERAL
    return True


# The all-capitals word before "US" ("LET US").
_PREV_CAPS_WORD = re.compile(r"\b([A-Z]+)[ \u00a0]$")
#: Words after which an all-capitals "US" is the pronoun.
_US_PRONOUN_BEFORE = frozenset(
    "LET JOIN HELP TELL GIVE SHOW SEND CALL FOLLOW CONTACT FOR WITH TO ABOUT AMONG OF".split()  # noqa: SIM905 - a word list reads best as text
)

# The lower-case word after a mention ("Soviet-American relations").
_NEXT_LOWER_WORD = re.compile(r"[ \u00a0]([a-z]+)")
#: Words after "X-American" that make it two states rather than an origin.
_BILATERAL = frozenset(
    """relations ties talks summit summits trade war wars tensions agreement agreements treaty
    rivalry alliance cooperation dialogue relationship negotiations partnership border
    accord accords deal deals pact dispute standoff détente detente friendship""".split()  # noqa: SIM905 - a word list reads best as text
)

#: Prefixes that keep "American" the United States ("Anti-American" at a sentence start).
_KEEP_PREFIXES = frozenset({"anti", "pro", "non", "un", "ex", "sino", "anglo", "russo", "franco"})
# The word before a hyphen that joins it to a mention ("African-American").
_PREV_HYPHEN_WORD = regex.compile(r"(\p{L}+)-$")
# Words near a capitalised "Turkey" (a sentence start) that mean the bird, or the country.
_TURKEY_BIRD = regex.compile(
    r"\b(?:Thanksgiving|roast(?:ed)?|stuffing|gravy|sandwich(?:es)?|poultry|feathers|farms?"
    r"|oven|carv(?:e|ed|ing)|recipe|bird|birds|gobble|breast|drumsticks?|brined?)\b",
    regex.IGNORECASE,
)
_TURKEY_COUNTRY = regex.compile(
    r"\b(?:Ankara|Istanbul|Erdogan|Erdoğan|Turkish|Turks|Kurdish|Kurds|NATO|Syria|Syrian"
    r"|Greece|Greek|lira|president|minister|government|border|troops)\b"
)


# The end of a sentence (or paragraph) before or after a mention.
_SENTENCE_END = regex.compile(r"[.!?]\s|\n[^\S\n]*+\n")
# The same, searched backwards from a mention: the last sentence end before it.
_SENTENCE_END_BACK = regex.compile(r"[.!?]\s|\n[^\S\n]*+\n", regex.REVERSE)


def _sentence_bounds(text: str, start: int, end: int, reach: int = 300) -> tuple[int, int]:
    """The offsets of the sentence around ``text[start:end]`` (at most ``reach`` each way)."""
    back = _SENTENCE_END_BACK.search(text, max(0, start - reach), start)
    lo = back.end() if back is not None else max(0, start - reach)
    stop = _SENTENCE_END.search(text, end, end + reach)
    return lo, (stop.start() + 1 if stop is not None else min(len(text), end + reach))


def _is_the_bird(text: str, start: int, end: int, ctx: TextCues) -> bool:
    """Whether a capitalised "Turkey" (at a sentence start) is the bird, by its sentence."""
    if not ctx.cue_in("bird", _TURKEY_BIRD, 0, len(text)):
        return False  # no word about the bird anywhere in the text
    lo, hi = _sentence_bounds(text, start, end)
    return ctx.cue_in("bird", _TURKEY_BIRD, lo, hi) and not ctx.cue_in(
        "turkey", _TURKEY_COUNTRY, lo, hi
    )
