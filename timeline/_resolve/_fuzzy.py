"""Fuzzy modifiers ("early", "mid-", "late", "the beginning of", "the end of", "the first
half of") on days, weeks, months, years, decades and centuries, and approximation ("around",
"about", "roughly"). The numbers come from the :class:`~timeline.Vocabulary`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import attrs

from timeline._resolve import _lexicon as lex
from timeline._resolve._dates import YearDate, year_number
from timeline._resolve._period import Context, Hit, Node, Period, Unresolvable, add_months
from timeline._resolve._relative import RelativeUnit
from timeline._resolve._tokens import Stream
from timeline._timex import Timex, TimexMod
from timeline._vocabulary import PeriodPart

__all__ = [
    "Part", "PartSpread", "Rest", "Near", "Approximately", "modified", "approximately", "near",
    "MODIFIED_STARTS", "APPROXIMATE_STARTS", "NEAR_STARTS",
]  # fmt: skip

_SUBUNITS = {"day": "hour", "week": "day", "month": "day", "quarter": "day", "year": "month",
             "decade": "year", "century": "year"}  # fmt: skip


def _at(start: datetime, subunit: str, count: int) -> datetime:
    if subunit == "hour":
        return start + timedelta(hours=count)
    if subunit == "day":
        return start + timedelta(days=count)
    if subunit == "month":
        return add_months(start, count)
    return start.replace(year=start.year + count)


def _length(period: Period, subunit: str) -> int:
    if subunit == "hour":
        return 24
    if subunit == "day":
        return (period.le - period.es).days
    if subunit == "month":
        return 12
    return period.le.year - period.es.year


@attrs.frozen
class Part(Node):
    """A fuzzy part of a period: ``name`` is one of the vocabulary's part names."""

    name: str
    base: Node

    def evaluate(self, ctx: Context) -> Period:
        whole = self.base.evaluate(ctx)
        unit = whole.granularity
        if unit == "season" and whole.is_bounded and self.name in _SEASON_PARTS:
            return self._of_season(whole, ctx)
        if unit not in _SUBUNITS or not whole.is_crisp:
            raise Unresolvable(f"'{self.name.replace('_', ' ')}' needs a day, week, month, year,"
                               f" decade or century, not {whole.timex.value}")  # fmt: skip
        name = self.name
        if name == "last_quarter":
            if unit == "year":  # "the last quarter of 2023": its fourth quarter
                start = whole.es.replace(month=10)
                value = f"{whole.es.year:04d}-Q4"
                return Period(start, start, whole.le, whole.le, "quarter", Timex("DATE", value))
            name = "late"  # "the last quarter of the century": its late part
        part = ctx.vocabulary.parts(unit).part(name)
        subunit = _SUBUNITS[unit]
        try:
            (c0, c1), (s0, s1) = part.offsets(_length(whole, subunit))
        except ValueError as error:
            raise Unresolvable(str(error)) from None
        start = whole.es
        period = Period(
            _at(start, subunit, s0), _at(start, subunit, c0), _at(start, subunit, c1),
            _at(start, subunit, s1), whole.granularity, whole.timex,
        )  # fmt: skip
        if unit == "year" and self.name in ("first_half", "second_half") and period.is_crisp:
            number = 1 if self.name == "first_half" else 2
            return attrs.evolve(period.with_timex(f"{start.year:04d}-H{number}", None),
                                granularity="half")  # fmt: skip
        return period.with_timex(mod=PeriodPart.mod(name))

    def _of_season(self, season: Period, ctx: Context) -> Period:
        """ "early summer", "late winter": the part of the season's sure core, counted like a
        quarter's, and possibly off by as much as the season's own edges are."""
        core_start, core_end = season.ls, season.ee
        part = ctx.vocabulary.parts("quarter").part(self.name)
        try:
            (c0, c1), (s0, s1) = part.offsets((core_end - core_start).days)
        except ValueError as error:
            raise Unresolvable(str(error)) from None
        fuzz_before, fuzz_after = core_start - season.es, season.le - core_end
        period = Period(
            _at(core_start, "day", s0) - fuzz_before, _at(core_start, "day", c0),
            _at(core_start, "day", c1), _at(core_start, "day", s1) + fuzz_after,
            season.granularity, season.timex,
        )  # fmt: skip
        return period.with_timex(mod=PeriodPart.mod(self.name))


