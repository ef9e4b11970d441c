"""The grid's rows: the works in order, each band ("1970s", "Soyuz 19") starting a new row.

A QListView lays equal cells out left to right and knows nothing of bands, so this proxy
pads a band's last row with filler rows: empty, disabled, never selected, never focused.
Every cell keeps one size (the view's uniform item sizes stay). The last band is not padded,
so a page of works arriving at the end is a plain insertion at the end.

Where bands begin comes from the works model (`band_starts()`, kept as pages arrive, so no
row has to be read again to lay the grid out); the column count from the grid.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

from .models import BandRole, CellRole, WorkIdRole, WorkListModel

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
BandColumnRole = Qt.ItemDataRole.UserRole + 40  # in a band's first row: the cell's column


class BandedRows(QAbstractProxyModel):
    def __init__(self, source: WorkListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = 1
        self._sources: list[int] = []  # the first work row of each band
        self._views: list[int] = []  # the grid row of each band's first work
        self._count = 0
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._reset_done)
        source.rowsInserted.connect(self._appended)
        source.dataChanged.connect(self._source_changed)
        self._lay_out()  # a source that already holds rows

    # -- the layout ----------------------------------------------------------------------
    def columns(self) -> int:
        return self._columns

    def set_columns(self, columns: int) -> None:
        """The grid's column count; the fillers are placed again when it changes."""
        columns = max(1, columns)
        if len(self._sources) <= 1:  # one band or none: no fillers, nothing moves
            self._columns = columns
        elif columns != self._columns:
            self.beginResetModel()
            self._columns = columns
            self._lay_out()
            self.endResetModel()

    def _reset_done(self) -> None:
        self._lay_out()
        self.endResetModel()

    def _lay_out(self) -> None:
        source = self.sourceModel()
        total = source.rowCount()
        # a plain list model (a benchmark's floor) has no bands: one band, no fillers
        band_starts = getattr(source, "band_starts", list)
        starts = [s for s in band_starts() if s < total] if total else []
        if total and (not starts or starts[0] != 0):
            starts = [0, *starts]
        self._sources, self._views = starts, []
        row = 0
        for n, start in enumerate(starts):
            self._views.append(row)
            if n + 1 < len(starts):
                size = starts[n + 1] - start
                row += -(-size // self._columns) * self._columns  # whole rows
        self._count = (row + total - starts[-1]) if starts else 0

    def _appended(self, _parent: QModelIndex, first: int, last: int) -> None:
        """Works added at the end: grid rows added at the end (fillers closing the band that
        was last, if a new band begins)."""
        old = self._count
        saved = self._sources, self._views, self._count
        self._lay_out()
        new = self._count
        if self._sources[:len(saved[0])] != saved[0] or new <= old:
            # not a plain append (never expected): lay the grid out again
            self.beginResetModel()
            self.endResetModel()
            return
        self._sources, self._views, self._count = saved
        self.beginInsertRows(_ROOT, old, new - 1)
        self._lay_out()
        self.endInsertRows()

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int]) -> None:
        first, last = self.mapFromSource(top), self.mapFromSource(bottom)
        if first.isValid() and last.isValid():
            self.dataChanged.emit(first, last, roles)

    # -- rows ----------------------------------------------------------------------------
    def _band_of(self, row: int) -> int:
        return bisect_right(self._views, row) - 1

    def source_row(self, row: int) -> int:
        """The works model's row shown at grid row `row`, or -1 for a filler."""
        if not 0 <= row < self._count:
            return -1
        band = self._band_of(row)
        offset = row - self._views[band]
        end = (self._sources[band + 1] if band + 1 < len(self._sources)
               else self.sourceModel().rowCount())
        return self._sources[band] + offset if self._sources[band] + offset < end else -1

    def grid_row(self, source_row: int) -> int:
        """The grid row of the works model's row `source_row` (-1 if there is none)."""
        if not self._sources or not 0 <= source_row < self.sourceModel().rowCount():
            return -1
        band = bisect_right(self._sources, source_row) - 1
        return self._views[band] + source_row - self._sources[band]

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        row = self.source_row(index.row())
        return self.sourceModel().index(row, 0) if row >= 0 else QModelIndex()

    def mapFromSource(self, index: Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        row = self.grid_row(index.row())
        return self.createIndex(row, 0) if row >= 0 else QModelIndex()

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if parent.isValid() or column != 0 or not 0 <= row < self._count:
            return QModelIndex()
        return self.createIndex(row, 0)

    def parent(self, _index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        row = self.source_row(index.row()) if index.isValid() else -1
        if row < 0:
            return Qt.ItemFlag.NoItemFlags  # a filler: not enabled, never current
        return self.sourceModel().flags(self.sourceModel().index(row, 0))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        band = self._band_of(row)
        if role == BandColumnRole:
            offset = row - self._views[band]
            return offset if offset < self._columns else None
        source = self.sourceModel()
        if role == CellRole:
            return self._cell(row, band)
        if role == BandRole:  # a filler's too: the sticky header may stand on one
            return source.data(source.index(self._sources[band], 0), BandRole)
        work = self.source_row(row)
        if work < 0:
            return None
        value = source.data(source.index(work, 0), role)
        if (role == Qt.ItemDataRole.AccessibleTextRole and work == self._sources[band]
                and value):
            name = source.data(source.index(work, 0), BandRole)
            if name:  # a band's first work says where the band begins
                return f"{name}: {value}"
        return value

    def _cell(self, row: int, band: int) -> dict[int, Any] | None:
        """The works model's cell (see CellRole) with the band's column; a filler's holds only
        the band, for the name its row may carry. None from a model without cells: the
        delegate then asks role by role."""
        source = self.sourceModel()
        work = self.source_row(row)
        offset = row - self._views[band]
        column = offset if offset < self._columns else None
        if work >= 0:
            cell = source.data(source.index(work, 0), CellRole)
            if cell is None:
                return None
        else:
            cell = {WorkIdRole: None}
            if column is not None:
                cell[BandRole] = source.data(source.index(self._sources[band], 0), BandRole)
        cell[BandColumnRole] = column
        return cell
