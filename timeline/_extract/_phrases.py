"""What a phrase's own words say about how it is read: whether it counts from the story
("the next day", "at 6 a.m."), names a day, has no year, shifts from a date, or is a date
naming an event ("the Dec. 21 bombing")."""

from __future__ import annotations

import re

import attrs

from timeline._extract._caseless import Caseless
from timeline._extract._mention import Mention
from timeline._extract._words import (
    HHMM,
    MONTH,
    MONTH_FULL,
    MONTH_PREFIX,
    PRICE_TAKEN_ON,
    WEEKDAY,
    WEEKDAY_PREFIX,
)
from timeline._timex import Timex

__all__ = [
    "ATTACKS_OF_2001",
    "APPOSED",
    "BARE_MONTH_NAME",
    "CLOCK_VALUE",
    "CLOCK_SHIFT",
    "ANAPHORIC_DETERMINER",
    "ANAPHORIC_STEP",
    "COARSE_ANAPHOR",
    "COMPARED_SINCE",
    "LATER_ON",
    "LOOKS_BACK",
    "PAIRED",
    "POSSESSIVE_S",
    "RESTATING",
    "SHIFT",
    "STORY_PERIOD",
    "YEARLESS",
    "attributive",
    "bare_time_of_day",
    "follows_story",
    "is_clock_only",
    "is_yearless",
    "with_determiner",
]

_HAS_DAY = re.compile(
    rf"\d{{1,2}}/\d{{1,2}}|\d{{4}}-\d\d|\b(?:{MONTH_PREFIX}|{WEEKDAY_PREFIX}|"
    r"today|yesterday|tomorrow|tonight|days?\b|week|month|year)",
    re.IGNORECASE,
)


YEARLESS = re.compile(
    rf"^(?!.*\d{{4}}).*(?:\b{MONTH_PREFIX}|spring|summer|autumn|"
    r"fall|winter|quarter|half|christmas|thanksgiving|easter|halloween|juneteenth|"
    r"(?:election|labor|memorial|independence|veterans|inauguration|boxing|columbus)\s+day)",
    re.IGNORECASE,
)
_YEARLESS = Caseless(YEARLESS.pattern)  # (asked of every candidate: lower case is faster)


def is_yearless(phrase: str) -> bool:
    """Whether ``phrase`` names a date without a year: ``YEARLESS.search(phrase)``, faster."""
    return _YEARLESS.search(phrase)


#: The words that step from the story's time to the one after or before it ("the following
#: week", "the preceding year"), and the determiners that point back to a time told:
#: "that", "the same" or "the" and a step. Every rule that reads an anaphoric phrase builds
#: on these (_compose's restated days and story periods, "April of that year").
ANAPHORIC_STEP = r"following|next|previous|preceding|prior"
ANAPHORIC_DETERMINER = rf"(?:that|the\s+(?:same|{ANAPHORIC_STEP}))"
_ANAPHORIC = re.compile(
    rf"\b(?:{ANAPHORIC_STEP}|that|same|later|earlier|before|after|then|mid-?week)\b|"
    rf"\b[Tt]he\s+(?-i:{WEEKDAY})\Z",  # "on the Sunday": the Sunday of the story
    re.IGNORECASE,
)
BARE_MONTH_NAME = re.compile(MONTH_FULL)
PAIRED = re.compile(r"\s*,?\s+(?:and|or)\s+|\s*,\s*")
# "the Sept. 11 attacks", "since the September 11 terrorist attacks": the day of 2001 they name
# (not after "on": "On Sept. 11 attacks on convoys rose" tells when attacks rose)
ATTACKS_OF_2001 = re.compile(
    r"(?<!\b[Oo]n\s)(?i:sept(?:ember|\.)?)\s+11"
    r"(?=(?:\s+(?:terrorist|terror|suicide))?\s+(?:attacks?|hijackings)\b)"
)
LATER_ON = re.compile(r"\s(?i:on)$")  # "Twenty years on, ...": later than the story
_TIME_OF_DAY = Caseless(
    r"\b(?:day|night|morning|afternoon|evening|overnight|dawn|dusk|noon|midnight|hours?|"
    r"daybreak|sunrise|sunset|nightfall|midday|first\s+light|lunchtime)\b|o['’]clock\b|"
    r"\d:\d|\b[ap]\.?m\b|"
    # four-digit clocks with their cue ("0340 local time", "2215Z"; not years) and spoken ones
    # ("ten past one", "a quarter to five"; not "the past two years", "up to 10 days")
    rf"\b0\d[0-5]\d\b|\b{HHMM}\s*(?:h|hrs?|hours|local|z|lt|gmt|utc)\b|"
    r"\b(?:past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|"
    r"midnight|\d{1,2})\b(?!\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|"
    r"quarters?|centur))"
)
_NAMED_DAY = Caseless(
    rf"\b(?:{MONTH}|mon(?:day)?|tue(?:s(?:day)?)?|"
    r"wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|"
    r"yesterday|tomorrow|tonight|christmas|thanksgiving|easter|eve|new\s+year|election)\b"
)


