"""Score timeline.extract and the dateparser baseline on TimeML documents (TempEval-3 measures).

    python benchmarks/timeml.py [DIR] [--limit N] [--no-baseline] [--misses K]

DIR defaults to the shared development corpus (../shared/data/timeml next to the project).
Same as ``python -m timeline.evaluate DIR``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from timeline.evaluate import main  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeml"

if __name__ == "__main__":
    arguments = sys.argv[1:]
    if not arguments or arguments[0].startswith("-"):
        if not DEFAULT.is_dir():
            sys.exit(f"no TimeML folder given and {str(DEFAULT)!r} is absent")
        arguments = [str(DEFAULT), *arguments]
    sys.exit(main(arguments))
