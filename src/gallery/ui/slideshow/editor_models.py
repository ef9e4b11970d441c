"""Item models for the playlist editor: the playlist's works, and works found by a search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
WORK_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PlaylistItemsModel(QAbstractTableModel):
    """The works of a playlist in order; caption and seconds are edited in place."""

    COLUMNS = ("work", "caption", "duration")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    # -- reading --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Work"), self.tr("Caption"), self.tr("Seconds"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (None, self.tr("Shown instead of the title; empty: the work's title"),
                    self.tr("Empty: the playlist's seconds per work"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == WORK_ID_ROLE:
            return row["work_id"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "work":
                return row.get("title") or row["work_id"]
            if column == "caption":
                return row.get("caption") or ""
            duration = row.get("duration_s")
            if role == Qt.ItemDataRole.EditRole:
                return float(duration or 0)
            return f"{duration:g}" if duration else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == "work":
            return row["work_id"]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()] != "work":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing --------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.COLUMNS[index.column()]
        row = self._rows[index.row()]
        if column == "caption":
            row["caption"] = str(value).strip() or None
        elif column == "duration":
            try:
                seconds = float(value or 0)
            except (TypeError, ValueError):
                return False
            if seconds < 0:
                return False
            row["duration_s"] = seconds or None
        else:
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True

    def set_items(self, items: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(item) for item in items]
        self.endResetModel()

    def add(self, work_id: str, title: str) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({"work_id": work_id, "title": title, "caption": None,
                           "duration_s": None})
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move one row up (-1) or down (+1); return where it is now."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        # beginMoveRows counts the destination before the move: down by one means row + 2.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target

    def items(self) -> list[dict[str, Any]]:
        """What the playlist record stores."""
        return [{"work_id": r["work_id"], "caption": r.get("caption"),
                 "duration_s": r.get("duration_s")} for r in self._rows]


class WorkListModel(QAbstractListModel):
    """Works found by the editor's search box: "Title — date"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str]] = []  # id, title, date

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        work_id, title, date = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title} — {date}" if date else title
        if role == WORK_ID_ROLE:
            return work_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return work_id
        return None

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> tuple[str, str, str]:
        return self._rows[number]
