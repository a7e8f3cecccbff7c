"""How one candidate is read before its span is resolved: the tense and preference that place
it, the phrase it is resolved as (with a cue, or a year), and the time it counts from (the
story's time, the last time named, a decade); and the story the article has told so far, which
each mention found moves on."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from functools import partial
from typing import Literal, Protocol, TypeVar

import attrs

from timeline._extract._candidates import Candidate
from timeline._extract._clocks import clock_cue, hhmm_cue, hour_cue
from timeline._extract._context import Sentences, Tense, tense_near
from timeline._extract._mention import Mention
from timeline._extract._periods import QUARTER_VALUE
from timeline._extract._phrases import (
    APPOSED,
    ATTACKS_OF_2001,
    BARE_MONTH_NAME,
    COARSE_ANAPHOR,
    COMPARED_SINCE,
    LATER_ON,
    LOOKS_BACK,
    PAIRED,
    POSSESSIVE_S,
    RESTATING,
    SHIFT,
    STORY_PERIOD,
    attributive,
    bare_time_of_day,
    follows_story,
    is_yearless,
)
from timeline._extract._placement import WINDOW, Prefer, placement, told_as_before
from timeline._extract._quoted import quotations
from timeline._extract._story import (
    apposed_weekday,
    clock_on,
    counted_back_to,
    counted_from_a_day,
    fresh_year,
    is_dated,
    moves_story,
    named_day,
    restates,
    tells_the_telling,
    told_ahead,
)
from timeline._extract._words import MONTH
from timeline._span import TimeSpan

__all__ = ["Document", "Read", "Resolve", "Story", "read_candidate"]


class Resolve(Protocol):
    """A phrase resolved in the document: with a preference, a reference time (None: the
    report's date) and what the scan read there; None when the grammar fails on it."""

    def __call__(
        self, phrase: str, wanted: Prefer, at: TimeSpan | None, parsed: object = None
    ) -> TimeSpan | None: ...


@attrs.frozen(eq=False)
class Document:
    """What every candidate of one text is read against."""

    text: str
    moment: datetime  # the report's date or time
    zone: tzinfo | None
    prefer: Prefer
    sentences: Sentences
    resolve: Resolve
    logged: dict[int, str]  # the phrase a log's line clock is resolved as, by where it starts
    history: Callable[[], bool]  # whether the text tells a history (asked when needed, once)


@attrs.define(eq=False)
class Story:
    """What the article has told so far, as the candidates after it count from it."""

    reference: TimeSpan | None = None  # the story's time: the last day or time of day
    reference_sentence: int = -1  # where the story's time was last set
    reference_end: int = -1  # where the mention that set it ends
    flashback: TimeSpan | None = None  # the day a past perfect in its paragraph went back to
    dated: TimeSpan | None = None  # the last time named, of any size ("in June 1998")
    told_at: tuple[TimeSpan | None, int] = (None, -1)  # the last time told at, and where
    discussed: tuple[int, int] | None = None  # the quarter the report is about
    decade: tuple[TimeSpan, int] | None = None  # "In the 1960's", and where
    clocks: dict[str, TimeSpan] = attrs.Factory(dict)  # a dated clock's time ("06:48"): its day
    quotes: list[tuple[int, int]] | None = None  # the text's quotations, found when first needed
    quoted: tuple[int, int] | None = None  # the quotation the story's time was set in
    # the story's time told outside it (reference, its sentence, its end, flashback), to go back
    # to after it
    narrative: tuple[TimeSpan | None, int, int, TimeSpan | None] | None = None

    def step(self, start: int) -> None:
        """Go back to the story's time told outside the quotation that moved it once the
        candidate at ``start`` lies past it and in no other quotation: the dates a speaker
        names are theirs ('Police came on Oct. 5. "We saw them on Oct. 3 and the following
        night," she said. The next day ...' is Oct. 6); quotations that follow each other go
        on with the speaker's time."""
        quoted, narrative = self.quoted, self.narrative
        if quoted is None or start < quoted[1] or narrative is None:
            return
        if self._quotation(start) is not None:
            return
        self.reference, self.reference_sentence, self.reference_end, self.flashback = narrative
        self.quoted = self.narrative = None

    def _quotation(self, start: int) -> tuple[int, int] | None:
        """The quotation holding ``start`` (``quotes`` is found by then)."""
        quotes = self.quotes or []
        at = bisect_right(quotes, (start, _BEYOND)) - 1
        return quotes[at] if at >= 0 and start < quotes[at][1] else None

    def _quoted_move(self, text: str, read: Read, mention: Mention) -> None:
        """Keep the story's time told outside quotations before a quoted mention moves the
        story to a time before it or after the report: the speaker's past ('Police came on
        Oct. 5. "We saw them on Oct. 3," she said') and plans ('On March 1, 2016, he told him to
        "come back Thursday"', read from the report's days) are theirs. A quoted time between
        the story's and the report's goes on with the story ("On 9 August soldiers came. 'About
        two weeks later, a man told us ...' The following morning"; '"Now it is today," said');
        a quotation with no story told before it tells the story."""
        if self.quotes is None:
            self.quotes = quotations(text) if '"' in text or "“" in text or "``" in text else []
        if not self.quotes:
            return
        quote = self._quotation(mention.start)
        if quote is None:
            self.quoted = self.narrative = None
            return
        if self.quoted is None:
            reference, span = self.reference, mention.span
            if (
                reference is None
                or span is None
                or not (reference.is_bounded and span.is_bounded)
                or reference.earliest_start > read.document.moment  # (a plan: no past told)
                or (
                    reference.earliest_start < span.latest_end
                    and span.earliest_start <= read.document.moment
                )
            ):
                return
            self.narrative = (
                reference, self.reference_sentence, self.reference_end, self.flashback
            )
        self.quoted = quote

    def note(
        self, read: Read, mention: Mention, resolved: Sequence[tuple[Prefer, Mention]]
    ) -> None:
        """Move the story on by ``mention``, the last of ``resolved`` (its sentence so far)."""
        text, number = read.document.text, read.number
        if mention.span is not None and mention.span.granularity == "decade":
            self.decade = mention.span, number
        compared = _compared_since(text, mention.start)
        if not compared and self._moves_to(read, mention, resolved):
            background = self._background(read, mention)
            if background == "flashback":
                # told in the past perfect within the paragraph: its own anaphors count from it
                # ("had arrived on 2 May. The next day he had rented a car"), the story stays
                self.flashback = named_day(mention)
            elif not background:
                self._quoted_move(text, read, mention)
                self.reference, self.reference_sentence = named_day(mention), number
                self.reference_end, self.flashback = mention.end, None
        if _CLOCK_VALUE.fullmatch(mention.timex.value) and mention.span is not None:
            self.clocks[mention.timex.value[11:16]] = mention.span
        if is_dated(mention) and not compared and not _earlier_figure(text, mention, resolved):
            self.dated = mention.span
            if not attributive(text, mention):  # not "the Dec. 21, 2011, bombing"
                self.told_at = mention.span, number
        if not compared and _discusses(read, mention, self.discussed):
            quarter = QUARTER_VALUE.fullmatch(mention.timex.value)
            assert quarter is not None
            self.discussed = int(quarter.group(1)), int(quarter.group(2))

    def _moves_to(
        self, read: Read, mention: Mention, resolved: Sequence[tuple[Prefer, Mention]]
    ) -> bool:
        """Whether the story is now on the day or time of day ``mention`` names: not when it
        names an event ("the Dec. 21 bombing") or looks back ("the previous day"), counts
        minutes from a day with no time, dates the telling or the event a length counts from
        in a sentence on the story's time ("the company said on Monday"), or restates a clock
        time in another zone ("at 10:02 p.m. (1302 GMT)"), is a term given ("have until
        Dec. 31 to claim") or a morning something went on until. A background time (see
        :meth:`_background`) is then set aside by :meth:`note`."""
        text = read.document.text
        return (
            moves_story(mention)
            and not attributive(text, mention)
            and not LOOKS_BACK.search(mention.text)
            and not counted_from_a_day(mention, read.at)
            and not (
                self.reference_sentence == read.number
                and (
                    tells_the_telling(text, mention.start)
                    or counted_back_to(text, read.sentence_start, mention.start)
                )
            )
            and not (len(resolved) > 1 and restates(resolved[-2][1], mention))
            and not _TERM_GIVEN.search(text, max(0, mention.start - 20), mention.start)
            and not (
                _MORNING_REACHED.fullmatch(mention.text)
                and _UNTIL.search(text, max(0, mention.start - 8), mention.start)
            )
        )

    def _background(self, read: Read, mention: Mention) -> Literal["", "adjunct", "flashback"]:
        """Whether ``mention`` dates what led up to the time its sentence's main clause set the
        story on: a time before that one, in an adjunct or clause after it that tells what came
        first ("began on 11 April, following an attack on 9 April", "made progress Thursday
        against a fire that has burned since it broke out Sunday"). Its events are background;
        the story stays on the main clause's time. Only a day or a clock time holds the story
        so: after a part of the day ("worked through the night after a quake struck on Monday
        afternoon") the day named is the firmer time. Says "adjunct" for such a time in the
        sentence that set the story's, "flashback" for one told in the past perfect later in its
        paragraph, "" when it is no background."""
        reference = self.reference
        if not (
            reference is not None
            and _DAY_OR_CLOCK.fullmatch(reference.timex.value) is not None
            and mention.span is not None
            and reference.is_bounded
            and mention.span.latest_end <= reference.earliest_start
        ):
            return ""
        text = read.document.text
        if self.reference_sentence == read.number:
            leading_up = _LEADING_UP.search(text, self.reference_end, mention.start)
            return "" if leading_up is None else "adjunct"
        if "\n" in text[self.reference_end : mention.start] or not told_as_before(
            text, read.window, mention.start, mention.end
        ):
            return ""
        return "flashback"

    def close_sentence(
        self, number: int, resolved: Sequence[tuple[Prefer, Mention]], attached: list[Mention]
    ) -> None:
        """Follow the clock times attached to days at the end of sentence ``number``."""
        if self.reference_sentence != number:
            return
        for (_, before), put in zip(resolved, attached, strict=True):
            if put.span is not before.span and self.reference is before.span:
                # moved to the next day ("began at 10 p.m. Thursday and went on through the
                # morning"): "By noon" is on that day too
                self.reference = put.span
        self.reference = clock_on(self.reference, attached)


_BEYOND = 1 << 62  # (past any offset: what a quotation's end is compared with)
# A term given ("customers have until Dec. 31 to claim"): its day is no time the story is on.
_TERM_GIVEN = re.compile(r"\bha(?:s|ve)\s+(?:only\s+|just\s+)?(?:until|till)\s+\Z", re.I)
# A morning a night's doings ran on to ("went from house to house until morning"): the story
# stays on the night's day ("The next day" is the day after the night's date).
_MORNING_REACHED = re.compile(r"(?:the\s+)?(?:morning|dawn|daybreak|sunrise|first\s+light)", re.I)
_UNTIL = re.compile(r"\b(?:until|till)\s+\Z", re.IGNORECASE)
_DAY_OR_CLOCK = re.compile(r"\d{4}-\d\d-\d\d(?:T\d\d(?::\d\d)*)?")
# A clock time to the minute on a day, not on the hour: "2021-06-14T06:48(:13)"
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:(?!00)\d\d(?::\d\d)?")
# What introduces, after a sentence's main time, what came before it: an adjunct ("following
# an attack", "after the vote", "since it broke out", "in the wake of") or a clause in the past
# perfect ("where rebels had struck").
_LEADING_UP = re.compile(
    r"\b(?:following|after|since|in\s+the\s+wake\s+of|in\s+response\s+to|prompted\s+by|"
    r"triggered\s+by|had)\b",
    re.IGNORECASE,
)


def _compared_since(text: str, start: int) -> bool:
    """Whether the mention at ``start`` is the time a record is measured against ("the highest
    since March 1982"): it neither moves the story nor dates it."""
    return (
        text[max(0, start - 8) : start].rstrip().lower().endswith("since")
        and COMPARED_SINCE.search(text, max(0, start - 60), start) is not None
    )


# A figure of an earlier time that a sentence's own is set after: "income rose 0.5 percent in
# September after a 0.3 percent gain in August".
_AFTER_A_FIGURE = re.compile(
    r"\b(?:after|following)\s+(?:an?\s+)?(?:\w+\s+)?[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|"
    r"points?)?\s+(?:\w+\s+)?(?:gain|rise|increase|jump|advance|drop|decline|fall|dip|slide|"
    r"loss|decrease)\s+(?:in|during|for)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def _earlier_figure(
    text: str, mention: Mention, resolved: Sequence[tuple[Prefer, Mention]]
) -> bool:
    """Whether ``mention`` dates a figure set after the sentence's own time, named before it
    ("rose in September after a gain in August", "rose in September, up from 1.2 percent in
    August"): the earlier time is no time of the story, and anaphors after it ("a decline the
    month before") count from the sentence's own."""
    return (
        len(resolved) > 1
        and mention.span is not None
        and mention.span.granularity in ("month", "quarter")
        and is_dated(resolved[-2][1])
        and (
            _AFTER_A_FIGURE.search(text, max(0, mention.start - 70), mention.start) is not None
            or comparison_base(text, mention.start)
        )
    )


def _discusses(read: Read, mention: Mention, discussed: tuple[int, int] | None) -> bool:
    """Whether ``mention`` names the quarter the report now discusses: a quarter that is over
    (results are told of those; "a fourth-quarter charge" is ahead), not one a year before or
    of a year named ("the 1988 quarter"), nor the quarter ended on a day once one is under
    discussion."""
    role = read.candidate.role
    return (
        QUARTER_VALUE.fullmatch(mention.timex.value) is not None
        and role not in ("year_before", "year_period")
        and not (role == "quarter_ended" and discussed is not None)
        and mention.span is not None
        and mention.span.latest_end <= read.document.moment
        and not comparison_base(read.document.text, mention.start)
    )


# What a figure is measured against: "up 7 percent from [the third quarter of 2018]", "compared
# with", "than", "versus", "against", "an increase on".
_COMPARISON_BASE = re.compile(
    r"(?:\b(?:compared\s+(?:with|to)|as\s+against|than|versus|vs\.|against)|"
    r"\b(?:up|down|rose|fell|gained|dropped|climbed|slipped|jumped|increased|decreased|grew|"
    r"declined|higher|lower|increases?|decreases?|growth|declines?|rises?|falls?|change)\b"
    r"[^.;:!?]{0,40}?\b(?:from|on|over))"
    # the base's own figure may come first: "down from 1.9 percent in the second quarter",
    # "down from a 4.7 percent pace in the second quarter"
    r"(?:\s+(?:an?\s+)?[$€£]?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent|points?|million|billion))?"
    r"(?:\s+(?:annual(?:ized)?\s+)?(?:pace|rate|gain|rise|increase|decline|drop|fall))?)?"
    r"\s+(?:in\s+)?(?:(?:the|its|a|last\s+year's)\s+)?\Z",
    re.IGNORECASE,
)


def comparison_base(text: str, start: int) -> bool:
    """Whether the period at ``start`` is the base a figure is compared with ("revenue rose 7
    percent from the third quarter of 2018"), not the period the report goes on to discuss."""
    return _COMPARISON_BASE.search(text, max(0, start - 70), start) is not None


@attrs.frozen(eq=False)
class Read:
    """One candidate, as it is to be resolved."""

    document: Document
    story: Story  # the story so far (it moves on only once this candidate is done)
    candidate: Candidate
    phrase: str
    number: int  # its sentence
    sentence_start: int
    window: tuple[int, int]  # where the tense of its clause is looked for
    tense: Tense | None  # of its clause, when it names a time placed by tense
    wanted: Prefer  # where a date without a year lies
    yearless: bool  # it names a date without a year ("Oct. 2", "April", "the third quarter")
    fresh: bool  # ... while the story's time is fresh (this sentence or the one before)
    cued: str | None  # the phrase with the cue it is read with ("1130 hours")
    query: str  # what is resolved: the phrase, or it with its cue
    bare: bool  # the query is a time of day with no day of its own ("late at night", "14:00")
    at: TimeSpan | None  # what it counts from (None: the report's date)
    restated: Mention | None  # the day it restates ("on 29 July, eight days later,")
    near: Callable[[], Tense | None]  # the tense of its clause, looked for once

    @property
    def parsed(self) -> object:
        """What the scan read here, when the candidate is resolved as it was scanned."""
        return self.candidate.parsed if self.query == self.phrase else None

    @property
    def told(self) -> Tense | None:
        """The tense it is told in: of its clause, looked for too when it is a bare time of day."""
        if self.tense is None and self.bare:
            return self.near()
        return self.tense

    @property
    def soon(self) -> bool:
        """A date without a year in a clause without tense, placed in the past."""
        return self.tense is None and self.wanted == "past" and self.yearless

    def resolve(self, wanted: Prefer, at: TimeSpan | None) -> TimeSpan | None:
        """What it is resolved as, with another preference or reference time."""
        return self.document.resolve(self.query, wanted, at, self.parsed)


def read_candidate(
    document: Document,
    story: Story,
    sentence: Sequence[Candidate],
    position: int,
    number: int,
    bounds: tuple[int, int],
    joined: tuple[bool, bool],
    resolved: Sequence[tuple[Prefer, Mention]],
) -> Read:
    """How ``sentence[position]`` is to be resolved: ``number`` and ``bounds`` are its sentence,
    ``joined`` whether it ends a range and starts one, ``resolved`` the sentence's mentions
    before it, each with the preference it was resolved with."""
    text, candidate = document.text, sentence[position]
    phrase = text[candidate.start : candidate.end]
    window = (max(bounds[0], candidate.start - WINDOW), min(bounds[1], candidate.end + WINDOW))
    near = _once(partial(_tense_of_clause, text, window, bounds[0], candidate))
    tense, wanted = placement(text, window, sentence, position, document.prefer, any(joined), near)
    if _told_ahead(text, bounds[0], candidate, tense, wanted, resolved):
        wanted = "future"
    wanted = _paired_month(text, phrase, candidate, resolved) or wanted
    yearless = is_yearless(phrase)
    recent = number - story.reference_sentence <= 1  # the story's time is fresh
    on_a_clock = recent and story.reference is not None and story.reference.granularity in _CLOCKS
    cued = _cue(document, sentence, position, joined, on_a_clock)
    query = cued if cued is not None else _attacks_of_2001(document, phrase, candidate)
    # Anaphoric phrases and times of day follow the story wherever it is; a date without a
    # year takes its year from the story only while the story's time is fresh; the rest
    # (weekdays, "the weekend", "last year") count from the report's date.
    follows = (
        (recent and yearless)
        or follows_story(query)
        or (recent and STORY_PERIOD.search(phrase) is not None)
    )
    at = story.reference if follows else None
    if (
        follows
        and story.flashback is not None
        and told_as_before(text, window, candidate.start, candidate.end)
    ):
        at = story.flashback  # "had arrived on 2 May. The next day he had ..."
    restated = _restated(text, candidate, phrase, at, story.reference, resolved)
    at = _year_of_a_history(at, story, number, wanted, phrase, yearless, document.history)
    at = _last_time_named(at, story, phrase, document.history, near)
    at = _decade_named(at, story, number, phrase)
    at, query = _later_on(at, story.dated, phrase, query)
    return Read(
        document=document,
        story=story,
        candidate=candidate,
        phrase=phrase,
        number=number,
        sentence_start=bounds[0],
        window=window,
        tense=tense,
        wanted=wanted,
        yearless=yearless,
        fresh=recent and yearless,
        cued=cued,
        query=query,
        bare=bare_time_of_day(query),
        at=at,
        restated=restated,
        near=near,
    )


def _tense_of_clause(
    text: str, window: tuple[int, int], sentence_start: int, candidate: Candidate
) -> Tense | None:
    """The tense of the clause around ``candidate``: looked for near it; when none is there, a
    verb that looks ahead further back in the same clause ("We expect fourth-quarter revenue
    to be the strongest of the year, as customers spend remaining budgets in December"),
    unless a comparison comes between ("now expects $2.45 a share, down from the $2.70 it
    forecast in July": the figure compared with is an earlier one)."""
    tense = tense_near(text, window, candidate.start, candidate.end)
    if tense is not None or window[0] <= sentence_start:
        return tense
    start = max(sentence_start, candidate.start - _LONG_CLAUSE)  # (bounded: a run-on text)
    if _COMPARING.search(text, start, candidate.start) is not None:
        return None
    wider = tense_near(text, (start, window[1]), candidate.start, candidate.end)
    return wider if wider == "future" else None


_LONG_CLAUSE = 240  # characters back from a date its clause's verb may lie


_COMPARING = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|than)\b", re.IGNORECASE)

