"""The second pass over a text's mentions: join what the grammar reads as two ("June [last
year]", "[this year]'s third quarter"), add what an ellipsis leaves bare ("April 24 and [25]",
"between [3] and 9 March"), read a night named by two days as one, a clock time with the day or
part of the day after it ("[2 a.m. on May 14]", "[08:00 this morning]"), a day restated in
apposition ("April 15, [a Monday]", "9 May, [the following Monday]"), a story's period that a
dated day elaborates ("the preceding month, on 3 December 2024"), and lengths in several units
("two hours, five minutes"); and decide whether the document writes its numeric dates day
first. It also runs the passes of their own modules: dates under a year's or a day's heading
(``_chronology``), months and clock times told as a habit (``_habitual``), the century a story
is in (``_century``), counts that reach the report's time (``_reaching_now``) and weekdays in
quoted speech (``_quoted``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import tzinfo
from itertools import takewhile

import attrs

from timeline._extract._candidates import Candidate
from timeline._extract._century import story_centuries
from timeline._extract._chronology import place_in_heading_days, place_in_heading_years
from timeline._extract._clock_parts import clocks_after_parts, tonight_in_small_hours
from timeline._extract._dayranges import COUNTED_AFTER
from timeline._extract._habitual import habitual_months
from timeline._extract._logs import days_later
from timeline._extract._mention import Mention
from timeline._extract._opening import opening_weekends
from timeline._extract._periods import QUARTER_VALUE, period_mention
from timeline._extract._phrases import (
    ANAPHORIC_DETERMINER,
    ANAPHORIC_STEP,
    PAIRED,
    RESTATING,
    is_clock_only,
)
from timeline._extract._placement import (
    POSSESSIVE,
    joins_range,
)
from timeline._extract._quoted import quoted_weekdays
from timeline._extract._reaching_now import reaching_now
from timeline._extract._recurring import (
    recurring_times,
    set_at_hour,
    shared_every,
    shared_plural,
)
from timeline._extract._story import DAY_VALUE, apposed_weekday, day_of
from timeline._extract._then_and_now import then_and_now
from timeline._extract._words import MONTH
from timeline._span import TimeSpan
from timeline._timex import Timex

__all__ = ["compose", "writes_day_first"]

# A document that writes its dates day first ("2 March 2022", "14/06/2021") means "02/03/2022"
# as 2 March; one that writes them month first ("March 2, 2022", "6/14/2021") as February 3.
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d\d)(?!\d)")
_MONTH_WORD = MONTH + r"\b"
_DAY_FIRST_SIGNS = re.compile(
    r"\b(?:(?:1[3-9]|2\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH_WORD
    + ")"
)
_MONTH_FIRST_SIGNS = re.compile(
    r"\b(?:(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d{2,4}|"
    + _MONTH_WORD
    + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b)"
)


def writes_day_first(text: str, phrases: Iterable[str]) -> bool | None:
    """Whether the text writes its dates day first (True), when one of its ``phrases`` is a
    numeric date that could be read either way; None (month first, the default) otherwise."""
    if not any(_NUMERIC_DATE.search(phrase) for phrase in phrases):  # "02/03/2022 10:00" too
        return None
    return len(_DAY_FIRST_SIGNS.findall(text)) > len(_MONTH_FIRST_SIGNS.findall(text)) or None


_RELATIVE_YEAR = re.compile(r"(?:this|last|next|the\s+previous|the\s+following)\s+year", re.I)
_MONTH_VALUE = re.compile(r"\d{4}-(\d\d(?:-\d\d)?)")
_YEAR_VALUE = re.compile(r"\d{4}")
_ELLIPSIS_DAY = re.compile(
    r"\s*(?:and|or|to|through|-|–)\s*(\d{1,2})(?![\d:]|[.,]\d|\s*(?:%|percent|[ap]\.?m\b))"
)


def compose(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
    zone: tzinfo | None,
) -> list[Mention]:
    """The mentions read again as a whole, in text order: first dates put under the year or the
    day heading their line, and months told as a habit made yearless; then what the grammar
    reads as two joined ("June [last year]", "February of this year", "[this year]'s third
    quarter"), the day an ellipsis leaves bare added ("April 24 and [25]"), lengths in several
    units, nights named by two days, clock times with their days or parts of days, days
    restated in apposition and periods a dated day elaborates; then clock times a recurrence is
    at made dayless, "the century" read in the story's century, counts that reach the report's
    time valued as it, weekdays in quotations counted from the speaker's day, lengths given
    their article or bound, and weekdays in apposition to a day given that day."""
    mentions = place_in_heading_years(text, mentions, resolve)  # "2001 - ... in the spring"
    mentions = place_in_heading_days(text, mentions, resolve)  # "Saturday 6 July ¶ Late evening -"
    mentions = habitual_months(text, mentions)  # "usually meets in March": no particular March
    out: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        joined = None if second is None else _joined_mention(text, first, second, resolve, zone)
        if joined is None and second is not None and out:
            joined = _month_of_that_year(text, out[-1], first, second, resolve)
        if joined is not None:
            out.append(joined)
            index += 2
            continue
        leading = _leading_day(text, first, resolve)
        if leading is not None and (not out or out[-1].end <= leading.start):
            out.append(leading)  # "between [3] and 9 March 2018", "from [9] to 12 June"
        out.append(first)
        index += 1
        day = DAY_VALUE.fullmatch(first.timex.value) and first.text[-1:].isdigit()
        ellipsis = _ELLIPSIS_DAY.match(text, first.end) if day else None
        if (
            ellipsis is not None
            and (second is None or second.start >= ellipsis.end())
            and not COUNTED_AFTER.match(text, ellipsis.end())
        ):
            number = int(ellipsis.group(1))
            phrase = first.text.rstrip("0123456789") + ellipsis.group(1)
            span = resolve(phrase, first.span) if 1 <= number <= 31 else None
            year = first.timex.value[:4]
            if span is not None and span.timex.value[:4] != year and year.isdigit():
                span = resolve(f"{phrase}, {year}", first.span)  # told as coming: its year
            if span is not None and span.timex.value[:7] == first.timex.value[:7]:
                where = ellipsis.start(1)
                out.append(Mention(where, ellipsis.end(1), ellipsis.group(1), span.timex, span))
    out = _shared_years(text, out, resolve)  # "in [August] and September of 2011"
    composed = _clocks_on_days(text, _nights(text, _lengths(text, out), resolve))
    composed = tonight_in_small_hours(text, composed, resolve)  # "'Tonight ...' ... at 2 a.m."
    composed = clocks_after_parts(text, composed, resolve)  # "that evening at [8 o'clock]"
    composed = opening_weekends(text, composed)  # "went on sale Sept. 21 ... its first weekend"
    composed = then_and_now(text, composed, resolve)  # "Once, ...; today it is ..."
    composed = shared_every(text, set_at_hour(text, composed))  # "every Monday and [Wednesday]"
    composed = shared_plural(text, composed)  # "[Monday] and Tuesday nights"
    composed = recurring_times(text, composed)  # "from 3 p.m. to 8 a.m. daily": no particular day
    composed = _restated_days(text, composed)
    composed = _elaborated_periods(text, composed, resolve)  # "the preceding month, on 3 Dec."
    composed = story_centuries(text, composed, resolve)  # "in August 1846 ... of the century"
    composed = reaching_now(text, composed, resolve)  # "Eight years later it has cost ..."
    composed = quoted_weekdays(text, composed, resolve)  # 'replied that evening: "resend Monday"'
    composed = [_year_phrase(text, _length_phrase(text, m)) for m in composed]
    return _apposed_weekdays(text, composed)


# "over [the nine-year period]", "in [a 30-day span]": a length as an adjective of a noun that
# names a stretch of time is one expression with the noun and its article, as TimeML marks "[a
# three-year period]" (but "the [24-hour] strike", "[12-hour] shifts" stay the length)
_ARTICLE_BEFORE = re.compile(r"(?:\b(?i:the|a|an|that|this)\s+)\Z")
_STRETCH_NOUN = re.compile(r"\s+(?:period|span|stretch|timeframe)\b")
# "for [at least the next 72 hours]", "over [at least the past 18 months]": the bound is the
# window's, as TimeML marks it (EQUAL_OR_MORE)
_WINDOW_BOUND = re.compile(r"\b(?i:at\s+(least|most))\s+\Z")
_WINDOW = re.compile(r"(?i:the\s+(?:next|past|last|previous|coming|following)\s)")


def _length_phrase(text: str, mention: Mention) -> Mention:
    """A length with the words TimeML counts in its extent: "[the nine-year period]", "[at least
    the next 72 hours]"."""
    if mention.timex.type != "DURATION":
        return mention
    if "-" in mention.text and mention.text[-1:].isalpha():
        article = _ARTICLE_BEFORE.search(text, max(0, mention.start - 6), mention.start)
        noun = _STRETCH_NOUN.match(text, mention.end)
        if article is not None and noun is not None:
            start, end = article.start(), noun.end()
            return attrs.evolve(mention, start=start, end=end, text=text[start:end])
    bound = _WINDOW_BOUND.search(text, max(0, mention.start - 12), mention.start)
    if bound is not None and _WINDOW.match(mention.text) and mention.timex.mod is None:
        least = bound.group(1).lower() == "least"
        timex = Timex(
            "DURATION", mention.timex.value, "EQUAL_OR_MORE" if least else "EQUAL_OR_LESS"
        )
        start = bound.start()
        return attrs.evolve(mention, start=start, text=text[start : mention.end], timex=timex)
    return mention


