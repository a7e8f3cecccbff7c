"""What the grammar's nodes evaluate to: a `Period` in local wall time, and the `Context`.

Nodes work in naive wall-clock time of the zone being resolved in, where calendar arithmetic is
plain; :func:`to_span` turns the result into an aware :class:`~timeline.TimeSpan` at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Literal

import attrs

from timeline._errors import UnresolvableExpression
from timeline._span import OPEN_END, OPEN_START, Granularity, TimeSpan
from timeline._timex import Timex, TimexMod
from timeline._vocabulary import Vocabulary, localize
from timeline._zones import zone_name

if TYPE_CHECKING:
    from timeline._resolve._tokens import Stream

__all__ = [
    "Prefer",
    "Period",
    "Context",
    "Unresolvable",
    "outside_calendar",
    "clock_value",
    "NAIVE_MIN",
    "NAIVE_MAX",
    "crisp",
    "day_period",
    "month_period",
    "year_period",
    "week_period",
    "add_months",
    "month_length",
    "to_span",
    "Node",
    "Hit",
    "Rule",
    "first_tokens",
]

Prefer = Literal["past", "future", "nearest"]
#: Open bounds in local wall time; they become OPEN_START / OPEN_END.
NAIVE_MIN = datetime.min
NAIVE_MAX = datetime.max


class Unresolvable(Exception):
    """Raised by a node that cannot be valued; the caller adds the phrase."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def clock_value(moment: datetime, *, seconds: bool = False) -> str:
    """The TIMEX3 value of a wall-clock time, the year always in four digits (strftime's
    ``%Y`` writes the year 1 as ``1``)."""
    return moment.replace(tzinfo=None).isoformat(timespec="seconds" if seconds else "minutes")


def outside_calendar(what: str) -> Unresolvable:
    """The error for a date beyond the calendar the resolver works in: years 1 to 9999, whose
    very first instant stands for an open start ("before Oct. 2")."""
    return Unresolvable(
        f"{what} falls outside the calendar the resolver works in (Jan. 2, 0001 to Dec. 30, 9999)"
    )


@attrs.frozen
class Period:
    """Four bounds in naive local wall time, plus what the TimeSpan will carry.

    ``instant`` marks a clock time (a range ends at its start, not its minute's end); ``inner``
    marks a duration placed inside the bounds, whose latest start and earliest end follow from
    the duration once the bounds are aware.
    """

    es: datetime
    ls: datetime
    ee: datetime
    le: datetime
    granularity: Granularity
    timex: Timex
    min_duration: timedelta | None = None
    max_duration: timedelta | None = None
    instant: bool = False
    inner: bool = False

    @property
    def is_crisp(self) -> bool:
        return self.es == self.ls and self.ee == self.le

    @property
    def is_bounded(self) -> bool:
        return self.es != NAIVE_MIN and self.le != NAIVE_MAX

    def with_timex(self, value: str | None = None, mod: TimexMod | None = None) -> Period:
        """The same period with its TIMEX3 value and/or mod replaced."""
        timex = Timex(self.timex.type, self.timex.value if value is None else value, mod)
        return attrs.evolve(self, timex=timex)


def crisp(start: datetime, end: datetime, granularity: Granularity, value: str) -> Period:
    """A crisp calendar period with a DATE (or TIME, for values with a ``T``) TIMEX3."""
    if start == NAIVE_MIN:
        raise outside_calendar(value)
    kind: Literal["DATE", "TIME"] = "TIME" if "T" in value else "DATE"
    return Period(start, start, end, end, granularity, Timex(kind, value))


