"""Notes across workshops: a pilot's notes by category, tag, city and cluster, with search.

:func:`pilot_notes` gives every visible note of a pilot (scenario card, by its id) in
the selected workshops; hidden notes (for personal data, and duplicates merged into
another note, which are hidden too) stay out. The filters narrow it down:

- ``search``: words that must all occur in the note's text, each as a part of a word
  or more ("daten" finds "Datenschutz"), ignoring case and accents ("strasse" finds
  "Straße", "Ubersicht" finds "Übersicht"); done in Python on both backends, so a file
  and a server give the same notes;
- ``categories``, ``tags`` (keys), ``cities`` and ``clusters`` (cluster names, case
  aside: clusters are named per workshop, so the same name in two workshops is one
  entry), each empty for "any".

The counts (:attr:`NotesView.by_category` etc.) are over the notes found.

Stakeholder groups of notes are folded as in an export
(:func:`studio.core.results.note_group_sizes`): a note names its group only when at
least 5 people of that group can be behind the pilot's notes across the selection
(bounded by the group's people in the pilot's votes, summed over the workshops);
otherwise it reads ``small_groups``. A selection naming groups finds only notes of
groups shown that way (a filter must not single out a small group's notes).
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, select

from studio.archive import questions as Q
from studio.archive import schema as S
from studio.archive.archive import Archive
from studio.archive.selection import EVERYTHING, Selection, selected_workshops
from studio.core.kinds import SMALL_GROUPS, Moderation, localized
from studio.core.kinds.registry import kind_of
from studio.core.results import note_group_sizes, shown_groups


def folded_text(text: str) -> str:
    """``text`` for searching: case folded (ß → ss), accents removed."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_words(query: str) -> tuple[str, ...]:
    return tuple(w for w in folded_text(query).split() if w)


@dataclass(frozen=True)
class PilotNote:
    """One visible note of a pilot in one workshop."""

    note_id: str
    workshop_id: str
    workshop_title: str
    city: str
    date: date | None
    card_id: str
    text: str
    category: str
    tags: tuple[str, ...]
    cluster_id: str | None
    cluster: str  # the cluster's name in its workshop ("" when not in a cluster)
    group: str | None  # the stakeholder group (folded: ``small_groups``), None: not stated
    source: str
    dots: int
    created_at: datetime | None


@dataclass(frozen=True)
class NotesView:
    """The notes found, with counts over them (each ``(key, count)``, most first)."""

    card_id: str | None
    selection: Selection
    search: str
    notes: tuple[PilotNote, ...]
    by_category: tuple[tuple[str, int], ...]
    by_tag: tuple[tuple[str, int], ...]
    by_city: tuple[tuple[str, int], ...]
    by_cluster: tuple[tuple[str, int], ...]
    #: (key, label) of the categories and tags the selected workshops define
    category_labels: tuple[tuple[str, str], ...]
    tag_labels: tuple[tuple[str, str], ...]


def _norm(name: str) -> str:
    return " ".join((name or "").split()).casefold()


def _ranked(counter: Counter) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].casefold())))


def pilot_notes(archive: Archive, card_id: str | None, selection: Selection = EVERYTHING, *,
                search: str = "", categories: Iterable[str] = (), tags: Iterable[str] = (),
                cities: Iterable[str] = (), clusters: Iterable[str] = ()) -> NotesView:
    """The visible notes of pilot ``card_id`` (None: of every pilot) in the selection."""
    chosen = selected_workshops(archive, selection)
    language = Q.language_of(chosen)
    with archive.store.reading() as conn:
        keys = Q.workshop_keys(conn, chosen)
        scenarios = Q.scenario_rows(conn, list(keys), card_id)
        card_of = {(s.wkey, s.id): s.card_id or "" for s in scenarios}
        rows = _note_rows(conn, list(keys), [s.id for s in scenarios])
        cluster_names = _clusters(conn, list(keys))
        room = _room(conn, list(keys), [s.id for s in scenarios])
        labels = _labels(conn, list(keys), language)
    rows = [r for r in rows if (r.wkey, r.scenario_id) in card_of
            and r.moderation != Moderation.HIDDEN.value]
    shown = shown_groups(note_group_sizes((r.stakeholder_group for r in rows), room))

    def group(g: str | None) -> str | None:
        return g if g is None or g in shown else SMALL_GROUPS

    words = search_words(search)
    wanted = {k: {_norm(v) for v in vals} for k, vals in
              (("category", categories), ("tag", tags), ("city", cities),
               ("cluster", clusters))}
    found: list[PilotNote] = []
    for r in rows:
        g = group(r.stakeholder_group)
        if selection.groups and (g == SMALL_GROUPS or not selection.takes_group(g)):
            continue
        if words:
            folded = folded_text(r.text or "")
            if not all(w in folded for w in words):
                continue
        w = keys[r.wkey]
        note_tags = tuple(r.tags or ())
        cluster = cluster_names.get((r.wkey, r.cluster_id), "") if r.cluster_id else ""
        if wanted["category"] and _norm(r.category) not in wanted["category"]:
            continue
        if wanted["tag"] and not wanted["tag"] & {_norm(t) for t in note_tags}:
            continue
        if wanted["city"] and _norm(w.city) not in wanted["city"]:
            continue
        if wanted["cluster"] and _norm(cluster) not in wanted["cluster"]:
            continue
        found.append(PilotNote(
            r.id, w.workshop_id, w.title, w.city, w.date, card_of[(r.wkey, r.scenario_id)],
            r.text or "", r.category or "", note_tags, r.cluster_id, cluster, g,
            r.source or "", int(r.dots or 0), r.created_at))
    order = {w.workshop_id: i for i, w in enumerate(chosen)}
    found.sort(key=lambda n: (order[n.workshop_id], n.created_at or datetime.min, n.note_id))
    spelled: dict[str, str] = {}
    for n in found:
        if n.cluster:
            spelled.setdefault(_norm(n.cluster), n.cluster)
    return NotesView(
        card_id=card_id, selection=selection, search=search, notes=tuple(found),
        by_category=_ranked(Counter(n.category for n in found)),
        by_tag=_ranked(Counter(t for n in found for t in n.tags)),
        by_city=_ranked(Counter(n.city for n in found)),
        by_cluster=_ranked(Counter(spelled[_norm(n.cluster)] for n in found if n.cluster)),
        category_labels=labels[0], tag_labels=labels[1])


