"""The period a financial report discusses: "the quarter", "a year earlier", "the quarter
ended Sept. 30", "the full year", and a quarter told as coming ("will begin in the fourth
quarter")."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo

import attrs

from timeline._extract._candidates import Candidate
from timeline._extract._context import Tense
from timeline._extract._mention import Mention
from timeline._extract._placement import (
    Prefer,
    closing_told,
)
from timeline._span import Granularity, TimeSpan
from timeline._timex import Timex

__all__ = [
    "QUARTER_VALUE",
    "mid_year",
    "period_mention",
    "quarter_ended",
    "report_quarter",
    "report_year",
    "reported_year",
    "same_time_a_year_before",
    "this_years_period",
]

# A quarter or half told in the future is this year's, even when this year's has not begun
# ("shipments will begin in the fourth quarter", told in September), unless results are to be
# told of it ("will report fourth-quarter results", told in February: last year's).
_REPORTING_PERIOD = re.compile(r"^(?!.*\d{4}).*\b(?:quarter|half|H[12]|Q[1-4])\b", re.IGNORECASE)
_REPORTS = re.compile(
    r"\b(?:report|post|announce|release|publish)(?:s|ed|ing)?\b[^.;!?]*$", re.IGNORECASE
)
# ... told as coming by a verb, not only by a word of the future ("trailed forecasts")
_WILL = re.compile(
    r"\b(?:will|'ll|shall|should|might|(?-i:may)|"
    r"(?:expected|set|scheduled|due|going|planned|plans?|aims?)\s+to|"
    # "is planned for the fourth quarter", "is due in the second half"
    r"(?:planned|scheduled|slated|set|due|expected)\s+(?:for|in)|"
    # the present of a schedule: "the contracts expire at the end of the first quarter"
    r"expires?|begins?|starts?|opens?|resumes?|takes?\s+effect|"
    # "expects to deliver", "hopes to", "anticipates": a verb that looks ahead
    r"expects?|expecting|anticipates?|anticipating|intends?|intending|(?:hopes?|hoping)\s+to)\b"
    r"[^.;!?]*$",
    re.IGNORECASE,
)
# ... or a future told in the past: "said it would deliver the jet in the fourth quarter"
_WOULD = re.compile(r"\bwould\s+(?!have\b)[^.;!?]*$", re.IGNORECASE)
# ... but not a quarter something is counted from or compared with: "a return to profit after
# losses in the fourth quarter", "higher than in the fourth quarter"
_COMPARED_WITH = re.compile(
    r"\b(?:after|than|since|following|before|from)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# (as far back as the tense of the clause is looked for: "expects European regulators to
# certify its new long-range jet by the end of the third quarter")
_LOOK_BACK = 100


def this_years_period(
    text: str, start: int, phrase: str, span: TimeSpan | None, tense: Tense | None, moment: datetime
) -> bool:
    """Whether a quarter or half placed in a year before the report's, or over for more than a
    quarter ("will stay shut until the end of the first quarter", told in December), is told as
    coming: by a verb that looks ahead ("expects to deliver the jet in the third quarter", told in
    June) or a future told in the past ("said it would deliver it in the fourth quarter")."""
    ahead = _WILL if tense == "future" else _WOULD if tense == "present" else None
    if ahead is None or span is None or not span.is_bounded:
        return False
    over_for_a_quarter = moment - span.latest_end >= _A_QUARTER
    return (
        (over_for_a_quarter or (ahead is _WILL and span.earliest_start.year < moment.year))
        and _REPORTING_PERIOD.search(phrase) is not None
        and ahead.search(text, max(0, start - _LOOK_BACK), start) is not None
        and _REPORTS.search(text, max(0, start - _LOOK_BACK), start) is None
        and _COMPARED_WITH.search(text, max(0, start - 40), start) is None
    )


QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
_A_QUARTER = timedelta(days=92)


_CURRENT = re.compile(r"\bcurrent\b", re.IGNORECASE)
_LATEST = re.compile(
    r"\b(?:latest|recent|just[\s-]ended|(?:last|past)\s+(?:fiscal\s+)?quarter)\b", re.IGNORECASE
)


def period_mention(
    candidate: Candidate,
    phrase: str,
    discussed: tuple[int, int] | None,
    anchor: datetime | None,
    zone: tzinfo | None,
) -> Mention | None:
    """ "the quarter", "a year earlier": the quarter under discussion, or that of a year before.

    "the current quarter" is the report's; "the latest quarter", when no quarter has been
    discussed, the last one over by the report's date.
    """
    if candidate.role == "years" and candidate.special is not None:
        return _two_years(candidate, phrase, int(candidate.special.value), zone)
    if candidate.role == "era" and candidate.special is not None:
        return _era_year(candidate, phrase, candidate.special, zone)
    here = None if anchor is None else (anchor.year, (anchor.month - 1) // 3 + 1)
    if candidate.role == "period" and here is not None and _CURRENT.search(phrase):
        discussed = here
    elif discussed is None and here is not None and _LATEST.search(phrase):
        discussed = (here[0], here[1] - 1) if here[1] > 1 else (here[0] - 1, 4)
    if discussed is None:
        return None
    year, quarter = discussed
    if candidate.role == "year_before":
        year -= 1
        quarter = candidate.quarter or quarter
    if not 1 <= year <= 9999 or (year, quarter) == (9999, 4):
        return None  # a quarter off the calendar's edges, or ending past them
    start = datetime(year, 3 * quarter - 2, 1, tzinfo=zone)
    end = datetime(year + quarter // 4, 3 * quarter % 12 + 1, 1, tzinfo=zone)
    timex = Timex("DATE", f"{year:04d}-Q{quarter}")
    span = _calendar_span(start, end, "quarter", phrase, timex)
    return None if span is None else Mention(candidate.start, candidate.end, phrase, timex, span)


def _era_year(candidate: Candidate, phrase: str, timex: Timex, zone: tzinfo | None) -> Mention:
    """ "AD 79": that year's span; "44 BC", "the 5th century BC": a value with no span, as no
    calendar date here reaches before year 1."""
    span = None
    if timex.value.isdigit() and len(timex.value) == 4 and timex.value != "0000":
        start = datetime(int(timex.value), 1, 1, tzinfo=zone)
        if start.year < 9999:
            span = _calendar_span(start, start.replace(year=start.year + 1), "year", phrase, timex)
    return Mention(candidate.start, candidate.end, phrase, timex, span)


def _two_years(candidate: Candidate, phrase: str, year: int, zone: tzinfo | None) -> Mention:
    """ "the 2019-20 season": both years, valued by the first, as its season begins in it."""
    assert candidate.special is not None
    start = datetime(year, 1, 1, tzinfo=zone)
    span = _calendar_span(start, start.replace(year=year + 2), "year", phrase, candidate.special)
    return Mention(candidate.start, candidate.end, phrase, candidate.special, span)


def _calendar_span(
    start: datetime, end: datetime, granularity: Granularity, phrase: str, timex: Timex
) -> TimeSpan | None:
    """The crisp span from ``start`` to ``end``, or None when its bounds fall off the calendar
    once in UTC (the first quarter of year 1 told east of Greenwich)."""
    try:
        return TimeSpan.crisp(start, end, granularity=granularity, phrase=phrase, timex=timex)
    except OverflowError:
        return None


_A_YEAR_EARLIER = re.compile(r"(?:a|one)\s+year\s+earlier", re.IGNORECASE)
_MONTH_OR_DAY = re.compile(r"(\d{4})(-\d\d(?:-\d\d)?)")


def same_time_a_year_before(candidate: Candidate, phrase: str, dated: TimeSpan) -> Mention | None:
    """ "a year earlier" after a month or a day with no quarter under discussion: that month or
    day a year before ("sales in October rose from a year earlier": October of the year before,
    as TimeML gives 'a year earlier' the size of what it is compared with)."""
    value = _MONTH_OR_DAY.fullmatch(dated.timex.value)
    if value is None or not _A_YEAR_EARLIER.fullmatch(phrase) or not dated.is_crisp:
        return None
    year = int(value.group(1)) - 1
    if year < 1:
        return None
    try:
        start = dated.earliest_start.replace(year=dated.earliest_start.year - 1)
        end = dated.latest_end.replace(year=dated.latest_end.year - 1)
    except ValueError:  # Feb. 29, or the calendar's first year
        return None
    timex = Timex("DATE", f"{year:04d}{value.group(2)}")
    span = TimeSpan.crisp(start, end, granularity=dated.granularity, phrase=phrase, timex=timex)
    return Mention(candidate.start, candidate.end, phrase, timex, span)


_QUARTER_LENGTH = 3  # months
_ENDED_IN = re.compile(r"[\s-]+(?:(?:that|which)\s+)?(?:ended|ending)\s+(?:in\s+)?")


def quarter_ended(
    candidate: Candidate,
    phrase: str,
    text: str,
    in_sentence: Sequence[Candidate],
    resolve: Callable[[str, Prefer, TimeSpan | None], TimeSpan | None],
    discussed: tuple[int, int] | None,
) -> Mention | None:
    """ "the quarter ended Sept. 30": the three months to the end of that day.

    Its TIMEX3 names the quarter the report is discussing ("its fiscal first quarter ended
    Sept. 30" is 1989-Q1, as the company counts), else the calendar quarter most of the three
    months fall in (a quarter ended July 31 is mostly in Q2); so does a quarter still under
    way at the report's date ("forecast revenue for the quarter ending March 31", told in
    January), which cannot be the one whose results are told."""
    ended = _ENDED_IN.match(text, candidate.end)  # (ENDED, with "that" and "in" allowed)
    if ended is None:
        return None
    closing = next((c for c in in_sentence if c.start == ended.end()), None)
    if closing is None or closing.special is not None:
        return None
    told = closing_told(text, candidate, closing)
    day = resolve(text[closing.start : closing.end], told or "past", None)
    # (a month closes it at its end: "the quarter ended in June", "that ended in March")
    if day is None or not day.is_crisp or day.granularity not in ("day", "month"):
        return None
    end = day.latest_end
    months = end.year * 12 + end.month - 1 - _QUARTER_LENGTH
    year, month = months // 12, months % 12 + 1
    if year < 1:
        return None  # three months before the calendar begins
    start = end.replace(year=year, month=month, day=min(end.day, monthrange(year, month)[1]))
    middle = start + (end - start) / 2
    if discussed is not None and told == "nearest" and _not_over(end, resolve):
        discussed = None
    year, quarter = discussed or (middle.year, (middle.month - 1) // 3 + 1)
    timex = Timex("DATE", f"{year:04d}-Q{quarter}")
    span = TimeSpan.crisp(start, end, granularity="quarter", phrase=phrase, timex=timex)
    return Mention(candidate.start, candidate.end, phrase, timex, span)


def _not_over(
    end: datetime, resolve: Callable[[str, Prefer, TimeSpan | None], TimeSpan | None]
) -> bool:
    """Whether a period ending at ``end`` is still under way at the report's date."""
    today = resolve("today", "nearest", None)
    return today is not None and today.latest_end < end


