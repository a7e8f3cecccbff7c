"""Times of day: clock times ("1:00 a.m.", "13:45", "noon"), parts of the day ("the early
morning hours", "late at night") and their combinations with a day ("1:00 a.m. on Sept. 28",
"Monday morning", "the night of Sept. 28", "tonight")."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Literal

import attrs

from timeline._resolve import _lexicon as lex
from timeline._resolve._clock24 import military_clock, spoken_clock, zone_suffix
from timeline._resolve._dates import (
    DATE_STARTS,
    DayDate,
    DayOfMonth,
    Weekday,
    explicit_date,
    weekday,
)
from timeline._resolve._fuzzy import APPROXIMATE_STARTS, Approximately, approximately
from timeline._resolve._holidays import HOLIDAY_FIRST_WORDS, Holiday, holiday
from timeline._resolve._numbers import amount
from timeline._resolve._period import (
    Context,
    Hit,
    Node,
    Period,
    Rule,
    Unresolvable,
    clock_value,
)
from timeline._resolve._relative import (
    RELATIVE_DAY_STARTS,
    RelativeUnit,
    RelativeWeekday,
    StoryWeekday,
    relative,
)
from timeline._resolve._tokens import Stream, remembered
from timeline._timex import Timex
from timeline._vocabulary import TimeOfDay
from timeline._zones import as_tzinfo

__all__ = [
    "Clock",
    "DayPart",
    "TimeOn",
    "part_period",
    "clock",
    "day_part",
    "day_expression",
    "TIMED_RULES",
]


def _hhmm_seconds(s: Stream, i: int) -> int | None:
    """The seconds of a four-digit 24-hour clock written with them ("0448:30"; no year is
    written so), or None."""
    digits = s.norms[i]
    if not (digits.isdigit() and s.punct(i + 1, ":") and s.adjacent(i + 1)):
        return None
    if not (s.adjacent(i + 2) and s.kind(i + 2) == "n" and len(s.norm(i + 2)) == 2):
        return None
    if s.ends[i + 2] - s.starts[i + 2] != 2 or not s.norm(i + 2).isdigit():
        return None
    if s.punct(i + 3, ":") and s.adjacent(i + 3):
        return None  # "1200:30:15": something else
    if int(digits[:2]) > 23 or int(digits[2:]) > 59 or int(s.norm(i + 2)) > 59:
        return None
    if (
        digits[0] == "2"
        and s.word(i - 1) not in _SECONDS_CUES
        and zone_suffix(s, i + 3)[0] is None
    ):
        return None  # "a ratio of 2014:30": an evening clock needs "at", "until" or a zone
    return int(s.norm(i + 2))


_SECONDS_CUES = frozenset("at until till by from to since about around approximately".split())


@attrs.frozen
class Clock(Node):
    """A clock time; alone it falls on the reference day. ``offset``: minutes east of UTC
    when the text names a zone ("0735 GMT", "4 a.m. EDT"), else the resolving zone's time.
    Hour 24 ("24:00") is the end of the day: the next day's midnight."""

    hour: int
    minute: int = 0
    second: int = 0
    precision: Literal["hour", "minute", "second"] = "minute"
    offset: int | str | None = None  # minutes east of UTC, or a zone name ("8 p.m. ET")

    def at(self, day: date, ctx: Context) -> Period:
        if self.hour == 24:  # "24:00 on Feb. 24": midnight that ends the day
            day, hour = day + timedelta(days=1), 0
        else:
            hour = self.hour
        written = datetime.combine(day, time(hour, self.minute, self.second))
        start = written
        if self.offset is not None:
            # the span is the true instant in the resolving zone; the TIMEX3 value stays the
            # clock as written ("5 p.m. EST" -> T17:00), as TimeML annotates it
            if isinstance(self.offset, str):  # "ET": EST or EDT, as the day has it
                given: tzinfo = as_tzinfo(self.offset)
            else:
                given = timezone(timedelta(minutes=self.offset))
            aware = written.replace(tzinfo=given).astimezone(ctx.zone)
            start = aware.replace(tzinfo=None)
        step = timedelta(seconds=1) if self.precision == "second" else timedelta(minutes=1)
        timex = Timex("TIME", clock_value(written, seconds=self.precision == "second"))
        granularity: Literal["hour", "minute", "second"] = self.precision
        return Period(start, start, start + step, start + step, granularity, timex, instant=True)

    def evaluate(self, ctx: Context) -> Period:
        day = ctx.ref_day
        reference = ctx.reference
        if reference.granularity == "part_of_day" and reference.le.date() > day:
            # a night runs past midnight: its small hours are on the next day ("on Monday
            # night ... at 2 a.m." is Tuesday 2 a.m.)
            written = datetime.combine(day, time(self.hour % 24, self.minute))
            if written < reference.es and written + timedelta(days=1) <= reference.le:
                day += timedelta(days=1)
        return self.at(day, ctx)


