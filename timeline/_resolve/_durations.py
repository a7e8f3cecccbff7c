"""Durations ("ten days", "about two hours", "more than a year", "10-day"), durations placed
in a period ("ten days in mid-September") and recurrences ("weekly", "every Monday")."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import timedelta

import attrs

from timeline._resolve import _lexicon as lex
from timeline._resolve._dates import weekday
from timeline._resolve._numbers import amount, count_text
from timeline._resolve._period import NAIVE_MAX, NAIVE_MIN, Context, Hit, Node, Period, Unresolvable
from timeline._resolve._tokens import Stream, remembered
from timeline._timex import Timex, TimexMod

__all__ = [
    "LONG_WORDS",
    "Duration",
    "DurationIn",
    "Recurrence",
    "duration",
    "duration_in",
    "recurrence",
]

_EXACT = {
    "second": timedelta(seconds=1), "minute": timedelta(minutes=1), "hour": timedelta(hours=1),
    "day": timedelta(days=1), "week": timedelta(days=7), "fortnight": timedelta(days=14),
}  # fmt: skip
_MONTHS_IN = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
_CODES = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
    "week": ("", "W"), "fortnight": ("", "W"), "month": ("", "M"), "quarter": ("", "M"),
    "year": ("", "Y"), "decade": ("", "DE"), "century": ("", "CE"), "weekend": ("", "WE"),
    "business day": ("", "D"),
}  # fmt: skip
_NONLEAP = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_span(months: float) -> tuple[timedelta, timedelta]:
    """The shortest and longest a run of ``months`` calendar months can last."""
    whole = math.floor(months)
    years, rest = divmod(whole, 12)
    sums = [sum(_NONLEAP[(m + k) % 12] for k in range(rest)) for m in range(12)]
    low = years * 365 + min(sums) + (months - whole) * 28
    high = years * 366 + max(sums) + (1 if rest else 0) + (months - whole) * 31
    return timedelta(days=low), timedelta(days=high)


def _business_days(count: float) -> tuple[timedelta, timedelta]:
    """The calendar length of a run of ``count`` weekdays: its weekends make it longer (six
    business days from a Monday take eight days, from a Tuesday too; two from a Friday take
    four). Public holidays are not known here: each inside the run adds a day."""
    whole = math.ceil(count)
    fewest = 2 * ((whole - 1) // 5) if whole > 0 else 0
    most = 2 * math.ceil((whole - 1) / 5) if whole > 0 else 0
    return timedelta(days=count + fewest), timedelta(days=count + most)


def length(count: float, unit: str) -> tuple[timedelta, timedelta]:
    """The least and greatest length of ``count`` ``unit``s."""
    if unit == "business day":
        return _business_days(count)
    if unit in _EXACT:
        return count * _EXACT[unit], count * _EXACT[unit]
    if unit == "weekend":
        return count * timedelta(days=2), count * timedelta(days=3)
    return _month_span(count * _MONTHS_IN[unit])


def _value(count: float | None, unit: str) -> str:
    prefix, code = _CODES[unit]
    if count is None:
        return f"P{prefix}X{code}"
    if unit == "fortnight":
        count *= 2
    if unit == "quarter":
        count *= 3
    if unit in ("decade", "century") and count != int(count):
        years = count * (10 if unit == "decade" else 100)
        if _whole_in_smaller(years, 1):  # "half a century" is P50Y, "a quarter century" P25Y
            return f"P{round(years)}Y"
    if count != int(count) and unit in _SPLIT and _whole_in_smaller(count, _SPLIT[unit][1]):
        # "5 1/2 hours" is PT5H30M: the fraction in the next smaller unit when it is a whole
        # number of them ("3.2 years" stays P3.2Y, not P3Y2M)
        smaller, size, shape = _SPLIT[unit]
        whole = int(count)
        rest = round((count - whole) * size)
        text = shape.format(whole=whole, rest=rest)
        for zero in ("P0Y", "P0M", "P0W", "P0D"):
            text = text.replace(zero, "P")
        return text.replace("PT0H", "PT").replace("PT0M", "PT")
    return f"P{prefix}{count_text(count)}{code}"


def _whole_in_smaller(count: float, size: int) -> bool:
    rest = (count - int(count)) * size
    return abs(rest - round(rest)) < 1e-6


_SPLIT = {
    "year": ("month", 12, "P{whole}Y{rest}M"),
    "month": ("day", 30, "P{whole}M{rest}D"),
    "week": ("day", 7, "P{whole}W{rest}D"),
    "day": ("hour", 24, "P{whole}DT{rest}H"),
    "hour": ("minute", 60, "PT{whole}H{rest}M"),
    "minute": ("second", 60, "PT{whole}M{rest}S"),
}


_GRANULARITY = {"fortnight": "week", "weekend": "week", "second": "second", "business day": "day"}


@attrs.frozen
class Duration(Node):
    """A length of time; ``high`` None means no upper limit ("years")."""

    low: float
    high: float | None
    unit: str
    mod: TimexMod | None = None

    def bounds(self, ctx: Context) -> tuple[timedelta | None, timedelta | None]:
        shortest = length(self.low, self.unit)[0]
        longest = None if self.high is None else length(self.high, self.unit)[1]
        fraction = ctx.vocabulary.approx_fraction
        if self.mod == "APPROX":
            return shortest * (1 - fraction), None if longest is None else longest * (1 + fraction)
        if self.mod == "MORE_THAN" or self.mod == "EQUAL_OR_MORE":
            return shortest, None
        if self.mod == "EQUAL_OR_LESS":
            return timedelta(0), longest
        if self.mod == "LESS_THAN":
            return (None if longest is None else longest * (1 - fraction)), longest
        return shortest, longest

    def evaluate(self, ctx: Context) -> Period:
        low, high = self.bounds(ctx)
        count = self.low if self.low == self.high else None
        granularity = _GRANULARITY.get(self.unit, self.unit)
        timex = Timex("DURATION", _value(count, self.unit), self.mod)
        return Period(
            NAIVE_MIN, NAIVE_MAX, NAIVE_MIN, NAIVE_MAX, granularity,  # type: ignore[arg-type]
            timex, min_duration=low, max_duration=high,
        )  # fmt: skip


#: Units a compound length is written in, largest first ("two years and three months").
_COMPOUND_UNITS = ("year", "month", "day", "hour", "minute", "second")
_COMPOUND_CODES = {"year": "Y", "month": "M", "day": "D", "hour": "H", "minute": "M", "second": "S"}


@attrs.frozen
class Compound(Node):
    """A length said in two or three units, the larger first: "an hour and 45 minutes"
    (PT1H45M), "two years and three months" (P2Y3M), "2 hours 23 minutes 5 seconds"."""

    first: Duration
    second: Duration
    third: Duration | None = None

    def evaluate(self, ctx: Context) -> Period:
        parts = (self.first, self.second) + (() if self.third is None else (self.third,))
        low = sum((length(part.low, part.unit)[0] for part in parts), timedelta(0))
        high = sum((length(part.low, part.unit)[1] for part in parts), timedelta(0))
        written = [(p.unit, f"{count_text(p.low)}{_COMPOUND_CODES[p.unit]}") for p in parts]
        dates = "".join(text for unit, text in written if unit in _DATE_UNITS)
        times = "".join(text for unit, text in written if unit not in _DATE_UNITS)
        value = f"P{dates}" + (f"T{times}" if times else "")
        period = parts[-1].evaluate(ctx)  # the smallest unit: the granularity
        mod = self.first.mod
        if mod == "APPROX":
            fraction = ctx.vocabulary.approx_fraction
            low, high = low * (1 - fraction), high * (1 + fraction)
        return attrs.evolve(
            period, timex=Timex("DURATION", value, mod), min_duration=low, max_duration=high
        )


_DATE_UNITS = frozenset(["year", "month", "day"])


def _compound(first: Duration, s: Stream, and_at: int) -> Hit:
    """The rest of "an hour and 45 minutes", "1 minute 31.4 seconds", "2 hours 23 minutes 5
    seconds" after ``first``, or None."""
    if first.unit not in _COMPOUND_UNITS or first.high != first.low or first.low != int(first.low):
        return None
    if first.mod not in (None, "APPROX"):
        return None
    second = _next_part(first, s, and_at)
    if second is None:
        return None
    third = _next_part(second[0], s, second[1]) if second[0].low == int(second[0].low) else None
    if third is not None:
        return Compound(first, second[0], third[0]), third[1]
    return Compound(first, second[0]), second[1]