@attrs.frozen
class Rest(Node):
    """ "the rest of the week", "the remainder of the year": the period from the day the
    narrative is on to its end (the whole period when that day is outside it). TimeML gives it
    the value of the period itself."""

    base: Node

    def evaluate(self, ctx: Context) -> Period:
        whole = self.base.evaluate(ctx)
        if not whole.is_crisp:
            return whole
        day = datetime.combine(ctx.ref_day, datetime.min.time())
        if not whole.es < day < whole.ee:
            return whole
        return attrs.evolve(whole, es=day, ls=day)


# Seasons have no sharp edges: only the parts that read well of one ("early summer", "mid-winter",
# "late spring", "the end of the summer").
_SEASON_PARTS = frozenset({"early", "mid", "late", "beginning", "end"})


@attrs.frozen
class Approximately(Node):
    """ "around noon", "about Sept. 28": the support widened by the vocabulary's approximation
    for the granularity; a clock time becomes a moment within that much of it."""

    base: Node

    def evaluate(self, ctx: Context) -> Period:
        inner = self.base.evaluate(ctx)
        vocabulary = ctx.vocabulary
        width = {
            "second": vocabulary.approx_time, "minute": vocabulary.approx_time,
            "hour": vocabulary.approx_time, "part_of_day": 2 * vocabulary.approx_time,
            "day": vocabulary.approx_day, "week": vocabulary.approx_day,
            "month": vocabulary.approx_month, "season": vocabulary.approx_month,
            "quarter": vocabulary.approx_month, "half": vocabulary.approx_month,
        }.get(inner.granularity, vocabulary.approx_year)  # fmt: skip
        if not inner.is_bounded:
            raise Unresolvable(f"cannot approximate {inner.timex.value}")
        if inner.instant:
            step = inner.ee - inner.es
            return attrs.evolve(
                inner, es=inner.es - width, ls=inner.es + width, ee=inner.es - width + step,
                le=inner.es + width + step, instant=False,
            ).with_timex(mod="APPROX")  # fmt: skip
        return attrs.evolve(inner, es=inner.es - width, le=inner.le + width).with_timex(
            mod="APPROX"
        )


_PHRASES = (
    (("the", "beginning", "of"), "beginning"),
    (("the", "start", "of"), "beginning"),
    (("the", "end", "of"), "end"),
    (("the", "close", "of"), "end"),
    (("the", "middle", "of"), "mid"),
    (("the", "first", "half", "of"), "first_half"),
    (("the", "second", "half", "of"), "second_half"),
    (("the", "latter", "half", "of"), "second_half"),
    (("the", "last", "half", "of"), "second_half"),
    (("the", "front", "half", "of"), "first_half"),  # business English: "the back half of
    (("the", "back", "half", "of"), "second_half"),  # the year"
    (("the", "last", "quarter", "of"), "last_quarter"),
    (("the", "final", "quarter", "of"), "last_quarter"),
    (("the", "early", "part", "of"), "early"),
    (("the", "latter", "part", "of"), "late"),
    (("the", "later", "part", "of"), "late"),
    (("the", "first", "days", "of"), "beginning"),
    (("the", "first", "few", "days", "of"), "beginning"),
    (("the", "last", "days", "of"), "end"),
    (("the", "last", "few", "days", "of"), "end"),
    (("the", "final", "days", "of"), "end"),
    (("the", "closing", "days", "of"), "end"),
    (("early", "in"), "early"),
    (("late", "in"), "late"),
    (("early", "on"), "early"),
    (("late", "on"), "late"),
    (("early",), "early"),
    (("mid",), "mid"),
    (("late",), "late"),
)
_OPENERS = frozenset(words[0] for words, _ in _PHRASES) | {"the", "midweek"}


