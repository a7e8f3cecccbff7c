"""Where a date without a year is placed: the preference (past, future, nearest) its clause
gives it — by tense, by the words before it ("until", "since", "postponed until"), and by the
range it is one end of."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo
from functools import partial
from typing import Literal

from timeline._errors import TimelineError
from timeline._extract._candidates import Candidate, grammar_entries
from timeline._extract._caseless import Caseless
from timeline._extract._context import Tense, tense_near
from timeline._extract._mention import Mention
from timeline._extract._words import MONTH_PREFIX, PRICE_TAKEN_ON, WEEKDAY, WEEKDAY_PREFIX
from timeline._span import TimeSpan

__all__ = [
    "ENDED",
    "FEW_DAYS",
    "POSSESSIVE",
    "Prefer",
    "WINDOW",
    "a_year_ahead",
    "a_year_back",
    "against_tense",
    "before_opening",
    "closing_told",
    "days_ahead",
    "in_story_year",
    "joins_range",
    "just_ahead",
    "just_behind",
    "next_to",
    "placement",
    "said_behind",
    "story_to_report",
    "told_as_before",
]

Prefer = Literal["past", "future", "nearest"]
_PREFER_FOR: dict[Tense, Prefer] = {"past": "past", "future": "future", "present": "nearest"}
POSSESSIVE = re.compile(r"['’]s\s+")
ENDED = re.compile(r"[\s-]+(?:ended|ending)\s+")


def placement(
    text: str,
    window: tuple[int, int],
    sentence: Sequence[Candidate],
    position: int,
    prefer: Prefer,
    in_range: bool,
    near: Callable[[], Tense | None] | None = None,
) -> tuple[Tense | None, Prefer]:
    """The tense of the clause around ``sentence[position]`` and where the date it names lies
    (``prefer`` when nothing says); ``in_range`` when it is one end of a range. ``near``, when
    given, is the candidate's :func:`tense_near` in ``window``, for the caller to ask once."""
    candidate = sentence[position]
    phrase = text[candidate.start : candidate.end]
    placed = candidate.special is None and _PLACED.search(phrase)
    if near is None:
        near = partial(tense_near, text, window, candidate.start, candidate.end)
    tense = near() if placed else None
    wanted = prefer if tense is None else _PREFER_FOR.get(tense, prefer)
    before = max(0, candidate.start - 60)
    if (
        wanted == "past"
        and _FORWARD.search(text, max(0, candidate.start - 24), candidate.start)
        and not _PERIOD_TO.search(text, max(0, candidate.start - 24), candidate.start)
        and not in_range
        and not POSSESSIVE.match(text, candidate.end)  # "to December's figures"
        and not (tense == "past" and _DONE_BY.match(text, candidate.end, window[1]))
    ):
        wanted = "nearest"  # "was extended to Nov. 16", "payable Dec. 1": a term ahead
    lead = text[before : candidate.start].lower()  # for the cheap tests before the patterns
    if (
        wanted == "nearest"
        and tense != "past"
        and any(word in lead for word in _LASTING_WORDS)
        and _LASTS_UNTIL.search(text, max(window[0], before), candidate.start)
        and not _PERIOD_TO.search(text, max(0, candidate.start - 24), candidate.start)
        and not _TOLD_AS_A_HABIT_OR_THEN.search(text, candidate.end, window[1])
    ):
        wanted = "future"  # "would keep them operating through Sept. 30": a term still ahead
    if any(word in lead for word in _PUT_OFF_WORDS) and _DEFERRED.search(
        text, before, candidate.start
    ):
        wanted = "future"
    if ("til" in lead or "before" in lead) and _COUNTDOWN.search(
        text, max(0, candidate.start - 60), candidate.start
    ):
        wanted = "future"  # "with less than three weeks until Election Day": counted down to
    closing = closing_told(text, sentence[position - 1], candidate) if position else None
    if closing is not None:
        wanted = closing  # "the quarter ending Dec. 31": the date as the quarter reads it
    if _TERM_NOUN.match(text, candidate.end):
        wanted = "nearest"  # "by setting a Jan. 14 return date": a term, the nearest such day
    if "since" in lead and _SINCE.search(text, max(0, candidate.start - 40), candidate.start):
        wanted = "past"  # "since the Oct. 23 slaying": before the report, whatever the tense
    if lead.endswith("on ") and _PRICE_ON.search(text, before, candidate.start):
        wanted = "past"  # "will pay a premium to the closing price on Thursday": a price taken
    if _REPORTING_PERIOD.search(phrase):
        wanted = "past"  # "expects to report third-quarter results": the quarter is over
    if _WEEKDAY.search(phrase) and _MONTH_DAY.search(phrase):
        wanted = "nearest"  # "Saturday, April 25": the one nearest the report
    if (
        tense is None
        and wanted == "past"
        and _BARE_WEEKDAY.fullmatch(phrase)
        and text[candidate.end : candidate.end + 1] not in ("'", "’")
    ):
        # "Arafat and Albright meet Monday": no tense, the nearest ("Thursday's close", an
        # event already named, stays behind)
        wanted = "nearest"
    return tense, wanted