_T = TypeVar("_T")


def _once(ask: Callable[[], _T]) -> Callable[[], _T]:
    """``ask``, asked at most once (lighter than functools.cache, made once per candidate)."""
    answer: list[_T] = []

    def once() -> _T:
        if not answer:
            answer.append(ask())
        return answer[0]

    return once


# --------------------------------------------------------------- where it is placed


def _told_ahead(
    text: str,
    sentence_start: int,
    candidate: Candidate,
    tense: Tense | None,
    wanted: Prefer,
    resolved: Sequence[tuple[Prefer, Mention]],
) -> bool:
    """A time said in the report's days to lie ahead is ahead of the report, not the nearest:
    "forecasters warned that gusts would return by the weekend" (not "would fight Wednesday's
    ruling")."""
    if tense != "present" or wanted != "nearest" or POSSESSIVE_S.match(text, candidate.end):
        return False
    dated_at = [m.start for _, m in resolved if m.span is not None]
    return told_ahead(text, sentence_start, candidate.start, dated_at)


def _paired_month(
    text: str, phrase: str, candidate: Candidate, resolved: Sequence[tuple[Prefer, Mention]]
) -> Prefer | None:
    """Two months named together are placed alike: "routes for April and May"."""
    if (
        resolved
        and BARE_MONTH_NAME.fullmatch(phrase)
        and BARE_MONTH_NAME.fullmatch(resolved[-1][1].text)
        and PAIRED.fullmatch(text, resolved[-1][1].end, candidate.start)
    ):
        return resolved[-1][0]
    return None


