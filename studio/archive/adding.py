"""Add workshop files and exports to an archive, one workshop per transaction.

Inputs are read through the same door as ``studio merge``
(:func:`studio.exchange.merge.read_input`: a ``.workshop`` file read from a
copy, or an export, each passing the checks of an import) and never changed.
A damaged input is reported by name and the others are still added; losing the
server stops at once (what was committed stays, the rest is added by running the
command again).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from studio.archive.archive import AddOutcome, Archive
from studio.archive.store import ArchiveConnectionError, is_archive_target
from studio.archive.workbook import ImportOutcome
from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.store.inspect import SQLITE_HEADER


@dataclass(frozen=True)
class InputFailure:
    """An input that could not be read or added, with its one-line message."""

    path: Path
    error: StudioError


def input_kind(path: Path) -> str:
    """"workshop" for a workshop file, "export" for a spreadsheet."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        head = b""
    return "workshop" if head == SQLITE_HEADER or path.suffix == ".workshop" else "export"


def add_inputs(archive: Archive, inputs: Iterable[Path], city: str | None = None,
               place: str | None = None,
               report: Callable[[Path, AddOutcome | InputFailure], None] | None = None,
               restored: Callable[[Path, ImportOutcome], None] | None = None,
               ) -> list[AddOutcome | InputFailure | ImportOutcome]:
    """Add every workshop of ``inputs``; ``report`` hears of each outcome as it happens.

    A workbook merged from an archive also brings its recommendations back, after its
    workshops: ``restored`` hears of that (an :class:`ImportOutcome`); a problem with them
    is an :class:`InputFailure` for ``report``.

    A lost server (:class:`ArchiveConnectionError`) is raised: what was added before
    stays, the workshop being added was not."""
    from studio.exchange.merge import read_input

    done: list[AddOutcome | InputFailure | ImportOutcome] = []

    def tell(path: Path, outcome: AddOutcome | InputFailure | ImportOutcome) -> None:
        done.append(outcome)
        if isinstance(outcome, ImportOutcome):
            if restored is not None:
                restored(path, outcome)
        elif report is not None:
            report(path, outcome)

    for path in inputs:
        path = Path(path)
        if is_archive_target(str(path)):
            tell(path, InputFailure(path, StudioError(QT_TRANSLATE_NOOP(
                "Errors", "{path} is an archive, not a workshop file or export. Add the "
                "workshops it came from, or merge archives with studio merge."),
                path=str(path))))
            continue
        try:
            workshops = read_input(path)
        except StudioError as exc:
            tell(path, InputFailure(path, exc))
            continue
        kind = input_kind(path)
        for rec in workshops:
            try:
                tell(path, archive.add(rec, path.name, kind, city=city, place=place))
            except ArchiveConnectionError:
                raise
            except StudioError as exc:
                tell(path, InputFailure(path, exc))
        if kind == "export":
            try:
                brought = add_recommendations(archive, path)
            except ArchiveConnectionError:
                raise
            except StudioError as exc:
                tell(path, InputFailure(path, exc))
            else:
                if brought is not None:
                    tell(path, brought)
    return done


def add_recommendations(archive: Archive, path: Path) -> ImportOutcome | None:
    """Restore the recommendations of a workbook merged from an archive (None: it has none)."""
    from studio.archive.workbook import import_recommendations
    from studio.exchange.recommendation_sheets import read_recommendation_sheets

    sheets = read_recommendation_sheets(path)
    if sheets is None:
        return None
    return import_recommendations(archive, sheets, path.name)
