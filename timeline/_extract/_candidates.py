"""Candidates: where the grammar and extraction's own patterns see temporal expressions.

The resolver's :func:`scan` reads only the sentences that hold a number or a temporal word; its
compound extents are cut into TimeML's expressions at connectives; extents are trimmed to TimeML's
conventions and false dates dropped; recurrences, vague expressions and years used as modifiers
are added. Where two candidates overlap, the longer wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from importlib import import_module
from typing import Any

import attrs

from timeline._extract._chronology import month_headings
from timeline._extract._context import Sentences
from timeline._extract._extra import Special, find_special
from timeline._extract._filters import bare_halves, is_false_date, modifier_years, trim_extent
from timeline._extract._words import WEEKDAY
from timeline._span import TimeSpan
from timeline._timex import Timex

__all__ = ["Candidate", "Grammar", "candidates", "grammar_entries", "resolver", "safe_scan"]

Scan = Callable[[str], list[tuple[int, int]]]


@attrs.frozen
class Candidate:
    """A stretch of text that may be a temporal expression, before it is resolved."""

    start: int
    end: int
    special: Timex | None  # the TIMEX3 when extraction recognised it itself
    role: str = ""  # "period" / "year_before": refers to the period under discussion
    quarter: int | None = None
    parsed: object = attrs.field(default=None, eq=False, repr=False)  # what scan read here


@attrs.frozen
class Grammar:
    """The resolver's entry points extraction uses (imported on first use)."""

    scan: Scan
    resolve_in_context: Callable[..., TimeSpan]
    scan_found: Callable[[str], list[Any]]  # the resolver's Found: start, end, text, node
    resolve_found: Callable[..., TimeSpan]  # values a Found without parsing it again
    document_reading: Callable[..., Any]  # a Reading: one document's anchor, checked once


def resolver() -> tuple[Scan, Callable[..., TimeSpan]]:
    """The resolver's ``scan`` and ``resolve_in_context`` (imported on first use)."""
    grammar = grammar_entries()
    return grammar.scan, grammar.resolve_in_context


@cache
def grammar_entries() -> Grammar:
    """The resolver's scanning and resolving functions (imported on first use)."""
    module = import_module("timeline._resolve")
    return Grammar(
        module.scan,
        module.resolve_in_context,
        module.scan_found,
        module.resolve_found,
        module.document_reading,
    )


def candidates(text: str, grammar: Grammar, sentences: Sentences) -> list[Candidate]:
    """Non-overlapping candidates in text order; where two overlap the longer wins.

    A candidate whose extent is one the grammar found whole keeps what the grammar read
    (``parsed``), so resolving it needs no second parse.
    """
    scan = grammar.scan
    found: list[Candidate] = []
    for whole_start, whole_end, parsed in _split_at_sentences(
        text, _scan_regions(text, grammar, sentences), sentences
    ):
        for start, end in _atoms(text, whole_start, whole_end, scan):
            start, end = trim_extent(text, start, end)
            if start < end and not is_false_date(text, start, end):
                same = (start, end) == (whole_start, whole_end)
                found.append(Candidate(start, end, None, parsed=parsed if same else None))
    found.extend(Candidate(start, end, None) for start, end in modifier_years(text))
    found.extend(Candidate(start, end, None) for start, end in bare_halves(text))
    found.extend(Candidate(start, end, None) for start, end in month_headings(text))
    special: Iterator[Special] = find_special(text)
    found.extend(
        Candidate(s.start, s.end, s.timex, s.role, s.quarter)
        for s in special
        if not is_false_date(text, s.start, s.end)
    )
    found.sort(key=lambda c: (c.start, -(c.end - c.start), c.special is None))
    chosen: list[Candidate] = []
    for candidate in found:
        if chosen and candidate.start < chosen[-1].end:
            last = chosen[-1]
            longer = candidate.end - candidate.start > last.end - last.start
            # "at least five days a week": the rate ("five days a week", SET) outruns the
            # hedged count ("at least five days") it overlaps, though it is shorter
            rate = (
                candidate.special is not None
                and candidate.special.type == "SET"
                and last.special is None
                and candidate.start < last.end
            )
            if (longer or rate) and candidate.end > last.end:
                chosen[-1] = candidate
            continue
        chosen.append(candidate)
    return chosen


