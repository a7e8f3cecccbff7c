"""Clock times written the way logs and dispatches write them: the 24-hour "0340 local time",
"at 2200", "1100 hours", "between 1400 and 1600 UTC", the zone said after a clock time, and
clock times said in words ("half past six", "a quarter to five").

A four-digit number is a year far more often than a time: it is read as a clock only with a cue
(a zone, "local time", "hours"/"hrs" after it, or "at"/"by"/"until"/... before it when it cannot
be a year), and :func:`year_expression` leaves such a number to the clock.
"""

from __future__ import annotations

from timeline._resolve import _lexicon as lex
from timeline._resolve._tokens import Stream
from timeline._zones import zone_of_place

__all__ = ["zone_suffix", "military_clock", "spoken_clock", "hhmm"]

_ZONE_ABBREVIATIONS: dict[str, int | str] = {
    "gmt": 0, "utc": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "bst": 60, "cet": 60, "cest": 120,
    "kst": 540, "jst": 540, "wet": 0, "west": 60, "eet": 120, "eest": 180, "msk": 180,
    "ist": 330, "pkt": 300, "ict": 420, "wib": 420, "hkt": 480, "sgt": 480, "pht": 480,
    "awst": 480, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780, "akst": -540,
    "akdt": -480, "hst": -600, "sast": 120, "eat": 180,
    "lt": "",  # "0340 LT": local time, its zone not said
    # AP style names the US zone without saying whether summer time is on: the day decides
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
    "pt": "America/Los_Angeles",
}  # fmt: skip
#: Zones said in words: "8 p.m. Eastern", "9 a.m. Pacific time", "Eastern Daylight Time".
_ZONE_WORDS: dict[tuple[str, ...], int | str] = {
    ("eastern",): "America/New_York", ("central",): "America/Chicago",
    ("mountain",): "America/Denver", ("pacific",): "America/Los_Angeles",
    ("eastern", "standard"): -300, ("eastern", "daylight"): -240,
    ("central", "standard"): -360, ("central", "daylight"): -300,
    ("mountain", "standard"): -420, ("mountain", "daylight"): -360,
    ("pacific", "standard"): -480, ("pacific", "daylight"): -420,
    ("greenwich", "mean"): 0, ("british", "summer"): 60,
    ("central", "european"): "Europe/Paris", ("eastern", "european"): "Europe/Athens",
}  # fmt: skip


def zone_suffix(s: Stream, j: int) -> tuple[int | str | None, int]:
    """A zone after a clock time: an abbreviation ("GMT", "EDT", "ET") as minutes east of
    UTC or a zone name; "Eastern (time)", "Pacific Daylight Time"; a place's time ("Cairo
    time", "New York time") as its IANA zone; "" for a local time given without its zone
    ("local time", or a place that is no known zone's); None for none."""
    word = s.word(j)
    if word == "local" and s.word(j + 1) == "time":
        return "", j + 2
    zone = _ZONE_ABBREVIATIONS.get(word)
    if zone is not None and s.ends[j] - s.starts[j] == len(word):
        text = s.text[s.starts[j] : s.ends[j]]
        if text.isupper():
            if zone == 0 and word != "z" and s.punct(j + 1, "+-") and s.adjacent(j + 1):
                offset = _utc_offset(s, j + 1)  # "UTC+8", "GMT-05:00", "UTC+0530"
                if offset is not None:
                    return offset, j + 3
            return zone, j + 1
    if s.kind(j) != "w" or not s.cap(j):
        return None, j
    for size in (2, 1):
        named = _ZONE_WORDS.get(tuple(s.word(k) for k in range(j, j + size)))
        if named is None:
            continue
        if s.word(j + size) == "time":
            return named, j + size + 1
        if size == 1 and not (s.kind(j + 1) == "w" and s.cap(j + 1)):
            return named, j + 1  # "8 p.m. Eastern on Fox", not "8 p.m. Eastern Europe"
    # a place's time: "2:45 a.m. Cairo time", "11 a.m. New York time", "4 a.m. Kyiv local
    # time": the place's IANA zone; a place that names none keeps the clock as written
    k = j
    while k < j + 3 and s.kind(k) == "w" and s.cap(k) and s.word(k) not in _NOT_PLACES:
        k += 1
    end = k + 1 if s.word(k) == "local" and not s.cap(k) else k
    if k > j and s.word(end) == "time" and not s.cap(end):
        place = zone_of_place(" ".join(s.word(m) for m in range(j, k)))
        return place or "", end + 1
    return None, j


