"""Properties of resolve() and scan() that hold for every input hypothesis can think of."""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import TimeSpan, UnresolvableExpression, resolve
from timeline._resolve import scan
from timeline.strategies import Phrase, anchors, phrases

MONTHS = list(calendar.month_name)[1:]
WEEKDAYS = list(calendar.day_name)


@settings(max_examples=300, deadline=None)
@given(phrases())
def test_phrases_resolve_to_their_expected_spans(case: Phrase) -> None:
    span = resolve(case.text, case.anchor, prefer=case.prefer, tz=case.tz)  # type: ignore[arg-type]
    assert span == case.expected
    assert span.phrase == case.text


@settings(max_examples=200, deadline=None)
@given(phrases())
def test_bounds_are_ordered_and_aware(case: Phrase) -> None:
    span = resolve(case.text, case.anchor, prefer=case.prefer, tz=case.tz)  # type: ignore[arg-type]
    assert span.earliest_start <= span.latest_start and span.earliest_end <= span.latest_end
    assert span.earliest_start <= span.earliest_end and span.latest_start <= span.latest_end
    assert all(m.utcoffset() is not None for m in (span.earliest_start, span.latest_end))


@settings(max_examples=200, deadline=None)
@given(phrases())
def test_resolution_is_deterministic(case: Phrase) -> None:
    first = resolve(case.text, case.anchor, prefer=case.prefer, tz=case.tz)  # type: ignore[arg-type]
    again = resolve(case.text, case.anchor, prefer=case.prefer, tz=case.tz)  # type: ignore[arg-type]
    assert first.to_dict() == again.to_dict()


@settings(max_examples=200, deadline=None)
@given(phrases())
def test_round_trips_through_iso_and_edtf(case: Phrase) -> None:
    span = resolve(case.text, case.anchor, prefer=case.prefer, tz=case.tz)  # type: ignore[arg-type]
    assert TimeSpan.from_dict(span.to_dict()) == span
    if not span.is_crisp:  # fuzzy: only the four-bound dict holds it
        assert TimeSpan.from_iso(span.possible.to_iso()) == span.possible
        return
    assert TimeSpan.from_iso(span.to_iso()) == span
    midnights = all(m.time() == time() for m in (span.earliest_start, span.latest_end))
    if span.granularity != "minute" and midnights:  # not where a day starts at 01:00 (DST)
        assert TimeSpan.from_edtf(span.to_edtf(), case.tz) == span


PARTS = ["early", "mid", "late", "the beginning of", "the end of", "the first half of",
         "the second half of"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    part=st.sampled_from(PARTS),
    month=st.integers(1, 12),
    year=st.integers(1900, 2100),
    anchor=anchors(),
)
def test_parts_of_a_month_or_year_lie_inside_it(
    part: str, month: int, year: int, anchor: datetime
) -> None:
    joiner = "-" if part == "mid" else " "
    for whole in (f"{MONTHS[month - 1]} {year}", f"{year}"):
        outer = resolve(whole, anchor)
        inner = resolve(f"{part}{joiner}{whole}", anchor)
        assert inner.is_within(outer)
        certain = inner.certain
        assert certain is not None and certain.is_within(outer)


@settings(max_examples=200, deadline=None)
@given(part=st.sampled_from(["early", "mid", "late"]), which=st.sampled_from(
    ["last week", "this week", "next week", "Monday", "yesterday", "the 1990s", "the 20th century"]
), anchor=anchors())  # fmt: skip
def test_parts_of_weeks_days_decades_lie_inside_them(
    part: str, which: str, anchor: datetime
) -> None:
    phrase = f"{part} {which}" if not which.startswith("the ") else f"the {part} {which[4:]}"
    inner, outer = resolve(phrase, anchor), resolve(which, anchor)
    assert inner.is_within(outer)


@settings(max_examples=300, deadline=None)
@given(
    month=st.integers(1, 12),
    day=st.integers(1, 31),
    anchor=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    form=st.sampled_from(["day", "month", "weekday", "quarter", "season"]),
)
def test_past_never_starts_after_the_anchor_day(
    month: int, day: int, anchor: date, form: str
) -> None:
    if form == "day" and day > calendar.monthrange(2016, month)[1]:
        return
    phrase = {
        "day": f"{MONTHS[month - 1]} {day}",
        "month": MONTHS[month - 1],
        "weekday": WEEKDAYS[day % 7],
        "quarter": f"the {['first', 'second', 'third', 'fourth'][month % 4]} quarter",
        "season": ["spring", "summer", "autumn", "winter"][month % 4],
    }[form]
    day_start = datetime.combine(anchor, time())
    past = resolve(phrase, anchor, prefer="past")
    assert past.earliest_start.replace(tzinfo=None) < day_start + timedelta(days=1)
    future = resolve(phrase, anchor, prefer="future")
    assert future.latest_end.replace(tzinfo=None) > day_start
    nearest = resolve(phrase, anchor, prefer="nearest")
    assert nearest in (past, future)


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_arbitrary_text_raises_only_unresolvable(text: str) -> None:
    try:
        resolve(text, "2017-10-11", tz="Asia/Pyongyang")
    except UnresolvableExpression as error:
        assert error.phrase == text


WORDS = st.sampled_from(
    "the on in at of a an last next this early mid late from to between and Sept. Oct 28 2017"
    " 1:00 a.m. p.m. days weeks ago Monday May March recently night morning , . - – 1990s"
    " second half quarter third year week month around about ten two for".split()
)


