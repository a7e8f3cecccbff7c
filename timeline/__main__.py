"""``python -m timeline``: the same command line as the ``timeline`` console script."""

from __future__ import annotations

import sys

from timeline._cli import main

if __name__ == "__main__":
    sys.exit(main())