# A part of "the week", "the month", "the year" is the story's while the story's day is fresh:
# "On Feb. 1 he said it would arrive by the end of the month" is February's end.
STORY_PERIOD = re.compile(
    r"\b(?:end|beginning|start|middle|rest|remainder|close)\s+of\s+the\s+(?:week|month|year)\b",
    re.IGNORECASE,
)


# A flashback leaves the story where it was: "The convoy was hit on 3 March. The previous
# evening, a drone had been seen. The day after, the road was closed" (March 4).
# ("the day before last Tuesday's hearing", counted from a day it names, is no flashback.)
LOOKS_BACK = re.compile(r"\b(?:(?:previous|prior)\s+[a-z]+|before|earlier)\Z", re.IGNORECASE)
APPOSED = re.compile(r"\s*[,(–—]\s*")
#: A possessive's "'s" right after a phrase ("Thursday's close", "every day's work").
POSSESSIVE_S = re.compile(r"['’]s\b")
SHIFT = re.compile(r"\b(?:later|earlier|after|before)\Z", re.IGNORECASE)
# What names again the day just told, set beside it: "9 May, [the following Monday]", "on 3
# June, [the next day],".
RESTATING = re.compile(rf"{ANAPHORIC_DETERMINER}\s+(?P<day>day|{WEEKDAY})", re.IGNORECASE)


_FIRST_SEASON = re.compile(r"(?i:the|that)\s+first\s+(?i:spring|summer|autumn|winter)\b")


def follows_story(phrase: str) -> bool:
    """Whether the phrase counts from the story's time: "the next day", "that night", "6 a.m.",
    "late at night" (a time of day with no day of its own)."""
    if _ANAPHORIC.search(phrase) or LATER_ON.search(phrase):
        return True
    if "irst" in phrase and _FIRST_SEASON.match(phrase):  # "the first winter" of the story
        return True
    return _TIME_OF_DAY.search(phrase) and not _NAMED_DAY.search(phrase)


# "shortly before midnight", "just after 6 a.m.": a bound on a time, not a time counted from one
_NEAR_TIME = re.compile(r"(?i:shortly|just|soon|right|sometime)\s+(?i:before|after)\s+")


def bare_time_of_day(phrase: str) -> bool:
    """A clock time or part of the day with no day of its own: "14:00 GMT", "late at night",
    "shortly before midnight"."""
    near = _NEAR_TIME.match(phrase)
    if near is not None:
        phrase = phrase[near.end() :]
    return (
        _TIME_OF_DAY.search(phrase)
        and not _NAMED_DAY.search(phrase)
        and _ANAPHORIC.search(phrase) is None
    )


# The value of a clock time on a day, its clock captured: "2015-06-10T08:30" ("T08:30").
CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(?::\d\d)?)")


def is_clock_only(phrase: str, timex: Timex) -> bool:
    return timex.type == "TIME" and not _HAS_DAY.search(phrase)


