"""The ``timeline`` command line: resolve phrases, extract from files, solve and plot CSVs.

Every subcommand reads plain files and writes plain text, CSV, JSON, TimeML or PNG. Bad input
ends the run with exit status 2 and one line on stderr that names the file, row or phrase; a
traceback means a bug in the library.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from timeline._errors import TimelineError
from timeline._moments import is_open
from timeline._span import TimeSpan
from timeline._zones import as_anchor, as_tzinfo, zone_name

if TYPE_CHECKING:
    from timeline._extract import Mention
    from timeline._schedule import Schedule

__all__ = ["main"]

PROG = "timeline"


class UsageError(TimelineError):
    """Bad input found by the command line itself (a missing anchor, a bad manifest row)."""


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error and a pointer to ``--help`` instead of the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


class _Help(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32, width=100)


# ----------------------------------------------------------------------------- output helpers
def _moment(moment: datetime, zone: tzinfo) -> str:
    if is_open(moment):
        return ".."
    local = moment.astimezone(zone)
    return local.strftime("%Y-%m-%d %H:%M" if local.second == 0 else "%Y-%m-%d %H:%M:%S")


def _offset(moment: datetime) -> str:
    text = moment.strftime("%z")
    return f"UTC{text[:3]}:{text[3:]}" if text else "UTC"


def _length(value: timedelta | None) -> str:
    if value is None:
        return "open"
    days = value.days
    rest = value - timedelta(days=days)
    hours, minutes = rest.seconds // 3600, rest.seconds % 3600 // 60
    parts = [f"{days} day{'s' if days != 1 else ''}"] if days else []
    if hours:
        parts.append(f"{hours} h")
    if minutes:
        parts.append(f"{minutes} min")
    return " ".join(parts) or "0 h"


def describe_span(span: TimeSpan) -> list[tuple[str, str]]:
    """The rows ``timeline resolve`` prints for one span: what a reader wants to see first."""
    zone = span.tz
    timex = span.timex
    rows = [("timex", " ".join(p for p in (timex.type, timex.value, timex.mod) if p))]
    bounds = (span.earliest_start, span.latest_start, span.earliest_end, span.latest_end)
    known = [moment for moment in bounds if not is_open(moment)]
    if known:  # a bare length ("ten days") is placed nowhere: no bounds to print
        first = known[0]
        rows.append(
            ("possible", f"{_moment(span.earliest_start, zone)} → {_moment(span.latest_end, zone)}")
        )
        certain = span.certain
        rows.append(
            (
                "certain",
                "none (start and end bounds overlap)"
                if certain is None
                else f"{_moment(certain.earliest_start, zone)}"
                f" → {_moment(certain.latest_end, zone)}",
            )
        )
        if not span.is_crisp:
            rows.append(
                (
                    "start",
                    f"{_moment(span.earliest_start, zone)} .. {_moment(span.latest_start, zone)}",
                )
            )
            rows.append(
                ("end", f"{_moment(span.earliest_end, zone)} .. {_moment(span.latest_end, zone)}")
            )
        rows.append(("zone", f"{zone_name(zone)} ({_offset(first.astimezone(zone))})"))
    low, high = span.duration_range
    if high is not None or low:
        rows.append(
            ("duration", _length(low) if low == high else f"{_length(low)} .. {_length(high)}")
        )
    return rows


def _write_rows(rows: Sequence[tuple[str, str]], out: IO[str]) -> None:
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        out.write(f"{name:<{width}}  {value}\n")


def _bound_text(moment: datetime) -> str:
    return "" if is_open(moment) else moment.isoformat()


# ----------------------------------------------------------------------------- resolve
def _cmd_resolve(args: argparse.Namespace, out: IO[str]) -> int:
    from timeline._resolve import resolve

    tz = as_tzinfo(args.tz) if args.tz else None
    anchor = as_anchor(args.anchor, tz)
    for number, phrase in enumerate(args.phrase):
        span = resolve(phrase, anchor, prefer=args.prefer, tz=tz, day_first=args.day_first or None)
        if args.json:
            out.write(json.dumps(span.to_dict(), ensure_ascii=False) + "\n")
            continue
        if number:
            out.write("\n")
        _write_rows(
            [("phrase", repr(phrase)), ("anchor", anchor.date().isoformat()), *describe_span(span)],
            out,
        )
    return 0


# ----------------------------------------------------------------------------- extract
def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise UsageError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None


def _parse_anchor_text(text: str, where: str) -> date:
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%Y_%m_%d", "%Y.%m.%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    try:
        return as_anchor(text).date()
    except TimelineError:
        raise UsageError(
            f"{where}: anchor {text!r} is not a date (write it as 2017-10-11 or 20171011)"
        ) from None


def _manifest_anchors(path: str, file_column: str, anchor_column: str) -> dict[str, date]:
    """File name -> anchor from a CSV manifest; names are also keyed by their resolved path."""
    try:
        return _read_manifest(path, file_column, anchor_column)
    except UnicodeDecodeError as error:
        raise UsageError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except csv.Error as error:
        raise UsageError(f"{path}: bad CSV: {error}") from None


def _read_manifest(path: str, file_column: str, anchor_column: str) -> dict[str, date]:
    anchors: dict[str, date] = {}
    base = Path(path).parent
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        fields = reader.fieldnames or []
        for column in (file_column, anchor_column):
            if column not in fields:
                raise UsageError(
                    f"{path}: no column {column!r} (columns: {', '.join(fields) or 'none'});"
                    " name them with --file-column / --anchor-column"
                )
        for row in reader:
            where = f"{path}, line {reader.line_num}"
            name = (row.get(file_column) or "").strip()
            if not name:
                raise UsageError(f"{where}: empty {file_column!r}")
            day = _parse_anchor_text(row.get(anchor_column) or "", where)
            anchors[name] = day
            anchors[str((base / name).resolve())] = day
    return anchors


def _anchor_for(path: str, args: argparse.Namespace, manifest: dict[str, date]) -> date:
    if manifest:
        for key in (path, Path(path).name, str(Path(path).resolve())):
            if key in manifest:
                return manifest[key]
    if args.anchor_from_name:
        match = re.search(args.anchor_from_name, Path(path).name)
        if match:
            text = match.group(1) if match.groups() else match.group(0)
            return _parse_anchor_text(text, path)
    if args.anchor:
        return _parse_anchor_text(args.anchor, "--anchor")
    sources = [
        what
        for what, given in (
            ("the manifest", manifest),
            ("--anchor-from-name", args.anchor_from_name),
        )
        if given
    ]
    found = f" ({' or '.join(sources)} gave none)" if sources else ""
    raise UsageError(
        f"{path}: no anchor date{found}: give --anchor DATE, --anchor-from-name PATTERN"
        " or --manifest CSV"
    )


def _progress(items: Sequence[str], enabled: bool) -> Iterator[str]:
    """Yield the items, drawing a one-line progress bar on stderr while they are worked on."""
    total = len(items)
    for done, item in enumerate(items):
        if enabled:
            filled = 30 * done // total
            name = Path(item).name[-30:]
            bar = "#" * filled + "." * (30 - filled)
            sys.stderr.write(f"\r{done:>{len(str(total))}}/{total} [{bar}] {name:<30}")
            sys.stderr.flush()
        yield item
    if enabled and total:
        sys.stderr.write(f"\r{total}/{total} [{'#' * 30}] {'done':<30}\n")
        sys.stderr.flush()


_MENTION_COLUMNS = [
    "file",
    "start",
    "end",
    "text",
    "type",
    "value",
    "mod",
    "earliest_start",
    "latest_start",
    "earliest_end",
    "latest_end",
    "min_duration",
    "max_duration",
]


def _mention_record(path: str, mention: Mention) -> dict[str, Any]:
    from timeline._timex import iso_duration

    span = mention.span
    record: dict[str, Any] = {
        "file": path,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "type": mention.timex.type,
        "value": mention.timex.value,
        "mod": mention.timex.mod or "",
    }
    for key in ("earliest_start", "latest_start", "earliest_end", "latest_end"):
        record[key] = "" if span is None else _bound_text(getattr(span, key))
    for key in ("min_duration", "max_duration"):
        length = None if span is None else getattr(span, key)
        record[key] = "" if length is None else iso_duration(length)
    return record


def _cmd_extract(args: argparse.Namespace, out: IO[str]) -> int:
    from timeline._extract import extract

    manifest = (
        _manifest_anchors(args.manifest, args.file_column, args.anchor_column)
        if args.manifest
        else {}
    )
    files: list[str] = list(args.files)
    if not files and args.manifest:
        files = [
            str(Path(args.manifest).parent / name)
            for name in manifest
            if not Path(name).is_absolute()
        ]
    if not files:
        raise UsageError("no input: name FILE(s) to read, or a --manifest that lists them")
    if args.anchor_from_name:
        try:
            re.compile(args.anchor_from_name)
        except re.error as error:
            raise UsageError(
                f"--anchor-from-name {args.anchor_from_name!r} is not a regular expression"
                f" ({error}); e.g. '(\\d{{4}}-\\d{{2}}-\\d{{2}})'"
            ) from None
    if args.output_dir and args.format != "timeml":
        raise UsageError("--output-dir goes with --format timeml (one .tml document per file)")
    if args.format == "timeml" and len(files) > 1 and not args.output_dir:
        raise UsageError("--format timeml writes one document per file: give --output-dir DIR")
    tz = as_tzinfo(args.tz) if args.tz else None
    show_progress = (
        args.progress if args.progress is not None else (len(files) > 1 and sys.stderr.isatty())
    )

    results: list[tuple[str, date, str, list[Mention]]] = []
    for path in _progress(files, show_progress):
        if path.lower().endswith(".tml"):  # TimeML: its TEXT, and its DCT as the default anchor
            from timeline.io._timeml import read_timeml

            source = read_timeml(path)
            text = source.text
            try:
                anchor = _anchor_for(path, args, manifest)
            except UsageError:
                anchor = source.dct
        else:
            anchor = _anchor_for(path, args, manifest)
            text = _read_text(path)
        try:
            mentions = extract(text, anchor, prefer=args.prefer, tz=tz)
        except TimelineError as error:
            raise UsageError(f"{path}: {error}") from None
        results.append((path, anchor, text, mentions))

    if args.format == "timeml":
        from timeline.io._timeml_write import to_timeml

        for path, anchor, text, mentions in results:
            name = Path(path).stem if path != "-" else "stdin"
            document = to_timeml(text, mentions, dct=anchor, name=name)
            if args.output_dir:
                target = Path(args.output_dir)
                target.mkdir(parents=True, exist_ok=True)
                (target / f"{name}.tml").write_text(document, encoding="utf-8")
            else:
                out.write(document)
        return 0
    records = [_mention_record(path, m) for path, _, _, mentions in results for m in mentions]
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=_MENTION_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    elif args.format == "json":
        documents = [
            {
                "file": path,
                "anchor": anchor.isoformat(),
                "mentions": [
                    {k: v for k, v in _mention_record(path, m).items() if k != "file"}
                    for m in mentions
                ],
            }
            for path, anchor, _, mentions in results
        ]
        json.dump(documents, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        _write_table(records, many=len(files) > 1, out=out)
    return 0


def _possible(record: dict[str, Any]) -> str:
    """The possible extent of a mention's span, in its own zone, for a table cell."""
    first, last = record["earliest_start"], record["latest_end"]
    if not first and not last:
        return ""

    def short(text: str) -> str:
        if not text:
            return ".."
        moment = datetime.fromisoformat(text)
        return moment.strftime(
            "%Y-%m-%d" if moment.time() == datetime.min.time() else "%Y-%m-%d %H:%M"
        )

    return f"{short(first)} → {short(last)}"


