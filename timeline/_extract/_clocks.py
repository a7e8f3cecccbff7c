"""Clock times and the day they are on: the day named in their clause, across midnight, and
the ends of clock ranges that take their cue from the other end ("between 1400 and 1600
local time", "between 2 and 5 a.m.")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

import attrs

from timeline._extract._candidates import Candidate
from timeline._extract._context import Sentences, plain_present, tense_near
from timeline._extract._mention import Mention
from timeline._extract._phrases import is_clock_only
from timeline._extract._placement import (
    WINDOW,
    Prefer,
    joins_range,
)
from timeline._extract._story import (
    DAY_OR_PART,
    DAY_VALUE,
    EVENING_START,
    SMALL_HOURS_END,
    named_day,
    tells_the_telling,
)
from timeline._extract._words import (
    HALF_DAY_CLOCK,
    HHMM,
    HOUR_12,
    HOUR_BEFORE_DASH,
    MONTH,
    WEEKDAY,
)
from timeline._span import TimeSpan

__all__ = [
    "attach_clock_times",
    "clock_cue",
    "hhmm_cue",
    "hour_cue",
    "opening_clocks",
    "split_hour_ranges",
]

_FOUR_DIGITS = re.compile(HHMM)
_CUED_CLOCK = re.compile(rf"{HHMM}\s*(\S.*)")


def clock_cue(text: str, phrase: str, partner: Candidate) -> str | None:
    """The first end of a range of four-digit clocks read with the other end's cue: "1400" in
    "between 1400 and 1600 local time" is "1400 local time" (alone it is a year)."""
    if not _FOUR_DIGITS.fullmatch(phrase):
        return None
    other = text[partner.start : partner.end]
    cue = _CUED_CLOCK.fullmatch(other)
    if cue is not None:
        return f"{phrase} {cue.group(1)}"
    if phrase[0] == "0" or (_FOUR_DIGITS.fullmatch(other) and other[0] == "0"):
        return f"{phrase} hours"  # "from 2330 to 0115": a leading zero is no year
    return None


# A four-digit clock told as one, by what introduces it and the day after it: "at [2300] on 4
# March", "by [1130] Monday" (alone, "2300" is a year; "at 2300 feet" no time).
_AT_BEFORE = re.compile(r"\b(?i:at|by|until|till|before|after|from)\s+\Z")
_DAY_AFTER = re.compile(
    rf"\s*,?\s+(?:on\s+)?(?:{WEEKDAY}|\d{{1,2}}\s+{MONTH}\b|{MONTH}\.?\s+\d{{1,2}}\b)"
)


_DAY_BEFORE = re.compile(
    rf"(?:{WEEKDAY}|\b\d{{1,2}}\s+{MONTH}|\b{MONTH}\.?\s+\d{{1,2}}),?\s+(?i:at)\s+\Z"
)


def hhmm_cue(
    text: str, phrase: str, candidate: Candidate, on_a_clock: bool = False
) -> str | None:
    """A four-digit clock read as one when "at", "by" and the like bring it and a day follows
    or comes just before: "at 2300 on 4 March", "on 4 March at 2300" are 23:00 that day, not
    the year 2300; or, ``on_a_clock`` (the story is on a clock time, in this sentence or the one
    before), when its clause goes on at once ("At 0915 local time ... At 1130 it reached the
    checkpoint", "By 1400, the town had fallen"; not "at 1990 levels")."""
    start = candidate.start
    if phrase[:1] == "0" and _ZERO_CLOCK.match(text, start) and _opens(text, start):
        return f"{phrase} hours"  # "0945 contact reported", as opening_clocks found it
    if (
        len(phrase) != 4
        or phrase[0] == "0"  # ("0400" is read as a clock alone)
        or not _FOUR_DIGITS.fullmatch(phrase)
        or _AT_BEFORE.search(text, max(0, start - 8), start) is None
    ):
        return None
    if (
        _DAY_AFTER.match(text, candidate.end) is None
        and _DAY_BEFORE.search(text, max(0, start - 24), start) is None
        and not (
            on_a_clock
            and not 1900 <= int(phrase) < 2060  # "By 2030 it will be a city": a year
            and _CLAUSE_GOES_ON.match(text, candidate.end) is not None
        )
    ):
        return None
    return f"{phrase} hours"


# A four-digit clock with a leading zero before a lower-case word: "0945 contact reported" (no
# year has a leading zero); a clock when it opens its sentence or a log's entry (_opens).
_ZERO_CLOCK = re.compile(r"0\d[0-5]\d(?=\s+[a-z])")  # (a literal first: a fast scan)
# A clock told in a candidate's words, or "at" and four digits no year of our times is:
# "0915", "09:15", "9.15 p.m.", "1400 hrs", "noon", "at 2330", "04 Mar 2330".
_A_CLOCK_TOLD = re.compile(
    r"\d[:.][0-5]\d|\b0\d[0-5]\d\b|\d\s*[ap]\.?m\b|\d{4}\s*(?:hrs|hours|local|LT|GMT|UTC)\b"
    r"|\b(?:noon|midnight)\b|\bat\s+(?:1[0-8]|2[1-3])[0-5]\d\b|\s2[1-3][0-5]\d\b",
    re.IGNORECASE,
)


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, a line or a log's entry after a colon."""
    before = text[max(0, start - 2) : start]
    return (
        start == 0
        or before[-1:] == "\n"
        or (len(before) == 2 and before[0] in ".!?:;" and before[1] in " \t")
    )


def opening_clocks(text: str, found: list[Candidate], sentences: Sentences) -> list[Candidate]:
    """The candidates with the four-digit clocks that open a sentence of a story told by the
    clock ("Log: 04 Mar 0830 patrol departs. 0945 contact reported."): a leading zero before a
    lower-case word, when the candidate before it, in this sentence or the one before, tells a
    clock time (a bare "0800 numbers are free" stays out)."""
    if not found or "0" not in text:
        return found
    added: list[Candidate] = []
    starts = [c.start for c in found]
    for match in _ZERO_CLOCK.finditer(text):
        start, end = match.span()
        at = bisect_right(starts, start)
        if not at or not _opens(text, start):  # (not inside a longer number either)
            continue
        if found[at - 1].end > start or (at < len(found) and found[at].start < end):
            continue  # (already read: part of another candidate)
        before = found[at - 1]
        if sentences.index(before.start) < sentences.index(start) - 1:
            continue
        if _A_CLOCK_TOLD.search(text, max(0, before.start - 3), before.end) is None:
            continue
        added.append(Candidate(start, end, None))
    if not added:
        return found
    return sorted([*found, *added], key=lambda c: c.start)


# What follows a clock that opens its clause: a comma, the end, or the clause's subject.
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[,.;]|\Z)|\s+(?i:the|a|an|it|he|she|they|we|there|its|his|her|their)\b"
)


