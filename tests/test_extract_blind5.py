"""extract() on what a blind set of 2010-2013 wire and newspaper articles showed going wrong:
the story's day drifting back to a day told only as the start of a stretch, a part of the day
told in the past counted from a day still ahead. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from timeline import Timex, extract


def found(text: str, anchor: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


def test_a_day_a_stretch_runs_from_does_not_move_the_story() -> None:
    # 2019-03-15 is a Friday: the doors opened on the day of the show, not on Tuesday
    got = found(
        "The band played its farewell show on Friday. Hundreds of fans had waited outside the "
        "arena since Tuesday. Doors opened at 6:30 p.m.",
        "2019-03-15",
    )
    assert got["Tuesday"] == Timex("DATE", "2019-03-12")
    assert got["6:30 p.m."] == Timex("TIME", "2019-03-15T18:30")
    got = found(
        "Crews restored power on Thursday. Parts of the town have been dark since Sunday. "
        "The last homes came back at noon.",
        "2019-03-14",
    )
    assert got["noon"] == Timex("TIME", "2019-03-14T12:00")


def test_the_day_a_price_was_taken_does_not_move_the_story() -> None:
    # 2019-06-17 is a Monday
    text = (
        "Brightway agreed on Monday to buy Norcom. It will pay $18 a share, a 40 percent "
        "premium to Norcom's closing price on Thursday. Executives described the deal on a "
        "call at 9 a.m., and Norcom shares were up 35 percent by midday."
    )
    got = found(text, "2019-06-17")
    assert got["Thursday"] == Timex("DATE", "2019-06-13")
    assert got["9 a.m."] == Timex("TIME", "2019-06-17T09:00")
    assert got["midday"] == Timex("TIME", "2019-06-17T12:00")
    text = "Talks ended on Friday. The index opened 2 percent above its close on Friday."
    assert found(text, "2019-06-17")["Friday"] == Timex("DATE", "2019-06-14")


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


def test_earlier_in_the_evening_is_one_time_on_the_storys_day() -> None:
    # 2012-11-02 was a Friday
    got = found("The rally began on Friday. Later in the night police moved in.", "2012-11-07")
    assert got["Later in the night"] == Timex("TIME", "2012-11-02TNI")
    got = found("The vote was held on Friday. Earlier in the afternoon, rain fell.", "2012-11-07")
    assert got["Earlier in the afternoon"] == Timex("TIME", "2012-11-02TAF")


def test_a_week_ago_is_the_day_seven_days_back() -> None:
    got = found("The central bank cut its main rate a week ago.", "2013-05-09")
    assert got["a week ago"] == Timex("DATE", "2013-05-02")
    assert found("Talks began two weeks ago.", "2013-05-09")["two weeks ago"].value == "2013-W17"
    # a day told only roughly: a later clock time stays on the report's day
    text = "The fire broke out a week ago. It was 45% contained as of 7 a.m."
    assert found(text, "2013-05-09")["7 a.m."] == Timex("TIME", "2013-05-09T07:00")