def _write_table(records: list[dict[str, Any]], *, many: bool, out: IO[str]) -> None:
    columns = (["file"] if many else []) + ["start", "end", "text", "type", "value", "mod"]
    rows = [[str(r[c]) for c in columns] + [_possible(r)] for r in records]
    columns = [*columns, "possibly"]
    widths = [max([len(c)] + [len(row[i]) for row in rows]) for i, c in enumerate(columns)]
    widths = [min(w, 40) for w in widths]
    for row in [columns, *rows]:
        cells = [
            cell if len(cell) <= w else cell[: w - 1] + "…"
            for cell, w in zip(row, widths, strict=True)
        ]
        line = "  ".join(f"{c:<{w}}" for c, w in zip(cells, widths, strict=True))
        out.write(line.rstrip() + "\n")
    if not records:
        out.write("(no temporal expressions found)\n")


# ----------------------------------------------------------------------------- solve / plot
def _load_schedule(args: argparse.Namespace) -> Schedule:
    """Solve the events table; or read a schedule / timeline written by ``solve -o`` or
    ``timeline.io`` (JSON, or a CSV whose header has the four bounds)."""
    from timeline._reason import Timeline
    from timeline.io import _csv_json as formats

    path = args.events
    with open(path, newline="", encoding="utf-8-sig", errors="replace") as handle:
        header = next(csv.reader(handle), [])
    written = path.lower().endswith(".json") or (
        "earliest_start" in header and "latest_end" in header
    )
    if written and args.relations:  # its relations are in it already; an events table's are not
        raise UsageError(
            f"{path}: --relations goes with an events table, not with a timeline or schedule"
            " that timeline.io wrote; add the relations to the events table and solve that"
        )
    if path.lower().endswith(".json"):
        read = formats._read_json(path)
        return read.solve() if isinstance(read, Timeline) else read
    if written:
        return formats.read_schedule_csv(path)
    timeline = formats.read_timeline_csv(
        path, relations=args.relations, anchor=args.anchor, tz=args.tz
    )
    return timeline.solve()


