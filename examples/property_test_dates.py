"""Property-test your own date logic with ``timeline.strategies``.

Say your project keeps events in a spreadsheet and decides which fall into a reporting window. Two
small functions of *your* code do that below; hypothesis, fed by the library's strategies, throws
thousands of valid spans and real news phrases at them and checks the promises they make.

Run it directly (``python examples/property_test_dates.py``) or with pytest, which collects the
``test_`` functions.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings

import timeline
from timeline import TimeSpan
from timeline.strategies import Phrase, anchors, phrases, time_spans


# ----------------------------------------------------------------------------- your code
def days_touched(span: TimeSpan) -> tuple[date, date]:
    """First and last calendar day (in the span's own zone) that the span may cover."""
    zone = span.tz
    first = span.earliest_start.astimezone(zone).date()
    last = (span.latest_end - timedelta(microseconds=1)).astimezone(zone).date()
    return first, max(first, last)


def in_window(span: TimeSpan, start: datetime, end: datetime) -> str:
    """'yes' if the span surely lies in [start, end), 'no' if surely not, else 'maybe'."""
    if start <= span.earliest_start and span.latest_end <= end:
        return "yes"
    if span.latest_end <= start or end <= span.earliest_start:
        return "no"
    return "maybe"


# ----------------------------------------------------------------------------- its properties
@settings(max_examples=300, deadline=None)
@given(time_spans())
def test_days_touched_holds_every_possible_moment(span: TimeSpan) -> None:
    first, last = days_touched(span)
    assert first <= last
    for moment in (span.earliest_start, span.latest_start, span.earliest_end):
        if moment < span.latest_end:
            assert first <= moment.astimezone(span.tz).date() <= last


@settings(max_examples=300, deadline=None)
@given(time_spans(), time_spans(fuzzy=False))
def test_in_window_agrees_with_the_library(span: TimeSpan, window: TimeSpan) -> None:
    answer = in_window(span, window.earliest_start, window.latest_end)
    if answer == "yes":
        assert span.is_within(window)
    elif answer == "no":
        assert not span.possibly_overlaps(window)
    else:
        assert span.possibly_overlaps(window) and not span.is_within(window)


@settings(max_examples=200, deadline=None)
@given(phrases())
def test_phrases_from_reports_fall_in_their_own_days(case: Phrase) -> None:
    """Real phrases ("Sept. 28", "three weeks ago", "1:00 a.m. on Oct. 2") resolved by the
    library land inside the days your code says they touch."""
    span = timeline.resolve(case.text, case.anchor, prefer=case.prefer, tz=case.tz)
    assert span == case.expected  # the strategy knows the right answer independently
    first, last = days_touched(span)
    zone = span.tz
    window_start = datetime.combine(first, datetime.min.time(), tzinfo=zone)
    window_end = datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    assert in_window(span, window_start, window_end) == "yes"


@settings(max_examples=100, deadline=None)
@given(anchors())
def test_the_day_of_the_report_is_touched(anchor: datetime) -> None:
    day = timeline.resolve("today", anchor)
    assert days_touched(day) == (anchor.date(), anchor.date())


if __name__ == "__main__":
    for check in (
        test_days_touched_holds_every_possible_moment,
        test_in_window_agrees_with_the_library,
        test_phrases_from_reports_fall_in_their_own_days,
        test_the_day_of_the_report_is_touched,
    ):
        check()
        print(f"ok  {check.__name__}")
