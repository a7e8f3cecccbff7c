"""The extraction pipeline: candidates, context, resolution, composition."""

from __future__ import annotations

import re
from bisect import bisect_left
from calendar import monthrange
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, timedelta, tzinfo
from itertools import takewhile
from typing import get_args

import attrs

from timeline._errors import TimelineError
from timeline._extract._candidates import Candidate, candidates, grammar_entries
from timeline._extract._context import Sentences, Tense, tense_near
from timeline._extract._mention import Mention
from timeline._extract._placement import (
    ENDED,
    POSSESSIVE,
    Prefer,
    closing_told,
    joins_range,
    placement,
)
from timeline._span import TimeSpan
from timeline._timex import Timex
from timeline._zones import AnchorLike, TzLike, as_anchor, as_tzinfo

__all__ = ["Prefer", "extract"]

_PREFERS = frozenset(get_args(Prefer))


# ---------------------------------------------------------------------------- context

_HAS_DAY = re.compile(
    r"\d{1,2}/\d{1,2}|\d{4}-\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|"
    r"wed|thu|fri|sat|sun|today|yesterday|tomorrow|tonight|days?\b|week|month|year)",
    re.IGNORECASE,
)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_VAGUE = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
_WINDOW = 80


def _before_opening(span: TimeSpan | None, opening: Mention) -> bool:
    """Whether a range's end, as resolved, begins before its start does."""
    start = opening.span
    if span is None or start is None or not (span.is_bounded and start.is_bounded):
        return False
    return span.earliest_start < start.earliest_start


def _next_to(phrase: str, other: TimeSpan, side: Prefer, zone: tzinfo | None) -> TimeSpan | None:
    """The phrase read as the first such day or month after (``side="future"``) or the last
    one before (``"past"``) the other end of its range."""
    if not other.is_bounded:
        return None
    moment = other.earliest_start if side == "future" else other.latest_end - _INSTANT
    try:
        return grammar_entries().resolve_in_context(phrase, anchor=moment, prefer=side, tz=zone)
    except TimelineError:
        return None


_INSTANT = timedelta(microseconds=1)


_YEARLESS = re.compile(
    r"^(?!.*\d{4}).*(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|spring|summer|autumn|"
    r"fall|winter|quarter|half|christmas|thanksgiving|easter)",
    re.IGNORECASE,
)
_ANAPHORIC = re.compile(
    r"\b(?:next|following|that|same|later|earlier|before|after|previous|prior|then)\b",
    re.IGNORECASE,
)
_BARE_MONTH_NAME = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_PAIRED = re.compile(r"\s*,?\s+(?:and|or)\s+|\s*,\s*")
_LATER_ON = re.compile(r"\s(?i:on)$")  # "Twenty years on, ...": later than the story
_TIME_OF_DAY = re.compile(
    r"\b(?:day|night|morning|afternoon|evening|overnight|dawn|dusk|noon|midnight|hours?|"
    r"daybreak|sunrise|sunset|nightfall|midday|first\s+light|lunchtime)\b|"
    r"\d:\d|\b[ap]\.?m\b|"
    # four-digit clocks with their cue ("0340 local time", "2215Z"; not years) and spoken ones
    # ("ten past one", "a quarter to five"; not "the past two years", "up to 10 days")
    r"\b0\d[0-5]\d\b|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:h|hrs?|hours|local|z|lt|gmt|utc)\b|"
    r"\b(?:past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|"
    r"midnight|\d{1,2})\b(?!\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|"
    r"quarters?|centur))",
    re.IGNORECASE,
)
_NAMED_DAY = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|"
    r"wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|"
    r"yesterday|tomorrow|tonight|christmas|thanksgiving|easter|eve|new\s+year|election)\b",
    re.IGNORECASE,
)


# A part of "the week", "the month", "the year" is the story's while the story's day is fresh:
# "On Feb. 1 he said it would arrive by the end of the month" is February's end.
_STORY_PERIOD = re.compile(
    r"\b(?:end|beginning|start|middle|rest|remainder|close)\s+of\s+the\s+(?:week|month|year)\b",
    re.IGNORECASE,
)


# A flashback leaves the story where it was: "The convoy was hit on 3 March. The previous
# evening, a drone had been seen. The day after, the road was closed" (March 4).
# ("the day before last Tuesday's hearing", counted from a day it names, is no flashback.)
_LOOKS_BACK = re.compile(r"\b(?:(?:previous|prior)\s+[a-z]+|before|earlier)\Z", re.IGNORECASE)
_APPOSED = re.compile(r"\s*[,(–—]\s*")
_SHIFT = re.compile(r"\b(?:later|earlier|after|before)\Z", re.IGNORECASE)


_AHEAD = timedelta(days=45)


def _a_year_back(span: TimeSpan, anchor: datetime) -> bool:
    """Whether the same date a year later could be only days ahead of the report."""
    return span.is_bounded and anchor - span.earliest_start > _YEAR_LESS_AHEAD


_YEAR_LESS_AHEAD = timedelta(days=45) - _AHEAD - timedelta(days=3)


