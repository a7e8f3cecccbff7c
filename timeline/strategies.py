"""Hypothesis strategies for property-testing date logic, yours or ours.

>>> from hypothesis import given
>>> from timeline import resolve
>>> from timeline.strategies import phrases
>>> @given(phrases())
... def test_resolve_matches(case):
...     assert resolve(case.text, case.anchor, prefer=case.prefer, tz=case.tz) == case.expected
>>> test_resolve_matches()

* :func:`zones` — IANA zone names, including ones with odd offsets and DST;
* :func:`anchors` — report dates as aware datetimes at midnight in a zone;
* :func:`time_spans` — valid :class:`~timeline.TimeSpan` values, crisp or fuzzy;
* :func:`phrases` — temporal phrases in news spellings, each with the anchor, zone, preference
  and the span it must resolve to, computed independently of the resolver.

Importing this module needs hypothesis (the ``test`` extra).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import attrs
from hypothesis import strategies as st

from timeline._span import TimeSpan
from timeline._vocabulary import DEFAULT_VOCABULARY

__all__ = ["Phrase", "zones", "anchors", "time_spans", "phrases"]

#: Zones the strategies draw from: whole, half- and quarter-hour offsets, DST north and south,
#: and zones whose offset changed (Asia/Pyongyang was UTC+08:30 from 2015 to 2018).
ZONE_NAMES = (
    "UTC",
    "Asia/Pyongyang",
    "Asia/Shanghai",
    "Asia/Kathmandu",
    "America/New_York",
    "Europe/London",
    "Australia/Lord_Howe",
    "America/Sao_Paulo",
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_ABBREVIATIONS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
                  "Oct.", "Nov.", "Dec.")  # fmt: skip
_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve")  # fmt: skip


@attrs.frozen
class Phrase:
    """A phrase, what it is resolved against, and the span it must give."""

    text: str
    anchor: datetime
    tz: str
    prefer: str
    expected: TimeSpan


def zones() -> st.SearchStrategy[str]:
    """IANA zone names (see :data:`ZONE_NAMES`)."""
    return st.sampled_from(ZONE_NAMES)


def _local(wall: datetime, zone: ZoneInfo) -> datetime:
    return wall.replace(tzinfo=zone).astimezone(timezone.utc).astimezone(zone)


def anchors(
    min_date: date = date(1950, 1, 1), max_date: date = date(2090, 12, 31)
) -> st.SearchStrategy[datetime]:
    """Report dates: aware datetimes at the start of a day, in a zone from :func:`zones`."""
    return st.builds(
        lambda day, name: _local(datetime.combine(day, time()), ZoneInfo(name)),
        st.dates(min_value=min_date, max_value=max_date),
        zones(),
    )


@st.composite
def time_spans(
    draw: st.DrawFn, fuzzy: bool = True, min_year: int = 1950, max_year: int = 2090
) -> TimeSpan:
    """Valid TimeSpans: four ordered aware bounds (crisp when ``fuzzy`` is False)."""
    zone = ZoneInfo(draw(zones()))
    minutes = st.integers(min_value=0, max_value=60 * 24 * 400)
    start = draw(
        st.datetimes(
            min_value=datetime(min_year, 1, 1), max_value=datetime(max_year, 12, 31)
        ).map(lambda moment: moment.replace(second=0, microsecond=0))
    )
    length = timedelta(minutes=draw(minutes))
    es = _local(start, zone)
    le = es + length
    if not fuzzy or draw(st.booleans()):
        return TimeSpan.crisp(es, le)
    ls = es + length * draw(st.floats(min_value=0, max_value=1))
    ee = max(es + length * draw(st.floats(min_value=0, max_value=1)), es)
    ls = min(ls, le)
    return TimeSpan(es, ls, min(ee, le), le)


def _day_span(day: date, zone: ZoneInfo, days: int = 1) -> TimeSpan:
    start = _local(datetime.combine(day, time()), zone)
    end = _local(datetime.combine(day + timedelta(days=days), time()), zone)
    return TimeSpan.crisp(start, end)


_MONTH_PARTS = (
    ("early {month} {year}", "early"),
    ("mid-{month} {year}", "mid"),
    ("late {month} {year}", "late"),
    ("the beginning of {month} {year}", "beginning"),
    ("the end of {month} {year}", "end"),
    ("the first half of {month} {year}", "first_half"),
)


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10)
    return f"{number}{suffix or 'th'}"


def _spell_day(draw: st.DrawFn, day: date, with_year: bool) -> str:
    month, abbreviation = _MONTHS[day.month - 1], _ABBREVIATIONS[day.month - 1]
    forms = [f"{abbreviation} {day.day}", f"{day.day} {month}", f"{month} {_ordinal(day.day)}"]
    if with_year:
        forms = [f"{abbreviation} {day.day}, {day.year}", f"{day.day} {month} {day.year}",
                 f"{month} {_ordinal(day.day)}, {day.year}", day.isoformat(),
                 f"{day.month}/{day.day}/{day.year}"]  # fmt: skip
    return draw(st.sampled_from(forms))


def _place(day: date, anchor: date, prefer: str) -> date | None:
    """Independently: the year a month-day without a year takes."""
    options = []
    for year in range(anchor.year - 8, anchor.year + 9):
        try:
            options.append(date(year, day.month, day.day))
        except ValueError:
            continue
    if prefer == "past":
        past = [d for d in options if d <= anchor]
        return max(past) if past else None
    if prefer == "future":
        future = [d for d in options if d >= anchor]
        return min(future) if future else None
    return min(options, key=lambda d: (abs((d - anchor).days), d))


@st.composite
def phrases(draw: st.DrawFn, anchor: datetime | None = None) -> Phrase:
    """A phrase with the span it must resolve to, drawn from these classes: a day with its
    year in five spellings, a day without a year under each ``prefer``, a month and year, a
    year, a clock time on a day, "N days ago", "N weeks ago", yesterday/today/tomorrow, and
    fuzzy parts of a month ("mid-September 2017") as the default vocabulary defines them."""
    if anchor is None:
        anchor = draw(anchors(date(1960, 1, 1), date(2080, 12, 31)))
    assert anchor.tzinfo is not None
    zone = anchor.tzinfo
    assert isinstance(zone, ZoneInfo)
    name = zone.key
    today = anchor.date()
    kind = draw(st.sampled_from(["day", "day-no-year", "month", "year", "clock", "ago",
                                 "weeks-ago", "deictic", "month-part"]))  # fmt: skip
    prefer = "past"
    day = draw(st.dates(min_value=date(1960, 1, 1), max_value=date(2080, 12, 31)))
    if kind == "day":
        text, expected = _spell_day(draw, day, True), _day_span(day, zone)
    elif kind == "day-no-year":
        prefer = draw(st.sampled_from(["past", "future", "nearest"]))
        placed = _place(day, today, prefer)
        if placed is None:
            placed, prefer = _place(day, today, "nearest"), "nearest"
        assert placed is not None
        text, expected = _spell_day(draw, day, False), _day_span(placed, zone)
    elif kind == "month":
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        text = f"{_MONTHS[day.month - 1]} {day.year}"
        expected = _day_span(first, zone, (following - first).days)
    elif kind == "year":
        first = date(day.year, 1, 1)
        text = f"the year {day.year}" if draw(st.booleans()) else f"fiscal {day.year}"
        expected = _day_span(first, zone, (date(day.year + 1, 1, 1) - first).days)
    elif kind == "clock":
        hour, minute = draw(st.integers(1, 12)), draw(st.sampled_from([0, 5, 15, 30, 45]))
        pm = draw(st.booleans())
        clock = f"{hour}:{minute:02d} {'p.m.' if pm else 'a.m.'}"
        text = f"{clock} on {_spell_day(draw, day, True)}"
        wall = datetime.combine(day, time(hour % 12 + (12 if pm else 0), minute))
        start = _local(wall, zone)
        expected = TimeSpan.crisp(start, start + timedelta(minutes=1))
    elif kind == "ago":
        count = draw(st.integers(2, 12))
        text = f"{draw(st.sampled_from([str(count), _NUMBERS[count]]))} days ago"
        expected = _day_span(today - timedelta(days=count), zone)
    elif kind == "weeks-ago":
        count = draw(st.integers(2, 12))
        text = f"{_NUMBERS[count]} weeks ago"
        moment = today - timedelta(weeks=count)
        expected = _day_span(moment - timedelta(days=moment.weekday()), zone, 7)
    elif kind == "month-part":
        # the documented default vocabulary: early days 1-10, mid 11-20, late 21-end (core),
        # widened by three days (support), beginning 1-5 and end the last five (core)
        words, part = draw(st.sampled_from(_MONTH_PARTS))
        text = words.format(month=_MONTHS[day.month - 1], year=day.year)
        length = _days_in_month(day.year, day.month)
        core, support = DEFAULT_VOCABULARY.month.part(part).offsets(length)
        first = day.replace(day=1)

        def at_day(offset: int) -> datetime:
            return _local(datetime.combine(first + timedelta(days=offset), time()), zone)

        expected = TimeSpan.from_core(
            (at_day(core[0]), at_day(core[1])), (at_day(support[0]), at_day(support[1]))
        )
    else:
        word, offset = draw(st.sampled_from([("yesterday", -1), ("today", 0), ("tomorrow", 1)]))
        text, expected = word, _day_span(today + timedelta(days=offset), zone)
    return Phrase(text, anchor, name, prefer, expected)
