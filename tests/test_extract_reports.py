"""extract() on report-style text: sanctions and panel reports, incident logs, court filings,
OSINT write-ups, translated statements. Short passages written for these tests."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from timeline import OPEN_END, OPEN_START, TimeSpan, Timex, extract, extract_ranges

ANCHOR = date(2021, 3, 4)


def found(text: str, anchor: date = ANCHOR, tz: str = "UTC") -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, anchor, tz=tz)}


# ---------------------------------------------------------------------------- recurrences


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The navy has held drills each autumn since 2019.", "each autumn", "XXXX-FA"),
        ("The pass is closed every winter.", "every winter", "XXXX-WI"),
        ("Herders move north every spring.", "every spring", "XXXX-SP"),
    ],
)
def test_every_season_is_a_set(text: str, phrase: str, value: str) -> None:
    assert found(text)[phrase] == Timex("SET", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Detainees may receive visits twice weekly.", "twice weekly", "P1W"),
        ("The drug was given three times daily.", "three times daily", "P1D"),
    ],
)
def test_a_frequency_before_an_adverb_of_recurrence_is_in_the_set(
    text: str, phrase: str, value: str
) -> None:
    assert found(text)[phrase] == Timex("SET", value)


# ------------------------------------------------------------------ hours that are no length


@pytest.mark.parametrize(
    "text",
    [
        "Market hours in the town have been cut since the campaign began.",
        "Staff were told to stay home outside office hours.",
        "Drones struck in the early hours, residents said.",
        "The ferry does not run during the small hours.",
    ],
)
def test_a_kind_of_hours_is_no_vague_duration(text: str) -> None:
    assert "hours" not in found(text)


def test_hours_without_a_kind_stay_a_vague_duration() -> None:
    assert found("Residents queued for hours at the checkpoint.")["hours"] == Timex(
        "DURATION", "PTXH"
    )


# ----------------------------------------------------------------- numbers that are no dates


def test_a_stretch_of_years_gives_both_years() -> None:
    mentions = found("Detention of activists in the capital, 2018-2019")
    assert mentions == {"2018": Timex("DATE", "2018"), "2019": Timex("DATE", "2019")}


def test_a_year_range_with_an_en_dash_gives_both_years() -> None:
    assert set(found("Figures for the 2016–2017 season were not published.")) >= {"2016", "2017"}


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The sultan's reign (1520–1566) was long.", ["1520", "1566"]),
        ("The architect (c. 1490–1588) built mosques.", ["1490", "1588"]),
        ("The architect (ca. 1490–1588) built mosques.", ["1490", "1588"]),
    ],
)
def test_older_years_in_brackets_make_a_range(text: str, years: list[str]) -> None:
    assert [m.timex.value for m in extract(text, ANCHOR)] == years


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The portrait, c. 1560, hangs in the hall.", "c. 1560", "1560"),
        ("The chest (ca. 1450) was restored.", "ca. 1450", "1450"),
        ("The map dates from circa 1800.", "circa 1800", "1800"),
        ("The architect (c. 1490–1588) built mosques.", "c. 1490", "1490"),
    ],
)
def test_a_year_told_as_circa_is_approximate(text: str, phrase: str, value: str) -> None:
    assert found(text)[phrase] == Timex("DATE", value, "APPROX")


def test_a_capital_c_is_no_circa() -> None:
    # an initial or a sentence's end, not "circa"
    assert found("Take vitamin C. 2003 saw the first trial.") == {"2003": Timex("DATE", "2003")}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The census of 1851 records only 112 households.", "1851"),
        ("The crash of 1929 ruins many firms in the story.", "1929"),
    ],
)
def test_a_year_naming_an_event_before_a_plural_is_a_year(text: str, year: str) -> None:
    assert found(text, date(2005, 3, 1))[year] == Timex("DATE", year)


@pytest.mark.parametrize(
    "text", ["A total of 1851 records were lost.", "The number of 1200 votes was low."]
)
def test_a_quantity_of_a_plural_is_still_a_count(text: str) -> None:
    assert found(text, date(2005, 3, 1)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The manager can be reached at +86 21 6888 1234 during the day.",
        "Call the office on (020) 7946 1998 for details.",
    ],
)
def test_the_last_group_of_a_phone_number_is_no_year(text: str) -> None:
    assert not any(value.value[:1] in "12" for value in found(text).values())


@pytest.mark.parametrize(
    "text",
    [
        "The tanker Ocean 2020 and its sister ship were sold in March.",
        "The registry lists Star 1988 as laid up.",
        "A vessel named Hai Xing 2011 was seen at the port.",
        "The sister ship Star 1988 has since been renamed.",
        "Star 1988 has since been seen at the port.",
    ],
)
def test_a_number_ending_a_ship_name_is_no_year(text: str) -> None:
    assert not {"2020", "1988", "2011"} & set(found(text))


def test_a_year_after_a_month_or_a_preposition_is_still_a_year() -> None:
    mentions = found("Ships were sold in March 2020 and renamed in 1998 and 1999.")
    assert set(mentions) == {"March 2020", "1998", "1999"}


@pytest.mark.parametrize(
    "text",
    [
        "At approximately 1100 hours the transfer began.",
        "Fires were visible from the town by 0400 hours.",
        "Between 1400 and 1600 local time, officials briefed the press.",
        "An explosion was heard at 0345 local time.",
    ],
)
def test_a_four_digit_clock_time_is_no_year_and_no_length(text: str) -> None:
    values = [timex for timex in found(text).values()]
    assert not any(t.type == "DURATION" or t.value[:2] in ("04", "11", "14", "16") for t in values)


def test_a_count_of_hours_in_four_digits_stays_a_length() -> None:
    assert found("He was ordered to serve 1500 hours of community work.")["1500 hours"] == Timex(
        "DURATION", "PT1500H"
    )


def test_current_as_of_is_no_present_reference() -> None:
    assert set(found("Information in this report is current as of 26 February 2021.")) == {
        "26 February 2021"
    }


def test_a_year_pair_with_a_slash_gives_both_years() -> None:
    assert set(found("Transfers rose by a third in 2019/2020.")) == {"2019", "2020"}


@pytest.mark.parametrize("text", ["See S/2019/2020 for the list.", "The ratio 2019/2018 fell."])
def test_a_slash_between_numbers_that_are_no_year_pair_gives_no_second_year(text: str) -> None:
    assert "2020" not in found(text) and "2018" not in found(text)


# ----------------------------------------------------------------------------- sentences


def sentences_of(text: str) -> list[str]:
    from timeline._extract._context import Sentences

    cut = Sentences(text)
    return [text[slice(*cut.bounds(i))].strip() for i in range(len(cut))]


def test_a_clock_s_pm_ends_a_sentence_before_a_capitalised_word() -> None:
    assert sentences_of("The attack began at 3 a.m. The convoy left at noon.") == [
        "The attack began at 3 a.m.",
        "The convoy left at noon.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The mission arrived at 10 a.m. Monday and left.",
        "The talks ended at 5 p.m. EST on Friday.",
        "The talks ended at 5 p.m. Moscow time on Friday.",
        "The vote was at 9 a.m. Oct. 2 in the capital.",
    ],
)
def test_a_clock_s_pm_before_its_day_or_zone_ends_no_sentence(text: str) -> None:
    assert len(sentences_of(text)) == 1


def test_a_paragraph_number_is_no_sentence_of_its_own() -> None:
    assert sentences_of("1. The Panel met on 3 May.\n\n2. It wrote again in June.") == [
        "1. The Panel met on 3 May.",
        "2. It wrote again in June.",
    ]


def test_a_clock_time_takes_the_day_of_its_own_sentence() -> None:
    text = "Shelling was reported on 4 March at 3 a.m. On 6 March, a second strike hit at 5 a.m."
    mentions = found(text, date(2022, 3, 10))
    assert mentions["3 a.m."] == Timex("TIME", "2022-03-04T03:00")
    assert mentions["5 a.m."] == Timex("TIME", "2022-03-06T05:00")


def test_list_items_are_sentences() -> None:
    text = "Events logged:\n- 5 March: convoy seen\n- 6 March: convoy left\nno more."
    assert sentences_of(text) == [
        "Events logged:",
        "- 5 March: convoy seen",
        "- 6 March: convoy left\nno more.",
    ]


def test_a_hard_wrapped_line_is_no_sentence_end() -> None:
    assert len(sentences_of("The convoy was seen on\n5 March near the\nborder crossing.")) == 1


# ------------------------------------------------------------------------- tense


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a future told in the past: the nearest such date, not the next one after the report
        (
            "The Member State informed the Panel that the vessel would be inspected on 5 November.",
            "5 November",
            "2019-11-05",
        ),
        ("The operator said it would close the terminal in April.", "April", "2020-04"),
        # a weekday after "would" is still the coming one
        ("Officials said the talks would resume on Thursday.", "Thursday", "2020-03-05"),
        # plain futures are ahead
        ("The vessel will be inspected on 5 November.", "5 November", "2020-11-05"),
    ],
)
def test_would_places_a_date_nearest_the_report(text: str, phrase: str, value: str) -> None:
    assert found(text, date(2020, 3, 2))[phrase] == Timex("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "See document A/RES/2758 for the vote.",
        "The record is in E/CN.4/1998/53 and A/HRC/2019/12.",
    ],
)
def test_a_number_in_a_document_symbol_is_no_year(text: str) -> None:
    assert not [t for t in found(text).values() if t.value[:2] in ("27", "19", "20")]


def test_at_present_is_the_present() -> None:
    assert found("At present, 12 vessels are held in port.")["At present"] == Timex(
        "DATE", "PRESENT_REF"
    )


def test_the_present_report_is_no_time() -> None:
    assert set(found("The present report covers 2020; present were 12 members.")) == {"2020"}


@pytest.mark.parametrize(
    "text", ["He visited on the Day of the Sun.", "The Sun reported the seizure first."]
)
def test_the_sun_is_no_sunday(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The previous owner, reached by phone last Tuesday, declined to comment.", "last Tuesday"),
        ("The captain was interviewed over the telephone Monday.", "Monday"),
    ],
)
def test_a_time_after_by_phone_is_a_time(text: str, phrase: str) -> None:
    assert phrase in found(text, date(2021, 9, 15))


def test_a_number_after_phone_or_fax_is_no_year() -> None:
    assert found("Call phone 555 0199 or fax 2019 for copies.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "See ibid., p. 2019, and n. 2020 for the sources.",
        "The list is in annex 2001; see also exhibit 1999 and para. 2015.",
    ],
)
def test_a_number_of_a_report_s_apparatus_is_no_year(text: str) -> None:
    assert found(text) == {}


def test_a_note_before_a_time_is_no_label() -> None:
    assert set(found("In a note sent on Tuesday, the ministry replied.")) == {"Tuesday"}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The archive was closed. 2019 was a hard year for the port.", "2019"),
        ("It was filed. 2020 is an election year.", "2020"),
        ("Officials said 2021 has been quiet so far.", "2021"),
    ],
)
def test_a_year_before_a_verb_ending_in_s_is_a_year(text: str, year: str) -> None:
    assert found(text)[year] == Timex("DATE", year)


def test_early_before_a_year_opening_a_sentence_is_no_name() -> None:
    assert "Early 2019" in found("Early 2019 was calm at the port.")


def test_a_number_before_a_plural_noun_is_still_a_count() -> None:
    assert found("The smugglers moved 2019 crates and 1500 barrels.") == {}


def test_a_sanctions_committee_named_by_its_resolution_is_no_year() -> None:
    text = "The 1718 Committee and the 1267 Sanctions Committee met in 1990 Committee rooms."
    assert set(found(text)) == {"1990"}


# ------------------------------------------------------------------ ranges in court filings


def ranges_of(text: str, anchor: date = date(2019, 6, 1)) -> dict[str, TimeSpan]:
    return {r.text: r.span for r in extract_ranges(text, anchor, tz="UTC")}


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "From in or about January 2013 through in or about September 2017, they conspired.",
            date(2013, 1, 1),
            date(2017, 10, 1),
        ),
        (
            "Beginning in or about May 2014 and continuing until in or about June 2015, he"
            " shipped parts.",
            date(2014, 5, 1),
            date(2015, 7, 1),
        ),
        (
            "From on or about March 3, 2016, to on or about April 9, 2016, he wired funds.",
            date(2016, 3, 3),
            date(2016, 4, 10),
        ),
    ],
)
def test_hedged_ends_of_a_court_filing_make_one_range(text: str, start: date, end: date) -> None:
    (span,) = ranges_of(text).values()
    assert span.earliest_start.date() <= start <= span.latest_start.date()
    assert span.earliest_end.date() <= end <= span.latest_end.date()


def test_continuing_without_a_beginning_is_no_range() -> None:
    assert ranges_of("Prices rose in 2016 and continuing until 2018 stayed high.") == {}


def test_until_at_least_leaves_the_end_open() -> None:
    (span,) = ranges_of("The scheme ran from late 2016 until at least mid-2018.").values()
    assert span.latest_end == OPEN_END
    assert span.earliest_end >= utc(2018, 5, 1)
    assert span.earliest_start == utc(2016, 8, 1)


def test_from_at_least_leaves_the_start_open() -> None:
    (span,) = ranges_of("From at least May 2014 to June 2015, they shipped goods.").values()
    assert span.earliest_start == OPEN_START
    assert span.latest_start == utc(2014, 5, 1)
    assert span.latest_end == utc(2015, 7, 1)


def test_clock_times_with_their_days_make_the_ends_of_a_range() -> None:
    text = "The ship sailed dark between 22:00 on 4 May and 04:00 on 5 May, the log shows."
    (span,) = ranges_of(text).values()
    assert (span.earliest_start, span.latest_end) == (utc(2019, 5, 4, 22), utc(2019, 5, 5, 4))


def test_days_with_their_clock_times_make_the_ends_of_a_range() -> None:
    ranges = ranges_of("The AIS was off from 4 May at 22:00 to 5 May at 04:00.")
    assert list(ranges) == ["4 May at 22:00 to 5 May at 04:00"]
    span = ranges["4 May at 22:00 to 5 May at 04:00"]
    assert (span.earliest_start, span.latest_end) == (utc(2019, 5, 4, 22), utc(2019, 5, 5, 4))


def test_a_clock_range_on_one_day_keeps_its_own_extent() -> None:
    assert list(ranges_of("From 1:00 a.m. to 3:00 a.m. on Sept. 28 the road was shut.")) == [
        "1:00 a.m. to 3:00 a.m."
    ]


def test_a_run_of_days_written_with_a_dash_is_a_range_of_its_two_ends() -> None:
    (grouped,) = extract_ranges("A second notice covers Oct. 12-15.", date(2022, 10, 20))
    assert (grouped.first.text, grouped.last.text) == ("Oct. 12", "15")
    assert grouped.text == "Oct. 12-15"
    assert (grouped.span.earliest_start, grouped.span.latest_end) == (
        utc(2022, 10, 12),
        utc(2022, 10, 16),
    )


@pytest.mark.parametrize(
    ("text", "anchor", "first", "last"),
    [
        (
            "Information was requested for the period 1–31 May 2018 but none came.",
            date(2018, 8, 3),
            ("1", "2018-05-01"),
            ("31 May 2018", "2018-05-31"),
        ),
        ("- 14–18 Feb: five-day walkout", date(2022, 4, 1), ("14", "2022-02-14"),
         ("18 Feb", "2022-02-18")),
        ("• 5–7 March 2019 – AIS gap of 52 hours.", date(2019, 10, 1), ("5", "2019-03-05"),
         ("7 March 2019", "2019-03-07")),
        ("A second notice covers Oct. 12-15.", date(2022, 10, 20), ("Oct. 12", "2022-10-12"),
         ("15", "2022-10-15")),
        ("The talks ran March 5-7, 2019 in Oslo.", date(2022, 10, 1), ("March 5", "2019-03-05"),
         ("7, 2019", "2019-03-07")),
    ],
)  # fmt: skip
def test_a_run_of_days_with_a_dash_is_two_days(
    text: str, anchor: date, first: tuple[str, str], last: tuple[str, str]
) -> None:
    """A TIMEX3 value names one day, so each end is its own expression, as in "between 3 and 9
    March 2018"."""
    days = [(m.text, m.timex.value) for m in extract(text, anchor) if m.timex.type == "DATE"]
    assert days[:2] == [first, last]


