"""Per-user settings (QSettings): language, theme, recent files, window geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10


class Settings:
    """Typed access to the app's QSettings."""

    def __init__(self) -> None:
        self._qs = QSettings()

    def _get(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return str(value) if value is not None else default

    @property
    def language(self) -> str:
        return self._get("ui/language", "de")

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        return self._get("ui/theme", "light")

    @theme.setter
    def theme(self, value: str) -> None:
        self._qs.setValue("ui/theme", value)

    @property
    def font_scale(self) -> float:
        """Text size relative to the platform's (1.0 = 100 %)."""
        try:
            return float(self._qs.value("ui/font_scale", 1.0))
        except (TypeError, ValueError):
            return 1.0

    @font_scale.setter
    def font_scale(self, value: float) -> None:
        self._qs.setValue("ui/font_scale", float(value))

    def recent_files(self) -> list[Path]:
        raw = self._qs.value("files/recent", [])
        if isinstance(raw, str):
            raw = [raw]
        return [Path(p) for p in (raw or []) if p]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        items = [p for p in self.recent_files() if p != path]
        self._qs.setValue("files/recent", [str(p) for p in [path, *items][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        self._qs.setValue(
            "files/recent", [str(p) for p in self.recent_files() if p != Path(path).resolve()]
        )

    def clear_recent(self) -> None:
        self._qs.setValue("files/recent", [])

    def value(self, key: str, default=None):
        return self._qs.value(key, default)

    def set_value(self, key: str, value) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()