def _utc_offset(s: Stream, j: int) -> int | None:
    """Minutes east of UTC of "+8", "-05:00", "+0530" glued after "UTC" or "GMT" (the sign at
    ``j``), or None."""
    if not s.adjacent(j + 1) or s.adjacent(j + 2):
        return None
    digits = s.norm(j + 1).replace(":", "")
    if not digits.isdigit() or len(digits) not in (1, 2, 4):
        return None
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) == 4 else (int(digits), 0)
    if len(s.norm(j + 1)) == 5 and s.norm(j + 1)[2] != ":" or hours > 14 or minutes > 59:
        return None
    return (hours * 60 + minutes) * (-1 if s.punct(j, "-") else 1)


#: Capitalised words before "time" that name no place.
_NOT_PLACES = frozenset(lex.WEEKDAYS) | frozenset(lex.MONTHS) | {"the", "a", "prime", "local"}


def hhmm(s: Stream, i: int) -> tuple[int, int] | None:
    """Hour and minute of a four-digit 24-hour clock time at ``i`` ("0340", "2200"), written
    as four plain digits with no comma."""
    if s.kind(i) != "n":
        return None
    text = s.norms[i]
    if s.ends[i] - s.starts[i] != 4 or len(text) != 4 or not text.isdigit():
        return None
    hour, minute = int(text[:2]), int(text[2:])
    if hour > 23 or minute > 59:
        return None
    return hour, minute


_HOURS_WORDS = frozenset(["hours", "hrs", "hr"])


def _cue_after(s: Stream, j: int) -> tuple[int | str | None, int] | None:
    """What makes four digits a clock when it follows them: a zone ("GMT", "Z", "local time",
    "LT", "Kyiv time"), or "hours"/"hrs" (then perhaps a zone: "1400 hrs GMT"); the zone
    (``""`` for a local time, None for none said) and the index after, or None."""
    zone, k = zone_suffix(s, j)
    if zone is not None and (
        s.word(j) not in _AMBIGUOUS_AFTER_DIGITS or s.norm(j - 1)[:1] == "0" or _ends_clock(s, k)
    ):
        return zone, k  # not "1500 MT of coal", "1200 CT scanners": counts
    word = s.word(j)
    if word == "h" and s.adjacent(j):
        word = "hours"  # "0340h", as European logs write it
    if word in _HOURS_WORDS and s.word(j + 1) not in _LENGTH_AFTER:
        zone, k = zone_suffix(s, j + 1)
        return zone, k
    return None


def _ends_clock(s: Stream, k: int) -> bool:
    """Whether token ``k`` may follow a clock time: the end, punctuation or a function word
    ("at 1400 ET on Friday", "0930 ET."), not a noun counted ("1500 MT of coal")."""
    if k >= s.n or s.kinds[k] == "p":
        return True
    return s.kinds[k] == "w" and s.word(k) in _FOLLOWERS and not s.caps[k]


#: Zone abbreviations that are also units or names after a bare number ("1500 MT" of coal,
#: "1200 CT" scanners): a clock before them needs another cue.
_AMBIGUOUS_AFTER_DIGITS = frozenset("mt ct pt et eat west ist".split())
#: Words after "N hours" that make it a length ("1500 hours of community work").
_LENGTH_AFTER = frozenset("of a per each later earlier ago long straight before after".split())


