"""TimeML documents as timelines: values as periods, TLINKs as Allen relations, contradictions."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from timeline import InconsistentTimeline
from timeline.io import timeml_timeline
from timeline.io._timeml_timeline import RELATION_OF, timex_value_span

UTC = timezone.utc
DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeml"

DOCUMENT = """<TimeML>
<DOCID>seed</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-10-11"
functionInDocument="CREATION_TIME">2017-10-11</TIMEX3></DCT>
<TEXT>Goods were <EVENT eid="e1" class="OCCURRENCE">stored</EVENT> in
<TIMEX3 tid="t1" type="DATE" value="2017-09">September</TIMEX3>, then
<EVENT eid="e2" class="OCCURRENCE">moved</EVENT> on
<TIMEX3 tid="t2" type="DATE" value="2017-09-28">Sept. 28</TIMEX3>; it was
<EVENT eid="e3" class="REPORTING">reported</EVENT> <TIMEX3 tid="t3" type="DATE"
value="PRESENT_REF">now</TIMEX3>.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1"/>
<MAKEINSTANCE eiid="ei2" eventID="e2"/>
<MAKEINSTANCE eiid="ei3" eventID="e3"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t2"/>
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
<TLINK lid="l4" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t0"/>
%s
</TimeML>"""


def test_a_document_becomes_a_timeline() -> None:
    tl = timeml_timeline(DOCUMENT % "")
    assert {"t0", "t1", "t2", "t3", "ei1", "ei2", "ei3"} <= {event.label for event in tl}
    assert tl["ei2"].attributes["text"] == "moved"
    schedule = tl.solve()
    moved = schedule["ei2"]
    assert moved.earliest_start == datetime(2017, 9, 28, tzinfo=UTC)
    assert moved.latest_end == datetime(2017, 9, 29, tzinfo=UTC)
    assert schedule["ei1"].latest_end < datetime(2017, 9, 29, tzinfo=UTC)  # before ei2
    assert schedule["t0"].is_crisp  # the DCT is a crisp day
    assert schedule["t3"].earliest_start.year == 1  # PRESENT_REF: no absolute time


def test_contradictory_links_are_named() -> None:
    extra = '<TLINK lid="l9" relType="AFTER" eventInstanceID="ei1" relatedToTime="t2"/>'
    with pytest.raises(InconsistentTimeline) as caught:
        timeml_timeline(DOCUMENT % extra).solve()
    texts = [claim.text for claim in caught.value.claims]
    assert any(text.startswith("l9: ei1 AFTER t2") for text in texts)
    assert any(text.startswith("l3: ei1 BEFORE ei2") for text in texts)
    assert any(text.startswith("l2: ei2 IS_INCLUDED t2") for text in texts)


def test_every_timeml_relation_type_is_mapped() -> None:
    assert set(RELATION_OF) == {
        "BEFORE",
        "AFTER",
        "IBEFORE",
        "IAFTER",
        "INCLUDES",
        "IS_INCLUDED",
        "DURING",
        "DURING_INV",
        "SIMULTANEOUS",
        "IDENTITY",
        "BEGINS",
        "BEGUN_BY",
        "ENDS",
        "ENDED_BY",
    }


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("1998", datetime(1998, 1, 1), datetime(1999, 1, 1)),
        ("1998-02", datetime(1998, 2, 1), datetime(1998, 3, 1)),
        ("1998-12-31", datetime(1998, 12, 31), datetime(1999, 1, 1)),
        ("1998-Q4", datetime(1998, 10, 1), datetime(1999, 1, 1)),
        ("1998-H1", datetime(1998, 1, 1), datetime(1998, 7, 1)),
        ("1998-W01", datetime(1997, 12, 29), datetime(1998, 1, 5)),
        ("199X", datetime(1990, 1, 1), datetime(2000, 1, 1)),
        ("1998-02-06T10:30", datetime(1998, 2, 6, 10, 30), datetime(1998, 2, 6, 10, 31)),
    ],
)
def test_concrete_values_are_periods(value: str, start: datetime, end: datetime) -> None:
    found = timex_value_span(value)
    assert found is not None
    span, exact = found
    assert exact
    assert (span.earliest_start, span.latest_end) == (
        start.replace(tzinfo=UTC),
        end.replace(tzinfo=UTC),
    )


@pytest.mark.parametrize("value", ["PRESENT_REF", "P3D", "XXXX-XX-XX", "1998-02-30", "FUTURE_REF"])
def test_other_values_add_no_time(value: str) -> None:
    assert timex_value_span(value) is None


@pytest.mark.skipif(not DATA.is_dir(), reason="needs ../shared/data/timeml")
@pytest.mark.parametrize(
    ("name", "consistent"),
    [
        ("TimeBank/ABC19980108.1830.0711.tml", True),
        ("TimeBank/wsj_0924.tml", False),  # the fiscal first quarter ENDED_BY Sept. 30
        ("TimeBank/wsj_1014.tml", False),
        ("AQUAINT/APW19980811.0474.tml", False),
    ],
)
def test_real_documents(name: str, consistent: bool) -> None:
    tl = timeml_timeline(DATA / name)
    if consistent:
        assert len(tl.solve()) == len(tl)
        return
    with pytest.raises(InconsistentTimeline) as caught:
        tl.solve()
    assert any(claim.text.startswith("l") for claim in caught.value.claims)


TODAY = """<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2017-10-11"
functionInDocument="CREATION_TIME">2017-10-11</TIMEX3></DCT>
<TEXT>Officials <EVENT eid="e1" class="OCCURRENCE">met</EVENT>
<TIMEX3 tid="t1" type="DATE" value="2017-10-11">today</TIMEX3>.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>"""


def test_the_dct_can_be_a_moment_of_its_day() -> None:
    with pytest.raises(InconsistentTimeline):  # met during the DCT's day, yet before it
        timeml_timeline(TODAY).solve()
    schedule = timeml_timeline(TODAY, dct="moment").solve()
    moment = schedule["t0"]
    assert moment.max_duration == timedelta(0)
    assert moment.earliest_start > datetime(2017, 10, 11, tzinfo=UTC)
    assert moment.latest_end == datetime(2017, 10, 12, tzinfo=UTC)
