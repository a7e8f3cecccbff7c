"""extract(): every temporal expression of a text, with TimeML extents and values, in context:
the contract (offsets, extents, order, errors, zones), tense and anaphora at their simplest,
ranges, vague references and sets, look-alike numbers, the seed report, and safety on arbitrary
text. Each capability is tested in depth in a test_extract_<capability>.py file of its own."""

from __future__ import annotations

import time
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Mention, MentionRange, TimelineError, Timex, extract, extract_ranges

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "report-2017-10-11.txt"
ANCHOR = date(2017, 10, 11)


def found(text: str, anchor: date = ANCHOR, **options: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, anchor, **options)}  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- the basics


def test_empty_text_gives_no_mentions() -> None:
    assert extract("", ANCHOR) == []


@pytest.mark.parametrize("anchor", ["not a date", "2017-13-45", 20171011, None])
def test_only_a_bad_anchor_raises(anchor: object) -> None:
    with pytest.raises(TimelineError):
        extract("It happened on Sept. 28.", anchor)  # type: ignore[arg-type]


@pytest.mark.parametrize("options", [{"prefer": "soon"}, {"tz": "Mars/Olympus"}])
def test_a_bad_option_raises(options: dict[str, str]) -> None:
    with pytest.raises(TimelineError):
        extract("It happened on Sept. 28.", ANCHOR, **options)  # type: ignore[arg-type]


def test_mentions_carry_offsets_text_timex_and_span() -> None:
    text = "Trucks crossed the river on Sept. 28."
    (mention,) = extract(text, ANCHOR)
    assert isinstance(mention, Mention)
    assert (mention.start, mention.end, mention.text) == (28, 36, "Sept. 28")
    assert text[mention.start : mention.end] == mention.text
    assert mention.timex == Timex("DATE", "2017-09-28")
    assert mention.span is not None
    assert mention.span.earliest_start == datetime(2017, 9, 28, tzinfo=timezone.utc)


def test_extents_drop_the_introducing_preposition() -> None:
    assert set(found("The goods were held for ten days in mid-September.")) == {
        "ten days",
        "mid-September",
    }


def test_the_article_of_a_noun_a_length_modifies_stays_out() -> None:
    text = "The 24-hour strike cut the third-quarter output, but the first nine months grew."
    assert set(found(text)) == {"24-hour", "third-quarter", "the first nine months"}
    text = "After a yearlong inquiry and a decades-long feud, a day-long meeting was held."
    assert set(found(text)) == {"yearlong", "decades-long", "day-long"}


def test_durations_and_sets_have_no_span() -> None:
    for mention in extract("They met every Monday for ten days, and weekly after that.", ANCHOR):
        assert mention.timex.type in ("DURATION", "SET")
        assert mention.span is None


def test_mentions_come_in_text_order() -> None:
    mentions = extract("On Oct. 2 and Sept. 28, and again yesterday, trucks crossed.", ANCHOR)
    assert [m.text for m in mentions] == ["Oct. 2", "Sept. 28", "yesterday"]


def test_a_time_zone_is_applied_to_the_spans() -> None:
    (mention,) = extract("It began on Sept. 28.", ANCHOR, tz="Asia/Pyongyang")
    assert mention.span is not None
    assert mention.span.earliest_start.utcoffset() is not None
    assert mention.span.earliest_start.isoformat().startswith("2017-09-28T00:00:00+08:30")


# ---------------------------------------------------------------------------- context


