"""Lengths counted on to the report's own time: "Eight years later it has cost £486 million",
"Ten years on, the town has rebuilt its harbour" (the present perfect: the count ends now), and
"Today, some 170 years on, the roads survive" (the length beside "Today", which names the day
itself). Counted from the last time named ("launched in April 2014 with a target date of autumn
2017. Eight years later ...") they would land on a year the report has not reached, or on
another than its own."""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from timeline._extract._mention import Mention
from timeline._span import TimeSpan

__all__ = ["reaching_now"]

# "Eight years later", "some 170 years on", "two decades later" (a count of a unit of a month
# or more, then "later" or "on")
_COUNTED_ON = re.compile(
    r"(?i:(?P<length>(?:(?:about|some|nearly|almost|roughly|around|more\s+than|over)\s+)?"
    r"[\w,.-]+\s+(?P<unit>months?|years?|decades?|centur(?:y|ies)))\s+(?:later|on))"
)
# The present perfect in the clause after it: "it has cost", "they have not".
_PRESENT_PERFECT = re.compile(r"\b(?i:has|have)(?:n['’]t|\s+not)?\s+(?!to\b)[a-z]+")
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)")
# A relative clause before the verb: its present perfect is not the main clause's ("a rival
# that has since closed bought it", "the company, which has grown since, moved").
_RELATIVE = re.compile(r"\b(?i:that|which|who|whom|whose|where)\b")
# A year in apposition says which year the count reaches: "Six years later, in 2014, ...".
_APPOSED_YEAR = re.compile(r"\s*,?\s*(?:(?i:in)\s+)?\d{4}\b")
_NOW_BEFORE = re.compile(r"\b(?i:today|now)\s*,\s*$")
_THIS = {
    "month": "this month",
    "months": "this month",
    "year": "this year",
    "years": "this year",
    "decade": "this year",
    "decades": "this year",
    "century": "this year",
    "centuries": "this year",
}


def reaching_now(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
) -> list[Mention]:
    """The mentions, with a length counted on to the report's time valued as that time (or,
    beside "Today,", as the length)."""
    out: list[Mention] = []
    for mention in mentions:
        counted = _COUNTED_ON.fullmatch(mention.text)
        if counted is not None and mention.timex.type == "DATE":
            if _NOW_BEFORE.search(text, max(0, mention.start - 12), mention.start):
                length = resolve(counted["length"], None)
                if length is not None and length.timex.type == "DURATION":
                    mention = attrs.evolve(mention, timex=length.timex, span=None)
            elif _reaches_now(text, mention.end):
                now = resolve(_THIS[counted["unit"].lower()], None)
                if now is not None:
                    mention = attrs.evolve(mention, timex=now.timex, span=now)
        out.append(mention)
    return out


def _reaches_now(text: str, end: int) -> bool:
    """Whether the clause after a count ending at ``end`` has the present perfect for its main
    verb, with no year in apposition to the count."""
    if _APPOSED_YEAR.match(text, end):
        return False
    perfect = _PRESENT_PERFECT.search(text, end, _clause_end(text, end))
    return perfect is not None and _RELATIVE.search(text, end, perfect.start()) is None


def _clause_end(text: str, start: int) -> int:
    found = _CLAUSE_END.search(text, start, start + 200)
    return found.start() if found is not None else min(len(text), start + 200)
