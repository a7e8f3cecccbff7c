"""Windows and vague references next to the anchor: "the past three days", "the next few
days", "earlier this month", "later this year", "now", "recently", "in recent weeks", "soon",
"the past", "the future"."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Literal

import attrs

from timeline._resolve import _lexicon as lex
from timeline._resolve._numbers import count_text
from timeline._resolve._period import NAIVE_MAX, NAIVE_MIN, Context, Hit, Node, Period, day_period
from timeline._resolve._tokens import Stream
from timeline._resolve._units import (
    CALENDAR_UNITS,
    DAY,
    Base,
    base_day,
    duration_words,
    shift,
    unit_period,
    unit_word,
)
from timeline._timex import Timex

__all__ = [
    "PastWindow",
    "EarlierLater",
    "EarlierLaterSeason",
    "MomentAgo",
    "Present",
    "Vague",
    "window",
    "earlier_later",
    "present",
    "vague",
    "PRESENT_STARTS",
    "VAGUE_STARTS",
]

_DURATION_CODES = {
    "day": "D", "week": "W", "weekend": "W", "fortnight": "W", "month": "M", "quarter": "Q",
    "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip


@attrs.frozen
class PastWindow(Node):
    """ "the past three days", "the last two weeks", "the next few days": a window ending
    with the anchor's day (or starting after it, for ``sign=1``)."""

    low: float
    high: float
    unit: str
    sign: int = -1

    def evaluate(self, ctx: Context) -> Period:
        if self.unit in ("hour", "minute", "second"):
            edge = ctx.anchor
        else:
            edge = datetime.combine(ctx.today, time()) + (DAY if self.sign < 0 else DAY)
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
        count = "X" if self.low != self.high else count_text(self.low)
        years = self.low * {"decade": 10, "century": 100}.get(self.unit, 0)
        if count != "X" and years and self.low != int(self.low) and years == int(years):
            value = f"P{int(years)}Y"  # "the past quarter-century": P25Y, as "a quarter-century"
        elif unit_code:
            value = f"PT{count}{unit_code}"
        else:
            code = _DURATION_CODES[self.unit]
            if self.unit == "fortnight" and count != "X":
                count = count_text(2 * self.low)
            value = f"P{count}{code}"
        timex = Timex("DURATION", value)
        granularity = {"weekend": "week", "fortnight": "week"}.get(self.unit, self.unit)
        if self.sign < 0:
            return Period(far, near, edge, edge, granularity, timex)  # type: ignore[arg-type]
        return Period(edge, edge, near, far, granularity, timex)  # type: ignore[arg-type]


@attrs.frozen
class EarlierLater(Node):
    """ "earlier this month": from the unit's start to the base day; "later this year": from
    after the base day to the unit's end."""

    which: Literal["earlier", "later"]
    unit: str
    base: Base = "anchor"

    def evaluate(self, ctx: Context) -> Period:
        day = base_day(ctx, self.base)
        whole = unit_period(self.unit, day)
        start = datetime.combine(day, time())
        if self.unit == "day" and self.base == "anchor" and ctx.anchor > start:
            # "earlier today" in a report of 15:00 ends then, "later today" starts then (a
            # report dated without its time leaves the whole day)
            if self.which == "earlier":
                part = attrs.evolve(whole, ls=whole.es, ee=ctx.anchor, le=ctx.anchor)
                return part.with_timex(mod="START")
            return attrs.evolve(whole, es=ctx.anchor, ls=ctx.anchor).with_timex(mod=None)
        if self.which == "earlier":
            end = start if start > whole.es else start + DAY
            part = attrs.evolve(whole, ls=whole.es, ee=end, le=end)
            return part.with_timex(mod="START")  # as TimeML marks "earlier this month"
        begin = start + DAY if start + DAY < whole.le else start
        return attrs.evolve(whole, es=begin, ls=begin).with_timex(mod=None)


