"""The history view on the shipped catalog: list changes item by item, the changed fields of an
item, changed words highlighted (catalog text escaped), in English and in Russian."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_edit_support import FakePrompts, make_editor, replace_text

from gallery.ui.i18n import install_language

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only
WORK = "astp-docking-painting-1975"


def edit_provenance(qtbot: Any, editor: Any) -> None:
    """Event 2 (exhibited, Baku): a new place and a note with markup in it; event 3 moves up."""
    form = editor.work_form
    form.show_tab("Provenance")
    prov = form.provenance
    prov.select(1)
    replace_text(qtbot, prov.findChild(object, "field_event_place"), "Baku, Azerbaijan")
    note = prov.findChild(object, "field_event_note")
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(note, " <b>Seen</b> in 1976.")
    prov.select(2)
    qtbot.mouseClick(prov.buttons["up"], Qt.MouseButton.LeftButton)
    editor.actions_by_name["save"].trigger()
    assert not editor.isWindowModified()
    form.show_tab("History")


@pytest.fixture
def editor(qtbot: Any, shipped_copy: Path, tmp_path: Path) -> Any:
    window = make_editor(qtbot, shipped_copy, FakePrompts(), WORK,
                         drafts_root=tmp_path / "drafts", who="Anna Petrova")
    edit_provenance(qtbot, window)
    return window


def test_a_provenance_edit_shows_item_by_item(qtbot: Any, editor: Any) -> None:
    history = editor.work_form.history
    assert history.model.rowCount() >= 2  # the build, then this edit
    history.list.selectRow(0)
    assert history.model.index(0, 1).data() == "Anna Petrova"
    when = history.model.index(0, 0).data()
    assert "December 2026" in when or "2026" in when
    assert "-12-" not in when and not when.endswith("Z")  # never the raw ISO time
    text = " ".join(history.detail.toPlainText().split())
    assert "Provenance" in text
    # The exhibited event changed (its place and note) and moved down; the reproduction
    # moved up: said per item, with the changed fields named as the form names them.
    assert "changed and moved Event 3: exhibited, a museum in Baku" in text
    assert "Place: Baku → Baku, Azerbaijan" in text
    assert "Note:" in text and "<b>Seen</b> in 1976." in text  # the markup shown as text
    markup = history.detail.toHtml()
    assert "&lt;b&gt;Seen&lt;/b&gt;" in markup  # escaped, never read as bold
    assert "position 2 → 3" in text
    # Only the changed words are marked.
    assert "font-weight:600" in markup


def test_the_detail_speaks_russian(qtbot: Any, editor: Any) -> None:
    install_language(QApplication.instance(), "ru")
    history = editor.work_form.history
    history.load("works", WORK)
    history.list.selectRow(0)
    text = " ".join(history.detail.toPlainText().split())
    assert "Провенанс" in text
    assert "изменено и перемещено" in text
    assert "Событие 3" in text  # the item's own label, in Russian
    assert "Баку" in text or "Baku" in text


def test_provenance_out_of_order_is_warned_at_save_not_refused(
        qtbot: Any, shipped_copy: Path, tmp_path: Path) -> None:
    from gallery.catalog.store import Catalog

    editor = make_editor(qtbot, shipped_copy, FakePrompts(), WORK,
                         drafts_root=tmp_path / "drafts")
    editor.work_form.show_tab("Provenance")
    prov = editor.work_form.provenance
    prov.select(3)  # the gap "not before 1976" …
    for _ in range(2):  # … moved above the 1975 exhibition
        qtbot.mouseClick(prov.buttons["up"], Qt.MouseButton.LeftButton)
    editor.actions_by_name["save"].trigger()
    assert not editor.isWindowModified()  # saved: a warning, never a refusal
    with Catalog.open(shipped_copy) as catalog:
        assert [e["kind"] for e in catalog.get(WORK)["provenance"]][:3] == [
            "created", "gap", "exhibited"]
    banner = editor.message_banner.text()
    assert banner.startswith("Saved “") and "check the provenance's order" in banner
    assert "Event 3 (1975) is listed after event 2" in banner
    # An edit elsewhere does not repeat it.
    editor.message_banner.hide()
    replace_text(qtbot, editor.work_form.findChild(object, "field_medium_note"), "oil")
    editor.actions_by_name["save"].trigger()
    assert not editor.message_banner.isVisible()
