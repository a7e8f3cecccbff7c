"""extract() on short sentences from the genres of a newspaper beyond politics and business:
sport, science, health, weather, courts, technology, farming. The sentences are written for these
tests."""

from __future__ import annotations

import pytest
from extracted import found

from timeline import Timex


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # 2023-09-05 is a Tuesday
        ("The company will unveil its new phone next Tuesday.", "next Tuesday", "2023-09-12"),
        ("Police seized his phone on Friday.", "Friday", "2023-09-01"),
        ("The agency issued the rule last week.", "last week", "2023-W35"),
        ("The band put out its new release in March.", "March", "2023-03"),
    ],
)
def test_a_label_word_before_a_time_that_is_no_number_is_a_plain_noun(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2023-09-05").get(phrase) == Timex("DATE", value)


def test_a_label_word_still_names_a_number() -> None:
    assert found("Call the phone 2023 line, see page 1998.", "2023-09-05") == {}


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Shipments are expected to begin in the fourth quarter.", "2023-09-05", "2023-Q4"),
        ("Sales will rise in the third quarter, the chipmaker said.", "2023-02-05", "2023-Q3"),
        ("Output will recover in the second half.", "2023-02-05", "2023-H2"),
        # results told of a quarter are of one that is over
        ("The firm will report its fourth quarter results Friday.", "2023-02-05", "2022-Q4"),
        # a word of the future that is no verb leaves the quarter behind
        ("Revenue trailed forecasts in the third quarter.", "2023-02-05", "2022-Q3"),
        ("Sales fell in the third quarter.", "2023-02-05", "2022-Q3"),
    ],
)
def test_a_quarter_told_as_coming_is_this_years(text: str, anchor: str, value: str) -> None:
    quarters = [t for t in found(text, anchor).values() if "Q" in t.value or "H" in t.value]
    assert quarters == [Timex("DATE", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ministry will publish its crop estimate on the 28th.", "2016-09-28"),
        ("The ministry published its crop estimate on the 28th.", "2016-08-28"),
        ("The vote is on the 28th.", "2016-09-28"),
        ("The vote was held on the 2nd.", "2016-09-02"),
    ],
)
def test_a_day_named_by_its_number_follows_the_tense(text: str, value: str) -> None:
    # told on 2016-09-14
    days = [t for t in found(text, "2016-09-14").values()]
    assert days == [Timex("DATE", value)]


def test_weekends_in_general_recur() -> None:
    assert found("The museum is closed on weekends.", "2022-04-20") == {
        "weekends": Timex("SET", "XXXX-WXX-WE")
    }
    assert found("He works weekends at the market.", "2022-04-20") == {
        "weekends": Timex("SET", "XXXX-WXX-WE")
    }
    # counted or lasting, they are a length
    assert found("They spent several weekends on the boat.", "2022-04-20") == {
        "several weekends": Timex("DURATION", "PXWE")
    }
    assert found("The line was shut for weekends on end.", "2022-04-20") == {
        "weekends": Timex("DURATION", "PXWE")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harvest could start two weeks early this year.",
            {"two weeks": Timex("DURATION", "P2W"), "this year": Timex("DATE", "2012")},
        ),
        (
            "The ferry docked three hours late Tuesday.",
            {"three hours": Timex("DURATION", "PT3H"), "Tuesday": Timex("DATE", "2012-07-03")},
        ),
        # a stay, then when in the month it was
        (
            "The talks lasted two days late last month.",
            {
                "two days": Timex("DURATION", "P2D"),
                "late last month": Timex("DATE", "2012-06", "END"),
            },
        ),
        ("Prices rose early this year.", {"early this year": Timex("DATE", "2012", "START")}),
    ],
)
def test_early_or_late_after_a_length_says_how_early_not_when(
    text: str, expected: dict[str, Timex]
) -> None:
    # 2012-07-05 is a Thursday
    assert found(text, "2012-07-05") == expected


def test_a_lap_time_with_tenths_of_a_second_is_one_length() -> None:
    got = found("She took pole with a lap of 1 minute 31.4 seconds on Saturday.", "2018-06-27")
    assert got == {
        "1 minute 31.4 seconds": Timex("DURATION", "PT1M31.4S"),
        "Saturday": Timex("DATE", "2018-06-23"),
    }
    got = found("He won the marathon in 2 hours 5 minutes 12 seconds.", "2018-06-27")
    assert got == {"2 hours 5 minutes 12 seconds": Timex("DURATION", "PT2H5M12S")}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Growers began picking early after a hot, dry August.", "2020-08"),
        ("August was the hottest month on record.", "2020-08"),
    ],
)
def test_august_alone_is_the_month(text: str, value: str) -> None:
    assert found(text, "2020-09-08") == {"August": Timex("DATE", value)}


