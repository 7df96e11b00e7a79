"""Resources are found the same way in a checkout, installed, and frozen by PyInstaller.

build.spec puts resources/ at studio/resources and sessions/*.plan.toml at
studio/resources/plans inside the bundle; these tests pin studio.paths to that
layout. The bundle itself is built and smoke-tested by tools/build_bundle.py.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from studio import paths

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def frozen(tmp_path, monkeypatch):
    bundle = tmp_path / "_internal"
    (bundle / "studio" / "resources" / "styles").mkdir(parents=True)
    monkeypatch.setattr(paths, "_is_checkout", lambda: False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    paths.resource_dir.cache_clear()
    yield bundle
    paths.resource_dir.cache_clear()


def test_frozen_bundle_reads_resources_from_meipass(frozen):
    assert paths.resource_dir() == frozen / "studio" / "resources"
    assert paths.resource("styles", "light.toml") == frozen / "studio/resources/styles/light.toml"
    assert paths.bundled_plans_dir() == frozen / "studio" / "resources" / "plans"


def test_checkout_reads_its_own_resources():
    paths.resource_dir.cache_clear()
    assert paths.resource_dir() == ROOT / "resources"
    assert (paths.resource_dir() / "styles" / "light.toml").is_file()


def test_spec_bundles_resources_where_paths_looks():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    assert 'Path("studio", "resources"' in spec
    assert 'str(Path("studio", "resources", "plans"))' in spec
    assert '"studio_gui.py"' in spec and '"studio_cli.py"' in spec
    for entry in ("studio_gui.py", "studio_cli.py"):
        assert (ROOT / "tools" / "bundle" / entry).is_file()
    for icon in ("app.ico", "app.icns", "app.png"):
        assert (ROOT / "resources" / "icons" / icon).is_file()
