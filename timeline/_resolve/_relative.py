"""Relative expressions: deictic ones counted from the anchor ("yesterday", "last week", "next
Monday", "last summer", "two weeks ago") and anaphoric ones counted from the narrative reference
("the next day", "a year earlier", "that week"); :func:`relative` also tries the windows and
vague references of :mod:`._windows`."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Literal

import attrs

from timeline._resolve import _lexicon as lex
from timeline._resolve._dates import (
    DayDate,
    MonthDate,
    Season,
    Weekday,
    explicit_date,
    month_name,
    season_period,
    weekday,
    year_number,
)
from timeline._resolve._numbers import AMOUNT_STARTS, ordinal
from timeline._resolve._period import (
    NAIVE_MAX,
    NAIVE_MIN,
    Context,
    Hit,
    Node,
    Period,
    Rule,
    Unresolvable,
    clock_value,
    crisp,
    day_period,
    first_tokens,
    longest,
    month_period,
    year_period,
)
from timeline._resolve._tokens import Stream, remembered
from timeline._resolve._units import (
    CALENDAR_UNITS,
    Base,
    base_day,
    duration_words,
    nth_weekday,
    shift,
    unit_period,
    unit_word,
)
from timeline._resolve._windows import (
    PRESENT_STARTS,
    VAGUE_STARTS,
    earlier_later,
    present,
    vague,
    window,
)
from timeline._span import Granularity
from timeline._timex import Timex, clock_told

__all__ = [
    "RelativeUnit",
    "RelativeWeekday",
    "StoryWeekday",
    "NewCentury",
    "RelativeMonth",
    "RelativeDay",
    "RelativeSeason",
    "Ago",
    "Weekend",
    "WeekOf",
    "WeekEnding",
    "NthWeekday",
    "WeekdayOfWeek",
    "NewYear",
    "relative",
]


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
    """ "last Monday" (before the anchor's day), "next Monday" (after it), "this Monday" (in the
    anchor's week); with ``base="reference"`` ("the previous Friday", "the following Monday")
    counted from the narrative's reference day instead."""

    weekday: int
    relation: Relation
    base: Base = "anchor"

    def evaluate(self, ctx: Context) -> Period:
        today = base_day(ctx, self.base)
        if self.relation == "last":
            back = (today.weekday() - self.weekday) % 7 or 7
            return day_period(today - timedelta(days=back))
        if self.relation == "next":
            ahead = (self.weekday - today.weekday()) % 7 or 7
            return day_period(today + timedelta(days=ahead))
        return day_period(today + timedelta(days=self.weekday - today.weekday()))


@attrs.frozen
class RelativeMonth(Node):
    """ "last September" (the latest before the anchor's month), "this September", "next May"."""

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
class RelativeDay(Node):
    """ "last Oct. 23" (the latest before the anchor's day), "next Oct. 23", "this Oct. 23"."""

    day: DayDate
    relation: Relation

    def evaluate(self, ctx: Context) -> Period:
        today = ctx.today
        if self.relation == "last":
            years = range(today.year, today.year - 9, -1)
        elif self.relation == "next":
            years = range(today.year, today.year + 9)
        else:
            years = range(today.year, today.year + 1)
        for year in years:
            try:
                day = date(year, self.day.month, self.day.day)
            except ValueError:
                continue
            if self.relation == "this" or (day < today if self.relation == "last" else day > today):
                return day_period(day)
        raise Unresolvable(f"no such day {self.relation} year")


@attrs.frozen
class RelativeSeason(Node):
    """ "last summer" (the latest whose core is over by the anchor's month), "this summer" (the
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


_CLOCK_GRAINS = frozenset(["hour", "minute", "second"])
_DAY_OR_PART = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI|DT))?")


@attrs.frozen
class StoryWeekday(Node):
    """ "that Sunday": the Sunday nearest the day the story is on (three days either way at
    most: "on Monday, March 3 ... that Sunday, the day before"); with no story told, the Sunday
    a bare "Sunday" would be."""

    weekday: int

    def evaluate(self, ctx: Context) -> Period:
        if ctx.reference.timex.value == "PRESENT_REF":  # the report's day: no story told
            return Weekday(self.weekday).evaluate(ctx)
        day = ctx.ref_day
        ahead = (self.weekday - day.weekday()) % 7
        return day_period(day + timedelta(days=ahead if ahead <= 3 else ahead - 7))


@attrs.frozen
class NewCentury(Node):
    """ "the new century": the century whose start is nearest the end of the story's time (told
    in 1999 or in 2014, or after "the 20th century", the 21st; of a life "born in 1899", the
    20th)."""

    def evaluate(self, ctx: Context) -> Period:
        end = ctx.reference.ee
        year = end.year if end != NAIVE_MAX else ctx.today.year
        first = (year + 50) // 100 * 100
        return unit_period("century", date(first, 1, 1))


@attrs.frozen
class StorySeason(Node):
    """ "that summer", "the same winter" (the season the narrative is in, else the one of its
    year), "the following spring" (the first to begin after the narrative's time), "the
    previous autumn" (the last to end before it)."""

    code: str
    offset: int

    def evaluate(self, ctx: Context) -> Period:
        moment = datetime.combine(ctx.ref_day, time())
        year = moment.year
        options = [season_period(ctx, self.code, y) for y in range(year - 2, year + 2)]
        if self.offset > 0:
            return next(p for p in options if p.ls > moment)
        if self.offset < 0:
            return [p for p in options if p.ee <= moment][-1]
        for period in options:
            if period.ls <= moment < period.ee:
                return period
        return season_period(ctx, self.code, year)


@attrs.frozen
class StoryMonth(Node):
    """ "that June": the month in the year the narrative is in ("in the spring of 2010 ... He
    resigned that June": 2010-06); with no narrative but the report's day, the month as its
    name alone reads."""

    month: int

    def evaluate(self, ctx: Context) -> Period:
        story = ctx.reference
        today = datetime.combine(ctx.today, time())
        if story.es == NAIVE_MIN or (story.es == today and story.ee == today + _ONE_DAY):
            return MonthDate(self.month).evaluate(ctx)
        return month_period(ctx.ref_day.year, self.month)


@attrs.frozen
class FirstSeason(Node):
    """ "the first winter", "that first summer": the first such season not over at the
    narrative's time ("moved to Ohio in August 1998. The first winter was hard": 1998-WI);
    with no narrative, the season as its name alone reads."""

    code: str

    def evaluate(self, ctx: Context) -> Period:
        story = ctx.reference
        today = datetime.combine(ctx.today, time())
        if story.es == NAIVE_MIN or (story.es == today and story.ee == today + _ONE_DAY):
            return Season(self.code).evaluate(ctx)  # no story but the report's day
        # the first to end after the story's time does ("in 1998 ... the first winter":
        # the winter from December 1998, not the one that ended in 1998)
        end = story.es if story.ee == NAIVE_MAX else story.ee
        for year in range(max(1, story.es.year - 1), min(9999, story.es.year + 1) + 1):
            period = season_period(ctx, self.code, year)
            if period.ee > end:
                return period
        raise Unresolvable("no such season in the calendar after the time the story is on")


_ONE_DAY = timedelta(days=1)


_GRANULAR = {"decade": "year", "century": "year", "fortnight": "week", "weekend": "week"}


@attrs.frozen
class Ago(Node):
    """ "two weeks ago" (from the anchor), "a year earlier", "two days later" (from the
    reference): the calendar unit holding the moment that far away."""

    low: float
    high: float
    unit: str
    sign: int
    base: Base = "anchor"
    approximate: bool = False
    within: str | None = None  # "a year ago this week": the week, a year back

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
            elif self.base == "reference" and ctx.reference.ls != ctx.reference.es:
                # from "about 7:15 a.m.": from 7:15, the middle of its possible starts
                start += (ctx.reference.ls - ctx.reference.es) / 2
            size = {"hour": timedelta(hours=1), "minute": timedelta(minutes=1)}.get(
                self.unit, timedelta(seconds=1)
            )
            if self.base == "reference" and ctx.reference.granularity not in _CLOCK_GRAINS:
                return self._from_vague(ctx, size)
            one, two = start + self.sign * self.low * size, start + self.sign * self.high * size
            # to the second when counted in seconds from a time told to the second ("0448:30
            # ... Eleven seconds later" is 04:48:41), else to the minute
            seconds = self.unit == "second" and start.second != 0
            lo = min(one, two).replace(microsecond=0)
            hi = max(one, two).replace(microsecond=0)
            if not seconds:
                lo, hi = lo.replace(second=0), hi.replace(second=0)
            # the value on the reference's own wall clock ("3:15 p.m. Eastern ... an hour
            # later" is 16:15, told in the zone the clock was told in)
            told = lo + _wall_offset(ctx.reference, start) if self.base == "reference" else lo
            value = clock_value(told, seconds=seconds)
            period = crisp(lo, hi + size, "second" if seconds else "hour", value)
            return period if self.low == self.high else period.with_timex(mod="APPROX")
        day = base_day(ctx, self.base)
        if self.within == "week":  # from the week's middle, so a year back keeps its number
            day += timedelta(days=3 - day.weekday())
        unit = self.within or _GRANULAR.get(self.unit, self.unit)
        if unit == "week" and self.base == "reference" and ctx.reference.granularity == "day":
            unit = "day"  # "on 9 August ... two weeks later": the day, as "a week after Sept. 28"
        near = unit_period(unit, shift(day, self.unit, self.sign * self.low))
        if self.low == self.high:
            return near
        far = unit_period(unit, shift(day, self.unit, self.sign * self.high))
        early, late = (far, near) if self.sign < 0 else (near, far)
        value = "PAST_REF" if self.sign < 0 else "FUTURE_REF"
        if self.base == "reference" and late.le <= ctx.anchor:
            value = "PAST_REF"  # "In 1985 it was founded. A few years later it was sold."
        elif self.base == "reference" and early.es >= ctx.anchor:
            value = "FUTURE_REF"  # "It opens in March. A few weeks earlier, ..." told in January
        return Period(
            early.es, late.es, early.le, late.le, near.granularity, Timex("DATE", value, None)
        )

    def _from_vague(self, ctx: Context, size: timedelta) -> Period:
        """ "40 minutes later" told after a day or a part of one ("On Jan. 7 ...", "that
        evening"): a moment that far after some time of it, not a clock time counted from its
        midnight; the TIMEX3 is a TIME valued with the reference's day (or part of the day)."""
        reference = ctx.reference
        if reference.le == NAIVE_MAX or reference.es == NAIVE_MIN:
            raise Unresolvable(f"{self.low:g} {self.unit}s from an open-ended time")
        near, far = self.sign * self.low * size, self.sign * self.high * size
        low, high = min(near, far), max(near, far)
        es, le = reference.es + low, reference.le + high
        value = reference.timex.value
        if _DAY_OR_PART.fullmatch(value) is None:
            value = reference.es.date().isoformat()
        timex = Timex("TIME", value)  # a moment, on a day known only
        grain = _GRAIN_OF_UNIT[self.unit]
        return Period(es, max(es, le - size), min(le, es + size), le, grain, timex)


_NO_OFFSET = timedelta(0)
_WIDEST_OFFSET = timedelta(hours=15)


def _wall_offset(reference: Period, start: datetime) -> timedelta:
    """How far the wall clock a reference clock time was told on ("3:15 p.m. Eastern":
    its TIMEX3 value, 15:15) lies from ``start``, the moment counted from in the document's
    zone (19:15 UTC): the zone's offset, so a time counted from it is told in that zone too
    ("about an hour later" is 16:15), and counted from the clock told ("shortly after 2 a.m.
    ... an hour later" is 03:00, whatever the minutes "shortly after" may add to its bounds);
    nothing when the value is no clock (or is further off than any zone)."""
    told = clock_told(reference.timex.value)
    if told is None or reference.granularity not in _CLOCK_GRAINS:
        return _NO_OFFSET
    day, hour, minute = told
    try:
        wall = datetime.combine(day, time(hour, minute))
    except ValueError:  # "T24:00"
        return _NO_OFFSET
    offset = wall - start.replace(second=0, microsecond=0, tzinfo=None)
    return _NO_OFFSET if abs(offset) > _WIDEST_OFFSET else offset


_GRAIN_OF_UNIT: dict[str, Granularity] = {"hour": "hour", "minute": "minute", "second": "second"}


@attrs.frozen
class Weekend(Node):
    """ "the weekend": the nearest weekend the preference allows (past: begun by the anchor's
    day, so on a Sunday it is the weekend under way)."""

    def evaluate(self, ctx: Context) -> Period:
        from timeline._resolve._years import pick

        today = ctx.today
        weeks = (unit_period("weekend", today + timedelta(days=7 * k)) for k in range(-2, 3))
        return pick(ctx, weeks, "weekend")


@attrs.frozen
class WeekOf(Node):
    """ "the first week of October", "the last week of September": seven days of a month; "the
    last weekend of April", "the first weekend of May": the weekend of the month's first or last
    Saturday (its Sunday may fall in the next month)."""

    number: int  # 0 for "last"
    month: Node
    unit: str = "week"  # or "weekend"

    def evaluate(self, ctx: Context) -> Period:
        whole = self.month.evaluate(ctx)
        if whole.granularity != "month":
            raise Unresolvable(f"{whole.timex.value} is not a month")
        if self.unit == "weekend":
            first = whole.es.date()
            saturday = nth_weekday(first.year, first.month, 5, self.number or -1)
            if saturday.month != first.month:
                raise Unresolvable(f"{whole.timex.value} has no weekend {self.number}")
            return unit_period("weekend", saturday)
        if self.number == 0:
            start = whole.le - timedelta(days=7)
        else:
            start = whole.es + timedelta(days=7 * (self.number - 1))
        end = min(start + timedelta(days=7), whole.le)
        if start >= whole.le:
            raise Unresolvable(f"{whole.timex.value} has no week {self.number}")
        # TIMEX3 names weeks by ISO number: the one holding the middle of these seven days
        timex = unit_period("week", (start + timedelta(days=3)).date()).timex
        return Period(start, start, end, end, "week", timex)


# ---------------------------------------------------------------------------- rules

_RELATIONS: dict[str, Relation] = {
    "last": "last", "past": "last", "previous": "last", "this": "this", "next": "next",
    "coming": "next",
}  # fmt: skip
_ANAPHORIC = {
    "next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0,
    "subsequent": 1,
}  # fmt: skip
_DEICTIC_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}


