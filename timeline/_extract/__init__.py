"""Whole text → every temporal expression, with offsets, TIMEX3 and span, read in context.

:func:`extract` finds the expressions the resolver's grammar recognises (:func:`scan`), trims them
to TimeML extents, drops false dates by their context, and resolves each with
:func:`resolve_in_context`: deictic words against the report's date, anaphoric ones against the
time the story is on, the year of a bare date by the tense of its clause. Recurrences and vague
durations, which have no span, are recognised here. :func:`extract_ranges` groups ranges such as
"from 1:00 a.m. to 3:00 a.m." into one interval.

Modules: ``_mention`` (the value types), ``_candidates`` (where expressions are), ``_filters``
(TimeML extents, false dates), ``_extra`` (recurrences, vague expressions, the period under
discussion), ``_context`` (sentences, tense), ``_phrases`` (what a phrase's words say about
how it is read), ``_placement`` (where a date without a year lies: tense, deadlines, range
ends), ``_story`` (the time the story is on), ``_clocks`` (clock times and their days),
``_logs`` (clock times that open a log's lines), ``_periods`` (the period a financial report
discusses), ``_reading`` (how one candidate is read: its preference, its query, what it counts
from; the story so far), ``_adjust`` (the rules that read a candidate's span again in
context), ``_compose`` (the second pass: joins, ellipses, nights, appositions, and the passes
below), ``_chronology`` (entries under a year's or a day's heading), ``_habitual`` (months told
as a habit: no year), ``_century`` (the century a story is in),
``_reaching_now`` (counts of years that reach the report's time), ``_quoted`` (weekdays in
quoted speech, from the day it was said), ``_recurring`` (times told as recurring: clock
times, months and seasons of no particular date; "every Monday and Wednesday", "Monday and
Tuesday nights"), ``_clock_parts``
("tonight" said in the small hours), ``_opening`` ("its
first weekend" after a launch day), ``_then_and_now`` ("Once, ...; today ..."), ``_eras`` (BC
and AD years), ``_dayranges`` (a run of days as its two ends), ``_headings`` (a day and
clock heading a log's entry among day headings, as two),
``_extract`` (the pipeline), ``_ranges`` (ranges grouped into one interval); ``_words`` holds
the month and weekday names their patterns share.
"""

from timeline._extract._extract import extract
from timeline._extract._mention import Mention, MentionRange
from timeline._extract._ranges import extract_ranges

__all__ = ["Mention", "MentionRange", "extract", "extract_ranges"]
