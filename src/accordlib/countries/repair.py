"""Repairs for names that are not spelled as in the tables: a chain of named steps.

:func:`lookup_variants` looks a name up by its normalised key; when that fails it tries each
repair of :data:`REPAIRS` in turn. A repair either does not apply (``None``) or gives the
answer, looking the parts it keeps up again one level deeper (the depth is bounded, so a
name is never taken apart more than twice).

Order matters only where two repairs could both apply: a bracketed qualifier is read before
an exclusion or a comma, and the near-miss (misspelling) repair comes last, so that a name
the other repairs understand is never read as a misspelling of another one.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

from accordlib.countries.adjectives import adjective_country
from accordlib.countries.fuzzy import near_miss
from accordlib.countries.index import index
from accordlib.countries.inflection import inflected
from accordlib.countries.key import name_key
from accordlib.countries.model import Country, Entry, MentionKind

__all__ = ["LONGEST_NAME", "PLAIN_SKIPS", "REPAIRS", "lookup_variants"]

# The longest ISO 3166-1 code (alpha-3).
_CODE_LENGTH = 3
#: Longer than any spelling in the tables (about 70 characters) with a qualifier or two.
LONGEST_NAME = 200


def lookup_variants(name: str, depth: int) -> Entry:
    """Look ``name`` up by key, then try the repairs (``depth`` levels deep at most)."""
    entry = _keyed_entry(name)
    if entry is not None or depth == 0:
        return () if entry is None else entry
    for repair in _PLAIN_REPAIRS if _plain(name) else REPAIRS:
        found = repair(name, depth - 1)
        if found is not None:
            return found
    return ()


def _plain(name: str) -> bool:
    """Whether ``name`` is plain: ASCII words of letters with none of the words that the
    repairs of :data:`PLAIN_SKIPS` need (``_TRIGGERS``), so that none of them applies.

    The officials reader asks about spans that hold a person's name ("Kazakhstan Ali
    Khamenei", "Qatar Sheikh Tamim") and misses; each miss used to run all twenty repairs,
    whose patterns and tables are then cold in the CPU caches. On the officials benchmark
    (~9,300 unseen strings) the misses cost ~20% of ``parse_official``'s time with about
    500 of them (it ran ~19% faster with their answers remembered beforehand).
    """
    if not (name.isascii() and name.replace(" ", "").isalpha()):
        return False  # punctuation, digits or other letters: any repair may apply
    lowered = name.lower()
    return "former" not in lowered and _TRIGGERS.isdisjoint(lowered.split())


def _keyed_entry(name: str) -> Entry | None:
    """The table's entry for the exact spelling, else for the normalised key, else ``None``."""
    idx = index()
    entry = idx.exact.get(name)
    if entry is None:
        if len(name) > LONGEST_NAME:
            name = name.strip()
            if len(name) > LONGEST_NAME:
                return ()  # longer than any name with its qualifiers: not worth normalising
        key = name_key(name)
        entry = idx.keyed.get(key)
        if entry is not None and _code_of_accented(name, key, entry):
            return None
    return entry


def _code_of_accented(name: str, key: str, entry: Entry) -> bool:
    """Whether an accented name only folds to a code ("Mỹ", the United States in Vietnamese,
    folds to "my", Malaysia's code): a code is written in plain (or full-width) letters."""
    if name.isascii() or name.isupper() or len(key) > _CODE_LENGTH:
        return False  # a code is written in capitals, marks or no marks ("ÚS")
    if not (key.isascii() and key.isalpha()):
        return False
    composed = unicodedata.normalize("NFKC", name)
    if "".join(ch for ch in composed if unicodedata.category(ch)[0] != "M").isascii():
        return False  # full-width letters ("ＵＳ"), stray marks ("U̶S"): the code itself
    return index().exact.get(key.upper()) == entry


def _country(entry: Entry) -> Country | None:
    """The entry if it is one country (not ambiguous, not blocked)."""
    return None if isinstance(entry, tuple) else entry