def test_august_before_a_name_is_a_name() -> None:
    assert found("August Wilson wrote ten plays.", "2020-09-08") == {}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 2016-08-15 is a Monday
        ("The heat wave is forecast to ease by the weekend.", "2016-W33-WE"),
        ("Crews worked through the weekend.", "2016-W32-WE"),
        ("Crews will work through the weekend.", "2016-W33-WE"),
    ],
)
def test_the_weekend_follows_the_tense(text: str, value: str) -> None:
    assert found(text, "2016-08-15") == {"the weekend": Timex("DATE", value)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # 2019-06-03 is a Monday
        ("United face Chelsea on Saturday.", "Saturday", "2019-06-08"),
        ("The city hosts the final on Sunday.", "Sunday", "2019-06-09"),
        ("United host Leeds on Aug. 10.", "Aug. 10", "2019-08-10"),
        ("She faces a retrial in March.", "March", "2020-03"),
        # nouns, not fixtures
        ("He wore a face mask on Saturday.", "Saturday", "2019-06-01"),
        ("The host city was chosen in March.", "March", "2019-03"),
        ("Prices are projected to rise in March.", "March", "2020-03"),
    ],
)
def test_a_fixture_or_projection_in_the_present_lies_ahead(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2019-06-03") == {phrase: Timex("DATE", value)}


def test_years_on_count_from_the_story() -> None:
    text = "The dam failed on May 14, 1996. Twenty years on, the survivors still meet."
    assert found(text, "2019-06-03") == {
        "May 14, 1996": Timex("DATE", "1996-05-14"),
        "Twenty years on": Timex("DATE", "2016"),
    }
    # a length on something is no shift
    assert found("He spent two years on the job.", "2019-06-03") == {
        "two years": Timex("DURATION", "P2Y")
    }


def test_a_fixture_word_after_a_possessive_is_a_noun() -> None:
    # 2018-06-27 is a Wednesday
    text = "He took pole on Saturday and went on to win Sunday's race."
    assert found(text, "2018-06-27") == {
        "Saturday": Timex("DATE", "2018-06-23"),
        "Sunday": Timex("DATE", "2018-06-24"),
    }
    assert found("He races in Monaco on Sunday.", "2018-06-27") == {
        "Sunday": Timex("DATE", "2018-07-01")
    }


def test_a_season_naming_games_is_a_name() -> None:
    assert found("The next Winter Games will be held in Beijing.", "2018-02-26") == {}
    assert found("The last Summer Olympics were in Rio.", "2018-02-26") == {}
    assert found("Next winter, Paris will host it.", "2018-02-26") == {
        "Next winter": Timex("DATE", "2018-WI")
    }


def test_two_months_paired_are_both_found_and_placed_alike() -> None:
    # told on 2020-03-12: "for" a month is a term, the nearest one
    got = found("The airline cut 300 routes for April and May.", "2020-03-12")
    assert got == {"April": Timex("DATE", "2020-04"), "May": Timex("DATE", "2020-05")}
    # alone, "May" after "for" may be a person
    assert found("It was a blow for May and her party.", "2020-03-12") == {}


def test_a_clock_told_in_the_past_is_not_on_a_day_ahead() -> None:
    # 2020-03-12 is a Thursday
    text = "Schools will close starting Monday, the governor said at a 4 p.m. news conference."
    got = found(text, "2020-03-12")
    assert got["Monday"] == Timex("DATE", "2020-03-16")
    assert got["4 p.m."] == Timex("TIME", "2020-03-12T16:00")
    got = found("Schools will close on Monday at 4 p.m.", "2020-03-12")
    assert got["4 p.m."] == Timex("TIME", "2020-03-16T16:00")


@pytest.mark.parametrize(
    "text", ["She ran the 1500m in Rome.", "The bike has a 1200cc engine.", "A 2000mAh battery."]
)
def test_a_number_glued_to_a_unit_is_a_measure_not_a_year(text: str) -> None:
    assert found(text, "2025-05-20") == {}


def test_another_belongs_to_the_length() -> None:
    got = found("Some homes may be without power for another 10 days.", "2012-11-07")
    assert got == {"another 10 days": Timex("DURATION", "P10D")}


@pytest.mark.parametrize(
    "text",
    [
        "The first half ended 0-0.",
        "He scored twice in the second half.",
        "The Lakers led by 10 in the fourth quarter.",
        "The striker was sent off in the first half.",
    ],
)
def test_a_period_of_a_match_is_no_calendar_period(text: str) -> None:
    assert found(text, "2022-12-19") == {}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Revenue rose in the second half, led by 12 new stores.", "2022-H2"),
        ("Sales ended the first half 3% higher.", "2022-H1"),
        ("The firm met its sales goals in the fourth quarter.", "2022-Q4"),
    ],
)
def test_a_period_of_a_business_year_stays(text: str, value: str) -> None:
    assert [t.value for t in found(text, "2022-12-19").values()] == [value]