def _phrases_by_start() -> dict[tuple[str, str], tuple[tuple[tuple[str, ...], str], ...]]:
    """The phrases of :data:`_PHRASES` that can match after the words (first, second), in
    their order there; (first, "") gives those of one word, which match whatever follows."""
    starts = {(words[0], words[1] if len(words) > 1 else "") for words, _ in _PHRASES}
    return {
        (first, second): tuple(
            (words, name) for words, name in _PHRASES
            if words[0] == first and (len(words) == 1 or words[1] == second)
        )
        for first, second in starts
    }  # fmt: skip


_BY_START = _phrases_by_start()
_THE_UNIT = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
             "decade": "decade", "century": "century"}  # fmt: skip


def modified(s: Stream, i: int, base: Callable[[Stream, int], Hit]) -> Hit:
    """A fuzzy part of a period: "mid-September", "early next year", "the end of the week",
    "the early 1990s", "the first half of 2017", "late Monday"."""
    ending = _unit_end(s, i) or (_glued_part(s, i, base) if s.word(i) in _GLUED else None)
    if ending is not None:
        return ending
    if s.word(i) not in _OPENERS:
        return None
    if s.word(i) == "midweek":  # the middle of the story's week, as "the middle of the week"
        return Part("mid", RelativeUnit("week", 0, "reference")), i + 1
    if s.word(i) == "the" and s.word(i + 1) in ("rest", "remainder", "balance"):
        return _rest(s, i, base)
    spread = _spread(s, i, base)
    if spread is not None:
        return spread
    j = i
    the = s.word(i) == "the" and s.word(i + 1) in ("early", "mid", "late")
    if the:
        j += 1
    first = s.word(j)
    phrases = _BY_START.get((first, s.word(j + 1))) or _BY_START.get((first, ""), ())
    for words, name in phrases:
        k = s.words(j, *words)
        if k < 0:
            continue
        if the and len(words) > 1:
            continue
        if s.punct(k, "-") and s.adjacent(k) and words[-1] in ("early", "mid", "late"):
            k += 1
            if words == ("mid",) and s.word(k) in ("century", "decade") and not the:
                # "by mid-century": the middle of the century the text is in
                return Part(name, RelativeUnit(s.word(k), 0, "reference")), k + 1
            if words == ("mid",) and s.word(k) == "week" and not the:  # "mid-week"
                return Part(name, RelativeUnit("week", 0, "reference")), k + 1
        if words[0] == "the" and s.word(k) == "the" and s.word(k + 1) in _THE_UNIT:
            return Part(name, RelativeUnit(_THE_UNIT[s.word(k + 1)], 0, "reference")), k + 2
        inner = base(s, k)
        if inner is None:
            return None
        node = inner[0]
        if the and type(node).__name__ not in ("Decade", "Century"):
            return None
        return Part(name, node), inner[1]
    return None


#: Parts glued to their period, as business copy writes them: "end-2024", "start-March".
_GLUED = {"end": "end", "start": "beginning"}
#: The first tokens :func:`modified` can start with.
MODIFIED_STARTS = _OPENERS | frozenset(_GLUED) | {"year", "month"}


def _glued_part(s: Stream, i: int, base: Callable[[Stream, int], Hit]) -> Hit:
    name = _GLUED.get(s.word(i))
    if name is None or not (s.punct(i + 1, "-") and s.adjacent(i + 1) and s.adjacent(i + 2)):
        return None
    inner = base(s, i + 2)
    return None if inner is None else (Part(name, inner[0]), inner[1])


def _unit_end(s: Stream, i: int) -> Hit:
    """ "year-end", "year end", "year's end", "month-end": the end of the unit under way;
    "year-end 2023": of that year."""
    unit = s.word(i)
    if unit not in ("year", "month"):
        return None
    j = i + 1
    if s.punct(j, "-") and s.adjacent(j):
        j += 1
    elif s.punct(j, "'’") and s.word(j + 1) == "s":
        j += 2
    if s.word(j) != "end" or s.punct(j + 1, "-") and s.word(j + 2) == "of":
        return None
    year = year_number(s, j + 1) if unit == "year" else None
    if year is not None and not s.punct(j + 2, "-"):
        return Part("end", YearDate(year)), j + 2  # "year-end 2023"
    return Part("end", RelativeUnit(unit, 0, "reference")), j + 1