@pytest.mark.parametrize(
    "text", ["See pages 12-15 of the annex.", "The home side won 3-5 on penalties."]
)
def test_numbers_joined_by_a_dash_without_a_month_are_no_days(text: str) -> None:
    assert found(text) == {}


def test_a_single_day_is_no_range() -> None:
    assert extract_ranges("The notice was issued on 2021-05-03.", date(2022, 10, 20)) == []


# ---------------------------------------------------- narrative


def test_the_evening_follows_the_story_like_the_morning() -> None:
    text = "Witnesses said the strike came on 1 April. They hid in a cellar until the evening."
    assert found(text, date(2016, 4, 10))["the evening"] == Timex("TIME", "2016-04-01TEV")


def test_the_end_of_the_week_is_the_story_s_week_while_it_is_fresh() -> None:
    text = "On 20 June we asked for the records, which arrived by the end of the week."
    mentions = found(text, date(2023, 7, 1))
    assert mentions["the end of the week"] == Timex("DATE", "2023-W25", "END")


def test_the_end_of_the_month_without_a_story_is_the_report_s() -> None:
    mentions = found("Officials expect a decision by the end of the month.", date(2017, 4, 3))
    assert mentions["the end of the month"] == Timex("DATE", "2017-04", "END")


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("The ship went dark between 3 and 9 March 2018 in open sea.", "3", "2018-03-03"),
        ("The invoice covers a stay from 9 to 12 June at the port.", "9", "2021-06-09"),
        ("Emails sent on 9 and 10 September went unanswered.", "9", "2021-09-09"),
    ],
)
def test_the_bare_first_day_of_a_day_first_range_is_a_date(text: str, day: str, value: str) -> None:
    assert found(text, date(2021, 11, 5))[day] == Timex("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "On the night of 9 to 10 February, fighters entered.",
            "the night of 9 to 10 February",
            "2024-02-09TNI",
        ),
        ("Overnight 5-6 February, a drone hit a depot.", "Overnight 5-6 February", "2024-02-05TNI"),
    ],
)
def test_a_night_named_by_its_two_days_is_one_time(text: str, phrase: str, value: str) -> None:
    assert found(text, date(2024, 2, 15))[phrase] == Timex("TIME", value)


