"""Keeping the show in front: a show minimised, hidden or covered is brought back.

Under a window manager a show can be minimised (a stray Super+D, a technician's click), hidden
or covered by a foreign pop-up. The window asks to stay on top (WindowStaysOnTopHint); this
guard also restores it at once when its state turns minimised, and every few seconds raises it
and restores it if the window system no longer shows it. What it saw goes to the status
("visible").
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
CHECK_MS = 2000


class FrontGuard(QObject):
    def __init__(self, window: QWidget, check_ms: int = CHECK_MS) -> None:
        super().__init__(window)
        self.window = window
        self.restored = 0      # how often the show had to be brought back (for the status)
        self.active = False    # from the show's start(): a window not yet shown stays so
        self._hidden_logged = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(check_ms)

    def stop(self) -> None:
        self.active = False
        self._timer.stop()

    def visible(self) -> bool:
        """Shown, not minimised, and exposed (mapped) by the window system."""
        window = self.window
        handle = window.windowHandle()
        return bool(window.isVisible() and not window.isMinimized()
                    and handle is not None and handle.isExposed())

    def state_changed(self) -> None:
        """From the window's changeEvent: minimised is undone as soon as the event loop runs
        (not inside the event, where the window manager's change is still in flight)."""
        if self.active and self.window.windowState() & Qt.WindowState.WindowMinimized:
            QTimer.singleShot(0, self.bring_back)

    def check(self) -> None:
        """Every few seconds: raise the show; if it is not on screen and fullscreen, bring it
        back."""
        if not self.active:
            return
        if not self.visible() or not self.window.isFullScreen():
            # e.g. a window manager that gives a window back from "show desktop" as a
            # normal window, frame and all
            self.bring_back()
        else:
            self._hidden_logged = False
            self.window.raise_()  # above a pop-up that asked to stay on top too

    def bring_back(self) -> None:
        window = self.window
        if not self.active or getattr(window, "_closing", False):
            return
        if not self._hidden_logged:
            log.warning("the show was minimised, hidden or unmapped; bringing it back")
            self._hidden_logged = True
        self.restored += 1
        handle = window.windowHandle()
        if window.isVisible() and not window.isMinimized() and handle is not None \
                and not handle.isExposed():
            window.hide()  # unmapped behind Qt's back (e.g. "show desktop"): map it anew
        state = window.windowState() & ~Qt.WindowState.WindowMinimized
        window.setWindowState(state | Qt.WindowState.WindowFullScreen)
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
