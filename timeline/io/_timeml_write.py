"""Writing extracted mentions back into their text as TimeML ``<TIMEX3>`` tags."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from xml.sax.saxutils import escape, quoteattr

from timeline._errors import NotRepresentable
from timeline._timex import Annotation, Timex
from timeline._zones import AnchorLike, as_anchor

__all__ = ["to_timeml"]

#: Characters XML 1.0 cannot hold at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_HEAD = (
    '<?xml version="1.0" ?>\n'
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
)


def _escape(text: str) -> str:
    """XML character data that parses back to exactly ``text`` (a bare CR would become LF)."""
    return escape(text, {"\r": "&#13;"})


def _attributes(tid: str, timex: Timex, extra: str = "") -> str:
    mod = f" mod={quoteattr(timex.mod)}" if timex.mod else ""
    return (
        f"tid={quoteattr(tid)} type={quoteattr(timex.type)} value={quoteattr(timex.value)}{mod}"
        f"{extra}"
    )


def to_timeml(
    text: str,
    mentions: Iterable[Annotation],
    *,
    dct: AnchorLike | None = None,
    name: str | None = None,
) -> str:
    """A TimeML 1.2.1 document: ``text`` with each mention tagged inline as ``<TIMEX3>``.

    ``mentions`` are what :func:`timeline.extract` returns (anything with ``start``, ``end`` and
    ``timex``); ``dct`` (the anchor: a date, datetime or ISO text) becomes the document creation
    time ``t0``; ``name`` the ``DOCID``. The ``TEXT`` element holds ``text`` exactly, so a TimeML
    reader gives back the same text and offsets. Overlapping mentions cannot be tagged inline
    and raise :class:`~timeline.NotRepresentable`.

    >>> from timeline import Timex
    >>> from types import SimpleNamespace as Mention
    >>> found = [Mention(start=3, end=11, timex=Timex("DATE", "2017-09-28"))]
    >>> print(to_timeml("On Sept. 28 & after", found, name="demo").splitlines()[-2])
    <TEXT>On <TIMEX3 tid="t1" type="DATE" value="2017-09-28">Sept. 28</TIMEX3> &amp; after</TEXT>
    """
    bad = _NOT_XML.search(text)
    if bad:
        raise NotRepresentable(
            f"character {bad.group()!r} at {bad.start()} cannot appear in an XML document;"
            " remove control characters before writing TimeML"
        )
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    parts: list[str] = []
    position = 0
    for number, mention in enumerate(ordered, start=1):
        if not 0 <= mention.start < mention.end <= len(text):
            raise NotRepresentable(
                f"mention at {mention.start}..{mention.end} lies outside the text"
                f" of {len(text)} characters"
            )
        if mention.start < position:
            raise NotRepresentable(
                f"mention {text[mention.start : mention.end]!r} at {mention.start} overlaps the one"
                " before it; TimeML tags cannot overlap"
            )
        parts.append(_escape(text[position : mention.start]))
        parts.append(
            f"<TIMEX3 {_attributes(f't{number}', mention.timex)}>"
            f"{_escape(text[mention.start : mention.end])}</TIMEX3>"
        )
        position = mention.end
    parts.append(_escape(text[position:]))

    head = [_HEAD]
    if name is not None:
        head.append(f"<DOCID>{escape(name)}</DOCID>\n")
    if dct is not None:
        day = dct.date() if isinstance(dct, datetime) else as_anchor(dct).date()
        creation = Timex("DATE", day.isoformat())
        extra = ' temporalFunction="false" functionInDocument="CREATION_TIME"'
        head.append(
            f"<DCT><TIMEX3 {_attributes('t0', creation, extra)}>{day.isoformat()}</TIMEX3></DCT>\n"
        )
    return "".join(head) + "<TEXT>" + "".join(parts) + "</TEXT>\n</TimeML>\n"
