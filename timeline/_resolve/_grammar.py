"""The grammar: which rules combine, longest match first, and the scanner over running text.

Every rule takes the token stream and a start index and returns the node it read and the index
after it, or None; each looks at a bounded number of tokens, so scanning a text is linear in its
length. Results per start index are memoised for the one stream.
"""

from __future__ import annotations

import pkgutil
import re
from functools import cache
from importlib import import_module
from types import CodeType, FunctionType

from timeline._resolve import _lexicon as lex
from timeline._resolve._anchored import OFFSET_STARTS, holding, offset
from timeline._resolve._dates import (
    DATE_STARTS,
    Weekday,
    century,
    decade,
    explicit_date,
    fronts_sentence,
    half,
    iso_week,
    quarter,
    season,
    weekday,
    year_expression,
)
from timeline._resolve._durations import LONG_WORDS, duration, duration_in, recurrence
from timeline._resolve._fuzzy import (
    APPROXIMATE_STARTS,
    MODIFIED_STARTS,
    NEAR_STARTS,
    approximately,
    modified,
    near,
)
from timeline._resolve._holidays import HOLIDAY_FIRST_WORDS, holiday
from timeline._resolve._period import Hit, Node, Rule, first_tokens, longest
from timeline._resolve._ranges import range_expression
from timeline._resolve._relative import RELATIVE_STARTS, relative
from timeline._resolve._times import TIMED_RULES
from timeline._resolve._tokens import Stream, remembered
from timeline._resolve._year_parts import year_part

__all__ = ["expression", "point", "scan_stream", "scan_nodes", "may_start"]

def _weekday(s: Stream, i: int) -> Hit:
    named = weekday(s, i)
    return None if named is None else (Weekday(named[0]), named[1])




_ORDINALS = frozenset(lex.ORDINALS) | frozenset(lex.ORDINAL_TENS) | {"o"}
#: Each calendar rule with the first tokens it can start with.
_CALENDAR_RULES: tuple[tuple[Rule, frozenset[str]], ...] = (
    (explicit_date, DATE_STARTS),
    (_weekday, frozenset(lex.WEEKDAYS)),
    (year_expression, frozenset(lex.CARDINALS) | {"n", "e", "the", "fiscal", "fy"}),
    (decade, frozenset({"the", "y"})),
    (century, _ORDINALS | {"the"}),
    (season, frozenset(lex.SEASONS) | {"the"}),
    (quarter, _ORDINALS | {"the", "q", "fiscal"}),
    (half, frozenset({"the", "h", "first", "second"})),
    (iso_week, frozenset({"week"})),
    (relative, RELATIVE_STARTS),
    (holiday, HOLIDAY_FIRST_WORDS | {"last", "this", "next", "the"}),
    (holding, frozenset({"the"})),
    (year_part, frozenset({"the"})),
)  # fmt: skip


_CALENDAR_TABLE = first_tokens(_CALENDAR_RULES)


def _calendar(s: Stream, i: int) -> Hit:
    rules = _CALENDAR_TABLE.get(s.key(i))  # "" past the end: in no table
    return None if rules is None else longest(s, i, rules)


def _modified(s: Stream, i: int) -> Hit:
    return modified(s, i, _calendar)


#: What a point can be: a calendar expression (its rules tried here directly, not through
#: :func:`_calendar`), a fuzzy part of one, or a time of day.
_POINT_RULES: tuple[tuple[Rule, frozenset[str] | None], ...] = (
    *_CALENDAR_RULES, (_modified, MODIFIED_STARTS), *TIMED_RULES,
)  # fmt: skip
_POINT_TABLE = first_tokens(_POINT_RULES)


def _base_point(s: Stream, i: int) -> Hit:
    rules = _POINT_TABLE.get(s.key(i))
    return None if rules is None else longest(s, i, rules)


point = remembered(_base_point)


def _approximate(s: Stream, i: int) -> Hit:
    return approximately(s, i, point)


def _near(s: Stream, i: int) -> Hit:
    return near(s, i, point)


def _offset(s: Stream, i: int) -> Hit:
    return offset(s, i, point)