# "Guam (US)", "Sudan (former)", "France(+DOM TOM)": a parenthetical qualifier.
_PAREN = re.compile(r"^(?P<head>[^()]*?)\s*\((?P<qual>[^()]*)\)(?P<tail>[^()]*)$")
# "China excluding Hong Kong": the first country is the answer.
_EXCLUDING = re.compile(r"\s(?:excluding|excl\.|except|without|ex\.)\s", re.IGNORECASE)
# A compound adjective: "U.S.-led", "Saudi-backed", "Iranian-made".
_COMPOUND = re.compile(
    r"^(?P<head>.+?)-(?:led|backed|based|born|made|owned|brokered|era|style|allied|sponsored"
    r"|funded|run|controlled|occupied|administered|bound)$",
    re.IGNORECASE,
)
# A hyphen or soft hyphen inside a word broken across a line: letters on both sides, a
# lower-case one after it ("Thai-land"; not "Guinea-Bissau" nor "U.S.-led").
_BROKEN_WORD = re.compile(r"([^\W\d_])[-\u00ad]([^\W\d_A-Z])")
# A government form before a name ("Oriental Republic of Uruguay").
_GOVERNMENT_FORM = re.compile(
    r"""^(?:the\s+)?
    (?:(?:co-?operative|oriental|federal|federative|independent|democratic|socialist|islamic
        |united|sovereign|territorial|overseas|people'?s|soviet|arab|hashemite|plurinational
        |bolivarian|great\s+socialist|popular)\s+)*
    (?:commonwealth|republic|state|kingdom|territory|country|principality|sultanate
       |grand\s+duchy|duchy|collectivity|union|nation|emirate|federation|confederation)
    \s+of\s+(?:the\s+)?""",
    re.IGNORECASE | re.VERBOSE,
)
# A bracketed qualifier that excludes something: "China (excl. Hong Kong)".
_EXCLUSION_QUALIFIER = re.compile(r"\s*(?:excluding|excl\.?|except|without|ex\.)\s+", re.I)
# Between the items of an excluded list: "Hong Kong, Macau and Taiwan".
_LIST_SEPARATOR = re.compile(r"\s*(?:,|;|&|/|\band\b)\s*", re.IGNORECASE)
# A name and what follows an exclusion word.
_TWO_PARTS = 2
# A qualifier that says the head is not a country ("Georgia (U.S. state)").
_SUBNATIONAL = re.compile(r"\b(?:state|province|county|city|region)\b", re.IGNORECASE)


def _repair_mojibake(name: str, depth: int) -> Entry | None:
    """UTF-8 read as Latin-1/cp1252 ("CÃ´te d'Ivoire"): decode it again."""
    if "Ã" in name or "Â" in name:
        for codec in ("cp1252", "latin-1"):
            try:
                repaired = name.encode(codec).decode("utf-8")
            except UnicodeError:
                continue
            return lookup_variants(repaired, depth)
    return None


def _repair_html_entity(name: str, depth: int) -> Entry | None:
    """HTML character references left by a scraper ("C&ocirc;te d&#39;Ivoire",
    "Trinidad &amp; Tobago"): decode them."""
    if "&" in name and ";" in name:
        decoded = html.unescape(name)
        if decoded != name:
            return lookup_variants(decoded, depth)
    return None


def _repair_parenthetical(name: str, depth: int) -> Entry | None:
    """A qualifier in brackets: "Guam (US)", "Congo (DRC)", "Sudan (former)"."""
    found = _PAREN.match(name)
    if found is None:
        return None
    if _SUBNATIONAL.search(found["qual"]):
        return ()  # "Georgia (U.S. state)"
    head = (found["head"] + found["tail"]).strip()
    excluded = _EXCLUSION_QUALIFIER.match(found["qual"])
    if excluded is not None:
        return _excluding(head, found["qual"][excluded.end() :], depth)  # "China (excl. HK)"
    base = lookup_variants(head, depth)
    qualifier = lookup_variants(found["qual"], depth)
    if not isinstance(base, tuple) and not isinstance(qualifier, tuple) and base != qualifier:
        # A sovereign after a territory ("Guam (US)"); after "Georgia" it means the US state.
        return () if base.alpha3 == "GEO" else base
    if isinstance(base, tuple) and qualifier in base:
        return qualifier  # the qualifier picks one of the candidates: "Congo (DRC)"
    return base


def _repair_excluding(name: str, depth: int) -> Entry | None:
    """An exclusion ("China excluding Hong Kong"): see :func:`_excluding`."""
    parts = _EXCLUDING.split(name, maxsplit=1)
    if len(parts) != _TWO_PARTS:
        return None
    return _excluding(parts[0], parts[1], depth)


