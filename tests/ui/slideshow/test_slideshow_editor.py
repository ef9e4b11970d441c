"""The playlist editor: reorder, captions and seconds, add by search, save with conflicts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from gallery.catalog.store import Catalog
from gallery.ui.slideshow import PlaylistEditor
from gallery.ui.slideshow.editor_models import PlaylistItemsModel, WorkListModel
from gallery.ui.workers import CatalogService


@pytest.fixture
def service(show_catalog: Path) -> Iterator[CatalogService]:
    svc = CatalogService(Catalog.open(show_catalog, who="curator"), synchronous=True)
    yield svc
    svc.shutdown()


def _editor(qtbot: Any, service: CatalogService, playlist_id: str | None) -> PlaylistEditor:
    editor = PlaylistEditor(service, playlist_id)
    qtbot.addWidget(editor)
    return editor


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    items = PlaylistItemsModel()
    items.set_items([{"work_id": "a", "title": "A", "caption": None, "duration_s": None},
                     {"work_id": "b", "title": "B", "caption": "Bee", "duration_s": 9}])
    qtmodeltester.check(items)
    assert items.move(0, 1) == 1 and [i["work_id"] for i in items.items()] == ["b", "a"]
    assert items.move(1, -1) == 0 and items.move(0, -1) == 0
    assert items.setData(items.index(0, 2), 7.5)
    assert not items.setData(items.index(0, 2), -1)
    assert items.data(items.index(0, 2)) == "7.5"
    qtmodeltester.check(items)
    found = WorkListModel()
    found.set_rows([("a", "A title", "1965"), ("b", "B title", "")])
    qtmodeltester.check(found)
    assert found.data(found.index(0, 0)) == "A title — 1965"


def test_edit_reorder_and_save(qtbot: Any, service: CatalogService) -> None:
    editor = _editor(qtbot, service, "hall-a")
    assert editor.name.text() == "Hall A"
    assert editor.items.data(editor.items.index(1, 0)) == "Apollo–Soyuz stamp"
    editor.table.selectRow(2)
    qtbot.mouseClick(editor.findChild(QPushButton, "moveUp"), Qt.MouseButton.LeftButton)
    editor.items.setData(editor.items.index(0, 1), "Sunrise, from orbit")
    editor.items.setData(editor.items.index(0, 2), 20)
    editor.windows.setText("Mon-Fri 09:00-18:00")
    with qtbot.waitSignal(editor.saved) as blocker:
        editor.save()
    stored = blocker.args[0]
    assert [i["work_id"] for i in stored["items"]] == [
        "orbital-sunrise", "near-the-moon", "stamp-1975"]
    assert stored["items"][0] == {"work_id": "orbital-sunrise",
                                  "caption": "Sunrise, from orbit", "duration_s": 20}
    assert stored["windows"] == [{"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "18:00"}]
    assert stored["version"] == 2


def test_new_playlist_by_search_and_add(qtbot: Any, service: CatalogService) -> None:
    editor = _editor(qtbot, service, None)
    editor.name.setText("Moon works")
    editor.query.setText("moon")
    editor.find()
    assert editor.found.rowCount() == 1
    editor.results.setCurrentIndex(editor.found.index(0, 0))
    editor.add_selected()
    with qtbot.waitSignal(editor.saved) as blocker:
        editor.save()
    assert blocker.args[0]["id"] == "moon-works"
    assert [i["work_id"] for i in blocker.args[0]["items"]] == ["near-the-moon"]


def test_saved_search_playlist(qtbot: Any, service: CatalogService) -> None:
    editor = _editor(qtbot, service, None)
    editor.name.setText("Voskhod 2")
    editor.kind.setCurrentIndex(1)
    editor.mission.setCurrentIndex(editor.mission.findData("voskhod-2"))
    editor.count()
    assert editor.preview.text().startswith("2 work")
    with qtbot.waitSignal(editor.saved) as blocker:
        editor.save()
    assert blocker.args[0]["kind"] == "search"
    assert blocker.args[0]["query"] == {"text": "", "filters": {"mission": "voskhod-2"}}


def test_bad_window_text_is_explained(qtbot: Any, service: CatalogService) -> None:
    editor = _editor(qtbot, service, "hall-a")
    editor.windows.setText("weekends sometimes")
    editor.save()
    assert "Mon-Fri" in editor.problem.text()
    assert editor.result() == 0 and editor.version == 1  # nothing saved


def test_conflict_keep_mine_or_load_theirs(qtbot: Any, service: CatalogService,
                                           show_catalog: Path) -> None:
    editor = _editor(qtbot, service, "hall-a")
    with Catalog.open(show_catalog, who="colleague") as colleague:
        record = colleague.get_record("playlists", "hall-a")
        colleague.save_record("playlists", {**record, "name": "Hall A (theirs)"},
                              record["version"])
    editor.name.setText("Hall A (mine)")
    editor.ask_conflict = lambda theirs: "load"  # type: ignore[method-assign]
    editor.save()
    assert editor.name.text() == "Hall A (theirs)" and editor.version == 2
    editor.name.setText("Hall A (mine)")
    with Catalog.open(show_catalog, who="colleague") as colleague:
        record = colleague.get_record("playlists", "hall-a")
        colleague.save_record("playlists", {**record, "name": "Hall A (theirs again)"},
                              record["version"])
    editor.ask_conflict = lambda theirs: "keep"  # type: ignore[method-assign]
    with qtbot.waitSignal(editor.saved) as blocker:
        editor.save()
    assert blocker.args[0]["name"] == "Hall A (mine)" and blocker.args[0]["version"] == 4


def test_read_only_catalog_disables_save(qtbot: Any, show_catalog: Path) -> None:
    svc = CatalogService(Catalog.open(show_catalog, read_only=True), synchronous=True)
    try:
        editor = _editor(qtbot, svc, "hall-a")
        assert not editor._buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        assert "read-only" in editor.problem.text()
    finally:
        svc.shutdown()


def test_move_beyond_ends_is_harmless() -> None:
    items = PlaylistItemsModel()
    assert items.move(0, 1) == 0
    items.remove(3)
    assert items.rowCount(QModelIndex()) == 0


def test_an_exhibition_run_and_closed_days_are_saved(qtbot: Any,
                                                     service: CatalogService) -> None:
    editor = _editor(qtbot, service, "hall-a")
    editor.runs_from.setText("2027-03-01")
    editor.runs_until.setText("2027-05-31")
    editor.closed.setText("2027-05-01..2027-05-03, 2027-03-08")
    with qtbot.waitSignal(editor.saved) as blocker:
        editor.save()
    stored = blocker.args[0]
    assert (stored["runs_from"], stored["runs_until"]) == ("2027-03-01", "2027-05-31")
    assert stored["closed_days"] == ["2027-03-08", "2027-05-01", "2027-05-02", "2027-05-03"]
    again = _editor(qtbot, service, "hall-a")
    assert again.closed.text() == "2027-03-08, 2027-05-01..2027-05-03"


@pytest.mark.parametrize(("field", "text", "says"), [
    ("closed", "next Tuesday", "YYYY-MM-DD"),
    ("runs_until", "2027-02-01", "before it starts"),
])
def test_a_bad_run_is_explained_and_not_saved(qtbot: Any, service: CatalogService, field: str,
                                              text: str, says: str) -> None:
    editor = _editor(qtbot, service, "hall-a")
    editor.runs_from.setText("2027-03-01")
    getattr(editor, field).setText(text)
    editor.save()
    assert says in editor.problem.text()
    assert service.catalog.get_record("playlists", "hall-a").get("runs_from") is None
