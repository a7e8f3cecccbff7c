"""The one place dateparser is used: formats our grammar lacks ("28.09.2017").

Only written-out calendar formats are passed on: digits, separators, month and weekday names,
a.m./p.m. and a zone letter. A phrase with any other word ("6 hours 35 minutes", "the 9th") is
refused before dateparser sees it, since dateparser reads such words relative to the anchor
("6 hours 35 minutes" as that long ago) or as something else entirely ("the 9th" as September).

Explicit settings on every call, never its global configuration: the anchor as
``RELATIVE_BASE``, ``PREFER_DATES_FROM`` from ``prefer``, English only. Its answer counts only
when it reads the *whole* phrase as one date; a date found in a fragment ("a second", the name
"Jun") is refused. Imported lazily: dateparser is slow to import.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta
from typing import Any

from timeline._resolve import _lexicon as lex
from timeline._resolve._period import (
    Context,
    Period,
    Unresolvable,
    clock_value,
    crisp,
    day_period,
    month_period,
    year_period,
)
from timeline._timex import Timex

__all__ = ["settings_for", "parse_with_dateparser"]

_PREFER = {"past": "past", "future": "future", "nearest": "current_period"}
_CALENDAR_WORDS = (
    frozenset(lex.MONTHS) | frozenset(lex.WEEKDAYS) | {"a", "p", "m", "am", "pm", "t", "z"}
)
_WORD = re.compile(r"[^\W\d_]+")


def _calendar_format(text: str) -> bool:
    """Whether every word of ``text`` is a month, a weekday, a.m./p.m. or an ISO letter."""
    return all(word in _CALENDAR_WORDS for word in _WORD.findall(text.lower()))


def settings_for(ctx: Context) -> dict[str, Any]:
    """The dateparser settings for a context (also used by the benchmark)."""
    return {
        "RELATIVE_BASE": ctx.anchor,
        "PREFER_DATES_FROM": _PREFER[ctx.prefer],
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": "MDY",
        "STRICT_PARSING": False,
    }


#: dateparser counts a length back from the anchor ("2 days" is two days ago, "1H" an hour ago):
#: a phrase with a unit in it is a length or a relative date, which the grammar reads or refuses.
_LENGTH_WORD = re.compile(
    r"(?i)(?:\d|\b)(?:[hdwmy]|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|"
    r"fortnights?|months?|years?|yrs?|decades?|centur(?:y|ies))\b"
)


_SPAN_OF_YEARS = re.compile(r"\d{4}\s*[-–/]\s*\d{2}")


def parse_with_dateparser(text: str, ctx: Context) -> Period:
    """The period dateparser reads in the whole of ``text``; Unresolvable otherwise."""
    if _LENGTH_WORD.search(text):
        raise Unresolvable("a length or a relative date the grammar does not know")
    if _SPAN_OF_YEARS.fullmatch(text.strip()):  # "2019-20": a season or a fiscal year
        raise Unresolvable("a span of two years, not a date")
    if not _calendar_format(text):
        raise Unresolvable("not a date, time, period or duration the grammar knows")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            from dateparser.date import DateDataParser
            from dateparser.search import search_dates

            settings = settings_for(ctx)
            found = search_dates(text, languages=["en"], settings=settings)
            if not found or len(found) != 1 or found[0][0].strip() != text.strip():
                raise Unresolvable("not a date, time, period or duration the grammar knows")
            data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
        except Unresolvable:
            raise
        except Exception as error:  # dateparser raises many kinds on odd input
            raise Unresolvable(f"not understood ({type(error).__name__})") from None
    moment = data.date_obj
    if not isinstance(moment, datetime):
        raise Unresolvable("not a date, time, period or duration the grammar knows")
    moment = moment.replace(tzinfo=None)
    period = data.period
    if period == "year":
        return year_period(moment.year)
    if period == "month":
        return month_period(moment.year, moment.month)
    if period == "time" and (moment.hour or moment.minute or moment.second):
        start = moment.replace(microsecond=0)
        value = clock_value(start)
        result = crisp(start, start + timedelta(minutes=1), "minute", value)
        return Period(result.es, result.ls, result.ee, result.le, "minute",
                      Timex("TIME", value), instant=True)  # fmt: skip
    return day_period(moment.date())
