"""Leading and trailing runs of months of a year: "the first two quarters of 1990" (1990-H1),
"the first nine months of 1989", "the last six months of 1989" (1989-H2)."""

from __future__ import annotations

from datetime import datetime

import attrs

from timeline._resolve._dates import YearDate, year_expression, year_of, year_reference
from timeline._resolve._numbers import amount
from timeline._resolve._period import Context, Hit, Node, Period, Unresolvable, add_months
from timeline._resolve._relative import RelativeUnit
from timeline._resolve._tokens import Stream
from timeline._timex import Timex

__all__ = ["YearPart", "year_part"]


@attrs.frozen
class YearPart(Node):
    """The first (or last) ``months`` months of a year.

    A run that is a calendar unit gets its value (three months: a quarter, six: a half, twelve:
    the year); any other run is the year with mod START (a run from its beginning) or END (one
    to its end), its bounds saying which months: "the first nine months of 1989" is DATE
    ``1989`` START from Jan. 1 to Oct. 1.
    """

    first: bool
    months: int
    year: int | Node
    unit: str = "months"  # as said: "months" or "quarters"

    def evaluate(self, ctx: Context) -> Period:
        if not 1 <= self.months <= 12:
            side = "first" if self.first else "last"
            count, most = self.months // _MONTHS[self.unit], 12 // _MONTHS[self.unit]
            raise Unresolvable(
                f"the {side} {count} {self.unit} of a year do not exist: a year has {most} (count"
                f" 1 to {most}, or drop 'of' and the year for a length of time)"
            )
        year = year_of(self.year, ctx)
        begin = datetime(year, 1, 1) if self.first else datetime(year, 13 - self.months, 1)
        end = add_months(begin, self.months)
        month = begin.month
        if self.months == 12:
            return Period(begin, begin, end, end, "year", Timex("DATE", f"{year:04d}"))
        if self.months == 6:
            value = f"{year:04d}-H{1 if self.first else 2}"
            return Period(begin, begin, end, end, "half", Timex("DATE", value))
        if self.months == 3:
            value = f"{year:04d}-Q{(month - 1) // 3 + 1}"
            return Period(begin, begin, end, end, "quarter", Timex("DATE", value))
        if self.months == 1:
            value = f"{year:04d}-{month:02d}"
            return Period(begin, begin, end, end, "month", Timex("DATE", value))
        timex = Timex("DATE", f"{year:04d}", "START" if self.first else "END")
        return Period(begin, begin, end, end, "month", timex)


#: Whether a run of months counts from the start of the year (or back from its end).
_FROM_START = {"first": True, "last": False, "final": False}
_MONTHS = {"months": 1, "quarters": 3}


def _year(s: Stream, j: int) -> tuple[int | Node, int] | None:
    """The year after "of": "1989", "fiscal 1989", "last year", "the year" (the reference's)."""
    if s.word(j) == "the" and s.word(j + 1) == "year" and year_expression(s, j) is None:
        return RelativeUnit("year", 0, "reference"), j + 2
    found = year_reference(s, j)
    if found is not None:
        return found
    said = year_expression(s, j)
    if said is not None and isinstance(said[0], YearDate):
        return said[0].year, said[1]
    return None


def year_part(s: Stream, i: int) -> Hit:
    """ "the first two quarters of 1990", "the first nine months of 1989", "the last six months
    of last year", "the final three months of the year"."""
    if s.word(i) != "the" or s.word(i + 1) not in _FROM_START:
        return None
    if s.word(i + 2) == "month":  # "the last month of 1989"
        months, j, unit = 1, i + 3, "months"
    else:
        counted = amount(s, i + 2)
        if counted is None or counted.article or counted.vague or counted.low != counted.high:
            return None
        unit = s.word(counted.end)
        size = _MONTHS.get(unit)
        if size is None or counted.low != int(counted.low):
            return None
        months, j = int(counted.low) * size, counted.end + 1
    # more than 12 is read too, and refused when valued: not a length that drops "of 1989"
    year = _year(s, j + 1) if s.word(j) == "of" else None
    if year is None:
        return None
    return YearPart(_FROM_START[s.word(i + 1)], months, year[0], unit), year[1]
