"""The extraction pipeline: candidates, context, resolution, composition."""

from __future__ import annotations

import re
from functools import cache, partial
from typing import get_args

import attrs

from timeline._errors import TimelineError
from timeline._extract._candidates import Candidate, candidates, grammar_entries
from timeline._extract._clocks import attach_clock_times, clock_cue, hour_cue, split_hour_ranges
from timeline._extract._compose import compose, writes_day_first
from timeline._extract._context import Sentences, tense_near
from timeline._extract._dayranges import split_day_ranges
from timeline._extract._filters import speaks_of_results
from timeline._extract._logs import log_clocks, roll_log_days
from timeline._extract._mention import Mention
from timeline._extract._periods import (
    QUARTER_VALUE,
    mid_year,
    period_mention,
    quarter_ended,
    report_quarter,
    report_year,
    same_time_a_year_before,
    this_years_period,
)
from timeline._extract._phrases import (
    APPOSED,
    ATTACKS_OF_2001,
    BARE_MONTH_NAME,
    COARSE_ANAPHOR,
    COMPARED_SINCE,
    LATER_ON,
    LOOKS_BACK,
    PAIRED,
    SHIFT,
    STORY_PERIOD,
    YEARLESS,
    attributive,
    bare_time_of_day,
    follows_story,
    is_clock_only,
    with_determiner,
)
from timeline._extract._placement import (
    WINDOW,
    Prefer,
    a_year_ahead,
    a_year_back,
    against_tense,
    before_opening,
    days_ahead,
    in_story_year,
    joins_range,
    just_ahead,
    just_behind,
    next_to,
    placement,
    said_behind,
    story_to_report,
    told_as_before,
)
from timeline._extract._story import (
    back_to_the_report,
    clock_on,
    counted_back_to,
    counted_from_a_day,
    day_after,
    day_before,
    evening_before,
    fresh_year,
    is_dated,
    is_night,
    moves_story,
    named_day,
    nearest_half_day,
    restates,
    spoken_the_night_before,
    tells_history,
    tells_the_telling,
    told_ahead,
)
from timeline._span import TimeSpan
from timeline._zones import AnchorLike, TzLike, as_anchor, as_tzinfo

__all__ = ["Prefer", "extract"]

