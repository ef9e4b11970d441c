"""The filter panel: a checkable list with counts per facet, plus a year range.

Choices OR together within one facet and AND across facets (the catalog's search does the
combining); every count says how many works the choice would give with the other filters kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...catalog.facets import russian_labels
from .facet_delegate import FacetDelegate
from .models import FacetModel

FACETS = ("mission", "decade", "category", "medium", "person", "series", "holder",
          "certainty", "confidence", "image")
MAX_VISIBLE_ROWS = 7
YEAR_MIN, YEAR_MAX = 1930, 2030


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


class FacetSection(QWidget):
    """A header that folds, and the facet's checkable list."""

    def __init__(self, facet: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facet = facet
        self.model = FacetModel(facet, self)
        self.header = QToolButton(self)
        self.header.setObjectName(f"facetHeader_{facet}")
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.DownArrow)
        self.header.setAutoRaise(True)
        self.header.toggled.connect(self._fold)
        self.view = QListView(self)
        self.view.setObjectName(f"facet_{facet}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(FacetDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.activated.connect(self._toggle)  # Enter toggles, like Space
        self.model.modelReset.connect(self._fit)
        self.model.selectionChanged.connect(self._update_header)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.view)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._update_header()
        self.view.setAccessibleName(self.tr("Filter by %1").replace("%1", facet_title(self.facet)))
        self.model.language_changed()

    def _update_header(self) -> None:
        title = facet_title(self.facet)
        chosen = len(self.model.checked_values())
        text = f"{title}  · {chosen}" if chosen else title
        self.header.setText(text)
        self.header.setAccessibleName(title)

    def _fold(self, open_: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.view.setVisible(open_)

    def _toggle(self, index: Any) -> None:
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        self.model.setData(index, new.value, Qt.ItemDataRole.CheckStateRole)

    def _fit(self) -> None:
        rows = self.model.rowCount()
        self.setVisible(rows > 0)
        row_h = max(self.view.sizeHintForRow(0), self.view.fontMetrics().height() + 4) if rows \
            else 0
        self.view.setFixedHeight(min(rows, MAX_VISIBLE_ROWS) * row_h + 4)
        self._update_header()


class FacetPanel(QScrollArea):
    """All facets; emits `filtersChanged(dict)` whenever a choice changes."""

    filtersChanged = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        body.setObjectName("facetBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 12, 10, 12)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self.title = QLabel(body)
        self.title.setObjectName("panelTitle")
        self.clear_button = QPushButton(body)
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        top.addWidget(self.title, 1)
        top.addWidget(self.clear_button)
        layout.addLayout(top)

        years = QHBoxLayout()
        self.years_label = QLabel(body)
        self.year_from = self._year_box("yearFrom")
        self.year_to = self._year_box("yearTo")
        self.years_dash = QLabel("–", body)
        years.addWidget(self.years_label)
        years.addStretch(1)
        years.addWidget(self.year_from)
        years.addWidget(self.years_dash)
        years.addWidget(self.year_to)
        layout.addLayout(years)

        self.sections: dict[str, FacetSection] = {}
        for facet in FACETS:
            section = FacetSection(facet, body)
            section.setVisible(False)
            section.model.selectionChanged.connect(self._changed)
            self.sections[facet] = section
            layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(body)

        self._year_timer = QTimer(self)
        self._year_timer.setSingleShot(True)
        self._year_timer.setInterval(300)
        self._year_timer.timeout.connect(self._years_changed)
        self.retranslate_ui()

    def _year_box(self, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(YEAR_MIN - 1, YEAR_MAX)
        box.setValue(YEAR_MIN - 1)  # the special "any" value
        box.setKeyboardTracking(False)
        box.setMaximumWidth(96)
        box.valueChanged.connect(lambda _v: self._year_timer.start())
        box.editingFinished.connect(self._year_edited)
        return box

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Filters"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self.years_label.setText(self.tr("Years"))
        for box, name in ((self.year_from, self.tr("From year")),
                          (self.year_to, self.tr("To year"))):
            box.setSpecialValueText(self.tr("any"))
            box.setAccessibleName(name)
        self.setAccessibleName(self.tr("Filters"))
        for section in self.sections.values():
            section.retranslate_ui()
        self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for the title row and the years in every language."""
        body = self.widget()
        if body is not None:
            body.layout().activate()
            self.setMinimumWidth(body.minimumSizeHint().width()
                                 + self.verticalScrollBar().sizeHint().width())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- state ---------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for facet, section in self.sections.items():
            values = section.model.checked_values()
            if values:
                out[facet] = values
        years = [box.value() for box in (self.year_from, self.year_to)]
        if min(years) >= YEAR_MIN:
            years.sort()  # typed the wrong way round: still the range meant
        if years[0] >= YEAR_MIN:
            out["year_from"] = years[0]
        if years[1] >= YEAR_MIN:
            out["year_to"] = years[1]
        return out

    def set_counts(self, facets: dict[str, list[tuple[str, str, int]]]) -> None:
        for facet, section in self.sections.items():
            counts = list(facets.get(facet, []))
            if facet == "decade":
                counts.sort(key=lambda c: c[0])
            section.model.set_counts(counts)
            section._fit()

    def set_names_ru(self, facet: str, names: dict[str, str]) -> None:
        self.sections[facet].model.names_ru = names
        self.sections[facet].model.language_changed()

    def check(self, facet: str, value: str, label: str = "") -> None:
        """Choose one value by code, e.g. a mission from the missions view."""
        self.sections[facet].model.set_checked(value, label=label)
        self.sections[facet]._fit()

    def clear(self) -> None:
        changed = bool(self.filters())
        for section in self.sections.values():
            section.model.clear_checks()  # says dataChanged, not selectionChanged
            section._update_header()
        for box in (self.year_from, self.year_to):
            blocked = box.blockSignals(True)
            box.setValue(YEAR_MIN - 1)
            box.blockSignals(blocked)
        if changed:
            self._changed()

    def _years_changed(self) -> None:
        """A range typed the wrong way round (2000 – 1960) is searched in order, and the
        boxes are swapped once the visitor is no longer typing in them."""
        if not (self.year_from.hasFocus() or self.year_to.hasFocus()):
            self._swap_reversed_years()
        self._changed()

    def _year_edited(self) -> None:
        """Editing done: swap a reversed range unless the visitor moved on to the other box."""
        focus = QApplication.focusWidget()
        moving_on = (self.sender() is self.year_from and focus is not None
                     and (focus is self.year_to or self.year_to.isAncestorOf(focus)))
        if not moving_on:
            self._swap_reversed_years()

    def _swap_reversed_years(self) -> None:
        low, high = self.year_from.value(), self.year_to.value()
        if low >= YEAR_MIN and high >= YEAR_MIN and low > high:
            for box, value in ((self.year_from, high), (self.year_to, low)):
                blocked = box.blockSignals(True)
                box.setValue(value)
                box.blockSignals(blocked)

    def _changed(self) -> None:
        filters = self.filters()
        self.clear_button.setEnabled(bool(filters))
        self.filtersChanged.emit(filters)


def load_facet_names(catalog: Any) -> dict[str, dict[str, str]]:
    """Russian labels of the facets' catalog values: missions, people, media, holders, series
    (run on the worker)."""
    with catalog.reading() as con:
        return russian_labels(con)