# --------------------------------------------------------------- what it is resolved as


_CLOCKS = frozenset(["hour", "minute", "second"])


def _cue(
    document: Document,
    sentence: Sequence[Candidate],
    position: int,
    joined: tuple[bool, bool],
    on_a_clock: bool,
) -> str | None:
    """A clock time read with the cue its range partner or a log line gives it: "between [1400]
    and 1600 local time", "[10] to 11 a.m.", "1130: depot hit" in a log; or that "at" and a day
    or the story's clock time give it ("at 2300 on 4 March", "At 1130 it reached the
    checkpoint" after "At 0915 local time", ``on_a_clock``)."""
    text, candidate = document.text, sentence[position]
    phrase = text[candidate.start : candidate.end]
    joined_before, joined_after = joined
    cued = (
        clock_cue(text, phrase, sentence[position + 1])
        if joined_after
        else clock_cue(text, phrase, sentence[position - 1])
        if joined_before
        else None
    )
    if cued is None and position + 1 < len(sentence):
        cued = hour_cue(text, phrase, candidate, sentence[position + 1])
    if cued is None and phrase[:1].isdigit():
        cued = hhmm_cue(text, phrase, candidate, on_a_clock)  # "at 2300 on 4 March"
    if document.logged and candidate.start in document.logged:
        cued = document.logged[candidate.start]
    return cued


