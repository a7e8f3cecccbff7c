"""Events, the claims behind them, and the names of the relations between them.

A :class:`Claim` is one statement from a source, graded the way analysts grade intelligence (the
Admiralty / NATO system: source reliability ``A``–``F``, information credibility ``1``–``6``). An
:class:`Event` is something that happened over a period; everything said about *when* it happened
lives in a :class:`~timeline.Timeline` as constraints that remember their claims.

Allen's thirteen interval relations are taken in their *closed* form: endpoints of the two
intervals may coincide (``before`` admits ``meets``, ``during`` admits sharing an endpoint). That is
what a network of ``≤`` constraints can hold; ask for a strict gap with ``gap=(lo, hi)``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from datetime import timedelta
from types import MappingProxyType
from typing import Any, Literal

import attrs

from timeline._errors import TimelineError

__all__ = [
    "Claim",
    "Constraint",
    "Event",
    "Point",
    "RELATIONS",
    "Relation",
    "Reliability",
    "Strictness",
    "Credibility",
    "relation_constraints",
]

Reliability = Literal["A", "B", "C", "D", "E", "F"]
Credibility = Literal[1, 2, 3, 4, 5, 6]

#: What each reliability grade means (source), Admiralty / NATO STANAG 2511.
RELIABILITY: Mapping[str, str] = MappingProxyType(
    {
        "A": "completely reliable",
        "B": "usually reliable",
        "C": "fairly reliable",
        "D": "not usually reliable",
        "E": "unreliable",
        "F": "reliability cannot be judged",
    }
)
#: What each credibility grade means (information).
CREDIBILITY: Mapping[int, str] = MappingProxyType(
    {
        1: "confirmed by other sources",
        2: "probably true",
        3: "possibly true",
        4: "doubtful",
        5: "improbable",
        6: "truth cannot be judged",
    }
)


def _check_reliability(_: object, __: object, value: object) -> None:
    if value not in RELIABILITY:
        raise TimelineError(
            f"reliability must be one of 'A'..'F' (A completely reliable, F cannot be judged),"
            f" not {value!r}"
        )


def _check_credibility(_: object, __: object, value: object) -> None:
    if isinstance(value, bool) or value not in CREDIBILITY:
        raise TimelineError(
            f"credibility must be an integer 1..6 (1 confirmed, 6 cannot be judged), not {value!r}"
        )


def _check_offsets(claim: Claim) -> None:
    start, end = claim.start, claim.end
    for name, value in (("start", start), ("end", end)):
        if value is not None and (not isinstance(value, int) or value < 0):
            raise TimelineError(f"claim {name} offset must be an integer ≥ 0, not {value!r}")
    if start is not None and end is not None and end < start:
        raise TimelineError(f"claim offsets end={end} before start={start}")


@attrs.frozen
class Claim:
    """One statement from one source, graded.

    ``text`` is what was said (a short quote or a paraphrase), ``source`` who said it or where it
    was published, ``start``/``end`` optional character offsets of the quote in the source text,
    ``reliability`` the grade of the source (``"A"``–``"F"``) and ``credibility`` that of the
    information (``1``–``6``); the defaults ``"F"`` and ``6`` mean *cannot be judged*.

    >>> Claim("the goods crossed on Sept. 28", "second source", reliability="C", credibility=3)
    Claim('the goods crossed on Sept. 28', source='second source', grade='C3')
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    source: str | None = None
    start: int | None = attrs.field(default=None, kw_only=True)
    end: int | None = attrs.field(default=None, kw_only=True)
    reliability: Reliability = attrs.field(default="F", kw_only=True, validator=_check_reliability)
    credibility: Credibility = attrs.field(default=6, kw_only=True, validator=_check_credibility)
    url: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        _check_offsets(self)

    @property
    def grade(self) -> str:
        """The Admiralty grade, e.g. ``"B2"``."""
        return f"{self.reliability}{self.credibility}"

    def __repr__(self) -> str:
        source = f", source={self.source!r}" if self.source is not None else ""
        return f"Claim({self.text!r}{source}, grade={self.grade!r})"

    def __str__(self) -> str:
        source = f" — {self.source}" if self.source else ""
        return f"{self.text!r}{source} [{self.grade}]"


