"""The capitals' names in other languages, from the exemplar cities of Unicode CLDR.

CLDR names the city of each time zone in every language it covers ("Moscovo", "Dacca",
"प्योंगयांग", "طهران"); where that city is a capital in ``country_capitals.tsv`` (matched by
its English exemplar name), its names are the capital's exonyms, which the press uses for the
country's government as it uses the English name ("Moscovo recusa", "Tehran said"). Read by
``tools/gen_countries.py``; babel gives the CLDR data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

#: The shortest key of a Latin-script exonym kept (shorter ones are words first).
MIN_LATIN_KEY = 5


def capital_exonyms(
    languages: Iterable[str],
    capitals: list[dict[str, str]],
    keys: set[str],
    name_key: Callable[[str], str],
    make: Callable[[str, str, str, str], Any],
) -> list[Any]:
    """One ``make(text, alpha3, prose, source)`` per CLDR exemplar city of a capital.

    ``capitals`` are the rows of ``country_capitals.tsv``; only English spellings of one
    country are matched (a row with ``-`` or several countries is never a capital here). A
    key that another source already has (``keys``) is left to it. Prose follows the rule of
    CLDR's territory names: a one-word name in Latin, Cyrillic or Greek letters is read by
    ``get_country`` and in prose that is not English (``foreign``), a name of several words or in a script without capitals by prose
    too; a capital the curated table keeps out of prose ("Brussels", the EU's seat) keeps
    its exonyms out too.
    """
    from babel import Locale  # noqa: PLC0415 - only the generator needs babel

    locales = [
        (lang, Locale.parse(lang.replace("@latin", "_Latn").replace("nb_NO", "nb")))
        for lang in languages
    ]
    english = Locale("en").time_zones
    by_city = {
        row["text"]: row
        for row in capitals
        if row["alpha3"] != "-" and " " not in row["alpha3"].strip() and row["text"].isascii()
    }
    zones: dict[str, dict[str, str]] = {}
    for zone in sorted({zone for _, locale in locales for zone in locale.time_zones}):
        # CLDR's English gives a city only where it differs from the zone's name.
        city = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if city in by_city:
            zones[zone] = by_city[city]
    found: list[Any] = []
    seen = set(keys)
    for lang, locale in locales:
        source = f"CLDR cities {lang}"
        for zone, row in zones.items():
            text = locale.time_zones.get(zone, {}).get("city")
            if not text or "(" in text:
                continue
            key = name_key(text)
            if key in seen or (key.isascii() and len(key) < MIN_LATIN_KEY):
                continue
            seen.add(key)
            first = text[:1]
            uncased = first.isalpha() and not first.isupper() and not first.islower()
            prose = "no"
            if row["prose"] == "yes":
                prose = "yes" if " " in text.strip() or uncased else "foreign"
            found.append(make(text, row["alpha3"].strip(), prose, source))
    return found
