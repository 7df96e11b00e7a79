"""The two pages the phone server hands out: the phone page and the neutral page.

The phone page (``resources/phone/page.html``) is one self-contained file: inline
CSS and JavaScript, no request to anywhere but its own server. The server fills
three placeholders per request: ``{{LANG}}`` (the workshop's language),
``{{NONCE}}`` (the Content-Security-Policy nonce of the inline script and style)
and ``{{TEXTS}}`` (the page's texts as JSON, see :mod:`studio.phones.page_texts`).

The neutral page is what every address without the join token gets: one field
for the room code and nothing about the workshop. Its referrer policy is
``same-origin`` (not the server's ``no-referrer``): under ``no-referrer`` a browser
sends ``Origin: null`` with the form, and the server refuses a post from a foreign
origin.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from html import escape

from studio.paths import resource
from studio.phones.page_texts import neutral_texts, texts

NOTE_LIMIT = 500  # characters of one note (the store's limit)

_NONCE = re.compile(r"[A-Za-z0-9+/=_-]{8,128}")
_LANG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")


@lru_cache(maxsize=1)
def _template() -> str:
    return resource("phone", "page.html").read_text(encoding="utf-8")


def _checked(lang: str, nonce: str) -> tuple[str, str]:
    if not _NONCE.fullmatch(nonce):
        raise ValueError("the nonce must be 8 to 128 base64 or URL-safe characters")
    return (lang if _LANG.fullmatch(lang) else "en"), nonce


def json_for_script(value: object) -> str:
    """``value`` as JSON that cannot end the ``<script>`` element it sits in."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


def render_page(lang: str, nonce: str) -> str:
    """The phone page in ``lang`` with ``nonce`` on its inline script and style."""
    lang, nonce = _checked(lang, nonce)
    page_texts = dict(texts(lang), note_limit=str(NOTE_LIMIT))
    return (_template().replace("{{LANG}}", lang).replace("{{NONCE}}", nonce)
            .replace("{{TEXTS}}", json_for_script(page_texts)))


def render_neutral(lang: str, nonce: str, message: str | None = None) -> str:
    """The neutral page: one labelled field for the room code (``POST /code``).

    ``message`` (e.g. "That code is not right.") is shown as an error at the field.
    """
    lang, nonce = _checked(lang, nonce)
    words = {key: escape(value) for key, value in neutral_texts(lang).items()}
    error = ""
    described = "code-hint"
    if message:
        error = f'<p id="code-error" class="error" role="alert">{escape(message)}</p>\n'
        described = "code-error code-hint"
    invalid = ' aria-invalid="true"' if message else ""
    return _NEUTRAL.format(lang=lang, nonce=nonce, error=error, described=described,
                           invalid=invalid, **words)


_NEUTRAL = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>{title}</title>
<style nonce="{nonce}">
html {{ -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }}
body {{ margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
  "DejaVu Sans", sans-serif; font-size: 1.125rem; line-height: 1.5; color: #1a1a1a;
  background: #ffffff; }}
main {{ max-width: 32rem; margin: 0 auto; padding: 1.5rem 1rem; }}
h1 {{ font-size: 1.5rem; line-height: 1.25; margin: 0 0 1rem; }}
label {{ display: block; font-weight: bold; margin: 1.25rem 0 .25rem; }}
input {{ box-sizing: border-box; width: 100%; min-height: 3rem; padding: .5rem .75rem;
  font: inherit; font-size: 1.5rem; letter-spacing: .15em; border: 2px solid #545454;
  border-radius: .375rem; color: #1a1a1a; background: #ffffff; }}
input[aria-invalid="true"] {{ border-color: #a1001a; border-width: 3px; }}
button {{ display: block; box-sizing: border-box; width: 100%; min-height: 3rem;
  margin-top: 1rem; padding: .6rem 1rem; font: inherit; font-weight: bold; color: #ffffff;
  background: #0b4f8a; border: 2px solid #0b4f8a; border-radius: .375rem; cursor: pointer; }}
input:focus, button:focus {{ outline: 3px solid #1a1a1a; outline-offset: 3px; }}
.hint {{ color: #4a4a4a; margin: 0; }}
.error {{ color: #a1001a; font-weight: bold; margin: .5rem 0 0; }}
.error::before {{ content: "\\26A0\\FE0E  "; }}
</style>
</head>
<body>
<main>
<h1>{title}</h1>
<form method="post" action="/code">
<label for="code">{label}</label>
<p id="code-hint" class="hint">{intro}</p>
{error}<input id="code" name="code" type="text" inputmode="numeric" required
  autocomplete="off" spellcheck="false" aria-describedby="{described}"{invalid}>
<button type="submit">{submit}</button>
</form>
</main>
</body>
</html>
"""
