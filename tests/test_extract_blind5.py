"""extract() on what a blind set of 2010-2013 wire and newspaper articles showed going wrong:
the story's day drifting back to a day told only as the start of a stretch, a part of the day
told in the past counted from a day still ahead. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from timeline import Timex, extract


def found(text: str, anchor: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


def test_a_clock_time_told_as_recurring_has_no_particular_day() -> None:
    got = found("The bridge is now closed from 10 p.m. to 5 a.m. nightly.", "2019-05-15")
    assert got["10 p.m."] == Timex("TIME", "XXXX-XX-XXT22:00")
    assert got["5 a.m."] == Timex("TIME", "XXXX-XX-XXT05:00")
    # a recurrence in another part of the sentence is not the clock's: it keeps its day
    text = "The monthly jobs report, released at 8:30 a.m., showed 200,000 new jobs."
    assert found(text, "2019-05-15")["8:30 a.m."] == Timex("TIME", "2019-05-15T08:30")
    text = "The bar, which usually closes at 2 a.m., was raided on Friday."
    assert found(text, "2019-05-15")["2 a.m."].value.startswith("2019-")
    # a day named nearer than the recurrence keeps its clock time
    got = found("On Monday he left home at 6 a.m., as he does daily.", "2019-05-15")
    assert got["6 a.m."] == Timex("TIME", "2019-05-13T06:00")


def test_a_month_or_season_told_as_a_rule_has_no_particular_year() -> None:
    got = found("The ferry to the island runs twice a day in summer.", "2019-05-15")
    assert got["summer"] == Timex("DATE", "XXXX-SU")
    got = found("Frost is rare here, and snow seldom falls before late December.", "2019-05-15")
    assert got["late December"] == Timex("DATE", "XXXX-12", "END")
    # a month that opens a stretch, or one told apart from the habit, is a date
    got = found("Flights resume from September, with three departures a week.", "2019-05-15")
    assert got["September"] == Timex("DATE", "2019-09")
    got = found("Sales fell in January, and shops usually close early.", "2019-05-15")
    assert got["January"] == Timex("DATE", "2019-01")


def test_weekdays_listed_after_every_recur_like_the_first() -> None:
    got = found("The choir rehearses every Monday, Wednesday and Friday.", "2013-03-03")
    assert got["Wednesday"] == Timex("SET", "XXXX-WXX-3")
    assert got["Friday"] == Timex("SET", "XXXX-WXX-5")
    got = found("He swam every Tuesday and Thursday morning until 1990.", "2013-03-03")
    assert got["Thursday morning"] == Timex("SET", "XXXX-WXX-4TMO")
    # a day told apart from the list is a date
    got = found("They met every Monday and on Friday they left.", "2013-03-03")
    assert got["Friday"] == Timex("DATE", "2013-03-01")


def test_almost_to_the_day_is_no_date() -> None:
    got = found(
        "The dam failed again ten years almost to the day after the first break.", "2013-03-03"
    )
    assert "the day after" not in got
    assert got["ten years"] == Timex("DURATION", "P10Y")


def test_a_month_set_beside_the_word_month_is_a_month() -> None:
    got = found("May, the busiest month for weddings, is booked out.", "2012-02-18")
    assert got["May"] == Timex("DATE", "2012-05")
    assert "May" not in found("May, the mayor said, will run again.", "2012-02-18")


def test_a_recurring_part_of_the_day_at_a_bare_hour_is_that_hour_recurring() -> None:
    got = found("Boats leave the harbour every morning at 8 and return by noon.", "2012-02-18")
    assert got["every morning at 8"] == Timex("SET", "XXXX-XX-XXT08:00")
    got = found("The choir sings every evening at 6:30.", "2012-02-18")
    assert got["every evening at 6:30"] == Timex("SET", "XXXX-XX-XXT18:30")


