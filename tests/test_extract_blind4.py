"""extract() on what a blind set of wire articles showed it reading wrong: a weekday in
apposition to its date, a weekday of a week named by another phrase, ... The sentences are
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import Timex, extract


def found(text: str, anchor: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The board met on March 6, a Wednesday, and again later.", "a Wednesday", "2019-03-06"),
        ("Ballots were mailed on Oct. 4 (a Friday) to every voter.", "a Friday", "2019-10-04"),
        ("The pipe burst on the night of Sept. 21, a Saturday.", "a Saturday", "2019-09-21"),
        ("It was filed June 3, Monday, in district court.", "Monday", "2019-06-03"),
    ],
)
def test_a_weekday_in_apposition_is_the_day_written_before_it(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2019-11-20")[phrase] == Timex("DATE", value)


def test_a_weekday_in_apposition_leaves_the_story_on_its_day() -> None:
    got = found(
        "Inspectors arrived on Feb. 11, a Tuesday, and left the following day.", "2020-03-02"
    )
    assert got["a Tuesday"] == Timex("DATE", "2020-02-11")
    assert got["the following day"] == Timex("DATE", "2020-02-12")


def test_a_weekday_that_is_not_the_days_own_is_left_alone() -> None:
    # Feb. 11, 2020 was a Tuesday: "a Friday" after it is another day, and no apposition
    got = found("Inspectors arrived on Feb. 11, a Friday was their deadline.", "2020-03-02")
    assert got["Friday"] == Timex("DATE", "2020-02-28")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Crews reached the village on May 4. They came back on Friday of that week.",
         "Friday of that week", "2021-05-07"),
        ("The minister will sign it on Tuesday of next week.", "Tuesday of next week",
         "2021-06-22"),
        ("Shares slid on Monday of last week.", "Monday of last week", "2021-06-07"),
    ],
)  # fmt: skip
def test_a_weekday_of_a_named_week_is_that_day_of_that_week(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2021-06-16")[phrase] == Timex("DATE", value)


def test_the_next_day_does_not_make_a_later_weekday_future() -> None:
    # "next" in "the next day" counts from the story, not from the telling
    got = found(
        "Divers searched the lake on March 3. They resumed the next day and again on "
        "Saturday of that week.",
        "2022-04-12",
    )
    assert got["the next day"] == Timex("DATE", "2022-03-04")
    assert got["Saturday of that week"] == Timex("DATE", "2022-03-05")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("She had been born on May 3, 1931. She swam at 6 a.m. every day.", "6 a.m.",
         "XXXX-XX-XXT06:00"),
        ("The ferry leaves daily at 7:30 a.m. from the pier.", "7:30 a.m.", "XXXX-XX-XXT07:30"),
        ("Gates are open every day from 8 a.m. to 6 p.m.", "6 p.m.", "XXXX-XX-XXT18:00"),
        ("The clinic opens at 9 a.m. on weekdays.", "9 a.m.", "XXXX-XX-XXT09:00"),
    ],
)  # fmt: skip
def test_a_clock_time_of_a_recurrence_has_no_day(text: str, phrase: str, value: str) -> None:
    mention = next(m for m in extract(text, date(2020, 7, 8)) if m.text == phrase)
    assert mention.timex == Timex("TIME", value)
    assert mention.span is None


def test_a_clock_time_on_a_day_keeps_it() -> None:
    got = found("On Monday the siren sounded at 7 a.m. Crews ran drills daily.", "2020-07-08")
    assert got["7 a.m."] == Timex("TIME", "2020-07-06T07:00")


