"""resolve() on years named with their era ("44 BC", "AD 79", "the 5th century BC") and on
seasons of two years ("fiscal 2018-19", "the 2019-20 season"): the values extract() gives the
same phrases; a time before the common era has an open start and ends by the calendar's first
instant, its length its duration."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from timeline import Timex, UnresolvableExpression, extract, resolve

ANCHOR = date(2021, 5, 4)


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("44 BC", Timex("DATE", "BC0044")),
        ("c. 500 BC", Timex("DATE", "BC0500", "APPROX")),
        ("AD 79", Timex("DATE", "0079")),
        ("79 A.D.", Timex("DATE", "0079")),
        ("the 5th century BC", Timex("DATE", "BC04")),
        ("the fifth century BC", Timex("DATE", "BC04")),
        ("the 5th century AD", Timex("DATE", "04")),
        ("fiscal 2018-19", Timex("DATE", "2018")),
        ("FY2019-20", Timex("DATE", "2019")),
        ("the 2019-20 season", Timex("DATE", "2019")),
        ("the 1990-91 school year", Timex("DATE", "1990")),
    ],
)
def test_resolve_reads_them_as_extract_does(phrase: str, timex: Timex) -> None:
    assert resolve(phrase, ANCHOR).timex == timex
    (mention,) = extract(phrase, ANCHOR)
    assert (mention.text, mention.timex) == (phrase, timex)


def test_a_year_of_the_common_era_is_that_year() -> None:
    span = resolve("AD 79", ANCHOR)
    utc = timezone.utc
    assert (span.earliest_start, span.latest_end) == (
        datetime(79, 1, 1, tzinfo=utc),
        datetime(80, 1, 1, tzinfo=utc),
    )


def test_a_time_before_the_era_ended_by_the_calendars_start() -> None:
    year = resolve("44 BC", ANCHOR)
    assert not year.is_bounded
    assert year.certainly_before(resolve("AD 79", ANCHOR))
    assert (year.min_duration, year.max_duration) == (timedelta(days=365), timedelta(days=366))
    assert resolve("the 5th century BC", ANCHOR).min_duration == timedelta(days=36524)


def test_a_season_of_two_years_holds_both() -> None:
    span = resolve("the 2019-20 season", ANCHOR)
    assert (span.earliest_start.year, span.latest_end.year) == (2019, 2021)


@pytest.mark.parametrize("phrase", ["fiscal 2019-21", "the 1995-04 season"])
def test_two_years_that_are_no_one_season_are_refused(phrase: str) -> None:
    with pytest.raises(UnresolvableExpression):
        resolve(phrase, ANCHOR)


def test_the_solver_holds_a_time_before_the_era_before_one_in_it() -> None:
    from timeline import InconsistentTimeline, Timeline

    timeline = Timeline(anchor=ANCHOR)
    timeline.event("caesar killed", resolve("44 BC", ANCHOR))
    timeline.event("pompeii buried", resolve("AD 79", ANCHOR))
    timeline.relate("pompeii buried", "before", "caesar killed")
    with pytest.raises(InconsistentTimeline):
        timeline.solve()