def _next_part(before: Duration, s: Stream, and_at: int) -> tuple[Duration, int] | None:
    """The next, smaller unit of a compound length after ``before``: whole, but for seconds
    ("31.4 seconds", a race time)."""
    if s.word(and_at) == "and":
        and_at += 1
    elif s.kind(and_at) != "n":
        return None  # "6 hours 35 minutes": two units written side by side, in digits
    found = _counted(s, and_at)
    if found is None:
        return None
    low, high, unit, end = found
    if (
        unit not in _COMPOUND_UNITS
        or _COMPOUND_UNITS.index(unit) <= _COMPOUND_UNITS.index(before.unit)
        or high != low
        or (low != int(low) and unit != "second")
        or s.word(end) in ("ago", "earlier", "later", "back", "hence")
    ):
        return None
    return Duration(low, high, unit), end


@attrs.frozen
class DurationIn(Node):
    """A duration that lies inside a period ("ten days in mid-September"): its bounds are
    the period's support; the TIMEX3 is the period's."""

    duration: Duration
    period: Node

    def evaluate(self, ctx: Context) -> Period:
        outer = self.period.evaluate(ctx)
        if not outer.is_bounded:
            raise Unresolvable(f"{outer.timex.value} has no bounds to place a duration in")
        low, high = self.duration.bounds(ctx)
        low = low or timedelta(0)
        if outer.es + low > outer.le:
            count = count_text(self.duration.low)
            raise Unresolvable(f"{count} {self.duration.unit}(s) do not fit in {outer.timex.value}")
        return Period(
            outer.es, outer.le - low, outer.es + low, outer.le, outer.granularity, outer.timex,
            min_duration=low, max_duration=high, inner=True,
        )  # fmt: skip