# "after [the 2000 season]", "in [the 1990 fiscal year]": a year before a noun that names a
# stretch of time is one expression with the noun and its article, as "the 2019-20 season" is
# and as TimeML marks "[the 1988 quarter]" (but "the [2000] election", "the [1996] Olympics").
_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
_YEAR_NOUN = re.compile(
    r"\s+(?:(?:fiscal|school|academic|financial|marketing|crop|tax|budget|regular|football|"
    r"basketball|hockey|baseball|soccer|rugby|cricket|racing|ski|hunting|fishing|legislative|"
    r"parliamentary)\s+)?(?:year|season|term|session)\b(?![-'’])"
)


def _year_phrase(text: str, mention: Mention) -> Mention:
    """A year with the article and the noun of the period it names: "[the 2000 season]"."""
    if len(mention.text) != 4 or not mention.text.isdigit() or mention.timex.type != "DATE":
        return mention
    article = _THE_BEFORE.search(text, max(0, mention.start - 5), mention.start)
    noun = _YEAR_NOUN.match(text, mention.end) if article is not None else None
    if article is None or noun is None:
        return mention
    start, end = article.start(), noun.end()
    return attrs.evolve(mention, start=start, end=end, text=text[start:end])


# The parts of a length in several units, largest first: "P2Y", "P3M10D", "PT5M11S".
_ISO_PARTS = re.compile(
    r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?"
)
_UNIT_LETTERS = ("Y", "M", "W", "D", "H", "M", "S")
_PART_SEPARATOR = re.compile(r",?\s+(?:and\s+)?|,\s*", re.IGNORECASE)
_COUNTED = re.compile(
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s",
    re.IGNORECASE,
)


