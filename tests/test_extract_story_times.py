"""Times told from the story's time in an article: "that Sunday", "6 a.m. that Sunday", "10
o'clock Monday night", a midnight after an evening, counts of decades or centuries from the last
time named, "the new century"."""

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


def test_midnight_after_an_evening_ends_its_day() -> None:
    text = "At 10 p.m. Monday the yard was dry. By midnight we were on the roof."
    assert _values(text, "1998-09-24") == [
        ("10 p.m. Monday", "1998-09-21T22:00"),
        ("midnight", "1998-09-22T00:00"),
    ]


def test_midnight_after_a_morning_starts_its_day() -> None:
    text = "At 10 a.m. Monday the yard was dry. By midnight we were on the roof."
    assert _values(text, "1998-09-24")[-1] == ("midnight", "1998-09-21T00:00")


def test_the_new_century_is_the_one_the_report_is_in() -> None:
    text = "As the new century begins, the stakes are no lower."
    assert _values(text, "2000-02-09") == [("the new century", "20")]
