"""Calendar dates as written in reports: days, months, years, weekdays, decades, centuries,
seasons, quarters and halves, in news spellings ("Sept. 28", "28 September 2017", "2017-09-28",
"Oct 2nd", "the 1990s", "the third quarter of 2017")."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

import attrs

from timeline._resolve import _lexicon as lex
from timeline._resolve._clock24 import military_clock
from timeline._resolve._numbers import ordinal, year_in_words
from timeline._resolve._period import (
    Context,
    Hit,
    Node,
    Period,
    Unresolvable,
    add_months,
    crisp,
    day_period,
    month_length,
    month_period,
    week_period,
    year_period,
)
from timeline._resolve._tokens import Stream, remembered
from timeline._resolve._years import by_year, pick

__all__ = [
    "DayDate",
    "MonthDate",
    "YearDate",
    "Weekday",
    "Decade",
    "Century",
    "Season",
    "Quarter",
    "Half",
    "year_of",
    "explicit_date",
    "year_expression",
    "decade",
    "century",
    "season",
    "quarter",
    "half",
    "iso_week",
    "weekday",
    "month_name",
    "year_number",
    "fronts_sentence",
    "year_reference",
    "spoken_year",
    "said_year",
]

_MONTH_NAMES = ("",) + tuple(calendar.month_name)[1:]
_DAY_NAMES = tuple(calendar.day_name)


def year_of(year: int | Node, ctx: Context) -> int:
    """A year given as a number or as an expression ("last year")."""
    if isinstance(year, int):
        return year
    period = year.evaluate(ctx)
    if period.granularity != "year":
        raise Unresolvable(f"{period.timex.value} is not a year")
    return period.es.year


@attrs.frozen
class DayDate(Node):
    month: int
    day: int
    year: int | Node | None = None
    weekday: int | None = None

    def _build(self, year: int) -> Period | None:
        try:
            day = date(year, self.month, self.day)
        except ValueError:
            return None
        if self.weekday is not None and day.weekday() != self.weekday:
            return None
        return day_period(day)

    def evaluate(self, ctx: Context) -> Period:
        if self.day > max(month_length(2016, self.month), 1):
            raise Unresolvable(
                f"{_MONTH_NAMES[self.month]} has only {month_length(2016, self.month)} days"
            )
        what = f"{_MONTH_NAMES[self.month]} {self.day}"
        if self.year is None and self.weekday is None and _plain(ctx):
            # no narrative reference: the latest one by the anchor's day (past), or the
            # earliest from it on (future) -- what by_year would pick, without the candidates
            today, step = ctx.today, -1 if ctx.prefer == "past" else 1
            for year in range(today.year, today.year + 9 * step, step):
                try:
                    day = date(year, self.month, self.day)
                except ValueError:
                    continue
                if (day <= today) if step < 0 else (day >= today):
                    return day_period(day)
        if self.year is None:
            if self.weekday is not None:
                what = f"{_DAY_NAMES[self.weekday]}, {what}"
            return by_year(ctx, self._build, what)
        year = year_of(self.year, ctx)
        period = self._build(year)
        if period is None:
            try:
                day = date(year, self.month, self.day)
            except ValueError:
                raise Unresolvable(f"{year} has no {what}") from None
            assert self.weekday is not None
            raise Unresolvable(
                f"{day.isoformat()} is a {_DAY_NAMES[day.weekday()]},"
                f" not a {_DAY_NAMES[self.weekday]}"
            )
        return period


@attrs.frozen
class SlashDate(DayDate):
    """A numeric date ("02/03/2022") read month first unless only the day-first reading
    exists; ``either_way`` when both exist, so that a document known to write day first
    (:class:`WrittenContext`) reads it that way (2 March 2022)."""

    either_way: bool = False

    def evaluate(self, ctx: Context) -> Period:
        if self.either_way and isinstance(ctx, WrittenContext) and ctx.day_first:
            return DayDate(self.day, self.month, self.year).evaluate(ctx)
        return super().evaluate(ctx)


@attrs.frozen
class WrittenContext(Context):
    """A :class:`Context` that also knows how the document writes numeric dates:
    ``day_first`` True for "02/03/2022" as 2 March, False for February 3, None when unknown
    (month first, unless only day first can be meant)."""

    day_first: bool | None = None


def _plain(ctx: Context) -> bool:
    """Whether a date without a year is placed from the anchor alone (past or future, and no
    narrative reference elsewhere)."""
    return ctx.prefer != "nearest" and ctx.reference.es.date() == ctx.today


@attrs.frozen
class MonthDate(Node):
    month: int
    year: int | Node | None = None

    def evaluate(self, ctx: Context) -> Period:
        if self.year is None and _plain(ctx):
            today = ctx.today
            if ctx.prefer == "past":
                year = today.year if self.month <= today.month else today.year - 1
            else:
                year = today.year if self.month >= today.month else today.year + 1
            return month_period(year, self.month)
        if self.year is None:
            return by_year(ctx, lambda y: month_period(y, self.month), _MONTH_NAMES[self.month])
        return month_period(year_of(self.year, ctx), self.month)


@attrs.frozen
class YearDate(Node):
    year: int

    def evaluate(self, ctx: Context) -> Period:
        return year_period(self.year)


@attrs.frozen
class ShortYear(Node):
    """A year by its last two digits ("in '98"): the latest year so written that is at most
    ten years after the anchor's ('98 told in 2021 is 1998; '25 is 2025)."""

    digits: int

    def evaluate(self, ctx: Context) -> Period:
        ceiling = ctx.today.year + 10
        year = ceiling - (ceiling - self.digits) % 100
        return year_period(year)


@attrs.frozen
class Weekday(Node):
    """A bare weekday ("Monday"): the nearest such day the preference allows, from the anchor."""

    weekday: int

    def evaluate(self, ctx: Context) -> Period:
        today = ctx.today
        back = today - timedelta(days=(today.weekday() - self.weekday) % 7)
        ahead = today + timedelta(days=(self.weekday - today.weekday()) % 7)
        if ctx.prefer == "past":
            return day_period(back)
        if ctx.prefer == "future":
            return day_period(ahead)
        return day_period(back if today - back <= ahead - today else ahead)


def decade_period(first: int) -> Period:
    return crisp(datetime(first, 1, 1), datetime(first + 10, 1, 1), "decade", f"{first // 10:03d}")