def _excluding(head: str, excluded: str, depth: int) -> Entry:
    """A country less what is excluded is still that country only when what is excluded is
    itself another entity of the tables ("China excluding Hong Kong" is China as ISO 3166
    draws it); less a part of it ("Sweden except Stockholm") it is only a part: nothing."""
    first = lookup_variants(head, depth)
    country = _country(first)
    if country is None:
        return first
    for item in _LIST_SEPARATOR.split(excluded.strip()):
        other = _country(lookup_variants(item, depth)) if item else None
        if other is None or other == country:
            return ()
    return country


def _repair_compound(name: str, depth: int) -> Entry | None:
    """A compound adjective: "U.S.-led", "Saudi-backed", "Soviet-era"."""
    compound = _COMPOUND.match(name)
    if compound is None:
        return None
    return lookup_variants(compound["head"], depth)


def _repair_broken_word(name: str, depth: int) -> Entry | None:
    """A word broken across a line and kept in scraped copy: a hyphen (or a soft hyphen)
    between two lower-case letters ("Thai-land", "Paki-stan"). Only a name that is one
    country once joined is taken: "Guinea-bissau" and "Timor-leste" are read as printed."""
    if _BROKEN_WORD.search(name) is None:
        return None
    return _country(_keyed_entry(_BROKEN_WORD.sub(r"\1\2", name)) or ())


def _repair_government_form(name: str, depth: int) -> Entry | None:
    """A government form before a name the tables spell differently ("Oriental Republic of
    Uruguay", "Commonwealth of Australia"); exact forms ("Republic of China") won above."""
    form = _GOVERNMENT_FORM.match(name)
    if form is None or form.end() >= len(name):
        return None
    found = lookup_variants(name[form.end() :], depth)
    return None if found == () else found


def _repair_comma(name: str, depth: int) -> Entry | None:
    """A comma: "Paris, France", "Nation of Brunei, Abode of Peace" (not "Georgia, USA")."""
    head, comma, rest = name.partition(",")
    if not (comma and head.strip() and rest.strip()):
        return None
    if _SUBNATIONAL.search(rest):
        return ()
    first = lookup_variants(head, depth)
    if isinstance(first, tuple):
        return ()
    second = lookup_variants(rest, depth)
    if not isinstance(second, tuple) and second != first and first.alpha3 == "GEO":
        return ()
    return first


def _repair_colon(name: str, depth: int) -> Entry | None:
    """A colon ("Tanzania: Zanzibar"): the part after the last colon, else the part before it."""
    if ":" not in name:
        return None
    head, _, tail = name.rpartition(":")
    last = lookup_variants(tail, depth)
    if not isinstance(last, tuple):
        return last
    return lookup_variants(head, depth)


def _repair_foreign_form(name: str, depth: int) -> Entry | None:
    """A government form in a Romance language: "Federación de Rusia", "Royaume du Maroc"."""
    form = _FOREIGN_FORM.match(name)
    if form is None or form.end() >= len(name):
        return None
    return _country(lookup_variants(name[form.end() :], depth))


def _repair_capital_qualifier(name: str, depth: int) -> Entry | None:
    """A name and its capital, which tells two countries apart ("Kongo-Kinshasa", "Congo
    Brazzaville", "Guinée Conakry"): the capital's country, when the name is it or may be it
    (a name twice, or a name and its code, is no such pair: "Kazakhstan. Kazakhstan")."""
    found = _LAST_WORD.match(name)
    if found is None:
        return None
    surface = index().prose.get(found["tail"])
    if surface is None or surface.kind is not MentionKind.CAPITAL:
        return None
    capital = _country(surface.entry)
    if capital is None:
        return None
    head = lookup_variants(found["head"], depth)
    if head == capital or (isinstance(head, tuple) and capital in head):
        return capital
    return None


def _repair_malay_form(name: str, depth: int) -> Entry | None:
    """A government form in Indonesian or Malay, before the name with no "of" ("Republik
    Indonesia", "Kerajaan Arab Saudi", "Kesultanan Oman")."""
    form = _MALAY_FORM.match(name)
    if form is None or form.end() >= len(name):
        return None
    return _country(lookup_variants(name[form.end() :], depth))


def _repair_article(name: str, depth: int) -> Entry | None:
    """A Romance, German or Dutch article before a name: "l’Arménie", "la Guinée
    équatoriale", "het Vaticaan"."""
    article = _FOREIGN_ARTICLE.match(name)
    if article is None or article.end() >= len(name):
        return None
    return _country(lookup_variants(name[article.end() :], depth))


def _repair_suffix(name: str, depth: int) -> Entry | None:
    """A case ending after an apostrophe, as Turkish writes it: "Ermenistan'a", "ABD'nin"."""
    suffixed = _APOSTROPHE_SUFFIX.match(name)
    if suffixed is None:
        return None
    return _country(lookup_variants(suffixed["head"], depth))


