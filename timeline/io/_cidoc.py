"""CIDOC-CRM-style JSON: the four bounds of an E52 Time-Span, per span or per solved event."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, overload

from timeline._moments import is_open
from timeline._span import TimeSpan
from timeline._timex import iso_duration

if TYPE_CHECKING:
    from timeline._reason import Schedule

__all__ = ["to_cidoc"]

#: Our bound -> the CIDOC-CRM property that carries it (E52 Time-Span, CRM 7.1).
BOUND_PROPERTIES = {
    "earliest_start": "P82a_begin_of_the_begin",
    "latest_start": "P81a_end_of_the_begin",
    "earliest_end": "P81b_begin_of_the_end",
    "latest_end": "P82b_end_of_the_end",
}


def _moment(moment: datetime) -> str | None:
    return None if is_open(moment) else moment.isoformat()


def _length(value: timedelta | None) -> str | None:
    return None if value is None else iso_duration(value)


def _time_span(span: TimeSpan) -> dict[str, Any]:
    record: dict[str, Any] = {"type": "E52_Time-Span"}
    for name, prop in BOUND_PROPERTIES.items():
        moment = _moment(getattr(span, name))
        if moment is not None:
            record[prop] = moment
    if span.min_duration is not None or span.max_duration is not None:
        dimension: dict[str, Any] = {"type": "E54_Dimension"}
        if span.min_duration is not None:
            dimension["P90a_has_lower_value_limit"] = _length(span.min_duration)
        if span.max_duration is not None:
            dimension["P90b_has_upper_value_limit"] = _length(span.max_duration)
        record["P191_had_duration"] = dimension
    if span.phrase:
        record["P1_is_identified_by"] = {"type": "E49_Time_Appellation", "content": span.phrase}
    return record


@overload
def to_cidoc(obj: TimeSpan) -> dict[str, Any]: ...


@overload
def to_cidoc(obj: Schedule) -> list[dict[str, Any]]: ...


def to_cidoc(obj: TimeSpan | Schedule) -> dict[str, Any] | list[dict[str, Any]]:
    """CIDOC-CRM-style JSON data for a :class:`~timeline.TimeSpan` or a solved schedule.

    A span becomes an ``E52_Time-Span`` whose four bounds are the CRM's "begin of the begin"
    (``P82a``, our ``earliest_start``), "end of the begin" (``P81a``, ``latest_start``), "begin
    of the end" (``P81b``, ``earliest_end``) and "end of the end" (``P82b``, ``latest_end``), as
    ISO 8601 text with UTC offsets; an open bound is left out; duration bounds go to ``P191``. A
    :class:`~timeline.Schedule` becomes a list of ``E5_Event`` records, each with its solved
    time-span (``P4``), place (``P7``), actors (``P11``), kind (``P2``) and claims (``P70i``).
    Ends are exclusive, as everywhere in this library.

    >>> from datetime import datetime, timezone
    >>> day = TimeSpan.crisp(datetime(2017, 9, 28, tzinfo=timezone.utc),
    ...                      datetime(2017, 9, 29, tzinfo=timezone.utc))
    >>> to_cidoc(day)["P82b_end_of_the_end"]
    '2017-09-29T00:00:00+00:00'
    """
    if isinstance(obj, TimeSpan):
        return _time_span(obj)
    records = []
    for event in obj:
        record: dict[str, Any] = {"type": "E5_Event", "label": event.label}
        if event.kind:
            record["P2_has_type"] = {"type": "E55_Type", "label": event.kind}
        record["P4_has_time-span"] = _time_span(obj[event])
        if event.place:
            record["P7_took_place_at"] = {"type": "E53_Place", "label": event.place}
        if event.actors:
            record["P11_had_participant"] = [
                {"type": "E39_Actor", "label": actor} for actor in event.actors
            ]
        if event.claims:
            record["P70i_is_documented_in"] = [
                {
                    "type": "E31_Document",
                    "content": claim.text,
                    "source": claim.source,
                    "reliability": claim.reliability,
                    "credibility": claim.credibility,
                    **({"url": claim.url} if claim.url else {}),
                }
                for claim in event.claims
            ]
        records.append(record)
    return records
