"""The time the story is on: which mentions move it (a day, a time of day), which only date it
(a month, a year), and the day a mention names for the clock times and anaphors after it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import attrs

from timeline._extract._mention import Mention
from timeline._extract._phrases import CLOCK_SHIFT
from timeline._extract._words import WEEKDAY
from timeline._span import TimeSpan
from timeline._timex import clock_told

__all__ = [
    "DAY_OR_PART",
    "DAY_VALUE",
    "EVENING_START",
    "SMALL_HOURS_END",
    "back_to_the_report",
    "clock_on",
    "counted_back_to",
    "counted_from_a_day",
    "day_after",
    "day_before",
    "day_of",
    "evening_before",
    "fresh_year",
    "tells_history",
    "restates",
    "apposed_weekday",
    "spoken_the_night_before",
    "tells_the_telling",
    "told_ahead",
    "is_dated",
    "is_night",
    "moves_story",
    "named_day",
    "nearest_half_day",
]

DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# A day, or a part of one ("early Thursday morning").
DAY_OR_PART = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI|DT))?")
_VAGUE = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


def is_night(span: TimeSpan | None) -> bool:
    return span is not None and span.timex.value.endswith("TNI")


def day_before(moment: datetime) -> TimeSpan | None:
    """The day before the one ``moment`` is on, in its zone; None when the calendar has none
    (Jan. 1 of year 1, or Jan. 2 of year 1 east of UTC, whose day before starts in year 0)."""
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if day.date() == date.min:
        return None  # the calendar's first day has none before it
    try:
        return TimeSpan.crisp(day - timedelta(days=1), day, granularity="day")
    except OverflowError:
        return None


def day_of(moment: datetime) -> TimeSpan:
    """The whole day ``moment`` is on, in its zone."""
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return TimeSpan.crisp(day, day + timedelta(days=1), granularity="day")


def day_after(moment: datetime) -> TimeSpan | None:
    """The day after the one ``moment`` is on, in its zone; None when the calendar has none
    (from Dec. 30, 9999, whose day after ends past the calendar's last day)."""
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    try:
        after = day + timedelta(days=1)
        return TimeSpan.crisp(after, after + timedelta(days=1), granularity="day")
    except OverflowError:
        return None


_STORY_GRAINS = frozenset({"day", "part_of_day", "hour", "minute", "second"})
_DATED_GRAINS = frozenset({"year", "half", "quarter", "season", "month", "week"}) | _STORY_GRAINS


def _placed_in(mention: Mention, grains: frozenset[str]) -> bool:
    """Whether the mention names a concrete date or time at one of ``grains``."""
    span = mention.span
    return (
        span is not None
        and mention.timex.type in ("DATE", "TIME")
        and mention.timex.value not in _VAGUE
        and span.is_bounded
        and span.granularity in grains
    )


def is_dated(mention: Mention) -> bool:
    return _placed_in(mention, _DATED_GRAINS)


def fresh_year(dated: TimeSpan | None, sentences_back: int, history: Callable[[], bool]) -> bool:
    """Whether a date without a year ("September", "12 September", "that autumn") takes its
    year from the last time named, in this sentence or the one before, in a text that tells
    a history (see :func:`tells_history`): "crossed the Niemen in June 1812 ... By September
    it had reached Moscow". In a report on its own days, a bare month is the report's ("dating
    to 1994. In January, ..."), as news uses it. ``history`` is asked last: it reads the text."""
    return dated is not None and dated.is_bounded and sentences_back <= 1 and history()


# (The look-behind, at the character before the year, comes after its first two digits: the
# engine then tries the pattern only at a 1 or a 2.)
_WRITTEN_YEAR = re.compile(r"(?:1\d|20)(?<![\d.,$]..)\d\d(?![\d%]|[.,]\d)")


# Words that count from the report's own days: a text that uses one is a report.
_DEICTIC = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|ago|now|currently|recently|(?:this|last|next)\s+"
    rf"(?:week|month|year|quarter|spring|summer|autumn|fall|winter)|{WEEKDAY})\b",
    re.IGNORECASE,
)


