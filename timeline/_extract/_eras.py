"""Years told with their era ("44 BC", "AD 79", "the 5th century BC"): the abbreviations, and
the rule for the bare number that opens a stretch of years whose end tells the era ("between
300 and 200 BC", "from 200 to 300 AD"). :mod:`._extra` finds these years; :mod:`._filters`
keeps the grammar's reading of the opening number."""

from __future__ import annotations

__all__ = ["AD", "BC", "ERA", "opens_era_range"]

#: Before the common era: "BC", "B.C.", "BCE", "B.C.E.".
BC = r"(?:BCE|B\.\s?C\.(?:\s?E\.)?|BC)"
#: The common era: "AD", "A.D.", "CE", "C.E.".
AD = r"(?:AD|A\.\s?D\.|CE|C\.\s?E\.)"
#: Either era.
ERA = rf"(?:{BC}|{AD})"


def opens_era_range(number: int, end: int, *, bc: bool, lead: bool, joint: str) -> bool:
    """Whether ``number`` opens a stretch of years ending at ``end``, told with its era: with
    ``lead`` ("between", "from") before it or a dash for ``joint`` ("300-250 BC"), counted down
    before the era and up after it ("from 1200 to 1150 BC", "from 200 to 300 AD")."""
    if not lead and joint not in ("-", "–"):
        return False
    return number > end if bc else number < end