@attrs.frozen
class EarlierLaterSeason(Node):
    """ "earlier this spring": from the season's start to the base day, when the season holds
    it; "later that summer": from after the base day to the season's end. The season is the
    one "this spring" (or "that spring") names."""

    which: Literal["earlier", "later"]
    code: str
    base: Base = "anchor"

    def evaluate(self, ctx: Context) -> Period:
        from timeline._resolve._relative import RelativeSeason, StorySeason  # a cycle otherwise

        named = RelativeSeason(self.code, "this") if self.base == "anchor" else None
        whole = (named or StorySeason(self.code, 0)).evaluate(ctx)
        start = datetime.combine(base_day(ctx, self.base), time())
        if self.which == "earlier":
            if whole.es < start < whole.le:
                whole = attrs.evolve(whole, ls=whole.es, ee=start + DAY, le=start + DAY)
            return whole.with_timex(mod="START")
        if whole.es <= start < whole.le - DAY:
            whole = attrs.evolve(whole, es=start + DAY, ls=start + DAY)
        return whole.with_timex(mod=None)


@attrs.frozen
class Present(Node):
    """ "now", "currently": the anchor's day, TIMEX3 PRESENT_REF."""

    def evaluate(self, ctx: Context) -> Period:
        return day_period(ctx.today).with_timex("PRESENT_REF")


@attrs.frozen
class Vague(Node):
    """A vague window from the vocabulary ("recently"), or the whole past or future."""

    name: str

    def evaluate(self, ctx: Context) -> Period:
        start = datetime.combine(ctx.today, time())
        end = start + DAY
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


# ---------------------------------------------------------------------------- rules


def window(s: Stream, i: int) -> Hit:
    """ "the past three days", "the last two weeks", "the past year", "the next few days"."""
    if s.word(i) != "the":
        # "past 20 years", "last three years": a counted window without "the"
        if s.word(i) not in ("past", "last"):
            return None
        counted = duration_words(s, i + 1)
        singular = not s.word(i + 1).endswith("s")
        if (
            counted is None
            and s.word(i) == "past"
            and unit_word(s, i + 1) in CALENDAR_UNITS
            and unit_word(s, i + 1) != "weekend"  # "this past weekend": see _relative
            and (singular)
        ):
            return PastWindow(1, 1, unit_word(s, i + 1), -1), i + 2  # type: ignore[arg-type]
        if counted is None or counted[0] < 2:
            return None
        low, high, unit, j = counted
        return PastWindow(low, high, unit, -1), j
    direction = {"past": -1, "last": -1, "previous": -1, "preceding": -1, "next": 1,
                 "coming": 1, "following": 1}.get(s.word(i + 1))  # fmt: skip
    if direction is None:
        return None
    found = duration_words(s, i + 2)
    if found is not None:
        low, high, unit, j = found
    else:
        named = unit_word(s, i + 2)
        if named is None or named == "weekend":
            return None
        unit, low, high = named, 1, 1
        if s.word(i + 2) != named and s.word(i + 2).endswith("s"):
            low, high = 2, 7  # "the past weeks", "the coming days": some, as "several" is
        j = i + 3
    if (
        direction > 0
        and s.word(i + 1) in ("next", "following")
        and found is None
        and low == 1
        and unit not in ("decade", "century")
    ):
        return None  # "the next day": anaphoric (but "the next days" is a window)
    if direction > 0 and unit in ("decade", "century") and s.word(i + 2) == unit:
        j = i + 3  # "over the next decade": the ten years ahead, as "the past decade" behind
    return PastWindow(low, high, unit, direction), j


