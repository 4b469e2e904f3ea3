"""Case endings of country names in other languages, both ways.

The tables hold each name in the nominative; German puts an ``-s`` on a name in the genitive
("Polens"), Russian changes its last letters ("Таджикистана", "России"), Albanian adds
``-së``. :mod:`accordlib.countries.inflection` reads a case form back to its nominative for
``get_country``; :func:`case_forms` goes the other way, giving the forms a nominative takes,
so that ``find_countries`` can match them in running text. A spelling's language comes from
its ``source`` cell in ``country_names.tsv`` (:func:`language`).
"""

from __future__ import annotations

import re

__all__ = [
    "CYRILLIC_ENDINGS",
    "GROUPS",
    "LATIN_ENDINGS",
    "TRANSLATED",
    "case_forms",
    "language",
    "phrase_forms",
]

# The languages of the curated rows, by the word their source starts with.
_LANGUAGE_WORDS = {
    "German": "de",
    "Swedish": "sv",
    "Danish": "da",
    "Norwegian": "nb_NO",
    "Polish": "pl",
    "Czech": "cs",
    "Slovak": "sk",
    "Croatian": "hr",
    "Slovene": "sl",
    "Serbian": "sr",
    "Russian": "ru",
    "Ukrainian": "uk",
    "Bulgarian": "bg",
    "Hungarian": "hu",
    "Albanian": "sq",
    # Languages whose curated rows take no endings here, named so that their spellings are
    # not read as English ones: Romanian endings go on English spellings, and "ABD"
    # (Turkish, the United States) + "-ul" made the given name "Abdul" a country.
    "Turkish": "tr",
    "Romanian": "ro",
    "Spanish": "es",
    "Portuguese": "pt",
    "French": "fr",
    "Italian": "it",
    "Dutch": "nl",
    "Indonesian": "id",
    "Chinese": "zh",
    "Hindi": "hi",
}
#: The starts of the sources of translated rows (pycountry's catalogues, CLDR), not English.
TRANSLATED = ("pycountry iso3166", "CLDR territories", "CLDR languages", "CLDR cities")
_SOURCE = re.compile(
    r"^(?:(?:pycountry iso3166-[13]|CLDR territories|CLDR cities) (?P<code>\S+)$"
    r"|(?P<word>[A-Z][a-z]+)(?:[ /(]|$))"
)

