"""A TimeML document as a :class:`~timeline.Timeline`: EVENTs, TIMEX3s and TLINKs.

Every event instance (``eiid``) and every TIMEX3 (``tid``, the DCT included) becomes an event.
A TIMEX3 with a concrete calendar value (``1998-02-06``, ``1998-02``, ``1998``, ``1998-W05``,
``1998-Q1``, ``1998-H2``, ``199X``, ``1998-02-06T10:30``) *is* that period: its start and end are
pinned to it; a part of day (``1998-02-06TMO``) only bounds it; values with a ``mod``, durations,
sets and references (``PRESENT_REF``) add no absolute time. The DCT is a crisp day. Times are UTC
(TimeML carries no zone); ``dct="moment"`` makes the DCT an instant within its day instead.

TLINK relation types map onto Allen's relations, taken closed (see :mod:`timeline._events`):

=================  ==================  =================  ================
BEFORE             before              AFTER              after
IBEFORE            meets               IAFTER             met_by
INCLUDES           contains            IS_INCLUDED        during
DURING             during              DURING_INV         contains
SIMULTANEOUS       equals              IDENTITY           equals
BEGINS             starts              BEGUN_BY           started_by
ENDS               finishes            ENDED_BY           finished_by
=================  ==================  =================  ================

With ``strict=True`` (the default) BEFORE / AFTER between two things that are not both TIMEX3s
demand a gap of at least one millisecond, so that "a before b, b before a" is a contradiction even
for events of no length; two TIMEX3 periods that touch (Feb. 6 BEFORE Feb. 7) stay consistent.
Each TLINK is a :class:`~timeline.Claim` whose text names the link (``l12: ei3 BEFORE t5``).
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta, timezone
from typing import Any, Literal

from timeline._errors import TimelineError
from timeline._events import Claim
from timeline._span import TimeSpan

__all__ = ["timeml_timeline", "RELATION_OF", "timex_value_span"]

RELATION_OF: dict[str, str] = {
    "BEFORE": "before",
    "AFTER": "after",
    "IBEFORE": "meets",
    "IAFTER": "met_by",
    "INCLUDES": "contains",
    "IS_INCLUDED": "during",
    "DURING": "during",
    "DURING_INV": "contains",
    "SIMULTANEOUS": "equals",
    "IDENTITY": "equals",
    "BEGINS": "starts",
    "BEGUN_BY": "started_by",
    "ENDS": "finishes",
    "ENDED_BY": "finished_by",
}

_UTC = timezone.utc
_PARTS = {
    "MO": (6, 12),
    "MI": (11, 13),
    "AF": (12, 18),
    "EV": (17, 24),
    "NI": (20, 30),
    "DT": (6, 18),
}


def _day(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, tzinfo=_UTC)


def _month_end(year: int, month: int) -> datetime:
    return _day(year + 1, 1, 1) if month == 12 else _day(year, month + 1, 1)


def timex_value_span(value: str) -> tuple[TimeSpan, bool] | None:
    """The UTC period a concrete TIMEX3 value names, and whether it is exact; None if none.

    ``exact`` is False for a part of day (the period only bounds the time).
    """
    text = value.strip().upper()
    try:
        if re.fullmatch(r"\d{4}", text):
            year = int(text)
            return TimeSpan.crisp(_day(year, 1, 1), _day(year + 1, 1, 1)), True
        if re.fullmatch(r"\d{3}X", text):
            first = int(text[:3]) * 10
            return TimeSpan.crisp(_day(first, 1, 1), _day(first + 10, 1, 1)), True
        if re.fullmatch(r"\d{2}", text) or re.fullmatch(r"\d{2}XX", text):
            first = int(text[:2]) * 100
            return TimeSpan.crisp(_day(max(first, 1), 1, 1), _day(first + 100, 1, 1)), True
        match = re.fullmatch(r"(\d{4})-(\d{2})", text)
        if match:
            year, month = int(match[1]), int(match[2])
            return TimeSpan.crisp(_day(year, month, 1), _month_end(year, month)), True
        match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text) or re.fullmatch(
            r"(\d{4})(\d{2})(\d{2})", text
        )
        if match:
            start = _day(int(match[1]), int(match[2]), int(match[3]))
            return TimeSpan.crisp(start, start + timedelta(days=1)), True
        match = re.fullmatch(r"(\d{4})-W(\d{2})", text)
        if match:
            start = datetime.fromisocalendar(int(match[1]), int(match[2]), 1).replace(tzinfo=_UTC)
            return TimeSpan.crisp(start, start + timedelta(days=7)), True
        match = re.fullmatch(r"(\d{4})-Q([1-4])", text)
        if match:
            year, quarter = int(match[1]), int(match[2])
            first = 3 * quarter - 2
            return TimeSpan.crisp(_day(year, first, 1), _month_end(year, first + 2)), True
        match = re.fullmatch(r"(\d{4})-H([12])", text)
        if match:
            year, half = int(match[1]), int(match[2])
            first = 1 if half == 1 else 7
            return TimeSpan.crisp(_day(year, first, 1), _month_end(year, first + 5)), True
        match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?", text)
        if match:
            year, month, day, hour, minute = (int(match[k]) for k in range(1, 6))
            start = datetime(year, month, day, hour, minute, int(match[6] or 0), tzinfo=_UTC)
            step = timedelta(seconds=1) if match[6] else timedelta(minutes=1)
            return TimeSpan.crisp(start, start + step), True
        match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2})", text)
        if match:
            year, month, day, hour = (int(match[k]) for k in range(1, 5))
            start = datetime(year, month, day, hour, tzinfo=_UTC)
            return TimeSpan.crisp(start, start + timedelta(hours=1)), True
        match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)", text)
        if match:
            midnight = _day(int(match[1]), int(match[2]), int(match[3]))
            first, last = _PARTS[match[4]]
            return TimeSpan.crisp(
                midnight + timedelta(hours=first), midnight + timedelta(hours=last)
            ), False
    except ValueError:  # an impossible date such as 1998-02-30
        return None
    return None


def timeml_timeline(
    source: str | os.PathLike[str],
    *,
    strict: bool = True,
    dct: Literal["day", "moment"] = "day",
) -> Any:
    """The :class:`~timeline.Timeline` of a TimeML document (path or XML text); see module docs.

    ``dct="day"`` makes the creation time the whole day; ``dct="moment"`` an instant somewhere
    in that day (annotators often put an event of the same day BEFORE the DCT).

    Event labels are the ids the TLINKs use (``ei12``, ``t3``); each event keeps ``text``,
    ``eid`` / ``value`` and ``event_class`` / ``timex_type`` as attributes.
    """
    from timeline._reason import Timeline
    from timeline.io._timeml import read_timeml

    document = read_timeml(source)
    dct_tid = document.dct_tid or "t0"
    name = document.name
    tl = Timeline(anchor=document.dct, tz="UTC")
    timex_ids: set[str] = set()

    dct_start = _day(document.dct.year, document.dct.month, document.dct.day)
    dct_claim = Claim(f"{dct_tid}: document creation time {document.dct.isoformat()}", name)
    if dct not in ("day", "moment"):
        raise TimelineError(f"dct must be 'day' or 'moment', not {dct!r}")
    dct_end = dct_start + timedelta(days=1)
    pins: dict[str, Any] = (
        {"start": TimeSpan.crisp(dct_start, dct_start), "end": TimeSpan.crisp(dct_end, dct_end)}
        if dct == "day"
        else {"when": TimeSpan.crisp(dct_start, dct_end), "duration": timedelta(0)}
    )
    tl.event(
        dct_tid,
        **pins,
        claim=dct_claim,
        kind="timex",
        text="(creation time)",
        value=document.dct.isoformat(),
        timex_type="DATE",
    )
    timex_ids.add(dct_tid)
    for gold in document.timexes:
        if gold.tid in tl:
            continue
        timex_ids.add(gold.tid)
        value = gold.timex.value
        claim = Claim(f"{gold.tid}: {gold.text!r} = {value}", name, start=gold.start, end=gold.end)
        found = None if gold.timex.mod is not None else timex_value_span(value)
        if found is None:
            tl.event(
                gold.tid,
                claim=claim,
                kind="timex",
                text=gold.text,
                value=value,
                timex_type=gold.timex.type,
            )
            continue
        span, exact = found
        if exact:
            tl.event(
                gold.tid,
                start=TimeSpan.crisp(span.earliest_start, span.earliest_start),
                end=TimeSpan.crisp(span.latest_end, span.latest_end),
                claim=claim,
                kind="timex",
                text=gold.text,
                value=value,
                timex_type=gold.timex.type,
            )
        else:
            tl.event(
                gold.tid,
                span,
                claim=claim,
                kind="timex",
                text=gold.text,
                value=value,
                timex_type=gold.timex.type,
            )
    for event in document.events:
        label = event.eiid or event.eid
        if label in tl:
            continue
        tl.event(label, kind="event", text=event.text, eid=event.eid, event_class=event.event_class)
    for link in document.tlinks:
        relation = RELATION_OF.get(link.rel_type.upper())
        if relation is None:
            continue
        for end in (link.source, link.target):
            if end not in tl:
                tl.event(end, kind="timex" if end.startswith("t") else "event", text=None)
                if end.startswith("t"):
                    timex_ids.add(end)
        claim = Claim(f"{link.lid}: {link.source} {link.rel_type} {link.target}", name)
        gap = None
        if (
            strict
            and relation in ("before", "after")
            and not (link.source in timex_ids and link.target in timex_ids)
        ):
            gap = (timedelta(milliseconds=1), None)
        try:
            tl.relate(link.source, relation, link.target, gap=gap, claim=claim)
        except TimelineError as error:  # pragma: no cover - every mapped relation is convex
            raise TimelineError(f"{name}: TLINK {link.lid}: {error}") from None
    return tl