# Every expression holds a number or one of these words; sentences without any are not scanned.
# (Counts such as "two" or "first" come with a unit or a name that is listed.)
_TEMPORAL_WORDS = (
    "january february march april june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday second seconds minute minutes "
    "hour hours day days week weeks fortnight fortnights month months quarter quarters half "
    "year years decade decades century centuries weekend weekends spring summer autumn fall "
    "winter hourly daily nightly weekly fortnightly monthly quarterly yearly annually annual "
    "now currently presently nowadays today tonight tomorrow yesterday eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thousand twenties thirties "
    "forties fifties sixties seventies eighties nineties recently recent lately formerly "
    "previously soon ago earlier later noon midnight midday morning mornings afternoon "
    "afternoons evening evenings night nights overnight dawn daybreak sunrise dusk sunset "
    "nightfall daytime future past christmas thanksgiving easter eve holiday holidays ramadan "
    "fiscal weekday weekdays current hourlong daylong weeklong monthlong yearlong decadelong "
    "clock midweek"
).split()
# Names that are dates only when capitalised ("may" is a verb, "sun" a star).
_CAPITALISED_WORDS = (
    "may jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri "
    "sat sun q"
).split()


# A number that is no sum or share ("$22.5", "1.2%", "40 million" hold no time).
# (The look-behind comes after the first digit, so it is tried at digits only.)
_NOT_AMOUNT = (
    r"(?<![\d.,$#£€¥]\d)[\d,.]*"
    r"(?![\d,.]*\s*(?:%|percent\b|million\b|billion\b|trillion\b|cents\b))"
)


# The temporal words as they are written: lower case, capitalised or in capitals.
_ANCHOR_WORDS = frozenset(
    [form for w in _TEMPORAL_WORDS for form in (w, w.capitalize(), w.upper())]
    + [form for w in _CAPITALISED_WORDS for form in (w.capitalize(), w.upper())]
)


def _anchor_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A number or a temporal word; the same found from the character before it; and a number
    alone."""
    from timeline._extract._extra import _trie

    # The look-ahead at the letters the words start with fails fast at the others.
    firsts = "".join(sorted({word[0] for word in _ANCHOR_WORDS}))
    # "c.1560": the year after "circa" is glued to its dot, which hides it from the number
    circa = r"\b[Cc]a?\.(?=\d)"
    word = rf"\b(?=[{firsts}]){_trie(sorted(_ANCHOR_WORDS))}\b"
    anchor = re.compile(rf"\d{_NOT_AMOUNT}|{circa}|{word}")
    # Searched for, the pattern above is tried at every character. Found from the character
    # before, a digit or the non-letter before a word, it starts with one character class,
    # and the engine skips the letters in between.
    after = re.compile(rf"[^A-Za-z_](?:(?<=\d){_NOT_AMOUNT}|{circa}|{word})")
    number = re.compile(rf"\d{_NOT_AMOUNT}|{circa}")
    return anchor, after, number


_ANCHOR, _ANCHOR_AFTER, _NUMBER = _anchor_patterns()
# Each ASCII character that is no word character (\W) becomes a space, each digit a zero: the
# words of an ASCII text are then the pieces split() gives, and whether it holds a digit is
# one test for b"0".
_WORDS_APART = bytes(
    ord("0") if chr(c).isdigit() else ord(" ") if re.fullmatch(r"\W", chr(c)) else c
    for c in range(256)
)
_ANCHOR_BYTES = frozenset(word.encode() for word in _ANCHOR_WORDS)


def _holds_anchor(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a number or a temporal word (only one at ``start``
    has no character before it in the range).

    A range of ASCII text after white space (a sentence: no word runs into it) has its words
    looked up in a set, and is searched for a number only from its first digit on (a number
    starts there, or "c." or "ca." just before it): the pattern's search tries the temporal
    words at every word, and costs about three times as much."""
    piece = text[start:end]
    if piece.isascii() and (start == 0 or text[start - 1].isspace()):
        plain = piece.encode().translate(_WORDS_APART)
        if not _ANCHOR_BYTES.isdisjoint(plain.split()):
            return True
        digit = plain.find(b"0")
        return digit >= 0 and _NUMBER.search(text, max(start, start + digit - 3), end) is not None
    return (
        _ANCHOR.match(text, start, end) is not None
        or _ANCHOR_AFTER.search(text, start, end) is not None
    )


# A clock time said with no temporal word: "at ten to one" (tried only where _ANCHOR fails).
_SPOKEN_CLOCK = re.compile(
    r"\b(?:at|by|until|till|around|about|before|after|from)\s+(?:five|ten)\s+to\s+(?:one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)\b",
    re.IGNORECASE,
)


Extent = tuple[int, int, object]  # start, end, what the grammar read there (or None)


