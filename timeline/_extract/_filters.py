"""Context rules that keep extraction from seeing dates where a text has none.

Each rule looks at a candidate's words and a few characters around it: a month that is a name
("April Smith", "Leejin Jun"), the modal "may" and the verb "march", amounts ("$1", "15-ton",
"800 Trading Company"), ordinals ("a second source"), page, phone and version numbers, ages.
"""

from __future__ import annotations

import re

from timeline._extract._caseless import Caseless
from timeline._extract._eras import ERA, opens_era_range
from timeline._extract._words import HALF_DAY_CLOCK, HHMM, HOUR_BEFORE_DASH, MONTH, WEEKDAY
from timeline._resolve._lexicon import ASKED_FOR, BE_FORMS, PERSON_FOR, PLANNED_FOR

__all__ = [
    "COUNT_NOUN",
    "is_false_date",
    "trim_extent",
    "modifier_years",
    "bare_halves",
    "speaks_of_results",
]

_MONTH_WORD = rf"{MONTH}\.?"  # used case-insensitively
_BARE_MONTH = re.compile(rf"{_MONTH_WORD}", re.IGNORECASE)
_LOWER_AMBIGUOUS = re.compile(r"(?:may|march|jan|sat|sun|wed|mar|jun|sept?)\.?")
_TEMPORAL_BEFORE = re.compile(
    r"(?:\b(?:in|on|since|until|till|by|during|of|last|next|this|early|late|mid|before|after|"
    r"through|from|to|between|and|or|each|every|that|around|about|throughout|"
    r"the\s+end\s+of|the\s+beginning\s+of)|[-–—])\s*$",
    re.IGNORECASE,
)
# A month in a list of months: "in April, [May] and June" (not "In April, May said").
_MONTH_LISTED_BEFORE = re.compile(rf"\b{MONTH}\.?,\s*$")
_MONTH_LISTED_AFTER = re.compile(
    rf"(?:,\s*|,?\s+(?:and|or|to|through)\s+)(?:(?:early|mid|late)[\s-]+)?{MONTH}\b"
)
_CAPITALISED_AFTER = re.compile(r"\s+(?:[A-Z][a-z]|[A-Z]\.)")
_CAPITALISED_BEFORE = re.compile(r"(?:^|[^.!?:\"“\n]\s)[A-Z][a-z]+\s+$")
_NUMBER_ONLY = re.compile(
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a|an|the|first|second|third)",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b|people\b|persons\b|men\b|women\b|troops\b|soldiers\b|"
    r"tons?\b|-ton\b|barrels\b|shares\b|votes\b|units\b|cars\b|trucks\b|homes\b|jobs\b|"
    r"points?\b|miles?\b|kilometers?\b|feet\b|meters?\b|acres\b|pounds\b|dollars\b|cents\b|"
    r"yen\b|marks\b|francs\b|members\b|employees\b|workers\b|companies\b|children\b|"
    r"students\b|copies\b|pages?\b|"
    # a plural after the number, not a verb ending in s ("2019 was a hard year", "2020 is")
    r"(?!(?:was|is|has|does|goes|seems|remains|marks|looks|promises|earnings|sales|revenues|"
    r"profits|results|forecasts|onwards|afterwards)\b)[a-z]+s\b"
    r"(?!\s+(?:ago|earlier|later)))",
)
_TITLE_WORD = re.compile(
    r"(?:the\s+|[\d\s]*\s)?(?:Noon|Midnight|Dawn|Dusk|Spring|Summer|Autumn|Fall|Winter|Minutes?|Hours?|"
    r"Days?|Weeks?|Months?|Years?|Nights?|Mornings?|Evenings?|Tonight|Today|Tomorrow|Now)"
)
# A season or part of the day written as the first word of a name: "Summer Smith", "Dawn
# Johnson", "the Summer Olympics", "the Winter Palace", "the next Winter Games".
_NAME_WORD = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:[Nn]ext|[Ll]ast|[Tt]his|[Pp]revious|[Tt]hat)\s+)?"
    r"(?:Spring|Summer|Autumn|Fall|Winter|Dawn|Dusk|Noon|Midnight|Mornings?|"
    r"Evenings?|Nights?)"
)
# A unit capitalised after a capitalised determiner or weekday is a title ("This Week",
# "Saturday Night Live"); holidays ("Labor Day", "New Year") have other first words.
_TITLE_CASE = re.compile(
    rf"(?:This|Next|Last|That|The|Every|Each|{WEEKDAY})\s+"
    r"(?:Weeks?|Weekends?|Months?|Years?|Nights?|Mornings?|Evenings?|Afternoons?|Hours?|"
    r"Minutes?|Days?)"
)
# A length with a capitalised unit after a number is a title: "The Seven Years' War",
# "the Six-Day War", "Three Days of the Condor" (holidays, "Thanksgiving Day", have no number).
_COUNTED_TITLE = re.compile(
    r"(?:[Tt]he\s+)?(?:\d+|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
    r"Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand)(?:-[A-Z][a-z]+)?)"
    r"[\s-]+(?:Years?|Months?|Weeks?|Days?|Hours?|Minutes?|Decades?|Century|Centuries)"
)
_WEEKDAY = re.compile(WEEKDAY)
# A title before a month or weekday makes it a name: "Mr. October", "Sen. May".
_HONORIFIC_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Lt|Prof|Rev|Sir|Dame|Lady|Lord)"
    r"\.?\s+$"
)
# A relative named by a first name: "his daughter April", "her husband August".
_KIN_BEFORE = re.compile(
    r"\b(?:daughter|son|wife|husband|sister|brother|mother|father|niece|nephew|aunt|uncle|"
    r"granddaughter|grandson|grandmother|grandfather|cousin|widow|widower|fianc[eé]e?|"
    r"stepdaughter|stepson|twin)\s+$",
    re.IGNORECASE,
)
# A quarter or half of a game, not of the year: "scored 10 points in the fourth quarter", "a
# touchdown at the half", "led 21-7" (only words no business story uses: "goals", "penalty",
# "trailed", "overtime" and a bare "7-2" are as much a company's or a vote's).
_GAME_PERIOD = re.compile(
    r"(?:the\s+)?(?:(?:first|second|third|fourth|final|last)[\s-]+)?(?:quarter|half|period)|"
    r"(?:(?:two|three|four|\d)\s+(?:consecutive|straight)\s+)?(?:quarters|halves|periods)",
    re.IGNORECASE,
)
# A word after "midweek" that makes it an adjective: one that is no preposition or conjunction.
_NOUN_AFTER_MIDWEEK = re.compile(
    r"\s+(?!(?:in|at|on|for|and|or|but|with|when|while|as|to|from|by|after|before|of|the|a|an|"
    r"this|next|last|that)\b)[a-z]"
)
_PART_OF_A_THING = re.compile(r"(?:(?:the|a|an)\s+)?(?:quarter|half)", re.IGNORECASE)
# ... before a hyphen and a word that is no unit of time: "quarter-mile", "half-brother"
_COMPOUND_AFTER = re.compile(
    r"-(?!(?:second|minute|hour|day|night|week|month|year|decade|century|time)s?\b)[A-Za-z]"
)
# A quarter, half or period of a game, not of a year. Words only play has give it that sense
# beside it (a sentence's 40 characters either side: "scored 10 points in the fourth
# quarter"); they and the words of a story about a game ("coach", "the NBA") give it within a
# paragraph or so, unless a word of money or the economy is near (a game maker's "fourth
# quarter" is a calendar one).
_PLAY_WORDS = (
    r"touchdowns?|innings?|half-?time|three-pointers?|rebounds|free\s+throws?|"
    r"field\s+goals?|quarterback|kickoff|tip-?off|scor(?:ed|es|ing)\s+\d{1,3}\s+points|"
    # football: "scored twice in the second half", "an equaliser", "was sent off"
    r"scored\s+(?:twice|once|again|first|late|early|a\s+(?:goal|header|penalty|try))|"
    r"equali[sz](?:er|ed)|header|penalty\s+(?:kick|spot)|free\s+kick|sent\s+off|"
    r"midfielder|goalkeeper|outscor(?:ed|es|ing)|"
    r"led\s+by\s+\d{1,2}(?:\s+points\b|(?=\s+(?:in|at|with|after|going|entering|heading)\b))|"
    # a score after a verb of playing ("led 21-7", "won 3-1", "ended 0-0"; "voted 7-2" is no
    # game)
    r"(?:won|beat|led|trailed|lost|outscored|leading|trailing|ended|finished|drew)\b[^.;]{0,20}?"
    r"(?<![\d$.,/-])\d{1,2}-\d{1,2}(?![\d%/-])"
)


