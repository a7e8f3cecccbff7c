"""Weekdays and clock times told from the story's day in an article: "that Sunday", "6 a.m.
that Sunday", "10 o'clock Monday night", and counts of decades or centuries from the last
time named."""

from __future__ import annotations

from timeline import extract


def _values(text: str, anchor: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex.value) for m in extract(text, anchor)]


def test_that_weekday_is_the_one_of_the_day_told() -> None:
    text = "The clocks changed on April 6, and the keeper was in the tower by 6 a.m. that Sunday."
    assert _values(text, "2003-04-16") == [
        ("April 6", "2003-04-06"),
        ("6 a.m. that Sunday", "2003-04-06T06:00"),
    ]


def test_that_weekday_opening_a_sentence() -> None:
    text = "The ballots were counted on Friday, April 4. That Sunday, the results were posted."
    assert _values(text, "2003-04-16")[-1] == ("That Sunday", "2003-04-06")


def test_that_after_a_verb_joins_a_clause_not_a_weekday() -> None:
    text = "Police said that Sunday's march was peaceful."
    assert _values(text, "2003-04-16") == [("Sunday", "2003-04-13")]


def test_a_clock_in_a_weekdays_night_is_one_time() -> None:
    text = "\"At 10 o'clock Monday night the yard was dry,\" she said on Thursday."
    assert _values(text, "1998-09-24")[0] == ("10 o'clock Monday night", "1998-09-21T22:00")


def test_decades_and_centuries_later_count_from_the_last_time_named() -> None:
    text = (
        "The keeper arrived on Sunday. His teacher handed him the crank in the spring of 1972"
        " and died a decade later. The tower itself was finished in 1803; two centuries later"
        " it still keeps time."
    )
    values = dict(_values(text, "2003-04-16"))
    assert values["a decade later"] == "1982"
    assert values["two centuries later"] == "2003"
