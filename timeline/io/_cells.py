"""Cells of the CSV tables: how durations, moments, claims, actors and attributes are written
so that they read back the same, and reading rows that name their file and line."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from timeline._errors import TimelineError
from timeline._moments import is_open
from timeline._timex import iso_duration, parse_iso_duration

if TYPE_CHECKING:
    from timeline._events import Claim

PathLike = str | os.PathLike[str]

SPAN_COLUMNS = ("when", "start", "end")
DURATION_COLUMNS = ("duration", "min_duration", "max_duration")
RELATION_COLUMNS = ("relation", "other", "gap_min", "gap_max")
CLAIM_COLUMNS = ("claim", "source", "reliability", "credibility", "url")
RESERVED = frozenset(
    (
        "label", "tz", "anchor", "timeline_tz", "says", "strict", "claims", "event_claims",
        "claim_start", "claim_end", *SPAN_COLUMNS, *DURATION_COLUMNS, *RELATION_COLUMNS,
        *CLAIM_COLUMNS,
    )
)  # fmt: skip
BOUNDS = ("earliest_start", "latest_start", "earliest_end", "latest_end")


class BadRow(TimelineError, ValueError):
    """A row of a CSV file that cannot be read; the message names the file, line and column."""


# ----------------------------------------------------------------------------- cells
def _iso(moment: datetime) -> str:
    return "" if is_open(moment) else moment.isoformat()


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


_POINTS = ("start", "end")


def _read_moment(text: str, zone: tzinfo) -> datetime | None:
    text = text.strip()
    if text in ("", ".."):
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def _zone_text(zone: tzinfo) -> str:
    from timeline._zones import zone_name

    return zone_name(zone)


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