#: What an endpoint of a range can be: a point, or one approximated, near or offset.
_ENDPOINT_RULES: tuple[tuple[Rule, frozenset[str] | None], ...] = (
    (point, None), (_approximate, APPROXIMATE_STARTS), (_near, NEAR_STARTS),
    (_offset, OFFSET_STARTS),
)  # fmt: skip
_ENDPOINT_TABLE = first_tokens(_ENDPOINT_RULES)


def _base_endpoint(s: Stream, i: int) -> Hit:
    rules = _ENDPOINT_TABLE.get(s.key(i))
    return point(s, i) if rules is None else longest(s, i, rules)


# Remembered: a range tries its first endpoint where the expression itself is one.
_endpoint = remembered(_base_endpoint)


def _range(s: Stream, i: int) -> Hit:
    return range_expression(s, i, _endpoint)


def _duration_in(s: Stream, i: int) -> Hit:
    return duration_in(s, i, point)


_COUNTED = (
    frozenset(lex.CARDINALS) | frozenset(lex.APPROXIMATORS) | frozenset(lex.UNITS)
    | {words[0] for words in lex.DURATION_MODS} | {"n", "a", "an", "half", "several", "few", "the"}
    | frozenset(LONG_WORDS) | {"another"}
)  # fmt: skip
_RECURRING = frozenset(lex.SET_ADVERBS) | frozenset(lex.CARDINALS) | {
    "every", "each", "once", "twice", "n", "a", "an", "several", "few",
}  # fmt: skip
_POINTS_ONLY = (_range, _endpoint)
_WITH_DURATIONS = (_range, _endpoint, duration, _duration_in)
_WITH_RECURRENCES = (_range, _endpoint, recurrence)
_EVERYTHING = (_range, _endpoint, duration, _duration_in, recurrence)


def _expression(s: Stream, i: int) -> Hit:
    if not may_start(s, i):
        return None
    return _tested_expression(s, i)


def _tested_expression(s: Stream, i: int) -> Hit:
    """:func:`expression` where :func:`may_start` is already known to accept ``i``."""
    key = s.key(i)
    counted, recurring = key in _COUNTED, key in _RECURRING
    if counted and recurring:
        return longest(s, i, _EVERYTHING)
    if counted:
        return longest(s, i, _WITH_DURATIONS)
    if recurring:
        return longest(s, i, _WITH_RECURRENCES)
    return longest(s, i, _POINTS_ONLY)


expression = remembered(_expression)


@cache
def _starters() -> frozenset[str]:
    words = set(lex.MONTHS) | set(lex.WEEKDAYS) | set(lex.CARDINALS) | set(lex.ORDINALS)
    words |= set(lex.SEASONS) | set(lex.APPROXIMATORS) | set(lex.DECADE_WORDS)
    words |= set(lex.SET_ADVERBS) | set(lex.PRESENT_WORDS) | set(lex.UNITS)
    words |= {key[0] for key in lex.DURATION_MODS}
    words |= set(HOLIDAY_FIRST_WORDS)
    words |= set(
        "the this that last next past coming previous yesterday today tomorrow tonight early mid "
        "late from between recently lately recent soon previously formerly earlier later every "
        "each once twice fiscal a an half several few noon midnight midday morning afternoon "
        "evening night overnight dawn daybreak sunrise dusk sunset nightfall daytime at right "
        "these q h fy just shortly immediately end start another".split()
    )
    return frozenset(words)


@cache
def _temporal() -> frozenset[str]:
    """Words that name time themselves; every expression holds one (or a number) near its
    start, so a function word ("the", "at", "early") starts one only with such a word behind."""
    words = set(lex.MONTHS) | set(lex.WEEKDAYS) | set(lex.UNITS) | set(lex.SEASONS)
    words |= set(lex.DECADE_WORDS) | set(lex.SET_ADVERBS) | set(lex.PRESENT_WORDS)
    words |= set(
        "yesterday today tomorrow tonight overnight morning afternoon evening night noon "
        "midnight midday dawn daybreak sunrise dusk sunset nightfall daytime hours ago past "
        "future present moment recent recently lately soon previously formerly quarter half "
        "fiscal q o'clock am pm eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "financial "
        "christmas halloween thanksgiving easter juneteenth eve midmorning midafternoon midevening "
        "current nights holiday midweek moments "
        "eighteen nineteen twenty thousand".split()
    )
    words |= set(LONG_WORDS)
    return frozenset(words)


