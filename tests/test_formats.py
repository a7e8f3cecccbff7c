"""Exchange formats: TimeML writing, CIDOC-CRM four-bound JSON, TimelineJS, EDTF, CSV and JSON."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import NotRepresentable, TimeSpan, Timex
from timeline.io import read_timeml, to_cidoc, to_timeml

UTC = timezone.utc
HOURS_9 = timedelta(hours=9)


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


# ----------------------------------------------------------------------------- CSV and JSON
import io  # noqa: E402
import json  # noqa: E402

from hypothesis import HealthCheck, assume, settings  # noqa: E402

from timeline import Claim, InconsistentTimeline, Timeline, TimelineError  # noqa: E402
from timeline.io import (  # noqa: E402
    BadRow,
    read_schedule_csv,
    read_schedule_json,
    read_timeline_csv,
    read_timeline_json,
    to_csv,
    to_json,
)
from timeline.strategies import time_spans, zones  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "examples" / "data"

_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=12,
)
_CLAIMS = st.builds(
    Claim,
    _TEXT,
    st.none() | _TEXT,
    reliability=st.sampled_from("ABCDEF"),
    credibility=st.integers(1, 6),
    url=st.none() | st.just("https://example.org/report?id=1,2"),
)
_ATTRIBUTE = st.none() | st.booleans() | st.integers(-5, 5) | _TEXT | st.lists(st.integers(0, 3))
_LENGTHS = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=30))
_SIMPLE_RELATIONS = st.sampled_from(
    ["before", "after", "meets", "during", "contains", "overlaps", "equals", "starts",
     "finishes", "before|meets"]
)  # fmt: skip


@st.composite
def timelines(draw: st.DrawFn) -> Timeline:
    tl = Timeline(anchor=draw(st.none() | st.just("2017-10-11")), tz=draw(zones()))
    labels = draw(st.lists(_TEXT.filter(lambda t: t.strip() != ""), min_size=1, max_size=5,
                           unique=True))  # fmt: skip
    for label in labels:
        attributes = draw(st.dictionaries(st.sampled_from(["trucks", "note", "x y"]), _ATTRIBUTE))
        when = draw(st.none() | time_spans(min_year=2015, max_year=2019))
        duration = draw(st.none() | st.tuples(st.none() | _LENGTHS, st.none() | _LENGTHS))
        if duration is not None and None not in duration and duration[0] > duration[1]:
            duration = (duration[1], duration[0])
        tl.event(
            label,
            when,
            duration=duration,
            claim=draw(st.lists(_CLAIMS, max_size=2)),
            kind=draw(st.none() | _TEXT),
            place=draw(st.none() | _TEXT),
            actors=draw(st.lists(_TEXT, max_size=2)),
            **attributes,
        )
        if draw(st.booleans()):
            tl.constrain(label, start=draw(time_spans(min_year=2015, max_year=2019)),
                         claim=draw(st.lists(_CLAIMS, max_size=1)))  # fmt: skip
        if draw(st.integers(0, 3)) == 0:  # a part of the day given without a date
            tl.constrain(label, draw(st.sampled_from(["late at night", "morning", "evening"])),
                         claim=draw(st.lists(_CLAIMS, max_size=1)))  # fmt: skip
    for _ in range(draw(st.integers(0, 4))):
        a, b = draw(st.sampled_from(labels)), draw(st.sampled_from(labels))
        if draw(st.booleans()):
            gap = draw(st.tuples(st.none() | _LENGTHS, st.none() | _LENGTHS))
            if None not in gap and gap[0] > gap[1]:
                gap = (gap[1], gap[0])
            tl.relate(a, "before", b, gap=gap, claim=draw(st.lists(_CLAIMS, max_size=1)))
        else:
            tl.relate(a, draw(_SIMPLE_RELATIONS), b)
    return tl


def _same_events(left: Timeline, right: Timeline) -> None:
    assert [e.label for e in left.events] == [e.label for e in right.events]
    for a, b in zip(left.events, right.events, strict=True):
        assert (a.kind, a.place, a.actors, dict(a.attributes), a.claims) == (
            b.kind, b.place, b.actors, dict(b.attributes), b.claims,
        )  # fmt: skip


_ROUND_TRIP = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_ROUND_TRIP
@given(timelines(), st.sampled_from(["csv", "json"]))
def test_timelines_round_trip_exactly(tl: Timeline, form: str) -> None:
    back = (
        read_timeline_csv(io.StringIO(to_csv(tl)))
        if form == "csv"
        else read_timeline_json(to_json(tl))
    )
    _same_events(tl, back)
    assert back.constraints() == tl.constraints()
    assert back.anchor == tl.anchor
    assert str(back.tz) == str(tl.tz)
    assert back.claims == tl.claims


@_ROUND_TRIP
@given(timelines(), st.sampled_from(["csv", "json"]))
def test_schedules_round_trip(tl: Timeline, form: str) -> None:
    try:
        schedule = tl.solve()
    except InconsistentTimeline:
        assume(False)
        return
    back = (
        read_schedule_csv(io.StringIO(to_csv(schedule)))
        if form == "csv"
        else read_schedule_json(to_json(schedule))
    )
    _same_events(schedule.timeline, back.timeline)
    for event in schedule:
        assert back[event.label] == schedule[event]
    assert [(a.label, b.label) for a, b in back.order()] == [
        (a.label, b.label) for a, b in schedule.order()
    ]


@pytest.mark.parametrize("form", ["csv", "json"])
def test_events_that_surely_coincide_keep_their_order_through_a_schedule_file(form: str) -> None:
    tl = Timeline(anchor="2017-10-11")
    tl.event("report", "Sept. 1")
    tl.event("signal", duration=timedelta(0))
    tl.event("echo", duration=timedelta(0))
    tl.relate("report", "before", "signal")
    tl.relate("signal", "equals", "echo")
    schedule = tl.solve()
    back = (
        read_schedule_csv(io.StringIO(to_csv(schedule)))
        if form == "csv"
        else read_schedule_json(to_json(schedule))
    )
    expected = [("report", "signal"), ("report", "echo"), ("signal", "echo")]
    assert [(a.label, b.label) for a, b in schedule.order()] == expected
    assert [(a.label, b.label) for a, b in back.order()] == expected


def _night_crossing() -> Timeline:
    tl = Timeline(anchor="2017-10-11", tz="Asia/Pyongyang")
    noon = datetime(2017, 9, 28, 12, tzinfo=timezone(timedelta(hours=8, minutes=30)))
    tl.event("crossing", TimeSpan.crisp(noon, noon + timedelta(days=1)), claim="a day and a half")
    tl.constrain("crossing", "late at night", claim=Claim("moved late at night", "resident"))
    return tl


@pytest.mark.parametrize("form", ["csv", "json"])
def test_a_part_of_the_day_survives_the_round_trip(form: str) -> None:
    tl = _night_crossing()
    text = to_csv(tl) if form == "csv" else to_json(tl)
    back = read_timeline_csv(io.StringIO(text)) if form == "csv" else read_timeline_json(text)
    assert back.constraints() == tl.constraints()
    assert back.claims == tl.claims
    assert back.solve()["crossing"] == tl.solve()["crossing"]
    assert back.solve()["crossing"].earliest_start.hour == 21  # that night, not the day


def test_a_row_saying_only_a_part_of_the_day_combines_with_the_events_day() -> None:
    table = io.StringIO(
        "label,when,claim\n"
        "crossing,Sept. 28,crossed on Sept. 28\n"
        "crossing,late at night,moved late at night\n"
    )
    tl = read_timeline_csv(table, anchor="2017-10-11", tz="Asia/Pyongyang")
    assert [c.part_of_day for c in tl.constraints()][-1] == "late at night"
    span = tl.solve()["crossing"]
    assert span.earliest_start.date() == date(2017, 9, 28)
    assert span.latest_end - span.earliest_start == timedelta(days=1)  # not a contradiction
    assert span.max_duration is not None and span.max_duration < timedelta(hours=12)


def test_solving_does_not_change_what_a_timeline_states() -> None:
    tl = _night_crossing()
    stated, written, shown = tl.constraints(), to_csv(tl), repr(tl)
    tl.solve()
    assert (tl.constraints(), to_csv(tl), repr(tl)) == (stated, written, shown)
    assert shown == "<Timeline: 1 events, 3 constraints>"


def test_a_contradiction_survives_the_round_trip() -> None:
    tl = Timeline(anchor="2017-10-11", tz="Asia/Pyongyang")
    tl.event("storage", "mid-September", duration=timedelta(days=10), claim="ten days of storage")
    tl.event("crossing", "Sept. 12", claim="crossed on Sept. 12")
    tl.relate("storage", "before", "crossing", claim=Claim("stored, then moved", "second source"))
    with pytest.raises(InconsistentTimeline) as original:
        tl.solve()
    with pytest.raises(InconsistentTimeline) as again:
        read_timeline_csv(io.StringIO(to_csv(tl))).solve()
    assert str(again.value) == str(original.value)
    assert again.value.claims == original.value.claims


def test_the_example_tables_read_and_solve() -> None:
    tl = read_timeline_csv(
        DATA / "crossing_events.csv", DATA / "crossing_relations.csv", anchor="2017-10-11"
    )
    schedule = tl.solve()
    assert str(schedule.tz) == "Asia/Pyongyang"  # the first zone the table names
    storage, crossing = schedule["storage"], schedule["first crossing"]
    assert storage.min_duration == storage.max_duration == timedelta(days=10)
    assert storage.latest_end <= crossing.latest_start
    assert tl["first crossing"].attributes["trucks"] == 5
    assert tl["loading"].actors == ("800 Trading Company", "Rason trucks")
    assert tl["storage"].claims[0].grade == "C3"


def _table(text: str) -> io.StringIO:
    return io.StringIO(text)


@pytest.mark.parametrize(
    ("table", "needles"),
    [
        ("label,when\nstorage,mid-September\n", ["line 2", "'when'", "anchor"]),
        ("label,when\nstorage,2017-09-31\n", ["line 2", "'when'"]),
        ("name,when\nstorage,2017-09\n", ["'label'", "name, when"]),
        ("label,when\nstorage,2017-09,extra\n", ["line 2", "more cells"]),
        ("label,credibility,claim\nstorage,9,stored\n", ["line 2", "'claim'", "credibility"]),
        ("label,relation,other\na,,\nb,,\na,sideways,b\n", ["line 4", "'relation'", "sideways"]),
        ("label,relation,other\na,before,nobody\n", ["line 2", "'other'", "'nobody'"]),
        ("label,when,tz\na,2017-09,UTC\nb,,Mars/Olympus\n", ["line 3", "'tz'", "Mars"]),
        ("label,when,tz\na,2017-09,Mars/Olympus\n", ["line 2", "'tz'", "Mars"]),
        ("label,when,anchor\na,Sept. 28,soon\n", ["line 2", "'anchor'", "'soon'"]),
        ("label,when,anchor\na,,2017-10-11\nb,Sept. 28,soon\n", ["line 3", "'anchor'"]),
        (
            "label,duration,anchor\nstorage,Sept. 28,2017-10-11\n",
            ["line 2", "'duration'", "no length"],
        ),
        ("label,kind\nstorage,depot\nstorage,yard\n", ["line 3", "'depot'"]),
        ("label,When\nstorage,2017-09\n", ["'When'", "'when'", "lower case"]),
        ("label,when,Place\nstorage,2017-09,Hoeryong\n", ["'Place'", "'place'"]),
    ],
)
def test_a_bad_row_is_named(table: str, needles: list[str]) -> None:
    with pytest.raises(BadRow) as error:
        read_timeline_csv(_table(table))
    for needle in needles:
        assert needle in str(error.value)


@pytest.mark.parametrize("anchor", [None, "2017-10-11"])
def test_iso_intervals_read_with_or_without_an_anchor(anchor: str | None) -> None:
    table = (
        "label,when,tz\n"
        "days,2017-09-28/2017-10-02,Asia/Pyongyang\n"  # EDTF: whole days, Oct. 2 included
        "hours,2017-09-28T01:00/2017-09-28T03:00,Asia/Pyongyang\n"  # in the row's zone
        "offsets,2017-09-28T01:00+09:00/2017-09-28T03:00+09:00,\n"
    )
    schedule = read_timeline_csv(_table(table), anchor=anchor).solve()
    zone = ZoneInfo("Asia/Pyongyang")
    assert schedule["days"].latest_end == datetime(2017, 10, 3, tzinfo=zone)
    assert schedule["hours"].earliest_start == datetime(2017, 9, 28, 1, tzinfo=zone)
    assert schedule["hours"].latest_end == datetime(2017, 9, 28, 3, tzinfo=zone)
    assert schedule["offsets"].latest_end == datetime(2017, 9, 28, 3, tzinfo=timezone(HOURS_9))


def test_attributes_named_like_columns_in_another_case_round_trip() -> None:
    tl = Timeline(anchor="2017-10-11")
    tl.event("x", "Sept. 28", Source="AP", URL="https://example.org", Kind="wire")
    again = read_timeline_csv(_table(to_csv(tl)))  # written by to_csv: its names are attributes
    assert again["x"].attributes == tl["x"].attributes


def test_bad_relations_file_rows_are_named(tmp_path: Path) -> None:
    relations = tmp_path / "rel.csv"
    relations.write_text("a,relation,b\nstorage,before,nowhere\n", encoding="utf-8")
    with pytest.raises(BadRow, match=r"rel\.csv, line 2, column 'b'.*'nowhere'"):
        read_timeline_csv(_table("label,when\nstorage,2017-09\n"), relations)
    relations.write_text("a,relation,b\nnowhere,before,storage\n", encoding="utf-8")
    with pytest.raises(BadRow, match=r"rel\.csv, line 2, column 'a'.*'nowhere'"):
        read_timeline_csv(_table("label,when\nstorage,2017-09\n"), relations)
    relations.write_text("a,relation,b\nstorage,before,\n", encoding="utf-8")
    with pytest.raises(BadRow, match=r"rel\.csv, line 2, column 'b'"):
        read_timeline_csv(_table("label,when\nstorage,2017-09\n"), relations)


def test_a_bad_schedule_row_is_named() -> None:
    table = "label,earliest_start,latest_start,earliest_end,latest_end\nx,yesterday,,,\n"
    with pytest.raises(BadRow, match="line 2, column 'earliest_start'"):
        read_schedule_csv(_table(table))
    table = "label,earliest_start,latest_start,earliest_end,latest_end,max_duration\nx,,,,,ten\n"
    with pytest.raises(BadRow, match="line 2, column 'max_duration'"):
        read_schedule_csv(_table(table))


def test_json_reads_from_an_open_file_as_csv_does(tmp_path: Path) -> None:
    tl = Timeline(anchor="2017-10-11")
    tl.event("storage", "mid-September")
    path = tmp_path / "timeline.json"
    path.write_text(to_json(tl), encoding="utf-8")
    with path.open(encoding="utf-8") as file:
        assert read_timeline_json(file).solve()["storage"] == tl.solve()["storage"]
    path.write_text(to_json(tl.solve()), encoding="utf-8")
    with path.open(encoding="utf-8") as file:
        assert read_schedule_json(file)["storage"] == tl.solve()["storage"]
    path.write_text("{", encoding="utf-8")
    with path.open(encoding="utf-8") as file, pytest.raises(TimelineError, match=r"\.json: not"):
        read_timeline_json(file)  # named by the file's name


def test_json_of_the_wrong_kind_is_refused() -> None:
    tl = Timeline()
    tl.event("a")
    with pytest.raises(TimelineError, match="not a schedule document"):
        read_schedule_json(to_json(tl))


# ----------------------------------------------------------------------------- schedule exports
from zoneinfo import ZoneInfo  # noqa: E402

from timeline.io import to_edtf, to_timelinejs  # noqa: E402


@pytest.fixture
def crossing() -> Timeline:
    zone = ZoneInfo("Asia/Pyongyang")
    tl = Timeline(anchor="2017-10-11", tz="Asia/Pyongyang")
    tl.event(
        "storage",
        "for ten days in mid-September",
        place="Hoeryong",
        kind="storage",
        claim=Claim("ten days <in> storage", "first source", reliability="C", credibility=3),
    )
    tl.event("first crossing", "from 1:00 a.m. to 3:00 a.m. on Sept. 28", place="Inge-ri")
    tl.event("report", start=datetime(2017, 10, 11, tzinfo=zone),
             end=datetime(2017, 10, 12, tzinfo=zone))  # fmt: skip
    tl.event("afterwards", actors=["firm", "guards"])
    tl.relate("storage", "before", "first crossing")
    tl.relate("first crossing", "before", "afterwards")
    return tl


def test_timelinejs_slides_span_the_possible_extent(crossing: Timeline) -> None:
    schedule = crossing.solve()
    document = to_timelinejs(schedule, title="Across the Tumen")
    assert document["title"]["text"]["headline"] == "Across the Tumen"
    slides = {slide["text"]["headline"]: slide for slide in document["events"]}
    storage = slides["storage"]
    assert storage["start_date"] == {"year": 2017, "month": 9, "day": 8}
    assert storage["end_date"] == {"year": 2017, "month": 9, "day": 24}
    assert storage["group"] == "Hoeryong"
    assert "2017-09-08…2017-09-14 → 2017-09-18…2017-09-24" in storage["display_date"]
    assert "&lt;in&gt;" in storage["text"]["text"] and "C3" in storage["text"]["text"]
    first = slides["first crossing"]
    assert first["start_date"] == {"year": 2017, "month": 9, "day": 28, "hour": 1, "minute": 0}
    assert "group" not in slides["afterwards"]  # no place: no group
    by_actor = to_timelinejs(schedule, group="actors")["events"]
    assert [s.get("group") for s in by_actor][-1] == "firm, guards"
    json.dumps(document)  # plain JSON


def test_timelinejs_refuses_an_event_that_is_nowhere() -> None:
    tl = Timeline()
    tl.event("floating")
    with pytest.raises(NotRepresentable, match="'floating'"):
        to_timelinejs(tl.solve())
    tl.event("dated", datetime(2017, 9, 28, tzinfo=UTC))
    slides = to_timelinejs(tl.solve(), errors="coerce")["events"]  # as to_edtf: leave it out
    assert [slide["text"]["headline"] for slide in slides] == ["dated"]


def test_cidoc_of_a_schedule(crossing: Timeline) -> None:
    records = to_cidoc(crossing.solve())
    storage = records[0]
    assert storage["type"] == "E5_Event" and storage["label"] == "storage"
    assert storage["P2_has_type"]["label"] == "storage"
    assert storage["P7_took_place_at"]["label"] == "Hoeryong"
    span = storage["P4_has_time-span"]
    assert span["P82a_begin_of_the_begin"] == "2017-09-08T00:00:00+08:30"
    assert span["P81b_begin_of_the_end"] == "2017-09-18T00:00:00+08:30"
    assert storage["P70i_is_documented_in"][0]["reliability"] == "C"
    assert "P82b_end_of_the_end" not in records[3]["P4_has_time-span"]  # open end left out
    assert [a["label"] for a in records[3]["P11_had_participant"]] == ["firm", "guards"]


def test_edtf_only_where_lossless(crossing: Timeline) -> None:
    schedule = crossing.solve()
    assert to_edtf(schedule, errors="coerce") == {
        "storage": None,
        "first crossing": None,
        "report": "2017-10-11",
        "afterwards": None,
    }
    with pytest.raises(NotRepresentable, match="'storage'"):
        to_edtf(schedule)


def test_rows_add_up_and_carry_their_own_anchor_and_zone() -> None:
    table = _table(
        "label,when,start,duration,relation,other,gap_min,anchor,tz,claim,source\n"
        "storage,mid-September,,,,,,2017-10-11,Asia/Pyongyang,stored mid-Sept.,first\n"
        "storage,,,ten days,,,,2017-10-11,Asia/Pyongyang,ten days long,second\n"
        "crossing,,yesterday,,,,,2017-09-29,Asia/Shanghai,crossed yesterday,third\n"
        "storage,,,,before,crossing,P2D,,,two days between,first\n"
    )
    tl = read_timeline_csv(table)
    assert str(tl.tz) == "Asia/Pyongyang" and tl.anchor is not None
    assert tl.anchor.date().isoformat() == "2017-10-11"  # the first anchor given
    schedule = tl.solve()
    crossing = schedule["crossing"]
    assert crossing.earliest_start == datetime(2017, 9, 28, tzinfo=ZoneInfo("Asia/Shanghai"))
    storage = schedule["storage"]
    assert storage.min_duration == timedelta(days=10)
    assert storage.latest_end <= crossing.latest_start - timedelta(days=2)
    assert sorted(c.text for c in tl.claims) == [
        "crossed yesterday", "stored mid-Sept.", "ten days long", "two days between",
    ]  # fmt: skip