def as_claims(claim: Claim | str | Iterable[Claim | str] | None) -> tuple[Claim, ...]:
    """Claims from what users pass as ``claim=``: one claim, a text, several, or none."""
    if claim is None:
        return ()
    if isinstance(claim, Claim):
        return (claim,)
    if isinstance(claim, str):
        return (Claim(claim),)
    if not isinstance(claim, Iterable):
        raise TimelineError(f"a claim must be a Claim or a text, not {type(claim).__name__}")
    result = []
    for item in claim:
        if isinstance(item, Claim):
            result.append(item)
        elif isinstance(item, str):
            result.append(Claim(item))
        else:
            raise TimelineError(f"a claim must be a Claim or a text, not {type(item).__name__}")
    return tuple(result)


def _actors(value: Iterable[str] | str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(actor) for actor in value)


def _attributes(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value or {}))


@attrs.frozen(eq=False, repr=False)
class Event:
    """Something that happened over a period: it has a start point and an end point.

    Events are made by :meth:`Timeline.event`, which keeps labels unique within a timeline;
    equality and hashing go by ``label`` (an event *is* its label within its timeline).
    ``attributes`` holds any further keyword given (read-only); ``claims`` the claims given when
    the event was made.
    """

    label: str = attrs.field(validator=attrs.validators.instance_of(str))
    kind: str | None = None
    place: str | None = None
    actors: tuple[str, ...] = attrs.field(default=(), converter=_actors)
    attributes: Mapping[str, Any] = attrs.field(factory=dict, converter=_attributes)
    claims: tuple[Claim, ...] = ()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Event):
            return self.label == other.label
        return NotImplemented

    def __hash__(self) -> int:
        return hash(("Event", self.label))

    def __repr__(self) -> str:
        return f"Event({self.label!r})"

    def __str__(self) -> str:
        return self.label


#: An endpoint of an event: ``(label, "start")`` or ``(label, "end")``.
Point = tuple[str, Literal["start", "end"]]
#: Which bounds of a :class:`Constraint` are exclusive.
Strictness = Literal["least", "most", "both"]


def _check_point(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not isinstance(value[0], str)
        or value[1] not in ("start", "end")
    ):
        raise TimelineError(
            f"{attribute.name} must be an event point such as ('storage', 'end'), or None for"
            f" the zero point, not {value!r}"
        )


def _check_length(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, timedelta):
        raise TimelineError(f"{attribute.name} must be a timedelta or None, not {value!r}")