class _Words:
    """Whole words, in any case: one of ``words`` (alternatives that each begin with a letter)
    between word boundaries, or one of the characters ``marks``.

    Searched for, ``\\b(?:...)`` would be tried at every character; here a word is found from
    the non-word character before it, a character class the engine skips to, and only a word
    at the very start of the range (with no such character in it) is tried alone (both in lower
    case where they can: see :class:`Caseless`).
    """

    def __init__(self, words: str, marks: str = "") -> None:
        body = rf"\b(?:{words})\b"
        mark = rf"|(?<=[{marks}])" if marks else ""
        self._at_start = Caseless(body)
        self._after = Caseless(rf"\W(?:{body}{mark})", behind=0)

    def found(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether one is in ``text[start:end]``."""
        end = len(text) if end is None else end
        return self._at_start.match(text, start, end) or self._after.search(text, start, end)


_GAME_WORDS = _Words(_PLAY_WORDS)
_GAME_STORY = _Words(
    rf"{_PLAY_WORDS}|games?|match|playoffs?|play-offs?|coach(?:es)?|basketball|football|"
    r"hockey|rugby|lacrosse|NBA|NFL|NHL|WNBA|NCAA|Super\s+Bowl|buzzer|tournament|championship|"
    r"scoreboard|assists"
)
# A capitalised word on the same line after a candidate, which is not a month or a weekday
# ("Friday Oct. 13", "noon Monday").
_NAME_AFTER = re.compile(
    rf"[ \t]+(?!(?i:{_MONTH_WORD}|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
    r"(?:day)?\.?)(?:\W|$))[A-Z][a-z]"
)
_THE_BEFORE = re.compile(r"\bThe\s+$")
_THE_BEFORE_ANY = re.compile(r"\b[Tt]he\s+$")
# A unit of a rate after a length: "24 hours a day", "seven days a week" (the length is
# _LENGTH_BEFORE's, below, which trim_extent shares).
_RATE_UNIT = re.compile(r"(?:a|per)\s+(?:day|week|month|year)")
# A word said twice about "after": "night after night", "year after year".
_REPEATED = frozenset("day days night nights week weeks month months year years".split())
_REPEATED_AFTER = re.compile(r"\s+after\s+([a-z]+)\b", re.IGNORECASE)
_REPEATED_BEFORE = re.compile(r"\b([a-z]+)\s+after\s+$", re.IGNORECASE)
# A rate: "$55 a night", "three shifts per evening".
_RATE_BEFORE = re.compile(r"\b(?i:a|per)\s+$")
_PART_OF_DAY = frozenset({"night", "morning", "evening", "afternoon"})
_CLOCK = re.compile(r"\d{1,2}:\d\d")
# The capitalised word just before a number, not at a sentence start: a name the number
# belongs to ("Luke 2:14", "Windows 2000", "Vision 2030").
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s\"“(]))([A-Z][a-z]+)\s+$")
_NOT_A_NAME = frozenset(
    (
        "about around approximately nearly almost at by before after until till from to since "
        "early late mid throughout within "
        "through between and or of on in during as circa fiscal christmas easter thanksgiving "
        "ramadan hanukkah passover halloween today tonight tomorrow yesterday noon midnight "
        "spring summer autumn fall winter morning evening night afternoon "
        "monday tuesday wednesday thursday friday saturday sunday "
        "january february march april may june july august september october november december"
    ).split()
)
# What may follow a name ending in a number ("the tanker Ocean 2020 and its sister ship", "Star
# 1988 has been seen"): the end of the phrase, or a conjunction or verb, not a noun it modifies
# ("the Vision 2030 plan" is left to the rule for years as modifiers).
_YEAR_ENDS_PHRASE = re.compile(
    r"\s*(?:[,.;:!?)\]\"”]|$)|\s+(?:and|or|but|(?P<verb>has|have|had|is|was|were|are|will|would)|"
    r"which|who)\b"
)

_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*|[\"“(]\s*|``\s*|--\s*)$")
_NOT_ANNOTATED = frozenset({"previously", "soon", "formerly", "eventually", "later", "earlier"})
_MOST_BEFORE = re.compile(r"\b(?i:most|least)\s+$")
_GREETING = re.compile(r"\b(?i:good)\s+$")
_GREETED = frozenset({"morning", "afternoon", "evening", "night", "day"})
_FREQUENCY_ADJECTIVES = frozenset({"quarterly", "semiannual", "semi-annual", "biannual"})
# ... unless joined to a recurrence that is told ("run monthly or quarterly reports", "weekly,
# quarterly and annual checks"): the two are read alike.
_FREQUENCY = r"(?:hourly|daily|nightly|weekly|biweekly|monthly|yearly|annually|annual)"
_FREQUENCY_JOINED_BEFORE = re.compile(rf"\b{_FREQUENCY}\s*(?:,\s*|\s(?:and|or)\s+)$", re.I)
_FREQUENCY_JOINED_AFTER = re.compile(rf"\s*(?:,\s*|\s(?:and|or)\s+){_FREQUENCY}\b", re.I)
# ... or followed by no noun it could qualify: "paid quarterly in arrears", "will move to
# quarterly starting in Q3"
_NO_NOUN_AFTER = re.compile(
    r"\s+(?:in|on|at|from|until|till|by|during|through|after|before|since|starting|beginning|"
    r"thereafter|instead|effective)\b"
)
#: A noun of things counted after a number: "26 people", "15 points", "40%".
COUNT_NOUN = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b|people\b|persons\b|men\b|women\b|troops\b|soldiers\b|"
    r"tons?\b|-ton\b|barrels\b|shares\b|votes\b|units\b|cars\b|trucks\b|homes\b|jobs\b|"
    r"points?\b|miles?\b|kilometers?\b|feet\b|meters?\b|acres\b|pounds\b|dollars\b|cents\b|"
    r"members\b|employees\b|workers\b|children\b|students\b|copies\b|pages?\b|"
    r"blocks?\s+of\b)"  # "the 1600 block of Main Street": an address
)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|your|my|this|that|these|those)|['’]s?)\s+"
    r"(?:(?!(?:first|second|third|last|next|other|only|some|many|few|several|about|over|"
    r"nearly|almost)\b)[a-z]{3,}\s+)?$",
    re.IGNORECASE,
)
# The word before a number that makes it a label, not a date: "page 12", "No. 5", "$1".
_LABELS = frozenset(
    "page pages p pp no nos number version v ver release chapter section article room route "
    "flight apartment suite box ext tel phone fax rule resolution item figure table vol volume "
    "model grade class paragraph rev issue fig art sec ch".split()
)
_ABBREVIATED_LABELS = frozenset("p pp no nos v ver vol rev ext tel fig art sec ch".split())
_MONEY = frozenset("$€£¥#№")


# A label names a number ("page 12", "chapter two"); before any other time ("seized his phone
# Tuesday", "issued the rule last week") the word is just a noun.
_COUNTED_BY_LABEL = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|"
    r"fourth)\b",
    re.IGNORECASE,
)


# Labels of a report's apparatus, before a number only: "note 2019", "n. 2020", "annex 1998",
# "exhibit 2001", "para. 2015".
_NUMBER_LABELS = frozenset(
    "note notes footnote fn n nn annex annexes appendix exhibit para paras doc".split()
)
_ABBREVIATED_NUMBER_LABELS = frozenset("fn n nn para paras doc".split())


def _is_label(before: str, number: bool = False) -> bool:
    token = before.rstrip().rpartition(" ")[2].rpartition("\n")[2]
    if not token:
        return False
    if token[-1] in _MONEY:
        return True
    word = token.rstrip(".").lower()
    if number and word in _NUMBER_LABELS:
        return not token.endswith(".") or word in _ABBREVIATED_NUMBER_LABELS
    if token.endswith(".") and word not in _ABBREVIATED_LABELS:
        return False  # "... a resolution. The day before", "a room. The next day": a sentence end
    return word in _LABELS


_SYMBOL_BEFORE = re.compile(r"[A-Za-z]\.?/$")
# A law report cited by volume, reporter and page: the volume, then abbreviations with their
# dots and series ("U.S.", "S. Ct.", "F.3d", "F. Supp. 2d", "L. Ed. 2d", "So. 2d", "N.E.2d"),
# not a month ("5 Jan. 2003" is a day); "(9th Cir. 2008)" has no volume before, its year stays.
_REPORTER_WORD = r"(?:[A-Z][a-z]{0,4}\.(?:[A-Z]\.)*(?:\s?\d(?:d|th))?|App['’]x|\d(?:d|th))"
_CITED_VOLUME = re.compile(
    rf"(?<![\w.,$])\d{{1,4}}\s+(?!{_MONTH_WORD}\s)(?-i:{_REPORTER_WORD}(?:\s?{_REPORTER_WORD}){{0,3}})\s+$",
    re.IGNORECASE,
)
# (on one line: "4 August 2020\n17:55" is a date line and a log entry's clock)
_PHONE_GROUPS = re.compile(r"(?:\+\d[\d \t().-]*|\b\d{3,}[ \t.-]|\(\d{2,4}\)[ \t]?)\Z")
_YEAR_RANGE = re.compile(r"((?:1[89]|20)\d\d)[-–/]((?:1[89]|20)\d\d|\d\d)(?![\d/-])")
# Older years make a range only in brackets, as a life or a reign is given: "(1520–1566)",
# "(c. 1490–1588)".
_BRACKETED_YEAR_RANGE = re.compile(r"(1\d\d\d)[-–]((?:1\d|20)\d\d)(?=\))")
_BRACKET_BEFORE = re.compile(r"\((?:(?:c|ca|circa)\.?\s*)?$")
_CIRCA = re.compile(r"(?:c|ca|circa)\.?\s*(?=\d)", re.IGNORECASE)


def _year_range(text: str, start: int) -> tuple[int, int] | None:
    """The extent of the second year when ``text[start:]`` opens a stretch of years ("2018-2019",
    "1990–91", "2019/2020"): the second later than the first, by less than a century."""
    match = _YEAR_RANGE.match(text, start)
    if match is None and _BRACKET_BEFORE.search(text, max(0, start - 8), start):
        match = _BRACKETED_YEAR_RANGE.match(text, start)
    if match is None or (start and (text[start - 1].isalnum() or text[start - 1] in "-–/.")):
        return None
    first, second = int(match.group(1)), match.group(2)
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return match.span(2) if first < last < first + 100 else None


# (an area code's bracket and the number after it are on one line: "(212) 555-0100"; a date
# closing a bracket at a line's end is not one: "(updated 14 December 2020)¶¶1998 - ...")
_PHONE_OR_VERSION = re.compile(r"^(?:[.\-–/:]\d|\d|\)[^\S\n]*\d)")
_AFTER_AGE = re.compile(r"^[\s-]*old\b", re.IGNORECASE)
_ORDINAL_UNIT = re.compile(r"(?:(?:a|the|one)\s+)?second", re.IGNORECASE)
_ORDINAL_FOLLOWER = re.compile(r"^\s+(?!later\b|ago\b|earlier\b|before\b|after\b|or\b|and\b)[a-z]")
_YEAR = re.compile(r"(?:'\d\d|\d{4}s?|\d{3}0s)")
_DIGITS = re.compile(r"\d+")


def trim_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """The TimeML extent inside ``text[start:end]``: no introducing preposition, no edge spaces.

    Determiners and modifiers stay ("the third quarter", "early next year", "about two hours").
    """
    match = _LEADING.match(text, start, end)
    if match is not None and match.end() < end:
        over = _OVER_AS_MORE.search(text, max(0, match.end() - 24), match.end())
        # "in [over 80 years]", "for [over a decade]": "over" is "more than", and TimeML marks it
        start = over.start(1) if over is not None and over.start(1) >= start else match.end()
    article = _ARTICLE_OF_NOUN.match(text, start, end)
    if article is not None and article.end() < end:
        start = article.end()  # "the [24-hour] strike": the article belongs to the noun
    adverb = _EARLY_OR_LATE.match(text, start, end)
    if adverb is not None and adverb.end() < end:
        length = _LENGTH_BEFORE.search(text, max(0, start - 30), start)
        if length is not None and not length.group(1):
            start = adverb.end()  # "start two weeks [early] this year": how early, no mod
    approximator = _APPROXIMATOR.match(text, start, end)
    if approximator is not None and approximator.end() < end and _POSSESSIVE.match(text, end):
        start = approximator.end()  # "get [around] Wednesday's ruling": the ruling's preposition
    verb = _VERB_LAST.match(text, start, end)
    if verb is not None and _LAST_AS_VERB.search(text, max(0, start - 12), start):
        start = verb.end()  # "could [last several weeks]": the verb "last", then a length
    while start < end and not text[start].isalnum():
        if text[start] in "'’" and text[start + 1 : start + 2].isdigit():
            break  # "'98", "the '90s": the apostrophe stands for the century
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:!?\"“”'‘’([{"):
        end -= 1
    if end > start and text[end - 1] == "." and not _ABBREVIATED.search(text, start, end):
        end -= 1  # a full stop, not the dot of "Sept." or "a.m."
    return start, end


_EARLY_OR_LATE = re.compile(r"(?:early|late)\s+", re.IGNORECASE)
# A word of approximation before a date in the possessive governs the noun after it, not the
# date ("questions about last week's vote", "ways around Friday's ruling"); before a counted
# length it is the length's ("about an hour's drive").
_APPROXIMATOR = re.compile(
    r"(?:about|around|approximately|roughly|nearly|almost)\s+(?!(?:an?|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d)\b)",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\b")
# A counted length just before ("two weeks early", "a day late"), not the length of a stay
# ("lasted two days late last month", "fell in about three hours late Friday", group 1).
_LENGTH_BEFORE = re.compile(
    r"(\b(?:for|lasted|lasting|last|spent|took|(?<!came\s)(?<!come\s)(?<!comes\s)in|within)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|just|some|under|over)\s+)?)?"
    r"\b(?:an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|few|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
    r"\s+$",
    re.IGNORECASE,
)
# A year before or after the common era, or the number opening a range that ends in one.
_ERA_TOLD = re.compile(rf"\d\s?{ERA}\Z")
_ERA_RANGE_AFTER = re.compile(
    rf"\s*(?P<joint>[-–]|and|to|until|till)\s*(?P<year>\d{{1,4}})\s?(?P<era>{ERA})(?![\w-])"
)
_RANGE_LEAD = re.compile(r"\b(?:between|from)\s+\Z", re.IGNORECASE)


# ("a quarter-century", "a half-century" are nouns themselves: the article is theirs)
_ARTICLE_OF_NOUN = re.compile(
    r"(?:the|a|an)\s+(?!(?:quarter|half)-century$)(?=[\w.]+-[A-Za-z]+$)", re.IGNORECASE
)
_VERB_LAST = re.compile(r"last\s+(?=\S+\s+\S)", re.IGNORECASE)
_LAST_AS_VERB = re.compile(
    r"\b(?:will|would|could|can|may|might|must|should|to|not|n't|did|does|do|'ll|"
    r"and|or|that|which)\s+$",  # "open on 7 May and [last three days]", "storms that last"
    re.IGNORECASE,
)
_ABBREVIATED = re.compile(r"(?:\b[A-Za-z]{1,4}|\.[A-Za-z])\.$")
_OVER_AS_MORE = re.compile(
    r"\b(?:(?:in|for|after|of|than|within|took|lasted|spent|served|waited|stayed)\s+"
    r"(?:(?:just|slightly|well)\s+)?|just\s+|slightly\s+|well\s+)(over\s+)$",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"(?:(?:on|in|at(?!\s+(?:least|most)\b)|for|during|since|until|till|by|from|to|of|over|"
    r"through|throughout|within|into|between|before|after|as\s+of|starting|beginning|ending|"
    r"effective)\s+)+",
    re.IGNORECASE,
)


_CLOCK_READING = re.compile(r"\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?")
_GAME_CLOCK_AFTER = re.compile(r"\s+(?:left|remaining|to\s+play|to\s+go)\b", re.IGNORECASE)
_RACE_TIME_BEFORE = re.compile(
    r"\b(?:in|clocked|timed\s+at|a\s+time\s+of|record\s+of|best\s+of)\s+$", re.IGNORECASE
)
_TO_THE_DAY_BEFORE = re.compile(
    r"\b(?:years?|months?|weeks?|days?)\s+"
    r"(?:(?:almost|nearly|exactly|precisely|just\s+about|all\s+but)\s+)?to\s+$",  # "almost to"
    re.IGNORECASE,
)


_COUNT_FOLLOWS = re.compile(
    r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+[a-z]",
    re.IGNORECASE,
)


_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")  # "30.09.2021", day first
_UP_TO_DATE = re.compile(r"\s+(?:as\s+(?:of|at)|to|until|through)\b")
# What "today's" says of the present age rather than of the report's day.
_NOWADAYS_AFTER = re.compile(
    r"['’]s\s+(?:(?:modern|young|personal|global|fast-changing|changing|complex)\s+)?"
    r"(?:youth|young|world|society|generation|children|kids|teenagers|teens|parents|families|"
    r"consumers|students|workers|economy|culture|standards|technology|computers|media|"
    r"politics|reality|realities|climate|era|age)\b",
    re.IGNORECASE,
)


# The hour that opens a range of clock times, joined by a dash: "2-" in "2-5 a.m. on Saturday".
_HOUR_DASH = re.compile(HOUR_BEFORE_DASH)
_HALF_DAY_CLOCK = re.compile(HALF_DAY_CLOCK, re.IGNORECASE)


_STYLE_AFTER = re.compile(r"\s+modern(?:ist|ism)?\b", re.IGNORECASE)
# "another day" as "an ordinary day": at work, or what a day is said to be ("it felt like just
# another day"), not one more day waited ("stayed another day", "for another week").
_ORDINARY_AFTER = re.compile(
    r"\s+(?:at\s+(?:the\s+)?(?:office|work|races)|in\s+(?:the\s+)?(?:office|paradise|life)|"
    r"on\s+the\s+job)\b",
    re.IGNORECASE,
)
_ORDINARY_BEFORE = re.compile(
    r"\b(?:is|was|be|been|being|seemed|seems|felt|feels|like)\s+(?:just|only|simply|merely)\s+$"
    r"|(?:['’]s|\bit\s+is|\bit\s+was)\s+(?:just\s+)?$",
    re.IGNORECASE,
)
# "another day, another protest": the idiom, unless what follows is another length ("waited
# another day, another week")
_ANOTHER_AFTER = re.compile(
    r"\s*[,;:–—-]\s*another\s+(?!(?:[\w-]+\s+)?(?:second|minute|hour|day|night|week|weekend|"
    r"month|quarter|year|decade|century|centuries)s?\b)",
    re.IGNORECASE,
)


# A part of the day naming a kind of thing: "night shifts", "night school", "the morning
# paper", "the evening news", "the end of the evening news" (but "the morning session", "the
# night flight" may be times).
_A_PART_OF_DAY = re.compile(
    r"(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(?:the\s+)?(?:night|morning|evening|afternoon)"
)
_NOUN_OF_A_PART = re.compile(
    r"\s+(?:shifts?|school|classes|clubs?|paper|papers|newspapers?|news|edition|vision|owls?|"
    r"nurses?|guards?|watchman|editor|desk|staff|crews?|workers?)\b",
    re.IGNORECASE,
)
# A season naming a kind of place or thing: "their winter range", "the summer residence", "a
# winter coat", "summer camp", "the birds' summer breeding grounds" (no time told; "winter
# storms", "the summer rains" may be the season's).
_A_SEASON = re.compile(r"(?:the\s+)?(?:spring|summer|autumn|fall|winter)")
_NOUN_OF_A_SEASON = re.compile(
    r"\s+(?:(?:breeding|feeding|nesting|calving|wintering)\s+)?(?:ranges?|grounds?|habitats?|"
    r"homes?|quarters|residences?|palace|retreat|pastures?|camps?|coats?|jackets?|clothes|"
    r"clothing|boots|tires|tyres|gear|wardrobe|plumage|wheat|squash|uniforms?)\b",
    re.IGNORECASE,
)
# "Overnight" naming a kind of money market: "the overnight rate", "overnight lending", "the
# overnight repo" (a loan for one night, not a night told).
_OVERNIGHT = re.compile(r"(?:the\s+)?overnight")
_MONEY_AFTER_OVERNIGHT = re.compile(
    r"\s+(?:(?:interbank|bank|policy|lending|deposit|borrowing|money|cash|call)\s+)?"
    r"(?:rates?|lending|loans?|borrowing|repos?|repurchase|deposits?|funds|index|indexed|"
    r"swaps?|money|markets?|facility|facilities|interbank)\b",
    re.IGNORECASE,
)
# "Overnight" meaning suddenly: "almost overnight", "virtually overnight", "an overnight success".
_SUDDENLY_BEFORE = re.compile(
    r"\b(?:almost|virtually|practically|nearly|seemingly|literally|all\s+but|as\s+if)\s+$",
    re.IGNORECASE,
)
_SUDDENLY_AFTER = re.compile(
    r"\s+(?:successe?s?|sensations?|stars?|celebrity|celebrities|fame|millionaires?)\b",
    re.IGNORECASE,
)
# Hours something keeps: "whose hours were cut", "the store's hours", "during office hours".
_KEPT_HOURS = re.compile(
    r"(?:\b(?:its|their|whose|his|her|our|your|my)|\w['’]s)\s+"
    r"(?:(?:normal|regular|usual|reduced|extended|weekend|working)\s+)?\Z|"
    r"\b(?:opening|business|office|visiting|trading|operating|banking|surgery)\s+\Z",
    re.IGNORECASE,
)


def is_false_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, which the grammar recognises, is not a date in its context."""
    phrase = text[start:end]
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    words = phrase.strip()
    lowered = words.lower()
    number = words[:1].isdigit()
    if (number or _COUNTED_BY_LABEL.fullmatch(words)) and _is_label(before, number):
        return True
    if number and _SYMBOL_BEFORE.search(before):
        return True  # a document symbol: "A/RES/2758", "S/PV.8000"
    if number and _ERA_TOLD.search(words):
        return False  # "300-250 BC": a year told with its era
    era_after = _ERA_RANGE_AFTER.match(after) if number else None
    if era_after is not None and words.isdigit():
        # "between [300] and 200 BC", "from [200] to 300 AD": the era's year too; a number
        # beside one that opens no such range ("1200 and 44 BC") is none of ours
        return not opens_era_range(
            int(words),
            int(era_after.group("year")),
            bc=era_after.group("era").startswith("B"),
            lead=_RANGE_LEAD.search(before) is not None,
            joint=era_after.group("joint"),
        )
    if words.isdigit() and _CITED_VOLUME.search(before):
        return True  # a page in a law report: "410 U.S. 113", "123 S. Ct. 2003", "512 F.3d 1104"
    # (Below, ``number and`` / ``not number and`` skip patterns that cannot match a phrase
    # with that first character, ``not words.islower()`` those that want a capital letter:
    # they only save time.)
    if (
        number
        and _CLOCK_READING.fullmatch(words)
        and (_GAME_CLOCK_AFTER.match(after) or _RACE_TIME_BEFORE.search(before))
    ):
        return True  # "2:31 left in the half", "won in 2:08:31": a length read off a clock
    if lowered.startswith("the day") and _TO_THE_DAY_BEFORE.search(before):
        return True  # "32 years to the day after the disaster": exactly, not a date
    if lowered == "today" and _NOWADAYS_AFTER.match(after):
        return True  # "today's youth", "in today's world": the present age, no day told
    if lowered == "current" and _UP_TO_DATE.match(after):
        return True  # "the list is current as of 26 February": up to date, not a time
    if lowered in _NOT_ANNOTATED:
        return True  # sequence adverbs TimeML leaves alone: "previously", "soon"
    if lowered == "recently" and _MOST_BEFORE.search(before):
        return True  # "postponed four times, most recently last November": the last of them
    if not number and _RATE_UNIT.fullmatch(lowered) and _LENGTH_BEFORE.search(before):
        return True  # "staffed 24 hours a day", "open seven days a week": a rate, no length
    if lowered in _REPEATED:
        twice = _REPEATED_AFTER.match(after) or _REPEATED_BEFORE.search(before)
        if twice is not None and twice.group(1).lower() == lowered:
            return True  # "night after night", "month after month": a manner, no time named
    if before[-1:] == "-" and before[-2:-1].isalpha():
        return True  # inside a compound word: "pre-dawn", "late-night"
    if lowered.endswith("past") and _COUNT_FOLLOWS.match(after):
        return True  # "the past three summers": "the past" counts what follows, no PAST_REF
    if lowered == "mid-century" and _STYLE_AFTER.match(after):
        return True  # "a mid-century modern sofa": a style of design, no time told
    if lowered.startswith("another") and _ANOTHER_AFTER.match(after):
        return True  # "another day, another protest": an idiom, no length waited
    if lowered.startswith("another") and (
        _ORDINARY_AFTER.match(after) or _ORDINARY_BEFORE.search(before)
    ):
        return True  # "just another day at the office", "it was just another day": ordinary
    if (
        not number
        and _BARE_WEEK.fullmatch(words)
        and not _said_near(_SURVEILLANCE_WORD, text, start, end)
    ):
        return True  # "given in week 12" of a trial, "lost in week 2" of a season
    if lowered == "now" and after[:1] == "-" and after[1:2].isalpha():
        return True  # "the now-defunct firm": an adjective, no time told
    if not words.islower() and _TITLE_WORD.fullmatch(words) and not _SENTENCE_START.search(before):
        return True  # a common word capitalised mid-sentence is a title: "High Noon", "60 Minutes"
    if (
        lowered in _FREQUENCY_ADJECTIVES
        and re.match(r"\s+[a-z]", after)
        and not _FREQUENCY_JOINED_BEFORE.search(before)
        and not _FREQUENCY_JOINED_AFTER.match(after)
        and not _NO_NOUN_AFTER.match(after)
    ):
        return True  # "a quarterly dividend": a property of the noun, not a recurrence told
    if lowered in ("midweek", "mid-week") and _NOUN_AFTER_MIDWEEK.match(after):
        return True  # "the midweek game", "midweek matches": a kind of thing, no time told
    if _GAME_PERIOD.fullmatch(words) and _in_a_game(text, start, end, before, after):
        return True  # "scored 10 points in the fourth quarter", "trailed in the last quarter"
    if _PART_OF_A_THING.fullmatch(words) and _COMPOUND_AFTER.match(after):
        return True  # "the quarter-mile", "a quarter-final": a part of something else
    if lowered == "daily" and _CAPITALISED_AFTER.match(after):
        return True  # a newspaper: "the Communist Party daily Granma"
    if lowered in _GREETED and _GREETING.search(before):
        return True  # "good evening": a greeting, not a time
    if lowered == "minutes" and _RECORD_OF.match(after):
        return True  # "Minutes of Tuesday's meeting will be published": the record of it
    if not number and _A_PART_OF_DAY.fullmatch(lowered) and _NOUN_OF_A_PART.match(after):
        return True  # "worked night shifts", "the morning paper": a kind of thing, no time told
    if not number and _A_SEASON.fullmatch(lowered) and _NOUN_OF_A_SEASON.match(after):
        return True  # "their winter range", "a summer camp": a kind of thing, no time told
    if not number and _OVERNIGHT.fullmatch(lowered) and _MONEY_AFTER_OVERNIGHT.match(after):
        return True  # "the overnight rate", "overnight lending": a term of money, no night
    if lowered == "overnight" and (_SUDDENLY_BEFORE.search(before) or _SUDDENLY_AFTER.match(after)):
        return True  # "prices doubled almost overnight", "an overnight success": suddenly
    if lowered == "hours" and _KEPT_HOURS.search(before):
        return True  # "libraries, whose hours were cut", "its opening hours": when it is open
    if lowered in _BODY_PERIODS and _BODY_BEFORE.search(before):
        return True  # "the long lunar night", "a Martian day": another body's day, no date
    if number and _DIGIT_UNIT.fullmatch(words) and _in_headline(text, start, end):
        return False  # "Port Workers End 11-Day Strike": a headline capitalises every word
    if _is_a_name(words, lowered, before, after):
        return True
    if words.rstrip(".") == "Sun" and _THE_BEFORE_ANY.search(before):
        return True  # "the Day of the Sun", "the Sun reported": the star or a newspaper
    # Glued to digits, dots or dashes: part of a phone number, a version, a decimal, a range of
    # amounts ("555-1234", "2.1", "$1.50").
    if before[-1:].isdigit() or (
        before[-1:] in ".,-/:–"
        and before[-2:-1].isdigit()
        and not words[:1].isalpha()
        and not (_HOUR_DASH.search(before) and _HALF_DAY_CLOCK.match(words))
    ):  # ("Sept. 28-[Oct. 2]" is the end of a range, and "2-[5 a.m. on Saturday]")
        return True
    if words[-1:].isdigit() and _PHONE_GROUPS.search(before):
        return True  # the last group of a phone number: "+86 21 6888 1234"
    if number and _year_range(text, start) is not None:
        return False  # "2018-2019", "1990–91": a stretch of years, not a phone number
    circa = None if number else _CIRCA.match(words)
    if circa is not None and _year_range(text, start + circa.end()) is not None:
        return False  # "(c. 1490–1588)": the same, its start told as about
    if words[-1:].isdigit() and _PHONE_OR_VERSION.match(after):
        if not re.match(r"^[-–/]\d{2,4}\b", after) or re.match(r"^[-–]\d{3,}", after):
            return True
    if _AFTER_AGE.match(after):
        return True
    if not number and _LOWER_AMBIGUOUS.fullmatch(words):  # (its words are all lower case)
        return True  # "may" (modal), "march" (verb), "sun", "wed"
    if not number and _BARE_MONTH.fullmatch(words):
        return _month_is_a_name(words, before, after)
    if not number and _ORDINAL_UNIT.fullmatch(words) and _ORDINAL_FOLLOWER.match(after):
        return True  # "a second source", "the second round"
    if number and _ZERO_CLOCK.fullmatch(words) and _CLOCK_RANGE_BEFORE.search(before):
        return False  # "from 2330 to [0115]": a leading zero is no year, no count
    if _NUMBER_ONLY.fullmatch(lowered) and not _DOTTED_DATE.fullmatch(words):
        if not _YEAR.fullmatch(words):
            return True  # a bare count: "five", "15"
        return _year_is_a_count(words, before, after)
    if _DIGITS.fullmatch(words.replace(",", "")):
        return True
    return False


_RECORD_OF = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:meetings?|sessions?|hearings?|talks|deliberations)\b",
    re.IGNORECASE,
)
_BODY_PERIODS = frozenset(["night", "nights", "day", "days", "year", "years"])
_BODY_BEFORE = re.compile(r"\b(?:lunar|Martian|Jovian|sidereal|polar)\s+$", re.IGNORECASE)
_DIGIT_UNIT = re.compile(r"\d+-(?:Day|Week|Month|Year|Hour|Minute)")
_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _in_headline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is on a line of its own that reads as a headline: short, no
    full stop at its end, most of its words capitalised."""
    left = text.rfind("\n", max(0, start - 150), start) + 1 or max(0, start - 150)
    right = text.find("\n", end, end + 150)
    if right < 0:
        right = len(text)
    line = text[left:right].strip()
    if not line or len(line) > 150 or line[-1] in '.!?"”:;,':
        return False
    words = [w for w in _HEADLINE_WORD.findall(line) if w.lower() not in _MINOR_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


_MINOR_WORDS = frozenset("a an the of in on at to for and or but by with from as".split())


def _is_a_name(words: str, lowered: str, before: str, after: str) -> bool:
    """A temporal word that is part of a name or a title, or a number that belongs to one."""
    titled = not words.islower()  # (the name and title patterns below want a capital letter)
    if titled and _NAME_WORD.fullmatch(words) and _NAME_AFTER.match(after):
        return True  # "Summer Smith", "Dawn Johnson", "the Summer Olympics"
    if titled and (_TITLE_CASE.fullmatch(words) or _COUNTED_TITLE.fullmatch(words)):
        return True  # "This Week" (a programme), "Thursday Night Football", "Six-Day War"
    number = words[:1].isdigit()  # (no weekday or month; only a number is a clock or a year)
    weekday = titled and not number and _WEEKDAY.fullmatch(words) is not None
    month = not number and _BARE_MONTH.fullmatch(words) is not None
    if (weekday or month) and _HONORIFIC_BEFORE.search(before):
        return True  # "Mr. October"
    if month and _KIN_BEFORE.search(before):
        return True  # "his daughter April's wedding", "his wife June": a first name
    if weekday and _NAME_AFTER.match(after):
        # "Tuesday Weld starred", "He read The Sunday Times": a weekday heading a name at a
        # sentence start or after a capitalised "The", where a date would have a comma, a
        # verb or a lower-case word after it
        if _THE_BEFORE.search(before) or _SENTENCE_START.search(before):
            return True
    if lowered in _PART_OF_DAY and _RATE_BEFORE.search(before):
        return True  # "$55 a night": a rate, not a time
    if number and _CLOCK.fullmatch(words) and _named_number(before, mid_sentence=False):
        return True  # a verse, not a clock time: "Luke 2:14", "John 3:16"
    ends = _YEAR_ENDS_PHRASE.match(after) if number and _FOUR_DIGITS.fullmatch(words) else None
    if ends is not None and _named_number(before, mid_sentence=not ends.group("verb")):
        # a year closing a name: "called Orion 1980,", "runs Windows 2000."; before a verb
        # also at a sentence start ("Star 1988 has since been seen")
        return True
    return False


def _named_number(before: str, *, mid_sentence: bool) -> bool:
    """Whether a number follows a capitalised word that names something ("Luke", "Windows").

    With ``mid_sentence`` the word must not begin a sentence, where a capitalised word is as
    likely a preposition ("Since 1949,").
    """
    match = _NAME_BEFORE.search(before)
    if match is None or match.group(1).lower() in _NOT_A_NAME:
        return False
    return not (mid_sentence and _SENTENCE_START.search(before, 0, match.start()))


def _month_is_a_name(words: str, before: str, after: str) -> bool:
    if _TEMPORAL_BEFORE.search(before) or re.match(r"\s*(?:\d|,\s*\d|of\b|'\d)", after):
        return False
    if words[:1].islower():
        return True
    if len(words.rstrip(".")) == 3 and not words.endswith(".") and words.lower() != "may":
        return True  # a bare abbreviation without a day: "Jun" in "Leejin Jun"
    if _MODIFIER_BEFORE.search(before) and _MODIFIED_AFTER.match(after):
        return False  # a month modifying a noun: "the March accession", "its May meeting"
    if _DESCRIBED_BEFORE.search(before) and not _MARCH_ON.match(after):
        return False  # "a cool, wet March", "the unusually dry May": described, a month
    if _TOLD_A_MONTH_AFTER.match(after) or _APPOSED_MONTH_AFTER.match(after):
        return False  # "March was the worst month", "May, the quietest month, ..."
    planned = _SET_FOR_BEFORE.search(before)
    if planned is not None and not (
        planned.group(1) is None  # "was called for May": passive, the date it is set for
        and planned.group(2) in ASKED_FOR
        and _TO_ACT_AFTER.match(after)
    ):
        return False  # "the round planned for March": the month a plan is set for
    if _MONTH_LISTED_BEFORE.search(before) and _MONTH_LISTED_AFTER.match(after):
        return False  # "in April, [May] and June": a month listed with months
    if words.lower() in ("may", "march") and not _TEMPORAL_BEFORE.search(before):
        if not (words == "March" and _month_for(before, after)):
            return True  # sentence-initial "May I..." or a name "May Smith"
    if _CAPITALISED_AFTER.match(after) or _CAPITALISED_BEFORE.search(before):
        return True  # "April Smith", "Leejin Jun"
    return False


def _month_for(before: str, after: str) -> bool:
    """Whether a capitalised "March" is what a thing is for ("a target for March", "sales for
    March"), not a person asked for ("voted for March") or told to act ("for March to go")."""
    match = _FOR_BEFORE.search(before)
    if match is None or (match.group(1) or "").lower() in PERSON_FOR:
        return False
    return not _TO_ACT_AFTER.match(after) and not after.startswith(("'s", "’s"))


_FOR_BEFORE = re.compile(r"(?:\b([A-Za-z]+)[^\w\s]*\s+)?\bfor\s+$")
_SET_FOR_BEFORE = re.compile(
    rf"(?:\b({'|'.join(sorted(BE_FORMS))})\s+)?\b({'|'.join(sorted(PLANNED_FOR))})\s+for\s+$"
)
# "called for May to resign": a person asked to act, not a month a plan is set for
_TO_ACT_AFTER = re.compile(rf"\s+to\s+(?!(?i:{MONTH})\b)[a-z]+\b")
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|its|his|her|their|our)\s+"
    r"(?:(?!(?:for|of|in|on|to|with|by|at|from|about|and|or|but|is|was|are|were|has|had)\b)"
    r"[a-z]+,?\s+){1,3}$",
    re.IGNORECASE,
)
_APPOSED_MONTH_AFTER = re.compile(r",\s+(?:the|a|an|its|our)\s+(?:[a-z-]+\s+){0,3}month\b")
_TOLD_A_MONTH_AFTER = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been)\s+(?:[a-z]+\s+)?the\s+(?:[a-z]+\s+){0,2}month\b"
)
_MARCH_ON = re.compile(r"\s+(?:on|to|against|through|for|from)\b")  # "a silent March on"
_MODIFIER_BEFORE = re.compile(r"\b(?:the|its|his|her|their|our|this|that|last|next)\s+$", re.I)
_MODIFIED_AFTER = re.compile(
    r"\s+(?!(?:on|to|of|for|in|at|by|with|against|through|from|across|and|or)\b)[a-z]{3,}"
)


