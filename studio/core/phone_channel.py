"""PhoneChannel: what participants' phones see, and their answers committed to disk.

The phone server (:mod:`studio.phones.server`) is a thin HTTP skin over this class;
everything a phone may do is decided here, Qt-free and testable without a network:

- *What a phone sees* (:meth:`PhoneChannel.state_for`): read from the one session
  model, never from a copy; a ``version`` counter moves on every session event so
  that phones waiting on a long poll hear of each change.
- *What a phone may send*: a ballot for the activity the facilitator is on while it
  is open, a note while a notes activity is open, dots while the shared screen
  shows dot voting. Nothing else: no phone request opens, closes, reveals or resets.
- *Anonymity*: the device id the page makes is the only identity. It is never stored;
  a ballot's id is derived from (activity, device), so one ballot per device per
  activity is kept by the file's own primary key, and ballots of one device in
  two activities cannot be linked without the device id.
- *Durability with throughput*: answers wait in a queue that one writer thread
  commits in groups, one fsynced transaction per group (group commit). A caller
  hears "saved" only after its group's commit returned.
"""

from __future__ import annotations

import functools
import logging
import queue
import re
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from studio.base.errors import StateError, StudioError, ValidationError, WriteError
from studio.base.i18n import QT_TRANSLATE_NOOP, format_number, words_in
from studio.core.ballots import BallotService
from studio.core.kinds import Moderation, ScreenMode, Source, localized, source_label
from studio.core.kinds.base import MEASURE_BORDA, MEASURE_POINTS
from studio.core.kinds.registry import kind_of
from studio.core.notes import NoteService
from studio.core.participation import ParticipationService
from studio.core.results_service import ResultsService
from studio.core.saving import saving
from studio.core.session_events import (
    BallotCast,
    BallotsWithdrawn,
    NotesChanged,
    SessionEvent,
    TallyRecorded,
    WorkshopChanged,
    session_events,
)
from studio.core.session_state import SessionModel
from studio.core.workshops import WorkshopService

log = logging.getLogger(__name__)

CONTEXT = "Phones"
# Fixed namespace of the ids derived from a device (uuid5): changing it would let a
# device answer again in a workshop that phones joined before.
_NAMESPACE = uuid.UUID("6f1d2c9e-4b7a-5e8f-9c3d-2a1b0e7f6d54")
DEVICE_RE = re.compile(r"^[0-9a-f]{32}$")
REQUEST_RE = re.compile(r"^[0-9A-Za-z_-]{8,64}$")
# A reset withdraws ballots; a device may then answer again, up to this many times.
_MAX_ROUNDS = 20
# Groups smaller than this stay folded in results, as everywhere.
MIN_GROUP = 5
# A phone counts as connected while it asked for the state within this many seconds.
CONNECTED_SECONDS = 45.0
# At most this many answers go into one commit.
_GROUP_LIMIT = 256


# What an activity's setting is when the plan left it out (as the kinds read them).
_DEFAULTS: dict[str, Any] = {"min": 1, "max": 5, "allow_dont_know": True, "budget": 10,
                             "min_label": "", "max_label": "", "x_label": "", "y_label": ""}


class PhoneRefused(StudioError):
    """A phone's request that is refused; ``code`` names why (see docs/phones.md)."""

    def __init__(self, code: str, template: str, **params: object) -> None:
        super().__init__(template, **params)
        self.code = code


def _answered() -> PhoneRefused:
    return PhoneRefused("answered", QT_TRANSLATE_NOOP(
        "Phones", "This phone has already answered this question. Thank you!"))


def _not_current() -> PhoneRefused:
    return PhoneRefused("closed", QT_TRANSLATE_NOOP(
        "Phones", "This question is not open any more. Please look at the shared screen."))


@dataclass(frozen=True)
class Saved:
    """A phone's answer is on disk (``repeat``: it was already, from the same request)."""

    id: str
    repeat: bool = False


def _derived(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, ":".join(parts)))


def note_id_for(device: str, request: str) -> str:
    """The id a phone's note gets: the same request never makes a second note."""
    return _derived("note", device, request)


