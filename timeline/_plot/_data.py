"""What a picture needs from a schedule: bounds as numbers, labels, attributes, zone, anchor.

Everything :func:`~timeline.plot` accepts (a ``Schedule``, a ``Timeline``, or the frame from
``Schedule.to_frame()``) is read into :class:`PlotData` first, so the drawing code sees one shape.
Bounds become matplotlib date numbers (days since the epoch, UTC); an open bound is ``nan``.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

import attrs

from timeline._errors import TimelineError
from timeline._zones import AnchorLike, as_anchor, zone_name

if TYPE_CHECKING:
    import pandas as pd

    from timeline._plot._types import FloatArray

__all__ = ["PlotData", "read_input", "BOUNDS", "NO_VALUE", "date_numbers"]

#: The four bound columns of a schedule frame, in the order the drawing code uses them.
BOUNDS = ("earliest_start", "latest_start", "earliest_end", "latest_end")
#: The name of an event's lane (or colour) when its column has no value for it.
NO_VALUE = "(none)"
_GRADES = "ABCDEF"
_MOST_ARROWS = 60  # relations=None: a schedule's certain order is drawn up to this many pairs


def date_numbers(value: Any) -> Any:
    """matplotlib's ``date2num`` (days since its epoch, UTC), typed for our callers."""
    import matplotlib.dates as mdates

    return mdates.date2num(value)  # type: ignore[no-untyped-call]


def number_date(value: float) -> datetime:
    import matplotlib.dates as mdates

    moment: datetime = mdates.num2date(value)  # type: ignore[no-untyped-call]
    return moment


@attrs.frozen(eq=False)
class PlotData:
    """One row per event, bounds as date numbers (``nan`` where a bound is open)."""

    frame: pd.DataFrame
    labels: tuple[str, ...]
    es: FloatArray
    ls: FloatArray
    ee: FloatArray
    le: FloatArray
    min_duration: FloatArray  # days, nan when unknown
    max_duration: FloatArray
    zone: tzinfo
    anchor: datetime | None
    relations: tuple[tuple[int, int], ...]
    claims: tuple[tuple[int, str] | None, ...]  # (count, worst grade such as "C3")

    def __len__(self) -> int:
        return len(self.labels)

    @property
    def anchor_num(self) -> float | None:
        if self.anchor is None:
            return None
        return float(date_numbers(self.anchor))

    def zone_label(self) -> str:
        """``Asia/Pyongyang (UTC+08:30)``: the zone's name and its offsets over the events."""
        import numpy as np

        finite = np.concatenate([self.es, self.ls, self.ee, self.le])
        finite = finite[np.isfinite(finite)]
        moments = (
            [number_date(float(x)) for x in (finite.min(), finite.max())]
            if len(finite)
            else ([self.anchor] if self.anchor is not None else [])
        )
        offsets: list[str] = []
        for moment in moments:
            offset = moment.astimezone(self.zone).utcoffset() or timedelta(0)
            text = _show_offset(offset)
            if text not in offsets:
                offsets.append(text)
        name = zone_name(self.zone)
        if not offsets or (name in ("UTC", "Etc/UTC") and offsets == ["UTC+00:00"]):
            return name
        return f"{name} ({' / '.join(offsets)})"

    def names(self, column: str) -> list[tuple[str, ...]]:
        """Each event's name(s) in ``column``: its value, or each member of a tuple value."""
        return [_names(value) for value in self.frame[column]]


def _names(value: Any) -> tuple[str, ...]:
    if isinstance(value, (tuple, list, set, frozenset)):
        names = tuple(str(v) for v in value if v is not None and str(v))
        return names or (NO_VALUE,)
    text = "" if _missing(value) else str(value)
    return (text,) if text else (NO_VALUE,)


