"""The visitor's main window: browse the works, open one, walk the results, switch views.

Pages live in a stack: browse (grid + search + filters), detail (one work), and the views
engineer's timeline and missions views (a labelled placeholder until those modules exist).
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ..catalog.errors import CatalogError
from ..catalog.store import Catalog
from .app import LanguageManager, thumbnail_cache, tile_dir
from .browse.delegate import IMAGE_H, IMAGE_W
from .browse.facets import load_facet_names
from .browse.models import WorkListModel
from .browse.page import BrowsePage
from .browse.thumbnails import ThumbnailLoader
from .detail.canvas import ImageCanvas
from .detail.page import DetailPage
from .error_words import explain, read_only_reason
from .i18n import current_language
from .main_actions import ShortcutSheet, WindowActions
from .settings import Settings
from .view_slot import ViewSlot, module_exists
from .window_state import restore_window_state, save_window_state
from .workers import CatalogService, ImagePool

log = logging.getLogger(__name__)
PAGES = ("browse", "detail", "timeline", "missions")
POLL_MS = 4000  # how often to look for saves by the editor or another process


class MainWindow(QMainWindow):
    def __init__(self, service: CatalogService, settings: Settings | None = None,
                 synchronous: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.service = service
        self.settings = settings or Settings()
        self.languages = LanguageManager(self.settings, self)
        self.thumb_pool = ImagePool(synchronous, max_threads=2)
        self.image_pool = ImagePool(synchronous, max_threads=2)
        self.thumbnails = ThumbnailLoader(
            self.thumb_pool, thumbnail_cache, display=(IMAGE_W, IMAGE_H),
            dpr=QGuiApplication.instance().devicePixelRatio(), parent=self)
        self.model = WorkListModel(service, self.thumbnails, parent=self)
        self.model.searchFailed.connect(self._search_failed)
        self.page = "browse"
        self.error_box: QMessageBox | None = None
        self._data_version: int | None = None
        self._pending_step = 0

        self.browse = BrowsePage(self.model, self)
        self.detail = DetailPage(service, self.image_pool, tile_dir(), self)
        self.detail.info.thumbnails = self.thumbnails
        self.timeline = ViewSlot("timeline", self)
        self.missions = ViewSlot("missions", self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        for widget in (self.browse, self.detail, self.timeline, self.missions):
            self.pages.addWidget(widget)
        self.setCentralWidget(self.pages)

        self.count_label = QLabel(self)
        self._counts, self._kinds_text = (0, 0), ""
        self.count_label.setObjectName("countLabel")
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("readOnlyLabel")
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.actions_ = WindowActions(self)

        self.browse.workActivated.connect(lambda work, _row: self.open_work(work))
        self.browse.countChanged.connect(self._count_changed)
        self.browse.kindsChanged.connect(self._kinds_changed)
        self.detail.backRequested.connect(self.go_back)
        self.detail.stepRequested.connect(self.step)
        self.detail.workRequested.connect(self.open_work)
        self.model.rowsInserted.connect(self._rows_arrived)
        for slot in (self.timeline, self.missions):
            slot.workActivated.connect(self.open_work)
            slot.missionFilterRequested.connect(self.filter_mission)
        self.languages.changed.connect(self._language_changed)

        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_for_changes)
        self._attach_catalog()
        self.show_page("browse")
        # An explicit minimum keeps layouts from resizing the window's limits as panels fill
        # in (offscreen Qt warns about that on every change).
        self.setMinimumSize(860, 560)
        self.resize(1280, 820)
        self.retranslate_ui()

    # -- catalog -------------------------------------------------------------------------
    def _attach_catalog(self) -> None:
        catalog = self.service.catalog
        self.model.set_service(self.service)
        self.detail.service = self.service
        self.browse.run_search()
        self.timeline.attach(self.service)
        self.missions.attach(self.service)
        self.service.call(load_facet_names, self._facet_names_arrived)
        self.service.call(lambda c: c.data_version(), self._remember_version)
        self._poll.start()
        self.settings.add_recent(catalog.path)
        self._update_recent_menu()
        self._update_editing_state()

    def open_catalog(self, path: str | Path) -> bool:
        """Switch to another catalog; a bad file leaves the current one open and says why."""
        try:
            catalog = Catalog.open(path, writer=False)  # a reader (see launch.run_app)
        except (CatalogError, OSError) as error:
            self.show_error(self.tr("This catalog cannot be opened"), explain(error), str(error))
            return False
        old = self.service
        self.service = CatalogService(catalog, synchronous=old.synchronous)
        self.show_page("browse")
        self._attach_catalog()
        old.shutdown()
        self.retranslate_ui()
        return True

    def _reopen_replaced(self) -> None:
        """The file at our path was swapped: open the new one, staying on the same page."""
        try:
            catalog = Catalog.open(self.service.catalog.path, writer=False)
        except (CatalogError, OSError):
            return  # caught mid-swap, or the new file is unusable: try at the next poll
        old = self.service
        self.service = CatalogService(catalog, synchronous=old.synchronous)
        self._data_version = None
        self._attach_catalog()
        old.shutdown()
        if self.page == "detail" and self.detail.work_id:
            self.detail.show_work(self.detail.work_id)

    def choose_catalog(self) -> None:
        start = str(Path(self.service.catalog.path).parent)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Catalog"), start,
                                              self.tr("Catalogs (*.db *.sqlite);;All files (*)"))
        if path:
            self.open_catalog(path)

    def _search_failed(self, message: str) -> None:
        """A search the catalog cannot answer (a damaged file) is said, once, instead of
        leaving an empty gallery that looks like a catalog with no works."""
        if self.error_box is not None and self.error_box.isVisible():
            return
        hint = self.tr("The catalog file may be damaged: restore a backup (File menu, or "
                       "`gallery restore` in a terminal).")
        self.show_error(self.tr("The catalog cannot be read"), hint, message)

    def show_error(self, title: str, detail: str, technical: str = "") -> None:
        """One window-modal message (the store's own line under Show Details), on error_box."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, detail, QMessageBox.StandardButton.Ok,
                          self)
        box.setDetailedText(technical)
        box.setObjectName("errorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()

    def _update_recent_menu(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        current = str(Path(self.service.catalog.path).resolve())
        for path in self.settings.get("catalog/recent"):
            action = menu.addAction(Path(path).name + "  —  " + str(Path(path).parent))
            action.setToolTip(path)
            action.setEnabled(path != current)
            action.triggered.connect(lambda _c=False, p=path: self.open_catalog(p))
        menu.setEnabled(bool(menu.actions()))

    def _update_editing_state(self) -> None:
        catalog = self.service.catalog
        if catalog.read_only:
            self.read_only_label.setText(self.tr("Editing is off: %1").replace(
                "%1", read_only_reason(catalog.read_only_reason)))
        else:
            self.read_only_label.setText("")
        self.read_only_label.setVisible(catalog.read_only)
        editor = self.actions_.editor
        editor.setEnabled(module_exists("gallery.ui.edit") and not catalog.read_only)
        self.actions_.slideshow.setEnabled(module_exists("gallery.ui.slideshow"))

    def _facet_names_arrived(self, names: dict[str, dict[str, str]]) -> None:
        for facet, mapping in names.items():
            self.browse.facets.set_names_ru(facet, mapping)

    def _remember_version(self, version: int) -> None:
        self._data_version = version

    def _check_for_changes(self) -> None:
        if self.service.catalog.replaced():  # restored or rebuilt: read the new file
            self._reopen_replaced()
            return

        def changed(version: int) -> None:
            if self._data_version is not None and version != self._data_version:
                self.model.refresh()
                if self.page == "detail" and self.detail.work_id:
                    self.detail.show_work(self.detail.work_id)
                self.timeline.reload()
                self.missions.reload()
            self._data_version = version

        self.service.call(lambda c: c.data_version(), changed)

    # -- pages ---------------------------------------------------------------------------
    def show_page(self, name: str) -> None:
        widget = {"browse": self.browse, "detail": self.detail, "timeline": self.timeline,
                  "missions": self.missions}[name]
        self.page = name
        self.pages.setCurrentWidget(widget)
        for action in self.actions_.detail_only:
            action.setEnabled(name == "detail")
        if name == "browse":
            self.browse.focus_grid()
        elif name == "detail":
            self.detail.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_view_actions()

    def _update_view_actions(self) -> None:
        for action, page in ((self.actions_.view_browse, "browse"),
                             (self.actions_.view_timeline, "timeline"),
                             (self.actions_.view_missions, "missions")):
            action.setChecked(self.page == page or (page == "browse" and self.page == "detail"))

    def open_work(self, work_id: str) -> None:
        self.detail.show_work(work_id)
        self._update_position(work_id)
        self.show_page("detail")

    def go_back(self) -> None:
        if self.page != "detail":
            return
        work_id = self.detail.work_id
        self.show_page("browse")
        row = self.model.row_of(work_id) if work_id else -1
        if row >= 0:
            self.browse.grid.select_row(row)

    def step(self, delta: int) -> None:
        """Walk the result list from the detail page (←/→); fetches the next page if needed."""
        if self.page != "detail" or not self.detail.work_id:
            return
        row = self.model.row_of(self.detail.work_id)
        if row < 0:
            return
        target = row + delta
        if target >= self.model.rowCount() and self.model.canFetchMore():
            self._pending_step = delta
            self.model.fetchMore()
            return
        if 0 <= target < self.model.rowCount():
            self.open_work(self.model.work_ids()[target])

    def _rows_arrived(self) -> None:
        if self._pending_step:
            delta, self._pending_step = self._pending_step, 0
            self.step(delta)
        elif self.page == "detail" and self.detail.work_id:
            self._update_position(self.detail.work_id)

    def _update_position(self, work_id: str) -> None:
        self.detail.set_position(self.model.row_of(work_id), self.model.total)

    def filter_mission(self, mission_id: str) -> None:
        self.browse.filter_by("mission", mission_id)
        self.show_page("browse")

    def focus_search(self) -> None:
        if self.page != "browse":
            self.show_page("browse")
        self.browse.focus_search()

    def canvas(self) -> ImageCanvas:
        return self.detail.canvas

    def _count_changed(self, shown: int, total: int) -> None:
        self._counts = (shown, total)
        self.count_label.setText(self.tr("%1 of %2 works").replace("%1", str(shown)).replace(
            "%2", str(total)) + self._kinds_text)
        if self.page == "detail" and self.detail.work_id:
            self._update_position(self.detail.work_id)

    def _kinds_changed(self, kinds: dict) -> None:
        """Sets and groups are records of several objects: count them apart from works."""
        sets, groups = kinds.get("set", 0), kinds.get("group", 0)
        self._kinds_text = "" if not (sets or groups) else " " + self.tr(
            "(%1 sets and %2 groups among them)").replace("%1", str(sets)).replace(
            "%2", str(groups))
        self._count_changed(*self._counts)

    # -- other windows -------------------------------------------------------------------
    def open_editor(self) -> None:
        if not self.actions_.editor.isEnabled():
            return
        module = importlib.import_module("gallery.ui.edit")
        work_id = self.detail.work_id if self.page == "detail" else self._grid_work_id()
        try:
            module.open_editor(self.service.catalog.path, self, work_id)
        except CatalogError as error:
            self.show_error(self.tr("The catalog editor cannot open this catalog"),
                            explain(error), str(error))

    def _grid_work_id(self) -> str | None:
        row = self.browse.grid.currentIndex().row()
        item = self.model.row_data(row)
        return item.id if item else None

    def start_slideshow(self) -> None:
        if not module_exists("gallery.ui.slideshow"):
            return
        module = importlib.import_module("gallery.ui.slideshow")
        self.slideshow_window = module.start_slideshow(self.service.catalog.path, parent=self)

    def show_shortcuts(self) -> None:
        sheet = ShortcutSheet(self.actions_.all_actions(), self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        self.shortcut_sheet = sheet

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Leonov Gallery"), self.tr(
            "Leonov Gallery: the art of Alexei Leonov (1934–2019), cosmonaut and painter, "
            "with the missions, people and sources behind each work."))

    # -- settings, language, motion ------------------------------------------------------
    def set_reduced_motion(self, on: bool) -> None:
        self.settings.set("ui/reduced_motion", bool(on))
        self.detail.canvas.reduced_motion = bool(on)

    def toggle_fullscreen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def restore_state(self) -> None:
        restore_window_state(self)

    def save_state(self) -> None:
        save_window_state(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop background work and close the catalog (after the window has closed)."""
        self._poll.stop()
        self.model.searchFailed.disconnect(self._search_failed)  # a late search is no damage
        self.thumbnails.close()
        self.image_pool.clear()
        self.image_pool.wait()
        self.service.shutdown()

    def _language_changed(self, lang: str) -> None:
        self.actions_.lang_en.setChecked(lang == "en")
        self.actions_.lang_ru.setChecked(lang == "ru")
        self.model.language_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._check_for_changes()  # back from the editor: show its saves at once
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if not hasattr(self, "actions_"):
            return
        self.actions_.retranslate_ui()
        name = Path(self.service.catalog.path).name
        # "document — application", as desktops show it; ending with the application's display
        # name keeps Qt from appending it a second time (xcb and Windows do).
        self.setWindowTitle(self.tr("%1 — Leonov Gallery").replace("%1", name))
        self.setAccessibleName(self.tr("Leonov Gallery"))
        self.actions_.lang_en.setChecked(current_language() == "en")
        self.actions_.lang_ru.setChecked(current_language() == "ru")
        self._update_editing_state()
        if self.model.total or self.browse.catalog_total:
            self._count_changed(self.model.total, max(self.browse.catalog_total,
                                                      self.model.total))

    # -- for the screenshot command and tests ------------------------------------------
    def busy(self) -> bool:
        """True while searches, thumbnails or the detail image are still on their way."""
        if self.model.busy() or self.browse.bar.pending():
            return True
        if self.page in ("browse", "detail") and self.model.thumbnails_pending():
            return True  # the grid's, or the related works' small pictures
        if self.page == "detail" and self.detail.is_loading():
            return True
        return self.page in ("timeline", "missions") and self.pages.currentWidget().busy()