def closing_told(text: str, before: Candidate, candidate: Candidate) -> Prefer | None:
    """How the date closing "the quarter ended/ending ..." is placed: a quarter "ended" is
    over, one "ending" may be ahead (None when ``candidate`` closes no quarter)."""
    if before.role != "quarter_ended":
        return None
    ended = ENDED.match(text, before.end)
    if ended is None or ended.end() != candidate.start:
        return None
    return "past" if "ended" in ended.group() else "nearest"


# Words after which a date is a term or deadline, ahead of the report as often as not.
_FORWARD = Caseless(
    r"\b(?:as\s+(?:early|soon|late)\s+as|no\s+later\s+than|by|to|until|till|through|thru|"
    r"record|payable|effective|effect|due|expires?|expiring|(?:record|payable)\s+(?:on|as\s+of)|"
    r"on\s+the\s+register\s+(?:on|at|as\s+at)|"  # "to shareholders on the register on 1 Nov."
    r"deadline|starting|beginning|from|completed|scheduled|set|for|"
    # "starting at 6 a.m. Tuesday", "effective on Monday"
    r"(?:starting|beginning|effective|due|scheduled)\s+(?:at|on))\s+"
    r"(?:at\s+(?:least|the\s+earliest)\s+)?(?:the\s+)?$"  # "until at least Wednesday"
)
# A date set before the noun of a term names the term's day, ahead as often as behind: "a Jan.
# 14 deadline", "the March 1 target date", "missed the Tuesday deadline".
_TERM_NOUN = re.compile(
    r"\s+(?:deadlines?\b|(?:return|target|due|start|starting|closing|expiry|expiration|"
    r"filing|delivery|completion|launch|release|cutoff|cut-off|effective)\s+dates?\b)",
    re.IGNORECASE,
)
# ... but not a deed done by then, told in the past perfect: "By May it had lost money" is
# before the report ("had until May 1 to leave", "had been extended to May" are terms).
_DONE_BY = re.compile(
    r"[^.;:!?]{0,40}?\bhad\s+(?:already\s+|not\s+|never\s+|just\s+)?(?!been\b|until\b|till\b)"
    r"(?:[a-z]+(?:ed|en)|lost|won|left|fled|spent|sold|made|paid|built|found|fallen|begun|run|"
    r"become|grown|risen|gone|come|seen|done|taken)\b",
    re.IGNORECASE,
)
# ... but not the end of a period counted back from it: "rose 4 percent in the 12 months to
# March", "the year to June", "the three months through September".
_PERIOD_TO = re.compile(
    r"\b(?:years?|months?|quarters?|weeks?|days?|period)\s+(?:to|through|thru|ended|ending)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# ... and a state that lasts from the telling until a term, told as a conditional or in the
# present, has its term ahead: "the measure would keep nine departments operating through Sept.
# 30", "the border remains closed until March 1" (not "would have lasted until March"), "buyers
# have until Jan. 5 to return it".
_LASTING_WORDS = ("would", "remain", "stay", "has", "have")
# (not a habit, nor a term told on a day named: "would stay open until Sept. 30 each year",
# "would run through March 1, he said in January")
_TOLD_AS_A_HABIT_OR_THEN = re.compile(
    r"\b(?:each|every)\s+year\b|\bannually\b|\b(?:said|told|announced)\s+(?:\w+\s+)?(?:in|on|last)\b",
    re.IGNORECASE,
)
_LASTS_UNTIL = re.compile(
    r"\b(?:would(?!\s+have\b)|remains?|stays?)\s[^.;:!?\"“”]{0,50}?"
    r"\b(?:until|till|through|thru)\s+(?:at\s+least\s+)?(?:the\s+)?$|"
    # a term given: "customers have until Dec. 31 to claim a refund" (not "had until")
    r"\bha(?:s|ve)\s+(?:only\s+|just\s+)?(?:until|till)\s+$",
    re.IGNORECASE,
)
# ... unless it is one end of a range: "bought from Sept. 14 to Thursday", "shut from Jan. 5 to
# Jan. 9" are told in the tense of their clause, both ends alike.
_RANGE_END = re.compile(r"\s*(?:[-–—]|to|through|thru|until|till|and)\s*(?:the\s+)?", re.I)
# A time counted down to lies ahead of the telling: "with three weeks until Election Day", "ten
# days till Christmas".
_COUNTDOWN = re.compile(
    r"\b(?:with|it['’]s|it\s+is|there\s+are)\s+(?:(?:less|fewer|more)\s+than\s+|just\s+|only\s+|"
    r"about\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+"
    r"(?:days?|weeks?|months?|hours?)\s+(?:left\s+)?(?:until|till|before)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A date something was put off or extended to lies ahead of when that was done: "postponed until
# Tuesday morning", "extended the offer to Nov. 16", "postponed for the fall".
_PUT_OFF = (
    r"postponed|delayed|deferred|adjourned|put\s+(?:off|back)|pushed\s+back|rescheduled|moved"
)
# (single words, so that a line break inside "pushed back" does not hide it)
_PUT_OFF_WORDS = ("postpon", "delay", "defer", "adjourn", "put", "push", "resched", "moved",
                  "extended")  # fmt: skip
_DEFERRED = re.compile(
    rf"\b(?:{_PUT_OFF}|extended)\b[^.;!?]{{0,30}}?\b(?:until|till|to|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def joins_range(text: str, first: Candidate | Mention, second: Candidate | Mention) -> bool:
    """Whether two candidates are the ends of one range: "from Jan. 5 to Jan. 9", "Sept. 28 -
    Oct. 2", "through", "until" ("a revision Friday to December's figures" is no range)."""
    connective = _RANGE_END.fullmatch(text, first.end, second.start)
    if connective is None or _recurs(first) or _recurs(second):
        return False  # "every other Tuesday until mid-August": a recurrence bounded, no range
    word = connective.group().strip().lower()
    opener = _OPENER.search(text, max(0, first.start - 12), first.start)
    if word == "and":  # "between Oct. 5 and Nov. 3"
        return opener is not None and opener.group(1).lower() == "between"
    if word != "to":
        return True
    if opener is not None and opener.group(1).lower() == "from":
        # "moved from Oct. 20 to Nov. 3": a date left for another, not a stretch of time
        return not _MOVED.search(text, max(0, first.start - 40), first.start)
    return _shape(text[first.start : first.end]) == _shape(text[second.start : second.end])


def _recurs(found: Candidate | Mention) -> bool:
    """Whether a candidate or mention is a recurrence (a SET), which no range starts or ends."""
    timex = found.timex if isinstance(found, Mention) else found.special
    return timex is not None and timex.type == "SET"


_OPENER = re.compile(r"\b(from|between)\s+(?:the\s+)?$", re.IGNORECASE)
_MOVED = re.compile(
    rf"\b(?:{_PUT_OFF}|changed|shifted|switched)\b[^.;!?]{{0,25}}?\bfrom\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _shape(phrase: str) -> str:
    """What kind of name a phrase is, to tell the ends of a range ("January to March", both
    months) from a date and what it is sent to ("Friday to December's figures")."""
    shape = _WEEKDAY.sub("W", _MONTH_NAME.sub("M", phrase))
    return re.sub(r"\d+", "0", shape)


_SINCE = re.compile(r"\b(?i:since)\s+(?:[\w'’-]+\s+){0,3}$")
# Names placed in time by the tense of their clause: months, weekdays, seasons, quarters,
# holidays, a day by its number alone ("on the 28th") (other phrases resolve the same whatever
# ``prefer`` is).
_PLACED = Caseless(
    rf"{MONTH_PREFIX}|{WEEKDAY_PREFIX}|"
    r"spring|summer|autumn|fall|winter|quarter|half|\bH[12]\b|\bQ[1-4]\b|christmas|easter|"
    r"thanksgiving|eve|"
    r"day|week|night|morning|afternoon|evening|new\s+year|"
    r"\d(?:st|nd|rd|th)\b"
)
_PRICE_ON = re.compile(PRICE_TAKEN_ON, re.IGNORECASE)
# Reporting periods are told after they have begun, whatever the tense of the report.
_REPORTING_PERIOD = re.compile(r"\b(?:quarter|half|H[12]|Q[1-4])\b", re.IGNORECASE)
# A weekday with at most a clock time or a part of the day: "Friday", "10 a.m. Friday",
# "Monday morning".
_BARE_WEEKDAY = re.compile(
    r"(?i:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+)?"
    f"(?i:{WEEKDAY})"
    r"(?i:\s+(?:morning|afternoon|evening|night))?"
)
_WEEKDAY = re.compile(rf"\b(?i:{WEEKDAY_PREFIX})[a-z]*\b")
_MONTH_NAME = re.compile(rf"\b(?i:{MONTH_PREFIX})[a-z]*\.?")
_MONTH_DAY = re.compile(_MONTH_NAME.pattern + r"\s+\d{1,2}\b")


WINDOW = 80


def before_opening(span: TimeSpan | None, opening: Mention) -> bool:
    """Whether a range's end, as resolved, begins before its start does."""
    start = opening.span
    if span is None or start is None or not (span.is_bounded and start.is_bounded):
        return False
    return span.earliest_start < start.earliest_start


def next_to(phrase: str, other: TimeSpan, side: Prefer, zone: tzinfo | None) -> TimeSpan | None:
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


_AHEAD = timedelta(days=45)


def a_year_back(span: TimeSpan, anchor: datetime) -> bool:
    """Whether the same date a year later could be only days ahead of the report."""
    return span.is_bounded and anchor - span.earliest_start > _YEAR_LESS_AHEAD


_YEAR_LESS_AHEAD = timedelta(days=45) - _AHEAD - timedelta(days=3)


def just_ahead(past: TimeSpan, nearest: TimeSpan | None, anchor: datetime) -> TimeSpan:
    """A date without a year in a clause without tense: the past one, unless the coming one is
    only days ahead of the report, or of the story's time ("Congress: back Jan. 24" told on
    Jan. 13)."""
    if nearest is None or not nearest.is_bounded or nearest.earliest_start <= anchor:
        return past
    return nearest if nearest.earliest_start - anchor <= _AHEAD else past


def days_ahead(past: TimeSpan, nearest: TimeSpan | None, anchor: datetime) -> TimeSpan:
    """A date without a year told in the past: the past one, unless the same date is only a
    few days ahead of the report ("voters went to the polls in the June 8 election", told on
    June 5): a report tells of its own days, seldom of a date a year gone by without its year.
    A time of day is no such date: its day is the story's ("called the race shortly after 11
    p.m." in the evening before the report is not the evening after)."""
    if nearest is None or not nearest.is_bounded or nearest.earliest_start <= anchor:
        return past
    if past.granularity in _TIMES_OF_DAY:
        return past
    return nearest if nearest.earliest_start - anchor <= FEW_DAYS else past


# (six days ahead, "prepared the report on March 3" stays a year back)
FEW_DAYS = timedelta(days=5)
_TIMES_OF_DAY = frozenset({"part_of_day", "hour", "minute", "second"})
_BEHIND_BEFORE = re.compile(r"\b(?:since|ended)\s+(?:the\s+)?$", re.IGNORECASE)


def said_behind(text: str, start: int) -> bool:
    """Whether the word just before ``text[start:]`` puts a date behind the report, whatever
    else the clause says: "since the June 8 vote", "the quarter ended Oct. 31"."""
    return _BEHIND_BEFORE.search(text, max(0, start - 12), start) is not None


def in_story_year(
    past: TimeSpan, later: TimeSpan | None, story: TimeSpan, anchor: datetime
) -> TimeSpan:
    """A date without a year placed behind the story's time, in the year before the story's:
    the same date in the story's own year instead, when that is after the story's time but
    not after the report ("began on 3 April and ended on 17 October", told in December: the
    October after that April, not the one before it)."""
    if (
        later is None
        or not (later.is_bounded and past.is_bounded and story.is_bounded)
        or past.earliest_start.year >= story.earliest_start.year
        or later.earliest_start.year != story.earliest_start.year
        or later.earliest_start < story.earliest_start
        or later.latest_end > anchor
    ):
        return past
    return later


def told_as_before(text: str, window: tuple[int, int], start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` is in the past perfect ("had begun on
    17 October"): a flashback, before the time the story is on."""
    return _FLASHBACK.search(text, window[0], min(window[1], end + 30)) is not None


_FLASHBACK = re.compile(r"\b(?:had|hadn['’]t)\b(?!\s+to\b)", re.IGNORECASE)


def story_to_report(story: TimeSpan, anchor: datetime) -> TimeSpan | None:
    """The rest of the story's year up to the report's time, as a reference that a date
    without a year is placed nearest to (None when the story is not behind the report)."""
    if not story.is_bounded or story.earliest_start >= anchor:
        return None
    start = story.earliest_start
    if start.year >= 9999:
        return None
    year_end = start.replace(year=start.year + 1, month=1, day=1, hour=0, minute=0, second=0,
                             microsecond=0)  # fmt: skip
    return TimeSpan.crisp(start, min(anchor, year_end), granularity="day")


def a_year_ahead(span: TimeSpan, anchor: datetime) -> bool:
    """Whether a date is placed most of a year after the report."""
    return span.is_bounded and span.earliest_start - anchor > _MOST_OF_A_YEAR


def just_behind(future: TimeSpan, past: TimeSpan | None, anchor: datetime) -> TimeSpan:
    """A date without a year in a clause about the future: the coming one, unless the same
    date was only days ago ("will set out the plan on March 15, a week after the budget on
    March 8", told on March 14): a date a year ahead is far rarer in news than one just past."""
    if past is None or not past.is_bounded or past.latest_end > anchor:
        return future
    return past if anchor - past.latest_end <= _RECENT else future


_MOST_OF_A_YEAR = timedelta(days=300)
_RECENT = timedelta(days=14)


def against_tense(span: TimeSpan, tense: Tense | None, anchor: datetime) -> bool:
    """Whether a date placed near the story contradicts its clause: a past-tense clause about
    a time after the report, or a future one about a time before it."""
    if not span.is_bounded:
        return False
    if tense == "past":
        return span.earliest_start > anchor
    if tense == "future":
        return span.latest_end <= anchor
    return False
