"""The detail page: the zoomable image beside everything the catalog says about the work."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...catalog.errors import ServerUnreachable
from ..i18n import current_language
from ..words import localized
from ..workers import CatalogService, ImagePool
from .canvas import ImageCanvas
from .info import InfoPanel
from .loader import DetailData, load_detail
from .scroll_restore import ScrollRestore


class DetailPage(QWidget):
    """Shows one work; asks the window to go back or to step through the result list."""

    backRequested = Signal()
    stepRequested = Signal(int)
    workRequested = Signal(str)
    workShown = Signal(str)
    connectionLost = Signal()  # a read met a broken server connection: the window reconnects

    def __init__(self, service: CatalogService, pool: ImagePool, tile_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPage")
        self.service = service
        self.work_id: str | None = None
        self.data: DetailData | None = None
        self._generation = 0
        self._loading = False
        self._row, self._count = -1, 0
        self._back_target = "browse"  # what Back leads to (see set_back_target)
        self._info_due: DetailData | None = None  # shown once the picture has painted
        self._scroll_due = 0  # where the text goes once shown (Back: where it was left)
        self._scroll_due = 0  # where the text goes once shown (Back: where it was left)
        self.canvas = ImageCanvas(pool, tile_dir, self)
        self.canvas.loadingChanged.connect(self._canvas_loading)
        self.info = InfoPanel(self)
        self.info.workRequested.connect(self.workRequested)
        self.scroll_back = ScrollRestore(self.info.verticalScrollBar())
        self._cached_key: str | None = None  # a missing file's cached copy being awaited

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.backRequested)
        self.prev_button = QPushButton(self)
        self.prev_button.setObjectName("previousButton")
        self.prev_button.clicked.connect(lambda: self.stepRequested.emit(-1))
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(lambda: self.stepRequested.emit(1))
        self.position = QLabel(self)
        self.position.setObjectName("positionLabel")
        self.position.setProperty("role", "muted")
        for button in (self.back_button, self.prev_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        bar = QHBoxLayout()
        bar.setContentsMargins(14, 10, 14, 8)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.position)
        bar.addSpacing(8)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("detailSplitter")
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(self.info)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.info.setMinimumWidth(340)
        self.splitter.setSizes([660, 620])  # a first split (a saved one replaces it)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        where = {"browse": self.tr("Back to works"), "timeline": self.tr("Back to the timeline"),
                 "missions": self.tr("Back to missions"),
                 "work": self.tr("Back to the previous work")}[self._back_target]
        self.back_button.setText("← " + where)
        self.back_button.setToolTip(self.tr("%1 (Esc)").replace("%1", where))
        self.back_button.setAccessibleName(where)
        self.prev_button.setText(self.tr("‹ Previous"))
        self.prev_button.setToolTip(self.tr("Previous work (Left arrow)"))
        self.prev_button.setAccessibleName(self.tr("Previous work"))
        self.next_button.setText(self.tr("Next ›"))
        self.next_button.setToolTip(self.tr("Next work (Right arrow)"))
        self.next_button.setAccessibleName(self.tr("Next work"))
        self.setAccessibleName(self.tr("Work details"))
        self.set_position(self._row, self._count)
        self._update_canvas_text()
        if self.canvas.small_copy_of is not None:  # the note follows the language at once
            self.canvas.note = self._small_copy_note()
            self.canvas.update()

    def set_back_target(self, target: str) -> None:
        """"browse", "timeline", "missions" or "work" (the work this one was opened from)."""
        self._back_target = target
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_work(self, work_id: str, scroll: int = 0) -> None:
        """Load a work's record on the catalog worker; the page fills in when it arrives, at
        the top, or (Back to it) at `scroll`, where the visitor left it."""
        self.scroll_back.cancel()
        self._generation += 1
        self.work_id = work_id
        self._loading = True
        generation = self._generation
        self.service.call(lambda c: load_detail(c, work_id),
                          lambda data: self._loaded(generation, data, scroll),
                          lambda error: self._failed(generation, error))

    def _loaded(self, generation: int, data: DetailData, scroll: int = 0) -> None:
        if generation != self._generation:
            return
        self._scroll_due = scroll
        self._loading = False
        self.data = data
        record = data.record
        path = None
        if record.get("image_path"):
            path = self.service.catalog.images_dir / str(record["image_path"])
        self.canvas.standin = bool(record.get("image_is_standin") and path is not None)
        self._cached_key = None
        if path is not None and not path.is_file() and record.get("image_sha256"):
            self._show_cached(str(record["image_sha256"]), path)
        else:
            self.canvas.set_image(path, record.get("image_sha256"))
        self._update_canvas_text()
        self.info.images_dir = self.service.catalog.images_dir
        if self.canvas.is_loading():
            # The picture first: building the text beside it takes the GUI thread a while,
            # and would hold the picture's first paint back (issue 22). It follows at once.
            self._info_due = data
        else:
            self._info_due = None
            self.info.show_data(data)
            self.scroll_back.restore(self._scroll_due)  # once the text is laid out
        self.workShown.emit(record["id"])

    def use_thumbnails(self, thumbnails: Any) -> None:
        """The grid's ThumbnailLoader: related works' pictures, and a missing file's copy."""
        self.info.thumbnails = thumbnails
        thumbnails.ready.connect(self._cached_arrived)

    def _show_cached(self, key: str, path: Path) -> None:
        """The file is not beside this catalog (moved without its images folder): show the
        small copy the grid shows, from the thumbnail cache, and say so."""
        self.canvas.set_image(path, key)  # says it cannot be shown until the copy comes
        thumbnails = self.info.thumbnails
        if thumbnails is None:
            return
        self._cached_key = key
        if not self._cached_arrived(key):
            thumbnails.request(key, path)

    def _cached_arrived(self, key: str) -> bool:
        thumbnails = self.info.thumbnails
        pixmap = thumbnails.pixmap(key) if key == self._cached_key else None
        if pixmap is None:
            return False
        record = self.data.record if self.data is not None else {}
        width, height = record.get("image_width"), record.get("image_height")
        self.canvas.show_pixmap(pixmap, self._small_copy_note(),
                                (int(width), int(height)) if width and height else None)
        return True

    def _small_copy_note(self) -> str:
        return self.tr("The image file is missing beside this catalog: the small copy kept on "
                       "this computer is shown")

    def _canvas_loading(self, loading: bool) -> None:
        if not loading and self._info_due is not None:
            data, self._info_due = self._info_due, None
            if self.canvas.isVisible():
                self.canvas.repaint()  # the picture now (an update() would wait for the text)
            if data is self.data:
                self.info.show_data(data)
                self.scroll_back.restore(self._scroll_due)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if isinstance(error, ServerUnreachable):  # the page shown stays; read again later
            self.connectionLost.emit()
            return
        self.data = self._info_due = None
        self.canvas.set_image(None, None)
        self.info.show_data(None)
        self.position.setText(str(error))

    def _update_canvas_text(self) -> None:
        if self.data is None:
            return
        lang = current_language()
        title, _ = localized(self.data.record, "title", lang)
        alt, _ = localized(self.data.record, "alt_text", lang)
        self.canvas.describe(title, alt)

    def scroll_position(self) -> int:
        return self.info.verticalScrollBar().value()

    def set_position(self, row: int, count: int) -> None:
        """Where this work sits in the result list ('3 of 48'); -1 when it is not in it."""
        self._row, self._count = row, count
        self.position.setText(self.tr("%1 of %2").replace("%1", str(row + 1)).replace(
            "%2", str(count)) if row >= 0 else "")
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(0 <= row < count - 1)

    def is_loading(self) -> bool:
        return self._loading or self._info_due is not None or self.canvas.is_loading()
