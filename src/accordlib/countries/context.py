"""Context rules for prose: a country's name that is also a person's, a US state's or a
bird's name, and ambiguous names that the neighbourhood resolves.

The words the rules read are data (``country_cues.tsv``, one row per word with its source),
read on first use into one :class:`Cues`; the rules' grammar (where a neighbouring word is,
how far a cue may be) stays here.
"""

from __future__ import annotations

import bisect
import re

import regex

from accordlib._util.lazy import Lazy, lazy_re, lazy_regex
from accordlib._util.tables import read_table
from accordlib.countries.index import lookup_entry
from accordlib.countries.model import Country

__all__ = [
    "CUES",
    "Cues",
    "TextCues",
    "context_allows",
    "disambiguate",
    "is_a_place",
    "is_locality",
    "names_a_sea",
]

#: Spellings whose context rule is in code beside the personal-name rule.
_RULED = frozenset({"Georgia", "Turkey", "American", "Americans", "US"})


class Cues:
    """The word lists of the context rules, from ``country_cues.tsv`` (see its header)."""

    __slots__ = (
        "american_prefix",
        "bilateral",
        "candidates",
        "contextual",
        "english_words",
        "georgia_country",
        "georgia_us",
        "government_in",
        "language_before",
        "locality",
        "lower_word",
        "person_next_ok",
        "person_prev_ok",
        "person_title",
        "personish",
        "place_before",
        "place_ending",
        "turkey_bird",
        "turkey_country",
        "us_pronoun_before",
    )

    def __init__(self) -> None:
        rules: dict[str, list[tuple[str, str]]] = {}
        for row in read_table("country_cues.tsv"):
            rules.setdefault(row["rule"], []).append((row["text"], row["unless_after"]))

        def words(rule: str) -> frozenset[str]:
            return frozenset(text for text, _ in rules[rule])

        #: Spellings that are also common given names or surnames ("Michael Jordan").
        self.personish = words("personish")
        #: Spellings whose neighbourhood decides whether they name the country.
        self.contextual = self.personish | _RULED
        self.person_prev_ok = words("person_prev_ok")
        self.person_next_ok = words("person_next_ok")
        self.person_title = words("person_title")
        self.us_pronoun_before = words("us_pronoun_before")
        self.bilateral = words("bilateral")
        self.american_prefix = words("american_prefix")
        #: English function words between spaces (" the "): a text with one is English.
        self.english_words = tuple(f" {text} " for text, _ in rules["english_word"])
        self.language_before = words("language_before")
        self.government_in = words("government_in")
        #: Prepositions of place in other languages ("в Москве", "w Warszawie", "en Madrid"),
        #: read in text that is not English; case endings of place after an apostrophe
        #: ("Atina'ya", "Riyad'daki").
        self.place_before = words("place_before")
        self.place_ending = words("place_ending")
        # A lower-case word of four letters or more that headline case would capitalise
        # (AP and Reuters headline style leaves only short words and a few in lower case).
        self.lower_word = re.compile(
            r"(?<![\w'’-])(?!(?:"
            + "|".join(re.escape(text) for text, _ in rules["headline_lower"])
            + r")\b)[^\W\d_A-Z]{4}"
        )
        self.georgia_us = _cue_pattern(rules["georgia_us"])
        self.georgia_country = _cue_pattern(rules["georgia_country"])
        self.turkey_bird = _cue_pattern(rules["turkey_bird"], regex.IGNORECASE)
        self.turkey_country = _cue_pattern(rules["turkey_country"])
        # What follows a town named like a country: a local-government word, or a comma
        # and a US state ("Lebanon Township", "Lebanon, Pa.").
        # A state that is also a country's spelling is left out ("Armenia, Georgia and ...").
        states = sorted(
            (
                row["region"]
                for row in read_table("regions.tsv")
                if row["country"] == "USA" and lookup_entry(row["region"]) is None
            ),
            key=len,
            reverse=True,
        )
        self.locality = regex.compile(
            r"(?:[ \u00a0](?:"
            + "|".join(regex.escape(text) for text, _ in rules["locality_after"])
            + r")|,[ \u00a0](?:"
            + "|".join(regex.escape(state) for state in states)
            + r"))(?![\p{L}\p{N}])"
        )
        #: Per candidate of an ambiguous name, the words that point to it.
        self.candidates = {
            rule.partition(":")[2]: _cue_pattern(pairs)
            for rule, pairs in rules.items()
            if rule.startswith("candidate:")
        }


