"""Countries: name look-ups against pycountry, countrynames and country_converter; mention
finding in ~1 MB of English prose against a naive regex alternation over the ISO names.

    python benchmarks/run.py countries
    python benchmarks/bench_countries.py --accuracy   # also print accuracy on VARIANTS

"unmemoised, distinct" times names never seen before: every name of NAMES in 16 random
mixes of upper and lower case (all distinct), with get_country's memo emptied before each
call, against pycountry.countries.lookup on the same strings.
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import Row, rate  # noqa: E402

import accordlib  # noqa: E402

TITLE = "Countries: get_country and find_countries"

# Names as they arrive from data files and wires: ISO names, codes, news aliases, demonyms,
# capitals, list-style inversions. Written for this benchmark.
NAMES = [
    "Germany", "DE", "DEU", "276", "France", "United States", "US", "U.S.", "USA", "UK",
    "United Kingdom", "Britain", "Russia", "Russian Federation", "China", "PRC", "Japan",
    "South Korea", "Korea, Republic of", "North Korea", "DPRK", "Iran", "Iran, Islamic Republic of",
    "Syria", "Syrian Arab Republic", "Israel", "Israeli", "Palestine", "Saudi Arabia", "Saudi",
    "UAE", "United Arab Emirates", "Emirati", "Turkey", "Türkiye", "Egypt", "Jordan", "Iraq",
    "Afghanistan", "Pakistan", "India", "Indian", "Bangladesh", "Vietnam", "Viet Nam", "Laos",
    "Thailand", "Myanmar", "Burma", "Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Kazakh",
    "Kazakhstan", "Ukraine", "Kyiv", "Kiev", "Moscow", "Washington", "Beijing", "Riyadh",
    "the Netherlands", "Holland", "Dutch", "Czech Republic", "Czechia", "Bolivia",
    "Venezuela", "Brazil", "Mexico", "Canada", "Nigeria", "Niger", "Nigerien", "Sudan",
    "South Sudan", "Democratic Republic of the Congo", "DR Congo", "Congo-Brazzaville",
    "Swaziland", "Eswatini", "Cape Verde", "East Timor", "Macedonia", "North Macedonia",
    "Vatican", "Holy See", "Taiwan", "Kosovo", "Tanzania", "Moldova", "Bosnia-Herzegovina",
]  # fmt: skip

# Sentences in the style of wire copy, written for this benchmark (not taken from any wire).
SENTENCES = [
    "The foreign ministers of Japan and Germany met in Tokyo on Tuesday to discuss trade.",
    "Officials in Riyadh said the Saudi delegation would travel to Washington next week.",
    "Israeli and Palestinian negotiators resumed talks, a U.S. State Department spokesman said.",
    "The Kremlin rejected the proposal, and Moscow recalled its ambassador from Kyiv.",
    "Prices rose sharply across the region as markets in Hong Kong and Singapore fell.",
    "The company said profits fell by four percent in the third quarter of the year.",
    "Shares of the carmaker climbed after analysts raised their forecasts for next year.",
    "Michael Jordan and Chad Smith attended the charity dinner in Atlanta, Georgia.",
    "Kazakh President Kassym-Jomart Tokayev received the Chinese delegation in Astana.",
    "Britain and the European Union agreed on new rules for fishing in the North Sea.",
    "The storm moved north along the coast, forcing thousands of residents to leave.",
    "Nigeria and Niger signed a border agreement, officials in Abuja and Niamey said.",
    "The central bank kept interest rates unchanged for a third consecutive meeting.",
    "Voters in New Mexico and New Jersey went to the polls on Tuesday morning.",
    "The UAE and Qatar pledged aid to Sudan, where fighting has displaced millions.",
    "Brazilian and Argentine officials met in Buenos Aires to discuss the trade pact.",
    "The minister told reporters that the talks had been constructive and frank.",
    "Emirati investors bought a stake in the Turkish port operator last month.",
    "Police said the suspect was arrested late on Friday after a long search.",
    "Seoul and Tokyo agreed to share military intelligence about North Korea.",
    "Heavy rain is expected to continue through the weekend, forecasters said on Sunday.",
    "The team won its fourth straight game after a late goal in the second half.",
    "Analysts expect the merger to be approved by regulators before the end of March.",
    "The hospital said three people were treated for minor injuries and later released.",
    "Oil prices edged higher on Monday as traders weighed supply concerns and demand.",
    "The lawmaker said the bill would be put to a vote before the summer recess.",
    "Firefighters brought the blaze under control early in the morning, the agency said.",
    "The airline said it would cut capacity on several routes because of weak demand.",
    "Inflation slowed for a second month, giving policymakers room to pause rate rises.",
    "The spokesman declined to comment on the report, citing an ongoing investigation.",
    "Retail sales rose more than expected in October, led by spending on cars and fuel.",
    "The court adjourned the hearing until next week to allow both sides more time.",
    "Thousands of people marched through the city centre to demand higher wages.",
    "The agency said it had received more than 2,000 applications for the new program.",
    "Officials said the bridge would remain closed while engineers inspect the damage.",
    "The company named a new chief executive after a months-long search, it said.",
    "Schools reopened on Monday after a week of closures caused by the heat wave.",
    "The index closed 0.8 percent lower, with technology stocks leading the decline.",
    "Rescue workers searched the rubble overnight for survivors of the building collapse.",
    "The governor signed the budget late on Friday, averting a shutdown of state offices.",
]


def prose(size: int = 1_000_000, seed: int = 4) -> str:
    """About ``size`` characters of English prose assembled from SENTENCES."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 5)))
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts)


