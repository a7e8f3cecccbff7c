"""TimeML TIMEX3 values, EDTF and ISO 8601 text for calendar periods.

Pure functions over naive local datetimes; :mod:`timeline._span` calls them with the span's
bounds in the span's own zone. The conventions are TimeML 1.2.1's (see the docs' conventions page).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Literal, Protocol, get_args

import attrs

from timeline._errors import NotRepresentable, TimelineError

__all__ = [
    "clock_told",
    "Timex",
    "Annotation",
    "TimexType",
    "TimexMod",
    "timex_for_period",
    "edtf_for_period",
    "parse_edtf",
    "iso_duration",
    "parse_iso_duration",
]

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
TimexMod = Literal[
    "START",
    "MID",
    "END",
    "APPROX",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
]
_TYPES = frozenset(get_args(TimexType))
_MODS = frozenset(get_args(TimexMod))


def _check_type(_: object, __: object, value: str) -> None:
    if value not in _TYPES:
        raise ValueError(f"TIMEX3 type must be one of {sorted(_TYPES)}, not {value!r}")


def _check_mod(_: object, __: object, value: str | None) -> None:
    if value is not None and value not in _MODS:
        raise ValueError(f"TIMEX3 mod must be one of {sorted(_MODS)} or None, not {value!r}")


@attrs.frozen
class Timex:
    """A TimeML TIMEX3 annotation: ``type``, ``value`` and optional ``mod``.

    >>> Timex("DATE", "2017-09", "MID")
    Timex(DATE 2017-09 MID)
    """

    type: TimexType = attrs.field(validator=_check_type)
    value: str = attrs.field(validator=attrs.validators.instance_of(str))
    mod: TimexMod | None = attrs.field(default=None, validator=_check_mod)

    def __repr__(self) -> str:
        mod = f" {self.mod}" if self.mod else ""
        return f"Timex({self.type} {self.value}{mod})"


class Annotation(Protocol):
    """Anything with character offsets and a TIMEX3: a gold TIMEX3, a ``Mention``."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def timex(self) -> Timex: ...


def _is_midnight(moment: datetime) -> bool:
    return moment.time() == datetime.min.time()


_CLOCK_TOLD = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)")


def clock_told(value: str) -> tuple[date, int, int] | None:
    """The day, hour and minute a TIMEX3 value of a clock time is told at ("2017-10-03T15:15"):
    its wall clock, in the zone it was told in, whatever zone its span's bounds are written in.
    None for any other value or a day that does not exist; the hour may be 24 ("T24:00", the
    midnight that ends the day)."""
    found = _CLOCK_TOLD.match(value)
    if found is None:
        return None
    year, month, day, hour, minute = (int(part) for part in found.groups())
    try:
        return date(year, month, day), hour, minute
    except ValueError:
        return None


def timex_for_period(start: datetime, end: datetime) -> Timex:
    """The TIMEX3 of the crisp period ``[start, end)`` given as naive local datetimes.

    Calendar units (century, decade, year, half, quarter, month, ISO week, day) get their DATE
    value; a period starting off midnight gets a TIME value at the precision of its start; any
    other period is named by its first day with no finer claim than that.

    >>> timex_for_period(datetime(2017, 9, 28), datetime(2017, 9, 29))
    Timex(DATE 2017-09-28)
    >>> timex_for_period(datetime(2017, 9, 28, 1), datetime(2017, 9, 28, 3))
    Timex(TIME 2017-09-28T01:00)
    """
    if not (_is_midnight(start) and _is_midnight(end)):
        if start.second or start.microsecond:
            return Timex("TIME", start.strftime("%Y-%m-%dT%H:%M:%S"))
        return Timex("TIME", start.strftime("%Y-%m-%dT%H:%M"))
    first, last = start.date(), end.date()
    days = (last - first).days
    if days == 1:
        return Timex("DATE", first.isoformat())
    if first.day == 1 and first.month == 1 and last.day == 1 and last.month == 1:
        years = last.year - first.year
        if years == 100 and first.year % 100 == 0:
            return Timex("DATE", f"{first.year // 100:02d}")
        if years == 10 and first.year % 10 == 0:
            return Timex("DATE", f"{first.year // 10:03d}")
        if years == 1:
            return Timex("DATE", f"{first.year:04d}")
    if first.day == 1 and last.day == 1:
        months = (last.year - first.year) * 12 + last.month - first.month
        if months == 1:
            return Timex("DATE", f"{first.year:04d}-{first.month:02d}")
        if months == 3 and first.month % 3 == 1:
            return Timex("DATE", f"{first.year:04d}-Q{first.month // 3 + 1}")
        if months == 6 and first.month in (1, 7):
            return Timex("DATE", f"{first.year:04d}-H{1 if first.month == 1 else 2}")
    if days == 7 and first.isoweekday() == 1:
        year, week, _ = first.isocalendar()
        return Timex("DATE", f"{year:04d}-W{week:02d}")
    if days == 2 and first.isoweekday() == 6:
        year, week, _ = first.isocalendar()
        return Timex("DATE", f"{year:04d}-W{week:02d}-WE")
    return Timex("DATE", first.isoformat())


