"""What the extraction tests read of extract(): the mentions of a text by their words, as
TIMEX3 (:func:`found`) or as values alone (:func:`values`). Imported by the test modules (pytest
puts this folder on the path)."""

from __future__ import annotations

from datetime import date

from timeline import Timex, extract


def found(text: str, anchor: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


def values(text: str, anchor: str) -> dict[str, str]:
    return {m.text: m.timex.value for m in extract(text, anchor)}
