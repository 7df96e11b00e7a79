"""The argument parsers of ``studio``: one for the subcommands, one for opening the app."""

from __future__ import annotations

import argparse
from pathlib import Path

from studio import __version__
from studio.cli import UsageError

DESCRIPTION = """\
Co-Design Studio: run in-person participation workshops about a city's AI pilots.

  studio                      open the app on its start screen
  studio PATH.workshop        open that workshop
  studio --lang en|de [PATH]  the app in English or German (default: German)
  studio PATH.workshop --phones [--bind ADDRESS] [--port N]
                              open it with the phone server running; prints "Join: URL"
  studio ARCHIVE              open an archive (.studioarchive or postgresql://…) for analysis
  studio COMMAND --help       help on a command
"""


class StudioParser(argparse.ArgumentParser):
    """argparse that reports errors as one line and lets :func:`studio.cli.main` choose the
    exit code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    """``studio COMMAND ...``: the subcommands of :mod:`studio.cli.subcommands`."""
    from studio.cli.subcommands import ADD_PARSERS

    parser = StudioParser(prog="studio", description=DESCRIPTION,
                          formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"Co-Design Studio {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=StudioParser)
    for add in ADD_PARSERS:
        add(sub)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    """``studio [PATH] [--lang de|en]``: open the app."""
    parser = StudioParser(prog="studio", description=DESCRIPTION,
                          formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", type=Path, help="a .workshop file to open")
    parser.add_argument("--lang", choices=("de", "en"), help="language of the app (default: German)")
    phones = parser.add_argument_group(
        "phones", "participants vote on their own phones over the room's network (no internet)")
    phones.add_argument("--phones", action="store_true",
                        help="start the phone server with the workshop and print 'Join: URL'")
    phones.add_argument("--bind", metavar="ADDRESS",
                        help="the laptop's address phones reach (default: its Wi-Fi or hotspot "
                             "address; 127.0.0.1: this laptop only)")
    phones.add_argument("--port", type=int, metavar="N",
                        help="the port to listen on (default 8765; 0: any free port)")
    parser.add_argument("--version", action="version", version=f"Co-Design Studio {__version__}")
    return parser
