"""Tokens: text cut into words, numbers, clock times, ISO dates and punctuation, with offsets.

One compiled pattern, built on first use, scans the text once; a :class:`Stream` gives the
grammar cheap access by index.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import cache, wraps
from itertools import compress
from typing import NamedTuple, TypeVar

__all__ = ["Token", "Stream", "tokenize", "remembered"]


class Token(NamedTuple):
    """One token: its kind, normalised text, character extent and capitalisation.

    Kinds: ``w`` word, ``n`` number, ``o`` ordinal number ("28th"), ``c`` clock time ("13:45"),
    ``i`` ISO date ("2017-09-28"), ``s`` slash or dotted date ("9/28/2017", "30.09.2021"),
    ``y`` decade ("1990s", "'90s"), ``e`` year by its last two digits ("'98"), ``p`` punctuation.
    """

    kind: str
    norm: str
    start: int
    end: int
    cap: bool


@cache
def _pattern() -> re.Pattern[str]:
    # The first branches read the commonest tokens, so the others are rarely tried: ``l`` a
    # lower-case ASCII word and ``u`` a capitalised one (each only where neither a letter nor
    # . ' ’ follows: "a.m.", "o'clock", "McCain" and "São" are left to the branches below,
    # which read them as before), ``q`` a punctuation mark that no other branch can start
    # with. ``v`` reads the other words that cannot begin "a.m.", "p.m." or "o'clock", ``w``
    # the rest. The white space before a token is part of its match (possessively, so it is
    # never given back): the search then starts once per token instead of trying every branch
    # at every space.
    return re.compile(
        r"""
        \s*+(?:
        (?P<l>[a-z]++)(?![^\W\d_]|[.'’])
        |(?P<u>[A-Z][a-z]*+)(?![^\W\d_]|[.'’])
        |(?P<q>[^\w\s'’])
        |(?P<v>[^\W\d_aApPoO][^\W\d_]*)
        |(?P<i>\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?
              (?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?)(?![\w-])
        |(?P<s>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/]|\.\d)
        |(?P<c>(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)(?![\d:])
        |(?P<y>(?:['’]\d|\d{3})0['’]?s)(?![\w])
        |(?P<e>['’]\d\d)(?![\w'’%.,]\d|[\w'’%])
        |(?P<o>\d{1,2}(?:st|nd|rd|th))(?![\w])
        |(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)
        |(?P<a>[AaPp]\.\ ?[Mm]\b\.?)
        |(?P<k>[Oo]['’][Cc]lock\b)
        |(?P<w>[^\W\d_]+)
        |(?P<p>\S))
        """,
        re.VERBOSE,
    )


@cache
def _pieces() -> re.Pattern[str]:
    """:func:`_pattern` with two groups instead of its named ones: the white space before a
    token, and the token."""
    unnamed = re.sub(r"\(\?P<\w>", "(?:", _pattern().pattern)
    return re.compile(unnamed.replace(r"\s*+(?:", r"(\s*+)((?:", 1) + ")", re.VERBOSE)


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` in order."""
    return [Token(*row[:5]) for row in _rows(text)]


#: One token as :func:`_rows` gives it: a :class:`Token`'s fields, then its word (``""`` for a
#: token that is no word) and its key (the word, else the kind: see :meth:`Stream.key`).
Row = tuple[str, str, int, int, bool, str, str]


def _rows(text: str) -> list[Row]:
    """The tokens of ``text`` in order, as plain tuples: a :class:`Token` costs three times as
    much to make (its class is called through ``tuple.__new__``), and :class:`Stream` keeps the
    fields in columns anyway. The loop knows which tokens are words, so the stream need not
    read that from each token again."""
    rows: list[Row] = []
    add = rows.append
    # Trailing white space is left out: a match there would fail after taking all of it, at
    # each of its positions in turn.
    limit = len(text.rstrip())
    end = 0
    # findall gives each token with the white space before it, and no match object per token;
    # the matches follow each other, so the offsets add up from their lengths. Only a branch
    # for words reads letters alone, only ``q`` and ``p`` a single character that is neither
    # letter nor digit, only ``n`` decimal digits alone: the rest is read again with the named
    # branches, to know which one took it.
    for space, raw in _pieces().findall(text, 0, limit):
        start = end + len(space)
        end = start + len(raw)
        if raw.isalpha():
            word = raw.lower()
            add(("w", word, start, end, raw[0].isupper(), word, word))
        elif len(raw) == 1 and not raw.isalnum():
            add(("p", raw, start, end, False, "", "p"))
        elif raw.isdecimal():
            add(("n", raw, start, end, False, "", "n"))
        else:
            match = _pattern().match(text, start, limit)
            assert match is not None and match.lastgroup is not None  # as findall read it
            kind, norm, start, end, cap = _token(match.lastgroup, raw, start, end)
            word = norm if kind == "w" else ""
            add((kind, norm, start, end, cap, word, word or kind))
    return rows


def _token(kind: str, raw: str, start: int, end: int) -> Token:
    """The token of ``raw``, which the branch ``kind`` of :func:`_pattern` read."""
    if kind in ("l", "u", "v", "w"):
        return Token("w", raw.lower(), start, end, raw[0].isupper())
    if kind == "q":
        return Token("p", raw, start, end, False)
    if kind == "n":
        return Token("n", raw.replace(",", ""), start, end, False)
    if kind == "a":
        return Token("w", raw[0].lower() + "m", start, end, False)
    if kind == "k":
        return Token("w", "o'clock", start, end, False)
    if kind == "o":
        return Token("o", raw[:-2], start, end, False)
    if kind == "e":
        return Token("e", raw[1:], start, end, False)
    if kind == "y":
        return Token("y", raw.strip("'’s"), start, end, raw[0] in "'’")
    return Token(kind, raw, start, end, False)


_PAST_END = ("",) * 8


class Stream:
    """The tokens of one text with helpers the grammar rules use.

    ``strict`` is the scanning mode: month and weekday names must be capitalised and ambiguous
    words need temporal context; :func:`resolve` parses a phrase leniently.
    """

    __slots__ = (
        "text", "n", "strict", "memo", "kinds", "norms", "starts", "ends", "caps", "_words", "_keys"
    )  # fmt: skip

    def __init__(self, text: str, strict: bool) -> None:
        self.text = text
        self.strict = strict
        self.memo: defaultdict[str, dict[int, object]] = defaultdict(dict)  # rule: answers
        rows = _rows(text)
        self.n = len(rows)
        # The tokens' fields in columns, each indexed as the tokens are (``s.ends[i]`` is the
        # end of token ``i``): one subscript where a Token needs a subscript and an attribute.
        columns = tuple(zip(*rows, strict=True)) if rows else ((),) * 7
        self.kinds: tuple[str, ...] = columns[0]
        self.norms: tuple[str, ...] = columns[1]
        self.starts: tuple[int, ...] = columns[2]
        self.ends: tuple[int, ...] = columns[3]
        self.caps: tuple[bool, ...] = columns[4]
        # Empty words past the last token: rules look a few tokens ahead, and an index past the
        # end then reads "" without raising (and catching) an IndexError, which costs far more.
        self._words: tuple[str, ...] = columns[5] + _PAST_END
        self._keys: tuple[str, ...] = columns[6]

    def word(self, i: int) -> str:
        """The normalised word at ``i``, or ``""`` when there is none."""
        if i < 0:
            return ""
        try:
            return self._words[i]
        except IndexError:
            return ""

    def indices(self, keys: frozenset[str]) -> list[int]:
        """The indices of the tokens whose key (:meth:`key`) is in ``keys``, in order: found
        without a loop in Python (``compress`` keeps the indices whose test is true), as a
        scan looks for a few among mostly other words."""
        return list(compress(range(self.n), map(keys.__contains__, self._keys)))

    def key(self, i: int) -> str:
        """What rules dispatch on at ``i``: a word itself, else the token's kind (``""`` past
        either end)."""
        return self._keys[i] if 0 <= i < self.n else ""

    def kind(self, i: int) -> str:
        return self.kinds[i] if 0 <= i < self.n else ""

    def norm(self, i: int) -> str:
        return self.norms[i] if 0 <= i < self.n else ""

    def cap(self, i: int) -> bool:
        return 0 <= i < self.n and self.caps[i]

    def punct(self, i: int, chars: str) -> bool:
        """Whether token ``i`` is punctuation among ``chars``."""
        return 0 <= i < self.n and self.kinds[i] == "p" and self.norms[i] in chars

    def adjacent(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` with no space between."""
        return 0 < i < self.n and self.starts[i] == self.ends[i - 1]

    def dot(self, i: int) -> int:
        """``i + 1`` past an abbreviation's period glued to token ``i - 1``, else ``i``."""
        if self.punct(i, ".") and self.adjacent(i):
            return i + 1
        return i

    def words(self, i: int, *expected: str) -> int:
        """The index after the words ``expected`` (none empty) starting at ``i``, or -1."""
        end = i + len(expected)
        # One slice compared at once (rules try many phrases at each index): past the last
        # token the slice holds "" or is short, and differs, as no word expected is "".
        if self._words[i:end] == expected and (i >= 0 or not expected):
            return end
        return -1

    def number(self, i: int) -> int | None:
        """The integer value of a plain number token at ``i``."""
        if self.kind(i) == "n" and self.norms[i].isdigit() and len(self.norms[i]) < 10:
            return int(self.norms[i])
        return None

    def extent(self, i: int, j: int) -> tuple[int, int]:
        """Character extent of tokens ``i`` up to ``j`` (exclusive)."""
        return self.starts[i], self.ends[j - 1]


R = TypeVar("R")


def remembered(rule: Callable[[Stream, int], R]) -> Callable[[Stream, int], R]:
    """The rule with its answers per start index kept for the life of the stream."""
    name = f"{rule.__module__}.{rule.__qualname__}"

    @wraps(rule)
    def lookup(s: Stream, i: int) -> R:
        answers = s.memo[name]
        # A membership test and a subscript cost less than a call of answers.get; most
        # lookups (three in five) find nothing yet.
        if i in answers:
            return answers[i]  # type: ignore[return-value]
        answer = answers[i] = rule(s, i)
        return answer

    return lookup