def _duration_parts(value: str) -> list[int | None] | None:
    """The counts of a TIMEX3 length by unit, largest first (years, months, weeks, days, hours,
    minutes, seconds; None for a unit not written), or None for a value of another form
    ("PXY", "P1.5Y")."""
    found = _ISO_PARTS.fullmatch(value)
    if found is None or value in ("P", "PT"):
        return None
    return [None if group is None else int(group) for group in found.groups()]


def _joined_length(text: str, first: Mention, second: Mention) -> Mention | None:
    """One length in several units that a comma split: "[two hours], [five minutes and 11
    seconds]" is PT2H5M11S; the units must come largest first ("two hours, five minutes"),
    else the lengths are a list ("ten days, two weeks")."""
    if first.timex.type != "DURATION" or second.timex.type != "DURATION" or second.timex.mod:
        return None
    if not _PART_SEPARATOR.fullmatch(text, first.end, second.start):
        return None
    if not _COUNTED.match(second.text):
        return None
    head, tail = _duration_parts(first.timex.value), _duration_parts(second.timex.value)
    if head is None or tail is None:
        return None
    last = max(i for i, part in enumerate(head) if part is not None)
    if any(part is not None for part in tail[: last + 1]):
        return None
    merged = [a if a is not None else b for a, b in zip(head, tail, strict=True)]
    date_part = "".join(
        f"{n}{u}" for n, u in zip(merged[:4], _UNIT_LETTERS, strict=False) if n is not None
    )
    clock = "".join(
        f"{n}{u}" for n, u in zip(merged[4:], _UNIT_LETTERS[4:], strict=True) if n is not None
    )
    value = "P" + date_part + (f"T{clock}" if clock else "")
    timex = Timex("DURATION", value, first.timex.mod)
    return Mention(first.start, second.end, text[first.start : second.end], timex, None)