def _attacks_of_2001(document: Document, phrase: str, candidate: Candidate) -> str:
    """ "the Sept. 11 attacks", told after them, is the day of 2001 they name."""
    if document.moment.year <= 2001:
        return phrase
    attacks = ATTACKS_OF_2001.match(document.text, candidate.start)
    if attacks is not None and attacks.end() == candidate.end:
        return f"{phrase}, 2001"
    return phrase


# --------------------------------------------------------------- what it counts from


def _restated(
    text: str,
    candidate: Candidate,
    phrase: str,
    at: TimeSpan | None,
    story: TimeSpan | None,
    resolved: Sequence[tuple[Prefer, Mention]],
) -> Mention | None:
    """A shift or an anaphor set beside the day the story is on names that day: "on 29 July,
    eight days later,", "Oct. 12, the day before the crash", "on 3 June, the next day," (and
    the story stays on it)."""
    if at is None or not resolved:
        return None
    day = resolved[-1][1]
    if day.span is not story or not APPOSED.fullmatch(text, day.end, candidate.start):
        return None
    if SHIFT.search(phrase):
        return day
    again = RESTATING.fullmatch(phrase)
    if again is None:
        return None
    named, gap = again["day"], candidate.start - day.end
    return day if named.lower() == "day" or apposed_weekday(day, named, gap) else None