def edtf_for_period(start: datetime | None, end: datetime | None) -> str:
    """EDTF (ISO 8601-2) text for a crisp, day-aligned period ``[start, end)``, naive local.

    ``None`` stands for an open end (``..``). A single year, month or day gets its short form;
    any other run of whole days becomes an inclusive ``first/last`` interval.

    >>> edtf_for_period(datetime(2017, 9, 1), datetime(2017, 10, 1))
    '2017-09'
    >>> edtf_for_period(datetime(2017, 9, 28), datetime(2017, 10, 3))
    '2017-09-28/2017-10-02'
    """
    for moment in (start, end):
        if moment is not None and not _is_midnight(moment):
            raise NotRepresentable(
                f"EDTF has no intervals at clock-time precision ({moment.isoformat()});"
                " use TimeSpan.to_iso() instead"
            )
    if start is None or end is None:
        first = ".." if start is None else start.date().isoformat()
        last = ".." if end is None else (end.date() - timedelta(days=1)).isoformat()
        return f"{first}/{last}"
    value = timex_for_period(start, end).value
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", value) and _edtf_bounds(value) == (
        start.date(),
        end.date(),
    ):
        return value
    return f"{start.date().isoformat()}/{(end.date() - timedelta(days=1)).isoformat()}"


def _edtf_bounds(value: str) -> tuple[date, date]:
    """First day and the day after the last day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0] + 1, 1, 1)
    if len(parts) == 2:
        year, month = parts
        following = date(year + month // 12, month % 12 + 1, 1)
        return date(year, month, 1), following
    day = date(*parts)
    return day, day + timedelta(days=1)


def parse_edtf(text: str) -> tuple[date | None, date | None]:
    """The first day and the day after the last of an EDTF date or interval (``None``: open).

    Accepts the forms :func:`edtf_for_period` writes: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` and
    ``a/b`` of those with ``..`` (or empty) for an open end.

    >>> parse_edtf("2017-09")
    (datetime.date(2017, 9, 1), datetime.date(2017, 10, 1))
    """
    text = text.strip()
    single = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
    try:
        if re.fullmatch(single, text):
            return _edtf_bounds(text)
        match = re.fullmatch(rf"({single}|\.\.|)/({single}|\.\.|)", text)
        if match:
            first, last = match.groups()
            lo = None if first in ("", "..") else _edtf_bounds(first)[0]
            hi = None if last in ("", "..") else _edtf_bounds(last)[1]
            if lo is not None and hi is not None and lo >= hi:
                raise NotRepresentable(f"EDTF interval {text!r} ends before it starts")
            return lo, hi
    except ValueError as error:
        if isinstance(error, TimelineError):
            raise
        raise NotRepresentable(f"{text!r} is not a valid EDTF date: {error}") from None
    raise NotRepresentable(
        f"{text!r} is not an EDTF form this library reads (YYYY, YYYY-MM, YYYY-MM-DD, a/b)"
    )


def iso_duration(length: timedelta) -> str:
    """Exact ISO 8601 duration text for a timedelta, in days and clock units.

    >>> iso_duration(timedelta(days=10)), iso_duration(timedelta(hours=2, minutes=30))
    ('P10D', 'PT2H30M')
    >>> iso_duration(timedelta(days=3, milliseconds=5))
    'P3DT0.005S'
    """
    if length < timedelta(0):
        raise NotRepresentable(f"a duration cannot be negative: {length}")
    if not length:
        return "PT0S"
    hours, rest = divmod(length.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if length.microseconds:
        clock += f"{seconds}.{length.microseconds:06d}".rstrip("0") + "S"
    elif seconds:
        clock += f"{seconds}S"
    return "P" + (f"{length.days}D" if length.days else "") + (f"T{clock}" if clock else "")


def parse_iso_duration(text: str) -> timedelta:
    """A timedelta from ISO 8601 duration text in weeks, days and clock units.

    Years and months have no fixed length and are refused.

    >>> parse_iso_duration("P1DT2H")
    datetime.timedelta(days=1, seconds=7200)
    """
    match = re.fullmatch(
        r"P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
        r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?",
        text.strip(),
    )
    if not match or text.strip() in ("P", "PT") or text.strip().endswith("T"):
        raise NotRepresentable(
            f"{text!r} is not an ISO 8601 duration in weeks, days, hours, minutes or seconds"
        )
    weeks, days, hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
    return timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)
