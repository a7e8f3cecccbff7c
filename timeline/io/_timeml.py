"""Reading TimeML 1.2.1 documents (``.tml``): text with offsets, DCT, TIMEX3, EVENT and TLINK.

The reader keeps what scoring and reasoning need: the plain text of ``<TEXT>`` (tags removed,
entities decoded) with every annotation's character offsets into it, the document creation time
(the ``<DCT>`` TIMEX3, which sits outside ``<TEXT>`` and is not counted as a mention), and the
TLINK relations between event instances and times.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from datetime import date
from pathlib import Path
from typing import get_args

import attrs

from timeline._errors import TimelineError
from timeline._timex import Timex, TimexMod, TimexType

__all__ = ["read_timeml", "TimeMLDocument", "GoldTimex", "TimeMLEvent", "TLink"]

_TYPES: dict[str, TimexType] = {name: name for name in get_args(TimexType)}
_MODS: dict[str, TimexMod] = {name: name for name in get_args(TimexMod)}


@attrs.frozen
class GoldTimex:
    """A TIMEX3 annotated in the text: ``text == document.text[start:end]``."""

    tid: str
    start: int
    end: int
    text: str
    timex: Timex
    function_in_document: str | None = None


@attrs.frozen
class TimeMLEvent:
    """An EVENT annotated in the text, with the instance id TLINKs refer to (``eiid``)."""

    eid: str
    eiid: str | None
    start: int
    end: int
    text: str
    event_class: str | None = None


@attrs.frozen
class TLink:
    """A temporal relation; ``source`` and ``target`` are eiid (``ei12``) or tid (``t3``) ids."""

    lid: str
    rel_type: str
    source: str
    target: str


@attrs.frozen
class TimeMLDocument:
    """One TimeML document: its ``<TEXT>`` as plain text and the annotations over it."""

    name: str
    text: str
    dct: date
    timexes: tuple[GoldTimex, ...] = ()
    events: tuple[TimeMLEvent, ...] = ()
    tlinks: tuple[TLink, ...] = ()
    dct_timex: Timex | None = None
    #: The ``tid`` of the ``<DCT>`` TIMEX3, which TLINKs name (``"t0"`` in most corpora).
    dct_tid: str | None = None


def _timex_of(element: ElementTree.Element, where: str) -> Timex:
    kind = (element.get("type") or "").strip().upper()
    value = (element.get("value") or "").strip()
    mod = (element.get("mod") or "").strip().upper() or None
    if kind not in _TYPES:
        raise TimelineError(f"{where}: TIMEX3 {element.get('tid')!r} has unknown type {kind!r}")
    return Timex(_TYPES[kind], value, _MODS.get(mod or ""))


def _parse_dct(
    element: ElementTree.Element | None, where: str
) -> tuple[date, Timex | None, str | None]:
    if element is None:
        raise TimelineError(f"{where}: no <DCT> element; a TimeML document needs its creation time")
    timex_element = element.find("TIMEX3")
    value = (timex_element.get("value") if timex_element is not None else None) or (
        "".join(element.itertext()).strip()
    )
    digits = value[:10]
    try:
        if len(digits) >= 10 and digits[4] == "-":
            day = date.fromisoformat(digits)
        else:
            day = date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        raise TimelineError(f"{where}: DCT {value!r} is not a date (YYYY-MM-DD)") from None
    timex = _timex_of(timex_element, where) if timex_element is not None else None
    tid = timex_element.get("tid") if timex_element is not None else None
    return day, timex, tid


def read_timeml(source: str | os.PathLike[str]) -> TimeMLDocument:
    """Read a TimeML document from a path or from its XML text.

    ``.text`` is the content of ``<TEXT>`` with tags removed; every offset indexes into it.
    ``.dct`` is the date of the ``<DCT>`` TIMEX3 (kept apart from ``.timexes``).

    >>> doc = read_timeml(
    ...     '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2017-10-11"'
    ...     ' functionInDocument="CREATION_TIME">20171011</TIMEX3></DCT>'
    ...     '<TEXT>Trucks crossed on <TIMEX3 tid="t1" type="DATE" value="2017-09-28">'
    ...     'Sept. 28</TIMEX3>.</TEXT></TimeML>'
    ... )
    >>> doc.dct, doc.timexes[0].text, doc.timexes[0].timex
    (datetime.date(2017, 10, 11), 'Sept. 28', Timex(DATE 2017-09-28))
    """
    if isinstance(source, str) and source.lstrip().startswith("<"):
        xml, name = source, "<string>"
    else:
        path = Path(source)
        try:
            xml = path.read_text(encoding="utf-8")
        except OSError as error:
            raise TimelineError(f"cannot read TimeML file {str(path)!r}: {error}") from None
        name = path.stem
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as error:
        raise TimelineError(f"{name}: not well-formed TimeML XML: {error}") from None
    docid = root.find("DOCID")
    if name == "<string>" and docid is not None and docid.text:
        name = docid.text.strip()
    dct, dct_timex, dct_tid = _parse_dct(root.find("DCT"), name)
    body = root.find("TEXT")
    if body is None:
        raise TimelineError(f"{name}: no <TEXT> element")

    pieces: list[str] = []
    length = 0
    raw_timexes: list[tuple[ElementTree.Element, int, int]] = []
    raw_events: list[tuple[str, int, int, str | None]] = []

    def walk(element: ElementTree.Element) -> None:
        nonlocal length
        start = length
        if element.text:
            pieces.append(element.text)
            length += len(element.text)
        for child in element:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)
        end = length
        if element is body:
            return
        if element.tag == "TIMEX3":
            raw_timexes.append((element, start, end))
        elif element.tag == "EVENT":
            raw_events.append((element.get("eid", ""), start, end, element.get("class")))

    walk(body)
    text = "".join(pieces)
    timexes = [
        GoldTimex(
            tid=element.get("tid", ""),
            start=start,
            end=end,
            text=text[start:end],
            timex=_timex_of(element, name),
            function_in_document=element.get("functionInDocument"),
        )
        for element, start, end in raw_timexes
    ]

    instances: dict[str, str] = {}
    for instance in root.iter("MAKEINSTANCE"):
        event_id, eiid = instance.get("eventID"), instance.get("eiid")
        if event_id and eiid and event_id not in instances:
            instances[event_id] = eiid
    events = tuple(
        TimeMLEvent(eid, instances.get(eid), start, end, text[start:end], event_class)
        for eid, start, end, event_class in raw_events
    )
    tlinks = []
    for link in root.iter("TLINK"):
        origin = link.get("eventInstanceID") or link.get("timeID")
        target = link.get("relatedToEventInstance") or link.get("relatedToTime")
        if origin is None or target is None:
            continue
        tlinks.append(TLink(link.get("lid", ""), link.get("relType", ""), origin, target))
    return TimeMLDocument(
        name=name,
        text=text,
        dct=dct,
        timexes=tuple(sorted(timexes, key=lambda t: (t.start, t.end))),
        events=tuple(sorted(events, key=lambda e: (e.start, e.end))),
        tlinks=tuple(tlinks),
        dct_timex=dct_timex,
        dct_tid=dct_tid,
    )
