"""Clock times that open the lines of a log: "0600–0900 local: artillery fire", "1130: a depot
was hit", "2300: curfew". Four digits before a colon are a year as often ("2014: company
registered"), so they are read as clocks only in a text that is a log: one where a line opens
with a stamp that no year can be (a leading zero, a zone or "hrs" after it, or 2100-2359). In a
log, an entry earlier in the day than the entry before it is on the next day ("2300: curfew"
then "0500: curfew lifted")."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

import attrs

from timeline._extract._candidates import Candidate
from timeline._extract._chronology import lines_open_with
from timeline._extract._mention import Mention
from timeline._extract._story import DAY_VALUE
from timeline._timex import Timex

__all__ = ["days_later", "log_clocks", "roll_log_days"]

_STAMP = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?P<first>\d{4})(?:[ \t]*[-–—][ \t]*(?P<second>\d{4}))?"
    r"(?P<cue>[ \t]+(?:local(?:[ \t]+time)?|LT|hrs|hours|UTC|GMT))?[ \t]*:(?!\d)",
    re.MULTILINE,
)
_STAMP_OPENS_A_LINE = lines_open_with(r"[ \t]*(?:[-•*][ \t]*)?\d{4}")


def _clock(digits: str) -> bool:
    return int(digits[:2]) <= 23 and int(digits[2:]) <= 59


def _no_year(digits: str) -> bool:
    return digits[0] == "0" or 2100 <= int(digits) <= 2359


def log_clocks(text: str, found: list[Candidate]) -> tuple[list[Candidate], dict[int, str]]:
    """The candidates with a log's line stamps as clock times (replacing what overlaps them),
    and the phrase each stamp is resolved as, by where it starts ("1130" as "1130 hours")."""
    if "\n" not in text or ":" not in text or not _STAMP_OPENS_A_LINE(text):
        return found, {}
    stamps = [
        m
        for m in _STAMP.finditer(text)
        if _clock(m["first"]) and (m["second"] is None or _clock(m["second"]))
    ]
    if not any(
        m["cue"] or _no_year(m["first"]) or (m["second"] and _no_year(m["second"])) for m in stamps
    ):
        return found, {}
    queries: dict[int, str] = {}
    extents: list[tuple[int, int]] = []
    for stamp in stamps:
        cue = (stamp["cue"] or "").strip()
        hours = "local time" if cue.lower().startswith("local") else (cue or "hours")
        ends = ["first"] if stamp["second"] is None else ["first", "second"]
        for name in ends:  # "0600–0900 local": two clocks, the zone said once for both
            end = stamp.end("cue") if cue and name == ends[-1] else stamp.end(name)
            extents.append((stamp.start(name), end))
            queries[stamp.start(name)] = f"{stamp[name]} {hours}"
    starts = [start for start, _ in extents]  # in text order, apart

    def overlaps(candidate: Candidate) -> bool:
        at = bisect_left(starts, candidate.end) - 1  # the last stamp starting before its end
        return at >= 0 and extents[at][1] > candidate.start

    kept = [c for c in found if not overlaps(c)]
    kept.extend(Candidate(start, end, None) for start, end in extents)
    kept.sort(key=lambda c: c.start)
    return kept, queries


def roll_log_days(mentions: list[Mention], logged: dict[int, str]) -> list[Mention]:
    """A log's entries with each one earlier in the day than the one before it, with no day
    named between them, moved to the next day, and the times after it on that day with it."""
    out: list[Mention] = []
    shift = 0
    last: str | None = None  # the value of the last log clock, as it was resolved
    for mention in mentions:
        value = mention.timex.value
        if DAY_VALUE.fullmatch(value):  # a day named: the log starts on it
            shift, last = 0, None
        elif mention.span is not None and mention.timex.type == "TIME" and len(value) > 11:
            if mention.start in logged:
                if last is not None and value[:10] == last[:10] and value[11:] < last[11:]:
                    shift += 1
                last = value
            if shift and last is not None and value[:10] == last[:10]:
                mention = days_later(mention, shift)
        out.append(mention)
    return out


def days_later(mention: Mention, days: int) -> Mention:
    """The mention moved ``days`` days on, its value and span alike; unmoved when that would
    take it past the calendar's last day (Dec. 31, 9999)."""
    span = mention.span
    assert span is not None
    step = timedelta(days=days)
    try:
        day = (date.fromisoformat(mention.timex.value[:10]) + step).isoformat()
        bounds = [span.earliest_start + step, span.latest_start + step]
        bounds += [span.earliest_end + step, span.latest_end + step]
    except OverflowError:
        return mention
    timex = Timex(mention.timex.type, day + mention.timex.value[10:], mention.timex.mod)
    earliest_start, latest_start, earliest_end, latest_end = bounds
    moved = attrs.evolve(
        span,
        earliest_start=earliest_start,
        latest_start=latest_start,
        earliest_end=earliest_end,
        latest_end=latest_end,
        timex=timex,
    )
    return attrs.evolve(mention, timex=timex, span=moved)
