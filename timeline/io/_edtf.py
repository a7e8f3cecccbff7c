"""EDTF (ISO 8601-2) text for solved events, where it carries the bounds without loss."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from timeline._errors import NotRepresentable

if TYPE_CHECKING:
    from timeline._reason import Schedule

__all__ = ["to_edtf"]


def to_edtf(
    schedule: Schedule, *, errors: Literal["raise", "coerce"] = "raise"
) -> dict[str, str | None]:
    """Each event's label -> EDTF text of its solved span (``"2017-09-28"``, ``"2017-09"``).

    EDTF holds only crisp, whole-day periods without zone, so an event known less exactly than
    that raises :class:`~timeline.NotRepresentable` naming it (``errors="raise"``) or maps to
    ``None`` (``errors="coerce"``). Days are those of each span's own zone. For fuzzy bounds use
    :func:`to_cidoc` or :func:`to_json`, which keep all four.
    """
    result: dict[str, str | None] = {}
    for event in schedule:
        span = schedule[event]
        if span.is_crisp and span.is_bounded:  # its duration bounds only restate its length
            span = attrs.evolve(span, min_duration=None, max_duration=None)
        try:
            result[event.label] = span.to_edtf()
        except NotRepresentable as error:
            if errors == "raise":
                raise NotRepresentable(f"event {event.label!r}: {error}") from None
            result[event.label] = None
    return result