@functools.lru_cache(maxsize=1 << 16)  # asked on every state a phone fetches
def ballot_id_for(activity_id: str, device: str, round_: int = 0) -> str:
    """The id a device's ballot for an activity gets (``round_``: answers after resets)."""
    return _derived("ballot", activity_id, device, str(round_))


@dataclass(frozen=True)
class _Job:
    """Work for the writer: ``work(conn, cache)`` checks a ballot and returns its rows
    (``ballot`` = device, request, activity id); else ``work()`` runs on its own."""

    work: Callable[..., Any]
    future: Future
    ballot: tuple[str, str, str] | None = None


class _Writer(threading.Thread):
    """One thread that commits queued answers in groups (one fsync per group)."""

    def __init__(self, channel: PhoneChannel) -> None:
        super().__init__(name="phone-writer", daemon=True)
        self.channel = channel
        self.jobs: queue.Queue[_Job | None] = queue.Queue()

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            batch = [job]
            while len(batch) < _GROUP_LIMIT:
                try:
                    more = self.jobs.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self.jobs.put(None)  # stop after this group
                    break
                batch.append(more)
            self._run_batch(batch)

    def _run_batch(self, batch: list[_Job]) -> None:
        ballots = [job for job in batch if job.ballot is not None]
        others = [job for job in batch if job.ballot is None]
        if ballots:
            self.channel._commit_ballots(ballots)
        for job in others:  # notes and dots: rare, one transaction each
            if not job.future.set_running_or_notify_cancel():
                continue
            try:
                job.future.set_result(job.work())
            except Exception as exc:  # the caller answers the phone with it  # noqa: BLE001
                job.future.set_exception(exc)


