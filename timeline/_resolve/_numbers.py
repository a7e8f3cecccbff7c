"""Numbers in digits and in words: cardinals ("twenty-five", "a few") and ordinals ("28th")."""

from __future__ import annotations

from typing import NamedTuple

from timeline._resolve._lexicon import CARDINALS, ORDINAL_TENS, ORDINALS, TENS
from timeline._resolve._tokens import Stream, remembered

__all__ = ["Amount", "AMOUNT_STARTS", "amount", "ordinal", "year_in_words", "count_text"]


class Amount(NamedTuple):
    """A count as written: ``low``..``high`` (equal unless vague: "a few"), where it ends,
    and whether it was only the article "a"/"an"."""

    low: float
    high: float
    end: int
    article: bool = False
    vague: bool = False


def _word_number(s: Stream, i: int, *, thousands: bool = True) -> tuple[int, int] | None:
    """A cardinal in words at ``i`` ("five", "twenty-five", "twenty five", "two hundred", "two
    thousand" unless ``thousands`` is off, as for years): value, end."""
    word = s.word(i)
    value = CARDINALS.get(word)
    if value is None or word in ("hundred", "thousand", "dozen"):
        return None
    end = i + 1
    if word in TENS:
        j = i + 1 if s.punct(i + 1, "-") and s.adjacent(i + 1) else i
        unit = CARDINALS.get(s.word(j + 1 if j > i else i + 1), 0)
        if 0 < unit < 10:
            value, end = value + unit, (j + 2 if j > i else i + 2)
    if s.word(end) == "hundred":
        value, end = value * 100, end + 1
    if thousands and s.word(end) == "thousand":
        value, end = value * 1000, end + 1
    return value, end


_WINDOW_WORDS = frozenset("past last next coming previous preceding following".split())
_ROUND = {"dozen": 12, "hundred": 100, "thousand": 1000}  # "a dozen", "a hundred years"


def _half(s: Stream, j: int) -> int:
    """The end of "and a half" at ``j``, or -1."""
    return s.words(j, "and", "a", "half")


#: The first tokens (:meth:`Stream.key`) a count can start with: digits (``n``), a cardinal,
#: or a word :func:`_single` reads.
AMOUNT_STARTS = frozenset(CARDINALS) | frozenset(
    ["n", "a", "an", "quarter", "half", "couple", "several", "few"]
)


@remembered
def amount(s: Stream, i: int) -> Amount | None:
    """A count at ``i``: digits, words, "a"/"an", "a few", "several", "a couple of", "half a",
    "two and a half", "a dozen", "two or three", "two to three"."""
    first = _single(s, i)
    if first is None or first.article or first.vague or first.low != first.high:
        return first
    if s.word(first.end) in ("or", "to") or s.punct(first.end, "-–"):
        second = _single(s, first.end + 1)
        if (second is not None and not second.article and not second.vague
                and first.low < second.low <= 10 * first.low):  # fmt: skip
            return Amount(first.low, second.high, second.end, vague=True)
    return first


