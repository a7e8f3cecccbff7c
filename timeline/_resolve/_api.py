"""`resolve`, `resolve_in_context` and `scan`: the resolver's public entry points."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo
from typing import get_args

import attrs

from timeline._errors import TimelineError, UnresolvableExpression
from timeline._resolve import _lexicon as lex
from timeline._resolve._calendar_years import calendar_years
from timeline._resolve._dates import WrittenContext
from timeline._resolve._durations import Duration
from timeline._resolve._grammar import expression, scan_nodes, scan_stream
from timeline._resolve._period import (
    NAIVE_MAX,
    NAIVE_MIN,
    Context,
    Node,
    Period,
    Prefer,
    Unresolvable,
    clock_value,
    day_period,
    outside_calendar,
    to_span,
)
from timeline._resolve._ranges import Range
from timeline._resolve._tokens import Stream
from timeline._span import OPEN_END, OPEN_START, TimeSpan
from timeline._timex import Timex, TimexMod
from timeline._vocabulary import DEFAULT_VOCABULARY, Vocabulary
from timeline._zones import AnchorLike, TzLike, as_anchor, as_tzinfo

__all__ = [
    "Found",
    "Reading",
    "document_reading",
    "resolve",
    "resolve_in_context",
    "scan",
    "scan_found",
    "resolve_found",
]

ReferenceLike = TimeSpan | AnchorLike | None
_PREFERENCES = frozenset(get_args(Prefer))


@attrs.frozen
class _Bound(Node):
    """ "before Oct. 2", "after the 1990s", "since 2015", "until Friday"."""

    mod: TimexMod
    base: Node
    open_end: bool = False  # "not before Feb. 20": on or after, with no end ("since" ends now)

    def evaluate(self, ctx: Context) -> Period:
        inner = self.base.evaluate(ctx)
        if not inner.is_bounded:
            raise Unresolvable(f"{inner.timex.value} has no bounds to be before or after")
        timex = Timex(inner.timex.type, inner.timex.value, self.mod)
        if self.open_end:
            return Period(inner.es, inner.ls, NAIVE_MAX, NAIVE_MAX, inner.granularity, timex)
        if self.mod == "BEFORE":
            return Period(NAIVE_MIN, NAIVE_MIN, inner.es, inner.ls, inner.granularity, timex)
        if self.mod == "AFTER":
            return Period(inner.ee, inner.le, NAIVE_MAX, NAIVE_MAX, inner.granularity, timex)
        if self.mod == "ON_OR_BEFORE":
            return Period(NAIVE_MIN, NAIVE_MIN, inner.ee, inner.le, inner.granularity, timex)
        # since: from the period to the anchor's day
        end = max(datetime.combine(ctx.today, time()) + timedelta(days=1), inner.le)
        return Period(inner.es, inner.ls, end, end, inner.granularity, timex)


def _local(moment: datetime, ctx_zone: object) -> datetime:
    assert moment.tzinfo is not None
    return moment.astimezone(ctx_zone).replace(tzinfo=None)  # type: ignore[arg-type]


_ANCHOR_DAY = Timex("DATE", "PRESENT_REF")


def _reference(reference: ReferenceLike, anchor: datetime, zone: object) -> Period:
    if reference is None:  # the anchor's day (local midnight: one replace, as this runs per call)
        assert anchor.tzinfo is not None
        start = anchor.astimezone(zone).replace(  # type: ignore[arg-type]
            tzinfo=None, hour=0, minute=0, second=0, microsecond=0
        )
        end = start + timedelta(days=1)
        return Period(start, start, end, end, "day", _ANCHOR_DAY)
    if isinstance(reference, TimeSpan):

        def local(moment: datetime, open_value: datetime) -> datetime:
            if moment in (OPEN_START, OPEN_END):
                return open_value
            return _local(moment, zone)

        return Period(
            local(reference.earliest_start, NAIVE_MIN), local(reference.latest_start, NAIVE_MIN),
            local(reference.earliest_end, NAIVE_MAX), local(reference.latest_end, NAIVE_MAX),
            reference.granularity, reference.timex,
        )  # fmt: skip
    if isinstance(reference, date) and not isinstance(reference, datetime):
        return day_period(reference)
    moment = _local(as_anchor(reference, zone), zone)  # type: ignore[arg-type]
    if isinstance(reference, str) and len(reference.strip()) <= 10:
        return day_period(moment.date())
    timex = Timex("TIME", clock_value(moment))
    return Period(moment, moment, moment, moment, "minute", timex)


def _full(s: Stream, start: int) -> Node | None:
    hit = expression(s, start)
    if hit is None:
        return None
    node, end = hit
    while end < s.n and s.punct(end, ".,;!?"):
        end += 1
    return node if end == s.n else None


def _parse(text: str) -> Node | None:
    s = Stream(text, strict=False)
    if not s.n:
        return None
    node = _full(s, 0)
    if node is not None:
        return node
    interval = _ISO_INTERVAL.fullmatch(text) if "/" in text else None
    if interval is not None:  # "2017-09-28/2017-10-02": from the first to the end of the last
        first, last = _parse(interval.group(1)), _parse(interval.group(2))
        if interval.group(1) == ".." and last is not None:
            return _Bound("ON_OR_BEFORE", last)  # "../2017-10-02": open start
        if interval.group(2) == ".." and first is not None:
            return _Bound("ON_OR_AFTER", first, open_end=True)  # "2017-09-28/..": open end
        return None if first is None or last is None else Range(first, last)
    word = s.word(0)
    if word in lex.PREPOSITIONS and s.word(1) != "or":  # not "on or before Oct. 2"
        return _full(s, 1)
    if word in lex.BOUNDING_PREPOSITIONS:
        inner = _full(s, 1)
        if inner is not None:
            return _Bound(lex.BOUNDING_PREPOSITIONS[word], inner)  # type: ignore[arg-type]
    for words, mod in _BOUND_PHRASES.items():
        if s.words(0, *words) == len(words):
            inner = _full(s, len(words))
            return None if inner is None else _Bound(mod, inner, mod == "ON_OR_AFTER")
    if word == "within":  # "within 72 hours": a length of at most that, placed nowhere
        inner = _full(s, 1)
        if isinstance(inner, Duration) and inner.mod is None and inner.high is not None:
            return attrs.evolve(inner, mod="EQUAL_OR_LESS")
    return None


#: An ISO 8601 / EDTF interval of two dates or times: "2017-09-28/2017-10-02",
#: "2017-09-28T01:00/2017-09-28T03:00".
_ISO_INTERVAL = re.compile(r"\s*(\d{4}-[^/\s]+|\.\.)/(\d{4}-[^/\s]+|\.\.)\s*")
#: A fixed offset from UTC alone ("UTC+8"): a zone, not a time.
_OFFSET_ALONE = re.compile(r"\s*(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?\s*", re.IGNORECASE)

#: Phrases that make a one-sided bound of what follows, as the bounding prepositions do: "no
#: later than March 1" is on or before it, "not before Feb. 20" on or after it (with no end).
_BOUND_PHRASES: dict[tuple[str, ...], TimexMod] = {
    ("no", "later", "than"): "ON_OR_BEFORE", ("not", "later", "than"): "ON_OR_BEFORE",
    ("not", "after"): "ON_OR_BEFORE", ("on", "or", "before"): "ON_OR_BEFORE",
    ("no", "earlier", "than"): "ON_OR_AFTER", ("not", "earlier", "than"): "ON_OR_AFTER",
    ("not", "before"): "ON_OR_AFTER", ("on", "or", "after"): "ON_OR_AFTER",
}  # fmt: skip


def _why(text: str) -> str:
    if not text.strip():
        return "the phrase is empty; give a date, time, period or duration"
    if _OFFSET_ALONE.fullmatch(text):
        return (f"{text.strip()!r} names a time zone, not a time: give it as tz= (the zone the"
                " phrase is meant in) or after a clock time ('1:00 a.m. UTC+8')")  # fmt: skip
    s = Stream(text, strict=False)
    for i in range(s.n):
        hit = expression(s, i)
        if hit is not None:
            a, b = s.extent(i, hit[1])
            return (f"only {text[a:b]!r} reads as a time expression; the whole phrase does not"
                    " (pass just the expression)")  # fmt: skip
    return "not a date, time, period or duration the grammar knows (e.g. 'Sept. 28', 'ten days')"


def resolve_in_context(
    text: str,
    *,
    anchor: AnchorLike,
    reference: ReferenceLike = None,
    prefer: Prefer = "past",
    tz: TzLike = None,
    vocabulary: Vocabulary | None = None,
    day_first: bool | None = None,
) -> TimeSpan:
    """Resolve ``text`` with deictic words counted from ``anchor`` (the document's date) and
    anaphoric ones from ``reference`` (the time the narrative is on: a TimeSpan, date, datetime
    or ISO text; the anchor's day when None).

    ``reference`` also gives the day a bare clock time or part of day ("late at night") falls
    on and the neighbourhood in which a date without a year is placed. ``day_first`` says how
    the document writes numeric dates: True reads "02/03/2022" as 2 March (a document that
    writes "2 March 2022" or "14/06/2021"), False or None as February 3; a date only one way
    can be read ("14/06/2021") is read that way regardless. See :func:`resolve`.
    """
    if not isinstance(text, str):
        raise UnresolvableExpression(repr(text), "a phrase must be text")
    ctx, moment = _checked_context(text, anchor, reference, prefer, tz, vocabulary, day_first)
    return _value(text, _parse(text), ctx, moment)


def _checked_context(
    text: str,
    anchor: AnchorLike,
    reference: ReferenceLike,
    prefer: Prefer,
    tz: TzLike,
    vocabulary: Vocabulary | None,
    day_first: bool | None,
) -> tuple[Context, datetime]:
    """The context ``text`` is valued in and the anchor: :meth:`Reading.checked_context` of
    the document's :func:`document_reading`."""
    if prefer not in _PREFERENCES:
        raise TimelineError(f"prefer must be 'past', 'future' or 'nearest', not {prefer!r}")
    reading = document_reading(anchor, tz=tz, vocabulary=vocabulary, day_first=day_first)
    return reading.checked_context(text, reference, prefer), reading.moment


@attrs.frozen
class Reading:
    """What every phrase of one document is resolved with, besides the narrative's reference
    and the preference: the anchor (aware, in the zone), the zone, the vocabulary and how the
    document writes numeric dates. Checked once by :func:`document_reading`, so that a caller
    resolving many phrases of one text (extraction) does not check it again for each.

    The contexts it builds are kept, by preference and reference object (a text's phrases
    share a few references), for the life of the reading; so are the references read as
    periods of wall time, which the preferences share.
    """

    moment: datetime
    zone: tzinfo
    vocabulary: Vocabulary
    day_first: bool | None
    _contexts: dict[tuple[Prefer, int], tuple[ReferenceLike, Context]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )
    _periods: dict[int, tuple[ReferenceLike, Period]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )
    _wall: datetime = attrs.field(init=False, eq=False, repr=False)  # the anchor, local, naive

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_wall", self.moment.replace(tzinfo=None))

    def context(self, reference: ReferenceLike, prefer: Prefer) -> Context:
        """The context a phrase is valued in, with this reference and preference."""
        key = (prefer, id(reference))
        kept = self._contexts.get(key)
        if kept is not None and kept[0] is reference:  # the object itself, not an equal one
            return kept[1]
        ctx = self._new_context(reference, prefer)
        self._contexts[key] = (reference, ctx)  # holding the reference keeps its id unique
        return ctx

    def _new_context(self, reference: ReferenceLike, prefer: Prefer) -> Context:
        if prefer not in _PREFERENCES:
            raise TimelineError(f"prefer must be 'past', 'future' or 'nearest', not {prefer!r}")
        period = self._period(reference)
        if self.day_first is None:
            return Context(self._wall, period, prefer, self.vocabulary, self.zone)
        return WrittenContext(
            self._wall, period, prefer, self.vocabulary, self.zone, self.day_first
        )

    def _period(self, reference: ReferenceLike) -> Period:
        """The reference as a period of wall time in the zone (kept as contexts are)."""
        kept = self._periods.get(id(reference))
        if kept is not None and kept[0] is reference:
            return kept[1]
        period = _reference(reference, self.moment, self.zone)
        self._periods[id(reference)] = (reference, period)
        return period

    def checked_context(self, text: str, reference: ReferenceLike, prefer: Prefer) -> Context:
        """:meth:`context`, with a reference at the calendar's very edge (Dec. 31, 9999, whose
        day ends past it) refused as the phrase's error."""
        try:
            return self.context(reference, prefer)
        except (OverflowError, Unresolvable):
            raise UnresolvableExpression(text, outside_calendar("the reference").reason) from None

    def resolve(self, text: str, *, reference: ReferenceLike, prefer: Prefer) -> TimeSpan:
        """:func:`resolve_in_context` with this reading's anchor, zone, vocabulary and
        ``day_first``."""
        if not isinstance(text, str):
            raise UnresolvableExpression(repr(text), "a phrase must be text")
        ctx = self.checked_context(text, reference, prefer)
        return _value(text, _parse(text), ctx, self.moment)

    def resolve_found(self, found: Found, *, reference: ReferenceLike, prefer: Prefer) -> TimeSpan:
        """:func:`resolve_found` with this reading's anchor, zone, vocabulary and
        ``day_first``."""
        ctx = self.checked_context(found.text, reference, prefer)
        return _value(found.text, found.node, ctx, self.moment)


def document_reading(
    anchor: AnchorLike,
    *,
    tz: TzLike = None,
    vocabulary: Vocabulary | None = None,
    day_first: bool | None = None,
) -> Reading:
    """The :class:`Reading` of a document dated ``anchor`` (arguments as for
    :func:`resolve_in_context`; a bad one raises :class:`~timeline.TimelineError`)."""
    moment = as_anchor(anchor, tz)
    zone = as_tzinfo(tz) if tz is not None else moment.tzinfo
    assert zone is not None
    moment = moment.astimezone(zone)
    if day_first not in (None, True, False):
        raise TimelineError(f"day_first must be True, False or None, not {day_first!r}")
    vocabulary = DEFAULT_VOCABULARY if vocabulary is None else vocabulary
    return Reading(moment, zone, vocabulary, day_first)


def _value(text: str, node: Node | None, ctx: Context, moment: datetime) -> TimeSpan:
    """The span of a parsed phrase (or of dateparser's reading of it when ``node`` is None)."""
    zone = ctx.zone
    try:
        if node is not None:
            period = node.evaluate(ctx)
        elif (named := calendar_years(text)) is not None:  # "44 BC", "fiscal 2018-19"
            period = named
        elif any(c.isdigit() for c in text) and not _OFFSET_ALONE.fullmatch(text):
            from timeline._resolve._dateparser import parse_with_dateparser

            period = parse_with_dateparser(text.strip(), ctx)
        else:
            raise Unresolvable(_why(text))
        return to_span(period, zone, text, moment)
    except Unresolvable as error:
        raise UnresolvableExpression(text, error.reason) from None
    except (ValueError, OverflowError) as error:
        if isinstance(error, TimelineError):
            raise
        raise UnresolvableExpression(text, outside_calendar("the date").reason) from None


def resolve(
    text: str,
    anchor: AnchorLike,
    *,
    prefer: Prefer = "past",
    tz: TzLike = None,
    vocabulary: Vocabulary | None = None,
    day_first: bool | None = None,
) -> TimeSpan:
    """The span a temporal phrase denotes, given the date of the report it comes from.

    ``anchor`` is the report's date (a date, datetime or ISO text): "yesterday", "two weeks
    ago" and dates without a year count from it; there is no hidden "now". ``prefer`` places a
    date without a year: ``"past"`` (the news default: the latest one begun by the anchor's
    day), ``"future"`` or ``"nearest"``. ``tz`` is the zone the phrase is meant in (a name or a
    tzinfo; default the anchor's own zone, else UTC; never the machine's). ``vocabulary``
    replaces the meaning of fuzzy words (:data:`~timeline.DEFAULT_VOCABULARY`). ``day_first``
    reads a numeric date that could go either way ("02/03/2022") day first, as a report that
    writes "2 March 2022" means it (default: month first); one that reads only one way
    ("14/06/2021") is read that way.

    Raises :class:`~timeline.UnresolvableExpression` for anything not understood or impossible.

    >>> span = resolve("mid-September", "2017-10-11", tz="Asia/Pyongyang")
    >>> print(span.latest_start, span.earliest_end)  # surely Sept. 11-20
    2017-09-11 00:00:00+08:30 2017-09-21 00:00:00+08:30
    >>> span.timex
    Timex(DATE 2017-09 MID)
    >>> resolve("from 1:00 a.m. to 3:00 a.m. on Sept. 28", "2017-10-11")
    TimeSpan['from 1:00 a.m. to 3:00 a.m. on Sept. 28': 2017-09-28 01:00 → 2017-09-28 03:00 UTC]
    """
    return resolve_in_context(
        text,
        anchor=anchor,
        reference=None,
        prefer=prefer,
        tz=tz,
        vocabulary=vocabulary,
        day_first=day_first,
    )


def scan(text: str) -> list[tuple[int, int]]:
    """Character extents of the temporal expressions in running text, in order.

    Longest match, not overlapping, introducing prepositions left out ("on [Sept. 28]", "in
    [mid-September]"), except the "from"/"between" of a range, which belongs to it. Scanning is
    strict where :func:`resolve` is lenient: month and weekday names must be capitalised, "May",
    "March", "April"... alone need temporal context, "a second" is not a duration.

    >>> text = "Goods waited for ten days in mid-September and crossed on Sept. 28."
    >>> [text[a:b] for a, b in scan(text)]
    ['ten days in mid-September', 'Sept. 28']
    """
    return scan_stream(Stream(text, strict=True))


@attrs.frozen
class Found:
    """An expression :func:`scan_found` found: its extent in the text, the text, and what the
    grammar read (value it with :func:`resolve_found`, without parsing it again)."""

    start: int
    end: int
    text: str
    node: Node = attrs.field(repr=False, eq=False)


def scan_found(text: str) -> list[Found]:
    """Like :func:`scan`, with what the grammar read at each extent.

    >>> [(f.text, f.start) for f in scan_found("held for ten days in mid-September")]
    [('ten days in mid-September', 9)]
    """
    return [Found(a, b, text[a:b], node) for a, b, node in scan_nodes(Stream(text, strict=True))]


def resolve_found(
    found: Found,
    *,
    anchor: AnchorLike,
    reference: ReferenceLike = None,
    prefer: Prefer = "past",
    tz: TzLike = None,
    vocabulary: Vocabulary | None = None,
    day_first: bool | None = None,
) -> TimeSpan:
    """:func:`resolve_in_context` for an expression :func:`scan_found` already parsed.

    >>> found = scan_found("moved on Sept. 28 and Oct. 2")
    >>> resolve_found(found[1], anchor="2017-10-11").timex
    Timex(DATE 2017-10-02)
    """
    ctx, moment = _checked_context(found.text, anchor, reference, prefer, tz, vocabulary, day_first)
    return _value(found.text, found.node, ctx, moment)
