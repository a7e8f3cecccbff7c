"""extract() on plans and terms told without "will": a conditional "would" with a term it lasts
to, a state that remains until a term, and the infinitive of a plan ("a summit to be held in
mid-October") look ahead of the report. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import Timex, extract


def found(text: str, anchor: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


@pytest.mark.parametrize(
    ("text", "anchor", "phrase", "value"),
    [
        # a state lasting from the telling until a term: the term is ahead, though the same
        # day a year back is nearer the report
        ("The truce would keep the border crossing open through Nov. 30.", "2011-04-20",
         "Nov. 30", "2011-11-30"),
        ("The stopgap bill would keep six agencies running until Sept. 30, aides said.",
         "2011-03-10", "Sept. 30", "2011-09-30"),
        ("The border remains closed until Sept. 30.", "2013-03-10", "Sept. 30", "2013-09-30"),
        # the infinitive of a plan
        ("The visit comes before a trade summit to be held in Nairobi in mid-October.",
         "2000-05-09", "mid-October", "2000-10"),
        ("The film, to be released in November, stars a newcomer.", "2000-05-09", "November",
         "2000-11"),
    ],
)
def test_a_plan_or_term_told_without_will_is_ahead(
    text: str, anchor: str, phrase: str, value: str
) -> None:
    assert found(text, anchor)[phrase].value == value


@pytest.mark.parametrize(
    ("text", "anchor", "phrase", "value"),
    [
        # a plan told in the past may be over: the nearest such month
        ("The vote was to be held in November.", "2000-05-09", "November", "1999-11"),
        ("The vote, which was to be held in March, was put off.", "2000-05-09", "March",
         "2000-03"),
        # a future told in the past of a point in time stays the nearest (a report's account)
        ("The ministry informed the court that the ship would be searched on 5 November.",
         "2020-03-02", "5 November", "2019-11-05"),
        # the end of a period counted back is no term ahead
        ("Sales are up 5 percent in the nine months through Sept. 30.", "2013-03-10",
         "Sept. 30", "2012-09-30"),
    ],
)
def test_a_plan_told_in_the_past_or_a_period_counted_back_is_not_pushed_ahead(
    text: str, anchor: str, phrase: str, value: str
) -> None:
    assert found(text, anchor)[phrase].value == value
