"""TimelineJS 3 JSON: a solved schedule as a slide show of events, grouped by an attribute."""

from __future__ import annotations

from datetime import datetime, tzinfo
from html import escape
from typing import TYPE_CHECKING, Any, Literal

from timeline._errors import NotRepresentable
from timeline._moments import is_open as _is_open
from timeline._span import TimeSpan
from timeline._zones import zone_name

if TYPE_CHECKING:
    from timeline._events import Claim, Event
    from timeline._reason import Schedule

__all__ = ["to_timelinejs"]


def _date(moment: datetime, zone: tzinfo) -> dict[str, Any]:
    local = moment.astimezone(zone)
    value: dict[str, Any] = {"year": local.year, "month": local.month, "day": local.day}
    if (local.hour, local.minute, local.second) != (0, 0, 0):
        value.update(hour=local.hour, minute=local.minute)
        if local.second:
            value["second"] = local.second
    return value


def _show(moment: datetime, zone: tzinfo) -> str:
    if _is_open(moment):
        return "?"
    local = moment.astimezone(zone)
    return local.strftime("%Y-%m-%d" if local.time() == datetime.min.time() else "%Y-%m-%d %H:%M")


def _display(span: TimeSpan, zone: tzinfo) -> str:
    """How a person would say the bounds: exact where exact, a range where not."""

    def between(lo: datetime, hi: datetime) -> str:
        return _show(lo, zone) if lo == hi else f"{_show(lo, zone)}…{_show(hi, zone)}"

    start = between(span.earliest_start, span.latest_start)
    end = between(span.earliest_end, span.latest_end)
    return f"{start} → {end} ({zone_name(zone)})"


def _group(event: Event, attribute: str) -> str | None:
    if attribute == "actors":
        return ", ".join(event.actors) or None
    value = getattr(event, attribute, None) if attribute in ("kind", "place", "label") else None
    if value is None:
        value = event.attributes.get(attribute)
    return None if value is None or value == "" else str(value)


def _claim_line(claim: Claim) -> str:
    grade = f"{claim.reliability}{claim.credibility}"
    source = f"{escape(claim.source)}, {grade}" if claim.source else grade
    return f"“{escape(claim.text)}” ({source})"


def to_timelinejs(
    schedule: Schedule,
    *,
    title: str | None = None,
    group: str | None = "place",
    errors: Literal["raise", "coerce"] = "raise",
) -> dict[str, Any]:
    """TimelineJS 3 JSON data for a solved schedule (``json.dump`` it for the viewer).

    Each event becomes a slide from its earliest possible start to its latest possible end (so
    nothing it may cover is cut off), in the schedule's own zone; the slide's ``display_date``
    and text give the four bounds, so the uncertainty is shown rather than lost. ``group`` names
    the event attribute whose values become TimelineJS groups (rows): ``"place"``, ``"kind"``,
    ``"actors"`` or any free attribute; ``None`` for none. An event with no finite bound at all
    cannot be placed: it raises :class:`~timeline.NotRepresentable` naming it
    (``errors="raise"``) or is left out (``errors="coerce"``).
    """
    events = []
    for number, event in enumerate(schedule, start=1):
        span = schedule[event]
        zone = span.tz
        finite = [
            m
            for m in (span.earliest_start, span.latest_start, span.earliest_end, span.latest_end)
            if not _is_open(m)
        ]
        if not finite and errors == "coerce":
            continue
        if not finite:
            raise NotRepresentable(
                f"event {event.label!r} has no known bound, so TimelineJS cannot place it;"
                " give it a date or relate it to a dated event"
            )
        lines = [
            f"Start between {_show(span.earliest_start, zone)} and"
            f" {_show(span.latest_start, zone)}; end between"
            f" {_show(span.earliest_end, zone)} and {_show(span.latest_end, zone)}"
            f" ({zone_name(zone)})."
        ]
        lines += [_claim_line(claim) for claim in event.claims]
        slide: dict[str, Any] = {
            "unique_id": f"event-{number}",
            "start_date": _date(finite[0], zone),
            "end_date": _date(finite[-1], zone),
            "display_date": _display(span, zone),
            "text": {
                "headline": escape(event.label),
                "text": "<br>".join(f"<p>{line}</p>" for line in lines),
            },
        }
        if group is not None:
            name = _group(event, group)
            if name is not None:
                slide["group"] = name
        events.append(slide)
    document: dict[str, Any] = {"events": events}
    if title:
        document["title"] = {"text": {"headline": escape(title), "text": ""}}
    return document
