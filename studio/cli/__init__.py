"""The command line: ``studio [PATH.workshop]`` opens the app; subcommands script it.

A stable contract for strategy staff: exit 0 on success, 2 on bad usage or bad
input with exactly one line on stderr saying what is wrong and what to do,
never a traceback. Outputs are written atomically and never overwrite an
existing file without ``--force``; inputs are never modified.

Kept light: nothing heavy is imported before a command needs it, so the GUI
starts fast. The parsers live in :mod:`studio.cli.parser`, the subcommands in
:mod:`studio.cli.subcommands` (which call plain functions of the core and the
exchange).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from studio import __version__

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
COMMANDS = ("demo", "export", "import", "merge", "report", "archive", "paper", "feedback")


class UsageError(Exception):
    """Bad usage: reported as one line, exit 2."""


def _install_cli_translator() -> None:
    """Use German messages when the user's locale is German (the .qm files of the app)."""
    lang = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG", "")
    if not lang.lower().startswith("de"):
        return
    from studio.base.i18n import set_translator
    from studio.ui.i18n import load_translators

    translators = load_translators("de")
    if not translators:
        return

    def translate(context: str, text: str) -> str:
        for t in translators:
            found = t.translate(context, text)
            if found:
                return found
        return text

    set_translator(translate)


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(" ".join(message.split()), file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        if argv and argv[0] in ("--version",):
            print(f"Co-Design Studio {__version__}")
            return EXIT_OK
        return _gui(argv)
    from studio.base.errors import StudioError
    from studio.cli.parser import build_parser
    from studio.store.tempfiles import sweep_temp_folder

    sweep_temp_folder()  # copies of workshops a killed command left in the temporary folder
    try:
        args = build_parser().parse_args(argv)
        return int(args.func(args) or EXIT_OK)
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0)
    except UsageError as exc:
        return _fail(str(exc))
    except StudioError as exc:
        _install_cli_translator()
        return _fail(f"studio: {exc.cli_message()}")
    except KeyboardInterrupt:
        return _fail("studio: interrupted", 130)
    except Exception as exc:  # noqa: BLE001 - never a traceback on the console: it goes to a file
        log = _write_crash_log()
        return _fail(f"studio: unexpected error: {exc!r}. Details: {log}", EXIT_FAILURE)


def _write_crash_log() -> str:
    import tempfile
    import traceback

    fd, name = tempfile.mkstemp(prefix="studio-error-", suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        traceback.print_exc(file=fh)
    return name


def _simple_gui_args(argv: list[str]) -> tuple[Path | None, str | None] | None:
    """The common GUI command lines (``[PATH] [--lang de|en]``) without argparse, else None."""
    path, lang, rest = None, None, list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--lang" and rest and rest[0] in ("de", "en"):
            lang = rest.pop(0)
        elif arg in ("--lang=de", "--lang=en"):
            lang = arg.split("=", 1)[1]
        elif not arg.startswith("-") and path is None:
            path = Path(arg)
        else:
            return None
    return path, lang


def _gui(argv: list[str]) -> int:
    server = next((a for a in argv if a.startswith(("postgresql://", "postgres://"))), None)
    if server is not None:  # an archive on a server (a URL is no path: keep it as typed)
        rest = _simple_gui_args([a for a in argv if a != server])
        if rest is None or rest[0] is not None:
            return _fail("studio: give the archive's address alone, with --lang at most:"
                         " studio postgresql://USER@HOST/DATABASE.")
        return _open_archive_gui(server, rest[1])
    simple = _simple_gui_args(argv)
    if simple is None:
        from studio.cli.parser import build_gui_parser

        try:
            args = build_gui_parser().parse_args(argv)
        except SystemExit as exc:
            return int(exc.code or 0)
        except UsageError as exc:
            return _fail(str(exc))
        simple = (args.path, args.lang)
        if args.phones or args.bind is not None or args.port is not None:
            phones = _phone_options(args)
            if isinstance(phones, int):
                return phones
            return _open_gui(args.path, args.lang, phones)
    path, lang = simple
    # By its name (importing the archive package would cost the start-up SQLAlchemy).
    if path is not None and str(path).lower().endswith(".studioarchive"):
        return _open_archive_gui(str(path), lang)
    return _open_gui(path, lang, None)


def _open_archive_gui(target: str, lang: str | None) -> int:
    """``studio ARCHIVE``: the app with the archive's analysis window."""
    if "://" not in target:
        path = Path(target)
        if not path.exists():
            return _fail(f"studio: {path} does not exist. Create an archive with 'studio archive"
                         " add ARCHIVE INPUT...', or check the name.")
        if path.is_dir():
            return _fail(f"studio: {path} is a folder, not an archive. Name a .studioarchive"
                         " file.")
    from studio.ui.app import run

    return run(language=lang, archive=target)


def _phone_options(args) -> tuple[str, int] | int:
    """``(address, port)`` for ``--phones``, or the exit code of a bad command line."""
    import ipaddress

    if not args.phones:
        return _fail("studio: --bind and --port go with --phones.")
    if args.path is None:
        return _fail("studio: --phones needs a workshop: studio PATH.workshop --phones.")
    if args.port is not None and not 0 <= args.port <= 65535:
        return _fail(f"studio: --port {args.port} is no port: give 1 to 65535, or 0 for any"
                     " free port.")
    address = args.bind
    if address is not None:
        try:
            ipaddress.ip_address(address)
        except ValueError:
            return _fail(f"studio: --bind {address} is no IP address of this laptop: give one"
                         " such as 192.168.1.10, or 127.0.0.1 for this laptop only.")
    else:
        from studio.phones.network import default_address

        address = default_address()
        if address is None:
            return _fail("studio: this laptop is on no network phones could reach. Turn on its"
                         " hotspot or join the room's Wi-Fi, or give --bind 127.0.0.1 to try"
                         " it on this laptop only.")
    return address, 8765 if args.port is None else args.port


def _open_gui(path: Path | None, lang: str | None, phones: tuple[str, int] | None) -> int:
    if path is not None and not path.exists():
        return _fail(f"studio: {path} does not exist. Check the name, or run 'studio' to choose a"
                     " workshop.")
    if path is not None and path.is_dir():
        return _fail(f"studio: {path} is a folder, not a workshop. Name a .workshop file, or run"
                     " 'studio' to choose one.")
    from studio.store.tempfiles import sweep_temp_folder
    from studio.ui.app import run

    sweep_temp_folder()  # copies of workshops a killed app left in the temporary folder
    return run(path=path, language=lang, phones=phones)


def gui_main() -> int:
    """Entry point of the windowed executable (no console, stdout may be None)."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w"))  # noqa: SIM115 - lives as long as the app
    return main()
