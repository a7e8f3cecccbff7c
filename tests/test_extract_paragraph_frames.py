"""extract() on a paragraph that opens with a period counted from the story ("Until the end of
the month, ...") after a paragraph that named a date told as coming: the plan named no time
the story is on, so the period is the report's. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from timeline import Timex, extract


def found(text: str, anchor: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


def test_a_paragraph_opening_on_the_month_after_a_plan_is_the_reports_month() -> None:
    text = (
        "The league said the playoffs would start in mid-May, with the final set for May 28.\n\n"
        "Until the end of the month, clubs will train behind closed doors."
    )
    assert found(text, "2019-04-09")["the end of the month"] == Timex("DATE", "2019-04", "END")


def test_the_month_of_a_plan_goes_on_without_a_new_paragraph_or_opening() -> None:
    # in the same paragraph the plan's month goes on
    text = "The fair opens on Oct. 3. Until the end of the month, stalls will line the square."
    assert found(text, "2019-09-12")["the end of the month"] == Timex("DATE", "2019-10", "END")
    # a paragraph that goes on with what the plan named ("It will run ...") too
    text = "The fair opens on Oct. 3.\n\nIt will run until the end of the month."
    assert found(text, "2019-09-12")["the end of the month"] == Timex("DATE", "2019-10", "END")
    # a story told in the past keeps its month in a new paragraph
    text = "The mill closed on March 3.\n\nBy the end of the month, 300 workers had left."
    assert found(text, "2019-06-12")["the end of the month"] == Timex("DATE", "2019-03", "END")