@attrs.frozen
class Decade(Node):
    """A decade; ``first`` is its first year, or its last two digits when the century is
    unsaid ("the '90s", "the nineties")."""

    first: int
    century_known: bool = True

    def evaluate(self, ctx: Context) -> Period:
        if self.century_known:
            return decade_period(self.first)
        base = ctx.today.year // 100 * 100
        options = (decade_period(c + self.first) for c in (base - 100, base, base + 100))
        return pick(ctx, options, f"the '{self.first:02d}s")


@attrs.frozen
class Century(Node):
    number: int

    def evaluate(self, ctx: Context) -> Period:
        first = (self.number - 1) * 100
        if first < 1:
            raise Unresolvable("centuries before the first are not supported")
        return crisp(
            datetime(first, 1, 1), datetime(first + 100, 1, 1), "century", f"{first // 100:02d}"
        )


_SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_period(ctx: Context, code: str, year: int) -> Period:
    start = datetime(year, _SEASON_MONTHS[code], 1)
    end = add_months(start, 3)
    slack = ctx.vocabulary.season_slack
    core = crisp(start, end, "season", f"{year:04d}-{code}")
    return attrs.evolve(core, es=start - slack, le=end + slack)


@attrs.frozen
class Season(Node):
    """A season: the meteorological months as core, ``season_slack`` around them as support;
    winter Y runs from December Y."""

    code: str
    year: int | Node | None = None

    def evaluate(self, ctx: Context) -> Period:
        if self.year is None:
            return by_year(ctx, lambda y: season_period(ctx, self.code, y), f"{self.code} season")
        return season_period(ctx, self.code, year_of(self.year, ctx))


@attrs.frozen
class HolidaySeason(Node):
    """ "the holiday season": the weeks from Thanksgiving (the fourth Thursday of November, as
    US retail counts it) to New Year's Day; December, the month most of it is in, names it
    (TIMEX3 ``2013-12``), with the late-November days as its support."""

    year: int | Node | None = None

    def evaluate(self, ctx: Context) -> Period:
        if self.year is None:
            return by_year(ctx, _holiday_season, "the holiday season")
        return _holiday_season(year_of(self.year, ctx))


def _holiday_season(year: int) -> Period:
    december = crisp(datetime(year, 12, 1), datetime(year + 1, 1, 1), "month", f"{year:04d}-12")
    thursdays = [day for day in range(22, 29) if date(year, 11, day).weekday() == 3]
    return attrs.evolve(december, es=datetime(year, 11, thursdays[0]), le=datetime(year + 1, 1, 2))


def quarter_period(year: int, number: int) -> Period:
    start = datetime(year, 3 * number - 2, 1)
    return crisp(start, add_months(start, 3), "quarter", f"{year:04d}-Q{number}")


def half_period(year: int, number: int) -> Period:
    start = datetime(year, 6 * number - 5, 1)
    return crisp(start, add_months(start, 6), "half", f"{year:04d}-H{number}")


@attrs.frozen
class _YearPart(Node):
    """A part of a year by its number, in ``year`` or (None) the year ``prefer`` and the
    narrative's reference choose."""

    number: int
    year: int | Node | None = None

    def period(self, year: int) -> Period | None:
        """The part in ``year``, or None when that year has no such part."""
        raise NotImplementedError

    def name(self) -> str:
        """What the part is called in an error."""
        raise NotImplementedError

    def evaluate(self, ctx: Context) -> Period:
        if self.year is None:
            return by_year(ctx, self.period, self.name())
        year = year_of(self.year, ctx)
        period = self.period(year)
        if period is None:
            raise Unresolvable(f"{year} has no {self.name()}")
        return period


@attrs.frozen
class Quarter(_YearPart):
    def period(self, year: int) -> Period:
        return quarter_period(year, self.number)

    def name(self) -> str:
        return f"Q{self.number}"


@attrs.frozen
class Half(_YearPart):
    def period(self, year: int) -> Period:
        return half_period(year, self.number)

    def name(self) -> str:
        return f"H{self.number}"


@attrs.frozen
class IsoWeek(_YearPart):
    """A week of the year by its ISO number: "week 48" (as epidemiological bulletins count)."""

    def period(self, year: int) -> Period | None:
        return _iso_week(year, self.number)

    def name(self) -> str:
        return f"ISO week {self.number}"


def _iso_week(year: int, number: int) -> Period | None:
    """ISO week ``number`` of ``year``, or None when that year has no such week."""
    try:
        return week_period(date.fromisocalendar(year, number, 1))
    except ValueError:
        return None  # week 53 of a year of 52 weeks, or a year out of the calendar


# ---------------------------------------------------------------------------- rules


def year_number(s: Stream, i: int) -> int | None:
    """A four-digit year written plainly (not "2,017")."""
    if s.kind(i) != "n":
        return None
    if s.ends[i] - s.starts[i] != 4 or not s.norms[i].isdigit():
        return None
    value = int(s.norms[i])
    return value if 1000 <= value <= 2999 else None


def month_name(s: Stream, i: int) -> tuple[int, int, bool] | None:
    """A month name at ``i``: month, end (past an abbreviation's period), and whether it may
    stand alone (a full, unambiguous name, or an abbreviation with its period)."""
    word = s.word(i)
    month = lex.MONTHS.get(word)
    if month is None or (s.strict and not s.cap(i)):
        return None
    if word in lex.MONTH_ABBREVIATIONS:
        # alone, "Jun." may be a name ("Leejin Jun."): scanning wants temporal context
        return month, s.dot(i + 1), not s.strict
    return month, i + 1, word not in lex.AMBIGUOUS_MONTHS or not s.strict


def _listed_with_month(s: Stream, i: int, j: int) -> bool:
    """Whether the month name at ``i`` has another after it (at ``j``) as the other of a pair
    or range: "for April and May", "cut from March to June" (a name seldom pairs with a month;
    "April or May" is read whole; "Jun and April Smith" are names)."""
    if s.word(i) in lex.MONTH_ABBREVIATIONS:
        return False
    if s.word(j) not in ("and", "to", "through", "until", "till") and not (
        s.punct(j, ",") and s.punct(i - 1, ",") and s.word(i - 2) in lex.MONTHS
    ):  # (a comma lists it only with a month before: "in April, [May], June and July")
        return False
    k = j + 2 if s.word(j + 1) in ("early", "mid", "late") else j + 1  # "May and late June"
    return (
        s.word(k) in lex.MONTHS
        and s.cap(k)
        and s.word(k) not in lex.MONTH_ABBREVIATIONS
        and not (s.cap(k + 1) and s.word(k + 1) not in lex.MONTHS)
    )


