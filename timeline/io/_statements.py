"""The statement table: a Timeline as CSV rows, one per event and per constraint, and back."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from timeline._errors import TimelineError
from timeline._moments import EPOCH
from timeline._reason import part_of_day
from timeline._span import OPEN_END, OPEN_START, TimeSpan
from timeline._zones import AnchorLike, TzLike, as_anchor, as_tzinfo
from timeline.io._cells import (
    _POINTS,
    CLAIM_COLUMNS,
    RESERVED,
    SPAN_COLUMNS,
    BadRow,
    _actors_cell,
    _actors_from_cell,
    _attribute_from_cell,
    _claim_from_record,
    _claim_record,
    _claims_exactly_cells,
    _jsonable_attribute,
    _parse_signed_duration,
    _read_moment,
    _signed_duration,
    _text_cell,
    _text_from_cell,
    _zone_text,
)

if TYPE_CHECKING:
    from timeline._events import Claim
    from timeline._reason import Timeline


def _iso_interval(text: str, zone: tzinfo) -> TimeSpan | None:
    """An ISO 8601 interval: with offsets; of whole days, read as EDTF ("2017-09-28/2017-10-02"
    holds Oct. 2); else of times without offsets, read in ``zone``. None when it is none."""
    try:
        return TimeSpan.from_iso(text)
    except TimelineError:
        pass
    try:
        return TimeSpan.from_edtf(text, tz=zone)
    except TimelineError:
        pass
    first, _, last = text.strip().partition("/")
    try:
        start = OPEN_START if first in ("", "..") else datetime.fromisoformat(first)
        end = OPEN_END if last in ("", "..") else datetime.fromisoformat(last)
    except ValueError:
        return None
    start, end = (m if m.tzinfo is not None else m.replace(tzinfo=zone) for m in (start, end))
    return TimeSpan.crisp(start, end)


class _Reader:
    """Turns statement rows into a Timeline, one row at a time, naming the row on error."""

    def __init__(self, anchor: AnchorLike | None, tz: TzLike) -> None:
        self.anchor = anchor
        self.tz = tz
        self.rows: list[tuple[str, dict[str, str]]] = []
        #: the rows (their ``id``) of a relations file, whose 'a' and 'b' are 'label' and 'other'
        self.relation_rows: set[int] = set()

    def column(self, cells: Mapping[str, str], name: str) -> str:
        """The column ``name`` is called in the row's own file."""
        if id(cells) in self.relation_rows:
            return {"label": "a", "other": "b"}.get(name, name)
        return name

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
        for where, cells in self.rows:  # every row's zone and anchor, even where no phrase uses it
            if cells.get("tz", "").strip():
                self._wrap(where, "tz", lambda c=cells: as_tzinfo(c["tz"]))
            if cells.get("anchor", "").strip():
                zone = as_tzinfo(cells["tz"]) if cells.get("tz", "").strip() else as_tzinfo(tz)
                self._wrap(where, "anchor", lambda c=cells, z=zone: as_anchor(c["anchor"], z))
        self.zone = as_tzinfo(tz)
        self.default_anchor = None if anchor is None else as_anchor(anchor, self.zone)
        tl = Timeline(anchor=self.default_anchor, tz=tz)
        made: set[str] = set()
        # every event first, so rows may relate events defined further down
        for where, cells in self.rows:
            label = cells.get("label", "")
            if id(cells) in self.relation_rows:
                continue  # a relations file relates the events the events file makes
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
        zone = as_tzinfo(cells["tz"]) if cells.get("tz") else self.zone
        if "/" in text and not any(c.isalpha() for c in text.replace("T", "").replace("Z", "")):
            interval = _iso_interval(text, zone)
            if interval is not None:
                return interval  # else perhaps a phrase such as "9/28"
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
                raise BadRow(
                    f"{where}, column {self.column(cells, 'other')!r}:"
                    " a relation needs the second event"
                )
            for column, named in (("label", label), ("other", other)):
                if named not in tl:
                    raise BadRow(
                        f"{where}, column {self.column(cells, column)!r}: no event {named!r}"
                        " (no row of the events table has that label)"
                    )
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
            if column == "when" and part_of_day(cells.get(column, "")) is not None:
                given[column] = cells[column]  # "late at night": the timeline finds the day
            elif cells.get(column):
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
        from timeline._events import Constraint, Point

        label = cells["label"]
        says, claims = cells["says"], self._claims(cells)
        strict: Any = cells.get("strict") or None  # which bound is exclusive; Constraint checks
        start: Point = (label, "start")
        end: Point = (label, "end")
        if cells.get("relation"):
            relation = cells["relation"]
            first, dash, second = relation.partition("-")
            if not dash or first not in _POINTS or second not in _POINTS:
                raise TimelineError(
                    f"an exact row relates points, e.g. 'end-start', not {relation!r}"
                )
            least, most = self._gap(cells.get("gap_min", "")), self._gap(cells.get("gap_max", ""))
            points = (label, first), (cells["other"], second)
            made = Constraint(*points, least, most, says=says, claims=claims, strict=strict)  # type: ignore[arg-type]
        elif cells.get("when"):  # a part of the day given without a date
            made = Constraint(start, end, says=says, claims=claims, part_of_day=cells["when"])
        elif cells.get("start") or cells.get("end"):
            point = start if cells.get("start") else end
            first_text, _, last_text = cells[point[1]].partition("/")
            lo, hi = _read_moment(first_text, self.zone), _read_moment(last_text, self.zone)
            least = None if lo is None else lo - EPOCH
            most = None if hi is None else hi - EPOCH
            made = Constraint(None, point, least, most, says=says, claims=claims, strict=strict)
        else:
            low, high = cells.get("min_duration", ""), cells.get("max_duration", "")
            least = _parse_signed_duration(low) if low else None
            most = _parse_signed_duration(high) if high else None
            made = Constraint(start, end, least, most, says=says, claims=claims, strict=strict)
        tl.add_constraint(made)


# ----------------------------------------------------------------------------- Timeline out
TIMELINE_COLUMNS = (
    "label", "when", "start", "end", "min_duration", "max_duration", "relation", "other", "gap_min",
    "gap_max", "says", "strict", "claim", "source", "reliability", "credibility", "url",
    "claim_start", "claim_end", "claims", "event_claims", "anchor", "timeline_tz", "kind", "place",
    "actors",
)  # fmt: skip


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

    for constraint in tl.constraints():
        first, second = constraint.first, constraint.second
        assert second is not None
        row = {"says": constraint.says, **_claims_exactly_cells(constraint.claims)}
        if constraint.strict is not None:
            row["strict"] = constraint.strict
        row["label"] = second[0] if first is None else first[0]
        if constraint.part_of_day is not None:
            row["when"] = constraint.part_of_day
        elif first is None:
            lo, hi = constraint.least, constraint.most
            row[second[1]] = (
                f"{'..' if lo is None else (EPOCH + lo).astimezone(zone).isoformat()}/"
                f"{'..' if hi is None else (EPOCH + hi).astimezone(zone).isoformat()}"
            )
        elif first[0] == second[0] and (first[1], second[1]) == ("start", "end"):
            row["min_duration"] = _signed_duration(constraint.least)
            row["max_duration"] = _signed_duration(constraint.most)
        else:
            row["relation"] = f"{first[1]}-{second[1]}"
            row["other"] = second[0]
            row["gap_min"] = _signed_duration(constraint.least)
            row["gap_max"] = _signed_duration(constraint.most)
        rows.append(row)
    return rows
