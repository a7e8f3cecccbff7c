"""The first-token dispatch of the resolver's grammar is sound: a rule is tried only at the tokens
it is declared to start with (``_CALENDAR_RULES``; ``explicit_date`` and ``relative`` also refuse
any other start themselves), so every rule, run without that test, must read nothing that starts
anywhere else. A rule that learns a new first word fails here until its set learns it too."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline._resolve import _grammar
from timeline._resolve._dates import any_explicit_date, explicit_date
from timeline._resolve._relative import any_relative, relative
from timeline._resolve._tokens import Stream

SHARED = Path(__file__).resolve().parents[2] / "shared"

#: Phrases that start every kind of expression the calendar rules read.
PHRASES = [
    "Sept. 28", "Oct. 2, 2017", "28 September 2017", "the 28th of September", "September 2017",
    "Monday, Sept. 28", "2017-09-28", "9/28/2017", "the twenty-first of May", "Monday",
    "last Monday", "this Friday", "next week", "the next day", "the day before", "two weeks ago",
    "a year ago", "three days later", "yesterday", "today", "tomorrow", "tonight", "now",
    "currently", "right now", "at present", "at the moment", "these days", "recently", "lately",
    "soon", "previously", "formerly", "earlier this year", "later that day", "the past 20 years",
    "the past two weeks", "past three years", "the coming weeks", "the previous month",
    "that week", "that night", "the same day", "the following week",
    "the first nine months of 1989", "the last six months of last year", "fiscal third quarter",
    "about two weeks ago", "almost a year ago", "nearly three years ago", "more than a year ago",
    "over the past decade", "several days ago", "a few weeks ago", "half a year ago",
    "the weekend", "the week of March 6", "the first week of October", "the current quarter",
    "recent days", "2017", "'98", "1998", "fiscal 1998", "the year 2000", "nineteen ninety-six",
    "the 1990s", "the '90s", "the nineties", "the 20th century", "the twenty-first century",
    "summer", "the summer of 2017", "last spring", "the third quarter", "Q3", "the first half",
    "fiscal 2017", "the second half of 2017", "Christmas", "Christmas Eve", "New Year's Day",
    "Thanksgiving", "last Christmas", "Easter Sunday", "Labor Day", "Election Day",
    "the first nine months", "the first quarter of 1997", "the year-end", "the end of the year",
    "this past weekend", "the past weekend", "the week ended Sept. 9",
    "the April-June quarter", "a year ago this week", "Memorial Day weekend", "the year before",
    "the past weeks", "the coming days", "year-end 2023", "eight straight months",
    "H1 2021", "FY2024", "FY24", "Black Friday", "Cyber Monday", "MLK Day", "Juneteenth",
    "Mother's Day", "Veterans Day", "Ash Wednesday", "Presidents' Day",
    "the first Tuesday in November", "the last Friday of the month",
    "0340 local time", "between 1400 and 1600 UTC", "at approximately 1100 hours", "21:45 hours",
    "half past six", "a quarter to five", "2019-03-05T09:14:00Z", "2019-03-05T09:14:00+03:00",
    "the 5th of this month", "until the 9th", "that summer", "the same summer", "the same evening",
    "the last week of March", "6 hours 35 minutes", "2 hours 40 minutes later", "3Q 2016", "3Q16",
    "FY 2020", "02/03/2022",
]  # fmt: skip

_UNGUARDED = {explicit_date: any_explicit_date, relative: any_relative}


def _texts() -> list[str]:
    texts = list(PHRASES)
    texts.append(" and ".join(PHRASES))
    corpus = SHARED / "data" / "timeml"
    if corpus.is_dir():
        from timeline.io import read_timeml

        texts += [read_timeml(path).text for path in sorted(corpus.rglob("*.tml"))[:40]]
    return texts


@pytest.mark.parametrize("strict", [False, True])
def test_calendar_rules_start_only_where_declared(strict: bool) -> None:
    misplaced = []
    for text in _texts():
        for rule, starts in _grammar._CALENDAR_RULES:
            stream = Stream(text, strict=strict)
            run = _UNGUARDED.get(rule, rule)
            for i in range(stream.n):
                if run(stream, i) is not None and stream.key(i) not in starts:
                    misplaced.append((rule.__name__, stream.key(i), text[:60]))
    assert not misplaced


def test_the_guarded_rules_are_the_dispatch_sets() -> None:
    # the rules refuse exactly the starts the grammar never tries them at
    table = {rule: starts for rule, starts in _grammar._CALENDAR_RULES}
    stream = Stream("Sept. 28 yesterday", strict=False)
    assert explicit_date(stream, 0) is not None and relative(stream, 3) is not None
    from timeline._resolve._dates import DATE_STARTS
    from timeline._resolve._relative import RELATIVE_STARTS

    assert table[explicit_date] is DATE_STARTS
    assert table[relative] is RELATIVE_STARTS


def test_rules_read_these_phrases() -> None:
    # the check above means something only if the phrases are read
    unread = [phrase for phrase in PHRASES if not _grammar.scan_stream(Stream(phrase, False))]
    assert not unread


def test_openings_are_where_an_expression_may_start() -> None:
    # the scanner tries the expression at each opening without asking may_start again
    for text in _texts():
        stream = Stream(text, strict=True)
        openings = _grammar._openings(stream)
        assert openings == [i for i in range(stream.n) if _grammar.may_start(stream, i)]


@pytest.mark.parametrize("strict", [False, True])
def test_function_words_open_nothing_before_words_the_resolver_never_names(strict: bool) -> None:
    # the scanner skips "the", "a", "from"... before such a word; run there, the rules read nothing
    read = []
    for text in _texts():
        stream = Stream(text, strict=strict)
        for i in range(stream.n - 1):
            if (
                stream.key(i) in _grammar._starters()
                and stream.key(i) not in _grammar._temporal()
                and not _grammar._opens_before(stream, i + 1)
                and _grammar._tested_expression(stream, i) is not None
            ):
                read.append(text[stream.starts[i] : stream.ends[i] + 40])
    assert not read


def test_named_words_come_from_rules_tables_and_remembered_rules() -> None:
    named = _grammar._named_words()
    assert {"noon", "midnight", "weekend", "ago", "fiscal", "wee"} <= named  # rules, tables
    assert "company" not in named
    stream = Stream("the company said on Tuesday", strict=True)
    assert 0 not in _grammar._openings(stream) and not _grammar._opens_before(stream, 1)


@pytest.mark.parametrize("strict", [False, True])
def test_counts_before_words_the_resolver_never_names_open_nothing(strict: bool) -> None:
    # "40000 troops", "427 fugitives": the scanner does not try such a number
    read = []
    for text in [*_texts(), "40000 troops and 427 fugitives, 10 americans"]:
        stream = Stream(text, strict=strict)
        for i in range(stream.n):
            if (
                stream.kind(i) == "n"
                and not _grammar._number_opens(stream, i)
                and _grammar._tested_expression(stream, i) is not None
            ):
                read.append(text[stream.starts[i] : stream.ends[i] + 40])
    assert not read
    stream = Stream("40000 troops in 1996 talks", strict=True)
    assert not _grammar._number_opens(stream, 0) and _grammar._number_opens(stream, 3)
