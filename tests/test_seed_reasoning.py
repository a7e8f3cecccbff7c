"""The worked case solved: what the seed report's statements imply about the order of events."""

from __future__ import annotations

import runpy
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from timeline import Claim, InconsistentTimeline, Schedule, Timeline

pytest.importorskip("timeline._resolve")

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "seed_timeline.py"
NORTH = ZoneInfo("Asia/Pyongyang")


@pytest.fixture(scope="module")
def example() -> dict[str, Any]:
    return runpy.run_path(str(EXAMPLE))


@pytest.fixture()
def timeline(example: dict[str, Any]) -> Timeline:
    made: Timeline = example["build_seed_timeline"]()
    return made


@pytest.fixture()
def schedule(timeline: Timeline) -> Schedule:
    return timeline.solve()


def north(*args: int) -> datetime:
    return datetime(*args, tzinfo=NORTH)


def test_every_statement_is_a_graded_claim(timeline: Timeline) -> None:
    assert len(timeline.claims) >= 10
    assert all(isinstance(claim, Claim) and claim.source for claim in timeline.claims)
    assert {claim.reliability for claim in timeline.claims} >= {"C"}


def test_storage_ended_before_the_first_crossing(schedule: Schedule) -> None:
    storage, crossing = schedule["storage"], schedule["crossing 1"]
    assert storage.latest_end <= crossing.earliest_start
    assert storage.min_duration == storage.max_duration == timedelta(days=10)
    assert storage.earliest_start == north(2017, 9, 8)  # mid-September's support
    assert storage.latest_end == north(2017, 9, 24)


def test_the_refusal_came_by_mid_september_at_the_latest(schedule: Schedule) -> None:
    # refusal before storage, storage of ten days ending by Sept. 24: refused by Sept. 14
    assert schedule["refusal at Sanhe"].latest_end == north(2017, 9, 14)
    why = schedule.explain("refusal at Sanhe", "latest_end")
    texts = [claim.text for claim in why.claims]
    assert any("ten days in mid-September" in text for text in texts)
    assert any("refusal came before" in text for text in texts)
    assert "2017-09-14" in str(why)


def test_the_crossings_keep_their_reported_times(schedule: Schedule) -> None:
    first, second = schedule["crossing 1"], schedule["crossing 2"]
    assert first.earliest_start == north(2017, 9, 28, 1)
    assert first.latest_end == north(2017, 9, 28, 3)
    assert north(2017, 10, 2) <= second.earliest_start
    assert second.latest_end <= north(2017, 10, 2, 6)
    assert first.latest_end <= second.earliest_start
    # "late at night", given without a date, ends the second crossing by 05:00
    assert second.latest_end == north(2017, 10, 2, 5)
    why = schedule.explain("crossing 2", "latest_end")
    assert any("late at night" in claim.text for claim in why.claims)


def test_the_loading_lies_between_storage_and_the_first_crossing(schedule: Schedule) -> None:
    loading = schedule["loading onto trucks"]
    assert loading.earliest_start == north(2017, 9, 18)
    assert loading.latest_end == north(2017, 9, 28, 3)


def test_certain_order_runs_from_refusal_to_report(schedule: Schedule) -> None:
    order = {(a.label, b.label) for a, b in schedule.order()}
    chain = [
        "refusal at Sanhe",
        "storage",
        "loading onto trucks",
        "crossing 1",
        "crossing 2",
        "textiles taken back",
        "report published",
    ]
    assert set(zip(chain, chain[1:], strict=False)) <= order
    assert ("refusal at Sanhe", "crossing 1") not in order  # implied, so reduced away


def test_the_zones_are_kept_apart(schedule: Schedule) -> None:
    refusal = schedule["refusal at Sanhe"]
    attempt = schedule["attempt at customs"]
    # "recently" read in China (UTC+8) starts half an hour after the same words read in
    # North Korea (UTC+8:30)
    assert refusal.earliest_start - attempt.earliest_start == timedelta(minutes=30)
    frame = schedule.to_frame()
    assert set(frame["zone"].dropna()) == {"Asia/Pyongyang", "Asia/Shanghai"}


def test_a_storage_reaching_to_sept_30_contradicts_mid_september(timeline: Timeline) -> None:
    late = Claim("the goods stayed in storage until Sept. 30", "hypothetical third source")
    timeline.constrain("storage", end="Sept. 30", claim=late)
    with pytest.raises(InconsistentTimeline) as caught:
        timeline.solve()
    assert len(caught.value.claims) == 2  # the smallest contradiction: two statements
    assert late in caught.value.claims
    assert "mid-September" in caught.value.claims[0].text


def test_loading_on_sept_29_contradicts_the_first_crossing(timeline: Timeline) -> None:
    loaded = Claim("the trucks were loaded on Sept. 29", "hypothetical fourth source")
    timeline.constrain("loading onto trucks", "Sept. 29", claim=loaded)
    with pytest.raises(InconsistentTimeline) as caught:
        timeline.solve()
    texts = [claim.text for claim in caught.value.claims]
    assert loaded.text in texts
    assert any("1:00 a.m. to 3:00 a.m." in text for text in texts)
    message = str(caught.value)
    assert "crossing 1" in message and "loading onto trucks starts no earlier than" in message
