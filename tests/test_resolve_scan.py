"""scan(): where the grammar finds temporal expressions in running text, and where it must not."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import UnresolvableExpression
from timeline._resolve import resolve, scan
from timeline._resolve._tokens import tokenize

SHARED = Path(__file__).resolve().parents[2] / "shared"


def found(text: str) -> list[str]:
    return [text[a:b] for a, b in scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on Sept. 28.", ["Sept. 28"]),
        ("held for ten days in mid-September, then", ["ten days in mid-September"]),
        ("on two dates, Sept. 28 and Oct. 2, through", ["Sept. 28", "Oct. 2"]),
        (
            "from 1:00 a.m. to 3:00 a.m. on Sept. 28 and",
            ["from 1:00 a.m. to 3:00 a.m. on Sept. 28"],
        ),
        ("made in the early morning hours of Oct. 2, the", ["the early morning hours of Oct. 2"]),
        ("The company tried recently to send goods", ["recently"]),
        ("moved across the river late at night to avoid", ["late at night"]),
        ("Profits fell last week and in the past year.", ["last week", "the past year"]),
        ("He left two weeks ago and is now abroad.", ["two weeks ago", "now"]),
        ("She is currently in Seoul.", ["currently"]),
        ("in the 1990s and this summer", ["the 1990s", "this summer"]),
        ("They met on Monday.", ["Monday"]),
        ("A year earlier, sales rose.", ["A year earlier"]),
        ("It took three months.", ["three months"]),
        ("The paper appears weekly.", ["weekly"]),
        ("third-quarter profit fell", ["third-quarter"]),
        ("in the fourth quarter of 1988", ["the fourth quarter of 1988"]),
        ("early next year", ["early next year"]),
        ("In May 2015 and in 2016", ["May 2015", "2016"]),
        ("the end of 1989", ["the end of 1989"]),
        ("earlier this month", ["earlier this month"]),
        ("in recent weeks", ["recent weeks"]),
        ("at 10:35 a.m. Friday", ["10:35 a.m. Friday"]),
        ("the late-night delivery", ["late-night"]),
        ("a two-year contract", ["two-year"]),
        ("Sept. 28-30 and 2015-2017", ["Sept. 28-30", "2015-2017"]),
        ("The talks ran March 5-7, 2019 in Oslo.", ["March 5-7, 2019"]),
        ("It ran Sept. 28-Oct. 2 at the port.", ["Sept. 28-Oct. 2"]),
        ("from Dec. 28-Jan. 3, the port", ["from Dec. 28-Jan. 3"]),
        ("on 2017-09-28 at dawn", ["2017-09-28", "dawn"]),
        ("in March", ["March"]),
        ("A 1996 law and its 1990 invasion", ["1996", "1990"]),
        ("crossed out that same day.", ["that same day"]),
        ("over the past 20 years", ["the past 20 years"]),
        ("at 4 a.m. EDT Thursday", ["4 a.m. EDT Thursday"]),
        ("on Thanksgiving Day", ["Thanksgiving Day"]),
        ("was killed last Oct. 23 near his farm", ["last Oct. 23"]),
        ("in the 1988 second quarter", ["the 1988 second quarter"]),
        ("But a minute and a half later, the tower answered.", ["a minute and a half later"]),
        ("Sales will rise by year-end.", ["year-end"]),
    ],
)
def test_finds_news_expressions(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a second source told RFA",
        "used five 15-ton trucks to move",
        "the 800 Trading Company paid $1 per item",
        "Translated by Leejin Jun.",
        "Translated by Leejin Jun",
        "April Smith and June Carter said",
        "officials may march on the capital",
        "March organizers said",
        "a 28-year-old man",
        "1500 soldiers and 2,000 people",
        "the fall of the regime",
        "he paid $2017 for it",
        "12% of 1998 voters",
        "its 2000 employees",
        "Sat on the chair, Sun Yat-sen",
        "a second",
        "",
    ],
)
def test_finds_no_dates_in_ordinary_words(text: str) -> None:
    assert found(text) == []


def test_extents_are_ordered_disjoint_and_resolvable() -> None:
    text = (
        "On Monday, Oct. 9, officials said the goods waited for ten days in mid-September and"
        " crossed late at night on Sept. 28, two weeks before the report; shipments resumed"
        " the next day and continue weekly."
    )
    extents = scan(text)
    assert extents == sorted(extents)
    assert all(a < b <= c for (a, b), (c, _) in zip(extents, extents[1:], strict=False))
    for a, b in extents:
        resolve(text[a:b], "2017-10-11")  # every extent values


@pytest.mark.parametrize("text", ["9" * 5000 + " a.m.", "9" * 5000 + " days", "1" * 30 + "th"])
def test_hostile_numbers_are_not_expressions(text: str) -> None:
    assert scan(text) == []


def test_scanning_is_linear_on_repetitive_text() -> None:
    # a text of many near-expressions must not make the scanner backtrack
    text = "the the last last early mid 1 1 a a Sept Sept. " * 2000
    assert isinstance(scan(text), list)


@pytest.mark.skipif(not (SHARED / "seed").exists(), reason="../shared is absent")
def test_seed_report_expressions() -> None:
    text = (SHARED / "seed" / "report-2017-10-11.txt").read_text(encoding="utf-8")
    assert found(text) == [
        "recently",
        "ten days in mid-September",
        "Sept. 28",
        "Oct. 2",
        "late at night",
        "from 1:00 a.m. to 3:00 a.m. on Sept. 28",
        "the early morning hours of Oct. 2",
        "late-night",
    ]


def test_found_expressions_value_as_their_text_does() -> None:
    from timeline._resolve import resolve_found, resolve_in_context, scan_found

    text = (
        "Goods waited for ten days in mid-September; trucks crossed late at night on Sept. 28"
        " and in the early morning hours of Oct. 2, two weeks before the report."
    )
    found = scan_found(text)
    assert [(f.start, f.end) for f in found] == scan(text)
    day = resolve("Sept. 28", "2017-10-11")
    for item in found:
        assert item.text == text[item.start : item.end]
        options = {"anchor": "2017-10-11", "reference": day, "tz": "Asia/Pyongyang"}
        assert resolve_found(item, **options) == resolve_in_context(item.text, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("dash", ["-", " - "])
def test_a_range_of_two_dates_is_found_whole_with_or_without_spaces(dash: str) -> None:
    from timeline._resolve import resolve_found, scan_found

    text = f"It ran Sept. 28{dash}Oct. 2 at the port."
    (item,) = scan_found(text)
    assert item.text == f"Sept. 28{dash}Oct. 2"
    span = resolve_found(item, anchor="2017-10-11")
    assert (span.earliest_start.date().isoformat(), span.latest_end.date().isoformat()) == (
        "2017-09-28",
        "2017-10-03",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It closed the day before Oct. 12 and", ["the day before Oct. 12"]),
        ("shares fell the day before the stock market plunge", ["the day before"]),
        ("returned two days after Christmas.", ["two days after Christmas"]),
        ("He said the day before last Tuesday that", ["the day before last Tuesday"]),
        ("three weeks before the election", ["three weeks"]),
        ("signed a week after Sept. 28, when", ["a week after Sept. 28"]),
        ("during the week of March 6, traders", ["the week of March 6"]),
        ("over the weekend of Oct. 14.", ["the weekend of Oct. 14"]),
        ("the week of heavy trading", []),
    ],
)
def test_finds_expressions_counted_from_a_date(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It fell the previous Friday.", ["the previous Friday"]),
        ("and resumed the following Monday morning", ["the following Monday morning"]),
        ("a vote the next Tuesday", ["the next Tuesday"]),
        ("since previous Friday", ["previous Friday"]),
    ],
)
def test_the_previous_weekday_keeps_its_article(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_finds_midnight_of_a_named_day() -> None:
    text = "The offer expires at midnight Friday, or Friday at midnight at the latest."
    assert found(text) == ["midnight Friday", "Friday at midnight"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trading halted in mid-afternoon yesterday.", ["mid-afternoon yesterday"]),
        ("by mid-morning Tuesday, prices", ["mid-morning Tuesday"]),
        ("a midafternoon rally", ["midafternoon"]),
        ("at mid afternoon", ["mid afternoon"]),
    ],
)
def test_finds_mid_parts_of_the_day(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index rose for eight trading days.", ["eight trading days"]),
        ("payment within three business days of", ["three business days"]),
        ("allowed ten calendar days to respond", ["ten calendar days"]),
        ("his business days are long", []),
    ],
)
def test_finds_business_days(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the first two quarters of 1990, sales", ["the first two quarters of 1990"]),
        ("during the last half of 1989.", ["the last half of 1989"]),
        ("for the first nine months of 1989", ["the first nine months of 1989"]),
        ("in the first nine months, net", ["the first nine months"]),
        ("the first 13 months of 1989", ["the first 13 months of 1989"]),  # refused: see below
        # days and weeks are no part of a year's count: the length and the year are apart
        ("in the first 100 days of 1989, he", ["the first 100 days", "1989"]),
        ("the first two weeks of 1989", ["the first two weeks", "1989"]),
    ],
)
def test_finds_leading_months_of_a_year(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("for the first nine months of 1989", ("1989", "START")),
        ("in the last six months of 1989", ("1989-H2", None)),
    ],
)
def test_leading_months_of_a_year_found_have_their_values(
    text: str, value: tuple[str, str | None]
) -> None:
    from timeline._resolve import resolve_found, scan_found

    (item,) = scan_found(text)
    span = resolve_found(item, anchor="2017-10-11")
    assert (span.timex.value, span.timex.mod) == value


@pytest.mark.parametrize(
    "text",
    [
        "the first 13 months of 1989",
        "the last 13 months of 1989",
        "the first five quarters of 1990",
    ],
)
def test_more_months_than_a_year_has_are_refused_not_made_a_length(text: str) -> None:
    from timeline._resolve import resolve_found, scan_found

    (item,) = scan_found(f"in {text}, sales rose")
    assert item.text == text
    told = "a year has 4" if "quarters" in text else "a year has 12"  # in the unit it was said
    with pytest.raises(UnresolvableExpression, match=told):
        resolve_found(item, anchor="2017-10-11")
    with pytest.raises(UnresolvableExpression, match=told):
        resolve(text, "2017-10-11")
    # without the year it is a length of time
    assert resolve(text.rsplit(" of ", 1)[0], "2017-10-11").timex.type == "DURATION"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in January nineteen ninety-seven, he", ["January nineteen ninety-seven"]),
        ("in the winter of nineteen ninety-four.", ["the winter of nineteen ninety-four"]),
        ("In May two thousand people marched", ["May"]),
    ],
)
def test_finds_spoken_years_after_months_and_seasons(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_spoken_year_does_not_take_an_age() -> None:
    assert found("On Sept. 28 twenty seventeen-year-olds")[0] == "Sept. 28"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of things, not a year
        ("In January, two thousand and one soldiers arrived.", ["January"]),
        ("In May two thousand and one people came", ["May"]),
        ("in the winter of two thousand and one soldiers", ["the winter"]),
        ("On Oct. 2, twelve fifty people marched.", ["Oct. 2"]),
        ("At twelve fifty people marched.", []),
        ("In fifteen twenty, he", []),
        # years said in words that stay years
        ("In January two thousand and one, he", ["January two thousand and one"]),
        ("It was the year two thousand and one.", ["the year two thousand and one"]),
        ("in twenty seventeen", ["twenty seventeen"]),
        ("in eighteen twelve", ["eighteen twelve"]),
    ],
)
def test_spoken_years_are_from_1800_to_2099_and_count_nothing(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


def test_spoken_years_when_scanning_have_their_values() -> None:
    from timeline._resolve import resolve_found, scan_found

    (item,) = scan_found("In January two thousand and one, he")
    assert resolve_found(item, anchor="2017-10-11").timex.value == "2001-01"
    (item,) = scan_found("On Oct. 2, twelve fifty people marched.")
    assert resolve_found(item, anchor="2017-10-11").timex.value == "2017-10-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He starred in '50 First Dates' on TV.", []),  # a quoted title, not 1950
        ("In '98 Democrats gained seats.", ["'98"]),  # a year before a name
        ("He ran the '08 Obama campaign.", ["'08"]),
        ("in '89, '90 and '91", ["'89", "'90", "'91"]),
        ("in '89, '90, and '91", ["'89", "'90", "'91"]),
        ("Class '89, '90", []),  # no word that takes a year opens the list
        ("in '98, prices rose", ["'98"]),
    ],
)
def test_years_by_two_digits_in_lists_not_quotes(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_years_by_two_digits_in_a_list_have_their_values() -> None:
    from timeline._resolve import resolve_found, scan_found

    items = scan_found("in '89, '90 and '91")
    values = [resolve_found(item, anchor="2017-10-11").timex.value for item in items]
    assert values == ["1989", "1990", "1991"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He would travel with his current wife.", ["current"]),
        ("Current rates are high.", ["Current"]),
        ("when those views reflect current realities.", ["current"]),
        ("sales in the current quarter rose", ["the current quarter"]),
        ("the current account deficit widened", []),
        ("current accounts, current assets and current liabilities", []),
        ("alternating current, direct current and an electric current", []),
        ("ocean currents", []),
        ("swept away by the current.", []),
        ("the current of the river", []),
        ("the current-account gap", []),
        ("at the then current market price", []),
    ],
)
def test_finds_current_as_the_present(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell between October and April.", ["between October and April"]),
        ("Leejin Jun and April Smith said so.", []),  # names, not months
        ("Leejin and April went home.", []),
    ],
)
def test_an_ambiguous_month_after_and_needs_a_month_before(text: str, expected: list[str]) -> None:
    assert found(text) == expected


# ---------------------------------------------------------------------------- tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the commonest words and marks, read by the tokenizer's first branches
        ("said the Company,", [("w", "said"), ("w", "the"), ("w", "company"), ("p", ",")]),
        # what those branches leave to the others, read as before
        ("at 10 a.m. today", [("w", "at"), ("n", "10"), ("w", "am"), ("w", "today")]),
        ("3 p. m", [("n", "3"), ("w", "pm")]),
        ("at three o'clock", [("w", "at"), ("w", "three"), ("w", "o'clock")]),
        ("O’Clock", [("w", "o'clock")]),
        ("Sept. 28", [("w", "sept"), ("p", "."), ("n", "28")]),
        ("don't", [("w", "don"), ("p", "'"), ("w", "t")]),
        ("McCain and São Paulo", [("w", "mccain"), ("w", "and"), ("w", "são"), ("w", "paulo")]),
        ("USA naïve", [("w", "usa"), ("w", "naïve")]),
        ("the '90s and '98", [("w", "the"), ("y", "90"), ("w", "and"), ("e", "98")]),
        ("28th 2017-09-28 9/28/2017", [("o", "28"), ("i", "2017-09-28"), ("s", "9/28/2017")]),
        ("$1,250.5 x_y", [("p", "$"), ("n", "1250.5"), ("w", "x"), ("p", "_"), ("w", "y")]),
    ],
)
def test_tokens(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.kind, t.norm) for t in tokenize(text)] == expected


@given(st.text(alphabet=st.sampled_from(list("aopmAOPMSxyz é'’.:-,_$5%\n")), max_size=40))
def test_tokens_cover_the_text_in_order(text: str) -> None:
    # every character but white space is in one token, in order ("a. m" holds a space)
    tokens = tokenize(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))
    covered = "".join(text[t.start : t.end] for t in tokens)
    assert "".join(covered.split()) == "".join(text.split())
    for token in tokens:
        raw = text[token.start : token.end]
        assert raw and raw == raw.strip()
        if token.kind == "w" and token.norm not in ("am", "pm", "o'clock"):
            assert (token.norm, token.cap) == (raw.lower(), raw[0].isupper())


_TOKEN_CHARACTERS = list("aopmkAOPMKlc x'’.:/-,_$%\n\xa0é²½İ059")


@given(st.text(alphabet=st.sampled_from(_TOKEN_CHARACTERS), max_size=40))
def test_tokens_are_what_the_named_branches_read(text: str) -> None:
    # tokenize takes shortcuts for words, marks and numbers; each token is still the one the
    # branch of the tokenizer's pattern that reads it makes
    from timeline._resolve._tokens import _pattern, _token

    expected = []
    for match in _pattern().finditer(text, 0, len(text.rstrip())):
        kind = match.lastgroup
        assert kind is not None
        expected.append(_token(kind, match[kind], match.end() - len(match[kind]), match.end()))
    assert tokenize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Key dates\n2014: company registered", ["2014"]),
        ("Oct 2022: designated by the Treasury", ["Oct 2022"]),
        ("- March 2019: talks collapse", ["March 2019"]),
        ("a ratio of 2014:30 in", []),  # a colon with more glued to it: no year
    ],
)
def test_a_year_heading_a_chronology_line_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_a_log_clock_heading_a_line_is_no_year() -> None:
    assert found("1130: a depot was hit") == []
    assert found("2300: curfew in force") == []
