"""The editor's record list as a Qt model: a thin adapter over (id, label, detail) rows.

A listing is either whole (people, missions … a few hundred rows, handed over at once) or paged
(works: a 100,000-work catalog must not be read to show the first screen, issue 22). A paged
listing holds the rows read so far and a `Pager` that reads the next ones on the catalog
worker; the view asks for them with `fetchMore` as it scrolls. Either way rows reach the view
`PAGE` at a time. A save repaints just its row (`dataChanged`), a new listing resets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from ...catalog.collation import label_key
from ..i18n import current_language
from ..plain import shown, tooltip

Index = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]
Deliver = Callable[[list[Row]], None]
# pager(offset, limit, deliver): read `limit` rows from `offset` on (off the GUI thread) and
# hand them to `deliver` on the GUI thread; fewer than `limit` means the listing's end.
Pager = Callable[[int, int, Deliver], None]
_ROOT = QModelIndex()
PAGE = 200
FIND_PAGE = 5000  # rows read per step while looking for a record further down the listing
IdRole = Qt.ItemDataRole.UserRole


class RecordListModel(QAbstractListModel):
    totalChanged = Signal(int)  # how many records the list holds (shown or not yet read)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []
        self._shown = 0
        self._total = 0
        self._pager: Pager | None = None
        self._reading = False
        self._after_read: list[Callable[[], None]] = []
        self._listing = 0  # which listing a page on its way belongs to
        self.drafts: set[str] = set()

    @property
    def total(self) -> int:
        return self._total

    def set_rows(self, rows: list[Row], total: int | None = None,
                 pager: Pager | None = None) -> None:
        """A new listing: `rows` from its start; with a `pager`, `total` rows in all."""
        self.beginResetModel()
        self._listing += 1
        self._rows = list(rows)
        self._pager = pager
        self._reading = False
        self._after_read = []
        self._total = len(self._rows) if pager is None else max(total or 0, len(self._rows))
        self._shown = min(PAGE, len(self._rows))
        self.endResetModel()
        self.totalChanged.emit(self._total)

    def _unread(self) -> bool:
        return self._pager is not None and len(self._rows) < self._total

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and (self._shown < len(self._rows) or self._unread())

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid():
            return
        if self._shown < len(self._rows):
            self._show(min(PAGE, len(self._rows) - self._shown))
        elif self._unread() and not self._reading:  # a view asks again while it comes
            self._read(PAGE, self._show_read)

    def _show(self, more: int) -> None:
        if more > 0:
            self.beginInsertRows(_ROOT, self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()

    def _show_read(self) -> None:
        self._show(min(PAGE, len(self._rows) - self._shown))

    def _read(self, limit: int, then: Callable[[], None]) -> None:
        """Read the next `limit` rows of a paged listing (one read at a time)."""
        if self._pager is None:
            return
        if self._reading:  # one read at a time: this one follows the page on its way
            self._after_read.append(then)
            return
        self._reading = True
        listing, offset = self._listing, len(self._rows)

        def arrived(rows: list[Row]) -> None:
            if listing != self._listing:
                return  # another listing replaced this one meanwhile
            self._reading = False
            known = {r["id"] for r in self._rows}
            self._rows.extend(r for r in rows if r["id"] not in known)
            if len(rows) < limit and self._total != len(self._rows):  # the listing's end
                self._total = len(self._rows)
                self.totalChanged.emit(self._total)
            waiting, self._after_read = self._after_read, []
            for step in (then, *waiting):
                step()

        self._pager(offset, limit, arrived)

    def find(self, record_id: str, then: Callable[[int], None]) -> None:
        """Read on until `record_id`'s row is known; `then(row)` (-1: not in the listing)."""
        row = self.row_of(record_id)
        if row >= 0 or not self._unread():
            then(row)
            return
        self._read(FIND_PAGE, lambda: self.find(record_id, then))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(row["label"] + (f"  ·  {row['detail']}" if row.get("detail") else ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            note = "\n(has an unsaved draft)" if row["id"] in self.drafts else ""
            return tooltip(f"{row['label']}\n{row['id']}{note}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return shown(row["label"])
        if role == Qt.ItemDataRole.FontRole and row["id"] in self.drafts:
            font = QFont()
            font.setItalic(True)
            return font
        if role == IdRole:
            return row["id"]
        return None

    def row_of(self, record_id: str) -> int:
        """The row of a record read so far, else -1."""
        return next((i for i, r in enumerate(self._rows) if r["id"] == record_id), -1)

    def ensure_shown(self, row: int) -> None:
        if row >= self._shown:
            self._show(min(row + 1, len(self._rows)) - self._shown)

    def update_row(self, row_data: Row) -> None:
        """A saved record: repaint its row, or add it where it sorts."""
        row = self.row_of(row_data["id"])
        if row >= 0:
            self._rows[row] = row_data
            if row < self._shown:
                index = self.index(row)
                self.dataChanged.emit(index, index)
            return
        lang = current_language()
        key = label_key(row_data["label"], lang)
        at = next((i for i, r in enumerate(self._rows) if label_key(r["label"], lang) > key),
                  len(self._rows))
        self._total += 1
        if at == len(self._rows) and self._unread():
            pass  # it sorts among the rows not read yet: it comes with their page
        elif at <= self._shown:
            self.beginInsertRows(_ROOT, at, at)
            self._rows.insert(at, row_data)
            self._shown += 1
            self.endInsertRows()
        else:
            self._rows.insert(at, row_data)
        self.totalChanged.emit(self._total)

    def remove_row(self, record_id: str) -> None:
        row = self.row_of(record_id)
        if row < 0:
            return  # not read yet (the listing's end corrects the count) or not listed
        if row < self._shown:
            self.beginRemoveRows(_ROOT, row, row)
            del self._rows[row]
            self._shown -= 1
            self.endRemoveRows()
        else:
            del self._rows[row]
        self._total = max(len(self._rows), self._total - 1)
        self.totalChanged.emit(self._total)

    def set_drafts(self, keys: set[str]) -> None:
        self.drafts = keys
        if self._shown:
            self.dataChanged.emit(self.index(0), self.index(self._shown - 1),
                                  [Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole])
