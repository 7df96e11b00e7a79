"""Child process of tests/test_phone_kill.py: the phone server on a workshop file until killed.

Run as a plain script with the test's interpreter::

    python tests/helpers/phone_server_until_killed.py PATH

Opens the workshop through ``WorkshopStore.open`` (the app's own door), starts the
phone channel and its server on 127.0.0.1 (a free port), prints ``ready URL`` and
then serves until the parent kills it with SIGKILL.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.core.phone_channel import PhoneChannel  # noqa: E402
from studio.core.session_state import SessionModel  # noqa: E402
from studio.phones.limits import Limits  # noqa: E402
from studio.phones.server import PhoneServer  # noqa: E402
from studio.store.database import WorkshopStore  # noqa: E402


def main() -> int:
    store = WorkshopStore.open(Path(sys.argv[1]))
    session = SessionModel(store)
    channel = PhoneChannel(store, session)
    # Many simulated phones share one address here: the per-address limit is raised.
    server = PhoneServer(channel, "127.0.0.1", 0,
                         limits=Limits(address_rate=100_000, address_burst=100_000))
    print("ready", server.start(), flush=True)
    threading.Event().wait()  # until killed
    return 0


if __name__ == "__main__":
    sys.exit(main())
