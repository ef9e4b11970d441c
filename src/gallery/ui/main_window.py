"""The visitor's main window: browse the works, open one, walk the results, switch views.

Pages live in a stack: browse (grid + search + filters), detail (one work), and the views
engineer's timeline and missions views (a labelled placeholder until those modules exist).
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ..catalog.errors import CatalogError
from ..catalog.location import title_name
from ..paths import default_catalog
from .app import LanguageManager, thumbnail_cache, tile_dir
from .browse.delegate import IMAGE_H, IMAGE_W
from .browse.models import WorkListModel
from .browse.page import BrowsePage
from .browse.thumbnails import ThumbnailLoader
from .error_words import explain
from .first_paint import AfterFirstPaint
from .i18n import current_language
from .main_actions import ShortcutSheet, WindowActions
from .main_catalog import CatalogMixin
from .main_counts import CountMixin
from .main_navigation import NavigationMixin
from .main_server import ServerMixin, framed
from .navigation import Trail
from .new_window import open_new_window
from .settings import Settings
from .view_slot import ViewSlot, module_exists
from .window_state import first_size, restore_window_state, save_window_state
from .workers import CatalogService, ImagePool

if TYPE_CHECKING:
    from .detail.canvas import ImageCanvas
    from .detail.page import DetailPage

log = logging.getLogger(__name__)
POLL_MS = 4000  # how often to look for saves by the editor or another process


class MainWindow(NavigationMixin, CountMixin, CatalogMixin, ServerMixin, QMainWindow):
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
        self.model.connectionLost.connect(self.connection_lost)
        self.page = "browse"
        self.error_box: QMessageBox | None = None
        self._data_version: int | None = None
        self._pending_step = 0
        self.trail = Trail()  # where Back goes from the detail page
        self.new_windows: list[MainWindow] = []  # File ▸ New Window's, kept alive

        self.browse = BrowsePage(self.model, self)
        self.after_paint = AfterFirstPaint(self.browse.grid, self.model,
                                           hold=not service.synchronous,
                                           pictures=self.thumbnails, parent=self)
        self._detail: DetailPage | None = None  # built after the first paint, or when asked
        self.timeline = ViewSlot("timeline", self)
        self.missions = ViewSlot("missions", self)
        self.timeline.thumbnails = self.thumbnails  # small pictures beside the works
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        for widget in (self.browse, self.timeline, self.missions):
            self.pages.addWidget(widget)
        centre, self.server_banner = framed(self.pages, self)
        self.setCentralWidget(centre)

        self.count_label = QLabel(self)
        self._counts: tuple[int, int] | None = None  # until the first result: "Loading…"
        self._kinds = (0, 0)
        self.count_label.setObjectName("countLabel")
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("readOnlyLabel")
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.actions_ = WindowActions(self)

        self.browse.workActivated.connect(lambda work, _row: self.open_work(work))
        self.browse.countChanged.connect(self._count_changed)
        self.browse.kindsChanged.connect(self._kinds_changed)
        self.model.rowsInserted.connect(self._rows_arrived)
        for slot in (self.timeline, self.missions):
            slot.connectionLost.connect(self.connection_lost)
            slot.workActivated.connect(self.open_work)
            slot.missionFilterRequested.connect(self.filter_mission)
            slot.countChanged.connect(self._update_count_label)
        self.languages.changed.connect(self._language_changed)

        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_for_changes)
        self._attach_catalog()
        self.show_page("browse")
        # An explicit minimum keeps layouts from resizing the window's limits as panels fill
        # in (offscreen Qt warns about that on every change).
        self.setMinimumSize(860, 560)
        self.resize(first_size(self.screen().availableGeometry()))
        self.retranslate_ui()
        self.after_paint.run(self._build_detail)  # ready before a visitor can open a work

    # -- pages ---------------------------------------------------------------------------
    @property
    def detail(self) -> DetailPage:
        """The work page (its modules are imported, and it is built, on first use)."""
        return self._detail if self._detail is not None else self._build_detail()

    def has_detail(self) -> bool:
        return self._detail is not None

    def _build_detail(self) -> DetailPage:
        if self._detail is not None:
            return self._detail
        from .detail.page import DetailPage

        page = DetailPage(self.service, self.image_pool, tile_dir(), self)
        self._detail = page
        page.use_thumbnails(self.thumbnails)
        page.info.cite_base_url = self.settings.get("detail/cite_base_url")
        page.canvas.reduced_motion = bool(self.settings.get("ui/reduced_motion"))
        if self.settings.get("detail/splitter"):
            page.splitter.restoreState(self.settings.get("detail/splitter"))
        page.backRequested.connect(self.go_back)
        page.stepRequested.connect(self.step)
        page.workRequested.connect(self.open_work)
        page.connectionLost.connect(self.connection_lost)
        page.set_back_target(self.trail.target())
        self.pages.insertWidget(1, page)
        return page

    def show_page(self, name: str) -> None:
        widget = self.detail if name == "detail" else {
            "browse": self.browse, "timeline": self.timeline, "missions": self.missions}[name]
        self.page = name
        self.pages.setCurrentWidget(widget)
        for action in self.actions_.detail_only:
            action.setEnabled(name == "detail")
        self.actions_.back.setEnabled(name == "detail" or self.trail.can_leave_view())
        if name == "browse":
            self.browse.focus_grid()
        elif name == "detail":
            self.detail.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_view_actions()

    def _update_view_actions(self) -> None:
        shown = self.trail.view() if self.page == "detail" else self.page
        for action, page in ((self.actions_.view_browse, "browse"),
                             (self.actions_.view_timeline, "timeline"),
                             (self.actions_.view_missions, "missions")):
            action.setChecked(shown == page)
        if self._detail is not None:
            self._detail.set_back_target(self.trail.target())
        self._update_count_label()

    def canvas(self) -> ImageCanvas:
        return self.detail.canvas

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
        item = self.model.row_data(self.browse.grid.current_work_row())
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
        from .about import show_about  # (reads the installed version: not at start-up)

        show_about(self, self.service)

    # -- settings, language, motion ------------------------------------------------------
    def set_reduced_motion(self, on: bool) -> None:
        self.settings.set("ui/reduced_motion", bool(on))
        if self._detail is not None:
            self._detail.canvas.reduced_motion = bool(on)

    def toggle_fullscreen(self) -> None:
        """F11 (and Esc while in it): a maximized window is maximized again after."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def restore_state(self) -> None:
        restore_window_state(self)

    def save_state(self) -> None:
        save_window_state(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        if event.isAccepted() and self.property("ownsCatalog"):
            self.shutdown()  # a window opened by New Window: nobody else will

    def open_new_window(self) -> None:
        open_new_window(self)

    def shutdown(self) -> None:
        """Stop background work and close the catalog (after the window has closed)."""
        self._poll.stop()
        self.after_paint.cancel()
        self._stop_server_work()
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
        elif event.type() == QEvent.Type.WindowStateChange and hasattr(self, "actions_"):
            self.actions_.escape_leaves_fullscreen(self.isFullScreen())  # F11 or the WM's
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._check_for_changes()  # back from the editor: show its saves at once
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if not hasattr(self, "actions_"):
            return
        self.actions_.retranslate_ui()
        if self.offline:
            self._say_offline()
        # a file's name (and its folder, unless shipped: two copies differ), a database's
        name = title_name(self.service.catalog.location, default_catalog())
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
        self._update_count_label()

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