def _deictic_day(s: Stream, i: int) -> Hit:
    word = s.word(i)
    if word in _DEICTIC_DAYS:
        return RelativeUnit("day", _DEICTIC_DAYS[word]), i + 1
    if word == "the" and s.word(i + 1) == "day" and s.word(i + 2) in ("before", "after"):
        sign = -1 if s.word(i + 2) == "before" else 1
        other = s.word(i + 3)
        if other in ("yesterday", "tomorrow") and _DEICTIC_DAYS[other] == sign:
            return RelativeUnit("day", 2 * sign), i + 4
        return RelativeUnit("day", 0 if _in_apposition(s, i) else sign, "reference"), i + 3
    return _unit_before(s, i)


def _in_apposition(s: Stream, i: int) -> bool:
    """Whether the phrase at ``i`` renames the date just written ("Oct. 12, [the day before]
    the plunge", "in 2009, [the year before] the merger"): then it is that date, the
    narrative's reference, itself."""
    if not (s.strict and s.punct(i - 1, ",")):
        return False
    word = s.word(i - 2)
    if s.kind(i - 2) == "n":  # a number ending a date ("Oct. 12,", "in 2009,"), not a count
        before = s.word(s.dot(i - 3) - 1) if s.punct(i - 3, ".") else s.word(i - 3)
        return len(s.norm(i - 2)) == 4 or before in lex.MONTHS
    return word in lex.WEEKDAYS or word in lex.MONTHS