def _lengths(text: str, mentions: list[Mention]) -> list[Mention]:
    """Lengths in several units joined into one ("two hours, five minutes and 11 seconds")."""
    out: list[Mention] = []
    for mention in mentions:
        joined = _joined_length(text, out[-1], mention) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(mention)
    return out


def _clock_on_its_day(text: str, clock: Mention, day: Mention) -> bool:
    """Whether ``clock`` is a clock time written "on" the ``day`` right after it, and placed on
    that day: "[2 a.m.] on [May 14]"."""
    return (
        clock.span is not None
        and is_clock_only(clock.text, clock.timex)
        and DAY_VALUE.fullmatch(day.timex.value) is not None
        and _CLOCK_ON.fullmatch(clock.timex.value, len(day.timex.value)) is not None
        and clock.timex.value.startswith(day.timex.value)
        and _ON.fullmatch(text, clock.end, day.start) is not None
    )


def _ends_clock_range(text: str, opening: Mention, clock: Mention) -> bool:
    """Whether ``clock`` ends a range of clock times that ``opening`` starts: "from [1:00 a.m.]
    to [3:00 a.m.] on Sept. 28"."""
    return is_clock_only(opening.text, opening.timex) and joins_range(text, opening, clock)


_ON = re.compile(r"\s+on\s+")
_CLOCK_ON = re.compile(r"T\d\d.*")  # a clock time, not a part of the day ("late at night")


def _clocks_on_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """A clock time and the day it is said to be on are one time: "[noon on Oct. 2]", "[2 a.m.
    on May 14]", as TimeML writes "[noon Saturday]". The end of a range of clock times stays
    apart, so that the range keeps its two ends ("from 1:00 a.m. to [3:00 a.m.] on [Sept. 28]"),
    and so does a part of the day ("[late at night] on [Sept. 28]")."""
    out: list[Mention] = []
    index = 0
    while index < len(mentions):
        clock = mentions[index]
        day = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            day is not None
            and _clock_on_its_day(text, clock, day)
            and not (out and _ends_clock_range(text, out[-1], clock))
        ):
            whole = text[clock.start : day.end]
            joined = Mention(clock.start, day.end, whole, clock.timex, clock.span)
            ends_day = _MIDNIGHT.search(clock.text) and not _AFTER.search(clock.text)
            out.append(_midnight_ending(joined, day) if ends_day else joined)
            index += 2
            continue
        out.append(clock)
        index += 1
    return out