def _repair_former(name: str, depth: int) -> Entry | None:
    """ "the former Soviet Union": "former" before a dissolved state changes nothing."""
    former = _FORMER.match(name)
    if former is None:
        return None
    country = _country(lookup_variants(name[former.end() :], depth))
    return country if country is not None and country.alpha3 in index().historic else None


def _repair_soviet(name: str, depth: int) -> Entry | None:
    """A Soviet republic ("the Kazakh Soviet Socialist Republic", "Ukrainian SSR") is read
    as the state that succeeded it (at a date before 1992, the Soviet Union: see periods)."""
    republic = _SOVIET_REPUBLIC.match(name)
    if republic is None:
        return None
    return _country(lookup_variants(republic["head"], depth))


def _repair_direction(name: str, depth: int) -> Entry | None:
    """ "Northern Macedonia", "Southern Sudan": the directional adjective for the noun. A
    dissolved state is no answer ("Eastern Germany" is a part of Germany today)."""
    changed = _DIRECTION.sub(lambda m: m[1], name)
    if changed == name:
        return None
    country = _country(lookup_variants(changed, depth))
    return None if country is None or country.alpha3 in index().historic else country


def _repair_inflection(name: str, depth: int) -> Entry | None:
    """A case ending on a name in another language: "Polens", "России", "Turqisë", or a
    declined phrase that prose matching knows ("Саудовскую Аравию")."""
    found = inflected(name)
    if found is None:
        surface = index().prose.get(name.strip())
        if surface is not None and not isinstance(surface.entry, tuple):
            found = surface.entry
    return found


def _repair_adjective(name: str, depth: int) -> Entry | None:
    """An adjective of nationality in another language: "argentino", "malien", "Turkse"."""
    return adjective_country(name)


def _repair_swahili(name: str, depth: int) -> Entry | None:
    """A Swahili name, word by word ("Jamhuri ya Muungano wa Tanzania" is the United
    Republic of Tanzania, "Jamhuri ya Kidemokrasia ya Kongo" the Democratic Republic of the
    Congo): read only when one of its words is a Swahili word of a government form."""
    words = name.split()
    if len(words) < _TWO_PARTS or not any(w.lower() in _SWAHILI_FORMS for w in words):
        return None
    english = " ".join(_SWAHILI.get(w.lower(), w) for w in words)
    return _country(lookup_variants(english, depth))


def _repair_misspelling(name: str, depth: int) -> Entry | None:
    """One typing slip from exactly one country's English name: "Islambad", "Bahrian"."""
    if len(name) > LONGEST_NAME:
        return None
    return near_miss(name_key(name))


_FOREIGN_FORM = re.compile(
    r"""^(?:(?:la|el|le|il|a|o)\s+|l['’]\s*)?
    (?:rep[uú]blica|r[ée]publique|repubblica|reino|royaume|regno|federaci[oó]n|f[ée]d[ée]ration
       |federazione|federa[cç][aã]o|estado|[ée]tat|stato|principado|principaut[ée]|principato
       |sultanato|sultanat|emirato|[ée]mirat)
    (?:\s+(?:democr[aá]tica|d[ée]mocratique|isl[aá]mica|islamique|islamica|popular|populaire
          |federal|f[ée]d[ée]rale|federale|[aá]rabe|socialista|socialiste|bolivariana
          |plurinacional|unida|unido|uni|unie|oriental|cooperativa|coop[ée]rative))*
    \s+(?:(?:de|del|da|do|dos|das|di|du|des|della|dello|dei|degli)(?![^\W\d_])|d['’])
    (?:\s+(?:la|el|le|les|los|las|l['’]))?\s*""",
    re.IGNORECASE | re.VERBOSE,
)
_FOREIGN_ARTICLE = re.compile(
    r"^(?:l['’]\s*|(?:la|le|les|el|los|las|il|lo|gli|die|der|das|het)\s+)", re.I
)
# A name of letters and one last word after a space or a dash ("Guinée Conakry",
# "Kongo-Kinshasa"; not a dateline: "CAIRO (AP) — Egyptian").
_LAST_WORD = re.compile(
    r"^(?P<head>[^\W\d_](?:[^\W\d_]|[ '’])*?)\s*(?:\s|-|–)\s*(?P<tail>[^\W\d_]+)$"
)
_MALAY_FORM = re.compile(
    r"^(?:Republik|Kerajaan|Kesultanan|Keemiran|Persekutuan|Negara|Federasi)\s+", re.IGNORECASE
)
_APOSTROPHE_SUFFIX = re.compile(r"^(?P<head>.+?)['’](?!s$)[^\W\d_]{1,6}$")
_FORMER = re.compile(r"^(?:the\s+)?(?:former|ex-)\s*", re.IGNORECASE)
_SOVIET_REPUBLIC = re.compile(
    r"""^(?:the\s+)?(?P<head>.+?)\s+
    (?:Soviet\s+(?:Federative\s+)?Socialist\s+Republic|S\.?F?\.?S\.?R\.?)$""",
    re.IGNORECASE | re.VERBOSE,
)
_DIRECTION = re.compile(r"\b(North|South|East|West)(?:ern)\b", re.IGNORECASE)
# The Swahili words of government forms (Swahili Wikipedia's and the East African
# governments' own styles), and the small words between them ("ya", "wa": "of").
_SWAHILI_FORMS = {
    "jamhuri": "Republic",
    "kidemokrasia": "Democratic",
    "muungano": "United",
    "umoja": "United",
    "ufalme": "Kingdom",
    "falme": "Emirates",
    "shirikisho": "Federation",
    "dola": "State",
}
_SWAHILI = {
    **_SWAHILI_FORMS,
    "ya": "of",
    "wa": "of",
    "la": "of",
    "za": "of",
    "kiarabu": "Arab",
    "kisoshalisti": "Socialist",
    "watu": "People's",
    "kongo": "Congo",
}


