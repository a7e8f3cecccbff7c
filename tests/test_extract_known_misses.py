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


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Enrolment fell in the 2020-21 school year.", "the 2020-21 school year"),
        ("She scored 30 goals during the 2020-21 season.", "the 2020-21 season"),
        ("Exports rose 4 percent in fiscal 2020-21, the ministry said.", "fiscal 2020-21"),
        ("Output in 2020-21 was the lowest on record.", "2020-21"),
        ("Tuition rises for the 2020/21 academic year.", "the 2020/21 academic year"),
    ],
)
def test_a_span_of_two_years_is_one_date_valued_by_its_first_year(text: str, phrase: str) -> None:
    mentions = extract(text, date(2022, 5, 2))
    dated = [m for m in mentions if m.timex.type == "DATE"]
    assert [(m.text, m.timex) for m in dated] == [(phrase, Timex("DATE", "2020"))]
    span = dated[0].span
    assert span is not None  # both years, as the season straddles them
    assert (span.earliest_start.year, span.latest_end.year) == (2020, 2022)


def test_a_year_and_month_is_no_span_of_years() -> None:
    # "2011-12" alone may be December 2011; years only with a season's noun
    assert found("The 2011-12 season was his best.", "2022-05-02") == {
        "The 2011-12 season": Timex("DATE", "2011")
    }
    assert "2011-12" not in {m.timex.value for m in extract("In 2019-21 it grew.", "2022-05-02")}


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