# "on April 15, a Monday,", "the evening of April 19 (a Friday)": the weekday in apposition
_APPOSITION = re.compile(r"\s*[,(–—]\s*((?i:an?)\s+)?")


def _apposed_weekdays(text: str, mentions: list[Mention]) -> list[Mention]:
    """A weekday written in apposition after a day names that day ("visited on April 15, a
    Monday, and again ...": April 15, not the Monday before the report); its extent takes its
    article, as TimeML keeps determiners ("[a Monday]")."""
    out = list(mentions)
    for index in range(1, len(out)):
        before, mention = out[index - 1], out[index]
        gap = _APPOSITION.fullmatch(text, before.end, mention.start)
        if (
            gap is None
            or before.span is None
            or mention.timex.type != "DATE"
            or not apposed_weekday(before, mention.text, mention.start - before.end)
        ):
            continue
        day = before.timex.value[:10]
        start = mention.start if gap.group(1) is None else gap.start(1)
        # "the evening of April 19, a Friday": the whole day
        span = before.span if before.timex.value == day else day_of(before.span.earliest_start)
        phrase = text[start : mention.end]
        out[index] = Mention(start, mention.end, phrase, Timex("DATE", day), span)
    return out


def _restated_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """A day and the anaphoric phrase in apposition after it are one day: "An image from [9
    May], [the following Monday]," is May 9 twice (not the Monday after it), as long as a
    weekday named is that day's."""
    out: list[Mention] = []
    for mention in mentions:
        day = out[-1] if out else None
        again = RESTATING.fullmatch(mention.text)
        if (
            day is not None
            and again is not None
            and day.span is not None
            and mention.span is not None
            and DAY_VALUE.fullmatch(day.timex.value)
            and mention.timex.value != day.timex.value
            and _APPOSITION.fullmatch(text, day.end, mention.start)
        ):
            named = again["day"]
            if named.lower() == "day" or apposed_weekday(day, named, mention.start - day.end):
                mention = attrs.evolve(mention, timex=day.timex, span=day.span)
        out.append(mention)
    return out


# A period told by the story ("the preceding month", "that year"), then a date that says which
# in apposition: "twice in [the preceding month], on [3] and 17 December 2024".
_STORY_PERIOD = re.compile(rf"{ANAPHORIC_DETERMINER}\s+(?P<unit>week|month|year)", re.IGNORECASE)
_ELABORATED = re.compile(
    r"\s*,\s*(?:(?:on|in|during|from|between)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s*,\s*)*"
)  # (the days of a list the grammar leaves before its last two: "on 2, [11] and 20 March")
_WITH_YEAR = re.compile(r"\d{4}-\d\d")


def _elaborated_periods(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
) -> list[Mention]:
    """A period the story names and the dated day after it in apposition: the period is the one
    that holds that day ("in the preceding month, on 3 and 17 December 2024" is December 2024,
    whatever time the story was on)."""
    out = list(mentions)
    for index in range(len(out) - 1):
        period, day = out[index], out[index + 1]
        named = _STORY_PERIOD.fullmatch(period.text)
        if (
            named is None
            or day.span is None
            or not _WITH_YEAR.match(day.timex.value)
            or _ELABORATED.fullmatch(text, period.end, day.start) is None
        ):
            continue
        placed = resolve(f"that {named['unit'].lower()}", day.span)
        if placed is not None and placed.timex.value != period.timex.value:
            out[index] = attrs.evolve(period, timex=placed.timex, span=placed)
    return out


_MIDNIGHT = re.compile(r"\bmidnight\b", re.IGNORECASE)
_AFTER = re.compile(r"\bafter\b", re.IGNORECASE)  # "shortly after midnight on 17 July": its start