# "between 2 and 5 a.m.", "from 7 to 10 p.m.": an hour that takes its a.m./p.m. (and zone) from
# the other end of its range.
_HOUR_RANGE = re.compile(
    rf"(?P<first>{HOUR_12})(?P<gap>\s*(?:-|–|and|to|until|till|through)\s*)"
    r"(?P<second>(?P<hour>1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?P<half>[ap])\.?\s?m\.?(?P<rest>.*))",
    re.IGNORECASE,
)


# The bare hour that opens a range the grammar read only from its end: "between [2] and 5 a.m.
# on Saturday", "from [2] to 5 a.m. Saturday" (where it reads "5 a.m. on Saturday" whole).
_BARE_OPENING_HOUR = re.compile(
    rf"\b(?:between|from)\s+({HOUR_12})\s*(?:-|–|and|to|until|till|through)\s*$"
    # "closed [2]-5 a.m. on Saturday": the hour joined by a dash alone
    rf"|{HOUR_BEFORE_DASH}",
    re.IGNORECASE,
)
_HALF_CLOCK = re.compile(HALF_DAY_CLOCK, re.IGNORECASE)


def split_hour_ranges(text: str, found: list[Candidate]) -> list[Candidate]:
    """Candidates with "2 and 5 a.m." parted into its two clock times, the first read with the
    second's half of the day (see :func:`hour_cue`); a bare hour the grammar left out of such a
    range ("between [2] and 5 a.m. on Saturday") is added."""
    out: list[Candidate] = []
    for candidate in found:
        match = None
        if candidate.special is None:
            match = _HOUR_RANGE.fullmatch(text, candidate.start, candidate.end)
            opening = None
            if match is None and _HALF_CLOCK.match(text, candidate.start, candidate.end):
                opening = _BARE_OPENING_HOUR.search(
                    text, max(0, candidate.start - 24), candidate.start
                )
            if opening is not None:
                group = 1 if opening.group(1) is not None else 2
                if not out or out[-1].end <= opening.start(group):
                    out.append(Candidate(opening.start(group), opening.end(group), None))
        if match is None:
            out.append(candidate)
            continue
        out.append(Candidate(candidate.start, match.end("first"), None))
        out.append(Candidate(match.start("second"), candidate.end, None))
    return out


