"""The worklist in the editor, on the shipped catalog: reasons with counts, filter and sort,
each line opening the editor at the field that needs work; English and Russian."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_edit_support import FakePrompts, field, make_editor

from gallery.catalog.store import Catalog
from gallery.catalog.worklist import worklist
from gallery.ui.i18n import install_language

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


@pytest.fixture
def editor(qtbot: Any, shipped_copy: Path, tmp_path: Path) -> Any:
    window = make_editor(qtbot, shipped_copy, FakePrompts(), "cosmic-dawn",
                         drafts_root=tmp_path / "drafts")
    window.actions_by_name["worklist"].trigger()  # View ▸ Worklist
    assert window.worklist_dock.isVisible()
    return window


def expected(path: Path) -> Any:
    with Catalog.open(path) as catalog, catalog.reading() as con:
        return worklist(con)


def test_reasons_with_counts_and_a_filter(editor: Any, shipped_copy: Path) -> None:
    panel = editor.worklist_dock.widget()
    result = expected(shipped_copy)
    boxes = [panel.reasons.itemText(i) for i in range(panel.reasons.count())]
    assert boxes[0] == f"Everything ({len(result.items)})"
    assert f"Low confidence ({result.counts['low_confidence']})" in boxes
    assert f"No image yet ({result.counts['no_image']})" in boxes
    panel.show_reason("low_confidence")
    assert panel.proxy.rowCount() == result.counts["low_confidence"] > 0
    reasons = {panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount())}
    assert reasons == {"Low confidence"}
    assert panel.summary.text().startswith(f"{result.counts['low_confidence']} lines")


def test_sorting_by_a_column(editor: Any) -> None:
    panel = editor.worklist_dock.widget()

    def column(c: int) -> list[str]:
        return [panel.proxy.index(r, c).data() for r in range(panel.proxy.rowCount())]

    panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    up = column(0)
    assert up[0].casefold() < up[-1].casefold()
    panel.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert column(0) == list(reversed(up))
    panel.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    reasons = column(1)
    assert reasons == sorted(reasons, key=str.casefold)


def test_a_line_opens_the_editor_at_its_field(qtbot: Any, editor: Any,
                                              shipped_copy: Path) -> None:
    panel = editor.worklist_dock.widget()
    panel.show_reason("single_weak_source")
    item = panel.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole)
    panel.open_row(0)
    assert editor.sessions["works"].model.record_id == item["record_id"]
    form = editor.work_form
    assert form.tabs.tabText(form.tabs.currentIndex()) == "Sources"
    assert form.findChild(object, "links_sources").isAncestorOf(QApplication.focusWidget())
    panel.show_reason("low_confidence")
    panel.open_row(0)
    assert QApplication.focusWidget() is field(editor, "confidence")


def test_a_fix_leaves_the_worklist(qtbot: Any, editor: Any, shipped_copy: Path) -> None:
    panel = editor.worklist_dock.widget()
    panel.show_reason("low_confidence")
    before = panel.proxy.rowCount()
    item = panel.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole)
    panel.open_row(0)
    box = field(editor, "confidence")
    box.setCurrentIndex(box.findData("medium"))
    editor.actions_by_name["save"].trigger()
    assert panel.proxy.rowCount() == before - 1
    ids = {panel.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)["record_id"]
           for r in range(panel.proxy.rowCount())}
    assert item["record_id"] not in ids


def test_the_worklist_speaks_russian(qtbot: Any, editor: Any) -> None:
    install_language(QApplication.instance(), "ru")
    panel = editor.worklist_dock.widget()
    panel.reload()
    assert panel.reasons.itemText(0).startswith("Всё (")
    panel.show_reason("low_confidence")
    assert panel.proxy.index(0, 1).data() == "Низкая надёжность записи"
    assert panel.model.headerData(1, Qt.Orientation.Horizontal) == "Что нужно сделать"
