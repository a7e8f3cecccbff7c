"""extract() on times told as a habit or a recurrence: a month, season or clock time of a habit
has no particular year or day (XXXX), lists after "every" recur alike, as do weekdays listed
before a plural one ("Friday and Saturday nights"), rates per unit and frequencies are sets;
and what such a habit must leave alone (a date in another clause or sentence, a clock on a day
named nearer). The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extracted import found, values

from timeline import Timex, extract

# ---------------------------------------------------------------------------- habitual months


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The vote, normally held in May, was moved to June.", "May", "XXXX-05"),
        ("The board normally meets in Sept. and in late March.", "Sept.", "XXXX-09"),
        ("The board normally meets in Sept. and in late March.", "late March", "XXXX-03"),
        ("As a rule, the council meets in March.", "March", "XXXX-03"),
        ("In March, the council usually meets.", "March", "XXXX-03"),
    ],
)
def test_a_habit_in_the_months_own_clause_leaves_it_yearless(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2015-06-10")[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Appeals lodged in October routinely got a ruling in January.", "October", "XXXX-10"),
        ("Appeals lodged in October routinely got a ruling in January.", "January", "XXXX-01"),
        ("The herds usually reach the river in early June.", "early June", "XXXX-06"),
        ("Ferries normally run from April to September.", "September", "XXXX-09"),
    ],
)
def test_a_month_told_as_a_habit_has_no_year(text: str, phrase: str, value: str) -> None:
    assert values(text, "2024-06-12")[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ('"July and August are always quiet," the hotelier said.', "July", "XXXX-07"),
        ("The river floods every year in April.", "April", "XXXX-04"),
    ],
)
def test_always_and_every_year_tell_a_habit(text: str, phrase: str, value: str) -> None:
    assert values(text, "2024-06-12")[phrase] == value


def test_a_habitual_month_keeps_its_part() -> None:
    found = {m.text: m.timex for m in extract("Herds usually cross in late March.", "2015-06-10")}
    assert (found["late March"].value, found["late March"].mod) == ("XXXX-03", "END")


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


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The vote, normally held in May, was moved to June.", "June"),
        ("The minister, who always wears a red tie, resigned in March.", "March"),
        ("The firm, which publishes a report every year, cut 200 jobs in January.", "January"),
        ("The election is generally expected in March.", "March"),
        ("Analysts typically expect the deal to close in September.", "September"),
        ("The minister resigned in March and always wears a red tie.", "March"),
    ],
)
def test_a_habit_outside_the_months_clause_leaves_it_dated(text: str, phrase: str) -> None:
    assert not values(text, "2015-06-10")[phrase].startswith("XXXX")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The board usually meets in spring, but this year it met in May.", "May", "2024-05"),
        ("The ferry sailed in March.", "March", "2024-03"),
        (
            "Between November 2023 and early February, the crew flew ten trips, usually at dawn.",
            "early February",
            "2024-02",
        ),
    ],
)
def test_a_month_outside_a_habit_keeps_its_year(text: str, phrase: str, value: str) -> None:
    assert values(text, "2024-06-12")[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Some years the geese leave in October, some years not until December.", "October"),
        ("Some years the geese leave in October, some years not until December.", "December"),
        ("In most years the lake freezes in late January.", "late January"),
    ],
)
def test_some_or_most_years_tell_a_habit(text: str, phrase: str) -> None:
    assert values(text, "2024-06-12")[phrase].startswith("XXXX")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Some years ago the geese left in October.", "October"),
        ("For some years the plant has shut in August.", "August"),
    ],
)
def test_some_years_ago_or_for_some_years_tell_no_habit(text: str, phrase: str) -> None:
    assert not values(text, "2024-06-12")[phrase].startswith("XXXX")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Storms batter the island every year, mostly from late August to October.", "October"),
        ("Storms batter the island every year, mostly from late August to October.", "late August"),
        ("The clinic is usually busy, especially in January.", "January"),
    ],
)
def test_a_time_narrowed_after_the_habits_comma_has_no_year(text: str, phrase: str) -> None:
    assert values(text, "2024-06-12")[phrase].startswith("XXXX")


def test_a_clause_of_its_own_after_the_habits_comma_keeps_its_year() -> None:
    text = "Storms batter the island every year, and in October one wrecked the pier."
    assert values(text, "2024-06-12")["October"] == "2023-10"


def test_a_habit_in_a_quotation_leaves_the_month_outside_it_dated() -> None:
    text = '"We cannot do this every year," said the mayor, who proposed it in early May.'
    assert values(text, "2024-06-12")["early May"] == "2024-05"


# ---------------------------------------------------------------------------- habitual clocks


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


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Guards patrol every night between 10pm and 4am.", "10pm", "XXXX-XX-XXT22:00"),
        ("Guards patrol every night between 10pm and 4am.", "4am", "XXXX-XX-XXT04:00"),
        ("The ferry sails daily at 7:15 a.m.", "7:15 a.m.", "XXXX-XX-XXT07:15"),
        ("Clinics open every Tuesday from 08:00 to 13:00.", "13:00", "XXXX-XX-XXT13:00"),
    ],
)
def test_a_clock_a_recurrence_is_at_has_no_day(text: str, phrase: str, value: str) -> None:
    assert values(text, "2024-06-12")[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The bakery opened at 6 a.m. every day, holidays included.", "6 a.m."),
        ("Buses leave at 07:30 daily.", "07:30"),
    ],
)
def test_a_clock_before_a_recurrence_has_no_day(text: str, phrase: str) -> None:
    assert values(text, "2024-06-12")[phrase].startswith("XXXX-XX-XXT")


@pytest.mark.parametrize(
    "text",
    [
        "The museum is open from 9 a.m. to 5 p.m. daily.",
        "The shop opens every day from 8:00 to 18:00.",
    ],
)
def test_both_ends_of_a_recurring_range_have_no_day(text: str) -> None:
    clocks = [m.timex.value for m in extract(text, "2015-06-10") if m.timex.type == "TIME"]
    assert len(clocks) == 2
    assert all(value.startswith("XXXX-XX-XXT") for value in clocks)


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


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The monthly jobs report, released at 8:30 a.m., showed gains.", "8:30 a.m.",
         "2015-06-10T08:30"),
        ("Every minute counted when the levee broke at 3 p.m.", "3 p.m.", "2015-06-10T15:00"),
    ],
)  # fmt: skip
def test_a_recurrence_qualifying_a_noun_or_counting_minutes_is_not_the_clocks(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2015-06-10")[phrase].value == value


def test_a_clock_time_on_a_day_keeps_it() -> None:
    got = found("On Monday the siren sounded at 7 a.m. Crews ran drills daily.", "2020-07-08")
    assert got["7 a.m."] == Timex("TIME", "2020-07-06T07:00")


def test_a_clock_after_a_recurrence_in_another_sentence_keeps_its_day() -> None:
    text = "The ferry sails daily. On Monday it left at 7:15 a.m."
    assert values(text, "2024-06-12")["7:15 a.m."] == "2024-06-10T07:15"


def test_a_clock_ending_a_sentence_before_a_recurrence_keeps_its_day() -> None:
    text = "On 3 June the bakery opened at 6 a.m. Every day after that it sold out."
    assert values(text, "2024-06-12")["6 a.m."] == "2024-06-03T06:00"


def test_a_shift_after_a_recurrence_in_the_next_sentence_keeps_its_day() -> None:
    text = "Guards patrol the jail every evening at 9 p.m. Two hours later he escaped."
    found = values(text, "2015-06-10")
    assert found["9 p.m."] == "XXXX-XX-XXT21:00"
    assert found["Two hours later"] == "2015-06-10T23:00"


def test_a_clock_after_a_recurrence_in_the_next_sentence_keeps_its_day() -> None:
    text = "Guards patrol the jail every evening at 9 p.m. Later he escaped at 11 p.m."
    assert values(text, "2015-06-10")["11 p.m."] == "2015-06-10T23:00"


def test_a_recurring_part_of_the_day_at_a_bare_hour_is_that_hour_recurring() -> None:
    got = found("Boats leave the harbour every morning at 8 and return by noon.", "2012-02-18")
    assert got["every morning at 8"] == Timex("SET", "XXXX-XX-XXT08:00")
    got = found("The choir sings every evening at 6:30.", "2012-02-18")
    assert got["every evening at 6:30"] == Timex("SET", "XXXX-XX-XXT18:30")


# ---------------------------------------------------------------------------- recurring days


def test_weekdays_listed_after_every_recur_like_the_first() -> None:
    got = found("The choir rehearses every Monday, Wednesday and Friday.", "2013-03-03")
    assert got["Wednesday"] == Timex("SET", "XXXX-WXX-3")
    assert got["Friday"] == Timex("SET", "XXXX-WXX-5")
    got = found("He swam every Tuesday and Thursday morning until 1990.", "2013-03-03")
    assert got["Thursday morning"] == Timex("SET", "XXXX-WXX-4TMO")
    # a day told apart from the list is a date
    got = found("They met every Monday and on Friday they left.", "2013-03-03")
    assert got["Friday"] == Timex("DATE", "2013-03-01")


def test_a_weekdays_possessive_after_every_friday_and_is_not_in_the_list() -> None:
    text = "The paper comes out every Friday, and Saturday's edition was scrapped."
    assert found(text, "2015-06-10")["Saturday"].value == "2015-06-06"


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


# ---------------------------------------------------------------------------- rates, frequencies


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The camp receives 40,000 litres of water per day.", "per day", "P1D"),
        ("Porters earned six shillings a week.", "a week", "P1W"),
        ("The clinic sees 90 patients a day.", "a day", "P1D"),
        ("Fees rose to $12 per hour.", "per hour", "PT1H"),
    ],
)
def test_a_count_per_unit_is_a_rate(text: str, phrase: str, value: str) -> None:
    found = {m.text: m.timex for m in extract(text, date(2024, 6, 12))}
    assert (found[phrase].type, found[phrase].value) == ("SET", value)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Gusts reached 150 km per hour.", "per hour"),
        ("The shop sold 300 copies in a week.", "a week"),
    ],
)
def test_a_speed_or_a_length_is_no_rate(text: str, phrase: str) -> None:
    found = {m.text: m.timex for m in extract(text, date(2024, 6, 12))}
    assert phrase not in found or found[phrase].type != "SET"


def test_days_a_week_are_one_recurrence() -> None:
    assert found("The clinic is open seven days a week.", "2017-10-11") == {
        "seven days a week": Timex("SET", "P1W")
    }
    assert found("She trained five days a week for three years.", "2017-10-11") == {
        "five days a week": Timex("SET", "P1W"),
        "three years": Timex("DURATION", "P3Y"),
    }
    text = "It rained for seven days a week ago."
    assert set(found(text, "2017-10-11")) == {"seven days", "a week ago"}
    text = "Staff get one day a week off."
    assert found(text, "2017-10-11") == {"one day a week": Timex("SET", "P1W")}
    assert set(found("It was one day a week ago.", "2017-10-11")) == {"one day", "a week ago"}


@pytest.mark.parametrize(
    "text",
    [
        "The fund publishes weekly or quarterly statements.",
        "Landlords may collect rent quarterly, monthly or weekly.",
        "The agency files quarterly and monthly returns.",
    ],
)
def test_quarterly_joined_to_another_frequency_is_read_alike(text: str) -> None:
    values = {m.text.lower(): m.timex for m in extract(text, date(2022, 5, 2))}
    assert values["quarterly"] == Timex("SET", "P3M")


def test_quarterly_alone_before_a_noun_is_still_a_property_of_it() -> None:
    assert found("The board raised its quarterly payout to 12 cents.", "2022-05-02") == {}


@pytest.mark.parametrize(
    ("text", "month", "value"),
    [
        ("As a child, he visited his grandmother twice a year in August.", "August", "XXXX-08"),
        ("Under the old rules, tenants paid rent once a year in January.", "January", "XXXX-01"),
        (
            "Protesters marched twice a week in January until the government fell.",
            "January",
            "2014-01",
        ),
    ],
)
def test_a_month_after_a_yearly_recurrence_recurs_even_told_in_the_past(
    text: str, month: str, value: str
) -> None:
    assert {m.text: m.timex.value for m in extract(text, "2014-06-12")}[month] == value


@pytest.mark.parametrize(
    "text",
    [
        "The fire started on Tuesday. At 5 a.m., every minute counted.",
        "The fire started on Tuesday. At 5 a.m., every day's work was lost.",
    ],
)
def test_a_clock_beside_a_recurrence_of_minutes_or_of_a_noun_keeps_its_day(text: str) -> None:
    assert {m.text: m.timex.value for m in extract(text, "2014-06-12")}["5 a.m."] == (
        "2014-06-10T05:00"
    )


# ---------- extract() on a month or season right after a recurrence: told as a rule in the p

_HM_ANCHOR = date(2013, 4, 10)


def _hm_values(text: str) -> dict[str, str]:
    return {m.text: m.timex.value for m in extract(text, _HM_ANCHOR)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Students rallied three times a week in February until the minister quit.",
            "February",
            "2013-02",
        ),
        (
            "The crews flew twice a day in the summer, before the fleet was grounded.",
            "the summer",
            "2012-SU",
        ),
        (
            "The crews flew twice a day in summer, before the fleet was grounded.",
            "summer",
            "2012-SU",
        ),
    ],
)
def test_a_habit_told_in_the_past_inside_a_month_dates_the_month(
    text: str, phrase: str, value: str
) -> None:
    assert _hm_values(text)[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The bus runs twice a day in the summer.", "the summer", "XXXX-SU"),
        ("The bus runs twice a day in summer.", "summer", "XXXX-SU"),
        ("The market opens three times a week in December.", "December", "XXXX-12"),
        # a word of habit governs it whatever the tense
        ("The board usually met in March.", "March", "XXXX-03"),
    ],
)
def test_a_habit_told_as_a_rule_leaves_the_year_open(text: str, phrase: str, value: str) -> None:
    assert _hm_values(text)[phrase] == value


# 2019-11-06 is a Wednesday.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weekdays listed before a plural one recur with it, with its part of the day
        ("The night bus runs on Friday and Saturday nights from December.",
         {"Friday": Timex("SET", "XXXX-WXX-5TNI"),
          "Saturday nights": Timex("SET", "XXXX-WXX-6TNI")}),
        ("The pool keeps lanes free on Monday, Wednesday and Friday mornings.",
         {"Monday": Timex("SET", "XXXX-WXX-1TMO"), "Wednesday": Timex("SET", "XXXX-WXX-3TMO")}),
        # guards: two days named once each stay days, as does one before a single night
        ("The pool was shut on Monday and Tuesday.", {"Monday": Timex("DATE", "2019-11-04")}),
        ("Snow fell on Monday and Tuesday night.", {"Monday": Timex("DATE", "2019-11-04")}),
    ],
)  # fmt: skip
def test_a_weekday_listed_before_a_plural_one_recurs_with_it(
    text: str, expected: dict[str, Timex]
) -> None:
    got = found(text, "2019-11-06")
    assert {phrase: got[phrase] for phrase in expected} == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Nurses there work at least four days a week.", "four days a week", "P1W"),
        ("The ferry sails at least three times a month in winter.", "three times a month", "P1M"),
        ("Volunteers came at most two days a week.", "two days a week", "P1W"),
    ],
)
def test_a_hedged_rate_is_one_recurrence(text: str, phrase: str, value: str) -> None:
    got = found(text, "2018-02-07")
    assert got[phrase] == Timex("SET", value)
    assert not any(t.type == "DURATION" for t in got.values())


def test_a_hedged_count_without_a_rate_stays_a_length() -> None:
    got = found("The strike lasted at least four days, union leaders said.", "2018-02-07")
    assert got["at least four days"] == Timex("DURATION", "P4D", "EQUAL_OR_MORE")
