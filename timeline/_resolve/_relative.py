"""Relative expressions: deictic ones counted from the anchor ("yesterday", "last week", "two
weeks ago", "earlier this month", "the past three days", "recently", "now") and anaphoric ones
counted from the narrative reference ("the next day", "a year earlier", "that week")."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Literal

import attrs

from timeline._resolve import _lexicon as lex
from timeline._resolve._dates import month_name, season_period, weekday
from timeline._resolve._numbers import amount, ordinal
from timeline._resolve._period import (
    NAIVE_MAX,
    NAIVE_MIN,
    Context,
    Hit,
    Node,
    Period,
    Unresolvable,
    add_months,
    crisp,
    day_period,
    month_period,
    week_period,
    year_period,
)
from timeline._resolve._tokens import Stream, remembered
from timeline._timex import Timex, timex_for_period

__all__ = [
    "RelativeUnit",
    "RelativeWeekday",
    "RelativeMonth",
    "RelativeSeason",
    "Ago",
    "PastWindow",
    "EarlierLater",
    "Present",
    "Weekend",
    "Vague",
    "WeekOf",
    "unit_period",
    "relative",
    "base_day",
]

Base = Literal["anchor", "reference"]
_DAY = timedelta(days=1)


def base_day(ctx: Context, base: Base) -> date:
    return ctx.today if base == "anchor" else ctx.ref_day


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
        return crisp(start, start + 2 * _DAY, "week", f"{year:04d}-W{week:02d}-WE")
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
        last = (add_months(moved, 1) - _DAY).day
        return date(moved.year, moved.month, min(day.day, last))
    days = {
        "day": 1.0, "week": 7.0, "weekend": 7.0, "fortnight": 14.0, "month": 30.436875,
        "quarter": 91.310625, "year": 365.2425, "decade": 3652.425, "century": 36524.25,
    }[unit]  # fmt: skip
    return day + timedelta(days=round(count * days))


@attrs.frozen
class RelativeUnit(Node):
    """The calendar unit ``offset`` units from the base day ("last week", "that month")."""

    unit: str
    offset: int
    base: Base = "anchor"

    def evaluate(self, ctx: Context) -> Period:
        day = base_day(ctx, self.base)
        step = "week" if self.unit == "weekend" else self.unit
        return unit_period(self.unit, shift(day, step, self.offset))


Relation = Literal["last", "this", "next"]


@attrs.frozen
class RelativeWeekday(Node):
    """"last Monday" (before the anchor's day), "next Monday" (after it), "this Monday" (in the
    anchor's week)."""

    weekday: int
    relation: Relation

    def evaluate(self, ctx: Context) -> Period:
        today = ctx.today
        if self.relation == "last":
            back = (today.weekday() - self.weekday) % 7 or 7
            return day_period(today - timedelta(days=back))
        if self.relation == "next":
            ahead = (self.weekday - today.weekday()) % 7 or 7
            return day_period(today + timedelta(days=ahead))
        return day_period(today + timedelta(days=self.weekday - today.weekday()))


@attrs.frozen
class RelativeMonth(Node):
    """"last September" (the latest before the anchor's month), "this September", "next May"."""

    month: int
    relation: Relation

    def evaluate(self, ctx: Context) -> Period:
        year = ctx.today.year
        if self.relation == "last" and self.month >= ctx.today.month:
            year -= 1
        elif self.relation == "next" and self.month <= ctx.today.month:
            year += 1
        return month_period(year, self.month)


@attrs.frozen
class RelativeSeason(Node):
    """"last summer" (the latest whose core is over by the anchor's month), "this summer" (the
    one under way, else the anchor's year's), "next summer" (the first not begun)."""

    code: str
    relation: Relation

    def evaluate(self, ctx: Context) -> Period:
        today = datetime.combine(ctx.today, time())
        month_start = today.replace(day=1)
        options = [season_period(ctx, self.code, y) for y in range(today.year - 2, today.year + 2)]
        if self.relation == "last":
            return [p for p in options if p.ee <= month_start][-1]
        if self.relation == "next":
            return [p for p in options if p.ls > today][0]
        for period in options:
            if period.ls <= today < period.ee:
                return period
        return season_period(ctx, self.code, today.year)


_GRANULAR = {"decade": "year", "century": "year", "fortnight": "week", "weekend": "week"}


@attrs.frozen
class Ago(Node):
    """"two weeks ago" (from the anchor), "a year earlier", "two days later" (from the
    reference): the calendar unit holding the moment that far away."""

    low: float
    high: float
    unit: str
    sign: int
    base: Base = "anchor"
    approximate: bool = False

    def evaluate(self, ctx: Context) -> Period:
        if self.approximate:
            from timeline._resolve._fuzzy import Approximately

            return Approximately(attrs.evolve(self, approximate=False)).evaluate(ctx)
        return self._exact(ctx)

    def _exact(self, ctx: Context) -> Period:
        if self.unit in ("hour", "minute", "second"):
            start = ctx.anchor if self.base == "anchor" else ctx.reference.es
            if start == NAIVE_MIN:
                start = ctx.anchor
            size = {"hour": timedelta(hours=1), "minute": timedelta(minutes=1)}.get(
                self.unit, timedelta(seconds=1)
            )
            one, two = start + self.sign * self.low * size, start + self.sign * self.high * size
            lo = min(one, two).replace(second=0, microsecond=0)
            hi = max(one, two).replace(second=0, microsecond=0)
            value = f"{lo:%Y-%m-%dT%H:%M}"
            period = crisp(lo, hi + size, "hour", value)
            return period if self.low == self.high else period.with_timex(mod="APPROX")
        day = base_day(ctx, self.base)
        unit = _GRANULAR.get(self.unit, self.unit)
        near = unit_period(unit, shift(day, self.unit, self.sign * self.low))
        if self.low == self.high:
            return near
        far = unit_period(unit, shift(day, self.unit, self.sign * self.high))
        early, late = (far, near) if self.sign < 0 else (near, far)
        value = "PAST_REF" if self.sign < 0 else "FUTURE_REF"
        return Period(
            early.es, late.es, early.le, late.le, near.granularity, Timex("DATE", value, None)
        )


_DURATION_CODES = {
    "day": "D", "week": "W", "weekend": "W", "fortnight": "W", "month": "M", "quarter": "Q",
    "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip


@attrs.frozen
class PastWindow(Node):
    """"the past three days", "the last two weeks", "the next few days": a window ending
    with the anchor's day (or starting after it, for ``sign=1``)."""

    low: float
    high: float
    unit: str
    sign: int = -1

    def evaluate(self, ctx: Context) -> Period:
        if self.unit in ("hour", "minute", "second"):
            edge = ctx.anchor
        else:
            edge = datetime.combine(ctx.today, time()) + (_DAY if self.sign < 0 else _DAY)
        edge_day = edge.date()

        def away(count: float) -> datetime:
            if self.unit == "hour":
                return edge + self.sign * timedelta(hours=count)
            if self.unit == "minute":
                return edge + self.sign * timedelta(minutes=count)
            if self.unit == "second":
                return edge + self.sign * timedelta(seconds=count)
            return datetime.combine(shift(edge_day, self.unit, self.sign * count), time())

        near, far = away(self.low), away(self.high)
        unit_code = {"hour": "H", "minute": "M", "second": "S"}.get(self.unit)
        count = "X" if self.low != self.high else f"{self.low:g}"
        if unit_code:
            value = f"PT{count}{unit_code}"
        else:
            code = _DURATION_CODES[self.unit]
            if self.unit == "fortnight" and count != "X":
                count = f"{2 * self.low:g}"
            value = f"P{count}{code}"
        timex = Timex("DURATION", value)
        granularity = {"weekend": "week", "fortnight": "week"}.get(self.unit, self.unit)
        if self.sign < 0:
            return Period(far, near, edge, edge, granularity, timex)  # type: ignore[arg-type]
        return Period(edge, edge, near, far, granularity, timex)  # type: ignore[arg-type]


@attrs.frozen
class EarlierLater(Node):
    """"earlier this month": from the unit's start to the base day; "later this year": from
    after the base day to the unit's end."""

    which: Literal["earlier", "later"]
    unit: str
    base: Base = "anchor"

    def evaluate(self, ctx: Context) -> Period:
        day = base_day(ctx, self.base)
        whole = unit_period(self.unit, day)
        start = datetime.combine(day, time())
        if self.which == "earlier":
            end = start if start > whole.es else start + _DAY
            part = attrs.evolve(whole, ls=whole.es, ee=end, le=end)
            return part.with_timex(mod="START" if self.unit == "day" else None)
        begin = start + _DAY if start + _DAY < whole.le else start
        return attrs.evolve(whole, es=begin, ls=begin).with_timex(mod=None)


@attrs.frozen
class Weekend(Node):
    """"the weekend": the nearest weekend the preference allows (past: begun by the anchor's
    day, so on a Sunday it is the weekend under way)."""

    def evaluate(self, ctx: Context) -> Period:
        from timeline._resolve._years import pick

        today = ctx.today
        weeks = (unit_period("weekend", today + timedelta(days=7 * k)) for k in range(-2, 3))
        return pick(ctx, weeks, "weekend")


@attrs.frozen
class Present(Node):
    """"now", "currently": the anchor's day, TIMEX3 PRESENT_REF."""

    def evaluate(self, ctx: Context) -> Period:
        return day_period(ctx.today).with_timex("PRESENT_REF")


@attrs.frozen
class Vague(Node):
    """A vague window from the vocabulary ("recently"), or the whole past or future."""

    name: str

    def evaluate(self, ctx: Context) -> Period:
        start = datetime.combine(ctx.today, time())
        end = start + _DAY
        if self.name == "the past":
            return Period(NAIVE_MIN, NAIVE_MIN, end, end, "unknown", Timex("DATE", "PAST_REF"))
        if self.name == "the future":
            future = Timex("DATE", "FUTURE_REF")
            return Period(start, start, NAIVE_MAX, NAIVE_MAX, "unknown", future)
        window = ctx.vocabulary.window(self.name)
        if window.direction == "past":
            value = "PAST_REF"
            return Period(
                end - window.support, end - window.core, end, end, "day", Timex("DATE", value)
            )
        return Period(
            start, start, start + window.core, start + window.support, "day",
            Timex("DATE", "FUTURE_REF"),
        )  # fmt: skip


@attrs.frozen
class WeekOf(Node):
    """"the first week of October", "the last week of September": seven days of a month."""

    number: int  # 0 for "last"
    month: Node

    def evaluate(self, ctx: Context) -> Period:
        whole = self.month.evaluate(ctx)
        if whole.granularity != "month":
            raise Unresolvable(f"{whole.timex.value} is not a month")
        if self.number == 0:
            start = whole.le - timedelta(days=7)
        else:
            start = whole.es + timedelta(days=7 * (self.number - 1))
        end = min(start + timedelta(days=7), whole.le)
        if start >= whole.le:
            raise Unresolvable(f"{whole.timex.value} has no week {self.number}")
        timex = timex_for_period(start, end)
        return Period(start, start, end, end, "week", timex)


# ---------------------------------------------------------------------------- rules

_RELATIONS: dict[str, Relation] = {
    "last": "last", "past": "last", "previous": "last", "this": "this", "next": "next",
    "coming": "next",
}  # fmt: skip
_CALENDAR_UNITS = frozenset(["week", "weekend", "month", "quarter", "year", "decade", "century"])
_ANAPHORIC = {
    "next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0,
    "subsequent": 1,
}  # fmt: skip
_DEICTIC_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}


def _unit(s: Stream, i: int) -> str | None:
    return lex.UNITS.get(s.word(i))


def _deictic_day(s: Stream, i: int) -> Hit:
    word = s.word(i)
    if word in _DEICTIC_DAYS:
        return RelativeUnit("day", _DEICTIC_DAYS[word]), i + 1
    if word == "the" and s.word(i + 1) == "day" and s.word(i + 2) in ("before", "after"):
        sign = -1 if s.word(i + 2) == "before" else 1
        other = s.word(i + 3)
        if other in ("yesterday", "tomorrow") and _DEICTIC_DAYS[other] == sign:
            return RelativeUnit("day", 2 * sign), i + 4
        return RelativeUnit("day", sign, "reference"), i + 3
    return None


def _relative_named(s: Stream, i: int) -> Hit:
    """"last week", "this month", "next Monday", "last September", "this summer"."""
    j = i
    if s.word(j) == "the" and s.word(j + 1) == "coming":
        j += 1
    relation = _RELATIONS.get(s.word(j))
    if relation is None:
        return None
    if s.word(j) == "this" and s.word(j + 1) in ("past", "coming"):
        relation = _RELATIONS[s.word(j + 1)]
        j += 1
    k = j + 1
    unit = _unit(s, k)
    if unit in _CALENDAR_UNITS and s.word(j) not in ("past", "coming"):
        offset = {"last": -1, "this": 0, "next": 1}[relation]
        return RelativeUnit(unit, offset), k + 1
    if s.word(j) == "past" and unit is None:
        return None
    named = weekday(s, k)
    if named is not None:
        return RelativeWeekday(named[0], relation), named[1]
    month = month_name(s, k)
    if month is not None:
        return RelativeMonth(month[0], relation), month[1]
    code = lex.SEASONS.get(s.word(k))
    if code is not None:
        return RelativeSeason(code, relation), k + 1
    if unit in _CALENDAR_UNITS and s.word(j) == "coming":
        return RelativeUnit(unit, 1), k + 1
    return None


def _anaphoric(s: Stream, i: int) -> Hit:
    """"the next day", "the following week", "the previous month", "that day", "the same week"."""
    word = s.word(i)
    if word == "that":
        k = i + 2 if s.word(i + 1) == "same" else i + 1
        unit = _unit(s, k)
        if unit in ("day", "week", "weekend", "month", "year"):
            return RelativeUnit(unit, 0, "reference"), k + 1
        return None
    if word != "the" or s.word(i + 1) not in _ANAPHORIC:
        return None
    unit = _unit(s, i + 2)
    if unit in ("day", "week", "weekend", "month", "quarter", "year"):
        offset = _ANAPHORIC[s.word(i + 1)]
        return RelativeUnit(unit, offset, "reference"), i + 3
    return None


_AGO_BOUNDS = frozenset(["almost", "nearly", "about", "around", "roughly", "some", "more",
                         "over", "approximately"])  # fmt: skip
_AGO = {"ago": (-1, "anchor"), "back": (-1, "anchor"), "earlier": (-1, "reference"),
        "later": (1, "reference"), "hence": (1, "anchor")}  # fmt: skip


def _duration_words(s: Stream, i: int) -> tuple[float, float, str, int] | None:
    """A count and a unit ("two weeks", "a year", "a few days", "24 hours"): low, high, unit."""
    counted = amount(s, i)
    if counted is None:
        return None
    unit = _unit(s, counted.end)
    if unit is None:
        return None
    if counted.article and unit == "second":
        return None
    return counted.low, counted.high, unit, counted.end + 1


def _ago(s: Stream, i: int) -> Hit:
    """"two weeks ago", "a year earlier", "two days later", "three days from now", "almost four
    years ago" (a bound on the count reads as approximate)."""
    if s.word(i) in _AGO_BOUNDS:
        hit = _ago(s, i + 1)
        if hit is None and s.word(i) == "more" and s.word(i + 1) == "than":
            hit = _ago(s, i + 2)
        if hit is None:
            return None
        node = hit[0]
        assert isinstance(node, Ago)
        return attrs.evolve(node, approximate=True), hit[1]
    found = _duration_words(s, i)
    if found is None:
        return None
    low, high, unit, j = found
    word = s.word(j)
    if word in _AGO:
        sign, base = _AGO[word]
        return Ago(low, high, unit, sign, base), j + 1  # type: ignore[arg-type]
    if word == "from" and s.word(j + 1) == "now":
        return Ago(low, high, unit, 1), j + 2
    return None


def _window(s: Stream, i: int) -> Hit:
    """"the past three days", "the last two weeks", "the past year", "the next few days"."""
    if s.word(i) != "the":
        # "past 20 years", "last three years": a counted window without "the"
        if s.word(i) not in ("past", "last"):
            return None
        counted = _duration_words(s, i + 1)
        singular = not s.word(i + 1).endswith("s")
        if counted is None and s.word(i) == "past" and _unit(s, i + 1) in _CALENDAR_UNITS and (
            singular
        ):
            return PastWindow(1, 1, _unit(s, i + 1), -1), i + 2  # type: ignore[arg-type]
        if counted is None or counted[0] < 2:
            return None
        low, high, unit, j = counted
        return PastWindow(low, high, unit, -1), j
    direction = {"past": -1, "last": -1, "previous": -1, "preceding": -1, "next": 1,
                 "coming": 1, "following": 1}.get(s.word(i + 1))  # fmt: skip
    if direction is None:
        return None
    found = _duration_words(s, i + 2)
    if found is not None:
        low, high, unit, j = found
    else:
        named = _unit(s, i + 2)
        if named is None or named == "weekend":
            return None
        unit, low, high = named, 1, 1
        j = i + 3
    if direction > 0 and s.word(i + 1) in ("next", "following") and found is None:
        return None  # "the next day": anaphoric
    return PastWindow(low, high, unit, direction), j


def _earlier_later(s: Stream, i: int) -> Hit:
    """"earlier this month", "later this year", "earlier today", "later that day"."""
    which = s.word(i)
    if which not in ("earlier", "later"):
        return None
    if s.word(i + 1) == "today":
        return EarlierLater(which, "day"), i + 2  # type: ignore[arg-type]
    base: Base | None = {"this": "anchor", "that": "reference"}.get(s.word(i + 1))  # type: ignore[assignment]
    unit = _unit(s, i + 2)
    if base is None or unit not in ("day", "week", "month", "quarter", "year", "decade"):
        return None
    return EarlierLater(which, unit, base), i + 3  # type: ignore[arg-type]


_PRESENT_PHRASES = (("at", "present"), ("at", "the", "moment"), ("right", "now"), ("these", "days"))


def _present(s: Stream, i: int) -> Hit:
    word = s.word(i)
    if word in lex.PRESENT_WORDS and word != "today's":
        return Present(), i + 1
    if word not in ("at", "right", "these"):
        return None
    for phrase in _PRESENT_PHRASES:
        j = s.words(i, *phrase)
        if j > 0:
            return Present(), j
    return None


def _vague(s: Stream, i: int) -> Hit:
    word = s.word(i)
    if word == "the" and s.word(i + 1) == "weekend":
        return Weekend(), i + 2
    if word in ("recently", "lately"):
        return Vague("recently"), i + 1
    if word == "soon":
        return Vague("soon"), i + 1
    if word in ("previously", "formerly"):
        return Vague("the past"), i + 1
    if word == "recent" and s.word(i + 1) in ("days", "weeks", "months", "years"):
        return Vague(f"in recent {s.word(i + 1)}"), i + 2
    if word == "the" and s.word(i + 1) in ("past", "future"):
        return Vague(f"the {s.word(i + 1)}"), i + 2
    return None


def _week_of(s: Stream, i: int) -> Hit:
    """"the first week of October", "the last week of September"."""
    if s.word(i) != "the":
        return None
    if s.word(i + 1) == "last":
        number, j = 0, i + 2
    else:
        numbered = ordinal(s, i + 1)
        if numbered is None or numbered[0] > 5:
            return None
        number, j = numbered
    if s.word(j) != "week" or s.word(j + 1) != "of":
        return None
    from timeline._resolve._dates import MonthDate

    month = month_name(s, j + 2)
    if month is not None:
        year = None
        k = month[1]
        from timeline._resolve._dates import year_number

        if year_number(s, k) is not None:
            year = year_number(s, k)
            k += 1
        return WeekOf(number, MonthDate(month[0], year)), k
    inner = _relative_named(s, j + 2) or _anaphoric(s, j + 2)
    if inner is not None:
        return WeekOf(number, inner[0]), inner[1]
    return None


_RULES = (_deictic_day, _relative_named, _anaphoric, _ago, _window, _earlier_later, _present,
          _vague, _week_of)  # fmt: skip


@remembered
def relative(s: Stream, i: int) -> Hit:
    """The longest relative expression starting at ``i``."""
    best: Hit = None
    for rule in _RULES:
        hit = rule(s, i)
        if hit is not None and (best is None or hit[1] > best[1]):
            best = hit
    return best