# Anaphors of a month or longer count from the last time named, whatever its size: "in June
# 1998 ... later that year", "in March ... the following month", "in February ... a month
# earlier".
COARSE_ANAPHOR = re.compile(
    rf"\b{ANAPHORIC_DETERMINER}\s+(?:first\s+)?"  # "that first winter"
    r"(?:year|quarter|month|spring|summer|autumn|fall|winter)\b|"
    r"\b(?:months?|years?|decades?|centur(?:y|ies))\s+(?:earlier|later|before|after)\b|"
    rf"\bthe\s+new\s+century\b|\b[Tt]hat\s+{MONTH_FULL}\b",
    re.IGNORECASE,
)


_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$")
_NOUN_AFTER = re.compile(
    r",?\s+(?!(?:and|or|to|in|on|at|of|for|by|with|from|when|as|that|which|was|were|is|are|has|"
    r"have|had|will|would|after|before|until|through)\b)[a-z]{3,}\b"
)


def attributive(text: str, mention: Mention) -> bool:
    """A date naming an event ("the Dec. 21, 1988, bombing"): background, not the story's time;
    so is a day a state has lasted since ("had camped out since Wednesday"), the day a price
    was taken ("a premium to its closing price on Friday") and the rough day "a week ago"."""
    before = text[max(0, mention.start - 8) : mention.start]
    if "ince" in before and _SINCE_BEFORE.search(before) and _DAY_VALUE.match(mention.timex.value):
        return True
    if mention.text.endswith("ago") and _A_WEEK_AGO.search(mention.text):
        return True  # "broke out a week ago": a day told only roughly, no day to go on from
    if before.endswith("on ") and _PRICE_ON.search(text, max(0, mention.start - 40), mention.start):
        return True
    return bool(_DETERMINER_BEFORE.search(before)) and bool(_NOUN_AFTER.match(text, mention.end))


# "since Wednesday", "ever since Aug. 2": the day a stretch to the present began.
_SINCE_BEFORE = re.compile(r"\bsince\s+\Z", re.IGNORECASE)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_A_WEEK_AGO = re.compile(r"\b(?:a|one)\s+week\s+ago\Z", re.IGNORECASE)
_PRICE_ON = re.compile(PRICE_TAKEN_ON, re.IGNORECASE)  # "its closing price on Friday"


# The date a record is measured against is no time of the story: "the highest since March
# 1982", "the first time since 2008", "its worst week since October".
COMPARED_SINCE = re.compile(
    r"\b(?:(?:high|low|bigg|larg|small|strong|weak|fast|slow|sharp|steep|deep|hott|cold|"
    r"warm|wett|dri|long|short|great|heavi|cheap|busi|quiet|dead|bloodi)est|most|least|first|"
    r"best|worst|only)\b[^.;:!?]*?\bsince\s+\Z",
    re.IGNORECASE,
)


CLOCK_SHIFT = re.compile(
    r"\b(?:seconds?|minutes?|hours?)\s+(?:later|earlier|after|before)\Z", re.IGNORECASE
)


# "the first nine months", "the six months": a period of the report told as a length keeps its
# determiner in TimeML's extent.
_DURATION_DETERMINER = re.compile(
    r"\b(?:[Tt]he\s+(?:(?:first|latest|same|comparable|full|entire|whole|initial|final|"
    r"year-earlier|year-ago)\s+)?|[Aa]nother\s+|[Tt]h(?:ese|ose)\s+|"
    r"(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:first|last|final|initial|opening)\s+)$"  # "its first"
)


def with_determiner(text: str, mention: Mention) -> Mention:
    if "-" in mention.text:
        return mention  # "the [24-hour] strike": the article is the noun's, not the length's
    found = _DURATION_DETERMINER.search(text, max(0, mention.start - 30), mention.start)
    if found is None or not mention.text[:1].isalnum() or mention.text[:1].isupper():
        return mention
    return attrs.evolve(mention, start=found.start(), text=text[found.start() : mention.end])
