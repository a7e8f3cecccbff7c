"""The words of English reporting language the grammar knows, as plain lookup tables."""

from __future__ import annotations

__all__ = [
    "PART_CODES",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "AMBIGUOUS_MONTHS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "CARDINALS",
    "TENS",
    "ORDINALS",
    "ORDINAL_TENS",
    "UNITS",
    "SEASONS",
    "APPROXIMATORS",
    "DURATION_MODS",
    "DECADE_WORDS",
    "SET_ADVERBS",
    "PRESENT_WORDS",
    "YEAR_BEFORE",
    "YEAR_AFTER",
    "MONTH_BEFORE",
    "PLANNED_FOR",
    "ASKED_FOR",
    "PERSON_FOR",
    "BE_FORMS",
    "PREPOSITIONS",
    "BOUNDING_PREPOSITIONS",
    "TIME_PREPOSITIONS",
]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"]
)
#: Month names that are also common words or given names: alone they need temporal context.
AMBIGUOUS_MONTHS = frozenset(["may", "march", "april", "june", "august", "jan"])

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
WEEKDAY_ABBREVIATIONS = frozenset(
    ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
)

CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
TENS = frozenset(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
ORDINAL_TENS = {"twenty": 20, "thirty": 30}

#: Unit words and the unit they name.
UNITS = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "weekend": "weekend", "weekends": "weekend",
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
#: TIMEX3 codes of the parts of the day a recurrence or a weekday may name ("every evening").
PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

APPROXIMATORS = frozenset(
    ["around", "about", "roughly", "approximately", "circa", "approx", "some", "ca", "c"]
)
#: Words that bound a duration, and the TIMEX3 mod they give.
DURATION_MODS = {
    ("more", "than"): "MORE_THAN",
    ("over",): "MORE_THAN",
    ("longer", "than"): "MORE_THAN",
    ("less", "than"): "LESS_THAN",
    ("fewer", "than"): "LESS_THAN",
    ("under",): "LESS_THAN",
    ("nearly",): "LESS_THAN",
    ("almost",): "LESS_THAN",
    ("at", "least"): "EQUAL_OR_MORE",
    ("at", "most"): "EQUAL_OR_LESS",
    ("up", "to"): "EQUAL_OR_LESS",
    ("no", "more", "than"): "EQUAL_OR_LESS",
}
DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
#: Adverbs of recurrence and the period that recurs.
SET_ADVERBS = {
    "hourly": ("hour", "PT1H"), "daily": ("day", "P1D"), "nightly": ("day", "P1D"),
    "weekly": ("week", "P1W"), "fortnightly": ("week", "P2W"), "monthly": ("month", "P1M"),
    "quarterly": ("quarter", "P3M"), "yearly": ("year", "P1Y"), "annually": ("year", "P1Y"),
}  # fmt: skip
PRESENT_WORDS = frozenset(["now", "currently", "presently", "nowadays", "today's"])

#: A bare four-digit number is a year after one of these words...
YEAR_BEFORE = frozenset(
    "in of since until till by from to through during before after early mid late and or "
    "between the year fiscal calendar spring summer autumn fall winter end start "
    "beginning middle half quarter until as than".split()
)
#: ... or before one of these (or punctuation, or the end of the text).
YEAR_AFTER = frozenset(
    "and or to when as after before until till through thru while with was were is are had has "
    "saw season elections election census budget olympics onwards onward "
    # what a year dates in results ("expects 2011 earnings", "2012 sales will grow")
    "earnings sales revenue revenues profit profits results forecast forecasts guidance".split()
)
#: Words before an ambiguous month name ("May", "March") that make it a month.
MONTH_BEFORE = frozenset(
    "in of since until till by from to through during before after early mid late end last next "
    "this that each every and or between around about the since a an its his her their our "
    "your my".split()
)
#: Words of a plan before "for" that make an ambiguous month after it a date: "the visit planned
#: for April", "talks set for May" (not "voted for May", "a gift for April").
PLANNED_FOR = frozenset(
    "planned scheduled set slated due postponed delayed deferred pencilled penciled earmarked "
    "booked expected called timetabled".split()
)
#: Figures and periods that "for" dates by a month: "the figures for April", "player of the
#: month for March", "its target for June" (not "a gift for April", "voted for May").
FIGURES_FOR = frozenset(
    "month week figure figures data sales results numbers forecast forecasts estimate estimates "
    "total totals statistics index inflation output exports imports target targets deadline "
    "budget outlook guidance".split()
)
#: Those of them that also ask something of a person: "called for May to resign", "expected
#: for June to sign": a month only when no "to" and a verb follow it ("elections called for May").
ASKED_FOR = frozenset(["called", "expected"])
#: Words before "for" that ask for a person, not a time: "voted for March", "waited for March"
#: (a capitalised "March" after "for" is the month after any other word).
PERSON_FOR = frozenset(
    "vote votes voted voting support supported backing backed praise tribute sympathy gift gifts "
    "present card flowers wait waits waited waiting look looks looked looking search searched "
    "searching ask asks asked asking cheer cheered cheering root rooted rooting fell fall falls "
    "feel feels felt fear fears feared worry worried sorry happy glad proud thanks prayers pray "
    "prayed praying stood stand stands standing spoke speak speaks speaking written wrote write "
    "writes sang sung".split()
)
#: Forms of "be", before a participle that is then passive ("was called for May").
BE_FORMS = frozenset("be is are am was were been being".split())
#: Words that introduce an expression without changing what it denotes.
PREPOSITIONS = frozenset(["on", "in", "at", "for", "during", "of", "over", "throughout"])
#: Words that make an expression a bound ("before Oct. 2").
BOUNDING_PREPOSITIONS = {
    "before": "BEFORE",
    "after": "AFTER",
    "since": "ON_OR_AFTER",
    "until": "ON_OR_BEFORE",
    "till": "ON_OR_BEFORE",
    "by": "ON_OR_BEFORE",
}
#: Words that put a time in its sentence: "over the Labor Day weekend", "on the Sunday".
TIME_PREPOSITIONS = PREPOSITIONS | frozenset(BOUNDING_PREPOSITIONS) | {"from", "through", "across"}
