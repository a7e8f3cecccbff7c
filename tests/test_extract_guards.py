"""Counter-examples to rules that once went too far: each was a misfire on plain English."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import Timex, extract


def found(text: str, anchor: str = "2015-06-10") -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Emissions rose sharply (IPCC 2014).", "2014"),
        ("Trade rules were tightened (WTO 2009).", "2009"),
        ("Growth slowed (IMF 2011).", "2011"),
    ],
)
def test_an_author_and_year_citation_keeps_its_year(text: str, year: str) -> None:
    assert found(text)[year] == Timex("DATE", year)


@pytest.mark.parametrize("text", ["The bill (HC 1123) was debated.", "See (HB 2015) for details."])
def test_a_bill_by_its_number_is_no_year(text: str) -> None:
    assert found(text) == {}


def test_a_number_before_a_capitalised_word_on_its_line_is_a_name() -> None:
    assert "800" not in found("Shares of 800 Trading Company rose.")