@cache
def _named_words() -> frozenset[str]:
    """Every word the resolver names: the letter runs of the string constants in the code and
    tables of its modules (docstrings aside), read from the modules themselves, so that the
    set grows with the rules and tables and cannot fall behind them."""
    named: set[str] = set()
    seen: set[int] = set()

    def add(value: object) -> None:
        if id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, str):
            named.update(_LETTERS.findall(value.lower()))  # "year's": "year", "s"
            named.update(_ELIDED.findall(value.lower()))  # "o'clock" is one word
        elif isinstance(value, (tuple, list, set, frozenset)):
            for item in value:
                add(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                add(key)
                add(item)
        elif isinstance(value, CodeType):
            for constant in value.co_consts:
                add(constant)
        elif isinstance(value, FunctionType):
            code = value.__code__
            documented = value.__doc__ is not None and code.co_consts[:1] == (value.__doc__,)
            for constant in code.co_consts[1:] if documented else code.co_consts:
                add(constant)
            for cell in value.__closure__ or ():  # the rule a @remembered wrapper holds
                try:
                    add(cell.cell_contents)
                except ValueError:  # a cell not filled yet holds nothing
                    continue
        elif hasattr(value, "__wrapped__"):  # a @cache'd function
            add(value.__wrapped__)
        elif isinstance(value, type):
            for key, item in vars(value).items():
                if not _DUNDER.fullmatch(key):
                    add(item)

    # (not the modules' and classes' dunder attributes: "__file__" would add the words of the
    # path the package is installed at, "__module__" the package's own names)
    package = import_module(__name__.rpartition(".")[0])
    for found in pkgutil.iter_modules(package.__path__):
        module = import_module(f"{package.__name__}.{found.name}")
        for key, value in vars(module).items():
            if not _DUNDER.fullmatch(key):
                add(value)
    return frozenset(named | _temporal() | _starters())


_LETTERS = re.compile(r"[^\W\d_]+")
_DUNDER = re.compile(r"__\w+__")
_ELIDED = re.compile(r"[^\W\d_]+['’][^\W\d_]+")


def _opens_before(s: Stream, j: int) -> bool:
    """Whether a function word ("the", "a", "from", "early") can open an expression before
    token ``j``: anything but a word the resolver never names ("the company said Tuesday"), or
    such a word's plural. No rule reads a word it does not name right after one."""
    if s.kinds[j] != "w":
        return True
    named, word = _named_words(), s.norms[j]
    return word in named or (word.endswith("s") and word[:-1] in named)


def _number_opens(s: Stream, i: int) -> bool:
    """Whether the number at ``i`` can open an expression: as a year or a 24-hour clock (four
    characters, "1996 law", "1400 Moscow time"), or before anything but a word the resolver
    never names ("15 days", "5 p.m.", "28 September", "1-3"). "40000 troops", "427 fugitives",
    "10 americans" open nothing."""
    return s.ends[i] - s.starts[i] == 4 or i + 1 >= s.n or _opens_before(s, i + 1)


_LOOKAHEAD = 5
#: Words after a number that make it a sum or a count of things, never a time.
_AMOUNT_WORDS = frozenset(
    "million millions billion billions trillion cents pence percent shares people points "
    "dollars barrels tons tonnes yen marks francs pounds euros yuan won".split()
)


_MERIDIEMS = frozenset({"am", "pm"})


def _is_amount(s: Stream, i: int) -> bool:
    """Whether number token ``i`` is money, a percentage or a count of things ("$22.5",
    "1.2%", "452.76", "40 million")."""
    if s.punct(i - 1, "$£€#"):
        return True
    after = s.word(i + 1)
    if after in _AMOUNT_WORDS and fronts_sentence(s, i):
        return False  # "In 1995 people also said": a year put first
    if after in _AMOUNT_WORDS or s.punct(i + 1, "%"):
        return True
    if "." not in s.norms[i]:
        return False
    return after not in lex.UNITS and after not in _MERIDIEMS  # "4.30am" is a clock time


_HOURS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve noon midnight".split()
)


