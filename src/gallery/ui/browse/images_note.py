"""A catalog copied without its images folder says so above the grid, naming the folder it
looks in; otherwise every card just reads "no image" and the visitor cannot tell why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


class ImagesFolderNote(QLabel):
    """Hidden until the shown works have pictures and the catalog's images folder is not
    there (looked at on the catalog's worker: the folder may be a network share)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imagesFolderNote")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path
        self._service: Any = None
        self._asked = False
        self._folder: str | None = None  # the missing folder, once known
        self.hide()

    def attach(self, service: Any) -> None:
        """Another catalog: nothing known about its folder yet."""
        self._service, self._asked, self._folder = service, False, None
        self.hide()

    def works_shown(self, with_pictures: bool) -> None:
        """The grid shows works; the first time any has a picture, look for the folder."""
        if self._asked or not with_pictures or self._service is None:
            return
        self._asked = True
        service = self._service
        service.call(lambda c: (str(c.images_dir), c.images_dir.is_dir()),
                     lambda found: self._looked(service, *found))

    def _looked(self, service: Any, folder: str, present: bool) -> None:
        if service is not self._service:
            return  # an answer about a catalog no longer shown
        self._folder = None if present else folder
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._folder is None:
            self.hide()
            return
        self.setText(self.tr(
            "The images folder is not beside this catalog (%1): pictures show only where "
            "this computer keeps a small copy of them. Copy the folder next to the catalog "
            "to see them all.").replace("%1", self._folder))
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