def tells_history(text: str, moment: datetime) -> bool:
    """Whether ``text`` is a history (a historian's narrative, an old case told), not a report
    on its own days: it names years, none within a year of the report's date, and no word
    counts from the report's days ("yesterday", "last week", a weekday) up to the end of the
    paragraph that names its last year (a history may close on the present in a paragraph of
    its own: "Today, the roads survive")."""
    last = -1
    for year in _WRITTEN_YEAR.finditer(text):  # a report names its own year early: stop there
        if abs(int(year.group()) - moment.year) <= 1:
            return False
        last = year.end()
    if last < 0:
        return False
    paragraph_end = text.find("\n", last)
    return _DEICTIC.search(text, 0, len(text) if paragraph_end < 0 else paragraph_end) is None


def counted_from_a_day(mention: Mention, at: TimeSpan | None) -> bool:
    """A shift of minutes or hours counted from a day with no time of its own ("on 4 March ...
    around 20 minutes later"): no time the story can stand on (it would be just after the
    day's midnight)."""
    return (
        at is not None
        and at.granularity == "day"
        and mention.timex.type == "TIME"
        and CLOCK_SHIFT.search(mention.text) is not None
    )


_CLOCK_GRAINS = frozenset({"hour", "minute", "second"})


def clock_on(day: TimeSpan | None, sentence: list[Mention]) -> TimeSpan | None:
    """The story's time after a sentence that names a day and a clock time on it ("at 3 a.m.
    on 4 March"): the clock time, so "twenty minutes later" counts from it."""
    if day is None or day.granularity != "day" or not day.is_bounded:
        return day
    for position in range(len(sentence) - 1, -1, -1):
        mention, span = sentence[position], sentence[position].span
        if position and restates(sentence[position - 1], mention):
            continue  # "at 10:02 p.m. (1302 GMT)": the same moment in another zone
        if (
            span is not None
            and span.granularity in _CLOCK_GRAINS
            and span.is_bounded
            and (
                (day.earliest_start <= span.earliest_start and span.latest_end <= day.latest_end)
                # "at 11:30 p.m. Eastern on Oct. 3": on that day by its own clock, whatever
                # day it is in the document's zone
                or (
                    span.timex.value[10:11] == "T"
                    and _wall_clock(span)[0] == day.earliest_start.date()
                )
            )
        ):
            return span
    return day


def restates(before: Mention, mention: Mention) -> bool:
    """Whether ``mention`` is a clock time written straight after another, in brackets or after
    a comma or slash: the same moment told again in another zone; or the weekday of the day
    written before it ("on April 15, a Monday,"): the same day again."""
    return (
        before.span is not None
        and before.span.granularity in _CLOCK_GRAINS
        and 0 < mention.start - before.end <= 3
    ) or apposed_weekday(before, mention.text, mention.start - before.end)


_WEEKDAY_NUMBER = {name: number for number, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)}  # fmt: skip
_DAY_OF = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T|$)")


def apposed_weekday(before: Mention, weekday: str, gap: int) -> bool:
    """Whether ``weekday`` ("Monday"), written ``gap`` characters after ``before`` ("April 15,
    a Monday", "the evening of April 19 (a Friday)"), names the weekday of the day ``before``
    is on: an apposition that says the same day again, not another day."""
    number = _WEEKDAY_NUMBER.get(weekday.lower())
    day = _DAY_OF.match(before.timex.value)
    if number is None or day is None or not 0 < gap <= 4:
        return False
    try:
        named = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
    except ValueError:
        return False
    return named.weekday() == number


def moves_story(mention: Mention) -> bool:
    """Whether the story is now on this mention's time: a day or a time of day.

    Coarser mentions ("in 1987", "last year") are background and leave the story's day alone.
    """
    return _placed_in(mention, _STORY_GRAINS)


