"""The span of a candidate that names a time itself (not a period a report discusses): read
as :mod:`._reading` says, then adjusted by the rules below, each a phenomenon of running text
that makes the first reading wrong and reads the phrase again (with another reference time or
preference), in this order."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import partial

import attrs

from timeline._extract._candidates import Candidate
from timeline._extract._context import plain_present
from timeline._extract._mention import Mention
from timeline._extract._periods import QUARTER_VALUE, this_years_period
from timeline._extract._phrases import STORY_PERIOD, follows_story, is_clock_only
from timeline._extract._placement import (
    Prefer,
    a_year_ahead,
    a_year_back,
    against_tense,
    before_opening,
    days_ahead,
    in_story_year,
    just_ahead,
    just_behind,
    next_to,
    said_behind,
    story_to_report,
    told_as_before,
)
from timeline._extract._reading import Read
from timeline._extract._story import (
    EVENING_START,
    back_to_the_report,
    day_after,
    day_before,
    day_of,
    evening_before,
    is_night,
    nearest_half_day,
    spoken_the_night_before,
)
from timeline._extract._words import MONTH
from timeline._span import Granularity, TimeSpan

__all__ = ["ADJUSTMENTS", "as_mention", "dated_mention"]


def dated_mention(
    read: Read, opening: Mention | None, resolved: Sequence[tuple[Prefer, Mention]]
) -> tuple[Mention | None, Mention | None]:
    """The candidate's mention, and the start of the range it ends read again when the end
    moves it (else None). ``opening`` is that start, ``resolved`` its sentence so far."""
    candidate = read.candidate
    needs_span = candidate.special is None or candidate.special.type == "DATE"
    span = read.resolve(read.wanted, read.at) if needs_span else None
    for adjust in ADJUSTMENTS:
        span = adjust(read, span)
    start = None
    if opening is not None and span is not None and before_opening(span, opening):
        span, start = _range_end(read, span, opening, resolved)
    return as_mention(candidate, read.phrase, _restated_day(read, span)), start


def as_mention(candidate: Candidate, phrase: str, span: TimeSpan | None) -> Mention | None:
    """The mention a candidate resolved to ``span`` is (None when it did not resolve)."""
    if candidate.special is not None:
        keep = span if candidate.special.type == "DATE" else None
        return Mention(candidate.start, candidate.end, phrase, candidate.special, keep)
    if span is None:
        return None
    timex = span.timex
    if timex.type in ("DURATION", "SET"):
        return Mention(candidate.start, candidate.end, phrase, timex, None)
    return Mention(candidate.start, candidate.end, phrase, timex, span)


# ------------------------------------------------------------------------- the adjustments


def back_after_a_flashback(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A new paragraph after a flashback is back in the report's days: "overturned on the night
    of April 17, 2001. ¶ The trial opened on March 4" is the report's March, when the
    flashback's year would put it further back."""
    at = read.at
    if (
        span is not None
        and read.fresh
        and at is read.story.reference
        and at is not None
        and not follows_story(read.query)
        and _in_a_new_paragraph(read)
    ):
        return back_to_the_report(span, at, read.resolve(read.wanted, None), read.document.moment)
    return span


def _in_a_new_paragraph(read: Read) -> bool:
    """Whether a paragraph begins between the sentence the story's time was set in and the
    candidate."""
    end = read.document.sentences.bounds(read.story.reference_sentence)[1]
    return "\n" in read.document.text[end - 1 : read.candidate.start]


