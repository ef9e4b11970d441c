"""The worklist in the editor: the works that need attention, why, and where to fix it.

A dock (View ▸ Worklist) over `gallery.catalog.worklist`: the reasons with their counts to
filter by, a table sortable by any column, and each line opening the editor at the field
that needs work. It is read again when shown and after each save.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...catalog.worklist import REASONS, worklist
from ..i18n import current_language
from ..plain import shown
from .opening import open_at

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
REASON_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (QT_TRANSLATE_NOOP("WorklistModel", "Work"),
           QT_TRANSLATE_NOOP("WorklistModel", "What needs work"),
           QT_TRANSLATE_NOOP("WorklistModel", "Where"))


class WorklistModel(QAbstractTableModel):
    """One row per (work, reason): the work's title, the reason, the field and detail."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[dict[str, Any]] = []

    def set_items(self, items: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("WorklistModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        lang = current_language()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return shown(item["title"].get(lang) or item["title"]["en"] or item["record_id"])
            if index.column() == 1:
                return item["reason_label"][lang]
            where = item["field_label"][lang]
            detail = (item.get("detail") or {}).get(lang)
            return shown(f"{where}: {detail}") if detail else where
        if role == REASON_ROLE:
            return item["reason"]
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None


class WorklistPanel(QWidget):
    """`openAt(record_id, field)`: the curator asked to fix this work at this field."""

    openAt = Signal(str, str)

    def __init__(self, context: Any) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("worklistPanel")
        self.counts: dict[str, int] = {}
        self.model = WorklistModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(REASON_ROLE)
        self.proxy.setFilterKeyColumn(1)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.reasons = QComboBox()
        self.reasons.setObjectName("worklistReasons")
        self.reasons.setAccessibleName(self.tr("Show the works that need"))
        self.reasons.currentIndexChanged.connect(self._filter)
        self.summary = QLabel()
        self.summary.setObjectName("worklistSummary")
        self.summary.setProperty("role", "muted")
        self.view = QTableView()
        self.view.setObjectName("worklistTable")
        self.view.setAccessibleName(self.tr("Works that need attention"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)
        top = QHBoxLayout()
        self.show_label = QLabel(self.tr("Show"))
        top.addWidget(self.show_label)
        top.addWidget(self.reasons, 1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the interface switched language
            self.show_label.setText(self.tr("Show"))
            self.reasons.setAccessibleName(self.tr("Show the works that need"))
            self.view.setAccessibleName(self.tr("Works that need attention"))
            dock = self.parentWidget()
            if isinstance(dock, QDockWidget):
                dock.setWindowTitle(self.tr("Worklist"))
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
            if self.model.items:
                self._fill_reasons()
                self._filter()
        super().changeEvent(event)

    def reload(self) -> None:
        def read(catalog: Any) -> Any:
            with catalog.reading() as con:
                return worklist(con)

        self.context.service.call(read, self._loaded)

    def _loaded(self, result: Any) -> None:
        self.counts = dict(result.counts)
        self.model.set_items(result.items)
        self._fill_reasons()
        self._filter()

    def _fill_reasons(self) -> None:
        """'Everything (N)' then each reason with its count, in the interface language."""
        chosen = self.reasons.currentData()
        lang = current_language()
        self.reasons.blockSignals(True)
        self.reasons.clear()
        self.reasons.addItem(self.tr("Everything (%d)") % len(self.model.items), "")
        for code, (english, russian, _field) in REASONS.items():
            self.reasons.addItem(f"{russian if lang == 'ru' else english} "
                                 f"({self.counts.get(code, 0)})", code)
        self.reasons.setCurrentIndex(max(self.reasons.findData(chosen or ""), 0))
        self.reasons.blockSignals(False)

    def show_reason(self, code: str) -> None:
        self.reasons.setCurrentIndex(max(self.reasons.findData(code), 0))

    def _filter(self, *_: Any) -> None:
        code = self.reasons.currentData() or ""
        self.proxy.setFilterRegularExpression(
            QRegularExpression(f"^{QRegularExpression.escape(code)}$") if code
            else QRegularExpression())
        works = {self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)["record_id"]
                 for r in range(self.proxy.rowCount())}
        self.summary.setText(self.tr("%d lines, %d works") % (self.proxy.rowCount(),
                                                              len(works)))

    def _activated(self, index: QModelIndex) -> None:
        item = index.data(Qt.ItemDataRole.UserRole)
        if item:
            self.openAt.emit(item["record_id"], item["field"])

    def open_row(self, row: int) -> None:
        self._activated(self.proxy.index(row, 0))


def install(window: Any) -> QDockWidget:
    """The worklist dock of an editor window, and its View menu entry's action."""
    panel = WorklistPanel(window.context)
    dock = QDockWidget(QCoreApplication.translate("WorklistPanel", "Worklist"), window)
    dock.setObjectName("worklistDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    dock.visibilityChanged.connect(lambda visible: visible and panel.reload())
    panel.openAt.connect(lambda record_id, field: open_at(window, "works", record_id, field))
    for session in window.sessions.values():
        session.saved.connect(lambda *_: dock.isVisible() and panel.reload())
    return dock
