"""Ranges: "from 1:00 a.m. to 3:00 a.m. on Sept. 28", "between Sept. 28 and Oct. 2",
"Sept. 28-Oct. 2", "Sept. 28-30", "from Monday to Wednesday", "2015-2017"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import attrs

from timeline._resolve._dates import DayDate, _day_number, _year_after
from timeline._resolve._period import Context, Hit, Node, Period, Unresolvable
from timeline._resolve._times import Clock, TimeOn, day_expression
from timeline._resolve._tokens import Stream

__all__ = ["Range", "Either", "range_expression"]

_TO = frozenset(["to", "until", "till", "through", "thru", "and"])
_DASHES = "-–—"


@attrs.frozen
class Range(Node):
    """From the start of ``first`` to the end of ``last`` (a clock time ends where it is)."""

    first: Node
    last: Node

    def evaluate(self, ctx: Context) -> Period:
        a = self.first.evaluate(ctx)
        b = self.last.evaluate(ctx)
        if b.le <= a.es:
            later = attrs.evolve(ctx, anchor=a.es, reference=a, prefer="future")
            written, b = b, self.last.evaluate(later)
            if _reversed_days(self.first, self.last, a, b):
                raise Unresolvable(f"the range ends ({written.timex.value[5:]}) before it starts"
                                   f" ({a.timex.value[5:]}); give the years of a range"
                                   " that runs into the next year")  # fmt: skip
            if b.le <= a.es and b.instant and a.instant:
                day = timedelta(days=1)
                b = attrs.evolve(b, es=b.es + day, ls=b.ls + day, ee=b.ee + day, le=b.le + day)
        ee, le = (b.es, b.ls) if b.instant else (b.ee, b.le)
        if le <= a.es or ee < a.es:
            raise Unresolvable(f"the range ends ({b.timex.value}) before it starts"
                               f" ({a.timex.value})")  # fmt: skip
        if a.ls > le:
            raise Unresolvable(f"{a.timex.value} may start after {b.timex.value} ends")
        granularity = a.granularity if not a.instant else "minute"
        return Period(a.es, min(a.ls, ee), ee, le, granularity, a.timex)


def _reversed_days(first: Node, last: Node, a: Period, b: Period) -> bool:
    """Whether two days without a year written end before start ("Oct. 2 to Sept. 28") reach
    each other only across most of a year: a slip, not a range over the new year ("Dec. 28 to
    Jan. 3", up to half a year) nor a whole year ("July 1 to June 30")."""
    if not (isinstance(first, DayDate) and isinstance(last, DayDate)):
        return False
    if first.year is not None or last.year is not None:
        return False
    whole_year = b.es.date() + timedelta(days=1) == _anniversary(a.es.date())
    return b.le - a.es > timedelta(days=183) and not whole_year


def _anniversary(day: date) -> date:
    """The same day a year later (Feb. 29 -> March 1)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return date(day.year + 1, 3, 1)


@attrs.frozen
class Either(Node):
    """ "late September or early October": one or the other, so the hull of both, with only
    what both share as certain."""

    first: Node
    last: Node

    def evaluate(self, ctx: Context) -> Period:
        a, b = sorted((self.first.evaluate(ctx), self.last.evaluate(ctx)), key=lambda p: p.es)
        return Period(a.es, max(a.ls, b.ls), min(a.ee, b.ee), max(a.le, b.le), a.granularity,
                      a.timex)  # fmt: skip


def _on_day(node: Node, day: Node) -> Node:
    if isinstance(node, Clock):
        return TimeOn(node, day)
    return node


def _partial_day(first: Node, s: Stream, i: int) -> Hit:
    """ "30" after "Sept. 28-": a day of the first date's month; "7, 2019" after "March 5-"
    a day of its month in the year written after it."""
    if isinstance(first, DayDate) and s.kind(i) in ("n", "o"):
        day = _day_number(s, i)
        if day is not None:
            year = _year_after(s, day[1]) if first.year is None else None
            if year is not None:
                return DayDate(first.month, day[0], year[0]), year[1]
            return DayDate(first.month, day[0], first.year), day[1]
    return None


def _day_before_date(
    s: Stream, i: int, endpoint: Callable[[Stream, int], Hit], joint: str = ""
) -> Hit:
    """ "28" in "28-30 September", "10" in "between 10 and 12 March" (``joint`` the word that
    may join them after "between" or "from"): a day of the second date's month and year."""
    if s.kind(i) not in ("n", "o") or not (s.punct(i + 1, _DASHES) or joint == s.word(i + 1)):
        return None
    day = _day_number(s, i)
    after = endpoint(s, i + 2)
    if day is None or after is None or not isinstance(after[0], DayDate):
        return None
    return DayDate(after[0].month, day[0], after[0].year), i + 1


def _bare_hour(s: Stream, i: int) -> tuple[int, int] | None:
    """ "1" in "from 1 to 3 a.m.": an hour that takes the next clock's a.m./p.m."""
    number = s.number(i)
    if number is not None and 1 <= number <= 12 and s.kind(i) == "n":
        return number, i + 1
    return None


def range_expression(s: Stream, i: int, endpoint: Callable[[Stream, int], Hit]) -> Hit:
    """A range of two endpoints, with an optional day after both clock times."""
    word = s.word(i)
    opener = word in ("from", "between")
    j = i + 1 if opener else i
    first = endpoint(s, j)
    bare = None
    if first is None:
        # "between 10 and 12 March" as one phrase; running text marks "[10]" apart
        joint = "" if s.strict else "and" if word == "between" else "to" if word == "from" else ""
        first = _day_before_date(s, j, endpoint, joint)
    if first is None:
        bare = _bare_hour(s, j)
        if bare is None:
            return None
    k = first[1] if first is not None else (bare[1] if bare is not None else j)
    joint = s.word(k)
    if joint == "or" and first is not None and not opener:
        other = _partial_day(first[0], s, k + 1) or endpoint(s, k + 1)
        if other is None:
            return None
        return Either(first[0], other[0]), other[1]
    if word == "between":
        if joint != "and":
            return None
    elif not (joint in _TO and joint != "and" or s.punct(k, _DASHES)):
        return None
    second = endpoint(s, k + 1)
    if first is not None:
        partial = _partial_day(first[0], s, k + 1)
        if partial is not None and (second is None or partial[1] >= second[1]):
            second = partial
            if isinstance(first[0], DayDate) and first[0].year is None:
                assert isinstance(partial[0], DayDate)  # "March 5-7, 2019": both in 2019
                first = attrs.evolve(first[0], year=partial[0].year), first[1]
    if second is None:
        return None
    last, end = second
    if bare is not None:
        if not isinstance(last, Clock):
            return None
        hour = bare[0]
        if last.hour >= 12 and hour != 12:
            hour += 12
        if last.hour < 12 and hour == 12:
            hour = 0
        first_node: Node = Clock(hour, 0)
    else:
        assert first is not None
        first_node = first[0]
        if not opener and s.strict and isinstance(first_node, Clock) != isinstance(last, Clock):
            return None
    if isinstance(first_node, Clock) and isinstance(last, Clock):
        m = end + 1 if s.word(end) == "on" or s.punct(end, ",") else end
        day = day_expression(s, m)
        if day is not None:
            return Range(_on_day(first_node, day[0]), _on_day(last, day[0])), day[1]
    if isinstance(first_node, Clock) and isinstance(last, TimeOn):
        return Range(TimeOn(first_node, last.day), last), end
    return Range(first_node, last), end