def _unit_before(s: Stream, i: int) -> Hit:
    """ "the week before", "the year after": the unit next to the narrative's, as "the day
    before" is (also before an event: "the year before the war")."""
    unit = unit_word(s, i + 1)
    if s.word(i) != "the" or unit not in ("week", "month", "year") or s.word(i + 1) != unit:
        return None
    after = s.word(i + 2)
    if after not in ("before", "after") or s.kind(i + 3) == "n":
        return None
    if s.kind(i + 3) == "w" and s.cap(i + 3):
        return None  # "the week before Christmas": a unit counted from a named day, not ours
    sign = 0 if _in_apposition(s, i) else -1 if after == "before" else 1
    return RelativeUnit(unit, sign, "reference"), i + 3


#: Words before "the century" that make it the century the story is in ("the worst drought
#: of the century", "throughout the century"; not "scored the century", a hundred runs).
_CENTURY_BEFORE = frozenset(["of", "throughout", "during", "across"])

#: Words that make a year an accounting one ("the next financial year"), valued as a year.
_ACCOUNTING = frozenset(["fiscal", "financial"])

_THE_WEEKDAY: dict[str, Relation] = {
    "previous": "last", "preceding": "last", "following": "next", "next": "next",
}  # fmt: skip


def _relative_named(s: Stream, i: int) -> Hit:
    """ "last week", "this month", "next Monday", "last September", "this summer"; "the
    previous Friday", "the following Monday" (from the reference day)."""
    if s.word(i) == "the" and s.word(i + 1) in _THE_WEEKDAY:
        named = weekday(s, i + 2)
        if named is not None:
            return RelativeWeekday(named[0], _THE_WEEKDAY[s.word(i + 1)], "reference"), named[1]
    j = i
    if s.word(j) == "the" and s.word(j + 1) in ("coming", "current"):
        j += 1
    if s.word(j) == "current":  # "the current quarter", "the current fiscal year"
        k = j + 2 if s.word(j + 1) in _ACCOUNTING else j + 1
        unit = unit_word(s, k)
        if unit not in CALENDAR_UNITS or unit == "weekend" or s.word(k).endswith("s"):
            return None
        return RelativeUnit(unit, 0), k + 1
    if s.word(j) == "the" and s.word(j + 1) == "past" and s.word(j + 2) == "weekend":
        return RelativeUnit("weekend", -1), j + 3  # a weekend is no window: the last one
    relation = _RELATIONS.get(s.word(j))
    if relation is None:
        return None
    # "this past weekend", "this coming Friday": "past" and "coming" say only which one
    chosen = s.word(j) == "this" and s.word(j + 1) in ("past", "coming")
    if chosen:
        relation = _RELATIONS[s.word(j + 1)]
        j += 1
    k = j + 1
    if s.word(k) in _ACCOUNTING and s.word(k + 1) == "year":
        k += 1  # "next financial year", "last fiscal year": the year, as "fiscal 1989" is 1989
    unit = unit_word(s, k)
    if unit in CALENDAR_UNITS and (chosen or s.word(j) not in ("past", "coming")):
        if chosen and unit != s.word(k):  # "this past weeks"
            return None
        if s.word(k) == f"{unit}s":  # "the campaign could last weeks": the verb, a length
            return None
        offset = {"last": -1, "this": 0, "next": 1}[relation]
        return RelativeUnit(unit, offset), k + 1
    if s.word(j) == "past" and unit is None and not chosen:
        return None
    named = weekday(s, k)
    if named is not None:
        return RelativeWeekday(named[0], relation), named[1]
    month = month_name(s, k)
    if month is not None:
        day = explicit_date(s, k)
        if day is not None and isinstance(day[0], DayDate) and day[0].year is None:
            return RelativeDay(day[0], relation), day[1]  # "last Oct. 23"
        return RelativeMonth(month[0], relation), month[1]
    code = lex.SEASONS.get(s.word(k))
    if code is not None:
        return RelativeSeason(code, relation), k + 1
    if unit in CALENDAR_UNITS and s.word(j) == "coming" and s.word(k) == unit:
        return RelativeUnit(unit, 1), k + 1  # "the coming week" (but "the coming weeks")
    return None