def _spoken_clock(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says a clock time in words alone ("at ten to one")."""
    piece = text[start:end]
    if not any(word in piece for word in ("ten", "Ten", "five", "Five")):  # cheap first
        return False
    if piece.isascii():  # then the words the pattern needs between white space, in a set
        words = set(piece.lower().split())
        if "to" not in words or words.isdisjoint(("five", "ten")):
            return False
    return _SPOKEN_CLOCK.search(text, start, end) is not None


def _scan_regions(text: str, grammar: Grammar, sentences: Sentences) -> list[Extent]:
    """The grammar's extents, scanning only the runs of sentences that hold a temporal word or
    a number (a sentence with neither holds no expression, and needs no parsing)."""
    extents: list[Extent] = []
    region: tuple[int, int] | None = None
    for number in range(len(sentences)):
        start, end = sentences.bounds(number)
        if not _holds_anchor(text, start, end) and not _spoken_clock(text, start, end):
            continue
        if region is not None and region[1] == start:
            region = (region[0], end)
            continue
        if region is not None:
            extents.extend(_scan_region(text, region, grammar))
        region = (start, end)
    if region is not None:
        extents.extend(_scan_region(text, region, grammar))
    return extents


def _split_at_sentences(text: str, extents: list[Extent], sentences: Sentences) -> list[Extent]:
    """The grammar's extents, cut where a line break ends a sentence inside one: a
    chronology's date line and the clock that opens the next entry ("4 August 2020\n17:55 -
    fire reported") are two expressions. A stop inside a line does not cut ("Sat. May 9" is
    one date, though a sentence may end after "Sat.")."""
    cut: list[Extent] = []
    for start, end, parsed in extents:
        first, last = sentences.index(start), sentences.index(end - 1)
        breaks = [
            at
            for at in (sentences.bounds(number)[0] for number in range(first + 1, last + 1))
            if text[at - 1] == "\n"
        ]
        if not breaks:
            cut.append((start, end, parsed))
            continue
        piece_start = start
        for piece_end in [*breaks, end]:
            at = piece_end
            while piece_end > piece_start and text[piece_end - 1].isspace():
                piece_end -= 1
            if piece_start < piece_end:
                cut.append((piece_start, piece_end, None))
            piece_start = at
    return cut


def _scan_region(text: str, region: tuple[int, int], grammar: Grammar) -> list[Extent]:
    by = region[0]
    piece = text[region[0] : region[1]]
    try:
        return [(f.start + by, f.end + by, f) for f in grammar.scan_found(piece)]
    except Exception:  # noqa: BLE001 - a failure of the grammar is confined to its piece
        return [(start + by, end + by, None) for start, end in safe_scan(piece, grammar.scan)]


_CHUNK = 2000
_PIECE_END = re.compile(r"\s")


def safe_scan(text: str, scan: Scan) -> list[tuple[int, int]]:
    """The grammar's extents; where it fails on some stretch of text, the rest still counts."""
    try:
        return list(scan(text))
    except Exception:  # noqa: BLE001 - a failure of the grammar is confined to its piece
        pass
    extents: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        cut = _PIECE_END.search(text, start + _CHUNK, start + 2 * _CHUNK)
        end = min(len(text), start + 2 * _CHUNK) if cut is None else cut.end()
        try:
            extents.extend((start + a, start + b) for a, b in scan(text[start:end]))
        except Exception:  # noqa: BLE001, S112
            pass
        start = end
    return extents


# TimeML keeps apart what a connective joins: "[ten days] in [mid-September]", "[1:00 a.m.] to
# [3:00 a.m.] on [Sept. 28]", "[Sept. 28] and [Oct. 2]"; "the morning of Oct. 2" stays whole.
_CONNECTIVE = re.compile(
    r"\s*(?:[-–—]|\s(?:to|until|till|through|thru|and|or|in|on|at|during|from)\s)\s*|"
    r"(?<=s)\s+of\s+",
    re.IGNORECASE,
)
# "of" joins "the morning of Oct. 2" into one expression, but a counted length before it is
# an expression of its own: "[the first nine months] of [1997]".
_COUNTED_LENGTH = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+"
    r"(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades)$",
    re.IGNORECASE,
)
_MAX_PIECES = 8
_ELLIPSIS_END = re.compile(r"\s+(?:and|or)\s+(?:[1-9]|[12]\d|3[01])", re.IGNORECASE)
_JOINED = re.compile(r"\s+(?:and|or)\s+", re.IGNORECASE)


# "an hour and 45 minutes", "two years and three months": one length in two units.
_UNIT_BEFORE = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|minutes?)$", re.IGNORECASE)
_COUNTED_UNIT_AFTER = re.compile(
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|a\s+half)\s+"
    r"(?:months?|weeks?|days?|hours?|minutes?|seconds?)\b",
    re.IGNORECASE,
)