def part_period(part: TimeOfDay, day: date, of_day: bool) -> Period:
    """A part of the day on ``day``, in wall time; ``of_day`` reads an around-midnight part as
    said of the day (its small hours or its late evening), see :meth:`TimeOfDay.on_day`."""
    midnight = datetime.combine(day, time())
    (cs, ce), (ss, se) = part.core, part.support
    timex = Timex("TIME", f"{day.isoformat()}T{part.timex}", part.mod)
    if of_day and part.around_midnight:
        before = midnight - timedelta(days=1)
        return Period(
            max(before + ss, midnight), midnight + cs, before + ce, midnight + se,
            "part_of_day", timex,
        )  # fmt: skip
    return Period(midnight + ss, midnight + cs, midnight + ce, midnight + se, "part_of_day", timex)


@attrs.frozen
class DayPart(Node):
    """A part of the day, alone (on the reference day) or on a given day."""

    name: str
    day: Node | None = None
    of_day: bool = True

    def evaluate(self, ctx: Context) -> Period:
        try:
            part = ctx.vocabulary.part_of_day(self.name)
        except KeyError as error:
            raise Unresolvable(str(error.args[0])) from None
        if self.day is None:
            return part_period(part, ctx.ref_day, self.of_day)
        return part_period(part, _one_day(self.day, ctx), self.of_day)


def _one_day(node: Node, ctx: Context) -> date:
    period = node.evaluate(ctx)
    if period.granularity != "day" or not period.is_crisp:
        raise Unresolvable(f"{period.timex.value} is not a single day")
    return period.es.date()


@attrs.frozen
class TimeOn(Node):
    """A clock time on a day ("1:00 a.m. on Sept. 28"). ``end_of_day``: "midnight" said of a
    named day ("midnight Friday", "Friday at midnight") is the end of that day, as deadlines
    mean it: the moment the next day starts, TIMEX3 ``…T24:00``."""

    clock: Clock
    day: Node
    end_of_day: bool = False

    def evaluate(self, ctx: Context) -> Period:
        day = _one_day(self.day, ctx)
        if self.end_of_day:
            start = datetime.combine(day + timedelta(days=1), time())
            step = timedelta(minutes=1)
            timex = Timex("TIME", f"{day.isoformat()}T24:00")
            return Period(start, start, start + step, start + step, "minute", timex, instant=True)
        return self.clock.at(day, ctx)


@attrs.frozen
class ClockInPart(Node):
    """A clock time in a part of a day the report names from its own ("08:00 this morning",
    "10 p.m. tonight", "6:30 yesterday evening"): on the part's day, or the next one when the
    part runs past midnight ("2 a.m. tonight"); a clock that does not say which half of the
    day (``flexible``) is read in the part's half ("6:30 yesterday evening" is 18:30); a clock
    outside the part is refused."""

    clock: Clock
    part: DayPart
    flexible: bool

    def evaluate(self, ctx: Context) -> Period:
        part = self.part.evaluate(ctx)
        clocks = [self.clock]
        if self.flexible:
            clocks.append(attrs.evolve(self.clock, hour=(self.clock.hour + 12) % 24))
        first = part.es.date()
        for clock in clocks:
            for day in (first, first + timedelta(days=1)):
                at = clock.at(day, ctx)
                if part.es <= at.es < part.le:
                    return at
        # "7 a.m. Monday night", "9 p.m. this morning": the phrase contradicts itself
        said = self.clock.at(first, ctx).timex.value
        raise Unresolvable(f"{said} is not in the {part.timex.value} it is said to be in")


# ---------------------------------------------------------------------------- rules


def _meridiem(s: Stream, j: int) -> tuple[str, int]:
    word = s.word(j)
    if word in ("am", "pm"):
        return word, j + 1
    return "", j


def _given(zone: int | str | None) -> int | str | None:
    """The zone a clock keeps: none for a local time named without its zone."""
    return None if zone == "" else zone


def _make_clock(hour: int, minute: int, second: int, meridiem: str, precision: str,
                offset: int | str | None) -> Clock | None:  # fmt: skip
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        return None
    return Clock(hour, minute, second, precision, _given(offset))  # type: ignore[arg-type]


