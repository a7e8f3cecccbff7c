"""extract() on quarters and halves told as coming: this year's when this year's has not begun
at the report's date, the one just over when it has ended (results are told of those). The
sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import extract


def quarters(text: str, anchor: str) -> list[str]:
    return [
        m.timex.value
        for m in extract(text, date.fromisoformat(anchor))
        if "-Q" in m.timex.value or "-H" in m.timex.value
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # told before the quarter has begun: the coming one, by any verb that looks ahead
        ("The carrier expects to take delivery of the ferry in the third quarter.", "2016-05-20",
         "2016-Q3"),
        ("The mine hopes to restart output in the fourth quarter.", "2016-05-20", "2016-Q4"),
        ("The insurer anticipates a recovery in the second half.", "2016-03-02", "2016-H2"),
        ("The utility said it would finish the pipeline in the fourth quarter.", "2016-08-11",
         "2016-Q4"),
        # the verb that looks ahead may stand well before the quarter, in the same clause
        ("The agency said on Monday it expects the national grid operator to approve the new "
         "interconnector by the end of the third quarter.", "2016-05-20", "2016-Q3"),
    ],
)
def test_a_quarter_still_to_come_is_this_years(text: str, anchor: str, value: str) -> None:
    assert quarters(text, anchor) == [value]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # the quarter just over, when told after it ended, is still the one meant
        ("The lender expects to book a loss in the third quarter.", "2016-10-12", "2016-Q3"),
        ("The lender said it would book a loss in the third quarter.", "2016-10-12", "2016-Q3"),
        # told in the past, or of results, the quarter is over
        ("Shipments slumped in the third quarter.", "2016-05-20", "2015-Q3"),
        ("The lender expects to report a loss for the fourth quarter.", "2016-02-03", "2015-Q4"),
    ],
)
def test_a_quarter_over_or_reported_stays_behind(text: str, anchor: str, value: str) -> None:
    assert quarters(text, anchor) == [value]
