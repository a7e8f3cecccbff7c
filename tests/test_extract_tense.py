"""extract() placing a date by the tense and mood of its clause: wishes, aims, advice, "could"
and the present of a schedule look ahead; a relative clause, a handover or a past perfect tells
the time of its own date; a date told in the past is not counted from a day ahead; the date a
plan is for; plans and terms told without "will" ("a summit to be held in mid-October"); and
"once", "today" and "the past" as the past and the present age. The sentences are written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extracted import found, values

from timeline import Timex, extract

# ---------------------------------------------------------------------------- looking ahead


# 2019-09-04 is a Wednesday.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ('"We want the pool open again on Monday," the coach said.', "Monday", "2019-09-09"),
        ("The union aims to sign the deal on Tuesday.", "Tuesday", "2019-09-10"),
        ("Organisers hope that the road reopens Tuesday, a spokesman said.", "Tuesday",
         "2019-09-10"),
        # a past verb nearer the date still tells its time
        ("Detectives want to know who fired the shots on Monday.", "Monday", "2019-09-02"),
        ("Families want answers about the crash on Monday.", "Monday", "2019-09-02"),
        # plans as a noun are no plan told
        ("On Tuesday, when she dropped her holiday plans for the trip, the talks began.",
         "Tuesday", "2019-09-03"),
    ],
)  # fmt: skip
def test_a_wish_or_an_aim_in_the_present_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert found(text, "2019-09-04")[phrase] == Timex("DATE", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police want to question a man seen near the school on Monday.", "2015-06-08"),
        ("Detectives want to find out who fired the shots on Monday.", "2015-06-08"),
        ("We want the kids back in school on Monday.", "2015-06-15"),
        ("Leaders want to meet on Monday.", "2015-06-15"),
    ],
)
def test_a_wish_looks_ahead_only_to_a_plan_or_a_state(text: str, value: str) -> None:
    # 2015-06-10 is a Wednesday
    assert found(text, "2015-06-10")["Monday"] == Timex("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "Drivers were advised to avoid the bridge on Saturday.",
        "Residents were encouraged to vote early Saturday.",
        "Staff were reminded to leave by noon on Saturday.",
    ],
)
def test_a_date_of_what_someone_was_advised_to_do_is_the_nearest(text: str) -> None:
    # told on Thursday: the coming Saturday, not the one before
    got = found(text, "2023-09-14")
    assert any(t.value.startswith("2023-09-16") for t in got.values()), got


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Bids close on Oct. 30. Traders warned that the winter could bring power cuts.",
         "the winter", "2021-WI"),
        ("Brokers fear that Monday could be volatile.", "Monday", "2021-11-08"),
    ],
)  # fmt: skip
def test_a_date_that_could_do_something_is_ahead(text: str, phrase: str, value: str) -> None:
    assert found(text, "2021-11-03")[phrase] == Timex("DATE", value)


def test_could_told_of_the_past_after_a_date_leaves_it_behind() -> None:
    assert found("The mayor could not be reached Monday.", "2021-11-03")["Monday"] == Timex(
        "DATE", "2021-11-01"
    )


def test_the_present_of_a_handover_looks_ahead() -> None:
    # told on 2013-05-09
    got = found("The governor steps down at the end of June.", "2013-05-09")
    assert got["the end of June"] == Timex("DATE", "2013-06", "END")
    text = "Okafor, who hands over to her deputy at the end of June, said little."
    assert found(text, "2013-05-09")["the end of June"] == Timex("DATE", "2013-06", "END")
    text = "The old board stands down in August, the company said."
    assert found(text, "2013-05-09")["August"] == Timex("DATE", "2013-08")


def test_a_comparison_after_a_plan_does_not_tell_the_plans_time() -> None:
    text = (
        "Inspectors closed the reef to divers in 1998 and surveyed it again last autumn.\n\n"
        "The park service said on Tuesday that guided dives will run from early May to "
        "late August, as they did last year."
    )
    values = found(text, "2010-03-04")
    assert values["early May"] == Timex("DATE", "2010-05", "START")
    assert values["late August"] == Timex("DATE", "2010-08", "END")
    assert values["last year"] == Timex("DATE", "2009")


# ------------------------------------------------------------------- schedules, terms, preparations


@pytest.mark.parametrize(
    ("text", "anchor", "phrase", "value"),
    [
        # 2025-06-05 is a Thursday: the tariffs start on the coming Monday
        ("The tariffs take effect at 12:01 a.m. EDT on Monday.", "2025-06-05",
         "12:01 a.m. EDT on Monday", "2025-06-09T00:01"),
        ("The finale airs at 10 p.m. PT Sunday.", "2024-06-27", "10 p.m. PT Sunday",
         "2024-06-30T22:00"),
        ("The talks resume Monday.", "2024-06-25", "Monday", "2024-07-01"),
        ("He takes office on Jan. 20.", "2024-11-20", "Jan. 20", "2025-01-20"),
        # a term told in the past is the nearest such day, not the coming one (2024-06-29 is a
        # Saturday): the verb before "to" tells, not "expire"
        ("The offer had been due to expire Friday.", "2024-06-29", "Friday", "2024-06-28"),
        # what a forecast is about lies ahead
        ("The bank expects rates to fall by June.", "2023-09-14", "June", "2024-06"),
    ],
)  # fmt: skip
def test_the_present_of_a_schedule_is_ahead(
    text: str, anchor: str, phrase: str, value: str
) -> None:
    assert found(text, anchor)[phrase].value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # told in November 2021, after the months named: the coming ones
        ("Her daughter graduates in June, she said.", "June", "2022-06"),
        ("He retires in June after 30 years.", "June", "2022-06"),
        ("The plant reopens in March.", "March", "2022-03"),
        ("The trial opens in March.", "March", "2022-03"),
        ("The festival was postponed for the fall.", "the fall", "2022-FA"),
        ("The launch was pushed back to the spring.", "the spring", "2022-SP"),
    ],
)  # fmt: skip
def test_the_present_of_a_schedule_puts_a_bare_month_or_season_ahead(
    text: str, phrase: str, value: str
) -> None:
    anchor = "2022-01-20" if phrase == "the fall" else "2021-11-14"
    assert values(text, anchor)[phrase] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales rise in June every year.", "XXXX-06"),  # a habit: no June in particular
        ("He graduated in June.", "2021-06"),  # told in the past: behind
        ("Many graduates in June found no work.", "2021-06"),  # the noun: no schedule
        ("College graduates in June faced a weak market.", "2021-06"),
    ],
)
def test_a_habit_the_past_or_the_noun_graduates_keeps_a_month_behind(text: str, value: str) -> None:
    assert values(text, "2021-11-14")["June"] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the day holders must be on the register to be paid is a term, as "of record" is
        ("The board declared a dividend of 8 cents, payable on 15 November to holders on the "
         "register on 1 November.", "2019-11-01"),
        ("Dividend: 3.1p a share, payable 20 November to shareholders on the register on "
         "1 November.", "2019-11-01"),
        # taken off a register in the past: behind the report
        ("The company was removed from the register on 1 November.", "2018-11-01"),
    ],
)  # fmt: skip
def test_the_day_shareholders_are_on_the_register_is_a_term(text: str, value: str) -> None:
    assert found(text, "2019-10-24")["1 November"].value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # the verb that looks ahead is far back in a long clause: the date is still ahead
        ("We expect second-half sales to be the strongest of the year, as retailers restock "
         "their shelves in November.", "November", "2021-11"),
        # a comparison between them: the figure compared with is an earlier one
        ("The firm now expects full-year profit of $3.10 to $3.20 a share, down from the $3.40 "
         "to $3.50 a share it forecast in April.", "April", "2021-04"),
        # a verb far back told in the past leaves the date behind
        ("The ministry reported that exports to its three largest trading partners had risen "
         "sharply, as buyers stocked up in December.", "December", "2020-12"),
    ],
)  # fmt: skip
def test_a_verb_that_looks_ahead_far_back_in_the_clause_places_a_date_ahead(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2021-07-29")[phrase].value == value


def test_a_date_just_past_stays_past_in_a_clause_about_the_future() -> None:
    text = (
        "The prime minister will set out the plan on Wednesday 15 March, "
        "a week after the budget on 8 March."
    )
    got = found(text, "2023-03-14")
    assert got["Wednesday 15 March"] == Timex("DATE", "2023-03-15")
    assert got["8 March"] == Timex("DATE", "2023-03-08")  # not March 8 of the next year
    # a date weeks past is the next one, as the tense says
    assert found("The board will meet on Feb. 2.", "2023-03-14")["Feb. 2"].value == "2024-02-02"


def test_what_is_prepared_for_lies_ahead() -> None:
    text = "Stores braced for a quieter Black Friday."  # told on Thanksgiving 2020
    assert found(text, "2020-11-26")["Black Friday"] == Timex("DATE", "2020-11-27")
    text = "The company prepared the report on March 3."
    assert found(text, "2020-02-26")["March 3"] == Timex("DATE", "2019-03-03")


def test_the_end_of_a_period_counted_back_is_past() -> None:
    text = "Exports rose 4 percent in the 12 months to March."
    assert found(text, "2024-11-06")["March"] == Timex("DATE", "2024-03")
    # a term moved to a month is still the coming one
    assert found("The deal was extended to March.", "2024-11-06")["March"].value == "2025-03"


# ---------------------------------------------------------------------------- a clause's own time


def test_a_relative_clause_tells_the_time_of_its_own_date() -> None:
    got = found("Carney, who takes over in July, was in Ottawa on Tuesday.", "2013-05-09")
    assert got["July"] == Timex("DATE", "2013-07")
    got = found("The levy, which expires in March, was first imposed in 2009.", "2013-05-09")
    assert got["March"] == Timex("DATE", "2014-03")
    got = found("The chairman, who stepped down in June, was in Ottawa.", "2013-05-09")
    assert got["June"] == Timex("DATE", "2012-06")
    # a body's sittings are a schedule: "convenes", "adjourns" look ahead
    got = found("The council, which convenes March 4, rejected the bid.", "2013-05-09")
    assert got["March 4"] == Timex("DATE", "2014-03-04")
    got = found("The assembly, which adjourns May 20, passed the bill.", "2013-05-09")
    assert got["May 20"] == Timex("DATE", "2013-05-20")
    got = found("The council, which convened March 4, rejected the bid.", "2013-05-09")
    assert got["March 4"] == Timex("DATE", "2013-03-04")


@pytest.mark.parametrize(
    "text",
    [
        'The coach said his side had looked "flat" after a loss at Leeds on Sunday.',
        "Critics called the plan “reckless” when it was unveiled on Sunday.",
    ],
)
def test_a_few_quoted_words_do_not_cut_the_clause(text: str) -> None:
    # told on Wednesday, in the past: the Sunday before
    assert found(text, "2023-03-15")["Sunday"] == Timex("DATE", "2023-03-12")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("By June the mill had closed for good.", "June", "2011-06"),
        ("The siege began in April 2011. By June the rebels had taken the port.", "June",
         "2011-06"),
        # a term stays the nearest such date
        ("The deadline was extended to June 30.", "June 30", "2012-06-30"),
        ("Tenants had until June 30 to leave.", "June 30", "2012-06-30"),
    ],
)  # fmt: skip
def test_a_deed_done_by_a_date_in_the_past_perfect_is_before_the_report(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2012-03-01")[phrase] == Timex("DATE", value)


def test_sat_with_a_capital_is_saturday_not_a_past_verb() -> None:
    # ("sat" joined the irregular past forms; capitalised it tells no tense)
    mentions = {
        m.text: m.timex for m in extract("Doors open Sat., May 9, at noon.", date(2020, 5, 5))
    }
    assert mentions["noon"] == Timex("TIME", "2020-05-09T12:00")


# ---------------------------------------------------------------------------- told in the past


def test_a_part_of_the_day_told_in_the_past_is_not_counted_from_a_day_ahead() -> None:
    got = found(
        "Voting ends on May 30. Organisers, who met that afternoon, said turnout was high.",
        "2019-05-20",
    )
    assert got["that afternoon"] == Timex("TIME", "2019-05-20TAF")
    got = found(
        "The rocket is due to fly on April 9. Engineers who inspected it the previous night "
        "found no faults.",
        "2019-04-02",
    )
    assert got["the previous night"] == Timex("TIME", "2019-04-01TNI")
    # told ahead, it stays on the day ahead
    got = found(
        "The rocket is due to fly on April 9. Engineers will inspect it the previous night.",
        "2019-04-02",
    )
    assert got["the previous night"] == Timex("TIME", "2019-04-08TNI")


def test_a_week_told_in_the_past_is_not_counted_from_a_day_ahead() -> None:
    # 2019-05-30 is a Thursday of ISO week 22
    text = "The summit opens on June 12. Figures released earlier in the week showed exports fell."
    assert found(text, "2019-05-30")["earlier in the week"].value == "2019-W22"
    text = "The summit opens on June 12. Ministers will meet later in the week."
    assert found(text, "2019-05-30")["later in the week"].value == "2019-W24"


# ---------------------------------------------------------------------------- plans: "for" a date


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council approved its spending plan for 2020 late Monday.", "2020"),
        ("The agency raised its forecast for 2020 on Friday.", "2020"),
        # a thing planned for a year, the clause going on with a modal
        ("A rail link planned for 2022 would halve the trip.", "2022"),
        ("He said a census scheduled for 2021 could be delayed.", "2021"),
    ],
)
def test_a_year_that_a_plan_is_for_is_a_year(text: str, value: str) -> None:
    assert Timex("DATE", value) in found(text, "2019-12-10").values()


@pytest.mark.parametrize(
    "text",
    [
        "Seats for 2000 fans were added.",
        "A dinner planned for 2000 people was called off.",
        "About 2000 would attend, they said.",
    ],
)
def test_a_count_after_for_is_no_year(text: str) -> None:
    assert found(text, "2019-12-10") == {}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The inspection scheduled for June was cancelled.", "June", "2024-06"),
        ("A second round, earmarked for March, never took place.", "March", "2024-03"),
    ],
)
def test_a_month_a_plan_was_scheduled_for_is_a_date(text: str, phrase: str, value: str) -> None:
    assert values(text, "2024-06-12")[phrase] == value


@pytest.mark.parametrize(
    "text",
    [
        "Elections were called for May.",
        "The poll was called for May to coincide with local elections.",
        "A decision is expected for May.",
    ],
)
def test_a_month_a_plan_is_called_or_expected_for_stays_a_month(text: str) -> None:
    assert found(text, "2019-03-10")["May"] == Timex("DATE", "2019-05")


@pytest.mark.parametrize(
    "text",
    [
        "Protesters called for May to resign over the Brexit deal.",
        "Analysts expected for May to cut rates.",
    ],
)
def test_a_person_called_on_to_act_is_no_month(text: str) -> None:
    assert "May" not in found(text, "2019-03-10")


def test_a_name_after_for_is_no_month() -> None:
    assert values("The prize went to a poem written for April by her son.", "2024-06-12") == {}


# ---------------------------------------------------------------------------- then and now


def test_then_and_now_are_the_past_and_the_present_age() -> None:
    got = found("Once, the valley fed the region; today it imports its grain.", "2013-03-03")
    assert got["Once"] == Timex("DATE", "PAST_REF")
    assert got["today"] == Timex("DATE", "PRESENT_REF")
    got = found(
        "Decades ago, the mill employed 900 people, but today it is a museum.", "2013-03-03"
    )
    assert got["today"] == Timex("DATE", "PRESENT_REF")
    # a "today" that answers no age gone by is the report's day; "Once inside" is no time
    got = found("Once inside, the crowd was told the vote was today.", "2013-03-03")
    assert got == {"today": Timex("DATE", "2013-03-03")}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # told in the past after an opening on the past, "today" is the report's day
        ("In the past, the index has risen after such cuts, but today it fell 3 percent.",
         "2015-06-10"),
        ("Once, the town had 40 mills; today it has none.", "PRESENT_REF"),
    ],
)  # fmt: skip
def test_today_after_an_opening_on_the_past_is_the_present_age_unless_told_in_the_past(
    text: str, value: str
) -> None:
    assert found(text, "2015-06-10")["today"].value == value


def test_once_is_the_past_only_with_its_today() -> None:
    assert "Once" not in found(
        "Once, however, the deal closes, the shares will be delisted.", "2015-06-10"
    )


def test_todays_world_is_the_present_age_not_the_reports_day() -> None:
    got = found("Such skills matter more in today's economy than ever.", "2013-03-03")
    assert "today" not in got
    got = found("Critics say today's teenagers read less.", "2013-03-03")
    assert "today" not in got
    got = found("Today's vote was close, the clerk said.", "2013-03-03")
    assert got["Today"] == Timex("DATE", "2013-03-03")


def test_the_past_counting_what_follows_is_no_past_ref() -> None:
    assert "the past" not in found("Riots erupted for the past three summers.", "1998-07-01")
    assert found("In the past, he lived there.", "1998-07-01") == {
        "the past": Timex("DATE", "PAST_REF")
    }


@pytest.mark.parametrize(
    ("text", "anchor", "phrase", "value"),
    [
        # a plan told in the past is placed by the telling
        (
            "The summit was scheduled to be held in October but was cancelled.",
            "2014-11-20",
            "October",
            "2014-10",
        ),
        # "to be" and a participle that is no plan: something done, told once
        ("He was the only one to be arrested on Oct. 3.", "2014-11-20", "Oct. 3", "2014-10-03"),
        ("He became the first player to be sent off in May.", "2014-11-20", "May", "2014-05"),
        # "would" told as reported, or as a habit, does not push a term ahead
        (
            "The sale would run through March 1, he said in January.",
            "2014-03-20",
            "March 1",
            "2014-03-01",
        ),
    ],
)
def test_what_is_no_plan_ahead_keeps_its_tense(
    text: str, anchor: str, phrase: str, value: str
) -> None:
    assert {m.text: m.timex.value for m in extract(text, anchor)}[phrase] == value


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The firm hopes to return to profit after losses in the fourth quarter.", "2014-02-10"),
        ("Its shares would have risen in the fourth quarter if not for the lawsuit.", "2014-02-10"),
        ("Without the charge, earnings would be higher than in the fourth quarter.", "2014-02-10"),
        ("The firm said it would take a charge in the fourth quarter.", "2014-01-20"),
    ],
)
def test_a_quarter_compared_with_or_just_over_is_not_pushed_a_year_ahead(
    text: str, anchor: str
) -> None:
    values = {m.text: m.timex.value for m in extract(text, anchor)}
    assert values["the fourth quarter"] == "2013-Q4"


# ---------- extract() on plans and terms told without "will": a conditional "would" with a t


def _plan_found(text: str, anchor: str) -> dict[str, Timex]:
    return {m.text: m.timex for m in extract(text, date.fromisoformat(anchor))}


@pytest.mark.parametrize(
    ("text", "anchor", "phrase", "value"),
    [
        # a state lasting from the telling until a term: the term is ahead, though the same
        # day a year back is nearer the report
        (
            "The truce would keep the border crossing open through Nov. 30.",
            "2011-04-20",
            "Nov. 30",
            "2011-11-30",
        ),
        (
            "The stopgap bill would keep six agencies running until Sept. 30, aides said.",
            "2011-03-10",
            "Sept. 30",
            "2011-09-30",
        ),
        ("The border remains closed until Sept. 30.", "2013-03-10", "Sept. 30", "2013-09-30"),
        # the infinitive of a plan
        (
            "The visit comes before a trade summit to be held in Nairobi in mid-October.",
            "2000-05-09",
            "mid-October",
            "2000-10",
        ),
        (
            "The film, to be released in November, stars a newcomer.",
            "2000-05-09",
            "November",
            "2000-11",
        ),
    ],
)
def test_a_plan_or_term_told_without_will_is_ahead(
    text: str, anchor: str, phrase: str, value: str
) -> None:
    assert _plan_found(text, anchor)[phrase].value == value


@pytest.mark.parametrize(
    ("text", "anchor", "phrase", "value"),
    [
        # a plan told in the past may be over: the nearest such month
        ("The vote was to be held in November.", "2000-05-09", "November", "1999-11"),
        ("The vote, which was to be held in March, was put off.", "2000-05-09", "March", "2000-03"),
        # a future told in the past of a point in time stays the nearest (a report's account)
        (
            "The ministry informed the court that the ship would be searched on 5 November.",
            "2020-03-02",
            "5 November",
            "2019-11-05",
        ),
        # the end of a period counted back is no term ahead
        (
            "Sales are up 5 percent in the nine months through Sept. 30.",
            "2013-03-10",
            "Sept. 30",
            "2012-09-30",
        ),
    ],
)
def test_a_plan_told_in_the_past_or_a_period_counted_back_is_not_pushed_ahead(
    text: str, anchor: str, phrase: str, value: str
) -> None:
    assert _plan_found(text, anchor)[phrase].value == value


# ------------------------------------------------------- participles that qualify a noun


# 2021-10-14 is a Thursday.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # an -ed form after an article qualifies the noun: no past verb, "would" tells the time
        ("The bonus would be paid on an as yet undecided day in February.", "February",
         "2022-02"),
        ("The tournament will be held at a newly renovated arena in March.", "March", "2022-03"),
        # guards: a past verb after a noun stays one, as does a participle after a noun
        ("The family moved to the coast in March.", "March", "2021-03"),
        ("A driver arrested in March was released on bail.", "March", "2021-03"),
        ("The arrested driver was released in March.", "March", "2021-03"),
    ],
)  # fmt: skip
def test_a_participle_after_an_article_is_no_past_verb(text: str, phrase: str, value: str) -> None:
    assert values(text, "2021-10-14")[phrase] == value


def test_a_verb_after_that_tells_what_was_said_not_when() -> None:
    # 2021-10-14 is a Thursday: "late Tuesday" is when she spoke, not when she would resign
    text = "The minister said in a broadcast address late Tuesday that she would resign."
    assert values(text, "2021-10-14")["late Tuesday"] == "2021-10-12"


# 2021-10-14 is a Thursday.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a bare verb after "made"/"watched" and its object has the tense of that verb
        ("After the storm the referee made the teams resume on Sunday.", "Sunday", "2021-10-10"),
        ("Officials watched the talks begin on Monday.", "Monday", "2021-10-11"),
        # guards: the present of a schedule, and an imperative, look ahead
        ("The teams resume on Sunday.", "Sunday", "2021-10-17"),
        ("Let the talks begin on Monday.", "Monday", "2021-10-18"),
    ],
)  # fmt: skip
def test_a_verb_let_or_made_to_happen_has_no_schedule_of_its_own(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2021-10-14")[phrase] == value


# 2023-02-03 is a Friday.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a date before the noun of a term is the term's day: the nearest, whatever the tense
        ("By fixing a Feb. 10 filing date, the regulator gave lenders a week.", "Feb. 10",
         "2023-02-10"),
        ("The ministry set out a March 15 target date for the new rules.", "March 15",
         "2023-03-15"),
        ("The union rejected the Jan. 30 deadline.", "Jan. 30", "2023-01-30"),
        ("The union rejected the Feb. 20 deadline.", "Feb. 20", "2023-02-20"),
        # guards: a date after a past verb with no term noun stays behind; "since" keeps it so
        ("By fixing prices on Feb. 10, the regulator angered lenders.", "Feb. 10", "2022-02-10"),
        ("Nothing has moved since the Feb. 10 deadline.", "Feb. 10", "2022-02-10"),
    ],
)  # fmt: skip
def test_a_date_naming_a_deadline_is_the_nearest(text: str, phrase: str, value: str) -> None:
    assert values(text, "2023-02-03")[phrase] == value


# ------------------------------------------------- a past that is written as the plain verb


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He put the book on the shelf in March.", "2016-03"),
        ("The company cut 300 jobs in March.", "2016-03"),
        ("The central bank set its key rate in March.", "2016-03"),
        ("It cost the city $3 million in March.", "2016-03"),
        ("The fire spread to the roof in March.", "2016-03"),
        ("Boeing hit its delivery target in March.", "2016-03"),
    ],
)
def test_a_plain_past_after_a_singular_subject_is_past(text: str, value: str) -> None:
    assert values(text, "2017-02-11")["March"] == value


@pytest.mark.parametrize(
    "text",
    [
        "He puts the book on the shelf in March.",  # the present: the nearest March
        "The company cuts 300 jobs in March.",
        "The company will cut 300 jobs in March.",
        "The board plans to cut 300 jobs in March.",
        "They cut 300 jobs in March.",  # present or past: no tense from the verb
        "The tax cut takes effect in March.",  # a noun
    ],
)
def test_a_plain_verb_without_a_singular_subject_is_no_past(text: str) -> None:
    assert values(text, "2017-02-11")["March"] == "2017-03"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # what was expected lies ahead of the telling: the nearest such date
        ("Economists said they expected a rate cut in December.", "December", "2019-12"),
        ("Brokers said they now expected a second rise in November, followed by a pause.",
         "November", "2019-11"),
        # guards: a comparison with what was expected, and a participle after a comma, leave
        # the clause's own tense
        ("Exports fell more than expected in March.", "March", "2019-03"),
        ("Prices rose in March, led by fuel.", "March", "2019-03"),
        ("Prices rose sharply in March, followed by a dip.", "March", "2019-03"),
    ],
)  # fmt: skip
def test_a_date_of_what_was_expected_is_the_nearest(text: str, phrase: str, value: str) -> None:
    assert values(text, "2019-10-01")[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Holders have until Jan. 15 to exchange their old notes.", "Jan. 15", "2021-01-15"),
        ("The tenant has only until Feb. 1 to leave.", "Feb. 1", "2021-02-01"),
        # guard: a term given in the past is the nearest
        ("Holders had until Jan. 15 to exchange their old notes.", "Jan. 15", "2020-01-15"),
    ],
)  # fmt: skip
def test_a_term_given_in_the_present_is_ahead(text: str, phrase: str, value: str) -> None:
    assert values(text, "2020-03-10")[phrase] == value


def test_a_term_given_is_no_time_the_story_moves_to() -> None:
    text = (
        "The agency will publish the list on April 2. Applicants have until Dec. 20 to appeal. "
        "The office stays open on Saturdays through the end of May."
    )
    got = values(text, "2020-03-10")
    assert got["Dec. 20"] == "2020-12-20"
    assert got["the end of May"] == "2020-05"


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The club's goal of the month for April went to a defender.", "2024-04"),
        ("Retail sales for June rose 2 percent.", "2024-06"),
    ],
)
def test_an_ambiguous_month_after_figures_for_is_a_month(text: str, month: str) -> None:
    assert values(text, "2024-07-12") == {text.split("for ")[1].split()[0].rstrip("."): month}


def test_an_ambiguous_month_after_a_thing_for_is_a_name() -> None:
    assert values("He bought flowers for April and left.", "2024-06-12") == {}


def test_a_time_gone_on_since_is_before_the_report_whatever_the_story() -> None:
    text = (
        '"By this time next year we hope to be in profit," she said. The shares have risen '
        "30 percent since the start of the year."
    )
    assert values(text, "2019-05-14")["the start of the year"] == "2019"
    # guard: the story's time, when it is before the report, is still what "since" counts from
    text = (
        "The strike began on 3 March 2018. By that June, output had fallen since the start of "
        "the year."
    )
    assert values(text, "2019-05-14")["the start of the year"] == "2018"


# ----------------------------------------------------------------------- the futurate progressive


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # told in February 2015: the progressive with a time put on it is a plan, ahead
        ("The mayor, who is seeking a third term in November, vetoed the bill.", "November",
         "2015-11"),
        ("She is leaving the bank in December, a spokesman said.", "December", "2015-12"),
        ("The final round is being held in late November.", "late November", "2015-11"),
    ],
)  # fmt: skip
def test_the_present_progressive_with_a_time_is_a_plan_ahead(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2015-02-10")[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a time that dates a noun, not the verb: the nearest, as the present has it
        ("The firm is still trying to sell itself under a December agreement.", "December",
         "2014-12"),
        # "is to" keeps its own reading
        ("Trading is to resume in December.", "December", "2015-12"),
        # not a progressive: "-ing" as a preposition
        ("The worst of it is during December.", "December", "2014-12"),
    ],
)  # fmt: skip
def test_what_the_progressive_leaves_alone(text: str, phrase: str, value: str) -> None:
    assert values(text, "2015-02-10")[phrase] == value


# ---------------------------------------------------------------- an aside after a fronted time


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # 2015-02-10 is a Tuesday; the verb after the aside tells the tense
        ("On Friday, as she has done for 30 years, Ms. Ruiz opened the bakery at dawn.", "Friday",
         "2015-02-06"),
        ("In October, as it did last year, the council will close the bridge.", "October",
         "2015-10"),
        ("On Friday morning, as they do every week, the crews swept the square.",
         "Friday morning", "2015-02-06TMO"),
    ],
)  # fmt: skip
def test_a_time_opening_its_clause_takes_the_tense_after_an_as_aside(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2015-02-10")[phrase] == value


def test_an_as_clause_after_a_time_told_later_is_still_a_clause_of_its_own() -> None:
    # the time is the main clause's; the comparison after it tells its own
    assert values("The bridge will close in October, as it did last year.", "2015-02-10")[
        "October"
    ] == "2015-10"
    assert values("The bridge closed in October, as it does every year.", "2015-02-10")[
        "October"
    ] == "2014-10"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("With less than two weeks until Christmas, shops hired more staff.", "Christmas",
         "2012-12-25"),
        ("It is only ten days until the Nov. 6 vote, and the race is tight.", "Nov. 6",
         "2012-11-06"),
        # guard: a stretch that ended on a date is no countdown
        ("The plant was shut for two weeks until March 3.", "March 3", "2012-03-03"),
    ],
)  # fmt: skip
def test_a_time_counted_down_to_is_ahead(text: str, phrase: str, value: str) -> None:
    assert values(text, "2012-10-17")[phrase] == value


# 2021-06-14 is a Monday.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The firm set a target of $2 billion for March.", "March", "2021-03"),
        ("Ticket sales for March were strong, the league said.", "March", "2021-03"),
        ("The board will name a new chief for March, it said.", "March", "2022-03"),
        ("The ministry cut its target for April.", "April", "2021-04"),
        ("The budget for June was cut by a third.", "June", "2021-06"),
    ],
)  # fmt: skip
def test_a_capitalised_march_or_a_target_for_a_month_is_the_month(
    text: str, phrase: str, value: str
) -> None:
    assert values(text, "2021-06-14")[phrase] == value


@pytest.mark.parametrize(
    "text",
    [
        "The party voted for March in the second round.",
        "We waited for March to arrive.",
        "The prize went to a poem written for March by her son.",
        "The firm set a target of $2 billion for May.",  # "May" still wants a plan or figure
        "He bought a gift for April and left.",
        "He is known for March Madness coverage.",
    ],
)
def test_a_person_or_a_name_after_for_is_still_no_month(text: str) -> None:
    assert not any(v.startswith("2") for v in values(text, "2021-06-14").values())
