"""Find the countries a news text names, and normalise a messy list of country names.

    python examples/countries_in_text.py              # the built-in passage
    python examples/countries_in_text.py story.txt    # any text file(s)

For each text it prints every mention (offsets, the words used, how the country was named)
and then a tally by country, the way one would index a wire story by the countries it is
about. Then it resolves a list of names as they arrive from spreadsheets and feeds.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import accordlib

# A passage written for this example (not from any wire service).
PASSAGE = """\
RIYADH, March 3 — Saudi and Emirati officials met a U.S. delegation in Riyadh on Monday,
days after Washington and Tehran resumed indirect talks in Muscat. Israeli and Palestinian
negotiators were not invited, a Saudi official said.

Michael Jordan's foundation, meanwhile, pledged aid to refugees in Jordan and Chad. In
Atlanta, Georgia, the governor said the state would help; in Tbilisi, Georgia's prime
minister thanked the EU. The Kremlin had no comment, and the UK and the DPRK stayed silent.
"""

# Names as they arrive from spreadsheets, feeds and other libraries' outputs.
MESSY_NAMES = [
    "Korea, Rep.", "the UAE", "Côte d’Ivoire", "Iran (Islamic Republic of)", "USSR",
    "Zaire", "Burma", "S. Korea", "Kazakh", "Kiev", "Congo", "New Mexico", "Allemagne",
    "CÃ´te d'Ivoire", "Hong Kong SAR, China", "Atlantis",
]  # fmt: skip


def report(text: str, label: str) -> None:
    """Print the mentions in ``text`` and a tally by country."""
    print(f"== {label}")
    mentions = accordlib.find_countries(text)
    for m in mentions:
        words = m.text.replace("\n", " ")
        print(f"  {m.start:>5}-{m.end:<5} {words:<22} {m.country.alpha3}  {m.kind.name.lower()}")
    tally = Counter(m.country for m in mentions)
    summary = ", ".join(f"{c.name} ({n})" for c, n in tally.most_common())
    print(f"  countries: {summary or 'none'}\n")


def normalise(names: list[str]) -> None:
    """Print what each messy name resolves to, or why it does not."""
    print("== normalising names")
    for name in names:
        try:
            country = accordlib.lookup_country(name)
            result = f"{country.alpha3}  {country.name}"
        except accordlib.AmbiguousCountryError as exc:
            result = "ambiguous: " + " or ".join(c.name for c in exc.candidates)
        except accordlib.CountryNotFoundError:
            result = "not a country"
        print(f"  {name!r:<32} {result}")


def main(paths: list[str]) -> int:
    if paths:
        for path in paths:
            report(Path(path).read_text(encoding="utf-8"), path)
    else:
        report(PASSAGE, "built-in passage")
    normalise(MESSY_NAMES)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