_DETERMINERS = frozenset("a an the this that its his her their our your my".split())
_NOT_DESCRIBING = frozenset(
    "for of in on to with by at from about but is was are were has had".split()
)


def _described(s: Stream, i: int) -> bool:
    """Whether the month name at ``i`` follows a determiner and one to three lower-case words
    describing it: "a cool, wet March", "the unusually dry April" (a name takes no article)."""
    k, described = i - 1, 0
    while k >= 0 and described <= 3:
        if s.punct(k, ","):
            k -= 1
            continue
        word = s.word(k)
        if word in _DETERMINERS:
            return described > 0
        if not word.isalpha() or s.cap(k) or word in lex.MONTH_BEFORE or word in _NOT_DESCRIBING:
            return False
        described += 1
        k -= 1
    return False


_COPULAS = frozenset("was is has had".split())
_DEGREE = frozenset("much far even a bit slightly very unusually relatively also".split())
_USUALLY = frozenset("usually often typically traditionally again".split())
# What is said of a month as a stretch of weather or business, seldom of a person.
_WEATHER = frozenset(
    "wetter drier colder warmer hotter cooler milder calmer busier quieter normal wet dry cold "
    "warm hot cool mild rainy snowy stormy sunny".split()
)


def _weather_told(s: Stream, j: int) -> bool:
    """Whether a month name ending at ``j`` is the subject of a clause telling its weather or
    how it went: "April had been much more normal", "March was wetter than usual", "March was
    the worst month", or set beside "the ... month" ("May, the quietest month"); "April was
    hired" and "June has been working" are people."""
    if s.punct(j, ",") and s.word(j + 1) in ("the", "a", "its", "our"):
        # "May, the quietest month, ...": put beside its description as a month
        return "month" in (s.word(j + 2), s.word(j + 3), s.word(j + 4))
    if s.word(j) not in _COPULAS:
        return False
    k = j + 1
    if s.word(j) in ("has", "had"):
        if s.word(k) != "been":
            return False
        k += 1
    if s.punct(k, "\"“'‘`"):
        k += 1  # "April had been \"much more normal\""
    while s.word(k) in _DEGREE or s.word(k) in _USUALLY:
        k += 1
    if s.word(k) == "the" and "month" in (s.word(k + 1), s.word(k + 2), s.word(k + 3)):
        return True  # "March was the worst month", "June is usually the busiest month"
    if s.word(k) in ("more", "less"):
        k += 1  # "more normal", not "more talented"
    return s.word(k) in _WEATHER


def _day_number(s: Stream, i: int) -> tuple[int, int] | None:
    kind = s.kind(i)
    if kind in ("n", "o"):
        if not s.norms[i].isdigit() or s.ends[i] - s.starts[i] > (4 if kind == "o" else 2):
            return None
        value = int(s.norms[i])
        if not 1 <= value <= 31:
            return None
        # "Sept. 28 trucks", "5-ton": a count, not a day
        if s.word(i + 1) in lex.UNITS or s.punct(i + 1, "%"):
            return None
        if (s.punct(i + 1, "-") and s.adjacent(i + 1) and s.kind(i + 2) == "w"
                and month_name(s, i + 2) is None):  # fmt: skip
            return None  # "5-ton", but "Sept. 28-Oct. 2" closes a range
        return value, i + 1
    return None


#: The first words of the years said in words that scanning takes (1800 to 2099).
_SPOKEN_CENTURIES = frozenset(["eighteen", "nineteen", "twenty"])
#: Plurals without an "s": a count of them is no year ("two thousand and one people").
_PLURALS = frozenset(["people", "men", "women", "children", "police", "feet", "cattle"])


def _plural_noun(s: Stream, i: int) -> bool:
    """Whether token ``i`` is a plural noun in lower case ("soldiers", "people")."""
    word = s.word(i)
    if not word or s.cap(i) or word in lex.YEAR_AFTER:
        return False
    return word in _PLURALS or (len(word) > 3 and word.endswith("s") and not word.endswith("ss"))


def said_year(s: Stream, i: int, *, round_year: bool = False) -> tuple[int, int] | None:
    """A year said in words ("nineteen ninety-seven", "two thousand and one").

    Scanning takes only years from 1800 to 2099 ("twelve fifty people" is a count), not one
    before a plural noun ("two thousand and one soldiers") and not a round one unless
    ``round_year`` ("May two thousand people", but "the year two thousand")."""
    said = year_in_words(s, i)
    if said is None:
        return None
    if s.punct(said[1], "-") and s.adjacent(said[1]):
        return None  # "twenty seventeen-year-olds"
    if s.strict:
        word = s.word(i)
        if word not in _SPOKEN_CENTURIES and (word, s.word(i + 1)) != ("two", "thousand"):
            return None
        if (said[0] % 100 == 0 and not round_year) or _plural_noun(s, said[1]):
            return None
    return said


def spoken_year(s: Stream, i: int) -> tuple[int, int] | None:
    """A year said in words after a month, season or "of" ("nineteen ninety-seven"); see
    :func:`said_year` for what scanning refuses."""
    return said_year(s, i)


def _written_year(s: Stream, i: int) -> int | None:
    """A year after a day or month: as :func:`year_number`, or, in a phrase given alone, any
    four digits ("Dec. 31, 9999" is then refused as outside the calendar, not as unknown)."""
    year = year_number(s, i)
    if year is None and not s.strict and s.kind(i) == "n" and len(s.norm(i)) == 4:
        if s.ends[i] - s.starts[i] == 4 and s.norms[i].isdigit() and int(s.norms[i]) >= 1:
            return int(s.norms[i])
    return year


def _glued_colon(s: Stream, k: int) -> bool:
    """Whether token ``k`` is a colon with more written straight after it ("2014:30"), not
    one closing a heading ("2014: company registered", "Oct 2022: designated")."""
    return s.punct(k, ":") and s.adjacent(k + 1)


