"""The fuzzy vocabulary: a frozen, documented, replaceable configuration."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import DEFAULT_VOCABULARY, PeriodPart, TimeOfDay, TimeSpan, VagueWindow, Vocabulary
from timeline._vocabulary import PART_NAMES

PY = ZoneInfo("Asia/Pyongyang")
DOCS = Path(__file__).resolve().parents[1] / "docs" / "vocabulary.md"
UNITS = {"day": 24, "week": 7, "month": 31, "quarter": 92, "year": 12, "decade": 10,
         "century": 100}  # fmt: skip


def test_default_is_frozen_and_hashable() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        DEFAULT_VOCABULARY.approx_day = timedelta(days=5)  # type: ignore[misc]
    assert hash(DEFAULT_VOCABULARY) == hash(Vocabulary())
    assert DEFAULT_VOCABULARY == Vocabulary()


def test_mid_month_is_days_11_to_20_widened_by_three() -> None:
    assert DEFAULT_VOCABULARY.month.mid.offsets(30) == ((10, 20), (7, 23))
    assert DEFAULT_VOCABULARY.month.late.offsets(31) == ((20, 31), (17, 31))
    assert DEFAULT_VOCABULARY.month.end.offsets(28) == ((23, 28), (20, 28))


def test_impossible_parts_are_refused() -> None:
    with pytest.raises(ValueError, match="leaves nothing"):
        PeriodPart(20, 10).offsets(30)
    with pytest.raises(ValueError):
        PeriodPart(0, 5, slack=-1)


@given(
    unit=st.sampled_from(sorted(UNITS)),
    name=st.sampled_from(PART_NAMES),
    shorter=st.integers(0, 3),
)
def test_every_default_part_lies_inside_its_period(unit: str, name: str, shorter: int) -> None:
    length = UNITS[unit] - (shorter if unit in ("month", "quarter") else 0)
    (c0, c1), (s0, s1) = DEFAULT_VOCABULARY.parts(unit).part(name).offsets(length)
    assert 0 <= s0 <= c0 < c1 <= s1 <= length


def test_parts_and_names_are_checked() -> None:
    with pytest.raises(KeyError):
        DEFAULT_VOCABULARY.parts("season")
    with pytest.raises(KeyError):
        DEFAULT_VOCABULARY.month.part("middle")
    with pytest.raises(KeyError, match="known"):
        DEFAULT_VOCABULARY.part_of_day("teatime")
    with pytest.raises(KeyError, match="known"):
        DEFAULT_VOCABULARY.window("ages ago")


def test_part_of_day_must_have_its_core_inside_its_support() -> None:
    with pytest.raises(ValueError, match="core"):
        TimeOfDay("odd", "MO", (timedelta(hours=5), timedelta(hours=9)),
                  (timedelta(hours=6), timedelta(hours=8)))  # fmt: skip
    with pytest.raises(ValueError):
        VagueWindow("odd", timedelta(days=10), timedelta(days=5))


def test_night_crosses_midnight() -> None:
    night = DEFAULT_VOCABULARY.part_of_day("night").on(date(2017, 9, 28), PY)
    assert night.latest_start == datetime(2017, 9, 28, 22, tzinfo=PY)
    assert night.earliest_end == datetime(2017, 9, 29, 4, tzinfo=PY)
    assert night.timex.value == "2017-09-28TNI"


def test_late_at_night_said_of_a_day_spans_both_readings() -> None:
    part = DEFAULT_VOCABULARY.part_of_day("late at night")
    span = part.on_day(date(2017, 9, 28), PY)
    small_hours = TimeSpan.crisp(datetime(2017, 9, 28, 1, tzinfo=PY),
                                 datetime(2017, 9, 28, 3, tzinfo=PY))  # fmt: skip
    late_evening = TimeSpan.crisp(datetime(2017, 9, 28, 23, tzinfo=PY),
                                  datetime(2017, 9, 29, 1, tzinfo=PY))  # fmt: skip
    assert small_hours.is_within(span) and late_evening.is_within(span)
    assert span.certain is None


def test_time_of_day_as_a_constraint() -> None:
    part = DEFAULT_VOCABULARY.part_of_day("late at night")
    assert part.possibly_at(time(1, 30)) and part.certainly_at(time(1, 30))
    assert part.possibly_at(time(21, 30)) and not part.certainly_at(time(21, 30))
    assert not part.possibly_at(time(12))
    day = TimeSpan.crisp(datetime(2017, 9, 28, tzinfo=PY), datetime(2017, 9, 29, tzinfo=PY))
    starts = [o.timex.value for o in part.occurrences(day)]
    assert starts == ["2017-09-27TNI", "2017-09-28TNI"]
    with pytest.raises(ValueError, match="unbounded"):
        list(part.occurrences(TimeSpan.unknown()))


def test_recently_window() -> None:
    recently = DEFAULT_VOCABULARY.window("recently")
    assert (recently.core, recently.support) == (timedelta(days=7), timedelta(days=90))


def test_docs_page_tabulates_every_default() -> None:
    if not DOCS.exists():
        pytest.skip("docs/vocabulary.md is not in this tree")
    page = DOCS.read_text(encoding="utf-8")
    for part in DEFAULT_VOCABULARY.parts_of_day:
        assert f"| {part.name} |" in page, part.name
    for window in DEFAULT_VOCABULARY.vague:
        assert f"| {window.name} |" in page, window.name
    for unit in UNITS:
        for name in PART_NAMES:
            assert f"| {unit} | {name.replace('_', ' ')} |" in page, (unit, name)