_DOTTED_CLOCK = re.compile(r"\d{1,2}\.\d\d")
_SPOKEN_FIRST = frozenset(lex.CARDINALS) | {"a", "quarter", "half"}
_SPOKEN_SIDES = frozenset(["past", "after", "to", "till", "before"])


def _spoken(s: Stream, hour: int, minutes: int, j: int) -> Hit:
    """A clock time said in words ("half past six", ``hour`` 6 and ``minutes`` 30; "a quarter
    to five", 5 and -15) with what may follow it: "o'clock", "a.m."/"p.m.", "in the morning",
    "in the afternoon/evening", "at night", a zone. Without any, the hour stays on the twelve-hour
    clock as said ("ten to one" is 12:50, as "six o'clock" is 6:00)."""
    on_24 = s.word(j - 1) in ("noon", "midnight")  # "a quarter past midnight": 00:15
    if s.word(j) == "o'clock":
        j += 1  # "twenty to nine o'clock"
    meridiem, k = ("", j) if on_24 else _meridiem(s, j)
    if not meridiem and not on_24:
        k = s.words(j, "in", "the", "morning")
        meridiem = "am"
        if k < 0:
            k = max(s.words(j, "in", "the", "afternoon"), s.words(j, "in", "the", "evening"),
                    s.words(j, "at", "night"))  # fmt: skip
            meridiem = "pm" if hour != 12 else "am"  # "twelve at night": midnight
        if k < 0:
            meridiem, k = "", j
    zone, k = zone_suffix(s, k)
    if meridiem:
        named = _make_clock(hour, 0, 0, meridiem, "minute", None)
        if named is None:
            return None
        hour = named.hour
    if meridiem or on_24 or minutes >= 0:
        told = (hour * 60 + minutes) % (24 * 60)  # "a quarter to five p.m.": 16:45
    else:
        told = ((hour - 1) % 12 or 12) * 60 + 60 + minutes
    made = _make_clock(told // 60, told % 60, 0, "", "minute", zone)
    return (made, k) if made is not None else None


@remembered
def clock(s: Stream, i: int) -> Hit:
    """A clock time: "1:00 a.m.", "3 a.m.", "13:45", "noon", "midnight", "three o'clock"."""
    kind = s.kind(i)
    word = s.word(i)
    if word in ("noon", "midnight"):
        zone, j = zone_suffix(s, i + 1)  # "noon local time", "midnight ET"
        return Clock(12 if word == "noon" else 0, 0, offset=_given(zone)), j
    if s.norm(i) == "24" and s.norm(i + 2) == "00" and s.punct(i + 1, ":") and s.adjacent(i + 1):
        if s.adjacent(i + 2) and not s.adjacent(i + 3):  # "24:00": the end of the day
            zone, j = zone_suffix(s, i + 3)
            return Clock(24, 0, offset=_given(zone)), j
    if kind == "n" and _DOTTED_CLOCK.fullmatch(s.norm(i)):  # "4.30am", "3.15 p.m."
        meridiem, j = _meridiem(s, i + 1)
        if not meridiem:
            return None
        hour_text, minute_text = s.norm(i).split(".")
        utc, j = zone_suffix(s, j)
        made = _make_clock(int(hour_text), int(minute_text), 0, meridiem, "minute", utc)
        return (made, j) if made is not None else None
    if kind == "c":
        parts = [int(p) for p in s.norm(i).split(":")]
        meridiem, j = _meridiem(s, i + 1)
        precision = "second" if len(parts) == 3 else "minute"
        if not meridiem and s.word(j) in ("hours", "hrs") and s.norm(i)[2:3] == ":":
            j += 1  # "21:45 hours", "09:30 hrs": the 24-hour clock ("2:30 hours" is a length)
        utc, j = zone_suffix(s, j)
        made = _make_clock(parts[0], parts[1], parts[2] if len(parts) == 3 else 0, meridiem,
                           precision, utc)  # fmt: skip
        return (made, j) if made is not None else None
    if kind == "n" and s.ends[i] - s.starts[i] == 4:
        seconds = _hhmm_seconds(s, i)  # "0448:30", as flight and incident reports write it
        if seconds is not None:
            hour, minute = int(s.norm(i)[:2]), int(s.norm(i)[2:])
            utc, j = zone_suffix(s, i + 3)
            return Clock(hour, minute, seconds, "second", _given(utc)), j
        logged = military_clock(s, i)  # "0340 local time", "until 0615", "1100 hours"
        if logged is None:
            return None
        hour, minute, zone, j = logged
        return Clock(hour, minute, offset=_given(zone)), j
    sides = _SPOKEN_SIDES
    if (word in _SPOKEN_FIRST or kind == "n") and (
        s.word(i + 1) in sides or s.word(i + 2) in sides or s.word(i + 3) in sides
    ):
        said = spoken_clock(s, i)  # "half past six", "a quarter to five"
        if said is not None:
            return _spoken(s, *said)
    if kind == "n" or word in lex.CARDINALS:
        counted = amount(s, i)
        if counted is None or counted.low != counted.high or counted.article:
            return None
        hour = int(counted.low)
        if hour != counted.low:
            return None
        j = counted.end
        meridiem, k = _meridiem(s, j)
        if not meridiem:
            if s.word(j) == "o'clock":
                k = j + 1
                meridiem, k = _meridiem(s, k)
            else:
                k = s.words(j, "in", "the", "morning")
                meridiem = "am"
                if k < 0:
                    k = max(s.words(j, "in", "the", "afternoon"), s.words(j, "in", "the",
                            "evening"), s.words(j, "at", "night"))  # fmt: skip
                    meridiem = "pm"
                if k < 0:
                    return None
                if meridiem == "pm" and hour == 12:
                    meridiem = "am"  # twelve at night
                if meridiem == "am" and hour == 12:
                    return None
        if kind == "n" and s.punct(i - 1, "$£€"):
            return None
        utc, k = zone_suffix(s, k)
        made = _make_clock(hour, 0, 0, meridiem, "minute", utc)
        return (made, k) if made is not None else None
    return None


_PARTS = (
    (("the", "early", "morning", "hours"), "the early morning hours"),
    (("the", "early", "hours"), "the early morning hours"),
    (("the", "small", "hours"), "the early morning hours"),
    (("the", "wee", "hours"), "the early morning hours"),
    (("early", "morning", "hours"), "the early morning hours"),
    (("early", "morning"), "early morning"),
    (("late", "morning"), "late morning"),
    (("early", "afternoon"), "early afternoon"),
    (("late", "afternoon"), "late afternoon"),
    (("early", "evening"), "early evening"),
    (("late", "evening"), "late evening"),
    (("late", "at", "night"), "late at night"),
    (("late", "in", "the", "night"), "late at night"),
    (("late", "night"), "late at night"),
    (("at", "night"), "night"),
    (("overnight",), "overnight"),
    (("morning",), "morning"),
    (("afternoon",), "afternoon"),
    (("evening",), "evening"),
    (("night",), "night"),
    (("dawn",), "dawn"),
    (("daybreak",), "dawn"),
    (("sunrise",), "dawn"),
    (("dusk",), "dusk"),
    (("sunset",), "dusk"),
    (("nightfall",), "dusk"),
    (("midday",), "midday"),
    (("daytime",), "daytime"),
)


_HYPHENATED = {
    ("late", "night"): "late at night", ("early", "morning"): "early morning",
    ("late", "morning"): "late morning", ("late", "afternoon"): "late afternoon",
    ("early", "evening"): "early evening",
}  # fmt: skip


def _by_first_word() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, name in _PARTS:
        table.setdefault(words[0], []).append((words, name))
    return table


_PARTS_BY_FIRST = _by_first_word()
_MID_PARTS = {"midmorning": "mid-morning", "midafternoon": "mid-afternoon",
              "midevening": "mid-evening"}  # fmt: skip
#: The words a part of the day can start with (the branches of :func:`day_part`).
_DAY_PART_FIRST = (
    frozenset(_PARTS_BY_FIRST) | frozenset(_MID_PARTS) | {"the", "mid", "late", "early"}
)


@remembered
def day_part(s: Stream, i: int) -> tuple[str, int] | None:
    """A part of the day: its vocabulary name and end. "the" before it is part of it."""
    first = s.word(i)
    if first not in _DAY_PART_FIRST:  # most places it is tried: none of its branches can read
        return None
    j = i + 1 if first == "the" else i
    word = s.word(j)
    if j > i and s.word(j + 1) == "of" and s.word(j + 2) == "the":
        edge = _EDGE_OF_PART.get((word, s.word(j + 3)))
        if edge is not None:  # "the end of the afternoon", "the middle of the night"
            return edge, j + 4
    if word in _MID_PARTS:  # "midafternoon"
        return _MID_PARTS[word], j + 1
    if word == "mid" and s.word(j + 1 + s.punct(j + 1, "-")) in _THIS_PARTS:
        k = j + 1 + s.punct(j + 1, "-")  # "mid-afternoon", "mid afternoon"
        if s.word(k) != "night" and (k == j + 1 or s.adjacent(k - 1) and s.adjacent(k)):
            return f"mid-{s.word(k)}", k + 1
    if j == i and s.word(j) in ("late", "early") and s.punct(j + 1, "-") and s.adjacent(j + 1):
        joined = _HYPHENATED.get((s.word(j), s.word(j + 2)))
        if joined is not None and s.adjacent(j + 2):
            return joined, j + 3
    if j > i:  # "the early hours", "the small hours": "the" is part of their name
        for words, name in _PARTS_BY_FIRST.get("the", ()):
            k = s.words(i, *words)
            if k > 0:
                morning = s.words(k, "of", "the", "morning")  # "the early hours of the morning"
                return name, morning if morning > 0 else k
    for words, name in _PARTS_BY_FIRST.get(s.word(j), ()):
        k = s.words(j, *words)
        if k > 0:
            if j > i and words[0] == "the":
                return None
            return name, k
    return None


@remembered
def day_expression(s: Stream, i: int) -> Hit:
    """An expression that names one day: a date, a weekday, yesterday, the next day..."""
    hit = explicit_date(s, i)
    if hit is not None and isinstance(hit[0], (DayDate, DayOfMonth)):
        return hit  # "Sept. 28", "the 9th" ("the night of the 9th")
    named = weekday(s, i)
    if named is not None:
        return Weekday(named[0]), named[1]
    found = relative(s, i)
    if found is not None:
        node = found[0]
        if isinstance(node, (RelativeWeekday, StoryWeekday)):
            return found
        if isinstance(node, RelativeUnit) and node.unit == "day":
            return found
    return None


_THIS_PARTS = frozenset(["morning", "afternoon", "evening", "night"])
_NEXT = frozenset(["next", "following"])


#: Words before "early" or "late" that make it said of something, not of the time: "running
#: late", "was late", "too early".
_SAID_OF_SOMETHING = frozenset(
    "too so very running ran run was were is are am be been being get got gets getting".split()
)

#: The parts of the day "early" and "late" narrow, by the part named after them.
_EARLY_LATE = {
    ("early", "morning"): "early morning", ("late", "morning"): "late morning",
    ("early", "afternoon"): "early afternoon", ("late", "afternoon"): "late afternoon",
    ("early", "evening"): "early evening", ("late", "evening"): "late evening",
    ("late", "night"): "late at night",
}  # fmt: skip


#: The part of a part of the day its edge or middle names: "the end of the afternoon" is late
#: afternoon, "the middle of the night" the night.
_EDGE_OF_PART = {
    ("end", "morning"): "late morning", ("end", "afternoon"): "late afternoon",
    ("end", "evening"): "late evening", ("end", "night"): "late at night",
    ("beginning", "morning"): "early morning", ("start", "morning"): "early morning",
    ("beginning", "afternoon"): "early afternoon", ("start", "afternoon"): "early afternoon",
    ("beginning", "evening"): "early evening", ("start", "evening"): "early evening",
    ("middle", "morning"): "mid-morning", ("middle", "afternoon"): "mid-afternoon",
    ("middle", "evening"): "mid-evening", ("middle", "night"): "night",
}  # fmt: skip


def _early_late_deictic(s: Stream, i: int) -> Hit:
    """ "late tonight", "late last night", "early this morning", "late this afternoon", "early
    that morning", "late the next evening": the early or late part of the part of the day
    named. Not "early" or "late" said of something ("the train was late that morning", "too
    early this morning to know")."""
    word, after = s.word(i), s.word(i + 1)
    if s.word(i - 1) in _SAID_OF_SOMETHING:
        return None
    if after == "tonight":
        day, name, end = RelativeUnit("day", 0), "night", i + 2
    elif after == "last" and s.word(i + 2) == "night":
        day, name, end = RelativeUnit("day", -1), "night", i + 3
    elif after == "this" and s.word(i + 2) in _THIS_PARTS:
        day, name, end = RelativeUnit("day", 0), s.word(i + 2), i + 3
    elif after == "that" and s.word(i + 2) in _THIS_PARTS:  # of the story's day
        day, name, end = RelativeUnit("day", 0, "reference"), s.word(i + 2), i + 3
    elif after == "the" and s.word(i + 2) in _NEXT and s.word(i + 3) in _THIS_PARTS:
        day, name, end = RelativeUnit("day", 1, "reference"), s.word(i + 3), i + 4
    else:
        return None
    part = _EARLY_LATE.get((word, name))
    return None if part is None else (DayPart(part, day, of_day=False), end)


def _combined_parts(s: Stream, i: int) -> Hit:
    """Days with parts: "Monday morning", "tonight", "last night", "this morning", "that
    night", "the next morning", "the morning of Oct. 2", "late at night on Sept. 28", "late
    Monday night"."""
    word = s.word(i)
    if word == "tonight":
        return DayPart("night", RelativeUnit("day", 0), of_day=False), i + 1
    if (
        word in ("later", "earlier")
        and s.word(i + 1) == "in"
        and s.word(i + 2) == "the"
        and s.word(i + 3) in _THIS_PARTS
    ):  # "earlier in the evening", "later in the night": of the day the story is on
        today = RelativeUnit("day", 0, "reference")
        return DayPart(s.word(i + 3), today, of_day=False), i + 4
    if word in ("later", "earlier") and s.word(i + 1) in ("this", "that"):
        if s.word(i + 2) in _THIS_PARTS:  # "later that night", "earlier this morning"
            base = "anchor" if s.word(i + 1) == "this" else "reference"
            today = RelativeUnit("day", 0, base)  # type: ignore[arg-type]
            return DayPart(s.word(i + 2), today, of_day=False), i + 3
    if word in ("this", "last", "that") and s.word(i + 1) in _THIS_PARTS:
        name = s.word(i + 1)
        if word == "last":
            if name != "night":
                return None
            return DayPart("night", RelativeUnit("day", -1), of_day=False), i + 2
        today = RelativeUnit("day", 0, "anchor" if word == "this" else "reference")
        return DayPart(name, today, of_day=False), i + 2
    if (word == "the" or word == "that") and s.word(i + 1) == "same":
        if s.word(i + 2) in _THIS_PARTS:  # "the same evening", "that same night"
            today = RelativeUnit("day", 0, "reference")
            return DayPart(s.word(i + 2), today, of_day=False), i + 3
    if (
        word == "the"
        and s.word(i + 1) in ("next", "following", "previous")
        and s.word(i + 2) in _THIS_PARTS
    ):
        offset = -1 if s.word(i + 1) == "previous" else 1
        other = RelativeUnit("day", offset, "reference")
        return DayPart(s.word(i + 2), other, of_day=False), i + 3
    if word in ("early", "late"):
        deictic = _early_late_deictic(s, i)
        if deictic is not None:
            return deictic
    if word in ("early", "late") and s.word(i + 1) not in ("at", "in", "morning", "night"):
        named = day_expression(s, i + 1)
        if named is not None:
            after = s.word(named[1])
            if word == "late" and after == "night":
                return DayPart("late at night", named[0], of_day=False), named[1] + 1
            if word == "early" and after == "morning":
                return DayPart("early morning", named[0], of_day=False), named[1] + 1
            if after in ("afternoon", "evening"):
                return DayPart(f"{word} {after}", named[0], of_day=False), named[1] + 1
    part = day_part(s, i)
    if part is not None:
        name, j = part
        if s.word(j) in ("of", "on"):
            of = day_expression(s, j + 1)
            if of is not None:
                end = of[1]
                node = of[0]
                if (name in ("night", "overnight") and isinstance(node, DayDate)
                        and s.punct(end, "-–") and s.number(end + 1) == node.day + 1):  # fmt: skip
                    return DayPart(name, node, of_day=False), end + 2  # "the night of Sept. 28-29"
                if name == "the early morning hours" and s.word(end) == "morning":
                    end += 1  # "the early hours of Sunday morning"
                return DayPart(name, node, of_day=s.word(j) == "on"), end
        named = day_expression(s, j)  # "mid-afternoon yesterday", "mid-morning Tuesday"
        if named is not None:
            return DayPart(name, named[0]), named[1]
        return DayPart(name), j
    first = day_expression(s, i)
    if first is None and s.word(i) in HOLIDAY_FIRST_WORDS:
        named = holiday(s, i)  # "Christmas night", "Election night", "Easter morning"
        if named is not None and isinstance(named[0], Holiday) and not named[0].weekend:
            first = named
    if first is not None:
        following = day_part(s, first[1])
        if (
            following is not None
            and s.word(first[1]) != "the"
            and not _opens_a_line(s, first[1])  # "Wednesday 5 June ¶ Morning - convoy leaves"
        ):
            return DayPart(following[0], first[0], of_day=False), following[1]
    return None


def _opens_a_line(s: Stream, k: int) -> bool:
    """Whether token ``k`` is capitalised at the start of a new line: a heading's day and the
    entry under it are two expressions."""
    return 0 < k < s.n and s.cap(k) and "\n" in s.text[s.ends[k - 1] : s.starts[k]]


def _day_ends_at(s: Stream, i: int) -> bool:
    """Whether the clock word at ``i`` is a named day's "midnight" that ends the day: not
    after "shortly after" / "just after", which in news is the small hours of the day named
    ("shortly after midnight Friday": early Friday)."""
    if s.word(i) != "midnight":
        return False
    return not (s.word(i - 1) == "after" and s.word(i - 2) in _NEAR_WORDS)


_NEAR_WORDS = frozenset(["shortly", "just", "soon", "right", "immediately"])


_ISO_STAMP = re.compile(
    r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):([0-5]\d)"
    r"(?::([0-5]\d)(?:[.,]\d+)?)?(?:(Z)|([+-])([01]\d):?([0-5]\d))?(?![\w:+-])"
)


