"""The architecture a newcomer relies on: Qt only in studio/ui, packages installable."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_FREE = ["studio/core", "studio/store", "studio/exchange", "studio/charts"]
QT_FREE_FILES = ["studio/cli.py", "studio/paths.py", "studio/__init__.py"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files() -> list[Path]:
    files = [ROOT / f for f in QT_FREE_FILES]
    for folder in QT_FREE:
        files.extend((ROOT / folder).rglob("*.py"))
    return files


def test_domain_store_exchange_and_charts_import_no_qt():
    offenders = {
        str(f.relative_to(ROOT)): sorted(n for n in _imports(f)
                                         if n.split(".")[0] in ("PySide6", "shiboken6"))
        for f in _files()
    }
    offenders = {f: names for f, names in offenders.items() if names}
    assert offenders == {}


def test_lower_layers_never_import_the_ui():
    # cli.py starts the GUI lazily inside functions; modules below it must not know the UI.
    offenders = {
        str(f.relative_to(ROOT)): sorted(n for n in _imports(f) if n.startswith("studio.ui"))
        for f in _files() if f.name != "cli.py"
    }
    assert {f: n for f, n in offenders.items() if n} == {}


def test_store_does_not_import_core_services():
    store = (ROOT / "studio/store").rglob("*.py")
    bad = {str(f.relative_to(ROOT)): sorted(n for n in _imports(f)
                                            if n.startswith(("studio.core.", "studio.exchange")))
           for f in store}
    allowed = {"studio.base.errors", "studio.base.i18n"}
    assert {f: [n for n in names if n not in allowed] for f, names in bad.items()
            if [n for n in names if n not in allowed]} == {}


def test_every_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "studio").rglob("__init__.py")
    } | {"studio.resources"}
    assert found - listed == set(), "add these packages to pyproject.toml"
    assert listed - found == set(), "pyproject.toml lists packages that do not exist"


def test_first_window_imports_nothing_heavy():
    """The start screen must not wait for SQLAlchemy, matplotlib or openpyxl."""
    code = (
        "import sys, studio.cli, studio.ui.app, studio.ui.main_window;"
        "heavy=[m for m in ('sqlalchemy','matplotlib','openpyxl') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""


def test_the_real_first_window_comes_before_what_it_does_not_need(tmp_path):
    """Start the app as a user does; nothing the start screen does not draw loads first.

    Heavy packages and the TOML parser come after the first window is shown
    (bench/bench_startup.py measures the time this saves).
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDIO_EXIT_AFTER_SHOW="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "studio"], cwd=tmp_path,
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stdout[-2000:]
    before_shown = done.stdout.split("\nshown ", 1)
    assert len(before_shown) == 2, "the app never reported its first window"
    loaded = {line.rsplit("|", 1)[1].strip() for line in before_shown[0].splitlines()
              if line.startswith("import time:") and "|" in line}
    assert "studio.ui.main_window" in loaded  # the parse really saw the app's imports
    not_needed = {"sqlalchemy", "matplotlib", "openpyxl", "tomllib", "dataclasses"}
    assert loaded & not_needed == set()
