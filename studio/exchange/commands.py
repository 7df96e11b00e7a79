"""The export, import, merge and report subcommands of ``studio``.

``studio/cli.py`` registers them with the four ``add_*_parser`` functions.
Each ``run_*`` returns the exit code; a :class:`StudioError` raised here is
printed by the CLI as one line (exit 2). Inputs are never modified: a
.workshop input is read through a read-only copy.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP

EXIT_OK = 0


def _usage(template: str, **params: object) -> StudioError:
    return StudioError(template, **params)


def _suffix(path: Path, suffix: str, command: str) -> None:
    if path.suffix.lower() != suffix:
        raise _usage(QT_TRANSLATE_NOOP(
            "Errors", "{command}: the output must end in {suffix}, not “{name}”."),
            command=command, suffix=suffix, name=path.name)


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
    p.add_argument("--separator", choices=(",", ";"), default=",",
                   help="CSV separator (';' for German Excel: numbers then use a decimal comma)")
    p.add_argument("--bom", action="store_true", help="CSV: start each file with a UTF-8 BOM "
                   "(for Excel)")
    p.add_argument("--force", action="store_true", help="replace an existing output")
    p.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    from studio.exchange.records import open_readonly
    from studio.store.atomic import check_output

    out: Path = args.output
    if args.format == "xlsx":
        _suffix(out, ".xlsx", "export")
    check_output(out, force=args.force, folder=args.format == "csv")
    with open_readonly(args.workshop) as store:
        if args.format == "xlsx":
            from studio.exchange.xlsx_export import export_workbook

            export_workbook(store, out)
        else:
            from studio.exchange.csv_export import export_csv

            export_csv(store, out, separator=args.separator, bom=args.bom)
    print(out)
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
        description="Combine workshops (.workshop files or XLSX exports, in any mix) into one "
        "workbook with the same sheets plus Workshops. The same workshop given twice adds no "
        "duplicate rows; Results also across workshops per scenario card.")
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help=".workshop or .xlsx")
    p.add_argument("--output", "-o", required=True, type=Path, help="OUT.xlsx")
    p.add_argument("--force", action="store_true", help="replace an existing output")
    p.set_defaults(func=run_merge)


def run_merge(args: argparse.Namespace) -> int:
    from studio.exchange.merge import merge_files

    _suffix(args.output, ".xlsx", "merge")
    summary = merge_files(args.inputs, args.output, force=args.force)
    print(args.output)
    print(f"workshops merged: {len(summary.workshops)}; duplicate rows skipped:"
          f" {summary.duplicate_rows} ({summary.conflicting_rows} differing); questions compared"
          f" across workshops: {summary.across_activities}"
          + (f" ({'; '.join(summary.compared)})" if summary.compared else ""), file=sys.stderr)
    return EXIT_OK


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
    from studio.exchange.records import open_readonly
    from studio.store.atomic import check_output

    _suffix(args.output, ".pdf", "report")
    check_output(args.output, force=args.force)
    try:
        from studio.exchange.report import write_report
    except ImportError as exc:  # the chart module is not there yet
        raise StudioError(QT_TRANSLATE_NOOP(
            "Errors", "Reports need the chart module, which this build lacks: {reason}"),
            reason=str(exc)) from exc
    with open_readonly(args.workshop) as store:
        write_report(store, args.output)
    print(args.output)
    return EXIT_OK
