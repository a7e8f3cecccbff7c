"""extract() finds no dates in numbers and names that only look like them (scores, products,
laws, prices, places, people, bill and paper numbers, citations, idioms such as "most recently"
or "almost to the day", "about" before a day in the possessive), and still finds the dates
written in the same styles."""

from __future__ import annotations

from datetime import date

import pytest
from extracted import found, values

from timeline import Timex, extract

ANCHOR = "2021-06-15"  # a Tuesday


def phrases(text: str) -> dict[str, str]:
    return {m.text: m.timex.value for m in extract(text, ANCHOR)}


SPORTS = [
    "The home side won 3-2 after extra time.",
    "They took a 1-0 lead before halftime.",
    "The 49ers signed a new quarterback.",
    "She is the No. 3 seed at the tournament.",
    "The Lakers beat the Celtics 112-104 on the road.",
    "He scored 31 points and grabbed 12 rebounds.",
    "The team finished 10-6 and missed the playoffs.",
    "He wore number 23 for the Bulls.",
    "He shot a 4-under 68 in the opening round.",
    "Murray beat Federer 6-4, 6-3.",
    "They led 14-7 at the half.",
    "The court ruled 5-4 against the state.",
    "The vote was 52-48 in favour.",
    # a quarter or half of a game, not of the year
    "He scored 10 points in the fourth quarter.",
    "The Rams scored a touchdown in the second quarter.",
    "The Rams led 21-7 in the second quarter.",
    "Messi scored twice in the second half as Barcelona won 3-1.",
    "The Patriots trailed 28-3 in the third quarter before winning in overtime.",
    "The Eagles outscored the Giants 14-0 in the fourth quarter.",
    "He hit a three-pointer in the first half.",
    "She scored a second-half goal.",
]
PRODUCTS = [
    "She bought an iPhone 12 at the mall.",
    "The airline grounded its Boeing 737 fleet.",
    "Two F-16 jets escorted the plane.",
    "Apollo 11 landed on the moon.",
    "He stopped at a 7-Eleven for coffee.",
    "It was a real Catch-22 for the managers.",
    "The Airbus A320 is popular with budget carriers.",
    "He drives a Porsche 911 to work.",
    "The Boeing 747-400 is old.",
    "A DC-10 crashed.",
    "Fahrenheit 451 is a novel.",
    # a year closing a product's or a plan's name, after a capitalised word mid-sentence
    "The office still runs Windows 2000.",
    "Saudi Arabia unveiled Vision 2030.",
    "They set up a joint venture called Orion 1980, which makes parts.",
]
LAWS = [
    "Lawmakers debated Section 230 of the act.",
    "The council passed Resolution 2231 unanimously.",
    "NATO members invoked Article 5 of the treaty.",
    "The retailer filed for Chapter 11 protection.",
    "The court cited Rule 11 in its ruling.",
    "Voters passed Proposition 103.",
    "Employees can use a 401(k) plan.",
    "The company filed a Form 10-Q.",
]
FINANCE = [
    "The S&P 500 rose sharply.",
    "She runs a Fortune 500 company.",
    "The firm submitted a 10-K filing to regulators.",
    "The FTSE 100 fell for a third session.",
    "Sales rose 12 per cent to 1,200 units.",
    "The index gained 15 points to 2,345.",
    "The Dow fell 190.58 points to 2569.26.",
    "The index closed at 1987.25.",
    "Shares rose 50 cents to $31.25.",
    "Officials counted 1,998 ballots.",
    "The company employs 2015 workers.",
    "Police arrested 1998 protesters.",
]
HEALTH = [
    "Cases of COVID-19 rose sharply.",
    "The H1N1 virus spread quickly.",
    "The store is open 24/7.",
    "In an emergency, dial 9-1-1 at once.",
    "He took 500 mg of the drug.",
]
PLACES = [
    "Traffic backed up on Highway 401.",
    "They drove along Route 66.",
    "He lives at 10 Downing Street.",
    "She danced at Studio 54.",
    "The flight leaves from Terminal 2.",
    "The office is at 1600 Pennsylvania Avenue.",
    "He lives at 1999 Elm Street.",
    "Traffic on Interstate 880 collapsed.",
    "Flight 93 crashed in a field.",
    # a number before "block of" is an address
    "The 1600 block of Main Street was closed.",
]
GROUPS = [
    "Leaders of the G7 met in Cornwall.",
    "The G20 summit ended without a deal.",
    "The Chicago Seven were tried for conspiracy.",
    "The Big Ten conference cancelled games.",
    "The Group of 77 issued a statement.",
]
NAMES = [
    "June Carter sang with the band.",
    "August Wilson wrote the play.",
    "Ms. April Ryan asked the question.",
    "He was treated at the Mayo Clinic.",
    "Marchers filled the streets.",
    "Mr. May said the bill would fail.",
    "Prime Minister Theresa May resigned.",
    "Jan Smith said the plan failed.",
    "He is known as Mr. October.",
    # a length with a capitalised unit after a number is a title
    "The Seven Years' War ended.",
    "The Thirty Years War devastated Europe.",
    "The Six-Day War was short.",
    "The talks were at Mar-a-Lago.",
    "Sun Microsystems shares rose.",
    "China launched a Long March rocket.",
    # a season or a part of the day heading a name
    "Dawn Johnson said the shop closed.",
    "Summer Smith won the race.",
    "Autumn Rivers spoke to reporters.",
    "The Summer Palace draws tourists.",
    "The Summer Olympics draw huge crowds.",
    # a weekday heading a name at a sentence start or after a capitalised "The"
    "Tuesday Weld starred in the film.",
    "Sunday Times reporters broke the story.",
    "The Sunday Times broke the story.",
    "The Monday Club met.",
    # a unit capitalised after a determiner or a weekday: a programme's title
    'He spoke on "This Week" on ABC.',
    'He said on "This Week With David Brinkley" that talks would go on.',
    "The Thursday Night Football game drew viewers.",
]
COUNTS = [
    "He won a second term as mayor.",
    "She was his second wife.",
    "The team lost in the second round.",
    "A third of voters remain undecided.",
    "He finished first in the race.",
    "Read pages 12-15 for homework.",
    "The survey covered adults aged 18-24.",
    "Forecasters expect 1-2 inches of rain.",
    "Between 200 and 300 people attended.",
    "They need 3 to 5 volunteers.",
    "The boy, 12, was hurt.",
    "A 12-year-old boy was hurt.",
    "Two men, 19 and 21, were charged.",
    "Temperatures were in the 90s all week.",
    "The suspect is in his 50s.",
    # a part of the day after "a" or "per" is a rate
    "The shelter sleeps 1,200 people a night.",
    "Rooms cost between $35 and $55 a night.",
]
TIME_LIKE = [
    "The board approved it by a 3:1 vote.",
    "The bookmakers offer odds of 5:2.",
    "It is a 24-7 operation.",
    "She upgraded to version 10.15 of the system.",
    "The aspect ratio is 16:9.",
    "Call 1-800-555-0199 for details.",
    # chapter and verse, not a clock time
    "He held up a sign reading John 3:16.",
    "Luke 2:14 was recited.",
    "He quoted Genesis 1:1 at length.",
]
# law reports cited by volume, reporter and page: the page is no year
CITATIONS = [
    "The court relied on 512 F.3d 1104.",
    "See 123 S. Ct. 2003 and 410 U.S. 1973.",
    "The holding in 250 F. Supp. 2d 1999 was narrow.",
    "Compare 99 A.2d 2001 with 55 So. 2d 1985.",
]


