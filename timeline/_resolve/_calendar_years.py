"""Years named with their era or as the two years a season straddles, read as whole phrases:
"44 BC", "AD 79", "c. 500 BC", "the 5th century BC", "fiscal 2018-19", "the 2019-20 season",
"FY2019-20", "the 1990-91 school year".

TIMEX3 (after TIMEX2) writes a year before the common era with the prefix ``BC`` and four
digits ("44 BC" is ``BC0044``), a century before it with two ("the 5th century BC", the 400s
BC, is ``BC04``); "AD 79", "79 A.D." and "79 CE" are ``0079``; "c." or "circa" tells it as
about (``APPROX``). No calendar date here reaches before the year 1, so a time before the common
era is a span that ended by then, with an open start and its length as its duration. A season
of two years is valued by the year it begins in (TIMEX3 has no value for two years); its span
holds both; two years alone ("2019-20") are read as a season only in running text, where
extraction sees what is around them. Extraction finds these phrases in running text
(``timeline._extract._extra``) and values them the same way; :func:`calendar_years` is what
:func:`~timeline.resolve` reads them with when the grammar does not.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from timeline._resolve._period import NAIVE_MIN, Period, crisp
from timeline._timex import Timex, TimexMod

__all__ = ["calendar_years"]

_BC = r"(?:BCE|B\.\s?C\.(?:\s?E\.)?|BC)"
_AD = r"(?:AD|A\.\s?D\.|CE|C\.\s?E\.)"
_NTH_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ERA_PHRASE = re.compile(
    r"(?P<circa>(?:[Cc]|[Cc]a)\.\s?|(?i:circa|about|around)\s+)?(?:"
    rf"(?P<year>[1-9]\d{{0,3}})\s?(?:(?P<b>{_BC})|{_AD})"
    rf"|{_AD}\s?(?P<yr>[1-9]\d{{0,3}})"
    rf"|(?:[Tt]he\s+)?(?:(?P<number>[1-9]\d?)(?:st|nd|rd|th)|(?P<word>(?i:{'|'.join(_NTH_WORDS)})))"
    rf"[\s-]+(?i:century)\s+(?:(?P<c>{_BC})|{_AD})"
    r")[\s.,]*"
)
# (the eras' names go once the pattern is built: the grammar's scanner learns every word the
# resolver's modules hold, and "ad" would open expressions in running text)
del _BC, _AD
_TWO_YEARS = re.compile(
    r"(?:[Tt]he\s+)?(?:(?P<fiscal>(?i:fiscal)\s+|FY\s?))?"
    r"(?P<first>(?:1[89]|20)\d\d)[-–/](?P<second>\d\d)"
    r"(?P<kind>\s+(?:(?:fiscal|school|academic|financial|marketing|crop|tax|budget|regular|"
    r"football|basketball|hockey|baseball|soccer|rugby|cricket|racing|ski|hunting|fishing|"
    r"legislative|parliamentary)\s+)?(?:year|season|term|session))?[\s.,]*",
    re.IGNORECASE,
)


def calendar_years(phrase: str) -> Period | None:
    """The period of a year named with its era or of a season of two years, as a whole phrase
    (None when ``phrase`` is neither)."""
    text = phrase.strip()
    if not any(c.isdigit() for c in text) and "century" not in text.lower():
        return None
    era = _ERA_PHRASE.fullmatch(text)
    if era is not None:
        return _era_period(era)
    two = _TWO_YEARS.fullmatch(text)
    if two is None:
        return None
    first, second = int(two["first"]), int(two["second"])
    if second != (first + 1) % 100 or not (two["kind"] or two["fiscal"]):
        return None  # "2019-21": no one season; "2019-20" alone is no phrase of a season (a
        # report's "in 2019-20" is one to extraction, which reads its sentence)
    start = datetime(first, 1, 1)
    return Period(start, start, start.replace(year=first + 2), start.replace(year=first + 2),
                  "year", Timex("DATE", f"{first:04d}"))  # fmt: skip


def _era_period(era: re.Match[str]) -> Period:
    mod: TimexMod | None = "APPROX" if era["circa"] else None
    if era["number"] or era["word"]:
        nth = era["number"] or era["word"]
        number = (int(nth) if nth.isdigit() else _NTH_WORDS.index(nth.lower()) + 1) - 1
        if era["c"]:
            return _before_the_era(f"BC{number:02d}", 100, mod)
        end = datetime(100 * number + 100, 1, 1)
        if number == 0:  # the 1st century: from the calendar's first instant, an open start
            return Period(NAIVE_MIN, NAIVE_MIN, end, end, "century", Timex("DATE", "00", mod))
        return crisp(datetime(100 * number, 1, 1), end, "century", f"{number:02d}").with_timex(
            mod=mod
        )
    if era["b"]:
        return _before_the_era(f"BC{int(era['year']):04d}", 1, mod)
    year = int(era["year"] or era["yr"])
    return crisp(datetime(year, 1, 1), datetime(year + 1, 1, 1), "year", f"{year:04d}").with_timex(
        mod=mod
    )


def _before_the_era(value: str, years: int, mod: TimexMod | None) -> Period:
    """A time before the common era: ended by the calendar's first instant, its start open;
    as long as its years are (a year of 365 or 366 days, a century of 36,524 or 36,525)."""
    shortest = timedelta(days=365 * years + (years // 4 - years // 100 if years > 1 else 0))
    return Period(
        NAIVE_MIN, NAIVE_MIN, NAIVE_MIN, NAIVE_MIN,
        "century" if years > 1 else "year",
        Timex("DATE", value, mod),
        min_duration=shortest,
        max_duration=shortest + timedelta(days=1),
    )  # fmt: skip
