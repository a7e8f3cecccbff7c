"""Times told as a habit: "requests sent in November routinely received answers in February",
"the council usually meets in March", "patrols every evening between 6pm and midnight". A month
in a clause that says what happens as a rule names no particular year, a clock time that a
recurrence is at no particular day: TIMEX3 leaves them open (``XXXX-11``,
``XXXX-XX-XXT18:00``)."""

from __future__ import annotations

import re

import attrs

from timeline._extract._mention import Mention
from timeline._extract._phrases import is_clock_only
from timeline._extract._words import MONTH_FULL
from timeline._timex import Timex, TimexMod

__all__ = ["habitual_clocks", "habitual_months"]

_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        "January February March April May June July August September October November "
        "December".split(),
        1,
    )
}
_BARE_MONTH = re.compile(rf"(?:(?P<mod>early|mid|late)[\s-]+)?(?P<month>{MONTH_FULL})")
_MODS: dict[str, TimexMod] = {"early": "START", "mid": "MID", "late": "END"}
# Words that tell what happens as a rule, not once.
_HABIT = re.compile(
    r"\b(?:routinely|usually|typically|normally|generally|customarily|habitually|invariably|"
    r"traditionally|ordinarily|tend(?:s|ed)?\s+to|as\s+a\s+rule|always|(?:each|every)\s+year|"
    r"annually)\b",
    re.IGNORECASE,
)
_HABIT_WORDS = (
    *"routinely usually typically normally generally customarily habitually invariably".split(),
    *"traditionally ordinarily tend always annually".split(),
    "as a rule",
    "each year",
    "every year",
)
# Where a clause ends: a sentence's end, a semicolon, or a contrast ("..., but this year").
_CLAUSE_END = re.compile(
    r"[.!?;](?:\s|$)|,\s+(?:but|yet|while|whereas)\b|\n|[\"“”]", re.IGNORECASE
)  # (a quotation's marks too: '"... every year," said X, who proposed it in early October')
_PAIRED = re.compile(r"\s*(?:,\s*)?(?:and|or|to|through|until|till|[-–—])\s*", re.IGNORECASE)
_REACH = 160  # characters either side searched for the clause's ends


def habitual_months(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a month named alone ("November", "late March") in a clause that tells
    a habit as a date of no particular year (``XXXX-11``, no span)."""
    if not any(_BARE_MONTH.fullmatch(m.text) for m in mentions):
        return mentions
    lowered = text.lower()
    if not any(word in lowered for word in _HABIT_WORDS):
        return mentions  # (the words looked for first: the pattern is slow to search a text)
    out: list[Mention] = []
    for mention in mentions:
        bare = _BARE_MONTH.fullmatch(mention.text)
        if (
            bare is not None
            and mention.timex.type == "DATE"
            and not (
                out
                and _PAIRED.fullmatch(text, out[-1].end, mention.start)
                and not out[-1].timex.value.startswith("XXXX")
            )
            and _in_habit(text, mention)
        ):  # (not "between December 2019 and [early January]": the end of a dated range)
            mod = _MODS.get((bare["mod"] or "").lower())
            month = _MONTH_NUMBERS[bare["month"]]
            timex = Timex("DATE", f"XXXX-{month:02d}", mod)
            mention = attrs.evolve(mention, timex=timex, span=None)
        out.append(mention)
    return out


def _in_habit(text: str, mention: Mention) -> bool:
    """Whether a word of habit is in the clause of ``mention``."""
    low = max(0, mention.start - _REACH)
    ends = list(_CLAUSE_END.finditer(text, low, mention.start))
    start = ends[-1].end() if ends else low
    after = _CLAUSE_END.search(text, mention.end, mention.end + _REACH)
    end = after.start() if after is not None else min(len(text), mention.end + _REACH)
    return _HABIT.search(text, start, end) is not None


# What joins a recurrence to the clock times it is at: "every evening between [6pm] and
# [midnight]", "daily at [9 a.m.]", "every Monday from [10:00] to [12:00]", "at [5 a.m.] every
# day".
_AT_TIMES = re.compile(
    r"\s*,?\s*(?:(?:at|on|between|from|and|to|until|till|through|-|–)\s*)*", re.IGNORECASE
)
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(?::\d\d)?)")


def habitual_clocks(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the clock times a recurrence is said to be at ("every evening
    between 6pm and midnight", "on the dock at 5 a.m. every day") as times of no particular day
    (``XXXX-XX-XXT18:00``, no span)."""
    if not any(m.timex.type == "SET" for m in mentions):
        return mentions
    out: list[Mention] = []
    recurring = False  # the last mention is a recurrence or a clock time it is at
    for index, mention in enumerate(mentions):
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        clock = _CLOCK_VALUE.fullmatch(mention.timex.value)
        at_recurrence = (
            recurring and _AT_TIMES.fullmatch(text, out[-1].end, mention.start) is not None
        ) or (
            after is not None
            and after.timex.type == "SET"
            and _AT_TIMES.fullmatch(text, mention.end, after.start) is not None
            and not (mention.text.endswith(".") and after.text[:1].isupper())  # a sentence's end
        )
        if (
            at_recurrence
            and clock is not None
            and mention.timex.type == "TIME"
            and is_clock_only(mention.text, mention.timex)
        ):
            timex = Timex("TIME", f"XXXX-XX-XX{clock.group(1)}", mention.timex.mod)
            mention = attrs.evolve(mention, timex=timex, span=None)
            recurring = True
        else:
            recurring = mention.timex.type == "SET"
        out.append(mention)
    return out