_CLOCK_CUE_BEFORE = re.compile(
    r"\b(?:at|by|until|till|from|before|after|since|around|about|approximately)\s+$",
    re.IGNORECASE,
)


def _year_is_a_count(words: str, before: str, after: str) -> bool:
    digits = words.strip("'s")
    if len(digits) == 4 and digits[0] == "0" and _CLOCK_CUE_BEFORE.search(before):
        return False  # "until 0615", "by 0400": a clock time the grammar read from its cue
    if len(digits) == 4 and not 1000 <= int(digits) <= 2999:
        return True
    if _GLUED_UNIT.match(after):
        return True  # a measure: "the 1500m", "a 1200cc engine", "2000mAh"
    if _LABEL_GIVEN_AS.search(before):
        return True  # "gave his badge number as 1017", "the code was 1984": a number named
    if _TEMPORAL_BEFORE.search(before):
        return False
    if COUNT_NOUN.match(after):
        return True
    if _COMMITTEE_AFTER.match(after):
        return True  # "the 1718 Committee": a sanctions committee named by its resolution
    code = _CODE_BEFORE.search(before)
    if code is not None and (
        (
            int(digits[:4]) < 1800
            and code.group(1).isupper()
            and len(code.group(1)) > 1
            and code.group(1) not in _ERA_OR_YEAR_CODES
        )
        or (code.group(1).upper() in _BILL_OR_PAPER and after[:1] == ")")
    ):  # a paper, bill or part by its number: "(HC 1123)", "SB 1047", "(HB 2015)" (not "the UK
        # 2019 election", nor an author and year: "(IPCC 2014)", "(IMF 2011)")
        return True
    if _DETERMINER_BEFORE.search(before):
        return False  # a year as a modifier: "the 1996 Olympic bombing", "its 1990 invasion"
    if _COUNT_AFTER.match(after):
        return True
    if _NAMED_ON_THE_LINE.match(after) and not re.match(r"\s+(?:A\.D|B\.C|AD|BC|CE)\b", after):
        # "800 Trading Company" (a capitalised word on the next line names nothing with it: a
        # year alone on its line heads the entries below, as the grammar reads it)
        return True
    return False


