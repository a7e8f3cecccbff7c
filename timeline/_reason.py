"""`Timeline` and `Schedule`: events put in order from partial statements, and why.

Everything said about an event becomes a constraint ``lo ≤ point_b − point_a ≤ hi`` between the
start and end points of events and a zero point (the epoch), remembered with its claims: a Simple
Temporal Network. :meth:`Timeline.solve` finds each point's tightest earliest and latest time
(:mod:`timeline._stn`); a contradiction is reported as a negative cycle, told as a story.

Conventions, all in the documentation of :meth:`Timeline.event`:

* ``when=span``: the event lies within the span's possible extent, a half-open period:
  ``start ≥ earliest_start``, ``end ≤ latest_end`` and ``start < latest_end`` (an instant at the
  period's exclusive end is not in it); the span's duration bounds, if any, bound the event's
  duration. A span that is itself an instant (``earliest_start == latest_end``) holds the event
  at that instant.
* ``start=span`` / ``end=span``: that endpoint lies in the closed interval
  ``[span.earliest_start, span.latest_end]``.
* Open bounds (``OPEN_START`` / ``OPEN_END``) add no constraint.
* Times are kept in whole milliseconds (lower bounds rounded down, upper bounds up); an
  exclusive bound holds as one a millisecond tighter, and schedules report the bound as given.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from timeline._errors import InconsistentTimeline, TimelineError
from timeline._events import Claim, Constraint, Event, Point, as_claims, relation_constraints
from timeline._moments import (
    INF,
    Bound,
    moment,
    ms,
    ms_length,
    ms_length_up,
    ms_up,
    show_length,
    show_lengths,
)
from timeline._schedule import Explanation, Schedule, Step
from timeline._span import OPEN_END, OPEN_START, TimeSpan
from timeline._story import _shown
from timeline._story import _Why as _Why  # noqa: PLC0414 - used by timeline.io._csv_json
from timeline._timex import parse_iso_duration
from timeline._zones import AnchorLike, TzLike, as_anchor, as_tzinfo

if TYPE_CHECKING:
    import pandas

__all__ = ["Timeline", "Schedule", "Explanation", "Step", "Bound", "Constraint"]

SpanLike = TimeSpan | str | datetime | date
DurationLike = timedelta | str | TimeSpan | tuple[timedelta | None, timedelta | None]
EventLike = Event | str
Gap = tuple[timedelta | None, timedelta | None]


def _pair(value: object, what: str) -> Gap:
    """A ``(least, most)`` pair of timedeltas (``None`` open), checked."""
    if not isinstance(value, tuple) or len(value) != 2:
        raise TimelineError(f"{what} must be a (least, most) pair of timedeltas, not {value!r}")
    least, most = value
    for side in (least, most):
        if side is not None and not isinstance(side, timedelta):
            raise TimelineError(f"{what} bounds must be timedeltas or None, not {side!r}")
    if least is not None and most is not None and least > most:
        raise TimelineError(f"{what}=({least}, {most}): the least is more than the most")
    return least, most


def _ms_bounds(pair: Gap) -> tuple[float, float]:
    """A pair of lengths in whole milliseconds, the least rounded down, the most up (±inf open)."""
    least, most = pair
    return (
        -INF if least is None else ms_length(least),
        INF if most is None else ms_length_up(most),
    )


def part_of_day(value: object) -> Any:
    """The TimeOfDay a ``when`` names ("late at night", "at night", "in the morning", or a
    TimeOfDay), else None. A part of the day with a day of its own ("this morning", "that
    night") is none: the resolver places it."""
    if hasattr(value, "occurrences") and hasattr(value, "support"):
        return value
    if isinstance(value, str):
        from timeline._vocabulary import DEFAULT_VOCABULARY

        name = " ".join(value.lower().split())
        first, _, rest = name.partition(" ")
        names = [name]
        if first in _PREPOSITIONS and rest:  # "at night", "in the early morning hours"
            names.append(rest)
        names += [said[4:] for said in names if said.startswith("the ")]  # "in the morning"
        for said in names:
            for part in DEFAULT_VOCABULARY.parts_of_day:
                if part.name == said:
                    return part
    return None


#: Words before a part of the day that leave it without a date ("at night", "in the morning").
_PREPOSITIONS = frozenset({"at", "in", "during", "through", "throughout"})


#: The strictness flags of a constraint (bit 1: its most is exclusive, bit 2: its least), by value.
_MOST, _LEAST = 1, 2
_STRICTNESS: tuple[Any, ...] = (None, "most", "least", "both")


def _later(exclusive: bool) -> str:
    """How 'no later than' reads for an upper bound, exclusive or not."""
    return "before" if exclusive else "no later than"


def _earlier(exclusive: bool) -> str:
    return "after" if exclusive else "no earlier than"


def _apart(weight: float, exclusive: bool) -> str:
    """``p[v] ≤ p[u] + weight`` (``<`` when exclusive) in words, to go before ``u``."""
    if weight == 0:
        return "before" if exclusive else "no later than"
    if weight < 0:
        return f"{'more than' if exclusive else 'at least'} {show_length(weight)} before"
    return f"{'less than' if exclusive else 'at most'} {show_length(weight)} after"


class Timeline:
    """Events and what is known about when they happened, as constraints with their claims.

    ``anchor`` is the date phrases are resolved against (a report's publication date) and ``tz``
    the zone phrases are read in and schedules are shown in (UTC when not given).

    >>> from datetime import timedelta
    >>> tl = Timeline(anchor="2017-10-11", tz="Asia/Pyongyang")
    >>> storage = tl.event("storage", "mid-September", duration=timedelta(days=10))
    >>> crossing = tl.event("crossing", start="Sept. 28")
    >>> tl.relate(storage, "before", crossing)
    >>> tl.solve()[storage].latest_end <= tl.solve()[crossing].latest_start
    True
    """

    def __init__(self, anchor: AnchorLike | None = None, tz: TzLike = None) -> None:
        self._zone = as_tzinfo(tz)
        self._tz_given = tz
        self._anchor = None if anchor is None else as_anchor(anchor, self._zone)
        self._events: list[Event] = []
        self._index: dict[str, int] = {}
        # constraints lo <= p[b] - p[a] <= hi, stored column-wise (inf: open)
        self._a = array("q")
        self._b = array("q")
        self._lo = array("d")
        self._hi = array("d")
        self._strict = array("b")  # 1: hi exclusive, 2: lo exclusive
        self._why: list[_Why] = []
        self._inputs: list[dict[str, list[Any]]] = []
        self._relation_claims: list[tuple[Claim, ...]] = []
        self._daily: list[tuple[int, Any, _Why]] = []  # (event, TimeOfDay, why)
        self._derived: set[tuple[int, float, float, float]] = set()
        self._relations: list[tuple[str, str, str, Gap | None]]
        self._relations = []

    # ------------------------------------------------------------------ properties
    @property
    def anchor(self) -> datetime | None:
        """The date phrases are resolved against."""
        return self._anchor

    @property
    def tz(self) -> tzinfo:
        """The zone phrases are read in and schedules shown in."""
        return self._zone

    @property
    def events(self) -> tuple[Event, ...]:
        """The events, in the order they were made."""
        return tuple(self._events)

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim given, each once, in the order first given (claim numbers start at 1)."""
        seen: dict[Claim, None] = {}
        for event in self._events:
            seen.update(dict.fromkeys(event.claims))
        for why in self._why:
            seen.update(dict.fromkeys(why.claims))
        for _, _, why in self._daily:
            seen.update(dict.fromkeys(why.claims))
        return tuple(seen)

    def __len__(self) -> int:
        return len(self._events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __contains__(self, item: object) -> bool:
        label = item.label if isinstance(item, Event) else item
        return isinstance(label, str) and label in self._index

    def __getitem__(self, label: str) -> Event:
        return self._events[self._find(label)]

    def __repr__(self) -> str:
        stated = len(self._a) - len(self._derived) + len(self._daily)
        return f"<Timeline: {len(self._events)} events, {stated} constraints>"

    # ------------------------------------------------------------------ the network
    def _point_of(self, number: int) -> Point | None:
        if number == 0:
            return None
        index, side = divmod(number - 1, 2)
        return self._events[index].label, "end" if side else "start"

    def _number_of(self, point: Point | None) -> int:
        if point is None:
            return 0
        label, side = point
        return 1 + 2 * self._find(label) + (side == "end")

    def constraints(self) -> tuple[Constraint, ...]:
        """Every constraint stated: :class:`Constraint` records, ``least ≤ second − first ≤ most``.

        Constraints between points come in the order they were added, then the parts of the day
        given without a date (one record each, with ``part_of_day``). What :meth:`solve` derives
        for itself is left out. :meth:`add_constraint` adds a record back exactly, so
        ``for c in tl.constraints(): other.add_constraint(c)`` copies the network (this is how
        :mod:`timeline.io` writes timelines losslessly).

        >>> tl = Timeline(anchor="2017-10-11")
        >>> tl.event("storage", duration="ten days")
        Event('storage')
        >>> tl.constraints()
        (Constraint(storage end − storage start in [10 days, 10 days]),)
        """

        def length(value: float) -> timedelta | None:
            return timedelta(milliseconds=value) if -INF < value < INF else None

        made = [
            Constraint(
                self._point_of(a),
                self._point_of(b),
                length(lo),
                length(hi),
                says=why.text,
                claims=why.claims,
                strict=_STRICTNESS[flags],
            )
            for a, b, lo, hi, flags, why in zip(
                self._a, self._b, self._lo, self._hi, self._strict, self._why, strict=True
            )
            if not why.derived
        ]
        for index, part, why in self._daily:
            label = self._events[index].label
            made.append(
                Constraint(
                    (label, "start"),
                    (label, "end"),
                    says=why.text,
                    claims=why.claims,
                    part_of_day=part.name,
                )
            )
        return tuple(made)

    def relations(self) -> tuple[tuple[str, str, str, Gap | None, tuple[Claim, ...]], ...]:
        """Every relation stated with :meth:`relate`, in order, as
        ``(first label, relation, second label, gap, claims)``.

        >>> tl = Timeline(anchor="2017-10-11")
        >>> tl.event("storage"), tl.event("crossing")
        (Event('storage'), Event('crossing'))
        >>> tl.relate("storage", "before", "crossing")
        >>> tl.relations()
        (('storage', 'before', 'crossing', None, ()),)
        """
        return tuple(
            (*relation, claims)
            for relation, claims in zip(self._relations, self._relation_claims, strict=True)
        )

    def stated(self, event: EventLike) -> dict[str, tuple[Any, ...]]:
        """What was given about an event's time, by keyword, each in the order given:
        ``when``, ``start``, ``end``, ``duration`` (as ``(least, most)``) and ``constraints``
        (the :class:`Constraint` records added with :meth:`add_constraint` that end at it).

        >>> tl = Timeline(anchor="2017-10-11")
        >>> tl.event("storage", "mid-September", duration="ten days")
        Event('storage')
        >>> tl.stated("storage")["when"]
        ('mid-September',)
        """
        return {key: tuple(values) for key, values in self._inputs[self._find(event)].items()}

    def add_constraint(self, constraint: Constraint) -> None:
        """Add one :class:`Constraint` exactly as it is (its text kept for explanations).

        Its events must exist (make them with :meth:`event`). Bounds are kept to whole
        milliseconds, the least rounded down and the most up. A ``part_of_day`` must name a part
        of the day of the default vocabulary (``"late at night"``, ``"morning"`` …).
        """
        if not isinstance(constraint, Constraint):
            raise TimelineError(f"add_constraint takes a Constraint, not {constraint!r}")
        first = self._number_of(constraint.first)
        second = self._number_of(constraint.second)
        why = _Why(constraint.says or repr(constraint)[11:-1], tuple(constraint.claims))
        if constraint.part_of_day is not None:
            part = part_of_day(constraint.part_of_day)
            if part is None:
                raise TimelineError(
                    f"part_of_day={constraint.part_of_day!r} is not a part of the day this"
                    " library knows, such as 'late at night' or 'morning'"
                )
            self._daily.append(((first - 1) // 2, part, why))
        else:
            flags = _STRICTNESS.index(constraint.strict)
            self._add(first, second, *_ms_bounds((constraint.least, constraint.most)), why, flags)
        self._inputs[(second - 1) // 2].setdefault("constraints", []).append(constraint)

    # ------------------------------------------------------------------ building
    def _find(self, event: EventLike) -> int:
        label = event.label if isinstance(event, Event) else event
        try:
            return self._index[label]
        except (KeyError, TypeError):
            known = ", ".join(repr(name) for name in list(self._index)[:8])
            raise TimelineError(
                f"no event {label!r} in this timeline; make it with tl.event({label!r}, ...)"
                + (f" (known: {known}{', ...' if len(self._index) > 8 else ''})" if known else "")
            ) from None

    def _add(self, a: int, b: int, lo: float, hi: float, why: _Why, strict: int = 0) -> None:
        """``lo ≤ p[b] − p[a] ≤ hi``; ``strict`` bit 1 makes ``hi`` exclusive, bit 2 ``lo``."""
        self._a.append(a)
        self._b.append(b)
        self._lo.append(lo)
        self._hi.append(hi)
        self._strict.append(strict)
        self._why.append(why)

    def _span(self, value: SpanLike, what: str) -> TimeSpan:
        if isinstance(value, TimeSpan):
            return value
        if isinstance(value, datetime):
            moment = value if value.tzinfo is not None else value.replace(tzinfo=self._zone)
            return TimeSpan.crisp(moment, moment, granularity="second")
        if isinstance(value, date):
            start = datetime.combine(value, time(), tzinfo=self._zone)
            return TimeSpan.crisp(start, start + timedelta(days=1), granularity="day")
        if isinstance(value, str):
            if self._anchor is None:
                try:  # an ISO date or interval needs no report date, as in a CSV table
                    return TimeSpan.from_edtf(value, tz=self._zone)
                except TimelineError:
                    pass
                raise TimelineError(
                    f"{what}={value!r} is a phrase, but the timeline has no anchor to resolve it"
                    " against: make it with Timeline(anchor='2017-10-11', tz=...)"
                    " or give a TimeSpan"
                )
            from timeline._resolve import resolve

            return resolve(value, self._anchor, tz=self._tz_given)
        hint = (
            ": for the period between two moments give TimeSpan.crisp(start, end)"
            if isinstance(value, tuple)
            else ""
        )
        raise TimelineError(
            f"{what} must be a TimeSpan, a phrase, a datetime or a date,"
            f" not {type(value).__name__}{hint}"
        )

    def _duration(self, value: DurationLike) -> tuple[timedelta | None, timedelta | None]:
        if isinstance(value, timedelta):
            return value, value
        if isinstance(value, str) and value.strip().startswith("P"):  # ISO 8601, as tables write
            length = parse_iso_duration(value.strip())
            return length, length
        if isinstance(value, (str, TimeSpan)):
            span = self._span(value, "duration")
            if span.min_duration is None and span.max_duration is None:
                raise TimelineError(f"duration={value!r} names no length, e.g. 'ten days'")
            return span.min_duration, span.max_duration
        if isinstance(value, tuple) and len(value) == 2:
            return _pair(value, "duration")
        raise TimelineError(
            f"duration must be a timedelta, a (min, max) pair, ISO 8601 ('P10D') or a phrase,"
            f" not {value!r}"
        )

    def _within(self, index: int, span: SpanLike, why: _Why) -> None:
        part = part_of_day(span)
        if part is not None:
            self._daily.append((index, part, why))
            return
        resolved = self._span(span, "when")
        start, end = 1 + 2 * index, 2 + 2 * index
        first, last = _limits(resolved)
        if last < INF and first < last:  # a half-open period: it starts before its end
            self._add(0, start, first, last, why, _MOST)
        elif first > -INF:
            self._add(0, start, first, INF, why)
        if last < INF:
            self._add(0, end, -INF, last, why)
        if resolved.min_duration is not None or resolved.max_duration is not None:
            self._lengths(index, (resolved.min_duration, resolved.max_duration), why)

    def _pin(self, point: int, span: SpanLike, what: str, why: _Why) -> None:
        resolved = self._span(span, what)
        lo, hi = _limits(resolved)
        if lo > -INF or hi < INF:
            self._add(0, point, lo, hi, why)

    def _lengths(
        self, index: int, bounds: tuple[timedelta | None, timedelta | None], why: _Why
    ) -> None:
        low, high = _ms_bounds(bounds)
        if low > -INF or high < INF:
            self._add(1 + 2 * index, 2 + 2 * index, low, high, why)

    def _describe(self, value: object) -> str:
        if isinstance(value, str):
            return repr(value)
        if isinstance(value, TimeSpan) and value.phrase:
            return repr(value.phrase)
        if isinstance(value, TimeSpan) and value.is_crisp:
            first, last = (
                self._time(ms(moment)) for moment in (value.earliest_start, value.latest_end)
            )
            return f"at {first}" if first == last else f"within {first} – {last}"
        if isinstance(value, TimeSpan):
            return repr(value)
        if (
            isinstance(value, tuple)
            and len(value) == 2
            and all(v is None or isinstance(v, timedelta) for v in value)
        ):
            return show_lengths(*value) or "of any length"
        if isinstance(value, timedelta):
            return show_lengths(value, value)
        if isinstance(value, datetime):
            moment = value if value.tzinfo is not None else value.replace(tzinfo=self._zone)
            return f"at {self._time(ms(moment))}"
        if isinstance(value, date):
            return f"on {value.isoformat()}"
        return str(value)

    def event(
        self,
        label: str,
        when: SpanLike | None = None,
        *,
        start: SpanLike | None = None,
        end: SpanLike | None = None,
        duration: DurationLike | None = None,
        claim: Claim | str | Iterable[Claim | str] | None = None,
        **attributes: Any,
    ) -> Event:
        """Add an event and what is known of its time; returns the :class:`Event`.

        ``when`` (a :class:`TimeSpan`, a phrase resolved against the anchor, a datetime or a
        date): the event happened within it, a half-open period: it starts no earlier than
        ``when.earliest_start`` and before ``when.latest_end``, and ends no later than
        ``when.latest_end`` (a datetime, an instant, holds the event at it); the span's duration
        bounds bound the event's.
        ``start`` / ``end``: that endpoint lies in ``[span.earliest_start, span.latest_end]``.
        ``duration``: a timedelta, a ``(min, max)`` pair (``None`` for an open side), ISO 8601
        (``"P10D"``) or a phrase ("ten days"). A part of the day without a date
        (``when="late at night"`` or a :class:`~timeline.TimeOfDay`-like object) is combined
        with the day the event may fall on when solving. ``claim``: the statement(s) behind all
        of these. ``kind``, ``place`` and ``actors`` are kept as such; any other keyword is kept
        in ``attributes``.
        Labels are unique: a second event with the same label is an error (add more facts
        about an existing event with :meth:`constrain`).
        """
        if not isinstance(label, str) or not label.strip():
            raise TimelineError(f"an event label must be a non-empty text, not {label!r}")
        if label in self._index:
            raise TimelineError(
                f"there is already an event {label!r}: labels are unique within a timeline;"
                " use tl.constrain(label, ...) to add what else is known about it"
            )
        claims = as_claims(claim)
        kind = attributes.pop("kind", None)
        place = attributes.pop("place", None)
        actors = attributes.pop("actors", ())
        made = Event(label, kind, place, actors, attributes, claims)
        self._index[label] = len(self._events)
        self._events.append(made)
        self._inputs.append({})
        try:
            self.constrain(made, when, start=start, end=end, duration=duration, claim=claims)
        except BaseException:
            del self._index[label]
            self._events.pop()
            self._inputs.pop()
            raise
        return made

    def constrain(
        self,
        event: EventLike,
        when: SpanLike | None = None,
        *,
        start: SpanLike | None = None,
        end: SpanLike | None = None,
        duration: DurationLike | None = None,
        claim: Claim | str | Iterable[Claim | str] | None = None,
    ) -> Event:
        """Add what else is known about the time of an existing event (as :meth:`event`)."""
        index = self._find(event)
        made = self._events[index]
        claims = as_claims(claim)
        given: dict[str, Any] = {}
        stated, daily = len(self._a), len(self._daily)
        try:  # all or nothing: a phrase that fails leaves no half of the statement behind
            if when is not None:
                self._within(index, when, _Why(f"{made.label} {self._describe(when)}", claims))
                given["when"] = when
            if start is not None:
                why = _Why(f"{made.label} starts {self._describe(start)}", claims)
                self._pin(1 + 2 * index, start, "start", why)
                given["start"] = start
            if end is not None:
                why = _Why(f"{made.label} ends {self._describe(end)}", claims)
                self._pin(2 + 2 * index, end, "end", why)
                given["end"] = end
            if duration is not None:
                bounds = self._duration(duration)
                why = _Why(f"{made.label} {self._describe(bounds)}", claims)
                self._lengths(index, bounds, why)
                given["duration"] = bounds
        except BaseException:
            for column in (self._a, self._b, self._lo, self._hi, self._strict, self._why):
                del column[stated:]
            del self._daily[daily:]
            raise
        for key, value in given.items():
            self._inputs[index].setdefault(key, []).append(value)
        return made

    def relate(
        self,
        a: EventLike,
        relation: str,
        b: EventLike,
        *,
        gap: tuple[timedelta | None, timedelta | None] | None = None,
        claim: Claim | str | Iterable[Claim | str] | None = None,
    ) -> None:
        """State how two events lie in time, with one of Allen's relations or a convex disjunction.

        Relations are closed: endpoints may coincide (``before`` admits ``meets``). For
        ``"before"`` (``a.end ≤ b.start``) ``gap=(lo, hi)`` bounds ``b.start − a.end``; for
        ``"after"`` it bounds ``a.start − b.end``; ``None`` for an open side (an open least
        is zero, as the relation says; a least below zero is refused).
        """
        index = self._index
        label_a = a.label if isinstance(a, Event) else a
        label_b = b.label if isinstance(b, Event) else b
        ia = index[label_a] if label_a in index else self._find(a)
        ib = index[label_b] if label_b in index else self._find(b)
        names, constraints = relation_constraints(relation)
        claims = () if claim is None else as_claims(claim)
        la, lb = self._events[ia].label, self._events[ib].label
        why = _Why((la, _shown(relation, names), lb), claims)
        if gap is not None:
            if names not in (frozenset({"before"}), frozenset({"after"})):
                raise TimelineError(
                    f"gap= goes with 'before' or 'after', not {relation!r}:"
                    " it bounds the time between one event's end and the other's start"
                )
            least, most = _pair(gap, "gap")
            if least is not None and least < timedelta(0):
                raise TimelineError(
                    f"gap=({least}, {most}): a least gap below zero lets one event start before"
                    f" the other ends, which is not {relation!r}; use 'overlaps' or no relation"
                )
            first, second = (ia, ib) if names == frozenset({"before"}) else (ib, ia)
            # an open least is the relation's own: the second starts no earlier than the first ends
            bounds = _ms_bounds((timedelta(0) if least is None else least, most))
            self._add(2 + 2 * first, 1 + 2 * second, *bounds, why)
        else:
            start_a, start_b = 1 + 2 * ia, 1 + 2 * ib
            for pa, pb, lo, hi in constraints:
                self._a.append(start_a + pa)
                self._b.append(start_b + pb)
                self._lo.append(-INF if lo is None else lo)
                self._hi.append(INF if hi is None else hi)
                self._strict.append(0)
                self._why.append(why)
        self._relations.append((la, relation, lb, gap))
        self._relation_claims.append(claims)

    # ------------------------------------------------------------------ solving
    def solve(self) -> Schedule:
        """The tightest bounds of every event; :class:`InconsistentTimeline` on a contradiction.

        Parts of the day given without a date ("late at night") are combined with the days the
        event may fall on: the event lies within one occurrence, so within the hull of the
        occurrences that can still hold it, and lasts no longer than one; this is repeated until
        nothing changes. When several nights remain possible the bounds are sound but not tight
        (the set of nights is not convex).
        """
        schedule = self._solve_once()
        for _ in range(16):
            if not self._daily or not self._combine_parts_of_day(schedule):
                break
            schedule = self._solve_once()
        return schedule

    def _combine_parts_of_day(self, schedule: Schedule) -> bool:
        from timeline._story import combine_parts_of_day

        return combine_parts_of_day(self, schedule)

    def _solve_once(self) -> Schedule:
        import numpy as np

        from timeline._stn import NegativeCycle, Network, shorter_cycle, solve_network

        count = len(self._events)
        a = np.frombuffer(self._a, dtype=np.int64).copy()
        b = np.frombuffer(self._b, dtype=np.int64).copy()
        lo = np.frombuffer(self._lo, dtype=np.float64).copy()
        hi = np.frombuffer(self._hi, dtype=np.float64).copy()
        flags = np.frombuffer(self._strict, dtype=np.int8)
        ids = np.arange(len(a), dtype=np.int64)
        upper, lower = np.isfinite(hi), np.isfinite(lo)
        starts = 1 + 2 * np.arange(count, dtype=np.int64)
        src = np.concatenate([a[upper], b[lower], starts + 1])
        dst = np.concatenate([b[upper], a[lower], starts])
        weight = np.concatenate([hi[upper], -lo[lower], np.zeros(count)])
        # edge ids: 2k / 2k+1 the upper / lower side of constraint k; -1-i the order of event i
        edge = np.concatenate([2 * ids[upper], 2 * ids[lower] + 1, -1 - np.arange(count)])
        strict = np.concatenate(
            [(flags[upper] & _MOST) > 0, (flags[lower] & _LEAST) > 0, np.zeros(count, dtype=bool)]
        )
        network = Network(1 + 2 * count, src, dst, weight, edge, strict)
        solution = solve_network(network)
        if isinstance(solution, NegativeCycle):
            edges = shorter_cycle(network, solution.edges)
            message, claims = self._story(edges)
            raise InconsistentTimeline(message, claims)
        return Schedule(self, solution)

    # ------------------------------------------------------------------ stories
    def _point(self, point: int) -> str:
        if point == 0:
            return "the epoch"
        index, side = divmod(point - 1, 2)
        return f"{self._events[index].label} {'ends' if side else 'starts'}"

    def _noun(self, point: int) -> str:
        if point == 0:
            return "the epoch"
        index, side = divmod(point - 1, 2)
        return f"the {'end' if side else 'start'} of {self._events[index].label}"

    def _exclusive(self, edge: int) -> bool:
        """Whether an edge's bound is exclusive (``p[v] < p[u] + weight``)."""
        if edge < 0:
            return False
        k, side = divmod(edge, 2)
        return bool(self._strict[k] & (_LEAST if side else _MOST))

    def _edge(self, edge: int) -> tuple[int, int, float, _Why]:
        """(from point, to point, weight, why) of an edge id."""
        if edge < 0:
            index = -1 - edge
            label = self._events[index].label
            return 2 + 2 * index, 1 + 2 * index, 0.0, _Why(f"{label} cannot end before it starts")
        k, side = divmod(edge, 2)
        if side == 0:
            return self._a[k], self._b[k], self._hi[k], self._why[k]
        return self._b[k], self._a[k], -self._lo[k], self._why[k]

    def _because(self, why: _Why, numbers: dict[Claim, int]) -> str:
        tags = [f"claim {numbers[claim]}" for claim in why.claims]
        return f" ({why.text}{'; ' + ', '.join(tags) if tags else ''})"

    def _says(self, edge: int, numbers: dict[Claim, int]) -> str:
        """What one edge says, in words, with where it came from."""
        u, v, weight, why = self._edge(edge)
        if u == 0:
            text = f"{self._point(v)} {_later(self._exclusive(edge))} {self._time(weight)}"
        elif v == 0:
            text = f"{self._point(u)} {_earlier(self._exclusive(edge))} {self._time(-weight)}"
        else:
            text = f"{self._point(v)} {_apart(weight, self._exclusive(edge))} {self._point(u)}"
        return text + self._because(why, numbers)

    def _time(self, value: float) -> str:
        return moment(value, self._zone).strftime("%Y-%m-%d %H:%M")

    def _claims_of(self, edges: Sequence[int]) -> tuple[Claim, ...]:
        seen: dict[Claim, None] = {}
        for edge in edges:
            seen.update(dict.fromkeys(self._edge(edge)[3].claims))
        return tuple(seen)

    def _story(self, edges: Sequence[int]) -> tuple[str, tuple[Claim, ...]]:
        from timeline._story import contradiction_story

        return contradiction_story(self, edges)

    def to_frame(self) -> pandas.DataFrame:
        """One row per event: label, when, start, end, duration, relations, attributes, claims.

        Read back with :meth:`from_frame`.
        """
        from timeline.io._frame import timeline_to_frame

        return timeline_to_frame(self)

    @classmethod
    def from_frame(
        cls,
        frame: pandas.DataFrame,
        *,
        anchor: AnchorLike | None = None,
        tz: TzLike = None,
    ) -> Timeline:
        """A timeline from a frame with one row per event, as :meth:`to_frame` writes it.

        Columns: ``label`` (required, unique); ``when``, ``start``, ``end`` (a phrase read
        against ``anchor``, a TimeSpan, a datetime or Timestamp, a date, or a tuple of several),
        as in :meth:`event`; ``duration`` (a timedelta, a ``(min, max)`` pair, a phrase or ISO
        8601 such as ``"P10D"``); ``kind``, ``place``, ``actors`` (a list or text separated by
        ``;``); ``claim`` / ``claims``; ``before`` / ``after`` (labels, a list or text separated
        by ``;``); ``relations`` (``(relation, label[, gap[, claims]])`` entries);
        ``constraints`` (:class:`Constraint` records); any other column is an attribute. Empty
        cells (None, NaN, NaT, "") are not given. A row that cannot be read raises
        :class:`TimelineError` naming its position, its index label when that differs, and
        the column.
        """
        from timeline.io._frame import timeline_from_frame

        made: Timeline = timeline_from_frame(frame, anchor=anchor, tz=tz)
        return made


def _limits(span: TimeSpan) -> tuple[float, float]:
    """The earliest start and latest end of ``span`` in milliseconds, unbounded where open. An
    end at the calendar's first instant is a bound: a time before the common era ("44 BC")
    ended by then."""
    first = -INF if span.earliest_start == OPEN_START else ms(span.earliest_start)
    last = INF if span.latest_end == OPEN_END else ms_up(span.latest_end)
    return first, last