def back_from_a_plan(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A paragraph that opens with a period counted from the story, after a date told as coming,
    is back in the report's days: "Holy Week begins on March 24. ¶ Until the end of the month,
    he will keep his schedule" is the report's month; the plan named no time the story is on
    ("The festival opens on Oct. 3. ¶ It will run until the end of the month" goes on with it)."""
    at, moment, text = read.at, read.document.moment, read.document.text
    if (
        span is not None
        and at is not None
        and at is read.story.reference
        and at.is_bounded
        and at.earliest_start > moment
        and (at.earliest_start.year, at.earliest_start.month) != (moment.year, moment.month)
        and STORY_PERIOD.search(read.phrase) is not None
        and _OPENS_PARAGRAPH.search(text, max(0, read.candidate.start - 24), read.candidate.start)
        and _in_a_new_paragraph(read)
    ):
        return read.resolve(read.wanted, None) or span
    return span


# ("Until" opening its paragraph: a stretch from the telling, "Until [the end of the month],
# ..."; not "The end of the month will bring the count", "For the rest of the month, the court
# will sit", which may go on with the plan)
_OPENS_PARAGRAPH = re.compile(r"\n[^\S\n]*(?i:until|till)[^\S\n]+\Z")


def tonight_said_the_night_before(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A quoted "tonight", told the day after, is the night the story is on, when it was said:
    "On Sunday night they won. ... 'Tonight we're champions,'"."""
    story = read.story.reference
    if span is not None and spoken_the_night_before(
        read.document.text, read.phrase, read.candidate.start, story, read.document.moment
    ):
        return read.document.resolve("that night", "past", story) or span
    return span


_TWELVE_HOUR = re.compile(
    r"(?:1[0-2]|0?[1-9]):[0-5]\d|"
    r"(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+o['’]clock",
    re.IGNORECASE,
)


def half_day_of_the_story(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A clock time without a.m. or p.m. is in the half of the day nearest the story's clock:
    "switched it on at 6:51 p.m. ... remarked on the ice at 6:47"."""
    at = read.at
    if span is not None and at is not None and _TWELVE_HOUR.fullmatch(read.query):
        resolve = partial(read.document.resolve, wanted=read.wanted, at=at)
        return nearest_half_day(read.query, span, at, resolve)
    return span


def a_clock_told_before(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A clock time to the minute that repeats one given earlier with its day is at that
    moment, when the story has since gone back to an earlier day: a report's timeline gives
    "2021-06-14T06:48:13Z proxy: connection blocked", a paragraph then names a patch "released
    on 20 April", and "the alerts at 06:48 were not escalated" is still on June 14."""
    at = read.at
    if (
        span is None
        or at is None
        or not read.bare
        or not read.story.clocks
        or not span.is_bounded
        or span.granularity not in _CLOCK_GRAINS
    ):
        return span
    told = read.story.clocks.get(span.timex.value[11:16])
    if (
        told is None
        or not told.is_bounded
        or not at.is_bounded
        or told.earliest_start.date() <= at.earliest_start.date()
    ):
        return span
    return read.resolve(read.wanted, day_of(told.earliest_start)) or span


def since_before_the_report(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A time something has gone on since lies before the report, whatever the story's time
    ("This time next year we expect ... Shares have fallen since the start of the year" is the
    report's year): read from the report's date when the story's would put it after."""
    at, text, start = read.at, read.document.text, read.candidate.start
    if (
        span is not None
        and at is not None
        and span.is_bounded
        and span.earliest_start > read.document.moment
        and text[max(0, start - 6) : start].lower().endswith("since ")
    ):
        return read.resolve(read.wanted, None) or span
    return span


def not_against_the_tense(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A time the story's day would put against the tense of its clause is read from the
    report's date: the story's year, not its tense; "will speak on Thursday. Markets closed at
    14:00" is not on that Thursday."""
    if (
        span is not None
        and read.at is not None
        and against_tense(span, read.told, read.document.moment)
    ):
        return read.resolve(read.wanted, None)
    return span


def last_night(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A night told in the past with no day, and no story to be on, is the last one before the
    report: "fighting raged overnight"; so is "overnight" told in the past with the story on
    the report's own day ("Officials said Monday that rebels shelled the city overnight", told
    on Monday): that day's night is not over yet."""
    if (
        (read.at is None or (_OVERNIGHT.fullmatch(read.phrase) and _on_the_reports_day(read)))
        and read.bare
        and read.told == "past"
        and is_night(span)
        # "Crews work overnight, officials said": tonight's work, told in the present
        and not plain_present(read.document.text, read.candidate.start)
    ):
        return read.resolve(read.wanted, day_before(read.document.moment)) or span
    return span


_OVERNIGHT = re.compile(r"overnight", re.IGNORECASE)


def _on_the_reports_day(read: Read) -> bool:
    """Whether the story's time lies within the report's own day."""
    at, moment = read.at, read.document.moment
    if at is None or not at.is_bounded:
        return False
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight <= at.earliest_start and at.latest_end <= midnight + _ONE_DAY


_BEFORE_MIDNIGHT = re.compile(r"\bbefore\s+midnight\b", re.IGNORECASE)
_REACHING = re.compile(r"\b(?i:by|until|till)\s+\Z")  # "by midnight": the end of the evening


def midnight_ending_the_day(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """ "before midnight" on the story's day is before the midnight that ends it: "agreed on
    Tuesday ... shortly before midnight"; so is "by midnight" or "until midnight" after a time
    of that day, evening or morning ("at 10 p.m. the yard was dry; by midnight we were on the
    roof", "Voting opened at 7 a.m. Tuesday. By midnight, 40 percent had voted"; "checked at
    midnight", reached from no time, is the day's start), and a term that
    runs out at midnight after a late evening ("broke off at 11:40 p.m. Wednesday ... the
    agreement expired at midnight")."""
    at, start = read.at, read.candidate.start
    if (
        span is not None
        and at is not None
        and at.is_bounded
        and (
            _BEFORE_MIDNIGHT.search(read.query)
            or (
                at.granularity in _TIMES_OF_DAY
                and _REACHING.search(read.document.text, max(0, start - 12), start) is not None
            )
            or (
                # "broke off at 11:40 p.m. ... the agreement expired at midnight": a term that
                # runs out at midnight after a late evening runs out at the one ending it
                at.granularity in _TIMES_OF_DAY
                and at.earliest_start.hour >= _LATE_EVENING
                and _RUNS_OUT.search(read.document.text, max(0, start - 40), start) is not None
            )
        )
        and span.timex.value == f"{at.earliest_start.date().isoformat()}T00:00"
    ):
        next_day = day_after(at.earliest_start)
        if next_day is not None:
            return read.resolve(read.wanted, next_day) or span
    return span


_LATE_EVENING = EVENING_START  # (the same evening as a clock's small hours in its sentence)
_RUNS_OUT = re.compile(
    r"\b(?:expire[sd]?|expiring|lapse[sd]?|lapsing|r[au]ns?\s+out|running\s+out|"
    r"(?:deadline|ultimatum|truce|ceasefire|contract|agreement)\s+(?:was\s+|is\s+)?(?:set\s+)?"
    r"(?:for|at|ends?|ended))\s+(?:at\s+)?\Z",
    re.IGNORECASE,
)


_TIMES_OF_DAY = frozenset(["part_of_day", "hour", "minute", "second"])


def small_hours_after_a_late_evening(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A clock time in the small hours told after the story's clock of a late evening, in a
    later sentence, is on the next day: the night went on past midnight ("Polls closed at 10
    p.m. Tuesday. By 1 a.m. the count was done"), unless it is told as before the evening ("had
    begun at 2 a.m.", "earlier, at 3 a.m.")."""
    at, text, start = read.at, read.document.text, read.candidate.start
    if (
        span is not None
        and at is not None
        and at is read.story.reference
        and read.story.reference_sentence < read.number  # (in its sentence: the clocks')
        and read.candidate.start not in read.document.logged  # (a log rolls its own days)
        and at.is_bounded
        and span.is_bounded
        and span.granularity in _CLOCK_GRAINS
        and is_clock_only(read.phrase, span.timex)
        and _AN_HOUR.search(read.phrase) is not None
        and span.earliest_start.date() == at.earliest_start.date()
        and (
            (
                at.granularity in _CLOCK_GRAINS
                and at.earliest_start.hour >= _LATE_EVENING
                and span.earliest_start.hour < _SMALL_HOURS_END
            )
            # "talks broke down overnight ... at 6 a.m.": the morning the night ran into
            or (is_night(at) and span.earliest_start.hour < _NOON)
        )
        and _EARLIER.search(text, max(0, start - 24), start) is None
        and not told_as_before(text, read.window, start, read.candidate.end)
    ):
        next_day = day_after(at.earliest_start)
        if next_day is not None:
            later = read.resolve(read.wanted, next_day)
            if (
                later is not None
                and later.timex.type == span.timex.type
                and not (read.told == "past" and _after_the_reports_day(later, read))
            ):
                return later
    return span


def the_morning_a_night_ran_into(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A morning that a night's doings ran on to is the next day's: "soldiers entered the
    village on the night of 3 October, shortly after 10 p.m. 'They went from house to house
    until morning'" (4 October); "fought through the night until dawn"."""
    at, text, start = read.at, read.document.text, read.candidate.start
    if (
        span is None
        or at is None
        or not read.bare
        or not at.is_bounded
        or not span.is_bounded
        or not _MORNING.fullmatch(read.phrase)
        or span.earliest_start.date() != at.earliest_start.date()
        or not (
            is_night(at)
            or (at.granularity in _CLOCK_GRAINS and at.earliest_start.hour >= _LATE_EVENING)
        )
        or _RUN_ON_TO.search(text, max(0, start - 16), start) is None
    ):
        return span
    next_day = day_after(at.earliest_start)
    later = None if next_day is None else read.resolve(read.wanted, next_day)
    return span if later is None or later.timex.type != span.timex.type else later


_MORNING = re.compile(r"(?:the\s+)?(?:morning|dawn|daybreak|sunrise|first\s+light)", re.I)
_RUN_ON_TO = re.compile(r"\b(?:until|till|into|through)\s+\Z", re.IGNORECASE)


def _after_the_reports_day(span: TimeSpan, read: Read) -> bool:
    """Whether ``span`` starts on a day after the report's own (told in the past, it cannot:
    a clock of the report's own day may be, the date alone saying no hour)."""
    moment = read.document.moment
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return span.earliest_start >= midnight + _ONE_DAY


_CLOCK_GRAINS = frozenset(["hour", "minute", "second"])
# an hour told by its number ("1 a.m.", "0130", "two o'clock"); "midnight" has its own rules
_AN_HOUR = re.compile(r"\d|o['’]clock", re.IGNORECASE)
_NOON = 12
_SMALL_HOURS_END = 6  # o'clock: "by 1 a.m." after "10 p.m."; "at 9 a.m." is the day's morning
_EARLIER = re.compile(r"\b(?:earlier|before(?:\s+that|\s+then)?)\b[\s,]*(?:at\s+|by\s+)?\Z",
                      re.IGNORECASE)  # fmt: skip


def the_evening_before(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """With the story in the small hours of the report's own day, an evening told in the past
    was the evening before: "won early Wednesday ... after midnight. Hoyt led through the
    evening"."""
    at = read.at
    if at is not None and read.told == "past" and evening_before(span, at, read.document.moment):
        return read.resolve(read.wanted, day_before(at.earliest_start)) or span
    return span


def this_years_quarter(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A quarter or half told as coming is this year's (or next year's): "will stay shut until
    the end of the first quarter", told in December."""
    moment = read.document.moment
    if this_years_period(
        read.document.text, read.candidate.start, read.phrase, span, read.told, moment
    ):
        coming = read.document.resolve(read.phrase, "future", read.at, read.parsed)
        if coming is not None and coming.earliest_start.year - moment.year in (0, 1):
            return coming
    return span


def not_a_year_off(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A date without a year is seldom a year off when the same date is days away: without
    tense, "Hearings: Jan. 24" told on Jan. 13 is days ahead; told as coming, "will set out the
    plan on March 15, a week after the budget on March 8" is days behind; told in the past,
    "voted in the June 8 election", told on June 5, is days ahead. Counted from the story's
    time when there is one."""
    if span is None:
        return span
    at = read.at
    base = read.document.moment if at is None or not at.is_bounded else at.earliest_start
    if read.soon and a_year_back(span, base):
        return just_ahead(span, read.resolve("nearest", at), base)
    if read.wanted == "future" and a_year_ahead(span, base):
        return just_behind(span, read.resolve("past", at), base) if read.yearless else span
    if (
        read.tense == "past"
        and read.yearless
        and a_year_back(span, base)
        and not said_behind(read.document.text, read.candidate.start)
    ):
        return days_ahead(span, read.resolve("nearest", at), base)
    return span


def in_the_storys_year(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A date without a year after the story's time is in the story's year when that puts it
    after the story's time and not after the report: "began on 3 April and ended on 17
    October" (not in the past perfect, "had begun on", nor after "since")."""
    at, text, candidate = read.at, read.document.text, read.candidate
    if (
        read.wanted == "past"
        and at is not None
        and span is not None
        and read.yearless
        and not said_behind(text, candidate.start)
        and not told_as_before(text, read.window, candidate.start, candidate.end)
    ):
        since_story = story_to_report(at, read.document.moment)
        if since_story is not None:
            later = read.resolve("past", since_story)
            return in_story_year(span, later, at, read.document.moment)
    return span


def quarter_closed_on(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A quarter named by its number and closed by a day is in the year most of its three
    months fall in, as that day is placed: "the second quarter ended Oct. 31", told on Oct. 27,
    1989, ended in 1988 (not the 1989 one that its tense alone would give)."""
    if span is None or span.granularity != "quarter" or not span.is_bounded:
        return span
    text, end = read.document.text, read.candidate.end
    ended = _CLOSED.match(text, end)
    if ended is None or _A_YEAR.search(read.phrase):
        return span
    closing = _CLOSING_DAY.match(text, ended.end())
    if closing is None:
        return span
    told: Prefer = "past" if "ended" in ended.group() else "nearest"
    day = read.document.resolve(closing.group(), told, None, None)
    if day is None or not day.is_bounded or day.granularity != "day":
        return span
    middle = day.latest_end - _HALF_A_QUARTER
    shift = middle.year - (span.earliest_start + _HALF_A_QUARTER).year
    if shift == 0:
        return span
    value = QUARTER_VALUE.fullmatch(span.timex.value)
    if value is None:
        return span
    try:
        start = span.earliest_start.replace(year=span.earliest_start.year + shift)
        stop = span.latest_end.replace(year=span.latest_end.year + shift)
    except ValueError:
        return span
    timex = attrs.evolve(span.timex, value=f"{int(value.group(1)) + shift:04d}-Q{value.group(2)}")
    return TimeSpan.crisp(start, stop, granularity="quarter", phrase=span.phrase, timex=timex)


_A_YEAR = re.compile(r"\d{4}")
_CLOSED = re.compile(r",?[\s-]+(?:ended|ending)\s+")  # (ENDED, with a comma allowed)
_CLOSING_DAY = re.compile(rf"{MONTH}\.?\s+\d{{1,2}}\b(?:,?\s+\d{{4}}\b)?", re.IGNORECASE)
_HALF_A_QUARTER = timedelta(days=45)


def a_day_of_the_month_told(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A day counted from the story's time ("that same day", "the next day", "two weeks
    later") when the time last told, in this sentence or the one before and after the story's
    last day, is a month: a day counted from a day of that month, which day unsaid ("was shot
    last October. His name was crossed out that same day": 1998-10-XX; "In January ... Two
    weeks later": a day of January or February, 1989-XX-XX), not a day counted from the
    report or from a day told before that month."""
    told, number = read.story.told_at
    if (
        span is None
        or told is None
        or told.granularity != "month"
        or not told.is_bounded
        or read.number - number > 1
        or (read.story.reference is not None and read.story.reference_sentence >= number)
        or read.bare
        or not _DAYS.search(read.phrase)
        or not follows_story(read.query)
    ):
        return span
    first = read.resolve(read.wanted, day_of(told.earliest_start))
    if first is not None and first.timex.value in _VAGUE_REFS:
        return first  # "A few days later": past or ahead of the report as the month is
    last = read.resolve(read.wanted, day_of(told.latest_end - _ONE_DAY))
    if (
        first is None
        or last is None
        or not (first.is_crisp and last.is_crisp)
        or first.granularity != "day"
        or last.granularity != "day"
    ):
        return span
    start, stop = first.earliest_start, last.earliest_start
    # the month when all or nearly all of the days it may be lie in it ("the next day" may be
    # the first of the month after), else the year they all lie in
    inside = min(stop, told.latest_end) - max(start, told.earliest_start)
    grain: Granularity
    if inside >= (stop - start) * _NEARLY_ALL:
        value, grain = f"{told.earliest_start:%Y-%m}-XX", "month"
    elif start.year == stop.year:
        value, grain = f"{start:%Y}-XX-XX", "year"
    else:  # ("two weeks later" after a December: in that year or the next)
        value, grain = "XXXX-XX-XX", "year"
    length = first.latest_end - start
    return TimeSpan(
        start, stop, start + length, stop + length, length, length,
        granularity=grain,  # (known to the month or the year: no day for the story to be on)
        phrase=span.phrase,
        timex=attrs.evolve(span.timex, type="DATE", value=value),
    )  # fmt: skip


_ONE_DAY = timedelta(days=1)
_DAYS = re.compile(r"\b(?:days?|weeks?|fortnights?)\b", re.IGNORECASE)  # counted in days
_NEARLY_ALL = 0.9
_VAGUE_REFS = frozenset(["PAST_REF", "FUTURE_REF"])


def this_quarters_results(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """ "This quarter's loss", "this quarter's results" in a report on a quarter named before:
    that quarter, whose figures are told (results are told of quarters that are over), not
    the calendar's current one; told as coming ("expects this quarter's sales to rise"), the
    current one."""
    discussed = read.story.discussed
    if (
        span is None
        or discussed is None
        or span.granularity != "quarter"
        or not _THIS_QUARTER.fullmatch(read.phrase)
        or not _RESULTS_AFTER.match(read.document.text, read.candidate.end)
        or read.near() == "future"
    ):
        return span
    year, quarter = discussed
    zone = span.earliest_start.tzinfo
    try:
        start = datetime(year, 3 * quarter - 2, 1, tzinfo=zone)
        stop = datetime(year + quarter // 4, 3 * quarter % 12 + 1, 1, tzinfo=zone)
    except ValueError:
        return span
    timex = attrs.evolve(span.timex, value=f"{year:04d}-Q{quarter}")
    return TimeSpan.crisp(start, stop, granularity="quarter", phrase=span.phrase, timex=timex)


_THIS_QUARTER = re.compile(r"this\s+(?:fiscal\s+)?quarter", re.IGNORECASE)
_RESULTS_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:loss|losses|profit|profits|earnings|results|net|income|sales|"
    r"revenue|revenues|deficit|figures|performance|charges?)\b",
    re.IGNORECASE,
)


ADJUSTMENTS: tuple[Callable[[Read, TimeSpan | None], TimeSpan | None], ...] = (
    back_after_a_flashback,
    back_from_a_plan,
    tonight_said_the_night_before,
    half_day_of_the_story,
    a_clock_told_before,
    since_before_the_report,
    not_against_the_tense,
    last_night,
    midnight_ending_the_day,
    small_hours_after_a_late_evening,
    the_morning_a_night_ran_into,
    the_evening_before,
    this_years_quarter,
    not_a_year_off,
    in_the_storys_year,
    quarter_closed_on,
    a_day_of_the_month_told,
    this_quarters_results,
)


def _range_end(
    read: Read, span: TimeSpan, opening: Mention, resolved: Sequence[tuple[Prefer, Mention]]
) -> tuple[TimeSpan, Mention | None]:
    """A range whose end reads before its start (``opening``): told in the past, the start is
    the last such day before the end ("marched from Monday to Thursday", "fell from October to
    March"); else the end is the first after the start ("from Dec. 28 to Jan. 3", "will run
    from Monday to Thursday"). Across midnight ("from 11 p.m. to 2 a.m.") is the clocks'."""
    if is_clock_only(opening.text, opening.timex):
        return span, None
    if read.wanted == "past" and resolved and resolved[-1][1] is opening:
        earlier = next_to(opening.text, span, "past", read.document.zone)
        if earlier is None:
            return span, None
        return span, attrs.evolve(opening, timex=earlier.timex, span=earlier)
    assert opening.span is not None
    return next_to(read.phrase, opening.span, "future", read.document.zone) or span, None


def _restated_day(read: Read, span: TimeSpan | None) -> TimeSpan | None:
    """A shift set beside the day the story is on is that day: "on 29 July, eight days later,",
    "Oct. 12, the day before the crash"."""
    restated = read.restated
    if restated is None or span is None or span.granularity != "day":
        return span
    assert restated.span is not None
    return attrs.evolve(restated.span, phrase=read.phrase, timex=restated.timex)
