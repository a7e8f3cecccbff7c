"""pandas in and out for timelines and schedules.

``Schedule.to_frame()``: one row per event, columns ``label``, ``earliest_start``,
``latest_start``, ``earliest_end``, ``latest_end`` (tz-aware Timestamps in the timeline's zone, NaT
for an open bound), ``min_duration``, ``max_duration`` (Timedelta or NaT), ``kind``, ``place``,
``actors`` (tuple of str), one column per further event attribute, and ``claims`` (tuple of
:class:`~timeline.Claim`). ``frame.attrs["anchor"]`` holds the timeline's anchor, so
``timeline.plot(frame)`` still draws the report's date.

``Timeline.from_frame(df, anchor=..., tz=...)`` reads one row per event:

===============  ==========================================================================
column           meaning
===============  ==========================================================================
``label``        required, unique
``when``         a phrase, TimeSpan, datetime or date (or a tuple of several): the event lies
                 within it
``start``        the same, for the start point (``end`` for the end point)
``duration``     a timedelta, a ``(min, max)`` pair, or a phrase such as "ten days"
``kind``,        kept as the event's kind, place and actors (actors: a tuple/list, or text
``place``,       separated by ``;``)
``actors``
``claim``        the claim behind the row: a :class:`~timeline.Claim`, a text, or a tuple of them
                 (``claims`` is read the same way)
``before``       labels this event is before (a tuple/list, or text separated by ``;``)
``after``        labels this event is after
``relations``    a tuple of ``(relation, label)``, ``(relation, label, gap)`` or
                 ``(relation, label, gap, claims)`` entries, this event being the first one
``constraints``  a tuple of :class:`~timeline.Constraint` records, added as they are
                 (what :meth:`Timeline.add_constraint` was given, e.g. by a CSV reader)
other            any other column becomes an event attribute
===============  ==========================================================================

Empty cells (None, NaN, NaT, "") mean *not given*. A row that cannot be read raises
:class:`~timeline.TimelineError` naming its row number (0-based position) and column.
``Timeline.to_frame()`` writes these columns back, so a timeline survives the round trip.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from timeline._errors import TimelineError
from timeline._events import Claim, as_claims
from timeline._zones import AnchorLike, TzLike

if TYPE_CHECKING:
    import pandas

    from timeline._reason import Schedule, Timeline

__all__ = ["schedule_to_frame", "timeline_to_frame", "timeline_from_frame"]

_KNOWN = (
    "label",
    "when",
    "start",
    "end",
    "duration",
    "kind",
    "place",
    "actors",
    "claim",
    "claims",
    "before",
    "after",
    "relations",
    "constraints",
)


def _times(values: Any, zone: Any) -> Any:
    """Epoch milliseconds (±inf open) as a tz-aware Series in ``zone``, NaT where open.

    Nanoseconds, pandas' usual unit, when every time fits in them (1677-09-21 to 2262-04-11);
    milliseconds otherwise, so a siege in 1648 stays in 1648.
    """
    import numpy as np
    import pandas as pd

    array = np.asarray(values, dtype=np.float64)
    finite = np.isfinite(array)
    whole = np.where(finite, array, 0).astype(np.int64)
    stamps = whole.astype("datetime64[ms]").astype(f"datetime64[{_unit(whole, pd.Timestamp)}]")
    series = pd.Series(stamps).dt.tz_localize("UTC").dt.tz_convert(zone)
    return series.where(pd.Series(finite), pd.NaT)


def _lengths(values: Any) -> Any:
    """Milliseconds (inf / NaN: none) as a timedelta Series, NaT where there is none (in
    nanoseconds when every length fits in them, about 292 years, else milliseconds)."""
    import numpy as np
    import pandas as pd

    array = np.asarray(values, dtype=np.float64)
    finite = np.isfinite(array)
    whole = np.where(finite, array, 0).astype(np.int64)
    lengths = whole.astype("timedelta64[ms]").astype(f"timedelta64[{_unit(whole, pd.Timedelta)}]")
    series = pd.Series(lengths)
    return series.where(pd.Series(finite), pd.NaT)


def _unit(milliseconds: Any, kind: Any) -> str:
    """The finest unit, nanoseconds or milliseconds, that holds every one of ``milliseconds``
    (numpy's conversion to nanoseconds wraps around silently where they do not fit)."""
    low, high = kind.min.value // 1_000_000 + 1, kind.max.value // 1_000_000
    fits = bool(((milliseconds >= low) & (milliseconds <= high)).all())
    return "ns" if fits else "ms"


def schedule_to_frame(schedule: Schedule) -> pandas.DataFrame:
    """The schedule frame: one row per event (see the module documentation for the columns)."""
    import numpy as np
    import pandas as pd

    events = schedule.events
    zone = schedule.tz
    frame = pd.DataFrame({"label": [event.label for event in events]})
    bounds = zip(
        ("earliest_start", "latest_start", "earliest_end", "latest_end"),
        schedule.all_bounds(),
        strict=True,
    )
    for column, values in bounds:
        frame[column] = _times(values, zone)
    lows, highs = schedule.duration_bounds()
    frame["min_duration"] = _lengths(np.where(lows > 0, lows, np.nan))
    frame["max_duration"] = _lengths(highs)
    frame["kind"] = [event.kind for event in events]
    frame["place"] = [event.place for event in events]
    frame["actors"] = [tuple(event.actors) for event in events]
    for name in _attribute_names(events):
        if name in frame.columns or name == "claims":
            continue
        frame[name] = [event.attributes.get(name) for event in events]
    frame["claims"] = [tuple(event.claims) for event in events]
    if schedule.timeline.anchor is not None:  # the report's date, which timeline.plot draws
        frame.attrs["anchor"] = schedule.timeline.anchor
    return frame


def _attribute_names(events: Iterable[Any]) -> list[str]:
    names: dict[str, None] = {}
    for event in events:
        names.update(dict.fromkeys(event.attributes))
    return list(names)


def timeline_to_frame(timeline: Timeline) -> pandas.DataFrame:
    """One row per event with what was given about it, readable by :func:`timeline_from_frame`."""
    import pandas as pd

    events = timeline.events
    relations: dict[str, list[tuple[Any, ...]]] = {event.label: [] for event in events}
    for first, relation, second, gap, claims in timeline.relations():
        relations[first].append((relation, second, gap, claims))

    rows = []
    for event in events:
        stated = timeline.stated(event)
        rows.append(
            {
                "label": event.label,
                "when": _given(stated, "when"),
                "start": _given(stated, "start"),
                "end": _given(stated, "end"),
                "duration": _given(stated, "duration"),
                "kind": event.kind,
                "place": event.place,
                "actors": tuple(event.actors),
                **{name: value for name, value in event.attributes.items() if name not in _KNOWN},
                "claims": tuple(event.claims),
                "relations": tuple(relations[event.label]),
                "constraints": stated.get("constraints", ()),
            }
        )
    columns = ["label", "when", "start", "end", "duration", "kind", "place", "actors"]
    columns += [name for name in _attribute_names(events) if name not in _KNOWN]
    columns += ["claims", "relations", "constraints"]
    return pd.DataFrame(rows, columns=columns)


def _given(stated: dict[str, tuple[Any, ...]], key: str) -> Any:
    """One value said for ``key`` as itself, several as a tuple, none as None."""
    values = stated.get(key, ())
    if not values:
        return None
    return values[0] if len(values) == 1 else values


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (tuple, list)):
        return len(value) == 0
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _labels(value: Any) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    if isinstance(value, (tuple, list)):
        return [str(part) for part in value]
    raise TimelineError(f"expected labels as text separated by ';' or a list, not {value!r}")


