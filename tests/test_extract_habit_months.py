"""extract() on a month or season right after a recurrence: told as a rule in the present ("the
ferry sails twice a week in winter", "in the winter") it names no particular year; told in the
past ("marched twice a week in January until the government fell") it is that January. "in the
summer" and "in summer" read alike. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import extract

ANCHOR = date(2013, 4, 10)


def values(text: str) -> dict[str, str]:
    return {m.text: m.timex.value for m in extract(text, ANCHOR)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Students rallied three times a week in February until the minister quit.",
         "February", "2013-02"),
        ("The crews flew twice a day in the summer, before the fleet was grounded.",
         "the summer", "2012-SU"),
        ("The crews flew twice a day in summer, before the fleet was grounded.", "summer",
         "2012-SU"),
    ],
)
def test_a_habit_told_in_the_past_inside_a_month_dates_the_month(
    text: str, phrase: str, value: str
) -> None:
    assert values(text)[phrase] == value


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
    assert values(text)[phrase] == value
