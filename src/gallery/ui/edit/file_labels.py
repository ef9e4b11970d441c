"""A file's name and size as a curator reads them: a long name shortened in the middle (the
whole in the tooltip, never widening the form), a size in bytes, kB or MB, localised."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...catalog.history_report import MOMENT_FIELDS, when_text
from ..plain import tooltip


def file_size_text(size: int | None) -> str:
    """'812 B', '532.0 kB', '14.5 MB' ('812 Б', '14,5 МБ' in Russian); '' when unknown."""
    if size is None:
        return ""
    if size < 1000:  # Qt would say "512 байты": the abbreviation needs no number's form
        return QCoreApplication.translate("FileLabels", "%1 B").replace(
            "%1", QLocale().toString(size))
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def worded_value(field: str, value: Any, lang: str) -> str | None:
    """A stored time or file size as the Image tab says it (in the reader's zone and
    language; B/kB/MB), for history's tables and diff; None for any other field."""
    if value in (None, ""):
        return None
    if field in MOMENT_FIELDS:
        return when_text(str(value), lang)
    if field == "image_bytes" and isinstance(value, int | float):
        return file_size_text(int(value))
    return None


class ElidedLabel(QLabel):
    """One line of plain text shortened in the middle to the width it is given ('standin-
    orbit…sunrise.jpg'), or at the end with `mode` ElideRight (a record's title); the whole
    text is `full` and its tooltip. It never asks for more width."""

    def __init__(self, parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.full = ""

    def set_full_text(self, text: str) -> None:
        self.full = text
        self.setToolTip(tooltip(text) if text else "")
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 40)
        self.setText(self.fontMetrics().elidedText(self.full, self.mode, width))
