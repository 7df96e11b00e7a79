"""Agenda editing in the planner: add, move and remove scenarios and activities.

Mixed into :class:`~studio.ui.planner.window.PlannerWindow`, which provides
``model`` (the AgendaModel), ``agenda`` (its view), ``undo`` (the undo stack),
``catalog``, ``activity_editor`` and ``_card_title``. Every edit is pushed as an
undo command from :mod:`studio.ui.planner.commands`, so it can be undone.
"""

from __future__ import annotations

from studio.core.plans import PlanActivity, PlanScenario
from studio.core.templates import template
from studio.ui.planner import commands as cmd


class AgendaEditing:
    """The planner window's agenda edits (a mixin of PlannerWindow, which is the QObject)."""

    def current_location(self) -> tuple[int, int]:
        return self.model.location(self.agenda.currentIndex())

    def select(self, srow: int, arow: int = -1) -> None:
        index = self.model.index_of(srow, arow)
        if arow >= 0:
            self.agenda.expand(self.model.index_of(srow))
        self.agenda.setCurrentIndex(index)

    def add_card(self, card_id: str, row: int | None = None) -> None:
        plan = self.model.plan
        existing = [i for i, s in enumerate(plan.agenda) if s.card_id == card_id]
        if existing:
            self.select(existing[0])
            self.statusBar().showMessage(self.tr("This card is already on the agenda."), 5000)
            return
        if row is None:
            srow, _ = self.current_location()
            row = srow + 1 if srow >= 0 else len(plan.agenda)
        item = PlanScenario(card_id=card_id, card_title=self._card_title(card_id))
        self.undo.push(cmd.InsertScenario(self.model, row, item, self.tr("Add scenario")))
        self.select(row)

    def add_template(
        self, template_id: str, srow: int | None = None, arow: int | None = None
    ) -> None:
        if srow is None:
            srow, cur = self.current_location()
            if srow < 0 and self.model.plan.agenda:
                srow, cur = len(self.model.plan.agenda) - 1, -1
            if srow < 0:
                self.statusBar().showMessage(
                    self.tr("Add a scenario card to the agenda first."), 5000
                )
                return
            count = len(self.model.plan.agenda[srow].activities)
            arow = cur + 1 if cur >= 0 else count
        titles = [self.model.scenario_title(i) for i in range(len(self.model.plan.agenda))]
        spec = template(template_id).defaults(self.model.plan.language, titles)
        act = PlanActivity(
            kind=spec["kind"],
            prompt=spec["prompt"],
            options=spec["options"],
            settings=spec["settings"],
            timebox_minutes=spec["timebox_minutes"],
            template=spec["template"],
        )
        arow = len(self.model.plan.agenda[srow].activities) if arow is None else arow
        self.undo.push(cmd.InsertActivity(self.model, srow, arow, act, self.tr("Add activity")))
        self.select(srow, arow)

    def move_current(self, step: int) -> None:
        srow, arow = self.current_location()
        if srow < 0:
            return
        if arow < 0:
            dst = srow + step
            if 0 <= dst < len(self.model.plan.agenda):
                self.undo.push(cmd.MoveScenario(self.model, srow, dst, self.tr("Move scenario")))
        else:
            dst = arow + step
            if 0 <= dst < len(self.model.plan.agenda[srow].activities):
                self.undo.push(
                    cmd.MoveActivity(
                        self.model, (srow, arow), (srow, dst), self.tr("Move activity")
                    )
                )
        self.agenda.scrollTo(self.agenda.currentIndex())

    def remove_current(self) -> None:
        srow, arow = self.current_location()
        if srow < 0:
            return
        if arow < 0:
            self.undo.push(cmd.RemoveScenario(self.model, srow, self.tr("Remove scenario")))
        else:
            self.undo.push(cmd.RemoveActivity(self.model, srow, arow, self.tr("Remove activity")))

    def _move_requested(self, srow: int, arow: int, dst_s: int, dst_a: int) -> None:
        if arow < 0:
            if dst_s != srow:
                self.undo.push(cmd.MoveScenario(self.model, srow, dst_s, self.tr("Move scenario")))
                self.select(dst_s)
        elif (srow, arow) != (dst_s, dst_a):
            self.undo.push(
                cmd.MoveActivity(self.model, (srow, arow), (dst_s, dst_a), self.tr("Move activity"))
            )
            self.select(dst_s, dst_a)

    def _activity_edited(self, act: PlanActivity) -> None:
        srow, arow = self.current_location()
        if arow < 0:
            return
        self._from_editor = True
        try:
            self.undo.push(cmd.EditActivity(self.model, srow, arow, act, self.tr("Edit activity")))
        finally:
            self._from_editor = False

    def _intro_edited(self, minutes: int) -> None:
        srow, _ = self.current_location()
        if srow >= 0:
            self._from_editor = True
            try:
                self.undo.push(
                    cmd.EditIntro(self.model, srow, minutes, self.tr("Change presenting time"))
                )
            finally:
                self._from_editor = False

    def _fill_from_scenarios(self) -> None:
        act = self.activity_editor.activity()
        if act is None:
            return
        act.options = [self.model.scenario_title(i) for i in range(len(self.model.plan.agenda))]
        self._activity_edited(act)
        self._show_current()

    def _add_suggested(self) -> None:
        srow, _ = self.current_location()
        card = self.catalog.get(self.model.plan.agenda[srow].card_id) if srow >= 0 else None
        if not card:
            return
        self.undo.beginMacro(self.tr("Add suggested activities"))
        for tid in card["suggested_activities"]:
            self.add_template(tid, srow, len(self.model.plan.agenda[srow].activities))
        self.undo.endMacro()
        self.select(srow)
