"""The faster forms of extraction's scans find exactly what the plain forms find.

Each speed-up below replaces a search that was tried at every character by one that skips
ahead; these properties compare the two on arbitrary text built from the words and marks
they look for.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline._extract._candidates import _ANCHOR, _SPOKEN_CLOCK, _holds_anchor, _spoken_clock
from timeline._extract._extra import (
    _COUNTED_RATE,
    _ERA_TOKEN,
    _FIRST_WORD,
    _PATTERN,
    _RATE_BEFORE,
    _ends_rate_word,
    _era_tokens,
)
from timeline._extract._filters import _Words

_PIECES = st.sampled_from(
    [
        " ", "  ", "\n", ".", ",", "-", "'", "(", ")", "$", "%", "é", "_", "c.", "ca.", "C.",
        "1", "15", "2017", "1.5", "40,000", " percent", " million", "day", "Day", "DAY", "days",
        "May", "may", "Sept", "now", "snow", "today", "holiday", "March", "the", "a", "x",
        "BC", "AD", "B.C.", "A. D.", "C.E.", "CE", "B. C. E.", "C. ", "E.", "year", "year-ago",
        "mid-year", "quarter", "games", "NBA", "Sales", "€", "£", "led by 3 points", "GAME",
    ]
)  # fmt: skip
TEXT = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(0, 40), st.integers(0, 40))
def test_anchor_found_from_the_character_before_is_the_plain_search(
    text: str, start: int, length: int
) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert _holds_anchor(text, start, end) == (_ANCHOR.search(text, start, end) is not None)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map(" ".join), st.integers(0, 40), st.integers(0, 40))
def test_anchor_in_words_apart_is_the_plain_search(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert _holds_anchor(text, start, end) == (_ANCHOR.search(text, start, end) is not None)


_CLOCK_PIECES = st.sampled_from(
    [" ", "  ", "\n", ",", ".", "é", "at", "At", "AT", "by", "five", "Five", "FIVE", "ten", "Ten",
     "tEn", "often", "to", "To", "TO", "tomorrow", "one", "noon", "x"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_CLOCK_PIECES, max_size=12).map(" ".join), st.integers(0, 20))
def test_spoken_clock_is_found_as_the_plain_search_finds_it(text: str, start: int) -> None:
    start = min(start, len(text))
    piece = text[start:]
    plain = any(word in piece for word in ("ten", "Ten", "five", "Five")) and (
        _SPOKEN_CLOCK.search(text, start) is not None
    )
    assert _spoken_clock(text, start, len(text)) == plain


def test_spoken_clock_examples() -> None:
    assert _spoken_clock("met at ten to one", 0, 17)
    assert _spoken_clock("met AT Five  TO\nnoon", 0, 20)
    assert not _spoken_clock("met at often to one", 0, 19)
    assert not _spoken_clock("met AT TEN TO ONE", 0, 17)  # the cheap test looks for ten/five


def test_anchor_at_the_start_of_the_range_counts() -> None:
    assert _holds_anchor("x day", 2, 5)
    assert _holds_anchor("x 1999", 2, 6)
    assert not _holds_anchor("xday", 1, 4)  # inside a word: no temporal word
    assert _holds_anchor("made c.1560", 5, 11)  # a year after "circa"
    assert not _holds_anchor("$22.5 or 1.2%", 0, 13)  # amounts hold no time


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_era_tokens_are_those_finditer_finds(text: str) -> None:
    found = [token.span() for token in _era_tokens(text)]
    assert found == [token.span() for token in _ERA_TOKEN.finditer(text)]


_WORD_LIST = r"games?|sales|NBA|led\s+by\s+\d|percent|Q[1-4]"
_WORDS = _Words(_WORD_LIST, marks="$€£%")
_PLAIN = re.compile(rf"[$€£%]|\b(?:{_WORD_LIST})\b", re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(0, 40), st.integers(0, 40))
def test_words_found_from_the_character_before_are_the_plain_search(
    text: str, start: int, length: int
) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert _WORDS.found(text, start, end) == (_PLAIN.search(text, start, end) is not None)


_PHRASE_PIECES = st.sampled_from(
    [
        " ", "  ", "\n", "-", "'s", "’s", ",", ".", "3", "12", "1988", "The", "the", "a", "A",
        "one", "its", "that", "this", "fiscal", "full", "current", "comparable", "year",
        "year-ago", "year-earlier", "ago", "earlier", "last", "quarter", "period", "ended",
        "first", "third", "Sunday", "Mondays", "Tuesday", "nights", "mornings", "of", "each",
        "every", "other", "month", "March", "spring", "weekly", "daily", "twice", "times", "per",
        "week", "weekdays", "weeknights", "in", "during", "several", "few", "recent", "coming",
        "past", "next", "years", "days", "decades", "centuries", "ahead", "to", "come", "now",
        "right", "these", "at", "present", "more", "recently", "lately", "while", "little",
        "back", "future", "near", "soon", "term", "later", "date", "mid", "midyear", "for",
        "some", "time", "seven", "as",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_PHRASE_PIECES, max_size=12).map(" ".join), st.lists(_PHRASE_PIECES, max_size=12))
def test_every_expression_begins_with_a_first_word(text: str, glued: list[str]) -> None:
    for sample in (text, "".join(glued)):
        for start in range(len(sample)):
            if _PATTERN.match(sample, start) is not None:
                assert _FIRST_WORD.match(sample, start) is not None, sample[start:]


_RATE_PIECES = st.sampled_from(
    [" ", "  ", "\t", "\n", "(", "/", "$5", "12", "two", "million", "litres", "sorties", "km",
     "a", "A", "an", "per", "Per", "each", "in", "for", "paid", "times", "x"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_RATE_PIECES, max_size=10).map("".join))
def test_a_rate_is_tried_only_after_its_word(before: str) -> None:
    for pattern in (_RATE_BEFORE, _COUNTED_RATE):
        if pattern.search(before) is not None:
            assert _ends_rate_word(before)


# Caseless: a pattern matched in lower case in ASCII text, as written with re.IGNORECASE
# elsewhere ("ſ" and the Kelvin sign fold to "s" and "k", "İ" to "i").
_CASELESS_PIECES = st.sampled_from(
    [
        " ", "\n", "-", ".", "'", "$", "2", "1988", "Quarter", "quarter", "QUARTER", "H1", "h2",
        "Sept", "sEP", "day", "Day", "NBA", "nba", "games", "to", "To", "the", "The", "until",
        "At least", "payable", "ſpring", "Spring", "K", "\u212a", "İ", "é", "ı", "Week", "x",
        "night", "NIGHT", "p.m.", "A.M.", "0340", "GMT", "past", "Monday", "TONIGHT", "Eve",
    ]
)  # fmt: skip
_CASELESS_TEXT = st.lists(_CASELESS_PIECES, max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(_CASELESS_TEXT, st.integers(0, 60), st.integers(0, 60))
def test_caseless_patterns_find_what_ignorecase_finds(text: str, start: int, length: int) -> None:
    from timeline._extract._filters import _GAME_STORY, _MONEY_WORD
    from timeline._extract._phrases import _NAMED_DAY, _TIME_OF_DAY, YEARLESS, is_yearless
    from timeline._extract._placement import _FORWARD, _PLACED

    assert is_yearless(text) == (YEARLESS.search(text) is not None)
    for caseless in (_FORWARD, _PLACED, _TIME_OF_DAY, _NAMED_DAY):
        plain = caseless.pattern
        assert caseless.search(text) == (plain.search(text) is not None)
        start = min(start, len(text))
        end = min(len(text), start + length)
        assert caseless.search(text, start, end) == (plain.search(text, start, end) is not None)
        assert caseless.match(text, start, end) == (plain.match(text, start, end) is not None)
    for words in (_GAME_STORY, _MONEY_WORD):  # as _Words found them with re.IGNORECASE
        plain_found = (
            words._at_start.pattern.match(text, start, end) is not None
            or words._after.pattern.search(text, start, end) is not None
        )
        assert words.found(text, start, end) == plain_found


def test_caseless_keeps_escapes_and_refuses_case_sensitive_parts() -> None:
    from timeline._extract._caseless import Caseless

    assert Caseless(r"\W(?:NBA)\b").search("the NBA")
    assert not Caseless(r"\W(?:NBA)\b").search("theNBA")
    with pytest.raises(ValueError):
        Caseless(r"(?-i:[A-Z])x")


_CLAUSE_PIECES = st.sampled_from(
    [
        " ", "  ", "\n", ",", ", ", ";", ":", "3:", ":3", "''", "``", '"', "“", "”", "'", "`",
        "and", "but", " and ", " but ", "while", "as", "just", "it", "did", "will", "begins",
        "again", "on", "they", "was", "x", "Sept. 28",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_CLAUSE_PIECES, max_size=20).map("".join), st.integers(0, 30), st.integers(0, 60))
def test_clause_marks_are_those_finditer_finds(text: str, lo: int, length: int) -> None:
    from timeline._extract._context import _CLAUSE, _clause_marks

    lo = min(lo, len(text))
    hi = min(len(text), lo + length)
    found = [mark.span() for mark in _clause_marks(text, lo, hi)]
    assert found == [mark.span() for mark in _CLAUSE.finditer(text, lo, hi)]


_MARKER_PIECES = st.sampled_from(
    [
        " ", "  ", "\n", ",", "-", "'", "’", "é", "É", "_", "3", "was", "Was", "WAS", "will",
        "we", "ll", "'ll", "won't", "expected", "Reported", "REPORTED", "led", "bed", "ed",
        "is", "has", "next", "May", "may", "could", "said", "x", "ex", "wasteland", "sat",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_MARKER_PIECES, max_size=20).map("".join), st.integers(0, 30), st.integers(0, 60))
def test_tense_markers_are_those_finditer_finds(text: str, lo: int, length: int) -> None:
    from timeline._extract._context import _MARKER, _markers

    lo = min(lo, len(text))
    hi = min(len(text), lo + length)
    found = [(marker.span(), marker.group()) for marker in _markers(text, lo, hi)]
    assert found == [(marker.span(), marker.group()) for marker in _MARKER.finditer(text, lo, hi)]


_STOP_PIECES = st.sampled_from(
    [
        " ", "\n", ".", ". ", "a", "x", "é", "É", "3", "said", "Jan", "Sept", "Messrs", "Blvd",
        "vs", "VS", "No", "no", "A", "U.S", "a.m", "p", "M", "Inc", "Co", "mr", "Mr", "-",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_STOP_PIECES, max_size=16).map("".join))
def test_an_abbreviation_is_tried_wherever_it_may_end(text: str) -> None:
    from timeline._extract._context import _ABBREVIATION, _may_abbreviate

    for at, char in enumerate(text):
        if char == "." and _ABBREVIATION.search(text, max(0, at - 10), at + 1):
            assert _may_abbreviate(text, at)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_head_words_in_ascii_text_are_those_the_plain_search_finds(text: str) -> None:
    from timeline._extract._extra import _TRIGGER, _TRIGGER_AFTER, _triggers

    first = _TRIGGER.match(text)
    plain = [] if first is None else [first.span()]
    start = 0 if first is None else first.end()
    plain += [trigger.span(1) for trigger in _TRIGGER_AFTER.finditer(text, start)]
    assert list(_triggers(text)) == plain
