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

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline._errors import NotRepresentable, TimelineError
from timeline._span import OPEN_END, OPEN_START, TimeSpan
from timeline._timex import iso_duration, parse_iso_duration
from timeline._zones import AnchorLike, TzLike, as_anchor, as_tzinfo

if TYPE_CHECKING:
    from timeline._events import Claim
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

PathLike = str | os.PathLike[str]

#: Columns with a meaning of their own; any other column is a free attribute of the event.
SPAN_COLUMNS = ("when", "start", "end")
DURATION_COLUMNS = ("duration", "min_duration", "max_duration")
RELATION_COLUMNS = ("relation", "other", "gap_min", "gap_max")
CLAIM_COLUMNS = ("claim", "source", "reliability", "credibility", "url")
EVENT_COLUMNS = ("kind", "place", "actors")
RESERVED = frozenset(
    (
        "label", "tz", "anchor", "timeline_tz", "says", "claims", "event_claims", "claim_start",
        "claim_end", *SPAN_COLUMNS, *DURATION_COLUMNS, *RELATION_COLUMNS, *CLAIM_COLUMNS,
    )
)  # fmt: skip
BOUNDS = ("earliest_start", "latest_start", "earliest_end", "latest_end")


class BadRow(TimelineError, ValueError):
    """A row of a CSV file that cannot be read; the message names the file, line and column."""


# ----------------------------------------------------------------------------- cells
def _open(moment: datetime) -> bool:
    return moment == OPEN_START or moment == OPEN_END


def _iso(moment: datetime) -> str:
    return "" if _open(moment) else moment.isoformat()