def _iso_stamp(s: Stream, i: int) -> Hit:
    """An ISO 8601 timestamp: "2019-03-05T09:14", "2019-03-05T09:14:00Z",
    "2019-03-05T09:14:00+03:00" (the zone kept as the clock's offset; the TIMEX3 value is the
    clock as written, seconds included when written, fractions of a second dropped)."""
    start = s.starts[i]
    match = _ISO_STAMP.match(s.text, start)
    if match is None:
        return None
    j = i
    while j < s.n and s.ends[j] <= match.end():
        j += 1
    if s.ends[j - 1] != match.end():
        return None
    year, month, day, hour, minute = (int(match.group(k)) for k in range(1, 6))
    offset: int | None = None
    if match.group(7):
        offset = 0
    elif match.group(8):
        sign = 1 if match.group(8) == "+" else -1
        offset = sign * (int(match.group(9)) * 60 + int(match.group(10)))
    if match.group(6) is not None:
        at = Clock(hour, minute, int(match.group(6)), "second", offset)
    else:
        at = Clock(hour, minute, offset=offset)
    return TimeOn(at, DayDate(month, day, year)), j


@attrs.frozen
class NearestDay(Node):
    """A day of the month named by its number alone, in the month (this, the one before or
    the one after the reference day's) that puts it nearest the reference day: the day of a
    date-time group ("081800Z" in a report of 9 October is 8 October)."""

    day: int

    def evaluate(self, ctx: Context) -> Period:
        base = ctx.ref_day
        first = date(base.year, base.month, 1)
        days = []
        for step in (-1, 0, 1):
            month = (first.month - 1 + step) % 12 + 1
            year = first.year + (first.month - 1 + step) // 12
            try:
                days.append(date(year, month, self.day))
            except ValueError:
                continue  # no 31st in a short month
        if not days:
            raise Unresolvable(f"no month near {base.isoformat()} has a day {self.day}")
        return DayOfMonth(self.day)._in(datetime.combine(min(days, key=lambda d: abs(d - base)),
                                                          time()))  # fmt: skip


