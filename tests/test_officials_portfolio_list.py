"""A portfolio listed with commas after a minister's title still lets the state that
closes it give the country (issue 14)."""

from __future__ import annotations

import pytest

from accordlib import parse_official

CASES = [
    (
        (
            "Lena Markova, Minister of Foreign Affairs, Trade and Development of the Republic"
            " of Moldova, said"
        ),
        ("Lena Markova", "Foreign Minister", "MDA"),
    ),
    (
        "Tomas Vilks, Minister of Finance, Economy and Planning of Latvia",
        ("Tomas Vilks", "Finance Minister", "LVA"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_state_after_portfolio_list(text: str, want: tuple[str, str, str]) -> None:
    found = parse_official(text)
    assert found is not None
    assert found.title is not None
    assert found.country is not None
    assert (found.name, found.title.canonical, found.country.alpha3) == want
