"""Times told as recurring: "the curfew runs from [3 p.m.] to [8 a.m.] daily", "tours leave every
morning and return [around 1 p.m.]", "the ferry sails twice a week in [winter]", "temperatures
rarely fall below freezing, even in [January]". A clock time, a month or a season in a clause
that says how often something happens names no particular day or year: TIMEX3 leaves the date
open (``XXXX-XX-XXT15:00``, ``XXXX-01``, ``XXXX-WI``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import attrs

from timeline._extract._context import tense_near
from timeline._extract._habitual import in_habit
from timeline._extract._mention import Mention
from timeline._extract._phrases import CLOCK_VALUE, POSSESSIVE_S, is_clock_only
from timeline._extract._story import SMALL_HOURS_END
from timeline._extract._words import MONTH_FULL, MONTH_PREFIX, SENTENCE_POINT, WEEKDAY_PREFIX
from timeline._resolve import _lexicon as lex
from timeline._timex import Timex

__all__ = ["recurring_times", "set_at_hour", "shared_every", "shared_plural"]

# A month or a season named alone ("April", "early October", "late spring", "winter"; a season
# with its article, "the summer", as TimeML reads it alike).
_BARE_NAME = re.compile(
    rf"(?P<the>the\s+)?(?:(?:early|mid|late)[\s-]+)?"
    rf"(?P<name>{MONTH_FULL}|spring|summer|autumn|fall|winter)",
    re.IGNORECASE,
)
# Where a clause ends: a sentence's end, a semicolon, a colon, a new line (not the point of
# "Sept.", nor of "p.m." unless a capitalised word other than a day, month or zone follows:
# "at 6 a.m. Every day ..." ends, "at 6 a.m. Tuesday" does not).
_CLAUSE_END = re.compile(
    rf"(?:{SENTENCE_POINT}|[!?;:])"
    r"(?:\s|$)|\n|"
    rf"(?<=[ap]\.m\.)\s+(?=(?!(?i:{WEEKDAY_PREFIX}|{MONTH_PREFIX}))[A-Z][a-z])"
)
_REACH = 200  # characters either side searched for the clause's ends


def recurring_times(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a clock time, month or season told as recurring read as one of no
    particular day or year: a clock time with a recurrence between the commas around it ("the
    bridge is closed from 10 p.m. to 5 a.m. nightly"; not "the monthly report, released at
    8:30 a.m.,") or joined to one ("on the dock at 5 a.m., every day"), and with it the first
    end of its range; a month or season after a recurrence or governed by a word of habit
    (``_habitual.in_habit``)."""
    opened = [_open_date(m) for m in mentions]
    if not any(opened):
        return mentions
    sets = [m for m in mentions if m.timex.type == "SET"]
    if not sets and not any(t is not None and t.type == "DATE" for t in opened):
        return mentions  # clock times recur only with a recurrence
    set_starts = [m.start for m in sets]
    out: list[Mention] = []
    for index, (mention, timex) in enumerate(zip(mentions, opened, strict=True)):
        if timex is not None:
            low, high = _clause(text, mention)
            if timex.type == "TIME":
                near = _segment(text, mention, low, high)
                after = mentions[index + 1] if index + 1 < len(mentions) else None
                if _has_set(text, mention, *near, sets, set_starts) or _at_a_recurrence(
                    text, mention, out[-1] if out else None, after
                ):
                    mention = attrs.evolve(mention, timex=timex, span=None)
            elif _told_as_a_rule(text, mention, out):
                mention = attrs.evolve(mention, timex=timex, span=None)
        out.append(mention)
    return _first_ends_undated(text, out)


def _at_a_recurrence(
    text: str, mention: Mention, before: Mention | None, after: Mention | None
) -> bool:
    """Whether a clock time is joined to a recurrence, or to a clock time of one, right before
    or after it ("every evening between 6pm and [midnight]", "at [5 a.m.], every day")."""
    if not _is_clock(mention):
        return False
    if before is not None and _recurs(before) and _joined_at(text, before, mention):
        return True
    return (
        after is not None
        and after.timex.type == "SET"
        and not after.timex.value.startswith("PT")  # "At 5 a.m., every minute counted"
        and not POSSESSIVE_S.match(text, after.end)  # "At 5 a.m., every day's work was lost"
        and _joined_at(text, mention, after)
    )