def _cue_pattern(cues: list[tuple[str, str]], flags: int = 0) -> regex.Pattern[str]:
    """One pattern for whole-word cues, tried in table order; a cue with ``unless_after``
    does not count right after that word and a space or hyphen ("Congo-Brazzaville")."""
    parts = [
        (f"(?<!{regex.escape(after)}[- ])" if after else "") + regex.escape(text)
        for text, after in cues
    ]
    return regex.compile(r"\b(?:" + "|".join(parts) + r")\b", flags)


#: The cues, read on first use.
CUES: Lazy[Cues] = Lazy(Cues)


# Endings of adjectives (not given names) that may open a sentence before a country:
# "Impoverished Chad", "War-torn Chad", "Oil-rich", "Mountainous Georgia".
_ADJECTIVE = lazy_re(r"(?:ed|ing|ous|ive|less|ful|ary|ical|-\w+)$")

# The capitalised word just before a mention, separated by one space ("Michael Jordan").
_PREV_WORD = lazy_regex(
    r"(?:^|(?<=[^\p{L}\p{N}\p{M}.'’-]))([\p{Lu}][\p{L}\p{M}'’.-]{0,30})[ \u00a0]$"
)
# The capitalised word just after a mention ("Chad Smith", "Chad M. Smith").
_NEXT_WORD = lazy_regex(r"[ \u00a0](\p{Lu}[\p{L}\p{M}'’-]{0,30}+\.?)")
# After a name, what only a person (or a school named after one) takes: a verb and a personal
# possessive ("Jordan scored his 30th point", "Chad lost her bag"; a state takes "its"), or
# "High School" ("Jordan High School").
_PERSON_AFTER = lazy_regex(
    r"[ \u00a0](?:[a-z]{2,20}[ \u00a0](?:his|her|himself|herself)\b"
    r"|(?:High|Middle|Elementary)[ \u00a0]School\b)"
)
# A lower-case word just before a mention ("of Jordan", "in Georgia").
_PREV_LOWER_WORD = lazy_regex(r"(?:^|(?<![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*[ \u00a0]$")
# "Savannah, Georgia": a capitalised word and a comma before the mention.
_PREV_COMMA_WORD = lazy_regex(r"(\p{Lu}[\p{L}\p{M}'’.-]{0,30}),[ \u00a0]$")

# How far (characters each way) a cue for the US state or the country of Georgia may be.
_GEORGIA_WINDOW = 160
# How far around a mention the line is read to tell whether it is in headline case.
_HEADLINE_REACH = 100
# A line shorter than this says nothing about headline case.
_HEADLINE_MIN = 20
# How far back and ahead a neighbouring word is looked for (a word of up to 30 letters).
_WORD_REACH = 33
# "J." before a name: an initial is one letter and a dot.
_INITIAL = 2


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
    result = CUES.get().lower_word.search(text, lo, hi) is None and hi - lo > _HEADLINE_MIN
    ctx.headlines[lo] = result
    return result


def _is_person(text: str, start: int, end: int, ctx: TextCues) -> bool:
    """Whether a PERSONISH name at ``text[start:end]`` is part of a person's name."""
    if text[start:end].isupper() or _in_headline(text, start, ctx):
        return False  # all capitals or headline case: capitalised neighbours say nothing
    if _PERSON_AFTER.match(text, end, min(len(text), end + _WORD_REACH)) and not (
        _PREV_LOWER_WORD.search(text, max(0, start - _WORD_REACH), start)
    ):
        return True  # the subject of its clause; not "the King of Jordan told his ministers"
    cues = CUES.get()
    before = _PREV_WORD.search(text, max(0, start - _WORD_REACH), start)
    if before is not None and before.group(1).rstrip(".") not in cues.person_prev_ok:
        prev = before.group(1)
        if prev.endswith("."):
            # "Mr. Jordan", "J. Jordan" are people; "...in Korea. Israel's" is a new sentence.
            if prev[:-1] in cues.person_title or len(prev) == _INITIAL:
                return True
        elif not (prev.isupper() and len(prev) > 1) and not _ADJECTIVE.search(prev):
            return True  # "Michael Jordan"; not "UN Jordan" nor "Impoverished Chad"
    after = _NEXT_WORD.match(text, end, min(len(text), end + _WORD_REACH + 1))
    return after is not None and after.group(1).rstrip(".") not in cues.person_next_ok


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
    cues = CUES.get()
    before = _PREV_COMMA_WORD.search(text, max(0, start - _WORD_REACH), start)
    if before is not None:
        word = before.group(1)
        if not cues.georgia_country.fullmatch(word) and lookup_entry(word) is None:
            return True  # "Savannah, Georgia"
    return ctx.cue_near("us", cues.georgia_us, start, end) and not ctx.cue_near(
        "country", cues.georgia_country, start, end
    )


