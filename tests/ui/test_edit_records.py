"""History and revert, bilingual parity, batch edit, other kinds of record, backups, images."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QToolButton
from test_edit_support import FakePrompts, cell_editor, field, replace_text, type_in_cell

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def drop(target: Any, path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(target.rect().center())
    assert target.acceptDrops()
    event = QDropEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    target.dropEvent(event)  # Qt routes a drop only after a real drag; call the handler
    assert event.isAccepted()


def save(editor: Any) -> None:
    editor.actions_by_name["save"].trigger()


def test_history_shows_each_change_and_reverts_a_field(qtbot: Any, editor: Any,
                                                       catalog_path: Path) -> None:
    replace_text(qtbot, field(editor, "medium_note"), "graphite")
    save(editor)
    replace_text(qtbot, field(editor, "medium_note"), "ink")
    replace_text(qtbot, field(editor, "support_note"), "card")
    save(editor)
    history = editor.work_form.history
    editor.work_form.show_tab("History")
    assert history.model.rowCount() == 3
    assert history.model.index(0, 2).data() == "edited: Medium note, Support note"
    assert history.model.index(0, 1).data() == "curator"
    history.list.selectRow(1)  # the first edit: medium coloured pencils → graphite
    assert [history.diff.index(r, 0).data() for r in range(history.diff.rowCount())] == [
        "Medium note"]  # the generated medium lines are not a curator's edit
    assert history.diff.index(0, 1).data() == "coloured pencils"
    assert history.diff.index(0, 2).data() == "graphite"
    history.diff_view.selectRow(0)
    qtbot.mouseClick(history.revert_one, Qt.MouseButton.LeftButton)
    assert field(editor, "medium_note").text() == "graphite"
    assert field(editor, "support_note").text() == "card"  # only that field
    save(editor)
    with Catalog.open(catalog_path) as catalog:
        entries = catalog.history("orbital-sunrise")
    assert len(entries) == 4
    assert entries[-1]["changes"] == [  # the note, and the lines the store made from it
        {"field": f, "before": "ink", "after": "graphite"}
        for f in ("medium", "medium_note", "medium_ru")]


def test_revert_the_whole_record(qtbot: Any, editor: Any, catalog_path: Path) -> None:
    replace_text(qtbot, field(editor, "title"), "Renamed")
    editor.work_form.provenance.select(1)
    editor.work_form.provenance.remove_event()
    save(editor)
    history = editor.work_form.history
    history.list.selectRow(1)  # the creation
    qtbot.mouseClick(history.revert_all, Qt.MouseButton.LeftButton)
    assert field(editor, "title").text() == "Orbital sunrise"
    assert len(editor.sessions["works"].model.record["provenance"]) == 3
    save(editor)
    with Catalog.open(catalog_path) as catalog:
        record = catalog.get("orbital-sunrise")
        assert record["title"] == "Orbital sunrise" and len(record["provenance"]) == 3
        assert len(catalog.history("orbital-sunrise")) == 3


def test_bilingual_parity_flags_and_confirms(qtbot: Any, editor: Any,
                                            catalog_path: Path) -> None:
    form = editor.work_form
    stale = form.rows["title_ru"].stale
    assert stale.isHidden()
    replace_text(qtbot, field(editor, "title"), "Sunrise in orbit")
    assert not stale.isHidden()  # edited in this session: the Russian may lag
    assert "“Title” was edited after this" in stale.toolTip()
    save(editor)
    assert not stale.isHidden()  # still, from the history
    qtbot.mouseClick(stale.button, Qt.MouseButton.LeftButton)
    assert stale.isHidden()
    with Catalog.open(catalog_path) as catalog:
        confirmations = catalog.history("works/orbital-sunrise", table="parity")
    assert confirmations[-1]["who"] == "curator"
    assert confirmations[-1]["after"]["field"] == "title_ru"
    history = form.history
    assert history.model.index(0, 2).data() == "confirmed Title (Russian) matches Title"


def test_batch_edit_is_one_undoable_change(qtbot: Any, editor: Any,
                                           prompts: FakePrompts, catalog_path: Path) -> None:
    def fill(dialog: Any) -> bool:
        dialog.set_field("series")
        dialog.set_value("Space series")
        return True

    prompts.dialogs["batchDialog"] = fill
    view = editor.panel.view
    view.selectAll()
    editor.actions_by_name["batch"].trigger()
    ids = ["near-the-moon", "orbital-sunrise", "stamp-1975"]
    with Catalog.open(catalog_path) as catalog:
        assert {catalog.get(i)["series"] for i in ids} == {"Space series"}
        change_ids = {catalog.history(i)[-1]["change_id"] for i in ids}
    assert len(change_ids) == 1
    assert field(editor, "series").text() == "Space series"  # the open work reloaded
    editor.batch.stack.undo()
    with Catalog.open(catalog_path) as catalog:
        assert [catalog.get(i)["series"] for i in ids] == [None, None, "1975 stamps"]
    assert field(editor, "series").text() == ""
    editor.batch.stack.redo()
    with Catalog.open(catalog_path) as catalog:
        assert {catalog.get(i)["series"] for i in ids} == {"Space series"}


def test_a_batch_leaves_works_that_already_have_the_value_alone(
        qtbot: Any, editor: Any, prompts: FakePrompts, catalog_path: Path) -> None:
    def fill(dialog: Any) -> bool:
        dialog.set_field("series")
        dialog.set_value("1975 stamps")  # what stamp-1975 already has
        return True

    ids = ["near-the-moon", "orbital-sunrise", "stamp-1975"]
    with Catalog.open(catalog_path) as catalog:
        before = {i: (catalog.get(i)["version"], len(catalog.history(i))) for i in ids}
    prompts.dialogs["batchDialog"] = fill
    editor.panel.view.selectAll()
    editor.actions_by_name["batch"].trigger()
    assert editor.statusBar().currentMessage() == "Series: 2 works changed, 1 already had it."
    with Catalog.open(catalog_path) as catalog:
        assert (catalog.get("stamp-1975")["version"],
                len(catalog.history("stamp-1975"))) == before["stamp-1975"]
        assert catalog.get("near-the-moon")["version"] == before["near-the-moon"][0] + 1
    editor.batch.stack.undo()  # undoing touches only the two it changed
    with Catalog.open(catalog_path) as catalog:
        assert (catalog.get("stamp-1975")["version"],
                len(catalog.history("stamp-1975"))) == before["stamp-1975"]
        assert [catalog.get(i)["series"] for i in ids] == [None, None, "1975 stamps"]
    # Nothing to change at all: nothing recorded, nothing to undo.
    editor.batch.apply(["stamp-1975", "stamp-1975"], "series", "1975 stamps")
    assert editor.statusBar().currentMessage() == "Series: 0 works changed, 2 already had it."
    assert editor.batch.stack.count() == 1  # only the first batch: nothing new to undo
    with Catalog.open(catalog_path) as catalog:
        assert len(catalog.history("stamp-1975")) == before["stamp-1975"][1]


def test_edit_a_mission_and_add_its_crew(qtbot: Any, editor: Any,
                                         catalog_path: Path) -> None:
    editor.open_record("missions", "voskhod-2")
    assert editor.kind == "missions"
    session = editor.sessions["missions"]
    assert field(editor, "name", "missions").text() == "Voskhod 2"
    facts = field(editor, "key_facts", "missions")
    # key · fact (English) · fact (Russian) · value (English) · value (Russian)
    assert [(facts.item(r, 0).text(), facts.item(r, 3).text())
            for r in range(facts.rowCount())] == [("eva_duration", "12 min 9 s")]
    qtbot.mouseClick(session.form.findChild(QToolButton, "key_facts_add"),
                     Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, facts, "tether")
    facts.editItem(facts.item(1, 3))
    type_in_cell(qtbot, facts, "4.8 m (one source); 5.35 m (another)")
    facts.editItem(facts.item(1, 4))
    russian = cell_editor(facts)  # QTest cannot type Cyrillic keys: paste it, as an IME would
    russian.setText("4,8 м (по одному источнику); 5,35 м (по другому)")
    qtbot.keyClick(russian, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: facts.state() != QAbstractItemView.State.EditingState)
    crew = session.form.findChild(object, "links_missions_crew")
    crew.picker.setFocus()
    qtbot.keyClicks(crew.picker.lineEdit(), "Andrei Sokolov")
    qtbot.mouseClick(crew.buttons["add"], Qt.MouseButton.LeftButton)
    save(editor)
    with Catalog.open(catalog_path) as catalog:
        mission = catalog.get_record("missions", "voskhod-2")
    assert mission["key_facts"][-1] == {
        "key": "tether", "value": "4.8 m (one source); 5.35 m (another)",
        "value_ru": "4,8 м (по одному источнику); 5,35 м (по другому)"}
    assert [c["person_id"] for c in mission["crew"]] == ["alexei-leonov", "andrei-sokolov"]
    replace_text(qtbot, field(editor, "date_start", "missions"), "March 1965")
    assert session.form.rows["date_start"].message.text() == (
        "write the date as YYYY, YYYY-MM or YYYY-MM-DD")


def test_create_a_person(qtbot: Any, editor: Any, catalog_path: Path) -> None:
    editor.panel.set_kind("people")
    editor.actions_by_name["new"].trigger()
    replace_text(qtbot, field(editor, "name", "people"), "Pavel Belyayev")
    save(editor)
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get_record("people", "pavel-belyayev")["name"] == "Pavel Belyayev"
    assert editor.panel.current_id() == "pavel-belyayev"
    assert "Pavel Belyayev" in dict(editor.context.lookups.items("people")).values()


def test_backup_and_restore_round_trip(qtbot: Any, editor: Any, prompts: FakePrompts,
                                       catalog_path: Path) -> None:
    prompts.number = 3
    editor.actions_by_name["backup_keep"].trigger()
    assert editor.prefs.get("edit/backups_keep") == 3
    editor.actions_by_name["backup"].trigger()
    assert "The newest 3 backups are kept" in prompts.informed[-1]
    replace_text(qtbot, field(editor, "title"), "After the backup")
    save(editor)

    def pick(dialog: Any) -> bool:
        assert dialog.model.rowCount() == 1
        assert "manual" in dialog.model.index(0).data()
        return True

    prompts.dialogs["restoreDialog"] = pick
    editor.actions_by_name["restore"].trigger()
    assert "Replace the catalog" in prompts.asked[-1][1]
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("orbital-sunrise")["title"] == "Orbital sunrise"
    assert "the replaced catalog is kept" in editor.statusBar().currentMessage()
    kept = sorted((catalog_path.parent / "backups").glob("*/safety/*before-restore*.db"))
    with Catalog.open(kept[-1], read_only=True) as old:
        assert old.get("orbital-sunrise")["title"] == "After the backup"
    editor.open_record("works", "orbital-sunrise")  # the reopened catalog works
    assert field(editor, "title").text() == "Orbital sunrise"
    for _ in range(4):
        editor.actions_by_name["backup"].trigger()
    manual = list((catalog_path.parent / "backups").glob("*/*-manual.db"))
    assert len(manual) <= 3


def test_a_broken_image_is_refused_in_one_line_and_changes_nothing(
        qtbot: Any, editor: Any, prompts: FakePrompts, catalog_path: Path,
        tmp_path: Path) -> None:
    broken = tmp_path / "scan.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"not really a jpeg" * 20)
    editor.work_form.show_tab("Image")
    prompts.image = broken
    panel = editor.work_form.image
    qtbot.mouseClick(panel.choose, Qt.MouseButton.LeftButton)
    assert panel.status.text().startswith("Not imported — scan.jpg: ")
    assert "\n" not in panel.status.text()
    assert not panel.progress.isVisible() and panel.choose.isEnabled()
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("orbital-sunrise")["version"] == 1
        assert len(catalog.history("orbital-sunrise")) == 1
    scans = catalog_path.parent / "images" / "scans"
    assert not scans.exists() or not any(scans.iterdir())


def test_a_good_image_is_imported_and_shown(qtbot: Any, editor: Any, prompts: FakePrompts,
                                           catalog_path: Path, tmp_path: Path) -> None:
    from PIL import Image

    scan = tmp_path / "real-scan.png"
    Image.new("RGB", (300, 200), (200, 120, 40)).save(scan)
    replace_text(qtbot, field(editor, "medium_note"), "typed while importing")
    panel = editor.work_form.image
    drop(panel.drop, scan)  # dragged from a file manager onto the picture
    assert panel.status.text() == "Imported. The image is saved in the catalog."
    with Catalog.open(catalog_path) as catalog:
        record = catalog.get("orbital-sunrise")
    assert record["image_path"].startswith("scans/") and not record["image_is_standin"]
    assert record["medium"] == "coloured pencils"  # the typed edit is not saved by an import
    model = editor.sessions["works"].model
    assert model.base_version == record["version"] and model.record["image_path"] == (
        record["image_path"])
    assert field(editor, "medium_note").text() == "typed while importing"
    assert panel.drop.has_image()
    save(editor)  # no conflict with our own import
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("orbital-sunrise")["medium"] == "typed while importing"