def _note_rows(conn: Any, keys: Sequence[int], scenario_ids: Sequence[str]) -> list[Any]:
    T = S.notes
    cols = [T.c.wkey, T.c.id, T.c.scenario_id, T.c.text, T.c.category, T.c.tags,
            T.c.cluster_id, T.c.moderation, T.c.stakeholder_group, T.c.source, T.c.dots,
            T.c.created_at]
    out: list[Any] = []
    ids = list(dict.fromkeys(scenario_ids))
    for kpart in Q.chunks(list(keys)):
        for spart in Q.chunks(ids):
            out.extend(conn.execute(select(*cols).where(and_(
                T.c.wkey.in_(kpart), T.c.scenario_id.in_(spart)))).all())
    return out


def _clusters(conn: Any, keys: Sequence[int]) -> dict[tuple[int, str], str]:
    T = S.clusters
    out = {}
    for part in Q.chunks(list(keys)):
        for r in conn.execute(select(T.c.wkey, T.c.id, T.c.name).where(T.c.wkey.in_(part))):
            out[(r.wkey, r.id)] = r.name or ""
    return out


def _room(conn: Any, keys: Sequence[int], scenario_ids: Sequence[str]) -> dict[str, int]:
    """People per group in the pilot's votes: per workshop its largest vote, summed."""
    acts = [a for a in Q.activity_rows(conn, keys, scenario_ids)
            if not kind_of(a["kind"]).collects_notes]
    T = S.responses
    per_ws: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_key: dict[int, list[str]] = defaultdict(list)
    for a in acts:
        by_key[a["wkey"]].append(a["id"])
    for wkey, ids in by_key.items():
        for part in Q.chunks(ids):
            for aid, g, n in conn.execute(
                    select(T.c.activity_id, T.c.stakeholder_group,
                           func.count(T.c.ballot_id.distinct()))
                    .where(and_(T.c.wkey == wkey, T.c.activity_id.in_(part),
                                T.c.withdrawn_at.is_(None), T.c.ballot_id.is_not(None),
                                T.c.stakeholder_group.is_not(None)))
                    .group_by(T.c.activity_id, T.c.stakeholder_group)):
                per_ws[wkey][g] = max(per_ws[wkey][g], int(n))
    room: dict[str, int] = defaultdict(int)
    for groups in per_ws.values():
        for g, n in groups.items():
            room[g] += n
    return dict(room)


def _labels(conn: Any, keys: Sequence[int], language: str
            ) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    T = S.workshop_record
    cats: dict[str, str] = {}
    tags: dict[str, str] = {}
    for part in Q.chunks(list(keys)):
        for r in conn.execute(select(T.c.note_categories, T.c.note_tags)
                              .where(T.c.wkey.in_(part))):
            for entry in r.note_categories or ():
                if isinstance(entry, dict) and entry.get("key"):
                    cats.setdefault(entry["key"], localized(entry, language))
            for entry in r.note_tags or ():
                if isinstance(entry, dict) and entry.get("key"):
                    tags.setdefault(entry["key"], localized(entry, language))
    return tuple(cats.items()), tuple(tags.items())
