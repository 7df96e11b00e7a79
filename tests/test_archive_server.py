"""Several people on one archive at once, and a server that restarts in the middle of an add.

Four ``studio archive add`` processes start together on one archive, each with ten
workshops, their sets overlapping (two of them add the same ten in the same order,
so that the same workshop is added at the same moment): every workshop ends up in
the archive exactly once, reported as added by exactly one process, and no process
fails. On the PostgreSQL server this runs through the unique key on the workshop id
(the loser of a race finds the workshop there); on a file through SQLite's write
lock. A server restart in the middle of an add is one clear line and exit 2; the
same command again completes the archive.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from archive_support import new_target, server_url, small_workshops
from cli_support import run

from studio.archive import archive as archive_module
from studio.archive import open_archive
from studio.archive.content import fingerprint

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("kind", ["server", "file"])
def test_four_processes_adding_at_once_leave_each_workshop_once(kind, tmp_path, request):
    workshops = small_workshops(tmp_path / "in", range(1, 21), ballots=4, notes=2)
    target = new_target(kind, tmp_path, request)  # not created yet: the first adds make it
    sets = [workshops[0:10], workshops[0:10], workshops[5:15], workshops[10:20][::-1]]
    procs = [subprocess.Popen([sys.executable, "-m", "studio", "archive", "add", target,
                               *map(str, paths)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, encoding="utf-8")
             for paths in sets]
    results = [(p.wait(timeout=240), p.stdout.read(), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    for code, out, err in results:
        assert code == 0 and err == "", err
        assert out.count("\n") == 11  # ten workshops and the summary
    added = Counter(m.group(1) for _code, out, _err in results
                    for m in re.finditer(r"^(w\d\d\.workshop): added", out, re.MULTILINE))
    assert sorted(added) == [p.name for p in workshops] and set(added.values()) == {1}
    already = sum(out.count("already in the archive with the same content") for _c, out, _e
                  in results)
    assert already == 40 - 20

    with open_archive(target) as archive:
        listed = archive.workshops()
        rows = archive.count_rows()
        assert len(listed) == 20 == len({w.workshop_id for w in listed})
        for w in listed:
            assert fingerprint(archive.records(w.workshop_id)) == w.fingerprint
    assert rows["workshop"] == 20 and rows["notes"] == 40
    assert rows["responses"] == sum(w.responses for w in listed) == 80


def test_a_server_restart_during_an_add_is_one_line_and_a_retry_completes_it(
        pg_server, tmp_path, capsys, monkeypatch):
    w1, w2, w3 = small_workshops(tmp_path / "in", [41, 42, 43])
    url = server_url(pg_server)
    write = archive_module._write_content
    calls = []

    def restart_in_the_second(conn, key, rec, *more):
        calls.append(rec.id)
        if len(calls) == 2:  # inside the second workshop's transaction
            pg_server.restart()
        write(conn, key, rec, *more)

    monkeypatch.setattr(archive_module, "_write_content", restart_in_the_second)
    code, out, err = run(capsys, "archive", "add", url, w1, w2, w3)
    assert code == 2
    assert out.startswith("w41.workshop: added") and "w42" not in out and "w43" not in out
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("studio: The archive postgresql://studio@/") and \
        "could not be reached" in err and "run the command again when the server is back" in err

    monkeypatch.setattr(archive_module, "_write_content", write)
    code, out, err = run(capsys, "archive", "add", url, w1, w2, w3)
    assert code == 0 and err == ""
    assert "1 already there" in out and "2 added" in out
    with open_archive(url) as archive:
        listed = archive.workshops()
        assert sorted(w.added_from for w in listed) == ["w41.workshop", "w42.workshop",
                                                        "w43.workshop"]
        for w in listed:
            assert fingerprint(archive.records(w.workshop_id)) == w.fingerprint


def test_the_same_workshop_added_at_the_same_moment_ends_as_already_there(pg_server, tmp_path,
                                                                          monkeypatch):
    """Two adds of one workshop overlap on the server: the second waits on the unique key,
    then finds the first's copy (already there), with no duplicate and no error."""
    import threading
    import time

    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    from studio.exchange.merge import read_input

    (w,) = small_workshops(tmp_path / "in", [51])
    url = server_url(pg_server)
    open_archive(url, create=True).close()
    write = archive_module._write_content
    inside, release = threading.Event(), threading.Event()

    def held_once(conn, key, rec, *more):
        write(conn, key, rec, *more)
        if not inside.is_set():
            inside.set()
            assert release.wait(60)

    monkeypatch.setattr(archive_module, "_write_content", held_once)
    outcomes: dict[str, object] = {}

    def add(name: str) -> None:
        with open_archive(url) as archive:
            try:
                outcomes[name] = archive.add(read_input(w)[0], w.name).status
            except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                outcomes[name] = exc

    first = threading.Thread(target=add, args=("first",))
    first.start()
    assert inside.wait(60)  # the first add has written its rows, not committed
    second = threading.Thread(target=add, args=("second",))
    second.start()
    watcher = create_engine(url.replace("postgresql://", "postgresql+psycopg://"),
                            poolclass=NullPool)
    try:  # wait until the second add waits for the first one's lock on the workshop's key
        deadline = time.monotonic() + 60
        waiting = 0
        while not waiting and time.monotonic() < deadline:
            with watcher.connect() as conn:
                waiting = conn.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND datname = current_database()")).scalar()
    finally:
        watcher.dispose()
        release.set()
        first.join(60)
        second.join(60)
    assert waiting == 1
    assert outcomes == {"first": "added", "second": "unchanged"}
    with open_archive(url) as archive:
        assert len(archive.workshops()) == 1 and archive.count_rows()["workshop"] == 1