def _just_ahead(past: TimeSpan, nearest: TimeSpan | None, anchor: datetime) -> TimeSpan:
    """A date without a year in a clause without tense: the past one, unless the coming one is
    only days ahead of the report, or of the story's time ("Congress: back Jan. 24" told on
    Jan. 13)."""
    if nearest is None or not nearest.is_bounded or nearest.earliest_start <= anchor:
        return past
    return nearest if nearest.earliest_start - anchor <= _AHEAD else past


def _a_year_ahead(span: TimeSpan, anchor: datetime) -> bool:
    """Whether a date is placed most of a year after the report."""
    return span.is_bounded and span.earliest_start - anchor > _MOST_OF_A_YEAR


def _just_behind(future: TimeSpan, past: TimeSpan | None, anchor: datetime) -> TimeSpan:
    """A date without a year in a clause about the future: the coming one, unless the same
    date was only days ago ("will set out the plan on March 15, a week after the budget on
    March 8", told on March 14): a date a year ahead is far rarer in news than one just past."""
    if past is None or not past.is_bounded or past.latest_end > anchor:
        return future
    return past if anchor - past.latest_end <= _RECENT else future


_MOST_OF_A_YEAR = timedelta(days=300)
_RECENT = timedelta(days=14)


def _against_tense(span: TimeSpan, tense: Tense | None, anchor: datetime) -> bool:
    """Whether a date placed near the story contradicts its clause: a past-tense clause about
    a time after the report, or a future one about a time before it."""
    if not span.is_bounded:
        return False
    if tense == "past":
        return span.earliest_start > anchor
    if tense == "future":
        return span.latest_end <= anchor
    return False


def _follows_story(phrase: str) -> bool:
    """Whether the phrase counts from the story's time: "the next day", "that night", "6 a.m.",
    "late at night" (a time of day with no day of its own)."""
    if _ANAPHORIC.search(phrase) or _LATER_ON.search(phrase):
        return True
    return _TIME_OF_DAY.search(phrase) is not None and _NAMED_DAY.search(phrase) is None


# A quarter or half told in the future is this year's, even when this year's has not begun
# ("shipments will begin in the fourth quarter", told in September), unless results are to be
# told of it ("will report fourth-quarter results", told in February: last year's).
_REPORTING_PERIOD = re.compile(r"^(?!.*\d{4}).*\b(?:quarter|half)\b", re.IGNORECASE)
_REPORTS = re.compile(
    r"\b(?:report|post|announce|release|publish)(?:s|ed|ing)?\b[^.;!?]*$", re.IGNORECASE
)
# ... told as coming by a verb, not only by a word of the future ("trailed forecasts")
_WILL = re.compile(
    r"\b(?:will|'ll|shall|(?:expected|set|scheduled|due|going|planned|plans?|aims?)\s+to)\b"
    r"[^.;!?]*$",
    re.IGNORECASE,
)


def _this_years_period(
    text: str, start: int, phrase: str, span: TimeSpan | None, tense: Tense | None, moment: datetime
) -> bool:
    """Whether a quarter or half placed in a year before the report's is told as coming."""
    return (
        tense == "future"
        and span is not None
        and span.is_bounded
        and span.earliest_start.year < moment.year
        and _REPORTING_PERIOD.search(phrase) is not None
        and _WILL.search(text, max(0, start - 60), start) is not None
        and _REPORTS.search(text, max(0, start - 60), start) is None
    )


def _is_night(span: TimeSpan | None) -> bool:
    return span is not None and span.timex.value.endswith("TNI")


def _day_before(moment: datetime) -> TimeSpan | None:
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if day.date() == date.min:
        return None  # the calendar's first day has none before it
    return TimeSpan.crisp(day - timedelta(days=1), day, granularity="day")


_FOUR_DIGITS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CUED_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s*(\S.*)")


def _clock_cue(text: str, phrase: str, partner: Candidate) -> str | None:
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


# "between 2 and 5 a.m.", "from 7 to 10 p.m.": an hour that takes its a.m./p.m. (and zone) from
# the other end of its range.
_HOUR_RANGE = re.compile(
    r"(?P<first>(?:1[0-2]|0?[1-9])(?::[0-5]\d)?)(?P<gap>\s*(?:-|–|and|to|until|till|through)\s*)"
    r"(?P<second>(?P<hour>1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?P<half>[ap])\.?\s?m\.?(?P<rest>.*))",
    re.IGNORECASE,
)


def _split_hour_ranges(text: str, found: list[Candidate]) -> list[Candidate]:
    """Candidates with "2 and 5 a.m." parted into its two clock times, the first read with the
    second's half of the day (see :func:`_hour_cue`)."""
    out: list[Candidate] = []
    for candidate in found:
        match = None
        if candidate.special is None:
            match = _HOUR_RANGE.fullmatch(text, candidate.start, candidate.end)
        if match is None:
            out.append(candidate)
            continue
        out.append(Candidate(candidate.start, match.end("first"), None))
        out.append(Candidate(match.start("second"), candidate.end, None))
    return out


def _hour_cue(text: str, phrase: str, candidate: Candidate, partner: Candidate) -> str | None:
    """The clock a bare hour at the start of a range of clock times reads as: "2" in "between
    2 and 5 a.m." is "2 a.m."; "11" in "from 11 to 1 p.m." is "11 a.m."."""
    match = _HOUR_RANGE.fullmatch(text, candidate.start, partner.end)
    if match is None or match.end("first") != candidate.end:
        return None
    half = match.group("half").lower()
    first = int(match.group("first").partition(":")[0])
    second = int(match.group("hour"))
    if first > second and second != 12:
        half = "p" if half == "a" else "a"
    return f"{phrase} {half}.m.{match.group('rest')}"