def reported_year(
    moment: datetime, discussed: tuple[int, int] | None, told: Tense | None
) -> datetime:
    """The day whose year "the full year" is: the report's, but the year just ended when its
    results are told in the past after its second half ("For the full year, revenue reached
    a record", in a January report on the fourth quarter; "sales rose in the fourth quarter,
    helped by deals completed in the third quarter ... growth was 3 percent for the full
    year", in March)."""
    if (
        told == "past"
        and discussed is not None
        and discussed[0] == moment.year - 1
        and discussed[1] >= 3
    ):
        return moment.replace(year=moment.year - 1, month=12, day=31)
    return moment


def report_year(
    candidate: Candidate, phrase: str, anchor: datetime, zone: tzinfo | None
) -> Mention | None:
    """ "the full year", "the current year": the year of the report (None for 9999, whose
    end is past the calendar)."""
    year = anchor.year
    if year >= 9999:
        return None
    start = datetime(year, 1, 1, tzinfo=zone)
    end = datetime(year + 1, 1, 1, tzinfo=zone)
    timex = Timex("DATE", f"{year:04d}")
    span = _calendar_span(start, end, "year", phrase, timex)
    return None if span is None else Mention(candidate.start, candidate.end, phrase, timex, span)


_THE_QUARTER = re.compile(r"(?:the|that)\s+(?:fiscal\s+)?quarter", re.IGNORECASE)


