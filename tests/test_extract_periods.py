"""extract() on calendar periods longer than a day and how they are placed: weeks and weekends
named by their days, seasons, quarters, halves, fiscal and financial years, "the full year",
"the new year", spans of two years ("the 2020-21 season"), the holiday season, "end-June" and
"the same period last year", quarters told as coming or counted in a row ("six consecutive
quarters"), and the quarters and halves of a game or a compound word that are
no calendar period at all. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extracted import found, values

from timeline import Timex, extract, resolve

# ---------------------------------------------------------------------------- weeks, weekends


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The festival returns on the weekend of June 8-9.", "the weekend of June 8-9",
         "2024-W23-WE"),
        ("Hearings are set for the week of May 13-17.", "the week of May 13-17", "2024-W20"),
    ],
)  # fmt: skip
def test_a_week_or_weekend_of_days_takes_the_days(text: str, phrase: str, value: str) -> None:
    assert found(text, "2024-04-02")[phrase] == Timex("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # 2024: the last Saturday of March is the 30th, the first of June the 1st
        ("The fair ran until the last weekend of March.", "the last weekend of March",
         "2024-W13-WE"),
        ("Repairs begin on the first weekend of June.", "the first weekend of June",
         "2024-W22-WE"),
        ("Races are held on the second weekend of May 2025.", "the second weekend of May 2025",
         "2025-W19-WE"),
        # guard: a week of a month is still seven days of it
        ("Repairs begin in the first week of June.", "the first week of June", "2024-W23"),
    ],
)  # fmt: skip
def test_a_numbered_weekend_of_a_month_is_the_weekend_of_its_saturday(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2024-04-02")[phrase] == Timex("DATE", value)


def test_an_opening_weekend_is_the_weekend_of_the_launch_day() -> None:
    # 2013-09-04 was a Wednesday of ISO week 36
    text = "The film opened on Wednesday and took $40 million in its opening weekend."
    assert found(text, "2013-09-10")["its opening weekend"] == Timex("DATE", "2013-W36-WE")
    text = "The console went on sale on Nov. 15, 2012, and sold a million in its first weekend."
    assert found(text, "2013-09-10")["its first weekend"] == Timex("DATE", "2012-W46-WE")
    # with no day named, no weekend can be told
    assert found("The film did well in its opening weekend.", "2013-09-10") == {}


def test_a_first_weekend_needs_a_launch_to_be_the_first_of() -> None:
    # "the first weekend of the festival" names no launch day; "its first weekend" after an
    # opening does
    text = "The report was released on Tuesday. The first weekend of the festival drew crowds."
    assert "The first weekend" not in found(text, "2015-06-10")
    text = "The film opened on Friday and took $40 million in its first weekend."
    assert found(text, "2015-06-10")["its first weekend"].value == "2015-W23-WE"


# ---------------------------------------------------------------------------- seasons


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("Ice closed the harbor earlier this winter.", "earlier this winter", "2018-WI", "START"),
        ("The museum reopens later this spring.", "later this spring", "2019-SP", None),
        ("It flooded in July 1993, and later that summer the levee failed.", "later that summer",
         "1993-SU", None),
    ],
)  # fmt: skip
def test_earlier_or_later_in_a_season_is_one_expression(
    text: str, phrase: str, value: str, mod: str | None
) -> None:
    assert found(text, "2019-02-14")[phrase] == Timex("DATE", value, mod)  # type: ignore[arg-type]


def test_a_season_told_as_coming_after_its_months_is_next_year_s() -> None:
    # told in mid-December: the autumn's months are over, though its fuzzy edge is not
    text = "The next version of the app is due in the autumn."
    assert found(text, "2021-12-13")["the autumn"] == Timex("DATE", "2022-FA")
    text = "The first version of the app was released in the autumn."
    assert found(text, "2021-12-13")["the autumn"] == Timex("DATE", "2021-FA")
    text = "The next version of the app is due in the autumn."
    assert found(text, "2021-10-13")["the autumn"] == Timex("DATE", "2021-FA")
    text = "The next version of the app was due in the autumn."
    assert found(text, "2021-12-13")["the autumn"] == Timex("DATE", "2021-FA")


def test_the_fall_a_thing_is_planned_for_is_the_season() -> None:
    assert found("The retrial is scheduled for the fall.", "2019-02-14")["the fall"] == Timex(
        "DATE", "2019-FA"
    )
    assert found("Talks are set for the fall.", "2019-02-14")["the fall"].value == "2019-FA"


@pytest.mark.parametrize(
    "text",
    [
        "Shares slid, and traders blamed the strong dollar for the fall.",
        "Importers were scheduled for the fall in tariffs.",
    ],
)
def test_the_fall_a_thing_is_blamed_for_is_a_drop(text: str) -> None:
    assert "the fall" not in found(text, "2019-02-14")


@pytest.mark.parametrize(
    "text",
    [
        "The festival has been postponed to the fall.",
        "The trial was pushed back to the fall.",
        "The vote was put back to the fall.",
    ],
)
def test_the_fall_a_thing_is_put_off_to_is_the_coming_season(text: str) -> None:
    # told in January 2022: the fall ahead, not the one just over
    assert found(text, "2022-01-20")["the fall"] == Timex("DATE", "2022-FA")


@pytest.mark.parametrize(
    "text",
    [
        "The war led to the fall of the regime.",
        "The tax contributed to the fall in prices.",
        "Prices went back to the fall levels.",
    ],
)
def test_the_fall_something_led_to_is_a_drop(text: str) -> None:
    assert "the fall" not in found(text, "2022-01-20")


def test_the_holiday_season_runs_from_thanksgiving_to_new_year() -> None:
    got = extract("The console goes on sale in time for the holiday season.", "2013-09-10")
    season = next(m for m in got if m.text == "the holiday season")
    assert season.timex == Timex("DATE", "2013-12")
    assert season.span is not None
    assert season.span.earliest_start.date() == date(2013, 11, 28)  # Thanksgiving
    assert season.span.latest_end.date() == date(2014, 1, 2)
    got = extract("Toy sales were weak in the holiday season of 2011.", "2013-09-10")
    assert [m.timex for m in got] == [Timex("DATE", "2011-12")]


# -------------------------------------------------------------------- the quarter a report is about


def test_the_quarter_under_discussion() -> None:
    text = "Third-quarter profit rose. Net in the quarter was up from a year earlier."
    mentions = found(text, "1989-10-25")
    assert mentions["Third-quarter"].value == "1989-Q3"
    assert mentions["the quarter"].value == "1989-Q3"
    assert mentions["a year earlier"].value == "1988-Q3"


def test_the_quarter_under_discussion_in_another_year() -> None:
    text = (
        "Net rose in the third quarter from $14.5 million in the 1988 quarter. Sales for"
        " last year's quarter were $3 million, and $2 million for the same period last year."
        " For the quarter a year ago, it lost money."
    )
    mentions = found(text, "1989-10-26")
    assert mentions["the 1988 quarter"].value == "1988-Q3"
    assert mentions["last year's quarter"].value == "1988-Q3"
    assert mentions["the same period last year"].value == "1988-Q3"
    assert mentions["the quarter a year ago"].value == "1988-Q3"
    # with no quarter under discussion, "the 1988 period" is that year
    assert found("The 1988 period was weak.", "1989-10-26")["The 1988 period"].value == "1988"


@pytest.mark.parametrize(
    "base",
    [
        "up 4 percent from the second quarter of 2020",
        "compared with the second quarter of 2020",
        "higher than in the second quarter of 2020",
        "an increase on the second quarter of 2020",
    ],
)
def test_the_quarter_a_figure_is_compared_with_is_not_the_one_discussed(base: str) -> None:
    text = (
        f"Sales for the three months ended June 30, 2021 were $80 million, {base}. Margins in "
        "the quarter were 12 percent, against 10 percent a year earlier."
    )
    got = found(text, "2021-07-29")
    assert got["the quarter"] == Timex("DATE", "2021-Q2")
    assert got["a year earlier"] == Timex("DATE", "2020-Q2")


def test_a_quarter_compared_with_after_its_own_figure_is_not_the_one_discussed() -> None:
    text = (
        "Exports rose 2.1 percent in the fourth quarter, up from 0.8 percent in the third "
        "quarter and 1.5 percent a year earlier."
    )
    got = found(text, "2022-02-10")
    assert got["the third quarter"] == Timex("DATE", "2021-Q3")
    assert got["a year earlier"] == Timex("DATE", "2020-Q4")


@pytest.mark.parametrize(
    "base",
    [
        # the base's figure with its article and noun
        "down from a 3.9 percent pace in the first quarter",
        "up from a 1.5 percent annual rate in the first quarter",
        # a record measured since a quarter
        "the strongest since the first quarter of 2019",
    ],
)
def test_a_quarter_compared_with_or_measured_since_is_not_the_one_discussed(base: str) -> None:
    text = (
        f"Factory output grew at a 2.2 percent rate in the April-June period, {base}. Orders "
        "drove most of the quarter's gain, and prices rose less than in the previous quarter."
    )
    got = found(text, "2021-07-29")
    assert got["the quarter"] == Timex("DATE", "2021-Q2")
    assert got["the previous quarter"] == Timex("DATE", "2021-Q1")


@pytest.mark.parametrize(
    "lead",
    [
        "For the nine months, net income was $41 million,",
        "In the first six months, sales were $2.1 billion,",
        "For the full year, the bank earned $3.3 billion,",
    ],
)
def test_a_year_before_after_a_stretch_of_months_is_that_year(lead: str) -> None:
    # after a stretch of months longer than a quarter, "a year earlier" is those months a
    # year back, which TimeML names by their year
    text = f"Profit rose in the third quarter. {lead} compared with less a year earlier."
    assert found(text, "2015-10-21")["a year earlier"] == Timex("DATE", "2014")


def test_a_year_before_after_a_quarter_named_later_in_the_sentence_is_that_quarter() -> None:
    text = (
        "For the nine months, profit rose 4 percent from a year earlier, and in the third "
        "quarter it rose 2 percent from a year earlier."
    )
    got = [m.timex.value for m in extract(text, "2015-10-21") if m.text == "a year earlier"]
    assert got == ["2014", "2014-Q3"]


def test_a_quarter_named_after_a_comparison_without_one_is_discussed() -> None:
    # no comparison before it: the quarter named is the one the report goes on about
    text = "Sales rose 4 percent in the second quarter of 2020. Margins in the quarter fell."
    assert found(text, "2021-07-29")["the quarter"] == Timex("DATE", "2020-Q2")


def test_the_quarter_with_none_named_before() -> None:
    # as "the year" is the report's: told in the past, the last quarter over; told as
    # coming, the report's own quarter
    text = "The company said sales in the quarter were flat."
    assert found(text, "2023-08-10")["the quarter"] == Timex("DATE", "2023-Q2")
    text = "The company said sales in the quarter will rise."
    assert found(text, "2023-08-10")["the quarter"] == Timex("DATE", "2023-Q3")
    text = "Sales in the quarter were flat."  # told in the first quarter: last year's fourth
    assert found(text, "2024-02-01")["the quarter"] == Timex("DATE", "2023-Q4")
    # "the period" with none named is no quarter
    assert "the period" not in found("Sales in the period were flat.", "2023-08-10")
    # nor is "the quarter" of a town, where nothing speaks of results
    assert "the quarter" not in found("He lives in the quarter near the port.", "2023-08-10")
    text = "Fighting spread to the quarter where the embassy stands."
    assert "the quarter" not in found(text, "2023-08-10")


def test_the_latest_and_the_current_quarter() -> None:
    # a quarter still ahead ("a fourth-quarter charge") is no result under discussion
    text = "It expects a fourth-quarter charge. Net fell in the latest quarter."
    mentions = found(text, "1989-11-01")
    assert mentions["fourth-quarter"].value == "1989-Q4"
    assert mentions["the latest quarter"].value == "1989-Q3"
    text = "Third-quarter net rose, and the current quarter began well."
    assert found(text, "1989-11-01")["the current quarter"].value == "1989-Q4"


@pytest.mark.parametrize(
    ("text", "phrase", "timex"),
    [
        # the last quarter over by the report's date, however it is introduced
        ("Sales fell in the last quarter.", "the last quarter", Timex("DATE", "2024-Q1")),
        ("Prices rose over the past quarter.", "the past quarter", Timex("DATE", "2024-Q1")),
        ("The last quarter's results were weak.", "The last quarter", Timex("DATE", "2024-Q1")),
        # counted, it is a length; of a period, a part of it
        ("It lost money in the last three quarters.", "the last three quarters",
         Timex("DURATION", "P3Q")),
        ("Profits rose in the last quarter of 2023.", "the last quarter of 2023",
         Timex("DATE", "2023-Q4")),
        ("Profits rose in the final quarter of 2022.", "the final quarter of 2022",
         Timex("DATE", "2022-Q4")),
        ("Growth slowed in the last quarter of the 20th century.",
         "the last quarter of the 20th century", Timex("DATE", "19", "END")),
    ],
)  # fmt: skip
def test_the_last_quarter_is_a_date(text: str, phrase: str, timex: Timex) -> None:
    assert found(text, "2024-04-15")[phrase] == timex


def test_the_quarter_ended_a_date_is_the_three_months_to_it() -> None:
    (quarter, day) = extract("Net rose for the quarter ended Sept. 30.", date(1989, 11, 1))
    assert (quarter.text, quarter.timex.value, day.text) == ("the quarter", "1989-Q3", "Sept. 30")
    assert quarter.span is not None
    assert quarter.span.to_iso() == "1989-07-01T00:00:00+00:00/1989-10-01T00:00:00+00:00"
    # a fiscal quarter is named by the calendar quarter most of it falls in
    (fiscal, _) = extract("In the quarter ended July 31, sales fell.", date(1989, 10, 30))
    assert fiscal.timex.value == "1989-Q2"
    assert fiscal.span is not None
    assert fiscal.span.to_iso() == "1989-05-01T00:00:00+00:00/1989-08-01T00:00:00+00:00"
    # ... or, when the report discusses a quarter of its own count, by that
    text = "Its fiscal first quarter was strong. Sales for the quarter ended Sept. 29 rose."
    assert found(text, "1989-10-26")["the quarter"].value == "1989-Q1"
    # a quarter "ending" a date may be ahead of the report, and so is that date
    text = "Results for the quarter ending Nov. 30 will be out in January."
    assert found(text, "2017-10-11")["the quarter"].value == "2017-Q4"
    assert found(text, "2017-10-11")["Nov. 30"].value == "2017-11-30"


def test_a_quarter_ended_in_a_month_is_the_quarter_under_discussion() -> None:
    text = (
        "The chipmaker sold 8 million units in the quarter ended in March, up 9 percent from "
        "the same period a year ago."
    )
    got = found(text, "2013-05-10")
    assert got["the quarter"] == Timex("DATE", "2013-Q1")
    assert got["the same period a year ago"] == Timex("DATE", "2012-Q1")
    got = found("Profit fell in the quarter that ended in December.", "2013-05-10")
    assert got["the quarter"] == Timex("DATE", "2012-Q4")


def test_a_quarter_still_under_way_is_not_the_one_reported() -> None:
    # told in April, after first-quarter results: the quarter ending June 30 is the second
    text = (
        "Profit fell in the quarter ended March 31. The brewer expects sales of $2 billion for "
        "the quarter ending June 30."
    )
    assert [m.timex for m in extract(text, date(2021, 4, 28))] == [
        Timex("DATE", "2021-Q1"),
        Timex("DATE", "2021-03-31"),
        Timex("DATE", "2021-Q2"),
        Timex("DATE", "2021-06-30"),
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Margins widened in the third quarter from the previous quarter.",
         "the previous quarter", "2020-Q2"),
        ("Output dipped in the second quarter of 2017 and recovered the following quarter.",
         "the following quarter", "2017-Q3"),
    ],
)  # fmt: skip
def test_the_previous_quarter_counts_from_the_quarter_just_named(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2020-11-05")[phrase] == Timex("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The second plant is planned for the fourth quarter.", "the fourth quarter", "2022-Q4"),
        ("A new ferry is scheduled for the second half.", "the second half", "2022-H2"),
        ("Billing will switch to monthly invoices starting in Q4.", "Q4", "2022-Q4"),
        ("The upgrade is due in Q1.", "Q1", "2023-Q1"),
    ],
)
def test_a_quarter_told_as_coming_is_the_next_one(text: str, phrase: str, value: str) -> None:
    assert found(text, "2022-08-10")[phrase] == Timex("DATE", value)


def test_a_quarter_a_term_runs_out_at_in_the_present_is_the_next_one() -> None:
    phrase = "the end of the first quarter"
    text = "The leases, signed last spring, expire at the end of the first quarter."
    assert found(text, "2022-08-10")[phrase] == Timex("DATE", "2023-Q1", "END")
    text = "The leases, signed last spring, expired at the end of the first quarter."
    assert found(text, "2022-08-10")[phrase] == Timex("DATE", "2022-Q1", "END")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Billing switched to monthly invoices in Q4.", "Q4", "2021-Q4"),
        ("The company will report Q2 results next week.", "Q2", "2022-Q2"),
        ("Sales rose 4 percent in Q2.", "Q2", "2022-Q2"),
    ],
)
def test_a_quarter_told_as_over_or_reported_stays_behind(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2022-08-10")[phrase] == Timex("DATE", value)


def test_a_quarter_in_a_story_about_money_stays_a_calendar_quarter() -> None:
    text = "The video game maker said sales rose 8 percent in the third quarter."
    assert found(text, "2021-11-08")["the third quarter"] == Timex("DATE", "2021-Q3")


# ---------------------------------------------------------------------- no calendar quarter or half


@pytest.mark.parametrize(
    "text",
    [
        "The Rams lost the game 24-17 on Sunday after they fell behind in the last quarter.",
        "In the playoff opener, the guard hit two jumpers in the third quarter.",
        "The coach praised the defence. The visitors led at the half and in the final quarter.",
    ],
)
def test_a_quarter_of_a_game_is_no_calendar_quarter(text: str) -> None:
    assert not [m for m in extract(text, date(2021, 11, 8)) if "quarter" in m.text]


def test_a_striker_on_a_picket_line_is_no_football_match() -> None:
    text = "Output at the mine fell in the first half after a striker was hurt on a picket line."
    assert values(text, "2024-03-06") == {"the first half": "2024-H1"}


@pytest.mark.parametrize(
    "text",
    [
        "She won the quarter-mile in record time.",
        "They met in a quarter-final.",
        "The quarter-to-quarter comparison was flattered by discounts.",
    ],
)
def test_a_quarter_in_a_compound_word_is_no_time(text: str) -> None:
    assert extract(text, date(2021, 11, 8)) == []


# ----------------------------------------------------------------------- the year a report is about


def test_the_year_a_report_is_about() -> None:
    text = "Sales for the full year will rise, as in the current fiscal year."
    mentions = found(text, "2017-10-11")
    assert mentions["the full year"] == Timex("DATE", "2017")
    assert mentions["the current fiscal year"] == Timex("DATE", "2017")
    # a fiscal year told by its last day is a length; the day is its own expression
    mentions = found("Net income for the year ended March 31 rose.", "2017-10-11")
    assert mentions["the year"] == Timex("DURATION", "P1Y")
    assert "March 31" in mentions
    assert "the year" not in found("Sales fell from the year before.", "2017-10-11")
    text = "Sales in the year to March fell."
    assert found(text, "2017-10-11")["the year"] == Timex("DURATION", "P1Y")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Savings are due by the end of the next financial year.",
            "the end of the next financial year",
            "2025",
        ),
        ("Losses doubled last financial year.", "last financial year", "2023"),
        ("Spending rose in the current financial year.", "the current financial year", "2024"),
        ("The fund closes next fiscal year.", "next fiscal year", "2025"),
    ],
)
def test_a_financial_year_is_valued_as_its_year(text: str, phrase: str, value: str) -> None:
    assert values(text, "2024-06-12")[phrase] == value


def test_a_financial_word_alone_is_no_time() -> None:
    assert values("The next financial adviser will report.", "2024-06-12") == {}


def test_this_fiscal_year_is_the_reports_year() -> None:
    got = found("The deficit will shrink this fiscal year, the agency said.", "2013-03-03")
    assert got["this fiscal year"] == Timex("DATE", "2013")
    got = found("Sales grew 4 percent this financial year.", "2013-03-03")
    assert got["this financial year"] == Timex("DATE", "2013")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # results told in the past after the fourth quarter they close: the year just ended
        ("The retailer said its fourth-quarter sales fell. For the full year, profit rose.",
         "2020"),
        # ... but an outlook for the full year is the year of the report
        ("The retailer said its fourth-quarter sales fell. For the full year, it expects profit "
         "to rise.", "2021"),
        # ... or after its third quarter, told in the past in the year after
        ("Sales rose in the third quarter. Profit was flat for the full year.", "2020"),
        ("Sales rose in the third quarter. Profit will be flat for the full year.", "2021"),
        # a first quarter discussed leaves the report's year
        ("The retailer said its first-quarter sales fell. For the full year, profit rose.",
         "2021"),
        ("For the full year, profit rose.", "2021"),
    ],
)  # fmt: skip
def test_the_full_year_told_after_the_fourth_quarter_is_the_year_ended(
    text: str, year: str
) -> None:
    # told on 2021-02-02
    assert found(text, "2021-02-02")["the full year"] == Timex("DATE", year)


def test_the_year_told_in_the_past_after_last_year_s_second_half_is_that_year() -> None:
    text = (
        "Annual report, filed 2 March 2021. Orders rose in the fourth quarter, helped by a "
        "contract signed in the third quarter. The group bought back shares during the year."
    )
    assert found(text, "2021-03-02")["the year"] == Timex("DATE", "2020")


def test_the_full_year_in_a_january_results_report() -> None:
    text = (
        "The retailer said Wednesday that its fourth-quarter sales fell 3 percent. For the full"
        " year, profit rose 5 percent. It expects the full year ahead to be harder."
    )
    years = [m.timex.value for m in extract(text, "2019-01-23") if m.text == "the full year"]
    assert years == ["2018", "2019"]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Prices have risen 5 percent since the new year.", "2015-07-15", "2015"),
        ("Prices rose sharply in the new year.", "2015-12-15", "2015"),
        ("Talks will resume in the new year, officials said.", "2015-12-15", "2016"),
        ("Talks will resume in the new year, officials said.", "2015-02-15", "2015"),
        ("Talks will resume in the new year, officials said.", "2019-12-10", "2020"),
        ("Talks will resume in the new year, officials said.", "2020-02-03", "2020"),
    ],
)
def test_the_new_year_is_the_one_its_tense_points_to(text: str, anchor: str, value: str) -> None:
    # told as coming: the year ahead, or the one just begun early in a year
    assert found(text, anchor)["the new year"] == Timex("DATE", value)


def test_the_new_year_holiday_is_not_a_year() -> None:
    assert "the New Year" not in found("Ferries were full over the New Year.", "2020-01-03")


# ---------------------------------------------------------------------------- a year's period


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("She retired after the 2011 season, her knees worn out.", "the 2011 season", "2011"),
        ("Enrolment fell in the 2009 school year.", "the 2009 school year", "2009"),
        ("Tax receipts rose in the 1996 fiscal year.", "the 1996 fiscal year", "1996"),
        ("Bills died at the end of the 2005 legislative session.", "the 2005 legislative session",
         "2005"),
    ],
)
def test_a_year_naming_a_period_is_one_expression_with_its_noun(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2014-03-12")[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Turnout rose in the 2010 election.", "2010"),
        ("She swam at the 2008 Olympics.", "2008"),
        ("The 2012 season-opener was rained off.", "2012"),
    ],
)
def test_a_year_before_an_event_keeps_its_own_extent(text: str, phrase: str) -> None:
    assert phrase in values(text, "2014-03-12")


# ---------------------------------------------------------------------------- spans of two years


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Enrolment fell in the 2020-21 school year.", "the 2020-21 school year"),
        ("She scored 30 goals during the 2020-21 season.", "the 2020-21 season"),
        ("Exports rose 4 percent in fiscal 2020-21, the ministry said.", "fiscal 2020-21"),
        ("Output in 2020-21 was the lowest on record.", "2020-21"),
        ("Its deficit widened in FY2020-21.", "FY2020-21"),
        ("Tuition rises for the 2020/21 academic year.", "the 2020/21 academic year"),
    ],
)
def test_a_span_of_two_years_is_one_date_valued_by_its_first_year(text: str, phrase: str) -> None:
    mentions = extract(text, date(2022, 5, 2))
    dated = [m for m in mentions if m.timex.type == "DATE"]
    assert [(m.text, m.timex) for m in dated] == [(phrase, Timex("DATE", "2020"))]
    span = dated[0].span
    assert span is not None  # both years, as the season straddles them
    assert (span.earliest_start.year, span.latest_end.year) == (2020, 2022)


def test_a_year_and_month_is_no_span_of_years() -> None:
    # "2011-12" alone may be December 2011; years only with a season's noun
    assert found("The 2011-12 season was his best.", "2022-05-02") == {
        "The 2011-12 season": Timex("DATE", "2011")
    }
    # two years that are not one after the other are no one season: the first is a year
    assert values("In 2019-21 it grew.", "2022-05-02") == {"2019": "2019"}


# --------------------------------------------------------------- parts of a period, the same period


def test_parts_glued_to_their_period() -> None:
    got = found("The bank expects rates to peak by end-2024 and to fall by end-June.", "2023-09-14")
    assert got == {
        "end-2024": Timex("DATE", "2024", "END"),
        "end-June": Timex("DATE", "2024-06", "END"),
    }
    assert found("The start-up closed.", "2023-09-14") == {}


def test_the_same_period_last_year_without_a_period_discussed_is_last_year() -> None:
    text = "Sales so far this year are up 4 percent from the same period last year."
    assert found(text, "2013-01-02")["the same period last year"] == Timex("DATE", "2012")
    text = "Net rose in the third quarter from the same period last year."
    assert found(text, "2013-03-21")["the same period last year"] == Timex("DATE", "2011-Q3")


# ---------------------------------------------------------------------------- off the calendar


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Sales fell in the last quarter.", date(1, 2, 1)),  # the quarter before is in year 0
        ("Sales fell in the latest quarter.", date(1, 2, 1)),
        ("Sales in the quarter were flat.", date(1, 2, 1)),
        ("Sales will rise in the quarter.", date(9999, 12, 5)),  # it ends in year 10000
    ],
)
def test_a_quarter_off_the_calendar_is_left_out_not_raised(text: str, anchor: date) -> None:
    assert "quarter" not in " ".join(m.text for m in extract(text, anchor))


@pytest.mark.parametrize(
    ("text", "anchor", "tz"),
    [
        ("Sales for the full year rose.", date(9999, 12, 5), "UTC"),  # it ends in year 10000
        ("Sales in the latest quarter rose.", date(1, 5, 5), "Asia/Pyongyang"),  # starts in 0
        ("Sales will rise in the quarter.", date(1, 2, 1), "Asia/Pyongyang"),
    ],
)
def test_a_report_s_year_or_quarter_off_the_calendar_is_left_out(
    text: str, anchor: date, tz: str
) -> None:
    assert not any(m.timex.value[:4] in ("0001", "9999") for m in extract(text, anchor, tz=tz))


def test_a_holidays_weekend_before_a_noun_leaves_the_article_to_the_noun() -> None:
    got = [m.text for m in extract("The Easter weekend traffic was heavy.", "2014-09-10")]
    assert got == ["Easter weekend"]


@pytest.mark.parametrize(
    "text",
    [
        "Miami outscored Boston in three consecutive quarters.",
        "The Lakers won two straight quarters by double digits, the coach said.",
    ],
)
def test_quarters_of_a_game_in_a_row_are_no_length(text: str) -> None:
    assert extract(text, "2014-03-10") == []


@pytest.mark.parametrize(
    "text", ["The midweek game against Leeds was postponed.", "midweek matches were cut."]
)
def test_midweek_before_a_noun_is_no_date(text: str) -> None:
    assert extract(text, "2014-03-12") == []


def test_midweek_is_the_middle_of_the_storys_week() -> None:
    text = "On Monday, June 2, the talks opened. By midweek, a deal was close."
    assert {m.text: m.timex.value for m in extract(text, "2014-06-20")}["midweek"] == "2014-W23"


@pytest.mark.parametrize(
    "text",
    ["The first winter Olympics were held in 1924.", "He took the first summer job he found."],
)
def test_the_first_season_before_a_noun_is_no_season_of_the_story(text: str) -> None:
    assert not any(m.text.lower().startswith("the first") for m in extract(text, "2014-03-12"))


# ---------- extract() on quarters and halves told as coming: this year's when this year's ha


def _cq_quarters(text: str, anchor: str) -> list[str]:
    return [
        m.timex.value
        for m in extract(text, date.fromisoformat(anchor))
        if "-Q" in m.timex.value or "-H" in m.timex.value
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # told before the quarter has begun: the coming one, by any verb that looks ahead
        (
            "The carrier expects to take delivery of the ferry in the third quarter.",
            "2016-05-20",
            "2016-Q3",
        ),
        ("The mine hopes to restart output in the fourth quarter.", "2016-05-20", "2016-Q4"),
        ("The insurer anticipates a recovery in the second half.", "2016-03-02", "2016-H2"),
        (
            "The utility said it would finish the pipeline in the fourth quarter.",
            "2016-08-11",
            "2016-Q4",
        ),
        # the verb that looks ahead may stand well before the quarter, in the same clause
        (
            "The agency said on Monday it expects the national grid operator to approve the new "
            "interconnector by the end of the third quarter.",
            "2016-05-20",
            "2016-Q3",
        ),
    ],
)
def test_a_quarter_still_to_come_is_this_years(text: str, anchor: str, value: str) -> None:
    assert _cq_quarters(text, anchor) == [value]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # the quarter just over, when told after it ended, is still the one meant
        ("The lender expects to book a loss in the third quarter.", "2016-10-12", "2016-Q3"),
        ("The lender said it would book a loss in the third quarter.", "2016-10-12", "2016-Q3"),
        # told in the past, or of results, the quarter is over
        ("Shipments slumped in the third quarter.", "2016-05-20", "2015-Q3"),
        ("The lender expects to report a loss for the fourth quarter.", "2016-02-03", "2015-Q4"),
    ],
)
def test_a_quarter_over_or_reported_stays_behind(text: str, anchor: str, value: str) -> None:
    assert _cq_quarters(text, anchor) == [value]


# ---------- extract() on quarters counted in a row ("six consecutive quarters"): one DURATIO

_ROW_ANCHOR = date(2013, 4, 10)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Exports have grown for five consecutive quarters.", "five consecutive quarters"),
        ("The retailer lost money for two straight quarters.", "two straight quarters"),
        (
            "Margins narrowed in three successive quarters, the bank said.",
            "three successive quarters",
        ),
    ],
)
def test_quarters_counted_in_a_row_are_one_length(text: str, phrase: str) -> None:
    mentions = [(m.text, m.timex) for m in extract(text, _ROW_ANCHOR)]
    assert mentions == [(phrase, resolve(phrase, _ROW_ANCHOR).timex)]
    assert mentions[0][1].type == "DURATION"


@pytest.mark.parametrize(
    "text", ["He paid two quarters for the paper.", "She scored in three quarters of the game."]
)
def test_a_bare_count_of_quarters_is_no_time(text: str) -> None:
    assert extract(text, _ROW_ANCHOR) == []


# 2022-10-20: the sentences are told a few days before the end of October.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a numbered quarter closed by a day not yet come this year ended last year
        ("The chain lost money in the third quarter ended Oct. 31.", "the third quarter",
         "2021-Q3"),
        ("In the second quarter, ended Oct. 31, revenue rose.", "the second quarter", "2021-Q2"),
        # guards: a closing day already past this year, or a quarter ending ahead
        ("The chain lost money in the third quarter ended Sept. 30.", "the third quarter",
         "2022-Q3"),
        ("Sales should rise in the fourth quarter ending Dec. 31.", "the fourth quarter",
         "2022-Q4"),
    ],
)  # fmt: skip
def test_a_numbered_quarter_is_in_the_year_of_the_day_closing_it(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2022-10-20")[phrase] == value


# 2022-11-02: results for the third quarter are being told.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the figures of "this quarter" in a report on a quarter named before are that quarter's
        ("The brewer posted a loss for the third quarter. This quarter's loss includes a "
         "write-down of its plant.", "2022-Q3"),
        ("The brewer posted a loss for the third quarter. This quarter's results were hurt "
         "by costs.", "2022-Q3"),
        # guards: told as coming, or with no quarter reported, it is the current one
        ("The brewer posted a loss for the third quarter. It expects this quarter's sales to "
         "rise.", "2022-Q4"),
        ("This quarter's sales are strong, the brewer said.", "2022-Q4"),
    ],
)  # fmt: skip
def test_this_quarters_figures_are_those_of_the_quarter_reported(text: str, value: str) -> None:
    got = {m.text.lower(): m.timex.value for m in extract(text, "2022-11-02")}
    assert got["this quarter"] == value


@pytest.mark.parametrize(
    "text",
    [
        "Rangers tracked the elk to their winter range.",
        "The embassy moved to the summer residence by the lake.",
        "She packed a winter coat and boots.",
        "The geese flew north to their summer breeding grounds.",
        "Enrolment for summer camp opened online.",
    ],
)
def test_a_season_naming_a_kind_of_place_or_thing_is_no_time(text: str) -> None:
    assert extract(text, "2014-03-12") == []


def test_a_season_told_as_a_time_before_a_noun_stays() -> None:
    got = found("Winter storms closed the pass, and the herd spent the winter low.", "2014-03-12")
    assert set(got) == {"Winter", "the winter"}


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The insurer posts first-half earnings next week.", "2019-08-05",
         {"first-half": "2019-H1", "next week": "2019-W33"}),
        ("Second-half deliveries rose 8 percent.", "2019-03-05", {"Second-half": "2018-H2"}),
        # guard: a half of a game is no half year
        ("She scored a first-half penalty.", "2019-08-05", {}),
        ("Both second-half goals came from corners.", "2019-08-05", {}),
    ],
)  # fmt: skip
def test_a_hyphenated_half_before_figures_is_a_half_year(
    text: str, anchor: str, expected: dict[str, str]
) -> None:
    assert values(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # the quarter a report discusses, over
        ("Profit rose in the third quarter from the same quarter of 2017.", "2018-11-02",
         "2017-Q3"),
        # the quarter last named, still ahead, rather than the one discussed
        ("Profit rose in the third quarter. It expects fourth-quarter sales to fall below those "
         "of the corresponding period of 2017.", "2018-11-02", "2017-Q4"),
    ],
)  # fmt: skip
def test_the_same_quarter_of_a_year_is_the_quarter_discussed_in_that_year(
    text: str, anchor: str, value: str
) -> None:
    got = values(text, anchor)
    assert value in got.values()
    assert "2017" not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margins should widen in the back half of the year.",
         {"the back half of the year": "2021-H2"}),
        ("Orders were soft in the front half of 2020.", {"the front half of 2020": "2020-H1"}),
        # guard: the back half of a thing is no half year
        ("Fans in the back half of the stadium left early.", {}),
    ],
)  # fmt: skip
def test_the_front_and_back_half_of_a_year_are_its_halves(
    text: str, expected: dict[str, str]
) -> None:
    assert values(text, "2021-05-20") == expected
