"""The resolver: one temporal phrase and the report's date to a :class:`~timeline.TimeSpan`.

Our own grammar for English reporting language does the work, one job per module:

* :mod:`._tokens` cuts the text into tokens; :mod:`._lexicon` holds the words it knows;
  :mod:`._numbers` reads counts and ordinals;
* :mod:`._dates` (written dates, years, decades, seasons, quarters), :mod:`._holidays`,
  :mod:`._times` (clock times, parts of the day), :mod:`._clock24` (four-digit, spoken and ISO
  clock times, zones), :mod:`._relative` (deictic and anaphoric
  words), :mod:`._windows` ("the past three days", "recently"), :mod:`._fuzzy` ("mid-",
  "around"), :mod:`._durations` and :mod:`._ranges` hold the rules and what they mean;
* :mod:`._units` is calendar arithmetic, :mod:`._years` places dates without a year,
  :mod:`._period` is what rules evaluate to;
* :mod:`._grammar` combines the rules (longest match) and scans running text;
* :mod:`._calendar_years` reads whole phrases of years with their era ("44 BC") and seasons of
  two years ("fiscal 2018-19") the grammar lacks;
* :mod:`._dateparser` is the one adapter to dateparser, for whole phrases the grammar lacks;
* :mod:`._api` has the entry points.
"""

from timeline._resolve._api import (
    Found,
    Reading,
    document_reading,
    resolve,
    resolve_found,
    resolve_in_context,
    scan,
    scan_found,
)

__all__ = [
    "Found",
    "Reading",
    "document_reading",
    "resolve",
    "resolve_in_context",
    "resolve_found",
    "scan",
    "scan_found",
]
