"""One guard for writes that a participant waits for.

A full disk, a file made read-only or a drive that went away make SQLite (or
the operating system) raise errors that mean nothing to a user. Inside
:func:`saving` they become a :class:`~studio.base.errors.WriteError` that says
that nothing was saved and what to do; the transaction has been rolled back, so
the same change can be tried again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import SQLAlchemyError

from studio.base.errors import WriteError
from studio.base.i18n import QT_TRANSLATE_NOOP


@contextmanager
def saving() -> Iterator[None]:
    """Turn a failed write into a ``WriteError`` (other errors pass unchanged)."""
    try:
        yield
    except (SQLAlchemyError, OSError) as exc:
        detail = getattr(exc, "orig", None) or exc
        raise WriteError(
            QT_TRANSLATE_NOOP("Errors", "The workshop file could not be written ({detail}), so "
                              "nothing was saved. Free some disk space or make sure the file "
                              "may be written, then try again."),
            detail=str(detail).splitlines()[0] if str(detail) else type(detail).__name__,
        ) from exc