#: The repairs, in the order they are tried.
REPAIRS: tuple[Callable[[str, int], Entry | None], ...] = (
    _repair_mojibake,
    _repair_html_entity,
    _repair_parenthetical,
    _repair_excluding,
    _repair_compound,
    _repair_broken_word,
    _repair_government_form,
    _repair_foreign_form,
    _repair_comma,
    _repair_colon,
    _repair_malay_form,
    _repair_article,
    _repair_suffix,
    _repair_former,
    _repair_soviet,
    _repair_direction,
    _repair_inflection,
    _repair_swahili,
    _repair_capital_qualifier,
    _repair_adjective,
    _repair_misspelling,
)

#: The repairs that only apply to a name with punctuation, letters outside ASCII or one of
#: ``_TRIGGERS``: a plain name (:func:`_plain`) skips them, as each would return ``None``.
PLAIN_SKIPS = frozenset(
    {
        _repair_mojibake,  # "Ã" or "Â"
        _repair_html_entity,  # "&" and ";"
        _repair_parenthetical,  # brackets
        _repair_excluding,  # "excluding", "except", "without" ("excl.", "ex." have dots)
        _repair_compound,  # a hyphen
        _repair_broken_word,  # a hyphen or a soft hyphen
        _repair_government_form,  # "of"
        _repair_foreign_form,  # "de", "du", "della"... ("d'" has an apostrophe)
        _repair_comma,
        _repair_colon,
        _repair_malay_form,  # "Republik", "Kerajaan"...
        _repair_article,  # "la", "der"... ("l'" has an apostrophe)
        _repair_suffix,  # an apostrophe
        _repair_former,  # "former" ("ex-" has a hyphen): tested as a substring
        _repair_soviet,  # "... Socialist Republic", "SSR", "SFSR"
        _repair_direction,  # "Northern", "Southern", "Eastern", "Western"
        _repair_swahili,  # "Jamhuri", "Ufalme"...
    }
)
#: The words without which no repair of PLAIN_SKIPS applies to a name of ASCII letters and
#: spaces (lower case; the patterns above are the source).
_TRIGGERS = frozenset(
    {
        "excluding",
        "except",
        "without",
        "of",
        *("de", "del", "da", "do", "dos", "das", "di", "du", "des", "della", "dello", "dei"),
        "degli",
        *("republik", "kerajaan", "kesultanan", "keemiran", "persekutuan", "negara", "federasi"),
        *("la", "le", "les", "el", "los", "las", "il", "lo", "gli", "die", "der", "het"),
        *("republic", "ssr", "sfsr"),
        *("northern", "southern", "eastern", "western"),
        *_SWAHILI_FORMS,
    }
)
#: The repairs a plain name may need, in the order of REPAIRS.
_PLAIN_REPAIRS = tuple(repair for repair in REPAIRS if repair not in PLAIN_SKIPS)