def test_a_shift_in_apposition_restates_the_date_before_it() -> None:
    text = "It went dark on 21 July. It reappeared on 29 July, eight days later, riding low."
    assert found(text, date(2021, 9, 15))["eight days later"] == Timex("DATE", "2021-07-29")


def test_a_flashback_leaves_the_story_on_its_day() -> None:
    text = (
        "The convoy was hit on 3 March. Two days earlier, a drone had been seen. The day after,"
        " the road was closed."
    )
    assert found(text, date(2022, 3, 15))["The day after"] == Timex("DATE", "2022-03-04")


def test_a_numeric_date_reads_day_first_in_a_document_that_writes_day_first() -> None:
    text = "The yacht left on 2 March 2022. Ownership changed on 02/03/2022, records show."
    assert found(text, date(2022, 3, 20))["02/03/2022"] == Timex("DATE", "2022-03-02")


def test_a_numeric_date_reads_month_first_by_default_and_in_a_month_first_document() -> None:
    assert found("Ownership changed on 02/03/2022.", date(2022, 3, 20))["02/03/2022"] == Timex(
        "DATE", "2022-02-03"
    )
    text = "The yacht left on March 2, 2022. Ownership changed on 02/03/2022."
    assert found(text, date(2022, 3, 20))["02/03/2022"] == Timex("DATE", "2022-02-03")


