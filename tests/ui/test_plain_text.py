"""Catalog text is plain text in every widget: a title that looks like HTML shows literally
in tooltips and in the editor's dialogs, and right-to-left override characters are dropped."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox
from test_edit_support import field, make_editor, replace_text

from gallery.catalog import fts
from gallery.catalog.store import Catalog
from gallery.ui.edit.prompts import Prompts
from gallery.ui.plain import BIDI_CONTROLS, shown, tooltip

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only
HOSTILE = "<b>bold</b><img src=x>"
RLO_TITLE = "Moon \u202egnp.exe\u202c sketch"  # would read "Moon exe.png sketch"


def rendered(text: str) -> str:
    """What Qt shows for tooltip or message text: it renders rich text when it guesses so."""
    if QtGui_Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


@pytest.fixture
def rlo_work(ui_catalog_path: Path) -> str:
    with Catalog.open(ui_catalog_path, who="tester") as catalog:
        work = {k: v for k, v in catalog.get("near-the-moon").items() if k != "version"}
        work.update(id="rlo-work", title="Moon sketch", title_ru=None, provenance=[])
        catalog.save(work, None)
    # The store refuses an override now; a catalog written before that rule may hold one.
    con = sqlite3.connect(ui_catalog_path)
    con.execute("UPDATE works SET title = ? WHERE id = 'rlo-work'", (RLO_TITLE,))
    con.commit()
    con.close()
    with Catalog.open(ui_catalog_path, who="tester") as catalog:
        fts.reindex_all(catalog.connection)
    return "rlo-work"


def test_the_helper() -> None:
    assert rendered(tooltip(HOSTILE)) == HOSTILE
    assert rendered(tooltip("a\nb")) == "a\nb"
    assert not set(shown(RLO_TITLE)) & set(BIDI_CONTROLS)
    assert shown(RLO_TITLE) == "Moon gnp.exe sketch"
    assert tooltip(None) == ""


def test_visitor_tooltips_show_titles_literally(rlo_work: str, window: Any) -> None:
    model = window.model
    tips = {}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        work_id = model.work_ids()[row]
        tips[work_id] = rendered(model.data(index, Qt.ItemDataRole.ToolTipRole))
        shown_title = model.data(index, Qt.ItemDataRole.DisplayRole)
        assert not set(shown_title) & set(BIDI_CONTROLS), work_id
        assert not set(tips[work_id]) & set(BIDI_CONTROLS), work_id
    assert tips["hostile"].startswith(HOSTILE)
    assert tips[rlo_work].startswith("Moon gnp.exe sketch")


def test_editor_list_tooltips_show_titles_literally(qtbot: Any, ui_catalog_path: Path,
                                                    rlo_work: str, tmp_path: Path) -> None:
    editor = make_editor(qtbot, ui_catalog_path, Prompts(), "hostile",
                         drafts_root=tmp_path / "drafts")
    model = editor.panel.model
    hostile = model.index(model.row_of("hostile"))
    assert rendered(model.data(hostile, Qt.ItemDataRole.ToolTipRole)).startswith(HOSTILE)
    assert model.data(hostile, Qt.ItemDataRole.DisplayRole).startswith(HOSTILE)
    rlo = model.index(model.row_of(rlo_work))
    assert "\u202e" not in model.data(rlo, Qt.ItemDataRole.DisplayRole)
    assert editor.work_form.heading.full == HOSTILE  # whole, as plain text (elided to fit)
    assert editor.work_form.heading.textFormat() == Qt.TextFormat.PlainText
    editor.sessions["works"].stack.setClean()


def answer_boxes(seen: list[tuple[Any, str]]) -> QTimer:
    """Read and cancel each message box the editor shows (a real modal QMessageBox)."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.textFormat(), box.text()))
            box.reject()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(answer)
    timer.start()
    return timer


def test_editor_dialogs_show_titles_literally(qtbot: Any, ui_catalog_path: Path,
                                              rlo_work: str, tmp_path: Path) -> None:
    seen: list[tuple[Any, str]] = []
    timer = answer_boxes(seen)
    editor = make_editor(qtbot, ui_catalog_path, Prompts(), "hostile",
                         drafts_root=tmp_path / "drafts")
    try:
        replace_text(qtbot, field(editor, "medium_note"), "ink")
        editor.request_open("orbital-sunrise")  # asks about unsaved changes to the title
        editor.actions_by_name["delete"].trigger()  # asks to confirm, naming the title
        editor.sessions["works"].discard()
        editor.open_record("works", rlo_work)
        replace_text(qtbot, field(editor, "medium_note"), "ink")
        editor.request_open("orbital-sunrise")
    finally:
        for session in editor.sessions.values():
            session.stack.setClean()
        editor.close()
        timer.stop()
    assert len(seen) == 3, seen
    for text_format, _text in seen:
        assert text_format == Qt.TextFormat.PlainText
    assert HOSTILE in seen[0][1] and HOSTILE in seen[1][1]
    assert "Moon gnp.exe sketch" in seen[2][1]