#: Words before four digits that make them a clock time when no year can be meant ("until
#: 0615", "By 0400", "from 0400 to 0630", "after 2130").
_CUES_BEFORE = frozenset("by until till til from between before after since".split())
#: Words that join the two clocks of a range ("from 2300 to 0100").
_JOINING = frozenset(["to", "and", "through", "until", "till"])
_APPROXIMATING = frozenset(["around", "about", "approximately", "roughly", "circa", "approx"])
#: Words before "at" or "to" that make the number after it a level, a price or a count
#: ("the index closed at 1500", "unemployment stood at 2100").
_MEASURED_AT = frozenset(
    "closed close closing stood stand stands standing traded trading trade priced valued set "
    "fixed capped pegged estimated put ended finished opened settled peaked bottomed topped "
    "level levels rate rates price prices quoted unchanged high low record aged age rose risen "
    "rise rises fell fallen falls climbed jumped dropped increased decreased grew reached "
    "totalled totaled numbered".split()
)
#: Words that may follow a clock time cued only by the word before it; any other word makes
#: the number a count or a measure ("at 1500 metres", "by 2200 votes").
_FOLLOWERS = frozenset(
    "on and or to until till through when as in at the that this while yesterday today "
    "tomorrow tonight overnight last local daily nightly each every".split()
)
_RANGE_WORDS = frozenset(["and", "to", "until", "till", "through"])
#: Subjects that may open the clause after "at" and a clock ("At 1130 it reached ...").
_SUBJECTS = frozenset("it he she they we there".split())


def _cued_before(s: Stream, i: int, hour: int, minute: int) -> bool:
    """Whether the words before four digits make them a clock.

    "at" does for any ("at 1430", "at around 2200"); "to"/"and" after a clock does ("from 2330
    to 0115"); "by", "until", "from", "between"..., or an approximator opening a phrase given
    alone ("around 2200"), only when no year can be meant: a leading zero ("by 2150" is a year
    in forecasts), or 2101 to 2359 after an approximator ("around 2200"). Not after a level or
    a count ("closed at 1500", "rose to about 2300"), and only before punctuation or a function
    word ("at 1500 metres")."""
    k = i - 1
    if s.word(k) in _APPROXIMATING:
        k -= 1  # "at approximately 1100", "by around 0400"
    cue = s.word(k)
    if s.word(k - 1) in _MEASURED_AT:
        return False
    strong = cue == "at" or (cue in _JOINING and _is_clock_before(s, k - 1))
    if not strong:
        if not (cue in _CUES_BEFORE or cue in _JOINING or (k < 0 and i > 0)):
            return False
        if s.norm(i)[0] != "0" and (
            s.word(i - 1) not in _APPROXIMATING or hour * 100 + minute <= 2100
        ):
            return False  # "by 2015", "until 1990", "between 1914 and 1918", "by 2150"
    after = i + 1  # the token after the number
    if after >= s.n or s.kinds[after] == "p":
        return after >= s.n or s.norms[after] not in "%$£€"
    if s.kinds[after] != "w" or s.caps[after]:
        return False
    # "at 1130 it reached the checkpoint": its clause goes on with its subject, as after "the"
    return s.norms[after] in _FOLLOWERS or (cue == "at" and s.norms[after] in _SUBJECTS)


def _is_clock_before(s: Stream, j: int) -> bool:
    """Whether token ``j`` is a clock that opens a range: "13:30", or four digits with a
    leading zero ("0400")."""
    return s.kind(j) == "c" or (hhmm(s, j) is not None and s.norm(j)[0] == "0")