def _planned_for(s: Stream, i: int, j: int) -> bool:
    """Whether the month at ``i`` (ending before ``j``) is what a plan before "for" is set for
    ("talks set for May", "the poll was called for May to coincide with ..."), not a person
    asked to act ("protesters called for May to resign")."""
    verb = s.word(i - 2)
    if verb not in lex.PLANNED_FOR:
        return False
    if (
        verb in lex.ASKED_FOR
        and s.word(i - 3) not in lex.BE_FORMS  # "the poll was called for May to coincide"
        and s.word(j) == "to"
        and s.kind(j + 1) == "w"
    ):
        return s.word(j + 1) in lex.MONTHS  # "expected for May to June" is still a range
    return True


def _month_for(s: Stream, i: int, j: int) -> bool:
    """Whether a capitalised "March" at ``i`` (ending before ``j``) after "for" is the month a
    thing is for ("a target of $2 billion for March"): unlike "May", "April" or "June" (which
    still want a plan or a figure before "for": "support for May", "a poem written for April")
    it seldom names anyone; not one asked for as a person ("voted for March"), nor one told
    to act ("waited for March to go"); a name after it is refused by the caller."""
    if s.word(i) != "march" or not s.cap(i) or s.word(i - 2) in lex.PERSON_FOR:
        return False
    if s.word(j) == "to" and s.kind(j + 1) == "w":
        return s.word(j + 1) in lex.MONTHS  # "for March to June" is a range
    return not (s.punct(j, "'’") and s.word(j + 1) == "s")  # "for April's wedding"


def _spaced_hyphen_dash(s: Stream, k: int) -> bool:
    """Whether token ``k`` is a hyphen typed for a dash: spaced on both sides and followed by a
    capitalised word ("1998 - The government announces plans", as "1998 – The ..."), not a
    range or a score ("1998 - 2001", "won 3 - 1")."""
    return (
        s.punct(k, "-")
        and not s.adjacent(k)
        and not s.adjacent(k + 1)
        and s.kind(k + 1) == "w"
        and s.cap(k + 1)
    )


def _heads_lines(s: Stream, k: int) -> bool:
    """Whether the number at ``k`` stands alone on its line with words on the next line, as a
    year heads a chronology's entries ("2011\\nMarch: the mine closes"), not as a figure in a
    column of them."""
    text = s.text
    before = text[s.ends[k - 1] if k else 0 : s.starts[k]]
    after = text[s.ends[k] : s.starts[k + 1]] if k + 1 < s.n else ""
    return (
        (k == 0 or "\n" in before)
        and "\n" in after
        and s.kind(k - 1) != "n"
        and s.kind(k + 1) == "w"
        and s.cap(k + 1)
    )


def _year_after(s: Stream, j: int) -> tuple[int, int] | None:
    """An optional year after a day or month: ", 2017", " 2017", " nineteen ninety-seven"
    (when scanning, a year in words not after a comma: "In January, two thousand and one
    soldiers")."""
    comma = s.punct(j, ",")
    k = j + 1 if comma else j
    year = _written_year(s, k)
    if year is not None and s.word(k + 1) in _CLOCK_HOURS:
        return None  # "6 June, 2215 hrs": a clock on the day, not the year 2215
    if year is not None and year >= 2100 and military_clock(s, k) is not None:
        return None  # "04 Mar 2330 patrol departs": a log's clock on the day
    if year is not None and not _glued_colon(s, k + 1):
        return year, k + 1
    return None if comma and s.strict else spoken_year(s, k)


_CLOCK_HOURS = frozenset(["hrs", "hr", "hours"])


#: Words that make a weekday name part of a named day ("Black Friday", "Cyber Monday") or of an
#: event's name ("Super Tuesday", "Bloody Sunday"), which is not the weekday last or next.
_NAMED_DAY_WORDS = frozenset(
    "black cyber giving super bloody palm ash maundy holy shrove easter good".split()
)


def weekday(s: Stream, i: int) -> tuple[int, int] | None:
    """A weekday name at ``i`` (abbreviations need their period when scanning)."""
    word = s.word(i)
    number = lex.WEEKDAYS.get(word)
    if number is None or (s.strict and not s.cap(i)):
        return None
    if s.strict and s.word(i - 1) in _NAMED_DAY_WORDS and s.cap(i - 1):
        return None  # "Black Friday", "Super Tuesday", "Bloody Sunday": not that weekday
    if word in lex.WEEKDAY_ABBREVIATIONS:
        j = s.dot(i + 1)
        if s.strict and j == i + 1 and not _dated_after(s, j):
            return None  # ("Tue 28 Sep", "Sat Oct 2": a date follows, the weekday is sure)
        return number, j
    return number, i + 1


def _dated_after(s: Stream, j: int) -> bool:
    """Whether a day and a month name follow at ``j``, either way round ("28 Sep", "Oct 2")."""
    if s.kind(j) == "n" and len(s.norm(j)) <= 2:
        return month_name(s, j + 1) is not None
    return month_name(s, j) is not None and s.kind(j + 1) == "n" and len(s.norm(j + 1)) <= 2


def _month_day(s: Stream, i: int, weekday_number: int | None) -> Hit:
    """Month-first and day-first dates, month-year and a bare month."""
    named = month_name(s, i)
    if named is not None:
        month, j, alone = named
        day = _day_number(s, j)
        if day is not None:
            year = _year_after(s, day[1])
            if year is not None:
                return DayDate(month, day[0], year[0], weekday_number), year[1]
            return DayDate(month, day[0], None, weekday_number), day[1]
        if s.word(j) == "of":
            of_year = year_number(s, j + 1)
            month_year = spoken_year(s, j + 1) if of_year is None else (of_year, j + 2)
        else:
            month_year = _year_after(s, j)
        if month_year is not None and weekday_number is None:
            return MonthDate(month, month_year[0]), month_year[1]
        if weekday_number is not None:
            return None
        if not alone and not (s.word(i) == "august" and not s.cap(j)):
            # (a capitalised "August" is seldom anything but the month unless a name follows:
            # "a dry August", "August is the hottest month", not "August Wilson")
            before = s.word(i - 1) or s.word(i - 2)
            if (
                before not in lex.MONTH_BEFORE
                and not (before == "for" and _planned_for(s, i, j))  # "planned for April"
                and not (before == "for" and s.word(i - 2) in lex.FIGURES_FOR)  # "data for May"
                and not (before == "for" and _month_for(s, i, j))  # "a target for March"
                and not _listed_with_month(s, i, j)
                and not _described(s, i)
                and not _weather_told(s, j)
            ):
                return None
            if s.cap(j) and s.word(j) not in lex.MONTHS:
                return None  # "April Smith"
            if before in ("and", "or") and s.word(i - 2) not in lex.MONTHS:
                return None  # "Leejin and April": only a month joins a month ("October and April")
        return MonthDate(month), j
    # day first: "28 September 2017", "the 28th of September", "the twenty-eighth of Sept."
    k = i + 1 if s.word(i) == "the" else i
    day_hit = _day_number(s, k) if k == i else None
    if day_hit is None:
        numbered = ordinal(s, k)
        if numbered is None or not 1 <= numbered[0] <= 31:
            return None
        day_hit = numbered
    value, j = day_hit
    of_month = s.word(j) == "of"
    if of_month:
        j += 1
    named = month_name(s, j)
    if named is None:
        if k == i:
            return None
        if of_month:
            relation = _MONTH_RELATIONS.get(s.word(j)) if s.word(j + 1) == "month" else None
            if relation is None:
                return None
            story = s.word(j) == "the"  # "the 5th of the month": the story's month
            return DayOfMonth(value, relation, story), j + 2  # "the 5th of this month"
        if weekday_number is None and _bare_day_of_month(s, i, j):
            return DayOfMonth(value), j  # "until the 9th"
        return None
    month, j, _ = named
    year = _year_after(s, j)
    if year is not None:
        return DayDate(month, value, year[0], weekday_number), year[1]
    return DayDate(month, value, None, weekday_number), j