def month_length(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` moved by whole months; the day must exist in the target month."""
    index = moment.year * 12 + moment.month - 1 + months
    return moment.replace(year=index // 12, month=index % 12 + 1)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def day_period(day: date) -> Period:
    start = _midnight(day)
    return crisp(start, start + timedelta(days=1), "day", day.isoformat())


def month_period(year: int, month: int) -> Period:
    start = datetime(year, month, 1)
    return crisp(start, add_months(start, 1), "month", f"{year:04d}-{month:02d}")


def year_period(year: int) -> Period:
    return crisp(datetime(year, 1, 1), datetime(year + 1, 1, 1), "year", f"{year:04d}")


def week_period(day: date) -> Period:
    """The ISO week (Monday to Monday) holding ``day``."""
    monday = _midnight(day - timedelta(days=day.weekday()))
    year, week, _ = day.isocalendar()
    return crisp(monday, monday + timedelta(days=7), "week", f"{year:04d}-W{week:02d}")


@attrs.frozen
class Context:
    """What a node needs besides itself: anchor, narrative reference, preference, vocabulary.

    ``anchor`` is the document's time as local wall time (deictic words count from it);
    ``reference`` the period the narrative is on (anaphoric words, bare times of day).
    """

    anchor: datetime
    reference: Period
    prefer: Prefer
    vocabulary: Vocabulary
    zone: tzinfo

    @property
    def today(self) -> date:
        return self.anchor.date()

    @property
    def ref_day(self) -> date:
        if self.reference.es == NAIVE_MIN:
            return self.today
        return self.reference.es.date()


def _bound(moment: datetime, zone: tzinfo, open_value: datetime) -> datetime:
    if moment in (NAIVE_MIN, NAIVE_MAX):
        return open_value
    if moment.fold:  # the second of two equal wall times (clocks set back), as computed
        return moment.replace(tzinfo=zone)
    return localize(moment, zone)


def _same(a: datetime, b: datetime) -> bool:
    """Whether two wall times are one (as a crisp period's starts are, and its ends), so that
    :func:`_bound` gives the same for both. ``==`` between naive times ignores ``fold``, which
    :func:`_bound` reads: it is compared too."""
    return a == b and a.fold == b.fold


def to_span(period: Period, zone: tzinfo, phrase: str, anchor: datetime) -> TimeSpan:
    """The aware TimeSpan of a period; raises UnresolvableExpression when it is impossible."""
    es = _bound(period.es, zone, OPEN_START if period.es == NAIVE_MIN else OPEN_END)
    ls = (
        es
        if _same(period.ls, period.es)
        else _bound(period.ls, zone, OPEN_START if period.ls == NAIVE_MIN else OPEN_END)
    )
    ee = _bound(period.ee, zone, OPEN_START if period.ee == NAIVE_MIN else OPEN_END)
    le = (
        ee
        if _same(period.le, period.ee)
        else _bound(period.le, zone, OPEN_START if period.le == NAIVE_MIN else OPEN_END)
    )
    if le <= es < OPEN_END and period.es < period.le:
        # a wall time that had length has none in the zone: its clocks skipped all of it
        # ("Dec. 30, 2011" in Pacific/Apia, which went from Dec. 29 to Dec. 31)
        raise UnresolvableExpression(
            phrase, f"{period.timex.value} did not exist in {zone_name(zone)}: its clocks"
            " skipped it"
        )  # fmt: skip
    if period.inner and period.min_duration is not None:
        # in absolute time: ten days across a change of clocks are 240 hours
        utc = timezone.utc
        if le.astimezone(utc) - es.astimezone(utc) < period.min_duration:
            raise UnresolvableExpression(
                phrase, f"{period.min_duration} does not fit between {es} and {le}"
            )
        ls = (le.astimezone(utc) - period.min_duration).astimezone(zone)
        ee = (es.astimezone(utc) + period.min_duration).astimezone(zone)
    try:
        return TimeSpan(
            es,
            ls,
            ee,
            le,
            min_duration=period.min_duration,
            max_duration=period.max_duration,
            granularity=period.granularity,
            phrase=phrase,
            anchor=anchor,
            timex=period.timex,
        )
    except ValueError as error:
        raise UnresolvableExpression(phrase, str(error)) from None


class Node:
    """A parsed expression; :meth:`evaluate` values it in a context."""

    __slots__ = ()

    def evaluate(self, ctx: Context) -> Period:
        raise NotImplementedError


#: What a grammar rule returns: the node and the index after it, or None.
Hit = tuple[Node, int] | None
#: A grammar rule: the stream and a start index to what it read there.
Rule = Callable[["Stream", int], Hit]


def longest(s: Stream, i: int, rules: Iterable[Callable[[Stream, int], Hit]]) -> Hit:
    """The hit of ``rules`` at ``i`` that reads furthest (the first of equals)."""
    best: Hit = None
    for rule in rules:
        hit = rule(s, i)
        if hit is not None and (best is None or hit[1] > best[1]):
            best = hit
    return best


def first_tokens(
    rules: Iterable[tuple[Rule, frozenset[str] | None]], where: frozenset[str] | None = None
) -> dict[str, tuple[Rule, ...]]:
    """For each first token (:meth:`Stream.key`) in ``where`` (default: each that some rule
    declares), the rules that can start with it, in their order, so that :func:`longest` of
    them still prefers the first of equals. A rule declared with None starts anywhere.

    A rule that reads nothing at a token outside its declared starts is then never tried
    there: the failures are the commonest case, and each costs calls into every rule."""
    rules = tuple(rules)
    if where is None:
        where = frozenset().union(*(starts for _, starts in rules if starts is not None))
    return {
        key: tuple(rule for rule, starts in rules if starts is None or key in starts)
        for key in where
    }
