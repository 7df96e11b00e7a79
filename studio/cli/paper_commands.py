"""``studio paper`` and ``studio feedback``: the outputs of an archive for people.

``studio paper ARCHIVE --output paper.docx [--handbook handbook.docx] [--lang de|en]``
writes the strategy paper draft (and the staff handbook draft) as Word documents;
``studio feedback ARCHIVE WORKSHOP_ID --output feedback.pdf [--more-info TEXT]``
writes the page for a workshop's participants, in the workshop's language. The
work is done by :mod:`studio.archive.paper` and :mod:`studio.archive.feedback`;
outputs are atomic, an existing one is replaced only with ``--force``, the
archive is only read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.cli import EXIT_OK
from studio.cli.archive_commands import ARCHIVE_HELP, plain


def add_paper_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "paper", help="write the strategy paper draft (and the staff handbook) from an archive",
        description="A Word document staff go on editing: per pilot the results with charts, "
        "common ground and dividing lines, the recommendations with their evidence, and an "
        "appendix of evidence ids that resolve in the merged workbook (studio merge ARCHIVE). "
        "Real Word styles (headings, captions, a table of contents), so a template can be "
        "applied.")
    p.add_argument("archive", metavar="ARCHIVE", help=ARCHIVE_HELP)
    p.add_argument("--output", "-o", required=True, type=Path, help="PAPER.docx")
    p.add_argument("--handbook", type=Path, metavar="HANDBOOK.docx",
                   help="also write the staff handbook draft (the recommendations for staff)")
    p.add_argument("--lang", choices=("de", "en"), default="de",
                   help="language of the documents (default: German)")
    p.add_argument("--force", action="store_true", help="replace existing outputs")
    p.set_defaults(func=run_paper)


def run_paper(args: argparse.Namespace) -> int:
    from studio.archive import open_archive
    from studio.archive.paper import write_paper
    from studio.cli.subcommands import _suffix

    _suffix(args.output, ".docx", "paper")
    if args.handbook is not None:
        _suffix(args.handbook, ".docx", "paper")
    with open_archive(args.archive) as archive:
        summary = write_paper(archive, args.output, handbook=args.handbook, language=args.lang,
                              force=args.force)
    print(args.output)
    if args.handbook is not None:
        print(args.handbook)
    print(f"pilots: {summary.pilots}; recommendations in the paper: {summary.recommendations}"
          f" (evidence {summary.evidence}); in the handbook: {summary.handbook_recommendations}",
          file=sys.stderr)
    return EXIT_OK


def add_feedback_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "feedback", help="write the feedback page for a workshop's participants (PDF)",
        description="\"What you told us, and what became of it\": what was heard at the "
        "workshop, the decisions on the recommendations that cite it, and where to read more; "
        "in the workshop's language, to print.")
    p.add_argument("archive", metavar="ARCHIVE", help=ARCHIVE_HELP)
    p.add_argument("workshop_id", metavar="WORKSHOP_ID",
                   help="the workshop's id as 'studio archive list' shows it (or its start)")
    p.add_argument("--output", "-o", required=True, type=Path, help="FEEDBACK.pdf")
    p.add_argument("--more-info", default="", metavar="TEXT",
                   help="where to read more (a web address, an office); default: the organiser")
    p.add_argument("--force", action="store_true", help="replace an existing output")
    p.set_defaults(func=run_feedback)


def run_feedback(args: argparse.Namespace) -> int:
    from studio.archive import open_archive
    from studio.archive.feedback import write_feedback
    from studio.cli.subcommands import _suffix

    _suffix(args.output, ".pdf", "feedback")
    with open_archive(args.archive) as archive:
        found = write_feedback(archive, args.workshop_id, args.output,
                               more_info=args.more_info, force=args.force)
    print(args.output)
    print(f"“{plain(found.title)}”: decisions shown: {len(found.decisions)}", file=sys.stderr)
    return EXIT_OK