_MONTH_RELATIONS = {"this": 0, "last": -1, "next": 1, "previous": -1, "the": 0}
#: What may stand before "the 9th" alone when scanning, and words that may follow it.
_DAY_ALONE_BEFORE = frozenset(
    "on until till by since from to through before after and or between of".split()
)
_DAY_ALONE_AFTER = frozenset(
    "and or to until till through when at on as but he she they we it the after before for "
    "with from that this which while".split()
)


def _bare_day_of_month(s: Stream, i: int, j: int) -> bool:
    """Whether "the 9th" (tokens ``i`` to ``j``) is a day of the month: a phrase alone, or,
    when scanning, an ordinal in digits after "on", "until", "by"... and before punctuation
    or a function word ("on the 9th, police"; not "the 9th Infantry", "the 9th floor")."""
    if not s.strict:
        return True
    if s.kind(i + 1) != "o" or s.word(i - 1) not in _DAY_ALONE_BEFORE:
        return False
    if s.word(j) in ("and", "or", "to") and s.kind(j + 1) == "o":
        j += 2  # "the 3rd and 4th": days only if what follows both lets them be
        if s.word(j) == "of" and month_name(s, j + 1) is not None:
            return True  # "the 3rd and 4th of May"
    if j >= s.n:
        return True
    if s.kinds[j] == "p":
        return s.norms[j] not in "-–%"
    return s.kinds[j] == "w" and not s.caps[j] and s.norms[j] in _DAY_ALONE_AFTER


@attrs.frozen
class DayOfMonth(Node):
    """A day of the month named by its number alone: "the 9th" (``months`` None: in the month
    ``prefer`` and the narrative's reference choose, as a date without a year is placed), "the
    5th of this month" (the anchor's month moved by ``months``), "the 5th of the month"
    (``story``: the reference's month)."""

    day: int
    months: int | None = None
    story: bool = False

    def evaluate(self, ctx: Context) -> Period:
        base = ctx.ref_day if self.months is None or self.story else ctx.today
        first = datetime(base.year, base.month, 1)
        if self.months is not None:
            return self._in(add_months(first, self.months))
        candidates = []
        for step in (-2, -1, 0, 1, 2):  # two each way: "the 31st" skips a short month
            try:
                candidates.append(self._in(add_months(first, step)))
            except Unresolvable:
                continue  # no 31st in a short month
        return pick(ctx, candidates, f"day {self.day} of a month near {base.isoformat()}")

    def _in(self, month: datetime) -> Period:
        if self.day > month_length(month.year, month.month):
            raise Unresolvable(f"{month:%B %Y} has no day {self.day}")
        return day_period(date(month.year, month.month, self.day))


#: The first tokens (:meth:`Stream.key`) a written date can start with. :func:`explicit_date`
#: tries nothing else, the grammar dispatches on it, and tests check that the unguarded rule
#: reads nothing starting elsewhere.
DATE_STARTS = (
    frozenset(lex.MONTHS) | frozenset(lex.WEEKDAYS) | frozenset(lex.ORDINALS)
    | frozenset(lex.ORDINAL_TENS) | {"o", "the", "n", "i", "s"}
)  # fmt: skip


@remembered
def explicit_date(s: Stream, i: int) -> Hit:
    """A written date: "Sept. 28", "Monday, Sept. 28, 2017", "28 September", "September
    2017", "September", "2017-09-28", "9/28/2017"."""
    if s.key(i) not in DATE_STARTS:  # rules that read a day try one at many places
        return None
    return any_explicit_date(s, i)


def any_explicit_date(s: Stream, i: int) -> Hit:
    """:func:`explicit_date` without its test of the first token."""
    kind = s.kind(i)
    if kind == "i":
        text = s.norm(i)
        if "T" in text:
            return None  # a clock time on a day: see _times
        parts = [int(p) for p in text[:10].split("-")]
        if len(parts) == 2:
            return MonthDate(parts[1], parts[0]), i + 1
        return DayDate(parts[1], parts[2], parts[0]), i + 1
    if kind == "s":
        written = s.norm(i)
        if "." in written:  # "30.09.2021": dotted dates are written day first
            day, month, year = (int(p) for p in written.split("."))
            if not (1 <= month <= 12 and 1 <= day <= 31):
                return None
            return DayDate(month, day, year), i + 1
        month, day, year = (int(p) for p in written.split("/"))
        if year < 100:
            year += 2000 if year < 70 else 1900
        if month > 12 and 1 <= day <= 12:
            month, day = day, month  # "15/06/2021" can only be day first
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return SlashDate(month, day, year, either_way=day <= 12 and day != month), i + 1
    named_day = weekday(s, i)
    if named_day is not None:
        number, j = named_day
        k = j + 1 if s.punct(j, ",") else j
        hit = _month_day(s, k, number)
        if hit is not None:
            return hit
        return None
    return _month_day(s, i, None)


