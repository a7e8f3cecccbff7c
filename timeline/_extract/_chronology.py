"""Chronologies: lines headed by a year ("2001 - Construction begins in the spring.", "2014:
company registered") or by another date with its year written ("Q3 2004 - ", "March 2001: "),
or lines under a year standing alone on its own line. Such entries are
written in the present of a list ("begins", "meets", "expires"), and a date without a year in
one ("in the spring", "14 March", "the end of the year") is in the heading's year, not the
report's; a month that heads an entry ("April: the memorandum expires") is a date there, where
elsewhere "April:" may be a speaker's name."""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from timeline._extract._mention import Mention
from timeline._extract._phrases import STORY_PERIOD, follows_story, is_yearless
from timeline._extract._words import MONTH_FULL, WEEKDAY
from timeline._span import TimeSpan

__all__ = ["lines_open_with", "month_headings", "place_in_heading_days", "place_in_heading_years"]


def lines_open_with(pattern: str) -> Callable[[str], bool]:
    """A test of whether some line of a text opens with ``pattern``. It looks only where a line
    starts, after a line break (a pattern anchored with ``^`` in MULTILINE mode is tried at
    every character, some 15 times slower on a report): a guard before a line-anchored search."""
    first, later = re.compile(pattern), re.compile(rf"\n(?:{pattern})")

    def opens(text: str) -> bool:
        return first.match(text) is not None or later.search(text) is not None

    return opens


# A year opening its line, then a dash, a colon or a tab: "1998 - ", "2001: ", "2012 — ". A
# range of years ("2004-2006 - Talks stall") names no one year for the entry.
_YEAR_HEAD = re.compile(
    r"^[^\S\n]*(?:[-•*][^\S\n]*)?(?P<year>1[5-9]\d\d|20\d\d)"
    r"(?:[^\S\n]*[-–—:][^\S\n]+|[^\S\n]*[–—:][^\S\n]*(?=[A-Za-z0-9])|\t+)"
    r"(?!(?:1[5-9]|20)\d\d\b)",  # ("2019 - 2020 season", "2004–2006": a range of years)
    re.MULTILINE,
)
# A year alone on its line (perhaps with a colon): it heads the lines after it.
_YEAR_LINE = re.compile(r"^[^\S\n]*(?P<year>1[5-9]\d\d|20\d\d)[^\S\n]*:?[^\S\n]*$", re.MULTILINE)
# What both open with: a year, perhaps after a bullet.
_YEAR_OPENS_A_LINE = lines_open_with(r"[^\S\n]*(?:[-•*][^\S\n]*)?(?:1[5-9]|20)\d\d")
# A month heading an entry: at the start of the entry or after the end of a sentence in it.
_MONTH_HEAD = re.compile(rf"(?:^|(?<=[.;!?]\s)|(?<=[.;!?]\s\s))(?P<month>{MONTH_FULL}):\s")


def _entries(text: str) -> list[tuple[int, int, int, int]]:
    """The entries under a year: (heading year, where its text starts, where it ends, where
    its heading year is written)."""
    entries: list[tuple[int, int, int, int]] = []
    if "\n" not in text or not _YEAR_OPENS_A_LINE(text):
        return entries
    section: tuple[int, int] | None = None  # the year alone on a line above, and where
    position = 0
    for line in text.splitlines(keepends=True):
        start, end = position, position + len(line.rstrip("\r\n"))
        position += len(line)
        alone = _YEAR_LINE.match(text, start, end)
        if alone is not None:
            section = int(alone["year"]), alone.start("year")
            continue
        if start == end:
            section = None  # a blank line ends the section
            continue
        headed = _YEAR_HEAD.match(text, start, end)
        if headed is not None:
            section = None
            entries.append((int(headed["year"]), headed.end(), end, headed.start("year")))
        elif section is not None:
            entries.append((section[0], start, end, section[1]))
    return entries


def month_headings(text: str) -> list[tuple[int, int]]:
    """The extents of months that head an entry under a year ("2021 - April: the memorandum
    expires", "June: severe drought" in a line so headed)."""
    if ":" not in text:
        return []
    found: list[tuple[int, int]] = []
    for _, start, end, _ in _entries(text):
        for match in _MONTH_HEAD.finditer(text[start:end]):
            found.append((start + match.start("month"), start + match.end("month")))
    return found


_DATE_GRAINS = frozenset({"day", "part_of_day", "hour", "minute", "second"})
# A date with its year written, as a chronology heads an entry with it: "Q3 2004", "Mid-2010",
# "The second quarter of 2020", "12 Jan. 2007".
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_ENTRY_OPENING = re.compile(r"[^\S\n]*(?:[-•*][^\S\n]*)?")
_YEAR_THEN_MARK = re.compile(r"(?:1[5-9]|20)\d\d[^\S\n]*(?:[-–—:]|\t)")


def _dated_entries(text: str, mentions: list[Mention]) -> list[tuple[int, int, int, int]]:
    """The entries of a chronology headed by a date other than a year alone ("March 2001 - ",
    "The second quarter of 2020 - ", "Q3 2004: "): a mention with its year written that opens
    its line and is followed by a dash, a colon or a tab. As :func:`_entries` gives them."""
    entries: list[tuple[int, int, int, int]] = []
    if "\n" not in text or _YEAR_THEN_MARK.search(text) is None:
        return entries  # (no year before a dash, colon or tab: no such heading, looked at once)
    for mention in mentions:
        if (
            _ENTRY_MARK.match(text, mention.end) is None
            or mention.span is None
            or mention.timex.type != "DATE"
            or not mention.timex.value[:4].isdigit()
            or mention.text.isdigit()  # a year alone: _entries has it
        ):
            continue
        line_start = _line_start(text, mention.start)
        if line_start is None or _ENTRY_OPENING.fullmatch(text, line_start, mention.start) is None:
            continue
        written = _WRITTEN_YEAR.search(mention.text)
        if written is None or not mention.timex.value.startswith(written.group()):
            continue
        line_end = text.find("\n", mention.end)  # (once per entry: the entries do not overlap)
        end = len(text) if line_end < 0 else line_end
        entries.append((int(written.group()), mention.end, end, mention.start))
    return entries


