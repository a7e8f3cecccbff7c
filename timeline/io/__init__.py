"""Reading and writing timelines in the formats analysts exchange.

pandas frames, CSV and JSON, TimeML documents, TimelineJS, EDTF and CIDOC-CRM-style four-bound
JSON. Each format lives in a private module and loads on first use (pandas is heavy).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

#: Public name -> private module that defines it, imported on first access.
_LAZY: dict[str, str] = {
    "read_timeml": "timeline.io._timeml",
    "TimeMLDocument": "timeline.io._timeml",
    "timeml_timeline": "timeline.io._timeml_timeline",
    "GoldTimex": "timeline.io._timeml",
    "TimeMLEvent": "timeline.io._timeml",
    "TLink": "timeline.io._timeml",
    "to_timeml": "timeline.io._timeml_write",
    "to_csv": "timeline.io._csv_json",
    "to_json": "timeline.io._csv_json",
    "read_timeline_csv": "timeline.io._csv_json",
    "read_schedule_csv": "timeline.io._csv_json",
    "read_timeline_json": "timeline.io._csv_json",
    "read_schedule_json": "timeline.io._csv_json",
    "BadRow": "timeline.io._csv_json",
    "to_cidoc": "timeline.io._cidoc",
    "to_timelinejs": "timeline.io._timelinejs",
    "to_edtf": "timeline.io._edtf",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'timeline.io' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