def naive_regex() -> re.Pattern[str]:
    """A regex alternation over every ISO short name and common name, longest first."""
    import pycountry

    names = {c.name for c in pycountry.countries}
    names |= {c.common_name for c in pycountry.countries if hasattr(c, "common_name")}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b")


def distinct_names(variants: int = 16, seed: int = 7) -> list[str]:
    """NAMES each written ``variants`` times in random upper and lower case: spellings that
    pycountry's case-insensitive index still finds directly, none of them twice."""
    rng = random.Random(seed)
    names = (
        "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in name)
        for name in NAMES
        for _ in range(variants)
    )
    return list(dict.fromkeys(names))


def _unmemoised() -> Callable[[str], object]:
    """get_country with its memo emptied before every call: names never seen before."""
    from accordlib.countries import lookup

    clear, get_country = lookup._memo.clear, accordlib.get_country

    def unmemoised(name: str) -> object:
        clear()
        return get_country(name)

    return unmemoised


def _peer_rows(quick: bool) -> list[Row]:
    rows: list[Row] = []
    seconds = 0.2 if quick else 0.5
    ours = rate(accordlib.get_country, NAMES, min_seconds=seconds)
    goal = "goal >= 1,000,000/s"
    distinct = distinct_names()
    cold = rate(_unmemoised(), distinct, min_seconds=seconds)
    try:
        import pycountry

        def pyc_get(name: str) -> object:
            return pycountry.countries.get(name=name) or pycountry.countries.get(alpha_3=name)

        def pyc_lookup(name: str) -> object:
            try:
                return pycountry.countries.lookup(name)
            except LookupError:
                return None

        rows.append(
            Row("get_country (warm)", "names", ours, "pycountry.get", rate(pyc_get, NAMES), goal)
        )
        rows.append(
            Row("get_country (warm)", "names", ours, "pycountry.lookup", rate(pyc_lookup, NAMES))
        )
        rows.append(
            Row(
                "get_country (unmemoised, distinct)",
                "names",
                cold,
                "pycountry.lookup",
                rate(pyc_lookup, distinct, min_seconds=seconds),
                "goal >= 3x",
            )
        )
    except ImportError:
        rows.append(Row("get_country (warm)", "names", ours, goal=goal + " (pycountry missing)"))
    try:
        import countrynames

        def cn(name: str) -> object:
            countrynames.to_code.cache_clear()  # its lru_cache would only time a dict hit
            try:
                return countrynames.to_code_3(name)
            except KeyError:
                return None

        rows.append(
            Row("get_country (warm)", "names", ours, "countrynames (no cache)", rate(cn, NAMES))
        )
    except ImportError:
        pass
    try:
        import logging

        import country_converter as coco

        logging.getLogger("country_converter").setLevel(logging.CRITICAL)
        converter = coco.CountryConverter()
        sample = NAMES[:20]

        def cc(name: str) -> object:
            return converter.convert(name, to="ISO3", not_found=None)

        rows.append(
            Row(
                "get_country (warm)",
                "names",
                ours,
                "country_converter",
                rate(cc, sample, min_seconds=0.3),
            )
        )
    except ImportError:
        pass
    return rows