def _hours_cued(s: Stream, i: int) -> bool:
    """Whether "HHMM hours" at ``i`` is a clock rather than a count of hours: written with a
    leading zero, at the start of a phrase or clause, after "at", "by", "until"... ("at
    approximately 1100 hours"; not "served 1500 hours"), with the day it is on after it
    ("1800 hrs today", "2200 hours Monday"), or ending the window a report covers ("the 24
    hours to 1800 hrs": a length runs to a time, not to another length)."""
    if s.norm(i)[0] == "0" or i == 0 or s.kind(i - 1) == "p":
        return True
    if s.word(i + 2) in _DAYS_AFTER or s.word(i + 2) in lex.WEEKDAYS:
        return True
    k = i - 2 if s.word(i - 1) in _APPROXIMATING else i - 1
    if s.word(k) in ("to", "until", "till") and _reporting_window(s, k - 1):
        return True
    return s.word(k) in _CUES_BEFORE or s.word(k) == "at" or k < 0 or s.kind(k) == "p"


#: Days a clock time may be said on right after it ("1800 hrs today").
_DAYS_AFTER = frozenset(["today", "yesterday", "tomorrow", "tonight"])


def _reporting_window(s: Stream, j: int) -> bool:
    """Whether the unit at ``j`` ends a window counted back from a time: "the 24 hours", "the
    past 12 hours", "the last six days" (not "from 1200 hours to 1800 hours": two lengths)."""
    if s.word(j) not in lex.UNITS:
        return False
    k = j - 2 if s.word(j - 2) in ("past", "last", "previous", "preceding") else j - 1
    return s.word(k - 1) == "the" and s.word(k - 2) != "from"


def military_clock(s: Stream, i: int) -> tuple[int, int, int | str | None, int] | None:
    """A 24-hour clock in four digits with a cue: hour, minute, the zone said (as
    :func:`zone_suffix`), and the index after it. "0340 local time", "2200 GMT", "1100 hours",
    "until 0615", "at around 2200", "between 1400 and 1600 UTC" (the first takes the cue of
    the second); a bare "1400" stays a year."""
    read = hhmm(s, i)
    if read is None:
        return None
    hour, minute = read
    after = _cue_after(s, i + 1)
    if after is not None and (s.word(i + 1) not in _HOURS_WORDS or _hours_cued(s, i)):
        return hour, minute, after[0], after[1]
    if s.word(i + 1) in _RANGE_WORDS or (s.punct(i + 1, "-–") and s.kind(i + 2) == "n"):
        cue = _cue_after(s, i + 3) if hhmm(s, i + 2) is not None else None
        if cue is not None:
            return hour, minute, cue[0], i + 1  # "1400 and 1600 UTC": the zone of both
        if _is_clock_before(s, i + 2) and s.word(i - 1) in ("from", "between"):
            return hour, minute, None, i + 1  # "between 2300 and 0100"
    if _cued_before(s, i, hour, minute):
        return hour, minute, None, i + 1
    if s.norm(i)[0] == "0" and s.word(i + 1) == "on":
        return hour, minute, None, i + 1  # "0930 on 5 March": no year has a leading zero
    if _day_before(s, i) and (
        s.norm(i)[0] == "0" or (hour >= 21 and s.kind(i + 1) == "w" and not s.cap(i + 1))
    ):  # (no year has a leading zero; "4 March 2330" alone may be a year, not before a verb)
        return hour, minute, None, i + 1  # "04 Mar 0830 patrol departs", as logs write it
    return None


def _day_before(s: Stream, i: int) -> bool:
    """Whether a day of a month comes just before token ``i``: "04 Mar", "4 March", "Mar. 4",
    "March 4," (a log's stamp: "04 Mar 0830 patrol departs")."""
    j = i - 1 if s.punct(i - 1, ",") else i
    if s.kind(j - 1) == "n" and len(s.norm(j - 1)) <= 2:
        k = j - 3 if s.punct(j - 2, ".") else j - 2
        return s.word(k) in lex.MONTHS and (k == j - 2 or s.word(k) in lex.MONTH_ABBREVIATIONS)
    k = j - 2 if s.punct(j - 1, ".") else j - 1
    return s.word(k) in lex.MONTHS and s.kind(k - 1) == "n" and len(s.norm(k - 1)) <= 2


