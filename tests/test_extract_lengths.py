"""extract() on lengths of time (TIMEX3 DURATION): what belongs to their extent (a bound, an
adjective, a possessive, the period they qualify, several units written together), and words
that look like a length but are none (the hours a place keeps, "another day" as an ordinary
day, "last" as a verb). The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extracted import found, values

from timeline import Timex, extract

# ---------------------------------------------------------------------------- extents


@pytest.mark.parametrize(
    ("text", "phrase", "mod"),
    [
        ("Roads stay shut for at least the next 48 hours.", "at least the next 48 hours",
         "EQUAL_OR_MORE"),
        ("Rents have risen for at least the past six months.", "at least the past six months",
         "EQUAL_OR_MORE"),
        ("The fund may be drawn on for at most the next two years.",
         "at most the next two years", "EQUAL_OR_LESS"),
    ],
)  # fmt: skip
def test_a_bound_before_a_window_is_the_windows(text: str, phrase: str, mod: str) -> None:
    assert found(text, "2022-05-10")[phrase].mod == mod


def test_over_after_a_preposition_is_more_than() -> None:
    assert found("It was the worst quake in over 80 years.", "2017-10-11") == {
        "over 80 years": Timex("DURATION", "P80Y", "MORE_THAN")
    }
    assert found("He ruled for over a decade.", "2017-10-11") == {
        "over a decade": Timex("DURATION", "P1DE", "MORE_THAN")
    }
    # spread over a time, "over" is the preposition
    assert found("The payments are spread over three years.", "2017-10-11") == {
        "three years": Timex("DURATION", "P3Y")
    }
    # after a verb of spending time, and after "just" (which TimeML leaves outside)
    assert found("He served over a year in prison.", "2017-10-11") == {
        "over a year": Timex("DURATION", "P1Y", "MORE_THAN")
    }
    assert found("The vote took just over an hour.", "2017-10-11") == {
        "over an hour": Timex("DURATION", "PT1H", "MORE_THAN")
    }


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Over the six-year period, 40 wells ran dry.", "the six-year period", "P6Y"),
        ("Prices fell 8 percent in a 10-day span last month.", "a 10-day span", "P10D"),
    ],
)
def test_a_length_that_qualifies_a_period_is_one_expression_with_it(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2022-05-10")[phrase] == Timex("DURATION", value)


def test_a_length_that_qualifies_another_noun_stays_alone() -> None:
    got = found("The 24-hour strike and the 12-hour shifts ended.", "2022-05-10")
    assert set(got) == {"24-hour", "12-hour"}


def test_a_counted_length_before_of_is_its_own_expression() -> None:
    mentions = found("Jobs grew for the first nine months of 2016 and of the year.", "2017-10-11")
    assert mentions["the first nine months"] == Timex("DURATION", "P9M")
    assert mentions["2016"].value == "2016"
    text = "Net rose in the first nine months of the year."
    assert found(text, "2017-10-11")["the year"].value == "2017"
    assert "the morning of Oct. 2" in found("They crossed on the morning of Oct. 2.", "2017-10-11")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Looking back on these four bitter years, she wrote.", "these four bitter years", "P4Y"),
        ("The town endured two harrowing weeks.", "two harrowing weeks", "P2W"),
        ("In those six months the price doubled.", "those six months", "P6M"),
    ],
)
def test_a_count_with_a_feeling_and_its_determiner_is_a_length(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2024-06-12")[phrase] == value


def test_a_length_keeps_its_possessive_and_ordinal() -> None:
    got = found("The platform signed 2,000 customers in its first four months.", "2013-03-03")
    assert got["its first four months"] == Timex("DURATION", "P4M")


def test_the_weeks_ahead_take_their_article() -> None:
    assert found("Talks will resume in the weeks ahead.", "2017-10-11") == {
        "the weeks ahead": Timex("DURATION", "PXW")
    }
    # ... but "the" stays out before a preposition, as TimeBank marks "the [weeks] before"
    assert set(found("Police patrolled in the weeks before the vote.", "2017-10-11")) == {"weeks"}
    assert set(found("Prices rose weeks ahead of the vote.", "2017-10-11")) == {"weeks"}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Wages have stagnated over the past quarter-century.", "the past quarter-century",
         "P25Y"),
        ("The region changed more in the last half century than before.",
         "the last half century", "P50Y"),
        ("The feud lasted a quarter-century.", "a quarter-century", "P25Y"),
    ],
)  # fmt: skip
def test_a_part_of_a_century_is_a_length_in_years(text: str, phrase: str, value: str) -> None:
    assert found(text, "2021-11-08")[phrase] == Timex("DURATION", value)


# ------------------------------------------------------------------------- lengths in several units


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


# ---------------------------------------------------------------------------- early, late


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Four inches of snow fell in about five hours late Sunday.", "late Sunday"),
        ("Crews cleared the road within a day early Tuesday.", "early Tuesday"),
    ],
)
def test_early_or_late_after_the_length_of_a_spell_is_the_days(text: str, phrase: str) -> None:
    assert found(text, "2021-12-01")[phrase].mod in ("START", "END")


def test_how_late_something_came_is_no_part_of_the_day() -> None:
    got = found("The ferry docked three hours late Sunday.", "2021-12-01")
    assert got["Sunday"] == Timex("DATE", "2021-11-28")


def test_later_than_planned_is_a_length() -> None:
    got = found("The Games opened on Friday, a year later than planned.", "2021-07-23")
    assert got["a year"] == Timex("DURATION", "P1Y")
    assert found("He arrived a year later.", "2021-07-23")["a year later"].value == "2022"


# ---------------------------------------------------------------------------- "last" as a verb


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The hearings open on 4 March and last two weeks.", "two weeks"),
        ("Droughts that last three years are now common.", "three years"),
    ],
)
def test_last_as_a_verb_is_outside_the_length(text: str, phrase: str) -> None:
    assert phrase in values(text, "2024-06-12")
    assert not any(m.text.startswith("last") for m in extract(text, date(2024, 6, 12)))


def test_last_before_a_plural_unit_is_the_verb() -> None:
    assert found("Officials said the campaign could last weeks.", "2017-10-11") == {
        "weeks": Timex("DURATION", "PXW")
    }


# ---------------------------------------------------------------------------- no length


@pytest.mark.parametrize(
    "text",
    [
        "The pools, whose hours were trimmed last year, reopen soon.",
        "The bank extended its opening hours.",
        "Visitors are welcome during visiting hours.",
        "The museum's hours will change.",
    ],
)
def test_the_hours_a_place_keeps_are_no_length(text: str) -> None:
    assert "hours" not in " ".join(found(text, "2020-03-03"))


def test_hours_spent_are_a_length() -> None:
    assert found("Volunteers spent hours at the site.", "2020-03-03")["hours"] == Timex(
        "DURATION", "PTXH"
    )


@pytest.mark.parametrize(
    "text",
    [
        "For the pit crew the crash was just another day at the office.",
        "Outside the court it felt like just another day.",
    ],
)
def test_another_day_as_an_ordinary_day_is_no_length(text: str) -> None:
    assert extract(text, date(2021, 11, 8)) == []


def test_another_day_waited_is_still_a_length() -> None:
    assert found("The jury stayed another day in the hotel.", "2021-11-08") == {
        "another day": Timex("DURATION", "P1D")
    }
