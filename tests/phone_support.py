"""Helpers for the phone tests: a workshop with every kind, a running server, a client.

All traffic goes to 127.0.0.1.
"""

from __future__ import annotations

import json
import secrets
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from studio.core.facilitation import FacilitationService
from studio.core.phone_channel import PhoneChannel
from studio.core.session_state import SessionModel
from studio.core.workshops import WorkshopService
from studio.phones.limits import Limits
from studio.phones.server import PhoneServer


def plan_every_kind(store: Any) -> dict[str, Any]:
    """A scenario with one activity of every kind; returns their ids and option ids."""
    workshops = WorkshopService(store)
    sc = workshops.add_scenario({"id": "chatbot", "title": {"de": "Chatbot", "en": "Chatbot"},
                                 "summary": {"de": "Ein Chatbot beantwortet Fragen.",
                                             "en": "A chatbot answers questions."}})
    acts = {
        "single_choice": workshops.add_activity(sc.id, "single_choice", "Weiter so?",
                                                ["Ja", "Nein", "Weiß nicht"]),
        "multiple_choice": workshops.add_activity(sc.id, "multiple_choice", "Was ist wichtig?",
                                                  ["Transparenz", "Datenschutz", "Tempo"],
                                                  {"max_choices": 2}),
        "scale": workshops.add_activity(sc.id, "scale", "Wie nützlich?", None,
                                        {"min": 1, "max": 5, "min_label": "gar nicht",
                                         "max_label": "sehr"}),
        "points": workshops.add_activity(sc.id, "points", "Wohin die Punkte?",
                                         ["Schulung", "Prüfung", "Werbung"], {"budget": 10}),
        "ranking": workshops.add_activity(sc.id, "ranking", "Was zuerst?",
                                          ["A", "B", "C"]),
        "matrix": workshops.add_activity(sc.id, "matrix", "Nutzen und Risiko", None,
                                         {"x_label": "Nutzen", "y_label": "Risiko"}),
        "statements": workshops.add_activity(sc.id, "statements", "Stimmen Sie zu?",
                                             ["Menschen entscheiden", "Daten bleiben hier"]),
        "notes": workshops.add_activity(sc.id, "notes", "Ihre Hinweise", None),
    }
    return {"scenario": sc.id,
            "activities": {k: a.id for k, a in acts.items()},
            "options": {k: [o.id for o in a.options] for k, a in acts.items()}}


def open_activity(store: Any, scenario_id: str, activity_id: str) -> None:
    """What the console does: go to the activity, show it, open voting."""
    fac = FacilitationService(store)
    fac.set_current(scenario_id, activity_id)
    fac.set_screen_mode("activity")
    fac.open_voting(activity_id)


@dataclass
class Running:
    store: Any
    session: SessionModel
    channel: PhoneChannel
    server: PhoneServer

    def stop(self) -> None:
        self.server.stop()
        self.channel.close()
        self.session.close()


def start_server(store: Any, limits: Limits | None = None) -> Running:
    session = SessionModel(store)
    channel = PhoneChannel(store, session)
    server = PhoneServer(channel, "127.0.0.1", 0, limits=limits)
    server.start()
    return Running(store, session, channel, server)


@dataclass
class Phone:
    """A simulated phone: its own device id, speaking the page's protocol."""

    server: PhoneServer
    device: str = field(default_factory=lambda: secrets.token_hex(16))
    origin: str | None = None

    def _url(self, path: str) -> str:
        return f"{self.server.url}/api/{path}"

    def request(self, method: str, url: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, Any, dict[str, str]]:
        req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:  # 127.0.0.1 only
                raw, status, head = resp.read(), resp.status, dict(resp.headers)
        except urllib.error.HTTPError as err:
            raw, status, head = err.read(), err.code, dict(err.headers)
        try:
            return status, json.loads(raw), head
        except ValueError:
            return status, raw.decode("utf-8", "replace"), head

    def post(self, path: str, payload: Any, *, header: bool = True,
             extra: dict[str, str] | None = None) -> tuple[int, Any]:
        headers = {"Content-Type": "application/json"}
        if header:
            headers["X-Studio-Phone"] = "1"
        if self.origin:
            headers["Origin"] = self.origin
        headers.update(extra or {})
        status, body, _ = self.request("POST", self._url(path),
                                       json.dumps(payload).encode(), headers)
        return status, body

    def join(self) -> tuple[int, Any]:
        return self.post("join", {"device": self.device})

    def state(self, since: int = 0) -> dict[str, Any]:
        status, body, _ = self.request("GET", self._url(f"state?device={self.device}"
                                                        f"&since={since}"))
        assert status == 200, body
        return body

    def ballot(self, activity: str, answer: Any, group: str | None = None,
               request: str | None = None) -> tuple[int, Any]:
        return self.post("ballot", {"device": self.device,
                                    "request": request or secrets.token_hex(8),
                                    "activity": activity, "group": group, "answer": answer})

    def note(self, activity: str, category: str, text: str,
             request: str | None = None) -> tuple[int, Any]:
        return self.post("note", {"device": self.device,
                                  "request": request or secrets.token_hex(8),
                                  "activity": activity, "group": None,
                                  "category": category, "text": text})

    def dots(self, dots: list[list[str]], request: str | None = None) -> tuple[int, Any]:
        return self.post("dots", {"device": self.device,
                                  "request": request or secrets.token_hex(8), "dots": dots})
