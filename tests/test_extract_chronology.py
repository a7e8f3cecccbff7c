"""extract() on chronologies, logs and record entries: a year or a day heading the lines below
it, dates written in lists ("Wed 5 Jun", "2030 onwards"), and entries in the present that record
what happened rather than schedule it. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from extracted import found, values

from timeline import Timex

# ---------------------------------------------------------------------------- year headings

CHRONOLOGY = (
    "Timeline of the harbour dispute\n"
    "\n"
    "1994 - The port authority proposes a new breakwater. Fishermen object within weeks.\n"
    "2003 - Dredging starts in the autumn. The council votes on it in December.\n"
    "2009 - 3 May: a storm breaches the wall. Repairs begin four days later.\n"
    "2015 - Traffic doubles by the end of the year.\n"
    "2019 - February: the lease runs out. A new tender opens in the summer.\n"
)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("1994", "1994"),
        ("2003", "2003"),
        ("the autumn", "2003-FA"),
        ("December", "2003-12"),
        ("3 May", "2009-05-03"),
        ("four days later", "2009-05-07"),
        ("the end of the year", "2015"),
        ("February", "2019-02"),
        ("the summer", "2019-SU"),
    ],
)
def test_a_date_in_a_year_headed_line_is_in_the_heading_year(phrase: str, value: str) -> None:
    assert values(CHRONOLOGY, "2024-06-12")[phrase] == value


@pytest.mark.parametrize(
    "text",
    [
        "1987 - The Wall Street crash wipes out savings.",
        "1987 — Markets crash.",
        "2010: The treaty is signed.",
    ],
)
def test_a_year_before_a_dash_or_colon_opening_a_line_is_a_year(text: str) -> None:
    assert text[:4] in values(text, "2024-06-12")


def test_a_year_alone_on_its_line_heads_the_entries_below_it() -> None:
    text = "Key events\n\n2011\nMarch: the mine closes.\nThe union strikes in October.\n"
    found = values(text, "2024-06-12")
    assert found["March"] == "2011-03"
    assert found["October"] == "2011-10"


def test_each_year_alone_on_its_line_heads_the_entries_up_to_the_next() -> None:
    got = found("Timeline\n2011\nMarch: the mine closes.\n2012\nApril: it reopens.", "2015-06-10")
    assert got["2011"] == Timex("DATE", "2011")
    assert got["March"] == Timex("DATE", "2011-03")
    assert got["April"] == Timex("DATE", "2012-04")


def test_a_blank_line_ends_a_year_section() -> None:
    text = "Key events\n\n2011\nMarch: the mine closes.\n\nThe union will strike in October.\n"
    assert values(text, "2024-06-12")["October"] == "2024-10"


def test_a_month_heading_needs_a_year_headed_line() -> None:
    # in a transcript "June:" is a speaker
    text = "Interview\n\nJune: I moved here as a child.\nHost: When was that?\n"
    assert "June" not in values(text, "2024-06-12")


def test_a_range_of_years_heads_no_one_year() -> None:
    text = "Chronology\n\n2004-2006 - Talks stall. The panel meets again in March.\n"
    assert values(text, "2024-06-12")["March"] != "2004-03"


def test_a_line_headed_by_a_range_of_years_names_no_one_year() -> None:
    text = "Seasons\n\n2019 - 2020 season: the club won the cup in May.\n"
    assert values(text, "2024-06-12")["May"] != "2019-05"


@pytest.mark.parametrize(
    ("heading", "year"),
    [
        ("Q2 2019", "2019"),
        ("Spring 2016", "2016"),
        ("The third quarter of 2011", "2011"),
        ("Late 2008", "2008"),
        ("July 2013", "2013"),
        ("- 4 Feb. 2010", "2010"),
    ],
)
def test_a_date_with_its_year_heading_a_line_puts_the_line_s_dates_in_that_year(
    heading: str, year: str
) -> None:
    text = f"Company history\n{heading} — The mill runs two shifts from May to August.\n"
    found = values(text, "2021-02-01")
    assert found["May"] == f"{year}-05"
    assert found["August"] == f"{year}-08"


def test_a_dateline_without_a_year_heads_no_entry() -> None:
    text = "Report\nJan. 29 — The mill runs two shifts from May to August.\n"
    assert values(text, "2021-02-01")["May"] == "2021-05"


def test_a_dated_heading_inside_a_line_heads_nothing() -> None:
    text = "Outlook\nAs it said in Q2 2019 — and says again — it runs two shifts from May.\n"
    assert values(text, "2021-02-01")["May"] != "2019-05"


def test_a_year_before_onwards_is_a_year() -> None:
    text = "Targets:\n2030 onwards – no new petrol cars\n"
    assert values(text, "2024-06-12")["2030"] == "2030"


# ---------------------------------------------------------------------------- day headings


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Timeline:\nWed 5 Jun – pumps fail\n", "Wed 5 Jun", "2024-06-05"),
        ("Next hearing: Fri Jun 21, at the district court.", "Fri Jun 21", "2024-06-21"),
    ],
)
def test_a_weekday_abbreviation_before_a_date_needs_no_full_stop(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2024-06-12")[phrase] == value


def test_a_weekday_abbreviation_alone_is_still_refused() -> None:
    assert values("Contact Sun Li or Wed Chan for details.", "2024-06-12") == {}


def test_a_days_heading_and_the_part_of_the_day_under_it_are_two() -> None:
    text = "Log\n\nThursday 6 June\nEvening - Crowd disperses.\n"
    found = values(text, "2024-06-12")
    assert found["Thursday 6 June"] == "2024-06-06"
    assert found["Evening"] == "2024-06-06TEV"


def test_a_part_of_the_day_opening_a_log_entry_is_on_the_days_heading() -> None:
    text = (
        "Incident log\n"
        "\n"
        "Tuesday 4 June\n"
        "09:10 - Convoy leaves the depot; its permit runs until 30 June.\n"
        "Early afternoon - Convoy stopped at the border post.\n"
        "Wednesday 5 June\n"
        "07:00 - Papers checked; the driver says the cargo was loaded on 1 May.\n"
        "Late morning - Convoy released.\n"
    )
    found = values(text, "2024-06-12")
    assert found["Early afternoon"] == "2024-06-04TAF"
    assert found["Late morning"] == "2024-06-05TMO"


def test_a_day_and_clock_heading_an_entry_among_day_headings_are_two() -> None:
    text = (
        "Case chronology\n"
        "\n"
        "Monday 3 June. A lorry is reported stolen from the yard.\n"
        "\n"
        "Thursday 6 June, 2215 hrs. The lorry is seen on the ring road.\n"
        "\n"
        "8 June: 14:40. The driver is detained.\n"
        "\n"
        "10 June, 07:30. Charges are filed.\n"
    )
    got = found(text, "2024-06-12")
    assert got["Thursday 6 June"] == Timex("DATE", "2024-06-06")
    assert got["2215 hrs"] == Timex("TIME", "2024-06-06T22:15")
    assert got["10 June"] == Timex("DATE", "2024-06-10")
    assert got["07:30"] == Timex("TIME", "2024-06-10T07:30")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # no entry headed by a day alone: the heading's day and clock stay one time
        (
            "Situation report\n\n4 June 2024, 0600Z. Shelling eased overnight.\n",
            "4 June 2024, 0600Z",
            "2024-06-04T06:00",
        ),
        # a day and clock inside a sentence are one time
        (
            "Log\n\nMonday 3 June. Quiet.\n\nThe lorry left on 6 June, 2215 hrs, with no lights.\n",
            "6 June, 2215 hrs",
            "2024-06-06T22:15",
        ),
    ],
)
def test_a_day_and_clock_that_head_no_entry_among_day_headings_stay_one(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2024-06-12")[phrase] == Timex("TIME", value)


# ---------------------------------------------------------------------------- record entries


def test_a_record_entry_in_the_present_is_not_a_schedule() -> None:
    text = (
        "Log of the outbreak\n"
        "2 Jun - First cases reported in the camp.\n"
        "4 Jun - Vaccination opens at the clinic at 09:00; ends at nightfall.\n"
        "9 Jun - Teams arrive from the capital.\n"
    )
    found = values(text, "2024-06-12")
    assert found["4 Jun"] == "2024-06-04"
    assert found["09:00"] == "2024-06-04T09:00"
    assert found["nightfall"].startswith("2024-06-04")
    assert found["9 Jun"] == "2024-06-09"


def test_a_record_entry_opened_by_a_day_and_clock_time_is_not_a_schedule() -> None:
    text = (
        "Track of the bulk carrier\n"
        "3 May 14:10 - Leaves the anchorage.\n"
        "5 May 02:30 UTC - Resumes transmitting 40 nm to the south.\n"
        "7 May 18:45 — Arrives at the terminal.\n"
    )
    found = values(text, "2022-05-20")
    assert found["5 May 02:30 UTC"] == "2022-05-05T02:30"
    assert found["7 May 18:45"] == "2022-05-07T18:45"


def test_a_schedule_outside_a_record_is_still_ahead() -> None:
    assert values("The ferry resumes on 5 March at 02:30.", "2022-05-20")["5 March"] == "2023-03-05"
    assert values("The exhibition opens on 9 March.", "2024-06-12")["9 March"] == "2025-03-09"
    text = "Diary\n9 Mar - The exhibition opens.\n"
    assert values(text, "2024-06-12")["9 Mar"] == "2024-03-09"
