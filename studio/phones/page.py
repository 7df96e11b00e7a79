"""The phone page and the neutral page, rendered for one language.

Placeholder until the full page lands: a minimal, valid page with the same API.
"""

from __future__ import annotations

import html
import json
from importlib import resources


def render_page(lang: str, nonce: str) -> str:
    template = resources.files("studio.resources").joinpath("phone/page.html").read_text("utf-8")
    texts = json.dumps({}, ensure_ascii=False).replace("<", "\\u003c")
    return (template.replace("{{LANG}}", html.escape(lang)).replace("{{NONCE}}", nonce)
            .replace("{{TEXTS}}", texts))


def render_neutral(lang: str, nonce: str, message: str | None = None) -> str:
    note = f"<p role='alert'>{html.escape(message)}</p>" if message else ""
    return (f"<!doctype html><html lang='{html.escape(lang)}'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>Co-Design Studio</title></head><body><main><h1>Co-Design Studio</h1>{note}"
            "<form method='post' action='/code'><label for='code'>Code</label>"
            "<input id='code' name='code' inputmode='numeric' autocomplete='off'>"
            "<button type='submit'>OK</button></form></main></body></html>")
