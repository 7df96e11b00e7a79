"""The architecture a newcomer relies on: layers, Qt only in studio/ui, packages installable.

The import rules themselves are import-linter contracts in pyproject.toml
(``[tool.importlinter]``); these tests run ``lint-imports`` on the code and
prove that it sees what an AST walk missed (relative imports, ``from studio
import ui``, imports inside functions).
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    if not LINT_IMPORTS.exists():
        pytest.fail(f"{LINT_IMPORTS} is missing: install the test extra (pip install -e '.[test]')")
    env = dict(os.environ, PYTHONPATH=str(cwd))
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo"], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def test_the_import_contracts_hold():
    """Layers, ui ↛ store/SQLAlchemy, exchange ↛ SQLAlchemy, Qt only in the UI, UI features apart."""
    done = _lint_imports(ROOT)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


# Each planted import breaks one contract in a way the old AST test did not see.
PLANTED = {
    "studio/ui/overview_page.py": ("from ..store import database  # relative\n",
                                   "The UI reaches workshops through the core"),
    "studio/core/cards.py": ("from studio import ui  # the package, not a module\n",
                             "studio.core is not allowed to import studio.ui"),
    "studio/exchange/rows.py": ("def _late():\n    import sqlalchemy  # inside a function\n",
                                "Exports, imports and merges read through the core"),
    "studio/charts/palette.py": ("def _late():\n    from PySide6 import QtGui\n",
                                 "studio.charts is not allowed to import PySide6"),
    "studio/cli/parser.py": ("from PySide6 import QtCore\n",
                             "studio.cli is not allowed to import PySide6"),
    "studio/ui/canvas/view.py": ("from studio.ui.planner import card_view\n",
                                "studio.ui.board is not allowed to import studio.ui.planner"),
}


def test_the_contracts_catch_what_an_ast_walk_missed(tmp_path):
    shutil.copytree(ROOT / "studio", tmp_path / "studio",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    for name, (line, _) in PLANTED.items():
        path = tmp_path / name
        path.write_text(path.read_text(encoding="utf-8") + "\n" + line, encoding="utf-8")
    done = _lint_imports(tmp_path)
    assert done.returncode != 0
    report = " ".join(done.stdout.split())
    for name, (_, broken) in PLANTED.items():
        assert broken in report, name


def test_nothing_is_imported_by_name_at_run_time():
    """``importlib.import_module`` and ``__import__`` hide imports from lint-imports."""
    found = []
    for path in (ROOT / "studio").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = (node.attr if isinstance(node, ast.Attribute)
                     else node.id if isinstance(node, ast.Name) else "")
            if named in ("import_module", "__import__"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


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
