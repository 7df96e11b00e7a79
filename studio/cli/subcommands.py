"""The subcommands of ``studio``: demo, export, import, merge, report (and archive, in
:mod:`studio.cli.archive_commands`).

Each ``add_*_parser`` registers one with argparse; its ``run_*`` calls the plain
functions of the core and the exchange and returns the exit code. A
:class:`~studio.base.errors.StudioError` raised here is printed by
:func:`studio.cli.main` as one line (exit 2). Inputs are never modified.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.cli import EXIT_OK, UsageError


def _suffix(path: Path, suffix: str, command: str) -> None:
    if path.suffix.lower() != suffix:
        raise StudioError(QT_TRANSLATE_NOOP(
            "Errors", "{command}: the output must end in {suffix}, not “{name}”."),
            command=command, suffix=suffix, name=path.name)


# -- demo --------------------------------------------------------------------------------
def add_demo_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "demo",
        help="write a complete demo workshop that has already been run",
        description="Write a realistic workshop that has already been run (every activity kind, "
        "ballots, tallies, notes, clusters, hidden notes). The same seed gives the same content.",
    )
    p.add_argument("--output", "-o", required=True, type=Path, help="the .workshop file to write")
    p.add_argument("--size", choices=("small", "large"), default="small",
                   help="small (5 scenarios) or large (benchmark: 8 scenarios, 150 participants)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--force", action="store_true", help="replace an existing output file")
    p.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from studio.core.demo import generate_demo
    from studio.store.atomic import atomic_path, check_output

    out: Path = args.output
    if out.suffix != ".workshop":
        raise UsageError(f"studio demo: the output must end in .workshop, not '{out.name}'")
    check_output(out, force=args.force)
    with atomic_path(out, suffix=".workshop") as tmp:
        store = generate_demo(tmp, size=args.size, seed=args.seed, overwrite=True)
        store.checkpoint()
        store.close()
        for extra in (tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            extra.unlink(missing_ok=True)
    print(out)
    return EXIT_OK


# -- export ------------------------------------------------------------------------------
def add_export_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "export", help="write a workshop as a spreadsheet (XLSX) or CSV files",
        description="Write every sheet of a workshop (About, Scenarios, Activities, Options, "
        "Responses, Results, Notes, Clusters, EventLog, Charts) to an Excel workbook, or one CSV "
        "file per sheet into a new folder. The workshop may still be running.")
    p.add_argument("workshop", type=Path, help="the .workshop file")
    p.add_argument("--output", "-o", required=True, type=Path,
                   help="OUT.xlsx, or a new folder for --format csv")
    p.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    p.add_argument("--separator", choices=(",", ";"), default=",", metavar="SEP",
                   help="CSV separator: ',' (default) or ';' (for German Excel: numbers then "
                        "use a decimal comma)")
    p.add_argument("--bom", action="store_true", help="CSV: start each file with a UTF-8 BOM "
                   "(for Excel)")
    p.add_argument("--force", action="store_true", help="replace an existing output")
    p.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    from studio.exchange.outputs import export_file

    if args.format == "xlsx":
        _suffix(args.output, ".xlsx", "export")
    export_file(args.workshop, args.output, fmt=args.format, separator=args.separator,
                bom=args.bom, force=args.force)
    print(args.output)
    return EXIT_OK


# -- import ------------------------------------------------------------------------------
def add_import_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import", help="restore a workshop from its spreadsheet export",
        description="Restore a workshop file from an XLSX export (also one whose rows were "
        "sorted, whose columns were moved or that has extra columns). A problem stops the import "
        "with the sheet, row and column; nothing is written.")
    p.add_argument("export", type=Path, help="the EXPORT.xlsx")
    p.add_argument("--output", "-o", required=True, type=Path, help="the .workshop file to write")
    p.add_argument("--force", action="store_true", help="replace an existing output")
    p.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    from studio.exchange.xlsx_import import import_workbook

    _suffix(args.output, ".workshop", "import")
    import_workbook(args.export, args.output, force=args.force)
    print(args.output)
    return EXIT_OK


# -- merge -------------------------------------------------------------------------------
def add_merge_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "merge", help="combine several workshops into one workbook",
        description="Combine workshops (.workshop files, XLSX exports and archives, in any mix) "
        "into one workbook with the same sheets plus Workshops. The same workshop given twice "
        "adds no duplicate rows; Results also across workshops per scenario card.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help=".workshop, .xlsx, or an archive (NAME.studioarchive or postgresql://...)")
    p.add_argument("--output", "-o", required=True, type=Path, help="OUT.xlsx")
    p.add_argument("--force", action="store_true", help="replace an existing output")
    p.set_defaults(func=run_merge)


def run_merge(args: argparse.Namespace) -> int:
    from studio.exchange.merge import merge_files

    _suffix(args.output, ".xlsx", "merge")
    summary = merge_files(merge_inputs(args.inputs), args.output, force=args.force)
    print(args.output)
    print(f"workshops merged: {len(summary.workshops)}; duplicate rows skipped:"
          f" {summary.duplicate_rows} ({summary.conflicting_rows} differing); questions compared"
          f" across workshops: {summary.across_activities}"
          + (f" ({'; '.join(summary.compared)})" if summary.compared else ""), file=sys.stderr)
    return EXIT_OK


def merge_inputs(inputs: list[str]) -> list:
    """Paths, and an :class:`~studio.archive.ArchiveSource` for each archive among them."""
    if not any(_is_archive(i) for i in inputs):
        return [Path(i) for i in inputs]
    from studio.archive import ArchiveSource

    return [ArchiveSource(i) if _is_archive(i) else Path(i) for i in inputs]


def _is_archive(text: str) -> bool:
    from studio.archive.store import is_archive_target

    return is_archive_target(text)


# -- report ------------------------------------------------------------------------------
def add_report_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "report", help="write a printable PDF summary of a workshop",
        description="A PDF for the strategy paper: a cover, then per scenario the card summary, "
        "each activity's chart with key figures, and the largest clusters with their notes.")
    p.add_argument("workshop", type=Path, help="the .workshop file")
    p.add_argument("--output", "-o", required=True, type=Path, help="OUT.pdf")
    p.add_argument("--force", action="store_true", help="replace an existing output")
    p.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    from studio.exchange.outputs import report_file

    _suffix(args.output, ".pdf", "report")
    report_file(args.workshop, args.output, force=args.force)
    print(args.output)
    return EXIT_OK


def add_archive_parser(subparsers: argparse._SubParsersAction) -> None:
    from studio.cli.archive_commands import add_archive_parser as add

    add(subparsers)


def add_paper_parsers(subparsers: argparse._SubParsersAction) -> None:
    from studio.cli.paper_commands import add_feedback_parser, add_paper_parser

    add_paper_parser(subparsers)
    add_feedback_parser(subparsers)


ADD_PARSERS = (add_demo_parser, add_export_parser, add_import_parser, add_merge_parser,
               add_report_parser, add_archive_parser, add_paper_parsers)
