"""extract() on runs of days written with one month ("May 15 to 26", "Oct. 12-15", "between
June 15 and 26", "from 12 to 15 October"): two TIMEX3s, one per end, each in the run's year
also when the run is told as coming. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import extract, extract_ranges

ANCHOR = date(2000, 5, 9)


def values(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex.value) for m in extract(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told as coming: both ends in the coming year
        ("The minister will tour four countries from May 15 to 26, aides said.",
         [("May 15", "2000-05-15"), ("26", "2000-05-26")]),
        ("The fair will run Oct. 12-15.", [("Oct. 12", "2000-10-12"), ("15", "2000-10-15")]),
        ("The panel will sit from 12 to 15 October.",
         [("12", "2000-10-12"), ("15 October", "2000-10-15")]),
        ("Envoys will meet between June 15 and 26.",
         [("June 15", "2000-06-15"), ("26", "2000-06-26")]),
        # told in the past
        ("Envoys met between June 15 and 26.", [("June 15", "1999-06-15"), ("26", "1999-06-26")]),
        ("The strike lasted from March 2 through 9.",
         [("March 2", "2000-03-02"), ("9", "2000-03-09")]),
    ],
)
def test_a_run_of_days_is_its_two_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_the_two_ends_group_again_into_one_range() -> None:
    (run,) = extract_ranges("The minister will tour four countries from May 15 to 26.", ANCHOR)
    assert (run.first.text, run.last.text) == ("May 15", "26")
    assert run.span is not None
    assert (run.span.earliest_start.date(), run.span.latest_end.date()) == (
        date(2000, 5, 15),
        date(2000, 5, 27),
    )


def test_a_number_after_and_that_is_no_day_stays_out() -> None:
    assert values("Envoys met between June 15 and 26 percent of members agreed.") == [
        ("June 15", "1999-06-15")
    ]