def _anaphoric(s: Stream, i: int) -> Hit:
    """ "the next day", "the following week", "the previous month", "that day", "the same week",
    "that Sunday"."""
    word = s.word(i)
    if word == "the" and (not s.strict or s.word(i - 1) in _BEFORE_THE_WEEKDAY):
        named = weekday(s, i + 1)  # "on the Sunday": the Sunday of the story
        if (
            named is not None
            and s.word(named[1]) not in ("before", "after", "of")  # "the Sunday before Easter"
            and not (s.strict and _names_a_thing(s, named[1]))  # "the Sunday Times"
        ):
            return StoryWeekday(named[0]), named[1]
    if word in ("the", "that") and s.word(i + 1) == "first":
        code = lex.SEASONS.get(s.word(i + 2))
        if (
            code is not None
            and s.word(i + 2) != "fall"  # "the first fall in prices"
            and not (s.strict and _names_a_thing(s, i + 3))  # "the first winter storm"
        ):
            return FirstSeason(code), i + 3  # "the first winter"
        return None
    if word == "that":
        k = i + 2 if s.word(i + 1) == "same" else i + 1
        unit = unit_word(s, k)
        if unit in ("day", "week", "weekend", "month", "year"):
            return RelativeUnit(unit, 0, "reference"), k + 1
        named = weekday(s, k) if _opens_a_phrase_of_time(s, i) else None
        if named is not None:  # "that Sunday": the Sunday of the story
            return StoryWeekday(named[0]), named[1]
        month = _story_month(s, i, k)
        if month is not None:  # "He resigned that June": the June of the story's year
            return StoryMonth(month), k + 1
        code = lex.SEASONS.get(s.word(k))
        return None if code is None else (StorySeason(code, 0), k + 1)  # "that summer"
    if (
        word == "the"
        and s.word(i + 1) == "century"
        and not (s.punct(i + 2, "-") and s.adjacent(i + 2))
    ):
        if not s.strict or s.word(i - 1) in _CENTURY_BEFORE:
            return RelativeUnit("century", 0, "reference"), i + 2  # "the coldest of the century"
    if word == "the" and s.word(i + 1) == "new" and s.word(i + 2) == "century":
        return NewCentury(), i + 3  # "as the new century begins"
    if word != "the" or s.word(i + 1) not in _ANAPHORIC:
        return None
    code = lex.SEASONS.get(s.word(i + 2))
    if code is not None:  # "the same summer", "the following spring", "the previous winter"
        return StorySeason(code, _ANAPHORIC[s.word(i + 1)]), i + 3
    k = i + 3 if s.word(i + 2) in _ACCOUNTING and s.word(i + 3) == "year" else i + 2
    unit = unit_word(s, k)
    if unit in ("day", "week", "weekend", "month", "quarter", "year") and s.word(k) == unit:
        offset = _ANAPHORIC[s.word(i + 1)]
        return RelativeUnit(unit, offset, "reference"), k + 1
    return None