def test_tense_decides_the_year_of_a_bare_date() -> None:
    assert found("The committee will meet on Nov. 3.")["Nov. 3"].value == "2017-11-03"
    assert found("The committee met on Nov. 3.")["Nov. 3"].value == "2016-11-03"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "next to" is a place, not a future; the past verb decides.
        ("A bomb went off next to the embassy Friday morning.", "2017-10-06TMO"),
        # a reporting verb after a closing quote does not govern the quoted clause
        ("''He will leave the island with his son and lawyers Thursday,'' he said.", "2017-10-12"),
        # the present perfect tells the state now: the nearest March, not the last one
        ("NATO has decided to admit them in March.", "2018-03"),
        # "since" looks back whatever the tense of the clause
        ("Police have been searching for him since shortly after the Oct. 23 raid.", "2016-10-23"),
        # "succeed" is no past form
        ("He will succeed the chairman Feb. 1.", "2018-02-01"),
        # "remain closed": a state, no past verb; "will" decides
        ("The bank will remain closed until Monday, a spokesman said.", "2017-10-16"),
        # what one agreed or was asked to do comes after the agreement: the nearest February
        ("Thermo agreed to buy the unit in February.", "2018-02"),
        # a plan told in the past is still ahead of the report
        ("The delegation planned to fly out of Lagos on Thursday.", "2017-10-12"),
        ("Protesters were planning to drive around the airport on Monday.", "2017-10-16"),
        # ... but a term told in the past may be over: the nearest (Friday before the
        # Wednesday report is five days back, the next two days ahead)
        ("The offer had been due to expire Friday evening.", "2017-10-13TEV"),
        ("The vote was scheduled to take place Monday.", "2017-10-09"),
        ("The offer is due to expire Monday.", "2017-10-16"),
        # "until at least" a day after "expected to" looks ahead as "until" does; a term told
        # in the past is the nearest date however far the date is from the verb
        ("The bridge was expected to stay shut until at least Friday.", "2017-10-13"),
        ("A new contract was due to be signed by the union leaders on Nov. 20.", "2017-11-20"),
        # a past form joined to a word by a hyphen is an adjective, no tense
        ("U.S.-led talks in Geneva on Friday could end the war.", "2017-10-13"),
        # a clock time's colon does not end the clause its verb governs
        ("The blast occurred at 9:15 p.m. on Saturday.", "2017-10-07T21:15"),
        # a schedule verb after "and" starts a clause of its own
        ("The president flew to Tokyo on Sunday and meets Abe Monday.", "2017-10-16"),
        # the present of a schedule tells what is ahead
        ("The season begins in August.", "2018-08"),
        ("The trial opens Monday.", "2017-10-16"),
        # what is put off or extended lies ahead, however near the last such day is
        ("The board put off until Tuesday morning any vote on the merger.", "2017-10-17TMO"),
        # the end of a range is told in the tense of its start, not as a term ahead
        ("He bought the shares from Sept. 14 to Thursday.", "2017-10-05"),
        # "may" tells what may come, unless a perfect follows it
        ("Temperatures may not climb above freezing until the weekend.", "2017-W41-WE"),
        ("The storm may reach the coast Friday.", "2017-10-13"),
        ("He may have left the country on Friday.", "2017-10-06"),
        # "could" before the expression tells what may come; negated or passive it does not
        ("Forecasters said snow could arrive Friday night.", "2017-10-13TNI"),
        ("His family could not be located Friday.", "2017-10-13"),
        ("Rescuers said it could be Monday before power is back.", "2017-10-16"),
        # irregular past forms
        ("An appeals court upheld the sentence on Friday.", "2017-10-06"),
    ],
)
def test_tense_markers_read_in_their_clause(text: str, value: str) -> None:
    *_, mention = extract(text, ANCHOR)
    assert mention.timex.value == value


def test_a_trailing_attribution_does_not_tell_the_time_of_the_clause_it_attributes() -> None:
    text = "The library will close from May 1 through the end of August, officials said Monday."
    got = found(text, date(2018, 4, 3))
    assert (got["May 1"].value, got["the end of August"].value) == ("2018-05-01", "2018-08")
    assert got["Monday"].value == "2018-04-02"
    # with no tense before it, the verb after the comma still governs
    assert found("On Sept. 3, the company said it had sold the unit.")["Sept. 3"].value == (
        "2017-09-03"
    )


def test_an_untensed_weekday_is_the_nearest() -> None:
    friday, monday = date(2017, 10, 13), date(2017, 10, 16)
    assert found("Arafat and Albright meet separately Monday.", friday)["Monday"].value == (
        "2017-10-16"
    )
    # a weekday naming an event ("Thursday's close") is one already past
    text = "A 24% premium over Thursday's closing price."
    assert found(text, monday)["Thursday"].value == "2017-10-12"


def test_a_date_with_its_weekday_is_the_one_nearest_the_report() -> None:
    # April 25, 2015 is a Saturday too, but a weekday and a date name the coming day.
    text = "The weekly wrote in its leader on Saturday, April 25: the court erred."
    assert found(text, date(2020, 4, 24))["Saturday, April 25"].value == "2020-04-25"


