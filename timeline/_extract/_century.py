"""The century a story is in: "The second failure, in August 1846, ... that winter, among the
coldest of the century" is the 19th century, the one of the year just named, not the report's.
"the century" with no year named in its sentence or the one before is the report's."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

import attrs

from timeline._extract._context import tense_near
from timeline._extract._mention import Mention
from timeline._span import TimeSpan

__all__ = ["story_centuries"]

# "the century", "the end of the century", "the turn of the century" ("mid-century" is read
# with the history a text tells, in _reading._last_time_named)
_OF_THE_CENTURY = re.compile(r"(?i:.*\bthe\s+century)")
# "the deal of the century", "the storm of the century": praise, said of anything; it names the
# story's century only when the year is named in its own sentence, told in the past ("In 1999
# the court heard the trial of the century").
_IDIOM_BEFORE = re.compile(
    r"\b(?i:deal|trial|storm|match|fight|wedding|game|goal|crime|heist|robbery|bargain|scandal|"
    r"party|event|story|race|bout|upset|comeback|speech|discovery|invention|concert|merger|"
    r"takeover|transfer|blizzard|hurricane|flood|catch|find|scoop|interview|performance|"
    r"album|film|movie|show|book|case|battle|summit|opportunity|disaster)s?\s+of\s+\Z"
)
_NAMES_A_YEAR = re.compile(r"\d{4}")  # a value to the year or finer: "1846", "1846-08", "1846-WI"
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def story_centuries(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
) -> list[Mention]:
    """The mentions, with "the century" counted from the last year named in its sentence or the
    one before, when there is one."""
    if not any(_OF_THE_CENTURY.fullmatch(m.text) for m in mentions):
        return mentions
    # where sentences end, found once: each "the century" then counts the ends since its year
    # by halving, not by scanning back to it (a year far back cost a scan of the text each)
    ends = [end.start() for end in _SENTENCE_END.finditer(text)]
    out: list[Mention] = []
    named: Mention | None = None  # the last mention that names a year
    for mention in mentions:
        if (
            named is not None
            and named.span is not None
            and mention.span is not None
            and _OF_THE_CENTURY.fullmatch(mention.text)
            and _of_the_story(text, mention, _ends_between(ends, named.end, mention.start))
        ):
            placed = resolve(mention.text, named.span)
            if placed is not None:
                mention = attrs.evolve(mention, timex=placed.timex, span=placed)
        elif (
            mention.span is not None
            and mention.span.is_bounded
            and _NAMES_A_YEAR.match(mention.timex.value)
        ):
            named = mention
        out.append(mention)
    return out


def _of_the_story(text: str, mention: Mention, ends: int) -> bool:
    """Whether "the century" at ``mention``, ``ends`` sentence ends after the last year named,
    is that year's: not in a clause told in the future ("built in 1890, it will be replaced by
    the end of the century": the report's), and not praise ("the deal of the century") unless
    the year is in its sentence and the clause is past."""
    if ends > 1:
        return False
    tense = tense_near(text, _around(text, mention), mention.start, mention.end)
    if _IDIOM_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return ends == 0 and tense == "past"
    return tense != "future"


def _ends_between(ends: list[int], start: int, end: int) -> int:
    """How many of the sentence ends at ``ends`` lie between ``start`` and ``end`` (each with
    the space after it)."""
    return max(0, bisect_right(ends, end - 2) - bisect_left(ends, start))


def _around(text: str, mention: Mention) -> tuple[int, int]:
    """The sentence of ``mention``, roughly: to the sentence ends either side."""
    ends = list(_SENTENCE_END.finditer(text, max(0, mention.start - 300), mention.start))
    start = ends[-1].end() if ends else max(0, mention.start - 300)
    after = _SENTENCE_END.search(text, mention.end, mention.end + 300)
    return start, after.end() if after is not None else min(len(text), mention.end + 300)
