"""The exceptions every part of the library raises.

One base class, :class:`TimelineError`, so callers can catch everything we raise; subclasses also
inherit the builtin they refine where one fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "TimelineError",
    "UnresolvableExpression",
    "InconsistentTimeline",
    "InvalidSpan",
    "NotRepresentable",
]


class TimelineError(Exception):
    """Base class of every error raised by :mod:`timeline`."""


class InvalidSpan(TimelineError, ValueError):
    """A :class:`~timeline.TimeSpan` whose bounds cannot all hold (e.g. a start after its end)."""


class NotRepresentable(TimelineError, ValueError):
    """A value that a text format (EDTF, ISO 8601, TIMEX3) cannot carry without loss."""


class UnresolvableExpression(TimelineError, ValueError):
    """A temporal phrase that could not be understood, or that names an impossible time.

    ``phrase`` is the text as given and ``reason`` says what went wrong.
    """

    def __init__(self, phrase: str, reason: str) -> None:
        self.phrase = phrase
        self.reason = reason
        super().__init__(f"cannot resolve {phrase!r}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.phrase, self.reason))


class InconsistentTimeline(TimelineError):
    """The claims about a timeline cannot all be true.

    ``claims`` holds the claims of the smallest contradiction found, in the order of the cycle
    that shows it; the message tells that cycle as a story.
    """

    def __init__(self, message: str, claims: Sequence[Any] = ()) -> None:
        self.claims = tuple(claims)
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.args[0], self.claims))