#: The languages whose names each group of endings is read on.
GROUPS: dict[str, frozenset[str]] = {
    "genitive_s": frozenset({"de", "sv", "da", "nb_NO"}),
    "albanian": frozenset({"sq"}),
    # A spelling Polish shares with Croatian ("Republika Francuska") has one row, credited
    # to Croatian; Croatian writes none of the Polish endings, so such a form is Polish.
    "polish": frozenset({"pl", "hr"}),
    "czech": frozenset({"cs", "sk"}),
    "south_slavic": frozenset({"hr", "sr@latin", "bs", "sl"}),
    "cyrillic": frozenset({"ru", "uk", "be", "bg", "sr", "mk"}),
    "hungarian": frozenset({"hu"}),
    # A spelling Romanian shares with Italian ("Ucraina", "Germania"), Polish ("Japonia") or
    # Spanish ("Rusia") has one row, credited to the other language; none of them writes
    # "-ei", "-ului" or "-ul", so such a form is Romanian.
    "romanian": frozenset({"ro", "it", "pl", "es"}),
    # Arabic-script names, read back from their adjectives (see inflection.arabic_stems).
    "arabic": frozenset({"ar", "fa", "ur", "ps"}),
    "azerbaijani": frozenset({"az"}),
    "turkish": frozenset({"tr"}),
}
# Russian, Ukrainian and Serbian endings and the nominative endings they replace:
# "Таджикистана" (genitive of a consonant stem), "России" (of "-ия"), "Кубы" (of "-а"),
# "Беларуси" (of "-ь"), "Немачке" (Serbian genitive of "-а"), "королевства" (of a neuter "-о").
CYRILLIC_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ии", ("ия",)),
    ("ию", ("ия",)),
    ("ией", ("ия",)),
    ("ом", ("", "о")),
    ("ой", ("а", "я")),
    ("ей", ("я", "ь")),
    ("ью", ("ь",)),
    ("ије", ("ија",)),
    ("а", ("", "о")),
    ("у", ("", "а", "о")),
    ("е", ("", "а", "я", "о")),
    ("ы", ("а",)),
    ("и", ("а", "я", "ь")),
    ("ю", ("я", "ь")),
)
# Latin-script endings, by group: the genitive "-s" ("Polens", "Sveriges"); the Albanian
# genitive "-së" (of a name in "-i": "Turqisë") and "-ës" (of one in "-a": "Kosovës"); the
# Polish cases ("Rosji", "Ukrainy", "Japonii", "Ukrainie", "Egiptu", "Francją"), the Czech and Slovak
# ones ("Německa", "Německu", "Litvy") and the Croatian, Serbian and Slovene ones
# ("Hrvatske", "Hrvatskoj", "Hrvatsku").
LATIN_ENDINGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("albanian", "së", ("", "a")),
    ("albanian", "ës", ("a", "")),
    ("genitive_s", "s", ("",)),
    ("polish", "ji", ("ja",)),
    ("polish", "ii", ("ia",)),
    ("polish", "ie", ("a",)),
    ("polish", "y", ("a",)),
    ("polish", "u", ("",)),
    ("polish", "a", ("",)),
    ("polish", "si", ("ś",)),
    ("polish", "ki", ("ka",)),
    # The feminine adjective's oblique cases ("Wielkiej Brytanii", "Francuskiej"), the
    # locative of "-ka" ("Ameryce", "Republice"), the instrumental and accusative of "-a"
    # ("z Francją", "przez Polskę").
    ("polish", "iej", ("a",)),
    ("polish", "ce", ("ka",)),
    ("polish", "ą", ("a",)),
    ("polish", "ę", ("a",)),
    # The instrumental of a consonant stem ("z Londynem", "z Egiptem") and the locative
    # plural of a plural name ("w Chinach", "na Filipinach").
    ("polish", "em", ("",)),
    ("polish", "ach", ("y",)),
    # Romanian genitive-dative: "Moldovei", "Rusiei", "Pakistanului".
    ("romanian", "ei", ("a",)),
    ("romanian", "ii", ("a",)),
    ("romanian", "ului", ("",)),
    # The definite article of a name of a city or country in "-n"/"-l"...: "Phenianul".
    ("romanian", "ul", ("",)),
    ("romanian", "lor", ("le",)),
    ("czech", "a", ("o",)),
    ("czech", "u", ("o",)),
    ("czech", "y", ("a",)),
    # The plural of "Spojené státy (americké)": "Spojených států", "Spojených štátoch".
    ("czech", "ých", ("é",)),
    ("czech", "ů", ("y",)),
    ("czech", "och", ("y",)),
    ("czech", "ech", ("y",)),
    # Azerbaijani cases, written without an apostrophe: "Azərbaycana", "Gürcüstanda",
    # "Türkiyənin", "İrandan" (the vowel follows the word's last vowel).
    ("azerbaijani", "a", ("",)),
    ("azerbaijani", "ə", ("",)),
    ("azerbaijani", "da", ("",)),
    ("azerbaijani", "də", ("",)),
    ("azerbaijani", "dan", ("",)),
    ("azerbaijani", "dən", ("",)),
    ("azerbaijani", "nın", ("",)),
    ("azerbaijani", "nin", ("",)),
    ("azerbaijani", "ın", ("",)),
    ("azerbaijani", "in", ("",)),
    # The Turkish adjective of origin, written without an apostrophe ("Mısırlı mevkidaşı",
    # "Suriyeli", "Ürdünlü", "Lübnanlı"); the vowel follows the word's last vowel.
    ("turkish", "lı", ("",)),
    ("turkish", "li", ("",)),
    ("turkish", "lu", ("",)),
    ("turkish", "lü", ("",)),
    # A German adjective after an article: "der Vereinigten Staaten".
    ("genitive_s", "en", ("e",)),
    ("south_slavic", "e", ("a",)),
    ("south_slavic", "oj", ("a",)),
    ("south_slavic", "u", ("a",)),
    ("south_slavic", "i", ("a",)),
)


def language(source: str) -> str | None:
    """The language code of a row's source, or ``None`` (English, or not a language)."""
    found = _SOURCE.match(source)
    if found is None:
        return None
    return found["code"] or _LANGUAGE_WORDS.get(found["word"])


# The last letters after which a Cyrillic or Latin stem takes an ending directly (a consonant):
# an ending that replaces nothing is not put after a vowel ("Куба" -> "Кубы", not "Кубаа").
_VOWELS = frozenset("аеёиоуыэюяьйіїєaeiouyäöüéáíóúëæøå")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# The groups whose endings that replace nothing follow a consonant only (Albanian puts "-së"
# straight after the final "-i" of "Turqi").
_CONSONANT_STEMS = frozenset({"cyrillic", "polish", "czech", "south_slavic"})
# Letters after which German adds no genitive "-s" ("Laos", "Belize" is "Belizes").
_SIBILANTS = frozenset("sßxz")