_LABEL_GIVEN_AS = re.compile(
    r"\b(?:number|code|ID|badge|serial|PIN|password|room|flight|route|seat|cell)\s+"
    r"(?:as|was|is|reads?|read)\s+$",
    re.IGNORECASE,
)
_NAMED_ON_THE_LINE = re.compile(r"[^\S\n]+(?:[A-Z][a-z]|[A-Z]\.)")
_GLUED_UNIT = re.compile(
    r"(?:m|km|cm|mm|kg|lbs?|ft|mph|kph|cc|hp|mw|kw|gw|kwh|mah|gb|mb|tb|ml|mg|bn|mn)\b",
    re.IGNORECASE,
)
_CODE_BEFORE = re.compile(r"(?<![\w.])([A-Z][A-Za-z]{0,3})[ \t]$")
# Prefixes of bills and parliamentary papers, which number them past 1800: "(HC 1123)",
# "(HB 2015)", "(Cm 9161)"
_BILL_OR_PAPER = frozenset(
    "HC HL HB SB AB HR S H HF SF LB SR HJR SJR HCR SCR HRES SRES CM CMD CMND".split()
)
_ERA_OR_YEAR_CODES = frozenset(
    "AD BC CE BCE FY CY UTC GMT JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC".split()
)
_COMMITTEE_AFTER = re.compile(r"\s+(?:Sanctions\s+)?Committee\b")
_FOUR_DIGITS = re.compile(r"(?:1\d|20)\d\d")
_GLUED_BEFORE = frozenset("$.,/-_")


