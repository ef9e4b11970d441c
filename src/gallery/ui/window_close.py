"""File ▸ Close Window and File ▸ Quit, as a desktop application has them: Close Window (Ctrl+W)
closes the window it is in; Quit (Ctrl+Q) ends the application — every visitor window, the
editor and the app's slideshow — not only the active window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def quit_application() -> None:
    """Close every window (each says goodbye in its closeEvent: a window opened by New Window
    closes its catalog, the editor keeps unsaved edits as drafts), then end the event loop.
    A window that refuses to close keeps the application running."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    app.closeAllWindows()
    if not any(widget.isVisible() for widget in app.topLevelWidgets() if widget.isWindow()):
        app.quit()