@attrs.frozen
class Recurrence(Node):
    """Something that recurs ("weekly", "every Monday"): placed nowhere, TIMEX3 SET."""

    value: str
    granularity: str

    def evaluate(self, ctx: Context) -> Period:
        return Period(
            NAIVE_MIN, NAIVE_MAX, NAIVE_MIN, NAIVE_MAX, self.granularity,  # type: ignore[arg-type]
            Timex("SET", self.value),
        )  # fmt: skip


# ---------------------------------------------------------------------------- rules

_MOD_STARTS = frozenset(words[0] for words in lex.DURATION_MODS)
#: Words that say which days a count of days counts.
_DAY_KINDS = {
    "trading": "business day", "business": "business day", "working": "business day",
    "work": "business day", "calendar": "day",
}  # fmt: skip
_BARE_BEFORE = frozenset(["for", "within", "over", "after", "in", "lasting", "took", "takes"])


def _unit(s: Stream, i: int) -> str | None:
    return lex.UNITS.get(s.word(i))


#: One-word lengths used as adjectives ("a yearlong inquiry").
LONG_WORDS = {
    "hourlong": "hour", "daylong": "day", "weeklong": "week", "monthlong": "month",
    "yearlong": "year", "decadelong": "decade",
}  # fmt: skip


def _lasting(s: Stream, i: int) -> tuple[float, float | None, str, int] | None:
    """A length as an adjective: "yearlong", "a day-long meeting", "a decades-long feud" (a
    plural unit is a length of unstated size)."""
    word = s.word(i)
    if word in LONG_WORDS:
        return 1, 1, LONG_WORDS[word], i + 1
    unit = _unit(s, i)
    if unit is None or unit in ("weekend", "quarter") or s.word(i + 2) != "long":
        return None
    if not (s.punct(i + 1, "-") and s.adjacent(i + 1) and s.adjacent(i + 2)):
        return None
    return (1, None, unit, i + 3) if word.endswith("s") else (1, 1, unit, i + 3)