def _cmd_solve(args: argparse.Namespace, out: IO[str]) -> int:
    from timeline.io._csv_json import to_csv, to_json

    schedule = _load_schedule(args)
    form = args.format
    if form is None:
        if args.output:
            form = "json" if args.output.lower().endswith(".json") else "csv"
        else:
            form = "table"
    if form == "csv":
        text = to_csv(schedule)
    elif form == "json":
        text = to_json(schedule) + "\n"
    else:
        order = schedule.order()
        lines = [str(schedule)]
        if order:
            lines.append("certain order:")
            lines += [f"  {a.label} → {b.label}" for a, b in order]
        text = "\n".join(lines) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        out.write(f"wrote {args.output}\n")
    else:
        out.write(text)
    return 0


def _cmd_plot(args: argparse.Namespace, out: IO[str]) -> int:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backend_bases import FigureCanvasBase
    from matplotlib.figure import Figure

    from timeline._plot import plot

    kind = Path(args.output).suffix.lower().lstrip(".")
    known = FigureCanvasBase.get_supported_filetypes()
    if kind and kind not in known:
        raise UsageError(
            f"{args.output}: cannot draw a {kind!r} picture; name it .png, .svg or .pdf"
            f" (or any of {', '.join('.' + k for k in sorted(known))})"
        )
    schedule = _load_schedule(args)
    ax = plot(schedule, lanes=args.lanes)
    figure = ax.get_figure()
    while figure is not None and not isinstance(figure, Figure):
        figure = figure.get_figure()
    assert figure is not None
    try:
        figure.savefig(args.output, dpi=args.dpi, bbox_inches="tight")
    finally:
        plt.close("all")
    out.write(f"wrote {args.output}\n")
    return 0


