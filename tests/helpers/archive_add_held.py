"""Child process of tests/test_archive_kill.py: ``studio archive ...`` held inside a transaction.

Run as a plain script with the test's interpreter::

    python tests/helpers/archive_add_held.py N archive add ARCHIVE INPUT...

It runs the real command (``studio.cli.main``), except that the N-th workshop it
writes stops right after all of that workshop's rows are written and before the
transaction commits: it prints ``held`` and waits for its standard input to close
(the parent kills it with SIGKILL instead). So the kill hits a transaction that
has written everything but not committed, every time, with no timing involved.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The checkout under test, not an installed copy (the parent runs us from its root).
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.archive import archive as archive_module  # noqa: E402
from studio.cli import main  # noqa: E402

HOLD_AT = int(sys.argv[1])
_write_content = archive_module._write_content
_written = [0]


def _held(conn, key, rec, *more) -> None:
    _write_content(conn, key, rec, *more)
    _written[0] += 1
    if _written[0] == HOLD_AT:
        print("held", flush=True)
        sys.stdin.read()  # until killed


archive_module._write_content = _held
raise SystemExit(main(sys.argv[2:]))