@settings(max_examples=500, deadline=None)
@given(st.lists(WORDS, max_size=12).map(" ".join))
def test_word_salad_raises_only_unresolvable(text: str) -> None:
    try:
        span = resolve(text, "2017-10-11", tz="Asia/Pyongyang")
    except UnresolvableExpression:
        return
    assert span.phrase == text


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(WORDS, max_size=30).map(" ".join)))
def test_scan_extents_are_ordered_disjoint_and_inside(text: str) -> None:
    extents = scan(text)
    previous_end = 0
    for start, end in extents:
        assert previous_end <= start < end <= len(text)
        previous_end = end


@settings(max_examples=200, deadline=None)
@given(phrases(), st.sampled_from(["It happened {}.", "Officials said {}, and left.", "{}"]))
def test_scan_finds_a_phrase_in_a_sentence(case: Phrase, frame: str) -> None:
    text = frame.format(case.text)
    start = text.index(case.text)
    assert (start, start + len(case.text)) in scan(text)


EDGE_PHRASES = st.sampled_from(
    ["tomorrow", "yesterday", "next year", "last year", "Sept. 28", "Feb. 29", "the 1990s",
     "two weeks ago", "in the past three days", "recently", "soon", "the future", "Monday",
     "late at night", "for ten days in mid-September", "next Christmas", "this summer",
     "the 20th century", "early next year", "around noon", "from Dec. 28 to Jan. 3"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    EDGE_PHRASES,
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from(["past", "future", "nearest"]),
    st.sampled_from(["UTC", "Asia/Pyongyang", "America/New_York", "Pacific/Kiritimati"]),
)
def test_any_anchor_resolves_or_raises_unresolvable(
    phrase: str, anchor: date, prefer: str, tz: str
) -> None:
    try:
        span = resolve(phrase, anchor, prefer=prefer, tz=tz)  # type: ignore[arg-type]
    except UnresolvableExpression:
        return
    assert span.phrase == phrase


@settings(max_examples=150, deadline=None)
@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    cue=st.sampled_from(["{} local time", "{} GMT", "{}Z", "at {}", "{} hrs", "until {}"]),
    day=st.dates(date(1990, 1, 1), date(2030, 12, 31)),
)
def test_a_cued_four_digit_clock_is_that_time_on_the_day(
    hour: int, minute: int, cue: str, day: date
) -> None:
    if cue == "until {}" and hour >= 10:
        hour %= 10  # "until 1930", "until 2150" may be years: only a cue after it, or "at", or
        # a leading zero says clock
    phrase = cue.format(f"{hour:02d}{minute:02d}")
    span = resolve(phrase, day)
    assert span.timex.type == "TIME"
    assert span.timex.value == f"{day.isoformat()}T{hour:02d}:{minute:02d}"
    sentence = f"It began {phrase}."
    assert [sentence[a:b] for a, b in scan(sentence)] == [
        phrase.removeprefix("at ").removeprefix("until ")
    ]


@settings(max_examples=100, deadline=None)
@given(
    minutes=st.sampled_from([5, 10, 15, 20, 25, 30]),
    hour=st.integers(1, 12),
    side=st.sampled_from(["past", "to"]),
)
def test_a_spoken_clock_is_minutes_from_the_hour(minutes: int, hour: int, side: str) -> None:
    said = {5: "five", 10: "ten", 15: "a quarter", 20: "twenty", 25: "twenty-five", 30: "half"}
    if side == "to" and minutes == 30:
        return  # "half to" is said of no clock
    numbers = "one two three four five six seven eight nine ten eleven twelve".split()
    span = resolve(f"{said[minutes]} {side} {numbers[hour - 1]} p.m.", "2020-05-05")
    told = datetime(2020, 5, 5, hour % 12 + 12)
    expected = told + timedelta(minutes=minutes if side == "past" else -minutes)
    assert span.timex.value == expected.strftime("%Y-%m-%dT%H:%M")


@settings(max_examples=100, deadline=None)
@given(day=st.integers(1, 28), anchor=st.dates(date(1990, 1, 1), date(2030, 12, 31)))
def test_the_nth_of_this_month_lies_in_the_anchor_month(day: int, anchor: date) -> None:
    span = resolve(f"the {day}th of this month", anchor)
    assert span.timex.value == anchor.replace(day=day).isoformat()
    alone = resolve(f"the {day}th", anchor)  # past by default: by the anchor's day
    assert date.fromisoformat(alone.timex.value) <= anchor
    assert date.fromisoformat(alone.timex.value) > anchor - timedelta(days=62)


@settings(max_examples=100, deadline=None)
@given(day=st.dates(date(1990, 1, 1), date(2030, 12, 31)), day_first=st.booleans())
def test_day_first_decides_only_what_is_ambiguous(day: date, day_first: bool) -> None:
    from timeline._resolve import resolve_in_context

    written = f"{day.day:02d}/{day.month:02d}/{day.year}"  # as a day-first document writes it
    span = resolve_in_context(written, anchor="2031-01-01", day_first=day_first)
    ambiguous = day.day <= 12 and day.day != day.month
    if day_first or not ambiguous:
        assert span.timex.value == day.isoformat()
    else:
        assert span.timex.value == date(day.year, day.day, day.month).isoformat()
