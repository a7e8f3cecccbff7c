"""Score temporal-expression extraction against TimeML gold annotations, TempEval-3 style.

Run it on a folder of ``.tml`` files::

    python -m timeline.evaluate ../shared/data/timeml

It prints, for :func:`timeline.extract` and for the ``dateparser.search_dates`` baseline run on the
same documents with the document creation time as their anchor, the TempEval-3 measures:

- span precision, recall and F1, *strict* (same extent) and *relaxed* (the extents overlap; each
  gold expression matches at most one found expression and the other way round);
- *type* and *value* F1: a true positive is a relaxed match whose TIMEX3 type (value) is also
  equal, precision divides by what the system found, recall by the gold count. Values are
  compared in one spelling (:func:`normal_value`: case, zero-padded ISO weeks, decades and
  centuries as years), so only a different time counts as wrong.

Then the worst misses, by category (missed, spurious, wrong value, wrong extent, wrong type),
most frequent first, to show where work pays.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

import attrs

from timeline._timex import Annotation, Timex

__all__ = [
    "Annotation",
    "Found",
    "Scores",
    "Miss",
    "Evaluation",
    "score_document",
    "normal_value",
    "evaluate",
    "extract_system",
    "dateparser_system",
    "main",
]


@attrs.frozen
class Found:
    """An expression a system found: offsets into the text and its TIMEX3."""

    start: int
    end: int
    timex: Timex


System = Callable[[str, date], Iterable[Annotation]]


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


@attrs.frozen
class Scores:
    """Counts over one or more documents; the measures are properties."""

    gold: int = 0
    found: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )

    def precision(self, measure: str) -> float:
        """``measure`` is one of strict, relaxed, type, value."""
        hits: int = getattr(self, measure)
        return hits / self.found if self.found else 0.0

    def recall(self, measure: str) -> float:
        hits: int = getattr(self, measure)
        return hits / self.gold if self.gold else 0.0

    def f1(self, measure: str) -> float:
        return _f1(self.precision(measure), self.recall(measure))


@attrs.frozen
class Miss:
    """One error: ``category`` is missed, spurious, value, extent or type."""

    category: str
    document: str
    gold_text: str | None
    gold: Timex | None
    found_text: str | None
    found: Timex | None
    context: str


def _overlap(a: Annotation, b: Annotation) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def score_document(
    gold: Sequence[Annotation],
    found: Sequence[Annotation],
    *,
    text: str = "",
    name: str = "",
) -> tuple[Scores, list[Miss]]:
    """Match found expressions to gold ones one-to-one and count, TempEval-3 style.

    Exact extents match first; the rest pair up by largest overlap.
    """
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    by_extent: dict[tuple[int, int], list[int]] = {}
    for j, item in enumerate(found):
        by_extent.setdefault((item.start, item.end), []).append(j)
    for i, item in enumerate(gold):
        for j in by_extent.get((item.start, item.end), []):
            if j not in taken:
                pairs[i] = j
                taken.add(j)
                break
    candidates = sorted(
        (
            (-_overlap(g, f), i, j)
            for i, g in enumerate(gold)
            if i not in pairs
            for j, f in enumerate(found)
            if j not in taken and _overlap(g, f) > 0
        ),
    )
    for _, i, j in candidates:
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)

    def show(item: Annotation) -> str:
        return text[item.start : item.end]

    strict = typed = valued = 0
    misses: list[Miss] = []
    for i, g in enumerate(gold):
        paired = pairs.get(i)
        if paired is None:
            context = _context(text, g.start, g.end)
            misses.append(Miss("missed", name, show(g), g.timex, None, None, context))
            continue
        f = found[paired]
        context = _context(text, min(g.start, f.start), max(g.end, f.end))
        exact = (g.start, g.end) == (f.start, f.end)
        strict += exact
        typed += g.timex.type == f.timex.type
        same_value = _same_value(g.timex, f.timex)
        valued += same_value
        if not exact:
            misses.append(Miss("extent", name, show(g), g.timex, show(f), f.timex, context))
        if not same_value:
            misses.append(Miss("value", name, show(g), g.timex, show(f), f.timex, context))
        if g.timex.type != f.timex.type:
            misses.append(Miss("type", name, show(g), g.timex, show(f), f.timex, context))
    for j, f in enumerate(found):
        if j not in taken:
            context = _context(text, f.start, f.end)
            misses.append(Miss("spurious", name, None, None, show(f), f.timex, context))
    scores = Scores(len(gold), len(found), strict, len(pairs), typed, valued)
    return scores, misses


_WEEK = re.compile(r"-W(\d)(?!\d)")
_LONG_UNIT = re.compile(r"^P(\d+)(DE|CE)$")


def normal_value(value: str) -> str:
    """A TIMEX3 value in one spelling: upper case, two-digit ISO weeks ("2000-W7" is
    "2000-W07"), decades and centuries as years ("P1DE" is "P10Y").

    Values that differ only in spelling mean the same time and score as equal.
    """
    value = _WEEK.sub(r"-W0\1", value.strip().upper())
    long_unit = _LONG_UNIT.match(value)
    if long_unit:
        years = int(long_unit.group(1)) * (10 if long_unit.group(2) == "DE" else 100)
        value = f"P{years}Y"
    return value


def _same_value(gold: Timex, found: Timex) -> bool:
    return normal_value(gold.value) == normal_value(found.value)


@attrs.frozen
class Evaluation:
    """The scores of one system over a corpus, its errors, and the time it took."""

    system: str
    scores: Scores
    misses: tuple[Miss, ...]
    seconds: float
    characters: int


def evaluate(
    documents: Iterable[object],
    system: System,
    *,
    name: str = "system",
) -> Evaluation:
    """Run ``system(text, dct)`` on each :class:`~timeline.io.TimeMLDocument` and score it."""
    from timeline.io._timeml import TimeMLDocument

    total = Scores()
    misses: list[Miss] = []
    seconds = 0.0
    characters = 0
    for document in documents:
        assert isinstance(document, TimeMLDocument)
        began = time.perf_counter()
        found = list(system(document.text, document.dct))
        seconds += time.perf_counter() - began
        characters += len(document.text)
        scores, errors = score_document(
            document.timexes, found, text=document.text, name=document.name
        )
        total += scores
        misses.extend(errors)
    return Evaluation(name, total, tuple(misses), seconds, characters)


def extract_system(text: str, dct: date) -> list[Found]:
    """Our extractor as a scored system: :func:`timeline.extract` anchored at the DCT."""
    from timeline._extract import extract

    return [Found(m.start, m.end, m.timex) for m in extract(text, dct)]


_PERIOD_FORMATS = {"year": "%Y", "month": "%Y-%m", "week": "%Y-%m-%d", "day": "%Y-%m-%d"}


def dateparser_system(text: str, dct: date) -> list[Found]:
    """The baseline: ``dateparser.search.search_dates`` (English, RELATIVE_BASE = the DCT).

    Offsets are those of each returned substring, searched in text order; the value is the
    date at the period dateparser reports for the substring (year, month, day), or the clock
    time when it has one.
    """
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    base = datetime.combine(dct, datetime.min.time())
    settings = {"RELATIVE_BASE": base}
    results = search_dates(text, languages=["en"], settings=settings) or []
    parser = DateDataParser(languages=["en"], settings=settings)
    out: list[Found] = []
    cursor = 0
    for substring, moment in results:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
            if start < 0:
                continue
        cursor = start + len(substring)
        period = parser.get_date_data(substring).period or "day"
        if period == "time" or moment.time() != datetime.min.time():
            value = moment.strftime("%Y-%m-%dT%H:%M")
            out.append(Found(start, start + len(substring), Timex("TIME", value)))
        else:
            value = moment.strftime(_PERIOD_FORMATS.get(period, "%Y-%m-%d"))
            out.append(Found(start, start + len(substring), Timex("DATE", value)))
    return out


def _paths(folder: Path, limit: int | None) -> list[Path]:
    paths = sorted(folder.rglob("*.tml")) if folder.is_dir() else [folder]
    return paths if limit is None else paths[:limit]


def _documents(folder: Path, limit: int | None) -> list[object]:
    from timeline.io._timeml import read_timeml

    return [read_timeml(path) for path in _paths(folder, limit)]


def _by_folder(folder: Path, limit: int | None, documents: Sequence[object]) -> str:
    """Our value F1 (and the other measures) per sub-folder of ``folder`` ("TimeBank",
    "AQUAINT"): a rule that helps one corpus only shows here."""
    if not folder.is_dir():
        return ""
    groups: dict[str, list[object]] = {}
    for path, document in zip(_paths(folder, limit), documents, strict=True):
        part = path.relative_to(folder).parts
        groups.setdefault(part[0] if len(part) > 1 else ".", []).append(document)
    if len(groups) < 2:
        return ""
    lines = [f"{'folder':<16} {'docs':>5} {'strict':>7} {'relaxed':>8} {'type':>6} {'value':>6}"]
    for name, group in sorted(groups.items()):
        s = evaluate(group, extract_system, name=name).scores
        lines.append(
            f"{name:<16} {len(group):>5} {s.f1('strict'):7.3f} {s.f1('relaxed'):8.3f}"
            f" {s.f1('type'):6.3f} {s.f1('value'):6.3f}"
        )
    return "\n".join(lines)


def _table(evaluations: Sequence[Evaluation]) -> str:
    header = f"{'system':<12} {'measure':<8} {'P':>6} {'R':>6} {'F1':>6}"
    lines = [header, "-" * len(header)]
    for evaluation in evaluations:
        for measure in ("strict", "relaxed", "type", "value"):
            s = evaluation.scores
            lines.append(
                f"{evaluation.system:<12} {measure:<8} {s.precision(measure):6.3f}"
                f" {s.recall(measure):6.3f} {s.f1(measure):6.3f}"
            )
        rate = evaluation.characters / evaluation.seconds if evaluation.seconds else 0.0
        lines.append(
            f"{'':<12} gold {s.gold}, found {s.found}, {evaluation.seconds:.2f} s,"
            f" {rate:,.0f} chars/s"
        )
    return "\n".join(lines)


def _show(timex: Timex | None) -> str:
    if timex is None:
        return "-"
    mod = f" {timex.mod}" if timex.mod else ""
    return f"{timex.type} {timex.value}{mod}"


def _key(miss: Miss) -> tuple[str, str]:
    if miss.category == "spurious":
        return (miss.found_text or "").lower(), _show(miss.found)
    return (miss.gold_text or "").lower(), _show(miss.gold)


def _worst(misses: Sequence[Miss], count: int, examples: int) -> str:
    lines: list[str] = []
    for category in ("missed", "spurious", "value", "extent", "type"):
        chosen = [m for m in misses if m.category == category]
        lines.append(f"\n== {category}: {len(chosen)}")
        label = "found" if category == "spurious" else "gold"
        for key, n in Counter(_key(m) for m in chosen).most_common(count):
            lines.append(f"{n:4d}  {key[0]!r}  {label}: {key[1]}")
            for m in [m for m in chosen if _key(m) == key][:examples]:
                if category in ("value", "extent", "type"):
                    lines.append(f"        ours: {m.found_text!r} {_show(m.found)}  ({m.document})")
                lines.append(f"        ... {m.context}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m timeline.evaluate DIR``: scores of extract and of dateparser, worst misses."""
    parser = argparse.ArgumentParser(
        prog="python -m timeline.evaluate",
        description="Score timeline.extract (and the dateparser baseline) on TimeML documents.",
    )
    parser.add_argument("folder", type=Path, help="a .tml file or a folder searched recursively")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N files")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    parser.add_argument("--misses", type=int, default=15, help="phrases shown per category")
    parser.add_argument("--examples", type=int, default=1, help="contexts shown per phrase")
    parser.add_argument(
        "--by-folder", action="store_true", help="also score each sub-folder (corpus) apart"
    )
    args = parser.parse_args(argv)
    if not args.folder.exists():
        parser.error(f"{str(args.folder)!r} does not exist")
    documents = _documents(args.folder, args.limit)
    if not documents:
        parser.error(f"no .tml files under {str(args.folder)!r}")
    ours = evaluate(documents, extract_system, name="timeline")
    evaluations = [ours]
    if not args.no_baseline:
        evaluations.append(evaluate(documents, dateparser_system, name="dateparser"))
    print(f"{len(documents)} documents, {ours.scores.gold} gold TIMEX3\n")
    print(_table(evaluations))
    if args.by_folder:
        split = _by_folder(args.folder, args.limit, documents)
        if split:
            print("\nPer folder (timeline.extract, F1):")
            print(split)
    if args.misses > 0:
        print("\nWorst misses of timeline.extract:")
        print(_worst(ours.misses, args.misses, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
