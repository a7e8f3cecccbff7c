"""The TempEval-3 scorer: matching, the four measures, the baseline, the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import Timex
from timeline.evaluate import (
    Found,
    Scores,
    dateparser_system,
    main,
    normal_value,
    score_document,
)

DAY = Timex("DATE", "2017-09-28")
MONTH = Timex("DATE", "2017-09", "MID")
LENGTH = Timex("DURATION", "P10D")


def test_exact_extent_with_equal_attributes_counts_everywhere() -> None:
    gold = [Found(10, 18, DAY)]
    scores, misses = score_document(gold, [Found(10, 18, DAY)])
    assert scores == Scores(gold=1, found=1, strict=1, relaxed=1, type=1, value=1)
    assert misses == []
    for measure in ("strict", "relaxed", "type", "value"):
        assert scores.f1(measure) == 1.0


def test_overlap_is_relaxed_but_not_strict() -> None:
    text = "They met on Sept. 28 there."
    gold = [Found(12, 20, DAY)]
    scores, misses = score_document(gold, [Found(9, 20, DAY)], text=text)
    assert (scores.strict, scores.relaxed, scores.value) == (0, 1, 1)
    assert [m.category for m in misses] == ["extent"]
    assert misses[0].gold_text == "Sept. 28" and misses[0].found_text == "on Sept. 28"


def test_value_and_type_count_only_on_relaxed_matches() -> None:
    gold = [Found(0, 8, DAY), Found(20, 28, LENGTH)]
    found = [Found(0, 8, Timex("DATE", "2016-09-28")), Found(20, 28, Timex("DATE", "P10D"))]
    scores, misses = score_document(gold, found)
    assert (scores.relaxed, scores.type, scores.value) == (2, 1, 1)
    assert scores.precision("value") == 0.5 and scores.recall("type") == 0.5
    assert sorted(m.category for m in misses) == ["type", "value"]


def test_matching_is_one_to_one() -> None:
    # Two found expressions overlap one gold one: only one may match it.
    gold = [Found(0, 20, MONTH)]
    found = [Found(0, 5, MONTH), Found(10, 20, MONTH)]
    scores, misses = score_document(gold, found)
    assert (scores.relaxed, scores.found) == (1, 2)
    assert [m.category for m in misses].count("spurious") == 1


def test_misses_and_spurious_are_reported() -> None:
    scores, misses = score_document([Found(0, 4, DAY)], [Found(10, 14, DAY)], text="x" * 20)
    assert scores.relaxed == 0 and scores.f1("relaxed") == 0.0
    assert sorted(m.category for m in misses) == ["missed", "spurious"]


def test_empty_inputs_score_zero_without_dividing_by_zero() -> None:
    scores, misses = score_document([], [])
    assert scores == Scores() and misses == []
    assert scores.precision("value") == scores.recall("value") == scores.f1("value") == 0.0


spans = st.lists(
    st.tuples(st.integers(0, 50), st.integers(1, 8), st.sampled_from([DAY, MONTH, LENGTH])),
    max_size=8,
).map(lambda items: [Found(a, a + n, t) for a, n, t in items])


@given(spans, spans)
def test_measures_are_ordered_and_bounded(gold: list[Found], found: list[Found]) -> None:
    scores, _ = score_document(gold, found)
    assert scores.strict <= scores.relaxed <= min(len(gold), len(found))
    assert scores.value <= scores.relaxed and scores.type <= scores.relaxed
    for measure in ("strict", "relaxed", "type", "value"):
        assert 0.0 <= scores.f1(measure) <= 1.0


def test_scores_add_up() -> None:
    one = Scores(2, 3, 1, 2, 2, 1)
    assert one + one == Scores(4, 6, 2, 4, 4, 2)


def test_dateparser_baseline_gives_offsets_into_the_text() -> None:
    text = "The talks ended on Friday. They resume on January 5, 2018."
    found = dateparser_system(text, date(2017, 10, 11))
    assert found
    for item in found:
        assert 0 <= item.start < item.end <= len(text)
        assert item.timex.type in ("DATE", "TIME")


TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-10-11" functionInDocument="CREATION_TIME">
20171011</TIMEX3></DCT>
<TEXT>Trucks crossed on <TIMEX3 tid="t1" type="DATE" value="2017-09-28">Sept. 28</TIMEX3>
after <TIMEX3 tid="t2" type="DURATION" value="P10D">ten days</TIMEX3> of waiting.</TEXT>
</TimeML>
"""


def test_command_line_prints_the_measures_and_the_misses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "tiny.tml").write_text(TML, encoding="utf-8")
    assert main([str(tmp_path), "--misses", "3"]) == 0
    out = capsys.readouterr().out
    assert "1 documents, 2 gold TIMEX3" in out
    for word in ("timeline", "dateparser", "strict", "relaxed", "type", "value", "missed"):
        assert word in out


def test_command_line_scores_each_corpus_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for corpus in ("NewsA", "NewsB"):
        (tmp_path / corpus).mkdir()
        (tmp_path / corpus / "tiny.tml").write_text(TML, encoding="utf-8")
    assert main([str(tmp_path), "--no-baseline", "--misses", "0", "--by-folder"]) == 0
    out = capsys.readouterr().out
    assert "Per folder" in out
    rows = [line.split() for line in out.splitlines() if line.startswith("News")]
    assert [row[:2] for row in rows] == [["NewsA", "1"], ["NewsB", "1"]]


def test_command_line_refuses_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main([str(tmp_path / "absent")])


def test_values_are_compared_in_one_spelling() -> None:
    assert normal_value("2000-W7") == normal_value("2000-w07") == "2000-W07"
    assert normal_value("P1DE") == "P10Y" and normal_value("P2CE") == "P200Y"
    assert normal_value("1998-10-23") == "1998-10-23"
    gold = [Found(0, 9, Timex("DATE", "2000-W7"))]
    scores, _ = score_document(gold, [Found(0, 9, Timex("DATE", "2000-W07"))])
    assert scores.value == 1
    scores, _ = score_document(gold, [Found(0, 9, Timex("DATE", "2000-W08"))])
    assert scores.value == 0