def year_expression(s: Stream, i: int) -> Hit:
    """A year: "2017", "the year 2017", "fiscal 2017", "fiscal year 2017", "FY2017"."""
    j = i
    if s.word(j) == "fy" and s.kind(j + 1) == "n":
        digits = s.norm(j + 1)  # "FY2024", "FY24", "FY 2024": the fiscal year, by its year
        if digits.isdigit() and (len(digits) == 4 or len(digits) == 2 and s.adjacent(j + 1)):
            return YearDate(int(digits) if len(digits) == 4 else 2000 + int(digits)), j + 2
        return None
    if s.kind(i) == "n":
        numbered = _numbered_quarter(s, i)
        if numbered is not None:
            return numbered
        if s.punct(i + 1, "-") and s.word(i + 2) == "w":
            return _written_iso_week(s, i)
    if s.word(j) == "the" and s.word(j + 1) == "year":
        j += 2
    elif s.word(j) == "fiscal":
        j += 2 if s.word(j + 1) == "year" else 1
    year = year_number(s, j)
    if year is None and j == i:
        short = _short_year(s, i)
        if short is not None:
            return short
    if year is None:
        said = said_year(s, j, round_year=j > i)
        if said is None:
            return None
        return YearDate(said[0]), said[1]
    if _glued_colon(s, j + 1) or s.punct(j - 1, "$#€£"):
        return None
    if s.punct(j + 1, ":") and not 1500 <= year < 2100:
        return None  # "1130: depot hit", "2300: curfew": a log's clock, not a chronology's year
    if j == i and military_clock(s, i) is not None:
        return None  # "1400 local time", "between 1400 and 1600 UTC": a clock, not a year
    if s.strict and j == i and fronts_sentence(s, i):
        return YearDate(year), j + 1  # "In 1995 people also said it was over"
    if s.strict and j == i:
        before, after = s.word(i - 1), s.word(j + 1)
        if (
            before in _DETERMINERS
            and year % 100
            and s.kind(j + 1) == "w"
            and after not in (lex.UNITS)
        ):
            return YearDate(year), j + 1  # "a 1996 law", "its 1990 invasion", "Mixte's 1989"
        ends = j + 1 >= s.n or (s.kinds[j + 1] == "p" and s.norms[j + 1] in ",.;:)!?'\"–—")
        if s.punct(j + 1, "-–") and (s.kind(j + 2) in ("n", "y") or year_number(s, j + 2)):
            ends = True
        if _spaced_hyphen_dash(s, j + 1) or _heads_lines(s, j):
            ends = True  # "1998 - The government announces", "2011" heading the lines below
        approximated = before in lex.APPROXIMATORS
        if approximated and after in ("were", "are"):
            return None  # "about 1200 were killed": a count of them
        opens_clause = approximated and after in _CLAUSE_OPENERS
        planned = before == "for" and (
            s.word(i - 2) in _PLANNED_FOR  # "a budget for 2016 late"
            or (s.word(i - 2) in _PLANNED and after in _AUXILIARIES)  # "planned for 2014 would"
        )
        if not (
            before in lex.YEAR_BEFORE or ends or after in lex.YEAR_AFTER or opens_clause or planned
        ):
            return None  # ("around 2003 he left" is a year, "about 2000 people" a count)
        if s.punct(j + 1, "%") or after in lex.UNITS:
            return None
        if after.endswith("s") and len(after) > 3 and after not in lex.YEAR_AFTER:
            if not s.cap(j + 1) and not _ends_year_range(s, i) and not _names_its_year(s, i):
                return None  # "1998 voters": a count (but "from 2015 to 2019 sales")
    return YearDate(year), j + 1


#: Modal verbs that open a clause after a year a thing is planned for ("a project planned for
#: 2014 would tag ..."; "planned for 2000 people" is a count). ("is", "was" are YEAR_AFTER.)
_AUXILIARIES = frozenset("would will could can may might should must".split())
#: Plans and figures that "for" dates by a year: "a budget for 2016", "its forecast for 2019".
_PLANNED_FOR = frozenset(
    "budget budgets forecast forecasts plan plans target targets outlook guidance estimate "
    "estimates projection projections goal goals deficit spending agenda".split()
)


#: Prepositions that put a year first in its sentence: "In 1995 people said", "By 2030 cities".
_FRONTING = frozenset(["in", "by", "since", "during", "until"])


def fronts_sentence(s: Stream, i: int) -> bool:
    """Whether the number at ``i`` follows a capitalised preposition that opens a sentence
    ("In 1995 people also said it was over"): a year whatever word follows, as a count is not
    put first so ("about 2000 people" is)."""
    year = year_number(s, i)
    return (
        year is not None
        and 1800 <= year < 2100
        and s.word(i - 1) in _FRONTING
        and s.cap(i - 1)
        and (i < 2 or s.punct(i - 2, ".!?\"“”'‘’"))
        and not s.punct(i + 1, "%")
        and not (s.kind(i + 1) == "w" and s.adjacent(i + 1))
        and s.word(i + 1) not in lex.UNITS
    )


#: Words that open a clause: after "around 2003" they show the number ends a fronted time.
_CLAUSE_OPENERS = frozenset("he she it they we i the a an his her its their our this there".split())


#: Nouns of a quantity: "the total of 1851 records" counts them.
_QUANTITY_NOUNS = frozenset(
    "total sum number average maximum minimum figure count tally amount rate set batch series "
    "list group fleet crowd estimate record majority minority share".split()
)


def _names_its_year(s: Stream, i: int) -> bool:
    """Whether four digits at ``i`` close "the <noun> of": an event named by its year ("the
    census of 1851 records", "the crash of 1929 ruined"), not a quantity ("a total of 1851
    records", "the total of 1200 votes")."""
    return (
        s.word(i - 1) == "of"
        and s.word(i - 3) == "the"
        and s.kind(i - 2) == "w"
        and not s.cap(i - 2)
        and s.word(i - 2) not in _QUANTITY_NOUNS
    )


def _numbered_quarter(s: Stream, i: int) -> Hit:
    """A quarter written number first, as filings and analysts do: "3Q 2016", "3Q16",
    "2Q 2019" (read where years are, since it starts with a number)."""
    if s.norm(i) not in ("1", "2", "3", "4") or s.word(i + 1) != "q" or not s.adjacent(i + 1):
        return None
    number = int(s.norm(i))
    after = s.norm(i + 2)
    if s.kind(i + 2) == "n" and s.adjacent(i + 2) and len(after) == 2 and after.isdigit():
        return Quarter(number, 2000 + int(after)), i + 3  # "3Q16"
    year = year_number(s, i + 2)
    if year is not None and not s.adjacent(i + 2):
        return Quarter(number, year), i + 3  # "3Q 2016"
    if s.adjacent(i + 2) and s.kind(i + 2) not in ("", "p"):
        return None
    return (Quarter(number), i + 2) if not s.strict else None  # "3Q" alone: asked, not scanned