def modifier_years(text: str) -> list[tuple[int, int]]:
    """Years the grammar passes over: used as modifiers ("its [1990] invasion"), or closing a
    stretch of years glued to the first ("2018-[2019]")."""
    found: list[tuple[int, int]] = []
    for match in _FOUR_DIGITS.finditer(text):
        start, end = match.span()
        left = text[start - 1] if start else " "
        right = text[end : end + 2]
        if left.isalnum() or left in _GLUED_BEFORE:
            continue
        if right[:1] in "-–/":
            second = _year_range(text, start)
            if second is not None and second[1] - second[0] == 4:
                found.append(second)
            continue
        if (
            right[:1].isalnum()
            or right[:1] in "%/-_"
            or (right[:1] in ".," and right[1:].isdigit())
        ):
            continue
        before = text[max(0, start - 20) : start]
        if _DETERMINER_BEFORE.search(before) and not is_false_date(text, start, end):
            found.append((start, end))
    return found


_ZERO_CLOCK = re.compile(r"0\d[0-5]\d")
_CLOCK_RANGE_BEFORE = re.compile(rf"\b{HHMM}\s*(?:to|and|until|till|through|-|–)\s*$")


def bare_halves(text: str) -> list[tuple[int, int]]:
    """ "H1", "H2" alone, as results are told ("H1 revenue rose", "guidance for H2"): a half
    year in a sentence about money; elsewhere "H2" is as often hydrogen, and the grammar reads
    only "H1 2021" with its year."""
    found: list[tuple[int, int]] = []
    if "H1" not in text and "H2" not in text:
        return found
    for match in _BARE_HALF.finditer(text):
        start, end = match.span()
        if speaks_of_results(text, start, end):
            found.append((start, end))
    return found


