"""The main window's catalog: attach one, switch to another, reopen a swapped file, notice
saves made elsewhere, and say what cannot be read (a mixin of MainWindow)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from ..catalog.errors import CatalogError
from ..catalog.store import Catalog
from .browse.facets import load_facet_names
from .error_words import damaged_catalog, explain, read_only_reason
from .file_dialogs import open_file_name
from .view_slot import module_exists
from .workers import CatalogService


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class CatalogMixin:
    """Uses the window's service, settings, model, pages, actions_, read_only_label,
    error_box, _poll, _data_version and page (all set in MainWindow.__init__), and
    ServerMixin's watch, offline and _refresh_from_elsewhere."""

    def _attach_catalog(self, keep_place: bool = False) -> None:
        """Show the catalog of `self.service`; `keep_place` (the same catalog, reconnected):
        re-read the grid's rows in place, keeping the selected work and the scroll."""
        catalog = self.service.catalog
        self.model.set_service(self.service)
        self.browse.images_note.attach(self.service)  # before the first search comes back
        if self.has_detail():  # (else it is built on this service)
            self.detail.service = self.service
        if keep_place:
            self.model.refresh()
        else:
            self.browse.run_search()
        self.timeline.attach(self.service)
        self.missions.attach(self.service)
        self.after_paint.run(lambda: self.service.call(load_facet_names,
                                                       self._facet_names_arrived))
        self._watch_server()  # a server says when someone saved; a file is polled
        if self.watch is None:
            self.service.call(lambda c: c.data_version(), self._remember_version)
            self._poll.start()
        else:
            self._poll.stop()
        self.settings.add_recent(catalog.path)
        self.update_recent_menu()
        self._update_editing_state()

    def open_catalog(self, path: str | Path) -> bool:
        """Switch to another catalog; a bad file leaves the current one open and says why."""
        try:
            catalog = Catalog.open(path, writer=False)  # a reader (see launch.run_app)
        except (CatalogError, OSError) as error:
            self.show_error(tr("This catalog cannot be opened"), explain(error), str(error))
            return False
        old = self.service
        self.service = CatalogService(catalog, synchronous=old.synchronous)
        self.trail.forget_moves()  # the other catalog's works are not there to go back to
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
        path = open_file_name(self, tr("Open Catalog"), start,
                              tr("Catalogs (*.db *.sqlite);;All files (*)"))
        if path:
            self.open_catalog(path)

    def _search_failed(self, message: str) -> None:
        """A search the catalog cannot answer (a damaged file) is said, once, instead of
        leaving an empty gallery that looks like a catalog with no works."""
        if self.offline:  # the banner says why; the search runs again on reconnecting
            self.say_search_waits_for_server()
            return
        if self.error_box is not None and self.error_box.isVisible():
            return
        self.show_error(tr("The catalog cannot be read"), damaged_catalog(certain=False),
                        message)

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

    def update_recent_menu(self) -> None:
        """Fill File ▸ Open Recent from the settings file as it is now (the File menu calls
        this as it opens, so a catalog another window or process opened is there too)."""
        menu = self.actions_.recent_menu
        menu.clear()
        current = str(Path(self.service.catalog.path).resolve())
        for path in self.settings.recent():
            action = menu.addAction(Path(path).name + "  —  " + str(Path(path).parent))
            action.setToolTip(path)
            action.setEnabled(path != current)
            action.triggered.connect(lambda _c=False, p=path: self.open_catalog(p))
        menu.setEnabled(bool(menu.actions()))

    def _update_editing_state(self) -> None:
        catalog = self.service.catalog
        if catalog.read_only:
            self.read_only_label.setText(tr("Editing is off: %1").replace(
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
        if self.watch is not None:  # a server's saves arrive by NOTIFY (main_server.py)
            return
        if self.service.catalog.replaced():  # restored or rebuilt: read the new file
            self._reopen_replaced()
            return

        def changed(version: int) -> None:
            if self._data_version is not None and version != self._data_version:
                self._refresh_from_elsewhere()
            self._data_version = version

        self.service.call(lambda c: c.data_version(), changed)