def _date_time_group(s: Stream, i: int) -> Hit:
    """A military date-time group: day, hour and minute in six digits and the zone letter
    glued to them ("081800Z": the 8th at 18:00 UTC), then perhaps the month and its year in two
    digits or four ("090600Z OCT 23": 9 October 2023 at 06:00). Without its month the day is
    the one of that number nearest the reference day."""
    text = s.norms[i]
    if len(text) != 6 or s.ends[i] - s.starts[i] != 6 or not text.isdigit():
        return None
    if s.kind(i + 1) != "w" or not s.adjacent(i + 1):
        return None
    letter = s.text[s.starts[i + 1] : s.ends[i + 1]]
    if letter != "Z":
        return None
    day, hour, minute = int(text[:2]), int(text[2:4]), int(text[4:])
    if not 1 <= day <= 31 or hour > 23 or minute > 59:
        return None
    at = Clock(hour, minute, offset=0)
    month = lex.MONTHS.get(s.word(i + 2)) if s.cap(i + 2) else None
    short_year = s.norm(i + 3)
    if month is not None and s.kind(i + 3) == "n" and len(short_year) in (2, 4):
        year = int(short_year)
        if len(short_year) == 2:  # "OCT 23"; four digits are the year as written
            year += 1900 if year >= 70 else 2000
        return TimeOn(at, DayDate(month, day, year)), i + 4
    return TimeOn(at, NearestDay(day)), i + 2


