"""Exchange formats: TimeML writing, CIDOC-CRM four-bound JSON, TimelineJS, EDTF, CSV and JSON."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import NotRepresentable, TimeSpan, Timex
from timeline.io import read_timeml, to_cidoc, to_timeml

UTC = timezone.utc


def _day(month: int, day: int) -> datetime:
    return datetime(2017, month, day, tzinfo=UTC)


# ----------------------------------------------------------------------------- TimeML
def _mention(start: int, end: int, timex: Timex) -> SimpleNamespace:
    return SimpleNamespace(start=start, end=end, timex=timex)


def test_timeml_tags_each_mention_and_the_creation_time() -> None:
    text = "Trucks crossed on Sept. 28 & again in the early morning hours of Oct. 2."
    found = [
        _mention(18, 26, Timex("DATE", "2017-09-28")),
        _mention(38, 71, Timex("TIME", "2017-10-02TMO")),
    ]
    document = read_timeml(to_timeml(text, found, dct=date(2017, 10, 11), name="seed"))
    assert document.name == "seed"
    assert document.text == text
    assert document.dct == date(2017, 10, 11)
    assert [(t.start, t.end, t.timex) for t in document.timexes] == [
        (18, 26, Timex("DATE", "2017-09-28")),
        (38, 71, Timex("TIME", "2017-10-02TMO")),
    ]


def test_timeml_keeps_the_mod() -> None:
    text = "stored in mid-September"
    written = to_timeml(
        text, [_mention(10, 23, Timex("DATE", "2017-09", "MID"))], dct=date(2017, 10, 11)
    )
    assert read_timeml(written).timexes[0].timex == Timex("DATE", "2017-09", "MID")


_TIMEXES = st.sampled_from(
    [
        Timex("DATE", "2017-09-28"),
        Timex("DATE", "2017-09", "MID"),
        Timex("DURATION", "P10D"),
        Timex("DATE", "PAST_REF"),
        Timex("TIME", "2017-09-28T01:00"),
    ]
)
_XML_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("\n\t\r<>&\"'")
)


@given(_XML_TEXT, st.lists(st.tuples(st.integers(0, 200), st.integers(1, 20), _TIMEXES)))
def test_timeml_round_trips_any_text_and_mentions(
    text: str, raw: list[tuple[int, int, Timex]]
) -> None:
    mentions, position = [], 0
    for offset, length, timex in raw:
        start = position + offset
        end = start + length
        if end > len(text):
            break
        mentions.append(_mention(start, end, timex))
        position = end
    document = read_timeml(to_timeml(text, mentions, dct=date(2017, 10, 11)))
    assert document.text == text
    assert [(t.start, t.end, t.timex) for t in document.timexes] == [
        (m.start, m.end, m.timex) for m in mentions
    ]


def test_timeml_refuses_overlapping_mentions() -> None:
    found = [_mention(0, 8, Timex("DATE", "2017-09-28")), _mention(4, 10, Timex("DATE", "2017"))]
    with pytest.raises(NotRepresentable, match="overlaps"):
        to_timeml("Sept. 28 2017", found)


def test_timeml_refuses_control_characters() -> None:
    with pytest.raises(NotRepresentable, match="XML"):
        to_timeml("a\x00b", [])


# ----------------------------------------------------------------------------- CIDOC-CRM
def test_cidoc_names_the_four_bounds_and_the_duration() -> None:
    span = TimeSpan(
        _day(9, 1),
        _day(9, 11),
        _day(9, 21),
        _day(10, 1),
        min_duration=timedelta(days=10),
        max_duration=timedelta(days=10),
        phrase="for ten days in mid-September",
    )
    record = to_cidoc(span)
    assert record["type"] == "E52_Time-Span"
    assert record["P82a_begin_of_the_begin"] == "2017-09-01T00:00:00+00:00"
    assert record["P81a_end_of_the_begin"] == "2017-09-11T00:00:00+00:00"
    assert record["P81b_begin_of_the_end"] == "2017-09-21T00:00:00+00:00"
    assert record["P82b_end_of_the_end"] == "2017-10-01T00:00:00+00:00"
    assert record["P191_had_duration"]["P90a_has_lower_value_limit"] == "P10D"
    assert record["P1_is_identified_by"]["content"] == "for ten days in mid-September"


def test_cidoc_leaves_open_bounds_out() -> None:
    record = to_cidoc(TimeSpan.unknown(timedelta(days=10), timedelta(days=10)))
    assert not any(key.startswith("P8") for key in record)