def _single(s: Stream, i: int) -> Amount | None:
    kind = s.kind(i)
    if kind == "n":
        text = s.norm(i)
        if len(text) > 9:
            return None  # no count of time units is that long
        value = float(text)
        j = i + 1
        if (s.kind(j) == "n" and s.punct(j + 1, "/") and s.kind(j + 2) == "n"
                and s.adjacent(j + 1) and s.adjacent(j + 2)):  # fmt: skip
            top, bottom = s.number(j), s.number(j + 2)
            if top is not None and bottom and 0 < top < bottom <= 12:
                return Amount(value + top / bottom, value + top / bottom, j + 3)
        if _half(s, j) > 0:
            return Amount(value + 0.5, value + 0.5, _half(s, j))
        return Amount(value, value, j)
    word = s.word(i)
    if not word:
        return None
    if word in ("a", "an"):
        following = s.word(i + 1)
        if following == "few":
            return Amount(2, 4, i + 2, vague=True)
        if following == "couple":
            end = i + 3 if s.word(i + 2) == "of" else i + 2
            return Amount(2, 2, end)
        if following in _ROUND:
            return Amount(_ROUND[following], _ROUND[following], i + 2)
        if following == "half":
            return Amount(0.5, 0.5, i + 2)
        if following == "quarter" and s.word(i + 2 + s.punct(i + 2, "-")) == "century":
            return Amount(0.25, 0.25, i + 2)  # "a quarter century", "a quarter-century"
        if following == "quarter" and s.words(i + 2, "of", "a") > 0 and s.word(i + 4) == "century":
            return Amount(0.25, 0.25, i + 4)  # "a quarter of a century"
        if _half(s, i + 2) > 0:  # "a year and a half" is handled by the duration rule
            return Amount(1, 1, i + 1, article=True)
        return Amount(1, 1, i + 1, article=True)
    if (
        word in ("quarter", "half")
        and s.word(i + 1 + s.punct(i + 1, "-")) == "century"
        and s.word(i - 1) in _WINDOW_WORDS
    ):  # "the past quarter-century", "over the last half century" (not "its quarter-century low")
        part = 0.25 if word == "quarter" else 0.5
        return Amount(part, part, i + 1)
    if word == "couple" and s.word(i + 1) == "of":  # "the next couple of years"
        return Amount(2, 2, i + 2)
    if word == "half" and s.word(i + 1) in ("a", "an"):
        return Amount(0.5, 0.5, i + 2)
    if word == "several":
        return Amount(3, 7, i + 1, vague=True)
    if word == "few":
        return Amount(2, 4, i + 1, vague=True)
    if word in ("many", "dozens") and s.word(i + 1) != "of" or word == "numerous":
        return None
    parsed = _word_number(s, i)
    if parsed is None:
        return None
    value, j = parsed
    if _half(s, j) > 0:
        return Amount(value + 0.5, value + 0.5, _half(s, j))
    return Amount(value, value, j)


def year_in_words(s: Stream, i: int) -> tuple[int, int] | None:
    """A year said in words: "nineteen ninety-six", "twenty seventeen", "two thousand",
    "two thousand and one", "nineteen hundred"."""
    first = _word_number(s, i, thousands=False)
    if first is None:
        return None
    value, j = first
    if value == 2 and s.word(j) == "thousand":
        k = j + 2 if s.word(j + 1) == "and" else j + 1
        rest = _word_number(s, k, thousands=False)
        if rest is not None and rest[0] < 100:
            return 2000 + rest[0], rest[1]
        return 2000, j + 1
    if not 11 <= value <= 20:
        return None
    if s.word(j) == "hundred":
        return value * 100, j + 1
    second = _word_number(s, j, thousands=False)
    if second is None or not 10 <= second[0] <= 99:
        return None
    return value * 100 + second[0], second[1]


def ordinal(s: Stream, i: int) -> tuple[int, int] | None:
    """An ordinal at ``i`` ("28th", "third", "twenty-eighth"): value and end."""
    kind = s.kind(i)
    if kind == "o":
        return int(s.norm(i)), i + 1
    word = s.word(i)
    if word in ORDINALS:
        return ORDINALS[word], i + 1
    if word in ORDINAL_TENS:
        j = i + 2 if s.punct(i + 1, "-") and s.adjacent(i + 1) else i + 1
        unit = ORDINALS.get(s.word(j))
        if unit is not None and unit < 10:
            return ORDINAL_TENS[word] + unit, j + 1
    return None


def count_text(count: float) -> str:
    """A count as a TIMEX3 duration writes it: a whole count as an integer ("1000000", not
    "1e+06"), a fraction in plain decimals ("0.5")."""
    if count == int(count):
        return str(int(count))
    return f"{count:f}".rstrip("0").rstrip(".")
