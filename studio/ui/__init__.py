"""The PySide6 user interface (the only package that imports Qt)."""

from studio.ui.compat import immortalize_none

immortalize_none()
