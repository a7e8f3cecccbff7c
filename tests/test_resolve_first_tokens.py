"""The rules inside the grammar's alternatives are tried only at the first tokens they declare
(:func:`timeline._resolve._period.first_tokens`): each, run everywhere, must read nothing that
starts elsewhere. A rule that learns a new first word fails here until its set learns it too.
(The calendar rules and the expression's own dispatch are checked in test_resolve_dispatch.)"""

from __future__ import annotations

from collections.abc import Collection

import pytest
from test_resolve_dispatch import PHRASES, _texts

from timeline._resolve import _grammar, _relative
from timeline._resolve._grammar import scan_stream
from timeline._resolve._period import Rule
from timeline._resolve._tokens import Stream

#: Every alternative that dispatches on the first token: its name and its (rule, starts).
TABLES: dict[str, tuple[tuple[Rule, Collection[str] | None], ...]] = {
    "relative": _relative._RULES,
    "point": _grammar._POINT_RULES,  # a rule declared with None starts anywhere
    "endpoint": _grammar._ENDPOINT_RULES,
}

#: More phrases, one for each rule of the tables above that PHRASES leaves out.
MORE_PHRASES = [
    "the day after tomorrow", "the week before", "the following Monday",
    "the current fiscal year", "this coming Friday", "last Oct. 23", "the century",
    "the same spring", "a week or so ago", "five years and two months ago",
    "two weeks from today", "Twenty years on,", "the next few days", "later in the day",
    "earlier this spring", "at the moment", "these days", "as of now",
    "the future", "recent weeks", "the second Sunday of May", "the week ending Friday",
    "Friday of next week", "the new year", "this time last year", "the turn of the century",
    "end-2024", "year-end", "the rest of the week", "mid-to-late September", "circa 1990",
    "shortly after midnight", "two days after Christmas", "the day before Oct. 12", "week 48",
]  # fmt: skip


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("table", sorted(TABLES))
def test_rules_start_only_where_declared(table: str, strict: bool) -> None:
    misplaced = []
    for text in [*_texts(), *MORE_PHRASES, " and ".join(MORE_PHRASES)]:
        stream = Stream(text, strict=strict)
        for rule, starts in TABLES[table]:
            if starts is None:
                continue
            for i in range(stream.n):
                if rule(stream, i) is not None and stream.key(i) not in starts:
                    misplaced.append((rule.__name__, stream.key(i), text[:60]))
    assert not misplaced


def test_the_more_phrases_are_read() -> None:
    # the check above means something only if the phrases are read
    unread = [phrase for phrase in MORE_PHRASES if not scan_stream(Stream(phrase, False))]
    assert not unread


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_rule_reads_one_of_the_phrases(table: str) -> None:
    # and only if every rule of a table reads something among them
    texts = [*PHRASES, *MORE_PHRASES]
    idle = [
        rule.__name__
        for rule, _ in TABLES[table]
        if not any(
            rule(stream, i) is not None
            for stream in (Stream(text, strict=False) for text in texts)
            for i in range(stream.n)
        )
    ]
    assert not idle