def _bare_time_of_day(phrase: str) -> bool:
    """A clock time or part of the day with no day of its own: "14:00 GMT", "late at night"."""
    return (
        _TIME_OF_DAY.search(phrase) is not None
        and _NAMED_DAY.search(phrase) is None
        and _ANAPHORIC.search(phrase) is None
    )


def _is_clock_only(phrase: str, timex: Timex) -> bool:
    return timex.type == "TIME" and not _HAS_DAY.search(phrase)


_STORY_GRAINS = frozenset({"day", "part_of_day", "hour", "minute", "second"})


# Anaphors of a month or longer count from the last time named, whatever its size: "in June
# 1998 ... later that year", "in March ... the following month", "in February ... a month
# earlier".
_COARSE_ANAPHOR = re.compile(
    r"\b(?:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+prior)\s+"
    r"(?:year|month|spring|summer|autumn|fall|winter)\b|"
    r"\b(?:months?|years?)\s+(?:earlier|later|before|after)\b",
    re.IGNORECASE,
)
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


def _is_dated(mention: Mention) -> bool:
    return _placed_in(mention, _DATED_GRAINS)


_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$")
_NOUN_AFTER = re.compile(
    r",?\s+(?!(?:and|or|to|in|on|at|of|for|by|with|from|when|as|that|which|was|were|is|are|has|"
    r"have|had|will|would|after|before|until|through)\b)[a-z]{3,}\b"
)


def _attributive(text: str, mention: Mention) -> bool:
    """A date naming an event ("the Dec. 21, 1988, bombing"): background, not the story's time."""
    before = text[max(0, mention.start - 8) : mention.start]
    return bool(_DETERMINER_BEFORE.search(before)) and bool(_NOUN_AFTER.match(text, mention.end))


# The date a record is measured against is no time of the story: "the highest since March
# 1982", "the first time since 2008", "its worst week since October".
_COMPARED_SINCE = re.compile(
    r"\b(?:(?:high|low|bigg|larg|small|strong|weak|fast|slow|sharp|steep|deep|hott|cold|"
    r"warm|wett|dri|long|short|great|heavi|cheap|busi|quiet|dead|bloodi)est|most|least|first|"
    r"best|worst|only)\b[^.;:!?]*?\bsince\s+\Z",
    re.IGNORECASE,
)


_CLOCK_SHIFT = re.compile(
    r"\b(?:seconds?|minutes?|hours?)\s+(?:later|earlier|after|before)\Z", re.IGNORECASE
)


def _counted_from_a_day(mention: Mention, at: TimeSpan | None) -> bool:
    """A shift of minutes or hours counted from a day with no time of its own ("on 4 March ...
    around 20 minutes later"): no time the story can stand on (it would be just after the
    day's midnight)."""
    return (
        at is not None
        and at.granularity == "day"
        and mention.timex.type == "TIME"
        and _CLOCK_SHIFT.search(mention.text) is not None
    )


_CLOCK_GRAINS = frozenset({"hour", "minute", "second"})


def _clock_on(day: TimeSpan | None, sentence: list[Mention]) -> TimeSpan | None:
    """The story's time after a sentence that names a day and a clock time on it ("at 3 a.m.
    on 4 March"): the clock time, so "twenty minutes later" counts from it."""
    if day is None or day.granularity != "day" or not day.is_bounded:
        return day
    for mention in reversed(sentence):
        span = mention.span
        if (
            span is not None
            and span.granularity in _CLOCK_GRAINS
            and span.is_bounded
            and day.earliest_start <= span.earliest_start
            and span.latest_end <= day.latest_end
        ):
            return span
    return day


def _moves_story(mention: Mention) -> bool:
    """Whether the story is now on this mention's time: a day or a time of day.

    Coarser mentions ("in 1987", "last year") are background and leave the story's day alone.
    """
    return _placed_in(mention, _STORY_GRAINS)


# ---------------------------------------------------------------------------- extract