def _claim_tuple(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(claims)


@attrs.frozen
class Constraint:
    """One constraint of a :class:`~timeline.Timeline`: ``least ≤ second − first ≤ most``.

    ``first`` and ``second`` are event points, ``(label, "start")`` or ``(label, "end")``;
    ``first`` is ``None`` for the zero point, the epoch 1970-01-01T00:00 UTC, so that
    ``EPOCH + least`` and ``EPOCH + most`` are the earliest and latest moment of ``second``.
    ``least`` / ``most`` are timedeltas, ``None`` for an open side (kept to whole milliseconds by
    the timeline). ``says`` is the text explanations quote for it and ``claims`` the claims
    behind it.

    ``strict`` makes a bound exclusive: ``"most"`` means ``second − first < most``, ``"least"``
    ``least < second − first``, ``"both"`` both. The solver counts whole milliseconds, so an
    exclusive bound holds as one a millisecond tighter; schedules still report the bound as given
    (it is the supremum, not reached). Saying that an event happened within a period makes one:
    its start lies before the period's exclusive end.

    ``part_of_day`` names a part of the day given without a date (``"late at night"``): the
    event from ``first`` (its start) to ``second`` (its end) lies within one occurrence of it;
    ``least`` and ``most`` are then ``None``.

    >>> from datetime import timedelta
    >>> Constraint(("storage", "start"), ("storage", "end"), timedelta(days=10), timedelta(days=10))
    Constraint(storage end − storage start in [10 days, 10 days])
    >>> Constraint(None, ("crossing", "start"), timedelta(days=17437), timedelta(days=17438),
    ...            strict="most")
    Constraint(crossing start in [2017-09-28T00:00:00+00:00, 2017-09-29T00:00:00+00:00))
    """

    first: Point | None = attrs.field(validator=_check_point)
    second: Point | None = attrs.field(validator=_check_point)
    least: timedelta | None = attrs.field(default=None, validator=_check_length)
    most: timedelta | None = attrs.field(default=None, validator=_check_length)
    says: str = attrs.field(default="", kw_only=True, validator=attrs.validators.instance_of(str))
    claims: tuple[Claim, ...] = attrs.field(default=(), kw_only=True, converter=_claim_tuple)
    part_of_day: str | None = attrs.field(default=None, kw_only=True)
    strict: Strictness | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.second is None:
            raise TimelineError("a constraint's second point is an event point, not None")
        if self.strict is not None:
            if self.strict not in ("least", "most", "both"):
                raise TimelineError(
                    f"strict must be 'least', 'most', 'both' or None, not {self.strict!r}"
                )
            if (self.strict != "most" and self.least is None) or (
                self.strict != "least" and self.most is None
            ):
                raise TimelineError(
                    f"strict={self.strict!r} makes an open bound exclusive: give that bound"
                )
        if (
            self.least is not None
            and self.most is not None
            and self.strict is not None
            and self.least >= self.most
        ):
            raise TimelineError(
                f"a constraint with an exclusive bound needs least ({self.least}) below most"
                f" ({self.most})"
            )
        if self.least is not None and self.most is not None and self.least > self.most:
            raise TimelineError(
                f"a constraint's least ({self.least}) is more than its most ({self.most})"
            )
        if self.part_of_day is not None and (
            self.first is None
            or self.first[0] != self.second[0]
            or (self.first[1], self.second[1]) != ("start", "end")
            or self.least is not None
            or self.most is not None
        ):
            raise TimelineError(
                "a part-of-day constraint goes from an event's start to its end, without bounds"
            )

    def __repr__(self) -> str:
        from timeline._moments import EPOCH, ms_length, show_length

        def name(point: Point | None) -> str:
            return "epoch" if point is None else f"{point[0]} {point[1]}"

        def show(value: timedelta | None) -> str:
            if value is None:
                return "open"
            if self.first is None:
                return (EPOCH + value).isoformat()
            return ("-" if value < timedelta(0) else "") + show_length(ms_length(value))

        assert self.second is not None
        if self.part_of_day is not None:
            return f"Constraint({self.second[0]!r} {self.part_of_day})"
        opening = "(" if self.strict in ("least", "both") else "["
        closing = ")" if self.strict in ("most", "both") else "]"
        bounds = f"{opening}{show(self.least)}, {show(self.most)}{closing}"
        if self.first is None:
            return f"Constraint({name(self.second)} in {bounds})"
        return f"Constraint({name(self.second)} − {name(self.first)} in {bounds})"


# ---------------------------------------------------------------------------- relations

Relation = Literal[
    "before",
    "after",
    "meets",
    "met_by",
    "overlaps",
    "overlapped_by",
    "starts",
    "started_by",
    "during",
    "contains",
    "finishes",
    "finished_by",
    "equals",
]

# For each relation, the sign of (b.point − a.point) for the four endpoint pairs
# (a.start,b.start), (a.start,b.end), (a.end,b.start), (a.end,b.end): -1 <, 0 =, +1 >,
# for intervals of positive length. 'b.s − a.s > 0' is written +1.
_SIGNS: dict[str, tuple[int, int, int, int]] = {
    "before": (1, 1, 1, 1),
    "meets": (1, 1, 0, 1),
    "overlaps": (1, 1, -1, 1),
    "starts": (0, 1, -1, 1),
    "during": (-1, 1, -1, 1),
    "finishes": (-1, 1, -1, 0),
    "equals": (0, 1, -1, 0),
    "finished_by": (1, 1, -1, 0),
    "contains": (1, 1, -1, -1),
    "started_by": (0, 1, -1, -1),
    "overlapped_by": (-1, 1, -1, -1),
    "met_by": (-1, 0, -1, -1),
    "after": (-1, -1, -1, -1),
}
RELATIONS: tuple[str, ...] = tuple(_SIGNS)

#: The endpoint pairs, as (point of a, point of b): 0 start, 1 end.
_PAIRS = ((0, 0), (0, 1), (1, 0), (1, 1))

#: A constraint ``lo ≤ point_b − point_a ≤ hi`` between endpoints (0 start, 1 end) of a and b,
#: with ``None`` for an open side; only zero bounds arise from relation names.
EndpointConstraint = tuple[int, int, float | None, float | None]


def _hull(signs: set[int]) -> set[int]:
    return {-1, 0, 1} if -1 in signs and 1 in signs else set(signs)


def _parse(relation: str) -> frozenset[str]:
    if not isinstance(relation, str):
        raise TimelineError(f"a relation must be a name such as 'before', not {relation!r}")
    names = [
        part.strip().lower().replace("-", "_").replace(" ", "_") for part in relation.split("|")
    ]
    unknown = [name for name in names if name not in _SIGNS]
    if unknown:
        raise TimelineError(
            f"unknown relation {unknown[0]!r} in {relation!r}: use Allen's relations"
            f" {', '.join(RELATIONS)}, or a convex disjunction such as 'before|meets'"
        )
    return frozenset(names)


def _closure(names: frozenset[str]) -> frozenset[str]:
    allowed = [_hull({_SIGNS[name][k] for name in names}) for k in range(4)]
    return frozenset(
        other for other, signs in _SIGNS.items() if all(signs[k] in allowed[k] for k in range(4))
    )


def relation_constraints(relation: str) -> tuple[frozenset[str], tuple[EndpointConstraint, ...]]:
    """The endpoint constraints of a relation name or convex disjunction ``"before|meets"``.

    Returns the set of Allen relations and ``(point_a, point_b, lo, hi)`` tuples meaning
    ``lo ≤ b.point − a.point ≤ hi`` (``None`` open). A disjunction is accepted when a network of
    ``≤`` constraints can hold it exactly (it is *convex*); otherwise the error names the nearest
    convex relation that contains it.
    """
    if not isinstance(relation, str):
        raise TimelineError(f"a relation must be a name such as 'before', not {relation!r}")
    return _relation_constraints(relation)


@functools.lru_cache(maxsize=1024)  # a corpus relates thousands of events with a few names
def _relation_constraints(relation: str) -> tuple[frozenset[str], tuple[EndpointConstraint, ...]]:
    names = _parse(relation)
    closure = _closure(names)
    if closure != names:
        order = [name for name in RELATIONS if name in closure]
        extra = [name for name in order if name not in names]
        raise TimelineError(
            f"relation {relation!r} is not convex: a network of ≤ constraints cannot tell it from"
            f" {'|'.join(order)!r} (which also allows {', '.join(extra)}). Give that relation,"
            " or relate twice with narrower facts; convex examples: 'before|meets',"
            " 'during|starts|finishes|equals', 'before|meets|overlaps'"
        )
    constraints: list[EndpointConstraint] = []
    for k, (pa, pb) in enumerate(_PAIRS):
        signs = {_SIGNS[name][k] for name in names}
        if signs == {-1, 0, 1}:
            continue
        lo: float | None = 0.0 if min(signs) >= 0 else None
        hi: float | None = 0.0 if max(signs) <= 0 else None
        constraints.append((pa, pb, lo, hi))
    return names, tuple(_reduce(constraints))


def _implies(constraints: list[EndpointConstraint], target: EndpointConstraint) -> bool:
    """Whether the constraints, with start ≤ end of both events, imply ``target`` (4 points)."""
    inf = float("inf")
    # points: a.start 0, a.end 1, b.start 2, b.end 3; dist[u][v] bounds point v − point u
    dist = [[0.0 if u == v else inf for v in range(4)] for u in range(4)]
    dist[1][0] = 0.0  # a.start − a.end ≤ 0
    dist[3][2] = 0.0
    for pa, pb, lo, hi in constraints:
        u, v = pa, 2 + pb
        if hi is not None:
            dist[u][v] = min(dist[u][v], hi)
        if lo is not None:
            dist[v][u] = min(dist[v][u], -lo)
    for k in range(4):
        for u in range(4):
            for v in range(4):
                dist[u][v] = min(dist[u][v], dist[u][k] + dist[k][v])
    pa, pb, lo, hi = target
    u, v = pa, 2 + pb
    return (hi is None or dist[u][v] <= hi) and (lo is None or -dist[v][u] >= lo)


def _reduce(constraints: list[EndpointConstraint]) -> list[EndpointConstraint]:
    """Drop endpoint constraints implied by the others and by start ≤ end of each event."""
    kept = list(constraints)
    for item in list(constraints):
        others = [other for other in kept if other is not item]
        if _implies(others, item):
            kept = others
    return kept