def _exact_duration(value: timedelta) -> str:
    """ISO 8601 duration text that keeps every microsecond (``P10D``, ``PT2H0.5S``)."""
    days, rest = value.days, value - timedelta(days=value.days)
    if not rest.microseconds:
        return iso_duration(value)
    hours, remainder = divmod(rest.seconds, 3600)
    minutes, seconds = divmod(remainder, 60)
    text = "P" + (f"{days}D" if days else "") + "T"
    text += (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return text + f"{seconds}.{rest.microseconds:06d}".rstrip("0") + "S"


def _signed_duration(value: timedelta | None) -> str:
    if value is None:
        return ""
    return "-" + _exact_duration(-value) if value < timedelta(0) else _exact_duration(value)


def _parse_signed_duration(text: str) -> timedelta:
    text = text.strip()
    if text.startswith("-"):
        return -parse_iso_duration(text[1:])
    return parse_iso_duration(text)


def _jsonable_attribute(value: Any) -> str:
    """A free attribute as a CSV cell: text as it is, anything else (or text that reads as JSON)
    as JSON, so it comes back with its type."""
    if isinstance(value, str) and value and value == value.strip():
        try:
            json.loads(value)
        except ValueError:
            return value
    return json.dumps(value, ensure_ascii=False)


def _attribute_from_cell(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _claim_record(claim: Claim) -> dict[str, Any]:
    record: dict[str, Any] = {"text": claim.text}
    if claim.source is not None:
        record["source"] = claim.source
    record["reliability"] = claim.reliability
    record["credibility"] = claim.credibility
    for key in ("url", "start", "end"):
        value = getattr(claim, key)
        if value is not None:
            record[key] = value
    return record


def _claim_from_record(record: Mapping[str, Any]) -> Claim:
    from timeline._events import Claim

    unknown = set(record) - {"text", "source", "reliability", "credibility", "url", "start", "end"}
    if unknown:
        raise TimelineError(f"a claim has no field {sorted(unknown)[0]!r}")
    if not isinstance(record.get("text"), str):
        raise TimelineError(f"a claim needs its 'text', not {record.get('text')!r}")
    return Claim(
        record["text"],
        record.get("source"),
        reliability=record.get("reliability", "F"),
        credibility=record.get("credibility", 6),
        url=record.get("url"),
        start=record.get("start"),
        end=record.get("end"),
    )


def _actors_cell(actors: tuple[str, ...]) -> str:
    plain = all(
        actor and actor == actor.strip() and ";" not in actor and not actor.startswith(("[", '"'))
        for actor in actors
    )
    return ";".join(actors) if plain else json.dumps(list(actors), ensure_ascii=False)


def _actors_from_cell(text: str) -> list[str]:
    if text.startswith("["):
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value
    return [part.strip() for part in text.split(";") if part.strip()]


def _text_cell(value: str) -> str:
    """Text as a cell: as it is, or JSON-quoted where a cell would not give it back."""
    if value == "" or value.startswith('"') or value != value.strip():
        return json.dumps(value, ensure_ascii=False)
    return value


def _text_from_cell(text: str) -> str:
    if text.startswith('"'):
        try:
            value = json.loads(text)
        except ValueError:
            return text
        if isinstance(value, str):
            return value
    return text


# ----------------------------------------------------------------------------- reading rows
def _is_path(source: Any) -> bool:
    return isinstance(source, os.PathLike) or (
        isinstance(source, str) and "\n" not in source and not source.lstrip().startswith("{")
    )


def _csv_rows(source: PathLike | Iterable[str], name: str) -> Iterator[tuple[str, dict[str, str]]]:
    """(where, cells) for each row; ``where`` names the file and line."""

    def read(lines: Iterable[str]) -> Iterator[tuple[str, dict[str, str]]]:
        reader = csv.DictReader(lines)
        try:
            fields = reader.fieldnames
            if fields is None:
                raise BadRow(f"{name}: the file is empty; a CSV table starts with its header row")
            for row in reader:
                where = f"{name}, line {reader.line_num}"
                if None in row:
                    raise BadRow(
                        f"{where}: more cells than the {len(fields)} columns of the header"
                    )
                cells = {(k or "").strip(): v or "" for k, v in row.items()}
                if any(v.strip() for v in cells.values()):
                    yield where, cells
        except csv.Error as error:
            raise BadRow(f"{name}, line {reader.line_num}: bad CSV: {error}") from None

    try:
        if isinstance(source, (str, os.PathLike)):
            with open(source, newline="", encoding="utf-8-sig") as handle:
                yield from read(handle)
        else:
            yield from read(source)
    except UnicodeDecodeError as error:
        raise BadRow(
            f"{name}: not UTF-8 text ({error.reason} at byte {error.start}); save the table as"
            " UTF-8 CSV"
        ) from None


class _Reader:
    """Turns statement rows into a Timeline, one row at a time, naming the row on error."""

    def __init__(self, anchor: AnchorLike | None, tz: TzLike) -> None:
        self.anchor = anchor
        self.tz = tz
        self.rows: list[tuple[str, dict[str, str]]] = []

    def timeline(self) -> Timeline:
        from timeline._reason import Timeline

        anchor, tz = self.anchor, self.tz
        for _, cells in self.rows:
            if anchor is None and cells.get("anchor"):
                anchor = cells["anchor"]
            if tz is None and cells.get("timeline_tz"):
                tz = cells["timeline_tz"]
        if tz is None:  # else the first zone a row names
            tz = next((cells["tz"] for _, cells in self.rows if cells.get("tz", "").strip()), None)
        self.zone = as_tzinfo(tz)
        self.default_anchor = None if anchor is None else as_anchor(anchor, self.zone)
        tl = Timeline(anchor=self.default_anchor, tz=tz)
        made: set[str] = set()
        # every event first, so rows may relate events defined further down
        for where, cells in self.rows:
            label = cells.get("label", "")
            if label and label not in made:
                claims = self._wrap(where, "claim", lambda c=cells: self._event_claims(c))
                self._wrap(where, "label", lambda c=cells, k=claims: self._make(tl, c, k))
                made.add(label)
            elif label:
                self._wrap(where, "kind", lambda c=cells: self._same_attributes(tl, c))
        for where, cells in self.rows:
            self._statement(tl, where, cells)
        return tl

    @staticmethod
    def _wrap(where: str, column: str, action: Any) -> Any:
        try:
            return action()
        except BadRow:
            raise
        except TimelineError as error:
            raise BadRow(f"{where}, column {column!r}: {error}") from None
        except (ValueError, TypeError, KeyError) as error:
            raise BadRow(f"{where}, column {column!r}: {error}") from None

    def _attributes(self, cells: Mapping[str, str]) -> dict[str, Any]:
        attributes: dict[str, Any] = {}
        for name, text in cells.items():
            if not text or name in RESERVED or name in ("anchor", "timeline_tz"):
                continue
            if name in ("kind", "place"):
                attributes[name] = _text_from_cell(text)
            elif name == "actors":
                attributes[name] = _actors_from_cell(text)
            else:
                attributes[name] = _attribute_from_cell(text)
        return attributes

    def _event_claims(self, cells: Mapping[str, str]) -> tuple[Claim, ...]:
        """The claims an event is made with: those of its first row (or ``event_claims``)."""
        listed = cells.get("event_claims", "")
        if listed:
            return tuple(_claim_from_record(r) for r in json.loads(listed))
        if cells.get("relation") or cells.get("says"):
            return ()
        return self._claims(cells)

    def _make(self, tl: Timeline, cells: Mapping[str, str], claims: tuple[Claim, ...]) -> None:
        tl.event(cells["label"], claim=claims, **self._attributes(cells))

    def _same_attributes(self, tl: Timeline, cells: Mapping[str, str]) -> None:
        event = tl[cells["label"]]
        for name, value in self._attributes(cells).items():
            known = (
                getattr(event, name)
                if name in ("kind", "place")
                else (list(event.actors) if name == "actors" else event.attributes.get(name))
            )
            if known is not None and known != value and known not in ([], ()):
                raise TimelineError(
                    f"{name}={value!r} contradicts {name}={known!r} given for"
                    f" {event.label!r} on an earlier row"
                )

    def _claims(self, cells: Mapping[str, str]) -> tuple[Claim, ...]:
        from timeline._events import Claim

        listed = cells.get("claims", "")
        if listed:
            records = json.loads(listed)
            if not isinstance(records, list):
                raise TimelineError("'claims' must be a JSON list of claims")
            return tuple(_claim_from_record(r) for r in records)
        text = cells.get("claim", "")
        if not text:
            extra = [k for k in CLAIM_COLUMNS[1:] if cells.get(k)]
            if extra:
                raise TimelineError(f"{extra[0]!r} is given but the 'claim' text is empty")
            return ()
        credibility = cells.get("credibility", "")
        offsets = {
            key: int(cells[column])
            for key, column in (("start", "claim_start"), ("end", "claim_end"))
            if cells.get(column)
        }
        return (
            Claim(
                text,
                cells.get("source") or None,
                reliability=cells.get("reliability") or "F",  # type: ignore[arg-type]
                credibility=int(credibility) if credibility else 6,  # type: ignore[arg-type]
                url=cells.get("url") or None,
                **offsets,
            ),
        )

    def _span(self, text: str, cells: Mapping[str, str]) -> TimeSpan:
        if "/" in text and not any(c.isalpha() for c in text.replace("T", "").replace("Z", "")):
            try:
                return TimeSpan.from_iso(text)
            except TimelineError:
                pass  # not an ISO interval with offsets: perhaps a phrase such as "9/28"
        zone = as_tzinfo(cells["tz"]) if cells.get("tz") else self.zone
        anchor_text = cells.get("anchor")
        anchor = as_anchor(anchor_text, zone) if anchor_text else self.default_anchor
        if anchor is None:
            try:
                return TimeSpan.from_edtf(text, tz=zone)
            except TimelineError:
                raise TimelineError(
                    f"{text!r} is a phrase: give the report's date to read it against"
                    " (an 'anchor' column, or anchor=... / --anchor)"
                ) from None
        from timeline._resolve import resolve

        return resolve(text, anchor, tz=zone)

    def _length(self, text: str, cells: Mapping[str, str]) -> tuple[timedelta | None, ...]:
        if text.lstrip("-").startswith("P"):
            value = _parse_signed_duration(text)
            return value, value
        span = self._span(text, cells)
        if span.min_duration is None and span.max_duration is None:
            raise TimelineError(f"{text!r} names no length (write 'ten days' or 'P10D')")
        return span.min_duration, span.max_duration

    def _statement(self, tl: Timeline, where: str, cells: Mapping[str, str]) -> None:
        if cells.get("says"):
            self._wrap(where, "says", lambda: self._exact(tl, cells))
            return
        label = cells["label"]
        relation = cells.get("relation", "")
        if relation:
            other = cells.get("other", "")
            if not other:
                raise BadRow(f"{where}, column 'other': a relation needs the second event")
            lo = self._wrap(where, "gap_min", lambda: self._gap(cells.get("gap_min", "")))
            hi = self._wrap(where, "gap_max", lambda: self._gap(cells.get("gap_max", "")))
            gap = None if lo is None and hi is None else (lo, hi)
            claims = self._wrap(where, "claim", lambda: self._claims(cells))
            self._wrap(
                where,
                "relation",
                lambda: tl.relate(label, relation, other, gap=gap, claim=claims),
            )
            return
        given: dict[str, Any] = {}
        for column in SPAN_COLUMNS:
            if cells.get(column):
                given[column] = self._wrap(
                    where, column, lambda c=column: self._span(cells[c], cells)
                )
        if cells.get("duration"):
            given["duration"] = self._wrap(
                where, "duration", lambda: self._length(cells["duration"], cells)
            )
        low, high = cells.get("min_duration", ""), cells.get("max_duration", "")
        if low or high:
            if "duration" in given:
                raise BadRow(f"{where}: give 'duration' or 'min_duration'/'max_duration', not both")
            given["duration"] = (
                self._wrap(where, "min_duration", lambda: self._length(low, cells)[0])
                if low
                else None,
                self._wrap(where, "max_duration", lambda: self._length(high, cells)[-1])
                if high
                else None,
            )
        if not given:
            return
        claims = self._wrap(where, "claim", lambda: self._claims(cells))
        column = next(iter(given))
        self._wrap(where, column, lambda: tl.constrain(label, claim=claims, **given))

    @staticmethod
    def _gap(text: str) -> timedelta | None:
        return _parse_signed_duration(text) if text else None

    def _exact(self, tl: Timeline, cells: Mapping[str, str]) -> None:
        """One constraint exactly as :func:`to_csv` wrote it (its text kept for explanations)."""
        label = cells["label"]
        claims = self._claims(cells)
        says = cells["says"]
        if cells.get("relation"):
            relation = cells["relation"]
            first, dash, second = relation.partition("-")
            if not dash or first not in _POINTS or second not in _POINTS:
                raise TimelineError(
                    f"an exact row relates points, e.g. 'end-start', not {relation!r}"
                )
            lo, hi = self._gap(cells.get("gap_min", "")), self._gap(cells.get("gap_max", ""))
            _add_constraint(
                tl,
                (label, first),
                (cells["other"], second),
                _ms_or(lo),
                _ms_or(hi, True),
                says,
                claims,
            )
            return
        for column in ("start", "end"):
            if cells.get(column):
                first_text, _, last_text = cells[column].partition("/")
                lo_t = _read_moment(first_text, self.zone)
                hi_t = _read_moment(last_text, self.zone)
                _add_constraint(
                    tl, None, (label, column), _epoch_ms(lo_t), _epoch_ms(hi_t, True), says, claims
                )
                return
        low = cells.get("min_duration", "")
        high = cells.get("max_duration", "")
        _add_constraint(
            tl,
            (label, "start"),
            (label, "end"),
            _ms_or(_parse_signed_duration(low) if low else None),
            _ms_or(_parse_signed_duration(high) if high else None, True),
            says,
            claims,
        )


_POINTS = ("start", "end")
_INF = float("inf")
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MS = timedelta(milliseconds=1)


def _read_moment(text: str, zone: tzinfo) -> datetime | None:
    text = text.strip()
    if text in ("", ".."):
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def _epoch_ms(moment: datetime | None, upper: bool = False) -> float:
    if moment is None:
        return _INF if upper else -_INF
    return float((moment - _EPOCH) // _MS)


def _ms_or(length: timedelta | None, upper: bool = False) -> float:
    if length is None:
        return _INF if upper else -_INF
    return float(length // _MS)


# ----------------------------------------------------------------------------- the network
Point = tuple[str, str] | None  # (label, "start"|"end"), or None for the zero point


def _constraints_of(
    tl: Timeline,
) -> list[tuple[Point, Point, float, float, str, tuple[Claim, ...]]]:
    """Every constraint of the timeline: ``lo ≤ b − a ≤ hi`` in ms, with its text and claims.

    Reads the timeline's network directly (there is no public view of it yet).
    """
    events = tl.events

    def point(number: int) -> Point:
        if number == 0:
            return None
        index, side = divmod(number - 1, 2)
        return events[index].label, _POINTS[side]

    return [
        (point(a), point(b), lo, hi, why.text, tuple(why.claims))
        for a, b, lo, hi, why in zip(tl._a, tl._b, tl._lo, tl._hi, tl._why, strict=True)
    ]


def _add_constraint(
    tl: Timeline, a: Point, b: Point, lo: float, hi: float, says: str, claims: tuple[Claim, ...]
) -> None:
    """Add one constraint to the timeline's network exactly (the inverse of _constraints_of)."""
    from timeline._reason import _Why

    def number(p: Point) -> int:
        if p is None:
            return 0
        label, side = p
        return 1 + 2 * tl._find(label) + _POINTS.index(side)

    if lo > hi:
        raise TimelineError(f"the least ({lo} ms) is more than the most ({hi} ms)")
    tl._add(number(a), number(b), lo, hi, _Why(says, claims))


def _zone_text(zone: tzinfo) -> str:
    from timeline._zones import zone_name

    return zone_name(zone)


# ----------------------------------------------------------------------------- Timeline out
TIMELINE_COLUMNS = (
    "label", "start", "end", "min_duration", "max_duration", "relation", "other", "gap_min",
    "gap_max", "says", "claim", "source", "reliability", "credibility", "url", "claim_start",
    "claim_end", "claims", "event_claims", "anchor", "timeline_tz", "kind", "place", "actors",
)  # fmt: skip


def _claim_cells(claims: tuple[Claim, ...]) -> dict[str, Any]:
    if not claims:
        return {}
    if len(claims) > 1:
        return {"claims": json.dumps([_claim_record(c) for c in claims], ensure_ascii=False)}
    claim = claims[0]
    return {
        "claim": claim.text,
        "source": claim.source or "",
        "reliability": claim.reliability,
        "credibility": claim.credibility,
        "url": claim.url or "",
        "claim_start": "" if claim.start is None else claim.start,
        "claim_end": "" if claim.end is None else claim.end,
    }


def _claims_exactly_cells(claims: tuple[Claim, ...]) -> dict[str, Any]:
    """Claims as cells that read back to the same claims: the claim columns for one plain
    claim, else the JSON ``claims`` column."""
    if len(claims) == 1:
        claim = claims[0]
        plain = claim.text.strip() == claim.text != ""
        plain = plain and claim.source != "" and claim.url != ""
        if plain:
            return _claim_cells(claims)
    if not claims:
        return {}
    return {"claims": json.dumps([_claim_record(c) for c in claims], ensure_ascii=False)}


def _timeline_rows(tl: Timeline) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    zone = tl.tz
    for number, event in enumerate(tl.events):
        row: dict[str, Any] = {"label": event.label}
        if number == 0:
            row["timeline_tz"] = _zone_text(zone)
            if tl.anchor is not None:
                row["anchor"] = tl.anchor.isoformat()
        if event.kind is not None:
            row["kind"] = _text_cell(event.kind)
        if event.place is not None:
            row["place"] = _text_cell(event.place)
        if event.actors:
            row["actors"] = _actors_cell(tuple(event.actors))
        for name, value in event.attributes.items():
            row[name] = _jsonable_attribute(value)
        if event.claims:
            row["event_claims"] = json.dumps(
                [_claim_record(c) for c in event.claims], ensure_ascii=False
            )
        rows.append(row)

    def moment(value: float) -> str:
        if not -_INF < value < _INF:
            return ""
        return (_EPOCH + timedelta(milliseconds=value)).astimezone(zone).isoformat()

    def length(value: float) -> str:
        if not -_INF < value < _INF:
            return ""
        return _signed_duration(timedelta(milliseconds=value))

    for a, b, lo, hi, says, claims in _constraints_of(tl):
        assert b is not None or a is not None
        row = {"says": says, **_claims_exactly_cells(claims)}
        if a is None or b is None:
            point = b if a is None else a
            assert point is not None
            if a is not None:  # a constraint written from an event point to the zero point
                lo, hi = -hi, -lo
            row["label"] = point[0]
            first = moment(lo) or ".."
            last = moment(hi) or ".."
            row[point[1]] = f"{first}/{last}"
        elif a[0] == b[0] and a[1] == "start" and b[1] == "end":
            row["label"] = a[0]
            row["min_duration"] = length(lo)
            row["max_duration"] = length(hi)
        else:
            row["label"] = a[0]
            row["relation"] = f"{a[1]}-{b[1]}"
            row["other"] = b[0]
            row["gap_min"] = length(lo)
            row["gap_max"] = length(hi)
        rows.append(row)
    return rows


def _write_csv(rows: list[dict[str, Any]], first: Iterable[str]) -> str:
    columns = [c for c in first if any(c in row for row in rows)]
    for row in rows:
        columns += [key for key in row if key not in columns]
    # "\r\n" as the row end makes the csv module quote cells holding a bare "\r" too; each
    # row's own end is then written as "\n"
    lines = []
    for row in [dict(zip(columns, columns, strict=True)), *rows]:
        out = io.StringIO()
        csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n").writerow(row)
        lines.append(out.getvalue()[:-2] + "\n")
    return "".join(lines)


# ----------------------------------------------------------------------------- Schedule out
SCHEDULE_COLUMNS = (
    "label", *BOUNDS, "min_duration", "max_duration", "kind", "place", "actors", "before",
    "claims", "anchor", "timeline_tz",
)  # fmt: skip


def _schedule_records(schedule: Schedule) -> list[dict[str, Any]]:
    """One plain record per event: bounds, durations, attributes, claims, certain successors."""
    successors: dict[str, list[str]] = {event.label: [] for event in schedule}
    for first, second in schedule.order():
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
            attributes = dict(record.get("attributes") or {})
            for key in ("kind", "place"):
                if record.get(key) is not None:
                    attributes[key] = record[key]
            attributes["actors"] = list(record.get("actors") or [])
            claims = tuple(_claim_from_record(r) for r in record.get("claims") or [])
            label = record["label"]
            tl.event(label, claim=claims, **attributes)
            moments = {bound: _read_moment(record.get(bound) or "", zone) for bound in BOUNDS}

            start = _window(moments["earliest_start"], moments["latest_start"], zone, "starts")
            end = _window(moments["earliest_end"], moments["latest_end"], zone, "ends")
            low, high = record.get("min_duration"), record.get("max_duration")
            duration = (
                None
                if not low and not high
                else (
                    _parse_signed_duration(low) if low else None,
                    _parse_signed_duration(high) if high else None,
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
def _source_name(source: Any) -> str:
    return (
        str(source) if isinstance(source, (str, os.PathLike)) else getattr(source, "name", "<csv>")
    )


def _require(source: Any, name: str, columns: Iterable[str]) -> list[tuple[str, dict[str, str]]]:
    rows = list(_csv_rows(source, name))
    if rows:
        missing = [c for c in columns if c not in rows[0][1]]
        if missing:
            raise BadRow(
                f"{name}: no {missing[0]!r} column (columns: {', '.join(rows[0][1]) or 'none'})"
            )
    return rows


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
    ``start/end`` with offsets), ``duration`` (a phrase such as "ten days" or ISO ``P10D``) or
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
    for where, cells in reader.rows:
        if not cells.get("label", "").strip():
            raise BadRow(f"{where}, column 'label': every row needs the event's label")
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

        def bound(value: float, absolute: bool) -> str | None:
            if not -_INF < value < _INF:
                return None
            if absolute:
                return (_EPOCH + timedelta(milliseconds=value)).astimezone(zone).isoformat()
            return _signed_duration(timedelta(milliseconds=value))

        constraints = [
            {
                "a": None if a is None else list(a),
                "b": None if b is None else list(b),
                "min": bound(lo, a is None or b is None),
                "max": bound(hi, a is None or b is None),
                "says": says,
                "claims": [_claim_record(c) for c in claims],
            }
            for a, b, lo, hi, says, claims in _constraints_of(obj)
        ]
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


def _load_json(source: PathLike | str, kind: str) -> tuple[str, dict[str, Any]]:
    if isinstance(source, str) and source.lstrip().startswith("{"):
        name, text = "<json>", source
    else:
        name = str(source)
        text = Path(source).read_text(encoding="utf-8")
    try:
        document = json.loads(text)
    except ValueError as error:
        raise TimelineError(f"{name}: not JSON: {error}") from None
    if not isinstance(document, dict) or document.get("type") != kind:
        found = document.get("type") if isinstance(document, dict) else type(document).__name__
        raise TimelineError(f"{name}: not a {kind} document (its type is {found!r})")
    return name, document


def _json_bound(text: str | None, absolute: bool, zone: tzinfo, *, upper: bool) -> float:
    if text is None:
        return _INF if upper else -_INF
    if absolute:
        return _epoch_ms(_read_moment(text, zone), upper)
    return _ms_or(_parse_signed_duration(text), upper)


def read_timeline_json(source: PathLike | str) -> Timeline:
    """The :class:`~timeline.Timeline` written by :func:`to_json` (JSON text or a path)."""
    from timeline._reason import Timeline

    name, document = _load_json(source, "timeline")
    tl = Timeline(anchor=document.get("anchor"), tz=document.get("tz"))
    zone = tl.tz
    for number, record in enumerate(document.get("events") or []):
        where = f"{name}, events[{number}]"
        try:
            attributes = dict(record.get("attributes") or {})
            for key in ("kind", "place"):
                if record.get(key) is not None:
                    attributes[key] = record[key]
            attributes["actors"] = list(record.get("actors") or [])
            claims = tuple(_claim_from_record(r) for r in record.get("claims") or [])
            tl.event(record["label"], claim=claims, **attributes)
        except (TimelineError, ValueError, TypeError, KeyError) as error:
            raise TimelineError(f"{where}: {error}") from None
    for number, record in enumerate(document.get("constraints") or []):
        where = f"{name}, constraints[{number}]"
        try:
            a = None if record.get("a") is None else tuple(record["a"])
            b = None if record.get("b") is None else tuple(record["b"])
            absolute = a is None or b is None
            lo = _json_bound(record.get("min"), absolute, zone, upper=False)
            hi = _json_bound(record.get("max"), absolute, zone, upper=True)
            claims = tuple(_claim_from_record(r) for r in record.get("claims") or [])
            _add_constraint(tl, a, b, lo, hi, record.get("says", ""), claims)
        except (TimelineError, ValueError, TypeError, KeyError) as error:
            raise TimelineError(f"{where}: {error}") from None
    return tl


def read_schedule_json(source: PathLike | str) -> Schedule:
    """The :class:`~timeline.Schedule` written by :func:`to_json` (JSON text or a path)."""
    name, document = _load_json(source, "schedule")
    records = [
        (f"{name}, events[{number}]", record)
        for number, record in enumerate(document.get("events") or [])
    ]
    return _schedule_from_records(records, document.get("anchor"), document.get("tz"))