def extract(
    text: str,
    anchor: AnchorLike,
    *,
    prefer: Prefer = "past",
    tz: TzLike = None,
) -> list[Mention]:
    """Every temporal expression in ``text``, in text order, resolved in context.

    ``anchor`` is the report's date or time (deictic words such as "yesterday" count from it);
    ``prefer`` places a date without a year when its clause has no tense to go by; ``tz`` is
    the zone the report's times are in (UTC by default). Only a bad ``anchor``, ``prefer`` or
    ``tz`` raises (:class:`~timeline.TimelineError`); any text gives a list, empty text ``[]``.

    How context is read:

    - Extents follow TimeML: no introducing preposition ("on [Sept. 28]"), determiners and
      modifiers kept ("[the first nine months]", "[about two hours]"); what a connective joins
      is two mentions ("[ten days] in [mid-September]", "[1:00 a.m.] to [3:00 a.m.]").
    - The story's time is the last day or time of day mentioned. Anaphoric phrases ("the next
      day", "that night", "two days later") and times of day without a day of their own ("late
      at night", "6 a.m.") count from it; a date without a year ("Oct. 2", "April", "the third
      quarter") takes its year from it while it is fresh (same or previous sentence); weekdays,
      "last year" and the like count from the report's date, as news reports use them.
    - The tense of the clause places a date without a year: "will meet on Nov. 3" ahead, "met
      on Nov. 3" behind, present tense and the present perfect ("has decided to ... in March")
      the nearest; the present of a schedule ("the trial opens Monday", "Congress reconvenes
      Jan. 24") and a plan told in the past ("planned to leave on Thursday") ahead; a term told
      in the past ("was due to expire Friday") and a date after "by", "until", "payable", "as
      early as"... the nearest; after "postponed until", "extended to" ahead; after "since"
      behind; both ends of a range ("from Sept. 14 to Thursday", "January to March") by the
      tense of their clause, and the end never before the start ("from Dec. 28 to Jan. 3").
      A clause without tense ("Hearings: Jan. 24") takes the coming date when it is at most 45
      days ahead of the report or of the story's time, else ``prefer``. "agreed/asked ... to act
      on Feb. 10" places the date by the act, the nearest. A date with its weekday
      ("Saturday, April 25") is the nearest such day, and so is a weekday in a clause
      without tense ("they meet Monday"), unless it names an event ("Thursday's close").
      The clause ends at quotation marks, so "said" after a quote does not govern it.
      Quarters and halves are taken as begun.
    - "later that year", "the following month", "a month earlier" count from the last time
      named, of any size ("in June 1998", "in February").
    - A clock time takes the day named in its sentence ("from 1:00 a.m. to 3:00 a.m. on
      Sept. 28").
    - "the quarter", "a year earlier", "the year-ago period" refer to the quarter a report is
      discussing (the last one mentioned that is over); "the current quarter" is the report's,
      "the latest quarter" with none discussed the last one over. "the full year", "the
      current fiscal year" are the report's year; "the year ended March 31" a DURATION; "the
      quarter ended Sept. 30" the three months to that day.
    - No false dates: counts and amounts ("five 15-ton trucks", "$1", "800 Trading Company"),
      ordinals ("a second source"), names ("April Smith", "Leejin Jun"), modal "may", verb
      "march", page, phone and version numbers, ages, titles ("High Noon"), greetings ("good
      evening"), a newspaper "daily".

    >>> text = "Trucks crossed late at night on Sept. 28 and will return next week."
    >>> [(m.text, m.timex.value) for m in extract(text, "2017-10-11")]
    [('late at night', '2017-09-28TNI'), ('Sept. 28', '2017-09-28'), ('next week', '2017-W42')]
    """
    moment = as_anchor(anchor, tz)
    zone = as_tzinfo(tz) if tz is not None else moment.tzinfo
    if prefer not in _PREFERS:
        raise TimelineError(f"prefer must be one of {sorted(_PREFERS)}, not {prefer!r}")
    if not isinstance(text, str):
        raise TimelineError(f"text must be a str, not {type(text).__name__}")
    if not text:
        return []
    grammar = grammar_entries()
    resolve_in_context, resolve_found = grammar.resolve_in_context, grammar.resolve_found
    sentences = Sentences(text)
    found = _split_hour_ranges(text, candidates(text, grammar, sentences))
    mentions: list[Mention] = []
    reference: TimeSpan | None = None
    reference_sentence = -1  # where the story's time was last set
    discussed: tuple[int, int] | None = None  # the quarter the report is about
    dated: TimeSpan | None = None  # the last time named, of any size ("in June 1998")

    known: dict[tuple[str, Prefer, TimeSpan | None, object], TimeSpan | None] = {}
    day_first = _writes_day_first(text)

    def resolve(
        phrase: str, wanted: Prefer, at: TimeSpan | None, parsed: object = None
    ) -> TimeSpan | None:
        key = (phrase, wanted, at, getattr(parsed, "node", None))
        if key in known:  # "Friday", "yesterday": a report repeats itself
            return known[key]
        try:
            if parsed is not None:  # what scan read here: value it without parsing it again
                span = resolve_found(
                    parsed, anchor=moment, reference=at, prefer=wanted, tz=zone, day_first=day_first
                )
            else:
                span = resolve_in_context(
                    phrase, anchor=moment, reference=at, prefer=wanted, tz=zone, day_first=day_first
                )
        except Exception:  # noqa: BLE001 - a phrase the grammar fails on is left out, alone
            span = None
        known[key] = span if isinstance(span, TimeSpan) else None
        return known[key]

    index = 0
    while index < len(found):
        number = sentences.index(found[index].start)
        bounds = sentences.bounds(number)
        in_sentence: list[Candidate] = []
        while index < len(found) and sentences.index(found[index].start) == number:
            in_sentence.append(found[index])
            index += 1
        resolved: list[tuple[Prefer, Mention]] = []
        queries: dict[int, str] = {}  # what a mention was resolved as, when not its text
        opening: Mention | None = None  # the start of the range this candidate may end
        for position, candidate in enumerate(in_sentence):
            joined_before = position > 0 and joins_range(text, in_sentence[position - 1], candidate)
            joined_after = position + 1 < len(in_sentence) and joins_range(
                text, candidate, in_sentence[position + 1]
            )
            if not joined_before:
                opening = None
            phrase = text[candidate.start : candidate.end]
            window = (
                max(bounds[0], candidate.start - _WINDOW),
                min(bounds[1], candidate.end + _WINDOW),
            )
            tense, wanted = placement(
                text, window, in_sentence, position, prefer, joined_before or joined_after
            )
            if (
                resolved
                and _BARE_MONTH_NAME.fullmatch(phrase)
                and _BARE_MONTH_NAME.fullmatch(resolved[-1][1].text)
                and _PAIRED.fullmatch(text, resolved[-1][1].end, candidate.start)
            ):
                wanted = resolved[-1][0]  # "routes for April and May": both placed alike
            soon = tense is None and wanted == "past" and _YEARLESS.search(phrase) is not None
            # Anaphoric phrases and times of day follow the story wherever it is; a date without
            # a year ("Oct. 2", "April", "the third quarter") takes its year from the story only
            # while the story's time is fresh (this sentence or the one before); the rest
            # (weekdays, "the weekend", "last year") count from the report's date.
            fresh = number - reference_sentence <= 1 and _YEARLESS.search(phrase) is not None
            cued = (
                _clock_cue(text, phrase, in_sentence[position + 1])
                if joined_after
                else _clock_cue(text, phrase, in_sentence[position - 1])
                if joined_before
                else None
            )
            if cued is None and position + 1 < len(in_sentence):
                cued = _hour_cue(text, phrase, candidate, in_sentence[position + 1])
            query = phrase if cued is None else cued  # what is resolved: extent, or with its cue
            at = (
                reference
                if fresh
                or _follows_story(query)
                or (number - reference_sentence <= 1 and _STORY_PERIOD.search(phrase))
                else None
            )
            restated = (
                resolved[-1][1]
                if at is not None
                and resolved
                and resolved[-1][1].span is reference
                and _APPOSED.fullmatch(text, resolved[-1][1].end, candidate.start)
                and _SHIFT.search(phrase)
                else None
            )  # "on 29 July, eight days later,", "Oct. 12, the day before the crash": that day
            if dated is not None and _COARSE_ANAPHOR.search(phrase):
                at = dated  # "later that year", "the following month": the last time named
            mention: Mention | None
            if candidate.role == "year":
                mention = _report_year(candidate, phrase, moment, zone)
            elif candidate.role == "quarter_ended":  # "the quarter ended Sept. 30"
                mention = _quarter_ended(candidate, phrase, text, in_sentence, resolve, discussed)
            elif candidate.role == "year_period":  # "the 1988 quarter"
                year = int(candidate.special.value) if candidate.special else moment.year
                mention = _period_mention(
                    candidate,
                    phrase,
                    None if discussed is None else (year, discussed[1]),
                    None,
                    zone,
                ) or _report_year(candidate, phrase, moment.replace(year=year), zone)
            elif candidate.role:
                mention = _period_mention(candidate, phrase, discussed, moment, zone)
                if mention is None:
                    span = resolve(phrase, wanted, at)
                    mention = (
                        None
                        if span is None
                        else _mention(attrs.evolve(candidate, special=None), phrase, span)
                    )
                if mention is None and candidate.role == "year_before" and moment.year > 1:
                    # "the same period last year" with no period under discussion: the period
                    # is somewhere in the year before the report's
                    last_year = moment.replace(year=moment.year - 1, month=1, day=1)
                    mention = _report_year(candidate, phrase, last_year, zone)
            else:
                needs_span = candidate.special is None or candidate.special.type == "DATE"
                parsed = candidate.parsed
                if cued is not None:  # "between [1400] and 1600 local time": a clock, no year
                    parsed = None
                span = resolve(query, wanted, at, parsed) if needs_span else None
                told = tense
                bare = _bare_time_of_day(query)
                if told is None and bare:
                    told = tense_near(text, window, candidate.start, candidate.end)
                if span is not None and at is not None and _against_tense(span, told, moment):
                    # the story's year, not its tense; a clock time or part of the day told in
                    # the past is not on a day the story names ahead ("will speak on Thursday.
                    # Markets closed at 14:00"), nor one told in the future on a day gone
                    span = resolve(query, wanted, None, parsed)
                elif at is None and bare and told == "past" and _is_night(span):
                    # a night told in the past, with no day, is the last one before the report
                    span = resolve(query, wanted, _day_before(moment), parsed) or span
                if _this_years_period(text, candidate.start, phrase, span, told, moment):
                    coming = resolve(phrase, "future", at, parsed)
                    if coming is not None and coming.earliest_start.year == moment.year:
                        span = coming
                base = moment if at is None or not at.is_bounded else at.earliest_start
                if soon and span is not None and _a_year_back(span, base):
                    span = _just_ahead(span, resolve(query, "nearest", at, parsed), base)
                elif wanted == "future" and span is not None and _a_year_ahead(span, base):
                    if _YEARLESS.search(phrase) is not None:
                        span = _just_behind(span, resolve(query, "past", at, parsed), base)
                if (
                    opening is not None
                    and _before_opening(span, opening)
                    and not _is_clock_only(opening.text, opening.timex)  # across midnight: below
                ):
                    if wanted == "past" and resolved and resolved[-1][1] is opening and span:
                        # "marched from Monday to Thursday", "fell from October to March": the
                        # start is the last such day before the end
                        earlier = _next_to(opening.text, span, "past", zone)
                        if earlier is not None:
                            opening = attrs.evolve(opening, timex=earlier.timex, span=earlier)
                            resolved[-1] = (resolved[-1][0], opening)
                    else:  # "from Dec. 28 to Jan. 3", "will run from Monday to Thursday"
                        assert opening.span is not None
                        span = _next_to(phrase, opening.span, "future", zone) or span
                if restated is not None and span is not None and span.granularity == "day":
                    span = restated.span
                    assert span is not None
                    span = attrs.evolve(span, phrase=phrase, timex=restated.timex)
                mention = _mention(candidate, phrase, span)
            opening = mention if joined_after else None
            if mention is None:
                continue
            if mention.timex.type == "DURATION" and not candidate.special:
                mention = _with_determiner(text, mention)
            resolved.append((wanted, mention))
            if candidate.role == "" and cued is not None:
                queries[mention.start] = cued
            compared = _COMPARED_SINCE.search(text, max(0, mention.start - 60), mention.start)
            if (
                _moves_story(mention)
                and not _attributive(text, mention)
                and not _LOOKS_BACK.search(mention.text)
                and not compared
                and not _counted_from_a_day(mention, at)
            ):
                reference, reference_sentence = _named_day(mention), number
            if _is_dated(mention) and not compared:
                dated = mention.span
            quarter = _QUARTER_VALUE.fullmatch(mention.timex.value)
            if (
                quarter is not None
                and candidate.role not in ("year_before", "year_period")
                and not (candidate.role == "quarter_ended" and discussed is not None)
                and mention.span is not None
                and mention.span.latest_end <= moment
            ):  # results are told of quarters that are over ("a fourth-quarter charge" is ahead)
                discussed = int(quarter.group(1)), int(quarter.group(2))
        attached = list(_attach_clock_times(text, resolved, resolve, queries, moment))
        mentions.extend(attached)
        if reference_sentence == number:
            reference = _clock_on(reference, attached)
    return _compose(text, mentions, lambda phrase, at: resolve(phrase, prefer, at), zone)


