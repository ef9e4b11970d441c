"""The work's image: a preview, drop a file or choose one, import it off the GUI thread.

Import goes through `gallery.catalog.image_import.import_image` on the catalog worker (validate,
copy by content, record — one transaction). It is a saved change of its own, not a draft edit:
on success the form takes the new image fields and version as its base and keeps whatever the
curator typed meanwhile. A refused file is explained in one line; nothing changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...catalog.errors import CatalogError, Conflict
from ...catalog.history_report import when_text
from ..i18n import current_language
from ..qimage import to_qimage
from .context import EditorContext
from .file_labels import ElidedLabel, file_size_text
from .model import RecordModel

IMAGE_FIELDS = ("image_path", "image_sha256", "image_width", "image_height", "image_format",
                "image_bytes", "image_is_standin", "image_note", "image_note_ru",
                "image_imported_at", "image_imported_by")
# What an import may also rewrite: the rights texts once a scan replaces the stand-in.
IMPORT_WORDING = ("rights", "rights_ru")
PREVIEW_BOX = (520, 520)


def middle_cut(name: str, keep: int = 60) -> str:
    """A file name for a sentence: a long one keeps its start and its extension."""
    return name if len(name) <= keep else f"{name[:keep // 2 - 1]}…{name[-(keep // 2):]}"


def refusal_text(error: BaseException) -> str:
    """One line that says why an import did not happen."""
    if type(error).__name__ == "ImageRefused":
        path = getattr(error, "path", None)
        reason = getattr(error, "reason", str(error))
        return f"{middle_cut(Path(path).name)}: {reason}" if path else reason
    if isinstance(error, Conflict):
        return ("someone else saved this work since you opened it; save or reload, then "
                "import again")
    if isinstance(error, CatalogError):
        return str(error)
    if isinstance(error, ImportError):
        return "image import is not available in this version of the program"
    if isinstance(error, OSError):
        return f"{error.filename or 'the file'}: {error.strerror or error}"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


class DropArea(QLabel):
    fileDropped = Signal(Path)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("imagePreview")
        self.setAccessibleName(self.tr("Image of the work; drop an image file here"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(360, 440)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._image: QImage | None = None

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self._fit()

    def has_image(self) -> bool:
        return self._image is not None and not self.pixmap().isNull()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._image is None or self._image.isNull():
            self.setPixmap(QPixmap())
            return
        box = self.contentsRect().size().shrunkBy(QMargins(8, 8, 8, 8))
        scaled = self._image.scaled(box, Qt.AspectRatioMode.KeepAspectRatio,
                                    Qt.TransformationMode.SmoothTransformation)
        self.setPixmap(QPixmap.fromImage(scaled))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.fileDropped.emit(Path(urls[0].toLocalFile()))


class ImagePanel(QWidget):
    """`imported(record)` after a successful import (the record as saved)."""

    imported = Signal(dict)

    def __init__(self, model: RecordModel, context: EditorContext) -> None:
        super().__init__()
        self.record, self.context = model, context
        self.setObjectName("imagePanel")
        self.read_only = False
        self.busy = False
        self._refocus = False  # the Choose button had focus when an import disabled it
        self._generation = 0
        self.drop = DropArea()
        self.drop.fileDropped.connect(self.import_file)
        self.choose = QPushButton(self.tr("Choose image file…"))
        self.choose.setObjectName("chooseImage")
        self.choose.setAccessibleName(self.tr("Choose an image file to import"))
        self.choose.clicked.connect(self._choose)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 0)  # busy: validating and copying has no useful percentage
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.file_name = ElidedLabel()  # a long name is shortened in the middle, never wider
        self.file_name.setObjectName("imageFileName")
        self.details = QLabel()
        self.details.setObjectName("imageDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.status, self.details):
            # A long file name is one unbreakable word: it may be cut, never widen the form
            # (the whole name is in the tooltip).
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        self.side = QVBoxLayout()
        self.side.addLayout(buttons)
        self.side.addWidget(self.status)
        self.side.addWidget(self.file_name)
        self.side.addWidget(self.details)
        self.side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.drop, 5)
        layout.addLayout(self.side, 4)
        model.recordLoaded.connect(self._reload)
        model.fieldChanged.connect(self._field_changed)

    # -- showing ---------------------------------------------------------------------------
    def _field_changed(self, field: str) -> None:
        if field in ("image_path", "image_sha256"):
            self._reload()
        elif field in IMAGE_FIELDS:
            self._show_details()

    def _reload(self) -> None:
        self.status.setProperty("role", "muted")
        self.status.setText(self.tr("Drop a scan or photograph on the picture, or choose a "
                                    "file: JPEG, PNG, TIFF, WebP or GIF."))
        self._repolish()
        self._show_details()
        self._generation += 1
        generation = self._generation
        relative = self.record.value("image_path") if self.record.loaded else None
        if not relative:
            self.drop.set_image(None)
            self.drop.setText(self.tr("No image yet.\nDrop an image file here, or choose one."))
            return
        path = self.context.images_dir / relative
        self.drop.setText(self.tr("Loading the image…"))

        def decode() -> Any:
            from ...imaging.decode import decode as safe_decode

            return to_qimage(safe_decode(path, max_size=PREVIEW_BOX))

        def show(image: Any) -> None:
            if generation == self._generation:
                self.drop.set_image(image)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.drop.set_image(None)
                self.drop.setText(self.tr("The image file cannot be shown: %s")
                                  % refusal_text(error))

        self.context.pool.submit(decode, show, failed)

    def _show_details(self) -> None:
        r = self.record.record if self.record.loaded else {}
        self.file_name.set_full_text(str(r.get("image_path") or ""))
        self.file_name.setVisible(bool(r.get("image_path")))
        if not r.get("image_path"):
            self.details.setText(self.tr("This work has no image file."))
        else:
            size = (self.tr("%1 × %2 pixels").replace("%1", str(r["image_width"]))
                    .replace("%2", str(r.get("image_height") or "?"))
                    if r.get("image_width") else self.tr("size unknown"))
            kind = self.tr("stand-in picture (no scan of the real work yet)") if r.get(
                "image_is_standin") else self.tr("scan or photograph of the work")
            facts = [size, r.get("image_format"), file_size_text(r.get("image_bytes"))]
            lines = [
                " · ".join(str(f) for f in facts if f),
                kind,
                f"sha256 {str(r.get('image_sha256') or '')[:16]}…",
            ]
            if r.get("image_imported_at"):
                lines.append(self.tr("imported %1 by %2")
                             .replace("%1", when_text(r["image_imported_at"], current_language()))
                             .replace("%2", r.get("image_imported_by") or "—"))
            self.details.setText("\n".join(lines))
        self._update_enabled()

    def _update_enabled(self) -> None:
        can = (not self.read_only and not self.busy and self.record.loaded
               and not self.record.is_new)
        if not can and self.choose.hasFocus():
            self._refocus = True  # disabling it sends focus (and the tab's scroll) onwards
        self.choose.setEnabled(can)
        self.drop.setAcceptDrops(can)
        if can and self._refocus:
            self._refocus = False
            self.choose.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep_choose_in_view(self) -> None:
        """After an import or a refusal the status grows and focus moved while the button was
        disabled: scroll the tab back so "Choose image file…" is wholly in view."""
        def show() -> None:
            parent = self.parentWidget()
            while parent is not None and not isinstance(parent, QScrollArea):
                parent = parent.parentWidget()
            if parent is not None and self.choose.isVisible():
                parent.ensureWidgetVisible(self.choose, 0, 24)

        QTimer.singleShot(0, self, show)  # once the layout has taken the new status text

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_enabled()

    # -- importing -------------------------------------------------------------------------
    def _choose(self) -> None:
        path = self.context.prompts.open_image(self)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        if self.read_only or self.busy:
            return
        if self.record.is_new:
            self._fail(self.tr("save the new work before adding its image"))
            return
        self.busy = True
        self.progress.show()
        self.status.setProperty("role", "")
        self.status.setText(self.tr("Checking and copying %s…") % middle_cut(path.name))
        self._repolish()
        self._update_enabled()

        def size() -> tuple[int, int]:
            from ...imaging.decode import probe

            return probe(path).oriented_size  # the header only, off the GUI thread

        self.context.pool.submit(size, lambda new: self._sized(path, new), self._failed)

    def _sized(self, path: Path, new: tuple[int, int]) -> None:
        """Ask before a smaller picture replaces a larger scan (not a stand-in), then import."""
        from ...catalog.image_import import larger_image_replaced

        old = larger_image_replaced(self.record.record, new)
        if old and not self.context.prompts.confirm(self, self.tr("A smaller image"), self.tr(
                "%s is %d × %d pixels, smaller than the image it would replace (%d × %d "
                "pixels). Replace the larger image with it?") % (path.name, *new, *old),
                self.tr("Replace")):
            self.busy = False
            self.progress.hide()
            self._fail(self.tr("the larger image is kept"))
            self._update_enabled()
            return
        work_id, expected = self.record.record_id, self.record.base_version

        def run(catalog: Any) -> dict[str, Any]:
            from ...catalog.image_import import import_image

            return import_image(catalog, work_id, path, expected_version=expected)

        self.context.service.call(run, self._done, self._failed)

    def _done(self, saved: dict[str, Any]) -> None:
        self.busy = False
        self.progress.hide()
        self.imported.emit(saved)
        self.status.setProperty("role", "")
        self.status.setText(self.tr("Imported. The image is saved in the catalog."))
        self._repolish()
        self._update_enabled()
        self._keep_choose_in_view()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.progress.hide()
        self._fail(refusal_text(error))
        self._update_enabled()

    def _fail(self, reason: str) -> None:
        self.status.setProperty("role", "problem")
        self.status.setText(self.tr("Not imported — %s. Nothing was changed.") % reason)
        self._repolish()
        self._keep_choose_in_view()

    def _repolish(self) -> None:
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