def case_forms(word: str, group: str) -> list[str]:
    """The case forms the nominative ``word`` takes in the languages of ``group`` (the inverse
    of the endings tables; forms a language never writes are harmless, as no text has them)."""
    lower = word.casefold()
    if group == "genitive_s":
        return [] if lower[-1:] in _SIBILANTS else [word + "s"]
    if _CYRILLIC.search(word):
        pairs = [(ending, replaced) for ending, replaced in CYRILLIC_ENDINGS]
    else:
        pairs = [(ending, replaced) for g, ending, replaced in LATIN_ENDINGS if g == group]
    forms: list[str] = []
    for ending, replaced in pairs:
        for nominative_end in replaced:
            if nominative_end:
                if not lower.endswith(nominative_end):
                    continue
                stem = word[: len(word) - len(nominative_end)]
            elif group in _CONSONANT_STEMS and lower[-1:] in _VOWELS:
                continue
            else:
                stem = word
            form = stem + (ending.upper() if word.isupper() else ending)
            if form != word and form not in forms:
                forms.append(form)
    return forms


# Russian adjective endings in the nominative and the endings of the oblique cases that
# replace them ("Саудовская" -> "Саудовской", "Саудовскую"; "Объединённые" -> "Объединённых").
_ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "ая": ("ой", "ую"),
    "яя": ("ей", "юю"),
    "ый": ("ого", "ому", "ым", "ом"),
    "ий": ("ого", "ому", "им", "ом"),
    "ой": ("ого", "ому", "ым", "ом"),
    "ое": ("ого", "ому", "ым", "ом"),
    "ые": ("ых", "ым", "ыми"),
    "ие": ("их", "им", "ими"),
}
# Plural nouns ("Штаты", "Эмираты") in the oblique cases.
_PLURAL_ENDINGS = ("ов", "ам", "ами", "ах")
_ADJECTIVE_END = 2


def phrase_forms(text: str, lang: str | None = None) -> list[str]:
    """The case forms of a Cyrillic name of adjectives and a noun ("Саудовская Аравия" ->
    "Саудовской Аравии", "Саудовскую Аравию"...): every adjective takes the same case
    ending, the noun each of its own (an agreement the press keeps; pairs it never writes
    are harmless). A German name (``lang`` "de") takes the weak ending "-en" on its
    adjectives after an article ("in der Demokratischen Republik Kongo", "in den
    Vereinigten Staaten"). Other phrases have none."""
    if lang == "de":
        return _german_phrase_forms(text)
    *adjectives, noun = text.split(" ")
    if not adjectives or not _CYRILLIC.search(text):
        return []
    cases = [_ADJECTIVE_ENDINGS.get(word[-_ADJECTIVE_END:].lower(), ()) for word in adjectives]
    if not all(cases) or len({len(c) for c in cases}) != 1:
        return []  # not all adjectives, or of different declensions
    nouns = case_forms(noun, "cyrillic")
    if noun[-1:] in "ыи":
        nouns += [noun[:-1] + ending for ending in _PLURAL_ENDINGS]
    forms: list[str] = []
    for i in range(len(cases[0])):
        declined = " ".join(
            word[:-_ADJECTIVE_END] + c[i] for word, c in zip(adjectives, cases, strict=True)
        )
        forms.extend(f"{declined} {form}" for form in nouns)
    return forms


def _german_phrase_forms(text: str) -> list[str]:
    """ "Vereinigte Staaten" -> "Vereinigten Staaten", "Vereinigtes Königreich" ->
    "Vereinigten Königreich", "Vereinigte Arabische Emirate" -> "Vereinigten Arabischen
    Emirate(n)": a capitalised word in "-e"/"-es" before another word is an adjective."""
    words = text.split(" ")
    declined = list(words)
    for i, word in enumerate(words[:-1]):
        if word[:1].isupper() and word.endswith("es"):
            declined[i] = word[:-1] + "n"
        elif word[:1].isupper() and word.endswith("e"):
            declined[i] = word + "n"
    if declined == words:
        return []
    forms = [" ".join(declined)]
    if declined[-1].endswith("e"):  # a plural noun in the dative: "den ... Emiraten"
        forms.append(" ".join([*declined[:-1], declined[-1] + "n"]))
    return forms
