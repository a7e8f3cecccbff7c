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


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a recurrence elsewhere in the sentence is not the clock time's
        ("The monthly jobs report, released at 8:30 a.m., showed gains.", "8:30 a.m.",
         "2015-06-10T08:30"),
        ("Every minute counted when the levee broke at 3 p.m.", "3 p.m.", "2015-06-10T15:00"),
        # "today" told in the past after an opening on the past is the report's day
        ("In the past, the index has risen after such cuts, but today it fell 3 percent.",
         "today", "2015-06-10"),
        ("Once, the town had 40 mills; today it has none.", "today", "PRESENT_REF"),
        # a weekday's possessive after "every Friday, and" is not in the list
        ("The paper comes out every Friday, and Saturday's edition was scrapped.", "Saturday",
         "2015-06-06"),
    ],
)  # fmt: skip
def test_late_review_misfires(text: str, phrase: str, value: str) -> None:
    assert found(text)[phrase].value == value