def _find_rows(quick: bool) -> list[Row]:
    text = prose(300_000 if quick else 1_000_000)
    mb = len(text.encode("utf-8")) / 1e6

    try:
        pattern = naive_regex()
    except ImportError:
        pattern = None
    # Interleave the rounds of ours and the peer so that a busy machine slows both alike.
    best_ours = best_peer = float("inf")
    accordlib.find_countries(text)
    for _ in range(3 if quick else 5):
        start = time.perf_counter()
        accordlib.find_countries(text)
        best_ours = min(best_ours, time.perf_counter() - start)
        if pattern is not None:
            start = time.perf_counter()
            [m.span() for m in pattern.finditer(text)]
            best_peer = min(best_peer, time.perf_counter() - start)
    density = len(text) // max(1, len(accordlib.find_countries(text)))
    task = f"find_countries, prose (1 mention/{density} ch)"
    if pattern is None:
        return [Row(task, "MB", mb / best_ours, goal="goal >= 10 MB/s")]
    return [
        Row(task, "MB", mb / best_ours, "naive ISO regex", mb / best_peer,
            "goal >= 10 MB/s and >= 3x")
    ]  # fmt: skip


def run(quick: bool) -> list[Row]:
    """Time our functions and the peers on the same inputs."""
    return _peer_rows(quick) + _find_rows(quick)


def accuracy() -> None:
    """Score us and the peers on the variant tables of tests/test_countries.py.

    A variant counts as right when the alpha-3 code matches, or when the table expects
    "no country" (sub-national names, non-countries) and nothing is returned.
    """
    sys.path.insert(0, str(HERE.parent / "tests"))
    import test_countries as t

    tables = dict(t.VARIANT_TABLES)
    coco_names = _coco_names(t.Example)
    if coco_names:
        tables["coco data names"] = coco_names
    resolvers = _resolvers()
    header = f"{'table':<20}{'n':>5}" + "".join(f"{name:>20}" for name in resolvers)
    print(header)
    totals = dict.fromkeys(resolvers, 0)
    count = 0
    for table, examples in tables.items():
        row = f"{table:<20}{len(examples):>5}"
        for name, resolve in resolvers.items():
            right = sum(1 for e in examples if resolve(e.name) == e.alpha3)
            totals[name] += right
            row += f"{100 * right / len(examples):>19.1f}%"
        count += len(examples)
        print(row)
    print(
        f"{'all':<20}{count:>5}" + "".join(f"{100 * totals[n] / count:>19.1f}%" for n in resolvers)
    )


def _resolvers() -> dict[str, Callable[[str], str | None]]:
    """Name -> alpha-3 (or None) for us and every installed peer."""
    resolvers: dict[str, Callable[[str], str | None]] = {
        "accordlib": lambda n: getattr(accordlib.get_country(n), "alpha3", None)
    }
    try:
        import pycountry

        def pyc(name: str) -> str | None:
            try:
                return str(pycountry.countries.lookup(name).alpha_3)
            except LookupError:
                return None

        resolvers["pycountry.lookup"] = pyc
    except ImportError:
        pass
    try:
        import countrynames

        def cn(name: str) -> str | None:
            try:
                code = countrynames.to_code_3(name)
            except (KeyError, ValueError):
                return None
            return str(code) if code else None

        resolvers["countrynames"] = cn
    except ImportError:
        pass
    try:
        import logging

        import country_converter as coco

        logging.getLogger("country_converter").setLevel(logging.CRITICAL)
        converter = coco.CountryConverter()

        def cc(name: str) -> str | None:
            code = converter.convert(name, to="ISO3", not_found=None)
            return code if isinstance(code, str) else None

        resolvers["country_converter"] = cc
    except ImportError:
        pass
    return resolvers


def _coco_names(example: Callable[[str, str], object]) -> list[object]:
    """An outside list: country_converter's own short and official names, with its ISO
    alpha-3 codes as the truth (rows whose code is not ISO 3166 are left out)."""
    try:
        import country_converter as coco_data
        import pandas as pd
    except ImportError:
        return []
    frame = pd.read_csv(
        Path(coco_data.__file__).parent / "country_data.tsv",
        sep="\t",
        encoding="utf-8",
        keep_default_na=False,
    )
    known = {c.alpha3 for c in map(accordlib.get_country, frame["ISO3"]) if c}
    return [
        example(str(row[column]), str(row["ISO3"]))
        for _, row in frame.iterrows()
        for column in ("name_short", "name_official")
        if row[column] and row["ISO3"] in known
    ]


if __name__ == "__main__":
    from _common import print_rows

    if "--accuracy" in sys.argv:
        accuracy()
    else:
        print_rows(TITLE, run(quick="--quick" in sys.argv))
