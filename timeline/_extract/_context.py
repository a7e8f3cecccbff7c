"""The context a temporal expression sits in: its sentence and that sentence's tense.

Linear-time scans with simple regular expressions (no nested quantifiers), so any text, however
hostile, is read in time proportional to its length.
"""

from __future__ import annotations

import bisect
import re
from typing import Literal

__all__ = ["Tense", "Sentences", "tense_near"]

Tense = Literal["past", "present", "future"]

# A sentence ends at . ! ? (possibly followed by closing quotes or brackets) and white space, or
# at a blank line. Abbreviations such as "Sept." or "a.m." are not ends when a lower-case word or
# a digit follows, which is the usual case inside a sentence.
_END = re.compile(r"""[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z])|\n\s*\n""")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z][a-z]{0,3}|[a-z]\.[a-z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
    r"Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Corp|Inc|Co|Ltd|Jr|Sr|No|vs|U\.S|"
    r"a\.m|p\.m))\.$"
)


class Sentences:
    """The sentence boundaries of a text, and the sentence any offset falls in."""

    def __init__(self, text: str) -> None:
        starts = [0]
        for match in _END.finditer(text):
            head = text[max(0, match.start() - 8) : match.start() + 1]
            if match.group().startswith(".") and _ABBREVIATION.search(head):
                continue
            starts.append(match.end())
        self._starts = starts
        self._length = len(text)

    def __len__(self) -> int:
        return len(self._starts)

    def index(self, offset: int) -> int:
        """The number of the sentence holding ``offset``."""
        return bisect.bisect_right(self._starts, offset) - 1

    def bounds(self, index: int) -> tuple[int, int]:
        """Start and end offsets of sentence ``index``."""
        end = self._starts[index + 1] if index + 1 < len(self._starts) else self._length
        return self._starts[index], end


# Markers of tense, each a word (or two) that shows the verb group's time. Weights are not
# needed: the marker nearest to the expression, inside its clause, decides.
_FUTURE = (
    r"will|won't|wo n't|shall|'ll|’ll|going to|is to|are to|expects? to|plans? to|planned for|"
    r"might|must|should|would|(?-i:may)|can|(?:is|are|was|were) expected to|hopes? to|"
    r"scheduled|slated|set to|due to (?:be|begin|start|open|meet|arrive|take|hold|vote)|"
    r"intends? to|would (?:begin|start)|upcoming|next|forthcoming"
)
_PAST = (
    r"was|were|had|did|didn't|wasn't|weren't|hadn't|said|told|went|came|took|made|met|gave|"
    r"began|left|held|got|saw|found|sold|bought|fell|rose|won|lost|ago|earlier|last|"
    r"[a-z]{2,}ed"
)
_PRESENT = r"is|are|am|isn't|aren't|has|have|hasn't|haven't|does|do|says|now|currently"
_MARKER = re.compile(
    rf"\b(?:(?P<future>{_FUTURE})|(?P<past>{_PAST})|(?P<present>{_PRESENT}))\b", re.IGNORECASE
)
# Words ending in -ed that are rarely past-tense verbs.
_NOT_PAST = frozenset(
    {
        "need",
        "speed",
        "seed",
        "feed",
        "deed",
        "bed",
        "red",
        "shed",
        "hundred",
        "indeed",
        "united",
        "limited",
        "expected",
        "proposed",
        "scheduled",
        "planned",
        "detailed",
        "based",
        "related",
        "so-called",
        "called",
        "reed",
        "breed",
        "weed",
        "creed",
        "wed",
        "fed",
    }
)
_CLAUSE = re.compile(r"[;:“”\"]|,\s+(?:but|and|while|whereas|although|though)\b")


def tense_near(text: str, bounds: tuple[int, int], start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]`` inside the sentence ``bounds``.

    The nearest tense marker in the same clause decides; ``None`` when there is none.
    """
    lo, hi = bounds
    # Narrow to the clause: the last clause break before the expression, the first after it.
    left = text[lo:start]
    breaks = list(_CLAUSE.finditer(left))
    if breaks:
        lo = lo + breaks[-1].end()
    right = _CLAUSE.search(text, end, hi)
    if right is not None:
        hi = right.start()
    best: tuple[int, Tense] | None = None
    for match in _MARKER.finditer(text, lo, hi):
        if start <= match.start() < end:
            continue
        word = match.group().lower()
        kind: Tense
        if match.group("future"):
            kind = "future"
        elif match.group("past"):
            if word in _NOT_PAST:
                continue
            kind = "past"
        else:
            kind = "present"
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best is None or distance < best[0]:
            best = (distance, kind)
    return None if best is None else best[1]
