"""Expressions extraction names itself: recurrences, vague durations and vague references.

The resolver's grammar turns a phrase into a :class:`~timeline.TimeSpan`; recurrences ("every
Monday", "weekly", "$2 million a year"), durations of unstated size ("for years", "several
months") and the vague present, past and future ("now", "the future") have no span, only a TIMEX3,
so extraction recognises them here with a few linear-time patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from timeline._extract._eras import ERA, opens_era_range
from timeline._extract._words import MONTH_FULL, WEEKDAY
from timeline._timex import Timex

__all__ = ["Special", "find_special"]

_UNIT = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "weekend": "WE",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "centurie": "CE",
}
_CLOCK_UNITS = frozenset({"second", "minute", "hour"})
_WEEKDAYS = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january",),
            ("february",),
            ("march",),
            ("april",),
            ("may",),
            ("june",),
            ("july",),
            ("august",),
            ("september",),
            ("october",),
            ("november",),
            ("december",),
        ),
        start=1,
    )
    for name in names
}
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_NUMBERS = {
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "other": 2,
}


@attrs.frozen
class Special:
    """An expression found here: offsets and its TIMEX3.

    ``role`` marks a reference to the period a report is discussing, whose value comes from
    context: ``"quarter_ended"`` ("the quarter ended Sept. 30") the three months to the date
    that follows, ``"period"`` ("the quarter", "the latest period") is that period, ``"year"`` ("the
    full year", "the current fiscal year") the report's year, ``"year_before"``
    ("a year earlier", "the year-ago quarter") the same period a year before; ``quarter`` is the
    quarter the phrase names itself, if any ("the year-ago third quarter" → 3).
    """

    start: int
    end: int
    timex: Timex
    role: str = ""
    quarter: int | None = None


def _period(unit: str, amount: int | str = 1) -> str:
    code = _UNIT[unit]
    if code == "WE":
        return "P1WE" if amount == 1 else f"P{amount}WE"
    if unit in _CLOCK_UNITS:
        return f"PT{amount}{code}"
    return f"P{amount}{code}"


_UNITS = r"(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|centur(?:y|ie))"
_WEEKDAY = WEEKDAY  # the pattern below is case-insensitive
_MONTH = MONTH_FULL
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_ORDINAL_QUARTER = r"(?:(?P<nth>first|second|third|fourth)[\s-]+)?"
_PATTERN = re.compile(
    r"\b(?:"
    # the period under discussion, and the same period a year before
    rf"(?P<year_before>(?:the\s+)?(?:comparable\s+)?year-(?:ago|earlier)(?:\s+{_ORDINAL_QUARTER}"
    rf"(?:quarter|period|results))?|(?:a|one)\s+year\s+(?:ago|earlier)"
    # "last year's quarter", "the same period last year", "the quarter a year ago"
    r"|last\s+year['’]s\s+(?:quarter|period)"
    r"|the\s+(?:(?:same|corresponding|comparable|year-earlier)\s+)?(?:quarter|period)\s+"
    r"(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)))"
    # "the 1988 quarter", "the 1989 period": the quarter under discussion, in that year
    r"|the\s+(?P<year_period>(?:19|20)\d\d)\s+(?:fiscal\s+)?"
    r"(?:quarter|period)\b(?![\s-]+(?:of|ended|ending)\b)"
    # ... and "the same quarter of 2003", "the corresponding period of 2019"
    r"|the\s+(?:same|corresponding|comparable)\s+(?:quarter|period)\s+(?:of|in)\s+"
    r"(?P<year_period_of>(?:19|20)\d\d)\b(?![-–/]\d)"
    # "the quarter ended Sept. 30": the three months to that date
    r"|(?P<quarter_ended>(?:the|its)\s+(?:(?:latest|fiscal|most\s+recent)\s+)?quarter)"
    r"(?=[\s-]+(?:(?:that|which)\s+)?(?:ended|ending)\s)"
    r"|(?P<period>(?:the|that)\s+(?:(?:latest|comparable|same|current|recent|most\s+recent|"
    r"fiscal|just[\s-]ended)\s+){0,2}(?:quarter|period)(?![\s-]+(?:of|ended|ending)\b)"
    # "the last quarter", "the past quarter": the last one over, a date ("the last three
    # quarters" is a length, "the last quarter of the year" a part of the year)
    r"|(?:the|that)\s+(?:last|past)\s+(?:fiscal\s+)?quarter"
    r"(?![\s-]+(?:of|ended|ending)\b|[\w-]|['’](?!s\b)))|"
    # the year a report is about: "for the full year", "the current fiscal year"
    r"(?P<the_year>(?:the\s+(?:(?:full|current|fiscal|entire|whole)\s+){0,2}|"
    r"this\s+(?:fiscal|financial)\s+)year"  # "this fiscal year": the report's, as "this year"
    r"(?![-'’]|\s+(?:ago|earlier|later|before|after|since|two|of|when|in|that)\b))|"
    # "the first Sunday of each month", "the last Friday of every month"
    rf"(?P<nth_day>(?P<nth_of>first|second|third|fourth|last)\s+(?P<nth_weekday>{_WEEKDAY})\s+"
    r"of\s+(?:each|every)\s+month)|"
    # every Monday / each Friday night / every two weeks / every year / every March
    rf"(?P<every>(?:every|each)(?:\s+(?P<every_n>other|two|three|four|five|six|ten|\d{{1,2}}))?"
    rf"\s+(?:(?P<every_day>{_WEEKDAY})(?:\s+(?P<every_part>morning|afternoon|evening|night))?"
    rf"|(?P<every_month>{_MONTH})|(?P<every_season>{_SEASON})|(?P<every_unit>{_UNITS})s?))"
    # daily / weekly / ...
    # ("twice weekly", "three times daily": how often, with the period that recurs)
    r"|(?:(?:once|twice|thrice|(?:two|three|four|five|six|\d{1,2})\s+times)\s+)?"
    r"(?P<adverb>daily|nightly|weekly|biweekly|monthly|yearly|annually|biennially|hourly)"
    # weekdays / on weeknights / every weekday: the days from Monday to Friday
    r"|(?P<weekdays>(?:every|each)\s+week(?:day|night)|week(?:day|night)s(?!'))"
    # Mondays / Tuesday nights
    rf"|(?P<days>{_WEEKDAY})s(?!')"
    rf"|(?P<day_parts>{_WEEKDAY})\s+(?P<part>mornings|afternoons|evenings|nights)"
    # in the mornings / during the evenings: the part of every day
    r"|(?:(?<=\bin\s)|(?<=\bduring\s))(?P<parts>the\s+(?P<plural_part>mornings|afternoons|"
    r"evenings|nights))"
    # twice a week / three times a year / once a month
    # ... and so are "seven days a week", "one day a week" (not "two days a week ago")
    rf"|(?P<times>(?:once|twice|(?:two|three|four|five|six|\d{{1,2}})\s+times"
    r"|(?:one\s+(?:day|night)|(?:two|three|four|five|six|seven)\s+(?:days|nights))"
    r"(?=\s+(?:a|per)\s+week\b"
    r"(?!\s+(?:ago|earlier|later|before|after|back)\b)))\s+(?:a|an|per|each)"
    rf"\s+(?P<times_unit>{_UNITS}))"
    # vague durations: several years / a few days / many months / recent years / years
    # ("the past few weeks" is a length, like "the past three weeks")
    rf"|(?P<vague>(?:(?P<vague_when>recent|(?:the\s+)?coming)\s+"
    rf"|(?:several|a\s+few|few|many|some|numerous|(?:(?:the\s+)?(?:past|next)|the\s+last)\s+"
    rf"(?:several|few))\s+"
    # "the weeks ahead", "the years to come": "the" is theirs (not in "the weeks before it")
    r"|the\s+(?=(?:day|week|month|year|decade)s\s+(?:ahead(?!\s+of\b)|to\s+come\b)))?"
    rf"(?P<vague_unit>{_UNITS})s(?:(?P<ago>\s+ago)|\s+ahead(?!\s+of\b))?)"
    # vague references
    r"|(?P<present>right\s+now|now|currently|nowadays|these\s+days|at\s+present|presently"
    # "from 2011 to the present": the present as the end of a stretch
    r"|(?:(?<=\bto\s)|(?<=\buntil\s)|(?<=\bthrough\s))the\s+present(?:\s+day\b|(?![\s-]*[a-z0-9]))"
    r")"
    # ("as recently as last year": the comparison is a bound, the date after it the expression)
    r"|(?P<past>more\s+recently|(?<!\bas\s)recently|recently(?!\s+as\b)|lately|formerly|"
    r"a\s+(?:little\s+|long\s+|good\s+|short\s+)?while\s+(?:ago|back)|the\s+past(?!\s+(?:\d|[a-z]+(?:ty|teen)\b|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|many|"
    r"couple|decade|century|year|month|week|day|hour|minute|quarter|summer|winter|spring|fall|"
    r"autumn|weekend|night|morning|evening|season|half|generation)))"
    r"|(?P<future>the\s+(?:near\s+|distant\s+)?future|(?<!as\s)soon(?!\s+as\b|\s+after\b)"
    r"|the\s+(?:near|short|long)\s+(?:term|run)(?![\s-]+[a-z])|a\s+later\s+date)"
    # the middle of the year the report is in, or of the one before or after it
    r"|(?P<mid_year>mid-?year|mid\s+year)(?![-'’])"
    # a length left unsaid: "for a while", "for some time"
    r"|(?P<unsaid>(?<=for\s)(?:a\s+(?:little\s+|long\s+)?while|some\s+time))"
    r")\b",
    re.IGNORECASE,
)
# "$1.76 a year", "$5 million a year": a rate after an amount.
_RATE_BEFORE = re.compile(
    r"(?:\d|million|billion|trillion|percent|%|cents|dollars|barrels|tons|people|times)"
    r"[^\S\n]+(?:a|an|per|each)[^\S\n]+$",
    re.IGNORECASE,
)
# "60,000 litres per day", "paid eight pence a day", "12 sorties a week": a count of something,
# then "a"/"per" and the unit (not "sold 300 copies in a week": a length), or "per" after
# anything but a measure of distance ("200 km per hour" is a speed).
# Numbers in words that count things ("five times a day", "twenty of them").
_COUNT_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    "fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens"
)
_COUNTED_RATE = re.compile(
    rf"(?:\d|\b(?:{_COUNT_WORDS}))"
    r"(?:[^\S\n]+(?!(?:in|within|for|over|after|about|than|of|on|by|during|to|from|at|last|"
    r"next|took|lasted|spent|every|each|and|or|but|(?:second|minute|hour|day|night|week|month|"
    r"year|decade)s?)\b)[A-Za-z][\w-]*){1,2}[^\S\n]+(?:a|an)[^\S\n]+$|"
    r"(?<!\w)per[^\S\n]+$",
    re.IGNORECASE,
)
_SPEED_BEFORE = re.compile(
    r"\b(?:km|m|ft|miles?|metres?|meters?|kilometres?|kilometers?|feet|yards?)[^\S\n]+per"
    r"[^\S\n]+$",
    re.IGNORECASE,
)


def _ends_rate_word(before: str) -> bool:
    """Whether the last word of ``before`` ends in "a", "an", "per" or "each", as it does
    before the unit of every rate above (a cheap test first: the patterns are tried at every
    character)."""
    words = before.split()
    return bool(words) and words[-1].lower().endswith(("a", "an", "per", "each"))


_RATE_NOT_AFTER = re.compile(r"[^\S\n]*(?:ago|earlier|later|before|after|old|-)", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)  # "for weekends on end": a length
_RATE_UNITS = frozenset({"year", "month", "week", "day", "hour", "quarter"})


def _trie(words: list[str]) -> str:
    """A regular expression matching exactly ``words``, factored by prefix so it runs fast."""
    groups: dict[str, list[str]] = {}
    ends = False
    for word in sorted(set(words)):
        if word:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    parts = [re.escape(head) + _trie(rest) for head, rest in sorted(groups.items())]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 and not ends else "(?:" + "|".join(parts) + ")"
    if ends:
        body = f"(?:{body})?" if not body.startswith("(?:") or len(parts) > 1 else body + "?"
    return body


# Head words: every expression above contains one; the full pattern is tried only around them.
_HEADS = (
    "every each daily nightly weekly biweekly monthly yearly annually biennially hourly once "
    "twice times "
    "now currently nowadays presently present recently lately formerly past future soon term run "
    "date "
    "while time "
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays "
    "seconds minutes hours days nights weeks weekends months quarters years decades centuries "
    "mornings afternoons evenings weekdays weeknights weekday weeknight midyear mid-year "
    "year month week day hour quarter period year-ago year-earlier"
).split()
_HEAD = _trie(_HEADS + [w.capitalize() for w in _HEADS]) + r"\b"
_TRIGGER = re.compile(r"\b" + _HEAD)
# The same after the character before it: starting with one character class lets the engine
# skip to the non-word characters instead of trying the pattern at every character.
_TRIGGER_AFTER = re.compile(r"\W(" + _HEAD + ")")
# In ASCII text \W and \b mean the same with the ASCII flag, and are tested faster (this
# search runs over the whole text).
_TRIGGER_AFTER_ASCII = re.compile(_TRIGGER_AFTER.pattern, re.ASCII)
# Every expression _PATTERN reads begins with a number or one of these words (a new branch
# there adds its first words here): a start where none begins is not tried.
_FIRST_WORDS = (
    "the a an one its that this comparable year last first second third fourth every each "
    "once twice thrice two three four five six seven daily nightly weekly biweekly monthly "
    "yearly annually biennially hourly weekdays weeknights mondays tuesdays wednesdays "
    "thursdays fridays saturdays sundays monday tuesday wednesday thursday friday saturday "
    "sunday recent coming several few many some numerous past next seconds minutes hours days "
    "nights weeks weekends months quarters years decades centurys centuries right now "
    "currently nowadays these at presently more recently lately formerly soon midyear mid"
).split()
_FIRST_WORD = re.compile(rf"\d|{_trie(_FIRST_WORDS)}(?!\w)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"[A-Za-z]+[^\S\n]+")
_NEXT_TOKEN = re.compile(r"[A-Za-z0-9]+[^\S\n]+")  # "the 1988 quarter": a year between
_LOOK_BACK = 30


def find_special(text: str) -> Iterator[Special]:
    """Recurrences, vague durations, vague references and seasons of two years in ``text``, in
    text order."""
    found: list[Special] = []
    covered = 0
    for head, end in _triggers(text):
        if head < covered:
            continue
        special = _around(text, head, end)
        if special is not None:
            found.append(special)
            covered = special.end
    spans: list[Special] = []
    if _DIGIT.search(text):
        spans.extend(_two_year_spans(text))
    if any(era in text for era in _ERA_LETTERS):
        spans.extend(_era_years(text))
    if spans:
        found = sorted([*found, *spans], key=lambda special: special.start)
    return iter(found)


_DIGIT = re.compile(r"\d")
_ERA_LETTERS = ("BC", "AD", "CE", "B.", "A.", "C.")  # one of them is in every era told
# Years told with their era. TIMEX3 (after TIMEX2) writes a year before the common era with the
# prefix "BC" and four digits ("44 BC" is BC0044, as 44 is 0044), a century BC with its two
# ("the 5th century BC", the 400s BC, is BC04, as "the 5th century" is 04). "AD 79", "79 A.D."
# and "79 CE" are 0079. "c." or "circa" before tells it as about (APPROX). A modern year before
# "BC" and a word is British Columbia's ("the 2017 BC Liberal campaign").
# The centuries told in words ("the fifth century BC"), in order.
_NTH_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_NTH = "|".join(_NTH_WORDS)
_CIRCA_WORD = r"(?P<circa>(?:[Cc]|[Cc]a)\.\s?|(?i:circa|about|around)\s+)?"
_ERA_YEAR = re.compile(
    rf"\b{_CIRCA_WORD}(?:"
    rf"(?P<year>[1-9]\d{{0,3}})\s?(?P<era>{ERA})(?![\w-])"
    rf"|(?P<ad>AD|A\.\s?D\.)\s?(?P<ad_year>[1-9]\d{{0,3}})(?![\d,.]\d|\w)"
    rf"|(?P<the>[Tt]he\s+)?(?:(?P<nth>[1-9]\d?)(?:st|nd|rd|th)|(?P<nth_word>(?i:{_NTH})))"
    r"[\s-]+(?i:century|centuries)\s+"
    rf"(?P<century_era>{ERA})(?![\w-])"
    r")"
)
_TOLD_AS_YEAR = re.compile(
    r"\b(?:in|by|from|until|till|to|of|since|before|after|and|or|year|between)\s+\Z", re.I
)
_NAME_AFTER_ERA = re.compile(r"\s+(?!(?:and|or|to|until|when|the|a|an|in|on)\b)[A-Za-z]")


# The era's abbreviation, found first; the year is read around it.
_ERA_TOKEN = re.compile(rf"(?<![\w.]){ERA}(?![\w-])")
# Every abbreviation starts with one of these pairs of characters: searched for, they let the
# engine skip to an A, B or C (the look-behind above is tried at every character).
_ERA_START = re.compile(r"BC|B\.|AD|A\.|CE|C\.")


def _era_tokens(text: str) -> Iterator[re.Match[str]]:
    """The era's abbreviations in ``text``, as ``_ERA_TOKEN.finditer`` finds them."""
    end = 0
    for pair in _ERA_START.finditer(text):
        token = _ERA_TOKEN.match(text, pair.start()) if pair.start() >= end else None
        if token is not None:
            end = token.end()
            yield token


def _around_eras(text: str) -> Iterator[re.Match[str]]:
    covered = 0
    for token in _era_tokens(text):
        if token.start() < covered:
            continue
        lo = max(covered, token.start() - 48)
        for match in _ERA_YEAR.finditer(text, lo, min(len(text), token.end() + 8)):
            if match.start() <= token.start() and match.end() >= token.end():
                covered = match.end()
                yield match
                break


def _era_years(text: str) -> Iterator[Special]:
    for match in _around_eras(text):
        approx = match.group("circa") is not None
        if match.group("century_era"):
            nth = match.group("nth") or match.group("nth_word")
            first = "the" if match.group("the") else "nth" if match.group("nth") else "nth_word"
            number = (int(nth) if nth.isdigit() else _NTH_WORDS.index(nth.lower()) + 1) - 1
            bc = match.group("century_era").startswith("B")
            value = f"BC{number:02d}" if bc else f"{number:02d}"
        elif match.group("ad"):
            first, value = "ad", f"{int(match.group('ad_year')):04d}"
        else:
            first, year, era = "year", int(match.group("year")), match.group("era")
            if era == "BC" and 1900 <= year <= 2100 and _NAME_AFTER_ERA.match(text, match.end()):
                continue  # "the 2017 BC Liberal campaign", "in 2017 BC voters": British Columbia
            told = _TOLD_AS_YEAR.search(text, max(0, match.start() - 12), match.start())
            if era == "CE" and not approx and told is None:
                continue  # "Directive 93/42 CE", "3 CE marks": not told as a year
            value = f"BC{year:04d}" if era.startswith("B") else f"{year:04d}"
        start = match.start() if approx else match.start(first)
        if not approx and first != "ad":
            opening = _range_opening(text, match.start(first), first == "year", value)
            if opening is not None:
                yield opening
        timex = Timex("DATE", value, "APPROX") if approx else Timex("DATE", value)
        yield Special(start, match.end(), timex, "era")


# The bare number opening a range whose end tells the era: "between 300 and 200 BC", "from
# 1200 to 1150 BC", "300-250 BC", "the 5th and 4th centuries BC" (years before the era count
# down, after it up: "from 200 to 300 AD").
_YEAR_OPENING = re.compile(
    r"(?P<lead>\b(?:between|from)\s+)?(?<![\w.,$/])(?P<number>[1-9]\d{0,3})\s*"
    r"(?P<joint>[-–]|and|to|until|till)\s*\Z",
    re.IGNORECASE,
)
_CENTURY_OPENING = re.compile(
    r"(?P<the>\b[Tt]he\s+)?(?P<number>\b(?:[1-9]\d?(?:st|nd|rd|th)|(?i:"
    + _NTH
    + r")))\s*(?:[-–]|and|or|to)\s*\Z"
)


def _range_opening(text: str, start: int, year: bool, value: str) -> Special | None:
    lo = max(0, start - 30)
    bc = value.startswith("BC")
    if year:
        found = _YEAR_OPENING.search(text, lo, start)
        if found is None:
            return None
        number, end = int(found.group("number")), int(value.removeprefix("BC"))
        lead, joint = found.group("lead") is not None, found.group("joint")
        if not opens_era_range(number, end, bc=bc, lead=lead, joint=joint):
            return None  # no lead nor dash, or not a stretch counted the era's way
        opening = f"BC{number:04d}" if bc else f"{number:04d}"
        return Special(found.start("number"), found.end("number"), Timex("DATE", opening), "era")
    found = _CENTURY_OPENING.search(text, lo, start)
    if found is None:
        return None
    nth = found.group("number")
    number = (int(nth[:-2]) if nth[0].isdigit() else _NTH_WORDS.index(nth.lower()) + 1) - 1
    opening = f"BC{number:02d}" if bc else f"{number:02d}"
    first = found.start("the") if found.group("the") else found.start("number")
    return Special(first, found.end("number"), Timex("DATE", opening), "era")


# A season, school or fiscal year named by the two years it straddles, the second shortened:
# "the 2019-20 season", "fiscal 2018-19", "FY2019-20", "in 1990-91". One expression, valued by
# the year it begins in (TIMEX3 has no value for a span of two years; its span holds both).
# "the" belongs to it when the period's noun follows. A bare "2011-12" may be December 2011: it
# is a span of years only with a noun or "fiscal", or when the second number is no month.
_YEAR_SPAN = re.compile(
    r"(?P<the>[Tt]he\s+)?(?:(?P<fiscal>(?i:fiscal)\s+|FY\s?)|(?<![\w$.,/-]))"
    r"(?P<first>(?:1[89]|20)\d\d)[-–/](?P<second>\d\d)(?![\w/–-]|[.,:]\d)"
    r"(?P<noun>\s+(?:(?:fiscal|school|academic|financial|marketing|crop|tax|budget|regular|"
    r"football|basketball|hockey|baseball|soccer|rugby|cricket|racing|ski|hunting|fishing|"
    r"legislative|parliamentary)\s+)?(?:year|season|term|session)\b(?![-'’]))?"
)
_YEAR_PAIR = re.compile(r"(?:1[89]|20)\d\d[-–/]\d\d")


def _year_span_at(text: str, pair: re.Match[str]) -> re.Match[str] | None:
    """The season named around the two years ``pair``: "the", "fiscal", a noun after."""
    window = _YEAR_SPAN.finditer(text, max(0, pair.start() - 12), min(len(text), pair.end() + 40))
    return next((m for m in window if m.start("first") == pair.start()), None)


def _two_year_spans(text: str) -> Iterator[Special]:
    for pair in _YEAR_PAIR.finditer(text):  # the digits first, then what is around them
        match = _year_span_at(text, pair)
        if match is None:
            continue
        first, second = int(match.group("first")), int(match.group("second"))
        if second != (first + 1) % 100:
            continue  # "2019-21", "1995/04": not one season
        named = match.group("noun") or match.group("fiscal")
        if not named and second <= 12:
            continue  # "2011-12": perhaps a month
        if match.group("noun"):
            start = match.start()
        else:
            start = match.start("fiscal" if match.group("fiscal") else "first")
        yield Special(start, match.end(), Timex("DATE", match.group("first")), "years")


def _triggers(text: str) -> Iterator[tuple[int, int]]:
    """The extents of the head words in ``text``, in order."""
    first = _TRIGGER.match(text)  # at the start there is no character before
    if first is not None:
        yield first.span()
    after = _TRIGGER_AFTER_ASCII if text.isascii() else _TRIGGER_AFTER
    for trigger in after.finditer(text, 0 if first is None else first.end()):
        yield trigger.span(1)


def _around(text: str, head: int, end: int) -> Special | None:
    """The longest expression that contains the head word ``text[head:end]``."""
    low = max(0, head - _LOOK_BACK)
    starts = [
        m.start()
        for m in _WORD_BEFORE.finditer(text, low, head)
        if m.end() == head or _NEXT_TOKEN.match(text, m.end()) is not None
    ]
    for start in [*starts[-3:], head]:
        if start != head and start > low and text[start - 1].isalnum():
            continue
        if _FIRST_WORD.match(text, start) is None:
            continue  # (cheaper than trying every branch of _PATTERN)
        match = _PATTERN.match(text, start)
        if match is None or match.end() < end:
            continue
        deep = _deep_past(text, match) if match.group("ago") else None
        if deep is not None:  # "about 66 million years ago": before the calendar, long ago
            return Special(deep, match.end(), Timex("DATE", "PAST_REF"))
        if match.group("vague") and _not_vague(text, match):
            continue
        special = _special(match)
        if special is not None:
            return special
    word = text[head:end].lower()
    if (
        word in _RATE_UNITS
        and _ends_rate_word(text[low:head])
        and (
            _RATE_BEFORE.search(text, low, head)
            or (_COUNTED_RATE.search(text, low, head) and not _SPEED_BEFORE.search(text, low, head))
        )
    ):
        if not _RATE_NOT_AFTER.match(text, end):
            article = text.rfind(" ", low, head - 1) + 1
            return Special(article, end, Timex("SET", _period(word)))
    return None


_COUNTED = re.compile(
    rf"(?:\d|\b(?:{_COUNT_WORDS}|"
    r"of|these|those|all|whole|many|few|several|more|less|other|couple))[\s-]*$",
    re.IGNORECASE,
)
_AGE = re.compile(r"[\s-]*old\b", re.IGNORECASE)
# A count of years too large for a calendar date: "some 12,000", "4.5 billion".
_DEEP_COUNT = re.compile(
    r"(?:\b(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|at\s+least)"
    r"\s+)?(\d[\d,.]*)(\s+(?:million|billion))?\s+$",
    re.IGNORECASE,
)


def _deep_past(text: str, match: re.Match[str]) -> int | None:
    """Where "N years ago" starts when N years back is before any calendar date (the grammar
    cannot place it): its count and the approximation before it."""
    if match.group("vague_unit").lower() != "year" or match.start("vague_unit") != match.start():
        return None
    count = _DEEP_COUNT.search(text, max(0, match.start() - 40), match.start())
    if count is None:
        return None
    digits = count.group(1).rstrip(".,").replace(",", "")
    try:
        years = float(digits)
    except ValueError:
        return None
    return count.start() if count.group(2) or years > 2100 else None


# Hours named by what they are for or when in the night they fall, not counted: "market hours",
# "office hours", "the early hours" (a time of night, not a length).
_KIND_OF_HOURS = re.compile(
    r"\b(?:early|small|wee|working|business|office|opening|visiting|market|trading|peak|rush|"
    r"daylight|waking|school|happy|overtime|flying|man|banking|curfew)[\s-]+$",
    re.IGNORECASE,
)


def _not_vague(text: str, match: re.Match[str]) -> bool:
    """A bare plural unit that is part of a count ("52 years"), an age ("years old") or a
    kind of hours ("office hours", "the early hours")."""
    if _AGE.match(text, match.end()):
        return True
    bare = match.start("vague_unit") == match.start("vague")
    if (
        bare
        and match.group("vague_unit").lower() == "hour"
        and _KIND_OF_HOURS.search(text, max(0, match.start() - 12), match.start())
    ):
        return True
    return bare and _COUNTED.search(text, max(0, match.start() - 12), match.start()) is not None


def _count(word: str | None) -> int | str:
    if word is None:
        return 1
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word, 1)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_YEAR_ENDED = re.compile(r"\s+(?:end(?:ed|ing)\b|(?:to|through)\s+(?=[A-Z0-9]))")