def _story_month(s: Stream, i: int, k: int) -> int | None:
    """The month "that" at ``i`` names with the full month name at ``k`` ("that June"): where
    "that" may open a phrase of time, or when the name ends the phrase (not "said that June
    sales fell", a month before a noun; never "that May", a modal as often as a month)."""
    found = month_name(s, k)
    if found is None or s.word(k) in lex.MONTH_ABBREVIATIONS:
        return None
    if s.word(k) == "may":
        return None
    ends = k + 1 >= s.n or s.kinds[k + 1] == "p" or s.word(k + 1) in _AFTER_A_TIME
    return found[0] if ends or _opens_a_phrase_of_time(s, i) else None


#: Prepositions before "the" and a weekday told of a story: "on the Sunday", "by the Thursday"
#: (not "of": "the Day of the Sun").
_BEFORE_THE_WEEKDAY = frozenset("on by until till from since before after through over".split())


def _names_a_thing(s: Stream, k: int) -> bool:
    """Whether token ``k`` after a season makes it a noun's adjective: a word that is neither a
    verb nor a preposition after a time ("the first winter Olympics", "the first summer job";
    not "the first winter was hard", "the first winter in Ohio")."""
    return s.kind(k) == "w" and (s.cap(k) or s.word(k) not in _AFTER_A_TIME)