# A document that writes its dates day first ("2 March 2022", "14/06/2021") means "02/03/2022"
# as 2 March; one that writes them month first ("March 2, 2022", "6/14/2021") as February 3.
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2(\d{4})")
_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
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


def _writes_day_first(text: str) -> bool | None:
    """Whether the text writes its dates day first (True) where a numeric date could be read
    either way; None (month first, the default) when it does not, or has no such date."""
    if not _NUMERIC_DATE.search(text):
        return None
    return len(_DAY_FIRST_SIGNS.findall(text)) > len(_MONTH_FIRST_SIGNS.findall(text)) or None


_RELATIVE_YEAR = re.compile(r"(?:this|last|next|the\s+previous|the\s+following)\s+year", re.I)
_MONTH_VALUE = re.compile(r"\d{4}-(\d\d(?:-\d\d)?)")
_YEAR_VALUE = re.compile(r"\d{4}")
_ELLIPSIS_DAY = re.compile(
    r"\s*(?:and|or|to|through|-|–)\s*(\d{1,2})(?![\d:]|[.,]\d|\s*(?:%|percent|[ap]\.?m\b))"
)


def _compose(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
    zone: tzinfo | None,
) -> list[Mention]:
    """Join what the grammar reads as two: "June [last year]", "[this year]'s third quarter",
    and add the day an ellipsis leaves bare: "April 24 and [25]"."""
    out: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        joined = None if second is None else _joined_mention(text, first, second, resolve, zone)
        if joined is not None:
            out.append(joined)
            index += 2
            continue
        leading = _leading_day(text, first, resolve)
        if leading is not None and (not out or out[-1].end <= leading.start):
            out.append(leading)  # "between [3] and 9 March 2018", "from [9] to 12 June"
        out.append(first)
        index += 1
        day = _DAY_VALUE.fullmatch(first.timex.value) and first.text[-1:].isdigit()
        ellipsis = _ELLIPSIS_DAY.match(text, first.end) if day else None
        if ellipsis is not None and (second is None or second.start >= ellipsis.end()):
            number = int(ellipsis.group(1))
            phrase = first.text.rstrip("0123456789") + ellipsis.group(1)
            span = resolve(phrase, first.span) if 1 <= number <= 31 else None
            if span is not None and span.timex.value[:7] == first.timex.value[:7]:
                where = ellipsis.start(1)
                out.append(Mention(where, ellipsis.end(1), ellipsis.group(1), span.timex, span))
    return _nights(text, out, resolve)


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
    if head is None or not _DAY_VALUE.fullmatch(first.timex.value):
        return None
    found = _LEADING_DAY.search(text, max(0, first.start - 16), first.start)
    if found is None:
        return None
    number = int(found.group(1))
    if not 1 <= number < int(head.group(1)):
        return None
    phrase = found.group(1) + first.text[head.end(1) :]
    span = resolve(phrase, first.span)
    if span is None or span.timex.value[:7] != first.timex.value[:7]:
        return None
    return Mention(found.start(1), found.end(1), found.group(1), span.timex, span)


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
        and between.strip(" ,") == ""
        and _RELATIVE_YEAR.fullmatch(second.text)
        and not any(c.isdigit() for c in first.text.split()[0])
        and not re.search(r"\d{4}", first.text)
    ):
        separator = ", " if "-" in month.group(1) else " "
        span = resolve(f"{first.text}{separator}{second.timex.value}", None)
        if span is not None:
            return Mention(first.start, second.end, whole, span.timex, span)
    quarter = _QUARTER_VALUE.fullmatch(second.timex.value)
    own_year = _YEAR_VALUE.fullmatch(first.timex.value)
    if quarter is not None and own_year is not None and POSSESSIVE.fullmatch(between):
        mention = _period_mention(
            Candidate(first.start, second.end, None, "period"),
            whole,
            (int(first.timex.value), int(quarter.group(2))),
            None,
            zone,
        )
        return mention
    return None