def test_an_untensed_date_just_ahead_of_the_report_is_the_coming_one() -> None:
    assert found("Hearings: Jan. 24.", date(2000, 1, 13))["Jan. 24"].value == "2000-01-24"
    assert found("Next hearing: Nov. 20.")["Nov. 20"].value == "2017-11-20"  # 40 days on
    # ...but one far ahead is still the last one, and tense still decides.
    assert found("Hearings: Aug. 24.", date(2000, 1, 13))["Aug. 24"].value == "1999-08-24"
    assert found("Congress reconvened Jan. 24.", date(2000, 1, 13))["Jan. 24"].value == (
        "1999-01-24"
    )
    # the present of a schedule is ahead, however far
    assert found("Congress reconvenes Aug. 24.", date(2000, 1, 13))["Aug. 24"].value == (
        "2000-08-24"
    )


def test_the_reference_time_moves_with_the_story() -> None:
    text = "The fire started on Sept. 28, 2016. Firefighters returned on Oct. 2."
    assert found(text)["Oct. 2"].value == "2016-10-02"


def test_anaphoric_phrases_count_from_the_last_date_mentioned() -> None:
    text = "The fire started on Sept. 28, 2016. The next day, it spread."
    assert found(text)["The next day"].value == "2016-09-29"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("He fled in June 2011 and returned later that year.", "later that year", "2011"),
        (
            "Imports were $37 million in 2012, a small share of imports that year.",
            "that year",
            "2012",
        ),
        (
            "The bid failed in March 2015. The following month, it sold.",
            "The following month",
            "2015-04",
        ),
        ("Jobless rates rose in February from a month earlier.", "a month earlier", "2017-01"),
    ],
)
def test_year_and_month_anaphors_count_from_the_last_time_named(
    text: str, phrase: str, value: str
) -> None:
    assert found(text)[phrase].value == value


def test_a_date_naming_an_event_does_not_move_the_story() -> None:
    text = "Two men charged in the Dec. 21, 2011, bombing were freed after he agreed in April."
    assert found(text)["April"].value == "2017-04"


def test_the_story_moves_through_anaphoric_phrases() -> None:
    text = (
        "Trucks arrived on Sept. 28. The next day they left. That night it rained."
        " Two days later, it stopped. The same week, police came. They crossed overnight."
    )
    assert [(m.text, m.timex.value) for m in extract(text, ANCHOR)] == [
        ("Sept. 28", "2017-09-28"),
        ("The next day", "2017-09-29"),
        ("That night", "2017-09-29TNI"),
        ("Two days later", "2017-10-01"),
        ("The same week", "2017-W39"),
        ("overnight", "2017-10-01TNI"),
    ]


def test_a_clock_time_takes_the_day_named_in_its_sentence() -> None:
    mentions = found("The road was blocked from 1:00 a.m. to 3:00 a.m. on Sept. 28.")
    assert mentions["1:00 a.m."].value == "2017-09-28T01:00"
    assert mentions["3:00 a.m."].value == "2017-09-28T03:00"
    assert mentions["Sept. 28"].value == "2017-09-28"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # each end of a range is its own expression, even where the grammar reads one range
        ("Sales this year through August were flat.", {"this year": "2017", "August": "2017-08"}),
        ("It ran from May to August.", {"May": "2017-05", "August": "2017-08"}),
        # the end of a range follows its start, not the "to" of a term ahead
        ("It ran January to March.", {"January": "2017-01", "March": "2017-03"}),
        # both ends are told in the clause's tense, and the end never comes before the start
        (
            "The plant was shut from Jan. 5 to Jan. 9.",
            {"Jan. 5": "2017-01-05", "Jan. 9": "2017-01-09"},
        ),
        ("It ran from Dec. 28 to Jan. 3.", {"Dec. 28": "2016-12-28", "Jan. 3": "2017-01-03"}),
        (
            "Talks will run from Monday to Thursday.",
            {"Monday": "2017-10-16", "Thursday": "2017-10-19"},
        ),
        # a date and what is sent to a month are no range, and "to" before a possessive is no
        # term ahead
        (
            "It made a revision Friday to December's figures.",
            {"Friday": "2017-10-06", "December": "2016-12"},
        ),
        # a past range lies wholly before the report: its start moves back, not its end ahead
        (
            "Protesters marched from Monday to Thursday.",
            {"Monday": "2017-10-02", "Thursday": "2017-10-05"},
        ),
        ("Sales fell from October to March.", {"October": "2016-10", "March": "2017-03"}),
        ("Sales fell between Oct. 5 and Nov. 3.", {"Oct. 5": "2016-10-05", "Nov. 3": "2016-11-03"}),
        ("Sales fell between October and April.", {"October": "2016-10", "April": "2017-04"}),
        # a date left for another is no stretch of time: the new one lies ahead
        (
            "The vote was moved from Oct. 20 to Nov. 3.",
            {"Oct. 20": "2017-10-20", "Nov. 3": "2017-11-03"},
        ),
        # clock times across midnight
        (
            "Roads were closed from 11 p.m. to 2 a.m. on Sept. 28.",
            {"11 p.m.": "2017-09-28T23:00", "2 a.m.": "2017-09-29T02:00"},
        ),
        # a year by its last two digits keeps its apostrophe
        ("He graduated in the class of '98 and left.", {"'98": "1998"}),
        # a year closing a range of years is no count of the noun after it
        ("From 2015 to 2019 sales doubled.", {"2015": "2015", "2019": "2019"}),
        # a dash after a day number is no glue of digits when a month name follows
        ("It ran Sept. 28-Oct. 2 at the port.", {"Sept. 28": "2017-09-28", "Oct. 2": "2017-10-02"}),
    ],
)
def test_each_end_of_a_range_is_an_expression(text: str, values: dict[str, str]) -> None:
    assert values.items() <= {phrase: timex.value for phrase, timex in found(text).items()}.items()


