"""extract() on an hour told with the part of the day it is in: "every evening at 8 o'clock"
recurs at 20:00; "that evening at 8 o'clock", "that afternoon at 3:30" are in the second half of
the day; the small hours of a night and hours with "a.m." stay as they are. The sentences are
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import extract

ANCHOR = date(2016, 11, 3)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.timex.type, m.timex.value) for m in extract(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chapel bell tolls every evening at 9 o'clock.",
         [("every evening at 9 o'clock", "SET", "XXXX-XX-XXT21:00")]),
        ("Guards change each morning at 6 o'clock.",
         [("each morning at 6 o'clock", "SET", "XXXX-XX-XXT06:00")]),
    ],
)
def test_an_hour_of_a_recurring_part_of_the_day_recurs_in_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        ("The mayor phoned that evening at 9 o'clock.", "9 o'clock", "2016-11-03T21:00"),
        ("The convoy left that afternoon at 2:45.", "2:45", "2016-11-03T14:45"),
        # an hour with its own half of the day, or told in the morning, keeps it
        ("The mayor phoned that evening at 9 p.m.", "9 p.m.", "2016-11-03T21:00"),
    ],
)
def test_an_hour_after_its_part_of_the_day_is_in_that_half_of_the_day(
    text: str, clock: str, value: str
) -> None:
    assert {m.text: m.timex.value for m in extract(text, ANCHOR)}[clock] == value
