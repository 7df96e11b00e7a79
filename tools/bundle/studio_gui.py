"""Entry script of the bundle's windowed executable (``studio-gui``).

``gui_main`` replaces a ``None`` stdout/stderr (windowed builds have none).
"""

from studio.cli import gui_main

raise SystemExit(gui_main())
