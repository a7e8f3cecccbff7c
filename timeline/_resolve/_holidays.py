"""Named days of the calendar ("Christmas", "Thanksgiving Day", "Election Day", "Easter"), with
or without "last"/"this"/"next"; a holiday without a year is placed like a date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import attrs

from timeline._resolve import _lexicon as lex
from timeline._resolve._dates import year_number
from timeline._resolve._period import Context, Hit, Node, Period, day_period
from timeline._resolve._tokens import Stream
from timeline._resolve._units import nth_weekday, unit_period
from timeline._resolve._years import by_year

__all__ = ["HOLIDAY_FIRST_WORDS", "Holiday", "holiday"]


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


_DAYS: dict[tuple[str, ...], Callable[[int], date]] = {
    ("new", "year", "s", "day"): lambda y: date(y, 1, 1),
    ("new", "year", "s", "eve"): lambda y: date(y, 12, 31),
    ("christmas", "eve"): lambda y: date(y, 12, 24),
    ("christmas", "day"): lambda y: date(y, 12, 25),
    ("christmas",): lambda y: date(y, 12, 25),
    ("boxing", "day"): lambda y: date(y, 12, 26),
    ("valentine", "s", "day"): lambda y: date(y, 2, 14),
    ("halloween",): lambda y: date(y, 10, 31),
    ("independence", "day"): lambda y: date(y, 7, 4),
    ("thanksgiving", "day"): lambda y: nth_weekday(y, 11, 3, 4),
    ("thanksgiving",): lambda y: nth_weekday(y, 11, 3, 4),
    ("election", "day"): lambda y: nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    ("labor", "day"): lambda y: nth_weekday(y, 9, 0, 1),
    ("memorial", "day"): lambda y: nth_weekday(y, 5, 0, -1),
    ("easter", "week"): lambda y: _easter(y) - timedelta(days=6),  # Holy Week, as US news says
    ("easter", "sunday"): _easter,
    ("easter", "monday"): lambda y: _easter(y) + timedelta(days=1),
    ("easter",): _easter,
    ("good", "friday"): lambda y: _easter(y) - timedelta(days=2),
    ("palm", "sunday"): lambda y: _easter(y) - timedelta(days=7),
    ("maundy", "thursday"): lambda y: _easter(y) - timedelta(days=3),
    ("ash", "wednesday"): lambda y: _easter(y) - timedelta(days=46),
    ("black", "friday"): lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    ("cyber", "monday"): lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=4),
    ("giving", "tuesday"): lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=5),
    ("mother", "s", "day"): lambda y: nth_weekday(y, 5, 6, 2),  # the US and most countries
    ("father", "s", "day"): lambda y: nth_weekday(y, 6, 6, 3),
    ("martin", "luther", "king", "day"): lambda y: nth_weekday(y, 1, 0, 3),
    ("martin", "luther", "king", "jr", "day"): lambda y: nth_weekday(y, 1, 0, 3),
    ("mlk", "day"): lambda y: nth_weekday(y, 1, 0, 3),
    ("presidents", "day"): lambda y: nth_weekday(y, 2, 0, 3),
    ("presidents", "s", "day"): lambda y: nth_weekday(y, 2, 0, 3),
    ("president", "s", "day"): lambda y: nth_weekday(y, 2, 0, 3),
    ("columbus", "day"): lambda y: nth_weekday(y, 10, 0, 2),
    ("veterans", "day"): lambda y: date(y, 11, 11),
    ("remembrance", "day"): lambda y: date(y, 11, 11),
    ("juneteenth",): lambda y: date(y, 6, 19),
    ("bastille", "day"): lambda y: date(y, 7, 14),
    ("canada", "day"): lambda y: date(y, 7, 1),
    ("australia", "day"): lambda y: date(y, 1, 26),
    ("inauguration", "day"): lambda y: date(y, 1, 20),  # the US, since 1937
}
#: First words of the named days above that the grammar must dispatch to :func:`holiday`.
HOLIDAY_FIRST_WORDS = frozenset(words[0] for words in _DAYS)


_BY_FIRST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _words in _DAYS:
    _BY_FIRST_WORD.setdefault(_words[0], []).append(_words)


@attrs.frozen
class Holiday(Node):
    """A named day; ``relation`` "last"/"this"/"next" counts from the anchor's day."""

    words: tuple[str, ...]
    year: int | None = None
    relation: str | None = None
    weekend: bool = False  # "Memorial Day weekend", "Thanksgiving weekend"

    def evaluate(self, ctx: Context) -> Period:
        period = self._day(ctx)
        if self.words[-1] == "week":  # "Easter week": the week that ends on Easter Sunday
            return unit_period("week", period.es.date())
        if self.weekend:
            return unit_period("weekend", _nearest_saturday(period.es.date()))
        return period

    def _day(self, ctx: Context) -> Period:
        rule = _DAYS[self.words]
        if self.year is not None:
            return day_period(rule(self.year))
        today = ctx.today
        if self.relation == "this":
            return day_period(rule(today.year))
        if self.relation == "last":
            day = rule(today.year)
            return day_period(day if day < today else rule(today.year - 1))
        if self.relation == "next":
            day = rule(today.year)
            return day_period(day if day > today else rule(today.year + 1))
        return by_year(ctx, lambda y: day_period(rule(y)), " ".join(self.words))


def _nearest_saturday(day: date) -> date:
    """The Saturday of the weekend nearest ``day`` (the following one on a tie): a Monday
    holiday's weekend is the one before it, Thanksgiving's the one after."""
    before = day - timedelta(days=(day.weekday() - 5) % 7)
    after = before + timedelta(days=7)
    # the distance to a weekend is to its nearer day: Sunday for the one before
    return before if (day - before).days - 1 < (after - day).days else after


def _match(s: Stream, i: int, words: tuple[str, ...]) -> int:
    """The end of ``words`` at ``i``, skipping apostrophes ("New Year's Day") and the period
    of an abbreviation ("Martin Luther King Jr. Day"), or -1."""
    j = i
    for word in words:
        if s.punct(j, "'’") or (s.punct(j, ".") and s.word(j - 1) in ("jr", "st")):
            j += 1
        if s.word(j) != word:
            return -1
        j += 1
    return j


def holiday(s: Stream, i: int) -> Hit:
    """ "Christmas", "Thanksgiving Day 1989", "last Thanksgiving", "New Year's Day", "the Labor
    Day weekend"."""
    relation = s.word(i) if s.word(i) in ("last", "this", "next") else None
    # "over the Labor Day weekend": "the" only before a holiday's weekend after a preposition
    # (in "the Easter weekend traffic" it is the noun's)
    the = s.word(i) == "the" and (not s.strict or s.word(i - 1) in lex.TIME_PREPOSITIONS)
    j = i + 1 if relation or the else i
    if s.strict and not s.cap(j):
        return None
    for words in _BY_FIRST_WORD.get(s.word(j), ()):
        end = _match(s, j, words)
        if end > 0:
            if the and (s.word(end) != "weekend" or words[-1] == "week"):
                return None
            year = year_number(s, end + (1 if s.punct(end, ",") else 0))
            if year is not None and relation is None:
                return Holiday(words, year), end + (2 if s.punct(end, ",") else 1)
            if s.word(end) == "weekend" and words[-1] != "week":
                return Holiday(words, None, relation, weekend=True), end + 1
            return Holiday(words, None, relation), end
    return None
