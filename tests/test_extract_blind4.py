"""extract() on what a blind set of wire articles showed it reading wrong: a weekday in
apposition to its date, a weekday of a week named by another phrase, ... The sentences are
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import Timex, extract


def found(text: str, anchor: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


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


def test_a_clock_time_on_a_day_keeps_it() -> None:
    got = found("On Monday the siren sounded at 7 a.m. Crews ran drills daily.", "2020-07-08")
    assert got["7 a.m."] == Timex("TIME", "2020-07-06T07:00")


