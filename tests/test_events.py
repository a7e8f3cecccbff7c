"""Claims, events and the endpoint meaning of Allen's relations."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import Claim, Event, TimelineError
from timeline._events import RELATIONS, relation_constraints


def test_claim_carries_its_grade() -> None:
    claim = Claim("crossed on Sept. 28", "second source", reliability="B", credibility=2)
    assert claim.grade == "B2"
    assert claim.url is None and claim.start is None
    assert "second source" in str(claim)


def test_claim_defaults_mean_cannot_be_judged() -> None:
    assert Claim("something").grade == "F6"


@pytest.mark.parametrize("reliability", ["G", "a", "", None, 1])
def test_bad_reliability_is_refused(reliability: object) -> None:
    with pytest.raises(TimelineError, match="reliability"):
        Claim("x", reliability=reliability)  # type: ignore[arg-type]


@pytest.mark.parametrize("credibility", [0, 7, "2", True, 2.5])
def test_bad_credibility_is_refused(credibility: object) -> None:
    with pytest.raises(TimelineError, match="credibility"):
        Claim("x", credibility=credibility)  # type: ignore[arg-type]


def test_claim_offsets_are_checked() -> None:
    assert Claim("x", start=3, end=9).end == 9
    with pytest.raises(TimelineError, match="offset"):
        Claim("x", start=9, end=3)
    with pytest.raises(TimelineError, match="offset"):
        Claim("x", start=-1)


def test_claims_are_values() -> None:
    assert Claim("x", "s") == Claim("x", "s")
    assert len({Claim("x", "s"), Claim("x", "s"), Claim("y", "s")}) == 2


def test_events_are_their_label() -> None:
    first = Event("storage", kind="storage", actors=["firm"], attributes={"trucks": 5})
    again = Event("storage")
    assert first == again and hash(first) == hash(again)
    assert first != Event("loading")
    assert first.actors == ("firm",)
    assert first.attributes["trucks"] == 5
    with pytest.raises(TypeError):
        first.attributes["trucks"] = 6  # type: ignore[index]


# ------------------------------------------------------------------ relation semantics

Interval = tuple[int, int]


def _satisfies(relation: str, a: Interval, b: Interval) -> bool:
    _, constraints = relation_constraints(relation)
    for pa, pb, lo, hi in constraints:
        difference = b[pb] - a[pa]
        if lo is not None and difference < lo:
            return False
        if hi is not None and difference > hi:
            return False
    return True


def _allen(a: Interval, b: Interval) -> str:
    """Allen's relation of two intervals of positive length, from the textbook definitions."""
    (a0, a1), (b0, b1) = a, b
    if a1 < b0:
        return "before"
    if b1 < a0:
        return "after"
    if a1 == b0:
        return "meets"
    if b1 == a0:
        return "met_by"
    if a0 == b0 and a1 == b1:
        return "equals"
    if a0 == b0:
        return "starts" if a1 < b1 else "started_by"
    if a1 == b1:
        return "finishes" if a0 > b0 else "finished_by"
    if b0 < a0 and a1 < b1:
        return "during"
    if a0 < b0 and b1 < a1:
        return "contains"
    return "overlaps" if a0 < b0 else "overlapped_by"


intervals = st.tuples(st.integers(0, 6), st.integers(1, 4)).map(lambda t: (t[0], t[0] + t[1]))


@given(intervals, intervals)
def test_each_relation_holds_of_its_own_configurations(a: Interval, b: Interval) -> None:
    assert _satisfies(_allen(a, b), a, b)


@given(intervals, intervals)
def test_a_strict_relation_also_admits_only_its_closed_neighbours(a: Interval, b: Interval) -> None:
    # the closed form of 'before' admits 'meets' but never 'overlaps' or 'after'
    actual = _allen(a, b)
    if _satisfies("before", a, b):
        assert actual in ("before", "meets")
    if _satisfies("during", a, b):
        assert actual in ("during", "starts", "finishes", "equals")
    if _satisfies("equals", a, b):
        assert actual == "equals"


def test_all_thirteen_relations_are_known() -> None:
    assert len(RELATIONS) == 13
    samples = [(x, y) for x, y in itertools.product(range(5), repeat=2) if x < y]
    seen = {_allen(a, b) for a in samples for b in samples}
    assert seen == set(RELATIONS)


@pytest.mark.parametrize(
    "relation",
    ["before|meets", "meets|before", "during|starts|finishes|equals", "before|meets|overlaps"],
)
def test_convex_disjunctions_are_accepted(relation: str) -> None:
    names, _ = relation_constraints(relation)
    assert names == frozenset(relation.split("|"))


@pytest.mark.parametrize("relation", ["before|after", "before|overlaps", "meets|met_by"])
def test_non_convex_disjunctions_are_refused_with_what_would_work(relation: str) -> None:
    with pytest.raises(TimelineError, match="not convex") as caught:
        relation_constraints(relation)
    assert "before|meets" in str(caught.value)


def test_unknown_relation_names_the_known_ones() -> None:
    with pytest.raises(TimelineError, match="overlapped_by"):
        relation_constraints("sometime_near")


def test_a_constraint_says_which_bound_is_exclusive() -> None:
    from datetime import timedelta

    from timeline import Constraint

    day = timedelta(days=1)
    made = Constraint(("a", "end"), ("b", "start"), timedelta(0), day, strict="least")
    assert repr(made) == "Constraint(b start − a end in (0 s, 1 day])"
    assert made != Constraint(("a", "end"), ("b", "start"), timedelta(0), day)
    with pytest.raises(TimelineError, match="strict must be"):
        Constraint(("a", "end"), ("b", "start"), timedelta(0), day, strict="upper")  # type: ignore[arg-type]
    with pytest.raises(TimelineError, match="open bound"):
        Constraint(None, ("a", "start"), None, day, strict="both")
    with pytest.raises(TimelineError, match="below most"):
        Constraint(None, ("a", "start"), day, day, strict="most")
