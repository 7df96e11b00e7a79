"""The registry of activity kinds: one :class:`~studio.core.kinds.base.Kind` per kind.

Code that needs to know what a kind does asks here (``kind_of(activity.kind)``)
instead of naming kinds. Adding a kind: its member in :class:`ActivityKind`, its
module next to this one (listed in ``_MODULES``), its shared-screen widget
(``studio.ui.stage.answers``), translations and tests.
"""

from __future__ import annotations

from studio.core.kinds import (
    ActivityKind,
    matrix,
    multiple_choice,
    notes,
    points,
    ranking,
    scale,
    single_choice,
    statements,
)
from studio.core.kinds.base import Kind

_MODULES = (single_choice, multiple_choice, scale, points, ranking, matrix, statements, notes)

_KINDS: dict[ActivityKind, Kind] = {m.KIND.kind: m.KIND for m in _MODULES}
_BY_VALUE: dict[str, Kind] = {k.value: k for k in _KINDS.values()}


def kind_of(kind: ActivityKind | str) -> Kind:
    """The kind of an activity, from its member or stored value. Raises ValueError if unknown."""
    found = _BY_VALUE.get(kind.value if isinstance(kind, ActivityKind) else kind)
    if found is None:
        raise ValueError(f"unknown activity kind {kind!r}")
    return found


def lookup(kind: ActivityKind | str | None) -> Kind | None:
    """Like :func:`kind_of`, but None for an unknown or missing kind."""
    try:
        return _BY_VALUE.get(kind.value if isinstance(kind, ActivityKind) else kind)
    except TypeError:  # not a string at all (a hand-edited file)
        return None


def all_kinds() -> list[Kind]:
    """Every kind, in the order of :class:`ActivityKind` (the planner's list)."""
    return [_KINDS[k] for k in ActivityKind if k in _KINDS]
