"""Time zones and anchors: what users pass, as aware datetimes; never the machine's zone."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from timeline._errors import TimelineError

__all__ = ["TzLike", "AnchorLike", "as_tzinfo", "as_anchor", "zone_name", "zone_of_place"]

TzLike = str | tzinfo | None
_OFFSET = re.compile(r"(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
AnchorLike = str | date | datetime


def as_tzinfo(tz: TzLike, default: tzinfo = timezone.utc) -> tzinfo:
    """A tzinfo from a zone name (``"Asia/Pyongyang"``), ``"UTC"``, a fixed offset
    (``"UTC+09:00"``, ``"+08:30"``), a tzinfo, or ``None``."""
    if tz is None:
        return default
    if isinstance(tz, tzinfo):
        return tz
    if isinstance(tz, str):
        name = tz.strip()
        if name.upper() in ("UTC", "Z", "GMT"):
            return timezone.utc
        offset = _OFFSET.fullmatch(name)
        if offset is not None:  # "UTC+09:00", as zone_name writes a fixed offset; "+08:30"
            sign, hours, minutes = offset.group(1), int(offset.group(2)), int(offset.group(3) or 0)
            if hours < 24 and minutes < 60:
                length = timedelta(hours=hours, minutes=minutes)
                return timezone(-length if sign == "-" else length)
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise TimelineError(
                f"unknown time zone {tz!r}: give an IANA name such as 'Asia/Pyongyang' or 'UTC'"
            ) from None
    raise TimelineError(f"a time zone must be a name or a tzinfo, not {type(tz).__name__}")


def as_anchor(anchor: AnchorLike, tz: TzLike = None) -> datetime:
    """The anchor (a report's date or time) as an aware datetime, and the zone to resolve in.

    A date becomes midnight at its start in ``tz``; a naive datetime is read in ``tz``; an aware
    one is converted to ``tz`` when ``tz`` is given and kept as is otherwise. Without ``tz`` and
    without a zone of its own the anchor is read as UTC, never in the machine's zone.
    """
    if isinstance(anchor, str):
        text = anchor.strip()
        try:
            parsed: date | datetime = (
                datetime.fromisoformat(text.replace("Z", "+00:00"))
                if "T" in text or " " in text or len(text) > 10
                else date.fromisoformat(text)
            )
        except ValueError:
            raise TimelineError(
                f"anchor {anchor!r} is not an ISO 8601 date or datetime (e.g. '2017-10-11')"
            ) from None
        anchor = parsed
    if isinstance(anchor, datetime):
        if anchor.tzinfo is None or anchor.utcoffset() is None:
            return anchor.replace(tzinfo=as_tzinfo(tz))
        try:
            return anchor if tz is None else anchor.astimezone(as_tzinfo(tz))
        except OverflowError:
            raise TimelineError(
                f"anchor {anchor.isoformat()!r} in {tz!r} falls outside the calendar"
                " (years 1 to 9999)"
            ) from None
    if isinstance(anchor, date):
        return datetime.combine(anchor, time(), tzinfo=as_tzinfo(tz))
    raise TimelineError(
        f"an anchor must be a date, a datetime or ISO text, not {type(anchor).__name__}"
    )


def zone_name(zone: tzinfo | None) -> str:
    """A short name for a zone to show people: the IANA key where there is one."""
    if zone is None:
        return "UTC"
    key = getattr(zone, "key", None)
    if isinstance(key, str):
        return key
    return str(zone)


#: Places a zone is named after in news ("Beijing time") that are no IANA zone's city: capitals
#: and large cities that share another city's zone. Kept small; everything else is the city part
#: of an IANA name ("Moscow" -> Europe/Moscow, "New York" -> America/New_York).
_PLACE_ALIASES = {
    "beijing": "Asia/Shanghai", "washington": "America/New_York", "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "kyiv": "Europe/Kyiv",
    "kiev": "Europe/Kyiv", "hanoi": "Asia/Ho_Chi_Minh", "ottawa": "America/Toronto",
    "brasilia": "America/Sao_Paulo", "ankara": "Europe/Istanbul",
    "islamabad": "Asia/Karachi", "abu dhabi": "Asia/Dubai", "tel aviv": "Asia/Jerusalem",
    "mecca": "Asia/Riyadh", "geneva": "Europe/Zurich", "the hague": "Europe/Amsterdam",
}  # fmt: skip
#: Regions whose city parts name places; and city parts that are words more often than places
#: ("Christmas time" is Indian/Christmas only by accident) or no city ("Australia/West").
_PLACE_AREAS = frozenset("Africa America Asia Atlantic Australia Europe Indian Pacific".split())
_NOT_PLACE_NAMES = frozenset(
    "christmas easter midway wake north south west east act nsw lhi general".split()
)
#: Countries the tz database names a zone after ("Japan time", "Israel time").
_COUNTRY_ZONES = (
    "Cuba Egypt Iceland Iran Israel Jamaica Japan Libya Poland Portugal Singapore Turkey"
)


@cache
def _places() -> dict[str, str]:
    """The IANA zone of each place name (lower case, spaces for underscores)."""
    zones = available_timezones()
    places: dict[str, str] = {}
    for key in sorted(zones, key=lambda key: (key.count("/"), key)):  # shortest name first
        area, _, city = key.rpartition("/")
        if area.split("/")[0] not in _PLACE_AREAS:
            continue
        name = city.replace("_", " ").lower()
        if name not in _NOT_PLACE_NAMES:
            places.setdefault(name, key)
    for key in _COUNTRY_ZONES.split():
        if key in zones:
            places.setdefault(key.lower(), key)
    for name, key in _PLACE_ALIASES.items():
        if key not in zones and key == "Europe/Kyiv":
            key = "Europe/Kiev"  # tz data before 2022b
        if key in zones:
            places[name] = key
    return places


def zone_of_place(name: str) -> str | None:
    """The IANA zone a place names when a time is said in it ("Moscow" -> ``Europe/Moscow``,
    "New York" -> ``America/New_York``, "Beijing" -> ``Asia/Shanghai``), or None for a name
    that is no known place. ``name`` is the place's words joined by single spaces."""
    return _places().get(name.lower())