def test_a_range_is_also_one_interval() -> None:
    text = "The road was blocked from 1:00 a.m. to 3:00 a.m. on Sept. 28."
    (grouped,) = extract_ranges(text, ANCHOR)
    assert isinstance(grouped, MentionRange)
    assert grouped.text == "1:00 a.m. to 3:00 a.m."
    assert (grouped.first.text, grouped.last.text) == ("1:00 a.m.", "3:00 a.m.")
    assert grouped.span.earliest_start == datetime(2017, 9, 28, 1, tzinfo=timezone.utc)
    assert grouped.span.latest_end == datetime(2017, 9, 28, 3, tzinfo=timezone.utc)


def test_a_range_may_run_past_midnight_and_needs_an_opening_word() -> None:
    (night,) = extract_ranges("They worked from 10 p.m. to 2 a.m. on Sept. 28.", ANCHOR)
    assert night.span.earliest_start == datetime(2017, 9, 28, 22, tzinfo=timezone.utc)
    assert night.span.latest_end == datetime(2017, 9, 29, 2, tzinfo=timezone.utc)
    (years,) = extract_ranges("It grew between 1994 and 1997.", ANCHOR)
    assert years.span.latest_end == datetime(1998, 1, 1, tzinfo=timezone.utc)
    assert extract_ranges("Sales rose in 1994 and 1997.", ANCHOR) == []


def test_the_sept_11_attacks_are_those_of_2001() -> None:
    text = "Stocks had their worst day since the Sept. 11 attacks."
    assert found(text, date(2007, 2, 28))["Sept. 11"].value == "2001-09-11"
    text = "It was the first such raid since the September 11 terrorist attacks."
    assert found(text, date(2005, 3, 1))["September 11"].value == "2001-09-11"
    # another Sept. 11 is placed as any date is
    assert found("The panel will meet on Sept. 11.", date(2011, 5, 2))["Sept. 11"].value == (
        "2011-09-11"
    )
    # ... and so is one after "on", where attacks follow as what happened that day
    text = "On Sept. 11 attacks on convoys rose sharply."
    assert found(text, date(2020, 10, 1))["Sept. 11"].value == "2020-09-11"


# ---------------------------------------------------------------------------- vague and sets


@pytest.mark.parametrize(
    ("text", "phrase", "timex"),
    [
        ("Prices are now higher.", "now", Timex("DATE", "PRESENT_REF")),
        ("He is currently abroad.", "currently", Timex("DATE", "PRESENT_REF")),
        ("The firm tried recently to export.", "recently", Timex("DATE", "PAST_REF")),
        ("Talks will resume in the future.", "the future", Timex("DATE", "FUTURE_REF")),
        ("They meet every Monday.", "every Monday", Timex("SET", "XXXX-WXX-1")),
        ("The report is published weekly.", "weekly", Timex("SET", "P1W")),
        ("Papers are printed daily.", "daily", Timex("SET", "P1D")),
        ("It costs $5 million a year.", "a year", Timex("SET", "P1Y")),
        ("The feud lasted for years.", "years", Timex("DURATION", "PXY")),
        ("It took several months.", "several months", Timex("DURATION", "PXM")),
        # a window of unstated length, like "the past three weeks"
        ("Sales fell in the past few weeks.", "the past few weeks", Timex("DURATION", "PXW")),
        ("Talks resume in the next few days.", "the next few days", Timex("DURATION", "PXD")),
        # "last" as a verb is no window: only the counted weeks are the expression
        ("The trial could last several weeks.", "several weeks", Timex("DURATION", "PXW")),
        ("Prices may ease in the near term.", "the near term", Timex("DATE", "FUTURE_REF")),
        ("Details follow at a later date.", "a later date", Timex("DATE", "FUTURE_REF")),
        ("Troops stay for some time.", "some time", Timex("DURATION", "PXX")),
        ("We live without it for a while.", "a while", Timex("DURATION", "PXX")),
    ],
)
def test_vague_references_sets_and_vague_durations(text: str, phrase: str, timex: Timex) -> None:
    assert found(text)[phrase] == timex


