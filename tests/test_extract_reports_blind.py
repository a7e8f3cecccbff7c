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


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Appeals lodged in October routinely got a ruling in January.", "October", "XXXX-10"),
        ("Appeals lodged in October routinely got a ruling in January.", "January", "XXXX-01"),
        ("The herds usually reach the river in early June.", "early June", "XXXX-06"),
        ("Ferries normally run from April to September.", "September", "XXXX-09"),
    ],
)
def test_a_month_told_as_a_habit_has_no_year(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The board usually meets in spring, but this year it met in May.", "May", "2024-05"),
        ("The ferry sailed in March.", "March", "2024-03"),
        (
            "Between November 2023 and early February, the crew flew ten trips, usually at dawn.",
            "early February",
            "2024-02",
        ),
    ],
)
def test_a_month_outside_a_habit_keeps_its_year(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


# ---------------------------------------------------------------------------- rates


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The camp receives 40,000 litres of water per day.", "per day", "P1D"),
        ("Porters earned six shillings a week.", "a week", "P1W"),
        ("The clinic sees 90 patients a day.", "a day", "P1D"),
        ("Fees rose to $12 per hour.", "per hour", "PT1H"),
    ],
)
def test_a_count_per_unit_is_a_rate(text: str, phrase: str, value: str) -> None:
    found = {m.text: m.timex for m in extract(text, ANCHOR)}
    assert (found[phrase].type, found[phrase].value) == ("SET", value)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Gusts reached 150 km per hour.", "per hour"),
        ("The shop sold 300 copies in a week.", "a week"),
    ],
)
def test_a_speed_or_a_length_is_no_rate(text: str, phrase: str) -> None:
    found = {m.text: m.timex for m in extract(text, ANCHOR)}
    assert phrase not in found or found[phrase].type != "SET"


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


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Guards patrol every night between 10pm and 4am.", "10pm", "XXXX-XX-XXT22:00"),
        ("Guards patrol every night between 10pm and 4am.", "4am", "XXXX-XX-XXT04:00"),
        ("The ferry sails daily at 7:15 a.m.", "7:15 a.m.", "XXXX-XX-XXT07:15"),
        ("Clinics open every Tuesday from 08:00 to 13:00.", "13:00", "XXXX-XX-XXT13:00"),
    ],
)
def test_a_clock_a_recurrence_is_at_has_no_day(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


def test_a_clock_after_a_recurrence_in_another_sentence_keeps_its_day() -> None:
    text = "The ferry sails daily. On Monday it left at 7:15 a.m."
    assert values(text)["7:15 a.m."] == "2024-06-10T07:15"


# ---------------------------------------------------------------------------- lengths


# ---------------------------------------------------------------------------- centuries


# ---------------------------------------------------------------------------- counted on to now


# ---------------------------------------------------------------------------- quotations


# ---------------------------------------------------------------------------- elaborated periods


# ---------------------------------------------------------------------------- plans and lists


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The bakery opened at 6 a.m. every day, holidays included.", "6 a.m."),
        ("Buses leave at 07:30 daily.", "07:30"),
    ],
)
def test_a_clock_before_a_recurrence_has_no_day(text: str, phrase: str) -> None:
    assert values(text)[phrase].startswith("XXXX-XX-XXT")


def test_a_clock_ending_a_sentence_before_a_recurrence_keeps_its_day() -> None:
    text = "On 3 June the bakery opened at 6 a.m. Every day after that it sold out."
    assert values(text)["6 a.m."] == "2024-06-03T06:00"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ('"July and August are always quiet," the hotelier said.', "July", "XXXX-07"),
        ("The river floods every year in April.", "April", "XXXX-04"),
    ],
)
def test_always_and_every_year_tell_a_habit(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


def test_a_habit_in_a_quotation_leaves_the_month_outside_it_dated() -> None:
    text = '"We cannot do this every year," said the mayor, who proposed it in early May.'
    assert values(text)["early May"] == "2024-05"