def _clock_day(s: Stream, i: int) -> Hit:
    """Clock times with days, either way round: "1:00 a.m. on Sept. 28", "Monday at 3 p.m."."""
    kind = s.kind(i)
    if kind == "n" and s.ends[i] - s.starts[i] == 6:
        group = _date_time_group(s, i)
        if group is not None:
            return group
    if (kind == "i" and "T" in s.norm(i)) or (kind == "n" and s.punct(i + 1, "-")
                                               and s.adjacent(i + 1)):  # fmt: skip
        stamp = _iso_stamp(s, i)
        if stamp is not None:
            return stamp
    found = clock(s, i)
    if found is not None:
        node, j = found
        assert isinstance(node, Clock)
        in_part = _part_named_from_now(s, j)
        if in_part is None and s.word(j) == "on" and weekday(s, j + 1) is not None:
            in_part = _part_named_from_now(s, j + 1)  # "5:30 on Tuesday morning"
        if in_part is not None:  # "08:00 this morning", "10 p.m. tonight"
            flexible = 1 <= node.hour <= 12 and not _half_day_said(s, i, j)
            return ClockInPart(node, in_part[0], flexible), in_part[1]
        k = j + 1 if s.word(j) == "on" or s.punct(j, ",") else j
        day = day_expression(s, k)
        if day is not None and k == j and s.word(day[1]) in _THIS_PARTS:
            return found  # "6:30 [tomorrow night]": the clock alone
        if day is not None:
            return TimeOn(node, day[0], _day_ends_at(s, i)), day[1]
        return found
    day = day_expression(s, i)
    if day is not None:
        j = day[1]
        k = j + 1 if s.word(j) == "at" or s.punct(j, ",") else j
        found = clock(s, k)
        if found is not None:
            node = found[0]
            assert isinstance(node, Clock)
            return TimeOn(node, day[0], _day_ends_at(s, k)), found[1]
        if k > j and s.word(k) in APPROXIMATE_STARTS:  # "Feb. 24, 2022 at about 4 a.m."
            near = approximately(s, k, clock)
            if near is not None and isinstance(near[0], Approximately):
                about = near[0].base
                assert isinstance(about, Clock)
                return Approximately(TimeOn(about, day[0], _day_ends_at(s, k))), near[1]
    return None