def test_a_clock_time_on_an_approximate_day_is_on_the_day_named() -> None:
    text = "On or about March 14, 2018, at approximately 10:22 a.m., CC-1 wrote. Later that day, he"
    text += " replied."
    mentions = found(text, date(2018, 6, 1))
    assert mentions["approximately 10:22 a.m."] == Timex("TIME", "2018-03-14T10:22", "APPROX")
    assert mentions["Later that day"] == Timex("DATE", "2018-03-14")


@pytest.mark.parametrize(
    ("phrase", "value"), [("daybreak", "2022-03-04TMO"), ("sunset", "2022-03-04TEV")]
)
def test_daybreak_and_sunset_follow_the_story(phrase: str, value: str) -> None:
    text = "Troops entered the town on 4 March. At daybreak the shelling began; after sunset it"
    text += " stopped."
    assert found(text, date(2022, 3, 10))[phrase].value == value


def test_minutes_later_count_from_the_clock_time_of_the_story_s_day() -> None:
    text = "The first blast came at 3 a.m. on 4 March. Twenty minutes later, a second one hit."
    mentions = found(text, date(2022, 3, 10), tz="Europe/Kyiv")
    assert mentions["Twenty minutes later"] == Timex("TIME", "2022-03-04T03:20")


def test_minutes_later_after_a_bare_day_do_not_move_the_story_to_its_eve() -> None:
    text = (
        "Residents reported explosions on 4 March. A second volley followed around 20 minutes"
        " later. By mid-morning, crews had recovered two bodies."
    )
    mentions = found(text, date(2022, 3, 10), tz="Europe/Kyiv")
    assert mentions["mid-morning"].value == "2022-03-04TMO"


