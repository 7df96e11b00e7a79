"""Recommendations in the archive: written, edited, decided, linked to evidence, on a file and
on the PostgreSQL server alike; the history keeps every change with who and when; evidence
that is later withdrawn (a hidden note, a removed workshop, a newer copy without it) shows as
withdrawn with its quote from the moment it was linked, never vanishes."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from recs_support import filled_archive, two_workshops

from studio.archive import open_archive
from studio.archive import schema as S
from studio.archive.evidence import GONE, HIDDEN, NOTE, RESULT, WORKSHOP_REMOVED, EvidenceRef
from studio.archive.recommendations import (
    create_recommendation,
    decide,
    edit_recommendation,
    history,
    link_evidence,
    recommendations,
    unlink_evidence,
)
from studio.base.errors import NotFoundError, StateError, ValidationError
from studio.core.notes import NoteService
from studio.exchange.records import read_workshop_file
from studio.store.database import WorkshopStore

BOTH = pytest.mark.parametrize("kind", ["file", "server"])


@BOTH
def test_lifecycle_with_history_and_evidence(kind, tmp_path, request):
    target, _ids = filled_archive(kind, tmp_path, request)
    with open_archive(target) as archive:
        found = recommendations(archive)
        assert [r.recommendation.title for r in found] == [
            "Explain every decision =1+1", "Train the staff first"]
        first, second = found
        assert first.recommendation.decision == "adopted"
        assert first.recommendation.decision_into == "paper"
        assert second.recommendation.decision == "not_adopted"
        assert second.recommendation.decision_reason == "No budget this year"
        kinds = [e.ref.kind for e in first.evidence]
        assert kinds == ["note", "cluster", "result", "statement"]
        note, cluster, result, statement = first.evidence
        assert note.quote == "=1+1 idea" and note.withdrawn is None
        assert cluster.quote == "=cluster" and cluster.figures["notes"] >= 1
        assert result.quote == "Question scale?" and result.figures["n"] > 0
        assert statement.figures["agree"] + statement.figures["disagree"] > 0
        assert all(e.context["workshop_title"] == "Werkstatt Leipzig" for e in first.evidence)

        changed = edit_recommendation(archive, first.recommendation.id, by="Carla",
                                      text="Staff explain in plain words, in writing.",
                                      expected_revision=first.recommendation.revision)
        assert changed.revision == first.recommendation.revision + 1
        assert changed.updated_by == "Carla"
        # Someone who still sees the old revision is told, not silently overwritten.
        with pytest.raises(StateError, match="Carla"):
            decide(archive, changed.id, "changed", by="Ana",
                   expected_revision=first.recommendation.revision)
        unlink_evidence(archive, cluster.id, by="Carla")
        log = history(archive, changed.id)
        assert [c.action for c in log] == ["created", "linked", "linked", "linked", "linked",
                                           "decided", "edited", "unlinked"]
        assert [c.by for c in log][-3:] == ["Ben", "Carla", "Carla"]
        assert log[5].details == {"from": "proposed", "to": "adopted", "into": "paper",
                                  "reason": None}
        assert log[6].details["text"]["from"] == "Staff explain in plain words."
        assert all(c.at.tzinfo is not None and c.at <= datetime.now(timezone.utc) for c in log)
        assert log[-1].details["quote"] == "=cluster"
        assert len(history(archive)) == len(log) + 3  # the second's: created, linked, decided
        assert len(recommendation_evidence(archive, changed.id)) == 3


def recommendation_evidence(archive, rec_id):
    return next(r.evidence for r in recommendations(archive) if r.recommendation.id == rec_id)


@BOTH
def test_bad_input_is_refused_with_a_message(kind, tmp_path, request):
    target, ids = filled_archive(kind, tmp_path, request)
    with open_archive(target) as archive:
        rec_id = recommendations(archive)[0].recommendation.id
        with pytest.raises(ValidationError, match="reason is required"):
            decide(archive, rec_id, "not_adopted", by="Ana", reason="  ")
        with pytest.raises(ValidationError, match="Type your name"):
            edit_recommendation(archive, rec_id, by=" ", title="x")
        with pytest.raises(ValidationError, match="no audience"):
            create_recommendation(archive, title="t", audience="everyone", by="Ana")
        with pytest.raises(ValidationError, match="needs a title"):
            create_recommendation(archive, title="  ", by="Ana")
        with pytest.raises(NotFoundError, match="only what it shows"):
            link_evidence(archive, rec_id, EvidenceRef(NOTE, ids[0]["workshop"], "nope"),
                          by="Ana")
        with pytest.raises(NotFoundError):  # a hidden note is not shown, so not linked
            link_evidence(archive, rec_id, EvidenceRef(NOTE, ids[0]["workshop"],
                                                       ids[0]["hidden"]), by="Ana")
        with pytest.raises(ValidationError, match="note round"):
            link_evidence(archive, rec_id, EvidenceRef(RESULT, ids[0]["workshop"],
                                                       ids[0]["notes"]), by="Ana")
        before = history(archive)
        # Linking the same item twice keeps one link and one history line.
        again = link_evidence(archive, rec_id, EvidenceRef(NOTE, ids[0]["workshop"],
                                                           ids[0]["first_note"]), by="Ana")
        assert again.quote == "=1+1 idea"
        assert history(archive) == before


@BOTH
def test_withdrawn_evidence_shows_as_withdrawn_with_its_quote(kind, tmp_path, request):
    target, ids = filled_archive(kind, tmp_path, request)
    source = tmp_path / "in" / "a.workshop"
    newer = tmp_path / "a-newer.workshop"
    newer.write_bytes(source.read_bytes())
    store = WorkshopStore.open(newer)
    try:  # the note is hidden in a later copy of the workshop
        NoteService(store).hide(ids[0]["first_note"], "personal data")
    finally:
        store.close()
    with open_archive(target) as archive:
        assert archive.add(read_workshop_file(newer), newer.name).status == "replaced"
        first, second = recommendations(archive)
        note = first.evidence[0]
        assert note.withdrawn == HIDDEN
        assert note.quote == ""  # hidden (personal data): not quoted, not even from the snapshot
        assert note.context["workshop_title"] == "Werkstatt Leipzig"
        assert first.evidence[2].withdrawn is None  # the result is still there
        archive.remove(ids[1]["workshop"])
        first, second = recommendations(archive)
        assert [e.withdrawn for e in second.evidence] == [WORKSHOP_REMOVED]
        assert second.evidence[0].quote == "=1+1 idea"
        assert second.evidence[0].context["workshop_title"] == "Workshop Hamburg"
    # A copy of the workshop without the note (deleted by hand): the link reads "gone".
    if kind == "file":
        with open_archive(target) as archive:
            with archive.store.writing() as conn:
                conn.execute(S.notes.delete().where(S.notes.c.id == ids[0]["first_note"]))
            assert recommendations(archive)[0].evidence[0].withdrawn == GONE


@BOTH
def test_an_archive_of_schema_1_0_gets_the_tables_on_its_first_recommendation(kind, tmp_path,
                                                                               request):
    from archive_support import new_target
    from sqlalchemy import text

    paths, ids = two_workshops(tmp_path / "in")
    target = new_target(kind, tmp_path, request, "old")
    with open_archive(target, create=True) as archive:
        archive.add(read_workshop_file(paths[0]), paths[0].name)
        with archive.store.writing() as conn:  # made as 1.0 made it: no recommendation tables
            for table in ("archive_recommendation_change", "archive_evidence",
                          "archive_recommendation"):
                conn.execute(text(f"DROP TABLE {table}"))
            conn.execute(text("UPDATE archive_meta SET value='1.0' WHERE key='schema_version'"))

    def version() -> str:
        with open_archive(target) as archive, archive.store.reading() as conn:
            return conn.execute(text(
                "SELECT value FROM archive_meta WHERE key='schema_version'")).scalar()

    with open_archive(target) as archive:
        assert recommendations(archive) == ()  # reading changes nothing
        assert history(archive) == ()
    assert version() == "1.0"
    with open_archive(target) as archive:
        made = create_recommendation(archive, title="First", by="Ana")
        link_evidence(archive, made.id, EvidenceRef(NOTE, ids[0]["workshop"],
                                                    ids[0]["first_note"]), by="Ana")
        assert len(recommendations(archive)[0].evidence) == 1
    assert version() == "1.1"


@BOTH
def test_several_people_changing_at_once_lose_nothing(kind, tmp_path, request):
    """Eight people decide and edit the same recommendation at the same moment (each with
    an archive of their own, as on eight laptops): every change lands, one after the other,
    and the history holds each of them once."""
    import threading

    target, _ids = filled_archive(kind, tmp_path, request)
    with open_archive(target) as archive:
        first = recommendations(archive)[0].recommendation
    start = threading.Barrier(8)
    errors: list[BaseException] = []

    def person(i: int) -> None:
        try:
            with open_archive(target) as mine:
                start.wait()
                if i % 2:
                    decide(mine, first.id, "changed", by=f"Person {i}", reason=f"round {i}")
                else:
                    edit_recommendation(mine, first.id, by=f"Person {i}", text=f"Text {i}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=person, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    with open_archive(target) as archive:
        now = recommendations(archive)[0].recommendation
        log = history(archive, first.id)
    assert now.revision == first.revision + 8
    late = log[-8:]
    assert sorted(c.by for c in late) == [f"Person {i}" for i in range(8)]
    assert [c.seq for c in log] == sorted(c.seq for c in log)
    assert now.updated_by == late[-1].by