# "two weeks from now", "a year from today": one date counted from the report.
_FROM_NOW = re.compile(r"\s+from\s+(?:now|today)\b", re.IGNORECASE)


# "[5:30 on Tuesday morning]": a clock time on a weekday's part of the day is one time, read
# whole, as "5:30 Tuesday morning" is (the part tells the clock's half of the day: "9:15 on
# Friday evening" is 21:15); not the end of a range ("from 5 to [7 p.m.] on [Tuesday evening]").
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\b\.?)?|noon|midnight", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"(?:[-–—]|\b(?:to|until|till|through|thru|and))\s*\Z", re.IGNORECASE)
_WEEKDAY_PART = re.compile(rf"(?i:{WEEKDAY})\s+(?i:morning|afternoon|evening|night)\b")


def _clock_on_day_part(text: str, start: int, cut: re.Match[str]) -> bool:
    """Whether an "on" joins a clock time to the weekday and part of the day it is in."""
    return (
        cut.group().strip().lower() == "on"
        and _WEEKDAY_PART.match(text, cut.end()) is not None
        and _CLOCK.fullmatch(text, start, cut.start()) is not None
        and _RANGE_BEFORE.search(text, max(0, start - 10), start) is None
    )


def _joins_lengths(text: str, start: int, cut: re.Match[str]) -> bool:
    """Whether an "and" joins the two units of one length ("an hour and 45 minutes")."""
    return (
        cut.group().strip().lower() == "and"
        and _UNIT_BEFORE.search(text, start, cut.start()) is not None
        and _COUNTED_UNIT_AFTER.match(text, cut.end()) is not None
    )


def _atoms(text: str, start: int, end: int, scan: Scan) -> list[tuple[int, int]]:
    """The TimeML expressions inside one extent of the grammar, split at connectives.

    A piece is split off only where it reads as a whole expression on its own; otherwise it
    stays joined to its neighbour.
    """
    lead = start  # "from [May]": the introducing word helps read the first piece
    start, end = trim_extent(text, start, end)
    cuts = [
        m
        for m in _CONNECTIVE.finditer(text, start, end)
        if start < m.start()
        and m.end() < end
        and (m.group().strip().lower() != "of" or _COUNTED_LENGTH.search(text, start, m.start()))
        and not _joins_lengths(text, start, m)
        and not _FROM_NOW.match(text, m.start())
        and not _clock_on_day_part(text, start, m)
    ]
    if not cuts or len(cuts) > _MAX_PIECES:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for cut in [*cuts, None]:
        piece_end = end if cut is None else cut.start()
        whole = _whole(text, piece_start, piece_end, scan, lead)
        if not whole and pieces and _JOINED.fullmatch(text, pieces[-1][1], piece_start):
            # "October and [April]": a month that only the month before makes a date
            whole = _read_after(text, pieces[-1][0], piece_start, piece_end, scan)
        if whole:
            pieces.append((piece_start, piece_end))
            if cut is not None:
                piece_start, lead = cut.end(), cut.start()
        elif cut is None:
            if not pieces:
                return [(start, end)]
            last = pieces[-1][1]
            if _ELLIPSIS_END.fullmatch(text, last, end) and text[last - 1].isdigit():
                # "between June 15 and [26]": the bare day is the ellipsis's, added with the
                # month of the day before it when the mentions are composed
                return pieces
            pieces[-1] = (pieces[-1][0], end)
    return pieces if len(pieces) > 1 else [(start, end)]


def _read_after(text: str, lead: int, start: int, end: int, scan: Scan) -> bool:
    """Whether reading from ``lead`` finds an expression that is exactly ``text[start:end]``."""
    return any(
        lead + a == start and text[lead + b : end].strip(" .,") == ""
        for a, b in safe_scan(text[lead:end], scan)
    )


def _whole(text: str, start: int, end: int, scan: Scan, lead: int) -> bool:
    """Whether ``text[start:end]`` is one expression from end to end.

    It is read with the connective before it (from ``lead``), which may be what makes a word a
    date: "through [August]", "to [March]".
    """
    if end - start < 2:
        return False
    piece = text[start:end]
    extents = [(a + lead - start, b + lead - start) for a, b in safe_scan(text[lead:end], scan)]
    extents = [(max(a, 0), b) for a, b in extents if b > 0]
    if len(extents) != 1:  # or one extraction names itself: "[the first nine months] of [the year]"
        return any(s.start == 0 and s.end == len(piece) for s in find_special(piece))
    a, b = extents[0]
    return a == 0 and piece[b:].strip(" .,") == ""