def hour_cue(text: str, phrase: str, candidate: Candidate, partner: Candidate) -> str | None:
    """The clock a bare hour at the start of a range of clock times reads as: "2" in "between
    2 and 5 a.m." is "2 a.m."; "11" in "from 11 to 1 p.m." is "11 a.m."."""
    match = _HOUR_RANGE.fullmatch(text, candidate.start, partner.end)
    if match is None or match.end("first") != candidate.end:
        return None
    half = match.group("half").lower()
    first = int(match.group("first").partition(":")[0])
    second = int(match.group("hour"))
    if first % 12 > second % 12:  # "from 11 to 1 p.m.": the half changes; "12 to 5 p.m." not
        half = "p" if half == "a" else "a"
    return f"{phrase} {half}.m.{match.group('rest')}"


def attach_clock_times(
    text: str,
    resolved: list[tuple[Prefer, Mention]],
    resolve: Callable[[str, Prefer, TimeSpan | None], TimeSpan | None],
    queries: dict[int, str],
    moment: datetime,
) -> Iterator[Mention]:
    """A clock time takes the day its sentence names ("1:00 a.m. ... on Sept. 28"), unless it
    is told in the past and the day is ahead of the report ("will close starting Monday, the
    governor said at a 4 p.m. news conference").

    An anaphoric part of the day ("the night", "that morning") looks back only: in "fought it
    through the night and had it under control early on March 4" the night is the one before.
    A clock time ending a range that began later in the day is on the next day ("from 11 p.m.
    to 2 a.m. on Sept. 28" ends on Sept. 29), as :func:`extract_ranges` reads it.
    """
    if not any(m.timex.type == "TIME" for _, m in resolved):
        yield from (m for _, m in resolved)  # no clock time: nothing to attach
        return
    days = [
        m
        for _, m in resolved
        if m.span is not None
        and DAY_OR_PART.fullmatch(m.timex.value)
        and not is_clock_only(m.text, m.timex)  # "early Thursday morning", not "late at night"
    ]
    # clauses found once for the sentence: a mention's clause is the number of breaks before it
    lo, hi = resolved[0][1].start, resolved[-1][1].end
    breaks = [found.start() for found in _CLAUSE_BREAK.finditer(text, lo, hi)]
    by_clause: dict[int, list[Mention]] = {}
    for day in days:
        by_clause.setdefault(bisect_left(breaks, day.start), []).append(day)
    previous: Mention | None = None
    last_clock: Mention | None = None
    late_day: Mention | None = None
    for position, (wanted, mention) in enumerate(resolved):
        query = queries.get(mention.start, mention.text)
        if mention.timex.type == "TIME" and _FOUR_DIGITS.fullmatch(query):
            query += " hours"  # read as a clock by its context ("until 0500"); alone, a year
        usable = by_clause.get(bisect_left(breaks, mention.start), [])
        count = len(usable)  # the days of the clause it may take: the first ``count``
        if _ANAPHORIC_PART.match(mention.text):  # only those ended by then
            count = bisect_right(usable, mention.start, key=lambda day: day.end)
        span = mention.span
        following = resolved[position + 1][1] if position + 1 < len(resolved) else None
        closing = _closing_clock_on_day(text, mention, following)
        if closing is not None and closing.span is not None:
            # "from 1:00 a.m. to [3:00 a.m. Saturday]": the start is on the end's day, or the
            # day before when the range runs past midnight ("from 11 p.m. to 2 a.m. Saturday")
            cued = _CUED_HALF.match(query)  # "2" in "from 2 to 5 a.m. Saturday": "2 a.m."
            query = query if cued is None else cued.group()
            start_of_day = closing.span.earliest_start.replace(
                hour=0, minute=0, second=0, microsecond=0
            )
            on_day = TimeSpan.crisp(
                start_of_day, start_of_day + timedelta(days=1), granularity="day"
            )
            span = resolve(query, wanted, on_day) or span
            if (
                span is not None
                and span.is_bounded
                and span.earliest_start > closing.span.earliest_start
            ):
                eve = start_of_day - timedelta(days=1)
                the_day_before = TimeSpan.crisp(eve, start_of_day, granularity="day")
                span = resolve(query, wanted, the_day_before) or span
        elif count and is_clock_only(mention.text, mention.timex):
            nearest = _nearest_day(usable, count, mention.start)
            if not _told_before(text, mention, nearest, moment) and not _since_later(
                text, mention, nearest
            ):
                span = resolve(query, wanted, named_day(nearest)) or span
                if _night_just_over(text, mention, span, moment, nearest):
                    # "shelled the city overnight, officials said Monday", told on Monday (or
                    # later: the night before the Monday it was said on)
                    assert span is not None
                    eve = span.earliest_start.replace(hour=0, minute=0, second=0, microsecond=0)
                    the_day_before = TimeSpan.crisp(eve - timedelta(days=1), eve, granularity="day")
                    span = resolve(query, wanted, the_day_before) or span
        elif not count and _session_of_the_report(text, mention):
            midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
            if midnight.date() < _LAST_DAYS:
                today = TimeSpan.crisp(midnight, midnight + timedelta(days=1), granularity="day")
                span = resolve(query, wanted, today) or span
        if span is not None and (
            _ends_after_midnight(text, previous, mention, span)
            or _small_hours_after(last_clock, mention, span)
            or _small_hours_after_a_late_day(text, late_day, mention, span)
        ):
            midnight = span.earliest_start.replace(hour=0, minute=0, second=0, microsecond=0)
            if midnight.date() < _LAST_DAYS:  # the calendar's last days have no next one
                after = midnight + timedelta(days=1)
                next_day = TimeSpan.crisp(after, after + timedelta(days=1), granularity="day")
                later = resolve(query, wanted, next_day)  # ("until 0500" alone is a year)
                if later is not None and later.timex.type == mention.timex.type:
                    span = later
        if span is not None and span is not mention.span:
            mention = attrs.evolve(mention, timex=span.timex, span=span)
        previous = mention
        if is_clock_only(mention.text, mention.timex) or _CLOCK_ON_DAY.match(mention.timex.value):
            last_clock = mention  # "7 p.m." or "7 p.m. Tuesday": a later "1 a.m." is after it
        elif _evening_of_a_day(mention):
            late_day = mention  # "late Tuesday": a later "until 1 a.m." is after its midnight
        yield mention


