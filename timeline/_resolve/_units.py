"""Calendar units and counting: the period of a unit holding a day ("the week of Oct. 11"), a
day moved by whole units, and a count followed by a unit ("two weeks")."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Literal

from timeline._resolve import _lexicon as lex
from timeline._resolve._numbers import amount
from timeline._resolve._period import (
    Context,
    Period,
    Unresolvable,
    add_months,
    crisp,
    day_period,
    month_period,
    week_period,
    year_period,
)
from timeline._resolve._tokens import Stream

__all__ = [
    "Base",
    "DAY",
    "CALENDAR_UNITS",
    "base_day",
    "unit_period",
    "shift",
    "unit_word",
    "duration_words",
]

Base = Literal["anchor", "reference"]
DAY = timedelta(days=1)


def base_day(ctx: Context, base: Base) -> date:
    return ctx.today if base == "anchor" else ctx.ref_day


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 Monday) of a month; ``n = -1`` the last (a day past the
    month's end when it has no ``n``-th)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def unit_period(unit: str, day: date) -> Period:
    """The calendar ``unit`` (day, week, weekend, month, quarter, year, decade, century) that
    holds ``day``."""
    if unit == "day":
        return day_period(day)
    if unit == "week":
        return week_period(day)
    if unit == "weekend":
        saturday = day + timedelta(days=5 - day.weekday())
        start = datetime.combine(saturday, time())
        year, week, _ = saturday.isocalendar()
        return crisp(start, start + 2 * DAY, "week", f"{year:04d}-W{week:02d}-WE")
    if unit == "month":
        return month_period(day.year, day.month)
    if unit == "quarter":
        first = datetime(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        value = f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
        return crisp(first, add_months(first, 3), "quarter", value)
    if unit == "year":
        return year_period(day.year)
    if unit == "decade":
        decade = day.year // 10 * 10
        value = f"{decade // 10:03d}"
        return crisp(datetime(decade, 1, 1), datetime(decade + 10, 1, 1), "decade", value)
    if unit == "century":
        century = day.year // 100 * 100
        value = f"{century // 100:02d}"
        return crisp(datetime(century, 1, 1), datetime(century + 100, 1, 1), "century", value)
    raise Unresolvable(f"no calendar {unit}")


def shift(day: date, unit: str, count: float) -> date:
    """``day`` moved by ``count`` units (months and years on the calendar)."""
    whole = int(count)
    if unit in ("month", "quarter", "year", "decade", "century") and whole == count:
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
        first = datetime(day.year, day.month, 1)
        moved = add_months(first, whole * months)
        last = (add_months(moved, 1) - DAY).day
        return date(moved.year, moved.month, min(day.day, last))
    days = {
        "day": 1.0, "week": 7.0, "weekend": 7.0, "fortnight": 14.0, "month": 30.436875,
        "quarter": 91.310625, "year": 365.2425, "decade": 3652.425, "century": 36524.25,
    }[unit]  # fmt: skip
    return day + timedelta(days=round(count * days))


#: Units with a calendar period of their own ("last week", "this quarter").
CALENDAR_UNITS = frozenset(["week", "weekend", "month", "quarter", "year", "decade", "century"])


def unit_word(s: Stream, i: int) -> str | None:
    """The unit a word names ("weeks" -> "week"), or None."""
    return lex.UNITS.get(s.word(i))


def duration_words(s: Stream, i: int) -> tuple[float, float, str, int] | None:
    """A count and a unit ("two weeks", "a year", "a few days", "24 hours"): low, high, unit."""
    counted = amount(s, i)
    if counted is None:
        return None
    at = counted.end
    if counted.high < 1 and s.punct(at, "-") and s.word(at + 1) == "century":
        at += 1  # "the past quarter-century", "the last half-century"
    unit = unit_word(s, at)
    if unit is None:
        return None
    if counted.article and unit == "second":
        return None
    end = at + 1
    if s.words(end, "and", "a", "half") > 0:  # "a minute and a half later"
        return counted.low + 0.5, counted.high + 0.5, unit, end + 3
    return counted.low, counted.high, unit, end
