"""What constraints came from, and stories: contradictions told in order; parts of the day.

Each constraint of a :class:`~timeline.Timeline` keeps a :class:`_Why` (a short description and
its claims). A negative cycle becomes a story that runs from the absolute fact that opens it (or
from the first stated claim) to the statement that cannot hold with the rest. Parts of the day
given without a date ("late at night") are combined here with the days an event may fall on.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from timeline._errors import InconsistentTimeline
from timeline._events import Claim
from timeline._moments import BOUNDS, INF, moment, ms, ms_length, show_length
from timeline._span import TimeSpan

if TYPE_CHECKING:
    from timeline._reason import Timeline
    from timeline._schedule import Schedule

__all__ = ["combine_parts_of_day", "contradiction_story"]


class _Why:
    """What a constraint came from: a short description (joined when first read) and its claims.

    Cheap to make: a timeline of 100,000 events holds hundreds of thousands of them.
    """

    __slots__ = ("_parts", "claims", "derived")

    def __init__(
        self, text: str | tuple[str, ...], claims: tuple[Claim, ...] = (), *, derived: bool = False
    ) -> None:
        self._parts = text
        self.claims = claims
        self.derived = derived  # added by the solver, not stated: left out of tl.constraints()

    @property
    def text(self) -> str:
        parts = self._parts
        return parts if isinstance(parts, str) else " ".join(parts)


@functools.lru_cache(maxsize=1024)
def _shown(relation: str, names: frozenset[str]) -> str:
    """How a relation reads in a story ("before", "during|starts")."""
    text = "|".join(sorted(names)) if len(names) > 1 else next(iter(names))
    return text.replace("_", " ")


def contradiction_story(tl: Timeline, edges: Sequence[int]) -> tuple[str, tuple[Claim, ...]]:
    """A negative cycle told as a story, and its claims in cycle order."""
    numbers = {claim: number for number, claim in enumerate(tl.claims, 1)}
    points = [tl._edge(edge)[0] for edge in edges]
    if 0 in points:  # tell it from the absolute fact that opens it
        at = points.index(0)
        edges = list(edges[at:]) + list(edges[:at])
    else:  # from the first statement somebody made
        said_by = [bool(tl._edge(edge)[3].claims) for edge in edges]
        at = said_by.index(True) if True in said_by else 0
        edges = list(edges[at:]) + list(edges[:at])
    from timeline._reason import _apart, _later

    parts = []
    total = 0.0
    exclusive = False  # whether the chain so far holds with '<' (an exclusive bound on it)
    first = tl._edge(edges[0])[0]
    for position, edge in enumerate(edges):
        u, v, weight, _ = tl._edge(edge)
        total += weight
        exclusive = exclusive or tl._exclusive(edge)
        said = tl._says(edge, numbers)
        if position == 0:
            parts.append(said)
        elif position == len(edges) - 1 and first == 0:
            parts.append(f"but {said}")
        else:
            if first == 0:
                then = f"{tl._point(v)} {_later(exclusive)} {tl._time(total)}"
            else:
                then = f"{tl._point(v)} {_apart(total, exclusive)} {tl._point(first)}"
                if position == len(edges) - 1:
                    ahead = "" if total == 0 else f"at least {show_length(total)} "
                    then = f"{tl._noun(v)} would come {ahead}before itself, which cannot be"
            parts.append(f"{said}, so {then}")
    if len(parts) > 12:  # a long chain: its two ends tell the story
        parts = parts[:5] + [f"… {len(parts) - 10} more steps …"] + parts[-5:]
    claims = tl._claims_of(edges)
    listing = "; ".join(f"claim {numbers[claim]}: {claim}" for claim in claims)
    message = (
        "these statements cannot all be true: "
        + "; ".join(parts)
        + (f" — claims: {listing}" if listing else "")
    )
    return message, claims


# ------------------------------------------------------------------ frames


def combine_parts_of_day(tl: Timeline, schedule: Schedule) -> bool:
    """Add the hull of the fitting occurrences of each part of day; whether anything changed."""
    changed = False
    for index, part, why in tl._daily:
        es, ls, ee, le = schedule.bounds(tl._events[index])
        longest = max(ms_length(part.support[1] - part.support[0]), 0.0)
        if ee < INF and ee > -INF:
            es = max(es, ee - longest)  # it lies within one occurrence, no longer than that
        if ls < INF and ls > -INF:
            le = min(le, ls + longest)
        label = tl._events[index].label
        if not (-INF < es and le < INF):  # no day known yet, but it lasts one occurrence at most
            if (index, longest, 0.0, 1.0) not in tl._derived:
                tl._derived.add((index, longest, 0.0, 1.0))
                said = f"{label} {part.name!r}: within one such time"
                length = _Why(said, why.claims, derived=True)
                tl._add(1 + 2 * index, 2 + 2 * index, -INF, longest, length)
                changed = True
            continue
        fits = []
        if es <= le:  # else it lasts longer than one occurrence: none can hold it
            extent = TimeSpan.crisp(moment(es, tl._zone), moment(le, tl._zone))
            for occurrence in part.occurrences(extent):
                first, last = ms(occurrence.earliest_start), ms(occurrence.latest_end)
                if first <= ls and last >= ee and first <= le and last >= es:
                    fits.append((first, last))
        if not fits:
            message, claims = _no_part_fits(tl, schedule, index, part, why, (es, le))
            raise InconsistentTimeline(message, claims)
        first = max(min(f for f, _ in fits), es)
        last = min(max(g for _, g in fits), le)
        behind: dict[Claim, None] = dict.fromkeys(why.claims)
        for bound in BOUNDS:  # the facts that rule the other occurrences out
            behind.update(dict.fromkeys(schedule._claims_behind(index, bound)))
        derived = _Why(
            f"{label} {part.name!r}: the only times that fit", tuple(behind), derived=True
        )
        for key in ((1 + 2 * index, first, INF), (2 + 2 * index, -INF, last)):
            point, lo, hi = key
            if (point, lo, hi, 0.0) not in tl._derived and (
                (lo > -INF and lo > es) or (hi < INF and hi < le)
            ):
                tl._derived.add((point, lo, hi, 0.0))
                tl._add(0, point, lo, hi, derived)
                changed = True
        if (index, longest, 0.0, 1.0) not in tl._derived:
            tl._derived.add((index, longest, 0.0, 1.0))
            tl._add(1 + 2 * index, 2 + 2 * index, -INF, longest, derived)
            changed = True
    return changed


def _no_part_fits(
    tl: Timeline,
    schedule: Schedule,
    index: int,
    part: Any,
    why: _Why,
    extent: tuple[float, float],
) -> tuple[str, tuple[Claim, ...]]:
    """The contradiction when no occurrence of ``part`` fits in ``extent`` (finite, in ms): the
    event's earliest start to latest end, narrowed by the length of one occurrence."""
    label = tl._events[index].label
    early = schedule.explain(label, "earliest_start")
    late = schedule.explain(label, "latest_end")
    es, le = extent
    claims: dict[Claim, None] = dict.fromkeys(why.claims)
    claims.update(dict.fromkeys(early.claims))
    claims.update(dict.fromkeys(late.claims))
    where = (
        f"no {part.name!r} fits between {tl._time(es)} and {tl._time(le)},"
        " the furthest apart its start and end can lie"
        if es <= le
        else f"it lasts longer than any {part.name!r}"
    )
    message = (
        f"these statements cannot all be true: {label} happened {part.name!r}"
        f" ({why.text}), but {where} as far as"
        f" {', '.join(map(str, dict.fromkeys((*early.claims, *late.claims)))) or 'other facts'}"
        " allow"
    )
    return message, tuple(claims)