def _written_iso_week(s: Stream, i: int) -> Hit:
    """An ISO 8601 week written as TIMEX3 writes it: "2022-W08" (the hyphen, W and two
    digits glued to the year)."""
    digits = s.norm(i + 3)
    if not (s.adjacent(i + 1) and s.adjacent(i + 2) and s.adjacent(i + 3)):
        return None
    if s.kind(i + 3) != "n" or len(digits) != 2 or not digits.isdigit():
        return None
    year = year_number(s, i)
    if year is None or not 1 <= int(digits) <= 53 or s.adjacent(i + 4):
        return None
    return IsoWeek(int(digits), year), i + 4


def _short_year(s: Stream, i: int) -> Hit:
    """ "'98": a year by its last two digits, told after a word that takes a year when
    scanning ("in '98", "the class of '98") or in a list of them ("in '89, '90 and '91").
    An apostrophe that a quote mark closes after capitalised words opens a title ("'50 First
    Dates'"), but a year may stand before a name ("In '98 Democrats gained")."""
    if s.kind(i) != "e" or _opens_title(s, i):
        return None
    if s.strict and s.word(i - 1) not in lex.YEAR_BEFORE and not _listed_short_year(s, i):
        return None
    return ShortYear(int(s.norm(i))), i + 1


def _opens_title(s: Stream, i: int) -> bool:
    """Whether the 'YY at ``i`` starts a quoted title: capitalised words, then a closing quote."""
    k = i + 1
    while k < i + 8 and s.kind(k) == "w" and s.cap(k):
        k += 1
    return k > i + 1 and s.punct(k, "'’")


#: How many 'YY tokens back a list is followed to the word that introduces it.
_LIST_REACH = 12


def _listed_short_year(s: Stream, i: int) -> bool:
    """Whether the 'YY at ``i`` continues a list of them that a word taking a year opens
    ("in '89, '90 and '91"); the walk back is bounded, so scanning stays linear."""
    for _ in range(_LIST_REACH):
        j = i - 1
        if s.word(j) in ("and", "or"):
            j -= 1
        if s.punct(j, ","):
            j -= 1
        if j == i - 1 or s.kind(j) != "e":
            return False  # no separator, or no 'YY before it
        if s.word(j - 1) in lex.YEAR_BEFORE:
            return True
        i = j
    return False


def _ends_year_range(s: Stream, i: int) -> bool:
    """Whether the number at ``i`` closes a range that opened with a year ("2015 to [2019]")."""
    if s.word(i - 1) not in ("to", "through", "and") and not s.punct(i - 1, "-–"):
        return False
    opening = s.number(i - 2)
    return opening is not None and len(s.norm(i - 2)) == 4 and 1000 <= opening <= 2999


_DETERMINERS = frozenset("a the its his her their that this our your whose s".split())


def decade(s: Stream, i: int) -> Hit:
    """A decade: "the 1990s", "1990s", "the '90s", "the nineties"."""
    j = i + 1 if s.word(i) == "the" else i
    if s.kind(j) == "y":
        digits = s.norm(j)
        if len(digits) == 4:
            return Decade(int(digits)), j + 1
        return Decade(int(digits), century_known=False), j + 1
    word = s.word(j)
    if word in lex.DECADE_WORDS and j > i:
        return Decade(lex.DECADE_WORDS[word], century_known=False), j + 1
    return None


def century(s: Stream, i: int) -> Hit:
    """A century: "the 20th century", "the nineteenth century"."""
    j = i + 1 if s.word(i) == "the" else i
    numbered = ordinal(s, j)
    if numbered is None:
        return None
    value, k = numbered
    if s.punct(k, "-") and s.adjacent(k):
        k += 1
    if s.word(k) == "century" and 1 <= value <= 30:
        return Century(value), k + 1
    return None


def year_reference(s: Stream, i: int) -> tuple[int | Node, int] | None:
    """A year after "of" or alone: "2017", "nineteen ninety-four", "last year", "this year",
    "next year"."""
    year = year_number(s, i)
    if year is not None:
        return year, i + 1
    said = spoken_year(s, i)
    if said is not None:
        return said
    from timeline._resolve._relative import RelativeUnit

    offsets = {"last": -1, "this": 0, "next": 1, "the": 0}
    word = s.word(i)
    if word in offsets and s.word(i + 1) == "year" and (word != "the" or s.word(i + 2) != "of"):
        if word == "the":
            return None
        return RelativeUnit("year", offsets[word]), i + 2
    return None


def _of_year(s: Stream, j: int) -> tuple[int | Node | None, int]:
    """An optional "of 2017" / "2017" / "of last year" after a season, quarter or half."""
    if s.word(j) == "of":
        found = year_reference(s, j + 1)
        if found is not None:
            return found
    year = year_number(s, j)
    if year is not None:
        return year, j + 1
    said = spoken_year(s, j)  # "winter nineteen ninety-four"
    if said is not None:
        return said
    return None, j


_SEASON_BEFORE = frozenset(
    ["in", "during", "by", "until", "since", "through", "over", "for", "to"]
)
#: Words before "for the fall" that make it the season a thing is planned for ("scheduled for
#: the fall"; "blamed the dollar for the fall" is a drop).
_PLANNED = frozenset(
    "scheduled planned set slated due expected booked targeted pencilled penciled postponed "
    "delayed moved pushed rescheduled".split()
)
#: Words before "to the fall" that make it the season a thing was put off to ("postponed to
#: the fall", "pushed back to the fall"; "led to the fall" is a drop).
_PUT_OFF_TO = frozenset("postponed delayed deferred moved back rescheduled pushed put".split())
#: Words after "the fall" that make it a drop ("the fall in prices", "the fall from grace").
_DROP_AFTER = frozenset(["in", "from", "to", "back", "below", "under"])


