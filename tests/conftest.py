"""Hypothesis runs the properties without its per-example deadline: the first example of a test
may pay for loading the grammar, and timings on a shared or slow machine (CI) are no property
of the library; speed is measured in benchmarks/."""

from hypothesis import settings

settings.register_profile("timeline", deadline=None)
settings.load_profile("timeline")