def _special(match: re.Match[str]) -> Special | None:
    groups = match.groupdict()
    start, end = match.start(), match.end()
    if groups["year_before"]:
        nth = groups["nth"]
        quarter = _QUARTERS[nth.lower()] if nth else None
        if groups["year_before"].lower().endswith("results"):
            end = start + groups["year_before"].lower().rindex("results")
            end = start + len(match.string[start:end].rstrip())
        return Special(start, end, Timex("DATE", "XXXX"), "year_before", quarter)
    if groups["year_period"] or groups["year_period_of"]:
        year = groups["year_period"] or groups["year_period_of"]
        return Special(start, end, Timex("DATE", year), "year_period")
    if groups["quarter_ended"]:
        return Special(start, end, Timex("DATE", "XXXX"), "quarter_ended")
    if groups["period"]:
        return Special(start, end, Timex("DATE", "XXXX"), "period")
    if groups["the_year"]:
        if _YEAR_ENDED.match(match.string, end):  # "the year ended March 31", "the year to March"
            return Special(start, end, Timex("DURATION", "P1Y"))
        return Special(start, end, Timex("DATE", "XXXX"), "year")
    if groups["nth_day"]:  # the value names the weekday recurring in each month
        the = _THE_BEFORE.search(match.string, max(0, start - 4), start)
        start = start if the is None else the.start()
        day = _WEEKDAYS[groups["nth_weekday"].lower()]
        return Special(start, end, Timex("SET", f"XXXX-XX-WXX-{day}"))
    if groups["every"]:
        if groups["every_day"]:
            day = _WEEKDAYS[groups["every_day"].lower()]
            part = groups["every_part"]
            suffix = f"T{_PARTS[part.lower()]}" if part else ""
            return Special(start, end, Timex("SET", f"XXXX-WXX-{day}{suffix}"))
        if groups["every_month"]:
            month = _MONTHS[groups["every_month"].lower()]
            return Special(start, end, Timex("SET", f"XXXX-{month:02d}"))
        if groups["every_season"]:  # "each autumn", "every summer"
            return Special(
                start, end, Timex("SET", f"XXXX-{_SEASONS[groups['every_season'].lower()]}")
            )
        unit = groups["every_unit"].lower()
        if unit in _PARTS:
            return Special(start, end, Timex("SET", f"XXXX-XX-XXT{_PARTS[unit]}"))
        return Special(start, end, Timex("SET", _period(unit, _count(groups["every_n"]))))
    if groups["adverb"]:
        word = groups["adverb"].lower()
        value = {
            "daily": "P1D",
            "nightly": "XXXX-XX-XXTNI",
            "weekly": "P1W",
            "biweekly": "P2W",
            "monthly": "P1M",
            "yearly": "P1Y",
            "annually": "P1Y",
            "biennially": "P2Y",
            "hourly": "PT1H",
        }[word]
        return Special(start, end, Timex("SET", value))
    if groups["weekdays"]:  # TIMEX3 has no weekday token: "WD" as TIDES and tools write it
        if _COUNTED.search(match.string, max(0, start - 12), start):
            return None  # "two weekdays", "all weekdays": a count of days
        night = "TNI" if groups["weekdays"].lower().rstrip("s").endswith("night") else ""
        return Special(start, end, Timex("SET", f"XXXX-WXX-WD{night}"))
    if groups["mid_year"]:
        return Special(start, end, Timex("DATE", "XXXX", "MID"), "mid_year")
    if groups["days"]:
        day = _WEEKDAYS[groups["days"].lower()]
        return Special(match.start("days"), end, Timex("SET", f"XXXX-WXX-{day}"))
    if groups["day_parts"]:
        day = _WEEKDAYS[groups["day_parts"].lower()]
        part = _PARTS[groups["part"].lower()[:-1]]
        return Special(start, end, Timex("SET", f"XXXX-WXX-{day}T{part}"))
    if groups["parts"]:
        part = _PARTS[groups["plural_part"].lower()[:-1]]
        return Special(start, end, Timex("SET", f"XXXX-XX-XXT{part}"))
    if groups["times"]:
        unit = groups["times_unit"].lower()
        return Special(start, end, Timex("SET", _period(unit)))
    if groups["vague"]:
        unit = groups["vague_unit"].lower()
        if unit in _PARTS and unit != "night":
            return None
        when = (groups["vague_when"] or "").lower()
        if (
            unit == "weekend"
            and match.start("vague_unit") == start
            and not groups["ago"]
            and not _FOR_BEFORE.search(match.string, max(0, start - 5), start)
        ):
            return Special(start, end, Timex("SET", "XXXX-WXX-WE"))  # "closed on weekends"
        if groups["ago"] or when.startswith(("recent", "past", "the past", "last", "the last")):
            return Special(start, end, Timex("DATE", "PAST_REF"))
        if when:
            return Special(start, end, Timex("DATE", "FUTURE_REF"))
        return Special(start, end, Timex("DURATION", _period(unit, "X")))
    if groups["present"]:
        return Special(start, end, Timex("DATE", "PRESENT_REF"))
    if groups["past"]:
        return Special(start, end, Timex("DATE", "PAST_REF"))
    if groups["future"]:
        return Special(start, end, Timex("DATE", "FUTURE_REF"))
    if groups["unsaid"]:
        return Special(start, end, Timex("DURATION", "PXX"))
    return None