def report_quarter(
    candidate: Candidate, phrase: str, tense: Tense | None, anchor: datetime, zone: tzinfo | None
) -> Mention | None:
    """ "the quarter" when no quarter has been named: the report's own when told as coming
    ("sales will rise in the quarter"), else the last one over ("sales in the quarter were
    flat", as results are told of quarters that are over)."""
    if not _THE_QUARTER.fullmatch(phrase):
        return None
    year, quarter = anchor.year, (anchor.month - 1) // 3 + 1
    if tense != "future":
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    return period_mention(
        attrs.evolve(candidate, role="period"), phrase, (year, quarter), None, zone
    )


def mid_year(
    candidate: Candidate,
    phrase: str,
    tense: Tense | None,
    anchor: datetime,
    resolve: Callable[[str, Prefer, TimeSpan | None], TimeSpan | None],
    wanted: Prefer,
) -> Mention | None:
    """ "mid-year", "midyear": the middle of the report's year; of the year before when told
    in the past before it came ("had recovered by midyear", told in March), of the next when
    told as coming after it ("will recover by midyear", told in October)."""
    year = anchor.year
    if tense == "past" and anchor.month < 6:
        year -= 1
    elif tense == "future" and anchor.month > 7:
        year += 1
    if not 1 <= year <= 9999:
        return None
    span = resolve(f"mid-{year:04d}", wanted, None)
    if span is None:
        return None
    return Mention(candidate.start, candidate.end, phrase, span.timex, span)
