"""`Timeline` and `Schedule`: events put in order from partial statements, and why.

Everything said about an event becomes a constraint ``lo ≤ point_b − point_a ≤ hi`` between the
start and end points of events and a zero point (the epoch), remembered with its claims: a Simple
Temporal Network. :meth:`Timeline.solve` finds each point's tightest earliest and latest time
(:mod:`timeline._stn`); a contradiction is reported as a negative cycle, told as a story.

Conventions, all in the documentation of :meth:`Timeline.event`:

* ``when=span``: the event lies within the span's possible extent, ``start ≥ earliest_start``
  and ``end ≤ latest_end``; the span's duration bounds, if any, bound the event's duration.
* ``start=span`` / ``end=span``: that endpoint lies in the closed interval
  ``[span.earliest_start, span.latest_end]``.
* Open bounds (``OPEN_START`` / ``OPEN_END``) add no constraint.
* Times are kept in whole milliseconds (lower bounds rounded down, upper bounds up).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Any, Literal

import attrs

from timeline._errors import InconsistentTimeline, TimelineError
from timeline._events import Claim, Event, as_claims, relation_constraints
from timeline._span import OPEN_END, OPEN_START, TimeSpan
from timeline._zones import AnchorLike, TzLike, as_anchor, as_tzinfo, zone_name

if TYPE_CHECKING:
    import pandas

    from timeline._stn import Solution

__all__ = ["Timeline", "Schedule", "Explanation", "Step", "Bound"]

Bound = Literal["earliest_start", "latest_start", "earliest_end", "latest_end"]
_BOUNDS: tuple[Bound, ...] = ("earliest_start", "latest_start", "earliest_end", "latest_end")
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MS = timedelta(milliseconds=1)
_INF = float("inf")

SpanLike = TimeSpan | str | datetime | date
DurationLike = timedelta | str | TimeSpan | tuple[timedelta | None, timedelta | None]
EventLike = Event | str
Gap = tuple[timedelta | None, timedelta | None]


def _ms(moment: datetime) -> float:
    return float((moment - EPOCH) // _MS)


def _ms_length(length: timedelta) -> float:
    return float(length // _MS)


def _ms_up(moment: datetime) -> float:
    """Milliseconds, rounded up: an upper bound never gets tighter than what was said."""
    return float(-((EPOCH - moment) // _MS))


def _ms_length_up(length: timedelta) -> float:
    return float(-((-length) // _MS))


def _moment(value: float, zone: tzinfo) -> datetime:
    return (EPOCH + timedelta(milliseconds=value)).astimezone(zone)


def _is_open(moment: datetime) -> bool:
    return moment == OPEN_START or moment == OPEN_END


def show_length(ms: float) -> str:
    """A length in milliseconds as people say it: ``10 days``, ``2 h 30 min``, ``45 s``."""
    seconds = abs(ms) / 1000
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{int(days)} day" + ("s" if days != 1 else ""))
    if hours:
        parts.append(f"{int(hours)} h")
    if minutes:
        parts.append(f"{int(minutes)} min")
    if secs or not parts:
        parts.append(f"{secs:g} s")
    return " ".join(parts)


class _Why:
    """What a constraint came from: a short description (joined when first read) and its claims.

    Cheap to make: a timeline of 100,000 events holds hundreds of thousands of them.
    """

    __slots__ = ("_parts", "claims")

    def __init__(self, text: str | tuple[str, ...], claims: tuple[Claim, ...] = ()) -> None:
        self._parts = text
        self.claims = claims

    @property
    def text(self) -> str:
        parts = self._parts
        return parts if isinstance(parts, str) else " ".join(parts)


_SHOWN: dict[str, str] = {}


def _shown(relation: str, names: frozenset[str]) -> str:
    """How a relation reads in a story ("before", "during|starts")."""
    text = _SHOWN.get(relation)
    if text is None:
        text = "|".join(sorted(names)) if len(names) > 1 else next(iter(names))
        text = _SHOWN[relation] = text.replace("_", " ")
    return text


@attrs.frozen
class Step:
    """One link of an explanation: a constraint, what it says, and the claims behind it."""

    text: str
    claims: tuple[Claim, ...]
    consequence: str | None = None

    def __str__(self) -> str:
        return self.text if self.consequence is None else f"{self.text}, so {self.consequence}"


@attrs.frozen
class Explanation:
    """Why a bound of an event is what it is: the chain of constraints that forces it.

    ``steps`` run from the absolute fact to the event; ``claims`` are the claims behind them, in
    that order, each once. ``str()`` tells the story.
    """

    event: Event
    bound: Bound
    value: datetime | None
    steps: tuple[Step, ...]
    claims: tuple[Claim, ...]
    summary: str

    def __str__(self) -> str:
        lines = [self.summary + (":" if self.steps else "")]
        lines += [f"  {number}. {step}" for number, step in enumerate(self.steps, 1)]
        if self.claims:
            lines.append("  claims:")
            lines += [f"    - {claim}" for claim in self.claims]
        return "\n".join(lines)


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
        self._why: list[_Why] = []
        self._inputs: list[dict[str, list[Any]]] = []
        self._relation_claims: list[tuple[Claim, ...]] = []
        self._daily: list[tuple[int, Any, _Why]] = []  # (event, TimeOfDay, why)
        self._derived: set[tuple[int, float, float, float]] = set()
        self._relations: list[
            tuple[str, str, str, tuple[timedelta | None, timedelta | None] | None]
        ]
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
        return f"<Timeline: {len(self._events)} events, {len(self._a)} constraints>"

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

    def _add(self, a: int, b: int, lo: float, hi: float, why: _Why) -> None:
        self._a.append(a)
        self._b.append(b)
        self._lo.append(lo)
        self._hi.append(hi)
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
                raise TimelineError(
                    f"{what}={value!r} is a phrase, but the timeline has no anchor to resolve it"
                    " against: make it with Timeline(anchor='2017-10-11', tz=...)"
                    " or give a TimeSpan"
                )
            from timeline._resolve import resolve

            return resolve(value, self._anchor, tz=self._tz_given)
        raise TimelineError(
            f"{what} must be a TimeSpan, a phrase, a datetime or a date, not {type(value).__name__}"
        )

    def _duration(self, value: DurationLike) -> tuple[timedelta | None, timedelta | None]:
        if isinstance(value, timedelta):
            return value, value
        if isinstance(value, (str, TimeSpan)):
            span = self._span(value, "duration")
            if span.min_duration is None and span.max_duration is None:
                raise TimelineError(f"duration={value!r} names no length, e.g. 'ten days'")
            return span.min_duration, span.max_duration
        if isinstance(value, tuple) and len(value) == 2:
            lo, hi = value
            for side in (lo, hi):
                if side is not None and not isinstance(side, timedelta):
                    raise TimelineError(f"duration bounds must be timedeltas or None, not {side!r}")
            if lo is not None and hi is not None and lo > hi:
                raise TimelineError(f"duration=({lo}, {hi}): the least is more than the most")
            return lo, hi
        raise TimelineError(
            f"duration must be a timedelta, a (min, max) pair, or a phrase, not {value!r}"
        )

    def _part_of_day(self, value: object) -> Any:
        """The TimeOfDay a ``when`` names ("late at night", or a TimeOfDay), else None."""
        if hasattr(value, "occurrences") and hasattr(value, "support"):
            return value
        if isinstance(value, str):
            from timeline._vocabulary import DEFAULT_VOCABULARY

            name = " ".join(value.lower().split())
            for part in DEFAULT_VOCABULARY.parts_of_day:
                if part.name == name:
                    return part
        return None

    def _within(self, index: int, span: SpanLike, why: _Why) -> None:
        part = self._part_of_day(span)
        if part is not None:
            self._daily.append((index, part, why))
            return
        resolved = self._span(span, "when")
        start, end = 1 + 2 * index, 2 + 2 * index
        if not _is_open(resolved.earliest_start):
            self._add(0, start, _ms(resolved.earliest_start), _INF, why)
        if not _is_open(resolved.latest_end):
            self._add(0, end, -_INF, _ms_up(resolved.latest_end), why)
        if resolved.min_duration is not None or resolved.max_duration is not None:
            self._lengths(index, (resolved.min_duration, resolved.max_duration), why)

    def _pin(self, point: int, span: SpanLike, what: str, why: _Why) -> None:
        resolved = self._span(span, what)
        lo = -_INF if _is_open(resolved.earliest_start) else _ms(resolved.earliest_start)
        hi = _INF if _is_open(resolved.latest_end) else _ms_up(resolved.latest_end)
        if lo > -_INF or hi < _INF:
            self._add(0, point, lo, hi, why)

    def _lengths(
        self, index: int, bounds: tuple[timedelta | None, timedelta | None], why: _Why
    ) -> None:
        lo, hi = bounds
        low = -_INF if lo is None else _ms_length(lo)
        high = _INF if hi is None else _ms_length_up(hi)
        if low > -_INF or high < _INF:
            self._add(1 + 2 * index, 2 + 2 * index, low, high, why)

    def _describe(self, value: object) -> str:
        if isinstance(value, str):
            return repr(value)
        if isinstance(value, TimeSpan) and value.phrase:
            return repr(value.phrase)
        if isinstance(value, TimeSpan) and value.is_crisp:
            first, last = (
                self._time(_ms(moment)) for moment in (value.earliest_start, value.latest_end)
            )
            return f"at {first}" if first == last else f"within {first} – {last}"
        if isinstance(value, TimeSpan):
            return repr(value)
        if isinstance(value, tuple):
            return "lasting " + "..".join(
                "?" if side is None else show_length(_ms_length(side)) for side in value
            )
        if isinstance(value, timedelta):
            return "lasting " + show_length(_ms_length(value))
        if isinstance(value, datetime):
            moment = value if value.tzinfo is not None else value.replace(tzinfo=self._zone)
            return f"at {self._time(_ms(moment))}"
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
        date): the event happened within it: it starts no earlier than ``when.earliest_start``
        and ends no later than ``when.latest_end``; the span's duration bounds bound the event's.
        ``start`` / ``end``: that endpoint lies in ``[span.earliest_start, span.latest_end]``.
        ``duration``: a timedelta, a ``(min, max)`` pair (``None`` for an open side) or a phrase
        ("ten days"). A part of the day without a date (``when="late at night"`` or a
        :class:`~timeline.TimeOfDay`-like object) is combined with the day the event may fall on
        when solving. ``claim``: the statement(s) behind all of these. ``kind``, ``place`` and
        ``actors`` are kept as such; any other keyword is kept in ``attributes``.
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
        inputs = self._inputs[index]
        if when is not None:
            self._within(index, when, _Why(f"{made.label} {self._describe(when)}", claims))
            inputs.setdefault("when", []).append(when)
        if start is not None:
            why = _Why(f"{made.label} starts {self._describe(start)}", claims)
            self._pin(1 + 2 * index, start, "start", why)
            inputs.setdefault("start", []).append(start)
        if end is not None:
            why = _Why(f"{made.label} ends {self._describe(end)}", claims)
            self._pin(2 + 2 * index, end, "end", why)
            inputs.setdefault("end", []).append(end)
        if duration is not None:
            bounds = self._duration(duration)
            why = _Why(f"{made.label} {self._describe(bounds)}", claims)
            self._lengths(index, bounds, why)
            inputs.setdefault("duration", []).append(bounds)
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
        ``"after"`` it bounds ``a.start − b.end``; either side ``None`` for open.
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
            lo_gap, hi_gap = gap
            for side in (lo_gap, hi_gap):
                if side is not None and not isinstance(side, timedelta):
                    raise TimelineError(f"gap bounds must be timedeltas or None, not {side!r}")
            first, second = (ia, ib) if names == frozenset({"before"}) else (ib, ia)
            low = -_INF if lo_gap is None else _ms_length(lo_gap)
            high = _INF if hi_gap is None else _ms_length_up(hi_gap)
            if low > high:
                raise TimelineError(f"gap=({lo_gap}, {hi_gap}): the least is more than the most")
            self._add(2 + 2 * first, 1 + 2 * second, low, high, why)
        else:
            start_a, start_b = 1 + 2 * ia, 1 + 2 * ib
            for pa, pb, lo, hi in constraints:
                self._a.append(start_a + pa)
                self._b.append(start_b + pb)
                self._lo.append(-_INF if lo is None else lo)
                self._hi.append(_INF if hi is None else hi)
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
        """Add the hull of the fitting occurrences of each part of day; whether anything changed."""
        changed = False
        for index, part, why in self._daily:
            es, ls, ee, le = schedule.bounds(self._events[index])
            longest = max(_ms_length(part.support[1] - part.support[0]), 0.0)
            if ee < _INF and ee > -_INF:
                es = max(es, ee - longest)  # it lies within one occurrence, no longer than that
            if ls < _INF and ls > -_INF:
                le = min(le, ls + longest)
            if not (-_INF < es and le < _INF):
                continue
            extent = TimeSpan.crisp(_moment(es, self._zone), _moment(le, self._zone))
            fits = []
            for occurrence in part.occurrences(extent):
                first, last = _ms(occurrence.earliest_start), _ms(occurrence.latest_end)
                if first <= ls and last >= ee and first <= le and last >= es:
                    fits.append((first, last))
            label = self._events[index].label
            if not fits:
                message, claims = self._no_part_fits(schedule, index, part, why)
                raise InconsistentTimeline(message, claims)
            first = max(min(f for f, _ in fits), es)
            last = min(max(g for _, g in fits), le)
            behind: dict[Claim, None] = dict.fromkeys(why.claims)
            for bound in _BOUNDS:  # the facts that rule the other occurrences out
                behind.update(dict.fromkeys(schedule.explain(label, bound).claims))
            derived = _Why(f"{label} {part.name!r}: the only times that fit", tuple(behind))
            for key in ((1 + 2 * index, first, _INF), (2 + 2 * index, -_INF, last)):
                point, lo, hi = key
                if (point, lo, hi, 0.0) not in self._derived and (
                    (lo > -_INF and lo > es) or (hi < _INF and hi < le)
                ):
                    self._derived.add((point, lo, hi, 0.0))
                    self._add(0, point, lo, hi, derived)
                    changed = True
            if (index, longest, 0.0, 1.0) not in self._derived:
                self._derived.add((index, longest, 0.0, 1.0))
                self._add(1 + 2 * index, 2 + 2 * index, -_INF, longest, derived)
                changed = True
        return changed

    def _no_part_fits(
        self, schedule: Schedule, index: int, part: Any, why: _Why
    ) -> tuple[str, tuple[Claim, ...]]:
        label = self._events[index].label
        early = schedule.explain(label, "earliest_start")
        late = schedule.explain(label, "latest_end")
        es, _, _, le = schedule.bounds(self._events[index])
        claims: dict[Claim, None] = dict.fromkeys(why.claims)
        claims.update(dict.fromkeys(early.claims))
        claims.update(dict.fromkeys(late.claims))
        message = (
            f"these statements cannot all be true: {label} happened {part.name!r}"
            f" ({why.text}), but no {part.name!r} fits between {self._time(es)} and"
            f" {self._time(le)}, the earliest start and latest end that"
            f" {', '.join(map(str, dict.fromkeys((*early.claims, *late.claims)))) or 'other facts'}"
            " allow"
        )
        return message, tuple(claims)

    def _solve_once(self) -> Schedule:
        import numpy as np

        from timeline._stn import NegativeCycle, Network, solve_network

        count = len(self._events)
        a = np.frombuffer(self._a, dtype=np.int64).copy()
        b = np.frombuffer(self._b, dtype=np.int64).copy()
        lo = np.frombuffer(self._lo, dtype=np.float64).copy()
        hi = np.frombuffer(self._hi, dtype=np.float64).copy()
        ids = np.arange(len(a), dtype=np.int64)
        upper, lower = np.isfinite(hi), np.isfinite(lo)
        starts = 1 + 2 * np.arange(count, dtype=np.int64)
        src = np.concatenate([a[upper], b[lower], starts + 1])
        dst = np.concatenate([b[upper], a[lower], starts])
        weight = np.concatenate([hi[upper], -lo[lower], np.zeros(count)])
        # edge ids: 2k / 2k+1 the upper / lower side of constraint k; -1-i the order of event i
        edge = np.concatenate([2 * ids[upper], 2 * ids[lower] + 1, -1 - np.arange(count)])
        network = Network(1 + 2 * count, src, dst, weight, edge)
        solution = solve_network(network)
        if isinstance(solution, NegativeCycle):
            edges = _shorter_cycle(network, solution.edges)
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
            text = f"{self._point(v)} no later than {self._time(weight)}"
        elif v == 0:
            text = f"{self._point(u)} no earlier than {self._time(-weight)}"
        elif weight == 0:
            text = f"{self._point(v)} no later than {self._point(u)}"
        elif weight < 0:
            text = f"{self._point(v)} at least {show_length(weight)} before {self._point(u)}"
        else:
            text = f"{self._point(v)} at most {show_length(weight)} after {self._point(u)}"
        return text + self._because(why, numbers)

    def _time(self, value: float) -> str:
        return _moment(value, self._zone).strftime("%Y-%m-%d %H:%M")

    def _claims_of(self, edges: Sequence[int]) -> tuple[Claim, ...]:
        seen: dict[Claim, None] = {}
        for edge in edges:
            seen.update(dict.fromkeys(self._edge(edge)[3].claims))
        return tuple(seen)

    def _story(self, edges: Sequence[int]) -> tuple[str, tuple[Claim, ...]]:
        """A negative cycle told as a story, and its claims in cycle order."""
        numbers = {claim: number for number, claim in enumerate(self.claims, 1)}
        points = [self._edge(edge)[0] for edge in edges]
        if 0 in points:  # tell it from the absolute fact that opens it
            at = points.index(0)
            edges = list(edges[at:]) + list(edges[:at])
        else:  # from the first statement somebody made
            said_by = [bool(self._edge(edge)[3].claims) for edge in edges]
            at = said_by.index(True) if True in said_by else 0
            edges = list(edges[at:]) + list(edges[:at])
        parts = []
        total = 0.0
        first = self._edge(edges[0])[0]
        for position, edge in enumerate(edges):
            u, v, weight, _ = self._edge(edge)
            total += weight
            said = self._says(edge, numbers)
            if position == 0:
                parts.append(said)
            elif position == len(edges) - 1 and first == 0:
                parts.append(f"but {said}")
            else:
                if first == 0:
                    then = f"{self._point(v)} no later than {self._time(total)}"
                else:
                    then = f"{self._point(v)} at most {show_length(total)} after" + (
                        f" {self._point(first)}" if total >= 0 else ""
                    )
                    if total < 0:
                        then = (
                            f"{self._point(v)} at least {show_length(total)} before"
                            f" {self._point(first)}"
                        )
                    if position == len(edges) - 1:
                        then = (
                            f"{self._noun(v)} would come at least {show_length(total)} before"
                            " itself, which cannot be"
                        )
                parts.append(f"{said}, so {then}")
        if len(parts) > 12:  # a long chain: its two ends tell the story
            parts = parts[:5] + [f"… {len(parts) - 10} more steps …"] + parts[-5:]
        claims = self._claims_of(edges)
        listing = "; ".join(f"claim {numbers[claim]}: {claim}" for claim in claims)
        message = (
            "these statements cannot all be true: "
            + "; ".join(parts)
            + (f" — claims: {listing}" if listing else "")
        )
        return message, claims

    # ------------------------------------------------------------------ frames
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
        """A timeline from a frame with one row per event (see :mod:`timeline.io._frame`)."""
        from timeline.io._frame import timeline_from_frame

        made: Timeline = timeline_from_frame(frame, anchor=anchor, tz=tz)
        return made


def _shorter_cycle(network: Any, edges: tuple[int, ...]) -> tuple[int, ...]:
    """A negative cycle with fewer edges through a point of ``edges``, when cheap to look for.

    Hop-limited Bellman–Ford from each point of the cycle found (vectorised); skipped when the
    graph is big, so the cycle reported is the smallest *found*, not always the smallest.
    """
    import numpy as np

    length = len(edges)
    size = len(network.src)
    if length <= 2 or length * length * size > 20_000_000:
        return edges
    position = {int(e): k for k, e in enumerate(network.edge)}
    src, dst, weight = network.src, network.dst, network.weight
    best = tuple(edges)
    for origin in [int(src[position[e]]) for e in edges]:
        dist = np.full(network.points, _INF)
        dist[origin] = 0.0
        history = []
        for _ in range(len(best) - 1):
            candidate = dist[src] + weight
            order = np.lexsort((candidate, dst))
            first = np.ones(len(order), dtype=bool)
            first[1:] = dst[order][1:] != dst[order][:-1]
            targets, values, chosen_edges = dst[order][first], candidate[order][first], order[first]
            better = values < dist[targets]
            chosen = np.full(network.points, -1, dtype=np.int64)
            dist = dist.copy()
            dist[targets[better]] = values[better]
            chosen[targets[better]] = chosen_edges[better]
            history.append(chosen)
            if dist[origin] < 0:
                walk: list[int] = []
                node = origin
                for level in range(len(history) - 1, -1, -1):
                    at = int(history[level][node])
                    if at >= 0:
                        walk.append(at)
                        node = int(src[at])
                walk.reverse()
                found = _negative_piece(walk, src, dst, weight)
                if found and len(found) < len(best):
                    best = tuple(int(network.edge[k]) for k in found)
                break
    return best


def _negative_piece(walk: list[int], src: Any, dst: Any, weight: Any) -> list[int]:
    """A negative simple cycle inside a closed walk of negative weight (edge positions)."""
    stack: list[int] = []
    seen: dict[int, int] = {}
    for at in walk:
        node = int(src[at])
        if node in seen:
            start = seen[node]
            piece = stack[start:]
            if sum(float(weight[k]) for k in piece) < 0:
                return piece
            for k in piece:
                seen.pop(int(src[k]), None)
            del stack[start:]
        seen[node] = len(stack)
        stack.append(at)
    if (
        stack
        and sum(float(weight[k]) for k in stack) < 0
        and int(dst[stack[-1]]) == int(src[stack[0]])
    ):
        return stack
    return []


class Schedule:
    """A solved timeline: the tightest bounds of every event, and why.

    ``sched[event]`` (or a label) is a :class:`TimeSpan` in the timeline's zone; iterating gives
    the events in the order they were made.
    """

    def __init__(self, timeline: Timeline, solution: Solution) -> None:
        self._timeline = timeline
        self._solution = solution
        self._events = timeline.events
        self._zone = timeline.tz
        self._count = len(self._events)
        self._lengths: tuple[Any, Any] | None = None

    @property
    def timeline(self) -> Timeline:
        """The timeline this schedule solves (as it was when solved; do not change it)."""
        return self._timeline

    @property
    def tz(self) -> tzinfo:
        """The zone bounds are shown in."""
        return self._zone

    @property
    def events(self) -> tuple[Event, ...]:
        return self._events

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __len__(self) -> int:
        return self._count

    def __contains__(self, item: object) -> bool:
        return item in self._timeline

    def _index(self, event: EventLike) -> int:
        index = self._timeline._find(event)
        if index >= self._count:
            raise TimelineError(f"event {event!r} was added after this schedule was solved")
        return index

    def bounds(self, event: EventLike) -> tuple[float, float, float, float]:
        """Earliest/latest start and end in epoch milliseconds (±inf when open)."""
        index = self._index(event)
        solution = self._solution
        start, end = 1 + 2 * index, 2 + 2 * index
        return (
            float(solution.earliest[start]),
            float(solution.latest[start]),
            float(solution.earliest[end]),
            float(solution.latest[end]),
        )

    def duration_bounds(self) -> tuple[Any, Any]:
        """Least and greatest length of every event in milliseconds (arrays; 0 / inf open).

        The lengths stated for the event (its tightest direct constraint), narrowed by its four
        bounds; not the full pairwise closure, which would need a search per event.
        """
        import numpy as np

        solution = self._solution
        points = solution.network.points
        starts = 1 + 2 * np.arange(self._count, dtype=np.int64)
        ends = starts + 1
        keys, weights = solution.keys, solution.weight

        def direct(u: Any, v: Any) -> Any:
            wanted = u * points + v
            at = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
            found = (keys[at] == wanted) if len(keys) else np.zeros(len(u), dtype=bool)
            return np.where(found, weights[at] if len(keys) else 0.0, _INF)

        high = direct(starts, ends)
        low = np.maximum(-direct(ends, starts), 0.0)
        es, ls = solution.earliest[starts], solution.latest[starts]
        ee, le = solution.earliest[ends], solution.latest[ends]
        with np.errstate(invalid="ignore"):
            low = np.where(np.isfinite(ee) & np.isfinite(ls), np.maximum(low, ee - ls), low)
            high = np.where(np.isfinite(le) & np.isfinite(es), np.minimum(high, le - es), high)
        return low, high

    def _durations(self, index: int) -> tuple[timedelta | None, timedelta | None]:
        low_all, high_all = self._duration_cache()
        low, high = float(low_all[index]), float(high_all[index])
        return (
            timedelta(milliseconds=low) if low > 0 else None,
            timedelta(milliseconds=high) if high < _INF else None,
        )

    def _duration_cache(self) -> tuple[Any, Any]:
        if self._lengths is None:
            self._lengths = self.duration_bounds()
        return self._lengths

    def __getitem__(self, event: EventLike) -> TimeSpan:
        index = self._index(event)
        es, ls, ee, le = self.bounds(event)
        zone = self._zone

        def moment(value: float, open_value: datetime) -> datetime:
            return open_value if not -_INF < value < _INF else _moment(value, zone)

        low, high = self._durations(index)
        return TimeSpan(
            moment(es, OPEN_START),
            moment(ls, OPEN_END),
            moment(ee, OPEN_START),
            moment(le, OPEN_END),
            min_duration=low,
            max_duration=high,
            phrase=self._events[index].label,
        )

    def order(self) -> list[tuple[Event, Event]]:
        """The certain precedences: pairs ``(a, b)`` where ``a`` surely ends no later than ``b``
        starts, transitively reduced, in a stable order.

        Exact: one shortest-path search per event (O(n·m log n)); meant for timelines of up to a
        few thousand events.
        """
        import numpy as np
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import dijkstra

        count = self._count
        if count < 2:
            return []
        solution = self._solution
        network = solution.network
        points = network.points
        src = (solution.keys // points).astype(np.int64)
        dst = (solution.keys % points).astype(np.int64)
        weight = solution.weight
        potential = solution.potential
        reduced = np.maximum(weight + potential[src] - potential[dst], 0.0)
        graph = csr_matrix((reduced, (src, dst)), shape=(points, points))
        starts = 1 + 2 * np.arange(count)
        ends = starts + 1
        before = np.zeros((count, count), dtype=bool)  # before[a, b]: a ends <= b starts
        chunk = 256
        for first in range(0, count, chunk):
            sources = starts[first : first + chunk]
            found = dijkstra(graph, indices=sources)
            # d(b.start -> a.end) <= 0  <=>  a.end - b.start <= 0 always
            distance = found[:, ends] - potential[sources][:, None] + potential[ends][None, :]
            before[:, first : first + chunk] = (distance <= 0).T
        np.fill_diagonal(before, False)
        mutual = before & before.T
        strict = before & ~mutual
        through = (strict.astype(np.float32) @ strict.astype(np.float32)) > 0
        reduced_order = strict & ~through
        events = self._events
        firsts, seconds = np.nonzero(reduced_order)
        pairs = [(events[i], events[j]) for i, j in zip(firsts, seconds, strict=True)]
        firsts, seconds = np.nonzero(mutual)
        pairs += [(events[i], events[j]) for i, j in zip(firsts, seconds, strict=True) if i < j]
        return pairs

    def explain(self, event: EventLike, bound: Bound) -> Explanation:
        """The chain of constraints and claims that forces one bound of an event.

        ``bound`` is one of ``"earliest_start"``, ``"latest_start"``, ``"earliest_end"``,
        ``"latest_end"``. An open bound is explained as such (no steps).
        """
        from timeline._stn import path_edges

        if bound not in _BOUNDS:
            raise TimelineError(f"bound must be one of {', '.join(_BOUNDS)}, not {bound!r}")
        index = self._index(event)
        made = self._events[index]
        point = (1 if bound.endswith("start") else 2) + 2 * index
        earliest = bound.startswith("earliest")
        timeline = self._timeline
        value = self.bounds(made)[_BOUNDS.index(bound)]
        what = timeline._point(point)
        if not -_INF < value < _INF:
            summary = f"nothing bounds when {what} ({'no earliest' if earliest else 'no latest'})"
            return Explanation(made, bound, None, (), (), summary)
        edges = path_edges(self._solution, point, towards_zero=earliest)
        if earliest:
            edges = edges[::-1]  # tell it from the absolute fact towards the event
        numbers = {claim: number for number, claim in enumerate(timeline.claims, 1)}
        steps = []
        total = 0.0
        for position, edge in enumerate(edges):
            u, v, weight, why = timeline._edge(edge)
            said = timeline._says(edge, numbers)
            if earliest:
                total -= weight
                reached, word = u, "no earlier than"
            else:
                total += weight
                reached, word = v, "no later than"
            consequence = (
                None
                if position == 0
                else f"{timeline._point(reached)} {word} {timeline._time(total)}"
            )
            steps.append(Step(said, why.claims, consequence))
        moment = _moment(value, self._zone)
        word = "no earlier than" if earliest else "no later than"
        summary = f"{what} {word} {moment.strftime('%Y-%m-%d %H:%M')} ({zone_name(self._zone)})"
        return Explanation(made, bound, moment, tuple(steps), timeline._claims_of(edges), summary)

    def to_frame(self) -> pandas.DataFrame:
        """One row per event with its four bounds, duration bounds, attributes and claims."""
        from timeline.io._frame import schedule_to_frame

        return schedule_to_frame(self)

    def __repr__(self) -> str:
        return f"<Schedule: {self._count} events in {zone_name(self._zone)}>"

    def __str__(self) -> str:
        lines = [repr(self)]
        for made in self._events:
            lines.append(f"  {made.label}: {_show_span(self[made], self._zone)}")
        return "\n".join(lines)


def _show_span(span: TimeSpan, zone: tzinfo) -> str:
    def show(moment: datetime) -> str:
        return ".." if _is_open(moment) else moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")

    text = (
        f"start {show(span.earliest_start)} – {show(span.latest_start)},"
        f" end {show(span.earliest_end)} – {show(span.latest_end)}"
    )
    low, high = span.min_duration, span.max_duration
    if low is not None or high is not None:
        text += (
            f", lasting {'?' if low is None else show_length(_ms_length(low))}"
            f"..{'?' if high is None else show_length(_ms_length(high))}"
        )
    return text