def disambiguate(
    entry: tuple[Country, ...], start: int, end: int, ctx: TextCues
) -> Country | None:
    """The one candidate of an ambiguous name that its sentence points to, if any."""
    candidates = CUES.get().candidates
    if not any(
        country.alpha3 in candidates
        and ctx.cue_in(country.alpha3, candidates[country.alpha3], 0, len(ctx.text))
        for country in entry
    ):
        return None  # no cue anywhere in the text: no need to find the sentence
    lo, hi = _sentence_bounds(ctx.text, start, end)
    cued = [
        country
        for country in entry
        if country.alpha3 in candidates
        and ctx.cue_in(country.alpha3, candidates[country.alpha3], lo, hi)
    ]
    return cued[0] if len(cued) == 1 else None


def is_locality(text: str, end: int) -> bool:
    """Whether the country's name ending at ``end`` is a town or county named like it, by
    what follows it ("Lebanon Township", "Lebanon City Council", "Lebanon, Pa.")."""
    after = text[end : end + 3]
    # Every cue is a capitalised word after a space, or after a comma and a space.
    if not (
        after[1:2].isupper() if after[:1] in _SPACES else after[:1] == "," and after[2:3].isupper()
    ):
        return False
    return CUES.get().locality.match(text, end) is not None


# The spaces a locality cue may follow the name with.
_SPACES = frozenset(" \u00a0")
# A gulf, bay or sea before the name, in English and the languages of the tables ("Golfe de
# Guinée", "Golfo di Guinea", "Teluk Thailand", "Mer de Chine").
_SEA_BEFORE = lazy_re(
    r"\b(?:Gulf|Golfe|Golfo|Golf|Bay|Baie|Bah[ií]a|Sea|Mer|Mar|Meer|Teluk|Laut|Zatoka)\s+"
    r"(?:(?:of|de|di|du|del|della|des|von|d['’])\s*)?(?:(?:the|la|le|el)\s+|l['’])?$"
)
# How far before a name the sea's words can start.
_SEA_REACH = 24


# "in" or "at" right before a capital: the city as the place where something happens ("the
# embassy in Oslo", "talks in Riyadh"); its possessive stays the government ("at
# Washington's request"), and so does the capital of "officials in Riyadh" (government_in).
_PLACE_WORDS = frozenset({"in", "at"})
_SPACE = frozenset(" \u00a0")
_APOSTROPHES = frozenset("'’")
# How far before the preposition the noun before it is read.
_NOUN_REACH = 16
# How far back the word before a capital (a preposition of another language: "в", "w",
# "em") is read (the longest listed is four letters), and the letters of a case ending after
# an apostrophe.
_PLACE_WORD_REACH = 6
_ENDING_AFTER = lazy_regex(r"\p{L}+")


def is_a_place(text: str, start: int, end: int) -> bool:
    """Whether the capital at ``text[start:end]`` is named as a place, by the "in" or "at"
    before it (and no possessive after it, nor "officials" before the "in"), a preposition of
    place of another language in text that is not English ("в Анкару", "en Madrid"), or a
    case ending of place after an apostrophe ("Atina'ya"). String tests first: find_countries
    asks it of every capital."""
    if text[end : end + 1] in _APOSTROPHES:
        return _ending_of_place(text, end + 1)
    if start < len("in ") or text[start - 1] not in _SPACE:
        return False
    if text[start - 3 : start - 1] not in _PLACE_WORDS:
        return _place_before(text, start)
    edge = text[start - 4 : start - 3]
    if edge and not edge.isspace():
        return _place_before(text, start)  # "within Riyadh", "(in Riyadh": "in" as a word
    words = text[max(0, start - 3 - _NOUN_REACH) : start - 3].split()
    return not words or words[-1].lower() not in CUES.get().government_in