# A market's session told by its part of the day ("rose 3 percent in afternoon trading", "in
# late morning dealings") is the report's day's, unless its paragraph has named a day before it
# (a day named paragraphs back, "learned of it only on Monday", is not the market's).
_SESSION_AFTER = re.compile(r"\s+(?:trading|dealings|deals|session)\b", re.IGNORECASE)
_SESSION_PART = re.compile(r"(?:(?:early|late|mid)[\s-]+)?(?:morning|afternoon|midday|evening)",
                           re.IGNORECASE)  # fmt: skip
_DAY_NAMED = re.compile(
    rf"\b(?:{WEEKDAY}|today|yesterday|tomorrow|tonight|(?:{MONTH})\.?\s+\d{{1,2}}\b|"
    r"\d{1,2}\s+(?:" + MONTH + r"))",
    re.IGNORECASE,
)
_PARAGRAPH = 1500  # how far back a paragraph's start is looked for


def _session_of_the_report(text: str, mention: Mention) -> bool:
    if not _SESSION_PART.fullmatch(mention.text) or not _SESSION_AFTER.match(text, mention.end):
        return False
    # (no further back than _PARAGRAPH: text without line breaks stays linear)
    lo = max(0, mention.start - _PARAGRAPH)
    paragraph = max(lo, text.rfind("\n", lo, mention.start) + 1)
    return _DAY_NAMED.search(text, paragraph, mention.start) is None


