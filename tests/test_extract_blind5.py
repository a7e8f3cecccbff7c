"""extract() on what a blind set of 2010-2013 wire and newspaper articles showed going wrong:
the story's day drifting back to a day told only as the start of a stretch, a part of the day
told in the past counted from a day still ahead. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from timeline import Timex, extract


def found(text: str, anchor: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


def test_almost_to_the_day_is_no_date() -> None:
    got = found(
        "The dam failed again ten years almost to the day after the first break.", "2013-03-03"
    )
    assert "the day after" not in got
    assert got["ten years"] == Timex("DURATION", "P10Y")


def test_a_month_set_beside_the_word_month_is_a_month() -> None:
    got = found("May, the busiest month for weddings, is booked out.", "2012-02-18")
    assert got["May"] == Timex("DATE", "2012-05")
    assert "May" not in found("May, the mayor said, will run again.", "2012-02-18")


