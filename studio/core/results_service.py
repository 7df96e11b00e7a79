"""ResultsService: results of activities read from a workshop store."""

from __future__ import annotations

from sqlalchemy import select

from studio.core import read_models as rm
from studio.core import results
from studio.base.errors import NotFoundError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.store.database import WorkshopStore
from studio.store.models import Activity, Option, Response


class ResultsService:
    def __init__(self, store: WorkshopStore) -> None:
        self.store = store

    def _load(self, activity_id: str):
        with self.store.reader() as s:
            act = s.get(Activity, activity_id)
            if act is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That activity no longer exists."))
            options = [
                (o.id, o.label)
                for o in s.scalars(
                    select(Option).where(Option.activity_id == activity_id).order_by(Option.position)
                )
            ]
            rows = list(
                s.scalars(
                    select(Response).where(
                        Response.activity_id == activity_id, Response.withdrawn_at.is_(None)
                    )
                )
            )
            return act, options, rows

    def result(self, activity_id: str) -> rm.Result:
        act, options, rows = self._load(activity_id)
        return rm.Result.from_result(results.compute(act.kind, act.settings or {}, options, rows))

    def by_group(self, activity_id: str) -> dict[str, rm.Result]:
        act, options, rows = self._load(activity_id)
        return {group: rm.Result.from_result(res) for group, res in
                results.compute_by_group(act.kind, act.settings or {}, options, rows).items()}
