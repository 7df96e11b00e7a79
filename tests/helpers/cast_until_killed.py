"""Child process of tests/test_kill.py: cast ballots (and add notes) until killed.

Run as a plain script with the test's interpreter::

    python tests/helpers/cast_until_killed.py PATH ACTIVITY_ID [--notes] [--seed N]

It opens the workshop through ``WorkshopStore.open`` (the app's own door, with
its checks), prints ``ready``, then loops forever: every ``cast_ballot`` (and,
with ``--notes``, every other step an ``add_note``) that *returned* is printed
as ``B <id>`` or ``N <id>`` and flushed at once. A printed id is therefore a
confirmed, committed one: the parent kills this process with SIGKILL at a
random moment and then checks that every printed id is in the file.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

# The checkout under test, not an installed copy (the parent runs us from its root).
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.core.ballots import BallotService  # noqa: E402
from studio.core.notes import NoteService  # noqa: E402
from studio.store.database import WorkshopStore  # noqa: E402

GROUPS = [None, "residents", "staff", "science", "business", "civil_society"]
CATEGORIES = ["hope", "concern", "idea", "question", "condition"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("activity_id")
    parser.add_argument("--notes", action="store_true", help="add a note every other step")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    store = WorkshopStore.open(args.path)
    ballots, notes = BallotService(store), NoteService(store)
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    step = 0
    while True:
        step += 1
        if args.notes and step % 2 == 0:
            note = notes.add_note(
                f"Notiz {args.seed}/{step}: Datenschutz zuerst 🔒",
                rng.choice(CATEGORIES),
                source="screen",
            )
            out.write(f"N {note.id}\n")
        else:
            ballot_id = ballots.cast_ballot(
                args.activity_id, {"value": rng.randint(1, 5)}, rng.choice(GROUPS)
            )
            out.write(f"B {ballot_id}\n")
        out.flush()


if __name__ == "__main__":
    raise SystemExit(main())