#: Units that "another" makes a length of ("another week"; "another second" is an ordinal).
_ANOTHER_UNITS = frozenset(["minute", "hour", "day", "week", "fortnight", "month", "year"])

#: Words between a count and its unit that leave it a length (how it felt too: "five long
#: years", "these five dreadful years", "two difficult months").
_BETWEEN = frozenset(
    "more additional further extra straight consecutive successive full whole long short "
    "dreadful terrible difficult hard tough painful bitter happy wonderful busy lean bloody "
    "brutal turbulent tumultuous eventful miserable grim dark fateful formative anxious "
    "agonizing agonising harrowing glorious".split()
)


# Quarters counted in a row are a company's: "six consecutive quarters", "two straight quarters".
_IN_A_ROW = frozenset("straight consecutive successive".split())


def _counted(s: Stream, i: int) -> tuple[float, float | None, str, int] | None:
    if s.word(i) == "another":  # "another week", "another two weeks": a length added
        unit = _unit(s, i + 1)
        if unit in _ANOTHER_UNITS and s.word(i + 1) == unit:
            return 1, 1, unit, i + 2
        further = amount(s, i + 1)
        if further is None or further.article or further.vague:
            return None
        return _counted(s, i + 1)
    counted = amount(s, i)
    if counted is not None:
        j = counted.end
        if s.word(j) in _BETWEEN and not counted.article:
            j += 1  # "two more weeks", "eight straight months", "two long weeks"
        hyphen = s.punct(j, "-") and s.adjacent(j) and not counted.article
        if hyphen:
            j += 1
        kind = _DAY_KINDS.get(s.word(j)) if not hyphen and _unit(s, j + 1) == "day" else None
        if kind is not None:  # "eight trading days", "ten calendar days"
            j += 1
        unit = _unit(s, j) if kind is None else kind
        if unit is None and s.word(j) == "nights" and not hyphen and not counted.article:
            unit = "day"  # "three nights": TimeML counts the nights of a stay as days
        if unit is None or (counted.article and unit == "second"):
            return None
        if counted.article and s.punct(j + 1, "-") and s.word(j + 2) == "long":
            return None  # "a [decades-long] feud": the article is the noun's
        if hyphen and s.punct(j + 1, "-") and s.word(j + 2) == "old":
            return None  # "28-year-old"
        if hyphen and s.word(j) not in ("second", "minute", "hour", "day", "week", "month",
                                         "year", "decade", "century"):  # fmt: skip
            return None
        if not hyphen and counted.high > 1 and s.word(j) in ("second", "quarter"):
            return None  # "the 1988 second quarter": a count needs a plural unit
        low, high, k = counted.low, counted.high, j + 1
        if counted.article and s.words(k, "and", "a", "half") > 0:
            low = high = low + 0.5
            k += 3
        if unit == "quarter" and s.strict and s.word(j - 1) not in _IN_A_ROW:
            return None  # (in running text "two quarters" may be coins or a game's periods)
        return low, high, unit, k
    lasting = _lasting(s, i)
    if lasting is not None:
        return lasting
    word = s.word(i)
    unit = _unit(s, i)
    if unit is not None and word.endswith("s") and unit not in ("weekend", "quarter"):
        if s.strict and s.word(i - 1) not in _BARE_BEFORE:
            return None
        return 1, None, unit, i + 1
    return None


#: What "or ..." after a length makes of it, as TimeML marks the bounding words.
_OR_AFTER: dict[str, TimexMod] = {
    "more": "EQUAL_OR_MORE", "longer": "EQUAL_OR_MORE", "less": "EQUAL_OR_LESS",
    "fewer": "EQUAL_OR_LESS", "shorter": "EQUAL_OR_LESS", "so": "APPROX",
}  # fmt: skip