def _midnight_ending(joined: Mention, day: Mention) -> Mention:
    """ "[midnight on Dec. 31]" is the midnight that ends the day (T24:00, as TimeML writes
    "midnight Friday"), not the one that begins it ("after midnight on 17 July" is left at its
    start by the caller)."""
    if not joined.timex.value.endswith("T00:00"):
        return joined
    ended = days_later(joined, 1)
    if ended is joined or ended.span is None:
        return joined  # no day after Dec. 31, 9999
    timex = Timex("TIME", f"{day.timex.value}T24:00", joined.timex.mod)
    return attrs.evolve(ended, timex=timex, span=attrs.evolve(ended.span, timex=timex))


_NIGHT = re.compile(r"(?:the\s+)?(?:night|overnight)", re.IGNORECASE)
_NIGHT_DAYS = re.compile(
    r"\s+(?:of\s+|on\s+)?(\d{1,2})\s*(?:to|into|-|–|/)\s*(\d{1,2})(?:st|nd|rd|th)?\s+"
    r"([A-Z][a-z]+\.?)(?:,?\s+(\d{4}))?"
)


def _nights(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
) -> list[Mention]:
    """A night named by the two days it spans is one time, the night of the first: "the night
    of 9 to 10 February", "overnight 5-6 March"."""
    out: list[Mention] = []
    index = 0
    while index < len(mentions):
        night = mentions[index]
        days = _NIGHT_DAYS.match(text, night.end) if _NIGHT.fullmatch(night.text) else None
        inside = (
            []
            if days is None
            else list(takewhile(lambda m: m.end <= days.end(), mentions[index + 1 :]))  # noqa: B023
        )
        if days is not None and int(days.group(2)) == int(days.group(1)) + 1 and inside:
            last = inside[-1]
            year = days.group(4) or last.timex.value[:4]
            if last.end == days.end() and year.isdigit():
                phrase = f"the night of {days.group(1)} {days.group(3)} {year}"
                span = resolve(phrase, None)
                if span is not None and span.timex.type == "TIME":
                    whole = text[night.start : days.end()]
                    out.append(Mention(night.start, days.end(), whole, span.timex, span))
                    index += 1 + len(inside)
                    continue
        out.append(night)
        index += 1
    return out


_LEADING_DAY = re.compile(
    r"(?<![\d,.:/$])(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|or|to|through|until|till|-|–)\s*$"
)
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?=[A-Za-z])")


def _leading_day(
    text: str, first: Mention, resolve: Callable[[str, TimeSpan | None], TimeSpan | None]
) -> Mention | None:
    """The bare day before a day-first date that an ellipsis leaves without its month: "between
    [3] and 9 March 2018", "from [9] to 12 June", "on [9] and 10 September"."""
    head = _DAY_FIRST.match(first.text)
    if head is None or not DAY_VALUE.fullmatch(first.timex.value):
        return None
    found = _LEADING_DAY.search(text, max(0, first.start - 16), first.start)
    if found is None:
        return None
    number = int(found.group(1))
    if not 1 <= number < int(head.group(1)):
        return None
    phrase = found.group(1) + first.text[head.end(1) :]
    span = resolve(phrase, first.span)
    year = first.timex.value[:4]
    if (span is None or span.timex.value[:4] != year) and year.isdigit():
        span = resolve(f"{phrase} {year}", first.span)  # a run told as coming: its year
    if span is None or span.timex.value[:7] != first.timex.value[:7]:
        return None
    return Mention(found.start(1), found.end(1), found.group(1), span.timex, span)


# Dates listed together share the year the last of them names: "in August and September of
# 2011", "on Aug. 3 and Sept. 5, 2011", "in September and October last year". A list runs
# forward: a month after the next one listed is in the year before ("December and January
# 2012").
_LISTED_DATE = rf"(?:(?i:early|mid|late)[\s-]+)?{MONTH}\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
_LISTED = re.compile(_LISTED_DATE)
_LISTED_LAST = re.compile(
    rf"{_LISTED_DATE},?\s+(?:of\s+)?(?:(?:1[89]|20)\d\d|(?i:last|this|next)\s+year)"
)
_LISTED_VALUE = re.compile(r"(\d{4})-(\d\d)(?:-\d\d)?")