_NEAR = 150  # characters either side in which a word gives a bare "H1" or "week 48" its sense


def _said_near(words: _Words, text: str, start: int, end: int) -> bool:
    """Whether one of ``words`` is written within :data:`_NEAR` characters before or after
    ``text[start:end]`` (not in it)."""
    return words.found(text, max(0, start - _NEAR), start) or words.found(
        text, end, min(len(text), end + _NEAR)
    )


def _in_a_game(text: str, start: int, end: int, before: str, after: str) -> bool:
    """Whether a quarter or half at ``text[start:end]`` (``before`` and ``after`` its sentence's
    40 characters either side) is a period of a game: see :data:`_GAME_STORY`."""
    if _GAME_WORDS.found(before) or _GAME_WORDS.found(after):
        return True
    return _GAME_STORY.found(
        text, max(0, start - 2 * _NEAR), min(len(text), end + _NEAR)
    ) and not _said_near(_MONEY_WORD, text, start, end)


def speaks_of_results(text: str, start: int, end: int) -> bool:
    """Whether a word about results or accounts ("sales", "revenue", "fiscal", "quarter") is
    written near ``text[start:end]``: where a reporting period named alone ("H1", "the
    quarter") is one, not hydrogen or a town's quarter."""
    return _said_near(_RESULTS_WORD, text, start, end)


