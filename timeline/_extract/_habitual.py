"""Times told as a habit: "requests sent in November routinely received answers in February",
"the council usually meets in March", "patrols every evening between 6pm and midnight". A month
in a clause that says what happens as a rule names no particular year, a clock time that a
recurrence is at no particular day: TIMEX3 leaves them open (``XXXX-11``,
``XXXX-XX-XXT18:00``)."""

from __future__ import annotations

import re

import attrs

from timeline._extract._mention import Mention
from timeline._extract._phrases import CLOCK_VALUE, is_clock_only
from timeline._extract._words import MONTH
from timeline._timex import Timex

__all__ = ["habitual_clocks", "habitual_months", "in_habit"]

# A month named alone, perhaps abbreviated or with a part of it: "November", "Sept.", "late
# March" (its value says which month: "2015-09").
_BARE_MONTH = re.compile(rf"(?:(?:early|mid|late)[\s-]+)?{MONTH}\.?", re.IGNORECASE)
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
# Words that tell what happens as a rule, not once. ("generally" and "always" tell how sure or
# how constant as often: "is generally expected in March"; "always" stays, held to its clause.)
_HABIT_WORDS = (
    *"routinely usually typically normally customarily habitually invariably".split(),
    *"traditionally ordinarily tend always annually rarely seldom often frequently".split(),
    "sometimes",
    "as a rule",
    "each year",
    "every year",
)
_HABIT = re.compile(
    r"\b(?:"
    + "|".join(
        r"tend(?:s|ed)?\s+to" if word == "tend" else word.replace(" ", r"\s+")
        for word in _HABIT_WORDS
    )
    + r")\b",
    re.IGNORECASE,
)
# Where a clause's segment ends: a sentence's end, a semicolon, a comma (a relative clause or an
# apposition set off is another's: "The minister, who always wears a red tie, resigned in
# March"), a line's end or a quotation's marks ('"... every year," said X, who proposed it in
# early October').
_SEGMENT_END = re.compile(r"[!?;](?:\s|$)|\.(?:\s+(?![a-z])|$)|,|\n|[\"“”]")
_REACH = 160  # characters either side searched for the segment's ends
# A segment that only sets the habit or the month before the clause it belongs to: "As a rule,
# the council meets in March", "In March, the council usually meets".
_FRONTED_HABIT = re.compile(rf"\s*(?:(?:and|but)\s+)?{_HABIT.pattern}\s*", re.IGNORECASE)
_FRONTED_MONTH = re.compile(r"\s*(?:(?:and|but)\s+)?(?:in|by|during|until|from)?\s*", re.I)
_WORD = re.compile(r"[A-Za-z’']+")
_MONTHS_JOINED = re.compile(
    rf"\b(?:and|or|to|through)\s+(?:(?:in|by|until)\s+)?(?=(?:(?:early|mid|late)[\s-]+)?{MONTH})"
)
# Words that put the month in another clause than the habit, or tell it once: a conjunction, a
# relative pronoun, "will".
_OTHER_CLAUSE = frozenset(
    "and but or who whom whose which that as because since when after before while whereas "
    "although though if unless will 'll ’ll".split()
)
# Words of ``_OTHER_CLAUSE`` that are prepositions right before a month ("before December").
_PREPOSITIONS = frozenset("before after since until".split())
# A verb of expecting: the habit is the expecting, the month its one object ("Analysts typically
# expect the deal to close in September").
_EXPECTING = re.compile(r"(?:expect|predict|forecast|anticipat|project)", re.IGNORECASE)
# Past forms that are no participle after a habit's verb: a second verb, told once ("who always
# wears a red tie resigned in March").
_PAST_FORMS = frozenset(
    "was were did went came took made said told left began became fell rose won lost saw sold "
    "bought paid gave ran met sent kept led struck spent found brought stood wrote chose drove "
    "flew grew knew broke spoke".split()
)
_AUXILIARIES = frozenset("is are was were be been being has have had get gets got".split())
_NEAR = 8  # words at most between a habit's word and its month
_PAIRED = re.compile(r"\s*(?:,\s*)?(?:and|or|to|through|until|till|[-–—])\s*", re.IGNORECASE)