def _attach_clock_times(
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
    days = [
        m
        for _, m in resolved
        if m.span is not None
        and _DAY_OR_PART.fullmatch(m.timex.value)
        and not _is_clock_only(m.text, m.timex)  # "early Thursday morning", not "late at night"
    ]
    # clauses found once for the sentence: a mention's clause is the number of breaks before it
    if not resolved:
        return
    lo, hi = resolved[0][1].start, resolved[-1][1].end
    breaks = [found.start() for found in _CLAUSE_BREAK.finditer(text, lo, hi)]
    by_clause: dict[int, list[Mention]] = {}
    for day in days:
        by_clause.setdefault(bisect_left(breaks, day.start), []).append(day)
    previous: Mention | None = None
    last_clock: Mention | None = None
    for wanted, mention in resolved:
        query = queries.get(mention.start, mention.text)
        usable = by_clause.get(bisect_left(breaks, mention.start), [])
        if _ANAPHORIC_PART.match(mention.text):
            usable = [day for day in usable if day.end <= mention.start]
        span = mention.span
        if usable and _is_clock_only(mention.text, mention.timex):
            nearest = min(usable, key=lambda day: abs(day.start - mention.start))  # noqa: B023
            if not _told_before(text, mention, nearest, moment):
                span = resolve(query, wanted, _named_day(nearest)) or span
        if span is not None and (
            _ends_after_midnight(text, previous, mention, span)
            or _small_hours_after(last_clock, mention, span)
        ):
            midnight = span.earliest_start.replace(hour=0, minute=0, second=0, microsecond=0)
            after = midnight + timedelta(days=1)
            next_day = TimeSpan.crisp(after, after + timedelta(days=1), granularity="day")
            span = resolve(query, wanted, next_day) or span
        if span is not None and span is not mention.span:
            mention = attrs.evolve(mention, timex=span.timex, span=span)
        previous = mention
        if _is_clock_only(mention.text, mention.timex):
            last_clock = mention
        yield mention


def _told_before(text: str, clock: Mention, day: Mention, moment: datetime) -> bool:
    """Whether a clock time told in the past would be put on a day after the report."""
    if day.span is None or not day.span.is_bounded or day.span.earliest_start <= moment:
        return False
    window = (max(0, clock.start - _WINDOW), clock.end + _WINDOW)
    return tense_near(text, window, clock.start, clock.end) == "past"


_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|although)\s", re.IGNORECASE)


