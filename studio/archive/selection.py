"""Which workshops and groups an analysis looks at: a :class:`Selection`.

Every analysis function (:mod:`studio.archive.analysis`, :mod:`studio.archive.consensus`,
:mod:`studio.archive.notes_search`) takes an :class:`~studio.archive.Archive` and a
``Selection``; an empty field means "no filter on this". Cities compare without
regard to case; the date range includes both ends (a workshop without a date is
left out by any date filter); ``groups`` are stakeholder-group keys (``not_stated``
for answers and notes that name no group); ``workshop_ids`` are full ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from studio.archive.archive import Archive, ArchivedWorkshop
from studio.core.results import NOT_STATED


def _frozen(values: Iterable[str] | str | None) -> frozenset[str]:
    if values is None:
        return frozenset()
    if isinstance(values, str):
        values = [values]
    return frozenset(v for v in values if v)


@dataclass(frozen=True)
class Selection:
    """A filter over an archive's workshops and stakeholder groups (empty: everything)."""

    cities: frozenset[str] = field(default_factory=frozenset)
    date_from: date | None = None
    date_to: date | None = None
    groups: frozenset[str] = field(default_factory=frozenset)
    workshop_ids: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        # Lists, tuples and sets are taken too; kept as frozensets (hashable, immutable).
        for name in ("cities", "groups", "workshop_ids"):
            object.__setattr__(self, name, _frozen(getattr(self, name)))

    def takes(self, workshop: ArchivedWorkshop) -> bool:
        """True if ``workshop`` is in the selection (its groups aside)."""
        if self.workshop_ids and workshop.workshop_id not in self.workshop_ids:
            return False
        if self.cities and workshop.city.casefold() not in {c.casefold() for c in self.cities}:
            return False
        if (self.date_from or self.date_to) and workshop.date is None:
            return False
        if self.date_from and workshop.date < self.date_from:
            return False
        return not (self.date_to and workshop.date > self.date_to)

    def takes_group(self, group: str | None) -> bool:
        """True if answers or notes of ``group`` (None: not stated) are in the selection."""
        return not self.groups or (group or NOT_STATED) in self.groups


#: Every workshop and every group.
EVERYTHING = Selection()


def selected_workshops(archive: Archive, selection: Selection = EVERYTHING
                       ) -> tuple[ArchivedWorkshop, ...]:
    """The archive's workshops in the selection, in the archive's order (city, date, title)."""
    return tuple(w for w in archive.workshops() if selection.takes(w))