def _shared_years(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
) -> list[Mention]:
    """The mentions, with the months or days listed before one that names its year ("in
    [August] and September of 2011") put in that year."""
    out = list(mentions)
    for index in range(1, len(out)):
        later = out[index]
        if not later.text[-1:].isdigit() and not later.text.endswith("year"):
            continue  # (the test below is the dearer)
        if _LISTED_LAST.fullmatch(later.text) is None:
            continue
        for before in range(index - 1, -1, -1):
            listed = out[before]
            here = _LISTED_VALUE.fullmatch(listed.timex.value)
            there = _LISTED_VALUE.fullmatch(later.timex.value)
            if (
                here is None
                or there is None
                or _LISTED.fullmatch(listed.text) is None
                or PAIRED.fullmatch(text, listed.end, later.start) is None
            ):
                break
            year = int(there.group(1)) - (here.group(2) > there.group(2))
            if int(here.group(1)) != year:
                comma = "," if listed.text[-1:].isdigit() else ""
                span = resolve(f"{listed.text}{comma} {year}", None)
                if span is None or span.timex.value[:4] != str(year):
                    break
                out[before] = attrs.evolve(listed, timex=span.timex, span=span)
            later = out[before]
    return out


_OF = re.compile(r"\s+of\s+")
_THAT_YEAR = re.compile(
    rf"(?:that|the\s+same|the\s+(?P<step>{ANAPHORIC_STEP}))\s+year", re.IGNORECASE
)
_YEAR_OF_VALUE = re.compile(r"(\d{4})(?:-|$)")


def _month_of_that_year(
    text: str,
    before: Mention,
    first: Mention,
    second: Mention,
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
) -> Mention | None:
    """ "[April of that year]" after a time with its year ("in January 2019"): the month in that
    year (or the one after or before it), one expression."""
    month = _MONTH_VALUE.fullmatch(first.timex.value)
    that = _THAT_YEAR.fullmatch(second.text)
    named = _YEAR_OF_VALUE.match(before.timex.value)
    if (
        month is None
        or that is None
        or named is None
        or not _OF.fullmatch(text, first.end, second.start)
    ):
        return None
    if re.search(r"\d", first.text):
        return None  # "April 4 of that year": left as the grammar reads it
    step = that.group("step")
    year = int(named.group(1)) + (1 if step in ("following", "next") else -1 if step else 0)
    span = resolve(f"{first.text} {year}", None)
    if span is None:
        return None
    return Mention(first.start, second.end, text[first.start : second.end], span.timex, span)


def _joined_mention(
    text: str,
    first: Mention,
    second: Mention,
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
    zone: tzinfo | None,
) -> Mention | None:
    between = text[first.end : second.start]
    whole = text[first.start : second.end]
    month = _MONTH_VALUE.fullmatch(first.timex.value)
    year = _YEAR_VALUE.fullmatch(second.timex.value)
    if (
        month is not None
        and year is not None
        and (between.strip(" ,") == "" or _OF.fullmatch(between))  # "[February of this year]"
        and _RELATIVE_YEAR.fullmatch(second.text)
        and not any(c.isdigit() for c in first.text.split()[0])
        and not re.search(r"\d{4}", first.text)
    ):
        separator = ", " if "-" in month.group(1) else " "
        span = resolve(f"{first.text}{separator}{second.timex.value}", None)
        if span is not None:
            return Mention(first.start, second.end, whole, span.timex, span)
    quarter = QUARTER_VALUE.fullmatch(second.timex.value)
    own_year = _YEAR_VALUE.fullmatch(first.timex.value)
    if quarter is not None and own_year is not None and POSSESSIVE.fullmatch(between):
        mention = period_mention(
            Candidate(first.start, second.end, None, "period"),
            whole,
            (int(first.timex.value), int(quarter.group(2))),
            None,
            zone,
        )
        return mention
    return None