class PhoneChannel:
    """The phone channel of one open workshop (one per running phone server)."""

    def __init__(self, store: Any, session: SessionModel) -> None:
        self.store = store
        self.session = session
        self._ballots = BallotService(store)
        self._notes = NoteService(store)
        self._workshops = WorkshopService(store)
        self._participation = ParticipationService(store)
        self._results = ResultsService(store)
        self._lock = threading.Lock()
        self._working_out = threading.Lock()  # one thread works out a new base state
        self.version = 1
        self._listeners: list[Callable[[], None]] = []
        self._joined: set[str] = set()
        self._seen: dict[str, float] = {}
        # Per activity, the ids of its phone ballots in the file: (live ones, all ones).
        # Read once per activity; afterwards only this channel adds phone ballots.
        self._phone_ballots: dict[str, tuple[set[str], set[str]]] = {}
        self._repeat: dict[tuple[str, str], str] = {}  # (device, request) -> saved id
        self._notes_sent: dict[tuple[str, str], int] = {}  # (device, activity) -> notes
        self._base: tuple[int, dict[str, Any]] | None = None
        self.join_locked = False
        self.show_results = False
        self._workshop_cache: Any = None  # the workshop's read model, read again on a change
        self._writer = _Writer(self)
        self._writer.start()
        self._unsubscribe = session.subscribe(self._on_event)

    # -- life -----------------------------------------------------------------------------
    def close(self) -> None:
        """Stop listening; answers already queued are committed first."""
        self._unsubscribe()
        self._writer.jobs.put(None)
        self._writer.join(timeout=30)

    def on_change(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback()`` (from any thread) whenever :attr:`version` moved."""
        with self._lock:
            self._listeners.append(callback)

        def remove() -> None:
            with self._lock:
                if callback in self._listeners:
                    self._listeners.remove(callback)
        return remove

    def _bump(self) -> None:
        with self._lock:
            self.version += 1
            self._base = None
            listeners = list(self._listeners)
        for callback in listeners:
            try:
                callback()
            except Exception:
                log.exception("a phone listener failed")

    def _on_event(self, event: SessionEvent) -> None:
        if isinstance(event, BallotsWithdrawn):
            with self._lock:
                self._phone_ballots.pop(event.activity_id, None)
        if isinstance(event, WorkshopChanged):
            with self._lock:
                self._workshop_cache = None
        if isinstance(event, (BallotCast, TallyRecorded)) and not self._shows_results():
            # Counts do not show on phones: a ballot changes nothing another phone sees,
            # and waking every waiting phone per ballot would flood the room's network.
            return
        if isinstance(event, NotesChanged) and self.session.mode is not ScreenMode.DOTS:
            return  # notes show on phones only as dot-voting targets
        self._bump()

    def _shows_results(self) -> bool:
        activity = self.session.activity
        return self.show_results and activity is not None and \
            activity.state.value == "revealed"

    def set_join_locked(self, locked: bool) -> None:
        self.join_locked = bool(locked)
        self._bump()

    def set_show_results(self, on: bool) -> None:
        self.show_results = bool(on)
        self._bump()

    # -- devices ----------------------------------------------------------------------------
    def join(self, device: str) -> None:
        """Let ``device`` in (refused while joining is locked, unless it joined before)."""
        _check_device(device)
        with self._lock:
            if device in self._joined:
                return
            if self.join_locked:
                raise PhoneRefused("locked", QT_TRANSLATE_NOOP(
                    "Phones", "Joining is closed for now. Please ask the facilitator."))
            self._joined.add(device)
        self._bump()

    def joined(self, device: str) -> bool:
        with self._lock:
            return device in self._joined

    def seen(self, device: str) -> None:
        with self._lock:
            if device in self._joined:
                self._seen[device] = time.monotonic()

    def connected(self) -> int:
        """Phones that joined and asked for the state lately."""
        limit = time.monotonic() - CONNECTED_SECONDS
        with self._lock:
            return sum(1 for at in self._seen.values() if at >= limit)

    def _require_joined(self, device: str) -> None:
        _check_device(device)
        if not self.joined(device):
            raise PhoneRefused("not_joined", QT_TRANSLATE_NOOP(
                "Phones", "This phone has not joined the workshop yet. Please reload the page."))

    # -- what a phone sees -------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.session.language

    def _workshop(self) -> Any:
        with self._lock:
            cached = self._workshop_cache
        if cached is None:
            cached = self._workshops.get()
            with self._lock:
                self._workshop_cache = cached
        return cached

    def state_for(self, device: str, *, cached_only: bool = False) -> dict[str, Any] | None:
        """The state a phone shows (docs/phones.md), for ``device``. ``cached_only``: None
        where it would have to read the file (the caller then asks from a worker thread)."""
        with self._lock:
            base = self._base
            version = self.version
        if base is None or base[0] != version:
            if cached_only:
                return None
            with self._working_out:  # the room asks at once: the first works it out
                with self._lock:
                    base = self._base
                    version = self.version
                if base is None or base[0] != version:
                    base = (version, self._base_state())
                    with self._lock:
                        if self.version == version:
                            self._base = base
        if cached_only and (base[1].get("dots") is not None or not self._knows_ballots(
                base[1].get("activity"))):
            return None
        state = dict(base[1])
        state["version"] = version
        state["joined"] = self.joined(device)
        state["join_locked"] = self.join_locked
        activity = state.get("activity")
        if activity is not None:
            activity = dict(activity)
            if activity.get("collects_notes"):
                with self._lock:
                    activity["notes_sent"] = self._notes_sent.get((device, activity["id"]), 0)
                activity["answered"] = False
            else:
                activity["answered"] = self.has_answered(device, activity["id"])
                activity["notes_sent"] = 0
            activity.pop("collects_notes", None)
            state["activity"] = activity
        dots = state.get("dots")
        if dots is not None:
            dots = dict(dots)
            dots["answered"] = self._dots_ballot(device) is not None
            state["dots"] = dots
        return state

    def _knows_ballots(self, activity: dict[str, Any] | None) -> bool:
        """Whether the activity's phone ballots are in memory (no read to answer)."""
        if activity is None or activity.get("collects_notes"):
            return True
        with self._lock:
            return activity["id"] in self._phone_ballots

    def _base_state(self) -> dict[str, Any]:
        session = self.session
        lang = session.language
        ws = self._workshop()
        words = words_in(lang)
        groups = [{"key": g.get("key", ""), "label": localized(g, lang)}
                  for g in (ws.stakeholder_groups or [])]
        asked = bool(groups) and (ws.settings or {}).get("ask_stakeholder_group", True) \
            is not False
        scenario = session.scenario
        card = scenario.card if scenario is not None else {}
        activity = session.activity
        mode = session.mode
        state: dict[str, Any] = {
            "lang": lang,
            "title": ws.title or "",
            "groups": groups if asked else [],
            "screen": mode.value,
            "scenario": None if scenario is None else {
                "id": scenario.id,
                "title": _text(card.get("title"), lang),
                "summary": _text(card.get("summary"), lang),
            },
            "activity": None,
            "dots": None,
            "results": None,
        }
        if activity is not None:
            kind = kind_of(activity.kind)
            settings = {k: activity.settings.get(k, _DEFAULTS.get(k))
                        for k in kind.setting_keys if k != "categories"}
            if "max_choices" in settings and not settings["max_choices"]:
                settings["max_choices"] = len(activity.options)
            if asked and not self._participation.group_question(activity.id).asked:
                state["groups"] = []
            state["activity"] = {
                "id": activity.id,
                "kind": activity.kind.value,
                "prompt": activity.prompt,
                "state": activity.state.value,
                "options": [{"id": oid, "label": label} for oid, label in activity.options],
                "settings": settings,
                "categories": [
                    {"key": c.get("key", ""), "label": localized(c, lang),
                     "symbol": c.get("symbol", "")}
                    for c in self._notes.activity_categories(activity.id)
                ] if kind.collects_notes else [],
                "collects_notes": kind.collects_notes,
            }
            if self.show_results and activity.state.value == "revealed" \
                    and not kind.collects_notes:
                state["results"] = self._results_for(activity, words, lang)
        if mode is ScreenMode.DOTS:
            state["dots"] = self._dots_state(ws, lang)
        return state

    def _results_for(self, activity: Any, words: Any, lang: str) -> dict[str, Any]:
        result = self._results.result(activity.id)
        kind = kind_of(activity.kind)
        counts = self.session.counts(activity.id)
        lines = []
        for opt in result.options:
            if kind.chart == "stances":
                seen = opt.agree + opt.disagree + opt.passed
                value = words.translate("Phones", "agree {a} · disagree {d} · pass {p}").format(
                    a=opt.agree, d=opt.disagree, p=opt.passed)
                share = opt.agree / seen if seen else 0.0
            elif kind.measure == MEASURE_POINTS:
                value = format_number(opt.points, lang, 0)
                share = opt.points / result.points_total if result.points_total else 0.0
            elif kind.measure == MEASURE_BORDA:
                value = words.translate("Phones", "average place {rank}").format(
                    rank=format_number(opt.mean_rank or 0.0, lang))
                share = opt.share
            else:
                value = f"{opt.count} ({format_number(opt.share * 100, lang, 0)} %)"
                share = opt.share
            lines.append({"label": opt.label, "value": value, "share": round(share, 4)})
        note = ""
        if result.mean is not None and kind.chart == "diverging":
            note = words.translate("Phones", "Average: {mean}").format(
                mean=format_number(result.mean, lang))
        return {
            "n": result.n,
            "by_channel": [{"source": src, "label": source_label(src, lang), "n": n}
                           for src, n in counts.by_source],
            "lines": lines,
            "note": note,
        }

    def _dots_state(self, ws: Any, lang: str) -> dict[str, Any]:
        settings = ws.settings or {}
        notes = [n for n in self._notes.notes(include_hidden=False)
                 if n.moderation == Moderation.VISIBLE.value and not n.merged_into_id]
        categories = {c.get("key"): localized(c, lang) for c in ws.note_categories or []}
        targets = [{"kind": "cluster", "id": c.id, "text": c.name, "category": ""}
                   for c in self._notes.clusters() if c.name.strip()]
        targets += [{"kind": "note", "id": n.id, "text": n.text,
                     "category": categories.get(n.category, n.category)} for n in notes]
        return {
            "open": True,
            "per_person": int(settings.get("dots_per_participant", 5)),
            "per_item": int(settings.get("max_dots_per_item", 2)),
            "targets": targets,
        }

    # -- one ballot per device per activity -------------------------------------------------
    def has_answered(self, device: str, activity_id: str) -> bool:
        return self._ballot_slots(activity_id, device)[0] is not None

    def _ballots_of(self, activity_id: str) -> tuple[set[str], set[str]]:
        with self._lock:
            known = self._phone_ballots.get(activity_id)
        if known is None:
            states = self._ballots.phone_ballots(activity_id)
            known = ({i for i, withdrawn in states.items() if not withdrawn}, set(states))
            with self._lock:
                known = self._phone_ballots.setdefault(activity_id, known)
        return known

    def _ballot_slots(self, activity_id: str, device: str) -> tuple[str | None, str | None]:
        """The device's live ballot for the activity (if any) and the next free id."""
        live, every = self._ballots_of(activity_id)
        with self._lock:
            for round_ in range(_MAX_ROUNDS):  # rounds after resets: rare, ids made lazily
                ballot_id = ballot_id_for(activity_id, device, round_)
                if ballot_id in live:
                    return ballot_id, None
                if ballot_id not in every:
                    return None, ballot_id
        return None, None

    # -- answers ----------------------------------------------------------------------------
    def submit_ballot(self, device: str, request: str, activity_id: str,
                      group: str | None, answer: Any) -> Future:
        """Queue a phone's ballot; the future gives :class:`Saved` once it is on disk,
        or raises a :class:`StudioError` (a :class:`PhoneRefused` says why)."""
        future: Future = Future()
        try:
            self._require_joined(device)
            _check_request(request)
            if not isinstance(answer, dict):
                raise ValidationError(QT_TRANSLATE_NOOP("Phones", "The answer is incomplete."))
            with self._lock:
                saved = self._repeat.get((device, request))
            if saved is not None:
                future.set_result(Saved(saved, repeat=True))
                return future
            current = self.session.activity
            if current is None or current.id != activity_id or \
                    kind_of(current.kind).collects_notes:
                raise _not_current()
        except StudioError as exc:
            future.set_exception(exc)
            return future
        self._writer.jobs.put(_Job(lambda conn, cache: self._prepare_ballot(
            conn, cache, device, activity_id, group, answer), future,
            (device, request, activity_id)))
        return future

    def _prepare_ballot(self, conn: Any, cache: dict[str, Any], device: str,
                        activity_id: str, group: str | None,
                        answer: dict[str, Any]) -> tuple[dict, list[dict]]:
        live, free = self._ballot_slots(activity_id, device)
        if live is not None or free is None or free in cache.setdefault("ids", set()):
            raise _answered()  # (the same device twice in one group: the second waits)
        try:
            rows = self._ballots.prepare(conn, activity_id, answer, group, Source.PHONE,
                                         ballot_id=free, activities=cache)
        except StateError:
            raise _not_current() from None
        cache["ids"].add(free)
        return rows

    def _commit_ballots(self, jobs: list[_Job]) -> None:
        """Insert each queued ballot (a refused one changes nothing), then commit once."""
        done: list[tuple[_Job, str]] = []
        live = [job for job in jobs if job.future.set_running_or_notify_cancel()]
        cache: dict[str, Any] = {}
        try:
            with saving(), self.store.hot_transaction() as conn:
                ballots: list[dict] = []
                responses: list[dict] = []
                for job in live:
                    try:
                        ballot, rows = job.work(conn, cache)
                        ballots.append(ballot)
                        responses.extend(rows)
                        done.append((job, ballot["id"]))
                    except StudioError as exc:  # checked before anything was written
                        job.future.set_exception(exc)
                    except (KeyError, TypeError, ValueError, AttributeError):
                        log.warning("a phone sent an answer of the wrong shape", exc_info=True)
                        job.future.set_exception(ValidationError(QT_TRANSLATE_NOOP(
                            "Phones", "The answer is incomplete.")))
                self._ballots.insert_prepared(conn, ballots, responses)
        except Exception as exc:  # nothing of the group is on disk: say so to each phone
            err = exc if isinstance(exc, WriteError) else WriteError(QT_TRANSLATE_NOOP(
                "Phones", "The answer could not be saved. Please send it again."))
            if not isinstance(exc, WriteError):
                log.exception("committing phone ballots failed")
            for job, _ in done:
                job.future.set_exception(err)
            return
        activities: set[str] = set()
        for job, ballot_id in done:
            device, request, activity_id = job.ballot  # type: ignore[misc]
            with self._lock:
                known = self._phone_ballots.get(activity_id)
                if known is not None:
                    known[0].add(ballot_id)
                    known[1].add(ballot_id)
                self._repeat[(device, request)] = ballot_id
            activities.add(activity_id)
            job.future.set_result(Saved(ballot_id))
        for activity_id in activities:  # one event per activity and group
            session_events(self.store).emit(BallotCast(activity_id, Source.PHONE.value))

    def submit_note(self, device: str, request: str, activity_id: str, group: str | None,
                    category: Any, text: Any) -> Future:
        """Queue a phone's note for the open notes activity ``activity_id``."""
        future: Future = Future()
        try:
            self._require_joined(device)
            _check_request(request)
            if not isinstance(text, str) or not isinstance(category, str) or not text.strip():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Phones", "Please write a note and choose its kind."))
            current = self.session.activity
            if current is None or current.id != activity_id or \
                    not kind_of(current.kind).collects_notes:
                raise _not_current()
        except StudioError as exc:
            future.set_exception(exc)
            return future
        note_id = note_id_for(device, request)

        def work() -> Saved:
            if self._notes.exists(note_id):
                return Saved(note_id, repeat=True)
            if not self._workshops.activity(activity_id).open:
                raise _not_current()
            note = self._notes.add_note(
                text, category, scenario_id=current.scenario_id, activity_id=activity_id,
                source=Source.PHONE, stakeholder_group=group or None, note_id=note_id)
            with self._lock:
                key = (device, activity_id)
                self._notes_sent[key] = self._notes_sent.get(key, 0) + 1
            session_events(self.store).emit(NotesChanged((note.id,), Source.PHONE.value))
            return Saved(note.id)

        self._writer.jobs.put(_Job(work, future))
        return future

    def submit_dots(self, device: str, request: str, group: str | None,
                    dots: Any) -> Future:
        """Queue a phone's dots (dot voting on the board's notes and clusters)."""
        future: Future = Future()
        try:
            self._require_joined(device)
            _check_request(request)
            if self.session.mode is not ScreenMode.DOTS:
                raise _not_current()
            targets = _dot_targets(dots)
        except StudioError as exc:
            future.set_exception(exc)
            return future

        def work() -> Saved:
            with self._lock:
                saved = self._repeat.get((device, request))
            if saved is not None:
                return Saved(saved, repeat=True)
            if self._dots_ballot(device) is not None:
                raise _answered()
            ballot_id = next(i for i in self._dot_ids(device)
                             if not self._notes.dots_exist(i))
            saved_id = self._notes.cast_dots(targets, Source.PHONE, ballot_id=ballot_id)
            with self._lock:
                self._repeat[(device, request)] = saved_id
            session_events(self.store).emit(NotesChanged((), Source.PHONE.value))
            return Saved(saved_id)

        self._writer.jobs.put(_Job(work, future))
        return future

    def _dot_ids(self, device: str) -> list[str]:
        return [_derived("dots", device, str(k)) for k in range(_MAX_ROUNDS)]

    def _dots_ballot(self, device: str) -> str | None:
        """The device's dots of this round, if it placed them (and they still count)."""
        ids = self._dot_ids(device)
        placed = self._notes.dot_ballots(ids)
        return next((i for i in ids if i in placed), None)


def _check_device(device: Any) -> None:
    if not isinstance(device, str) or not DEVICE_RE.match(device):
        raise PhoneRefused("bad_request", QT_TRANSLATE_NOOP(
            "Phones", "This phone's page is out of date. Please reload it."))


def _check_request(request: Any) -> None:
    if not isinstance(request, str) or not REQUEST_RE.match(request):
        raise PhoneRefused("bad_request", QT_TRANSLATE_NOOP(
            "Phones", "This phone's page is out of date. Please reload it."))


def _dot_targets(dots: Any) -> list[tuple[str, str]]:
    if not isinstance(dots, list) or len(dots) > 100:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Place at least one dot."))
    targets = []
    for item in dots:
        if not (isinstance(item, list) and len(item) == 2 and item[0] in ("note", "cluster")
                and isinstance(item[1], str) and len(item[1]) <= 64):
            raise ValidationError(QT_TRANSLATE_NOOP("Phones", "The answer is incomplete."))
        targets.append((item[0], item[1]))
    return targets


def _text(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("de") or value.get("en") or "")
    return "" if value is None else str(value)

