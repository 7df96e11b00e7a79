"""``studio archive add|list|remove``: the strategy team's archive of many workshops.

ARCHIVE is a ``NAME.studioarchive`` file or a ``postgresql://`` URL (password
from the URL, ``PGPASSWORD`` or ``~/.pgpass``; messages mask it). The work is
done by :mod:`studio.archive`; here are the parsers, the wording and the exit
codes: ``add`` reports each workshop on stdout and each input it could not add
as one line on stderr, adds the others, and exits 2 at the end if any failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, timezone
from pathlib import Path

from studio.base.i18n import QT_TRANSLATE_NOOP, translate
from studio.cli import EXIT_OK, EXIT_USAGE

ARCHIVE_HELP = "NAME.studioarchive, or a postgresql://user@host/dbname address"

_ADD_EPILOG = """\
Each workshop is added once (by its id). The same workshop again changes nothing;
a newer copy (a later last change: more ballots, edited notes) replaces the archived
one and the line says what changed; an older copy is not added. Each workshop is added
in one transaction: an interrupted add leaves the archive as it was before that workshop.
A workbook merged from an archive (studio merge ARCHIVE) also brings back its
recommendations with their evidence links, decisions and history.

Exit codes: 0 when every input was added (or was already there); 2 when an input
could not be read (each such input is named on its own line on stderr, the others
are still added) or the archive could not be used.
"""


def add_archive_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "archive", help="keep many workshops in one archive (a file or a PostgreSQL database)",
        description="The strategy team's archive: many workshops, each exactly once, with "
        "where it came from. ARCHIVE is a NAME.studioarchive file or a postgresql:// address "
        "(the password from the address, PGPASSWORD or ~/.pgpass; it is never printed). "
        "'studio merge ARCHIVE ... --output OUT.xlsx' writes its workshops to one workbook.")
    sub = p.add_subparsers(title="archive commands", metavar="ACTION", dest="action",
                           parser_class=type(p))
    sub.required = True

    add = sub.add_parser(
        "add", help="add workshop files and exports (creates the archive if needed)",
        description="Add workshops (.workshop files or XLSX exports, also merged ones) to "
        "ARCHIVE, creating it if it does not exist. City and place come from each workshop's "
        "organiser and place unless given here.", epilog=_ADD_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    add.add_argument("archive", metavar="ARCHIVE", help=ARCHIVE_HELP)
    add.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help=".workshop or .xlsx")
    add.add_argument("--city", help="city or organiser to file these workshops under")
    add.add_argument("--place", help="place (venue) of these workshops")
    add.set_defaults(func=run_add)

    lst = sub.add_parser("list", help="list the workshops with their counts",
                         description="List the archive's workshops by city and date, with "
                         "their counts of scenarios, activities, ballots and notes.")
    lst.add_argument("archive", metavar="ARCHIVE", help=ARCHIVE_HELP)
    lst.add_argument("--json", action="store_true", help="print JSON (every field, full ids)")
    lst.set_defaults(func=run_list)

    rm = sub.add_parser("remove", help="remove a workshop from the archive",
                        description="Remove one workshop and all its records from ARCHIVE.")
    rm.add_argument("archive", metavar="ARCHIVE", help=ARCHIVE_HELP)
    rm.add_argument("workshop_id", metavar="WORKSHOP_ID",
                    help="the workshop's id as 'studio archive list' shows it (or its start)")
    rm.set_defaults(func=run_remove)


def _tr(text: str) -> str:
    return translate("Archive", text)


def plain(value: object) -> str:
    """Text for a terminal: control characters (escape sequences in a hostile title) as spaces."""
    return "".join(ch if ch.isprintable() else " " for ch in str(value))


def _when(value: object) -> str:
    """A date as 2026-10-14, a moment as 2026-10-14 16:08:36 UTC, nothing as a dash."""
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    return value.isoformat() if isinstance(value, date) else "–"


def _translating() -> None:
    from studio.cli import _install_cli_translator

    _install_cli_translator()


# -- add -------------------------------------------------------------------------------------
def run_add(args: argparse.Namespace) -> int:
    from studio.archive import ADDED, KEPT, REPLACED, UNCHANGED, open_archive
    from studio.archive.adding import InputFailure, add_inputs
    from studio.archive.content import describe
    from studio.archive.workbook import ImportOutcome

    _translating()
    tally = {ADDED: 0, REPLACED: 0, UNCHANGED: 0, KEPT: 0, "failed": 0}

    def report(path: Path, outcome) -> None:
        name = plain(path.name)
        if isinstance(outcome, InputFailure):
            tally["failed"] += 1
            message = plain(" ".join(outcome.error.cli_message().split()))
            if path.name not in message:
                message = f"{name}: {message}"
            print(f"studio: {message}", file=sys.stderr, flush=True)
            return
        tally[outcome.status] += 1
        w = outcome.workshop
        fields = {"input": name, "title": plain(w.title), "city": plain(w.city) or "–",
                  "date": _when(w.date), "scenarios": w.scenarios, "ballots": w.ballots,
                  "notes": w.notes,
                  "previous": plain(outcome.previous.added_from if outcome.previous else
                                    w.added_from),
                  "when": _when(w.last_change)}
        if outcome.status == ADDED:
            text = _tr(QT_TRANSLATE_NOOP(
                "Archive", "{input}: added “{title}” ({city}, {date}): scenarios {scenarios}, "
                "ballots {ballots}, notes {notes}."))
        elif outcome.status == UNCHANGED and outcome.relabelled:
            text = _tr(QT_TRANSLATE_NOOP(
                "Archive", "{input}: “{title}” is already in the archive with the same content; "
                "its city or place was updated ({city})."))
        elif outcome.status == UNCHANGED:
            text = _tr(QT_TRANSLATE_NOOP(
                "Archive", "{input}: “{title}” is already in the archive with the same content; "
                "nothing changed."))
        elif outcome.status == REPLACED:
            text = _tr(QT_TRANSLATE_NOOP(
                "Archive", "{input}: replaced the archived copy of “{title}” (from {previous}) "
                "with this newer one: {changes}."))
            fields["changes"] = describe(list(outcome.changes))
        else:
            text = _tr(QT_TRANSLATE_NOOP(
                "Archive", "{input}: the archive holds a copy of “{title}” that is as new or newer "
                "(from {previous}, last change {when}); it was kept, nothing changed."))
        print(text.format(**fields), flush=True)

    def restored(path: Path, outcome: ImportOutcome) -> None:
        print(_tr(QT_TRANSLATE_NOOP(
            "Archive", "{input}: recommendations: {added} added, {updated} updated, {kept} "
            "already there.")).format(input=plain(path.name), added=outcome.added,
                                      updated=outcome.updated, kept=outcome.kept), flush=True)

    with open_archive(args.archive, create=True) as archive:
        add_inputs(archive, args.inputs, city=args.city, place=args.place, report=report,
                   restored=restored)
        shown = archive.shown
    print(_tr(QT_TRANSLATE_NOOP(
        "Archive", "{archive}: {added} added, {replaced} replaced, {unchanged} already there, "
        "{kept} kept (newer copy there), {failed} could not be added.")).format(
        archive=plain(shown), added=tally[ADDED], replaced=tally[REPLACED],
        unchanged=tally[UNCHANGED], kept=tally[KEPT], failed=tally["failed"]))
    return EXIT_USAGE if tally["failed"] else EXIT_OK


# -- list ------------------------------------------------------------------------------------
def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def run_list(args: argparse.Namespace) -> int:
    from studio.archive import open_archive

    _translating()
    with open_archive(args.archive) as archive:
        found = archive.workshops()
        shown = archive.shown
    if args.json:
        print(json.dumps({"archive": shown, "workshops": [w.as_json() for w in found]},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print(_tr(QT_TRANSLATE_NOOP(
            "Archive", "{archive} holds no workshops yet. Add some with studio archive add."))
            .format(archive=plain(shown)))
        return EXIT_OK
    header = [_tr(QT_TRANSLATE_NOOP("Archive", "ID")),
              _tr(QT_TRANSLATE_NOOP("Archive", "City/organiser")),
              _tr(QT_TRANSLATE_NOOP("Archive", "Date")),
              _tr(QT_TRANSLATE_NOOP("Archive", "Title")),
              _tr(QT_TRANSLATE_NOOP("Archive", "Scenarios")),
              _tr(QT_TRANSLATE_NOOP("Archive", "Activities")),
              _tr(QT_TRANSLATE_NOOP("Archive", "Ballots")),
              _tr(QT_TRANSLATE_NOOP("Archive", "Notes")),
              _tr(QT_TRANSLATE_NOOP("Archive", "Added from"))]
    rows = [[w.workshop_id[:8], _cut(plain(w.city), 28), _when(w.date), _cut(plain(w.title), 40),
             str(w.scenarios), str(w.activities), str(w.ballots), str(w.notes),
             _cut(plain(w.added_from), 30)] for w in found]
    numeric = {4, 5, 6, 7}
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.rjust(widths[i]) if i in numeric else c.ljust(widths[i])
                         for i, c in enumerate(cells)).rstrip()

    print(line(header))
    for r in rows:
        print(line(r))
    print(_tr(QT_TRANSLATE_NOOP(
        "Archive", "{archive}: workshops {n}, ballots {ballots}, notes {notes}.")).format(
        archive=plain(shown), n=len(found), ballots=sum(w.ballots for w in found),
        notes=sum(w.notes for w in found)))
    return EXIT_OK


# -- remove ----------------------------------------------------------------------------------
def run_remove(args: argparse.Namespace) -> int:
    from studio.archive import open_archive

    _translating()
    with open_archive(args.archive) as archive:
        gone = archive.remove(args.workshop_id)
        shown = archive.shown
    print(_tr(QT_TRANSLATE_NOOP(
        "Archive", "Removed “{title}” ({id}) from {archive}.")).format(
        title=plain(gone.title), id=gone.workshop_id, archive=plain(shown)))
    return EXIT_OK