def test_a_shift_that_starts_its_sentence_counts_from_the_story() -> None:
    text = "It left port on 2 August. Two days later, it was seen at the terminal."
    assert found(text, date(2021, 9, 15))["Two days later"] == Timex("DATE", "2021-08-04")


# ---------------------------------------------------------------------------- logs, chronologies


def test_a_log_entry_takes_the_day_of_its_own_line() -> None:
    text = "Mon 27 Sep – outage begins at 15:39 UTC\nTue 28 Sep – service partially restored\n"
    assert found(text, date(2021, 10, 4))["15:39 UTC"] == Timex("TIME", "2021-09-27T15:39")
    text = (
        "02/05/2018 ORDER granting motion. Conference reset to 3/12/2018 at 2:30 PM.\n"
        "02/14/2018 LETTER by defendant requesting extension."
    )
    assert found(text, date(2018, 2, 26))["2:30 PM"] == Timex("TIME", "2018-03-12T14:30")


def test_a_date_line_and_the_clock_opening_the_next_entry_are_two_expressions() -> None:
    text = "4 August 2020\n17:55 – fire reported\n18:07 – explosion\n5 August\n08:00 – curfew"
    assert found(text, date(2020, 8, 6)) == {
        "4 August 2020": Timex("DATE", "2020-08-04"),
        "17:55": Timex("TIME", "2020-08-04T17:55"),
        "18:07": Timex("TIME", "2020-08-04T18:07"),
        "5 August": Timex("DATE", "2020-08-05"),
        "08:00": Timex("TIME", "2020-08-05T08:00"),
    }
    text = "Log ref 0457 of 22/11/2019.\n19:48 – call received.\n19:55 – first crew on scene."
    assert found(text, date(2019, 11, 23))["19:48"] == Timex("TIME", "2019-11-22T19:48")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The show opens Sat. May 9.", "Sat. May 9"),
        ("Sat. May 9: opening night", "Sat. May 9"),
    ],
)
def test_a_stop_inside_a_line_cuts_no_expression(text: str, phrase: str) -> None:
    # a sentence may end after "Sat." ("Sat. May"), but only a line break cuts an extent
    assert found(text, date(2020, 5, 5))[phrase] == Timex("DATE", "2020-05-09")


