"""Common ground and dividing lines among a pilot's statements: a minimal stand-in.

The cross-workshop analysis (``studio/archive/consensus.py``, built in parallel)
is the real thing; until it is on main the paper uses :func:`statement_standing`
here, one function the lead can swap for it. Per statement (matched across
workshops by the card and the statement's text, case and spacing ignored):

- agreement per stakeholder group (groups of at least 5 people who saw it; the rest
  are not broken out) and overall;
- consensus: the product over the groups shown of (agree + 1) / (seen + 2), as
  Pol.is's group-informed consensus: high only when every group agrees;
- divisiveness: how far the groups' agreement shares lie apart (largest minus
  smallest), 0 with fewer than two groups shown.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from studio.archive.evidence import STANCES
from studio.core.kinds import MIN_GROUP_SIZE
from studio.core.kinds.registry import kind_of
from studio.exchange.records import WorkshopRecords

COMMON_GROUND_SHARE = 0.5  # a statement is common ground only if most people agree


@dataclass(frozen=True)
class StatementStanding:
    card_id: str
    statement: str
    n: int  # people who saw it (agree + disagree + pass)
    agree: int
    groups: tuple[tuple[str, int, float], ...]  # (group, seen, agreement share) shown
    consensus: float
    divisiveness: float
    small_groups: bool  # some group was too small to be shown on its own
    items: tuple[tuple[str, str], ...]  # (workshop id, option id)

    @property
    def share(self) -> float:
        return self.agree / self.n if self.n else 0.0


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").strip()).casefold()


def statement_standing(workshops: list[WorkshopRecords], card_id: str
                       ) -> list[StatementStanding]:
    """Every statement of ``card_id`` in ``workshops`` with its agreement and scores."""
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    labels: dict[str, str] = {}
    items: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for w in workshops:
        scen = {s["id"] for s in w.scenarios if s.get("card_id") == card_id}
        acts = {a["id"] for a in w.activities
                if a["scenario_id"] in scen and kind_of(a["kind"]).chart == STANCES}
        opts = {o["id"]: o["label"] for o in w.options if o["activity_id"] in acts}
        for oid, label in opts.items():
            labels.setdefault(_norm(label), label)
            items[_norm(label)].append((w.id, oid))
        for r in w.responses:
            if r["activity_id"] not in acts or r["withdrawn_at"] is not None \
                    or r["option_id"] not in opts:
                continue
            key = _norm(opts[r["option_id"]])
            stance = r.get("value_text")
            n = int(r.get("count") or 1)
            group = r.get("stakeholder_group") or ""
            for g in (group, "\0all"):
                counts[key][g][0] += n
                counts[key][g][1] += n if stance == "agree" else 0
    out = []
    for key, by_group in counts.items():
        seen_all, agree_all = by_group.pop("\0all")
        shown = [(g, seen, agree) for g, (seen, agree) in sorted(by_group.items())
                 if g and seen >= MIN_GROUP_SIZE]
        small = any(seen < MIN_GROUP_SIZE for g, (seen, _a) in by_group.items() if g)
        consensus = 1.0
        for _g, seen, agree in shown or [("", seen_all, agree_all)]:
            consensus *= (agree + 1) / (seen + 2)
        shares = [agree / seen for _g, seen, agree in shown]
        divisive = max(shares) - min(shares) if len(shares) > 1 else 0.0
        out.append(StatementStanding(card_id, labels[key], seen_all, agree_all,
                                     tuple((g, seen, agree / seen) for g, seen, agree in shown),
                                     consensus, divisive, small, tuple(items[key])))
    return out


def common_ground(standings: list[StatementStanding], n: int = 5) -> list[StatementStanding]:
    """The statements most groups agree with, highest consensus first."""
    found = [s for s in standings if s.n and s.share >= COMMON_GROUND_SHARE]
    return sorted(found, key=lambda s: (-s.consensus, s.statement))[:n]


def dividing_lines(standings: list[StatementStanding], n: int = 5) -> list[StatementStanding]:
    """The statements the groups see most differently, most divisive first."""
    found = [s for s in standings if s.divisiveness > 0]
    return sorted(found, key=lambda s: (-s.divisiveness, s.statement))[:n]
