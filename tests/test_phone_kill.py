"""Durability of the phone channel: every answer a phone saw confirmed survives the app
being killed while phones vote, and the file stays intact.

A child process (tests/helpers/phone_server_until_killed.py) opens a real workshop file
and runs the phone server on 127.0.0.1. Simulated phones (threads here) join and send
ballots (in some rounds notes) as fast as the server confirms; the parent kills the child
with SIGKILL at a seeded random moment. Then the file is opened again through the app's
door and checked with plain sqlite3: each confirmed ballot (its id follows from the
activity and the device) and each confirmed note is there, ballots are whole, and
``PRAGMA integrity_check`` says ok.
"""

from __future__ import annotations

import json
import os
import random
import secrets
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from studio.core.facilitation import FacilitationService
from studio.core.notes import NoteService
from studio.core.phone_channel import ballot_id_for, note_id_for
from studio.core.workshops import WorkshopService
from studio.store.database import WorkshopStore

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]

ROOT = Path(__file__).resolve().parents[1]
CHILD = ROOT / "tests" / "helpers" / "phone_server_until_killed.py"
ROUNDS = 20
PHONES = 6
SEED = 20261130


def _make_workshop(path: Path) -> dict[str, str]:
    store = WorkshopStore.create(path)
    try:
        workshops = WorkshopService(store)
        workshops.create_workshop("Handy-Test")
        sc = workshops.add_scenario({"id": "kill", "title": {"de": "Test"}})
        scale = workshops.add_activity(sc.id, "scale", "Wie nützlich?", settings={
            "min": 1, "max": 5, "min_label": "gar nicht", "max_label": "sehr"})
        notes = workshops.add_activity(sc.id, "notes", "Hinweise")
        fac = FacilitationService(store)
        fac.open_voting(scale.id)
        fac.open_voting(notes.id)
        category = NoteService(store).activity_categories(notes.id)[0]["key"]
        return {"scenario": sc.id, "scale": scale.id, "notes": notes.id, "category": category}
    finally:
        store.close()


def _set_current(path: Path, scenario_id: str, activity_id: str) -> None:
    store = WorkshopStore.open(path)
    try:
        FacilitationService(store).set_current(scenario_id, activity_id)
    finally:
        store.close()


def _post(url: str, payload: dict) -> int:
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST", headers={
        "Content-Type": "application/json", "X-Studio-Phone": "1"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:  # 127.0.0.1 only
            resp.read()
            return resp.status
    except urllib.error.HTTPError as err:
        return err.code


def _phone(url: str, plan: dict, notes: bool, confirmed: list, stop: threading.Event) -> None:
    """One simulated phone after another: join, answer, remember what was confirmed."""
    while not stop.is_set():
        device = secrets.token_hex(16)
        try:
            if _post(f"{url}/api/join", {"device": device}) != 200:
                continue
            request = secrets.token_hex(8)
            if notes:
                status = _post(f"{url}/api/note", {
                    "device": device, "request": request, "activity": plan["notes"],
                    "category": plan["category"], "text": f"Hinweis {request}"})
                if status == 200:
                    confirmed.append(("note", note_id_for(device, request)))
            else:
                status = _post(f"{url}/api/ballot", {
                    "device": device, "request": request, "activity": plan["scale"],
                    "answer": {"value": 1 + int(request, 16) % 5}})
                if status == 200:
                    confirmed.append(("ballot", ballot_id_for(plan["scale"], device)))
        except (OSError, urllib.error.URLError):
            return  # the server is gone (killed)


def _round(path: Path, plan: dict, rng: random.Random, index: int) -> list:
    notes = index % 3 == 2
    _set_current(path, plan["scenario"], plan["notes"] if notes else plan["scale"])
    proc = subprocess.Popen([sys.executable, str(CHILD), str(path)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    confirmed: list = []
    stop = threading.Event()
    try:
        line = proc.stdout.readline()
        assert line.startswith("ready "), proc.stderr.read()[-2000:] if proc.poll() else line
        url = line.split()[1]
        phones = [threading.Thread(target=_phone, args=(url, plan, notes, confirmed, stop),
                                   daemon=True) for _ in range(PHONES)]
        for phone in phones:
            phone.start()
        # The random kill moment is the point of this test, not a wait for a condition.
        time.sleep(rng.uniform(0.2, 0.9))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        stop.set()
        for phone in phones:
            phone.join(timeout=15)
    finally:
        stop.set()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return list(confirmed)


def test_answers_confirmed_to_phones_survive_a_kill(tmp_path):
    path = tmp_path / "phones.workshop"
    plan = _make_workshop(path)
    rng = random.Random(SEED)
    confirmed_total = 0
    for index in range(ROUNDS):
        confirmed = _round(path, plan, rng, index)
        confirmed_total += len(confirmed)
        WorkshopStore.open(path).close()  # the app's door: checks pass, the WAL is recovered
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            ballots = {r[0] for r in conn.execute(
                "SELECT id FROM ballot WHERE withdrawn_at IS NULL AND source = 'phone'")}
            notes = {r[0] for r in conn.execute("SELECT id FROM note WHERE source = 'phone'")}
            whole = dict(conn.execute("SELECT ballot_id, count(*) FROM response "
                                      "WHERE ballot_id IS NOT NULL GROUP BY ballot_id"))
        finally:
            conn.close()
        for kind, saved in confirmed:
            assert saved in (ballots if kind == "ballot" else notes), (index, kind, saved)
        assert all(whole.get(b) == 1 for b in ballots), "a ballot without its response"
    assert confirmed_total > 5 * ROUNDS, confirmed_total  # phones really voted meanwhile