def test_as_recently_as_bounds_the_date_after_it() -> None:
    assert found("The sides traded threats as recently as last year.") == {
        "last year": Timex("DATE", "2016")
    }
    assert found("Prices were recently as high as $100.") == {"recently": Timex("DATE", "PAST_REF")}


# ---------------------------------------------------------------------------- no false dates


@pytest.mark.parametrize(
    "text",
    [
        "A second source told reporters about the plan.",
        "They used five 15-ton trucks to move the goods.",
        "The 800 Trading Company receives the orders.",
        "Translated by Leejin Jun.",
        "April Smith said the goods were moved.",
        "Prices may rise as protesters march on the capital.",
        "The details are on page 12 of the report.",
        "Call 555-0123 or (202) 555-0187 for details.",
        "Version 2.1 of the software fixes it.",
        "The shares cost $1 each.",
        "Mr. Schwarz, 52 years old, will succeed him.",
        "He was the third of five children.",
        "Good evening from the central park in Havana.",
        "The Communist Party daily Granma printed the letter.",
        "Its long-term and short-term debt rose; a while loop ran.",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert extract(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Kuwait after its 1990 invasion.", "1990", "1990"),
        ("his unsuccessful 1996 campaign", "1996", "1996"),
        ("In June last year, he left.", "June last year", "2016-06"),
        ("In February of this year, prices fell.", "February of this year", "2017-02"),
        ("Talks resume in March of next year.", "March of next year", "2018-03"),
        ("Net sales for this year's third quarter fell.", "this year's third quarter", "2017-Q3"),
        ("The summit on April 24 and 25 was big.", "25", "2017-04-25"),
        # a capitalised month after a determiner, before a noun, is the month, not a march
        ("The March accession will enable them to vote.", "March", "2018-03"),
        ("It is for sale under a June agreement with its holders.", "June", "2017-06"),
        # a sentence whose only temporal word is "current" is read too
        ("Stereotypes reflect current realities.", "current", "PRESENT_REF"),
    ],
)
def test_years_as_modifiers_and_composed_dates(text: str, phrase: str, value: str) -> None:
    assert found(text)[phrase].value == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Around 2003 he left the party.", "Around 2003"),
        ("About 1990 the plant closed.", "About 1990"),
        ("By about 2003 it had shrunk.", "about 2003"),
    ],
)
def test_an_approximate_year_opening_a_clause(text: str, phrase: str) -> None:
    assert found(text)[phrase] == Timex("DATE", phrase[-4:], "APPROX")


@pytest.mark.parametrize(
    "text", ["About 2000 people came.", "About 1200 were killed.", "Around 1500 of them died."]
)
def test_an_approximate_count_is_no_year(text: str) -> None:
    assert extract(text, ANCHOR) == []


def test_a_label_word_ending_a_sentence_labels_nothing() -> None:
    text = "They sought a resolution. The day before Oct. 2 he left."
    assert found(text)["The day before Oct. 2"].value == "2017-10-01"
    # (with no day told before them, anaphors count from the report's day)
    assert found("He booked a room. The next day he left.")["The next day"].value == "2017-10-12"
    text = "They changed a rule. Two days later it passed."
    assert found(text)["Two days later"].value == "2017-10-13"
    assert found("See p. 1998 and No. 2005 for details.") == {}


# ---------------------------------------------------------------------------- the seed report