_SPOKEN_MINUTES = {"quarter": 15, "half": 30}
_SPOKEN_SIDES = {"past": 1, "after": 1, "to": -1, "till": -1, "before": -1}
_SPOKEN_HOURS = {"noon": 12, "midnight": 0}
#: Words before "N to M" that make it a tally or a range of numbers.
_TALLY_BEFORE = frozenset(
    "voted vote votes margin score beat won lost odds ratio by from between rose fell".split()
)
#: The minutes American usage tells with "after"/"till" ("ten after one", "a quarter till").
_US_MINUTES = frozenset(["quarter", "a", "ten", "twenty", "five"])


def _said_number(s: Stream, i: int) -> tuple[int, int] | None:
    """A whole number from 1 to 59 in digits or words ("ten", "twenty-five", "20")."""
    number = s.number(i)
    if number is not None:
        return (number, i + 1) if 1 <= number <= 59 and len(s.norm(i)) <= 2 else None
    value = lex.CARDINALS.get(s.word(i))
    if value is None or not 1 <= value <= 50 or s.word(i) == "dozen":
        return None
    if s.word(i) in lex.TENS:
        j = i + 2 if s.punct(i + 1, "-") else i + 1
        ones = lex.CARDINALS.get(s.word(j))
        if ones is not None and 1 <= ones <= 9:
            return value + ones, j + 1
    return value, i + 1


def _ends_spoken(s: Stream, j: int) -> bool:
    """Whether a clock said in words may end before token ``j``: at the end, before
    punctuation, "a.m."/"p.m.", "o'clock", "in the morning" or a word a time may precede."""
    if j >= s.n:
        return True
    if s.kinds[j] == "p":
        return s.norms[j] not in "%$£€-"
    word = s.word(j)
    return word in _FOLLOWERS or word in ("am", "pm", "o'clock", "at", "in", "local", "gmt",
                                          "utc") or (s.kinds[j] == "w" and s.caps[j])  # fmt: skip


def spoken_clock(s: Stream, i: int) -> tuple[int, int, int] | None:
    """A clock time said in words: "half past six", "ten past one", "a quarter to five",
    "twenty-five to midnight", "20 minutes past 3". The hour named (1 to 12, or 0 for
    midnight, 12 for noon), the minutes after it (negative before it: "a quarter to five" is
    5 and -15), and the index after the hour."""
    j = i + 1 if s.word(i) == "a" else i
    minutes: int | None = _SPOKEN_MINUTES.get(s.word(j))
    if minutes is not None:
        if j == i + 1 and s.word(j) != "quarter":
            return None  # "a half past" is no clock time
        j += 1
    else:
        if j > i:
            return None
        said = _said_number(s, j)
        if said is None:
            return None
        minutes, j = said
        if s.word(j) in ("minutes", "minute", "mins"):
            j += 1
        elif s.kind(i) == "n" or minutes % 5:
            return None  # "9 to 12 June", "seven to nine": a range, not "twenty to nine"
    side = _SPOKEN_SIDES.get(s.word(j))
    if side is None or (minutes == 30 and side < 0):
        return None  # "half to" is said of no clock
    if side < 0 and s.word(i - 1) in _TALLY_BEFORE:
        return None  # "voted ten to two", "from ten to twelve": numbers, not a clock
    if s.word(j) in ("after", "before", "till") and s.word(i) not in _US_MINUTES:
        return None  # "two before six": not a way of telling time
    hour_at = j + 1
    hour = _SPOKEN_HOURS.get(s.word(hour_at))
    if hour is None:
        said = _said_number(s, hour_at)
        if said is None or not 1 <= said[0] <= 12 or said[1] != hour_at + 1:
            return None
        hour = said[0]
    end = hour_at + 1
    if not _ends_spoken(s, end):
        return None  # "five to ten years", "ten past two dozen": not a clock
    return hour, minutes * side, end
