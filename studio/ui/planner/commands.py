"""Undo commands for plan edits: each redo/undo calls a primitive of AgendaModel.

Consecutive edits of the same activity, intro time or plan field merge into one
command, so typing a question is one undo step.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand

from studio.core.plans import PlanActivity, PlanScenario
from studio.ui.planner.agenda_model import AgendaModel

_EDIT_ACTIVITY, _EDIT_INTRO, _EDIT_FIELDS = 1, 2, 3


class InsertScenario(QUndoCommand):
    def __init__(self, model: AgendaModel, row: int, item: PlanScenario, text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.item = model, row, item

    def redo(self) -> None:
        self.model.insert_scenario(self.row, self.item)

    def undo(self) -> None:
        self.model.remove_scenario(self.row)


class RemoveScenario(QUndoCommand):
    def __init__(self, model: AgendaModel, row: int, text: str) -> None:
        super().__init__(text)
        self.model, self.row = model, row
        self.item: PlanScenario | None = None

    def redo(self) -> None:
        self.item = self.model.remove_scenario(self.row)

    def undo(self) -> None:
        assert self.item is not None
        self.model.insert_scenario(self.row, self.item)


class MoveScenario(QUndoCommand):
    def __init__(self, model: AgendaModel, src: int, dst: int, text: str) -> None:
        super().__init__(text)
        self.model, self.src, self.dst = model, src, dst

    def redo(self) -> None:
        self.model.move_scenario(self.src, self.dst)

    def undo(self) -> None:
        self.model.move_scenario(self.dst, self.src)


class InsertActivity(QUndoCommand):
    def __init__(
        self, model: AgendaModel, srow: int, arow: int, act: PlanActivity, text: str
    ) -> None:
        super().__init__(text)
        self.model, self.srow, self.arow, self.act = model, srow, arow, act

    def redo(self) -> None:
        self.model.insert_activity(self.srow, self.arow, self.act)

    def undo(self) -> None:
        self.model.remove_activity(self.srow, self.arow)


class RemoveActivity(QUndoCommand):
    def __init__(self, model: AgendaModel, srow: int, arow: int, text: str) -> None:
        super().__init__(text)
        self.model, self.srow, self.arow = model, srow, arow
        self.act: PlanActivity | None = None

    def redo(self) -> None:
        self.act = self.model.remove_activity(self.srow, self.arow)

    def undo(self) -> None:
        assert self.act is not None
        self.model.insert_activity(self.srow, self.arow, self.act)


class MoveActivity(QUndoCommand):
    def __init__(
        self, model: AgendaModel, src: tuple[int, int], dst: tuple[int, int], text: str
    ) -> None:
        super().__init__(text)
        self.model, self.src, self.dst = model, src, dst

    def redo(self) -> None:
        self.model.move_activity(self.src[0], self.src[1], *self.dst)

    def undo(self) -> None:
        self.model.move_activity(self.dst[0], self.dst[1], *self.src)


class EditActivity(QUndoCommand):
    def __init__(
        self, model: AgendaModel, srow: int, arow: int, after: PlanActivity, text: str
    ) -> None:
        super().__init__(text)
        self.model, self.srow, self.arow = model, srow, arow
        self.before = copy.deepcopy(model.activity(srow, arow))
        self.after = copy.deepcopy(after)

    def id(self) -> int:
        return _EDIT_ACTIVITY

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditActivity) or (other.srow, other.arow) != (
            self.srow,
            self.arow,
        ):
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.model.set_activity(self.srow, self.arow, copy.deepcopy(self.after))

    def undo(self) -> None:
        self.model.set_activity(self.srow, self.arow, copy.deepcopy(self.before))


class EditIntro(QUndoCommand):
    def __init__(self, model: AgendaModel, srow: int, minutes: int, text: str) -> None:
        super().__init__(text)
        self.model, self.srow = model, srow
        self.before = model.plan.agenda[srow].intro_minutes
        self.after = minutes

    def id(self) -> int:
        return _EDIT_INTRO

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditIntro) or other.srow != self.srow:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.model.set_intro_minutes(self.srow, self.after)

    def undo(self) -> None:
        self.model.set_intro_minutes(self.srow, self.before)


class EditPlanFields(QUndoCommand):
    """Change plan-level fields (title, date, place, groups, ...)."""

    def __init__(self, model: AgendaModel, after: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.model = model
        self.before = model.plan_fields(*after)
        self.after = copy.deepcopy(after)

    def id(self) -> int:
        return _EDIT_FIELDS

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditPlanFields) or set(other.after) != set(self.after):
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.model.set_plan_fields(**copy.deepcopy(self.after))

    def undo(self) -> None:
        self.model.set_plan_fields(**copy.deepcopy(self.before))
