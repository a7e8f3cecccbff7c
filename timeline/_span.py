"""`TimeSpan`: a period of time known only within bounds, the value type the library speaks.

Four bounds in the CIDOC-CRM style. The span started somewhere in ``[earliest_start,
latest_start]`` and ended somewhere in ``[earliest_end, latest_end]``; ends are exclusive, so the
day Sept. 28 is ``[09-28 00:00, 09-29 00:00)``. The *certain* part ``[latest_start, earliest_end)``
surely lies inside the span (it may be empty); the *possible* extent ``[earliest_start,
latest_end)`` holds every moment that may. Optional duration bounds narrow it further.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any, Literal

import attrs

from timeline._errors import InvalidSpan, NotRepresentable, TimelineError
from timeline._timex import (
    Timex,
    edtf_for_period,
    iso_duration,
    parse_edtf,
    parse_iso_duration,
    timex_for_period,
)
from timeline._zones import TzLike, as_tzinfo, zone_name

__all__ = ["TimeSpan", "Granularity", "OPEN_START", "OPEN_END"]

Granularity = Literal[
    "century",
    "decade",
    "year",
    "half",
    "quarter",
    "season",
    "month",
    "week",
    "day",
    "part_of_day",
    "hour",
    "minute",
    "second",
    "unknown",
]

#: The earliest start of a span with no lower bound ("before Oct. 2" starts any time before).
OPEN_START = datetime.min.replace(tzinfo=timezone.utc)
#: The latest end of a span with no upper bound.
OPEN_END = datetime.max.replace(tzinfo=timezone.utc)
_ZERO = timedelta(0)


def _say_length(length: timedelta) -> str:
    """A length as people say it: ``10 days``, ``2 h 30 min``, ``45 s``."""
    days, rest = length.days, length.seconds
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [f"{days} day" + ("s" if days != 1 else "")] if days else []
    parts += [f"{hours} h"] if hours else []
    parts += [f"{minutes} min"] if minutes else []
    if seconds or length.microseconds or not parts:
        parts.append(f"{seconds + length.microseconds / 1e6:g} s")
    return " ".join(parts)


def describe_lengths(low: timedelta | None, high: timedelta | None) -> str:
    """Duration bounds as people say them (``None``: open), or ``""`` when nothing bounds them.

    >>> describe_lengths(timedelta(days=10), timedelta(days=10))
    'lasting 10 days'
    >>> describe_lengths(None, timedelta(hours=2)), describe_lengths(timedelta(hours=1), None)
    ('lasting at most 2 h', 'lasting at least 1 h')
    >>> describe_lengths(timedelta(hours=2), timedelta(days=1, hours=3))
    'lasting 2 h to 1 day 3 h'
    """
    if low is not None and low <= _ZERO:
        low = None  # no length is below zero: a lower bound of 0 says nothing
    if high is not None and high <= _ZERO:
        return "lasting no time (an instant)"
    if low is None:
        return "" if high is None else f"lasting at most {_say_length(high)}"
    if high is None:
        return f"lasting at least {_say_length(low)}"
    if low == high:
        return f"lasting {_say_length(low)}"
    return f"lasting {_say_length(low)} to {_say_length(high)}"


def _is_open(moment: datetime) -> bool:
    return moment == OPEN_START or moment == OPEN_END


def _instant(moment: datetime) -> datetime:
    """The moment in UTC: equal for equal instants, even at an ambiguous wall time (PEP 495)."""
    return moment.astimezone(timezone.utc)


def _aware(_: object, attribute: attrs.Attribute[datetime], value: datetime) -> None:
    if not isinstance(value, datetime):
        raise InvalidSpan(f"{attribute.name} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidSpan(
            f"{attribute.name}={value.isoformat()} has no time zone: give an aware datetime"
        )


def _duration(
    _: object, attribute: attrs.Attribute[timedelta | None], value: timedelta | None
) -> None:
    if value is not None and (not isinstance(value, timedelta) or value < _ZERO):
        raise InvalidSpan(f"{attribute.name} must be a timedelta of zero or more, not {value!r}")


@attrs.frozen(repr=False)
class TimeSpan:
    """A period known within four bounds, with optional duration bounds.

    Equality and hashing look at the bounds and duration bounds only: two spans are equal when they
    say the same thing about time, whatever phrase or zone they came from.

    >>> from datetime import datetime, timezone
    >>> day = TimeSpan.crisp(datetime(2017, 9, 28, tzinfo=timezone.utc),
    ...                      datetime(2017, 9, 29, tzinfo=timezone.utc))
    >>> day
    TimeSpan[2017-09-28 → 2017-09-29 UTC]
    >>> day.timex
    Timex(DATE 2017-09-28)
    """

    earliest_start: datetime = attrs.field(validator=_aware, eq=_instant)
    latest_start: datetime = attrs.field(validator=_aware, eq=_instant)
    earliest_end: datetime = attrs.field(validator=_aware, eq=_instant)
    latest_end: datetime = attrs.field(validator=_aware, eq=_instant)
    min_duration: timedelta | None = attrs.field(default=None, validator=_duration)
    max_duration: timedelta | None = attrs.field(default=None, validator=_duration)
    granularity: Granularity = attrs.field(default="unknown", eq=False)
    phrase: str | None = attrs.field(default=None, eq=False)
    anchor: datetime | None = attrs.field(default=None, eq=False)
    _timex: Timex | None = attrs.field(default=None, eq=False, alias="timex")

    def __attrs_post_init__(self) -> None:
        es, ls, ee, le = self.earliest_start, self.latest_start, self.earliest_end, self.latest_end
        # Compared in UTC: within one zone Python compares wall clocks, which is wrong in a fold.
        if es.tzinfo is ls.tzinfo is ee.tzinfo is le.tzinfo is timezone.utc:
            ues, uls, uee, ule = es, ls, ee, le  # in UTC already (the most frequent case)
        else:
            ues, uls, uee, ule = (_instant(m) for m in (es, ls, ee, le))
        problems = []
        if ues > uls:
            problems.append(f"earliest_start {es} is after latest_start {ls}")
        if uee > ule:
            problems.append(f"earliest_end {ee} is after latest_end {le}")
        if ues > uee:
            problems.append(f"earliest_start {es} is after earliest_end {ee}")
        if uls > ule:
            problems.append(f"latest_start {ls} is after latest_end {le}")
        lo, hi = self.min_duration, self.max_duration
        if lo is not None and hi is not None and lo > hi:
            problems.append(f"min_duration {lo} exceeds max_duration {hi}")
        if not problems and not _is_open(es) and not _is_open(le):
            if lo is not None and lo > ule - ues:
                problems.append(f"min_duration {lo} does not fit between {es} and {le}")
            if hi is not None and not _is_open(ls) and not _is_open(ee) and hi < uee - uls:
                problems.append(f"max_duration {hi} cannot bridge {ls} to {ee}")
        if problems:
            what = f" for {self.phrase!r}" if self.phrase else ""
            raise InvalidSpan(f"impossible span{what}: " + "; ".join(problems))

    # ----------------------------------------------------------------- constructors
    @classmethod
    def crisp(cls, start: datetime, end: datetime, **details: Any) -> TimeSpan:
        """A period whose start and end are both known exactly."""
        return cls(start, start, end, end, **details)

    @classmethod
    def from_core(
        cls,
        core: tuple[datetime, datetime],
        support: tuple[datetime, datetime],
        **details: Any,
    ) -> TimeSpan:
        """A fuzzy period: ``core`` is surely meant, ``support`` possibly meant.

        The span starts between the support's start and the core's start and ends between the
        core's end and the support's end.
        """
        return cls(support[0], core[0], core[1], support[1], **details)

    @classmethod
    def unknown(
        cls,
        min_duration: timedelta | None = None,
        max_duration: timedelta | None = None,
        **details: Any,
    ) -> TimeSpan:
        """A span placed nowhere in particular, e.g. a bare duration ("ten days")."""
        return cls(
            OPEN_START,
            OPEN_END,
            OPEN_START,
            OPEN_END,
            min_duration=min_duration,
            max_duration=max_duration,
            **details,
        )

    # ----------------------------------------------------------------- views
    @property
    def is_crisp(self) -> bool:
        """Whether start and end are each known exactly."""
        return self.earliest_start == self.latest_start and self.earliest_end == self.latest_end

    @property
    def is_bounded(self) -> bool:
        """Whether the possible extent is finite on both sides."""
        return not (_is_open(self.earliest_start) or _is_open(self.latest_end))

    @property
    def tz(self) -> tzinfo:
        """The zone the bounds are given in (that of the first bound that is not open)."""
        for moment in (self.earliest_start, self.latest_start, self.earliest_end, self.latest_end):
            if not _is_open(moment):
                assert moment.tzinfo is not None
                return moment.tzinfo
        return timezone.utc

    @property
    def certain(self) -> TimeSpan | None:
        """The crisp part surely inside the span, ``[latest_start, earliest_end)``, or None."""
        if self.latest_start >= self.earliest_end:
            return None
        return TimeSpan.crisp(self.latest_start, self.earliest_end, granularity=self.granularity)

    @property
    def possible(self) -> TimeSpan:
        """The crisp extent that holds every moment the span may cover."""
        return TimeSpan.crisp(self.earliest_start, self.latest_end, granularity=self.granularity)

    @property
    def duration_range(self) -> tuple[timedelta, timedelta | None]:
        """The least and greatest length the span can have (``None``: unbounded), in elapsed
        time: measured in UTC, as within one zone Python subtracts wall clocks (a local day
        that springs forward lasts 23 hours)."""
        es, ls, ee, le = (
            _instant(m)
            for m in (self.earliest_start, self.latest_start, self.earliest_end, self.latest_end)
        )
        lowest = max(ee - ls, _ZERO) if self.is_bounded else _ZERO
        if self.min_duration is not None:
            lowest = max(lowest, self.min_duration)
        highest = le - es if self.is_bounded else None
        if self.max_duration is not None:
            highest = self.max_duration if highest is None else min(highest, self.max_duration)
        return lowest, highest

    @property
    def timex(self) -> Timex:
        """The TimeML TIMEX3 of the span: the one given by the resolver, else derived."""
        if self._timex is not None:
            return self._timex
        if not self.is_bounded:
            if self.min_duration is not None and self.min_duration == self.max_duration:
                return Timex("DURATION", iso_duration(self.min_duration))
            return Timex("DATE", "XXXX")
        zone = self.tz
        start = self.earliest_start.astimezone(zone).replace(tzinfo=None)
        end = self.latest_end.astimezone(zone).replace(tzinfo=None)
        period = timex_for_period(start, end)
        return period if self.is_crisp else attrs.evolve(period, mod="APPROX")

    # ----------------------------------------------------------------- comparisons
    def possibly_contains(self, moment: datetime) -> bool:
        """Whether ``moment`` may fall inside the span."""
        return self.earliest_start <= moment < self.latest_end

    def certainly_contains(self, moment: datetime) -> bool:
        """Whether ``moment`` surely falls inside the span."""
        return self.latest_start <= moment < self.earliest_end

    def __contains__(self, item: object) -> bool:
        """``moment in span``: :meth:`possibly_contains`; ``other in span``: :meth:`is_within`."""
        if isinstance(item, datetime):
            return self.possibly_contains(item)
        if isinstance(item, TimeSpan):
            return item.is_within(self)
        hint = (
            ": a date is a day in some zone, e.g. TimeSpan.from_edtf('2017-09-28', tz=...)"
            if isinstance(item, date)
            else ""
        )
        raise TimelineError(
            f"'in' takes an aware datetime or a TimeSpan, not {type(item).__name__}{hint}"
        )

    def is_within(self, other: TimeSpan) -> bool:
        """Whether everything this span may cover lies inside what ``other`` may cover."""
        return other.earliest_start <= self.earliest_start and self.latest_end <= other.latest_end

    def certainly_before(self, other: TimeSpan) -> bool:
        """Whether this span surely ends no later than ``other`` starts."""
        return self.latest_end <= other.earliest_start

    def possibly_before(self, other: TimeSpan) -> bool:
        """Whether this span may end no later than ``other`` starts."""
        return self.earliest_end <= other.latest_start

    def possibly_overlaps(self, other: TimeSpan) -> bool:
        """Whether the two spans may share a moment."""
        return self.earliest_start < other.latest_end and other.earliest_start < self.latest_end

    def certainly_overlaps(self, other: TimeSpan) -> bool:
        """Whether the two spans surely share a moment (their certain parts meet)."""
        return self.latest_start < other.earliest_end and other.latest_start < self.earliest_end

    # ----------------------------------------------------------------- changes
    def astimezone(self, tz: TzLike) -> TimeSpan:
        """The same span with its bounds shown in another zone."""
        zone = as_tzinfo(tz)

        def move(moment: datetime) -> datetime:
            return moment if _is_open(moment) else moment.astimezone(zone)

        return attrs.evolve(
            self,
            earliest_start=move(self.earliest_start),
            latest_start=move(self.latest_start),
            earliest_end=move(self.earliest_end),
            latest_end=move(self.latest_end),
        )

    # ----------------------------------------------------------------- text forms
    def to_iso(self) -> str:
        """ISO 8601 interval text ``start/end`` of a crisp span (``..`` for an open end)."""
        if not self.is_crisp:
            raise NotRepresentable(
                f"{self!r} is fuzzy; an ISO 8601 interval holds only crisp spans:"
                " use span.possible.to_iso() or span.certain.to_iso(), or to_dict()"
            )
        first = ".." if _is_open(self.earliest_start) else self.earliest_start.isoformat()
        last = ".." if _is_open(self.latest_end) else self.latest_end.isoformat()
        return f"{first}/{last}"

    @classmethod
    def from_iso(cls, text: str) -> TimeSpan:
        """The crisp span of ISO 8601 ``start/end`` text written by :meth:`to_iso`."""
        first, sep, last = text.strip().partition("/")
        if not sep:
            raise NotRepresentable(f"{text!r} is not an ISO 8601 interval 'start/end'")
        try:
            start = OPEN_START if first in ("", "..") else datetime.fromisoformat(first)
            end = OPEN_END if last in ("", "..") else datetime.fromisoformat(last)
        except ValueError as error:
            raise NotRepresentable(f"{text!r} is not an ISO 8601 interval: {error}") from None
        if start.tzinfo is None or end.tzinfo is None:
            raise NotRepresentable(f"{text!r} lacks UTC offsets; give them on both ends")
        return cls.crisp(start, end)

    def to_edtf(self) -> str:
        """EDTF text for a crisp span of whole days in its zone; else :class:`NotRepresentable`.

        EDTF dates carry no zone: read them back with :meth:`from_edtf` and the same ``tz``.
        """
        if not self.is_crisp or self.min_duration is not None or self.max_duration is not None:
            raise NotRepresentable(
                f"{self!r} is fuzzy or carries duration bounds, which EDTF intervals cannot hold"
                " without loss; use to_dict() for the four bounds"
            )
        zone = self.tz

        def local(moment: datetime) -> datetime | None:
            return None if _is_open(moment) else moment.astimezone(zone).replace(tzinfo=None)

        return edtf_for_period(local(self.earliest_start), local(self.latest_end))

    @classmethod
    def from_edtf(cls, text: str, tz: TzLike = None) -> TimeSpan:
        """The crisp span of an EDTF date or interval, its days taken in zone ``tz`` (UTC)."""
        zone = as_tzinfo(tz)
        first, after = parse_edtf(text)

        def moment(day: Any, open_value: datetime) -> datetime:
            if day is None:
                return open_value
            return datetime(day.year, day.month, day.day, tzinfo=zone)

        return cls.crisp(moment(first, OPEN_START), moment(after, OPEN_END))

    def to_dict(self) -> dict[str, Any]:
        """The span as plain JSON-ready values: four ISO bounds, ISO durations, and details."""

        def bound(moment: datetime) -> str | None:
            return None if _is_open(moment) else moment.isoformat()

        def length(value: timedelta | None) -> str | None:
            return None if value is None else iso_duration(value)

        timex = self.timex
        return {
            "earliest_start": bound(self.earliest_start),
            "latest_start": bound(self.latest_start),
            "earliest_end": bound(self.earliest_end),
            "latest_end": bound(self.latest_end),
            "min_duration": length(self.min_duration),
            "max_duration": length(self.max_duration),
            "granularity": self.granularity,
            "tz": zone_name(self.tz),
            "phrase": self.phrase,
            "anchor": None if self.anchor is None else self.anchor.isoformat(),
            "timex": {"type": timex.type, "value": timex.value, "mod": timex.mod},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeSpan:
        """The span written by :meth:`to_dict` (missing bounds are open), its bounds in the
        zone ``tz`` names (a bound without an offset is taken in it)."""
        zone = as_tzinfo(data.get("tz"))

        def bound(key: str, open_value: datetime) -> datetime:
            text = data.get(key)
            if text is None:
                return open_value
            try:
                moment = datetime.fromisoformat(str(text))
            except ValueError:
                raise NotRepresentable(f"{key}={text!r} is not an ISO 8601 datetime") from None
            if moment.tzinfo is None:
                return moment.replace(tzinfo=zone)
            return moment.astimezone(zone) if data.get("tz") else moment

        def length(key: str) -> timedelta | None:
            text = data.get(key)
            return None if text is None else parse_iso_duration(str(text))

        timex_data = data.get("timex")
        anchor = data.get("anchor")
        return cls(
            bound("earliest_start", OPEN_START),
            bound("latest_start", OPEN_START),
            bound("earliest_end", OPEN_END),
            bound("latest_end", OPEN_END),
            min_duration=length("min_duration"),
            max_duration=length("max_duration"),
            granularity=data.get("granularity", "unknown"),
            phrase=data.get("phrase"),
            anchor=None if anchor is None else datetime.fromisoformat(str(anchor)),
            timex=None if not timex_data else Timex(**timex_data),
        )

    def __repr__(self) -> str:
        zone = self.tz
        moments = (self.earliest_start, self.latest_start, self.earliest_end, self.latest_end)
        local = [None if _is_open(m) else m.astimezone(zone) for m in moments]
        whole_days = all(m is None or m.time() == datetime.min.time() for m in local)

        def show(moment: datetime | None) -> str:
            if moment is None:
                return ".."
            return moment.strftime("%Y-%m-%d" if whole_days else "%Y-%m-%d %H:%M")

        name = zone_name(zone)
        offset = local[0] or local[1] or local[2] or local[3]
        if offset is not None and name not in ("UTC", "UTC+00:00"):
            name = f"{name} {offset.strftime('%z')[:3]}:{offset.strftime('%z')[3:]}"
        if self.is_crisp:
            text = f"{show(local[0])} → {show(local[3])}"
        else:

            def between(low: datetime | None, high: datetime | None) -> str:
                if low is None and high is None:
                    return "open"
                if low is None or high is None:
                    return f"≤ {show(high)}" if low is None else f"≥ {show(low)}"
                return f"{show(low)}..{show(high)}"

            text = f"start {between(local[0], local[1])}, end {between(local[2], local[3])}"
        if all(m is None for m in local):
            text = "anytime"
        lengths = describe_lengths(self.min_duration, self.max_duration)
        if lengths:
            text += f", {lengths}"
        if self.phrase:
            text = f"{self.phrase!r}: {text}"
        return f"TimeSpan[{text} {name}]"
