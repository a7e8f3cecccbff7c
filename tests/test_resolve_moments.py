"""resolve() and extract() on the hour and the moment of the report and the middle of its week:
"this hour" (PRESENT_REF), "a moment ago", "moments ago" (PAST_REF), "midweek", "mid-week" (the
week, mod MID, as "the middle of the week"). The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import Timex, extract, resolve

ANCHOR = date(2021, 3, 17)  # a Wednesday, in ISO week 11


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("this hour", Timex("DATE", "PRESENT_REF")),
        ("a moment ago", Timex("DATE", "PAST_REF")),
        ("moments ago", Timex("DATE", "PAST_REF")),
        ("a few moments ago", Timex("DATE", "PAST_REF")),
        ("midweek", Timex("DATE", "2021-W11", "MID")),
        ("mid-week", Timex("DATE", "2021-W11", "MID")),
    ],
)
def test_the_moment_and_the_middle_of_the_week_resolve(phrase: str, timex: Timex) -> None:
    span = resolve(phrase, ANCHOR)
    assert span.timex == timex
    assert span.possibly_overlaps(resolve("today", ANCHOR))


def test_midweek_is_the_middle_of_the_week() -> None:
    assert resolve("midweek", ANCHOR) == resolve("the middle of the week", ANCHOR)


def test_they_are_found_in_running_text() -> None:
    text = (
        "Rail traffic is light this hour. The last train left a moment ago, and the board "
        "expects to vote on the timetable midweek."
    )
    got = [(m.text, m.timex) for m in extract(text, ANCHOR)]
    assert got == [
        ("this hour", Timex("DATE", "PRESENT_REF")),
        ("a moment ago", Timex("DATE", "PAST_REF")),
        ("midweek", Timex("DATE", "2021-W11", "MID")),
    ]


def test_an_hour_long_show_is_a_length_not_this_hour() -> None:
    got = [(m.text, m.timex.value) for m in extract("We watched this hour-long show.", ANCHOR)]
    assert got == [("hour-long", "PT1H")]
