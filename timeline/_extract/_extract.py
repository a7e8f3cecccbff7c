"""The extraction pipeline: candidates, context, resolution, composition."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, partial
from itertools import groupby, pairwise
from typing import get_args

import attrs

from timeline._errors import TimelineError
from timeline._extract._adjust import as_mention, dated_mention
from timeline._extract._candidates import Candidate, candidates, grammar_entries
from timeline._extract._clocks import attach_clock_times, opening_clocks, split_hour_ranges
from timeline._extract._compose import compose, writes_day_first
from timeline._extract._context import Sentences
from timeline._extract._dayranges import split_day_ranges
from timeline._extract._filters import speaks_of_results
from timeline._extract._headings import split_day_headings
from timeline._extract._logs import log_clocks, roll_log_days
from timeline._extract._mention import Mention
from timeline._extract._periods import (
    QUARTER_VALUE,
    mid_year,
    period_mention,
    quarter_ended,
    report_quarter,
    report_year,
    reported_year,
    same_time_a_year_before,
)
from timeline._extract._phrases import with_determiner
from timeline._extract._placement import Prefer, joins_range
from timeline._extract._reading import Document, Read, Story, read_candidate
from timeline._extract._story import tells_history
from timeline._span import TimeSpan
from timeline._zones import AnchorLike, TzLike, as_anchor, as_tzinfo

__all__ = ["Prefer", "extract"]

_PREFERS = frozenset(get_args(Prefer))


# ---------------------------------------------------------------------------- extract


def extract(
    text: str,
    anchor: AnchorLike,
    *,
    prefer: Prefer = "past",
    tz: TzLike = None,
) -> list[Mention]:
    """Every temporal expression in ``text``, in text order, resolved in context.

    ``anchor`` is the report's date or time (deictic words such as "yesterday" count from it);
    ``prefer`` places a date without a year when its clause has no tense to go by; ``tz`` is
    the zone the report's times are in (UTC by default). Only a bad ``anchor``, ``prefer`` or
    ``tz`` raises (:class:`~timeline.TimelineError`); any text gives a list, empty text ``[]``.

    How context is read:

    - Extents follow TimeML: no introducing preposition ("on [Sept. 28]"), determiners and
      modifiers kept ("[the first nine months]", "[about two hours]"); what a connective joins
      is two mentions ("[ten days] in [mid-September]", "[1:00 a.m.] to [3:00 a.m.]").
    - The story's time is the last day or time of day mentioned. Anaphoric phrases ("the next
      day", "that night", "two days later") and times of day without a day of their own ("late
      at night", "6 a.m.") count from it; a date without a year ("Oct. 2", "April", "the third
      quarter") takes its year from it while it is fresh (same or previous sentence), the
      story's own year when that puts it after the story's time and not after the report
      ("began on 3 April and ended on 17 October"; not in the past perfect); weekdays,
      "last year" and the like count from the report's date, as news reports use them. A
      speaker's dates are theirs: a quoted time before the story's time (or after the report)
      moves the story inside its quotation only ('Police came on Oct. 5. "We saw them on Oct. 3
      and the following night," she said. The next day ...' is Oct. 6).
    - The tense of the clause places a date without a year: "will meet on Nov. 3" ahead, "met
      on Nov. 3" behind, present tense and the present perfect ("has decided to ... in March")
      the nearest; the present of a schedule ("the trial opens Monday", "Congress reconvenes
      Jan. 24") and a plan told in the past ("planned to leave on Thursday") ahead; a term told
      in the past ("was due to expire Friday") and a date after "by", "until", "payable", "as
      early as"... the nearest; after "postponed until", "extended to" ahead; after "since"
      behind; both ends of a range ("from Sept. 14 to Thursday", "January to March") by the
      tense of their clause, and the end never before the start ("from Dec. 28 to Jan. 3").
      A clause without tense ("Hearings: Jan. 24") takes the coming date when it is at most 45
      days ahead of the report or of the story's time, else ``prefer``; one told in the past
      takes it when it is at most five days ahead ("voted in the June 8 election", told on June
      5). "agreed/asked ... to act on Feb. 10" places the date by the act, the nearest. A date
      with its weekday ("Saturday, April 25") is the nearest such day, and so is a weekday in a
      clause without tense ("they meet Monday"), unless it names an event ("Thursday's close").
      The clause ends at quotation marks, so "said" after a quote does not govern it.
      Quarters and halves are taken as begun, unless told as coming ("is planned for the
      fourth quarter", "will move to quarterly audits starting in Q3", told before it began).
    - "later that year", "the following month", "a month earlier" count from the last time
      named, of any size ("in June 1998", "in February").
    - A clock time takes the day named in its sentence ("from 1:00 a.m. to 3:00 a.m. on
      Sept. 28").
    - "the quarter", "a year earlier", "the year-ago period" refer to the quarter a report is
      discussing (the last one mentioned that is over); "the current quarter" is the report's,
      "the latest quarter" ("the last quarter", "the past quarter") with none discussed the last
      one over. "the full year", "the current fiscal year" are the report's year; "the year
      ended March 31" a DURATION; "the quarter ended Sept. 30" the three months to that day.
    - No false dates: counts and amounts ("five 15-ton trucks", "$1", "800 Trading Company"),
      ordinals ("a second source"), names ("April Smith", "Leejin Jun"), modal "may", verb
      "march", page, phone and version numbers, ages, titles ("High Noon"), greetings ("good
      evening"), a newspaper "daily".

    >>> text = "Trucks crossed late at night on Sept. 28 and will return next week."
    >>> [(m.text, m.timex.value) for m in extract(text, "2017-10-11")]
    [('late at night', '2017-09-28TNI'), ('Sept. 28', '2017-09-28'), ('next week', '2017-W42')]
    """
    moment = as_anchor(anchor, tz)
    zone = as_tzinfo(tz) if tz is not None else moment.tzinfo
    if prefer not in _PREFERS:
        raise TimelineError(f"prefer must be one of {sorted(_PREFERS)}, not {prefer!r}")
    if not isinstance(text, str):
        raise TimelineError(f"text must be a str, not {type(text).__name__}")
    if not text:
        return []
    grammar = grammar_entries()
    sentences = Sentences(text)
    found, logged = log_clocks(text, split_hour_ranges(text, candidates(text, grammar, sentences)))
    found = opening_clocks(text, found, sentences)  # "... 0830 patrol departs. 0945 contact"
    mentions: list[Mention] = []
    history = cache(partial(tells_history, text, moment))  # then a bare month is the story's

    known: dict[tuple[str, Prefer, TimeSpan | None, object], TimeSpan | None] = {}
    day_first = writes_day_first(text, (text[c.start : c.end] for c in found))
    reading = grammar.document_reading(moment, tz=zone, day_first=day_first)  # checked once

    def resolve(
        phrase: str, wanted: Prefer, at: TimeSpan | None, parsed: object = None
    ) -> TimeSpan | None:
        key = (phrase, wanted, at, getattr(parsed, "node", None))
        if key in known:  # "Friday", "yesterday": a report repeats itself
            return known[key]
        try:
            if parsed is not None:  # what scan read here: value it without parsing it again
                span = reading.resolve_found(parsed, reference=at, prefer=wanted)
            else:
                span = reading.resolve(phrase, reference=at, prefer=wanted)
        except Exception:  # noqa: BLE001 - a phrase the grammar fails on is left out, alone
            span = None
        known[key] = span if isinstance(span, TimeSpan) else None
        return known[key]

    document = Document(text, moment, zone, prefer, sentences, resolve, logged, history)
    story = Story()
    for number, in_sentence in _by_sentence(found, sentences):
        bounds = sentences.bounds(number)
        ends = [joins_range(text, a, b) for a, b in pairwise(in_sentence)]  # a range's ends
        resolved: list[tuple[Prefer, Mention]] = []
        queries: dict[int, str] = {}  # what a mention was resolved as, when not its text
        opening: Mention | None = None  # the start of the range this candidate may end
        for position, candidate in enumerate(in_sentence):
            joined = (position > 0 and ends[position - 1], position < len(ends) and ends[position])
            story.step(candidate.start)  # out of a quotation: back on the story's own time
            read = read_candidate(
                document, story, in_sentence, position, number, bounds, joined, resolved
            )
            if candidate.role:
                mention = _period_mention(read, in_sentence)
            else:
                mention, start = dated_mention(read, opening, resolved)
                if start is not None:  # the range's start, read again by its end
                    resolved[-1] = (resolved[-1][0], start)
            opening = mention if joined[1] else None
            if mention is None:
                continue
            if mention.timex.type == "DURATION" and not candidate.special:
                mention = with_determiner(text, mention)
            resolved.append((read.wanted, mention))
            if candidate.role == "" and read.cued is not None:
                queries[mention.start] = read.cued
            story.note(read, mention, resolved)
        attached = list(attach_clock_times(text, resolved, resolve, queries, moment))
        mentions.extend(attached)
        story.close_sentence(number, resolved, attached)

    def resolve_at(phrase: str, at: TimeSpan | None) -> TimeSpan | None:
        return resolve(phrase, prefer, at)

    composed = split_day_ranges(text, compose(text, mentions, resolve_at, zone), resolve_at)
    composed = split_day_headings(text, composed)  # "Sunday 27 September, 0350 hrs."
    return roll_log_days(composed, logged) if logged else composed


def _by_sentence(
    found: list[Candidate], sentences: Sentences
) -> Iterator[tuple[int, list[Candidate]]]:
    """The candidates (in text order) sentence by sentence, with the sentence's number."""
    for number, in_sentence in groupby(
        found, key=lambda candidate: sentences.index(candidate.start)
    ):
        yield number, list(in_sentence)


# A stretch of a year's months longer than a quarter that a report gives figures for: "the nine
# months", "the first six months", "the full year".
_MONTHS_OF_A_YEAR = re.compile(
    r"(?:the\s+)?(?:(?:first|latest|past|most\s+recent)\s+)?(?:six|nine|6|9)[\s-]+months?|"
    r"(?:the\s+)?(?:full|whole|fiscal)\s+year",
    re.IGNORECASE,
)
_QUARTER_WORD = re.compile(r"quarter|Q[1-4]", re.IGNORECASE)


def _after_months_of_a_year(text: str, in_sentence: list[Candidate], candidate: Candidate) -> bool:
    """Whether the last period named in the sentence before ``candidate`` is a stretch of
    months longer than a quarter ("For the nine months, net was $70 million, against $75
    million a year ago"), not a quarter."""
    for before in reversed(in_sentence[: in_sentence.index(candidate)]):
        phrase = text[before.start : before.end]
        if _QUARTER_WORD.search(phrase):
            return False
        if _MONTHS_OF_A_YEAR.fullmatch(phrase):
            return True
    return False


def _period_mention(read: Read, in_sentence: list[Candidate]) -> Mention | None:
    """The mention of a candidate that refers to a period a report discusses ("the quarter",
    "a year earlier", "the full year", "the quarter ended Sept. 30", "by mid-year")."""
    candidate, phrase, story = read.candidate, read.phrase, read.story
    text, moment, zone = read.document.text, read.document.moment, read.document.zone
    resolve, discussed, dated = read.document.resolve, story.discussed, story.dated
    if candidate.role == "year":  # "For the full year, ... rose": maybe the year just ended
        return report_year(candidate, phrase, reported_year(moment, discussed, read.near()), zone)
    if candidate.role == "quarter_ended":  # "the quarter ended Sept. 30"
        return quarter_ended(candidate, phrase, text, in_sentence, resolve, discussed)
    if candidate.role == "year_period":  # "the 1988 quarter", "the same quarter of 2003"
        year = int(candidate.special.value) if candidate.special else moment.year
        named = None if dated is None else QUARTER_VALUE.fullmatch(dated.timex.value)
        if named is not None:  # the quarter last named, over or not ("expects the fourth
            # quarter to be flat compared with the same period of 2010"), else the one discussed
            discussed = int(named.group(1)), int(named.group(2))
        return period_mention(
            candidate,
            phrase,
            None if discussed is None else (year, discussed[1]),
            None,
            zone,
        ) or report_year(candidate, phrase, moment.replace(year=year), zone)
    if candidate.role == "mid_year":  # "by mid-year": the middle of which year
        return mid_year(candidate, phrase, read.near(), moment, resolve, read.wanted)
    if candidate.role == "year_before" and _after_months_of_a_year(text, in_sentence, candidate):
        # "For the nine months, net was ..., against ... a year ago": those months a year
        # before, which TimeML names by their year
        year = (moment.year if discussed is None else discussed[0]) - 1
        if year >= 1:
            return report_year(candidate, phrase, moment.replace(year=year, month=1, day=1), zone)
    mention = None
    # "in the third quarter ..., and fell in November from a year earlier": the month this
    # sentence named last, not the quarter the report discusses
    month_before = (
        candidate.role == "year_before"
        and dated is not None
        and story.told_at[1] == read.number
        and dated.granularity == "month"
    )
    if month_before and dated is not None:
        mention = same_time_a_year_before(candidate, phrase, dated)
    mention = mention or period_mention(candidate, phrase, discussed, moment, zone)
    if (
        mention is None
        and candidate.role == "period"
        and discussed is None
        and speaks_of_results(text, candidate.start, candidate.end)
    ):
        # "sales in the quarter were flat", with no quarter named before: the last quarter
        # over; "will rise in the quarter": the report's own (but "lives in the quarter near
        # the port" is a part of town)
        mention = report_quarter(candidate, phrase, read.near(), moment, zone)
    if (
        mention is None
        and candidate.role == "year_before"
        and dated is not None
        and not month_before  # tried above, with the same arguments
    ):
        mention = same_time_a_year_before(candidate, phrase, dated)
    if mention is None:
        span = resolve(phrase, read.wanted, read.at)
        mention = (
            None
            if span is None
            else as_mention(attrs.evolve(candidate, special=None), phrase, span)
        )
    if mention is None and candidate.role == "year_before" and moment.year > 1:
        # "the same period last year" with no period under discussion: the period is somewhere
        # in the year before the report's
        last_year = moment.replace(year=moment.year - 1, month=1, day=1)
        mention = report_year(candidate, phrase, last_year, zone)
    return mention