def named_day(mention: Mention) -> TimeSpan | None:
    """The day a mention names, as the day later phrases count from: "about March 14" is
    March 14 ("at 10:22 a.m.", "later that day" are on it), not the days around it."""
    span = mention.span
    if span is None or span.is_crisp or not DAY_VALUE.fullmatch(mention.timex.value):
        return span
    try:
        day = datetime.strptime(mention.timex.value, "%Y-%m-%d")
    except ValueError:
        return span
    zone = span.earliest_start.tzinfo
    start, end = day.replace(tzinfo=zone), (day + timedelta(days=1)).replace(tzinfo=zone)
    return TimeSpan.crisp(start, end, granularity="day", phrase=span.phrase, timex=span.timex)


# A verb of saying just before a day: the day the story was told, not one it tells of.
_TOLD_ON = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|reported|confirmed|added|disclosed|"
    r"wrote|stated)\s+(?:on\s+|late\s+|early\s+)?\Z"
)


def tells_the_telling(text: str, start: int) -> bool:
    """Whether the mention at ``start`` dates a verb of saying ("reached orbit on Sunday, ...,
    the company said on Monday"): after a day the sentence tells of, the day it was said
    leaves the story on that day ("fired its engine at 10:02 p.m." is Sunday's)."""
    return _TOLD_ON.search(text, max(0, start - 40), start) is not None


_TONIGHT = re.compile(r"(?i:tonight)")


def spoken_the_night_before(
    text: str, phrase: str, start: int, story: TimeSpan | None, moment: datetime
) -> bool:
    """Whether ``phrase`` is a "tonight" inside a quotation while the story is on the day before
    the report's: the night the words were said, not the report's own."""
    if not _TONIGHT.fullmatch(phrase) or story is None or not story.is_bounded:
        return False
    if story.granularity not in _STORY_GRAINS:
        return False
    if story.earliest_start.date() != moment.date() - timedelta(days=1):
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if not (line.count('"') % 2 == 1 or line.count("“") > line.count("”")):
        return False
    return _SAID_ON_A_DAY.match(text, start, start + 300) is None  # '..." he said Monday'


# The rest of a quotation, then a verb of saying dated to a day: said then, not the night before.
_SAID_ON_A_DAY = re.compile(
    r"[^\"”\n]*[\"”][^.\n]{0,40}?\b(?:said|says|told\s+\w+)\s+(?:on\s+)?"
    rf"(?:today|{WEEKDAY})\b"
)


_NEAR_CLOCK = timedelta(hours=3)


def nearest_half_day(
    clock: str,
    span: TimeSpan,
    story: TimeSpan,
    read: Callable[[str], TimeSpan | None],
) -> TimeSpan:
    """A clock time without "a.m." or "p.m." ("at 6:47") read in the half of the day nearest
    the story's clock time ("6:51 p.m."): the one of ``clock`` a.m. and p.m. within three hours
    of it, when the story is on a clock time; ``span`` otherwise."""
    if story.granularity not in _CLOCK_GRAINS or not story.is_bounded or not span.is_bounded:
        return span
    best, distance = span, abs(span.earliest_start - story.earliest_start)
    for half in (" a.m.", " p.m."):
        other = read(clock + half)
        if other is not None and other.is_bounded:
            gap = abs(other.earliest_start - story.earliest_start)
            if gap < distance and gap <= _NEAR_CLOCK:
                best, distance = attrs.evolve(other, phrase=span.phrase), gap
    return best


def back_to_the_report(
    span: TimeSpan, story: TimeSpan, reported: TimeSpan | None, moment: datetime
) -> TimeSpan:
    """A date without a year read in a new paragraph after the story went back to another year:
    the report's reading (``reported``) when the story's year would put it before the story's
    time and the report's puts it after that time and not after the report; ``span`` else."""
    if (
        reported is None
        or not (span.is_bounded and story.is_bounded and reported.is_bounded)
        or story.earliest_start.year == moment.year
        or span.latest_end > story.earliest_start
        or reported.earliest_start < story.latest_end
        or reported.earliest_start > moment
    ):
        return span
    return reported


