"""Moments as the solver counts them: whole milliseconds since 1970-01-01 UTC, and back."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from typing import Literal

from timeline._span import OPEN_END, OPEN_START
from timeline._span import describe_lengths as show_lengths

__all__ = [
    "Bound",
    "BOUNDS",
    "EPOCH",
    "INF",
    "ms",
    "ms_up",
    "ms_length",
    "ms_length_up",
    "moment",
    "is_open",
    "show_length",
    "show_lengths",
]

Bound = Literal["earliest_start", "latest_start", "earliest_end", "latest_end"]
BOUNDS: tuple[Bound, ...] = ("earliest_start", "latest_start", "earliest_end", "latest_end")
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MS = timedelta(milliseconds=1)
INF = float("inf")


def ms(moment: datetime) -> float:
    return float((moment - EPOCH) // _MS)


def ms_length(length: timedelta) -> float:
    return float(length // _MS)


def ms_up(moment: datetime) -> float:
    """Milliseconds, rounded up: an upper bound never gets tighter than what was said."""
    return float(-((EPOCH - moment) // _MS))


def ms_length_up(length: timedelta) -> float:
    return float(-((-length) // _MS))


def moment(value: float, zone: tzinfo) -> datetime:
    """The instant ``value`` milliseconds from the epoch, in ``zone``; past either end of the
    calendar (a bound of a time before the common era) the calendar's end itself."""
    try:
        return (EPOCH + timedelta(milliseconds=value)).astimezone(zone)
    except OverflowError:
        return OPEN_START if value < 0 else OPEN_END


def is_open(moment: datetime) -> bool:
    return moment == OPEN_START or moment == OPEN_END


def show_length(ms: float) -> str:
    """A length in milliseconds as people say it: ``10 days``, ``2 h 30 min``, ``45 s``."""
    seconds = abs(ms) / 1000
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{int(days)} day" + ("s" if days != 1 else ""))
    if hours:
        parts.append(f"{int(hours)} h")
    if minutes:
        parts.append(f"{int(minutes)} min")
    if secs or not parts:
        parts.append(f"{secs:g} s")
    return " ".join(parts)