NO_DATES = [*SPORTS, *PRODUCTS, *LAWS, *FINANCE, *HEALTH, *PLACES, *GROUPS, *NAMES, *COUNTS]
# "another day, another X": an idiom of sameness, no length
IDIOMS = [
    "Another day, another protest.",
    "Another week, another scandal in the capital.",
    "It is another year — another record high for the index.",
]
NO_DATES += TIME_LIKE + CITATIONS + IDIOMS


# ------------------------------------------- look-alikes, and true dates written in the same styles


@pytest.mark.parametrize("text", NO_DATES)
def test_no_false_dates(text: str) -> None:
    assert phrases(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The deal closed on March 3.", "March 3", "2021-03-03"),
        # the court and year of a citation stay a year; a day with a month abbreviated a day
        ("Smith v. Jones, 512 F.3d 1104 (9th Cir. 2008), was cited.", "2008", "2008"),
        ("He was born on 5 Jan. 2003 in Ohio.", "5 Jan. 2003", "2003-01-05"),
        # waiting another day is a length, and so is each of two lengths listed
        ("We will wait another day.", "another day", "P1D"),
        ("They waited another day, another week, and left.", "another week", "P1W"),
        ("He left on June 1.", "June 1", "2021-06-01"),
        ("The law took effect April 1, 2020.", "April 1, 2020", "2020-04-01"),
        ("Growth slowed in the 1990s.", "the 1990s", "199"),
        ("The music of the '90s is back.", "the '90s", "199"),
        ("He was born in 1990.", "1990", "1990"),
        ("The 2020 election was close.", "2020", "2020"),
        ("The Class of 2019 graduated.", "2019", "2019"),
        ("Unemployment hit 6% in May 2020.", "May 2020", "2020-05"),
        ("Windows 95 was released in August 1995.", "August 1995", "1995-08"),
        ("The G7 met on June 11.", "June 11", "2021-06-11"),
        ("Chapter 11 was filed on June 1.", "June 1", "2021-06-01"),
        ("The 1-0 win came on Sunday.", "Sunday", "2021-06-13"),
        ("Stocks fell 2% on Monday.", "Monday", "2021-06-14"),
        ("Talks resumed Monday, June 14.", "Monday, June 14", "2021-06-14"),
        ("The report is due 2021-07-01.", "2021-07-01", "2021-07-01"),
        ("It happened in summer 2019.", "summer 2019", "2019-SU"),
        ("Sales rose in the second quarter.", "the second quarter", "2021-Q2"),
        ("He served 10 years in prison.", "10 years", "P10Y"),
        ("The 90-day deadline expired.", "90-day", "P90D"),
        ("Prices grew 3.2% a year.", "a year", "P1Y"),
        ("Since 1949, the alliance has grown.", "1949", "1949"),
        ("For 1988, the company earned $822 million.", "1988", "1988"),
        ("The 1998 Good Friday Agreement ended the violence.", "1998", "1998"),
        # calendar quarters and halves in business news stay
        ("Profit rose 12% in the fourth quarter of 2020.", "the fourth quarter of 2020", "2020-Q4"),
        ("The Dow fell 50 points in the first half of 2020.", "the first half of 2020", "2020-H1"),
        # words that are a company's as much as a team's do not make a quarter a game's
        ("The firm met its sales goals in the fourth quarter.", "the fourth quarter", "2020-Q4"),
        ("Revenue trailed forecasts in the third quarter.", "the third quarter", "2020-Q3"),
        ("The bank paid a penalty in the second quarter.", "the second quarter", "2021-Q2"),
        ("The board voted 7-2 in the first quarter to raise it.", "the first quarter", "2021-Q1"),
        ("Workers logged overtime in the first half.", "the first half", "2021-H1"),
        # holidays named with a unit keep it
        ("He was found on Thanksgiving Day.", "Thanksgiving Day", "2020-11-26"),
        # weekdays and seasons next to capitalised words that are no name
        ("In his Sunday Mass the cardinal spoke.", "Sunday", "2021-06-13"),
        ("$14 million left on Friday Oct. 13 alone.", "Friday Oct. 13", "2023-10-13"),
        ("Noon Monday is the deadline.", "Noon Monday", "2021-06-14T12:00"),
        ("Dawn broke Saturday over the city.", "Saturday", "2021-06-12"),
        ("The shelter was open all night.", "night", "2021-06-14TNI"),
        ("The Chicago meeting starts at 9:30 tomorrow.", "9:30 tomorrow", "2021-06-16T09:30"),
    ],
)
def test_true_dates_in_the_same_styles_are_found(text: str, phrase: str, value: str) -> None:
    assert phrases(text).get(phrase) == value


