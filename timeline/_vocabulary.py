"""The meaning of fuzzy words, as one frozen and replaceable configuration.

A fuzzy period has a *core*, surely meant, and a *support*, possibly meant. "mid-September" by
default means at least Sept. 11-20 and at most Sept. 8-23: the resolver reads those numbers from a
:class:`Vocabulary`, so a user who reads "mid" more widely passes their own::

    >>> import attrs
    >>> from timeline import DEFAULT_VOCABULARY, PeriodPart
    >>> wide = attrs.evolve(
    ...     DEFAULT_VOCABULARY,
    ...     month=attrs.evolve(DEFAULT_VOCABULARY.month, mid=PeriodPart(10, 20, slack=5)),
    ... )
    >>> wide.month.mid
    PeriodPart(start=10, end=20, slack=5)

Every default is tabulated in ``docs/vocabulary.md``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Literal

import attrs

from timeline._span import TimeSpan
from timeline._timex import Timex, TimexMod
from timeline._zones import TzLike, as_tzinfo

__all__ = [
    "PeriodPart",
    "PeriodParts",
    "TimeOfDay",
    "VagueWindow",
    "Vocabulary",
    "DEFAULT_VOCABULARY",
    "PART_NAMES",
    "localize",
]

PartName = Literal["early", "mid", "late", "beginning", "end", "first_half", "second_half"]
#: The modifiers a :class:`PeriodParts` defines, in the order the docs list them.
PART_NAMES: tuple[PartName, ...] = (
    "early",
    "mid",
    "late",
    "beginning",
    "end",
    "first_half",
    "second_half",
)
_PART_MODS: dict[str, TimexMod] = {
    "early": "START",
    "mid": "MID",
    "late": "END",
    "beginning": "START",
    "end": "END",
    "first_half": "START",
    "second_half": "END",
}


@attrs.frozen
class PeriodPart:
    """Where a fuzzy part ("early", "mid"...) lies in its period, counted in sub-units.

    Sub-units are days of a week or month, months of a year, years of a decade or century, hours
    of a day. ``start`` and ``end`` bound the core as offsets from the period's start (``end`` is
    exclusive, ``None`` means the period's end, a negative number counts back from the end);
    ``slack`` sub-units widen the core on each side into the support, which never leaves the
    period. "mid-month" by default is ``PeriodPart(10, 20, slack=3)``: core days 11-20, support
    days 8-23.
    """

    start: int
    end: int | None
    slack: int = attrs.field(default=0, validator=attrs.validators.ge(0))

    def offsets(self, length: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """Core and support as ``(first, after)`` sub-unit offsets in a period of ``length``."""
        first = self.start if self.start >= 0 else length + self.start
        after = length if self.end is None else (self.end if self.end >= 0 else length + self.end)
        first, after = max(0, min(first, length)), max(0, min(after, length))
        if first >= after:
            raise ValueError(f"{self!r} leaves nothing of a period of {length} sub-units")
        return (first, after), (max(0, first - self.slack), min(length, after + self.slack))

    @staticmethod
    def mod(name: str) -> TimexMod:
        """The TIMEX3 ``mod`` of a part name: early/beginning START, mid MID, late/end END."""
        return _PART_MODS[name]


@attrs.frozen
class PeriodParts:
    """The fuzzy parts of one kind of period (a week, month, year...)."""

    early: PeriodPart
    mid: PeriodPart
    late: PeriodPart
    beginning: PeriodPart
    end: PeriodPart
    first_half: PeriodPart
    second_half: PeriodPart

    def part(self, name: str) -> PeriodPart:
        """The part called ``name`` (one of :data:`PART_NAMES`)."""
        if name not in PART_NAMES:
            raise KeyError(f"no period part {name!r}; choose one of {PART_NAMES}")
        value: PeriodPart = getattr(self, name)
        return value


#: A part of the day's TIMEX3 code after the "T" of a value: TimeML's codes, or the clock time
#: a part named by its middle is written as ("midday" is ``…T12:00``, as the TimeML corpora
#: write it, though its span stays a fuzzy window around noon).
TimexPart = Literal["MO", "AF", "EV", "NI", "DT", "12:00"]


def localize(wall: datetime, zone: tzinfo) -> datetime:
    """The aware moment of a naive wall-clock time in ``zone``.

    An ambiguous time (clocks set back) is read at its first occurrence; a time that does not
    exist (clocks set forward) becomes the moment the same distance after the change.
    """
    aware = wall.replace(tzinfo=zone, fold=0)
    if isinstance(zone, timezone):
        return aware  # a fixed offset: every wall time exists once
    return aware.astimezone(timezone.utc).astimezone(zone)


def _hours(value: float) -> timedelta:
    return timedelta(minutes=round(value * 60))


@attrs.frozen
class TimeOfDay:
    """A part of the day ("morning", "late at night") as a window of clock time.

    ``core`` and ``support`` are offsets from the midnight that starts the day the part belongs
    to; an offset past 24 h reaches into the next day, so "night" (core 22:00-04:00) crosses
    midnight. This is the form the solver combines with a day it learns later: :meth:`on` gives
    the occurrence that belongs to a day, :meth:`occurrences` every occurrence that may meet a
    span, and :meth:`possibly_at` / :meth:`certainly_at` test a clock time.

    ``around_midnight`` marks words said of the day whose small hours they may fall in ("late at
    night on Sept. 28" may be 01:00 on Sept. 28 as well as 23:00): :meth:`on_day` then spans
    both readings.
    """

    name: str
    timex: TimexPart
    core: tuple[timedelta, timedelta]
    support: tuple[timedelta, timedelta]
    mod: TimexMod | None = None
    around_midnight: bool = False

    def __attrs_post_init__(self) -> None:
        (cs, ce), (ss, se) = self.core, self.support
        if not (ss <= cs < ce <= se) or se - ss > timedelta(hours=24) or ss < timedelta(0):
            raise ValueError(
                f"part of day {self.name!r}: need 0 <= support start <= core start < core end"
                f" <= support end, at most 24 h apart; got core {self.core}, support"
                f" {self.support}"
            )

    def _span(self, day: date, tz: TzLike) -> TimeSpan:
        zone = as_tzinfo(tz)
        midnight = datetime.combine(day, time())

        def at(offset: timedelta) -> datetime:
            return localize(midnight + offset, zone)

        return TimeSpan.from_core(
            (at(self.core[0]), at(self.core[1])),
            (at(self.support[0]), at(self.support[1])),
            granularity="part_of_day",
            phrase=self.name,
            timex=Timex("TIME", f"{day.isoformat()}T{self.timex}", self.mod),
        )

    def on(self, day: date, tz: TzLike = None) -> TimeSpan:
        """The occurrence that belongs to ``day`` (for "night": from that evening on)."""
        return self._span(day, tz)

    def on_day(self, day: date, tz: TzLike = None) -> TimeSpan:
        """What the word means when said *of* ``day`` ("late at night on Sept. 28").

        For most parts the same as :meth:`on`. For ``around_midnight`` parts it spans both
        readings: the small hours of ``day`` (the occurrence begun the evening before) and the
        occurrence begun that evening; nothing of it is certain.
        """
        if not self.around_midnight:
            return self.on(day, tz)
        before, after = self._span(day - timedelta(days=1), tz), self._span(day, tz)
        start_of_day = localize(datetime.combine(day, time()), as_tzinfo(tz))
        return TimeSpan(
            max(before.earliest_start, start_of_day),
            after.latest_start,
            before.earliest_end,
            after.latest_end,
            granularity="part_of_day",
            phrase=self.name,
            timex=Timex("TIME", f"{day.isoformat()}T{self.timex}", self.mod),
        )

    def occurrences(self, span: TimeSpan) -> Iterator[TimeSpan]:
        """Every occurrence whose support may overlap ``span``'s possible extent, in order."""
        if not span.is_bounded:
            raise ValueError(f"{span!r} is unbounded: occurrences would never end")
        zone = span.tz
        first = span.earliest_start.astimezone(zone).date() - timedelta(days=2)
        last = span.latest_end.astimezone(zone).date()
        day = first
        while day <= last:
            occurrence = self._span(day, zone)
            if occurrence.possibly_overlaps(span):
                yield occurrence
            day += timedelta(days=1)

    def _within(self, moment: time, window: tuple[timedelta, timedelta]) -> bool:
        offset = timedelta(hours=moment.hour, minutes=moment.minute, seconds=moment.second)
        return any(window[0] <= offset + shift < window[1] for shift in (_hours(0), _hours(24)))

    def possibly_at(self, moment: time) -> bool:
        """Whether a clock time may fall in this part of the day (inside its support)."""
        return self._within(moment, self.support)

    def certainly_at(self, moment: time) -> bool:
        """Whether a clock time surely falls in this part of the day (inside its core)."""
        return self._within(moment, self.core)


def _part(
    name: str,
    code: TimexPart,
    core: tuple[float, float],
    support: tuple[float, float],
    mod: TimexMod | None = None,
    around_midnight: bool = False,
) -> TimeOfDay:
    return TimeOfDay(
        name,
        code,
        (_hours(core[0]), _hours(core[1])),
        (_hours(support[0]), _hours(support[1])),
        mod,
        around_midnight,
    )


VagueName = Literal[
    "recently", "in recent days", "in recent weeks", "in recent months", "in recent years", "soon"
]


@attrs.frozen
class VagueWindow:
    """A vague window next to the anchor ("recently": ending with the anchor's day).

    The window surely covers ``core`` before (or after, for ``direction="future"``) the anchor's
    day and may reach ``support`` away.
    """

    name: str
    core: timedelta
    support: timedelta
    direction: Literal["past", "future"] = "past"

    def __attrs_post_init__(self) -> None:
        if not timedelta(0) <= self.core <= self.support:
            raise ValueError(f"vague window {self.name!r}: need 0 <= core <= support")


def _day_parts() -> tuple[TimeOfDay, ...]:
    return (
        _part("morning", "MO", (7, 11), (5, 12)),
        _part("early morning", "MO", (5, 8), (3, 9), "START"),
        _part("late morning", "MO", (10, 12), (9, 12), "END"),
        _part("the early morning hours", "MO", (1, 4), (0, 6), "START"),
        _part("dawn", "MO", (5, 6), (4, 7), "START"),
        _part("midday", "12:00", (11.5, 13), (11, 14)),
        _part("mid-morning", "MO", (8 + 1 / 3, 9 + 2 / 3), (7, 11), "MID"),
        _part("afternoon", "AF", (13, 17), (12, 18)),
        _part("mid-afternoon", "AF", (14 + 1 / 3, 15 + 2 / 3), (13, 17), "MID"),
        _part("early afternoon", "AF", (12.5, 14), (12, 15), "START"),
        _part("late afternoon", "AF", (15.5, 17.5), (14.5, 18.5), "END"),
        _part("evening", "EV", (18, 21), (17, 23)),
        _part("mid-evening", "EV", (19, 20), (18, 21), "MID"),
        _part("early evening", "EV", (17.5, 19), (17, 20), "START"),
        _part("late evening", "EV", (20, 22.5), (19, 24), "END"),
        _part("dusk", "EV", (18, 19), (17, 20), "START"),
        _part("daytime", "DT", (9, 17), (6, 20)),
        _part("night", "NI", (22, 28), (20, 30)),
        _part("late at night", "NI", (23, 27), (21, 29), "END", around_midnight=True),
        _part("overnight", "NI", (23, 28), (20, 31), around_midnight=True),
    )


def _vague() -> tuple[VagueWindow, ...]:
    day = timedelta(days=1)
    return (
        VagueWindow("recently", 7 * day, 90 * day),
        VagueWindow("in recent days", 2 * day, 10 * day),
        VagueWindow("in recent weeks", 14 * day, 60 * day),
        VagueWindow("in recent months", 60 * day, 180 * day),
        VagueWindow("in recent years", 730 * day, 3653 * day),
        VagueWindow("soon", 7 * day, 90 * day, "future"),
    )


def _parts(
    thirds: tuple[int, int],
    slack: int,
    edge: int,
    half: int,
    half_slack: int = 0,
) -> PeriodParts:
    one, two = thirds
    return PeriodParts(
        early=PeriodPart(0, one, slack),
        mid=PeriodPart(one, two, slack),
        late=PeriodPart(two, None, slack),
        beginning=PeriodPart(0, edge, slack),
        end=PeriodPart(-edge, None, slack),
        first_half=PeriodPart(0, half, half_slack),
        second_half=PeriodPart(half, None, half_slack),
    )


@attrs.frozen
class Vocabulary:
    """The meaning of every fuzzy word the resolver knows; replace any field with attrs.evolve.

    Parts of periods are counted in sub-units: ``day`` in hours, ``week``, ``month`` and
    ``quarter`` in days, ``year`` in months, ``decade`` and ``century`` in years. Approximation
    ("around", "about") widens a time's support by ``approx_time``, a day's by ``approx_day``
    and so on; an
    approximate duration ("about ten days") may be ``approx_fraction`` shorter or longer.
    """

    day: PeriodParts = _parts((8, 16), 2, 6, 12)
    week: PeriodParts = _parts((2, 4), 1, 1, 3, 1)
    month: PeriodParts = _parts((10, 20), 3, 5, 15)
    quarter: PeriodParts = _parts((30, 60), 7, 15, 45)
    year: PeriodParts = _parts((4, 8), 1, 2, 6)
    decade: PeriodParts = _parts((3, 7), 1, 2, 5)
    century: PeriodParts = _parts((30, 70), 10, 10, 50)
    parts_of_day: tuple[TimeOfDay, ...] = attrs.field(factory=_day_parts)
    vague: tuple[VagueWindow, ...] = attrs.field(factory=_vague)
    season_slack: timedelta = timedelta(days=21)
    approx_time: timedelta = timedelta(minutes=30)
    approx_day: timedelta = timedelta(days=2)
    approx_month: timedelta = timedelta(days=7)
    approx_year: timedelta = timedelta(days=61)
    approx_fraction: float = attrs.field(default=0.25, validator=attrs.validators.ge(0.0))

    def part_of_day(self, name: str) -> TimeOfDay:
        """The part of the day called ``name`` ("morning", "late at night"...)."""
        for part in self.parts_of_day:
            if part.name == name:
                return part
        known = ", ".join(repr(p.name) for p in self.parts_of_day)
        raise KeyError(f"no part of day {name!r} in this vocabulary; known: {known}")

    def window(self, name: str) -> VagueWindow:
        """The vague window called ``name`` ("recently", "in recent weeks"...)."""
        for window in self.vague:
            if window.name == name:
                return window
        known = ", ".join(repr(w.name) for w in self.vague)
        raise KeyError(f"no vague window {name!r} in this vocabulary; known: {known}")

    def parts(self, unit: str) -> PeriodParts:
        """The fuzzy parts of a ``day``, ``week``, ``month``, ``quarter``, ``year``, ``decade``
        or ``century``."""
        if unit not in ("day", "week", "month", "quarter", "year", "decade", "century"):
            raise KeyError(f"no fuzzy parts for {unit!r}")
        value: PeriodParts = getattr(self, unit)
        return value


#: The vocabulary ``resolve`` uses unless given another.
DEFAULT_VOCABULARY = Vocabulary()