_AFTER_A_TIME = frozenset(
    "was were is are had has have came brought saw passed began ended went proved seemed "
    "in at on of after before during and or but when while as there they he she we it the their "
    "his her its i you".split()
)


#: Words after which "that" begins a phrase of time ("on that Sunday", "6 a.m. that Sunday"),
#: where after others it may join a clause ("said that Monday's vote ...").
_BEFORE_A_PHRASE_OF_TIME = frozenset(
    "on by until till from since before after through during of for and or but am pm o'clock "
    "early late".split()
)


def _opens_a_phrase_of_time(s: Stream, i: int) -> bool:
    """Whether "that" at ``i`` may open a phrase of time: in a scan, at the start of a sentence
    or a clause, or after a preposition or a clock time."""
    return (
        not s.strict
        or i == 0
        or s.kind(i - 1) in ("p", "n")
        or s.word(i - 1) in _BEFORE_A_PHRASE_OF_TIME
    )


_AGO_BOUNDS = frozenset(["almost", "nearly", "about", "around", "roughly", "some", "more",
                         "over", "approximately"])  # fmt: skip
_AGO = {"ago": (-1, "anchor"), "back": (-1, "anchor"), "earlier": (-1, "reference"),
        "later": (1, "reference"), "hence": (1, "anchor")}  # fmt: skip


#: How many of the smaller unit make one of the larger, for lengths said in two units.
_IN_SMALLER = {("year", "month"): 12, ("week", "day"): 7, ("day", "hour"): 24,
               ("hour", "minute"): 60}  # fmt: skip


def _ago(s: Stream, i: int) -> Hit:
    """ "two weeks ago", "a year earlier", "two days later", "three days from now", "almost four
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
    found = duration_words(s, i)
    if found is None:
        return None
    low, high, unit, j = found
    if (s.word(j) == "and" or s.kind(j) == "n") and low == high:
        # "five years and two months ago", "2 hours 40 minutes later"
        smaller = duration_words(s, j + 1 if s.word(j) == "and" else j)
        if smaller is not None and smaller[0] == smaller[1] and s.word(smaller[3]) in _AGO:
            size = _IN_SMALLER.get((unit, smaller[2]))
            if size is not None:
                low = high = low * size + smaller[0]
                unit, j = smaller[2], smaller[3]
    word = s.word(j)
    if word in ("later", "earlier") and s.word(j + 1) == "than":
        return None  # "a year later than planned": how much later, a length
    if word == "or" and s.word(j + 1) == "so" and s.word(j + 2) in _AGO:
        sign, base = _AGO[s.word(j + 2)]  # "a week or so ago", "a year or so later"
        return Ago(low, high, unit, sign, base, approximate=True), j + 3  # type: ignore[arg-type]
    if word in _AGO:
        sign, base = _AGO[word]
        within = unit_word(s, j + 2)
        if (
            word == "ago" and low == high and s.word(j + 1) == "this"
            and within in ("week", "month") and s.word(j + 2) == within
            and unit in ("year", "decade", "century")
        ):  # fmt: skip
            # "a year ago this week"
            return Ago(low, high, unit, sign, base, within=within), j + 3  # type: ignore[arg-type]
        if _a_week_ago(s, i, low, high, unit, word):
            # "cut rates a week ago": seven days back, a day ("two weeks ago" is a week)
            return Ago(7, 7, "day", sign, base), j + 1  # type: ignore[arg-type]
        return Ago(low, high, unit, sign, base), j + 1  # type: ignore[arg-type]
    if word == "from" and s.word(j + 1) in ("now", "today"):  # "two weeks from today"
        return Ago(low, high, unit, 1), j + 2
    if word == "on" and s.kind(j + 1) in ("p", "") and s.norm(j + 1) in (",", ".", ";", ""):
        return Ago(low, high, unit, 1, "reference"), j + 1  # "Twenty years on, the town ..."
    return None


def _a_week_ago(s: Stream, i: int, low: float, high: float, unit: str, word: str) -> bool:
    """Whether the count at ``i`` is "a week ago" or "one week ago": seven days back."""
    return word == "ago" and unit == "week" and low == high == 1 and s.word(i) in ("a", "one")


def _weekend(s: Stream, i: int) -> Hit:
    if s.word(i) == "the" and s.word(i + 1) == "weekend":
        return Weekend(), i + 2
    return None


def _numbered_of_month(s: Stream, i: int) -> tuple[int, int] | None:
    """ "the first" ... "the fifth", "the last" (0) opening "the first week of October", "the
    last Friday of June": the number and the index after it."""
    if s.word(i) != "the":
        return None
    if s.word(i + 1) == "last":
        return 0, i + 2
    numbered = ordinal(s, i + 1)
    if numbered is None or not 1 <= numbered[0] <= 5:
        return None
    return numbered


def _month_with_year(s: Stream, k: int) -> Hit:
    """ "October", "October 2012": a month and the year written after it, if any."""
    month = month_name(s, k)
    if month is None:
        return None
    year = year_number(s, month[1])
    return MonthDate(month[0], year), month[1] + (year is not None)


