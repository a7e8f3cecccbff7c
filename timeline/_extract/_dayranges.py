"""A run of days written with a dash or "to" ("1–31 May 2018", "Oct. 12-15", "May 15 to 26")
is two TIMEX3s, one per end, as "between [3] and [9 March 2018]" is: a TIMEX3 value names one
day, so the run read as one expression would carry only its first.
:func:`~timeline.extract_ranges` joins the two ends again into one range."""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline._extract._filters import COUNT_NOUN
from timeline._extract._mention import Mention
from timeline._extract._story import DAY_VALUE
from timeline._extract._words import MONTH
from timeline._span import TimeSpan

__all__ = ["COUNTED_AFTER", "split_day_ranges"]

_ORDINAL = r"(?:st|nd|rd|th)?"
# (a dash, or a word of a range: "May 15 to 26", "15 through 18 June")
_DASH = r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till)\s+)"
_YEAR = r"(?:,?\s+\d{4})?"
# "1–31 May 2018", "14-18 Feb": the first day borrows the month (and year) written after the last
_DAYS_THEN_MONTH = re.compile(
    rf"(?P<first>(?P<start>\d{{1,2}}){_ORDINAL}){_DASH}(?P<last>(?P<day>\d{{1,2}}){_ORDINAL}\s+"
    rf"(?P<month>{MONTH}\.?{_YEAR}))"
)
# "Oct. 12-15", "March 5–7, 2019": the last day borrows the month written before the first
_MONTH_THEN_DAYS = re.compile(
    rf"(?P<first>(?P<month>{MONTH}\.?)\s+(?P<day>\d{{1,2}}){_ORDINAL}){_DASH}"
    rf"(?P<last>(?P<end>\d{{1,2}}){_ORDINAL}(?P<year>{_YEAR}))"
)


#: What makes the number after "to" or "and" a count, not a day: a noun of things counted
#: ("rose on May 15 to 26 points", "between June 15 and 26 people"), a score ("to 26-10"), "of
#: them".
COUNTED_AFTER = re.compile(rf"\s*(?:[-–]\s*\d|of\s+(?:them|whom|those)\b|{COUNT_NOUN.pattern})")


def split_day_ranges(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
) -> list[Mention]:
    """The mentions with each run of days in one month parted into its first and last day,
    each placed in the year the run was placed in."""
    out: list[Mention] = []
    for mention in mentions:
        parts = (
            _ends(mention, resolve)
            if DAY_VALUE.fullmatch(mention.timex.value)
            and not COUNTED_AFTER.match(text, mention.end)
            else None
        )
        if parts is None:
            out.append(mention)
        else:
            out.extend(parts)
    return out


def _ends(
    mention: Mention, resolve: Callable[[str, TimeSpan | None], TimeSpan | None]
) -> tuple[Mention, Mention] | None:
    if mention.span is None or mention.span.granularity != "day":
        return None
    text = mention.text
    match = _DAYS_THEN_MONTH.fullmatch(text)
    if match is not None:
        first_day, last_day = int(match.group("start")), int(match.group("day"))
        first_query = f"{match.group('start')} {match.group('month')}"
        last_query = match.group("last")
    else:
        match = _MONTH_THEN_DAYS.fullmatch(text)
        if match is None:
            return None
        first_day, last_day = int(match.group("day")), int(match.group("end"))
        first_query = match.group("first") + match.group("year")
        last_query = f"{match.group('month')} {match.group('end')}{match.group('year')}"
    if not 1 <= first_day < last_day <= 31:
        return None
    first = resolve(first_query, mention.span)
    last = resolve(last_query, mention.span)
    year = mention.timex.value[:4]
    if (first is None or last is None or first.timex.value[:4] != year) and year.isdigit():
        # a run told as coming ("will visit from May 15 to 26"): its ends in the run's year
        first = resolve(f"{first_query}, {year}", mention.span)
        last = resolve(f"{last_query}, {year}", mention.span)
    if (
        first is None
        or last is None
        or first.timex.value != mention.timex.value
        or last.timex.value[:8] != mention.timex.value[:8]
    ):
        return None
    start, end = mention.start, mention.end
    return (
        Mention(start + match.start("first"), start + match.end("first"),
                text[match.start("first") : match.end("first")], first.timex, first),
        Mention(start + match.start("last"), end, text[match.start("last") :], last.timex, last),
    )  # fmt: skip
