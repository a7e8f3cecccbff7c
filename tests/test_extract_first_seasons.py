"""extract() and resolve() on "the first winter", "that first summer" in a story told of another
year: the first such season that ends after the story's time (not the report's), and "the
following spring" after it counts from it. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from timeline import Timex, extract, resolve


def found(text: str, anchor: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex.value) for m in extract(text, date.fromisoformat(anchor))]


def test_the_first_winter_of_a_flashback_is_the_storys() -> None:
    text = (
        "The brothers fled the city on Sept. 4, 2010, with one bag each. Their uncle met them "
        "at the border. Aid workers kept them fed for weeks.\n\n"
        "They spent the first winter in a tent, and the following spring they found work."
    )
    assert found(text, "2014-06-02")[-3:] == [
        ("weeks", "PXW"),
        ("the first winter", "2010-WI"),
        ("the following spring", "2011-SP"),
    ]


def test_after_a_year_the_first_season_is_the_one_that_ends_after_it() -> None:
    text = (
        "In 1987 the couple bought a farm. The first winter was hard; the following spring was "
        "wet."
    )
    assert found(text, "2014-06-02") == [
        ("1987", "1987"),
        ("The first winter", "1987-WI"),
        ("the following spring", "1988-SP"),
    ]
    text = "The cafe opened in October 2009. That first summer was slow."
    assert found(text, "2014-06-02")[-1] == ("That first summer", "2010-SU")


def test_without_a_story_the_first_winter_reads_as_the_season_alone() -> None:
    assert resolve("the first winter", date(2014, 6, 2)).timex == Timex("DATE", "2013-WI")