@pytest.mark.parametrize(
    "text",
    [
        "Sales grew 5-8 percent in the second half.",
        "The Dow fell 50 points in the second half.",
        "Its $1-2 billion plan slipped into the second half.",
    ],
)
def test_a_range_of_amounts_is_no_game_score(text: str) -> None:
    assert phrases(text)["the second half"].endswith("-H2")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the unit of a rate after a length is no length of its own
        (
            "The call centre now answers 24 hours a day.",
            {"now": "PRESENT_REF", "24 hours": "PT24H"},
        ),
        ("Lifeguards watch the beach ten hours a day.", {"ten hours": "PT10H"}),
        # a word said twice about "after" tells a manner, no time
        ("The neighbours heard the drills night after night.", {}),
        ("Year after year the river rose.", {}),
    ],
)
def test_rates_and_repetitions_name_no_time(text: str, kept: dict[str, str]) -> None:
    assert phrases(text) == kept


def test_a_night_after_an_event_is_still_a_time() -> None:
    assert "night" in phrases("It rained all night after the final whistle.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ship unloaded 1500 MT of coal at the port.", []),
        ("The hospital bought 1200 CT scanners.", []),
        ("Sea levels could rise by two metres by 2150.", [("2150", "2150")]),
        ("Contact was lost at 2215Z.", [("2215Z", "2017-10-11T22:15")]),
        # a count before the comma is no date the phrase renames
        ("A bomb went off on March 3, 2015. The toll rose to 40, the day after the attack.",
         [("March 3, 2015", "2015-03-03"), ("the day after", "2015-03-04")]),
        ("They met at Easter. Monday was quiet.",
         [("Easter", "2017-04-16"), ("Monday", "2017-10-09")]),
        # after "a.m." a capitalised word that is no month, day or zone starts a sentence
        ("The shelling began at 3 a.m. Mayor Ivanov said on 6 March it stopped.",
         [("3 a.m.", "2017-10-11T03:00"), ("6 March", "2017-03-06")]),
    ],
)  # fmt: skip
def test_counts_names_and_sentence_ends_are_read_as_such(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, date(2017, 10, 11))] == expected


