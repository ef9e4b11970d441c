"""The editor's finish on real catalog files: drafts in time, a problems banner that goes when
the problems do, no raw codes, Restore reopens the record, long file names stay in their box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel
from test_edit_support import FakePrompts, field, make_editor, replace_text

from gallery.catalog.drafts import DraftStore

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def test_steady_typing_reaches_the_draft_within_half_a_second(
        qtbot: Any, editor: Any, tmp_path: Path) -> None:
    session = editor.sessions["works"]
    timer = session._draft_timer
    assert timer.interval() <= 500
    title = field(editor, "title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " a")
    assert timer.isActive()
    left = timer.remainingTime()
    qtbot.wait(150)
    qtbot.keyClicks(title, "b")  # typing on does not push the draft further away
    assert timer.remainingTime() <= left
    store = DraftStore(editor.catalog_path, root=tmp_path / "drafts")
    qtbot.waitUntil(lambda: any(d.key == "orbital-sunrise" for d in store.all()),
                    timeout=2000)
    draft = next(d for d in store.all() if d.key == "orbital-sunrise")
    assert draft.record["title"].startswith("Orbital sunrise a")  # the first keys, at least


def test_the_not_saved_banner_goes_once_the_problems_are_fixed(qtbot: Any,
                                                                editor: Any) -> None:
    replace_text(qtbot, field(editor, "title"), "")
    editor.actions_by_name["save"].trigger()
    banner = editor.message_banner
    assert banner.isVisible() and banner.text().startswith("Not saved: 1 problem to fix (Title)")
    qtbot.keyClicks(field(editor, "title"), "Sunrise")
    assert not banner.isVisible()
    assert "problems are fixed" in editor.statusBar().currentMessage()


def test_another_message_is_not_hidden_by_a_fix(qtbot: Any, editor: Any) -> None:
    editor.say("Not backed up — the disk is full", "error")
    replace_text(qtbot, field(editor, "title"), "Still a title")
    assert editor.message_banner.isVisible()


def _texts(form: Any) -> list[str]:
    out = [label.text() for label in form.findChildren(QLabel)]
    for box in form.findChildren(QComboBox):
        out += [box.itemText(i) for i in range(box.count())]
    for view in form.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model's columnCount is private: one column
            columns = 1
        for row in range(model.rowCount(QModelIndex())):
            out += [str(model.index(row, c).data() or "") for c in range(columns)]
    return out


@pytest.mark.parametrize("work_id", ["cosmonaut-corps-caricatures", "near-the-moon",
                                     "over-the-black-sea"])
def test_no_raw_code_or_none_shows_on_shipped_works(qtbot: Any, shipped_copy: Path,
                                                     tmp_path: Path, work_id: str) -> None:
    from gallery.catalog.store import Catalog

    with Catalog.open(shipped_copy) as catalog:
        if work_id not in catalog.work_ids():
            work_id = catalog.work_ids()[0]
    editor = make_editor(qtbot, shipped_copy, FakePrompts(), work_id,
                         drafts_root=tmp_path / "drafts")
    texts = _texts(editor.work_form)
    assert not [t for t in texts if "not a listed value" in t or t.startswith("None")]
    assert not [t for t in texts if "made_during" in t or "inspired_by" in t]


def test_restore_reopens_the_record_the_editor_showed(qtbot: Any, editor: Any,
                                                      prompts: FakePrompts) -> None:
    editor.actions_by_name["backup"].trigger()
    prompts.dialogs["restoreDialog"] = lambda dialog: True
    editor.actions_by_name["restore"].trigger()
    session = editor.sessions["works"]
    assert session.model.loaded and session.model.record_id == "orbital-sunrise"
    assert field(editor, "title").text() == "Orbital sunrise"
    assert editor.panel.current_id() == "orbital-sunrise"


def test_a_long_file_name_never_widens_the_form(qtbot: Any, editor: Any, prompts: FakePrompts,
                                                 tmp_path: Path) -> None:
    editor.resize(1100, 800)
    editor.work_form.show_tab("Image")
    qtbot.wait(50)
    width = editor.work_form.width()
    hint = editor.work_form.minimumSizeHint().width()
    panel_width = editor.work_form.image.width()
    # A refusal names the file, and stays on screen.
    long_name = tmp_path / ("scan-of-the-painting-" + "without-any-break-" * 12 + ".jpg")
    long_name.write_bytes(b"\xff\xd8\xff\xe0" + b"not really a jpeg" * 20)
    prompts.image = long_name
    editor.work_form.image.choose.click()
    status = editor.work_form.image.status
    # the name is cut in the middle, keeping its start and its extension
    assert status.text().startswith(f"Not imported — {long_name.name[:29]}…")
    assert "without-any-break-.jpg: " in status.text()
    qtbot.wait(50)
    assert editor.work_form.width() == width
    assert editor.work_form.minimumSizeHint().width() <= hint
    assert editor.work_form.image.width() == panel_width  # no sideways scrolling either
    assert editor.work_form.image.minimumSizeHint().width() < 600
    assert editor.width() == 1100
