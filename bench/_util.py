"""Shared helpers of the benchmarks (not a benchmark itself: run_all runs bench_*.py only).

Conventions every ``bench/bench_*.py`` follows:

- runnable alone (``python bench/bench_NAME.py``) from any folder, importing
  the checkout's own ``studio``;
- measures a baseline in the same run and prints figures and ratios against it;
- never asserts a target: it prints ``ok`` or ``ABOVE TARGET``/``BELOW TARGET``;
- prints one or more ``SUMMARY ...`` lines, which ``bench/run_all.py`` collects;
- never touches the user's settings or files (temporary folders only).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def child_env(home: Path, **extra: str) -> dict[str, str]:
    """Environment for a child process: the checkout's code, settings in ``home``."""
    env = dict(os.environ)
    # Measure the app as users run it: with byte code cached (pip compiles it on
    # install, a checkout caches it on the first run). Without this, a shell that
    # sets PYTHONDONTWRITEBYTECODE would time the compiler on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *filter(None, [extra.pop("PYTHONPATH", ""), env.get("PYTHONPATH", "")])])
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CACHE_HOME"] = str(home / "cache")
    env["XDG_DOCUMENTS_DIR"] = str(home / "documents")
    env.update(extra)
    return env


@contextmanager
def temp_dir(prefix: str, ram: bool = False) -> Iterator[Path]:
    """A temporary folder, on the real disk unless ``ram`` (then /dev/shm when there is one)."""
    base = "/dev/shm" if ram and Path("/dev/shm").is_dir() else None
    with tempfile.TemporaryDirectory(prefix=prefix, dir=base) as name:
        yield Path(name)


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(values: list[float]) -> str:
    """min–max, to show how noisy a median is."""
    return f"{min(values):.3f}–{max(values):.3f}"


def verdict(ratio: float, target: float, higher_is_better: bool) -> str:
    if higher_is_better:
        return "ok" if ratio >= target else "BELOW TARGET"
    return "ok" if ratio <= target else "ABOVE TARGET"


def summary(text: str) -> None:
    """One line for bench/run_all.py's summary."""
    print(f"SUMMARY {text}", flush=True)


def machine() -> str:
    import platform

    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}")
