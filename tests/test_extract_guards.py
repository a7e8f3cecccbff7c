"""Counter-examples to rules that once went too far: each was a misfire on plain English."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import Timex, extract


def found(text: str, anchor: str = "2015-06-10") -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Prices have risen 5 percent since the new year.", "2015-07-15", "2015"),
        ("Prices rose sharply in the new year.", "2015-12-15", "2015"),
        ("Talks will resume in the new year, officials said.", "2015-12-15", "2016"),
        ("Talks will resume in the new year, officials said.", "2015-02-15", "2015"),
    ],
)
def test_the_new_year_follows_the_tense(text: str, anchor: str, value: str) -> None:
    assert found(text, anchor)["the new year"] == Timex("DATE", value)
