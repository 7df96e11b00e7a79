"""The phone server: aiohttp in a thread of its own, a thin HTTP skin over PhoneChannel.

Everything a phone may do is decided by :class:`studio.core.phone_channel.PhoneChannel`;
this module adds the network's own rules (docs/phones.md): the join token, Host and
Origin checks, the X-Studio-Phone header on posts, body and rate limits, security
headers, and no access log (no addresses anywhere on disk).

The console and the GUI never wait for it: it runs its own asyncio loop in a daemon
thread, and answers leave it through the channel's writer thread.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import secrets
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from studio.base.errors import NotFoundError, StateError, StudioError, ValidationError, WriteError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.phone_channel import DEVICE_RE, PhoneChannel, PhoneRefused
from studio.phones.limits import Limits, RateLimiter
from studio.phones.page import render_neutral, render_page

log = logging.getLogger(__name__)

# Long polls wait at most this long for a change before answering the same state.
POLL_SECONDS = 20.0
# Changes that come together (the facilitator closes one question and opens the next)
# wake the waiting phones once, this long after the first of them: each wake costs a
# request from every phone in the room.
WAKE_SECONDS = 0.02
_STATUS = {"answered": 409, "closed": 409, "locked": 403, "not_joined": 403,
           "bad_request": 400, "forbidden": 403}


_frozen = [0]  # running servers that asked the collector to leave the old objects out
_thresholds: list[int] = []  # the collector's thresholds before the first of them
# A young-generation pass once this many more objects live (Python's default: 700), so
# that the full passes (each about 40 ms here) come about 15 times less often.
YOUNG_OBJECTS = 10_000


def _freeze_old_objects() -> None:
    """Leave the objects alive now (Qt, the workshop, the modules: they live as long as
    the app) out of the cyclic collector's full passes. Without this a full pass while
    the room votes walks them all and holds every thread for about a tenth of a second;
    with it a pass walks only what was made since. Undone when the last server stops."""
    _frozen[0] += 1
    gc.freeze()
    if _frozen[0] == 1:
        _thresholds[:] = gc.get_threshold()
        gc.set_threshold(YOUNG_OBJECTS, *_thresholds[1:])


def _unfreeze_old_objects() -> None:
    _frozen[0] = max(0, _frozen[0] - 1)
    if not _frozen[0]:
        gc.unfreeze()
        if _thresholds:
            gc.set_threshold(*_thresholds)


class PhoneServerError(StudioError):
    """The server could not start (address in use, not this machine's address …)."""


def room_code() -> str:
    """Six digits to type on the neutral page (rate-limited guesses)."""
    return f"{secrets.randbelow(1_000_000):06d}"


class PhoneServer:
    """The HTTP server of the phone channel on ``host:port`` (0: a free port)."""

    def __init__(self, channel: PhoneChannel, host: str = "127.0.0.1", port: int = 0,
                 *, limits: Limits | None = None) -> None:
        self.channel = channel
        self.host = host
        self.port = port
        self.limits = limits or Limits()
        self.token = secrets.token_urlsafe(16)  # 128 random bits
        self.code = room_code()
        self._devices = RateLimiter(self.limits.device_rate, self.limits.device_burst)
        self._addresses = RateLimiter(self.limits.address_rate, self.limits.address_burst)
        self._codes = RateLimiter(self.limits.code_per_minute / 60.0, self.limits.code_per_minute)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._changed: asyncio.Event | None = None
        self._wake_due = False
        self._froze = False
        self._remove_listener: Callable[[], None] | None = None
        self._stop: asyncio.Event | None = None
        self._closing = False
        self._allowed_hosts: frozenset[str] = frozenset()
        self._allowed_origins: frozenset[str] = frozenset()

    # -- addresses --------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def url(self) -> str:
        """The join URL (QR code): the only way in besides the room code."""
        return f"{self.base_url}/j/{self.token}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self._ready.is_set()

    def _hosts(self) -> set[str]:
        host = f"[{self.host}]" if ":" in self.host else self.host
        hosts = {f"{host}:{self.port}"}
        if self.host in ("127.0.0.1", "::1", "localhost"):
            hosts |= {f"127.0.0.1:{self.port}", f"localhost:{self.port}", f"[::1]:{self.port}"}
        return hosts

    # -- life -------------------------------------------------------------------------------
    def start(self, timeout: float = 15.0) -> str:
        """Start listening; returns the join URL once it does. Raises PhoneServerError."""
        if self._thread is not None:
            return self.url
        self._thread = threading.Thread(target=self._run, name="phone-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout) or self._error is not None:
            self._thread.join(timeout=5)
            self._thread = None
            err = self._error
            if isinstance(err, StudioError):
                raise err
            raise PhoneServerError(QT_TRANSLATE_NOOP(
                "Phones", "The phone server could not start on {address} ({detail}). Choose "
                "another network or port."), address=f"{self.host}:{self.port}",
                detail=str(err) if err else "timeout")
        self._remove_listener = self.channel.on_change(self._wake_threadsafe)
        _freeze_old_objects()
        self._froze = True
        return self.url

    def stop(self) -> None:
        """Stop listening and drop every connection (answers already queued are committed)."""
        if self._remove_listener is not None:
            self._remove_listener()
            self._remove_listener = None
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            try:
                loop.call_soon_threadsafe(self._stop.set)  # type: ignore[union-attr]
            except RuntimeError:  # the loop ended already
                pass
            thread.join(timeout=10)
        self._thread = None
        self._ready.clear()
        if self._froze:
            self._froze = False
            _unfreeze_old_objects()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as exc:  # noqa: BLE001 - reported to start()
            self._error = exc
            self._ready.set()
        finally:
            loop.close()

    async def _serve(self) -> None:
        self._changed = asyncio.Event()
        self._stop = asyncio.Event()
        app = self._app()
        # Stopping waits at most 2 s for requests under way (phones retry by themselves).
        runner = web.AppRunner(app, access_log=None, handle_signals=False,
                               shutdown_timeout=2.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port, reuse_address=True)
            try:
                await site.start()
            except OSError as exc:
                raise PhoneServerError(QT_TRANSLATE_NOOP(
                    "Phones", "The phone server could not start on {address} ({detail}). "
                    "Choose another network or port."),
                    address=f"{self.host}:{self.port}", detail=exc.strerror or str(exc)) from exc
            sockets = getattr(site._server, "sockets", None) or []
            if sockets:
                self.port = sockets[0].getsockname()[1]
            # Known once the port is: checked on every request.
            self._allowed_hosts = frozenset(self._hosts())
            self._allowed_origins = frozenset(f"http://{h}" for h in self._allowed_hosts)
            self._ready.set()
            await self._stop.wait()
            self._closing = True
            self._wake()  # waiting long polls answer now, not after their 20 s
        finally:
            await runner.cleanup()

    def _wake_threadsafe(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._wake_soon)
            except RuntimeError:
                pass

    def _wake_soon(self) -> None:
        if not self._wake_due and self._loop is not None:
            self._wake_due = True
            self._loop.call_later(WAKE_SECONDS, self._wake)

    def _wake(self) -> None:
        self._wake_due = False
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    # -- the application --------------------------------------------------------------------
    def _app(self) -> web.Application:
        app = web.Application(client_max_size=self.limits.max_body,
                              middlewares=[self._guard])
        prefix = "/j/{token}"
        app.router.add_get("/", self._neutral)
        app.router.add_post("/code", self._code)
        app.router.add_get(prefix, self._page)
        app.router.add_get(prefix + "/", self._page)
        app.router.add_get(prefix + "/api/state", self._state)
        app.router.add_post(prefix + "/api/join", self._join)
        app.router.add_post(prefix + "/api/ballot", self._ballot)
        app.router.add_post(prefix + "/api/note", self._note)
        app.router.add_post(prefix + "/api/dots", self._dots)
        return app

    @web.middleware
    async def _guard(self, request: web.Request,
                     handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                     ) -> web.StreamResponse:
        if request.headers.get("Host", "") not in self._allowed_hosts:
            # DNS rebinding: a page of another site that resolves to this address.
            return web.Response(status=421, text="Misdirected request")
        wait = self._addresses.allow(request.remote or "")
        if wait:
            return self._slow_down(wait)
        if request.method == "POST":
            origin = request.headers.get("Origin")
            if origin is not None and origin not in self._allowed_origins:
                return web.json_response({"error": "foreign origin", "code": "forbidden"},
                                         status=403)
            if request.path != "/code" and request.headers.get("X-Studio-Phone") != "1":
                return web.json_response({"error": "missing header", "code": "forbidden"},
                                         status=403)
        try:
            response = await handler(request)
        except web.HTTPNotFound:
            response = self._neutral_response(status=404)
        except web.HTTPRequestEntityTooLarge:
            response = web.json_response({"error": "too large", "code": "too_large"},
                                         status=413)
        except web.HTTPMethodNotAllowed:
            response = web.json_response({"error": "not allowed", "code": "forbidden"},
                                         status=405)
        _secure(response)
        return response

    def _slow_down(self, wait: float) -> web.Response:
        seconds = max(1, int(wait + 0.999))
        return web.json_response(
            {"error": self._words(QT_TRANSLATE_NOOP("Phones", "Too many requests. Please wait a "
                                                    "moment.")), "code": "slow_down"},
            status=429, headers={"Retry-After": str(seconds)})

    def _words(self, text: str) -> str:
        return StudioError(text).message_in(self.channel.language)

    def _token_ok(self, request: web.Request) -> bool:
        return secrets.compare_digest(request.match_info.get("token", ""), self.token)

    # -- pages ------------------------------------------------------------------------------
    def _neutral_response(self, status: int = 200, message: str | None = None) -> web.Response:
        nonce = secrets.token_urlsafe(12)
        response = web.Response(text=render_neutral(self.channel.language, nonce, message),
                                content_type="text/html", status=status)
        response.headers["Content-Security-Policy"] = _csp(nonce)
        return response

    async def _neutral(self, request: web.Request) -> web.Response:
        return self._neutral_response()

    async def _code(self, request: web.Request) -> web.Response:
        if self._codes.allow(request.remote or ""):
            return self._neutral_response(429, self._words(QT_TRANSLATE_NOOP(
                "Phones", "Too many tries. Please wait a minute, or scan the QR code.")))
        form = await request.post()
        code = "".join(ch for ch in str(form.get("code", "")) if ch.isdigit())
        if secrets.compare_digest(code, self.code):
            raise web.HTTPSeeOther(f"/j/{self.token}")
        return self._neutral_response(403, self._words(QT_TRANSLATE_NOOP(
            "Phones", "That code is not right. Please check the code on the shared screen.")))

    async def _page(self, request: web.Request) -> web.Response:
        if not self._token_ok(request):
            return self._neutral_response(404)
        nonce = secrets.token_urlsafe(12)
        response = web.Response(text=render_page(self.channel.language, nonce),
                                content_type="text/html")
        response.headers["Content-Security-Policy"] = _csp(nonce)
        return response

    # -- the API ----------------------------------------------------------------------------
    async def _state(self, request: web.Request) -> web.Response:
        if not self._token_ok(request):
            return self._neutral_response(404)
        device = request.query.get("device", "")
        if not DEVICE_RE.match(device):
            return _error(400, "bad_request", "bad device")
        self.channel.seen(device)
        try:
            since = int(request.query.get("since", "0") or 0)
        except ValueError:
            since = 0
        if since == self.channel.version and self._changed is not None and not self._closing:
            try:
                await asyncio.wait_for(self._changed.wait(), POLL_SECONDS)
            except asyncio.TimeoutError:
                pass
        # Mostly ready in memory (worked out once per change for the whole room); only
        # what must be read from the file goes to a worker thread.
        state = self.channel.state_for(device, cached_only=True)
        if state is None:
            loop = asyncio.get_running_loop()
            state = await loop.run_in_executor(None, self.channel.state_for, device)
        return web.json_response(state, dumps=_dumps)

    async def _body(self, request: web.Request) -> dict[str, Any]:
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
            raise _Bad() from None
        if not isinstance(body, dict):
            raise _Bad()
        return body

    async def _answer(self, request: web.Request,
                      submit: Callable[[dict[str, Any]], Any]) -> web.Response:
        if not self._token_ok(request):
            return self._neutral_response(404)
        try:
            body = await self._body(request)
        except _Bad:
            return _error(400, "bad_request", "bad request")
        device = body.get("device")
        if isinstance(device, str):
            wait = self._devices.allow(device)
            if wait:
                return self._slow_down(wait)
        try:
            future = submit(body)
            saved = await asyncio.wrap_future(future)
        except PhoneRefused as exc:
            return _error(_STATUS.get(exc.code, 400), exc.code,
                          exc.message_in(self.channel.language))
        except WriteError as exc:
            return _error(503, "not_saved", exc.message_in(self.channel.language))
        except (StateError, NotFoundError) as exc:
            return _error(409, "closed", exc.message_in(self.channel.language))
        except ValidationError as exc:
            return _error(422, "invalid", exc.message_in(self.channel.language))
        except StudioError as exc:
            return _error(422, "invalid", exc.message_in(self.channel.language))
        payload: dict[str, Any] = {"ok": True}
        if saved.repeat:
            payload["repeat"] = True
        return web.json_response(payload)

    async def _join(self, request: web.Request) -> web.Response:
        if not self._token_ok(request):
            return self._neutral_response(404)
        try:
            body = await self._body(request)
            self.channel.join(body.get("device"))
        except _Bad:
            return _error(400, "bad_request", "bad request")
        except PhoneRefused as exc:
            return _error(_STATUS.get(exc.code, 400), exc.code,
                          exc.message_in(self.channel.language))
        return web.json_response({"joined": True})

    async def _ballot(self, request: web.Request) -> web.Response:
        return await self._answer(request, lambda b: self.channel.submit_ballot(
            b.get("device"), b.get("request"), _str(b.get("activity")), _group(b),
            b.get("answer")))

    async def _note(self, request: web.Request) -> web.Response:
        return await self._answer(request, lambda b: self.channel.submit_note(
            b.get("device"), b.get("request"), _str(b.get("activity")), _group(b),
            b.get("category"), b.get("text")))

    async def _dots(self, request: web.Request) -> web.Response:
        return await self._answer(request, lambda b: self.channel.submit_dots(
            b.get("device"), b.get("request"), _group(b), b.get("dots")))


class _Bad(Exception):
    """A request body that is no JSON object."""


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _group(body: dict[str, Any]) -> str | None:
    group = body.get("group")
    return group if isinstance(group, str) and group else None


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _error(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": message, "code": code}, status=status, dumps=_dumps)


def _csp(nonce: str) -> str:
    return (f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
            "connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
            "frame-ancestors 'none'")


def _secure(response: web.StreamResponse) -> None:
    response.headers.setdefault("Content-Security-Policy", "default-src 'none'")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"  # a form post keeps its Origin
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