def season(s: Stream, i: int) -> Hit:
    """A season: "summer 2017", "the summer of 2016", "the summer", "summer"; and "the
    holiday season"."""
    j = i + 1 if s.word(i) == "the" else i
    word = s.word(j)
    if j > i and word == "holiday" and s.word(j + 1) == "season":
        year, k = _of_year(s, j + 2)
        return HolidaySeason(year), k
    code = lex.SEASONS.get(word)
    if code is None:
        return None
    year, k = _of_year(s, j + 1)
    if code == "WI" and not s.strict and isinstance(year, int) and s.punct(k, "/-–"):
        # "winter 2021/22" as a phrase: the winter from December 2021 (running text marks
        # "[the winter of 1601]–02", as the probes' gold does)
        k = _winter_second_year(s, k, year)
    if year is None and s.strict and word == "fall":
        # the verb, or "the fall of the regime"
        if j == i or s.word(k) == "of" or s.word(i - 1) not in _SEASON_BEFORE:
            return None
        if s.word(i - 1) == "for" and (s.word(i - 2) not in _PLANNED or s.word(k) in _DROP_AFTER):
            return None  # "blamed the dollar for the fall", "braced for the fall in prices"
        if s.word(i - 1) == "to" and (
            s.word(i - 2) not in _PUT_OFF_TO
            or (s.word(i - 2) == "back" and s.word(i - 3) not in _PUT_OFF_TO)
            or s.word(k) in _DROP_AFTER
        ):
            return None  # "led to the fall", "contributed to the fall in prices"
    return Season(code, year), k


def _winter_second_year(s: Stream, k: int, year: int) -> int:
    """The index after "/22" or "-2022" that names the year a winter of ``year`` runs into (at
    the slash or dash ``k``), or ``k`` when what follows is no such year."""
    after = s.norm(k + 1)
    if s.adjacent(k) and s.kind(k + 1) == "n" and s.adjacent(k + 1) and after.isdigit():
        if (len(after) == 2 and int(after) == (year + 1) % 100) or (
            len(after) == 4 and int(after) == year + 1
        ):
            return k + 2
    return k


def quarter(s: Stream, i: int) -> Hit:
    """A quarter: "the third quarter (of 2017)", "third-quarter", "Q3 2017"."""
    word = s.word(i)
    if word == "q" and s.adjacent(i + 1) and s.norm(i + 1) in ("1", "2", "3", "4"):
        year, k = _of_year(s, i + 2)
        return Quarter(int(s.norm(i + 1)), year), k
    j = i + 1 if word == "the" else i
    if j > i:
        spanned = _months_quarter(s, j)
        if spanned is not None:
            return spanned
    if s.word(j) in ("fiscal",):
        j += 1
        if s.punct(j, "-") and s.adjacent(j):
            j += 1  # "the fiscal-first quarter"
    leading = year_number(s, j) if j > i else None  # "the 1988 second quarter"
    if leading is not None:
        j += 1
    numbered = ordinal(s, j)
    if numbered is None or not 1 <= numbered[0] <= 4:
        return None
    k = numbered[1]
    if s.punct(k, "-") and s.adjacent(k):
        k += 1
    if s.word(k) != "quarter":
        return None
    if leading is not None:
        return Quarter(numbered[0], leading), k + 1
    year, end = _of_year(s, k + 1)
    return Quarter(numbered[0], year), end


def _months_quarter(s: Stream, j: int) -> Hit:
    """ "the April-June quarter", "the July-September period" (how wire copy names a calendar
    quarter): its first and last months, three apart and a quarter's."""
    first = month_name(s, j)
    if first is None or not s.punct(first[1], "-–"):
        return None
    last = month_name(s, first[1] + 1)
    if last is None or s.word(last[1]) not in ("quarter", "period"):
        return None
    if first[0] % 3 != 1 or last[0] != first[0] + 2:
        return None
    year, k = _of_year(s, last[1] + 1)
    return Quarter((first[0] + 2) // 3, year), k


def _half_of_results(s: Stream, i: int) -> Hit:
    """ "first-half results", "second-half profit": a half year before the figures told of it
    (not "a first-half goal", a half of a game)."""
    which = {"first": 1, "second": 2}.get(s.word(i))
    if (
        which is None
        or not (s.punct(i + 1, "-") and s.adjacent(i + 1) and s.adjacent(i + 2))
        or s.word(i + 2) != "half"
        or s.word(i + 3) not in _HALF_FIGURES
    ):
        return None
    return Half(which, None), i + 3


_HALF_FIGURES = frozenset(
    "results profit profits earnings sales revenue revenues loss losses income output growth "
    "figures dividend deliveries margin margins".split()
)


def iso_week(s: Stream, i: int) -> Hit:
    """A week by its number: "week 48", "week 12 of 2021" ("week 12 of the season" is not
    the year's)."""
    if s.word(i) != "week" or s.kind(i + 1) != "n" or not s.norm(i + 1).isdigit():
        return None
    number = int(s.norm(i + 1))
    if not 1 <= number <= 53 or len(s.norm(i + 1)) > 2:
        return None
    if (s.punct(i + 2, "-–%/") and s.adjacent(i + 2)) or (
        s.punct(i + 2, ".,:") and s.adjacent(i + 2) and s.kind(i + 3) == "n" and s.adjacent(i + 3)
    ):
        return None  # "week 2-3", "week 12.5" (a comma or stop ending it is fine)
    if s.word(i + 2) in lex.UNITS or s.word(i - 1) in lex.ORDINALS or s.kind(i - 1) == "n":
        return None  # "his second week 12 days ago", "a 3 week 10 ..." count, name no week
    year, k = _of_year(s, i + 2)
    if year is None and s.word(i + 2) == "of":
        return None
    return IsoWeek(number, year), k


def half(s: Stream, i: int) -> Hit:
    """A half year: "the first half of 2017", "the second half" (of the year meant), "H1
    2021"."""
    if s.word(i) == "h" and s.adjacent(i + 1) and s.norm(i + 1) in ("1", "2"):
        if s.adjacent(i + 2):
            return None  # "H1N1", "H1B"
        year, k = _of_year(s, i + 2)  # with its year: "H2" alone is as often hydrogen
        if year is None and s.strict:
            return None  # (extraction finds "H1" alone where a text is about results)
        return Half(int(s.norm(i + 1)), year), k
    if s.word(i) != "the":
        return _half_of_results(s, i)
    which = {"first": 1, "second": 2}.get(s.word(i + 1))
    if which is None or s.word(i + 2) != "half":
        return None
    year, k = _of_year(s, i + 3)
    if year is None and s.word(i + 3) == "of":
        return None  # "the first half of September": a part, see _fuzzy
    return Half(which, year), k
