"""Charts of activity results: matplotlib ``Figure`` builders, no Qt, no pyplot.

Public API (stable; used by the live view, exports and the report)::

    from studio.charts import build_figure
    fig = build_figure(result, title="…", language="de", theme="light", size=(8, 4.5))
    fig.savefig(path)  # or put it into a FigureCanvasQTAgg
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["build_figure"]

if TYPE_CHECKING:
    from studio.charts.figures import build_figure


def __getattr__(name: str) -> Any:
    # Import matplotlib only when a chart is actually drawn (it costs ~0.8 s).
    if name == "build_figure":
        from studio.charts.figures import build_figure

        return build_figure
    raise AttributeError(name)
