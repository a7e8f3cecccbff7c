"""extract() on times told as a habit, and on the passes that read a time again from the story
around it (the century, a count that reaches now): what they must leave alone. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline._extract import extract

ANCHOR = date(2015, 6, 10)


def values(text: str, anchor: date = ANCHOR) -> dict[str, str]:
    return {m.text: m.timex.value for m in extract(text, anchor)}


# ---------------------------------------------------------------------------- habitual months


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
    assert not values(text)[phrase].startswith("XXXX")


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
    assert values(text)[phrase] == value


def test_a_habitual_month_keeps_its_part() -> None:
    found = {m.text: m.timex for m in extract("Herds usually cross in late March.", ANCHOR)}
    assert (found["late March"].value, found["late March"].mod) == ("XXXX-03", "END")


# ---------------------------------------------------------------------------- habitual clocks


def test_a_shift_after_a_recurrence_in_the_next_sentence_keeps_its_day() -> None:
    text = "Guards patrol the jail every evening at 9 p.m. Two hours later he escaped."
    found = values(text)
    assert found["9 p.m."] == "XXXX-XX-XXT21:00"
    assert found["Two hours later"] == "2015-06-10T23:00"


def test_a_clock_after_a_recurrence_in_the_next_sentence_keeps_its_day() -> None:
    text = "Guards patrol the jail every evening at 9 p.m. Later he escaped at 11 p.m."
    assert values(text)["11 p.m."] == "2015-06-10T23:00"


@pytest.mark.parametrize(
    "text",
    [
        "The museum is open from 9 a.m. to 5 p.m. daily.",
        "The shop opens every day from 8:00 to 18:00.",
    ],
)
def test_both_ends_of_a_recurring_range_have_no_day(text: str) -> None:
    clocks = [m.timex.value for m in extract(text, ANCHOR) if m.timex.type == "TIME"]
    assert len(clocks) == 2
    assert all(value.startswith("XXXX-XX-XXT") for value in clocks)


# ---------------------------------------------------------------------------- counts reaching now


# ---------------------------------------------------------------------------- the century


