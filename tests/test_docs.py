"""The documentation runs: its examples are executed and the Sphinx site builds without warnings.

Two kinds of examples are checked on every Markdown page under ``docs/``:

* ```` ```pycon ```` blocks, run as one doctest per page (names carry over from block to block);
* ```` ```console ```` blocks, whose ``$ timeline ...`` lines are run through the command line's
  ``main()`` and must print what the page shows.

Both run in a temporary copy of ``examples/``, so pages may name ``data/...`` files and write
pictures without touching the checkout.
"""

from __future__ import annotations

import doctest
import importlib
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)
FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _blocks(page: Path, language: str) -> list[tuple[int, str]]:
    text = page.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start()) + 2, m.group(2))
        for m in FENCE.finditer(text)
        if m.group(1) == language
    ]


def _page_id(page: Path) -> str:
    return str(page.relative_to(DOCS))


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch copy of examples/ as the working directory."""
    work = tmp_path / "work"
    if (ROOT / "examples").is_dir():
        shutil.copytree(ROOT / "examples", work)
    else:
        work.mkdir()
    monkeypatch.chdir(work)
    return work


README = ROOT / "README.md"
DOCTEST_PAGES = [p for p in PAGES if _blocks(p, "pycon")]
CONSOLE_PAGES = [p for p in PAGES if _blocks(p, "console")]


def test_the_docs_have_executed_examples() -> None:
    assert DOCTEST_PAGES, "no page of docs/ has a ```pycon example"


@pytest.mark.parametrize("page", DOCTEST_PAGES, ids=_page_id)
def test_page_examples_run(page: Path, workdir: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    parser = doctest.DocTestParser()
    examples = []
    for line, source in _blocks(page, "pycon"):
        for example in parser.get_examples(source):
            example.lineno += line - 1
            examples.append(example)
    test = doctest.DocTest(examples, {"__name__": "__docs__"}, page.name, str(page), 0, None)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report: list[str] = []
    try:
        runner.run(test, out=report.append)
    finally:
        plt.close("all")
    assert runner.failures == 0, "".join(report)


def test_readme_examples_run(workdir: Path) -> None:
    """The README's Python blocks: ``>>>`` sessions as doctests, plain scripts executed."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if not README.is_file():
        pytest.skip("no README.md")
    blocks = _blocks(README, "python") + _blocks(README, "pycon")
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report: list[str] = []
    try:
        for line, source in blocks:
            if ">>>" in source:
                examples = parser.get_examples(source)
                for example in examples:
                    example.lineno += line - 1
                test = doctest.DocTest(examples, {}, "README.md", str(README), 0, None)
                runner.run(test, out=report.append)
            else:
                exec(compile(source, f"README.md, line {line}", "exec"), {"__name__": "__readme__"})
    finally:
        plt.close("all")
    assert runner.failures == 0, "".join(report)


def _console_runs(source: str) -> list[tuple[str, str]]:
    """(command, expected output) for each ``$ timeline ...`` line of a console block."""
    runs: list[tuple[str, str]] = []
    for line in source.splitlines():
        if line.startswith("$ "):
            runs.append((line[2:], ""))
        elif runs:
            command, output = runs[-1]
            runs[-1] = (command, output + line + "\n")
    return runs


@pytest.mark.parametrize("page", CONSOLE_PAGES, ids=_page_id)
def test_page_commands_run(page: Path, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from timeline._cli import main

    checked = 0
    for _, source in _blocks(page, "console"):
        for command, expected in _console_runs(source):
            words = shlex.split(command)
            if words[0] != "timeline":
                continue
            status = main(words[1:])
            captured = capsys.readouterr()
            assert status == 0, f"{command!r} failed: {captured.err}"
            checker = doctest.OutputChecker()
            assert checker.check_output(expected, captured.out, FLAGS), (
                f"{command!r} printed:\n{captured.out}\nbut {page.name} shows:\n{expected}"
            )
            checked += 1
    assert checked


MODULES_WITH_EXAMPLES = [
    "timeline.io._cidoc",
    "timeline.io._timeml_write",
    "timeline.io._csv_json",
]


@pytest.mark.parametrize("name", MODULES_WITH_EXAMPLES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS)
    assert result.attempted, f"{name} has no docstring examples"
    assert result.failed == 0


def test_sphinx_builds_without_warnings(tmp_path: Path) -> None:
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "html",
            "-d",
            str(tmp_path / "doctrees"),
            str(DOCS),
            str(tmp_path / "html"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert (tmp_path / "html" / "index.html").is_file()
