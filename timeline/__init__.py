"""timeline: reconstruct event timelines from reports.

Resolve fuzzy phrases into :class:`TimeSpan` bounds, extract every temporal expression from an
article, order events from partial statements and explain contradictions, and draw the result.

Everything public is importable from here; the modules behind it are private. Parts with heavy
dependencies (the resolver's dateparser fallback, pandas, matplotlib) load on first use, so
``import timeline`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from timeline._errors import (
    InconsistentTimeline,
    InvalidSpan,
    NotRepresentable,
    TimelineError,
    UnresolvableExpression,
)
from timeline._span import OPEN_END, OPEN_START, TimeSpan
from timeline._timex import Timex

if TYPE_CHECKING:
    from timeline._events import Claim, Constraint, Event
    from timeline._extract import Mention, MentionRange, extract, extract_ranges
    from timeline._plot import plot
    from timeline._reason import Schedule, Timeline
    from timeline._resolve import resolve
    from timeline._vocabulary import (
        DEFAULT_VOCABULARY,
        PeriodPart,
        PeriodParts,
        TimeOfDay,
        VagueWindow,
        Vocabulary,
    )

__version__ = "0.1.0"

#: Public name -> private module that defines it, imported on first access.
_LAZY = {
    "resolve": "timeline._resolve",
    "Vocabulary": "timeline._vocabulary",
    "DEFAULT_VOCABULARY": "timeline._vocabulary",
    "PeriodPart": "timeline._vocabulary",
    "PeriodParts": "timeline._vocabulary",
    "TimeOfDay": "timeline._vocabulary",
    "VagueWindow": "timeline._vocabulary",
    "extract": "timeline._extract",
    "Mention": "timeline._extract",
    "extract_ranges": "timeline._extract",
    "MentionRange": "timeline._extract",
    "Claim": "timeline._events",
    "Constraint": "timeline._events",
    "Event": "timeline._events",
    "Timeline": "timeline._reason",
    "Schedule": "timeline._reason",
    "plot": "timeline._plot",
}

__all__ = [
    "TimeSpan",
    "Timex",
    "OPEN_START",
    "OPEN_END",
    "resolve",
    "Vocabulary",
    "DEFAULT_VOCABULARY",
    "PeriodPart",
    "PeriodParts",
    "TimeOfDay",
    "VagueWindow",
    "extract",
    "Mention",
    "extract_ranges",
    "MentionRange",
    "Claim",
    "Constraint",
    "Event",
    "Timeline",
    "Schedule",
    "plot",
    "TimelineError",
    "UnresolvableExpression",
    "InconsistentTimeline",
    "InvalidSpan",
    "NotRepresentable",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