def _place_before(text: str, start: int) -> bool:
    """Whether a preposition of place of another language is the word before ``start`` (a
    space before it), in text that is not English."""
    cues = CUES.get()
    cut = max(0, start - 1 - _PLACE_WORD_REACH)
    word = text[cut : start - 1]
    word = word[max(word.rfind(" "), word.rfind("\u00a0")) + 1 :]
    if word.lower() not in cues.place_before or (cut and word == text[cut : start - 1]):
        return False  # not a listed word, or one cut from a longer word before it
    return not any(english in text for english in cues.english_words)


def _ending_of_place(text: str, start: int) -> bool:
    """Whether the letters at ``start`` (after an apostrophe) are a case ending of place."""
    ending = _ENDING_AFTER.match(text, start)
    return ending is not None and ending.group().lower() in CUES.get().place_ending


def names_a_sea(text: str, start: int) -> bool:
    """Whether the country's name starting at ``start`` names a sea by what comes before it
    ("the Golfe de Guinée" is no mention of Guinea)."""
    return _SEA_BEFORE.search(text, max(0, start - _SEA_REACH), start) is not None


def context_allows(word: str, text: str, start: int, end: int, ctx: TextCues) -> bool:
    """Whether ``word`` at ``text[start:end]`` names the country in its context."""
    cues = CUES.get()
    if word in cues.personish and _is_person(text, start, end, ctx):
        return False
    if word == "Georgia" and _is_us_state(text, start, end, ctx):
        return False
    if word == "Turkey" and _is_the_bird(text, start, end, ctx):
        return False
    if word == "US":
        # "LET US KNOW" in a headline in capitals: the pronoun, not the country.
        pronoun = _PREV_CAPS_WORD.search(text, max(0, start - _CAPS_WORD_REACH), start)
        return pronoun is None or pronoun.group(1) not in cues.us_pronoun_before
    if word in ("American", "Americans") and text[start - 1 : start] == "-":
        # "African-American", "Mexican-American" are not the United States; "anti-American" is.
        before = _PREV_HYPHEN_WORD.search(text, max(0, start - _HYPHEN_WORD_REACH), start)
        if before is None:
            return True
        prefix = before.group(1)
        if not prefix[0].isupper() or prefix.lower() in cues.american_prefix:
            return True
        # "Soviet-American talks" is about two states; "Mexican-American voters" is not.
        after = _NEXT_LOWER_WORD.match(text, end, end + _LOWER_WORD_REACH)
        return after is not None and after.group(1) in cues.bilateral
    return True


# How far back the all-capitals word before "US", the word before a hyphen, and ahead the
# lower-case word after "American" are looked for.
_CAPS_WORD_REACH = 12
_HYPHEN_WORD_REACH = 32
_LOWER_WORD_REACH = 24
# The all-capitals word before "US" ("LET US").
_PREV_CAPS_WORD = lazy_re(r"\b([A-Z]+)[ \u00a0]$")
# The lower-case word after a mention ("Soviet-American relations").
_NEXT_LOWER_WORD = lazy_re(r"[ \u00a0]([a-z]+)")
# The word before a hyphen that joins it to a mention ("African-American").
_PREV_HYPHEN_WORD = lazy_regex(r"(\p{L}+)-$")
# The end of a sentence (or paragraph) before or after a mention.
_SENTENCE_END = lazy_regex(r"[.!?]\s|\n[^\S\n]*+\n")
# The same, searched backwards from a mention: the last sentence end before it.
_SENTENCE_END_BACK = lazy_regex(r"[.!?]\s|\n[^\S\n]*+\n", regex.REVERSE)


def _sentence_bounds(text: str, start: int, end: int, reach: int = 300) -> tuple[int, int]:
    """The offsets of the sentence around ``text[start:end]`` (at most ``reach`` each way)."""
    back = _SENTENCE_END_BACK.search(text, max(0, start - reach), start)
    lo = back.end() if back is not None else max(0, start - reach)
    stop = _SENTENCE_END.search(text, end, end + reach)
    return lo, (stop.start() + 1 if stop is not None else min(len(text), end + reach))


def _is_the_bird(text: str, start: int, end: int, ctx: TextCues) -> bool:
    """Whether a capitalised "Turkey" (at a sentence start) is the bird, by its sentence."""
    cues = CUES.get()
    if not ctx.cue_in("bird", cues.turkey_bird, 0, len(text)):
        return False  # no word about the bird anywhere in the text
    lo, hi = _sentence_bounds(text, start, end)
    return ctx.cue_in("bird", cues.turkey_bird, lo, hi) and not ctx.cue_in(
        "turkey", cues.turkey_country, lo, hi
    )
