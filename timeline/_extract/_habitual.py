"""Months told as a habit: "requests sent in November routinely received answers in February",
"the council usually meets in March". A month in a clause that says what happens as a rule
names no particular year: TIMEX3 leaves it open (``XXXX-11``). (Clock times of a recurrence are
:mod:`._recurring`'s.)"""

from __future__ import annotations

import re

import attrs

from timeline._extract._mention import Mention
from timeline._extract._words import MONTH
from timeline._timex import Timex

__all__ = ["habitual_months", "in_habit"]

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
    # the years told of as a kind: "some years the rains come in December" (not "some years
    # ago", "for some years")
    "some years",
    "most years",
)
_SOME_YEARS = (
    r"(?<!for\s)(?:some|most)\s+years(?!\s+(?:ago|later|earlier|before|after|back)\b|['’])"
)
_HABIT = re.compile(
    r"\b(?:"
    + "|".join(
        r"tend(?:s|ed)?\s+to"
        if word == "tend"
        else _SOME_YEARS
        if word == "some years"
        else word.replace(" ", r"\s+")
        for word in _HABIT_WORDS
        if word != "most years"
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
# A segment that only narrows the time of the clause before its comma, with no verb of its own:
# "..., mostly from late July", "..., usually in March", "..., especially in [early June]".
_PART_OF_MONTH = r"(?:(?:early|mid|late)[\s-]+)?"
_ELABORATING = re.compile(
    r"\s*(?:(?:mostly|mainly|largely|chiefly|especially|particularly|usually|typically|often|"
    r"generally|normally)\s+)?(?:in|from|between|during|by|until|through)\s+"
    rf"{_PART_OF_MONTH}(?:{MONTH}\.?\s+(?:and|or|to|through|until|till)\s+{_PART_OF_MONTH})?",
    re.IGNORECASE,
)
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
        if _FRONTED_HABIT.fullmatch(text, before, ends[-1].start()) or _ELABORATING.fullmatch(
            text, start, mention.start
        ):
            # "As a rule, the council meets in March"; "bats are killed annually, mostly from
            # late July through October": the words after the comma go on with the clause
            start = before
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
