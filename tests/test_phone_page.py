"""The phone page as a file: one self-contained page that a five-year-old phone browser
runs, that shows participant text only as text, and whose every word comes translated
from the server. (The page in a browser: test_phone_page_browser.py, _a11y.py.)"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from studio.paths import resource
from studio.phones import page as page_module
from studio.phones.page import json_for_script, render_neutral, render_page
from studio.phones.page_texts import NEUTRAL, PAGE, neutral_texts, texts

TEMPLATE = resource("phone", "page.html").read_text(encoding="utf-8")
NONCE = "n0nce-Abc_123"


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_data(self, data):
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None


def parsed(html: str) -> Elements:
    found = Elements()
    found.feed(html)
    return found


def page_script() -> str:
    (code,) = [text for attrs, text in parsed(TEMPLATE).scripts if attrs.get("type") is None]
    return code


def without_comments(code: str) -> str:
    code = re.sub(r"/\*.*?\*/", "", code, flags=re.DOTALL)
    return "\n".join(line.split(" // ")[0] for line in code.splitlines())


def test_the_page_comes_with_its_language_nonce_and_texts():
    html = render_page("de", NONCE)
    assert "{{" not in html
    found = parsed(html)
    assert ("html", {"lang": "de"}) in found.tags
    data = [text for attrs, text in found.scripts if attrs.get("id") == "texts"]
    assert json.loads(data[0]) == dict(texts("de"), note_limit="500")
    assert texts("de")["submit"] == "Antwort abgeben"
    # The inline script and style run under the server's CSP nonce; nothing else is inline.
    code = [attrs for attrs, _ in found.scripts if attrs.get("type") is None]
    assert code == [{"nonce": NONCE}]
    assert [attrs for tag, attrs in found.tags if tag == "style"] == [{"nonce": NONCE}]
    assert not [attrs for tag, attrs in found.tags if "style" in attrs or
                any(name.startswith("on") for name in attrs)]


def test_a_text_cannot_end_the_script_it_travels_in(monkeypatch):
    hostile = "</script><script>alert(1)</script> & <!-- \u2028"
    monkeypatch.setattr(page_module, "texts", lambda lang: {"submit": hostile})
    html = render_page("en", NONCE)
    assert "alert(1)</script>" not in html
    (data,) = [text for attrs, text in parsed(html).scripts if attrs.get("id") == "texts"]
    assert json.loads(data)["submit"] == hostile
    assert "<" not in json_for_script(["<>&"]) and json.loads(json_for_script(["<>&"])) == ["<>&"]


def test_a_bad_nonce_is_refused_and_an_odd_language_falls_back_to_english():
    with pytest.raises(ValueError):
        render_page("de", 'x" onload="alert(1)')
    assert '<html lang="en">' in render_page('de"><script>', NONCE)


def test_the_page_asks_nothing_of_anywhere_else():
    found = parsed(TEMPLATE)
    assert not [(tag, attrs) for tag, attrs in found.tags
                if {"src", "href", "srcset", "action", "poster", "data"} & set(attrs)]
    assert not [tag for tag, _ in found.tags if tag in ("link", "img", "iframe", "object")]
    for pattern in (r"https?:", r"url\(", r"@import", r"@font-face", r"//[a-z0-9.-]+\.[a-z]"):
        assert not re.search(pattern, without_comments(TEMPLATE), re.IGNORECASE), pattern
    # The API is reached relative to the join URL (/j/TOKEN), never by an absolute address.
    assert "fetch(" in TEMPLATE and "location.pathname" in TEMPLATE
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in TEMPLATE


def test_the_script_is_plain_es5_for_older_phones():
    code = without_comments(page_script())
    for feature, pattern in {"arrow function": r"=>", "template literal": r"`",
                             "let/const": r"\b(let|const)\s", "optional chaining": r"\?\.",
                             "nullish coalescing": r"\?\?", "class": r"\bclass\s+[A-Z]",
                             "async/await": r"\b(async|await)\b", "spread": r"\.\.\.[A-Za-z[]",
                             "for…of": r"\bfor\s*\([^)]*\bof\b"}.items():
        assert not re.search(pattern, code), feature


def test_participant_text_is_never_markup():
    code = page_script()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "setAttribute('style'"):
        assert sink not in code, sink
    assert "textContent" in code and "createTextNode" in code


def test_every_text_the_page_uses_is_translated_and_every_text_is_used():
    code = page_script()
    called = set(re.findall(r"\bt\('([a-z_]+)'", code))
    assert called - set(PAGE) == set()
    named = set(re.findall(r"'([a-z_]+)'", code))  # also t(stance), t(cond ? 'a' : 'b')
    assert set(PAGE) - named == set()
    german, english = texts("de"), texts("en")
    assert english == PAGE
    same = sorted(key for key in PAGE if german[key] == english[key])
    assert same == ["results_channel"]  # "{label}: {n}" reads the same in German


def test_the_neutral_page_names_no_workshop_and_shows_a_message_as_text():
    html = render_neutral("de", NONCE, 'Falscher Code <img src=x onerror="alert(1)">')
    found = parsed(html)
    assert "<img" not in html and "&lt;img src=x" in html
    words = neutral_texts("de")
    assert set(words) == set(NEUTRAL) and words["label"] == "Raumcode"
    (form,) = [attrs for tag, attrs in found.tags if tag == "form"]
    assert form == {"method": "post", "action": "/code"}
    (field,) = [attrs for tag, attrs in found.tags if tag == "input"]
    assert field["name"] == "code" and field["id"] == "code"
    assert field["aria-invalid"] == "true" and "code-error" in field["aria-describedby"]
    assert ("label", {"for": "code"}) in found.tags
    assert [attrs for tag, attrs in found.tags if tag == "style"] == [{"nonce": NONCE}]
    assert not found.scripts  # no script at all
    plain = render_neutral("en", NONCE)
    (field,) = [attrs for tag, attrs in parsed(plain).tags if tag == "input"]
    assert "aria-invalid" not in field and 'role="alert"' not in plain
    # Under the server's no-referrer policy a browser would send "Origin: null" with the
    # form, which the server refuses as foreign.
    assert '<meta name="referrer" content="same-origin">' in plain
