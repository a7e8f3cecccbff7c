"""Expressions counted from another date: "the day before Oct. 12", "two days after
Christmas", "a week after Sept. 28" (:class:`Offset`), and the week or weekend that holds a
day: "the week of March 6", "the weekend of Oct. 14" (:class:`Holding`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import get_args

import attrs

from timeline._resolve._holidays import Holiday, holiday
from timeline._resolve._numbers import AMOUNT_STARTS
from timeline._resolve._period import (
    NAIVE_MIN,
    Context,
    Hit,
    Node,
    Period,
    Unresolvable,
    clock_value,
    outside_calendar,
)
from timeline._resolve._times import day_expression
from timeline._resolve._tokens import Stream
from timeline._resolve._units import DAY, duration_words, shift, unit_period, unit_word
from timeline._span import Granularity
from timeline._timex import Timex, timex_for_period
from timeline._vocabulary import localize

__all__ = ["Offset", "Holding", "offset", "holding", "OFFSET_STARTS"]


def _ranks() -> dict[str, int]:
    """How coarse each granularity is, in the order the Granularity type lists them (a
    fortnight counts as a week)."""
    ranks = {name: n for n, name in enumerate(reversed(get_args(Granularity))) if name != "unknown"}
    return {**ranks, "fortnight": ranks["week"]}


#: An offset at least as coarse as its base moves the base whole.
_RANK = _ranks()
_FIXED = {
    "second": timedelta(seconds=1), "minute": timedelta(minutes=1), "hour": timedelta(hours=1),
    "day": DAY, "week": 7 * DAY, "fortnight": 14 * DAY,
}  # fmt: skip
_MIDDLE_UNIT = {"half": "quarter", "season": "month", "part_of_day": "day"}
#: A TIMEX3 value naming a part of a day ("2017-10-02TMO"): the part's code.
_PART_OF_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(T(?:MO|AF|EV|NI|DT))")


_CLOCK_UNITS = frozenset(["second", "minute", "hour"])


def _move(moment: datetime, unit: str, count: float, zone: tzinfo) -> datetime:
    """``moment`` (wall time in ``zone``) moved by ``count`` units.

    Seconds, minutes and hours pass in absolute time: the aware moment moves and comes back to
    the zone's wall clock (three hours after midnight on the night clocks go forward is 04:00;
    the second 01:30 of the night they go back keeps ``fold=1``). Days and weeks keep the wall
    clock; months and longer move on the calendar (the day of the month kept where it
    exists)."""
    if unit in _CLOCK_UNITS:
        moved = localize(moment, zone).astimezone(timezone.utc) + count * _FIXED[unit]
        return moved.astimezone(zone).replace(tzinfo=None)
    if unit in _FIXED:
        return moment + count * _FIXED[unit]
    return datetime.combine(shift(moment.date(), unit, count), moment.time())


@attrs.frozen
class Offset(Node):
    """``low``..``high`` units before (``sign`` -1) or after (+1) another expression.

    An offset at least as coarse as the base moves the base whole and keeps its granularity
    ("a week after Sept. 28" is the day Oct. 5, "a year after the third quarter of 1988" a
    quarter). A finer offset counts from the base's edge: days and longer give the day that far
    after its last day (before its first), hours and minutes the moment that far after its end
    (before its start): "the day after the weekend" is the Monday.
    """

    low: float
    high: float
    unit: str
    sign: int
    base: Node
    adjacent: bool = False

    def evaluate(self, ctx: Context) -> Period:
        inner = self.base.evaluate(ctx)
        if not inner.is_bounded or inner.granularity == "unknown":
            side = "after" if self.sign > 0 else "before"
            raise Unresolvable(f"{inner.timex.value} is not a date to count {self.unit}s {side}")
        zone = ctx.zone
        if self.adjacent:
            return self._adjacent(inner, zone)
        near, far = self.sign * self.low, self.sign * self.high
        early, late = (far, near) if self.sign < 0 else (near, far)
        if _RANK[self.unit] >= _RANK[inner.granularity]:
            moved = Period(
                _move(inner.es, self.unit, early, zone), _move(inner.ls, self.unit, late, zone),
                _move(inner.ee, self.unit, early, zone), _move(inner.le, self.unit, late, zone),
                inner.granularity, inner.timex, instant=inner.instant,
            )  # fmt: skip
            return _within_calendar(attrs.evolve(moved, timex=self._timex(moved, inner)))
        if self.unit in _CLOCK_UNITS:
            if self.sign > 0:
                first, last = inner.ee, inner.le
            else:
                first, last = inner.es, inner.ls
            es, ls = _move(first, self.unit, early, zone), _move(last, self.unit, late, zone)
            ee, le = _move(es, "minute", 1, zone), _move(ls, "minute", 1, zone)
            period = Period(es, ls, ee, le, "minute", inner.timex, instant=True)
        else:
            if self.sign > 0:  # from the last day it may have
                first, last = inner.ee - DAY, inner.le - DAY
            else:  # from its first day
                first, last = inner.es, inner.ls
            first = datetime.combine(first.date(), time())
            last = datetime.combine(last.date(), time())
            es, ls = _move(first, self.unit, early, zone), _move(last, self.unit, late, zone)
            period = Period(es, ls, es + DAY, ls + DAY, "day", inner.timex)
        return _within_calendar(attrs.evolve(period, timex=self._timex(period, inner)))

    def _adjacent(self, inner: Period, zone: tzinfo) -> Period:
        """ "the week before Christmas": one unit next to the base, ending where it starts (or
        starting where it ends); a day next to a time of day is the day before (after) its
        day."""
        if _RANK[self.unit] >= _RANK["day"] and _RANK[inner.granularity] < _RANK["day"]:
            day = datetime.combine(inner.ls.date(), time())
            inner = Period(day, day, day + DAY, day + DAY, "day", inner.timex)
        if self.sign < 0:
            es, ls = _move(inner.es, self.unit, -1, zone), _move(inner.ls, self.unit, -1, zone)
            ee, le = inner.es, inner.ls
        else:
            es, ls = (inner.es, inner.ls) if inner.instant else (inner.ee, inner.le)
            ee, le = _move(es, self.unit, 1, zone), _move(ls, self.unit, 1, zone)
        granularity = "week" if self.unit == "fortnight" else self.unit
        period = Period(es, ls, ee, le, granularity, inner.timex)  # type: ignore[arg-type]
        timex = self._timex(period, inner)
        if timex.mod is None and period.le - period.es > DAY and len(timex.value) == 10:
            # seven days that are no calendar week: the base, bounded
            timex = Timex("DATE", inner.timex.value, "BEFORE" if self.sign < 0 else "AFTER")
        return _within_calendar(attrs.evolve(period, timex=timex))

    def _timex(self, period: Period, inner: Period) -> Timex:
        whole_days = (
            self.low == self.high
            and self.unit in ("day", "week", "fortnight")
            and (self.low == int(self.low))
        )
        part = _PART_OF_DAY_VALUE.fullmatch(inner.timex.value)
        if part is not None and whole_days and period.granularity == "part_of_day":
            moved = self.sign * self.low * _FIXED[self.unit]
            day = date.fromisoformat(inner.timex.value[:10]) + moved
            return Timex("TIME", f"{day.isoformat()}{part.group(1)}", inner.timex.mod)
        if period.is_crisp:
            if period.instant or period.granularity in ("second", "minute", "hour"):
                return Timex("TIME", clock_value(period.es, seconds=period.granularity == "second"))
            if period.es.time() == time() and period.ee.time() == time():
                return timex_for_period(period.es, period.ee)
        # uncertain: the unit of the span's granularity around the middle of what it may be
        middle = period.es + (period.le - period.es) / 2
        if period.granularity in ("second", "minute", "hour"):
            return Timex("TIME", clock_value(middle), "APPROX")
        unit = _MIDDLE_UNIT.get(period.granularity, period.granularity)
        value = unit_period(unit, middle.date()).timex.value
        return Timex("DATE", value, "APPROX")


def _within_calendar(period: Period) -> Period:
    """The period, unless it reaches the first instant of the calendar, which stands for an
    open start ("a day before Jan. 2, 0001")."""
    if NAIVE_MIN in (period.es, period.ls):
        raise outside_calendar(period.timex.value)
    return period


# ---------------------------------------------------------------------------- rules

#: The sign of an offset: counted back from its base or forward.
_DIRECTION = {"before": -1, "after": 1}


#: The first tokens :func:`offset` can start with: "the" or a count.
OFFSET_STARTS = AMOUNT_STARTS | {"the"}


def offset(s: Stream, i: int, base: Callable[[Stream, int], Hit]) -> Hit:
    """ "the day before Oct. 12", "two days after Christmas", "a week after Sept. 28", "the day
    before last Tuesday". Without a date after it ("the day before the plunge") the rule
    fails and "the day before" stays anaphoric."""
    if s.word(i) == "the":
        unit = unit_word(s, i + 1)
        if unit is None or s.word(i + 1).endswith("s"):
            return None
        low = high = 1.0
        j = i + 2
        adjacent = True
    else:
        found = duration_words(s, i)
        if found is None:
            return None
        low, high, unit, j = found
        adjacent = False
    sign = _DIRECTION.get(s.word(j))
    if sign is None or unit not in _RANK:
        return None
    after = base(s, j + 1)
    if after is None:
        return None
    return Offset(low, high, unit, sign, after[0], adjacent), after[1]


@attrs.frozen
class Holding(Node):
    """The ISO week (Monday to Monday) or the weekend (Saturday and Sunday of that ISO week)
    that holds a day."""

    unit: str  # "week" or "weekend"
    day: Node

    def evaluate(self, ctx: Context) -> Period:
        inner = self.day.evaluate(ctx)
        if inner.granularity != "day" or not inner.is_crisp:
            raise Unresolvable(f"{inner.timex.value} is not a single day")
        return unit_period(self.unit, inner.es.date())


def holding(s: Stream, i: int) -> Hit:
    """ "the week of March 6", "the weekend of Oct. 14", "the week of Christmas"."""
    if s.word(i) != "the" or s.word(i + 1) not in ("week", "weekend") or s.word(i + 2) != "of":
        return None
    day = day_expression(s, i + 3) or holiday(s, i + 3)
    if day is None:
        return None
    node = day[0]
    if isinstance(node, Holiday) and node.words[-1] == "week":
        return None  # "the week of Easter week"
    return Holding(s.word(i + 1), node), _days_after(s, day[1])


def _days_after(s: Stream, j: int) -> int:
    """Past the last day of "the weekend of April 22-23", "the week of May 6-10": the days
    of the unit, written as a range of day numbers after the first (else ``j``)."""
    if (
        s.punct(j, "-–")
        and s.adjacent(j)
        and s.adjacent(j + 1)
        and s.kind(j + 1) == "n"
        and len(s.norm(j + 1)) <= 2
        and 1 <= int(s.norm(j + 1)) <= 31
    ):
        return j + 2
    return j
