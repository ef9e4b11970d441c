"""The grid of works: a lazy icon view over WorkListModel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from .band_header import BandHeader
from .banded_rows import BandedRows
from .delegate import WorkDelegate
from .models import BandRole, WorkIdRole, WorkListModel


class WorkGrid(QListView):
    """Thumbnails in rows; Enter or double-click opens a work (`workActivated(id, row)`, the
    row in the works model). The view's own model is `rows` (banded_rows), whose grid rows
    include fillers; `select_row`, `current_work_row` and the signal speak of works' rows."""

    workActivated = Signal(str, int)
    firstPaint = Signal()
    zoomRequested = Signal(int)  # Ctrl+wheel: +1 bigger, -1 smaller

    def __init__(self, model: WorkListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worksGrid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setUniformItemSizes(True)  # the one setting that keeps 100,000 rows fast
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self._delegate = WorkDelegate(self)
        self.setItemDelegate(self._delegate)
        self.works = model
        self.rows = BandedRows(model, self)  # the works, each band on rows of its own
        self.setModel(self.rows)
        self.verticalScrollBar().setSingleStep(40)
        self.verticalScrollBar().valueChanged.connect(self._prefetch)
        self.activated.connect(self._activated)
        self._painted = False
        self.band_header = BandHeader(self._delegate, self)  # the band at the top, scrolled
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._update_band_header())
        self.rows.modelReset.connect(self._update_band_header)
        self.rows.rowsInserted.connect(self._update_band_header)
        # a band's name changes with the language (decades, missions): dataChanged says so
        # (not each thumbnail's arrival)
        self.rows.dataChanged.connect(
            lambda _top, _bottom, roles=(): self._update_band_header()
            if not roles or BandRole in roles else None)
        self.rows.modelReset.connect(self._select_first)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Works"))
        self.setAccessibleDescription(self.tr(
            "Grid of works. Arrow keys move, Enter opens the selected work."))
        self._delegate.retranslate_ui()
        self.viewport().update()
        self._update_band_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def cell_size(self) -> QSize:
        return self._delegate.cell_size()

    def set_banded(self, banded: bool) -> None:
        """Show decade bands (date order) or not; the cells make room for a band's name."""
        if banded != self._delegate.banded:
            self._delegate.banded = banded
            self._fit_columns()
            self.doItemsLayout()
            self.viewport().update()
        self._update_band_header()

    def _update_band_header(self, *_args: object) -> None:
        """Sticky: the band of the first row in view, over the top of the grid, once the
        grid is scrolled (at the top, the band's own name shows in its first cell)."""
        if not hasattr(self, "band_header"):
            return  # (a model signal while the grid is still being built)
        header = self.band_header
        top = self.indexAt(QPoint(self.gridSize().width() // 2, 4))
        band = top.data(BandRole) if top.isValid() else None
        if not self._delegate.banded or not band or self.verticalScrollBar().value() == 0:
            header.hide()
            return
        # the first column's left: the top cell's, less the columns before it (a band starts
        # a row, so a grid row's column is its row number modulo the column count)
        column = top.row() % max(1, self.rows.columns())
        row_left = self.visualRect(top).left() - column * self.gridSize().width()
        port = self.viewport().geometry()
        header.setGeometry(port.left(), port.top(), port.width(), self._delegate.band_h)
        header.show_band(str(band), row_left)

    def picture_box(self) -> tuple[int, int]:
        """The box a picture is shown in, in logical pixels."""
        return self._delegate.image_w, self._delegate.image_h

    def set_scale(self, percent: int) -> None:
        """Pictures at `percent` of their usual size; the columns refit."""
        self._delegate.set_scale(percent)
        self._fit_columns()
        self.doItemsLayout()
        current = self.currentIndex()
        if current.isValid():
            self.scrollTo(current)
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y()
            if steps:
                self.zoomRequested.emit(1 if steps > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_columns()
        super().resizeEvent(event)
        self._update_band_header()

    def _fit_columns(self) -> None:
        """Share the spare width between the columns, so the grid fills the page evenly."""
        cell = self.cell_size()
        gap = 12
        width = self.viewport().width() - 2 * gap
        columns = max(1, width // (cell.width() + gap))
        spare = max(0, width - columns * (cell.width() + gap)) // columns
        size = QSize(cell.width() + gap + spare, cell.height() + gap)
        self._delegate.columns = columns
        self._delegate.gutter = size.width() - cell.width()
        if size != self.gridSize():
            self.setGridSize(size)
        if columns != self.rows.columns():
            current = self.current_work_row()
            self.rows.set_columns(columns)  # the fillers move: the current work stays
            if current >= 0:
                self.setCurrentIndex(self.rows.index(self.rows.grid_row(current), 0))

    def _prefetch(self, value: int) -> None:
        """Ask for the next rows while the visitor is still two screens from the end, so the
        page is there when they arrive (Qt itself asks only at the very bottom)."""
        bar = self.verticalScrollBar()
        model = self.model()
        if value >= bar.maximum() - 2 * bar.pageStep() and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())

    def _activated(self, index: QModelIndex) -> None:
        row = self.rows.source_row(index.row()) if index.isValid() else -1
        if row >= 0:
            self.workActivated.emit(str(index.data(WorkIdRole)), row)

    def current_work_row(self) -> int:
        """The works model's row of the current cell, or -1."""
        current = self.currentIndex()
        return self.rows.source_row(current.row()) if current.isValid() else -1

    def _select_first(self) -> None:
        """Keep a current cell, so keyboard users can act at once after a search."""
        model = self.model()
        if model.rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(model.index(0, 0))

    def select_row(self, row: int) -> None:
        """Make the works model's row `row` current, in view."""
        index = self.rows.index(self.rows.grid_row(row), 0)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """As Qt moves, but Right from a band's last work (fillers beside it) goes on to
        the next band's first, and Left back again, as a reader would."""
        target = super().moveCursor(action, modifiers)
        Move = QAbstractItemView.CursorAction
        current = self.currentIndex()
        if action in (Move.MoveDown, Move.MoveUp) and current.isValid() and target == current:
            return self._row_beside(current.row(), 1 if action == Move.MoveDown else -1, target)
        step = {Move.MoveRight: 1, Move.MoveNext: 1, Move.MoveLeft: -1,
                Move.MovePrevious: -1}.get(action)
        if not step or not current.isValid() or self.rows.source_row(current.row() + step) >= 0:
            return target
        row = current.row() + step
        while 0 <= row < self.rows.rowCount() and self.rows.source_row(row) < 0:
            row += step  # over the fillers
        return self.rows.index(row, 0) if 0 <= row < self.rows.rowCount() else target

    def _row_beside(self, row: int, step: int, otherwise: QModelIndex) -> QModelIndex:
        """Down (step 1) or Up (-1) where Qt found only fillers under the cell: the work of
        the next row nearest the same column (a row's works come first, its fillers last)."""
        columns = self.rows.columns()
        start = (row // columns + step) * columns
        if not 0 <= start < self.rows.rowCount():
            return otherwise
        cell = start + row % columns
        while cell > start and self.rows.source_row(cell) < 0:
            cell -= 1
        return self.rows.index(cell, 0) if self.rows.source_row(cell) >= 0 else otherwise

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted and self.model().rowCount():
            self._painted = True
            self.firstPaint.emit()