_PREFERS = frozenset(get_args(Prefer))
_OF_THE_DECADE = re.compile(
    r"\b(?:end|beginning|start|middle|rest|remainder|close)\s+of\s+the\s+decade\b", re.IGNORECASE
)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_BEFORE_MIDNIGHT = re.compile(r"\bbefore\s+midnight\b", re.IGNORECASE)
_TWELVE_HOUR = re.compile(r"(?:1[0-2]|0?[1-9]):[0-5]\d")
_MID_CENTURY = re.compile(r"\bmid-(?:century|decade)\b", re.IGNORECASE)


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
      "last year" and the like count from the report's date, as news reports use them.
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
      Quarters and halves are taken as begun.
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
    mentions: list[Mention] = []
    reference: TimeSpan | None = None
    reference_sentence = -1  # where the story's time was last set
    discussed: tuple[int, int] | None = None  # the quarter the report is about
    dated: TimeSpan | None = None  # the last time named, of any size ("in June 1998")
    story_time: tuple[TimeSpan | None, int] = (None, -1)  # the last time told at, and where
    history = cache(partial(tells_history, text, moment))  # then a bare month is the story's
    decade_named: tuple[TimeSpan, int] | None = None  # "In the 1960's", and where

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

    index = 0
    while index < len(found):
        number = sentences.index(found[index].start)
        bounds = sentences.bounds(number)
        in_sentence: list[Candidate] = []
        while index < len(found) and sentences.index(found[index].start) == number:
            in_sentence.append(found[index])
            index += 1
        resolved: list[tuple[Prefer, Mention]] = []
        queries: dict[int, str] = {}  # what a mention was resolved as, when not its text
        opening: Mention | None = None  # the start of the range this candidate may end
        for position, candidate in enumerate(in_sentence):
            joined_before = position > 0 and joins_range(text, in_sentence[position - 1], candidate)
            joined_after = position + 1 < len(in_sentence) and joins_range(
                text, candidate, in_sentence[position + 1]
            )
            if not joined_before:
                opening = None
            phrase = text[candidate.start : candidate.end]
            window = (
                max(bounds[0], candidate.start - WINDOW),
                min(bounds[1], candidate.end + WINDOW),
            )
            tense, wanted = placement(
                text, window, in_sentence, position, prefer, joined_before or joined_after
            )
            if (
                tense == "present"
                and wanted == "nearest"
                and not _POSSESSIVE_AFTER.match(
                    text, candidate.end
                )  # "would fight Wednesday's ruling"
            ):
                dated_at = [m.start for _, m in resolved if m.span is not None]
                if told_ahead(text, bounds[0], candidate.start, dated_at):
                    wanted = "future"  # "forecasters warned that gusts would return by the weekend"
            if (
                resolved
                and BARE_MONTH_NAME.fullmatch(phrase)
                and BARE_MONTH_NAME.fullmatch(resolved[-1][1].text)
                and PAIRED.fullmatch(text, resolved[-1][1].end, candidate.start)
            ):
                wanted = resolved[-1][0]  # "routes for April and May": both placed alike
            yearless = YEARLESS.search(phrase) is not None
            soon = tense is None and wanted == "past" and yearless
            # Anaphoric phrases and times of day follow the story wherever it is; a date without
            # a year ("Oct. 2", "April", "the third quarter") takes its year from the story only
            # while the story's time is fresh (this sentence or the one before); the rest
            # (weekdays, "the weekend", "last year") count from the report's date.
            fresh = number - reference_sentence <= 1 and yearless
            cued = (
                clock_cue(text, phrase, in_sentence[position + 1])
                if joined_after
                else clock_cue(text, phrase, in_sentence[position - 1])
                if joined_before
                else None
            )
            if cued is None and position + 1 < len(in_sentence):
                cued = hour_cue(text, phrase, candidate, in_sentence[position + 1])
            if logged and candidate.start in logged:
                cued = logged[candidate.start]  # "1130: depot hit", in a log
            query = phrase if cued is None else cued  # what is resolved: extent, or with its cue
            attacks = ATTACKS_OF_2001.match(text, candidate.start) if moment.year > 2001 else None
            if cued is None and attacks is not None and attacks.end() == candidate.end:
                query = f"{phrase}, 2001"  # "the Sept. 11 attacks", told after them
            at = (
                reference
                if fresh
                or follows_story(query)
                or (number - reference_sentence <= 1 and STORY_PERIOD.search(phrase))
                else None
            )
            restated = (
                resolved[-1][1]
                if at is not None
                and resolved
                and resolved[-1][1].span is reference
                and APPOSED.fullmatch(text, resolved[-1][1].end, candidate.start)
                and SHIFT.search(phrase)
                else None
            )  # "on 29 July, eight days later,", "Oct. 12, the day before the crash": that day
            if (
                at is None
                and wanted != "future"  # "founded in 1998. In March it will launch": not 1998's
                and yearless
                and fresh_year(story_time[0], number - story_time[1], history)
            ):
                at = story_time[0]  # "in June 1812 ... By September": the year the story is in
            if dated is not None and COARSE_ANAPHOR.search(phrase):
                at = dated  # "later that year", "the following month": the last time named
            elif (
                dated is not None
                and _MID_CENTURY.search(phrase)
                and history()
                and tense_near(text, window, candidate.start, candidate.end) == "past"
            ):
                at = dated  # "In 1850 ... By mid-century it had": the century the history is in
            if (
                decade_named is not None
                and number - decade_named[1] <= 1
                and _OF_THE_DECADE.search(phrase)
            ):
                at = decade_named[0]  # "In the 1960's ..., by the end of the decade": the 1960's
            if LATER_ON.search(phrase) and at is None:
                at = dated  # "In December 2004 ... Twenty years on,": from the last time named
                if at is None:  # nothing named to count from: the length alone
                    query = LATER_ON.sub("", query)
            mention: Mention | None
            if candidate.role == "year":
                mention = report_year(candidate, phrase, moment, zone)
            elif candidate.role == "quarter_ended":  # "the quarter ended Sept. 30"
                mention = quarter_ended(candidate, phrase, text, in_sentence, resolve, discussed)
            elif candidate.role == "year_period":  # "the 1988 quarter"
                year = int(candidate.special.value) if candidate.special else moment.year
                mention = period_mention(
                    candidate,
                    phrase,
                    None if discussed is None else (year, discussed[1]),
                    None,
                    zone,
                ) or report_year(candidate, phrase, moment.replace(year=year), zone)
            elif candidate.role == "mid_year":  # "by mid-year": the middle of which year
                told = tense_near(text, window, candidate.start, candidate.end)
                mention = mid_year(candidate, phrase, told, moment, resolve, wanted)
            elif candidate.role:
                mention = None
                # "in the third quarter ..., and fell in November from a year earlier": the
                # month this sentence named last, not the quarter the report discusses
                month_before = (
                    candidate.role == "year_before"
                    and dated is not None
                    and story_time[1] == number
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
                    # "sales in the quarter were flat", with no quarter named before: the last
                    # quarter over; "will rise in the quarter": the report's own (but "lives in
                    # the quarter near the port" is a part of town)
                    told = tense_near(text, window, candidate.start, candidate.end)
                    mention = report_quarter(candidate, phrase, told, moment, zone)
                if (
                    mention is None
                    and candidate.role == "year_before"
                    and dated is not None
                    and not month_before  # tried above, with the same arguments
                ):
                    mention = same_time_a_year_before(candidate, phrase, dated)
                if mention is None:
                    span = resolve(phrase, wanted, at)
                    mention = (
                        None
                        if span is None
                        else _mention(attrs.evolve(candidate, special=None), phrase, span)
                    )
                if mention is None and candidate.role == "year_before" and moment.year > 1:
                    # "the same period last year" with no period under discussion: the period
                    # is somewhere in the year before the report's
                    last_year = moment.replace(year=moment.year - 1, month=1, day=1)
                    mention = report_year(candidate, phrase, last_year, zone)
            else:
                needs_span = candidate.special is None or candidate.special.type == "DATE"
                parsed = candidate.parsed
                if query != phrase:  # read with a cue ("between [1400] and 1600 local time")
                    parsed = None  # or as a length ("Twenty years on" with no time named)
                span = resolve(query, wanted, at, parsed) if needs_span else None
                if (
                    span is not None
                    and fresh
                    and at is reference
                    and at is not None
                    and not follows_story(query)
                    and "\n" in text[sentences.bounds(reference_sentence)[1] - 1 : candidate.start]
                ):
                    # a new paragraph after a flashback ("overturned on the night of April 17,
                    # 2001. ¶ The trial opened on March 4"): a date that the flashback's year
                    # would put further back is the report's, after the flashback
                    span = back_to_the_report(
                        span, at, resolve(query, wanted, None, parsed), moment
                    )
                if span is not None and spoken_the_night_before(
                    text, phrase, candidate.start, reference, moment
                ):
                    # "On Sunday night they won. ... 'Tonight we're champions,'" told the day
                    # after: the night the story is on, when the words were said
                    span = resolve("that night", "past", reference) or span
                if span is not None and at is not None and _TWELVE_HOUR.fullmatch(query):
                    # "switched it on at 6:51 p.m. ... remarked on the ice at 6:47": the half of
                    # the day nearest the story's clock
                    span = nearest_half_day(query, span, at, partial(resolve, wanted=wanted, at=at))
                told = tense
                bare = bare_time_of_day(query)
                if told is None and bare:
                    told = tense_near(text, window, candidate.start, candidate.end)
                if span is not None and at is not None and against_tense(span, told, moment):
                    # the story's year, not its tense; a clock time or part of the day told in
                    # the past is not on a day the story names ahead ("will speak on Thursday.
                    # Markets closed at 14:00"), nor one told in the future on a day gone
                    span = resolve(query, wanted, None, parsed)
                elif at is None and bare and told == "past" and is_night(span):
                    # a night told in the past, with no day, is the last one before the report
                    span = resolve(query, wanted, day_before(moment), parsed) or span
                if (
                    span is not None
                    and at is not None
                    and _BEFORE_MIDNIGHT.search(query)
                    and at.is_bounded
                    and span.timex.value == f"{at.earliest_start.date().isoformat()}T00:00"
                ):  # "agreed on Tuesday ... shortly before midnight": the midnight ending Tuesday
                    next_day = day_after(at.earliest_start)
                    if next_day is not None:
                        span = resolve(query, wanted, next_day, parsed) or span
                if at is not None and told == "past" and evening_before(span, at, moment):
                    # the story in the report's small hours ("won early Wednesday ... after
                    # midnight"): "led through the evening", "turned after 11 p.m." were the
                    # evening before
                    span = resolve(query, wanted, day_before(at.earliest_start), parsed) or span
                if this_years_period(text, candidate.start, phrase, span, told, moment):
                    coming = resolve(phrase, "future", at, parsed)
                    if coming is not None and coming.earliest_start.year - moment.year in (0, 1):
                        span = coming
                base = moment if at is None or not at.is_bounded else at.earliest_start
                if soon and span is not None and a_year_back(span, base):
                    span = just_ahead(span, resolve(query, "nearest", at, parsed), base)
                elif wanted == "future" and span is not None and a_year_ahead(span, base):
                    if yearless:
                        span = just_behind(span, resolve(query, "past", at, parsed), base)
                elif (
                    tense == "past"
                    and span is not None
                    and yearless
                    and a_year_back(span, base)
                    and not said_behind(text, candidate.start)
                ):  # "voted in the June 8 election", told on June 5: days ahead, not a year back
                    span = days_ahead(span, resolve(query, "nearest", at, parsed), base)
                if (
                    wanted == "past"
                    and at is not None
                    and span is not None
                    and yearless
                    and not said_behind(text, candidate.start)
                    and not told_as_before(text, window, candidate.start, candidate.end)
                ):  # "began on 3 April and ended on 17 October": the October after that April
                    since_story = story_to_report(at, moment)
                    if since_story is not None:
                        later = resolve(query, "past", since_story, parsed)
                        span = in_story_year(span, later, at, moment)
                if (
                    opening is not None
                    and before_opening(span, opening)
                    and not is_clock_only(opening.text, opening.timex)  # across midnight: below
                ):
                    if wanted == "past" and resolved and resolved[-1][1] is opening and span:
                        # "marched from Monday to Thursday", "fell from October to March": the
                        # start is the last such day before the end
                        earlier = next_to(opening.text, span, "past", zone)
                        if earlier is not None:
                            opening = attrs.evolve(opening, timex=earlier.timex, span=earlier)
                            resolved[-1] = (resolved[-1][0], opening)
                    else:  # "from Dec. 28 to Jan. 3", "will run from Monday to Thursday"
                        assert opening.span is not None
                        span = next_to(phrase, opening.span, "future", zone) or span
                if restated is not None and span is not None and span.granularity == "day":
                    span = restated.span
                    assert span is not None
                    span = attrs.evolve(span, phrase=phrase, timex=restated.timex)
                mention = _mention(candidate, phrase, span)
            opening = mention if joined_after else None
            if mention is None:
                continue
            if mention.timex.type == "DURATION" and not candidate.special:
                mention = with_determiner(text, mention)
            resolved.append((wanted, mention))
            if mention.span is not None and mention.span.granularity == "decade":
                decade_named = mention.span, number
            if candidate.role == "" and cued is not None:
                queries[mention.start] = cued
            compared = text[max(0, mention.start - 8) : mention.start].rstrip().lower().endswith(
                "since"
            ) and COMPARED_SINCE.search(text, max(0, mention.start - 60), mention.start)
            if (
                moves_story(mention)
                and not attributive(text, mention)
                and not LOOKS_BACK.search(mention.text)
                and not compared
                and not counted_from_a_day(mention, at)
                and not (
                    reference_sentence == number
                    and (
                        tells_the_telling(text, mention.start)
                        or counted_back_to(text, bounds[0], mention.start)
                    )
                )
                and not (len(resolved) > 1 and restates(resolved[-2][1], mention))
            ):
                reference, reference_sentence = named_day(mention), number
            if is_dated(mention) and not compared:
                dated = mention.span
                if not attributive(text, mention):  # not "the Dec. 21, 2011, bombing"
                    story_time = mention.span, number
            quarter = QUARTER_VALUE.fullmatch(mention.timex.value)
            if (
                quarter is not None
                and candidate.role not in ("year_before", "year_period")
                and not (candidate.role == "quarter_ended" and discussed is not None)
                and mention.span is not None
                and mention.span.latest_end <= moment
            ):  # results are told of quarters that are over ("a fourth-quarter charge" is ahead)
                discussed = int(quarter.group(1)), int(quarter.group(2))
        attached = list(attach_clock_times(text, resolved, resolve, queries, moment))
        mentions.extend(attached)
        if reference_sentence == number:
            for (_, before), put in zip(resolved, attached, strict=True):
                if put.span is not before.span and reference is before.span:
                    # moved to the next day ("began at 10 p.m. Thursday and went on through
                    # the morning"): "By noon" is on that day too
                    reference = put.span
            reference = clock_on(reference, attached)

    def resolve_at(phrase: str, at: TimeSpan | None) -> TimeSpan | None:
        return resolve(phrase, prefer, at)

    composed = split_day_ranges(text, compose(text, mentions, resolve_at, zone), resolve_at)
    return roll_log_days(composed, logged) if logged else composed


def _mention(candidate: Candidate, phrase: str, span: TimeSpan | None) -> Mention | None:
    if candidate.special is not None:
        keep = span if candidate.special.type == "DATE" else None
        return Mention(candidate.start, candidate.end, phrase, candidate.special, keep)
    if span is None:
        return None
    timex = span.timex
    if timex.type in ("DURATION", "SET"):
        return Mention(candidate.start, candidate.end, phrase, timex, None)
    return Mention(candidate.start, candidate.end, phrase, timex, span)