SMALL_HOURS_END = 6  # o'clock
# o'clock: where the evening begins (the core of "evening" in the default vocabulary, 18 to 21).
# A clock of the small hours told after a clock from then on, in its sentence or the next, is
# past the midnight that follows ("Polls closed at 7 p.m. Tuesday. By 1 a.m. the count was
# done"), and a term that runs out "at midnight" after it runs out at that midnight; before it
# (the afternoon) a small-hours clock may be the same day's, told out of order.
EVENING_START = 18
_EVENING_FROM = 17  # o'clock: the afternoon may be the report's own, later than the small hours
_TIME_OF_DAY_GRAINS = _STORY_GRAINS - {"day"}


def evening_before(span: TimeSpan | None, story: TimeSpan, moment: datetime) -> bool:
    """Whether ``span``, a time of day read on the story's day, lies later that day than the
    story's time while the story is in the small hours of the report's own day: told in the
    past, it was the evening before ("won early Wednesday, ... after midnight. Hoyt led
    through the evening")."""
    if span is None or not span.is_bounded or not story.is_bounded:
        return False
    if story.granularity not in _TIME_OF_DAY_GRAINS:
        return False
    start = story.earliest_start
    day, hour = _wall_clock(span)  # "11 p.m. Eastern time": its own day and hour, not UTC's
    return (
        start.date() == moment.date()
        # up to 6 a.m., where the night may end ("By 6 a.m. ... spent the night in the attic"),
        # not "the morning" (5 a.m. to noon)
        and story.latest_start.time() <= time(SMALL_HOURS_END)
        and span.granularity in _TIME_OF_DAY_GRAINS
        and day == start.date()
        and hour >= _EVENING_FROM  # not "By 1 p.m., 20 were out"
    )


def _wall_clock(span: TimeSpan) -> tuple[date, int]:
    """The day and hour a time of day is told at: its TIMEX3 value's, which keeps the zone it
    was told in ("11 p.m. Eastern time" is 23:00 on its day however its bounds are written)."""
    told = clock_told(span.timex.value)
    if told is not None:
        return told[0], told[1]
    return span.earliest_start.date(), span.earliest_start.hour


# A length counted from another event, in the same clause: "two months after the contract
# expired on [July 1]".
_COUNTED_BACK = re.compile(
    r"\b(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before)\s[^.;:!?()]*\Z",
    re.IGNORECASE,
)


def counted_back_to(text: str, sentence_start: int, start: int) -> bool:
    """Whether the mention at ``start`` dates the event a length is counted from ("began on
    Sept. 18, two months after the contract expired on July 1"): after the day its sentence
    tells of, it leaves the story on that day ("By the following Monday" is after Sept. 18)."""
    return _COUNTED_BACK.search(text, max(sentence_start, start - 100), start) is not None


# A verb of saying in the simple past, then "would": a future told as of the report's days.
_SAID_WOULD = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\b(?:said|warned|predicted|forecast|announced|"
    r"promised|told\s+\w+)\s[^.;:!?]*?\bwould\s[^.;:!?]*\Z"
)
_FRONTED = re.compile(r"[\s\"“]*(?:(?:On|In|At|By|Late|Early)\s+)?\Z")


def told_ahead(text: str, sentence_start: int, start: int, dated_at: list[int]) -> bool:
    """Whether the mention at ``start`` is a future told in the past by a verb of saying with
    no date of its own ("officials said the agency would report ... beginning in the fall",
    "forecasters warned that gusts would return by the weekend"): said in the report's days,
    so ahead of the report, not the nearest such time. A date put first in the sentence ("On
    February 1, he told the agent that ... would arrive by the end of the month") or after the
    verb ("said on Oct. 20 that it would") dates the telling instead; "has said" may be long
    ago."""
    said = _SAID_WOULD.search(text, max(sentence_start, start - 200), start)
    if said is None:
        return False
    return not any(
        said.start() <= at < start or _FRONTED.fullmatch(text, sentence_start, at)
        for at in dated_at
    )
