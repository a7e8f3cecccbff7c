"""extract() counting from the story's time: days in apposition, "the next day", "that week",
weeks counted from a day, "N years later/on" reaching the report or not, what leaves the story
where it was (a record, a stretch, a price), quotations, the year of a bare date in histories
and reports, day-first documents, the calendar's edges, "that Sunday", a clock in a weekday's
night, a midnight after an evening, "the new century", "the first winter" of a flashback and a
paragraph that opens "Until the end of the month" after a plan. The sentences are written for
these tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from extracted import found, values
from hypothesis import given
from hypothesis import strategies as st

from timeline import Mention, Timex, extract, resolve
from timeline._extract._clocks import _nearest_day


def _in_order(text: str, anchor: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex.value) for m in extract(text, anchor)]


# ---------------------------------------------------------------------------- apposition


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


def test_a_weekday_that_is_not_the_days_own_is_no_apposition() -> None:
    # Feb. 11, 2020 was a Tuesday: "a Friday" after it is another day, and no apposition
    got = found("Inspectors arrived on Feb. 11, a Friday was their deadline.", "2020-03-02")
    assert got["Friday"] == Timex("DATE", "2020-02-28")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "A photo dated 7 June, the following Friday, shows the hull.",
            "the following Friday",
            "2024-06-07",
        ),
        ("On 3 June, the next day, divers reached the wreck.", "the next day", "2024-06-03"),
    ],
)
def test_a_day_restated_in_apposition_is_that_day(text: str, phrase: str, value: str) -> None:
    assert values(text, "2024-06-12")[phrase] == value


def test_an_apposed_weekday_that_is_not_the_days_own_counts_on() -> None:
    # 8 June 2024 is a Saturday: "the following Friday" is then a day of its own
    text = "A photo dated 8 June, the following Friday, shows it."
    assert values(text, "2024-06-12")["the following Friday"] != "2024-06-08"


def test_a_story_period_takes_the_dated_day_in_apposition_after_it() -> None:
    text = (
        "The pump failed on 9 April 2023, five years after it was fitted in 2018. It had "
        "tripped three times in the preceding month, on 2, 11 and 20 March 2023."
    )
    assert values(text, "2024-06-12")["the preceding month"] == "2023-03"


# --------------------------------------------------------------------------- counted from the story


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
        (
            "The ship sailed on 2 March. Three weeks later it docked.",
            "Three weeks later",
            "2024-03-23",
        ),
        (
            "The ship sailed on 2 March. A week earlier it was loaded.",
            "A week earlier",
            "2024-02-24",
        ),
        (
            "The ship sailed on 2 March. A fortnight later it sank.",
            "A fortnight later",
            "2024-03-16",
        ),
    ],
)
def test_weeks_counted_from_a_day_give_a_day(text: str, phrase: str, value: str) -> None:
    assert values(text, "2024-06-12")[phrase] == value


def test_weeks_counted_from_the_report_give_a_week() -> None:
    assert values("The ship sailed two weeks ago.", "2024-06-12")["two weeks ago"] == "2024-W22"


def test_a_week_ago_is_the_day_seven_days_back() -> None:
    got = found("The central bank cut its main rate a week ago.", "2013-05-09")
    assert got["a week ago"] == Timex("DATE", "2013-05-02")
    assert found("Talks began two weeks ago.", "2013-05-09")["two weeks ago"].value == "2013-W17"
    # a day told only roughly: a later clock time stays on the report's day
    text = "The fire broke out a week ago. It was 45% contained as of 7 a.m."
    assert found(text, "2013-05-09")["7 a.m."] == Timex("TIME", "2013-05-09T07:00")


def test_preceding_counts_back_like_previous() -> None:
    text = "The strike began in June 2019. The preceding month, talks had failed."
    assert values(text, "2024-06-12")["The preceding month"] == "2019-05"


@pytest.mark.parametrize("step", ["preceding", "previous"])
def test_a_month_of_the_preceding_year_is_one_expression(step: str) -> None:
    got = found(
        f"The talks began in January 2019 and collapsed in April of the {step} year.", "2020-06-10"
    )
    assert f"April of the {step} year" in got
    assert "April" not in got


def test_earlier_in_the_evening_is_one_time_on_the_storys_day() -> None:
    # 2012-11-02 was a Friday
    got = found("The rally began on Friday. Later in the night police moved in.", "2012-11-07")
    assert got["Later in the night"] == Timex("TIME", "2012-11-02TNI")
    got = found("The vote was held on Friday. Earlier in the afternoon, rain fell.", "2012-11-07")
    assert got["Earlier in the afternoon"] == Timex("TIME", "2012-11-02TAF")


def test_later_in_the_day_is_the_story_day() -> None:
    text = "Clinton spoke on Monday night. Earlier in the day, he testified for four hours."
    got = found(text, "1998-08-18")
    assert got["Earlier in the day"].value == "1998-08-17"
    text = "Stocks fell early Wednesday before recovering later in the day."
    assert found(text, "2016-11-09")["later in the day"] == Timex("DATE", "2016-11-09")


def test_a_date_counted_from_now_and_schedules_that_run_through_a_date() -> None:
    got = found("Two weeks from now the budget is due; the now-defunct fund closed.", "2013-03-21")
    assert list(got) == ["Two weeks from now"]
    assert got["Two weeks from now"].type == "DATE"
    assert found("Early voting runs through Nov. 5.", "2013-03-21")["Nov. 5"].value == "2013-11-05"


# ---------------------------------------------------------------------------- what leaves the story


def test_a_record_measured_since_a_date_does_not_move_the_story() -> None:
    text = (
        "Inflation hit 9 percent in April, the highest since March 1982. "
        "Prices rose 0.8 percent from the previous month."
    )
    assert found(text, "2022-05-18")["the previous month"] == Timex("DATE", "2022-03")
    # a plain "since" is a time of the story: the year after it is counted from it
    text = "He has lived there since 2005. The following year he bought a boat."
    assert found(text, "2022-05-18")["The following year"] == Timex("DATE", "2006")


@pytest.mark.parametrize(
    "told",
    [
        "Exports rose 1.2 percent in May after a 0.4 percent drop in April.",
        "Exports rose 1.2 percent in May, up from 0.4 percent in April.",
    ],
)
def test_an_earlier_figure_a_months_figure_is_set_after_is_not_the_last_time_named(
    told: str,
) -> None:
    text = f"{told} Imports also rose, recovering from a slump the month before."
    assert found(text, "2022-06-20")["the month before"] == Timex("DATE", "2022-04")


def test_a_month_named_alone_after_another_is_the_last_time_named() -> None:
    text = "Exports rose 1.2 percent in May and fell in April. Imports slumped the month before."
    assert found(text, "2022-06-20")["the month before"] == Timex("DATE", "2022-03")


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


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Strikes resumed on 12 May, a Wednesday, following a rocket attack on the night of "
            "10 May. They began at about four in the morning. Two days later the ceasefire broke.",
            "Two days later",
            "2021-05-14",
        ),
        (
            "Strikes resumed on 12 May following a rocket attack on the night of 10 May. They "
            "began at about four in the morning.",
            "about four in the morning",
            "2021-05-12T04:00",
        ),
        # 2021-05-18 is a Tuesday
        (
            "Crews gained ground on Tuesday against a fire that has spread since it started "
            "Saturday evening. It was 40 percent contained by 7 a.m., up from 15 percent a day "
            "earlier.",
            "a day earlier",
            "2021-05-17",
        ),
        (
            "Police made two arrests on 14 May after the shop had been robbed on 11 May. They "
            "were charged at 3 p.m.",
            "3 p.m.",
            "2021-05-14T15:00",
        ),
        (
            "Trading resumed on Monday in the wake of the crash on Friday. By noon the index was "
            "down 4 percent.",
            "noon",
            "2021-05-17T12:00",
        ),
    ],
)
def test_a_day_before_the_main_clauses_in_what_led_up_to_it_does_not_move_the_story(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2021-05-20")[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a later day after "after" moves the story on
        (
            "Voting closed on 3 May, after which counting ran until 5 May. Results came at noon.",
            "noon",
            "2021-05-05T12:00",
        ),
        # after a part of the day, the day named in what led up to it is the firmer time
        (
            "Rescuers dug through the night after a landslide hit the village on Monday "
            "afternoon. The slope gave way at 4:10 p.m.",
            "4:10 p.m.",
            "2021-05-17T16:10",
        ),
        # an earlier day with no word of what led up to it is the story's new time
        (
            "Police said on Thursday that the shop was robbed on Tuesday. The thieves left at "
            "3 a.m.",
            "3 a.m.",
            "2021-05-18T03:00",
        ),
    ],
)
def test_a_later_day_or_one_after_a_part_of_the_day_still_moves_the_story(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2021-05-20")[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Floods hit the valley in the spring of 2014. The dam was raised that August and "
         "reopened in May 2015.", "that August", "2014-08"),
        ("He joined the firm in 2003, and that October he was promoted.", "that October",
         "2003-10"),
        # with no time named before, the month as its name reads (told in the past: behind)
        ("That June, the river flooded.", "That June", "2015-06"),
        # "that" joining a clause before a month used as a noun's modifier is no part of it
        ("The minister said that June sales fell.", "June", "2015-06"),
    ],
)  # fmt: skip
def test_that_month_is_the_month_in_the_year_the_story_is_in(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2016-03-01")[phrase] == value


def test_that_first_season_counts_from_the_last_time_named_sentences_later() -> None:
    text = (
        "Her parents opened the bakery in the spring of 1972. Money was short. "
        '"That first winter, we slept above the ovens," she said.'
    )
    assert values(text, "2016-03-01")["That first winter"] == "1972-WI"
    # with no time named before it, it counts from the report's days as before
    text = '"That first winter, we slept above the ovens," she said.'
    assert values(text, "2016-03-01")["That first winter"] == "2015-WI"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # 2021-05-05 is a Wednesday: a day told in the past perfect within the paragraph is a
        # flashback; the story stays on its day
        ("On 5 May police raided the flat. The suspect had arrived on 2 May. That week "
         "detectives traced his car.", "That week", "2021-W18"),
        # ... while the flashback's own anaphors, in the past perfect, count from it
        ("On 5 May police raided the flat. The suspect had arrived on 2 May. The next day he "
         "had rented a car.", "The next day", "2021-05-03"),
        # a flashback opening a paragraph of its own is where the story now is
        ("On 5 May police raided the flat.\n\nThe suspect had arrived on 2 May. That week he "
         "rented a car.", "That week", "2021-W17"),
    ],
)  # fmt: skip
def test_a_flashback_in_the_past_perfect_within_a_paragraph_leaves_the_story(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2021-05-20")[phrase] == value


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


# ---------------------------------------------------------------------------- quotations


def test_a_weekday_in_a_quotation_counts_from_when_it_was_said() -> None:
    text = (
        'On 6 March 2019 the broker wrote to the buyer: "Wire the deposit Thursday." '
        'On 12 March 2019 he wrote again: "The cargo left Tuesday."'
    )
    found = values(text, "2024-06-12")
    assert found["Thursday"] == "2019-03-07"
    assert found["Tuesday"] == "2019-03-05"


def test_a_weekday_in_a_quotation_near_the_report_keeps_its_day() -> None:
    text = '"We will sign on Friday," the minister said on Tuesday.'
    assert values(text, "2024-06-12")["Friday"] == "2024-06-14"


# --------------------------------------------------- the year of a bare date: histories and reports


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The army crossed the river in June 1812. By September it had reached the city.",
            "September",
            "1812-09",
        ),
        (
            "In 1683 the army laid siege to the city. The siege was broken on 12 September.",
            "12 September",
            "1683-09-12",
        ),
        (
            "In 1683 the army laid siege to the city. It was broken on 12 September. The "
            "following year a league was formed, and that autumn the army moved east.",
            "that autumn",
            "1684-FA",
        ),
    ],
)
def test_a_history_keeps_a_bare_date_in_the_year_it_tells(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2012-09-01")[phrase].value == value


def test_a_history_closing_on_the_present_keeps_its_years() -> None:
    text = (
        "The canal was begun in May 1792. By late October the first lock was finished, and "
        "the following summer barges reached the town.\n\n"
        "Today the towpath is a cycle route, and the locks are now listed."
    )
    found = values(text, "2016-04-02")
    assert found["late October"] == "1792-10"
    assert found["the following summer"] == "1793-SU"


def test_a_present_word_before_the_years_still_makes_a_report() -> None:
    text = "Officials said today that records from 1950 were lost. In March they were found."
    assert values(text, "2016-04-02")["March"] == "2016-03"


def test_a_report_that_counts_from_its_own_days_keeps_a_bare_month_in_them() -> None:
    # a year named years back is background when the text counts from the report's days
    text = "The plant has been idle since 1994. Last week the owner said work resumes in March."
    assert found(text, "2012-09-01")["March"].value == "2013-03"
    text = "The plant has been idle since 1994. In January, the owner sold it, he said Tuesday."
    assert found(text, "1998-10-25")["January"].value == "1998-01"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The survey was released on Monday. Divers counted the reef in March of 2009. "
            "One team surfaced on the afternoon of March 22.",
            "the afternoon of March 22",
            "2009-03-22TAF",
        ),
        (
            "The survey was released on Monday. Divers counted the reef in March 2009, and a "
            "storm struck on 22 March.",
            "22 March",
            "2009-03-22",
        ),
    ],
)
def test_a_day_of_the_month_just_named_with_its_year_is_in_that_year(
    text: str, phrase: str, value: str
) -> None:
    # in a report that counts from its own days too (a weekday names the report's week)
    assert values(text, "2012-09-05")[phrase] == value


def test_a_day_of_another_month_than_the_one_named_stays_in_the_reports_days() -> None:
    text = "The survey was released on Monday. Divers counted the reef in March 2009. On May 4 "
    text += "the results were sent to the ministry."
    assert values(text, "2012-09-05")["May 4"] == "2012-05-04"
    text = "The survey was released on Monday. Divers counted the reef in March 2009. "
    text += "They will return on March 30."
    assert values(text, "2012-09-05")["March 30"] == "2013-03-30"


def test_a_month_told_as_coming_in_a_text_naming_only_old_years_is_still_found() -> None:
    # a history's year holds for what it tells in the past; "will" looks from the report
    text = "The company was founded in 1998. In March it will launch a new phone."
    mentions = {m.text: m.timex for m in extract(text, date(2020, 5, 5))}
    assert mentions["March"] == Timex("DATE", "2021-03")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # after the story's April and before the report's December: that year's October
        ("The talks began on 3 April and ended on 17 October.", "2023-10-17"),
        ("On 3 April 2020, talks began. On 17 October they ended.", "2020-10-17"),
        ("On March 1, 2021 talks began. On Dec. 15 they ended.", "2021-12-15"),
        # a flashback told in the past perfect, or a date after "since", is before the story
        ("On 3 April, talks began. They had started talking on 17 October.", "2022-10-17"),
        ("On 3 April, talks began. They have been talking since 17 October.", "2022-10-17"),
    ],
)
def test_a_date_later_in_the_year_than_the_story_is_in_the_storys_year(
    text: str, value: str
) -> None:
    mentions = extract(text, date(2023, 12, 20))
    assert [m.timex.value for m in mentions if "October" in m.text or "Dec" in m.text] == [value]


def test_a_date_after_the_story_but_after_the_report_stays_a_year_back() -> None:
    # 17 October 2024 would be after the report: the October before the story
    text = "The talks began on 3 April and ended on 17 October."
    assert found(text, "2024-05-20")["17 October"] == Timex("DATE", "2023-10-17")


# ---------------------------------------------------------------------------- counts on to now


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("In December 2004 a tsunami struck. Twenty years on, the town has recovered.",
         "2024-12-20", {"December 2004": "2004-12", "Twenty years on": "2024"}),
        ("Twenty years on, the town has recovered.", "2024-12-20", {"Twenty years on": "P20Y"}),
    ],
)  # fmt: skip
def test_years_on_count_from_the_last_time_named_of_any_size_and_alone_are_a_length(
    text: str, anchor: str, expected: dict[str, str]
) -> None:
    assert values(text, anchor) == expected


def test_a_count_on_in_the_present_perfect_reaches_the_report() -> None:
    text = (
        "The tunnel was started in May 2016, to open in spring 2019. "
        "Seven years later it has swallowed twice its budget."
    )
    assert values(text, "2024-06-12")["Seven years later"] == "2024"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The plant opened in 2005. Eight years later it has cost 486 million pounds.",
            "Eight years later",
        ),
        ("It opened in 1840. Two centuries later, the town has grown.", "Two centuries later"),
    ],
)
def test_a_count_in_the_main_clauses_present_perfect_reaches_now(text: str, phrase: str) -> None:
    assert values(text, "2015-06-10")[phrase] == "2015"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The plant opened in 2005. Two years later, a rival that has since closed bought it.",
            "Two years later",
            "2007",
        ),
        (
            "The plant opened in 2005. Three years later, the company, which has grown since, "
            "moved to Texas.",
            "Three years later",
            "2008",
        ),
    ],
)
def test_a_present_perfect_in_a_relative_clause_does_not_reach_now(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2015-06-10")[phrase] == value


def test_a_count_with_a_year_in_apposition_does_not_reach_now() -> None:
    text = "The plant opened in 2005. Six years later, in 2014, the firm has moved."
    assert values(text, "2015-06-10")["Six years later"] != "2015"


def test_a_count_on_in_the_past_counts_from_the_time_named() -> None:
    text = "The tunnel was started in May 2016. Three years later it was finished."
    assert values(text, "2024-06-12")["Three years later"] == "2019"


def test_a_count_on_beside_today_is_the_length() -> None:
    text = "The mill closed in 1931. Today, nearly a century on, its chimney still stands."
    found = {m.text: m.timex for m in extract(text, date(2024, 6, 12))}
    assert found["nearly a century on"].type == "DURATION"


# -------------------------------------------------------------- day-first and month-first documents


def test_a_day_first_document_tells_its_story_day_first() -> None:
    text = (
        "The report is dated 14 June 2021. The convoy left on 02/03/2021. "
        "The next day, it was stopped."
    )
    got = found(text, "2021-06-20")
    assert got["02/03/2021"] == Timex("DATE", "2021-03-02")
    assert got["The next day"] == Timex("DATE", "2021-03-03")  # counted from March 2
    text = "Signed on 14/06/2021. The convoy left on 02/03/21 at 10 p.m."
    got = found(text, "2021-06-20")
    assert got["02/03/21"] == Timex("DATE", "2021-03-02")
    assert got["10 p.m."] == Timex("TIME", "2021-03-02T22:00")


def test_a_day_first_document_reads_a_numeric_date_day_first_inside_a_longer_mention() -> None:
    text = "Report of 2 March 2022. Shelling was logged at 02/03/2022 10:00. The next day it ended."
    assert values(text, "2024-03-06") == {
        "2 March 2022": "2022-03-02",
        "02/03/2022 10:00": "2022-03-02T10:00",
        "The next day": "2022-03-03",
    }


def test_month_first_signs_are_whole_month_names() -> None:
    # "Decree 12" is no month-first date, so the one day-first sign decides
    got = found("The order of 14 June 2021, Decree 12, took effect on 02/03/2021.", "2021-06-20")
    assert got["02/03/2021"] == Timex("DATE", "2021-03-02")
    got = found("He left on 2 Mar 2021 and came back on 02/04/2021.", "2021-06-20")
    assert got["02/04/2021"] == Timex("DATE", "2021-04-02")


# ---------------------------------------------------------------------------- layout


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The hearing was pushed\nback until Tuesday.", "2024-03-06", {"Tuesday": "2024-03-12"}),
        ("The raid ended at ten to\none.", "2024-03-06", {"ten to\none": "2024-03-06T12:50"}),
    ],
)
def test_a_line_break_hides_nothing_a_single_space_shows(
    text: str, anchor: str, expected: dict[str, str]
) -> None:
    assert values(text, anchor) == expected


# ------------------------------------------------------------------- the calendar's edges, and cost


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("It rained all night.", "0001-01-01"),
        ("Sales rose from the same period last year.", "0001-06-01"),
        ("The quarter ended the day after.", "0001-01-01"),
    ],
)
def test_an_anchor_at_the_calendar_edge_raises_nothing(text: str, anchor: str) -> None:
    assert all(m.text in text for m in extract(text, anchor))


def test_an_anchor_outside_the_calendar_in_its_zone_is_a_timeline_error() -> None:
    from timeline import TimelineError

    with pytest.raises(TimelineError, match="outside the calendar"):
        extract("in 2017", "9999-12-31T23:59:59+00:00", tz="Asia/Pyongyang")


def test_a_bare_hour_range_at_the_calendar_end_raises_nothing() -> None:
    from timeline import extract_ranges

    assert [m.text for m in extract("from 10 to 2 a.m.", "9999-12-30")] == ["10", "2 a.m."]
    assert len(extract_ranges("from 10 to 2 a.m.", "9999-12-30")) == 1


def test_a_night_told_in_the_past_on_the_calendar_s_second_day_east_of_utc() -> None:
    # the day before 0001-01-02 at UTC+8:30 starts in year 0 in UTC: no day to put it on
    (night,) = extract("Guns fired all night.", date(1, 1, 2), tz="Asia/Pyongyang")
    assert night.text == "night"


@given(st.lists(st.integers(0, 500), unique=True, min_size=1), st.integers(0, 520), st.data())
def test_the_nearest_day_is_the_one_a_search_of_all_would_pick(
    starts: list[int], at: int, data: st.DataObject
) -> None:
    # (found by halving since a clause naming thousands of days and clocks took quadratic time)
    days = [Mention(s, s + 1, "x", Timex("DATE", "2020-01-01"), None) for s in sorted(starts)]
    count = data.draw(st.integers(1, len(days)))
    expected = min(days[:count], key=lambda day: abs(day.start - at))
    assert _nearest_day(days, count, at) is expected


def test_a_long_chronology_in_one_sentence_takes_time_in_proportion() -> None:
    import time

    def seconds(lines: int) -> float:
        text = "\n".join(f"{1 + n % 28} March 2019 at 10:00 convoy seen" for n in range(lines))
        began = time.process_time()
        extract(text, date(2019, 4, 1))
        return time.process_time() - began

    small = min(seconds(80) for _ in range(2))
    large = seconds(800)
    assert large < 35 * small + 0.5  # tenfold text: far below the hundredfold of quadratic work


# ------------------------------------------- weekdays, nights and midnights of the story


def test_that_weekday_is_the_one_of_the_day_told() -> None:
    text = "The clocks changed on April 6, and the keeper was in the tower by 6 a.m. that Sunday."
    assert _in_order(text, "2003-04-16") == [
        ("April 6", "2003-04-06"),
        ("6 a.m. that Sunday", "2003-04-06T06:00"),
    ]


def test_that_weekday_opening_a_sentence() -> None:
    text = "The ballots were counted on Friday, April 4. That Sunday, the results were posted."
    assert _in_order(text, "2003-04-16")[-1] == ("That Sunday", "2003-04-06")


def test_that_after_a_verb_joins_a_clause_not_a_weekday() -> None:
    text = "Police said that Sunday's march was peaceful."
    assert _in_order(text, "2003-04-16") == [("Sunday", "2003-04-13")]


def test_a_clock_in_a_weekdays_night_is_one_time() -> None:
    text = '"At 10 o\'clock Monday night the yard was dry," she said on Thursday.'
    assert _in_order(text, "1998-09-24")[0] == ("10 o'clock Monday night", "1998-09-21T22:00")


def test_decades_and_centuries_later_count_from_the_last_time_named() -> None:
    text = (
        "The keeper arrived on Sunday. His teacher handed him the crank in the spring of 1972"
        " and died a decade later. The tower itself was finished in 1803; two centuries later"
        " it still keeps time."
    )
    values = dict(_in_order(text, "2003-04-16"))
    assert values["a decade later"] == "1982"
    assert values["two centuries later"] == "2003"


def test_midnight_after_an_evening_ends_its_day() -> None:
    text = "At 10 p.m. Monday the yard was dry. By midnight we were on the roof."
    assert _in_order(text, "1998-09-24") == [
        ("10 p.m. Monday", "1998-09-21T22:00"),
        ("midnight", "1998-09-22T00:00"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At 10 a.m. Monday the yard was dry. By midnight we were on the roof.",
        "Voting opened at 7 a.m. Monday. By midnight, 40 percent had voted.",
        "Crews began at 9 a.m. Monday and worked until midnight.",
        "Monday morning the river rose. By midnight it had crested.",
    ],
)
def test_midnight_reached_from_a_morning_ends_its_day(text: str) -> None:
    # "by" or "until" midnight from a time of the day: the midnight it reaches, ending the day
    assert _in_order(text, "1998-09-24")[-1] == ("midnight", "1998-09-22T00:00")


def test_midnight_told_at_after_a_morning_starts_its_day() -> None:
    text = "At 7 a.m. Monday the river rose. The levee, checked at midnight, held."
    assert _in_order(text, "1998-09-24")[-1] == ("midnight", "1998-09-21T00:00")


def test_the_new_century_is_the_one_the_report_is_in() -> None:
    text = "As the new century begins, the stakes are no lower."
    assert _in_order(text, "2000-02-09") == [("the new century", "20")]


def test_an_anaphor_restating_the_storys_day_leaves_the_story_there() -> None:
    text = (
        "Protesters gathered on 2 June. On 3 June, the next day, police arrived. That evening,"
        " the crowd left."
    )
    assert _in_order(text, "2020-06-10") == [
        ("2 June", "2020-06-02"),
        ("3 June", "2020-06-03"),
        ("the next day", "2020-06-03"),
        ("That evening", "2020-06-03TEV"),
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "phrase", "value"),
    [
        # the nearest such day to the story's, before it as well as after
        (
            "The fire broke out on Monday, March 3. On that Sunday, the alarm had failed.",
            "2014-03-20",
            "that Sunday",
            "2014-03-02",
        ),
        (
            "The vote was on Tuesday, April 8. On that Sunday the polls had shown a tie.",
            "2014-04-10",
            "that Sunday",
            "2014-04-06",
        ),
        # with no story told, as the weekday alone in its tense
        (
            "Fans were relieved. But that Saturday, the team lost again.",
            "2014-03-20",
            "that Saturday",
            "2014-03-15",
        ),
    ],
)
def test_that_weekday_is_the_nearest_to_the_story(
    text: str, anchor: str, phrase: str, value: str
) -> None:
    assert values(text, anchor)[phrase] == value


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "Firms are racing to fix their computers before the new century arrives.",
            "1999-11-01",
            "20",
        ),
        ("He was born in 1899 and lived to see the new century.", "2014-03-20", "19"),
        (
            "The 20th century saw the count grow. As the new century begins, it matters.",
            "2000-02-09",
            "20",
        ),
    ],
)
def test_the_new_century_starts_nearest_the_time_told(text: str, anchor: str, value: str) -> None:
    assert values(text, anchor)["the new century"] == value


@pytest.mark.parametrize(
    "text",
    [
        "Talks broke off at 11:20 p.m. Monday. The old contract expired at midnight.",
        "Mediators left at 10:45 p.m. Monday, and the truce ran out at midnight.",
    ],
)
def test_a_term_running_out_at_midnight_after_a_late_evening_ends_its_day(text: str) -> None:
    assert values(text, "2014-03-20")["midnight"] == "2014-03-18T00:00"


def test_a_term_running_out_at_midnight_after_a_morning_is_the_days_start() -> None:
    text = "Talks broke off at 9 a.m. Monday. The old contract had expired at midnight."
    assert values(text, "2014-03-20")["midnight"] == "2014-03-17T00:00"


@pytest.mark.parametrize(
    "text",
    [
        "Monday evening the governor spoke. Earlier, at midnight, the dam broke.",
        "At 10 p.m. Monday the river crested. The levee, checked at midnight, held.",
    ],
)
def test_a_midnight_not_reached_from_the_evening_starts_its_day(text: str) -> None:
    assert values(text, "2014-03-20")["midnight"] == "2014-03-17T00:00"


@pytest.mark.parametrize(
    ("text", "anchor", "phrase", "value"),
    [
        (
            "Police raided the house on Friday, April 8. On the Sunday, the family left.",
            "2016-05-24",
            "the Sunday",
            "2016-04-10",
        ),
        (
            "The vote was on Tuesday, Oct. 4. By the Thursday, the count was done.",
            "2016-10-20",
            "the Thursday",
            "2016-10-06",
        ),
    ],
)
def test_the_weekday_after_a_preposition_is_the_storys(
    text: str, anchor: str, phrase: str, value: str
) -> None:
    assert values(text, anchor)[phrase] == value


@pytest.mark.parametrize(
    "text", ["He read it in the Sunday Times.", "The meeting was held on the Sunday before Easter."]
)
def test_the_weekday_naming_a_thing_or_counted_from_keeps_its_article_out(text: str) -> None:
    assert "the Sunday" not in values(text, "2016-05-24")


# ---------- extract() and resolve() on "the first winter", "that first summer" in a story to


def _fs_found(text: str, anchor: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex.value) for m in extract(text, date.fromisoformat(anchor))]


def test_the_first_winter_of_a_flashback_is_the_storys() -> None:
    text = (
        "The brothers fled the city on Sept. 4, 2010, with one bag each. Their uncle met them "
        "at the border. Aid workers kept them fed for weeks.\n\n"
        "They spent the first winter in a tent, and the following spring they _fs_found work."
    )
    assert _fs_found(text, "2014-06-02")[-3:] == [
        ("weeks", "PXW"),
        ("the first winter", "2010-WI"),
        ("the following spring", "2011-SP"),
    ]


def test_after_a_year_the_first_season_is_the_one_that_ends_after_it() -> None:
    text = (
        "In 1987 the couple bought a farm. The first winter was hard; the following spring was wet."
    )
    assert _fs_found(text, "2014-06-02") == [
        ("1987", "1987"),
        ("The first winter", "1987-WI"),
        ("the following spring", "1988-SP"),
    ]
    text = "The cafe opened in October 2009. That first summer was slow."
    assert _fs_found(text, "2014-06-02")[-1] == ("That first summer", "2010-SU")


def test_without_a_story_the_first_winter_reads_as_the_season_alone() -> None:
    assert resolve("the first winter", date(2014, 6, 2)).timex == Timex("DATE", "2013-WI")


# ---------- extract() on a paragraph that opens with a period counted from the story ("Until


def _pf_found(text: str, anchor: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


def test_a_paragraph_opening_on_the_month_after_a_plan_is_the_reports_month() -> None:
    text = (
        "The league said the playoffs would start in mid-May, with the final set for May 28.\n\n"
        "Until the end of the month, clubs will train behind closed doors."
    )
    assert _pf_found(text, "2019-04-09")["the end of the month"] == Timex("DATE", "2019-04", "END")


def test_the_month_of_a_plan_goes_on_without_a_new_paragraph_or_opening() -> None:
    # in the same paragraph the plan's month goes on
    text = "The fair opens on Oct. 3. Until the end of the month, stalls will line the square."
    assert _pf_found(text, "2019-09-12")["the end of the month"] == Timex("DATE", "2019-10", "END")
    # a paragraph that goes on with what the plan named ("It will run ...") too
    text = "The fair opens on Oct. 3.\n\nIt will run until the end of the month."
    assert _pf_found(text, "2019-09-12")["the end of the month"] == Timex("DATE", "2019-10", "END")
    # a story told in the past keeps its month in a new paragraph
    text = "The mill closed on March 3.\n\nBy the end of the month, 300 workers had left."
    assert _pf_found(text, "2019-06-12")["the end of the month"] == Timex("DATE", "2019-03", "END")


# 2016-03-09: a month told after the story's last day, then a day counted from it.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The mill shut on Monday. Its owner died in January, and the shares fell that same "
         "day.", "that same day", "2016-01-XX"),
        ("The mill shut on Monday. A fire broke out in January. The next day the roof fell in.",
         "The next day", "2016-01-XX"),
        ("A fire broke out in January. Later that day the roof fell in.", "Later that day",
         "2016-01-XX"),
        # a count of days or weeks from it: the month when (nearly) all its days are in it,
        # else the year, else nothing known
        ("A fire broke out in January. Three days later the roof fell in.", "Three days later",
         "2016-01-XX"),
        ("A fire broke out in January. Two weeks later the roof fell in.", "Two weeks later",
         "2016-XX-XX"),
        ("A fire broke out in December. Two weeks later the roof fell in.", "Two weeks later",
         "XXXX-XX-XX"),
        ("A fire broke out in January. A few days later the roof fell in.", "A few days later",
         "PAST_REF"),
        # guards: a day told after the month is the story's again; a day named is counted from
        ("A fire broke out in January. On Monday it was out. The next day the roof fell in.",
         "The next day", "2016-03-08"),
        ("A fire broke out on Jan. 12. The next day the roof fell in.", "The next day",
         "2016-01-13"),
    ],
)  # fmt: skip
def test_a_day_counted_from_a_month_is_a_day_of_that_month(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2016-03-09")[phrase] == value


def test_a_day_of_a_month_spans_the_month_as_one_day() -> None:
    (told,) = [m for m in extract("It rained in January. The next day it snowed.", "2016-03-09")
               if m.text == "The next day"]  # fmt: skip
    span = told.span
    assert span is not None
    assert (span.earliest_start.day, span.latest_start.day) == (2, 1)  # Jan. 2 to Feb. 1
    assert span.min_duration == span.max_duration == timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a vague count from a day of the story is before or after the report as that day is
        ("The ferry sailed on 2 March. A few weeks later it sank.", "A few weeks later",
         "PAST_REF"),
        ("The ferry sailed on 2 March. Several days earlier its owner had sold it.",
         "Several days earlier", "PAST_REF"),
        ("The ferry sails on 2 December. A few weeks later it will be scrapped.",
         "A few weeks later", "FUTURE_REF"),
        # guard: counted from the report, as before
        ("The ferry will be scrapped in a few weeks, and sank a few days ago.", "a few days ago",
         "PAST_REF"),
    ],
)  # fmt: skip
def test_a_vague_count_from_the_storys_day_is_placed_against_the_report(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2021-06-15")[phrase] == value


# ------------------------------------------------------------ a speaker's dates are theirs


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            'Police arrived on Oct. 5. "We saw them on Oct. 3 and again the following night," '
            "she said. The next day, officers searched the house.",
            "The next day",
            "2017-10-06",
        ),
        (
            "The fire started on Sept. 28. “On Sept. 20 we already warned them,” the chief said. "
            "Two days later, crews contained it.",
            "Two days later",
            "2017-09-30",
        ),
        (  # typewriter quotes, a clock of the narrative's day after the quotation
            "The levee failed on Oct. 2. ``We sandbagged it on Sept. 29,'' the mayor said. "
            "By 6 p.m. the lower town was under water.",
            "6 p.m.",
            "2017-10-02T18:00",
        ),
    ],
)
def test_a_quoted_date_before_the_story_leaves_the_story_on_its_time(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2017-10-11")[phrase] == value


def test_inside_the_quotation_the_speakers_date_counts() -> None:
    text = (
        'Police arrived on Oct. 5. "We saw them on Oct. 3 and again the following night," '
        "she said. The next day, officers searched the house."
    )
    assert values(text, "2017-10-11")["the following night"] == "2017-10-04TNI"
    # quotations of one speaker that follow each other go on with the speaker's time
    text = (
        'Police arrived on Oct. 5. "We saw them on Oct. 3," she said. "The next day they '
        'were gone."'
    )
    assert values(text, "2017-10-11")["The next day"] == "2017-10-04"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (  # a quoted time after the story's, not after the report: the story goes on with it
            "Soldiers came to the village on 9 August. \"About two weeks later, a man told us "
            'where they were." The following morning he walked to the camp.',
            "The following morning",
            "2017-08-24TMO",
        ),
        (  # no story told before the quotation: the quotation's date is the story's
            '"We saw them on Oct. 3," she said. The next day, officers searched the house.',
            "The next day",
            "2017-10-04",
        ),
        (  # no quotation marks: the story moves as before
            "Police arrived on Oct. 5. She said she saw them on Oct. 3. The next day, officers "
            "searched the house.",
            "The next day",
            "2017-10-04",
        ),
    ],
)
def test_a_quotation_that_goes_on_with_the_story_moves_it(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2017-10-11")[phrase] == value
