"""Read the Recommendations and EvidenceLinks sheets of a merged workbook back.

A workbook merged from an archive carries the strategy team's recommendations
(:data:`studio.exchange.schema.RECOMMENDATION_SHEETS`); ``studio archive add``
restores them (:mod:`studio.archive.workbook`). Cells are read with the same
typed rules as every other sheet (a formula is refused, text stays text), and
an evidence link must name a recommendation of the Recommendations sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.exchange import schema
from studio.exchange.xlsx_cells import SheetRows, cell_error

ROW_LIMIT = 20_000


@dataclass(frozen=True)
class RecommendationSheets:
    """The rows of both sheets as dicts by column name (``_row``: the sheet's row number)."""

    recommendations: tuple[dict[str, Any], ...]
    evidence: tuple[dict[str, Any], ...]


def read_recommendation_sheets(path: Path) -> RecommendationSheets | None:
    """The recommendations of the workbook at ``path``, or None when it has none (an export
    of one workshop, or a merge of files)."""
    from studio.exchange.xlsx_import import _load

    wb = _load(Path(path))
    try:
        if schema.RECOMMENDATIONS.name not in wb.sheetnames:
            return None
        found = {}
        for sheet in schema.RECOMMENDATION_SHEETS:
            if sheet.name not in wb.sheetnames:
                raise cell_error(sheet.name, "", "", QT_TRANSLATE_NOOP(
                    "Errors", "The sheet is missing. Import an unchanged export, or add the "
                    "sheet back."))
            rows = wb.rows(sheet.name, ROW_LIMIT + 1)
            first = next(rows, None)
            header = list(first[1]) if first is not None and first[0] == 1 else []
            found[sheet.name] = SheetRows(sheet, header, list(rows)).rows
    finally:
        wb.close()
    recs = found[schema.RECOMMENDATIONS.name]
    known = {r["recommendation_id"] for r in recs}
    for e in found[schema.EVIDENCE_LINKS.name]:
        if e["recommendation_id"] not in known:
            raise cell_error(schema.EVIDENCE_LINKS.name, e["_row"], "recommendation_id",
                             QT_TRANSLATE_NOOP(
                                 "Errors", "No recommendation of the sheet Recommendations has "
                                 "this id. Import an unchanged export."))
    return RecommendationSheets(tuple(recs), tuple(found[schema.EVIDENCE_LINKS.name]))
