"""Simulated phones for bench/bench_phones.py (not a benchmark itself).

    python bench/phone_clients.py URL PHONES ROUNDS

Each phone joins, then follows the state like the page does (long poll) and answers
every activity that opens, as fast as the server confirms. Prints one line per answer
(``ok SECONDS`` or ``error STATUS``), ``span SECONDS`` from the first submit to the last
confirmation, and ``done`` at the end. 127.0.0.1 only.
"""

from __future__ import annotations

import asyncio
import secrets
import sys
import time

import aiohttp

HEADERS = {"X-Studio-Phone": "1"}
SPAN = [float("inf"), 0.0]  # first submit, last confirmation


def answer_for(activity: dict) -> dict:
    """A valid answer of the activity's kind (the page's shapes, docs/phones.md)."""
    kind, options = activity["kind"], [o["id"] for o in activity["options"]]
    settings = activity["settings"]
    pick = secrets.randbelow(max(1, len(options)))
    if kind == "single_choice":
        return {"option": options[pick]}
    if kind == "multiple_choice":
        return {"options": options[:max(1, min(2, settings.get("max_choices") or 2))]}
    if kind == "scale":
        return {"value": settings.get("min", 1) + secrets.randbelow(
            settings.get("max", 5) - settings.get("min", 1) + 1)}
    if kind == "points":
        return {"points": {options[pick]: settings.get("budget", 10)}}
    if kind == "ranking":
        return {"order": options[pick:] + options[:pick]}
    if kind == "matrix":
        return {"x": secrets.randbelow(101) / 100, "y": secrets.randbelow(101) / 100}
    if kind == "statements":
        return {"votes": {o: ("agree", "disagree", "pass")[secrets.randbelow(3)]
                          for o in options}}
    raise ValueError(kind)


async def phone(session: aiohttp.ClientSession, url: str, rounds: int, out: list) -> None:
    device = secrets.token_hex(16)
    async with session.post(f"{url}/api/join", json={"device": device}, headers=HEADERS) as r:
        await r.read()
    answered: set[str] = set()
    version = 0
    while len(answered) < rounds:
        async with session.get(f"{url}/api/state",
                               params={"device": device, "since": str(version)}) as r:
            state = await r.json()
        version = state["version"]
        act = state["activity"]
        if not act or act["state"] != "open" or act["id"] in answered or act["answered"]:
            continue
        body = {"device": device, "request": secrets.token_hex(8), "activity": act["id"],
                "group": None, "answer": answer_for(act)}
        t0 = time.perf_counter()
        async with session.post(f"{url}/api/ballot", json=body, headers=HEADERS) as r:
            await r.read()
            status = r.status
        t1 = time.perf_counter()
        out.append((status, t1 - t0))
        SPAN[0] = min(SPAN[0], t0)
        SPAN[1] = max(SPAN[1], t1)
        answered.add(act["id"])


async def main(url: str, phones: int, rounds: int) -> None:
    out: list = []
    connector = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=None, sock_read=60)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await asyncio.gather(*(phone(session, url, rounds, out) for _ in range(phones)))
    for status, seconds in out:
        print(f"ok {seconds:.6f}" if status == 200 else f"error {status}")
    print(f"span {SPAN[1] - SPAN[0]:.6f}")
    print("done", flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
