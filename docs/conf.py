"""Sphinx configuration for the timeline documentation (MyST Markdown pages + autodoc)."""

from __future__ import annotations

import sys
from pathlib import Path

# Document the package in this checkout, installed or not.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

project = "timeline"
author = "the timeline authors"
copyright = "2026, the timeline authors"
release = "0.1.0"

extensions = ["myst_parser", "sphinx.ext.autodoc"]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "README.md"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}

html_theme = "alabaster"
html_title = "timeline"