def _show_offset(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def read_input(
    obj: Any,
    *,
    anchor: AnchorLike | None = None,
    relations: bool | Iterable[tuple[Hashable, Hashable]] | None = None,
) -> PlotData:
    """Read a Schedule, a Timeline or a schedule frame into :class:`PlotData`.

    ``relations``: ``None`` for the schedule's certain order when it has at most 60 pairs,
    ``True`` for all of it, ``False`` for none, or pairs of labels.
    """
    import pandas as pd

    schedule: Any = None
    if isinstance(obj, pd.DataFrame):
        frame = obj
    elif hasattr(obj, "to_frame") and hasattr(obj, "order"):
        schedule = obj
    elif hasattr(obj, "solve"):
        if anchor is None:
            anchor = getattr(obj, "anchor", None)
        schedule = obj.solve()
    else:
        raise TimelineError(
            f"cannot plot a {type(obj).__name__}: give a Schedule, a Timeline, or the DataFrame "
            "from Schedule.to_frame()"
        )
    if schedule is not None:
        frame = schedule.to_frame()
        if anchor is None:
            anchor = _schedule_anchor(schedule)
    elif anchor is None:
        anchor = frame.attrs.get("anchor")

    missing = [name for name in ("label", *BOUNDS) if name not in frame.columns]
    if missing:
        raise TimelineError(
            f"the frame lacks the column(s) {missing!r}: plot the DataFrame from "
            "Schedule.to_frame(), which has label, earliest_start, latest_start, earliest_end "
            "and latest_end"
        )
    frame = frame.reset_index(drop=True)
    zone = _frame_zone(frame)
    es, ls, ee, le = (_date_numbers(frame[name], name) for name in BOUNDS)
    min_d = _day_numbers(frame["min_duration"]) if "min_duration" in frame else _nan(len(frame))
    max_d = _day_numbers(frame["max_duration"]) if "max_duration" in frame else _nan(len(frame))
    labels = tuple("" if _missing(x) else str(x) for x in frame["label"])
    _check_order(labels, es, ls, ee, le)

    when: datetime | None = None
    if anchor is not None:
        try:
            when = as_anchor(anchor, zone)
        except TimelineError as error:
            raise TimelineError(f"cannot draw the anchor {anchor!r}: {error}") from None
        when = when.astimezone(zone)

    pairs = _relation_rows(schedule, labels, relations)
    claims = (
        tuple(_claim_summary(x) for x in frame["claims"])
        if "claims" in frame
        else ((None,) * len(frame))
    )
    if len(frame) == 0:
        raise TimelineError("the schedule has no events to plot; add events before drawing it")
    return PlotData(
        frame=frame,
        labels=labels,
        es=es,
        ls=ls,
        ee=ee,
        le=le,
        min_duration=min_d,
        max_duration=max_d,
        zone=zone,
        anchor=when,
        relations=pairs,
        claims=claims,
    )


def _check_order(
    labels: Sequence[str], es: FloatArray, ls: FloatArray, ee: FloatArray, le: FloatArray
) -> None:
    """Bounds must be in order (where both are known): a picture of an impossible span lies."""
    import numpy as np

    names = BOUNDS
    for (a, name_a), (b, name_b) in (
        ((es, names[0]), (ls, names[1])),
        ((ee, names[2]), (le, names[3])),
        ((es, names[0]), (le, names[3])),
        ((es, names[0]), (ee, names[2])),
        ((ls, names[1]), (le, names[3])),
    ):
        with np.errstate(invalid="ignore"):
            wrong = np.flatnonzero(a > b)
        if len(wrong):
            row = int(wrong[0])
            raise TimelineError(
                f"event {labels[row]!r} (row {row}) has {name_a} after {name_b}: bounds must be "
                "ordered earliest_start <= latest_start, earliest_end <= latest_end, and no end "
                "before the earliest start; fix the frame or solve the timeline again"
            )


def _schedule_anchor(schedule: Any) -> Any:
    for owner in (schedule, getattr(schedule, "timeline", None)):
        value = getattr(owner, "anchor", None) if owner is not None else None
        if value is not None:
            return value
    return None


def _missing(value: Any) -> bool:
    import pandas as pd

    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _nan(n: int) -> FloatArray:
    import numpy as np

    return np.full(n, np.nan)


def _frame_zone(frame: pd.DataFrame) -> tzinfo:
    """The zone the frame's bounds are in: the column dtype's, else the first aware value's."""
    from datetime import timezone

    import pandas as pd

    for name in BOUNDS:
        column = frame[name]
        dtype_zone = getattr(column.dtype, "tz", None)
        if isinstance(dtype_zone, tzinfo):
            return dtype_zone
    for name in BOUNDS:
        for value in frame[name]:
            if isinstance(value, datetime) and not pd.isna(value) and value.tzinfo is not None:
                return value.tzinfo
    return timezone.utc


def _date_numbers(column: pd.Series[Any], name: str) -> FloatArray:
    import numpy as np
    import pandas as pd

    if len(column) == 0:
        return np.empty(0)
    try:
        if getattr(column.dtype, "tz", None) is not None:
            utc = column.dt.tz_convert("UTC")
        else:
            utc = pd.to_datetime(column.astype(object), utc=True)
    except (TypeError, ValueError) as error:
        raise TimelineError(
            f"column {name!r} holds something other than aware timestamps ({error}); "
            "give tz-aware Timestamps, or NaT for an open bound"
        ) from None
    naive = utc.dt.tz_localize(None).to_numpy(dtype="datetime64[us]")
    numbers = np.asarray(date_numbers(naive), dtype=np.float64)
    numbers[np.isnat(naive)] = np.nan
    return numbers


def _day_numbers(column: pd.Series[Any]) -> FloatArray:
    import numpy as np
    import pandas as pd

    values = pd.to_timedelta(column.astype(object).where(column.notna(), None))
    days = values.dt.total_seconds().to_numpy(dtype=np.float64) / 86400.0
    return np.asarray(days, dtype=np.float64)


def _relation_rows(
    schedule: Any,
    labels: Sequence[str],
    relations: bool | Iterable[tuple[Hashable, Hashable]] | None,
) -> tuple[tuple[int, int], ...]:
    """Row pairs (a, b) for the arrows: the schedule's certain order, or pairs of labels given."""
    if relations is False:
        return ()
    if relations is None or relations is True:
        if schedule is None:
            if relations is True:
                raise TimelineError(
                    "relations=True needs a Schedule or Timeline (a frame carries no order): "
                    "pass the pairs of labels to connect instead, e.g. relations=[('a', 'b')]"
                )
            return ()
        events = list(schedule)
        where = {id(event): row for row, event in enumerate(events)}
        pairs = []
        for first, second in schedule.order():
            a, b = where.get(id(first)), where.get(id(second))
            if a is None or b is None:
                a, b = _row_of(labels, first.label), _row_of(labels, second.label)
            pairs.append((a, b))
        if relations is None and len(pairs) > _MOST_ARROWS:
            return ()
        return tuple(pairs)
    pairs = []
    for first, second in relations:
        pairs.append(
            (
                _row_of(labels, getattr(first, "label", first)),
                _row_of(labels, getattr(second, "label", second)),
            )
        )
    return tuple(pairs)


def _row_of(labels: Sequence[str], label: Hashable) -> int:
    try:
        return list(labels).index(str(label))
    except ValueError:
        raise TimelineError(
            f"no event labelled {label!r} to draw a relation to; labels are {list(labels)[:8]!r}"
        ) from None


def _claim_summary(claims: Any) -> tuple[int, str] | None:
    """``(count, worst grade)`` of an event's claims, the grade like ``"C3"``."""
    if claims is None or isinstance(claims, (str, float)):
        return None
    try:
        items = list(claims)
    except TypeError:
        return None
    if not items:
        return None
    letters = [str(getattr(c, "reliability", "") or "") for c in items]
    numbers = [getattr(c, "credibility", None) for c in items]
    letter = max((x for x in letters if x in _GRADES), default="", key=_GRADES.index)
    number = max((int(x) for x in numbers if isinstance(x, int) and 1 <= x <= 6), default=None)
    return len(items), f"{letter}{'' if number is None else number}"