def habitual_months(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a month named alone ("November", "late March") in a clause that tells
    a habit as a date of no particular year (``XXXX-11``, no span)."""
    if not any(_is_bare_month(m) for m in mentions):
        return mentions
    lowered = text.lower()
    if not any(word in lowered for word in _HABIT_WORDS):
        return mentions  # (the words looked for first: the pattern is slow to search a text)
    out: list[Mention] = []
    for mention in mentions:
        if (
            _is_bare_month(mention)
            and not (
                out
                and _PAIRED.fullmatch(text, out[-1].end, mention.start)
                and not out[-1].timex.value.startswith("XXXX")
            )
            and in_habit(text, mention)
        ):  # (not "between December 2019 and [early January]": the end of a dated range)
            timex = Timex("DATE", f"XXXX{mention.timex.value[4:7]}", mention.timex.mod)
            mention = attrs.evolve(mention, timex=timex, span=None)
        out.append(mention)
    return out


def _is_bare_month(mention: Mention) -> bool:
    return (
        mention.timex.type == "DATE"
        and _MONTH_VALUE.fullmatch(mention.timex.value) is not None
        and _BARE_MONTH.fullmatch(mention.text) is not None
    )


def in_habit(text: str, mention: Mention) -> bool:
    """Whether a word of habit is in the segment of the clause of ``mention`` and governs it:
    near it, with no other clause's verb, no "will" and no verb of expecting between."""
    low = max(0, mention.start - _REACH)
    ends = list(_SEGMENT_END.finditer(text, low, mention.start))
    start = ends[-1].end() if ends else low
    if ends and text[ends[-1].start()] == ",":
        before = ends[-2].end() if len(ends) >= 2 else low
        if _FRONTED_HABIT.fullmatch(text, before, ends[-1].start()):
            start = before  # "As a rule, the council meets in March"
    high = min(len(text), mention.end + _REACH)
    after = _SEGMENT_END.search(text, mention.end, high)
    end = after.start() if after is not None else high
    if (
        after is not None
        and text[after.start()] == ","
        and _FRONTED_MONTH.fullmatch(text, start, mention.start)
    ):  # "In March, the council usually meets"
        following = _SEGMENT_END.search(text, after.end(), high)
        end = following.start() if following is not None else high
    for habit in _HABIT.finditer(text, start, end):
        if habit.end() <= mention.start:
            between = _words(text, habit.end(), mention.start)
            if len(between) <= _NEAR and _governs(between):
                return True
        elif habit.start() >= mention.end:
            between = _words(text, mention.end, habit.start())
            if len(between) <= _NEAR and not _OTHER_CLAUSE.intersection(between):
                return True
    return False


def _words(text: str, start: int, end: int) -> list[str]:
    """The words between ``start`` and ``end`` (where a month or a habit's word is), lower case,
    without the words that join a list of months ("July and August are always quiet", "meets
    in Sept. and in late March")."""
    blanked = _MONTHS_JOINED.sub(lambda m: " " * len(m.group()), text[start : end + 20])
    return [word.lower() for word in _WORD.findall(blanked[: end - start])]


def _governs(between: list[str]) -> bool:
    """Whether the habit's word before a month governs it, given the ``between`` words: the
    first is the habit's verb ("usually [meets] in"); after it no other clause begins, no
    verb of expecting and no second verb in the past."""
    joining = between[:-1] if between[-1:] and between[-1] in _PREPOSITIONS else between
    if _OTHER_CLAUSE.intersection(joining) or any(_EXPECTING.match(w) for w in between):
        return False  # (but "falls [before] late December": a preposition of the month)
    for index, word in enumerate(between[1:], 1):
        past = word in _PAST_FORMS or (len(word) > 4 and word.endswith("ed"))
        if past and between[index - 1] not in _AUXILIARIES:
            return False  # "who always wears a red tie [resigned] in March"
    return True


# What joins a recurrence to the clock times it is at: "every evening between [6pm] and
# [midnight]", "daily at [9 a.m.]", "every Monday from [10:00] to [12:00]", "at [5 a.m.] every
# day".
_AT_TIMES = re.compile(
    r"\s*,?\s*(?:(?:at|on|between|from|and|to|until|till|through|-|–)\s*)*", re.IGNORECASE
)


def habitual_clocks(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the clock times a recurrence is said to be at ("every evening
    between 6pm and midnight", "on the dock at 5 a.m. every day", "open from 9 a.m. to 5 p.m.
    daily") as times of no particular day (``XXXX-XX-XXT18:00``, no span)."""
    if not any(m.timex.type == "SET" for m in mentions):
        return mentions
    out: list[Mention] = []
    recurring = False  # the last mention is a recurrence or a clock time it is at
    for index, mention in enumerate(mentions):
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        at_recurrence = (recurring and _joined_at(text, out[-1], mention)) or (
            after is not None and after.timex.type == "SET" and _joined_at(text, mention, after)
        )
        if at_recurrence and _is_clock(mention):
            mention = _undated(mention)
            recurring = True
        else:
            recurring = mention.timex.type == "SET"
        out.append(mention)
    for index in range(len(out) - 2, -1, -1):  # the first end of a range whose last is undated
        first, last = out[index], out[index + 1]
        if (
            last.timex.value.startswith("XXXX-XX-XXT")
            and _is_clock(first)
            and _RANGE_GAP.fullmatch(text, first.end, last.start) is not None
        ):
            out[index] = _undated(first)
    return out


# What joins the two ends of a range of clock times: "from [9 a.m.] to [5 p.m.] daily".
_RANGE_GAP = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.IGNORECASE)
# A clock time said as one ("9 p.m.", "18:00", "noon"), not a shift from another ("Two hours
# later", "90 minutes after"): only a clock time is at a recurrence.
_CLOCK_WORDS = re.compile(r"\d|\b(?:noon|midnight|midday)\b", re.IGNORECASE)
_SHIFT_WORDS = re.compile(r"\b(?:hours?|minutes?|seconds?|later|earlier|ago)\b", re.IGNORECASE)


def _is_clock(mention: Mention) -> bool:
    return (
        CLOCK_VALUE.fullmatch(mention.timex.value) is not None
        and is_clock_only(mention.text, mention.timex)
        and _CLOCK_WORDS.search(mention.text) is not None
        and _SHIFT_WORDS.search(mention.text) is None
    )


def _joined_at(text: str, first: Mention, second: Mention) -> bool:
    """Whether ``first`` and ``second`` are a recurrence and a clock time it is at, in either
    order, in one sentence."""
    return _AT_TIMES.fullmatch(text, first.end, second.start) is not None and not (
        first.text.endswith(".") and second.text[:1].isupper()  # a sentence's end between
    )


def _undated(mention: Mention) -> Mention:
    """A clock time of no particular day: ``XXXX-XX-XXT21:00``."""
    clock = CLOCK_VALUE.fullmatch(mention.timex.value)
    assert clock is not None  # (the callers checked _is_clock)
    timex = Timex("TIME", f"XXXX-XX-XX{clock.group(1)}", mention.timex.mod)
    return attrs.evolve(mention, timex=timex, span=None)