def earlier_later(s: Stream, i: int) -> Hit:
    """ "earlier this month", "later this year", "earlier today", "later that day"."""
    which = s.word(i)
    if which not in ("earlier", "later"):
        return None
    if s.word(i + 1) == "today":
        return EarlierLater(which, "day"), i + 2  # type: ignore[arg-type]
    if s.word(i + 1) == "in" and s.word(i + 2) == "the":
        unit = unit_word(s, i + 3)
        if unit in ("day", "week", "month", "year") and s.word(i + 3) == unit:
            # "later in the day", "earlier in the week": of the day the story is on
            return EarlierLater(which, unit, "reference"), i + 4  # type: ignore[arg-type]
    base: Base | None = {"this": "anchor", "that": "reference"}.get(s.word(i + 1))  # type: ignore[assignment]
    season = lex.SEASONS.get(s.word(i + 2))
    if base is not None and season is not None:  # "earlier this spring", "later that summer"
        return EarlierLaterSeason(which, season, base), i + 3  # type: ignore[arg-type]
    unit = unit_word(s, i + 2)
    if base is None or unit not in ("day", "week", "month", "quarter", "year", "decade"):
        return None
    return EarlierLater(which, unit, base), i + 3  # type: ignore[arg-type]


_PRESENT_PHRASES = (("at", "present"), ("at", "the", "moment"), ("right", "now"), ("these", "days"),
                    ("this", "hour"))  # fmt: skip


#: Words after "current" that make it a noun or an accounting or electrical term.
_NOT_PRESENT_AFTER = frozenset(
    "account accounts assets liabilities of in on at to from into and or but with by is was are "
    "were has had that which flows flowed flowing".split()
)
_NOT_PRESENT_BEFORE = frozenset(["alternating", "direct", "electric", "electrical", "then"])


def _current(s: Stream, i: int) -> bool:
    """Whether "current" at ``i`` is the adjective of time ("his current wife", "current
    rates"): a word follows it (when scanning), and it is no "current account", "alternating
    current" or "the current of the river"."""
    return (
        (s.kind(i + 1) == "w" or not s.strict)  # resolve("current") alone
        and s.word(i + 1) not in _NOT_PRESENT_AFTER
        and s.word(i - 1) not in _NOT_PRESENT_BEFORE
    )


#: The first tokens :func:`present` can start with.
PRESENT_STARTS = (lex.PRESENT_WORDS - {"today's"}) | {"current", "at", "right", "these", "this"}


def present(s: Stream, i: int) -> Hit:
    """ "now", "currently", "at present", "right now", "these days", "current" (as in "current
    rates")."""
    word = s.word(i)
    if word in lex.PRESENT_WORDS and word != "today's":
        return Present(), i + 1
    if word == "current":
        return (Present(), i + 1) if _current(s, i) else None
    if word not in ("at", "right", "these", "this") or (word == "this" and s.word(i + 1) != "hour"):
        return None
    for phrase in _PRESENT_PHRASES:
        j = s.words(i, *phrase)
        if j > 0 and not (phrase[-1] == "hour" and s.punct(j, "-")):  # "this hour-long show"
            return Present(), j
    return None


@attrs.frozen
class MomentAgo(Node):
    """ "a moment ago", "moments ago": just before the report, on its day (TIMEX3 PAST_REF)."""

    def evaluate(self, ctx: Context) -> Period:
        return day_period(ctx.today).with_timex("PAST_REF")


_MOMENTS_AGO = (("a", "moment", "ago"), ("moments", "ago"), ("a", "few", "moments", "ago"))
_MOMENT_SECOND = frozenset(phrase[1] for phrase in _MOMENTS_AGO)  # (tried first: "a" is common)


#: The first tokens :func:`vague` can start with.
VAGUE_STARTS = frozenset("recently lately soon previously formerly recent the a moments".split())


def vague(s: Stream, i: int) -> Hit:
    word = s.word(i)
    if word in ("a", "moments") and s.word(i + 1) in _MOMENT_SECOND:
        for phrase in _MOMENTS_AGO:
            j = s.words(i, *phrase)
            if j > 0:
                return MomentAgo(), j
    if word in ("recently", "lately"):
        if word == "recently" and s.word(i - 1) == "as" and s.word(i + 1) == "as":
            return None  # "as recently as last year": a bound on the date that follows
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