@pytest.mark.skipif(not SEED.is_file(), reason="shared seed report is absent")
def test_seed_report_phrases_and_values() -> None:
    text = SEED.read_text(encoding="utf-8")
    mentions = extract(text, ANCHOR)
    by_text: dict[str, list[Timex]] = {}
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        by_text.setdefault(mention.text, []).append(mention.timex)
    assert by_text["recently"] == [Timex("DATE", "PAST_REF")]
    assert by_text["ten days"] == [Timex("DURATION", "P10D")]
    assert by_text["mid-September"] == [Timex("DATE", "2017-09", "MID")]
    assert Timex("DATE", "2017-09-28") in by_text["Sept. 28"]
    assert {t.value for t in by_text["Sept. 28"]} == {"2017-09-28"}
    assert by_text["Oct. 2"] == [Timex("DATE", "2017-10-02")]
    assert by_text["1:00 a.m."] == [Timex("TIME", "2017-09-28T01:00")]
    assert by_text["3:00 a.m."] == [Timex("TIME", "2017-09-28T03:00")]
    assert by_text["late at night"][0].value.startswith("2017-10-02")
    early = [m for m in mentions if "early morning hours" in m.text]
    assert len(early) == 1 and early[0].timex.value.startswith("2017-10-02")
    for phrase in ("Leejin Jun", "a second source", "five 15-ton trucks", "six trucks"):
        where = text.index(phrase)
        for mention in mentions:
            assert not (mention.start < where + len(phrase) and where < mention.end), (
                mention,
                phrase,
            )
    for mention in mentions:
        assert "800" not in mention.text and "Trading" not in mention.text


# ---------------------------------------------------------------------------- safety


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_ordered_non_overlapping_mentions(text: str) -> None:
    mentions = extract(text, ANCHOR)
    last_end = 0
    for mention in mentions:
        assert last_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        last_end = mention.end


WORDS = st.sampled_from(
    [
        "Sept. 28",
        "a.m.",
        "1:00",
        "on",
        "from",
        "to",
        "the",
        "next day",
        "last",
        "week",
        "may",
        "2017",
        "—",
        "\u2009",
        "...",
        "every",
        "Monday",
        "ago",
        "two",
        "years",
        "$1",
        "mid-",
        ".",
        "\n\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_date_like_word_salad_never_raises(text: str) -> None:
    for mention in extract(text, ANCHOR):
        assert text[mention.start : mention.end] == mention.text


def _hostile(size: int) -> str:
    pieces = [
        "9" * 5000,
        " a.m." * 800,
        "." * 3000,
        "\u2013\u2014\u2012-" * 500,
        "\u00a0\u2009\u3000 " * 500,
        " Sept. 28 1:00 a.m. to 3:00 p.m. " * 60,
        "12:12:12:12:12" * 200,
        " mid-mid-mid-September" * 100,
    ]
    block = "".join(pieces)
    return (block * (size // len(block) + 1))[:size]


def test_hostile_text_takes_time_proportional_to_its_length() -> None:
    small, large = _hostile(100_000), _hostile(1_000_000)
    extract(small[:5000], ANCHOR)  # warm up imports and compiled patterns

    def seconds(text: str) -> float:
        began = time.process_time()
        extract(text, ANCHOR)
        return time.process_time() - began

    small_time = min(seconds(small) for _ in range(2))
    large_time = seconds(large)
    # Linear work grows tenfold; allow a generous factor for noise, far below quadratic (100x).
    assert large_time < 35 * small_time + 0.5


def test_docstring_examples_run() -> None:
    import doctest

    import timeline._extract._extract as module

    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted and result.failed == 0


@pytest.mark.parametrize(
    "text", ["It may rain Friday.", "Snow will arrive Wednesday night.", "Shops reopen Monday."]
)
def test_a_day_told_as_coming_late_in_the_calendars_last_year(text: str) -> None:
    # whether a period is long over was asked by adding a quarter to its end: past Dec. 9999
    (mention,) = extract(text, date(9999, 12, 5))
    assert mention.span is not None and mention.span.earliest_start.year == 9999


@pytest.mark.parametrize(
    "text",
    [
        "The index closed on May 15 to 26 points higher.",
        "Between June 15 and 26 people were arrested.",
    ],
)
def test_a_count_after_a_date_is_no_day_of_a_run(text: str) -> None:
    assert "26" not in [m.text for m in extract(text, "2014-06-20")]


def test_a_paragraph_going_on_with_a_plan_keeps_its_month() -> None:
    text = "Elections are due on May 25.\n\nThe end of the month will bring the count."
    assert extract(text, "2014-03-10")[-1].timex.value == "2014-05"