def test_a_chronology_line_headed_by_a_year_is_dated() -> None:
    text = "Key dates\n2014: company registered\nOct 2022: designated by the Treasury"
    assert found(text, date(2023, 1, 15)) == {
        "2014": Timex("DATE", "2014"),
        "Oct 2022": Timex("DATE", "2022-10"),
    }


def test_a_line_wrapped_inside_a_sentence_keeps_the_sentence() -> None:
    # the clock takes the day of its sentence across the wrap (one TIME: clock "on" day)
    text = "Talks were held at 10:00 on\n28 September and ended without agreement."
    wrapped = found(text, date(2020, 10, 10))["10:00 on\n28 September"]
    assert wrapped == Timex("TIME", "2020-09-28T10:00")


def test_clocks_after_a_date_time_group_take_its_day_not_the_year_after_its_month() -> None:
    """ "MAR 24" after a date-time group is its month and two-digit year, not 24 March."""
    text = (
        "SITREP 3. Period covered: 141200Z to 150600Z MAR 24.\n"
        "0130Z: shelling reported near the bridge.\n"
        "0420Z: convoy passed checkpoint 2. Next report due 151800Z."
    )
    values = {m.text: m.timex.value for m in extract(text, date(2024, 3, 15))}
    assert values == {
        "141200Z": "2024-03-14T12:00",
        "150600Z MAR 24": "2024-03-15T06:00",
        "0130Z": "2024-03-15T01:30",
        "0420Z": "2024-03-15T04:20",
        "151800Z": "2024-03-15T18:00",
    }


