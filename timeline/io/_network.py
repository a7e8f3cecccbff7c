"""The constraint network of a Timeline, one constraint at a time, for exact round trips.

There is no public view of the network yet: these two functions are the only place
that reads or extends ``Timeline`` internals (see tests/test_formats.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline._errors import TimelineError
from timeline.io._cells import _POINTS

if TYPE_CHECKING:
    from timeline._events import Claim
    from timeline._reason import Timeline

# ----------------------------------------------------------------------------- the network
Point = tuple[str, str] | None  # (label, "start"|"end"), or None for the zero point


def _constraints_of(
    tl: Timeline,
) -> list[tuple[Point, Point, float, float, str, tuple[Claim, ...]]]:
    """Every constraint of the timeline: ``lo ≤ b − a ≤ hi`` in ms, with its text and claims.

    Reads the timeline's network directly (there is no public view of it yet).
    """
    events = tl.events

    def point(number: int) -> Point:
        if number == 0:
            return None
        index, side = divmod(number - 1, 2)
        return events[index].label, _POINTS[side]

    return [
        (point(a), point(b), lo, hi, why.text, tuple(why.claims))
        for a, b, lo, hi, why in zip(tl._a, tl._b, tl._lo, tl._hi, tl._why, strict=True)
    ]


def _add_constraint(
    tl: Timeline, a: Point, b: Point, lo: float, hi: float, says: str, claims: tuple[Claim, ...]
) -> None:
    """Add one constraint to the timeline's network exactly (the inverse of _constraints_of)."""
    from timeline._reason import _Why

    def number(p: Point) -> int:
        if p is None:
            return 0
        label, side = p
        return 1 + 2 * tl._find(label) + _POINTS.index(side)

    if lo > hi:
        raise TimelineError(f"the least ({lo} ms) is more than the most ({hi} ms)")
    tl._add(number(a), number(b), lo, hi, _Why(says, claims))
