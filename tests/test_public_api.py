"""The public surface: every name in ``__all__`` is importable, and the light modules stay light."""

from __future__ import annotations

import subprocess
import sys

import timeline
import timeline.io


def test_every_public_name_resolves() -> None:
    for name in timeline.__all__:
        assert getattr(timeline, name) is not None, name
    for name in timeline.io.__all__:
        assert getattr(timeline.io, name) is not None, name


def test_unknown_name_is_attribute_error() -> None:
    try:
        timeline.no_such_thing  # noqa: B018
    except AttributeError as error:
        assert "no_such_thing" in str(error)
    else:  # pragma: no cover - the assertion is the point
        raise AssertionError("unknown attribute did not raise")


def test_import_does_not_load_heavy_dependencies() -> None:
    code = (
        "import sys, timeline; "
        "heavy = [m for m in ('dateparser', 'pandas', 'matplotlib', 'scipy') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == ""
