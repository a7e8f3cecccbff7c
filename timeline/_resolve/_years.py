"""Choosing the year (or century, or week) of an expression that does not say it.

A date without a year is placed by ``prefer``: ``past`` keeps the candidates that have begun by
the end of the anchor's day, ``future`` those not yet over when the anchor's day begins,
``nearest`` all of them; of those, the one nearest the narrative reference wins (the anchor when
there is none). Leap days look back or ahead as far as the next Feb. 29.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, time, timedelta

from timeline._resolve._period import NAIVE_MAX, NAIVE_MIN, Context, Period, Unresolvable

__all__ = ["pick", "by_year"]


def _gap(period: Period, low: datetime, high: datetime) -> timedelta:
    """How far ``period`` lies from ``[low, high)``: zero where they meet or overlap."""
    if period.le <= low:
        return low - period.le
    if period.es >= high:
        return period.es - high
    return timedelta(0)


def pick(ctx: Context, candidates: Iterable[Period], what: str) -> Period:
    """The candidate ``prefer`` and the reference choose; Unresolvable when there is none."""
    options = list(candidates)
    if not options:
        raise Unresolvable(f"no calendar has {what}")
    day_start = datetime.combine(ctx.today, time())
    day_end = day_start + timedelta(days=1)
    if ctx.prefer == "past":
        allowed = [p for p in options if p.es < day_end]
    elif ctx.prefer == "future":
        # not one whose core is over, though its support runs on: "the autumn", told in mid-December
        allowed = [p for p in options if p.le > day_start and p.ee > day_start]
    else:
        allowed = options
    if not allowed:
        raise Unresolvable(f"no {what} lies in the {ctx.prefer} the anchor allows")
    # Distances are gaps to the whole reference period (by default the anchor's day), so that
    # neither side is favoured: from April 18, Oct. 17 of this year (181 days after the day)
    # is nearer than last year's (182 days before it).
    if ctx.reference.es == NAIVE_MIN:
        low = high = ctx.anchor
    else:
        low = ctx.reference.es
        high = ctx.reference.le if ctx.reference.le != NAIVE_MAX else low
    earliest_first = ctx.prefer != "past"  # on a tie: the earlier, but the later under "past"
    return min(
        allowed,
        key=lambda p: (_gap(p, low, high), (1 if earliest_first else -1) * p.es.toordinal()),
    )


def by_year(ctx: Context, build: Callable[[int], Period | None], what: str) -> Period:
    """The period ``build(year)`` for the year ``prefer`` and the reference choose.

    ``build`` returns None for a year without such a period (Feb. 29 in 2017).
    """
    base = ctx.ref_day.year
    first, last = base - 1, base + 1
    if ctx.reference.es.date() == ctx.today:  # no narrative reference: one side suffices
        if ctx.prefer == "past":
            last = base
        elif ctx.prefer == "future":
            first = base
    near = [c for c in (build(year) for year in range(first, last + 1)) if c is not None]
    if near:
        try:
            return pick(ctx, near, what)
        except Unresolvable:
            pass
    # leap days, or a reference far from the anchor: look further
    candidates = (build(year) for year in range(base - 9, base + 10))
    return pick(ctx, (c for c in candidates if c is not None), what)
