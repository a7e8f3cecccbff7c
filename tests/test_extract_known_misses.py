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
        ("Families want answers about the crash on Monday.", "Monday", "2019-09-02"),
        # plans as a noun are no plan told
        ("On Tuesday, when she dropped her holiday plans for the trip, the talks began.",
         "Tuesday", "2019-09-03"),
    ],
)
def test_a_wish_or_an_aim_in_the_present_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert found(text, "2019-09-04")[phrase] == Timex("DATE", value)


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


def test_a_comparison_after_a_plan_does_not_tell_the_plan_s_time() -> None:
    text = (
        "Inspectors closed the reef to divers in 1998 and surveyed it again last autumn.\n\n"
        "The park service said on Tuesday that guided dives will run from early May to "
        "late August, as they did last year."
    )
    values = found(text, "2010-03-04")
    assert values["early May"] == Timex("DATE", "2010-05", "START")
    assert values["late August"] == Timex("DATE", "2010-08", "END")
    assert values["last year"] == Timex("DATE", "2009")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("By June the mill had closed for good.", "June", "2011-06"),
        ("The siege began in April 2011. By June the rebels had taken the port.", "June",
         "2011-06"),
        # a term stays the nearest such date
        ("The deadline was extended to June 30.", "June 30", "2012-06-30"),
        ("Tenants had until June 30 to leave.", "June 30", "2012-06-30"),
    ],
)
def test_a_deed_done_by_a_date_in_the_past_perfect_is_before_the_report(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2012-03-01")[phrase] == Timex("DATE", value)


