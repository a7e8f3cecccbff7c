"""The TimeML reader: text with offsets, DCT, TIMEX3, EVENT and TLINK."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline import TimelineError, Timex
from timeline.io import TimeMLDocument, read_timeml

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "data" / "timeml"

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>sample-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-10-11" temporalFunction="false"
 functionInDocument="CREATION_TIME">20171011</TIMEX3></DCT>
<TITLE>Trucks &amp; textiles</TITLE>
<TEXT>
Trucks <EVENT eid="e1" class="OCCURRENCE">crossed</EVENT> on <TIMEX3 tid="t1" type="DATE"
 value="2017-09-28" functionInDocument="NONE">Sept. 28</TIMEX3> &amp; were <EVENT eid="e2"
 class="OCCURRENCE">held</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P10D">ten days</TIMEX3>
 in <TIMEX3 tid="t3" type="DATE" value="2017-09" mod="MID">mid-September</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="BEFORE" eventInstanceID="ei2" relatedToEventInstance="ei1" />
<TLINK lid="l3" relType="BEFORE" timeID="t1" relatedToTime="t0" />
</TimeML>
"""


def test_reads_text_with_tags_removed_and_entities_decoded() -> None:
    doc = read_timeml(SAMPLE)
    assert isinstance(doc, TimeMLDocument)
    assert doc.name == "sample-1"
    assert "<" not in doc.text
    assert "Sept. 28 & were" in doc.text
    assert "textiles" not in doc.text  # the title is outside TEXT


def test_dct_is_kept_apart_from_the_text_mentions() -> None:
    doc = read_timeml(SAMPLE)
    assert doc.dct == date(2017, 10, 11)
    assert doc.dct_timex == Timex("DATE", "2017-10-11")
    assert [t.tid for t in doc.timexes] == ["t1", "t2", "t3"]


def test_timex_offsets_index_into_text() -> None:
    doc = read_timeml(SAMPLE)
    for gold in doc.timexes:
        assert doc.text[gold.start : gold.end] == gold.text
    first, duration, fuzzy = doc.timexes
    assert (first.text, first.timex, first.function_in_document) == (
        "Sept. 28",
        Timex("DATE", "2017-09-28"),
        "NONE",
    )
    assert duration.timex == Timex("DURATION", "P10D")
    assert fuzzy.timex == Timex("DATE", "2017-09", "MID")


def test_events_carry_instance_ids_and_tlinks_refer_to_them() -> None:
    doc = read_timeml(SAMPLE)
    assert [(e.eid, e.eiid, e.text, e.event_class) for e in doc.events] == [
        ("e1", "ei1", "crossed", "OCCURRENCE"),
        ("e2", "ei2", "held", "OCCURRENCE"),
    ]
    for event in doc.events:
        assert doc.text[event.start : event.end] == event.text
    assert [(t.rel_type, t.source, t.target) for t in doc.tlinks] == [
        ("IS_INCLUDED", "ei1", "t1"),
        ("BEFORE", "ei2", "ei1"),
        ("BEFORE", "t1", "t0"),
    ]


def test_reads_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(SAMPLE, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.name == "doc"
    assert doc == read_timeml(str(path))


def test_dct_with_a_clock_time_gives_its_date() -> None:
    doc = read_timeml(SAMPLE.replace('value="2017-10-11"', 'value="2017-10-11T09:58:00"', 1))
    assert doc.dct == date(2017, 10, 11)


@pytest.mark.parametrize(
    "xml",
    [
        "<TimeML><TEXT>no date</TEXT></TimeML>",
        "<TimeML><DCT><TIMEX3 tid='t0' type='DATE' value='soon'>x</TIMEX3></DCT>"
        "<TEXT>x</TEXT></TimeML>",
        "<TimeML><DCT><TIMEX3 tid='t0' type='DATE' value='2017-10-11'>x</TIMEX3></DCT></TimeML>",
        "<TimeML><TEXT>unclosed</TimeML>",
    ],
)
def test_broken_documents_raise_timeline_error(xml: str) -> None:
    with pytest.raises(TimelineError):
        read_timeml(xml)


def test_missing_file_raises_timeline_error(tmp_path: Path) -> None:
    with pytest.raises(TimelineError, match="cannot read"):
        read_timeml(tmp_path / "absent.tml")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared TimeML corpus is absent")
def test_development_corpus_has_the_documented_counts() -> None:
    paths = sorted(CORPUS.glob("*/*.tml"))
    docs = [read_timeml(path) for path in paths]
    assert len(docs) == 256
    assert sum(len(doc.timexes) for doc in docs) == 1822
    for doc in docs:
        for gold in doc.timexes:
            assert doc.text[gold.start : gold.end] == gold.text
            assert gold.function_in_document != "CREATION_TIME"


def test_docstring_examples_run() -> None:
    import doctest

    import timeline.io._timeml as module

    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted and result.failed == 0


def test_reader_keeps_the_dct_tid() -> None:
    document = read_timeml(
        '<TimeML><DCT><TIMEX3 tid="t9" type="DATE" value="2017-10-11"'
        ' functionInDocument="CREATION_TIME">20171011</TIMEX3></DCT><TEXT>x</TEXT></TimeML>'
    )
    assert document.dct_tid == "t9"