def _small_hours_after(last: Mention | None, mention: Mention, span: TimeSpan) -> bool:
    """Whether a clock time in the small hours follows one of the late evening on the same day
    in its sentence: the night went on past midnight ("polls closed at 10 p.m. and the first
    results came in shortly after midnight")."""
    if last is None or last.span is None or not span.is_bounded:
        return False
    if not _is_clock_only(mention.text, mention.timex):
        return False
    before, after = last.span.earliest_start, span.earliest_start
    return before.date() == after.date() and before.hour >= 18 and after.hour < 6


def _named_day(mention: Mention) -> TimeSpan | None:
    """The day a mention names, as the day later phrases count from: "about March 14" is
    March 14 ("at 10:22 a.m.", "later that day" are on it), not the days around it."""
    span = mention.span
    if span is None or span.is_crisp or not _DAY_VALUE.fullmatch(mention.timex.value):
        return span
    try:
        day = datetime.strptime(mention.timex.value, "%Y-%m-%d")
    except ValueError:
        return span
    zone = span.earliest_start.tzinfo
    start, end = day.replace(tzinfo=zone), (day + timedelta(days=1)).replace(tzinfo=zone)
    return TimeSpan.crisp(start, end, granularity="day", phrase=span.phrase, timex=span.timex)


def _ends_after_midnight(
    text: str, previous: Mention | None, mention: Mention, span: TimeSpan
) -> bool:
    """Whether a clock time closes a range of clock times that began later on its day."""
    if previous is None or previous.span is None or not span.is_bounded:
        return False
    if not _is_clock_only(previous.text, previous.timex):
        return False
    if not joins_range(text, previous, mention):
        return False
    return span.earliest_start < previous.span.earliest_start


_ANAPHORIC_PART = re.compile(r"(?:the|that)\s", re.IGNORECASE)
_DAY_OR_PART = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI|DT))?")  # "early Thursday morning"
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