def _spoken_to(s: Stream, k: int) -> bool:
    """Whether token ``k`` is the "to" of a spoken clock that names no time word before it:
    "at five to nine", "by ten to one" ("twenty to nine" has "twenty"). In running text
    without a word of time before it, "five to four" is a vote or a score."""
    return (
        s.norms[k] == "to"
        and s.word(k - 1) in ("five", "ten")
        and s.word(k + 1) in _HOURS
        and (s.word(k - 2) in _CLOCK_CUES or (k == 1 and not s.strict))  # or a phrase alone
    )


_CLOCK_CUES = frozenset("at by until till around about before after from".split())


def may_start(s: Stream, i: int) -> bool:
    """Whether an expression can start at token ``i`` (a cheap test before parsing)."""
    if i >= s.n:
        return False
    kind = s.kinds[i]
    if kind != "w":
        if kind == "n":
            return not _is_amount(s, i) and _number_opens(s, i)
        return kind != "p"
    word = s.norms[i]
    temporal = _temporal()
    if word in temporal:
        return True
    if word not in _starters() or (i + 1 < s.n and not _opens_before(s, i + 1)):
        return False
    for k in range(i + 1, min(i + 1 + _LOOKAHEAD, s.n)):
        following = s.kinds[k]
        if following == "w":
            if s.norms[k] in temporal or _spoken_to(s, k):
                return True
        elif following == "n":
            if not _is_amount(s, k):
                return True
        elif following != "p":
            return True
    return False


@cache
def _may_open() -> frozenset[str]:
    """The keys (:meth:`Stream.key`) :func:`_openings` looks at: the words that name time,
    "to" (a spoken clock's, "five to nine"), and the kinds of the tokens that are neither word
    nor punctuation (numbers, dates, clock times...)."""
    return _temporal() | {"to"} | set("nocisye")


def _openings(s: Stream) -> list[int]:
    """The token indices :func:`may_start` accepts, in order, found in one pass: each token
    that names time (or a number that is no amount), and the function words just before one."""
    temporal, starters = _temporal(), _starters()
    openings: list[int] = []
    last = -1  # the last index added
    # Only a token that names time, a "to" or a token that is neither word nor punctuation
    # can make an opening: Stream.indices finds those among the many other tokens in one
    # cheap pass. (A word that is also a kind's key, "s" in "year's", is told apart here.)
    for k in s.indices(_may_open()):
        kind = s.kinds[k]
        if kind == "w":
            word = s.norms[k]
            if word not in temporal and (word != "to" or not _spoken_to(s, k)):
                continue
        elif kind == "p" or (kind == "n" and _is_amount(s, k)):
            continue
        # A function word at most _LOOKAHEAD tokens before this one: may_start would find
        # this token looking ahead from it, so it is an opening without asking.
        for j in range(max(last + 1, k - _LOOKAHEAD), k):
            if s.kinds[j] == "w" and s.norms[j] in starters and _opens_before(s, j + 1):
                openings.append(j)
        if kind != "n" or _number_opens(s, k):  # a number the word after makes a count: a
            openings.append(k)  # function word before it may still open one ("the 10th ...")
        last = k
    return openings


def scan_nodes(s: Stream) -> list[tuple[int, int, Node]]:
    """The longest expressions, left to right, not overlapping: extent and parsed node."""
    found: list[tuple[int, int, Node]] = []
    after = 0  # where the last expression ended
    for i in _openings(s):
        if i < after:
            continue
        hit = _tested_expression(s, i)  # an opening is where may_start says yes; tried once
        if hit is None:
            continue
        start, end = s.extent(i, hit[1])
        found.append((start, end, hit[0]))
        after = hit[1]
    return found


def scan_stream(s: Stream) -> list[tuple[int, int]]:
    """Extents of the longest expressions, left to right, not overlapping."""
    return [(start, end) for start, end, _ in scan_nodes(s)]
