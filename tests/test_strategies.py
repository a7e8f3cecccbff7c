"""The public hypothesis strategies produce what they promise."""

from __future__ import annotations

import doctest
from datetime import datetime, time

from hypothesis import given, settings

import timeline.strategies
from timeline import TimeSpan, resolve
from timeline.strategies import ZONE_NAMES, Phrase, anchors, phrases, time_spans


@given(anchors())
def test_anchors_are_aware_midnights(anchor: datetime) -> None:
    assert anchor.utcoffset() is not None
    assert anchor.time() == time() or anchor.tzinfo is not None  # midnight may not exist
    assert getattr(anchor.tzinfo, "key", "UTC") in ZONE_NAMES


@given(time_spans())
def test_time_spans_are_valid(span: TimeSpan) -> None:
    assert span.earliest_start <= span.latest_start <= span.latest_end
    assert span.earliest_start <= span.earliest_end <= span.latest_end


@given(time_spans(fuzzy=False))
def test_crisp_time_spans(span: TimeSpan) -> None:
    assert span.is_crisp


@settings(max_examples=100, deadline=None)
@given(phrases())
def test_phrases_carry_their_answer(case: Phrase) -> None:
    assert case.text and (case.expected.is_crisp or "-" in case.text or " " in case.text)
    assert case.prefer in ("past", "future", "nearest")
    got = resolve(case.text, case.anchor, prefer=case.prefer, tz=case.tz)  # type: ignore[arg-type]
    assert got == case.expected


def test_module_examples_run() -> None:
    result = doctest.testmod(timeline.strategies)
    assert result.attempted > 0 and result.failed == 0
