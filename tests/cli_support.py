"""Shared by the command-line tests: run ``studio`` in-process and check its contract.

Strategy staff script ``studio``; these helpers run it as they do
(``studio.cli.main``) and check what every failure must look like: one line on
stderr, no traceback. The fixtures make one small demo workshop and its export
per test module.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.cli import main


def run(capsys, *args: object) -> tuple[int, str, str]:
    """``studio ARGS`` in-process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    """``err`` if it is exactly one line and no traceback (the CLI contract)."""
    assert err.count("\n") == 1 and err.endswith("\n") and "Traceback" not in err, err
    return err


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.workshop"
    assert main(["demo", "--output", str(path)]) == 0
    return path


@pytest.fixture(scope="module")
def export(tmp_path_factory, demo) -> Path:
    path = tmp_path_factory.mktemp("export") / "demo.xlsx"
    assert main(["export", str(demo), "--output", str(path)]) == 0
    return path
