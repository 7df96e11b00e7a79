"""Card illustrations from another city: never a link, only real SVG inside the card's folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from studio.base.errors import ValidationError
from studio.core.card_files import copy_illustration, import_cards
from studio.core.cards import load_catalog

ROOT = Path(__file__).resolve().parent.parent
CARD = "gebaeudebestand-strassenbefahrung"
SECRET = "-----BEGIN OPENSSH PRIVATE KEY----- do not leak"


@pytest.fixture
def other_city(tmp_path) -> Path:
    folder = tmp_path / "other-city"
    folder.mkdir()
    shutil.copy(ROOT / "resources" / "scenarios" / f"{CARD}.toml", folder)
    (tmp_path / "id_rsa").write_text(SECRET)
    return folder


def _illustration(folder: Path) -> Path:
    return folder / f"{CARD}.svg"


def _imported(other_city: Path, tmp_path: Path) -> Path:
    library = tmp_path / "library"
    report = import_cards(other_city, library, {})
    assert report.imported == [CARD]
    return library


@pytest.mark.parametrize("target", ["secret", "svg_outside"])
def test_a_linked_illustration_is_never_copied_or_embedded(other_city, tmp_path, target):
    outside = tmp_path / ("id_rsa" if target == "secret" else "outside.svg")
    if target == "svg_outside":
        outside.write_text('<svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>')
    _illustration(other_city).symlink_to(outside)
    library = _imported(other_city, tmp_path)
    assert not _illustration(library).exists()
    snap = load_catalog([other_city]).snapshot(CARD)
    assert "illustration_svg" not in snap
    with pytest.raises(ValidationError):
        copy_illustration(_illustration(other_city), tmp_path / "mine")


def test_a_folder_link_on_the_way_is_not_followed(other_city, tmp_path):
    pictures = tmp_path / "elsewhere"
    pictures.mkdir()
    (pictures / "pic.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    (other_city / "img").symlink_to(pictures)
    toml = other_city / f"{CARD}.toml"
    toml.write_text(toml.read_text().replace(f'"{CARD}.svg"', '"img/pic.svg"'))
    library = _imported(other_city, tmp_path)
    assert not (library / "img" / "pic.svg").exists()
    assert "illustration_svg" not in load_catalog([other_city]).snapshot(CARD)


@pytest.mark.parametrize("content", [SECRET, "<html><svg/></html>",
                                     '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                     "<svg>&x;</svg>", "<svg>" + "x" * 600_000 + "</svg>"])
def test_only_real_svg_within_the_limit_is_taken(other_city, tmp_path, content):
    _illustration(other_city).write_text(content)
    library = _imported(other_city, tmp_path)
    assert not _illustration(library).exists()
    assert "illustration_svg" not in load_catalog([other_city]).snapshot(CARD)


def test_a_real_svg_is_copied_and_embedded(other_city, tmp_path):
    svg = (ROOT / "resources" / "scenarios" / f"{CARD}.svg").read_bytes()
    _illustration(other_city).write_bytes(svg)
    library = _imported(other_city, tmp_path)
    assert _illustration(library).read_bytes() == svg
    assert load_catalog([other_city]).snapshot(CARD)["illustration_svg"] == svg.decode()