def _recurs(mention: Mention) -> bool:
    """A recurrence, or a clock time of one (no particular day)."""
    return mention.timex.type == "SET" or mention.timex.value.startswith("XXXX-XX-XXT")


def _first_ends_undated(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the first end of a range of clock times whose last end is a clock
    time of a recurrence made one too ("from [9 a.m.] to 5 p.m. daily")."""
    out = list(mentions)
    for index in range(len(out) - 2, -1, -1):
        first, last = out[index], out[index + 1]
        if (
            last.timex.value.startswith("XXXX-XX-XXT")
            and _is_clock(first)
            and _RANGE_GAP.fullmatch(text, first.end, last.start) is not None
        ):
            out[index] = _undated(first)
    return out


# What joins a recurrence to the clock times it is at: "every evening between [6pm] and
# [midnight]", "daily at [9 a.m.]", "every Monday from [10:00] to [12:00]", "at [5 a.m.] every
# day".
_AT_TIMES = re.compile(
    r"\s*,?\s*(?:(?:at|on|between|from|and|to|until|till|through|-|–)\s*)*", re.IGNORECASE
)
# What joins the two ends of a range of clock times: "from [9 a.m.] to [5 p.m.] daily".
_RANGE_GAP = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.IGNORECASE)
# A clock time said as one ("9 p.m.", "18:00", "noon"), not a shift from another ("Two hours
# later", "90 minutes after"): only a clock time is at a recurrence.
_CLOCK_WORDS = re.compile(r"\d|\b(?:noon|midnight|midday)\b", re.IGNORECASE)
_SHIFT_WORDS = re.compile(r"\b(?:hours?|minutes?|seconds?|later|earlier|ago)\b", re.IGNORECASE)


def _is_clock(mention: Mention) -> bool:
    return (
        CLOCK_VALUE.fullmatch(mention.timex.value) is not None
        and is_clock_only(mention.text, mention.timex)
        and _CLOCK_WORDS.search(mention.text) is not None
        and _SHIFT_WORDS.search(mention.text) is None
    )


def _joined_at(text: str, first: Mention, second: Mention) -> bool:
    """Whether ``first`` and ``second`` are a recurrence and a clock time it is at, in either
    order, in one sentence."""
    return _AT_TIMES.fullmatch(text, first.end, second.start) is not None and not (
        first.text.endswith(".") and second.text[:1].isupper()  # a sentence's end between
    )


def _undated(mention: Mention) -> Mention:
    """A clock time of no particular day: ``XXXX-XX-XXT21:00``."""
    clock = CLOCK_VALUE.fullmatch(mention.timex.value)
    assert clock is not None  # (the callers checked _is_clock)
    timex = Timex("TIME", f"XXXX-XX-XX{clock.group(1)}", mention.timex.mod)
    return attrs.evolve(mention, timex=timex, span=None)


def _open_date(mention: Mention) -> Timex | None:
    """What the mention is as a time of no particular date (None when it is no clock time,
    month or season named alone)."""
    timex = mention.timex
    if timex.type == "TIME" and mention.span is not None and is_clock_only(mention.text, timex):
        clock = CLOCK_VALUE.fullmatch(timex.value)
        return None if clock is None else Timex("TIME", f"XXXX-XX-XX{clock.group(1)}", timex.mod)
    if timex.type != "DATE" or mention.span is None:
        return None
    bare = _BARE_NAME.fullmatch(mention.text)
    if bare is None:
        return None
    name = bare["name"].lower()
    if bare["the"] and name not in lex.SEASONS:
        return None  # (no month is named with "the")
    if name in lex.SEASONS:
        if not timex.value.endswith(lex.SEASONS[name]):
            return None
        return Timex("DATE", f"XXXX-{lex.SEASONS[name]}", timex.mod)
    if name == "may" and bare["name"][0] == "m":
        return None  # the modal verb
    return Timex("DATE", f"XXXX-{lex.MONTHS[name]:02d}", timex.mod)


def _told_as_a_rule(text: str, mention: Mention, before: list[Mention]) -> bool:
    """Whether a month or season is told as what happens as a rule: with an adverb of
    frequency governing it in its clause (``_habitual.in_habit``: "flu usually peaks in late
    winter", "snow seldom falls before late December") or right after a set ("sails twice a
    week in winter"); not as the start
    or end of a stretch ("from September", "since early March", "until mid-August", "between
    October and December"), nor a month right after a set of days, weeks or months in a clause
    told in the past ("marched twice a week in January until the government fell": that January; but
    "visited twice a year in August" recurs)."""
    if _BOUND_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return False
    if (
        before
        and before[-1].timex.type == "SET"
        and _IN.fullmatch(text, before[-1].end, mention.start)
        and not _once_in_a_particular_month(text, before[-1], mention)
    ):
        return True
    return in_habit(text, mention)  # "usually meets in March" (the habit's word in its clause)


def _once_in_a_particular_month(text: str, recurrence: Mention, month: Mention) -> bool:
    """Whether a month or season after a recurrence inside it, told in the past, is one
    particular month: "marched twice a week in January until the government fell" (with a
    recurrence of a year or more, "visited twice a year in August", it recurs)."""
    return (
        not recurrence.timex.value.endswith(("Y", "DE", "CE"))
        and tense_near(text, _clause(text, month), month.start, month.end) == "past"
    )


# A month that opens or closes a stretch, or one end of a range ("from May through October").
_BOUND_BEFORE = re.compile(
    r"\b(?:from|since|until|till|through|by|starting|between|to|and)\s+(?:(?:the\s+)?"
    r"(?:early|mid|late)[\s-]+)?\Z",
    re.IGNORECASE,
)
_IN = re.compile(r"\s+(?:in|during)\s+(?:the\s+)?", re.IGNORECASE)


def _clause(text: str, mention: Mention) -> tuple[int, int]:
    low = max(0, mention.start - _REACH)
    # (searched up to the mention's end: an end after "p.m." looks ahead at the next word)
    ends = [e for e in _CLAUSE_END.finditer(text, low, mention.end) if e.end() <= mention.start]
    start = ends[-1].end() if ends else low
    after = _CLAUSE_END.search(text, mention.end, mention.end + _REACH)
    end = after.start() if after is not None else min(len(text), mention.end + _REACH)
    return start, end


def _has_set(
    text: str, mention: Mention, low: int, high: int, sets: list[Mention], starts: list[int]
) -> bool:
    """Whether a recurrence the clock time can keep is in ``text[low:high]`` (the stretch
    between the commas around it): not one qualifying a noun ("[the daily] briefing", "the
    monthly report") nor one of minutes or hours ("Every minute counted")."""
    return any(
        s.end <= high
        and s is not mention
        and not s.timex.value.startswith("PT")
        and _DETERMINER_BEFORE.search(text, max(0, s.start - 8), s.start) is None
        for s in sets[bisect_left(starts, low) : bisect_right(starts, high)]
    )


_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|its|their|his|her|our)\s+\Z")


def _segment(text: str, mention: Mention, low: int, high: int) -> tuple[int, int]:
    """The stretch of the clause between the commas around the mention."""
    left = text.rfind(",", low, mention.start)
    right = text.find(",", mention.end, high)
    return (low if left < 0 else left + 1), (high if right < 0 else right)


# "every Monday and Wednesday", "each Tuesday, Thursday and Saturday morning": the days after
# the first share its "every".
_EVERY = re.compile(r"(?:every|each)\s", re.IGNORECASE)
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)", re.IGNORECASE)
_WEEKDAY_PART = re.compile(
    r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


def shared_every(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the weekdays listed after "every Monday" ("every Monday and
    [Wednesday]", "every Tuesday and [Thursday morning]") read as recurring like the first
    (``XXXX-WXX-3``, ``XXXX-WXX-4TMO``), not as the nearest such day."""
    out: list[Mention] = []
    listing = False  # whether the last mention is a set of weekdays opened by "every"
    for mention in mentions:
        if listing and _LISTED.fullmatch(text, out[-1].end, mention.start):
            day = _WEEKDAY_PART.fullmatch(mention.text)
            if (
                day is not None
                and mention.timex.type in ("DATE", "TIME")
                and text[mention.end : mention.end + 1] not in ("'", "’")  # "Saturday's edition"
            ):
                value = f"XXXX-WXX-{lex.WEEKDAYS[day['day'].lower()] + 1}"
                if day["part"]:
                    value += "T" + lex.PART_CODES[day["part"].lower()]
                mention = attrs.evolve(mention, timex=Timex("SET", value), span=None)
                out.append(mention)
                continue
        listing = (
            mention.timex.type == "SET"
            and _EVERY.match(mention.text) is not None
            and mention.timex.value.startswith("XXXX-WXX-")
        )
        out.append(mention)
    return out


def shared_plural(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the weekdays listed before a plural one ("on [Monday] and Tuesday
    nights", "[Saturday], [Sunday] and Monday evenings") read as recurring like it: the plural
    tells of them all (``XXXX-WXX-1TNI``), not of the nearest Monday."""
    out = list(mentions)
    for index in range(len(out) - 2, -1, -1):  # from the end: a list reaches back
        mention, after = out[index], out[index + 1]
        if after.timex.type != "SET" or mention.timex.type not in ("DATE", "TIME"):
            continue
        day = _WEEKDAY_PART.fullmatch(mention.text)
        recurring = _RECURRING_DAY.fullmatch(after.timex.value)
        # the plural, or a weekday of the list already read as it
        listed = after.text[-1:].lower() == "s" or _WEEKDAY_PART.fullmatch(after.text)
        if (
            day is None
            or day["part"]
            or recurring is None
            or not listed
            or not _LISTED.fullmatch(text, mention.end, after.start)
        ):
            continue
        value = f"XXXX-WXX-{lex.WEEKDAYS[day['day'].lower()] + 1}{recurring['part'] or ''}"
        out[index] = attrs.evolve(mention, timex=Timex("SET", value), span=None)
    return out


_RECURRING_DAY = re.compile(r"XXXX-WXX-[1-7](?P<part>T(?:MO|AF|EV|NI))?")


# "every morning at 9", "each evening at 7:30": a part of the day that recurs, with a bare hour.
_SET_PART = re.compile(r"(?:every|each)\s+(?P<part>morning|afternoon|evening|night)", re.IGNORECASE)
_AT_HOUR = re.compile(
    r"\s+at\s+(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?(?![\w:.,]\w|\s*[ap]\.?m\b)"
    r"(?:\s+o['’]clock\b)?"  # "every evening at 8 o'clock": the hour of the evening
)


def set_at_hour(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a recurring part of the day followed by a bare hour read as that
    hour recurring: "every morning at 9" is ``XXXX-XX-XXT09:00``, "every evening at 7:30"
    ``XXXX-XX-XXT19:30``, "every evening at 8 o'clock" ``XXXX-XX-XXT20:00`` (an hour with
    "a.m." or "p.m." is a clock time of its own)."""
    out: list[Mention] = []
    taken = -1  # the end of a bare hour read into the set before it ("at [6:30]")
    for index, mention in enumerate(mentions):
        if mention.end == taken:
            continue
        part = _SET_PART.fullmatch(mention.text) if mention.timex.type == "SET" else None
        at = _AT_HOUR.match(text, mention.end) if part is not None else None
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            part is not None
            and at is not None
            and (
                following is None
                or following.start >= at.end()
                or (following.start == at.start("hour") and following.end == at.end())
            )
        ):
            taken = at.end()
            hour = int(at["hour"]) % 12
            if part["part"].lower() != "morning" and not (
                part["part"].lower() == "night" and hour < SMALL_HOURS_END
            ):
                hour += 12
            value = f"XXXX-XX-XXT{hour:02d}:{at['minute'] or '00'}"
            mention = attrs.evolve(
                mention,
                end=at.end(),
                text=text[mention.start : at.end()],
                timex=Timex("SET", value),
            )
        out.append(mention)
    return out
