"""Scenario cards: the shipped cards, validation messages, import and export."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import tomllib

from studio import paths
from studio.core.card_files import card_to_toml, export_cards, import_cards, save_card
from studio.core.card_schema import FIELDS, KEYS, SUMMARY_MAX, TITLE_MAX, empty_card
from studio.core.cards import (
    ERROR,
    WARNING,
    check_card,
    load_catalog,
    read_card_file,
)
from studio.base.errors import ValidationError
from studio.core.templates import TEMPLATE_IDS

SHIPPED = paths.resource("scenarios")
SHIPPED_FILES = sorted(SHIPPED.glob("*.toml"))

# First words of the shipped titles; a new card adds its verb here on purpose.
GERMAN_VERBS = {
    "Erfassen",
    "Beantworten",
    "Sortieren",
    "Übersetzen",
    "Erkennen",
    "Vorhersagen",
    "Zusammenfassen",
    "Prüfen",
}
ENGLISH_VERBS = {"Map", "Answer", "Sort", "Translate", "Detect", "Forecast", "Summarise", "Decide"}


def _card(name: str = "wohngeld-risikobewertung") -> dict:
    card, problems = read_card_file(SHIPPED / f"{name}.toml")
    assert card is not None, problems
    return card


def test_at_least_eight_cards_ship_and_all_are_valid():
    assert len(SHIPPED_FILES) >= 8
    catalog = load_catalog([SHIPPED])
    assert catalog.problems == []
    assert len(catalog.cards) == len(SHIPPED_FILES)


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.stem)
def test_shipped_card_is_complete_and_plain(path: Path):
    card, problems = read_card_file(path)
    assert problems == [], [str(p) for p in problems]
    assert card["id"] == path.stem
    assert list(card) == list(KEYS)
    for lang in ("de", "en"):
        assert len(card["title"][lang]) <= TITLE_MAX
        assert len(card["summary"][lang]) <= SUMMARY_MAX
    assert card["title"]["de"].split()[0].rstrip(",") in GERMAN_VERBS
    assert card["title"]["en"].split()[0] in ENGLISH_VERBS
    assert card["glossary"], "every shipped card explains its words"
    assert set(card["suggested_activities"]) <= set(TEMPLATE_IDS)
    # The file is in the canonical layout, so saving it from the editor gives no diff.
    assert path.read_text(encoding="utf-8") == card_to_toml(card)


def test_required_cases_are_covered_with_correct_ai_act_categories():
    cards = {c["id"]: c for c in load_catalog([SHIPPED]).cards}
    by_type = {c["ai_type"] for c in cards.values()}
    assert {"computer_vision", "chatbot", "machine_learning", "generative"} <= by_type
    assert cards["wohngeld-risikobewertung"]["ai_act_category"] == "high_risk"
    assert cards["wohngeld-risikobewertung"]["ai_act_annex_area"] == "III 5(a)"
    assert cards["buergerservice-chatbot"]["ai_act_category"] == "transparency"
    assert cards["posteingang-klassifikation"]["ai_act_category"] == "minimal"
    assert any(c["illustration"] for c in cards.values())


def test_illustration_is_embedded_in_the_snapshot():
    catalog = load_catalog([SHIPPED])
    snap = catalog.snapshot("gebaeudebestand-strassenbefahrung")
    assert snap["illustration_svg"].lstrip().startswith("<svg")
    assert "illustration_svg" not in catalog.get("gebaeudebestand-strassenbefahrung")


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _problems(folder: Path):
    catalog = load_catalog([folder])
    return catalog, [(p.file, p.field, p.severity, str(p)) for p in catalog.problems]


def test_broken_cards_are_named_by_file_and_field_and_valid_ones_still_load(tmp_path):
    good = _card()
    _write(tmp_path, "good.toml", card_to_toml(good))
    _write(tmp_path, "syntax.toml", 'id = "x"\ntitle.de = "unterminated\n')
    missing = copy.deepcopy(good)
    missing["id"] = "missing-summary"
    del missing["summary"]
    _write(
        tmp_path,
        "missing.toml",
        card_to_toml({**missing, "summary": None}).replace(
            'summary.de = ""\nsummary.en = ""\n', ""
        ),
    )
    bad = copy.deepcopy(good)
    bad.update(id="bad-values", status="maybe", personal_data="some")
    bad["title"] = {"de": "Prüfen " + "x" * 120, "en": ""}
    bad["ai_act_annex_area"] = ""
    _write(tmp_path, "bad.toml", card_to_toml(bad))
    (tmp_path / "latin1.toml").write_bytes('id = "ä"'.encode("latin-1"))

    catalog, found = _problems(tmp_path)
    assert catalog.ids() == ["wohngeld-risikobewertung"]
    errors = {(f, fld) for f, fld, sev, _ in found if sev == ERROR}
    assert ("syntax.toml", "") in errors
    assert ("missing.toml", "summary") in errors
    assert ("bad.toml", "status") in errors
    assert ("bad.toml", "personal_data") in errors
    assert ("bad.toml", "title.de") in errors  # too long
    assert ("bad.toml", "title.en") in errors  # missing English
    assert ("bad.toml", "ai_act_annex_area") in errors  # high-risk needs its area
    assert ("latin1.toml", "") in errors
    text = {f"{f}|{fld}": msg for f, fld, _, msg in found}
    assert "Not valid TOML" in text["syntax.toml|"]
    assert "“maybe” is not allowed" in text["bad.toml|status"]
    assert "at most 99" in text["bad.toml|title.de"]
    assert "English text is missing" in text["bad.toml|title.en"]
    assert "UTF-8" in text["latin1.toml|"]


def test_unknown_key_and_missing_illustration_are_warnings(tmp_path):
    data = tomllib.loads(card_to_toml(_card()))
    data["sumary"] = {"de": "x", "en": "y"}
    data["illustration"] = "gone.svg"
    data["suggested_activities"] = ["usefulness", "dance"]
    card, problems = check_card(data, "c.toml", tmp_path)
    assert card is not None
    assert "sumary" not in card
    assert card["suggested_activities"] == ["usefulness"]
    by_field = {p.field: p for p in problems}
    assert by_field["sumary"].severity == WARNING
    assert "Did you mean “summary”" in str(by_field["sumary"])
    assert by_field["illustration"].severity == WARNING
    assert by_field["suggested_activities"].severity == WARNING


def test_bad_id_and_duplicate_ids(tmp_path):
    card = _card()
    _write(tmp_path, "a.toml", card_to_toml(card))
    _write(tmp_path, "b.toml", card_to_toml(card))
    _write(tmp_path, "c.toml", card_to_toml({**card, "id": "Bad Id!"}))
    catalog, found = _problems(tmp_path)
    assert catalog.ids() == [card["id"]]
    assert ("b.toml", "id") in {(f, fld) for f, fld, _, _ in found}
    assert ("c.toml", "id") in {(f, fld) for f, fld, _, _ in found}


def test_user_folder_overrides_bundled_card(tmp_path):
    card = _card()
    edited = copy.deepcopy(card)
    edited["version"] = "99"
    save_card(edited, tmp_path)
    catalog = load_catalog([SHIPPED, tmp_path])
    assert catalog.get(card["id"])["version"] == "99"
    assert catalog.sources[card["id"]] == tmp_path / f"{card['id']}.toml"


def test_toml_round_trip_of_every_field_with_awkward_text():
    card = _card()
    card["summary"]["de"] = 'Zeile 1 "zitiert"\nZeile 2 \\ Backslash – ✓ 😀 مرحبا'
    card["glossary"].append(
        {"term": {"de": "A=B", "en": "[x]"}, "definition": {"de": "#nicht Kommentar", "en": "'''"}}
    )
    again, problems = check_card(tomllib.loads(card_to_toml(card)))
    assert again == card, problems


def test_save_refuses_invalid_card(tmp_path):
    card = empty_card()
    with pytest.raises(ValidationError) as err:
        save_card(card, tmp_path)
    assert "id" in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_import_folder_and_file_with_conflicts(tmp_path):
    other_city = tmp_path / "other"
    other_city.mkdir()
    mine = tmp_path / "mine"
    base = _card()
    theirs = copy.deepcopy(base)
    theirs["organisation"] = {"de": "Stadt Anderswo", "en": "City of Anderswo"}
    new = copy.deepcopy(base)
    new["id"] = "neu-aus-anderswo"
    _write(other_city, "a.toml", card_to_toml(theirs))
    _write(other_city, "b.toml", card_to_toml(new))
    _write(other_city, "c.toml", card_to_toml(base).replace('id = "wohngeld', 'id = "same'))
    _write(other_city, "broken.toml", "not = [toml")
    before = {p.name: p.read_bytes() for p in other_city.iterdir()}
    existing = {base["id"]: base}

    report = import_cards(other_city, mine, existing)
    assert report.conflicts == [base["id"]]
    assert sorted(report.imported) == ["neu-aus-anderswo", "same-risikobewertung"]
    assert [p.file for p in report.problems] == ["broken.toml"]
    assert {p.name: p.read_bytes() for p in other_city.iterdir()} == before  # source untouched

    report = import_cards(other_city / "a.toml", mine, existing, on_conflict="rename")
    assert report.renamed == {base["id"]: f"{base['id']}-2"}
    assert (
        read_card_file(mine / f"{base['id']}-2.toml")[0]["organisation"]["de"] == "Stadt Anderswo"
    )

    report = import_cards(other_city / "a.toml", mine, existing, on_conflict="replace")
    assert report.imported == [base["id"]]
    report = import_cards(
        other_city / "b.toml",
        mine,
        load_catalog([mine]).cards and {c["id"]: c for c in load_catalog([mine]).cards},
    )
    assert report.unchanged == ["neu-aus-anderswo"]


def test_export_writes_cards_and_illustrations_and_refuses_to_overwrite(tmp_path):
    catalog = load_catalog([SHIPPED])
    cards = [catalog.snapshot(i) for i in catalog.ids()]
    written = export_cards(cards, tmp_path, catalog.sources)
    assert len(written) == len(cards)
    assert (tmp_path / "gebaeudebestand-strassenbefahrung.svg").is_file()
    again = load_catalog([tmp_path])
    assert again.problems == []
    assert again.cards == catalog.cards
    with pytest.raises(Exception, match="already exists"):
        export_cards(cards[:1], tmp_path, catalog.sources)


def test_schema_keys_match_the_binding_contract():
    assert list(KEYS) == [
        "id",
        "version",
        "updated",
        "title",
        "summary",
        "status",
        "policy_area",
        "organisation",
        "office",
        "contact",
        "problem",
        "goal",
        "benefit",
        "affected_groups",
        "alternatives",
        "ai_function",
        "ai_type",
        "supplier",
        "input_data",
        "personal_data",
        "output",
        "accuracy",
        "decision_role",
        "human_oversight",
        "objection",
        "ai_act_category",
        "ai_act_annex_area",
        "ai_act_reason",
        "risks",
        "mitigations",
        "non_discrimination",
        "assessments",
        "decided",
        "influence",
        "use_of_input",
        "illustration",
        "suggested_activities",
        "glossary",
    ]
    assert all(f.label for f in FIELDS)