@pytest.mark.parametrize(
    "phrase",
    ["about 12,000 years ago", "65 million years ago", "some 4.5 billion years ago"],
)
def test_years_ago_before_any_calendar_date_are_long_ago(phrase: str) -> None:
    got = found(f"The rocks formed {phrase}, geologists said.", "2019-06-03")
    assert got == {phrase: Timex("DATE", "PAST_REF")}


def test_years_ago_inside_the_calendar_keep_their_year() -> None:
    got = found("The bridge was built 300 years ago.", "2019-06-03")
    assert got == {"300 years ago": Timex("DATE", "1719")}


def test_biennially_recurs_every_two_years() -> None:
    got = found("The tournament is held biennially.", "2019-06-03")
    assert got == {"biennially": Timex("SET", "P2Y")}


def test_what_takes_place_is_ahead_and_what_did_is_behind() -> None:
    # told on 2023-06-23, a Friday
    got = found("The marathon takes place on the third Sunday in October.", "2023-06-23")
    assert got == {"the third Sunday in October": Timex("DATE", "2023-10-15")}
    got = found("The meeting did take place in March.", "2023-06-23")
    assert got == {"March": Timex("DATE", "2023-03")}


def test_a_weekday_with_its_clock_time_and_no_tense_is_the_nearest() -> None:
    # 2021-03-10 is a Wednesday: the nearest Friday is two days ahead
    got = found("Tickets go on sale at 10 a.m. Friday.", "2021-03-10")
    assert got == {"10 a.m. Friday": Timex("TIME", "2021-03-12T10:00")}
    got = found("The talks resume Friday morning.", "2021-03-10")
    assert got == {"Friday morning": Timex("TIME", "2021-03-12TMO")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Winds will peak between 2 and 5 a.m.", {"2": "T02:00", "5 a.m.": "T05:00"}),
        ("Polls are open from 7 to 10 p.m.", {"7": "T19:00", "10 p.m.": "T22:00"}),
        # across noon: the first hour is before it
        ("Lunch is served from 11 to 1 p.m.", {"11": "T11:00", "1 p.m.": "T13:00"}),
        ("It rained from 9-11 a.m. ET.", {"9": "T09:00", "11 a.m. ET": "T11:00"}),
    ],
)
def test_a_bare_hour_takes_the_half_of_the_day_of_its_range_end(
    text: str, expected: dict[str, str]
) -> None:
    got = found(text, "2017-09-08")
    assert got == {phrase: Timex("TIME", f"2017-09-08{at}") for phrase, at in expected.items()}


def test_a_bare_hour_before_midnight_ends_on_the_next_day() -> None:
    got = found("The party ran from 10 to 2 a.m.", "2017-09-08")
    assert got == {
        "10": Timex("TIME", "2017-09-08T22:00"),
        "2 a.m.": Timex("TIME", "2017-09-09T02:00"),
    }


def test_in_the_mornings_is_every_morning() -> None:
    assert found("Traffic is heaviest in the mornings.", "2019-06-03") == {
        "the mornings": Timex("SET", "XXXX-XX-XXTMO")
    }
    assert found("During the evenings, the town empties.", "2019-06-03") == {
        "the evenings": Timex("SET", "XXXX-XX-XXTEV")
    }
    assert found("The mornings are cold here.", "2019-06-03") == {}


def test_a_time_something_starts_at_is_a_term_ahead() -> None:
    # 2024-10-07 is a Monday
    got = found("Officials ordered evacuations starting at 6 a.m. Tuesday.", "2024-10-07")
    assert got == {"6 a.m. Tuesday": Timex("TIME", "2024-10-08T06:00")}
    # a record set on a day is behind
    got = found("Stocks fell from the record set on Aug. 6.", "2024-10-07")
    assert got == {"Aug. 6": Timex("DATE", "2024-08-06")}
