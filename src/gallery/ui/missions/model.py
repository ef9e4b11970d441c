"""The list of missions as a Qt item model: one row per mission, in date order.

Rows carry the mission's name in the chosen language, a status swatch (colour and pattern, so
status never rests on colour alone) and the status in words for tooltips and screen readers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from ..plain import shown, tooltip
from ..timeline.axis import year_of
from ..timeline.labels import status_text
from ..timeline.style import locale_language, localized, status_color, status_pattern, with_alpha

IdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
YearRole = Qt.ItemDataRole.UserRole + 3  # "1965", "1968–1969": shown at the row's right
Index = QModelIndex | QPersistentModelIndex


def _sort_key(record: dict[str, Any]) -> tuple[float, str]:
    start = year_of(record.get("date_start"))
    if start is None:  # "1964": the display text's first four digits
        digits = "".join(ch for ch in str(record.get("date_display") or "")[:4])
        start = float(digits) if digits.isdigit() else 9999.0
    return start, str(record.get("name") or "")


def _years(record: dict[str, Any]) -> str:
    first = str(record.get("date_start") or "")[:4]
    last = str(record.get("date_end") or "")[:4]
    if not first:
        first = str(record.get("date_display") or "")[:4]
        return first if first.isdigit() else ""
    return f"{first}–{last}" if last and last != first else first


class MissionListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._missions: list[dict[str, Any]] = []
        self._lang = locale_language()  # a view first opened in Russian starts in Russian
        self._icons: dict[str, QIcon] = {}

    def set_missions(self, missions: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._missions = sorted((dict(m) for m in missions), key=_sort_key)
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = "ru" if lang == "ru" else "en"
        if self._missions:
            self.dataChanged.emit(self.index(0), self.index(len(self._missions) - 1))

    def mission(self, row: int) -> dict[str, Any]:
        return self._missions[row]

    def row_of(self, mission_id: str) -> int:
        return next((n for n, m in enumerate(self._missions) if m.get("id") == mission_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._missions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._missions):
            return None
        mission = self._missions[index.row()]
        name = self._name(mission)
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(mission.get("status") or "")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            date = localized(mission, "date_display", self._lang)
            text = f"{name} — {status_text(mission, self._lang)}" + (f", {date}" if date
                                                                    else "")
            return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else shown(text)
        if role == IdRole:
            return mission.get("id")
        if role == StatusRole:
            return mission.get("status")
        if role == YearRole:
            return _years(mission)
        return None

    def _name(self, mission: dict[str, Any]) -> str:
        return localized(mission, "name", self._lang) or str(mission.get("id") or "")

    def _icon(self, status: str) -> QIcon:
        if status not in self._icons:
            palette = QApplication.palette() if QApplication.instance() else QPalette()
            color = status_color(palette, status)
            pixmap = QPixmap(18, 18)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(color)
            painter.setBrush(with_alpha(color, 0.8 if status == "flown" else 0.3))
            painter.drawRoundedRect(2, 3, 14, 12, 3, 3)
            if status_pattern(status) != Qt.BrushStyle.SolidPattern:
                painter.setBrush(QBrush(color, status_pattern(status)))
                painter.drawRoundedRect(2, 3, 14, 12, 3, 3)
            painter.end()
            self._icons[status] = QIcon(pixmap)
        return self._icons[status]
