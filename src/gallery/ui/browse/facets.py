"""The filter panel: the years (histogram and typed years) above one tree of facets.

Choices OR together within one facet and AND across facets (the catalog's search does the
combining); every count says how many works the choice would give with the other filters kept.
The tree is one Tab stop: Up/Down move, Space or Enter chooses, Left/Right fold a group. It is
the panel's only scrolling list, so the wheel never gets caught in a list inside a list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .facet_delegate import FacetDelegate
from .facet_model import FacetTreeModel
from .years import YearsFilter

FACETS = ("mission", "decade", "category", "medium", "person", "series", "holder",
          "certainty", "confidence", "image")


def facet_title(facet: str) -> str:
    titles = {
        "mission": QCoreApplication.translate("FacetPanel", "Mission"),
        "decade": QCoreApplication.translate("FacetPanel", "Decade"),
        "category": QCoreApplication.translate("FacetPanel", "Kind of work"),
        "medium": QCoreApplication.translate("FacetPanel", "Medium"),
        "person": QCoreApplication.translate("FacetPanel", "People"),
        "series": QCoreApplication.translate("FacetPanel", "Series"),
        "holder": QCoreApplication.translate("FacetPanel", "Holder"),
        "certainty": QCoreApplication.translate("FacetPanel", "Date certainty"),
        "confidence": QCoreApplication.translate("FacetPanel", "How well established"),
        "image": QCoreApplication.translate("FacetPanel", "Image"),
    }
    return titles[facet]


class FacetTree(QTreeView):
    """The facets as a tree; Space and Enter choose a value or fold a group."""

    def __init__(self, model: FacetTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetTree")
        self.setModel(model)
        self.setItemDelegate(FacetDelegate(self))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)  # a long name wraps onto a second line
        self.setIndentation(14)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # No selection: a value's box says it is chosen, and the current row has the
        # delegate's ring. A selected row also painted the branch area left of the delegate
        # in the highlight colour: a stray orange block beside a clicked heading.
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setExpandsOnDoubleClick(False)
        self.setTabKeyNavigation(False)
        self.clicked.connect(self._clicked)
        model.rowsInserted.connect(self._shown_groups)
        model.modelReset.connect(self._shown_groups)
        self._shown_groups()

    def _shown_groups(self, *_args: Any) -> None:
        """Every facet with values is listed and open; one with none yet is hidden."""
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            empty = model.rowCount(index) == 0
            if self.isRowHidden(row, QModelIndex()) != empty:
                self.setRowHidden(row, QModelIndex(), empty)
                if not empty:
                    self.expand(index)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # names wrap anew: rows change height

    def _clicked(self, index: QModelIndex) -> None:
        if index.data(FacetTreeModel.GroupRole):
            self.setExpanded(index, not self.isExpanded(index))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return,
                                               Qt.Key.Key_Enter, Qt.Key.Key_Select):
            if index.data(FacetTreeModel.GroupRole):
                self.setExpanded(index, not self.isExpanded(index))
            else:
                model = self.model()
                assert isinstance(model, FacetTreeModel)
                model.toggle(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model().rowCount():
            first = next((self.model().index(r, 0) for r in range(self.model().rowCount())
                          if not self.isRowHidden(r, QModelIndex())), None)
            if first is not None:
                self.setCurrentIndex(first)


class FacetPanel(QWidget):
    """All facets; emits `filtersChanged(dict)` whenever a choice changes."""

    filtersChanged = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 6, 6)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("panelTitle")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        top.addWidget(self.title, 1)
        top.addWidget(self.clear_button)
        top.addSpacing(8)
        layout.addLayout(top)

        self.years = YearsFilter(self)
        self.years.setContentsMargins(0, 0, 8, 0)
        self.years.changed.connect(self._changed)
        self.year_from, self.year_to = self.years.year_from, self.years.year_to
        layout.addWidget(self.years)

        self.model = FacetTreeModel(FACETS, facet_title, self)
        self.model.checksChanged.connect(self._changed)
        self.tree = FacetTree(self.model, self)
        layout.addWidget(self.tree, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Filters"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self.setAccessibleName(self.tr("Filters"))
        self.tree.setAccessibleName(self.tr("Filter by %1").replace(
            "%1", ", ".join(facet_title(f) for f in FACETS[:3]) + "…"))
        self.tree.setAccessibleDescription(self.tr(
            "Up and Down move, Space chooses, Left and Right fold a group."))
        self.model.language_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- state ---------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for facet in FACETS:
            values = self.model.checked_values(facet)
            if values:
                out[facet] = values
        low, high = self.years.range()
        if low is not None:
            out["year_from"] = low
        if high is not None:
            out["year_to"] = high
        return out

    def counts(self, facet: str) -> dict[str, int]:
        """Each listed value's count (0: listed, but the current search gives none)."""
        group = self.model.groups[FACETS.index(facet)]
        return {c.value: c.count for c in group.choices}

    def set_counts(self, facets: dict[str, list[tuple[str, str, int]]]) -> None:
        for facet in FACETS:
            self.model.set_counts(facet, list(facets.get(facet, [])))
        self.years.set_counts(list(facets.get("year", [])))

    def set_names_ru(self, facet: str, names: dict[str, str]) -> None:
        self.model.set_names_ru(facet, names)

    def check(self, facet: str, value: str, label: str = "") -> None:
        """Choose one value by code, e.g. a mission from the missions view."""
        self.model.set_checked(facet, value, label=label)

    def uncheck(self, facet: str, value: str) -> None:
        self.model.set_checked(facet, value, checked=False)

    def clear_years(self, end: str) -> None:
        """Drop one end of the years ("from", "to") or both ("both")."""
        self.years.clear_end(end)

    def clear(self) -> None:
        changed = bool(self.filters())
        self.model.clear_checks()
        self.years.clear()
        if changed:
            self._changed()

    def _changed(self) -> None:
        filters = self.filters()
        self.clear_button.setEnabled(bool(filters))
        self.filtersChanged.emit(filters)


def load_facet_names(catalog: Any) -> dict[str, dict[str, str]]:
    """Russian labels of the facets' catalog values: missions, people, media, holders, series
    (run on the worker; the counting module, with numpy, is imported there, not at start)."""
    from ...catalog.facets import russian_labels

    with catalog.reading() as con:
        return russian_labels(con)