# ---------------------------------------------------------------------------- months and names


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a month described after an article is the month, even "March"
        ("Growers said a cold, rainy March delayed the harvest.", "March", "2021-03"),
        ("It was the unusually dry April that hurt the plains.", "April", "2021-04"),
        ("Dealers said a slow April had hurt sales.", "April", "2021-04"),
        # a month told of its weather, even at the head of its clause
        ("Forecasters said June had been far warmer than usual.", "June", "2021-06"),
        ('Brokers said April was "much more normal" for trading.', "April", "2021-04"),
        # ... or told to be the month it was
        ("March was the worst month for car sales.", "March", "2021-03"),
        ("Dealers said May was the strongest month since 2019.", "May", "2021-05"),
    ],
)
def test_a_month_described_or_told_of_its_weather_is_a_month(
    text: str, phrase: str, value: str
) -> None:
    assert phrases(text).get(phrase) == value


@pytest.mark.parametrize(
    "text",
    [
        "April was hired as a nurse last spring.",
        "Officials said June has been working on the plan.",
        "Thousands joined a silent March on the capital.",
        "April is more talented than her brother.",
        "April was the best student in her class.",
    ],
)
def test_a_name_at_the_head_of_its_clause_stays_a_name(text: str) -> None:
    assert not {"April", "June", "March"} & set(phrases(text))


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Ferries ran in March, May and early July.", {"March", "May", "early July"}),
        ("Ferries ran in March, May, July and August.", {"March", "May", "July", "August"}),
        ("Ferries ran in May and late July.", {"May", "late July"}),
    ],
)
def test_may_or_march_listed_with_months_is_a_month(text: str, months: set[str]) -> None:
    assert set(phrases(text)) == months


@pytest.mark.parametrize(
    "text",
    ["In March, May told the party she would stay.", "In March, May and Hammond met in Rome."],
)
def test_a_name_after_a_month_and_a_comma_stays_a_name(text: str) -> None:
    assert set(phrases(text)) == {"March"}


def test_a_month_set_beside_the_word_month_is_a_month() -> None:
    got = found("May, the busiest month for weddings, is booked out.", "2012-02-18")
    assert got["May"] == Timex("DATE", "2012-05")
    assert "May" not in found("May, the mayor said, will run again.", "2012-02-18")


# ------------------------------------------------------------------------- papers, bills, citations


@pytest.mark.parametrize("text", ["The bill (HC 1123) was debated.", "See (HB 2015) for details."])
def test_a_bill_by_its_number_is_no_year(text: str) -> None:
    assert found(text, "2015-06-10") == {}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The findings are in the committee's sixth report (HC 1234), out today.", "1234"),
        ("The assembly passed AB 1492 on a voice vote.", "1492"),
        ("See the committee paper (HC 1987).", "1987"),
    ],
)
def test_a_paper_or_bill_by_its_number_is_no_year(text: str, number: str) -> None:
    assert number not in values(text, "2024-06-12")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Emissions rose sharply (IPCC 2014).", "2014"),
        ("Trade rules were tightened (WTO 2009).", "2009"),
        ("Growth slowed (IMF 2011).", "2011"),
    ],
)
def test_an_author_and_year_citation_keeps_its_year(text: str, year: str) -> None:
    assert found(text, "2015-06-10")[year] == Timex("DATE", year)


@pytest.mark.parametrize("text", ["The UK 2019 election was close.", "It was built in AD 1066."])
def test_a_year_after_an_acronym_or_era_stays_a_year(text: str) -> None:
    assert any(v in ("2019", "1066") for v in values(text, "2024-06-12").values())


def test_a_number_before_a_capitalised_word_on_its_line_is_a_name() -> None:
    assert "800" not in found("Shares of 800 Trading Company rose.", "2015-06-10")


# ---------------------------------------------------------------------------- idioms