_PARTS_NAMED_FROM_NOW = frozenset(["morning", "afternoon", "evening"])


def _part_named_from_now(s: Stream, j: int) -> tuple[DayPart, int] | None:
    """A part of a day named right after a clock: from the report's day ("this morning",
    "yesterday evening", "Tuesday afternoon", "tonight"; not "last night", whose small hours
    are the next day's) or from the story's ("that evening", "the next morning", "that
    night")."""
    if s.word(j) == "tonight":
        return DayPart("night", RelativeUnit("day", 0), of_day=False), j + 1
    anaphoric = s.word(j) == "that" or (s.word(j) == "the" and s.word(j + 1) in _STEPS)
    if not anaphoric and s.word(j) not in _NAMING_A_DAY and weekday(s, j) is None:
        return None
    found = _combined_parts(s, j)
    if found is None or not isinstance(found[0], DayPart):
        return None
    part = found[0]
    named = _PARTS_NAMED_FROM_NOW | ({"night"} if anaphoric or weekday(s, j) else set())
    if part.name not in named or part.day is None:
        return None
    return part, found[1]


_NAMING_A_DAY = frozenset(["this", "yesterday", "tomorrow", "today"])
_STEPS = frozenset(["next", "following", "same", "previous"])  # "the next morning"


def _half_day_said(s: Stream, i: int, j: int) -> bool:
    """Whether the clock written from ``i`` to ``j`` says its half of the day: a.m./p.m., or a
    24-hour dial ("08:00", "18:30")."""
    if any(s.word(k) in ("am", "pm") for k in range(i, j)):
        return True
    raw = s.text[s.starts[i] : s.ends[i]]
    return raw[:1] == "0" or raw[:2].isdigit() and int(raw[:2]) >= 13


#: The first tokens :func:`day_expression` can start with: a written date, a weekday, or a
#: relative expression that names one day.
_DAY_STARTS = DATE_STARTS | frozenset(lex.WEEKDAYS) | RELATIVE_DAY_STARTS
#: The first tokens :func:`clock` can start with (a spoken clock's first words hold the
#: cardinals).
_CLOCK_STARTS = _SPOKEN_FIRST | {"n", "c", "noon", "midnight"}

#: The rules of times of day with their first tokens, which the grammar dispatches on: a clock
#: time with or without a day (also an ISO timestamp, ``i``), and a part of a day.
TIMED_RULES: tuple[tuple[Rule, frozenset[str]], ...] = (
    (_clock_day, _CLOCK_STARTS | _DAY_STARTS | {"i"}),
    (
        _combined_parts,
        _DAY_STARTS | HOLIDAY_FIRST_WORDS | frozenset(_PARTS_BY_FIRST) | frozenset(_MID_PARTS)
        | {"tonight", "later", "earlier", "this", "last", "that", "the", "early", "late", "mid"},
    ),
)  # fmt: skip