def _week_of(s: Stream, i: int) -> Hit:
    """ "the first week of October", "the last week of September", "the last weekend of
    April"."""
    opening = _numbered_of_month(s, i)
    if opening is None:
        return None
    number, j = opening
    unit = s.word(j)
    if unit not in ("week", "weekend") or s.word(j + 1) != "of":
        return None
    month = _month_with_year(s, j + 2)
    if month is not None:
        return WeekOf(number, month[0], unit), month[1]
    inner = _relative_named(s, j + 2) or _anaphoric(s, j + 2)
    if inner is not None:
        return WeekOf(number, inner[0], unit), inner[1]
    return None


@attrs.frozen
class NthWeekday(Node):
    """ "the first Tuesday in November", "the last Friday of the month": a day of a month."""

    number: int  # 0 for "last"
    weekday: int
    month: Node

    def evaluate(self, ctx: Context) -> Period:
        whole = self.month.evaluate(ctx)
        if whole.granularity != "month" or not whole.is_crisp:
            raise Unresolvable(f"{whole.timex.value} is not a month")
        first = whole.es.date()
        day = nth_weekday(first.year, first.month, self.weekday, self.number or -1)
        if day.month != first.month:
            raise Unresolvable(f"{whole.timex.value} has no weekday number {self.number}")
        return day_period(day)


def _nth_weekday(s: Stream, i: int) -> Hit:
    """ "the first Tuesday in November (2012)", "the second Sunday of May", "the last Friday of
    the month"."""
    opening = _numbered_of_month(s, i)
    if opening is None:
        return None
    number, j = opening
    named = weekday(s, j)
    if named is None or s.word(named[1]) not in ("of", "in"):
        return None
    k = named[1] + 1
    month = _month_with_year(s, k)
    if month is not None:
        return NthWeekday(number, named[0], month[0]), month[1]
    if s.word(k) in ("the", "that") and s.word(k + 1) == "month":
        return NthWeekday(number, named[0], RelativeUnit("month", 0, "reference")), k + 2
    inner = _relative_named(s, k)  # "of next month"
    if inner is not None and isinstance(inner[0], (RelativeUnit, RelativeMonth)):
        return NthWeekday(number, named[0], inner[0]), inner[1]
    return None


@attrs.frozen
class WeekEnding(Node):
    """ "[the week] ended Sept. 9", "[the week] ending Friday" (weekly figures): the seven
    days that end with the day; TIMEX3 the ISO week that holds it."""

    day: Node

    def evaluate(self, ctx: Context) -> Period:
        last = self.day.evaluate(ctx)
        if last.granularity != "day" or not last.is_crisp:
            raise Unresolvable(f"{last.timex.value} is not a single day")
        end = last.le
        start = end - timedelta(days=7)
        return Period(start, start, end, end, "week", unit_period("week", last.es.date()).timex)


def _week_ending(s: Stream, i: int) -> Hit:
    """ "[the week] ended [Sept. 9]": two expressions, as TimeML marks "[the quarter] ended
    [Sept. 30]"; the first is read here, from the day the second names."""
    if s.word(i) != "the" or s.word(i + 1) != "week" or s.word(i + 2) not in ("ended", "ending"):
        return None
    day = explicit_date(s, i + 3)
    if day is not None and isinstance(day[0], DayDate):
        return WeekEnding(day[0]), i + 2
    named = weekday(s, i + 3)
    if named is not None:
        return WeekEnding(Weekday(named[0])), i + 2
    return None


@attrs.frozen
class NewYear(Node):
    """ "the new year": told in the past, the year begun ("prices have risen since the new
    year"); told of what is ahead, the year to come ("talks will resume in the new year"), but
    for the first quarter, when the new year is still the one just begun. When nothing says
    (``prefer="nearest"``), the year to come only from October on: "the new year" is talked of
    as ahead in the last months, and as begun long after New Year's Day."""

    def evaluate(self, ctx: Context) -> Period:
        day = ctx.ref_day
        if ctx.prefer == "past":
            ahead = False
        elif ctx.prefer == "future":
            ahead = day.month > 3
        else:
            ahead = day.month >= 10
        return unit_period("year", date(day.year + ahead, 1, 1))


def _new_year(s: Stream, i: int) -> Hit:
    """ "the new year" (not "the New Year", the holiday, nor "the new year's budget" read as a
    whole: the year alone)."""
    if s.word(i) == "the" and s.word(i + 1) == "new" and s.word(i + 2) == "year":
        if s.strict and (s.cap(i + 1) or s.cap(i + 2)):
            return None
        return NewYear(), i + 3
    return None


@attrs.frozen
class WeekdayOfWeek(Node):
    """ "Thursday of that week", "Friday of next week": that weekday in the week named."""

    weekday: int
    week: Node

    def evaluate(self, ctx: Context) -> Period:
        whole = self.week.evaluate(ctx)
        if whole.granularity != "week" or not whole.is_crisp:
            raise Unresolvable(f"{whole.timex.value} is not a week")
        first = whole.es.date()
        return day_period(first + timedelta(days=(self.weekday - first.weekday()) % 7))


