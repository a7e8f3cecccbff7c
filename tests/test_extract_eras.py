"""extract() on years long ago: years and centuries told with their era (BC, BCE, AD), ranges of
years that take the era of their end, years told as circa, and which century "the century" is.
The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extracted import found, values

from timeline import Timex, extract

# ---------------------------------------------------------------------------- eras


@pytest.mark.parametrize(
    ("text", "phrase", "timex"),
    [
        ("The city was founded in 753 BC, legend says.", "753 BC", Timex("DATE", "BC0753")),
        ("The wall was begun c. 120 BCE.", "c. 120 BCE", Timex("DATE", "BC0120", "APPROX")),
        ("Pompeii was buried in AD 79.", "AD 79", Timex("DATE", "0079")),
        ("The fort was abandoned in 410 A.D. by the legions.", "410 A.D.", Timex("DATE", "0410")),
        ("The coins date from the 3rd century BC.", "the 3rd century BC", Timex("DATE", "BC02")),
        ("The shrine dates from the sixth century B.C.", "the sixth century B.C.",
         Timex("DATE", "BC05")),
    ],
)  # fmt: skip
def test_a_year_told_with_its_era(text: str, phrase: str, timex: Timex) -> None:
    assert found(text, "2021-11-08") == {phrase: timex}


def test_a_year_before_the_era_has_no_calendar_span_and_one_after_has_its_year() -> None:
    before, after = extract("It fell in 31 BC and rose again in AD 14.", date(2021, 11, 8))
    assert before.span is None
    assert after.span is not None and after.span.earliest_start.year == 14


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The town was settled between 600 and 550 BC.", ["BC0600", "BC0550"]),
        ("Bronze was worked there from 1400 to 1300 BC.", ["BC1400", "BC1300"]),
        ("The graves date to 450-400 BC.", ["BC0450", "BC0400"]),
        ("The road was used from 100 to 400 AD.", ["0100", "0400"]),
        ("It flourished in the 3rd and 2nd centuries BC.", ["BC02", "BC01"]),
        # a number beside an era year that opens no such range is no AD year
        ("Coins dated 1400 and 30 BC were shown.", ["BC0030"]),
    ],
)
def test_a_range_of_years_takes_the_era_of_its_end(text: str, values: list[str]) -> None:
    assert [m.timex.value for m in extract(text, date(2021, 11, 8))] == values


@pytest.mark.parametrize(
    "text", ["The 2017 BC Liberal campaign stalled.", "In 2017 BC voters changed course."]
)
def test_british_columbia_after_a_modern_year_is_no_era(text: str) -> None:
    values = [m.timex.value for m in extract(text, date(2021, 11, 8))]
    assert values == ["2017"]


# ---------------------------------------------------------------------------- circa


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The altarpiece (c.1480) was cleaned.", "c.1480"),
        ("The bridge dates from c.1480.", "c.1480"),
        ("The tapestry, ca.1480, is fragile.", "ca.1480"),
    ],
)
def test_circa_glued_to_its_year_is_that_year_about(text: str, phrase: str) -> None:
    assert found(text, "2021-11-08") == {phrase: Timex("DATE", "1480", "APPROX")}


# ---------------------------------------------------------------------------- the century


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # after a year told in the past, that year's century
        ("The flood of March 1771, the worst of the century, drowned the lower town.", "17"),
        # with no year, or told as coming, the report's century
        ("It was the hottest summer of the century, forecasters said.", "20"),
        ("Built in 1890, the hall will be gone by the end of the century.", "20"),
    ],
)
def test_the_century_is_the_one_of_a_past_year_just_named_or_the_reports(
    text: str, value: str
) -> None:
    assert next(v for p, v in values(text, "2024-06-12").items() if "century" in p) == value


def test_praise_of_the_century_in_a_later_sentence_is_the_reports() -> None:
    text = (
        "Founded in 1925, the firm grew fast. It announced what it called the deal of the century."
    )
    assert values(text, "2015-06-10")["the century"] == "20"


def test_praise_of_the_century_beside_its_year_in_the_past_is_that_years() -> None:
    text = "In 1999 the court heard what papers called the trial of the century."
    assert values(text, "2015-06-10")["the century"] == "19"


def test_the_century_as_a_hundred_runs_is_no_time() -> None:
    assert values("He scored the century in style.", "2024-06-12") == {}