def _nearest_day(days: list[Mention], count: int, at: int) -> Mention:
    """Of the first ``count`` of ``days`` (in text order), the one that starts nearest ``at``,
    the earlier of two as near. Found by halving: a clause that names many days and clocks
    costs no quadratic work."""
    after = bisect_left(days, at, hi=count, key=lambda day: day.start)
    if after == count or (after > 0 and at - days[after - 1].start <= days[after].start - at):
        return days[after - 1]
    return days[after]


def _closing_clock_on_day(text: str, clock: Mention, closing: Mention | None) -> Mention | None:
    """The end of a range of clock times that names its day, when ``clock`` opens the range
    and names none: "from [1:00 a.m.] to [3:00 a.m. Saturday]"."""
    if closing is None or clock.span is None or not is_clock_only(clock.text, clock.timex):
        return None
    if (
        closing.timex.type != "TIME"
        or is_clock_only(closing.text, closing.timex)
        or not _CLOCK_ON_DAY.fullmatch(closing.timex.value)
        or not joins_range(text, clock, closing)
    ):
        return None
    return closing


_CUED_HALF = re.compile(r"\S+ [ap]\.m\.")
_CLOCK_ON_DAY = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?")


def _told_before(text: str, clock: Mention, day: Mention, moment: datetime) -> bool:
    """Whether a clock time told in the past would be put on a day after the report."""
    if day.span is None or not day.span.is_bounded or day.span.earliest_start <= moment:
        return False
    window = (max(0, clock.start - WINDOW), clock.end + WINDOW)
    return tense_near(text, window, clock.start, clock.end) == "past"


def _night_just_over(
    text: str, clock: Mention, span: TimeSpan | None, moment: datetime, day: Mention
) -> bool:
    """Whether "overnight" told in the past is put on the night of the report's own day, which
    is not over when the report is written, or of the day ``day`` names as the day it was said
    on (after the verb of saying or just before it and its subject), not over when it was said:
    it is the night before ("Rebels shelled the city overnight, officials said Monday", told on
    Monday or later; "On Tuesday, the army said it had repelled an attack overnight")."""
    if (
        span is None
        or not _OVERNIGHT.fullmatch(clock.text)
        or not span.is_bounded
        or span.earliest_start.date() == date.min
        or (
            span.earliest_start.date() != moment.date()
            and not tells_the_telling(text, day.start)
            and _SAYING_AFTER.match(text, day.end) is None  # "On Tuesday, the army said"
        )
    ):
        return False
    window = (max(0, clock.start - WINDOW), clock.end + WINDOW)
    return tense_near(text, window, clock.start, clock.end) == "past" and not plain_present(
        text, clock.start
    )  # "Crews work overnight, officials said Monday": tonight's work


