"""The ``timeline`` command line: each command on real input; bad input: one line, status 2."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline._cli import main

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "examples" / "data"
EVENTS = DATA / "crossing_events.csv"
RELATIONS = DATA / "crossing_relations.csv"
FIRE = DATA / "port_fire_2024-03-15.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_one_line_error(status: int, err: str, *needles: str) -> None:
    assert status == 2
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, err


# ----------------------------------------------------------------------------- help
@pytest.mark.parametrize("command", [[], ["resolve"], ["extract"], ["solve"], ["plot"]])
def test_help_everywhere_has_examples(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main([*command, "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "usage: timeline" in out
    assert "examples:" in out


def test_python_dash_m_is_the_same_program() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0
    assert "timeline resolve" in result.stdout


def test_unknown_command_is_one_line_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["reslove", "x"])
    assert stop.value.code == 2
    assert_one_line_error(2, capsys.readouterr().err, "reslove", "--help")


def test_resolve_needs_an_anchor(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["resolve", "mid-September"])
    assert stop.value.code == 2
    assert_one_line_error(2, capsys.readouterr().err, "--anchor")


# ----------------------------------------------------------------------------- resolve
def test_resolve_prints_the_bounds(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "resolve", "mid-September", "--anchor", "2017-10-11", "--tz", "Asia/Pyongyang"
    )
    assert status == 0
    assert "DATE 2017-09 MID" in out
    assert "Asia/Pyongyang (UTC+08:30)" in out
    assert "certain   2017-09-11 00:00 → 2017-09-21 00:00" in out


def test_resolve_json_is_the_span_dict(capsys: pytest.CaptureFixture[str]) -> None:
    import timeline

    status, out, _ = run(
        capsys, "resolve", "Sept. 28", "ten days", "--anchor", "2017-10-11", "--json"
    )
    assert status == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert timeline.TimeSpan.from_dict(first) == timeline.resolve("Sept. 28", "2017-10-11")
    assert first["timex"] == {"type": "DATE", "value": "2017-09-28", "mod": None}
    assert second["min_duration"] == second["max_duration"] == "P10D"


def test_resolve_prints_the_known_side_of_an_open_span(
    capsys: pytest.CaptureFixture[str],
) -> None:
    phrases = ["before Oct. 2", "after Sept. 28"]
    status, out, _ = run(capsys, "resolve", *phrases, "--anchor", "2017-10-11")
    assert status == 0
    before, after = out.split("\n\n")
    assert "possible  .. → 2017-10-02 00:00" in before
    assert "possible  2017-09-29 00:00 → .." in after


def test_resolve_a_bare_length_prints_no_empty_bounds(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "resolve", "ten days", "--anchor", "2017-10-11")
    assert status == 0
    assert "duration  10 days" in out
    assert "possible" not in out and "certain" not in out and ".." not in out


def test_resolve_day_first(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "resolve", "02/03/2022", "--anchor", "2022-06-01", "--day-first")
    assert status == 0 and "DATE 2022-03-02" in out
    status, out, _ = run(capsys, "resolve", "02/03/2022", "--anchor", "2022-06-01")
    assert status == 0 and "DATE 2022-02-03" in out


def test_resolve_bad_phrase_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "resolve", "Sept. 31", "--anchor", "2017-10-11")
    assert_one_line_error(status, err, "'Sept. 31'")


def test_resolve_bad_zone_and_anchor(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(
        capsys, "resolve", "Sept. 28", "--anchor", "2017-10-11", "--tz", "Mars/Base"
    )
    assert_one_line_error(status, err, "'Mars/Base'")
    status, _, err = run(capsys, "resolve", "Sept. 28", "--anchor", "11/10/2017")
    assert_one_line_error(status, err, "'11/10/2017'")


# ----------------------------------------------------------------------------- extract
def test_extract_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "extract", str(FIRE), "--anchor", "2024-03-15")
    assert status == 0
    assert "March 3" in out and "2024-03-03" in out


def test_extract_csv_has_offsets_into_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "extract", str(FIRE), "--anchor", "2024-03-15", "--format", "csv")
    assert status == 0
    text = FIRE.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    for row in rows:
        assert text[int(row["start"]) : int(row["end"])] == row["text"]


def test_extract_anchor_from_the_file_name(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys,
        "extract",
        str(FIRE),
        "--anchor-from-name",
        r"(\d{4}-\d{2}-\d{2})",
        "--format",
        "json",
    )
    assert status == 0
    [document] = json.loads(out)
    assert document["anchor"] == "2024-03-15"
    assert any(m["value"] == "2024-03-03" for m in document["mentions"])


def test_extract_anchors_from_a_manifest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("The shipment left on Sept. 28.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The shipment left on Sept. 28.", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,published\na.txt,2017-10-11\nb.txt,20190101\n", encoding="utf-8")
    status, out, err = run(
        capsys,
        "extract",
        "--manifest",
        str(manifest),
        "--anchor-column",
        "published",
        "--format",
        "csv",
        "--progress",
    )
    assert status == 0
    values = {Path(r["file"]).name: r["value"] for r in csv.DictReader(io.StringIO(out))}
    assert values == {"a.txt": "2017-09-28", "b.txt": "2018-09-28"}
    assert "2/2" in err  # the progress bar, on stderr only


def test_extract_timeml_round_trips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from timeline.io import read_timeml

    status, _, _ = run(
        capsys,
        "extract",
        str(FIRE),
        "--anchor",
        "2024-03-15",
        "--format",
        "timeml",
        "--output-dir",
        str(tmp_path),
    )
    assert status == 0
    document = read_timeml(tmp_path / f"{FIRE.stem}.tml")
    assert document.text == FIRE.read_text(encoding="utf-8")
    assert str(document.dct) == "2024-03-15"
    assert document.timexes


def test_extract_without_anchor_names_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "extract", str(FIRE))
    assert_one_line_error(status, err, FIRE.name, "--anchor")


def test_extract_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "extract", "no-such-file.txt", "--anchor", "2017-10-11")
    assert_one_line_error(status, err, "no-such-file.txt")


def test_extract_bad_manifest_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,anchor\na.txt,2017-10-11\nb.txt,last Tuesday\n", encoding="utf-8")
    status, _, err = run(capsys, "extract", "--manifest", str(manifest))
    assert_one_line_error(status, err, "line 3", "'last Tuesday'")


def test_extract_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Le 28 septembre \xe0 l'aube".encode("latin-1"))
    status, _, err = run(capsys, "extract", str(bad), "--anchor", "2017-10-11")
    assert_one_line_error(status, err, "latin1.txt", "UTF-8")


# ----------------------------------------------------------------------------- solve and plot
def test_solve_prints_the_schedule_and_the_order(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "solve", str(EVENTS), "--relations", str(RELATIONS), "--anchor", "2017-10-11"
    )
    assert status == 0
    assert "<Schedule: 7 events in Asia/Pyongyang>" in out
    assert "storage: start 2017-09-08 00:00 – 2017-09-14 00:00" in out
    assert "storage → loading" in out


def test_solve_writes_a_schedule_that_reads_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from timeline.io import read_schedule_csv, read_schedule_json, read_timeline_csv

    expected = read_timeline_csv(EVENTS, RELATIONS, anchor="2017-10-11").solve()
    for name, reader in (
        ("schedule.csv", read_schedule_csv),
        ("schedule.json", read_schedule_json),
    ):
        target = tmp_path / name
        status, out, _ = run(
            capsys, "solve", str(EVENTS), "--relations", str(RELATIONS), "--anchor",
            "2017-10-11", "-o", str(target),
        )  # fmt: skip
        assert status == 0 and out == f"wrote {target}\n"
        back = reader(target)
        assert [back[e.label] for e in expected] == [expected[e] for e in expected]


def test_solve_without_anchor_names_the_row_and_phrase(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "solve", str(EVENTS))
    assert_one_line_error(status, err, "crossing_events.csv, line 2", "'when'", "'recently'")


def test_solve_bad_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events = tmp_path / "events.csv"
    events.write_text(
        "label,when,claim,reliability\nstorage,2017-09,held,C\ncrossing,2017-09-28,crossed,Q\n",
        encoding="utf-8",
    )
    status, _, err = run(capsys, "solve", str(events))
    assert_one_line_error(status, err, "events.csv, line 3", "'claim'", "'Q'")


def test_solve_contradiction_names_the_claims(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = tmp_path / "events.csv"
    events.write_text(
        "label,when,claim\nstorage,2017-09-20,stored on Sept. 20\ncrossing,2017-09-10,crossed\n",
        encoding="utf-8",
    )
    relations = tmp_path / "relations.csv"
    relations.write_text("a,relation,b,claim\nstorage,before,crossing,stored first\n", "utf-8")
    status, _, err = run(capsys, "solve", str(events), "--relations", str(relations))
    assert_one_line_error(status, err, "cannot all be true", "stored first")


def test_solve_missing_relations_file(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "solve", str(EVENTS), "--relations", "nowhere.csv")
    assert_one_line_error(status, err, "nowhere.csv")


def test_plot_writes_a_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "crossing.png"
    status, out, _ = run(
        capsys, "plot", str(EVENTS), "--relations", str(RELATIONS), "--anchor", "2017-10-11",
        "-o", str(target), "--lanes", "place",
    )  # fmt: skip
    assert status == 0 and out == f"wrote {target}\n"
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_into_a_missing_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no" / "such" / "dir.png"
    status, _, err = run(capsys, "plot", str(EVENTS), "--anchor", "2017-10-11", "-o", str(target))
    assert_one_line_error(status, err, "dir.png")


@pytest.mark.parametrize(
    ("content", "needle"),
    [(b"", "empty"), (b"label,when\n\xff\xfe\x00bad,2017\n", "UTF-8")],
)
def test_solve_unreadable_tables(
    content: bytes, needle: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "events.csv"
    table.write_bytes(content)
    status, _, err = run(capsys, "solve", str(table))
    assert_one_line_error(status, err, "events.csv", needle)


def test_extract_manifest_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = tmp_path / "manifest.csv"
    manifest.write_bytes(b"file,anchor\n\xffa.txt,2017-10-11\n")
    status, _, err = run(capsys, "extract", "--manifest", str(manifest))
    assert_one_line_error(status, err, "manifest.csv", "UTF-8")


def test_extract_timeml_input_takes_its_creation_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "story.tml"
    document.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3></DCT>'
        "<TEXT>Markets fell on Tuesday &amp; again yesterday.</TEXT></TimeML>",
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "extract", str(document), "--format", "json")
    assert status == 0
    [found] = json.loads(out)
    assert found["anchor"] == "1998-01-08"
    assert [m["value"] for m in found["mentions"]][-1] == "1998-01-07"


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_plot_a_solved_schedule(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schedule = tmp_path / f"schedule{suffix}"
    status, _, _ = run(
        capsys, "solve", str(EVENTS), "--relations", str(RELATIONS), "--anchor", "2017-10-11",
        "-o", str(schedule),
    )  # fmt: skip
    assert status == 0
    again = tmp_path / f"again{suffix}"
    assert run(capsys, "solve", str(schedule), "-o", str(again))[0] == 0
    assert again.read_text(encoding="utf-8") == schedule.read_text(encoding="utf-8")
    picture = tmp_path / "schedule.png"
    status, _, _ = run(capsys, "plot", str(schedule), "-o", str(picture), "--lanes", "place")
    assert status == 0 and picture.read_bytes()[:4] == b"\x89PNG"


def test_solve_a_timeline_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from timeline.io import read_timeline_csv, to_json

    document = tmp_path / "timeline.json"
    document.write_text(to_json(read_timeline_csv(EVENTS, RELATIONS, anchor="2017-10-11")), "utf-8")
    status, out, _ = run(capsys, "solve", str(document))
    assert status == 0 and "storage → loading" in out


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_relations_with_a_solved_schedule_are_refused(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schedule = tmp_path / f"schedule{suffix}"
    status, _, _ = run(
        capsys, "solve", str(EVENTS), "--relations", str(RELATIONS), "--anchor", "2017-10-11",
        "-o", str(schedule),
    )  # fmt: skip
    assert status == 0
    status, out, err = run(capsys, "solve", str(schedule), "--relations", str(RELATIONS))
    assert_one_line_error(status, err, f"schedule{suffix}", "--relations")  # was: dropped
    assert out == ""  # a schedule CSV read as an events table lost every bound


def test_solve_bad_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = tmp_path / "timeline.json"
    document.write_text("[1, 2]", "utf-8")
    status, _, err = run(capsys, "solve", str(document))
    assert_one_line_error(status, err, "timeline.json")


def test_extract_bad_name_pattern_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "extract", str(FIRE), "--anchor-from-name", "([")
    assert_one_line_error(status, err, "--anchor-from-name", "'(['")


def test_plot_to_an_unknown_picture_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "crossing.gif2"
    status, _, err = run(capsys, "plot", str(EVENTS), "--anchor", "2017-10-11", "-o", str(target))
    assert_one_line_error(status, err, "crossing.gif2", ".png")
    assert not target.exists()


@pytest.mark.parametrize("dpi", ["0", "-5", "ten"])
def test_plot_a_bad_dpi_is_a_usage_error(
    dpi: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "crossing.png"
    with pytest.raises(SystemExit) as exit:
        main(["plot", str(EVENTS), "--anchor", "2017-10-11", "-o", str(target), "--dpi", dpi])
    assert exit.value.code == 2
    assert_one_line_error(2, capsys.readouterr().err, "--dpi")
    assert not target.exists()


def test_extract_output_dir_without_timeml_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        capsys, "extract", str(FIRE), "--anchor", "2024-03-15", "--output-dir", str(tmp_path)
    )
    assert_one_line_error(status, err, "--output-dir", "--format timeml")
    assert out == ""
