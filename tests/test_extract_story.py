"""extract() reading a date in its clause and story: the story's time (days in apposition, "the
next day", "that week", weeks counted from a day, "N years later" reaching the report), what
leaves the story where it was, quotations, histories, comparisons, schedules, tense across a year
boundary, parts glued to their period. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import Mention, Timex, extract
from timeline._extract._clocks import _nearest_day


def found(text: str, anchor: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


def values(text: str, anchor: str) -> dict[str, str]:
    return {m.text: m.timex.value for m in extract(text, anchor)}


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
    ("text", "anchor", "phrase", "value"),
    [
        # 2025-06-05 is a Thursday: the tariffs start on the coming Monday
        ("The tariffs take effect at 12:01 a.m. EDT on Monday.", "2025-06-05",
         "12:01 a.m. EDT on Monday", "2025-06-09T00:01"),
        ("The finale airs at 10 p.m. PT Sunday.", "2024-06-27", "10 p.m. PT Sunday",
         "2024-06-30T22:00"),
        ("The talks resume Monday.", "2024-06-25", "Monday", "2024-07-01"),
        ("He takes office on Jan. 20.", "2024-11-20", "Jan. 20", "2025-01-20"),
        # a term told in the past is the nearest such day, not the coming one (2024-06-29 is a
        # Saturday): the verb before "to" tells, not "expire"
        ("The offer had been due to expire Friday.", "2024-06-29", "Friday", "2024-06-28"),
        # what a forecast is about lies ahead
        ("The bank expects rates to fall by June.", "2023-09-14", "June", "2024-06"),
    ],
)  # fmt: skip
def test_the_present_of_a_schedule_is_ahead(
    text: str, anchor: str, phrase: str, value: str
) -> None:
    assert found(text, anchor)[phrase].value == value


def test_a_date_just_past_stays_past_in_a_clause_about_the_future() -> None:
    text = (
        "The prime minister will set out the plan on Wednesday 15 March, "
        "a week after the budget on 8 March."
    )
    got = found(text, "2023-03-14")
    assert got["Wednesday 15 March"] == Timex("DATE", "2023-03-15")
    assert got["8 March"] == Timex("DATE", "2023-03-08")  # not March 8 of the next year
    # a date weeks past is the next one, as the tense says
    assert found("The board will meet on Feb. 2.", "2023-03-14")["Feb. 2"].value == "2024-02-02"


def test_parts_glued_to_their_period() -> None:
    got = found("The bank expects rates to peak by end-2024 and to fall by end-June.", "2023-09-14")
    assert got == {
        "end-2024": Timex("DATE", "2024", "END"),
        "end-June": Timex("DATE", "2024-06", "END"),
    }
    assert found("The start-up closed.", "2023-09-14") == {}


@pytest.mark.parametrize(
    "text",
    [
        "He led 98-95 with 2:31 left in the fourth quarter.",
        "They scored with 0:45 to play.",
        "She finished the marathon in 2:08:31.",
        "He clocked 3:58 in the mile.",
        "It opened 32 years to the day after the 1985 disaster.",
    ],
)
def test_lengths_read_off_a_clock_and_exact_anniversaries_are_no_times(text: str) -> None:
    assert not any(m.timex.type in ("TIME", "DATE") and ":" in m.text or "the day" in m.text
                   for m in extract(text, date(2023, 9, 14)))  # fmt: skip


def test_a_clock_time_after_at_is_still_a_time() -> None:
    assert found("The game began at 7:30 and ended 2:31 later.", "2023-09-14")["7:30"] == Timex(
        "TIME", "2023-09-14T07:30"
    )


def test_a_bare_clock_time_told_in_the_past_is_not_on_a_day_named_ahead() -> None:
    text = (
        "The governor will speak at 8:30 a.m. ET on Thursday. "
        "Markets in London closed at 14:00 GMT."
    )
    got = found(text, "2020-04-08")
    assert got["8:30 a.m. ET on Thursday"] == Timex("TIME", "2020-04-09T08:30")
    assert got["14:00 GMT"] == Timex("TIME", "2020-04-08T14:00")
    # told in the past of a day named before, it stays on that day
    got = found("The convoy left on Sept. 28. It crossed at 1:00 a.m.", "2017-10-11")
    assert got["1:00 a.m."] == Timex("TIME", "2017-09-28T01:00")


def test_a_clock_time_takes_the_day_of_its_clause() -> None:
    text = (
        "The attack delayed the count until early Thursday morning, "
        "when Congress certified the result at 3:40 a.m."
    )
    assert found(text, "2021-01-07")["3:40 a.m."] == Timex("TIME", "2021-01-07T03:40")
    text = "Customers queued from midnight, and one landlord said he had not slept since Saturday."
    assert found(text, "2021-04-12")["midnight"] == Timex("TIME", "2021-04-12T00:00")


def test_the_small_hours_after_a_late_evening_are_on_the_next_day() -> None:
    text = "Polls closed at 10pm on Thursday and the first results came in shortly after midnight."
    got = found(text, "2017-06-09")
    assert got["10pm on Thursday"] == Timex("TIME", "2017-06-08T22:00")
    assert got["shortly after midnight"].value == "2017-06-09T00:00"
    got = found("On Monday night the fire spread; at 2 a.m. crews pulled back.", "2021-01-07")
    assert got["2 a.m."] == Timex("TIME", "2021-01-05T02:00")  # Monday night's small hours
    got = found("It opened at 9 a.m. on Monday and closed at 5 p.m.", "2021-01-07")
    assert got["5 p.m."] == Timex("TIME", "2021-01-04T17:00")
    text = "The bar stopped serving at 11 p.m. Friday, and the last guests left around 2 a.m."
    got = found(text, "2022-03-13")
    assert got["11 p.m. Friday"] == Timex("TIME", "2022-03-11T23:00")
    assert got["around 2 a.m."].value == "2022-03-12T02:00"  # a clock on a named day, too


def test_the_morning_after_a_late_evening_is_the_next_day_and_the_story_goes_on_there() -> None:
    text = (
        "Snow started around 11 p.m. Sunday and kept falling through the morning, forecasters "
        "said. By noon, a foot lay on the roads."
    )
    got = found(text, "2022-01-17")
    assert got["around 11 p.m. Sunday"].value == "2022-01-16T23:00"
    assert got["the morning"] == Timex("TIME", "2022-01-17TMO")
    assert got["noon"] == Timex("TIME", "2022-01-17T12:00")  # not the evening before the story


def test_a_length_in_two_units_is_one_expression() -> None:
    got = found("The sub lost contact about an hour and 45 minutes into its dive.", "2023-06-22")
    assert got == {"about an hour and 45 minutes": Timex("DURATION", "PT1H45M", "APPROX")}
    got = found("He served two years and three months in prison.", "2023-06-22")
    assert got == {"two years and three months": Timex("DURATION", "P2Y3M")}
    # lengths with their own periods stay apart
    got = found("It lasted ten days in September and two weeks in October.", "2023-06-22")
    assert list(got) == ["ten days", "September", "two weeks", "October"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The record run took two hours, five minutes and 11 seconds.",
         "two hours, five minutes and 11 seconds", "PT2H5M11S"),
        ("The record run took two hours, five minutes, and 11 seconds.",
         "two hours, five minutes, and 11 seconds", "PT2H5M11S"),
        ("The record run took two hours five minutes and 11 seconds.",
         "two hours five minutes and 11 seconds", "PT2H5M11S"),
        ("He served two years, three months and 10 days.",
         "two years, three months and 10 days", "P2Y3M10D"),
        ("The outage lasted 2 hours, 30 minutes.", "2 hours, 30 minutes", "PT2H30M"),
    ],
)  # fmt: skip
def test_a_length_in_three_units_or_with_commas_is_one_expression(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2023-06-22") == {phrase: Timex("DURATION", value)}


def test_lengths_listed_smallest_first_stay_apart() -> None:
    # units that do not come largest first are a list of lengths, not one length
    got = found("Sentences ranged over ten days, two weeks and a month.", "2023-06-22")
    assert got == {
        "ten days": Timex("DURATION", "P10D"),
        "two weeks": Timex("DURATION", "P2W"),
        "a month": Timex("DURATION", "P1M"),
    }


def test_a_recurrence_starts_no_range() -> None:
    # "until" after a recurrence bounds it: the date is read as after "until" alone (the
    # nearest), not as the end of a range told in the past
    text = (
        "The ferry will keep its summer timetable, the operator announced, with sailings every"
        " other Friday until mid-September."
    )
    got = found(text, "2020-07-01")
    assert got["every other Friday"] == Timex("SET", "XXXX-WXX-5")
    assert got["mid-September"] == Timex("DATE", "2020-09", "MID")
    alone = found("Crews worked until late August, the company said.", "2020-07-01")
    every = found("Crews worked every day until late August, the company said.", "2020-07-01")
    assert every["late August"] == alone["late August"] == Timex("DATE", "2020-08", "END")


def test_what_is_prepared_for_lies_ahead() -> None:
    text = "Stores braced for a quieter Black Friday."  # told on Thanksgiving 2020
    assert found(text, "2020-11-26")["Black Friday"] == Timex("DATE", "2020-11-27")
    text = "The company prepared the report on March 3."
    assert found(text, "2020-02-26")["March 3"] == Timex("DATE", "2019-03-03")


def test_the_end_of_a_period_counted_back_is_past() -> None:
    text = "Exports rose 4 percent in the 12 months to March."
    assert found(text, "2024-11-06")["March"] == Timex("DATE", "2024-03")
    # a term moved to a month is still the coming one
    assert found("The deal was extended to March.", "2024-11-06")["March"].value == "2025-03"


def test_the_same_period_last_year_without_a_period_discussed_is_last_year() -> None:
    text = "Sales so far this year are up 4 percent from the same period last year."
    assert found(text, "2013-01-02")["the same period last year"] == Timex("DATE", "2012")
    text = "Net rose in the third quarter from the same period last year."
    assert found(text, "2013-03-21")["the same period last year"] == Timex("DATE", "2011-Q3")


def test_a_date_counted_from_now_and_schedules_that_run_through_a_date() -> None:
    got = found("Two weeks from now the budget is due; the now-defunct fund closed.", "2013-03-21")
    assert list(got) == ["Two weeks from now"]
    assert got["Two weeks from now"].type == "DATE"
    assert found("Early voting runs through Nov. 5.", "2013-03-21")["Nov. 5"].value == "2013-11-05"


def test_a_night_told_in_the_past_without_a_day_is_the_last_night() -> None:
    # 2016-11-09 is the Wednesday after the election
    got = found("The results came in overnight, and markets fell Wednesday.", "2016-11-09")
    assert got["overnight"] == Timex("TIME", "2016-11-08TNI")
    assert found("Crews will work overnight.", "2016-11-09")["overnight"].value == "2016-11-09TNI"


def test_the_past_counting_what_follows_is_no_past_ref() -> None:
    assert "the past" not in found("Riots erupted for the past three summers.", "1998-07-01")
    assert found("In the past, he lived there.", "1998-07-01") == {
        "the past": Timex("DATE", "PAST_REF")
    }


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


def test_four_digit_clocks_keep_their_cue_on_every_reading() -> None:
    got = found("Shelling continued between 1400 and 1600 local time on Monday.", "2017-10-11")
    assert got["1400"] == Timex("TIME", "2017-10-09T14:00")
    text = "The fort was built in 1400. The convoy arrived at 1400."
    values = [m.timex.value for m in extract(text, date(2017, 10, 11))]
    assert values == ["1400", "2017-10-11T14:00"]  # the same words, read twice


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ship unloaded 1500 MT of coal at the port.", []),
        ("The hospital bought 1200 CT scanners.", []),
        ("Sea levels could rise by two metres by 2150.", [("2150", "2150")]),
        ("Contact was lost at 2215Z.", [("2215Z", "2017-10-11T22:15")]),
        # a count before the comma is no date the phrase renames
        ("A bomb went off on March 3, 2015. The toll rose to 40, the day after the attack.",
         [("March 3, 2015", "2015-03-03"), ("the day after", "2015-03-04")]),
        ("They met at Easter. Monday was quiet.",
         [("Easter", "2017-04-16"), ("Monday", "2017-10-09")]),
        # after "a.m." a capitalised word that is no month, day or zone starts a sentence
        ("The shelling began at 3 a.m. Mayor Ivanov said on 6 March it stopped.",
         [("3 a.m.", "2017-10-11T03:00"), ("6 March", "2017-03-06")]),
    ],
)  # fmt: skip
def test_counts_names_and_sentence_ends_are_read_as_such(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, date(2017, 10, 11))] == expected


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


def test_month_first_signs_are_whole_month_names() -> None:
    # "Decree 12" is no month-first date, so the one day-first sign decides
    got = found("The order of 14 June 2021, Decree 12, took effect on 02/03/2021.", "2021-06-20")
    assert got["02/03/2021"] == Timex("DATE", "2021-03-02")
    got = found("He left on 2 Mar 2021 and came back on 02/04/2021.", "2021-06-20")
    assert got["02/04/2021"] == Timex("DATE", "2021-04-02")


def test_a_four_digit_clock_with_a_leading_zero_after_its_cue_is_kept() -> None:
    got = found("Fires were visible by 0400; the shelling went on until 0615.", "2019-09-16")
    assert got == {
        "0400": Timex("TIME", "2019-09-16T04:00"),
        "0615": Timex("TIME", "2019-09-16T06:15"),
    }
    assert found("The tally was 0400 rounds.", "2019-09-16") == {}


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a day-first document reads a numeric date day first inside a longer mention too
        ("Report of 2 March 2022. Shelling was logged at 02/03/2022 10:00. The next day it ended.",
         "2024-03-06", {"2 March 2022": "2022-03-02", "02/03/2022 10:00": "2022-03-02T10:00",
                        "The next day": "2022-03-03"}),
        # a four-digit clock before an ambiguous zone, ended by a function word or a stop
        ("Trading halted at 1400 ET on Friday.", "2024-03-06",
         {"1400 ET on Friday": "2024-03-01T14:00"}),
        ("The market opens at 0930 ET.", "2024-03-06", {"0930 ET": "2024-03-06T09:30"}),
        # "N years on" counts from the last time named, of any size; alone it is a length
        ("In December 2004 a tsunami struck. Twenty years on, the town has recovered.",
         "2024-12-20", {"December 2004": "2004-12", "Twenty years on": "2024"}),
        ("Twenty years on, the town has recovered.", "2024-12-20", {"Twenty years on": "P20Y"}),
        # an hour range from 12 keeps its half of the day
        ("It ran between 12 and 5 p.m.", "2024-03-06",
         {"12": "2024-03-06T12:00", "5 p.m.": "2024-03-06T17:00"}),
        # line breaks and double spaces do not hide what a single space shows
        ("The hearing was pushed\nback until Tuesday.", "2024-03-06", {"Tuesday": "2024-03-12"}),
        ("The raid ended at ten to\none.", "2024-03-06", {"ten to\none": "2024-03-06T12:50"}),
        # a striker on a picket line is no football match
        ("Output at the mine fell in the first half after a striker was hurt on a picket line.",
         "2024-03-06", {"the first half": "2024-H1"}),
    ],
)  # fmt: skip
def test_review_cases(text: str, anchor: str, expected: dict[str, str]) -> None:
    assert {m.text: m.timex.value for m in extract(text, anchor)} == expected


def test_a_bare_hour_range_at_the_calendar_end_raises_nothing() -> None:
    from timeline import extract_ranges

    assert [m.text for m in extract("from 10 to 2 a.m.", "9999-12-30")] == ["10", "2 a.m."]
    assert len(extract_ranges("from 10 to 2 a.m.", "9999-12-30")) == 1


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


def test_a_report_that_counts_from_its_own_days_keeps_a_bare_month_in_them() -> None:
    # a year named years back is background when the text counts from the report's days
    text = "The plant has been idle since 1994. Last week the owner said work resumes in March."
    assert found(text, "2012-09-01")["March"].value == "2013-03"
    text = "The plant has been idle since 1994. In January, the owner sold it, he said Tuesday."
    assert found(text, "1998-10-25")["January"].value == "1998-01"


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


@given(st.lists(st.integers(0, 500), unique=True, min_size=1), st.integers(0, 520), st.data())
def test_the_nearest_day_is_the_one_a_search_of_all_would_pick(
    starts: list[int], at: int, data: st.DataObject
) -> None:
    # (found by halving since a clause naming thousands of days and clocks took quadratic time)
    days = [Mention(s, s + 1, "x", Timex("DATE", "2020-01-01"), None) for s in sorted(starts)]
    count = data.draw(st.integers(1, len(days)))
    expected = min(days[:count], key=lambda day: abs(day.start - at))
    assert _nearest_day(days, count, at) is expected


def test_a_night_told_in_the_past_on_the_calendar_s_second_day_east_of_utc() -> None:
    # the day before 0001-01-02 at UTC+8:30 starts in year 0 in UTC: no day to put it on
    (night,) = extract("Guns fired all night.", date(1, 1, 2), tz="Asia/Pyongyang")
    assert night.text == "night"


def test_sat_with_a_capital_is_saturday_not_a_past_verb() -> None:
    # ("sat" joined the irregular past forms; capitalised it tells no tense)
    mentions = {
        m.text: m.timex for m in extract("Doors open Sat., May 9, at noon.", date(2020, 5, 5))
    }
    assert mentions["noon"] == Timex("TIME", "2020-05-09T12:00")


def test_a_month_told_as_coming_in_a_text_naming_only_old_years_is_still_found() -> None:
    # a history's year holds for what it tells in the past; "will" looks from the report
    text = "The company was founded in 1998. In March it will launch a new phone."
    mentions = {m.text: m.timex for m in extract(text, date(2020, 5, 5))}
    assert mentions["March"] == Timex("DATE", "2021-03")


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


# ------------------------------------------------------------------------- counted from the story


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


# ---------------------------------------------------------------------------- what leaves the story


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


# ---------------------------------------------------------------------------- histories


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


# ---------------------------------------------------------------------------- counts on to now


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
