"""Shared by the recommendation and paper tests: an archive with two pilots and evidence.

Two workshops from :mod:`exchange_data` (every kind of record, hostile texts, a hidden
note, a cluster, statements), the second about another card, added to an archive of
either kind (a file or a database on the test cluster).
"""

from __future__ import annotations

from pathlib import Path

from archive_support import new_target
from exchange_data import make_file

from studio.archive import open_archive
from studio.archive.evidence import CLUSTER, NOTE, RESULT, STATEMENT, EvidenceRef
from studio.archive.recommendations import create_recommendation, decide, link_evidence
from studio.exchange.records import read_workshop_file


def two_workshops(folder: Path) -> tuple[list[Path], list[dict[str, str]]]:
    folder.mkdir(parents=True, exist_ok=True)
    a, ids_a = make_file(folder / "a.workshop", title="Werkstatt Leipzig", card_id="card-a")
    b, ids_b = make_file(folder / "b.workshop", title="Workshop Hamburg", card_id="card-b")
    return [a, b], [ids_a, ids_b]


def filled_archive(kind: str, folder: Path, request) -> tuple[str, list[dict[str, str]]]:
    """An archive of ``kind`` with both workshops, two recommendations with evidence and
    decisions; returns its target and the workshops' ids."""
    paths, ids = two_workshops(folder / "in")
    target = new_target(kind, folder, request)
    with open_archive(target, create=True) as archive:
        for p in paths:
            archive.add(read_workshop_file(p), p.name)
        first = create_recommendation(
            archive, title="Explain every decision =1+1", text="Staff explain in plain words.",
            audience="both", pilots=["card-a"], by="Ana")
        for kind_, key in ((NOTE, "first_note"), (CLUSTER, "cluster"), (RESULT, "scale")):
            link_evidence(archive, first.id, EvidenceRef(kind_, ids[0]["workshop"], ids[0][key]),
                          by="Ana")
        statement = _statement_option(paths[0], ids[0]["statements"])
        link_evidence(archive, first.id, EvidenceRef(STATEMENT, ids[0]["workshop"], statement),
                      by="Ana")
        decide(archive, first.id, "adopted", into="paper", by="Ben")
        second = create_recommendation(
            archive, title="Train the staff first", text="A course before the pilot starts.",
            audience="handbook", pilots=["card-b"], by="Ben")
        link_evidence(archive, second.id, EvidenceRef(NOTE, ids[1]["workshop"],
                                                      ids[1]["first_note"]), by="Ben")
        decide(archive, second.id, "not_adopted", reason="No budget this year", by="Ana")
    return target, ids


def _statement_option(path: Path, activity_id: str) -> str:
    rec = read_workshop_file(path)
    return next(o["id"] for o in rec.options if o["activity_id"] == activity_id)