# ----------------------------------------------------------------------------- the parser
def _dpi(text: str) -> int:
    """A resolution for ``--dpi``: a whole number of dots per inch, more than none."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a resolution: give dots per inch, e.g. 150"
        )
    return value


_MAIN_EXAMPLES = """\
examples:
  timeline resolve "mid-September" --anchor 2017-10-11 --tz Asia/Pyongyang
  timeline extract report.txt --anchor 2017-10-11
  timeline solve events.csv --relations relations.csv -o schedule.csv
  timeline plot events.csv --relations relations.csv -o timeline.png --lanes place

Run 'timeline COMMAND --help' for each command's options.
Exit status: 0 on success, 2 on bad input (one line on stderr names the file, row or phrase).
"""

_RESOLVE_EXAMPLES = """\
examples:
  timeline resolve "mid-September" --anchor 2017-10-11
  timeline resolve "Sept. 28" "the early morning hours of Oct. 2" --anchor 2017-10-11 \\
      --tz Asia/Pyongyang
  timeline resolve "for ten days in mid-September" --anchor 2017-10-11 --json

Prints the TIMEX3 value, the possible extent, the certain part, the start and end bounds
and the duration bounds; --json prints TimeSpan.to_dict() as one JSON object per line.
"""

_EXTRACT_EXAMPLES = """\
examples:
  timeline extract report.txt --anchor 2017-10-11
  timeline extract report.txt --anchor 2017-10-11 --format timeml > report.tml
  timeline extract news/*.txt --anchor-from-name '(\\d{4}-\\d{2}-\\d{2})' --format csv
  timeline extract --manifest articles.csv --anchor-column published --format json

Anchors (the report's date, which "yesterday" and "Sept. 28" are read against) come, for
each file, from the first of: the --manifest row naming the file, the --anchor-from-name
pattern's first group matched on the file name (2017-10-11 or 20171011), --anchor, and for
a TimeML file (.tml, whose TEXT is read) its document creation time.
"""

_CSV_HELP = """\
EVENTS.csv has one row per statement (a label may repeat; each row adds what it says):
a 'label' column, then any of these (column names in lower case)
  when        a phrase or ISO date the event happened within ("mid-September", "2017-09-28"),
              or a part of the day alone ("late at night"), combined with the event's day
  start, end  a phrase pinning one endpoint ("Sept. 28, 1:00 a.m.")
  duration    a phrase or ISO 8601 duration ("ten days", "P10D"), or min_duration/max_duration
  kind, place, actors (separated by ';')
  claim, source, reliability (A-F), credibility (1-6), url: the statement behind the row
  anchor, tz  the report's date and the zone this row's phrases are read in
  any other column: a free attribute of the event
REL.csv has one row per relation: a, relation, b (labels; Allen relations such as before,
meets, during), optional gap_min/gap_max durations, and the claim columns.
Phrases are read against --anchor (the report's date) in --tz.
"""

_SOLVE_EXAMPLES = f"""\
examples:
  timeline solve examples/data/seed_events.csv --relations examples/data/seed_relations.csv
  timeline solve events.csv --relations relations.csv --anchor 2017-10-11 -o schedule.csv

Prints the solved schedule (each event's earliest/latest start and end, duration bounds)
and the order that is certain; -o FILE writes it as CSV (or JSON), which
timeline.io.read_schedule_csv reads back. A contradiction exits with status 2 and names
the claims that cannot all be true.

{_CSV_HELP}"""

_PLOT_EXAMPLES = f"""\
examples:
  timeline plot examples/data/seed_events.csv --relations examples/data/seed_relations.csv \\
      -o seed.png --lanes place
  timeline plot events.csv -o timeline.png --dpi 200

{_CSV_HELP}"""


def _add_anchor_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--anchor",
        metavar="DATE",
        required=required,
        help="the report's date, ISO 8601 (e.g. 2017-10-11): phrases are read against it",
    )
    parser.add_argument(
        "--tz",
        metavar="ZONE",
        help="IANA time zone of the phrases, e.g. Asia/Pyongyang (default: the anchor's, else UTC)",
    )


def _add_timeline_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "events",
        metavar="EVENTS.csv",
        help="one row per statement (see below); or a schedule/timeline that 'solve -o' or"
        " timeline.io wrote (.csv, .json)",
    )
    parser.add_argument(
        "--relations", metavar="REL.csv", help="one row per relation between events"
    )
    _add_anchor_options(parser, required=False)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``timeline`` command."""
    parser = _Parser(
        prog=PROG,
        description="Reconstruct event timelines from reports.",
        epilog=_MAIN_EXAMPLES,
        formatter_class=_Help,
    )
    from timeline import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    resolve = commands.add_parser(
        "resolve",
        help="resolve phrases such as 'mid-September' into time spans",
        description="Resolve temporal phrases against a report's date.",
        epilog=_RESOLVE_EXAMPLES,
        formatter_class=_Help,
    )
    resolve.add_argument("phrase", nargs="+", help="the phrase(s) to resolve")
    _add_anchor_options(resolve, required=True)
    resolve.add_argument(
        "--prefer",
        choices=("past", "future", "nearest"),
        default="past",
        help="where a date without a year goes relative to the anchor (default: past)",
    )
    resolve.add_argument(
        "--day-first",
        action="store_true",
        help="read a numeric date that goes either way ('02/03/2022') day first",
    )
    resolve.add_argument("--json", action="store_true", help="print JSON (one object per phrase)")
    resolve.set_defaults(run=_cmd_resolve)

    extract = commands.add_parser(
        "extract",
        help="find and resolve every temporal expression in text files",
        description="Find every temporal expression in text files and resolve it.",
        epilog=_EXTRACT_EXAMPLES,
        formatter_class=_Help,
    )
    extract.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text files ('-': stdin)")
    _add_anchor_options(extract, required=False)
    extract.add_argument(
        "--anchor-from-name",
        metavar="REGEX",
        help="take each file's anchor from its name: the pattern's first group, e.g."
        r" '(\d{4}-\d{2}-\d{2})'",
    )
    extract.add_argument("--manifest", metavar="CSV", help="a CSV listing files and their anchors")
    extract.add_argument(
        "--file-column", default="file", metavar="NAME", help="manifest column of file names"
    )
    extract.add_argument(
        "--anchor-column", default="anchor", metavar="NAME", help="manifest column of anchors"
    )
    extract.add_argument(
        "--prefer",
        choices=("past", "future", "nearest"),
        default="past",
        help="where a date without a year goes when the text does not say (default: past)",
    )
    extract.add_argument(
        "--format",
        choices=("table", "csv", "json", "timeml"),
        default="table",
        help="output format (default: table)",
    )
    extract.add_argument(
        "--output-dir", metavar="DIR", help="with --format timeml: write DIR/<name>.tml per file"
    )
    progress = extract.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        action="store_true",
        default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal and there are"
        " several files)",
    )
    progress.add_argument(
        "--no-progress", dest="progress", action="store_false", help="never show a progress bar"
    )
    extract.set_defaults(run=_cmd_extract)

    solve = commands.add_parser(
        "solve",
        help="order events from a CSV and write the solved schedule",
        description="Solve a timeline given as CSV: tightest bounds of every event.",
        epilog=_SOLVE_EXAMPLES,
        formatter_class=_Help,
    )
    _add_timeline_inputs(solve)
    solve.add_argument(
        "-o", "--output", metavar="FILE", help="write the schedule here (CSV, or JSON for .json)"
    )
    solve.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        help="table (default on stdout), csv (default with -o) or json",
    )
    solve.set_defaults(run=_cmd_solve)

    plot = commands.add_parser(
        "plot",
        help="draw a timeline CSV as a Gantt-style PNG",
        description="Solve a timeline given as CSV and draw it.",
        epilog=_PLOT_EXAMPLES,
        formatter_class=_Help,
    )
    _add_timeline_inputs(plot)
    plot.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help="the picture to write (.png, .svg, .pdf)",
    )
    plot.add_argument(
        "--lanes", metavar="ATTRIBUTE", help="one lane per value of this attribute, e.g. place"
    )
    plot.add_argument("--dpi", type=_dpi, default=150, help="resolution (default: 150)")
    plot.set_defaults(run=_cmd_plot)
    return parser


# ----------------------------------------------------------------------------- entry point
def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 2 bad input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace, IO[str]], int] = args.run
    try:
        return run(args, sys.stdout)
    except TimelineError as error:
        message = _one_line(error)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except FileNotFoundError as error:
        message = f"{error.filename}: no such file"
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        message = f"{where}{error.strerror or _one_line(error)}"
    except csv.Error as error:
        message = f"bad CSV: {_one_line(error)}"
    except UnicodeDecodeError as error:
        message = f"input is not UTF-8 text ({error.reason} at byte {error.start})"
    except KeyboardInterrupt:
        sys.stderr.write("\ninterrupted\n")
        return 130
    sys.stderr.write(f"{PROG} {args.command}: error: {message}\n")
    return 2
