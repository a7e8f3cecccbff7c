"""extract() on phenomena found missing in blind measurement: wishes that look ahead, spans of two
years, frequencies beside frequencies, game quarters, idioms, BC years. The sentences are written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import Timex, extract


def found(text: str, anchor: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


@pytest.mark.parametrize(
    "text",
    [
        "The fund publishes weekly or quarterly statements.",
        "Landlords may collect rent quarterly, monthly or weekly.",
        "The agency files quarterly and monthly returns.",
    ],
)
def test_quarterly_joined_to_another_frequency_is_read_alike(text: str) -> None:
    values = {m.text.lower(): m.timex for m in extract(text, date(2022, 5, 2))}
    assert values["quarterly"] == Timex("SET", "P3M")


def test_quarterly_alone_before_a_noun_is_still_a_property_of_it() -> None:
    assert found("The board raised its quarterly payout to 12 cents.", "2022-05-02") == {}


