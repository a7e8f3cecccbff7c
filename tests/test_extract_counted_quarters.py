"""extract() on quarters counted in a row ("six consecutive quarters"): one DURATION, the whole
phrase, valued as resolve() values it; a bare count of quarters in running text ("paid two
quarters", "scored in three quarters") stays no time. The sentences are written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import extract, resolve

ANCHOR = date(2013, 4, 10)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Exports have grown for five consecutive quarters.", "five consecutive quarters"),
        ("The retailer lost money for two straight quarters.", "two straight quarters"),
        ("Margins narrowed in three successive quarters, the bank said.",
         "three successive quarters"),
    ],
)
def test_quarters_counted_in_a_row_are_one_length(text: str, phrase: str) -> None:
    mentions = [(m.text, m.timex) for m in extract(text, ANCHOR)]
    assert mentions == [(phrase, resolve(phrase, ANCHOR).timex)]
    assert mentions[0][1].type == "DURATION"


@pytest.mark.parametrize(
    "text", ["He paid two quarters for the paper.", "She scored in three quarters of the game."]
)
def test_a_bare_count_of_quarters_is_no_time(text: str) -> None:
    assert extract(text, ANCHOR) == []
