"""Switching the interface language live: Russian in, English back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from gallery.ui.detail.provenance_timeline import ProvenanceTimeline
from gallery.ui.i18n import current_language, install_language, qm_path
from gallery.ui.timeline import TimelineView


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_language(qapp, "en")


def test_the_compiled_translation_ships() -> None:
    assert qm_path("ru").is_file() and qm_path("ru").stat().st_size > 1000


def test_russian_in_and_english_back(qtbot: Any, english_after: QApplication) -> None:
    widget = ProvenanceTimeline()
    qtbot.addWidget(widget)
    widget.set_events([])
    timeline = TimelineView()
    qtbot.addWidget(timeline)
    assert widget.accessibleName() == "Provenance timeline"
    install_language(english_after, "ru")
    assert current_language() == "ru"
    assert widget.accessibleName() == "Хронология провенанса"  # changed live
    assert widget.accessibleDescription() == "Провенанс не записан"
    assert timeline.accessibleName() == "Хронология жизни"
    assert timeline.language() == "ru"  # catalog text follows the interface language
    install_language(english_after, "en")
    assert current_language() == "en"
    assert widget.accessibleName() == "Provenance timeline"
    assert timeline.accessibleName() == "Life timeline"
    assert timeline.language() == "en"


def test_missions_page_follows_the_language(qtbot: Any, english_after: QApplication) -> None:
    from PySide6.QtWidgets import QLabel

    from gallery.ui.missions import MissionsView

    view = MissionsView(url_opener=lambda url: None)
    qtbot.addWidget(view)
    view.set_data([{"id": "voskhod-2", "name": "Voskhod 2", "name_ru": "Восход-2",
                    "status": "flown", "key_facts": [{"key": "eva_duration",
                                                      "value": "12 min 9 s"}]}])
    label = view.page.fact_rows[0][0]
    assert label.text() == "Spacewalk duration"
    install_language(english_after, "ru")
    assert view.page.fact_rows[0][0].text() == "Длительность выхода в космос"
    assert view.page.findChild(QLabel, "missionTitle").text() == "Восход-2"
    install_language(english_after, "en")
    assert view.page.fact_rows[0][0].text() == "Spacewalk duration"


def test_unknown_language_is_refused(english_after: QApplication) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        install_language(english_after, "fr")
    assert current_language() == "en"


def test_every_interface_string_has_its_russian(tmp_path: Path) -> None:
    """A string added to the interface without a Russian translation fails here (run
    `python tools/build_translations.py` after adding words to tools/translations_ru.py)."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not beside this Python")
    extracted = tmp_path / "now.ts"
    sources = sorted(str(p) for p in (root / "src" / "gallery" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(extracted)], check=True,
                   capture_output=True, timeout=120)
    shipped = ET.parse(root / "src" / "gallery" / "resources" / "i18n" / "gallery_ru.ts")
    translated = {m.findtext("source") for m in shipped.iter("message")
                  if (t := m.find("translation")) is not None and t.get("type") is None
                  and (t.text or t.find("numerusform") is not None)}
    wanted = {m.findtext("source") for m in ET.parse(extracted).iter("message")}
    assert sorted(wanted - translated) == []
