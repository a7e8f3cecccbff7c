"""Every script in examples/ runs, in a scratch directory, and writes what it promises."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))

#: Script -> the picture it writes into the directory it is run from.
PICTURES = {
    "seed_timeline.py": "seed_timeline.png",
    "events_from_csv.py": "events_from_csv.png",
    "extract_and_plot.py": "extract_and_plot.png",
}


def test_the_examples_are_there() -> None:
    names = {path.name for path in EXAMPLES}
    assert {"events_from_csv.py", "extract_and_plot.py", "property_test_dates.py"} <= names


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda path: path.name)
def test_example_runs(script: Path, tmp_path: Path) -> None:
    copy = tmp_path / "examples"
    shutil.copytree(ROOT / "examples", copy)
    run_in = tmp_path / "out"
    run_in.mkdir()
    env = dict(os.environ, MPLBACKEND="Agg", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, str(copy / script.name)],
        cwd=run_in,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    picture = PICTURES.get(script.name)
    if picture is not None:
        written = run_in / picture
        assert written.is_file(), f"{script.name} did not write {picture} where it was run"
        assert written.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
