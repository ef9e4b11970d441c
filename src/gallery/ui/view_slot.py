"""A page of the main window that holds one of the views engineer's views (the timeline, the
missions) or, until its module exists, a labelled placeholder.

The view is imported and built the first time its page is shown (start-up should not wait for
it), and its data is read then on the catalog worker (the timeline reads every work), and
again after a save elsewhere. A read that fails keeps what the view shows; on a server that
cannot be reached a view never read yet says it appears once the server is back (the window
reads it again on reconnecting), under the window's outage banner.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..catalog.errors import ServerUnreachable
from .workers import CatalogService

# kind -> (module, widget class, module.function that reads its data on the worker,
#          {the view's signal: the slot's signal})
VIEWS = {
    "timeline": ("gallery.ui.timeline", "TimelineView", "gallery.ui.timeline.data",
                 "load_timeline_data", {"workActivated": "workActivated",
                                        "missionActivated": "missionFilterRequested"}),
    "missions": ("gallery.ui.missions", "MissionsView", "gallery.ui.missions.data",
                 "load_missions_data", {"workActivated": "workActivated",
                                        "missionFilterRequested": "missionFilterRequested"}),
}


def module_exists(name: str) -> bool:
    """A real module or package (not an empty namespace folder), found without importing it."""
    try:
        spec = importlib.util.find_spec(name)
    except ModuleNotFoundError:
        return False
    return spec is not None and spec.origin is not None


def _load(module: str, name: str) -> Any:
    """`module.name`, or None while the module (or the name) is not written yet."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ModuleNotFoundError as error:
        if error.name is None or not module.startswith(error.name):
            raise  # the module exists but imports something missing: a real bug
        return None


class ViewSlot(QWidget):
    workActivated = Signal(str)
    missionFilterRequested = Signal(str)
    countChanged = Signal()  # new data: count_text() has changed
    connectionLost = Signal()  # a read met a broken server connection: the window reconnects

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind}Page")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._service: CatalogService | None = None
        self._loaded = False
        self._loading = False
        self._generation = 0
        self.view: Any = None
        self.loader: Any = None
        self.placeholder: QLabel | None = None
        self.waiting: QLabel | None = None  # "appears once the server is back"
        self.thumbnails: Any = None  # the grid's ThumbnailLoader, for views that show pictures
        self._count: tuple[int, int] | None = None  # (records shown, of them undated works)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        if not module_exists(VIEWS[kind][0]):
            self._make_placeholder()
        self.retranslate_ui()

    def _make_placeholder(self) -> None:
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName(f"{self.kind}Placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._layout.addWidget(self.placeholder)

    def ensure_view(self) -> Any:
        """Import and build the view the first time it is needed (not at start-up)."""
        if self.view is not None or self.placeholder is not None:
            return self.view
        module, cls, loader_module, loader, signals = VIEWS[self.kind]
        view_class = _load(module, cls)
        if view_class is None:
            self._make_placeholder()
            self.retranslate_ui()
            return None
        self.loader = _load(loader_module, loader)
        self.view = view_class(self)
        for theirs, ours in signals.items():
            if hasattr(self.view, theirs):
                getattr(self.view, theirs).connect(getattr(self, ours))
        if self.thumbnails is not None and hasattr(self.view, "use_thumbnails"):
            self.view.use_thumbnails(self.thumbnails, self._images_dir)
        self._layout.addWidget(self.view)
        self.view.show()  # now, not on the next turn: the window focuses it straight away
        self.setFocusProxy(self.view)
        return self.view

    def _images_dir(self) -> Any:
        return self._service.catalog.images_dir if self._service is not None else None

    def retranslate_ui(self) -> None:
        names = {"timeline": self.tr("Timeline"), "missions": self.tr("Missions")}
        self.setAccessibleName(names[self.kind])
        if self.waiting is not None:
            self.waiting.setText(self.tr(
                "The timeline cannot be read while the catalog's server is away; it appears "
                "here once the server is back.") if self.kind == "timeline" else self.tr(
                "The missions cannot be read while the catalog's server is away; they appear "
                "here once the server is back."))
            self.waiting.setAccessibleName(self.waiting.text())
        if self.placeholder is not None:
            self.placeholder.setText(self.tr("The %1 view is not part of this build yet.")
                                     .replace("%1", names[self.kind]))
            self.placeholder.setAccessibleName(self.placeholder.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def attach(self, service: CatalogService) -> None:
        """A (new) catalog: read the data again when the page is next shown."""
        self._service = service
        self._loaded = False
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_view()
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        if self.view is None or self.loader is None or self._service is None:
            return
        self._loaded, self._loading = True, True
        self._generation += 1
        generation, loader = self._generation, self.loader
        self._service.call(loader, lambda data: self._arrived(generation, data),
                           lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, data: Any) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if self.waiting is not None and self.waiting.isVisible():
            self.waiting.hide()
            self.view.show()
        if isinstance(data, tuple):
            self.view.set_data(*data)
        else:
            self.view.set_data(data)
        if self.kind == "timeline":
            self._count = (len(data[0]), len(self.view.undated_ids()))
        else:
            self._count = (len(data), 0)
        self.countChanged.emit()

    def count_text(self) -> str | None:
        """What the status bar says on this view: its works or missions; None before its
        data has come."""
        if self._count is None:
            return None
        shown, undated = self._count
        if self.kind == "missions":
            return self.tr("Missions: %1").replace("%1", str(shown))
        if not undated:
            return self.tr("Works on the timeline: %1").replace("%1", str(shown))
        # two counts side by side: "39 (19 undated)" read as if the 39 held the 19
        return self.tr("Dated works on the timeline: %1 · undated, listed below: %2").replace(
            "%1", str(shown - undated)).replace("%2", str(undated))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._loaded = False
        if not isinstance(error, ServerUnreachable):
            return
        self.connectionLost.emit()
        if self._count is None and self.view is not None:  # nothing read yet to keep showing
            self._say_waiting()

    def _say_waiting(self) -> None:
        if self.waiting is None:
            self.waiting = QLabel(self)
            self.waiting.setObjectName(f"{self.kind}Waiting")
            self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.waiting.setWordWrap(True)
            self.waiting.setTextFormat(Qt.TextFormat.PlainText)
            self.waiting.setContentsMargins(48, 24, 48, 24)
            self._layout.insertWidget(0, self.waiting)
            self.retranslate_ui()
        self.view.hide()  # an empty axis would look like a catalog without dates
        self.waiting.show()

    def busy(self) -> bool:
        if self._loading:
            return True
        return bool(self.view is not None and getattr(self.view, "busy", lambda: False)())
