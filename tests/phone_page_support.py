"""Helpers for the phone page's browser tests: Debian's Chromium driven by Playwright,
axe-core, a workshop with every kind behind the real phone server, and a phone's
viewport. Every request goes to 127.0.0.1.

Chromium, Playwright, axe-core and zbarimg are installed by ``./dev test`` (Debian
packages ``chromium`` and ``zbar-tools``, the ``test`` extra, ``tests/node``); a test
that needs a missing one skips and says what to install.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from phone_support import Running, open_activity, plan_every_kind, start_server

from studio.core.workshops import WorkshopService
from studio.phones.page_texts import texts
from studio.store.database import WorkshopStore

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "tests" / "node" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True,
         "device_scale_factor": 2}
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Playwright's waits (ms): generous, since the machine running the suite may be busy.
WAIT = 20_000


def need_chromium() -> None:
    if not CHROMIUM.exists():
        pytest.skip("Debian's Chromium is missing: sudo apt-get install -y chromium "
                    "(./dev test installs it)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("Playwright for Python is missing: pip install -e '.[test]'")


def need_axe() -> None:
    if not AXE.exists():
        pytest.skip("axe-core is missing: npm ci --prefix tests/node (./dev test runs it)")


def need_zbarimg() -> str:
    found = shutil.which("zbarimg")
    if not found:
        pytest.skip("zbarimg is missing: sudo apt-get install -y zbar-tools "
                    "(./dev test installs it)")
    return found


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium, headless (never a browser Playwright downloads)."""
    need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Room:
    """A workshop with every kind (German, five stakeholder groups) and its phone server."""

    running: Running
    plan: dict[str, Any]
    texts: dict[str, str]

    @property
    def store(self) -> Any:
        return self.running.store

    @property
    def url(self) -> str:
        return self.running.server.url

    def act(self, kind: str) -> str:
        return self.plan["activities"][kind]

    def open(self, kind: str) -> str:
        """What the console does: go to the activity, show it, open voting."""
        open_activity(self.store, self.plan["scenario"], self.act(kind))
        return self.act(kind)


@contextmanager
def room(tmp_path: Path) -> Iterator[Room]:
    store = WorkshopStore.create(tmp_path / "room.workshop")
    WorkshopService(store).create_workshop("Werkstatt KI im Bürgerbüro")
    plan = plan_every_kind(store)
    running = start_server(store)
    try:
        yield Room(running, plan, texts(running.channel.language))
    finally:
        running.stop()
        store.close()


class Watch:
    """What a page did that it must not: script errors, CSP refusals, requests elsewhere."""

    def __init__(self, page: Any, origin: str) -> None:
        self.problems: list[str] = []
        self.requests: list[str] = []
        self.origin = origin
        page.on("pageerror", lambda err: self.problems.append(f"page error: {err}"))
        page.on("console", self._console)
        page.on("request", lambda req: self.requests.append(req.url))

    def _console(self, message: Any) -> None:
        if message.type not in ("error", "warning"):
            return
        text = message.text
        # The browser asks for /favicon.ico by itself; the server answers 404 (neutral page).
        if "favicon" in text or re.search(r"status of 404", text):
            return
        # An answer the test dropped on purpose (page.route(...).abort()).
        if "net::ERR_" in text:
            return
        self.problems.append(f"console {message.type}: {text}")

    def foreign_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(self.origin + "/")]


def new_phone(browser: Any, *, bypass_csp: bool = False, **extra: Any) -> Any:
    options = dict(PHONE, bypass_csp=bypass_csp)
    options.update(extra)
    context = browser.new_context(**options)
    context.set_default_timeout(WAIT)
    return context


def axe_violations(page: Any) -> list[str]:
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now (needs bypass_csp)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate("""tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})
        .then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' '))
        .join(', ') + ' (' + v.help + ')'))""", WCAG_21_AA)
    return result


def small_targets(page: Any) -> list[str]:
    """Visible controls smaller than 44 × 44 CSS pixels (WCAG 2.5.5)."""
    return page.evaluate("""() => Array.from(document.querySelectorAll(
        'button, label.choice, summary, textarea, input[type=range], input[type=text], a[href]'))
        .filter(e => e.offsetParent !== null)
        .map(e => [e.id || e.textContent.trim().slice(0, 40), e.getBoundingClientRect()])
        .filter(([name, r]) => r.width < 44 || r.height < 44)
        .map(([name, r]) => name + ' ' + Math.round(r.width) + 'x' + Math.round(r.height))""")


def overflows_sideways(page: Any) -> list[str]:
    """What sticks out sideways: the page itself, or a control beyond the column's edge."""
    return page.evaluate("""() => {
        const out = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth + 1) out.push('the page scrolls sideways');
        const main = document.getElementById('main') || document.querySelector('main');
        const edge = main.getBoundingClientRect().right
                     - parseFloat(getComputedStyle(main).paddingRight);
        for (const e of main.querySelectorAll('*')) {
            const r = e.getBoundingClientRect();
            if (e.offsetParent !== null && r.width && r.right > edge + 1)
                out.push((e.id || e.tagName + '.' + e.className) + ' ends at ' +
                         Math.round(r.right) + ' > ' + Math.round(edge));
        }
        return out;
    }""")


def shot(page: Any, folder: Path, name: str) -> Path:
    """A full-page screenshot; also into $STUDIO_PHONE_SHOTS when set (to look at)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    extra = os.environ.get("STUDIO_PHONE_SHOTS")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(extra) / path.name)
    return path


# -- fixtures of the phone page's tests (imported by them) ---------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Room]:
    with room(tmp_path) as r:
        yield r