@remembered
def duration(s: Stream, i: int) -> Hit:
    """A duration with its bounding words: "ten days", "about two hours", "more than a year",
    "half an hour", "a year and a half", "10-day", "years"."""
    mod: TimexMod | None = None
    j = i
    word = s.word(i)
    if word == "the":  # "the nine months", "the first nine months"
        k = i + 2 if s.word(i + 1) == "first" else i + 1
        counted = amount(s, k)
        if counted is None or counted.article or counted.vague or counted.low != counted.high:
            return None
        found = _counted(s, k)
        if found is None:
            return None
        end = found[3]
        # "the first nine months of the year", "... of 1989" (other units stop before "of":
        # "the first 100 days" and "1989" are two expressions)
        if s.word(end) == "of" and found[2] in ("month", "quarter"):
            if s.word(end + 1) in ("the", "this", "last", "next") and s.word(end + 2) == "year":
                end += 3
            elif s.kind(end + 1) == "n" and len(s.norm(end + 1)) == 4:
                end += 2
        return Duration(found[0], found[1], found[2]), end
    if word in lex.APPROXIMATORS:
        mod, j = "APPROX", i + 1
    elif word in _MOD_STARTS:
        for words, value in lex.DURATION_MODS.items():
            k = s.words(i, *words)
            if k > 0:
                mod, j = value, k  # type: ignore[assignment]
                break
        if s.word(j) == "just" and mod is None:
            return None
    found = _counted(s, j)
    if found is None:
        return None
    low, high, unit, end = found
    if s.word(end) in ("ago", "earlier", "later", "back", "hence") and not (
        s.word(end) in ("earlier", "later") and s.word(end + 1) == "than"
    ):
        return None  # (but "a year later than planned" is how much later: a length)
    if mod is None and s.word(end) == "or":
        after = _OR_AFTER.get(s.word(end + 1))
        dated = s.word(end + 2) in ("ago", "earlier", "later", "back", "hence")
        if after == "APPROX" and dated:
            return None  # "a week or so ago": a date
        if after is not None and not dated:  # "a decade or more", "two hours or less"
            mod, end = after, end + 2
    length_read = Duration(low, high, unit, mod)
    return _compound(length_read, s, end) or (length_read, end)


def duration_in(s: Stream, i: int, period: Callable[[Stream, int], Hit]) -> Hit:
    """A duration in a period: "ten days in mid-September", "two weeks during October"."""
    found = duration(s, i)
    if found is None:
        return None
    node, j = found
    if s.word(j) not in ("in", "during"):
        return None
    inner = period(s, j + 1)
    if inner is None:
        return None
    assert isinstance(node, Duration)
    return DurationIn(node, inner[0]), inner[1]


def recurrence(s: Stream, i: int) -> Hit:
    """ "weekly", "daily", "every Monday", "each year", "twice a month", "three times a week"."""
    word = s.word(i)
    if word in lex.SET_ADVERBS:
        unit, value = lex.SET_ADVERBS[word]
        return Recurrence(value, unit), i + 1
    if word in ("every", "each"):
        j = i + 1
        other = s.word(j) == "other"
        if other:
            j += 1
        named = weekday(s, j)
        if named is not None:
            return Recurrence(f"XXXX-WXX-{named[0] + 1}", "day"), named[1]
        counted = amount(s, j)
        count = 2 if other else 1
        if counted is not None and not counted.article and counted.low == counted.high:
            count, j = int(counted.low), counted.end
        every = _unit(s, j)
        if every is not None and every != "weekend":
            return Recurrence(_value(count, every), _GRANULARITY.get(every, every)), j + 1
        if s.word(j) in lex.PART_CODES:
            return Recurrence(f"XXXX-XX-XXT{lex.PART_CODES[s.word(j)]}", "part_of_day"), j + 1
        return None
    times = {"once": 1, "twice": 2}.get(word)
    j = i + 1
    if times is None:
        counted = amount(s, i)
        if counted is None or counted.article or s.word(counted.end) != "times":
            return None
        j = counted.end + 1
    if s.word(j) in ("a", "an", "per", "each", "every"):
        per = _unit(s, j + 1)
        if per is not None:
            return Recurrence(_value(1, per), _GRANULARITY.get(per, per)), j + 2
    return None