_OVERNIGHT = re.compile(r"overnight", re.IGNORECASE)
# A day that dates the verb of saying right after it and its subject: "(Earlier) on Tuesday,
# the army said it had repelled an attack overnight", "The army on Tuesday said".
_SAYING_AFTER = re.compile(
    r",?\s+(?:[\w'’-]+\s+){0,3}?(?:said|says|told|announced|reported|confirmed|added|"
    r"disclosed|stated)\b"
)
_SINCE = re.compile(r"\bsince\s+\Z", re.IGNORECASE)


def _since_later(text: str, clock: Mention, day: Mention) -> bool:
    """Whether ``day`` comes after the clock time and opens a stretch that runs to it ("rose
    at noon, its highest since Monday", "by 11 a.m., having fallen since Friday"): the clock
    time is not on that day."""
    return (
        day.start > clock.end and _SINCE.search(text, max(0, day.start - 8), day.start) is not None
    )


# (", up from 20% on Monday", ", compared with ...": a figure of another time follows; "conceded
# at 9 p.m. and said Thursday": the day of the saying, another clause)
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|while|whereas|although|(?:up|down)\s+from|compared\s+(?:with|to))\s|"
    r"\s(?:and|but)\s+(?=(?:said|told|added|announced|confirmed|wrote|insisted)\b)",
    re.IGNORECASE,
)


_LAST_DAYS = date(9999, 12, 30)


def _small_hours_after(last: Mention | None, mention: Mention, span: TimeSpan) -> bool:
    """Whether a clock time in the small hours follows one of the late evening on the same day
    in its sentence: the night went on past midnight ("polls closed at 10 p.m. and the first
    results came in shortly after midnight", "doors shut at 9 p.m. Friday, and the last guests
    left at 2 a.m.")."""
    if last is None or last.span is None or not span.is_bounded:
        return False
    if not is_clock_only(mention.text, mention.timex):
        return False
    before, after = last.span.earliest_start, span.earliest_start
    return (
        before.date() == after.date()
        and before.hour >= EVENING_START
        and after.hour < SMALL_HOURS_END
    )


_EVENING_VALUE = re.compile(r"\d{4}-\d\d-\d\dTEV")


def _evening_of_a_day(mention: Mention) -> bool:
    """Whether ``mention`` names the evening or the end of a day ("Thursday evening", "late
    Thursday"): a clock of the small hours that something ran on to after it in its sentence
    is past midnight ("broke out late Thursday, and crews fought it until 4 a.m.")."""
    value = mention.timex.value
    return _EVENING_VALUE.fullmatch(value) is not None or (
        mention.timex.mod == "END" and DAY_VALUE.fullmatch(value) is not None
    )


def _small_hours_after_a_late_day(
    text: str, late: Mention | None, mention: Mention, span: TimeSpan
) -> bool:
    """Whether a clock time in the small hours that something ran on to follows the evening or
    "late" on a day in its sentence, on that day: the day's late hours ran past midnight ("was
    elected late Tuesday after a count that stretched past 1 a.m."; not "Late Tuesday,
    officials said the fire began at 3 a.m.")."""
    if late is None or late.span is None or not span.is_bounded:
        return False
    return (
        is_clock_only(mention.text, mention.timex)
        and span.earliest_start.date() == late.span.latest_start.date()
        and span.earliest_start.hour < SMALL_HOURS_END
        and _RAN_ON_TO.search(text, max(0, mention.start - 24), mention.start) is not None
    )


_RAN_ON_TO = re.compile(
    r"\b(?:past|after|until|till|through|beyond|into)\s+(?:about\s+|around\s+|nearly\s+)?\Z",
    re.IGNORECASE,
)


def _ends_after_midnight(
    text: str, previous: Mention | None, mention: Mention, span: TimeSpan
) -> bool:
    """Whether a clock time closes a range of clock times that began later on its day."""
    if previous is None or previous.span is None or not span.is_bounded:
        return False
    if not is_clock_only(previous.text, previous.timex):
        return False
    if not joins_range(text, previous, mention):
        return False
    return span.earliest_start < previous.span.earliest_start


_ANAPHORIC_PART = re.compile(r"(?:(?:later|earlier)\s+)?(?:the|that)\s", re.IGNORECASE)
