"""Then and now: "Once, compromise was a virtue; today it is a primary challenge". A sentence
that opens on a time gone by ("Once,", "In the past,", "Years ago,") and turns to "today" sets
two ages side by side: "Once" is the past (TIMEX3 ``PAST_REF``) and "today" the present age
(``PRESENT_REF``), not the report's day."""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from timeline._extract._mention import Mention, overlaps
from timeline._span import TimeSpan

__all__ = ["then_and_now"]

_SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n)|(?<=[\"“]))"
# "Once," opening a sentence: formerly, not one time.
_ONCE = re.compile(
    _SENTENCE_START + r"Once(?=,\s)(?!,\s+(?:in|on|at|when|after)\s)"
)  # not "Once, in 1990,"
# A sentence opening on an age gone by, then turning to the present: "...; today", ", but today".
_THEN = re.compile(
    _SENTENCE_START + r"(?:Once|In\s+the\s+past|Back\s+then|In\s+those\s+days|Formerly|"
    r"(?:Years|Decades|Generations|Centuries)\s+ago|A\s+generation\s+ago),"
)
_TURN = re.compile(r"(?:;|,\s+(?:but|while|whereas))\s+\Z")  # "..., but today"
# "..., but today it fell 3 percent": a verb in the past after it, the report's day
_TOLD_OF_TODAY = re.compile(
    r"\s*,?\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+ed|fell|rose|said|won|lost|was|were|did|made|took|"
    r"came|went|told|began|saw|sold|paid|gave|ran|met|sent|hit|would|announced)\b",
    re.IGNORECASE,
)
_REACH = 300  # characters back searched for the sentence's opening


def then_and_now(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
) -> list[Mention]:
    """The mentions, with a sentence-opening "Once," added as the past and a "today" that
    answers an opening on an age gone by read as the present age."""
    if (
        "Once" not in text
        and "ago," not in text
        and "past," not in text
        and "Back then," not in text
    ):
        return mentions
    out: list[Mention] = []
    for mention in mentions:
        if (
            mention.text.lower() == "today"
            and _answers_then(text, mention.start)
            and not _TOLD_OF_TODAY.match(text, mention.end)
        ):
            now = resolve("nowadays", None)
            if now is not None:
                mention = attrs.evolve(mention, timex=now.timex, span=now)
        out.append(mention)
    added: list[Mention] = []
    answered = [m for m, was in zip(out, mentions, strict=True) if m is not was]
    for found in _ONCE.finditer(text) if answered else ():  # "Once, ...; today ..."
        start, end = found.span()
        if overlaps(mentions, start, end) or not any(
            _in_sentence(text, start, m) for m in answered
        ):
            continue
        past = resolve("formerly", None)
        if past is not None:
            span = attrs.evolve(past, phrase=found.group())
            added.append(Mention(start, end, found.group(), past.timex, span))
    if not added:
        return out
    return sorted([*out, *added], key=lambda m: (m.start, m.end))


def _in_sentence(text: str, start: int, today: Mention) -> bool:
    """Whether the "today" that answers an opening is in the sentence opening at ``start``."""
    return start < today.start and not any(
        mark in text[start : today.start] for mark in (". ", "! ", "? ", "\n")
    )


def _answers_then(text: str, start: int) -> bool:
    if _TURN.search(text, max(0, start - 12), start) is None:
        return False
    low = max(0, start - _REACH)
    last_end = max(text.rfind(". ", low, start), text.rfind("\n", low, start))
    opening = _THEN.search(text, max(low, last_end + 1), start)
    return opening is not None