def _year_of_a_history(
    at: TimeSpan | None,
    story: Story,
    number: int,
    wanted: Prefer,
    phrase: str,
    yearless: bool,
    history: Callable[[], bool],
) -> TimeSpan | None:
    """In a history, a date without a year is in the year the story is in: "in June 1812 ...
    By September" (not when told as coming: "founded in 1998. In March it will launch"); so is
    a day of the month just named with its year, in any text."""
    told_at, where = story.told_at
    if wanted == "future" or not yearless:
        return at
    if at is None and fresh_year(told_at, number - where, history):
        return told_at
    if (at is None or (at is story.reference and where >= story.reference_sentence)) and (
        _day_of_the_month_named(told_at, number - where, phrase)
    ):
        return told_at
    return at


# A day of a month by its name: "Sept. 14", "the evening of 14 September".
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>{MONTH})\b\.?"
    r"(?(day)|\s+\d{1,2}\b)"
)
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH_NUMBERS = {name: f"{n:02d}" for n, name in enumerate(_MONTHS, 1)}


def _day_of_the_month_named(told_at: TimeSpan | None, sentences_back: int, phrase: str) -> bool:
    """Whether ``phrase`` is a day of the month last named with its year, in this sentence or
    the one before: "tagged in September of 2011 ... left on Sept. 14" is that September's
    day, in a report on its own days too (where a month alone is the report's: see
    :func:`fresh_year`)."""
    if told_at is None or sentences_back > 1 or told_at.granularity != "month":
        return False
    day = _MONTH_DAY.search(phrase)
    return (
        day is not None
        and told_at.timex.value[5:7] == _MONTH_NUMBERS[day.group("month")[:3].lower()]
    )


