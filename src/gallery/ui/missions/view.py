"""MissionsView: the list of Leonov's missions beside the chosen mission's page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QListView, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ..timeline.style import locale_language
from .delegate import MissionDelegate
from .model import IdRole, MissionListModel
from .page import MissionPage


def _open_url(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


class MissionsView(QWidget):
    workActivated = Signal(str)
    missionFilterRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None,
                 url_opener: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missionsView")
        self._lang = locale_language()  # first opened in a Russian session: Russian
        self.url_opener = url_opener or _open_url
        self.model = MissionListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("missionList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(MissionDelegate(self.list))
        # Long names wrap onto a second line rather than being cut: rows differ in height,
        # and are laid out again when the list's width changes.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setIconSize(QSize(18, 18))
        self.list.setSpacing(2)
        self.list.setMinimumWidth(240)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.page = MissionPage()
        self.page.workActivated.connect(self.workActivated)
        self.page.filterRequested.connect(self.missionFilterRequested)
        self.page.linkRequested.connect(lambda url: self.url_opener(url))
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("missionScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.page)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 1080])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # A fixed floor: a page rebuilt for another mission must not move the window's limits.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(640, 420)
        layout.addWidget(splitter)
        self.retranslate_ui()

    # -- public API -----------------------------------------------------------------------
    def set_missions(self, missions: list[dict[str, Any]]) -> None:
        current = self.current_id()
        self.model.set_missions(missions)
        if current and self.model.row_of(current) >= 0:
            self.select(current)
        elif self.model.rowCount():
            self.select(self.model.data(self.model.index(0), IdRole))
        else:
            self.page.show_mission(None, self._lang)

    set_data = set_missions  # the main window's view slot calls set_data(load_missions(...))

    def set_language(self, lang: str) -> None:
        self._lang = "ru" if lang == "ru" else "en"
        self.model.set_language(self._lang)
        self._show_current()

    def select(self, mission_id: str) -> bool:
        row = self.model.row_of(mission_id)
        if row < 0:
            return False
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)
        self._show_current()
        return True

    def current_id(self) -> str | None:
        index = self.list.currentIndex()
        return self.model.data(index, IdRole) if index.isValid() else None

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Missions"))
        self.list.setAccessibleName(self.tr("Missions, with their status"))
        self.scroll.setAccessibleName(self.tr("The chosen mission"))

    # -- internals --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if locale_language() != self._lang:  # catalog text follows the interface
                self.set_language(locale_language())
        super().changeEvent(event)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        index = self.list.currentIndex()
        record = self.model.mission(index.row()) if index.isValid() else None
        self.page.show_mission(record, self._lang)
        self.scroll.verticalScrollBar().setValue(0)
