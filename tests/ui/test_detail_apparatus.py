"""A work's page shows the catalogue's apparatus: literature both ways, part and whole, possible
duplicates, every title with its language and status, and an unknown credit line said so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from gallery.catalog.store import Catalog
from gallery.ui.detail.info import InfoPanel
from gallery.ui.detail.loader import load_detail
from gallery.ui.i18n import current_language, install_language

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"


@pytest.fixture(scope="module")
def shipped() -> Iterator[Catalog]:
    catalog = Catalog.open(SHIPPED, read_only=True)
    yield catalog
    catalog.close()


def section(qtbot: Any, catalog: Catalog, work_id: str, name: str, lang: str) -> list[str]:
    if current_language() != lang:
        install_language(QApplication.instance(), lang)
    panel = InfoPanel()
    qtbot.addWidget(panel)
    panel.show_data(load_detail(catalog, work_id))
    box = panel.findChild(QWidget, name)
    return [label.text().removeprefix("•").strip() for label in box.findChildren(QLabel)] \
        if box else []


def test_literature_reads_both_ways(qtbot: Any, shipped: Catalog) -> None:
    assert section(qtbot, shipped, "morning-of-lunokhod-1", "literature", "ru") == [
        "Звёздные пути, с. 41"]
    assert "Reproduces: Morning of Lunokhod-1, p. 41" in section(
        qtbot, shipped, "book-star-roads", "literature", "en")


def test_part_and_whole_and_possible_duplicates(qtbot: Any, shipped: Catalog) -> None:
    group = section(qtbot, shipped, "astp-crew-sketches-1975", "linkedWorks", "en")
    assert group == ["Includes: Sketch portrait of Thomas Stafford"]
    member = section(qtbot, shipped, "astp-stafford-portrait-sketch-1975", "linkedWorks", "ru")
    assert member == ["Входит в: Портретные наброски участников полёта «Союз» — «Аполлон»"]
    maybe = section(qtbot, shipped, "the-moon-rt", "linkedWorks", "en")
    assert len(maybe) == 1 and maybe[0].startswith("May be the same work as: Moon. The first")


def test_every_title_with_its_language_and_status(qtbot: Any, shipped: Catalog) -> None:
    titles = section(qtbot, shipped, "morning-of-lunokhod-1", "titleConcordance", "ru")
    assert "Утро «Лунохода-1» — русский, оригинальное название" in titles
    assert any(t.startswith("Morning of Lunokhod-1 — английский") for t in titles)


def test_an_unknown_credit_line_is_said(qtbot: Any, shipped: Catalog) -> None:
    install_language(QApplication.instance(), "en")
    panel = InfoPanel()
    qtbot.addWidget(panel)
    panel.show_data(load_detail(shipped, "orbital-sunrise-1965"))
    assert "credit line not known" in [w.text() for w in panel.findChildren(QLabel)]
