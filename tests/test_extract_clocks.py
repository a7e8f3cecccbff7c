"""extract() on clock times and parts of the day: a clock with its part of the day, zone or hour
range read as one time, the day a clock or a part of the day falls on (its clause's, the
story's, the report's, the night just over, the small hours after a late evening), clocks with
seconds and minutes counted from them, an hour told with its part of the day ("that evening at
8 o'clock"), and clock-like lengths and parts of the day that are no
time. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extracted import found, values

from timeline import Timex, extract

# ---------------------------------------------------------------------------- one time


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Admissions were counted up to 06:00 this morning.",
            "06:00 this morning",
            "2024-06-12T06:00",
        ),
        ("The ferry leaves at 7:45 tomorrow morning.", "7:45 tomorrow morning", "2024-06-13T07:45"),
        (
            "Shots were heard at 8:10 yesterday evening.",
            "8:10 yesterday evening",
            "2024-06-11T20:10",
        ),
        ("The polls close at 10 p.m. tonight.", "10 p.m. tonight", "2024-06-12T22:00"),
        ("The council sat at 9 a.m. Monday morning.", "9 a.m. Monday morning", "2024-06-10T09:00"),
    ],
)
def test_a_clock_and_its_part_of_the_day_are_one_time(text: str, phrase: str, value: str) -> None:
    assert values(text, "2024-06-12")[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # 2024-06-12 is a Wednesday; the part of the day tells the clock's half of the day
        (
            "The vote was held at 7:15 on Monday evening.",
            "7:15 on Monday evening",
            "2024-06-10T19:15",
        ),
        (
            "At 6:40 on Tuesday morning the first ferry sailed.",
            "6:40 on Tuesday morning",
            "2024-06-11T06:40",
        ),
        (
            "Gates opened at 8 a.m. on Monday morning.",
            "8 a.m. on Monday morning",
            "2024-06-10T08:00",
        ),
    ],
)
def test_a_clock_on_a_weekdays_part_of_the_day_is_one_time(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2024-06-12")[phrase] == value


def test_a_range_of_clocks_on_a_weekdays_part_of_the_day_keeps_its_ends() -> None:
    got = values("The hall was open from 5 to 7 p.m. on Monday evening.", "2024-06-12")
    assert got == {"5": "2024-06-10T17:00", "7 p.m.": "2024-06-10T19:00",
                   "Monday evening": "2024-06-10TEV"}  # fmt: skip
    # a clock on a day with no part stays two mentions joined, as before
    assert values("Gates opened at 8 a.m. on Monday.", "2024-06-12") == {
        "8 a.m. on Monday": "2024-06-10T08:00"
    }


def test_a_clock_time_with_a_part_of_the_storys_day_is_one_time() -> None:
    # 2019-05-17 was a Friday
    got = found(
        "They took off at 9:10 p.m. on Friday and landed at 6:45 the next morning.", "2019-05-20"
    )
    assert got["6:45 the next morning"] == Timex("TIME", "2019-05-18T06:45")
    got = found("The talks began on Friday and broke up at 9:30 that evening.", "2019-05-20")
    assert got["9:30 that evening"] == Timex("TIME", "2019-05-17T21:30")
    got = found("Guards came on Friday; at 1:30 that night the cells were emptied.", "2019-05-20")
    assert got["1:30 that night"] == Timex("TIME", "2019-05-18T01:30")
    got = found("They met on Friday and parted at 11:15 p.m. that night.", "2019-05-20")
    assert got["11:15 p.m. that night"] == Timex("TIME", "2019-05-17T23:15")


def test_a_clock_in_a_part_of_the_storys_day_is_read_once() -> None:
    # the grammar reads "2:30 that night" whole: after 11 p.m., the small hours of the next day
    got = found("Polls closed at 11 p.m. and the count ended at 2:30 that night.", "2015-06-10")
    assert got["2:30 that night"].value == "2015-06-11T02:30"
    text = "It ended at 12:30 this afternoon. Another ended at 12:30 that afternoon."
    assert found(text, "2015-06-10")["12:30 that afternoon"].value == "2015-06-10T12:30"


def test_a_day_and_its_part_wrapped_onto_the_next_line_stay_one() -> None:
    text = "Rain fell on Monday\nmorning, they said."
    assert values(text, "2024-06-12")["Monday\nmorning"] == "2024-06-10TMO"


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # ended by a function word or a stop
        ("Trading halted at 1400 ET on Friday.", "2024-03-06",
         {"1400 ET on Friday": "2024-03-01T14:00"}),
        ("The market opens at 0930 ET.", "2024-03-06", {"0930 ET": "2024-03-06T09:30"}),
    ],
)  # fmt: skip
def test_a_four_digit_clock_before_an_ambiguous_zone_keeps_the_zone_in_its_extent(
    text: str, anchor: str, expected: dict[str, str]
) -> None:
    assert values(text, anchor) == expected


def test_an_hour_range_from_12_keeps_its_half_of_the_day() -> None:
    assert values("It ran between 12 and 5 p.m.", "2024-03-06") == {
        "12": "2024-03-06T12:00",
        "5 p.m.": "2024-03-06T17:00",
    }


# ------------------------------------------------------------- which day: the clause's, the story's


def test_a_clock_time_takes_the_day_of_its_clause() -> None:
    text = (
        "The attack delayed the count until early Thursday morning, "
        "when Congress certified the result at 3:40 a.m."
    )
    assert found(text, "2021-01-07")["3:40 a.m."] == Timex("TIME", "2021-01-07T03:40")
    text = "Customers queued from midnight, and one landlord said he had not slept since Saturday."
    assert found(text, "2021-04-12")["midnight"] == Timex("TIME", "2021-04-12T00:00")


def test_clock_time_still_takes_a_later_day_in_its_sentence() -> None:
    found = extract("Trucks crossed from 1:00 a.m. to 3:00 a.m. on Sept. 28.", "2017-10-11")
    assert [m.timex.value for m in found][:2] == ["2017-09-28T01:00", "2017-09-28T03:00"]


def test_a_clock_time_does_not_take_the_day_of_a_saying_joined_to_its_clause() -> None:
    got = found(
        "The count ended on Monday. The mayor conceded at 10 p.m. and said Tuesday she would "
        "not ask for a recount.",
        "2019-11-06",
    )
    assert got["10 p.m."] == Timex("TIME", "2019-11-04T22:00")
    assert got["Tuesday"] == Timex("DATE", "2019-11-05")


def test_a_clock_time_is_not_on_the_day_a_later_since_names() -> None:
    # 2019-05-23 is a Thursday
    got = found("The shares closed at $12 at 4 p.m., their lowest since Monday.", "2019-05-23")
    assert got["4 p.m."] == Timex("TIME", "2019-05-23T16:00")
    got = found("By 11 a.m. the index was up 2 percent, having fallen since Friday.", "2019-05-23")
    assert got["11 a.m."] == Timex("TIME", "2019-05-23T11:00")
    # the day a clock time follows is still its day
    got = found("The road has been shut since Monday at 6 a.m.", "2019-05-23")
    assert Timex("TIME", "2019-05-20T06:00") in got.values()


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


def test_a_time_shortly_before_or_after_told_in_the_past_is_not_on_a_day_ahead() -> None:
    text = "He will be sworn in on Jan. 20. He spoke to the crowd shortly before midnight."
    assert found(text, "2008-11-05")["shortly before midnight"].value == "2008-11-05T00:00"


def test_four_digit_clocks_keep_their_cue_on_every_reading() -> None:
    got = found("Shelling continued between 1400 and 1600 local time on Monday.", "2017-10-11")
    assert got["1400"] == Timex("TIME", "2017-10-09T14:00")
    text = "The fort was built in 1400. The convoy arrived at 1400."
    values = [m.timex.value for m in extract(text, date(2017, 10, 11))]
    assert values == ["1400", "2017-10-11T14:00"]  # the same words, read twice


def test_a_four_digit_clock_with_a_leading_zero_after_its_cue_is_kept() -> None:
    got = found("Fires were visible by 0400; the shelling went on until 0615.", "2019-09-16")
    assert got == {
        "0400": Timex("TIME", "2019-09-16T04:00"),
        "0615": Timex("TIME", "2019-09-16T06:15"),
    }
    assert found("The tally was 0400 rounds.", "2019-09-16") == {}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # the end of the window a report covers is a time, not a length
        ("Rainfall in the 12 hours to 1500 hrs reached 80 mm.", "1500 hrs", "2021-03-04T15:00"),
        (
            "Arrivals over the past 48 hours to 2100 hours Tuesday fell.",
            "2100 hours Tuesday",
            "2021-03-02T21:00",
        ),
        # with its day after it, a clock in "hrs" is a time of that day
        ("The bulletin closes at 1700 hrs tomorrow.", "1700 hrs tomorrow", "2021-03-05T17:00"),
        ("Counts are to 1900 hrs yesterday.", "1900 hrs yesterday", "2021-03-03T19:00"),
    ],
)
def test_a_clock_in_hours_ending_a_window_or_before_its_day_is_a_time(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2021-03-04")[phrase] == Timex("TIME", value)


def test_four_digits_in_hours_after_a_day_are_its_clock_not_its_year() -> None:
    got = found(
        "The lorry left on 6 June, 2215 hrs, and was back by 7 June, 0140 hrs.", "2024-06-12"
    )
    assert got["6 June, 2215 hrs"] == Timex("TIME", "2024-06-06T22:15")
    assert got["7 June, 0140 hrs"] == Timex("TIME", "2024-06-07T01:40")
    # a year after a day stays a year
    assert found("The treaty was signed on 6 June, 1815.", "2024-06-12")["6 June, 1815"] == Timex(
        "DATE", "1815-06-06"
    )


def test_four_digit_hours_counted_from_or_of_something_stay_lengths() -> None:
    got = found(
        "Flying time rose from 1200 hrs to 1600 hrs; he served 1500 hours of it.", "2021-03-04"
    )
    assert got["1600 hrs"] == Timex("DURATION", "PT1600H")
    assert got["1500 hours"] == Timex("DURATION", "PT1500H")


def test_a_clock_time_after_at_is_still_a_time() -> None:
    assert found("The game began at 7:30 and ended 2:31 later.", "2023-09-14")["7:30"] == Timex(
        "TIME", "2023-09-14T07:30"
    )


def test_a_market_session_with_no_day_in_its_paragraph_is_the_reports_day() -> None:
    # 2022-06-15 is a Wednesday; Monday was named two paragraphs back, in another matter
    text = (
        "The chain said on Wednesday it would close 40 stores.\n\n"
        "Landlords said they were told only on Monday.\n\n"
        "The union will meet managers over the next two weeks.\n\n"
        "Its shares fell 4 percent in afternoon trading."
    )
    assert found(text, "2022-06-15")["afternoon"] == Timex("TIME", "2022-06-15TAF")


@pytest.mark.parametrize(
    "text",
    [
        "Landlords complained.\n\nOn Monday the index slid, and shares fell in morning trading.",
        "On Monday the index slid. Shares fell 4 percent in morning trading.",
    ],
)
def test_a_market_session_keeps_a_day_named_in_its_paragraph(text: str) -> None:
    assert found(text, "2022-06-15")["morning"] == Timex("TIME", "2022-06-13TMO")


# ---------------------------------------------------------------- which day: nights and small hours


def test_late_at_night_takes_the_day_the_story_is_on() -> None:
    mentions = found("Trucks arrived on Sept. 28. They crossed late at night.", "2017-10-11")
    assert mentions["late at night"].value.startswith("2017-09-28")


def test_anaphoric_part_of_day_looks_back_not_ahead() -> None:
    text = (
        "A fire broke out at the port late on March 3. Crews fought it through the night and"
        " said it was under control early on March 4."
    )
    night = next(m for m in extract(text, "2024-03-15") if m.text == "the night")
    assert night.timex.value == "2024-03-03TNI"


def test_later_that_night_keeps_later_and_the_story_day() -> None:
    text = (
        "They stormed the building on Wednesday. Congress met later that night and early Thursday."
    )
    got = found(text, "2021-01-07")
    assert got["later that night"] == Timex("TIME", "2021-01-06TNI")
    got = found("He will speak later this afternoon.", "2017-10-11")
    assert got["later this afternoon"].value == "2017-10-11TAF"


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


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Polls closed at 10 p.m. Tuesday. By 1 a.m. the count was done.", "1 a.m.", "09T01:00"),
        ("Polls closed at 10 p.m. Tuesday. By one o'clock it was done.", "one o'clock", "09T01:00"),
        ("The rally began at 8 p.m. Saturday. At 12:30 a.m. police moved in.", "12:30 a.m.",
         "13T00:30"),
        ("Crews arrived at 11:15 p.m. on June 8. At 2 a.m. the roof fell. At 4 a.m. it was out.",
         "4 a.m.", "09T04:00"),
    ],
)  # fmt: skip
def test_the_small_hours_in_a_later_sentence_after_a_late_evening_are_the_next_day(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2021-06-14")[phrase] == f"2021-06-{value}"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # told as before the evening: the same day's small hours
        ("The alarm rang at 11 p.m. Tuesday. The fire had started at 2 a.m.", "2 a.m.", "08T02:00"),
        ("The alarm rang at 11 p.m. Tuesday. Earlier, at 2 a.m., a guard saw smoke.", "2 a.m.",
         "08T02:00"),
        # not a late evening
        ("The meeting ended at 4 p.m. Tuesday. By 1 a.m. the count was done.", "1 a.m.",
         "08T01:00"),
        # a morning hour is not the small hours
        ("Polls closed at 10 p.m. Tuesday. At 9 a.m. the count began.", "9 a.m.", "08T09:00"),
    ],
)  # fmt: skip
def test_the_small_hours_told_before_or_after_no_late_evening_stay_on_its_day(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2021-06-14")[phrase] == f"2021-06-{value}"


def test_the_morning_after_a_late_evening_is_the_next_day_and_the_story_goes_on_there() -> None:
    text = (
        "Snow started around 11 p.m. Sunday and kept falling through the morning, forecasters "
        "said. By noon, a foot lay on the roads."
    )
    got = found(text, "2022-01-17")
    assert got["around 11 p.m. Sunday"].value == "2022-01-16T23:00"
    assert got["the morning"] == Timex("TIME", "2022-01-17TMO")
    assert got["noon"] == Timex("TIME", "2022-01-17T12:00")  # not the evening before the story


def test_an_afternoon_after_a_story_in_the_small_hours_is_the_reports_own() -> None:
    # 2019-06-15 is a Saturday: a rescue told from just after midnight on through the day
    text = (
        "Rescuers reached the first climber early Saturday, just after midnight. By 2 p.m., "
        "all six had been flown to hospital."
    )
    assert found(text, "2019-06-15")["2 p.m."] == Timex("TIME", "2019-06-15T14:00")
    # the evening, told in the past, is still the one before
    text = "Garcia won early Saturday, just after midnight. She had trailed at 9 p.m."
    assert found(text, "2019-06-15")["9 p.m."] == Timex("TIME", "2019-06-14T21:00")


def test_the_evening_before_a_story_in_the_small_hours_keeps_its_zone() -> None:
    # 2020-11-04 is a Wednesday: told in the past, the evening is Tuesday's, zone or not
    story = "The senator claimed victory in the early hours of Wednesday. "
    got = found(
        story + "Networks declared her the winner shortly after 10 p.m. Pacific time.", "2020-11-04"
    )
    assert got["shortly after 10 p.m. Pacific time"].value == "2020-11-03T22:00"
    got = found(story + "Her rival had conceded at 11 p.m. Eastern time.", "2020-11-04")
    assert got["11 p.m. Eastern time"] == Timex("TIME", "2020-11-03T23:00")


def test_tonight_said_in_the_small_hours_is_the_night_under_way() -> None:
    text = '"Tonight the city is ours," the mayor told supporters shortly after 1 a.m.'
    assert found(text, "2012-11-07")["Tonight"] == Timex("TIME", "2012-11-06TNI")
    text = '"Tonight the city is ours," the mayor told supporters at 9 p.m.'
    assert found(text, "2012-11-07")["Tonight"] == Timex("TIME", "2012-11-07TNI")


def test_tonight_said_after_a_clock_in_the_small_hours_is_the_night_under_way() -> None:
    # the clock told first, a late evening before it: the small hours of the next day, and its
    # "tonight" the night that began the evening before
    text = (
        "The polls closed at 9 p.m. Thursday. The leader told supporters at about 12:30 a.m. "
        'that "tonight the country has chosen change."'
    )
    got = found(text, "2005-05-06")
    assert got["about 12:30 a.m."].value == "2005-05-06T00:30"
    assert got["tonight"] == Timex("TIME", "2005-05-05TNI")
    # what was said quoted straight after the clock, in a sentence of its own
    text = (
        "The count ran past 11 p.m. Tuesday. Kowalczyk told a crowd around 3 a.m. \"Tonight the "
        'voters proved them wrong."'
    )
    got = found(text, "1996-11-06")
    assert got["around 3 a.m."].value == "1996-11-06T03:00"
    assert got["Tonight"] == Timex("TIME", "1996-11-05TNI")
    # said at a late evening clock: that evening's night
    text = 'At 10 p.m. Thursday the leader told supporters that "tonight the country has won."'
    assert found(text, "2005-05-06")["tonight"] == Timex("TIME", "2005-05-05TNI")


def test_the_night_told_after_dawn_on_the_reports_day_is_the_one_just_over() -> None:
    got = found(
        "Water poured into the basements around 1 a.m. Sunday. By 6 a.m. it had begun to "
        "fall. Neighbors who spent the night on their roofs were brought down by boat.",
        "2022-08-14",
    )
    assert got["the night"] == Timex("TIME", "2022-08-13TNI")


def test_a_night_told_in_the_past_without_a_day_is_the_last_night() -> None:
    # 2016-11-09 is the Wednesday after the election
    got = found("The results came in overnight, and markets fell Wednesday.", "2016-11-09")
    assert got["overnight"] == Timex("TIME", "2016-11-08TNI")
    assert found("Crews will work overnight.", "2016-11-09")["overnight"].value == "2016-11-09TNI"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the city overnight, officials said Monday.",
        "Officials said Monday that rebels shelled the city overnight.",
        "Rebels shelled the city overnight, officials said.",
    ],
)
def test_overnight_told_in_the_past_on_the_reports_day_is_the_night_before(text: str) -> None:
    # 2021-06-14 is a Monday: its own night is not over when the report is written
    assert found(text, "2021-06-14")["overnight"] == Timex("TIME", "2021-06-13TNI")


@pytest.mark.parametrize(
    "text",
    [
        "Crews work overnight, officials said Monday.",
        "Officials said Monday that crews work overnight.",
        "Volunteers keep the shelter open overnight, organisers said.",
    ],
)
def test_overnight_told_in_the_present_keeps_the_night_of_the_telling(text: str) -> None:
    # an ongoing or habitual night's work, said on Monday: Monday's night, not the one before
    assert found(text, "2021-06-14")["overnight"] == Timex("TIME", "2021-06-14TNI")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the city overnight, officials said Monday.",
        "Officials said Monday that rebels shelled the city overnight.",
        "Crews worked overnight, officials said Monday.",
    ],
)
def test_overnight_told_in_the_past_is_the_night_before_the_day_it_was_said(text: str) -> None:
    # told on Wednesday 2021-06-16 of what officials said on Monday
    assert found(text, "2021-06-16")["overnight"] == Timex("TIME", "2021-06-13TNI")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels hit the city overnight, officials said.",  # a past that reads as the present
        "Residents fled overnight, officials said.",
        "Crews also worked overnight, officials said.",
    ],
)
def test_overnight_told_in_the_past_stays_the_night_before(text: str) -> None:
    assert found(text, "2021-06-14")["overnight"] == Timex("TIME", "2021-06-13TNI")


def test_overnight_ahead_or_on_another_day_keeps_its_night() -> None:
    text = "Crews will work overnight, officials said Monday."
    assert found(text, "2021-06-14")["overnight"] == Timex("TIME", "2021-06-14TNI")
    text = "Rebels shelled the city on Thursday. Fighting went on overnight."
    assert found(text, "2021-06-14")["overnight"] == Timex("TIME", "2021-06-10TNI")


def test_a_morning_clock_after_the_night_just_over_is_the_reports_day() -> None:
    text = (
        "Workers walked out early Wednesday after talks broke down overnight. Pickets went up "
        "at 6 a.m."
    )
    got = found(text, "1997-03-05")
    assert got["overnight"] == Timex("TIME", "1997-03-04TNI")
    assert got["6 a.m."] == Timex("TIME", "1997-03-05T06:00")
    # the small hours after the evening before the report are the report's own day's
    got = found("Polls closed at 10 p.m. Tuesday. By 1 a.m. the count was done.", "1997-03-05")
    assert got["1 a.m."] == Timex("TIME", "1997-03-05T01:00")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # 2018-05-14 is a Monday: an hour "o'clock" is a time of the story's day, in the half of
        # the day nearest the story's clock
        (
            "The levee broke on Monday. Water reached the square at about noon, and by 2 "
            "o'clock the shops were shut. Three hours later the power failed.",
            "2 o'clock",
            "2018-05-14T14:00",
        ),
        (
            "The levee broke on Monday. Water reached the square at about noon, and by 2 "
            "o'clock the shops were shut. Three hours later the power failed.",
            "Three hours later",
            "2018-05-14T17:00",
        ),
        (
            "The march set off on Monday at 8 a.m. By ten o'clock it had reached the bridge.",
            "ten o'clock",
            "2018-05-14T10:00",
        ),  # fmt: skip
        # with no clock in the story to go by, the hour is read as written, on the story's day
        (
            "The march set off on Monday. At 4 o'clock it reached the bridge.",
            "4 o'clock",
            "2018-05-14T04:00",
        ),  # fmt: skip
    ],
)
def test_an_hour_oclock_is_on_the_storys_day_near_its_clock(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2018-05-17")[phrase] == value


# ----------------------------------------------------- hours, minutes, seconds counted from a clock


def test_hours_after_an_approximate_clock_count_from_its_middle() -> None:
    text = "Shots were fired at about 7:15 a.m., and a second attack came about two hours later."
    got = found(text, "2007-04-16")
    assert got["about two hours later"] == Timex("TIME", "2007-04-16T09:15", "APPROX")


def test_minutes_counted_from_a_clock_stay_to_the_minute() -> None:
    text = "On 2 May 2024 the engine failed at 11:27. Ten minutes later the plane landed."
    assert values(text, "2024-06-12")["Ten minutes later"] == "2024-05-02T11:37"


def test_a_four_digit_clock_with_seconds_and_seconds_counted_from_it() -> None:
    text = (
        "On 2 May 2024 the climb was normal until 1127:45, when a bird struck the windscreen. "
        "Twenty seconds later the captain took control."
    )
    found = values(text, "2024-06-12")
    assert found["1127:45"] == "2024-05-02T11:27:45"
    assert found["Twenty seconds later"] == "2024-05-02T11:28:05"


# ---------------------------------------------------------------------------- no time


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


@pytest.mark.parametrize(
    "text",
    [
        "Nurses who worked night shifts slept less.",
        "She took night classes at the college.",
        "He delivered the morning paper for years.",
        "The story led the evening news.",
    ],
)
def test_a_part_of_the_day_naming_a_kind_of_thing_is_no_time(text: str) -> None:
    said = " ".join(found(text, "2020-03-03"))
    assert not any(part in said for part in ("night", "morning", "evening")), said


def test_a_part_of_the_day_told_as_a_time_stays() -> None:
    got = found("The crew left in the morning and returned at night.", "2020-03-03")
    assert set(got) == {"the morning", "night"}


def test_twelve_in_a_weekdays_night_is_just_after_midnight() -> None:
    assert values("Police were called at 12:15 Saturday night.", "2014-03-20") == {
        "12:15 Saturday night": "2014-03-16T00:15"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit on March 3. The train was running late that morning.",
        "The storm hit on March 3. He said it was too early that morning to know.",
    ],
)
def test_early_or_late_said_of_something_is_no_part_of_the_morning(text: str) -> None:
    assert found(text, "2014-03-20")["that morning"] == Timex("TIME", "2014-03-03TMO")


@pytest.mark.parametrize(
    "text",
    ["The end of the evening news showed the crash.", "The middle of the night shift is hard."],
)
def test_the_edge_of_a_part_of_the_day_naming_a_kind_of_thing(text: str) -> None:
    assert values(text, "2014-03-20") == {}


# ---------- extract() on an hour told with the part of the day it is in: "every evening at 8

_EH_ANCHOR = date(2016, 11, 3)


def _eh_found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.timex.type, m.timex.value) for m in extract(text, _EH_ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chapel bell tolls every evening at 9 o'clock.",
            [("every evening at 9 o'clock", "SET", "XXXX-XX-XXT21:00")],
        ),
        (
            "Guards change each morning at 6 o'clock.",
            [("each morning at 6 o'clock", "SET", "XXXX-XX-XXT06:00")],
        ),
    ],
)
def test_an_hour_of_a_recurring_part_of_the_day_recurs_in_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _eh_found(text) == expected


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
    assert {m.text: m.timex.value for m in extract(text, _EH_ANCHOR)}[clock] == value


# ------------------------------------------------------------- minutes counted from a zone


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The alarm was raised at 3:15 p.m. Eastern on Oct. 3. About an hour later, "
            "the first engines arrived.",
            "About an hour later",
            "2017-10-03T16:15",
        ),
        (
            "The vote closed at 4:40 p.m. EDT on Oct. 3. Two hours later the count was public.",
            "Two hours later",
            "2017-10-03T18:40",
        ),
        (  # past midnight by the clock told, on the next day by that clock
            "The tremor came at 11:30 p.m. Pacific time on Oct. 3. An hour later a second one "
            "shook the coast.",
            "An hour later",
            "2017-10-04T00:30",
        ),
    ],
)
def test_minutes_counted_from_a_clock_in_a_zone_are_told_in_that_zone(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2017-10-11")[phrase] == value


def test_minutes_counted_from_a_clock_in_the_documents_zone_are_unchanged() -> None:
    text = "The alarm was raised at 3:15 p.m. on Oct. 3. About an hour later, engines arrived."
    assert values(text, "2017-10-11")["About an hour later"] == "2017-10-03T16:15"
    # in a document told in another zone, the clock is that zone's and so is the count
    got = {m.text: m.timex.value for m in extract(text, "2017-10-11", tz="Asia/Tokyo")}
    assert got["About an hour later"] == "2017-10-03T16:15"


# 2017-10-15 is a Sunday.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The bar stayed open until 2 a.m. on Saturday night.", "2 a.m.", "2017-10-15T02:00"),
        ("The bar stayed open until 2 a.m. Saturday night.", "2 a.m. Saturday night",
         "2017-10-15T02:00"),
        ("The party went on until 2 a.m. Friday night, police said.", "2 a.m. Friday night",
         "2017-10-14T02:00"),
        # guards: the day itself, and an evening clock of the night's own day
        ("The bar stayed open until 2 a.m. on Saturday.", "2 a.m. on Saturday",
         "2017-10-14T02:00"),
        ("The band played from 11 p.m. Saturday night.", "11 p.m. Saturday night",
         "2017-10-14T23:00"),
    ],
)  # fmt: skip
def test_the_small_hours_of_a_weekdays_night_are_the_next_days(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2017-10-15")[phrase] == value


# 2017-10-10 is a Tuesday. An evening clock from 6 p.m. on, in its sentence or the one before,
# puts a small-hours clock and a midnight term past the following midnight.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Polls closed at 7 p.m. Tuesday. By 1 a.m. the count was done.", "1 a.m.",
         "2017-10-11T01:00"),
        ("Polls closed at 7 p.m. Tuesday, and the count was done by 1 a.m.", "1 a.m.",
         "2017-10-11T01:00"),
        ("Talks broke off at 7:15 p.m. Tuesday. The truce expired at midnight.", "midnight",
         "2017-10-11T00:00"),
        # guards: a past perfect goes back, and the afternoon is no evening
        ("Polls closed at 7 p.m. Tuesday. Voting had begun at 2 a.m. in some villages.",
         "2 a.m.", "2017-10-10T02:00"),
        ("The market shut at 3 p.m. Tuesday. At 2 a.m. the lights were still on.", "2 a.m.",
         "2017-10-10T02:00"),
    ],
)  # fmt: skip
def test_the_small_hours_after_an_evening_are_the_next_day(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2017-10-13")[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shelling began at 2300 on 4 March.", "2300 on 4 March", "2021-03-04T23:00"),
        ("Shelling began on 4 March at 2300.", "2300", "2021-03-04T23:00"),
        ("The convoy was stopped by 1130 on Monday.", "1130 on Monday", "2021-03-08T11:30"),
        # the small hours after it are the next day
        ("At 2300 on 4 March shelling began. By 0200 the town was ablaze.", "0200",
         "2021-03-05T02:00"),
    ],
)  # fmt: skip
def test_a_four_digit_clock_brought_by_at_beside_a_day_is_a_clock(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2021-03-10")[phrase] == value


def test_a_four_digit_year_beside_a_day_stays_a_year() -> None:
    assert values("In 1990 on March 4 it rained.", "2021-03-10")["1990"] == "1990"
    assert values("The plant, built in 1998, closed on Monday.", "2021-03-10")["1998"] == "1998"


# 2019-06-13 is a Thursday.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The blaze broke out late Thursday, and crews fought it until 4 a.m.",
         "2019-06-14T04:00"),
        ("The blaze broke out Thursday evening, and crews fought it until 4 a.m.",
         "2019-06-14T04:00"),
        ("The blaze broke out Thursday night, and crews fought it until 4 a.m.",
         "2019-06-14T04:00"),
        # guards: the day alone, its start, and a clock told before the evening
        ("The blaze broke out Thursday, and crews fought it until 4 a.m.", "2019-06-13T04:00"),
        ("Crews arrived early Thursday and left at 4 a.m.", "2019-06-13T04:00"),
        ("Crews worked from 4 a.m. until late Thursday.", "2019-06-13T04:00"),
    ],
)  # fmt: skip
def test_the_small_hours_after_the_evening_or_end_of_a_day_are_the_next_day(
    text: str, value: str
) -> None:
    assert values(text, "2019-06-14")["4 a.m."] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council passed the budget late Thursday after a debate that ran past 2 a.m.",
         "2023-03-03T02:00"),
        ("Negotiators met late Thursday and talked until 4 a.m.", "2023-03-03T04:00"),
        # guards: a clock not run on to, and an hour after the small hours, stay on the day
        ("Late Thursday, police said the fire began at 2 a.m.", "2023-03-02T02:00"),
        ("The council met late Thursday after a session that began at 9 a.m.",
         "2023-03-02T09:00"),
    ],
)  # fmt: skip
def test_small_hours_run_on_to_after_late_on_a_day_are_the_next_day(text: str, value: str) -> None:
    clocks = [m.timex.value for m in extract(text, "2023-03-04") if m.timex.type == "TIME"]
    assert clocks == [value]


def test_a_morning_a_night_ran_on_to_is_the_next_day_s_and_leaves_the_story() -> None:
    text = (
        "The militia reached the town on the night of 14 May, at about 11 p.m. They looted shops "
        "until dawn. The next day the mayor fled."
    )
    got = values(text, "2021-06-01")
    assert got["dawn"].startswith("2021-05-15")
    assert got["The next day"] == "2021-05-15"


def test_a_morning_a_night_looks_back_to_stays_on_its_day() -> None:
    text = "At 11 p.m. on 14 May the shelling stopped. The town had been shelled since dawn."
    assert values(text, "2021-06-01")["dawn"].startswith("2021-05-14")


def test_a_four_digit_clock_after_the_storys_clock_is_a_clock() -> None:
    text = "The convoy left at 0915 local time on 4 March. By 1400, the town had fallen."
    assert values(text, "2021-03-10")["1400"] == "2021-03-04T14:00"
    # guards: with no clock told before, the rule does not reach; a year that qualifies a
    # noun stays no clock
    got = values("The convoy left on 4 March. By 1400, the town had fallen.", "2021-03-10")
    assert got.get("1400") != "2021-03-04T14:00"
    text = "The convoy left at 0915 local time on 4 March. Prices stayed at 1990 levels."
    assert "2021-03-04T19:90" not in values(text, "2021-03-10").values()
    assert not any(v.startswith("2021-03-04T19") for v in values(text, "2021-03-10").values())


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "at", a four-digit clock and the clause's subject
        ("The unit left at 0915. At 1130 it reached the checkpoint.", "1130", "2021-03-10T11:30"),
        ("At 0930 they crossed the bridge.", "0930", "2021-03-10T09:30"),
        # a log's clock after its day, and the next entry opening its sentence
        ("Log: 04 Mar 0830 patrol departs. 0945 contact reported.", "04 Mar 0830",
         "2021-03-04T08:30"),
        ("Log: 04 Mar 0830 patrol departs. 0945 contact reported.", "0945", "2021-03-04T09:45"),
        ("Log: 04 Mar 2330 patrol departs. 0045 contact reported.", "04 Mar 2330",
         "2021-03-04T23:30"),
        ("Log: 04 Mar 2330 patrol departs. 0045 contact reported.", "0045", "2021-03-05T00:45"),
        ("The patrol left at 08:30. 0945 contact was reported.", "0945", "2021-03-10T09:45"),
    ],
)  # fmt: skip
def test_a_four_digit_clock_opening_its_sentence_or_after_a_logs_day_is_a_clock(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2021-03-10")[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 1130 the abbey was founded.", "1130", "1130"),
        ("The 1130 census counted them. At 0930 it began.", "1130", "1130"),
        ("The unit left at 0915. By 2030 it will be a city.", "2030", "2030"),
        ("The battle of 4 March 2330.", "4 March 2330", "2330-03-04"),
        ("The battle of 4 March 1930 was lost.", "4 March 1930", "1930-03-04"),
    ],
)
def test_a_year_near_clocks_stays_a_year(text: str, phrase: str, value: str) -> None:
    assert values(text, "2021-03-10")[phrase] == value


@pytest.mark.parametrize(
    "text",
    [
        "The index closed at 1130 it said.",  # a level
        "The patrol left on Monday. 0800 numbers are free.",  # no clock told before
        "At 1990 levels it would cost more.",
    ],
)
def test_four_digits_that_tell_no_clock_stay_no_clock(text: str) -> None:
    assert not any("T" in v for v in values(text, "2021-03-10").values())


@pytest.mark.parametrize(
    "text",
    [
        "The crew works overnight, officials said Monday.",
        "Officials said Monday that the crew works overnight.",
        "The night shelter stays open overnight, organisers said.",
        "She keeps the pumps running overnight, a neighbour said.",
    ],
)
def test_overnight_told_in_the_singular_present_keeps_the_night_of_the_telling(text: str) -> None:
    # 2021-06-14 is a Monday: the work goes on, its night is Monday's
    assert found(text, "2021-06-14")["overnight"] == Timex("TIME", "2021-06-14TNI")


@pytest.mark.parametrize(
    "text",
    [
        "The crew worked overnight, officials said Monday.",
        "The crew members worked overnight, officials said Monday.",  # "members" is no verb
        "The government forces hit the city overnight, officials said.",
        "The news broke overnight, officials said.",
        "The city was shelled overnight, officials said.",
    ],
)
def test_overnight_told_in_the_singular_past_stays_the_night_before(text: str) -> None:
    assert found(text, "2021-06-14")["overnight"] == Timex("TIME", "2021-06-13TNI")


@pytest.mark.parametrize(
    "text",
    [
        "Earlier on Tuesday, the army said it had repelled an attack overnight.",
        "On Tuesday, the army said it had repelled an attack overnight.",
        "The army on Tuesday said it had repelled an attack overnight.",
        "On Tuesday, the army said its forces repelled an attack overnight.",
    ],
)
def test_overnight_told_in_the_past_on_a_day_dating_the_saying_before_it_is_the_night_before(
    text: str,
) -> None:
    # told on Wednesday 2021-03-10 of what the army said on Tuesday: Monday night
    assert found(text, "2021-03-10")["overnight"] == Timex("TIME", "2021-03-08TNI")


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, rebels shelled the city overnight.",  # the day dates the shelling
        "On Tuesday the rebels attacked and the army repelled them overnight.",
        "On Tuesday, the army said it will patrol overnight.",
        "On Tuesday, the army said the crew works overnight.",
    ],
)
def test_overnight_on_a_day_that_dates_no_saying_or_told_ahead_is_that_days_night(
    text: str,
) -> None:
    assert found(text, "2021-03-10")["overnight"] == Timex("TIME", "2021-03-09TNI")
