"""CSV and JSON for timelines and schedules: the tables analysts keep, read and written losslessly.

A *timeline table* has one row per statement. A row about one event names it in ``label`` and says
when it happened (``when``), when it started or ended (``start``, ``end``), or how long it lasted
(``duration``, ``min_duration``, ``max_duration``); a row about two events names the second in
``other`` and their ``relation`` (``before``, ``during`` …, with an optional ``gap_min`` /
``gap_max``). Event attributes (``kind``, ``place``, ``actors``, any other column) and the claim
behind the row (``claim``, ``source``, ``reliability``, ``credibility``, ``url``) complete it.
Relations may also come in a file of their own with columns ``a``, ``relation``, ``b``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from timeline._errors import NotRepresentable, TimelineError
from timeline._events import Constraint
from timeline._moments import EPOCH
from timeline._span import OPEN_END, OPEN_START, TimeSpan
from timeline._zones import AnchorLike, TzLike, as_tzinfo
from timeline.io._cells import (
    BOUNDS,
    RESERVED,
    BadRow,
    PathLike,
    _actors_cell,
    _actors_from_cell,
    _attribute_from_cell,
    _claim_from_record,
    _claim_record,
    _iso,
    _jsonable_attribute,
    _parse_signed_duration,
    _read_moment,
    _require,
    _signed_duration,
    _source_name,
    _text_cell,
    _text_from_cell,
    _write_csv,
    _zone_text,
)
from timeline.io._statements import TIMELINE_COLUMNS, _Reader, _timeline_rows

if TYPE_CHECKING:
    from timeline._events import Event
    from timeline._reason import Schedule, Timeline

__all__ = [
    "read_timeline_csv",
    "read_schedule_csv",
    "to_csv",
    "to_json",
    "read_timeline_json",
    "read_schedule_json",
    "BadRow",
]

# ----------------------------------------------------------------------------- Schedule out
SCHEDULE_COLUMNS = (
    "label", *BOUNDS, "min_duration", "max_duration", "kind", "place", "actors", "before",
    "claims", "anchor", "timeline_tz",
)  # fmt: skip


def _schedule_records(schedule: Schedule) -> list[dict[str, Any]]:
    """One plain record per event: bounds, durations, attributes, claims, certain successors."""
    successors: dict[str, list[str]] = {event.label: [] for event in schedule}
    for first, second in schedule._order(both_ways=True):  # coinciding events: both ways
        successors[first.label].append(second.label)
    records = []
    for event in schedule:
        span = schedule[event]
        records.append(
            {
                "label": event.label,
                **{bound: _iso(getattr(span, bound)) or None for bound in BOUNDS},
                "min_duration": _signed_duration(span.min_duration) or None,
                "max_duration": _signed_duration(span.max_duration) or None,
                "kind": event.kind,
                "place": event.place,
                "actors": list(event.actors),
                "attributes": dict(event.attributes),
                "claims": [_claim_record(c) for c in event.claims],
                "before": successors[event.label],
            }
        )
    return records


def _window(lo: datetime | None, hi: datetime | None, zone: tzinfo, what: str) -> TimeSpan | None:
    """The window a schedule gives one endpoint, named for explanations."""
    if lo is None and hi is None:
        return None

    def show(moment: datetime | None) -> str:
        return "…" if moment is None else moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")

    phrase = f"as solved: {what} {show(lo)} – {show(hi)}"
    return TimeSpan.crisp(lo or OPEN_START, hi or OPEN_END, phrase=phrase)


def _event_from_record(tl: Timeline, record: Mapping[str, Any]) -> Event:
    """The event a JSON/CSV record describes: label, kind, place, actors, attributes, claims."""
    attributes = dict(record.get("attributes") or {})
    for key in ("kind", "place"):
        if record.get(key) is not None:
            attributes[key] = record[key]
    attributes["actors"] = list(record.get("actors") or [])
    claims = tuple(_claim_from_record(r) for r in record.get("claims") or [])
    return tl.event(record["label"], claim=claims, **attributes)


def _cell(where: str, column: str, read: Any, record: Mapping[str, Any], *more: Any) -> Any:
    """``read(record[column], *more)``; a bad value is a :class:`BadRow` naming the column."""
    try:
        return read(record.get(column) or "", *more)
    except (TimelineError, ValueError) as error:
        raise BadRow(f"{where}, column {column!r}: {error}") from None


def _schedule_from_records(
    records: Iterable[tuple[str, Mapping[str, Any]]], anchor: Any, tz: Any
) -> Schedule:
    """Rebuild a schedule: each event pinned to its bounds and durations, the certain order
    restated; solving that gives back the same bounds, durations and order."""
    from timeline._reason import Timeline

    zone = as_tzinfo(tz)
    tl = Timeline(anchor=anchor, tz=tz)
    pending = []
    for where, record in records:
        try:
            label = _event_from_record(tl, record).label
            moments = {bound: _cell(where, bound, _read_moment, record, zone) for bound in BOUNDS}

            start = _window(moments["earliest_start"], moments["latest_start"], zone, "starts")
            end = _window(moments["earliest_end"], moments["latest_end"], zone, "ends")
            low, high = record.get("min_duration"), record.get("max_duration")
            duration = (
                None
                if not low and not high
                else (
                    _cell(where, "min_duration", _parse_signed_duration, record) if low else None,
                    _cell(where, "max_duration", _parse_signed_duration, record) if high else None,
                )
            )
            if start is not None or end is not None or duration is not None:
                tl.constrain(label, start=start, end=end, duration=duration)
            pending += [(where, label, other) for other in record.get("before") or []]
        except BadRow:
            raise
        except (TimelineError, ValueError, TypeError, KeyError) as error:
            raise BadRow(f"{where}: {error}") from None
    for where, label, other in pending:
        try:
            tl.relate(label, "before", other)
        except TimelineError as error:
            raise BadRow(f"{where}, column 'before': {error}") from None
    return tl.solve()


# ----------------------------------------------------------------------------- public API
def read_timeline_csv(
    source: PathLike | Iterable[str],
    relations: PathLike | Iterable[str] | None = None,
    *,
    anchor: AnchorLike | None = None,
    tz: TzLike = None,
) -> Timeline:
    """A :class:`~timeline.Timeline` from a CSV table with one row per statement.

    ``source`` and ``relations`` are paths or open text files. Rows about one event give
    ``label`` and any of ``when``, ``start``, ``end`` (a phrase, an ISO date, or an ISO interval
    ``start/end`` with offsets; a ``when`` that is only a part of the day, "late at night",
    combines with the day the event falls on when solved), ``duration`` (a phrase such as
    "ten days" or ISO ``P10D``) or
    ``min_duration`` / ``max_duration``; rows about two events give ``relation`` (``before``,
    ``during`` …) and ``other``, with optional ``gap_min`` / ``gap_max``. The optional
    ``relations`` file has the columns ``a``, ``relation``, ``b`` instead. Per row: ``tz`` (the
    zone its phrases are in), ``anchor`` (the report date they are read against; the first one
    found is the timeline's unless ``anchor=`` is given), the claim (``claim``, ``source``,
    ``reliability`` A–F, ``credibility`` 1–6, ``url``), and the event's ``kind``, ``place``,
    ``actors`` (separated by ``;``) and any other column as an attribute. Labels may repeat: each
    row adds what it says. A row that cannot be read raises :class:`BadRow` naming the file, the
    line and the column. :func:`to_csv` writes a timeline in this form, exactly.

    >>> import io
    >>> table = io.StringIO(
    ...     "label,when,duration,claim,source,reliability,credibility\\n"
    ...     "storage,mid-September,ten days,kept ten days in storage,first source,C,3\\n"
    ...     "crossing,Sept. 28,,five trucks crossed,second source,C,2\\n"
    ...     "storage,,,,,,\\n"
    ... )
    >>> tl = read_timeline_csv(table, anchor="2017-10-11", tz="Asia/Pyongyang")
    >>> [event.label for event in tl], tl.solve()["storage"].min_duration.days
    (['storage', 'crossing'], 10)
    """
    name = _source_name(source)
    reader = _Reader(anchor, tz)
    reader.rows = _require(source, name, ["label"])
    known = RESERVED | {"kind", "place", "actors"}
    header = reader.rows[0][1] if reader.rows else {}
    written = "timeline_tz" in header or "says" in header  # by to_csv: any name is an attribute
    for column in () if written else header:
        if column not in known and column.lower() in known:  # else silently an attribute
            raise BadRow(
                f"{name}: column {column!r} would be an attribute of the events, not"
                f" {column.lower()!r}: write the column names in lower case"
            )
    if relations is not None:
        relations_name = _source_name(relations)
        for where, cells in _require(relations, relations_name, ["a", "relation", "b"]):
            cells = dict(cells)
            cells["label"], cells["other"] = cells.pop("a"), cells.pop("b")
            extra = [
                k
                for k, v in cells.items()
                if v.strip() and k not in RESERVED and k not in ("kind", "place", "actors")
            ]
            if extra:
                raise BadRow(
                    f"{where}: column {extra[0]!r} is not a relation column"
                    " (a, relation, b, gap_min, gap_max and the claim columns)"
                )
            reader.rows.append((where, cells))
            reader.relation_rows.add(id(cells))
    for where, cells in reader.rows:
        if not cells.get("label", "").strip():
            column = reader.column(cells, "label")
            raise BadRow(f"{where}, column {column!r}: every row needs the event's label")
    return reader.timeline()


def read_schedule_csv(source: PathLike | Iterable[str]) -> Schedule:
    """The :class:`~timeline.Schedule` written by :func:`to_csv`: the same events, bounds,
    duration bounds and certain order. (Explanations then cite the file's bounds, not the
    original claims, which stay on the events.)"""
    name = _source_name(source)
    rows = _require(source, name, ["label", *BOUNDS])
    anchor = next((c["anchor"] for _, c in rows if c.get("anchor")), None)
    tz = next((c["timeline_tz"] for _, c in rows if c.get("timeline_tz")), None)
    records = []
    for where, cells in rows:
        try:
            before = cells.get("before", "")
            record: dict[str, Any] = {
                "label": cells["label"],
                **{
                    key: cells.get(key) or None for key in (*BOUNDS, "min_duration", "max_duration")
                },
                "kind": _text_from_cell(cells["kind"]) if cells.get("kind") else None,
                "place": _text_from_cell(cells["place"]) if cells.get("place") else None,
                "actors": _actors_from_cell(cells["actors"]) if cells.get("actors") else [],
                "claims": json.loads(cells["claims"]) if cells.get("claims") else [],
                "before": _actors_from_cell(before) if before else [],
                "attributes": {
                    key: _attribute_from_cell(value)
                    for key, value in cells.items()
                    if value and key not in SCHEDULE_COLUMNS
                },
            }
        except (ValueError, TimelineError) as error:
            raise BadRow(f"{where}: {error}") from None
        records.append((where, record))
    return _schedule_from_records(records, anchor, tz)


def to_csv(obj: Timeline | Schedule) -> str:
    """CSV text of a :class:`~timeline.Timeline` or a solved :class:`~timeline.Schedule`.

    A timeline becomes its statement table (see :func:`read_timeline_csv`): one row per event
    with its attributes and claims, then one row per constraint, each with the text that
    explanations quote (``says``) and its claims; :func:`read_timeline_csv` reads it back to a
    timeline that solves, explains and fails identically. A schedule becomes one row per event
    with its four bounds (ISO 8601 with offsets; empty when open), duration bounds (ISO 8601),
    attributes, claims (JSON) and the events it surely precedes (``before``); read it back with
    :func:`read_schedule_csv`.
    """
    from timeline._reason import Schedule, Timeline

    if isinstance(obj, Timeline):
        return _write_csv(_timeline_rows(obj), TIMELINE_COLUMNS)
    if isinstance(obj, Schedule):
        rows = []
        for number, record in enumerate(_schedule_records(obj)):
            row: dict[str, Any] = {
                key: record[key] or "" for key in ("label", *BOUNDS, "min_duration", "max_duration")
            }
            for key in ("kind", "place"):
                row[key] = "" if record[key] is None else _text_cell(record[key])
            row["actors"] = _actors_cell(tuple(record["actors"])) if record["actors"] else ""
            row["before"] = _actors_cell(tuple(record["before"])) if record["before"] else ""
            row["claims"] = (
                json.dumps(record["claims"], ensure_ascii=False) if record["claims"] else ""
            )
            if number == 0:
                row["timeline_tz"] = _zone_text(obj.tz)
                anchor = obj.timeline.anchor
                row["anchor"] = "" if anchor is None else anchor.isoformat()
            for key, value in record["attributes"].items():
                if key in SCHEDULE_COLUMNS:
                    raise NotRepresentable(
                        f"event {record['label']!r} has an attribute {key!r}, a name the schedule"
                        " table uses for itself; rename the attribute"
                    )
                row[key] = _jsonable_attribute(value)
            rows.append(row)
        return _write_csv(rows, SCHEDULE_COLUMNS)
    raise TypeError(f"to_csv takes a Timeline or a Schedule, not {type(obj).__name__}")


# ----------------------------------------------------------------------------- JSON
def _json_value(value: Any, what: str) -> Any:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        raise NotRepresentable(f"{what} = {value!r} has no JSON form") from None
    return value


def to_json(obj: Timeline | Schedule, *, indent: int | None = 2) -> str:
    """JSON text of a :class:`~timeline.Timeline` or a :class:`~timeline.Schedule`.

    Holds what :func:`to_csv` holds, structured: ``{"type": "timeline", "anchor", "tz",
    "events": [...], "constraints": [...]}`` (each constraint ``min ≤ b − a ≤ max`` between event
    points, or between the zero point ``null`` and a point, with its text and claims) or
    ``{"type": "schedule", "anchor", "tz", "events": [...]}`` (four bounds, duration bounds,
    attributes, claims, ``before``). Read back with :func:`read_timeline_json` /
    :func:`read_schedule_json`.
    """
    from timeline._reason import Schedule, Timeline

    if isinstance(obj, Timeline):
        zone = obj.tz
        events = [
            {
                "label": event.label,
                "kind": event.kind,
                "place": event.place,
                "actors": list(event.actors),
                "attributes": {
                    key: _json_value(value, f"{event.label!r}.{key}")
                    for key, value in event.attributes.items()
                },
                "claims": [_claim_record(c) for c in event.claims],
            }
            for event in obj.events
        ]

        def bound(value: timedelta | None, absolute: bool) -> str | None:
            if value is None:
                return None
            if absolute:
                return (EPOCH + value).astimezone(zone).isoformat()
            return _signed_duration(value)

        constraints = []
        for constraint in obj.constraints():
            first, second = constraint.first, constraint.second
            record: dict[str, Any] = {
                "a": None if first is None else list(first),
                "b": None if second is None else list(second),
                "min": bound(constraint.least, first is None),
                "max": bound(constraint.most, first is None),
                "says": constraint.says,
                "claims": [_claim_record(c) for c in constraint.claims],
            }
            if constraint.part_of_day is not None:
                record["part_of_day"] = constraint.part_of_day
            if constraint.strict is not None:
                record["strict"] = constraint.strict
            constraints.append(record)
        document: dict[str, Any] = {
            "type": "timeline",
            "anchor": None if obj.anchor is None else obj.anchor.isoformat(),
            "tz": _zone_text(zone),
            "events": events,
            "constraints": constraints,
        }
    elif isinstance(obj, Schedule):
        records = _schedule_records(obj)
        for record in records:
            for key, value in record["attributes"].items():
                _json_value(value, f"{record['label']!r}.{key}")
        anchor = obj.timeline.anchor
        document = {
            "type": "schedule",
            "anchor": None if anchor is None else anchor.isoformat(),
            "tz": _zone_text(obj.tz),
            "events": records,
        }
    else:
        raise TypeError(f"to_json takes a Timeline or a Schedule, not {type(obj).__name__}")
    return json.dumps(document, ensure_ascii=False, indent=indent)


def _load_json(source: PathLike | str | IO[str], *kinds: str) -> tuple[str, dict[str, Any]]:
    if isinstance(source, str) and source.lstrip().startswith("{"):
        name, text = "<json>", source
    elif hasattr(source, "read"):  # an open file, as the CSV readers take
        name, text = str(getattr(source, "name", "<json>")), source.read()
    else:
        name = str(source)
        text = Path(source).read_text(encoding="utf-8")
    try:
        document = json.loads(text)
    except ValueError as error:
        raise TimelineError(f"{name}: not JSON: {error}") from None
    if not isinstance(document, dict) or document.get("type") not in kinds:
        found = document.get("type") if isinstance(document, dict) else type(document).__name__
        raise TimelineError(f"{name}: not a {' or '.join(kinds)} document (its type is {found!r})")
    return name, document


def _read_json(source: PathLike | str | IO[str]) -> Timeline | Schedule:
    """The timeline or schedule a :func:`to_json` document holds, read and parsed once."""
    name, document = _load_json(source, "timeline", "schedule")
    if document["type"] == "schedule":
        return _schedule_from_json(name, document)
    return _timeline_from_json(name, document)


def _json_bound(text: str | None, absolute: bool, zone: tzinfo) -> timedelta | None:
    """A bound of a JSON constraint: a moment (as its time since the epoch) or a length."""
    if text is None:
        return None
    if absolute:
        moment = _read_moment(text, zone)
        return None if moment is None else moment - EPOCH
    return _parse_signed_duration(text)


def _negate(value: timedelta | None) -> timedelta | None:
    return None if value is None else -value


def read_timeline_json(source: PathLike | str | IO[str]) -> Timeline:
    """The :class:`~timeline.Timeline` written by :func:`to_json` (JSON text, a path or an
    open file)."""
    return _timeline_from_json(*_load_json(source, "timeline"))


def _timeline_from_json(name: str, document: Mapping[str, Any]) -> Timeline:
    from timeline._reason import Timeline

    tl = Timeline(anchor=document.get("anchor"), tz=document.get("tz"))
    zone = tl.tz
    for number, record in enumerate(document.get("events") or []):
        where = f"{name}, events[{number}]"
        try:
            _event_from_record(tl, record)
        except (TimelineError, ValueError, TypeError, KeyError) as error:
            raise TimelineError(f"{where}: {error}") from None
    for number, record in enumerate(document.get("constraints") or []):
        where = f"{name}, constraints[{number}]"
        try:
            a = None if record.get("a") is None else tuple(record["a"])
            b = None if record.get("b") is None else tuple(record["b"])
            absolute = a is None or b is None
            least = _json_bound(record.get("min"), absolute, zone)
            most = _json_bound(record.get("max"), absolute, zone)
            strict = record.get("strict")
            if b is None:  # written from a point to the zero point: turn it round
                a, b, least, most = None, a, _negate(most), _negate(least)
                strict = {"least": "most", "most": "least"}.get(strict, strict)
            tl.add_constraint(
                Constraint(
                    a,
                    b,
                    least,
                    most,
                    says=record.get("says", ""),
                    claims=tuple(_claim_from_record(r) for r in record.get("claims") or []),
                    part_of_day=record.get("part_of_day"),
                    strict=strict,
                )
            )
        except (TimelineError, ValueError, TypeError, KeyError) as error:
            raise TimelineError(f"{where}: {error}") from None
    return tl


def read_schedule_json(source: PathLike | str | IO[str]) -> Schedule:
    """The :class:`~timeline.Schedule` written by :func:`to_json` (JSON text, a path or an
    open file)."""
    return _schedule_from_json(*_load_json(source, "schedule"))


def _schedule_from_json(name: str, document: Mapping[str, Any]) -> Schedule:
    records = [
        (f"{name}, events[{number}]", record)
        for number, record in enumerate(document.get("events") or [])
    ]
    return _schedule_from_records(records, document.get("anchor"), document.get("tz"))