def place_in_heading_years(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
) -> list[Mention]:
    """The mentions, with the dates without a year in an entry under a year put in that year,
    and what counts from them ("14 March: a clash ... two days later") counted again."""
    entries = _entries(text)
    dated = _dated_entries(text, mentions)
    if dated:
        entries = sorted(entries + dated, key=lambda entry: entry[1])
    if not entries:
        return mentions
    out = list(mentions)
    by_start = {m.start: m for m in mentions}
    index = 0
    for year, start, end, written in entries:
        while index < len(out) and out[index].start < start:
            index += 1
        heading = by_start.get(written)
        if (
            heading is None
            or heading.span is None
            or (heading.text != str(year) and not heading.timex.value.startswith(str(year)))
        ):
            continue  # the heading was not read as a year ("1130: depot hit" in a log)
        last: TimeSpan | None = None  # the last day placed in this entry
        while index < len(out) and out[index].start < end:
            mention = out[index]
            index += 1
            phrase, span = mention.text, mention.span
            if span is None or mention.timex.value.startswith(str(year)):
                if span is not None and span.granularity in _DATE_GRAINS:
                    last = span
                continue
            if is_yearless(phrase) or STORY_PERIOD.search(phrase):
                placed = resolve(phrase, heading.span)
                if placed is None or not placed.timex.value.startswith(str(year)):
                    continue
            elif last is not None and follows_story(phrase):
                placed = resolve(phrase, last)
                if placed is None:
                    continue
            else:
                continue
            out[index - 1] = attrs.evolve(mention, timex=placed.timex, span=placed)
            if placed.granularity in _DATE_GRAINS:
                last = placed
    return out


# A day standing alone on its line as a log's heading: "Saturday 6 July", "Monday, 8 July
# 2024", "6 July:", "July 6, 2024".
_DAY_LINE = re.compile(
    rf"^[^\S\n]*(?:{WEEKDAY},?[^\S\n]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+{MONTH_FULL}|"
    rf"{MONTH_FULL}[^\S\n]+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?[^\S\n]+\d{{4}})?[^\S\n]*:?[^\S\n]*$",
    re.MULTILINE,
)
# How it opens: a weekday, or a day's number and month either way round.
_DAY_OPENS_A_LINE = lines_open_with(
    rf"[^\S\n]*(?:{WEEKDAY}|\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+{MONTH_FULL}|{MONTH_FULL}[^\S\n]+\d)"
)
_PART_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)")
_ENTRY_MARK = re.compile(r"[^\S\n]*(?:[-–—:]|\t)")


def place_in_heading_days(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
) -> list[Mention]:
    """The mentions, with a part of the day that opens an entry of a log under a day's heading
    ("Saturday 6 July" ... "Late evening - Disorder near the junction") on that day, whatever
    day the entry before it named ("released on bail until 3 August")."""
    if "\n" not in text or not _DAY_OPENS_A_LINE(text) or _DAY_LINE.search(text) is None:
        return mentions
    out: list[Mention] = []
    heading: Mention | None = None
    seen = 0  # how far the text has been looked at for a blank line
    for mention in mentions:
        line_start = _line_start(text, mention.start)
        opens_line = line_start is not None and text[line_start : mention.start].strip() == ""
        if mention.span is not None and opens_line and _heads_day(text, line_start, mention.end):
            heading = mention
        elif heading is not None and "\n\n" in text[max(heading.end, seen - 1) : mention.start]:
            heading = None  # a blank line ends the day's entries
        elif (
            heading is not None
            and heading.span is not None
            and _PART_VALUE.fullmatch(mention.timex.value)
            and not mention.timex.value.startswith(heading.timex.value)
            and opens_line
            and _ENTRY_MARK.match(text, mention.end) is not None
        ):
            placed = resolve(mention.text, heading.span)
            if placed is not None and placed.timex.value.startswith(heading.timex.value):
                mention = attrs.evolve(mention, timex=placed.timex, span=placed)
        seen = max(seen, mention.start)
        out.append(mention)
    return out


_LINE_REACH = 200  # a heading or an entry's opening is not further than this into its line


def _line_start(text: str, start: int) -> int | None:
    """Where the line holding ``start`` starts, or None if that is more than _LINE_REACH
    characters back (no heading nor entry opens so far into its line; text without line breaks
    stays linear)."""
    low = max(0, start - _LINE_REACH)
    found = text.rfind("\n", low, start)
    return found + 1 if found >= 0 or low == 0 else None


def _heads_day(text: str, line_start: int | None, end: int) -> bool:
    """Whether the line from ``line_start`` through ``end`` is a day's heading standing alone."""
    if line_start is None:
        return False
    line_end = text.find("\n", end, end + _LINE_REACH)
    if line_end < 0:
        if len(text) > end + _LINE_REACH:
            return False  # a line so long is no heading
        line_end = len(text)
    return _DAY_LINE.match(text, line_start, line_end) is not None