def _several(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (tuple, list)) else [value]


def _duration(value: Any) -> Any:
    import pandas as pd

    if isinstance(value, pd.Timedelta):
        return value.to_pytimedelta()
    if isinstance(value, list):
        value = tuple(value)
    if isinstance(value, tuple):
        return tuple(
            None if _empty(side) else pd.Timedelta(side).to_pytimedelta() for side in value
        )
    return value


def _span_value(value: Any) -> Any:
    import pandas as pd

    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def timeline_from_frame(
    frame: pandas.DataFrame, *, anchor: AnchorLike | None = None, tz: TzLike = None
) -> Timeline:
    """A :class:`~timeline.Timeline` from a frame with one row per event (see module docs)."""
    from timeline._reason import Timeline

    if "label" not in frame.columns:
        raise TimelineError(
            f"the frame needs a 'label' column (it has {', '.join(map(str, frame.columns))})"
        )
    tl = Timeline(anchor=anchor, tz=tz)
    records = frame.to_dict("records")
    index = list(frame.index)

    def fail(row: int, column: str, error: Exception) -> TimelineError:
        named = "" if index[row] == row else f" (index {index[row]!r})"  # a filtered frame's
        return TimelineError(f"row {row}{named}, column {column!r}: {error}")

    for row, record in enumerate(records):
        label = record.get("label")
        if _empty(label) or not isinstance(label, str):
            raise fail(row, "label", TimelineError(f"a label must be a non-empty text: {label!r}"))
        column = "claims"
        try:
            claims: tuple[Claim, ...] = ()
            for column in ("claim", "claims"):
                if column in record and not _empty(record[column]):
                    claims += as_claims(record[column])
            attributes = {
                str(name): value
                for name, value in record.items()
                if name not in _KNOWN and not _empty(value)
            }
            column = "actors"
            actors = record.get("actors")
            if not _empty(actors):
                attributes["actors"] = _labels(actors)
            for column in ("kind", "place"):
                if not _empty(record.get(column)):
                    attributes[column] = str(record[column])
            column = "label"
            tl.event(label, claim=claims, **attributes)
            for column in ("when", "start", "end"):
                value = record.get(column)
                if _empty(value):
                    continue
                for item in _several(value):
                    tl.constrain(label, claim=claims, **{column: _span_value(item)})
            column = "duration"
            if not _empty(record.get("duration")):
                tl.constrain(label, duration=_duration(record["duration"]), claim=claims)
        except TimelineError as error:
            raise fail(row, column, error) from None
        except (TypeError, ValueError) as error:
            raise fail(row, column, error) from None

    for row, record in enumerate(records):
        label = record["label"]
        for column in ("before", "after", "relations", "constraints"):
            value = record.get(column)
            if column not in record or _empty(value):
                continue
            try:
                if column in ("before", "after"):
                    for other in _labels(value):
                        tl.relate(label, column, other)
                    continue
                if column == "constraints":
                    for entry in _several(value):
                        tl.add_constraint(entry)
                    continue
                for entry in _several(value):
                    _relation(tl, label, entry)
            except TimelineError as error:
                raise fail(row, column, error) from None
            except (TypeError, ValueError) as error:
                raise fail(row, column, error) from None
    return tl


def _relation(tl: Timeline, label: str, entry: Any) -> None:
    if isinstance(entry, str):
        relation, _, other = entry.partition(":")
        if not other:
            raise TimelineError(f"a relation entry reads 'before:label', not {entry!r}")
        tl.relate(label, relation.strip(), other.strip())
        return
    if not isinstance(entry, (tuple, list)) or not 2 <= len(entry) <= 4:
        raise TimelineError(
            f"a relation entry is (relation, label[, gap[, claims]]), not {entry!r}"
        )
    relation, other = entry[0], entry[1]
    gap = entry[2] if len(entry) > 2 and not _empty(entry[2]) else None
    if gap is not None:
        gap = tuple(None if _empty(side) else _as_timedelta(side) for side in gap)
    claims = as_claims(entry[3]) if len(entry) > 3 and not _empty(entry[3]) else ()
    tl.relate(label, relation, other, gap=gap, claim=claims)


def _as_timedelta(value: Any) -> timedelta:
    import pandas as pd

    if isinstance(value, timedelta):
        return value
    result: timedelta = pd.Timedelta(value).to_pytimedelta()
    return result
