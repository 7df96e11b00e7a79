"""The append-only event log of facilitation actions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from studio.store.models import Event


def log_event(
    session: Session,
    workshop_id: str,
    kind: str,
    activity_id: str | None = None,
    **payload: Any,
) -> Event:
    """Append an event inside the caller's transaction (so it commits with the change)."""
    seq = session.scalar(select(func.coalesce(func.max(Event.seq), 0)).where(
        Event.workshop_id == workshop_id)) + 1
    event = Event(
        workshop_id=workshop_id, seq=seq, kind=kind, activity_id=activity_id, payload=payload
    )
    session.add(event)
    return event


def list_events(session: Session, workshop_id: str) -> list[Event]:
    return list(
        session.scalars(select(Event).where(Event.workshop_id == workshop_id).order_by(Event.seq))
    )
