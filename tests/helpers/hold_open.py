"""Child process of the integrity tests: another app that has a workshop open.

Run as a plain script with the test's interpreter::

    python tests/helpers/hold_open.py PATH [--write]

Opens PATH through ``WorkshopStore.open`` (the app's own door: it takes the
lock file), optionally adds a note so that a WAL is beside the file, prints
``ready`` and waits until its standard input closes (or it is killed).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.core.notes import NoteService
from studio.store.database import WorkshopStore


def main() -> int:
    store = WorkshopStore.open(Path(sys.argv[1]))
    if "--write" in sys.argv[2:]:
        NoteService(store).add_note("Eine Notiz der anderen App", "idea")
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    sys.stdin.read()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
