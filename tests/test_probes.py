"""The probe passages of benchmarks/probes/ are well formed and their scorer counts as TempEval
does (the figures themselves are measured by ``python benchmarks/probes.py``, not asserted)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SETS = sorted((BENCHMARKS / "probes").glob("*.json"))


def _probes_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("probes_benchmark", BENCHMARKS / "probes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_probe_sets() -> None:
    assert {path.stem for path in SETS} >= {"news", "reports", "genres"}


@pytest.mark.parametrize("path", SETS, ids=lambda path: path.stem)
def test_every_expected_expression_is_in_its_passage(path: Path) -> None:
    for passage in json.loads(path.read_text(encoding="utf-8")):
        for item in passage["expected"]:
            assert item["text"] in passage["text"]
            if item["type"] is not None and item["value"] is not None:
                types, values = item["type"].split("|"), item["value"].split("|")
                # each value a valid TIMEX3 value for one of the types given
                assert all(any(_valid(kind, value) for kind in types) for value in values), item


# The shape of a TIMEX3 value of each type (Timex checks the type, not the value).
_VALUE_SHAPES = {
    "DATE": re.compile(
        r"(?:(?:FY|BC)?[\dX]{2,4}(?:-[\w]+)*(?:T[A-Z]{2})?|PAST_REF|PRESENT_REF|FUTURE_REF|P\w+)"
    ),
    "TIME": re.compile(r"[\dX]{4}-[\w-]+T[\w:.]+|PRESENT_REF|PAST_REF|FUTURE_REF"),
    "DURATION": re.compile(r"PT?[\dX.]+[A-Z]+(?:[\dX.]+[A-Z]+)*"),
    "SET": re.compile(r"(?:PT?[\dX.]+[A-Z]+|[\dX]{4}(?:-[\w]+)*(?:T[\w:]+)?)"),
}


def _valid(kind: str, value: str) -> bool:
    from timeline import Timex

    Timex(kind, value)  # a TIMEX3 type
    return _VALUE_SHAPES[kind].fullmatch(value) is not None


def test_the_scorer_counts_relaxed_and_value_matches() -> None:
    probes = _probes_module()
    passage = {
        "anchor": "2017-10-11",
        "text": "The trucks crossed on Sept. 28 and again five days later.",
        "expected": [
            {"text": "Sept. 28", "type": "DATE", "value": "2017-09-28", "mod": None},
            {"text": "five days later", "type": "DATE", "value": "2017-10-04", "mod": None},
        ],
    }
    totals = probes.score([passage])
    # "five days later" is Oct. 3: found (relaxed, same extent, same type) but with another value
    assert totals == {"gold": 2, "found": 2, "strict": 2, "relaxed": 2, "type": 2, "value": 1}
