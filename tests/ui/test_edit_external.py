"""A record saved in another window or process shows up in this one (the list, its count, the
form when it holds no unsaved edit), and the record count is live after trash, restore and
create."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts, field, make_editor, replace_text

from catalog_samples import sample_work
from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def save_elsewhere(path: Path, **changes: Any) -> None:
    """Another connection (as another process would) saves orbital-sunrise."""
    with Catalog.open(path, who="Boris Ivanov") as other:
        record = other.get("orbital-sunrise")
        record.update(changes)
        other.save(record, record["version"])


def test_a_save_in_another_process_refreshes_list_form_and_count(
        qtbot: Any, editor: Any, catalog_path: Path) -> None:
    assert editor.external.timer.isActive() and editor.external.timer.interval() <= 1000
    editor.external.check_now()  # the first reading: nothing to refresh
    assert editor.panel.count.text() == "3 records"
    save_elsewhere(catalog_path, title="Orbital sunrise, retitled elsewhere")
    with Catalog.open(catalog_path, who="Boris Ivanov") as other:
        other.save(sample_work("made-elsewhere", title="Made elsewhere"), None)
    editor.external.check_now()
    assert field(editor, "title").text() == "Orbital sunrise, retitled elsewhere"
    assert not editor.isWindowModified()
    assert editor.panel.model.row_of("made-elsewhere") >= 0
    assert editor.panel.count.text() == "4 records"
    history = editor.work_form.history
    assert history.model.index(0, 1).data() == "Boris Ivanov"


def test_an_unsaved_edit_is_never_replaced(qtbot: Any, editor: Any,
                                           catalog_path: Path) -> None:
    editor.external.check_now()
    replace_text(qtbot, field(editor, "title"), "Typed here")
    save_elsewhere(catalog_path, medium_note="typed there")
    editor.external.check_now()
    assert field(editor, "title").text() == "Typed here"
    assert editor.isWindowModified()


def test_own_saves_do_not_reload_the_form(qtbot: Any, editor: Any) -> None:
    editor.external.check_now()
    replace_text(qtbot, field(editor, "title"), "Saved here")
    editor.actions_by_name["save"].trigger()
    editor.external.check_now()
    assert editor.statusBar().currentMessage().startswith("Saved")
    replace_text(qtbot, field(editor, "medium_note"), "typed after the save")
    editor.external.check_now()
    assert field(editor, "medium_note").text() == "typed after the save"
    assert "saved elsewhere" not in editor.statusBar().currentMessage()


def test_counts_are_live_after_trash_restore_and_create(
        qtbot: Any, catalog_path: Path, tmp_path: Path) -> None:
    prompts = FakePrompts()
    editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    count = editor.panel.count
    assert count.text() == "3 records"
    editor.actions_by_name["delete"].trigger()  # to the trash (the prompt says yes)
    assert count.text() == "2 records"
    editor.actions_by_name["new"].trigger()
    replace_text(qtbot, field(editor, "title"), "A new work")
    field(editor, "date_display").setFocus()
    editor.actions_by_name["save"].trigger()
    assert not editor.isWindowModified(), editor.message_banner.text()
    assert count.text() == "3 records"
    editor.panel.set_kind("trash")
    qtbot.waitUntil(lambda: editor.kind == "trash")
    assert count.text() == "1 record"
    editor.trash.show_work("orbital-sunrise")
    editor.trash.restore()
    assert count.text() == "no records"
