"""docs/export-schema.md carries the column reference generated from the schema."""

from __future__ import annotations

from pathlib import Path

from studio.exchange import schema

DOC = Path(__file__).resolve().parents[1] / "docs" / "export-schema.md"


def test_doc_matches_schema():
    text = DOC.read_text(encoding="utf-8")
    assert schema.markdown() in text, (
        "docs/export-schema.md is out of date: paste schema.markdown() under 'Column reference'")


def test_every_column_is_described_in_both_languages():
    for sheet in schema.SHEETS.values():
        assert sheet.de and sheet.en
        names = [c.name for c in sheet.columns]
        assert len(names) == len(set(names)), sheet.name
        for c in sheet.columns:
            assert c.de.strip() and c.en.strip(), (sheet.name, c.name)
            assert c.name.isidentifier() and c.name.isascii() and c.name == c.name.lower()
        # A recommendation may rest on several workshops: its evidence links name theirs.
        if sheet.name not in ("About", "Recommendations"):
            assert "workshop_id" in names, sheet.name
