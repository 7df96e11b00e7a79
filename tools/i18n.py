"""Translation workflow: extract, fill, compile and check the app's translations.

    python tools/i18n.py update     # lupdate: source texts of studio/ -> resources/translations/*.ts
    python tools/i18n.py todo [L]   # print unfinished entries of L (de) as JSON {context: {source: ""}}
    python tools/i18n.py apply F [L]  # merge translations from JSON file F into studio_L.ts (de)
    python tools/i18n.py release    # lrelease: *.ts -> *.qm (the app loads the .qm files)
    python tools/i18n.py check      # exit 1 on unfinished entries or placeholder mismatches

Source texts are English; ``studio_de.ts`` holds German. ``studio_en.ts`` holds
only plural forms (``%n``) so English plurals read right: fill them with
``todo en`` / ``apply F en``. A plural's translation in F is a list of its forms
(one, other); a single string is used for both.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGS = {"de": [], "en": ["-pluralonly"]}
PLACEHOLDER = re.compile(r"\{[a-zA-Z_][a-zA-Z0-9_]*\}|%n|%\d")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (pip install pyside6)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "studio").rglob("*.py"))


def ts_path(lang: str) -> Path:
    return TS_DIR / f"studio_{lang}.ts"


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang, extra in LANGS.items():
        cmd = [_tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none",
               "-source-language", "en", "-target-language", lang, *extra, "-ts",
               str(ts_path(lang))]
        subprocess.run(cmd, check=True, cwd=ROOT)


def release() -> None:
    for lang in LANGS:
        ts = ts_path(lang)
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, cwd=ROOT)


def messages(lang: str):
    """Yield (context, message element) of a .ts file."""
    tree = ET.parse(ts_path(lang))
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def problems(lang: str) -> list[str]:
    """Unfinished entries and placeholder mismatches of one language."""
    found = []
    for ctx, msg in messages(lang):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            found.append(f"{lang}: unfinished: [{ctx}] {source!r}")
            continue
        forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        want = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if not form.strip():
                found.append(f"{lang}: empty: [{ctx}] {source!r}")
            elif sorted(set(PLACEHOLDER.findall(form))) != sorted(set(want)):
                found.append(f"{lang}: placeholders differ: [{ctx}] {source!r} -> {form!r}")
    return found


def todo(lang: str = "de") -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for ctx, msg in messages(lang):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            out.setdefault(ctx, {})[msg.findtext("source") or ""] = ""
    return out


def apply(mapping_file: Path, lang: str = "de") -> int:
    """Fill translations of ``lang`` from {context: {source: translation}}; returns count."""
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    path = ts_path(lang)
    tree = ET.parse(path)
    n = 0
    for ctx in tree.getroot().iter("context"):
        table = mapping.get(ctx.findtext("name"), {})
        for msg in ctx.iter("message"):
            text = table.get(msg.findtext("source") or "")
            if not text:
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                forms = text if isinstance(text, list) else [text, text]
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = text
            n += 1
    ET.indent(tree, "    ")
    with open(path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    return n


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd = argv[0]
    if cmd == "update":
        update()
    elif cmd == "release":
        release()
    elif cmd == "todo":
        print(json.dumps(todo(*argv[1:2]), ensure_ascii=False, indent=1))
    elif cmd == "apply":
        print(f"{apply(Path(argv[1]), *argv[2:3])} translations applied")
    elif cmd == "check":
        found = [p for lang in LANGS for p in problems(lang)]
        print("\n".join(found) or "translations complete")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
