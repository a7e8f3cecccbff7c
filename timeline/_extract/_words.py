"""Names of months and weekdays as pattern text, shared by the extraction modules' regular
expressions (each module keeps its own flags and boundaries).

Plain strings, not compiled patterns, so that each pattern built from them stays one regular
expression. The resolver has its own word lists (:mod:`timeline._resolve._lexicon`); importing
them here would load the whole grammar, which extraction loads only on first use.
"""

from __future__ import annotations

__all__ = [
    "HALF_DAY_CLOCK",
    "HOUR_12",
    "HHMM",
    "HOUR_BEFORE_DASH",
    "MONTH",
    "MONTH_FULL",
    "MONTH_PREFIX",
    "PRICE_TAKEN_ON",
    "SENTENCE_POINT",
    "WEEKDAY",
    "WEEKDAY_PREFIX",
]

#: A month's name or its abbreviation, capitalised ("Sept", "September", "May").
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: A month's full name, capitalised.
MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
#: The first three letters of a month's name, lower case (used case-insensitively, as a prefix).
MONTH_PREFIX = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
#: A weekday's full name, capitalised.
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: The first three letters of a weekday's name, lower case (used case-insensitively).
WEEKDAY_PREFIX = r"(?:mon|tue|wed|thu|fri|sat|sun)"
#: An hour of a 12-hour clock, perhaps with its minutes: "2", "11:30".
HOUR_12 = r"(?:1[0-2]|0?[1-9])(?::[0-5]\d)?"
#: Such an hour opening a range of clock times joined by a dash, at the end of the text
#: searched: "2-" in "closed 2-5 a.m. on Saturday" (group 1 is the hour).
HOUR_BEFORE_DASH = rf"(?<![\w.,:/$£€+-])({HOUR_12})[-–]$"
#: A 24-hour clock time in four digits: "0340", "2215" (alone, as often a year).
HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
#: A 12-hour clock time with its half of the day, lower case: "5 a.m.", "11:30pm".
HALF_DAY_CLOCK = rf"{HOUR_12}\s*[ap]\.?\s?m\b"

#: What names the day a price was taken, just before the day: "a premium to its closing price
#: on [Friday]", "above the close on [Tuesday]" (a figure measured against, not an event).
PRICE_TAKEN_ON = (
    r"\b(?:(?:closing|opening|settlement)\s+(?:prices?|levels?|values?|bids?|quotes?)|"
    r"(?:the|its|their)\s+(?:close|settle)|(?:the|its|their)\s+(?:closing|opening)\s+(?:high|low))"
    r"\s+(?:of\s+\S+\s+)?on\s+\Z"
)
#: A full stop that can end a sentence: not the point of "a.m." or of an abbreviation such as
#: "Sept." or "Mr.".
SENTENCE_POINT = r"(?<!\.[A-Za-z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})\."