@attrs.frozen
class ThisTimeYears(Node):
    """ "this time last year", "this time next year": the report's day ``offset`` years away."""

    offset: int

    def evaluate(self, ctx: Context) -> Period:
        return day_period(shift(ctx.today, "year", self.offset))


def _this_time(s: Stream, i: int) -> Hit:
    """ "this time last year", "this time next year", "this time a year ago"."""
    if s.word(i) != "this" or s.word(i + 1) != "time":
        return None
    if s.word(i + 2) in ("last", "next") and s.word(i + 3) == "year":
        return ThisTimeYears(-1 if s.word(i + 2) == "last" else 1), i + 4
    if s.word(i + 2) in ("a", "one") and s.word(i + 3) == "year" and s.word(i + 4) == "ago":
        return ThisTimeYears(-1), i + 5
    return None


@attrs.frozen
class TurnOfCentury(Node):
    """ "the turn of the century": the year a century begins, the one nearest the report's
    (2000, said in 1998 or in 2015; 1900 in 1921)."""

    def evaluate(self, ctx: Context) -> Period:
        year = (ctx.today.year + 50) // 100 * 100
        if not 1 <= year <= 9999:
            raise Unresolvable("no turn of a century in the calendar")
        return year_period(year)


def _turn_of_century(s: Stream, i: int) -> Hit:
    """ "the turn of the century"."""
    if s.words(i, "the", "turn", "of", "the") > 0 and s.word(i + 4) == "century":
        return TurnOfCentury(), i + 5
    return None


def _weekday_of_week(s: Stream, i: int) -> Hit:
    """ "Thursday of that week", "Monday of the following week", "Friday of last week"."""
    named = weekday(s, i)
    if named is None or s.word(named[1]) != "of":
        return None
    inner = _relative_named(s, named[1] + 1) or _anaphoric(s, named[1] + 1)
    if inner is None or not isinstance(inner[0], RelativeUnit) or inner[0].unit != "week":
        return None
    return WeekdayOfWeek(named[0], inner[0]), inner[1]


#: The first tokens (:meth:`Stream.key`) a relative expression can start with. :func:`relative`
#: tries nothing else, the grammar dispatches on it, and tests check that the unguarded rule
#: reads nothing starting elsewhere.
_WORD_STARTS = frozenset(lex.CARDINALS) | frozenset(
    "n a an half several few yesterday today tomorrow the last this next past coming previous "
    "that earlier later now currently presently nowadays at right these recently lately soon "
    "previously formerly current recent almost nearly about around roughly some more over "
    "approximately moments".split()
)
RELATIVE_STARTS = _WORD_STARTS | frozenset(lex.WEEKDAYS)  # "Thursday of that week"
#: The first tokens of the rules that name one day ("yesterday", "the next day", "that day",
#: "last Friday", "the following Monday"): _deictic_day, _anaphoric, _relative_named.
RELATIVE_DAY_STARTS = frozenset(_DEICTIC_DAYS) | frozenset(_RELATIONS) | {"the", "that"}

#: Each rule with the first tokens it can start with (tests check that it reads nothing
#: starting elsewhere); :func:`relative` tries at a token only the rules declared for it.
_RULES: tuple[tuple[Rule, frozenset[str]], ...] = (
    (_deictic_day, frozenset(_DEICTIC_DAYS) | {"the"}),
    (_relative_named, frozenset(_RELATIONS) | {"the", "current"}),
    (_anaphoric, frozenset({"the", "that"})),
    (_ago, _AGO_BOUNDS | AMOUNT_STARTS),
    (_weekend, frozenset({"the"})),
    (window, frozenset({"the", "past", "last"})),
    (earlier_later, frozenset({"earlier", "later"})),
    (present, PRESENT_STARTS),
    (vague, VAGUE_STARTS),
    (_week_of, frozenset({"the"})),
    (_week_ending, frozenset({"the"})),
    (_nth_weekday, frozenset({"the"})),
    (_weekday_of_week, frozenset(lex.WEEKDAYS)),
    (_new_year, frozenset({"the"})),
    (_this_time, frozenset({"this"})),
    (_turn_of_century, frozenset({"the"})),
)
_BY_FIRST_TOKEN = first_tokens(_RULES, RELATIVE_STARTS)


@remembered
def relative(s: Stream, i: int) -> Hit:
    """The longest relative expression starting at ``i``."""
    rules = _BY_FIRST_TOKEN.get(s.key(i))  # rules that read a day try one at many places
    return None if rules is None else longest(s, i, rules)


def any_relative(s: Stream, i: int) -> Hit:
    """:func:`relative` without its test of the first token."""
    return longest(s, i, [rule for rule, _ in _RULES])