def test_the_clocks_opening_a_log_s_lines_are_times_ranges_too() -> None:
    text = (
        "Shift log, 3 April.\n"
        "0545–0630 local: convoy assembled at the depot.\n"
        "1210: generator failed.\n"
        "1305–1340: power restored in stages."
    )
    values = [(m.text, m.timex.value) for m in extract(text, date(2023, 4, 4))]
    assert values == [
        ("3 April", "2023-04-03"),
        ("0545", "2023-04-03T05:45"),
        ("0630 local", "2023-04-03T06:30"),
        ("1210", "2023-04-03T12:10"),
        ("1305", "2023-04-03T13:05"),
        ("1340", "2023-04-03T13:40"),
    ]


def test_a_log_entry_earlier_in_the_day_than_the_one_before_is_on_the_next_day() -> None:
    text = (
        "Watch log, 3 April.\n"
        "0800: watch began.\n"
        "1930: shots heard to the north.\n"
        "2350: patrol returned.\n"
        "0140: flares seen; again at 0155."
    )
    values = {m.text: m.timex.value for m in extract(text, date(2023, 4, 6))}
    assert values["1930"] == "2023-04-03T19:30"
    assert values["2350"] == "2023-04-03T23:50"
    assert values["0140"] == "2023-04-04T01:40"
    assert values["0155"] == "2023-04-04T01:55"


def test_a_log_rolled_past_the_calendar_s_last_day_stays_on_it() -> None:
    text = "2300: patrol out.\n0500: back.\n0400: out again.\n0300: back again."
    values = {m.text: m.timex.value for m in extract(text, date(9999, 12, 29))}
    assert values["0500"] == "9999-12-30T05:00"
    assert values["0400"] == "9999-12-31T04:00"
    # Jan. 1 of year 10000 is off the calendar: the entry keeps the day it was read on
    assert values["0300"] == "9999-12-29T03:00"


def test_a_clock_repeated_from_the_timeline_keeps_its_day_after_an_older_date() -> None:
    text = (
        "Outage summary, written 9 March 2022.\n"
        "2022-03-07T03:12Z db-2: replication lag alarm\n"
        "2022-03-07T04:37Z db-2: primary fails over to the standby\n"
        "The standby ran a kernel with a bug fixed on 15 February. The failover at 04:37 took "
        "eleven minutes, and nobody was paged between 03:00 and 05:00.\n"
    )
    got = found(text, date(2022, 3, 9))
    assert got["04:37"].value == "2022-03-07T04:37"
    assert got["03:00"].value == "2022-03-07T03:00"


def test_a_clock_on_the_story_s_later_day_is_not_taken_back_to_an_earlier_one() -> None:
    text = (
        "Patrol log.\n"
        "5 May 14:35 - Convoy leaves the depot.\n"
        "6 May - Convoy stopped at the bridge. At 14:35 it turned back.\n"
    )
    assert found(text, date(2022, 5, 9))["14:35"].value == "2022-05-06T14:35"