@attrs.frozen
class PartSpread(Node):
    """ "mid-to-late September": from the first part's bounds to the second's."""

    first: Part
    last: Part

    def evaluate(self, ctx: Context) -> Period:
        a, b = self.first.evaluate(ctx), self.last.evaluate(ctx)
        return attrs.evolve(a, ee=b.ee, le=max(a.le, b.le)).with_timex(mod=a.timex.mod)


def _rest(s: Stream, i: int, base: Callable[[Stream, int], Hit]) -> Hit:
    """ "the rest of the week", "the remainder of 2019", "the balance of the year": ``i`` is
    at "the", and "rest" (or its like) follows."""
    k = s.words(i + 2, "of")
    if k < 0:
        return None
    if s.word(k) == "the" and s.word(k + 1) in _THE_UNIT:
        return Rest(RelativeUnit(_THE_UNIT[s.word(k + 1)], 0, "reference")), k + 2
    inner = base(s, k)
    return None if inner is None else (Rest(inner[0]), inner[1])


def _spread(s: Stream, i: int, base: Callable[[Stream, int], Hit]) -> Hit:
    first = s.word(i)
    if first not in ("early", "mid", "late"):
        return None
    j = i + 1
    if s.punct(j, "-"):
        j += 1
    if s.word(j) != "to":
        return None
    j += 1
    if s.punct(j, "-"):
        j += 1
    last = s.word(j)
    if last not in ("early", "mid", "late") or ("early", "mid", "late").index(last) <= (
        "early",
        "mid",
        "late",
    ).index(first):
        return None
    k = j + 1
    if s.punct(k, "-") and s.adjacent(k):
        k += 1
    inner = base(s, k)
    if inner is None:
        return None
    return PartSpread(Part(first, inner[0]), Part(last, inner[0])), inner[1]


@attrs.frozen
class Near(Node):
    """ "shortly after midnight", "just before dawn": a moment within the vocabulary's
    approximation on one side of a time."""

    side: str
    base: Node

    def evaluate(self, ctx: Context) -> Period:
        inner = self.base.evaluate(ctx)
        if not inner.is_bounded:
            raise Unresolvable(f"nothing is shortly {self.side} {inner.timex.value}")
        vocabulary = ctx.vocabulary
        if inner.granularity in ("second", "minute", "hour", "part_of_day"):
            width, step = 2 * vocabulary.approx_time, timedelta(minutes=1)
        else:
            width, step = vocabulary.approx_day, timedelta(days=1)
        if self.side == "after":
            start = inner.es if inner.instant else inner.ee
            first, last = start, start + width
        else:
            end = inner.es if inner.instant else inner.ls
            first, last = end - width, end - step
        mod: TimexMod = "AFTER" if self.side == "after" else "BEFORE"
        return attrs.evolve(
            inner, es=first, ls=last, ee=first + step, le=last + step, instant=False
        ).with_timex(mod=mod)


#: The first tokens :func:`near` can start with.
NEAR_STARTS = frozenset(["shortly", "just", "soon", "right", "immediately"])


def near(s: Stream, i: int, base: Callable[[Stream, int], Hit]) -> Hit:
    """ "shortly after midnight", "just before dawn", "soon after Sept. 28"."""
    if s.word(i) not in NEAR_STARTS:
        return None
    side = s.word(i + 1)
    if side not in ("after", "before"):
        return None
    inner = base(s, i + 2)
    if inner is None:
        return None
    return Near(side, inner[0]), inner[1]


#: The first tokens :func:`approximately` can start with.
APPROXIMATE_STARTS = lex.APPROXIMATORS - {"some"}


def approximately(s: Stream, i: int, base: Callable[[Stream, int], Hit]) -> Hit:
    """An approximate point: "around noon", "about 3 p.m.", "roughly mid-September"."""
    word = s.word(i)
    if word not in lex.APPROXIMATORS or word == "some":
        return None
    j = i + 1
    if word == "c" and (s.cap(i) or not s.punct(j, ".")):
        return None  # "c." is circa only with its dot, in lower case ("c. 1560", not "C.")
    if s.punct(j, ".") and word in ("ca", "approx", "c"):
        j += 1
    inner = base(s, j)
    if inner is None:
        return None
    return Approximately(inner[0]), inner[1]
