"""The browse page: search field and sort on top, filters on the left, the grid of works."""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...catalog.search import SearchResult
from .chips import Chip, FilterChips
from .delegate import SIZES
from .facets import FacetPanel, facet_title
from .grid import WorkGrid
from .images_note import ImagesFolderNote
from .models import BANDED_SORTS, WorkListModel
from .search_bar import SearchBar


class EmptyState(QWidget):
    """Shown instead of the grid when nothing matches; offers to clear the filters."""

    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.message = QLabel(self)
        self.message.setObjectName("emptyMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("emptyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("emptyClearButton")
        self.button.clicked.connect(self.clearRequested)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addSpacing(10)
        layout.addLayout(row)
        layout.addStretch(3)
        self.searched = True  # False: only filters were chosen, no words typed
        self.retranslate_ui()

    def show_for(self, searched: bool) -> None:
        self.searched = searched
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.searched:
            self.message.setText(self.tr("No works match this search."))
            self.hint.setText(self.tr("Try fewer words, or clear the filters to see every work."))
        else:
            self.message.setText(self.tr("No work matches these filters."))
            self.hint.setText(self.tr("Clear the filters, or choose fewer, to see more works."))
        self.button.setText(self.tr("Clear search and filters"))
        self.button.setAccessibleName(self.button.text())


class CorrectionNote(QLabel):
    """"Showing results for sokolov. Search instead for sokolv": shown when nothing matched
    what was typed and the catalog's closest words did."""

    exactRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionNote")
        self.setTextFormat(Qt.TextFormat.RichText)  # our markup; both texts are escaped
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setContentsMargins(18, 0, 18, 8)
        self.linkActivated.connect(lambda _link: self.exactRequested.emit())
        self._texts: tuple[str, str] | None = None
        self.hide()

    def show_for(self, corrected: str | None, typed: str) -> None:
        self._texts = (corrected, typed) if corrected else None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._texts is None:
            self.hide()
            return
        corrected, typed = (html.escape(t) for t in self._texts)
        self.setText(self.tr("Showing results for <b>%1</b>. Search instead for "
                             "<a href=\"exact\">%2</a>").replace("%1", corrected)
                     .replace("%2", typed))
        self.setAccessibleName(self.tr("Showing results for %1").replace("%1", self._texts[0]))
        self.show()


class BrowsePage(QWidget):
    """Runs searches on the model from what the visitor typed and chose."""

    workActivated = Signal(str, int)
    countChanged = Signal(int, int)  # works shown, works in the catalog
    kindsChanged = Signal(dict)  # of the records shown: {"work": n, "set": n, "group": n}

    def __init__(self, model: WorkListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("browsePage")
        self.model = model
        self.catalog_total = 0
        self.bar = SearchBar(self)
        self.correction = CorrectionNote(self)
        self.images_note = ImagesFolderNote(self)
        self.facets = FacetPanel(self)
        self.grid = WorkGrid(model, self)
        self.empty = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.empty)
        self.chips = FilterChips(self)
        results = QWidget(self)
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.chips)
        column.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("browseSplitter")
        self.splitter.addWidget(self.facets)
        self.splitter.addWidget(results)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 1000])
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(self._panel_placed)
        self._panel_fitted = True  # until the visitor drags the split, it follows the width
        self.facets.setMinimumWidth(250)

        self.size_label = QLabel(self)
        self.size_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.size_slider.setObjectName("thumbSizeSlider")
        self.size_slider.setRange(*SIZES)
        self.size_slider.setSingleStep(5)
        self.size_slider.setPageStep(15)
        self.size_slider.setValue(100)
        self.size_slider.setFixedWidth(110)
        self.size_label.setBuddy(self.size_slider)
        self.size_slider.valueChanged.connect(self._resize_thumbs)
        self.grid.zoomRequested.connect(lambda step: self.size_slider.setValue(
            self.size_slider.value() + step * self.size_slider.pageStep()))
        self._thumb_timer = QTimer(self)  # pictures made again once the slider rests
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.setInterval(250)
        self._thumb_timer.timeout.connect(self._remake_thumbs)

        top = QHBoxLayout()
        top.setContentsMargins(18, 14, 18, 10)
        top.addWidget(self.bar)
        top.addSpacing(14)
        top.addWidget(self.size_label)
        top.addSpacing(6)
        top.addWidget(self.size_slider)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.correction)
        layout.addWidget(self.images_note)
        layout.addWidget(self.splitter, 1)

        self.bar.searchChanged.connect(lambda _t: self.run_search())
        self.bar.sortChanged.connect(lambda _s: self.run_search())
        self.bar.leaveRequested.connect(self.focus_grid)
        self.bar.field.returnPressed.connect(self._enter_in_field)
        self.facets.filtersChanged.connect(lambda _f: self.run_search())
        self.empty.clearRequested.connect(self.clear_all)
        self.chips.clearRequested.connect(self.clear_all)
        self.chips.removeRequested.connect(self._remove_chip)
        self.chips.focusLeft.connect(self.focus_search)  # the last chip removed by a key
        self.correction.exactRequested.connect(lambda: self.run_search(exact=True))
        self.grid.workActivated.connect(self.workActivated)
        # Tab in reading order: search, sort, size, then the filters (years, the tree: one
        # stop), the chips (see _show_chips), the grid
        chain = (self.bar.sort_box, self.size_slider, self.facets.clear_button,
                 self.facets.year_from, self.facets.year_to, self.facets.tree, self.grid)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        model.searchFinished.connect(self._finished)
        model.facetsCounted.connect(self.facets.set_counts)
        model.totalCounted.connect(self._counted)
        model.facetsCounted.connect(lambda facets: self.kindsChanged.emit(
            {value: count for value, _label, count in facets.get("record", [])}))
        self.retranslate_ui()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._panel_fitted:  # a fifth of the width: 280 px on a laptop, 420 on 2560 px
            panel = min(420, max(280, self.width() // 5))
            blocked = self.splitter.blockSignals(True)
            self.splitter.setSizes([panel, max(1, self.width() - panel)])
            self.splitter.blockSignals(blocked)

    def _panel_placed(self, *_args: object) -> None:
        self._panel_fitted = False

    def split_state(self) -> bytes:
        """The split to remember: the visitor's, or none while it follows the width."""
        return b"" if self._panel_fitted else bytes(self.splitter.saveState().data())

    def restore_split(self, state: bytes) -> None:
        """The split the visitor left (then it no longer follows the window's width)."""
        if state and self.splitter.restoreState(state):
            self._panel_fitted = False

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Browse works"))
        self.size_label.setText(self.tr("Si&ze"))
        self.size_slider.setAccessibleName(self.tr("Picture size"))
        self.size_slider.setToolTip(self.tr("Picture size (Ctrl+wheel over the works)"))
        self.empty.retranslate_ui()
        self.correction.retranslate_ui()
        self._show_chips()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def thumb_size(self) -> int:
        return self.size_slider.value()

    def set_thumb_size(self, percent: int) -> None:
        self.size_slider.setValue(percent)
        self._remake_thumbs()

    def _resize_thumbs(self, percent: int) -> None:
        self.grid.set_scale(percent)
        self._thumb_timer.start()

    def _remake_thumbs(self) -> None:
        self._thumb_timer.stop()
        self.model.set_thumbnail_box(*self.grid.picture_box())

    def run_search(self, exact: bool = False) -> None:
        self.model.set_search(self.bar.text(), self.facets.filters(), self.bar.sort(), exact)
        self.grid.set_banded(self.bar.sort() in BANDED_SORTS)
        self._show_chips()

    def _show_chips(self) -> None:
        """A chip per chosen value, the years and the searched words, in this language."""
        chips = [Chip("facet", facet, value, facet_title(facet), label)
                 for facet, value, label in self.facets.model.checked_items()]
        low, high = self.facets.years.range()
        years = self.tr("Years")
        if low is not None and high is not None:
            chips.append(Chip("years", "both", "", years, f"{low}–{high}"))
        elif low is not None:
            chips.append(Chip("years", "from", "", years, self.tr("from %1").replace(
                "%1", str(low))))
        elif high is not None:
            chips.append(Chip("years", "to", "", years, self.tr("to %1").replace(
                "%1", str(high))))
        words = self.bar.text().strip()
        if words:
            chips.append(Chip("search", "", words, self.tr("Search"),
                              self.tr("“%1”").replace("%1", words)))
        self.chips.set_chips(chips)
        previous: QWidget = self.facets.tree  # Tab: filters, then the chips, then the grid
        for button in self.chips.buttons:
            QWidget.setTabOrder(previous, button)
            previous = button
        QWidget.setTabOrder(previous, self.grid)

    def _remove_chip(self, chip: Chip) -> None:
        if chip.kind == "facet":
            self.facets.uncheck(chip.key, chip.value)
        elif chip.kind == "years":
            self.facets.clear_years(chip.key)
        else:
            self.bar.clear_now()  # no typing pause: one search, below
            self.run_search()

    def _finished(self, result: SearchResult) -> None:
        spec = self.model.spec
        if not spec.query and not spec.filters:
            self.catalog_total = result.total
        if not result.total:
            self.empty.show_for(bool(spec.query.strip()))
        self.stack.setCurrentWidget(self.grid if result.total else self.empty)
        self.correction.show_for(result.corrected_query, spec.query)
        self.images_note.works_shown(self.model.any_picture())
        if result.total_exact:  # else the count follows with the facets (_counted)
            self.countChanged.emit(result.total, max(self.catalog_total, result.total))

    def _counted(self, total: int) -> None:
        self.countChanged.emit(total, max(self.catalog_total, total))

    def clear_all(self) -> None:
        self.bar.clear_now()  # no typing pause: one search, below
        blocked = self.facets.blockSignals(True)
        self.facets.clear()
        self.facets.blockSignals(blocked)
        self.facets.clear_button.setEnabled(False)
        self.run_search()

    def filter_by(self, facet: str, value: str, label: str = "") -> None:
        """Show only works with this facet value (e.g. one mission), other filters cleared."""
        blocked = self.facets.blockSignals(True)
        self.facets.clear()
        self.facets.blockSignals(blocked)
        self.bar.clear_now()  # no typing pause: one search, below
        self.facets.check(facet, value, label)  # says filtersChanged: one search runs

    def _enter_in_field(self) -> None:
        self.bar.flush()
        self.focus_grid()

    def focus_grid(self) -> None:
        if self.model.rowCount():
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.grid.currentIndex().isValid():
                self.grid.select_row(0)

    def focus_search(self) -> None:
        self.bar.focus()
