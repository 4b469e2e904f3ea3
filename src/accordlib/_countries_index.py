"""The country index: the generated tables loaded once, lazily, under a lock.

Nothing here runs at import time. :func:`index` returns the one :class:`Index`, building it
on first use from ``countries.tsv`` and ``country_names.tsv`` (written by
``tools/gen_countries.py``); pycountry is never imported at run time.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Union

import regex

from accordlib._countries_key import name_key
from accordlib.data import read_table

if TYPE_CHECKING:
    from accordlib.countries import Country, CountryMention, MentionKind

__all__ = ["Entry", "Index", "Surface", "find", "index", "name_key"]

#: What a spelling resolves to: one country, several (ambiguous), or ``()`` (never a country).
Entry = Union["Country", tuple["Country", ...]]


class Surface:
    """A spelling matched in prose: what it resolves to and how it names the country."""

    __slots__ = ("entry", "kind", "text")

    def __init__(self, text: str, entry: Entry, kind: MentionKind) -> None:
        self.text = text
        self.entry = entry
        self.kind = kind


class Index:
    """Every spelling of every country, by exact text and by normalised key."""

    __slots__ = (
        "_scanner",
        "by_alpha3",
        "exact",
        "heads",
        "keyed",
        "matchers",
        "mention",
        "prose",
        "simple",
        "tails",
    )

    def __init__(self) -> None:
        # The package's names, not ``accordlib.countries``'s: a doctest runner may import
        # that file again under the same name, and results must stay the public classes.
        from accordlib import (  # noqa: PLC0415 - import cycle
            Country,
            CountryMention,
            MentionKind,
        )

        self.by_alpha3: dict[str, Country] = {}
        for row in read_table("countries.tsv"):
            self.by_alpha3[row["alpha3"]] = Country(
                alpha2=row["alpha2"],
                alpha3=row["alpha3"],
                numeric=row["numeric"] or None,
                name=row["name"],
                official_name=row["official_name"] or None,
            )
        kinds = {kind.value: kind for kind in MentionKind}
        self.exact: dict[str, Entry] = {}
        self.keyed: dict[str, Entry] = {}
        #: Spellings matched by find_countries, exact case.
        self.prose: dict[str, Surface] = {}
        for row in read_table("country_names.tsv"):
            codes = row["alpha3"].split()
            entry: Entry
            if codes == ["-"]:
                entry = ()
            elif len(codes) == 1:
                entry = self.by_alpha3[codes[0]]
            else:
                entry = tuple(self.by_alpha3[code] for code in codes)
            text = row["text"]
            self.exact[text] = entry
            key = row["key"]  # name_key(text), computed by the generator
            if entry or key not in self.keyed:  # a real country beats a blocked look-alike
                self.keyed[key] = entry
            if row["prose"] != "no" and text[:1].isupper():
                # "block": a part of a country that must not be read as another one
                # ("Northern Ireland" is not Ireland), consumed but never reported.
                if row["prose"] == "block":
                    entry = ()
                surface = Surface(text, entry, kinds[row["kind"]])
                for variant in _case_variants(text, row["kind"]):
                    if variant[:4] not in ("The ", "THE "):  # "the UAE" is a mention of "UAE"
                        self.prose.setdefault(variant, Surface(variant, entry, surface.kind))
        # Spellings grouped by their first word ("South" -> "South Korea", "South Sudan"...).
        self.heads: dict[str, list[str]] = {}
        for text in self.prose:
            head = _HEAD.match(text)
            if head is not None:
                self.heads.setdefault(head.group(), []).append(text)
        #: Per first word, the compiled alternation of its spellings, built on first use.
        self.matchers: dict[str, regex.Pattern[str]] = {}
        #: First words that are a whole spelling on their own and start no longer one.
        self.simple: dict[str, Surface] = {
            head: self.prose[head] for head, texts in self.heads.items() if texts == [head]
        }
        self.mention = CountryMention
        self._scanner: re.Pattern[str] | None = None
        #: For the other first words: (rest of the spelling, surface), longest first.
        self.tails: dict[str, tuple[tuple[str, Surface], ...]] = {
            head: tuple(
                (text[len(head) :], self.prose[text])
                for text in sorted(texts, key=len, reverse=True)
            )
            for head, texts in self.heads.items()
            if head not in self.simple
        }

    def _parts(self, head: str) -> list[str]:
        """The regex alternatives for the spellings that start with ``head``, longest first."""
        parts = []
        for text in sorted(self.heads[head], key=len, reverse=True):
            # Any run of whitespace (a wrapped line) may stand for a space.
            part = r"\s{1,8}+".join(regex.escape(word) for word in text.split(" "))
            if text[-1].isalnum():
                part += r"(?![\p{L}\p{N}\p{M}])"
            parts.append(part)
        return parts

    def scanner(self) -> re.Pattern[str]:
        """The pattern that finds the first words of spellings: a trie of them (built once).

        A trie-shaped alternation lets the matcher follow one branch per character, so the
        scan costs about the same for two thousand words as for one; the look-ahead keeps to
        whole words (the look-behind is checked by the caller, which keeps the pattern's
        literal prefix visible to the engine's fast search).
        """
        pattern = self._scanner
        if pattern is None:
            with _lock:
                if self._scanner is None:
                    self._scanner = re.compile(
                        "(?:" + _trie_pattern(self.heads) + r")(?![^\W\d_])"
                    )
                pattern = self._scanner
        return pattern

    def matcher(self, head: str) -> regex.Pattern[str]:
        """Return the pattern matching every prose spelling that starts with ``head``."""
        pattern = self.matchers.get(head)
        if pattern is None:
            pattern = regex.compile("|".join(self._parts(head)))
            self.matchers[head] = pattern
        return pattern


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation for ``words`` shaped as a trie: ``Ni(?:ger(?:ia)?|caragua)``."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        ends_here = "" in node
        if len(branches) == 1 and not ends_here:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if ends_here else body

    return build(root)


def _case_variants(text: str, kind: str) -> list[str]:
    """The spelling as prose may write it: as given, with a curly apostrophe, "St" for "St.",
    in headline case and (for spellings of four letters or more) in capitals."""
    variants = [text]
    if "'" in text:
        variants.append(text.replace("'", "’"))
    if text.startswith("St. "):
        variants.append("St " + text[4:])
    for spelling in list(variants):
        title = " ".join(word[:1].upper() + word[1:] for word in spelling.split(" "))
        if title != spelling:
            variants.append(title)
        if kind != "code" and len(spelling) >= 4 and not spelling.isupper():
            variants.append(spelling.upper())
    return variants


# The first word of a spelling: a capital and the letters after it.
_HEAD = regex.compile(r"\p{Lu}[\p{L}\p{M}]*+")


_lock = threading.Lock()
_index: Index | None = None


def index() -> Index:
    """Return the index, building it once (thread-safe)."""
    global _index  # noqa: PLW0603 - the one lazily built index
    built = _index
    if built is not None:
        return built
    with _lock:
        if _index is None:
            _index = Index()
        return _index


# ---------------------------------------------------------------------------------------------
# Context rules for prose: a country's name that is also a person's or a US state's name.

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


def _in_headline(text: str, start: int, ctx: _Context) -> bool:
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


def _is_person(text: str, start: int, end: int, ctx: _Context) -> bool:
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


class _Context:
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


def _is_us_state(text: str, start: int, end: int, ctx: _Context) -> bool:
    """Whether "Georgia" at ``text[start:end]`` is the US state (its neighbourhood says so)."""
    before = _PREV_COMMA_WORD.search(text, max(0, start - 33), start)
    if before is not None:
        word = before.group(1)
        if not _GEORGIA_COUNTRY.fullmatch(word) and lookup_entry(word) is None:
            return True  # "Savannah, Georgia"
    return ctx.cue_near("us", _GEORGIA_US, start, end) and not ctx.cue_near(
        "country", _GEORGIA_COUNTRY, start, end
    )


def lookup_entry(word: str) -> Entry | None:
    """The entry of an exact spelling in the index, or ``None``."""
    entry = index().exact.get(word)
    return entry if entry else None


def find(text: str) -> list[CountryMention]:
    """Return every country mention in ``text``, in order (see ``find_countries``).

    One scan over the capitalised words; a word that starts a known spelling is looked up in
    a dict, and only then is the (small, cached) pattern of that word's spellings tried, the
    longest first. Blocked look-alikes and ambiguous names consume their span silently.
    """
    idx = index()
    simple = idx.simple
    matchers = idx.matchers
    mention = idx.mention
    found: list[CountryMention] = []
    ctx: _Context | None = None  # built for the first mention that needs its context
    last_end = 0
    size = len(text)
    tails = idx.tails
    for candidate in idx.scanner().finditer(text):
        start = candidate.start()
        if start < last_end or text[start - 1 : start].isalnum():
            continue
        head = candidate.group()
        surface = simple.get(head)
        if surface is not None:
            end = candidate.end()
            if end < size and text[end].isdigit():
                continue
            last_end = end
        else:
            options = tails[head]
            end = candidate.end()
            after = text[end : end + 2]
            if after[:1].isspace() and (after[:1] != " " or after[1:].isspace()):
                # Unusual whitespace (a wrapped line): the pattern allows any run of it.
                pattern = matchers.get(head) or idx.matcher(head)
                match = pattern.match(text, start)
                if match is None:
                    continue
                end = match.end()
                matched = match.group()
                surface = idx.prose.get(matched) or idx.prose[" ".join(matched.split())]
            else:
                # The spellings that start with this word, longest first: the rest of the
                # spelling must follow, then a non-word character.
                for tail, option in options:
                    if text.startswith(tail, end):
                        stop = end + len(tail)
                        if tail and tail[-1].isalnum() and text[stop : stop + 1].isalnum():
                            continue
                        if not tail and text[stop : stop + 1].isdigit():
                            continue
                        surface = option
                        end = stop
                        break
                if surface is None:
                    continue
            last_end = end
        entry = surface.entry
        if isinstance(entry, tuple):
            # Blocked, or ambiguous: reported only when the neighbourhood names one of the
            # candidates ("Goma, in eastern Congo"); otherwise it consumes its span silently.
            if len(entry) < 2:
                continue
            if ctx is None:
                ctx = _Context(text)
            chosen = _disambiguate(entry, start, end, ctx)
            if chosen is None:
                continue
            entry = chosen
        elif surface.text in _CONTEXTUAL:
            if ctx is None:
                ctx = _Context(text)
            if not _context_allows(surface.text, text, start, end, ctx):
                continue
        found.append(mention(text[start:end], start, end, entry, surface.kind))
    return found


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


def _disambiguate(
    entry: tuple[Country, ...], start: int, end: int, ctx: _Context
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
_CONTEXTUAL = PERSONISH | {"Georgia", "Turkey", "American", "Americans", "US"}


def _context_allows(word: str, text: str, start: int, end: int, ctx: _Context) -> bool:
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


def _is_the_bird(text: str, start: int, end: int, ctx: _Context) -> bool:
    """Whether a capitalised "Turkey" (at a sentence start) is the bird, by its sentence."""
    if not ctx.cue_in("bird", _TURKEY_BIRD, 0, len(text)):
        return False  # no word about the bird anywhere in the text
    lo, hi = _sentence_bounds(text, start, end)
    return ctx.cue_in("bird", _TURKEY_BIRD, lo, hi) and not ctx.cue_in(
        "turkey", _TURKEY_COUNTRY, lo, hi
    )
