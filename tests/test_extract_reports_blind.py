"""extract() on the layouts and phrasings of analyst documents: chronologies with year-headed
lines, histories, incident logs, investigation reports. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline._extract import extract

ANCHOR = date(2024, 6, 12)


def values(text: str, anchor: date = ANCHOR) -> dict[str, str]:
    return {m.text: m.timex.value for m in extract(text, anchor)}


# ---------------------------------------------------------------------------- chronologies

CHRONOLOGY = (
    "Timeline of the harbour dispute\n"
    "\n"
    "1994 - The port authority proposes a new breakwater. Fishermen object within weeks.\n"
    "2003 - Dredging starts in the autumn. The council votes on it in December.\n"
    "2009 - 3 May: a storm breaches the wall. Repairs begin four days later.\n"
    "2015 - Traffic doubles by the end of the year.\n"
    "2019 - February: the lease runs out. A new tender opens in the summer.\n"
)


# ---------------------------------------------------------------------------- histories


# ---------------------------------------------------------------------------- habits


# ---------------------------------------------------------------------------- rates


# ---------------------------------------------------------------------------- record entries


# ---------------------------------------------------------------------------- clocks


# ---------------------------------------------------------------------------- counted from a day


# ---------------------------------------------------------------------------- apposition


# ---------------------------------------------------------------------------- seconds


# ---------------------------------------------------------------------------- accounting years


# ---------------------------------------------------------------------------- not times


@pytest.mark.parametrize(
    "text",
    [
        "The depot was raided three times, most recently in the spring.",
        "Inspectors visited twice, most recently on 4 May.",
    ],
)
def test_most_recently_orders_occasions_and_names_no_time(text: str) -> None:
    assert "recently" not in values(text)


def test_recently_alone_is_still_the_recent_past() -> None:
    assert values("The depot was recently raided.")["recently"] == "PAST_REF"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The findings are in the committee's sixth report (HC 1234), out today.", "1234"),
        ("The assembly passed AB 1492 on a voice vote.", "1492"),
        ("See the committee paper (HC 1987).", "1987"),
    ],
)
def test_a_paper_or_bill_by_its_number_is_no_year(text: str, number: str) -> None:
    assert number not in values(text)


@pytest.mark.parametrize("text", ["The UK 2019 election was close.", "It was built in AD 1066."])
def test_a_year_after_an_acronym_or_era_stays_a_year(text: str) -> None:
    assert any(v in ("2019", "1066") for v in values(text).values())


# ---------------------------------------------------------------------------- lengths


# ---------------------------------------------------------------------------- centuries


# ---------------------------------------------------------------------------- counted on to now


# ---------------------------------------------------------------------------- quotations


# ---------------------------------------------------------------------------- elaborated periods


# ---------------------------------------------------------------------------- plans and lists


