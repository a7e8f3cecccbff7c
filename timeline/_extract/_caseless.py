"""Case-insensitive patterns that run in lower case where they can.

With re.IGNORECASE the engine folds the case of every character it compares and cannot skip an
alternative by its first letter, so a pattern of many words runs several times slower than the
same pattern matched with case. In ASCII text folding case is lower-casing, one character for
one: the text put in lower case and the pattern with its letters in lower case, matched with
case, give the same answer. :class:`Caseless` does that for ASCII text and matches as written
otherwise. It answers only whether the pattern is found (its groups would be in lower case).
"""

from __future__ import annotations

import re

__all__ = ["Caseless"]

# A letter that is no escape's ("\W", "\S", "\b" keep their case).
_LETTER = re.compile(r"\\.|[A-Z]")


def _folded(pattern: str) -> str:
    """``pattern`` with its upper-case letters in lower case, escapes untouched."""
    if "(?-i" in pattern or "\\N" in pattern:
        raise ValueError(f"Caseless takes no case-sensitive part nor named character: {pattern!r}")
    return _LETTER.sub(_lower_letter, pattern)


def _lower_letter(found: re.Match[str]) -> str:
    letter = found.group()
    return letter if letter.startswith("\\") else letter.lower()


class Caseless:
    """A pattern matched in any case (``re.IGNORECASE``), answering whether it matches.

    ``behind`` is how many characters before ``pos`` the pattern reads (its look-behinds, a
    ``\\b`` at its start): only those are put in lower case with ``text[pos:endpos]``, so give
    ``endpos`` when the text is long.
    """

    def __init__(self, pattern: str, *, behind: int = 1) -> None:
        self.pattern = re.compile(pattern, re.IGNORECASE)
        self._folded = re.compile(_folded(pattern))
        self._behind = behind

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether the pattern is found in ``text[pos:endpos]``."""
        if pos == 0 and endpos is None:  # a phrase (the most frequent use: kept short)
            if text.isascii():
                return self._folded.search(text.lower()) is not None
            return self.pattern.search(text) is not None
        end = len(text) if endpos is None else min(endpos, len(text))
        start = max(0, pos - self._behind)
        window = text[start:end]
        if window.isascii():
            return self._folded.search(window.lower(), pos - start) is not None
        return self.pattern.search(text, pos, end) is not None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether the pattern matches at ``pos`` (in ``text[:endpos]``)."""
        end = len(text) if endpos is None else min(endpos, len(text))
        start = max(0, pos - self._behind)
        window = text[start:end]
        if window.isascii():
            return self._folded.match(window.lower(), pos - start) is not None
        return self.pattern.match(text, pos, end) is not None
