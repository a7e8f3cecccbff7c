"""`Schedule`: a solved timeline, each event's tightest bounds, the certain order, and why.

``sched[event]`` is a :class:`~timeline.TimeSpan`; :meth:`Schedule.order` the precedences that
are certain; :meth:`Schedule.explain` the chain of constraints and claims behind one bound.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

import attrs

from timeline._errors import TimelineError
from timeline._events import Claim, Event
from timeline._moments import BOUNDS, INF, Bound, is_open, moment, show_lengths
from timeline._span import OPEN_END, OPEN_START, TimeSpan
from timeline._zones import zone_name

if TYPE_CHECKING:
    import pandas

    from timeline._reason import Timeline
    from timeline._stn import Solution

__all__ = ["Schedule", "Explanation", "Step"]

EventLike = Event | str


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
    that order, each once; ``numbers`` their numbers in the timeline (``Timeline.claims``, from
    1), which the steps cite as "claim 2". ``str()`` tells the story.
    """

    event: Event
    bound: Bound
    value: datetime | None
    steps: tuple[Step, ...]
    claims: tuple[Claim, ...]
    summary: str
    numbers: tuple[int | None, ...] = ()

    def __str__(self) -> str:
        lines = [self.summary + (":" if self.steps else "")]
        lines += [f"  {number}. {step}" for number, step in enumerate(self.steps, 1)]
        if self.claims:
            lines.append("  claims:")
            numbers = self.numbers if len(self.numbers) == len(self.claims) else ()
            for claim, number in itertools.zip_longest(self.claims, numbers):
                lines.append(f"    - {claim}" if number is None else f"    claim {number}: {claim}")
        return "\n".join(lines)


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
        label = item.label if isinstance(item, Event) else item
        index = self._timeline._index.get(label) if isinstance(label, str) else None
        return index is not None and index < self._count  # not one made after solving

    def _index(self, event: EventLike) -> int:
        index = self._timeline._find(event)
        if index >= self._count:
            raise TimelineError(f"event {event!r} was added after this schedule was solved")
        return index

    def bounds(self, event: EventLike) -> tuple[float, float, float, float]:
        """Earliest/latest start and end in epoch milliseconds (±inf when open)."""
        return self._bounds(self._index(event))

    def all_bounds(self) -> tuple[Any, Any, Any, Any]:
        """Earliest/latest start and end of every event, in event order, as four arrays of
        epoch milliseconds (±inf when open): :meth:`bounds` for all events at once."""
        import numpy as np

        solution = self._solution
        starts = 1 + 2 * np.arange(self._count, dtype=np.int64)
        ends = starts + 1
        return (
            solution.earliest[starts],
            solution.latest[starts],
            solution.earliest[ends],
            solution.latest[ends],
        )

    def _bounds(self, index: int) -> tuple[float, float, float, float]:
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
            return np.where(found, weights[at] if len(keys) else 0.0, INF)

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
            timedelta(milliseconds=high) if high < INF else None,
        )

    def _duration_cache(self) -> tuple[Any, Any]:
        if self._lengths is None:
            self._lengths = self.duration_bounds()
        return self._lengths

    def __getitem__(self, event: EventLike) -> TimeSpan:
        index = self._index(event)
        es, ls, ee, le = self._bounds(index)
        zone = self._zone

        def at(value: float, open_value: datetime) -> datetime:
            return open_value if not -INF < value < INF else moment(value, zone)

        low, high = self._durations(index)
        return TimeSpan(
            at(es, OPEN_START),
            at(ls, OPEN_END),
            at(ee, OPEN_START),
            at(le, OPEN_END),
            min_duration=low,
            max_duration=high,
            phrase=self._events[index].label,
        )

    def order(self) -> list[tuple[Event, Event]]:
        """The certain precedences: pairs ``(a, b)`` where ``a`` surely ends no later than ``b``
        starts, transitively reduced, in a stable order.

        Two events that are each surely before the other (instants that surely coincide) come
        once, as ``(first made, second made)``, after the others.
        Exact: a shortest-path search per event (O(n·m log n) time). Up to 3,000 events it
        holds events × events boolean matrices (~60 MB at 3,000); above that memory stays
        O(events + relations + pairs), plus a block of a few dozen events × all points, for
        about twice the time.
        """
        return self._order(both_ways=False)

    def _order(self, *, both_ways: bool) -> list[tuple[Event, Event]]:
        """:meth:`order`; with ``both_ways`` events that surely coincide come in both orders."""
        import numpy as np

        from timeline._stn import certain_order

        events = self._events
        starts = 1 + 2 * np.arange(self._count, dtype=np.int64)
        reduced, mutual = certain_order(self._solution, starts, starts + 1)
        pairs = [(events[i], events[j]) for i, j in reduced]
        pairs += [(events[i], events[j]) for i, j in mutual if both_ways or i < j]
        return pairs

    def _claims_behind(self, index: int, bound: Bound) -> tuple[Claim, ...]:
        """The claims of :meth:`explain`'s chain, without telling it (no claim numbers, no text)."""
        from timeline._stn import path_edges

        point = (1 if bound.endswith("start") else 2) + 2 * index
        if not -INF < self._bounds(index)[BOUNDS.index(bound)] < INF:
            return ()
        earliest = bound.startswith("earliest")
        edges = path_edges(self._solution, point, towards_zero=earliest)
        return self._timeline._claims_of(edges[::-1] if earliest else edges)  # as explain tells

    def explain(self, event: EventLike, bound: Bound) -> Explanation:
        """The chain of constraints and claims that forces one bound of an event.

        ``bound`` is one of ``"earliest_start"``, ``"latest_start"``, ``"earliest_end"``,
        ``"latest_end"``. An open bound is explained as such (no steps).
        """
        from timeline._stn import path_edges

        if bound not in BOUNDS:
            raise TimelineError(f"bound must be one of {', '.join(BOUNDS)}, not {bound!r}")
        index = self._index(event)
        made = self._events[index]
        point = (1 if bound.endswith("start") else 2) + 2 * index
        earliest = bound.startswith("earliest")
        timeline = self._timeline
        value = self.bounds(made)[BOUNDS.index(bound)]
        what = timeline._point(point)
        if not -INF < value < INF:
            summary = f"nothing bounds when {what} ({'no earliest' if earliest else 'no latest'})"
            return Explanation(made, bound, None, (), (), summary)
        edges = path_edges(self._solution, point, towards_zero=earliest)
        if earliest:
            edges = edges[::-1]  # tell it from the absolute fact towards the event
        from timeline._reason import _earlier, _later

        numbers = {claim: number for number, claim in enumerate(timeline.claims, 1)}
        steps = []
        total = 0.0
        exclusive = False  # an exclusive bound on the chain: the bound is not reached
        for position, edge in enumerate(edges):
            u, v, weight, why = timeline._edge(edge)
            said = timeline._says(edge, numbers)
            exclusive = exclusive or timeline._exclusive(edge)
            if earliest:
                total -= weight
                reached, word = u, _earlier(exclusive)
            else:
                total += weight
                reached, word = v, _later(exclusive)
            consequence = (
                None
                if position == 0
                else f"{timeline._point(reached)} {word} {timeline._time(total)}"
            )
            steps.append(Step(said, why.claims, consequence))
        when = moment(value, self._zone)
        word = (_earlier if earliest else _later)(exclusive)
        summary = f"{what} {word} {when.strftime('%Y-%m-%d %H:%M')} ({zone_name(self._zone)})"
        claims = timeline._claims_of(edges)
        cited = tuple(numbers.get(claim) for claim in claims)
        return Explanation(made, bound, when, tuple(steps), claims, summary, cited)

    def to_frame(self) -> pandas.DataFrame:
        """One row per event with its four bounds, duration bounds, attributes and claims."""
        from timeline.io._frame import schedule_to_frame

        return schedule_to_frame(self)

    def plot(self, **options: Any) -> Any:
        """Draw this schedule as a Gantt-style timeline; see :func:`timeline.plot`.

        Returns the matplotlib ``Axes``. matplotlib loads only when this is called.
        """
        from timeline._plot import plot

        return plot(self, **options)

    def __repr__(self) -> str:
        return f"<Schedule: {self._count} events in {zone_name(self._zone)}>"

    def __str__(self) -> str:
        lines = [repr(self)]
        for made in self._events:
            lines.append(f"  {made.label}: {_show_span(self[made], self._zone)}")
        return "\n".join(lines)


def _show_span(span: TimeSpan, zone: tzinfo) -> str:
    def show(what: str, first: datetime, last: datetime) -> str:
        def at(moment: datetime) -> str:
            return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")

        if is_open(first) and is_open(last):
            return f"{what} unknown"
        if is_open(last):
            return f"{what} {at(first)} or later"
        if is_open(first):
            return f"{what} {at(last)} or earlier"
        return f"{what} {at(first)} – {at(last)}"

    text = (
        f"{show('start', span.earliest_start, span.latest_start)},"
        f" {show('end', span.earliest_end, span.latest_end)}"
    )
    lengths = show_lengths(span.min_duration, span.max_duration)
    return f"{text}, {lengths}" if lengths else text