_BARE_HALF = re.compile(r"(?<![\w/.-])H[12](?![\w-]|\.\d|\s*(?:19|20)\d\d\b)")
# Words of accounts: results are told in them ("H1 revenue rose"), and a game maker's quarter.
_ACCOUNTS_WORDS = r"revenues?|sales|profits?|earnings|results|dividends?|fiscal|year-on-year"
_RESULTS_WORD = _Words(
    rf"{_ACCOUNTS_WORDS}|EBITDA|EBIT|margins?|guidance|turnover|(?:net|operating)\s+income|"
    r"bookings|outlook|Q[1-4]|quarter|half-year|y/y|YoY|year\s+end(?:ed|ing)|financial|"
    r"balance\s+sheet|interim|shareholders"
)
_MONEY_WORD = _Words(
    rf"{_ACCOUNTS_WORDS}|shares|stocks?|percent|economy|economic|GDP|growth|"
    r"analysts|investors|income|losses|inflation|quarterly|annualized|forecasts?",
    marks="$€£%",
)


# A week by its number alone ("week 48") is the year's ISO week where a text counts cases by
# epidemiological week, as health bulletins do; elsewhere it is as often a trial's or a
# season's week ("improved by week 12", "lost in week 2"). With its year ("week 47 of 2021")
# it is always the year's.
_BARE_WEEK = re.compile(r"(?i:week)\s+\d{1,2}")
_SURVEILLANCE_WORD = _Words(
    r"cases|deaths|infections|outbreaks?|epidemiolog\w*|surveillance|bulletins?|ISO|"
    r"influenza|flu|cholera|measles|dengue|malaria|incidence|notifications|notified"
)
