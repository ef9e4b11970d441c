"""The works of a big search are held in bounded memory: every row's id, the rows themselves
in the most recently used blocks; a block let go is read again from the catalog when shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from gallery.catalog.store import Catalog
from gallery.ui.browse.models import WorkIdRole, WorkListModel
from gallery.ui.browse.row_store import RowStore
from gallery.ui.workers import CatalogService

WORKS = 150


@pytest.fixture
def big_catalog(tmp_path: Path) -> Path:
    from gallery.catalog import linked

    path = tmp_path / "big.db"
    with Catalog.open(path, create=True, who="tester") as catalog:
        now = catalog.now()
        with catalog.write() as con:
            for n in range(WORKS):
                linked.write_work(con, {
                    "id": f"work-{n:03d}", "title": f"Work number {n:03d}",
                    "work_type": "painting", "date_display": str(1960 + n % 50),
                    "date_earliest": f"{1960 + n % 50}-01-01",
                    "date_latest": f"{1960 + n % 50}-12-31", "date_certainty": "certain",
                    "confidence": "high"}, None, now)
    return path


def _fetch_all(model: WorkListModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_scrolling_twice_holds_no_more_than_the_blocks(big_catalog: Path, qapp: Any) -> None:
    service = CatalogService(Catalog.open(big_catalog, writer=False), synchronous=True)
    store = RowStore(block=10, max_blocks=3)
    model = WorkListModel(service, rows=store)
    model.set_search(sort="title")
    _fetch_all(model)
    assert model.rowCount() == WORKS
    assert len(list(store.held())) <= 30  # 150 rows loaded, 30 held
    for _ in range(2):  # top to bottom, twice, as a view reads its cells
        for row in range(WORKS):
            title = model.data(model.index(row), Qt.ItemDataRole.DisplayRole)
            assert title == f"Work number {row:03d}"  # read again where it was let go
            assert len(list(store.held())) <= 30
    assert model.row_of("work-007") == 7 and model.work_ids()[149] == "work-149"
    service.shutdown()


def test_a_row_let_go_is_read_again_off_the_gui_thread(big_catalog: Path, qtbot: Any) -> None:
    service = CatalogService(Catalog.open(big_catalog, writer=False))  # a real worker thread
    model = WorkListModel(service, rows=RowStore(block=10, max_blocks=3))
    model.set_search(sort="title")
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    while model.canFetchMore(QModelIndex()) or model.busy():
        model.fetchMore(QModelIndex())
        qtbot.wait(5)
    first = model.index(0)
    assert first.data(WorkIdRole) == "work-000"  # ids are always known
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.row(), b.row())))
    assert first.data(Qt.ItemDataRole.DisplayRole) is None  # let go: asked for, not waited
    qtbot.waitUntil(lambda: changed != [])
    assert changed == [(0, 9)]
    assert first.data(Qt.ItemDataRole.DisplayRole) == "Work number 000"
    service.shutdown()