@pytest.mark.parametrize(
    "text",
    [
        "The depot was raided three times, most recently in the spring.",
        "Inspectors visited twice, most recently on 4 May.",
    ],
)
def test_most_recently_orders_occasions_and_names_no_time(text: str) -> None:
    assert "recently" not in values(text, "2024-06-12")


def test_recently_alone_is_still_the_recent_past() -> None:
    assert values("The depot was recently raided.", "2024-06-12")["recently"] == "PAST_REF"


def test_almost_to_the_day_is_no_date() -> None:
    got = found(
        "The dam failed again ten years almost to the day after the first break.", "2013-03-03"
    )
    assert "the day after" not in got
    assert got["ten years"] == Timex("DURATION", "P10Y")


# 2022-05-12 is a Thursday.
@pytest.mark.parametrize(
    ("text", "phrase", "timex"),
    [
        # "about"/"around" before a date in the possessive governs the noun after it
        ("Doubts about Monday's count kept the result open.", "Monday",
         Timex("DATE", "2022-05-09")),
        ("Lawyers found a way around last week's injunction.", "last week",
         Timex("DATE", "2022-W18")),
        # guards: before a date itself, or a length in the possessive, it is an approximation
        ("The count should finish around Monday.", "around Monday",
         Timex("DATE", "2022-05-16", "APPROX")),
        ("The port lies about a day's sail away.", "about a day",
         Timex("DURATION", "P1D", "APPROX")),
    ],
)  # fmt: skip
def test_about_a_day_in_the_possessive_is_no_approximation(
    text: str, phrase: str, timex: Timex
) -> None:
    assert found(text, "2022-05-12")[phrase] == timex


@pytest.mark.parametrize(
    "text",
    [
        "The central bank held the overnight rate at 4.5 percent.",
        "Banks leaned on overnight lending markets for cash.",
        "The overnight interbank rate jumped to 9 percent.",
    ],
)
def test_overnight_naming_a_money_market_is_no_night(text: str) -> None:
    assert found(text, ANCHOR) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Rents doubled almost overnight.",
        "The town changed virtually overnight when the mine opened.",
        "The singer became an overnight sensation.",
    ],
)
def test_overnight_meaning_suddenly_is_no_night(text: str) -> None:
    assert found(text, ANCHOR) == {}


def test_overnight_told_of_what_happened_is_still_the_night() -> None:
    got = found("Shelling went on overnight, and the market rate rose.", ANCHOR)
    assert got["overnight"] == Timex("TIME", "2021-06-14TNI")
    # "nearly" before a night told is no idiom when it governs something else
    got = found("The convoy waited nearly a week and moved overnight.", ANCHOR)
    assert "overnight" in got


@pytest.mark.parametrize(
    "text",
    [
        "Guests packed the hall for his daughter April's wedding.",
        "He thanked his wife June and their two sons.",
        "Her brother August runs the farm.",
    ],
)
def test_a_month_naming_a_relative_is_a_first_name(text: str) -> None:
    assert found(text, ANCHOR) == {}


def test_a_month_after_a_relative_and_a_preposition_is_still_a_month() -> None:
    assert values("His daughter was born in April.", ANCHOR)["April"] == "2021-04"


def test_a_date_closing_a_bracket_at_a_line_s_end_is_no_phone_number() -> None:
    text = "FLEET REGISTER (internal copy, revised 3 February 2021)\n\n2004 - First vessel bought."
    assert values(text, "2021-02-03")["3 February 2021"] == "2021-02-03"
    # guard: an area code's bracket and its number on one line stay a phone number
    assert values("Call the desk on (212) 555-0100.", "2021-02-03") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rent is collected quarterly in advance.", {"quarterly": "P3M"}),
        ("Reviews will switch from yearly to quarterly starting next year.",
         {"yearly": "P1Y", "quarterly": "P3M", "next year": "2022"}),
        # guard: before a noun it qualifies the noun
        ("The fund pays a quarterly coupon in cash.", {}),
    ],
)  # fmt: skip
def test_quarterly_before_no_noun_is_a_recurrence(text: str, expected: dict[str, str]) -> None:
    assert values(text, "2021-02-03") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The prisoner said his cell number was 1204.",
        "She gave the door code as 1988 and left.",
        "The flight was 2015, a red-eye.",
    ],
)
def test_a_number_given_for_a_label_is_no_year(text: str) -> None:
    assert values(text, "2021-02-03") == {}


def test_a_year_given_as_what_something_was_is_still_a_year() -> None:
    assert values("The best harvest was 1988, a dry year.", "2021-02-03") == {"1988": "1988"}
