"""Each band of the grid (a decade in date order, a mission in mission order) starts on a row
of its own; the cells that close a band's last row are fillers: never current, never read
out, skipped by the arrow keys (issue 15 review)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from gallery.ui.browse.banded_rows import BandColumnRole, BandedRows
from gallery.ui.browse.models import (
    BandRole,
    CellRole,
    FallbackRole,
    KindRole,
    SnippetRole,
    StandinRole,
    ThumbStateRole,
    WorkIdRole,
    YearRole,
)


def grid_rows(grid: Any) -> list[str | None]:
    rows = grid.model()
    return [rows.data(rows.index(r, 0), WorkIdRole) for r in range(rows.rowCount())]


def columns(grid: Any) -> int:
    return grid.viewport().width() // grid.gridSize().width()


def check_bands_start_rows(grid: Any) -> None:
    rows = grid.model()
    n = columns(grid)
    assert n == rows.columns() and n > 1
    last_band = None
    for r in range(rows.rowCount()):
        index = rows.index(r, 0)
        band = index.data(BandRole)
        if band != last_band:
            assert r % n == 0, (r, band)  # a new band: the first cell of a row
            rect = grid.visualRect(index)
            assert rect.left() == grid.visualRect(rows.index(0, 0)).left()
        last_band = band
        if index.data(WorkIdRole) is None:
            assert rows.flags(index) == Qt.ItemFlag.NoItemFlags
            assert index.data(Qt.ItemDataRole.AccessibleTextRole) is None


def test_date_bands_start_on_their_own_rows(window: Any, qtbot: Any) -> None:
    grid = window.browse.grid
    assert grid_rows(grid)[:2] == window.model.work_ids()[:2]
    n = columns(grid)
    ids = window.model.work_ids()
    # 1960s (two works), 1970s (one), 1980s (one): each begins a row
    assert grid_rows(grid) == [*ids[:2], *[None] * (n - 2), ids[2], *[None] * (n - 1), ids[3]]
    check_bands_start_rows(grid)
    rows = grid.model()
    assert [rows.index(r, 0).data(BandColumnRole) for r in range(3)] == [0, 1, 2]
    assert rows.index(n, 0).data(BandRole) == "1970s"
    assert rows.index(n, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("1970s: ")
    assert not rows.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("1960s")


def test_mission_bands_never_share_a_row(window: Any, qtbot: Any) -> None:
    grid = window.browse.grid
    window.browse.bar.sort_box.setCurrentIndex(5)
    assert window.browse.bar.sort() == "mission"
    qtbot.waitUntil(lambda: grid.model().index(0, 0).data(BandRole) == "Voskhod 2")
    n = columns(grid)
    ids = window.model.work_ids()
    assert grid_rows(grid) == [*ids[:2], *[None] * (n - 2), *ids[2:]]
    check_bands_start_rows(grid)


def test_the_arrow_keys_skip_the_fillers_and_open_the_right_work(window: Any,
                                                                 qtbot: Any) -> None:
    grid = window.browse.grid
    ids = window.model.work_ids()
    grid.setFocus()
    grid.select_row(1)  # the last 1960s work, fillers to its right
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.current_work_row() == 2  # the 1970s work, a row down
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert grid.current_work_row() == 1
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.current_work_row() == 2
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert grid.current_work_row() == 3
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert grid.current_work_row() == 0
    grid.select_row(2)
    opened: list[tuple[str, int]] = []
    grid.workActivated.connect(lambda work, row: opened.append((work, row)))
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened == [(ids[2], 2)]  # the works model's row, not the grid's


def test_a_click_on_a_filler_selects_nothing(window: Any, qtbot: Any) -> None:
    grid = window.browse.grid
    grid.select_row(0)
    rect = grid.visualRect(grid.model().index(2, 0))  # a filler after the 1960s
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert grid.current_work_row() == 0


def test_the_fillers_follow_the_column_count_and_keep_the_current_work(window: Any,
                                                                      qtbot: Any) -> None:
    grid = window.browse.grid
    grid.select_row(2)
    window.resize(900, 700)
    window.browse.splitter.setSizes([300, 600])
    QApplication.processEvents()
    check_bands_start_rows(grid)
    assert grid.current_work_row() == 2
    assert grid.currentIndex().data(WorkIdRole) == window.model.work_ids()[2]


def test_the_rows_model_passes_the_qt_model_tester(window: Any, qtmodeltester: Any) -> None:
    rows = window.browse.grid.model()
    assert isinstance(rows, BandedRows)
    qtmodeltester.check(rows, force_py=True)
    assert rows.mapToSource(QModelIndex()) == QModelIndex()


def test_rows_over_a_model_that_already_holds_works(window: Any) -> None:
    from PySide6.QtCore import QStringListModel

    plain = QStringListModel(["a", "b", "c"])  # no bands at all: one band, no fillers
    rows = BandedRows(plain)  # type: ignore[arg-type]
    assert rows.rowCount() == 3 and rows.source_row(2) == 2
    rows.set_columns(2)
    assert rows.rowCount() == 3
    banded = BandedRows(window.model)
    banded.set_columns(3)
    assert [banded.source_row(r) for r in range(banded.rowCount())] == [0, 1, -1, 2, -1, -1, 3]


def test_a_cell_answers_at_once_what_its_roles_answer(window: Any, qtbot: Any) -> None:
    """The delegate reads a cell in one call (CellRole); what it paints is what each role
    says, fillers and the band's name in its first row included."""
    grid = window.browse.grid
    rows = grid.model()
    qtbot.waitUntil(lambda: not window.model.busy())
    roles = (WorkIdRole, Qt.ItemDataRole.DisplayRole, FallbackRole, YearRole, KindRole,
             StandinRole, BandRole, BandColumnRole, SnippetRole, ThumbStateRole)
    fillers = 0
    for r in range(rows.rowCount()):
        index = rows.index(r, 0)
        cell = index.data(CellRole)
        fillers += cell[WorkIdRole] is None
        for role in roles:
            if cell[WorkIdRole] is None and role not in (WorkIdRole, BandColumnRole):
                if role == BandRole and cell[BandColumnRole] is not None:
                    assert cell[BandRole] == index.data(BandRole)
                continue
            assert cell.get(role) == index.data(role), (r, role)
        if cell[WorkIdRole] is not None:
            picture = index.data(Qt.ItemDataRole.DecorationRole)
            assert (cell[Qt.ItemDataRole.DecorationRole] is None) == (picture is None)
    assert fillers and rows.rowCount() > fillers