_CURRENT = re.compile(r"\bcurrent\b", re.IGNORECASE)
_LATEST = re.compile(r"\b(?:latest|recent|just[\s-]ended)\b", re.IGNORECASE)


def _period_mention(
    candidate: Candidate,
    phrase: str,
    discussed: tuple[int, int] | None,
    anchor: datetime | None,
    zone: tzinfo | None,
) -> Mention | None:
    """ "the quarter", "a year earlier": the quarter under discussion, or that of a year before.

    "the current quarter" is the report's; "the latest quarter", when no quarter has been
    discussed, the last one over by the report's date.
    """
    here = None if anchor is None else (anchor.year, (anchor.month - 1) // 3 + 1)
    if candidate.role == "period" and here is not None and _CURRENT.search(phrase):
        discussed = here
    elif discussed is None and here is not None and _LATEST.search(phrase):
        discussed = (here[0], here[1] - 1) if here[1] > 1 else (here[0] - 1, 4)
    if discussed is None:
        return None
    year, quarter = discussed
    if candidate.role == "year_before":
        year -= 1
        quarter = candidate.quarter or quarter
    start = datetime(year, 3 * quarter - 2, 1, tzinfo=zone)
    end = datetime(year + quarter // 4, 3 * quarter % 12 + 1, 1, tzinfo=zone)
    timex = Timex("DATE", f"{year:04d}-Q{quarter}")
    span = TimeSpan.crisp(start, end, granularity="quarter", phrase=phrase, timex=timex)
    return Mention(candidate.start, candidate.end, phrase, timex, span)


_QUARTER_LENGTH = 3  # months


def _quarter_ended(
    candidate: Candidate,
    phrase: str,
    text: str,
    in_sentence: Sequence[Candidate],
    resolve: Callable[[str, Prefer, TimeSpan | None], TimeSpan | None],
    discussed: tuple[int, int] | None,
) -> Mention | None:
    """ "the quarter ended Sept. 30": the three months to the end of that day.

    Its TIMEX3 names the quarter the report is discussing ("its fiscal first quarter ended
    Sept. 30" is 1989-Q1, as the company counts), else the calendar quarter most of the three
    months fall in (a quarter ended July 31 is mostly in Q2)."""
    ended = ENDED.match(text, candidate.end)
    if ended is None:
        return None
    closing = next((c for c in in_sentence if c.start == ended.end()), None)
    if closing is None or closing.special is not None:
        return None
    told = closing_told(text, candidate, closing)
    day = resolve(text[closing.start : closing.end], told or "past", None)
    if day is None or not day.is_crisp or day.granularity != "day":
        return None
    end = day.latest_end
    months = end.year * 12 + end.month - 1 - _QUARTER_LENGTH
    year, month = months // 12, months % 12 + 1
    if year < 1:
        return None  # three months before the calendar begins
    start = end.replace(year=year, month=month, day=min(end.day, monthrange(year, month)[1]))
    middle = start + (end - start) / 2
    year, quarter = discussed or (middle.year, (middle.month - 1) // 3 + 1)
    timex = Timex("DATE", f"{year:04d}-Q{quarter}")
    span = TimeSpan.crisp(start, end, granularity="quarter", phrase=phrase, timex=timex)
    return Mention(candidate.start, candidate.end, phrase, timex, span)


def _report_year(
    candidate: Candidate, phrase: str, anchor: datetime, zone: tzinfo | None
) -> Mention:
    """ "the full year", "the current year": the year of the report."""
    year = anchor.year
    start = datetime(year, 1, 1, tzinfo=zone)
    end = datetime(year + 1, 1, 1, tzinfo=zone)
    timex = Timex("DATE", f"{year:04d}")
    span = TimeSpan.crisp(start, end, granularity="year", phrase=phrase, timex=timex)
    return Mention(candidate.start, candidate.end, phrase, timex, span)


# "the first nine months", "the six months": a period of the report told as a length keeps its
# determiner in TimeML's extent.
_DURATION_DETERMINER = re.compile(
    r"\b(?:[Tt]he\s+(?:(?:first|latest|same|comparable|full|entire|whole|initial|final|"
    r"year-earlier|year-ago)\s+)?|[Aa]nother\s+)$"
)


def _with_determiner(text: str, mention: Mention) -> Mention:
    if "-" in mention.text:
        return mention  # "the [24-hour] strike": the article is the noun's, not the length's
    found = _DURATION_DETERMINER.search(text, max(0, mention.start - 30), mention.start)
    if found is None or not mention.text[:1].isalnum() or mention.text[:1].isupper():
        return mention
    return attrs.evolve(mention, start=found.start(), text=text[found.start() : mention.end])


def _mention(candidate: Candidate, phrase: str, span: TimeSpan | None) -> Mention | None:
    if candidate.special is not None:
        keep = span if candidate.special.type == "DATE" else None
        return Mention(candidate.start, candidate.end, phrase, candidate.special, keep)
    if span is None:
        return None
    timex = span.timex
    if timex.type in ("DURATION", "SET"):
        return Mention(candidate.start, candidate.end, phrase, timex, None)
    return Mention(candidate.start, candidate.end, phrase, timex, span)
