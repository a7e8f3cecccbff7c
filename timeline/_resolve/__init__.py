"""The resolver: one temporal phrase and the report's date to a :class:`~timeline.TimeSpan`.

Our own grammar for English reporting language does the work: :mod:`._tokens` cuts the text,
:mod:`._numbers` reads counts, :mod:`._dates`, :mod:`._times`, :mod:`._relative`,
:mod:`._fuzzy`, :mod:`._durations` and :mod:`._ranges` hold the rules and what they mean,
:mod:`._years` places dates without a year, :mod:`._grammar` combines the rules and scans text,
and :mod:`._dateparser` is the one adapter to dateparser, for formats the grammar lacks.
"""

from timeline._resolve._api import resolve, resolve_in_context, scan

__all__ = ["resolve", "resolve_in_context", "scan"]
