"""extract() on phenomena found missing in blind measurement: wishes that look ahead, spans of two
years, frequencies beside frequencies, game quarters, idioms, BC years. The sentences are written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import Timex, extract


def found(text: str, anchor: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


# 2019-09-04 is a Wednesday.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ('"We want the pool open again on Monday," the coach said.', "Monday", "2019-09-09"),
        ("The union aims to sign the deal on Tuesday.", "Tuesday", "2019-09-10"),
        ("Organisers hope that the road reopens Tuesday, a spokesman said.", "Tuesday",
         "2019-09-10"),
        # a past verb nearer the date still tells its time
        ("Detectives want to know who fired the shots on Monday.", "Monday", "2019-09-02"),
        # plans as a noun are no plan told
        ("On Tuesday, when she dropped her holiday plans for the trip, the talks began.",
         "Tuesday", "2019-09-03"),
    ],
)
def test_a_wish_or_an_aim_in_the_present_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert found(text, "2019-09-04")[phrase] == Timex("DATE", value)