_MID_CENTURY = re.compile(r"\bmid-(?:century|decade)\b", re.IGNORECASE)


def _last_time_named(
    at: TimeSpan | None,
    story: Story,
    phrase: str,
    history: Callable[[], bool],
    near: Callable[[], Tense | None],
) -> TimeSpan | None:
    """Anaphors of a month or more count from the last time named, whatever its size: "later
    that year", "the following month"; and so does "mid-century" in a history told in the past
    ("In 1850 ... By mid-century it had")."""
    dated = story.dated
    if dated is not None and COARSE_ANAPHOR.search(phrase):
        return dated
    if dated is not None and _MID_CENTURY.search(phrase) and history() and near() == "past":
        return dated
    return at


_OF_THE_DECADE = re.compile(
    r"\b(?:end|beginning|start|middle|rest|remainder|close)\s+of\s+the\s+decade\b", re.IGNORECASE
)


def _decade_named(at: TimeSpan | None, story: Story, number: int, phrase: str) -> TimeSpan | None:
    """A part of "the decade" is of the decade just named: "In the 1960's ..., by the end of
    the decade"."""
    decade = story.decade
    if decade is not None and number - decade[1] <= 1 and _OF_THE_DECADE.search(phrase):
        return decade[0]
    return at


def _later_on(
    at: TimeSpan | None, dated: TimeSpan | None, phrase: str, query: str
) -> tuple[TimeSpan | None, str]:
    """ "Twenty years on" counts from the last time named ("In December 2004 ... Twenty years
    on,"); with nothing named, it is the length alone. What it counts from, and its query."""
    if at is not None or not LATER_ON.search(phrase):
        return at, query
    if dated is None:
        return None, LATER_ON.sub("", query)
    return dated, query
