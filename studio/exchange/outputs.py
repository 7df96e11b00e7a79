"""Export and report a .workshop file as it lies on disk, without changing a byte of it.

The plain functions behind ``studio export`` and ``studio report`` (the CLI parses
the arguments, :mod:`studio.cli.subcommands`). The input is read through a
read-only copy; an existing output is replaced only with ``force``.
"""

from __future__ import annotations

from pathlib import Path

from studio.core.workshop_files import open_readonly
from studio.store.atomic import check_output


def export_file(workshop: Path, output: Path, *, fmt: str = "xlsx", separator: str = ",",
                bom: bool = False, force: bool = False) -> None:
    """Write ``workshop`` as an Excel workbook, or (``fmt="csv"``) one CSV file per sheet into
    the new folder ``output``."""
    if fmt not in ("xlsx", "csv"):
        raise ValueError(fmt)
    check_output(output, force=force, folder=fmt == "csv")
    with open_readonly(workshop) as store:
        if fmt == "xlsx":
            from studio.exchange.xlsx_export import export_workbook

            export_workbook(store, output)
        else:
            from studio.exchange.csv_export import export_csv

            export_csv(store, output, separator=separator, bom=bom)


def report_file(workshop: Path, output: Path, *, force: bool = False) -> None:
    """Write the printable PDF summary of ``workshop`` to ``output``."""
    check_output(output, force=force)
    from studio.exchange.report import write_report

    with open_readonly(workshop) as store:
        write_report(store, output)