def test_years_heading_a_chronology_s_lines_stay_years() -> None:
    text = "Chronology\n1540: work resumes\n1601: the spire falls\n2011: restored"
    values = [(m.text, m.timex.value) for m in extract(text, date(2019, 6, 1))]
    assert values == [("1540", "1540"), ("1601", "1601"), ("2011", "2011")]


def test_a_clock_read_as_one_by_its_cue_stays_a_clock_after_midnight() -> None:
    text = "Incident log, 17 July.\n2300: curfew in force until 0500."
    values = {m.text: m.timex for m in extract(text, date(2022, 7, 18))}
    assert values["0500"] == Timex("TIME", "2022-07-18T05:00")


def test_midday_is_written_as_noon() -> None:
    """TimeML writes "midday" as the clock time T12:00; its span stays a window around noon."""
    (mention,) = extract("Levels have fallen since midday yesterday.", date(2024, 9, 16))
    assert mention.timex == Timex("TIME", "2024-09-15T12:00")
    assert mention.span is not None and not mention.span.is_crisp


# ---------------------------------------------------------------------------- numbered weeks,
# halves told alone, mid-century


@pytest.mark.parametrize(
    ("text", "anchor", "phrase", "value"),
    [
        ("Cases peaked in week 48 and fell in week 49.", date(2022, 12, 20), "week 48",
         "2022-W48"),
        ("In week 12, cases fell.", date(2022, 12, 20), "week 12", "2022-W12"),
        ("Cases rose in epidemiological week 47 of 2021.", date(2022, 12, 20),
         "week 47 of 2021", "2021-W47"),
        # a half told alone where a text speaks of results: the half of the report's year
        ("H1 revenue rose 5% on strong demand.", date(2023, 9, 10), "H1", "2023-H1"),
        ("Revenue will grow in H2, the company said.", date(2023, 3, 10), "H2", "2023-H2"),
        ("Revenue fell in H2, the company said.", date(2023, 3, 10), "H2", "2022-H2"),
    ],
)  # fmt: skip
def test_numbered_weeks_and_halves(text: str, anchor: date, phrase: str, value: str) -> None:
    assert found(text, anchor)[phrase] == Timex("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "He was in his second week 12 days ago.",
        "The Patriots won in Week 12 of the season.",
        # a week by its number alone is the year's only where cases are counted by week
        "The drug was given to patients in week 12.",
        "In week 2, the team lost.",
        "They work a 40-hour week 3 times a year.",
        "Green H2 production will grow.",
        "The H1N1 virus spread quickly.",
        "Water is H2O.",
        "A mid-century modern sofa was sold.",
    ],
)
def test_no_week_half_or_century_where_none_is_told(text: str) -> None:
    told = found(text, date(2022, 12, 20))
    assert not any(
        phrase.startswith(("week", "Week", "H1", "H2", "mid")) for phrase in told
    ), told


def test_mid_century_is_the_middle_of_the_century_in_talk() -> None:
    text = "By mid-century, emissions must fall to zero."
    assert found(text, date(2022, 12, 20))["mid-century"] == Timex("DATE", "20", "MID")
    text = "In 1850 the town grew. By mid-century it had 5,000 people."
    assert found(text, date(2022, 12, 20))["mid-century"] == Timex("DATE", "18", "MID")


# ---------------------------------------------------------------------------- the present as an end


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The archive covers the firm's filings from 2009 to the present.", "the present"),
        ("From 1950 until the present, rainfall declined slowly.", "the present"),
        ("The registry lists every owner from 1880 through the present day.", "the present day"),
    ],
)
def test_the_present_ending_a_stretch_is_present_ref(text: str, phrase: str) -> None:
    assert found(text)[phrase] == Timex("DATE", "PRESENT_REF")


@pytest.mark.parametrize(
    "text",
    [
        "The house passed to the present owner in 2015.",
        "She handed the present to her cousin.",
        "The figures refer to the present study only.",
        "In the present case the court declined to rule.",
    ],
)
def test_the_present_as_adjective_or_gift_is_no_timex(text: str) -> None:
    assert not any("present" in phrase for phrase in found(text))
