"""Starting the visitor's window: the running app, and offscreen screenshots of its views.

Kept apart from `app` (application, theme, language), which the main window itself uses.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    Qt,
    QTimer,
)

from ..atomic import write_bytes_atomically
from . import i18n
from .app import create_application
from .i18n import current_language
from .main_window import MainWindow
from .settings import Settings


def run_app(catalog_path: Path, lang: str | None = None) -> int:
    """Open the main window on a catalog and run until it closes; returns the exit code."""
    from ..catalog.errors import CatalogError
    from ..catalog.store import Catalog
    from .open_windows import WindowRecord, place_beside_other_processes
    from .workers import CatalogService

    app = create_application()
    settings = Settings()
    try:
        # A visitor window reads: it takes the writers' lock only if it ever writes.
        catalog = Catalog.open(catalog_path, writer=False)
    except CatalogError as error:
        # Started from a desktop menu there is no terminal: say it in a window too (the CLI
        # still prints the line and exits 2).
        say_cannot_open(app, settings, lang, error)
        raise
    settings.add_recent(catalog_path)
    window = MainWindow(CatalogService(catalog), settings)
    window.languages.start(lang)
    window.restore_state()
    place_beside_other_processes(window)  # a second `gallery`: beside, not exactly over
    window.show()
    WindowRecord(window)
    # Ctrl+C in the terminal closes the window properly (Qt's loop would hold the signal).
    signal.signal(signal.SIGINT, lambda *_: window.close())
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)  # lets Python run its signal handlers
    ticker.start(250)
    code = app.exec()
    window.shutdown()
    return int(code)


def say_cannot_open(app: Any, settings: Any, lang: str | None, error: Exception) -> None:
    """A box for a catalog that cannot be opened, for a program started from a desktop menu
    (no terminal shows its line): the window and the editor both say it so."""
    chosen = lang or settings.get("ui/language")
    i18n.install_language(app, chosen if chosen in ("en", "ru") else "en")
    box = cannot_open_box(error)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return  # nobody could press OK (tests, screenshots): the CLI line is enough
    box.exec()


def cannot_open_box(error: Exception) -> Any:
    """The message box for a catalog that cannot be opened: the kind of problem in the
    interface language, the store's (or the server's) own line under Show Details."""
    from PySide6.QtWidgets import QMessageBox

    from .error_words import explain

    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("Launch", "Leonov Gallery"),
                      QCoreApplication.translate("Launch", "The catalog cannot be opened."))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(explain(error))
    box.setDetailedText(str(error))
    box.setObjectName("cannotOpenCatalog")
    return box


def wait_until_settled(window: Any, timeout: float = 60.0) -> bool:
    """Paint and process events until the window has nothing on its way (thumbnails, images,
    searches) twice in a row; False if `timeout` seconds pass first."""
    app = QCoreApplication.instance()
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline:
        window.grab()  # painting asks for the thumbnails and tiles that are on screen
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        quiet = 0 if window.busy() else quiet + 1
        if quiet >= 3:
            return True
        if window.busy():
            time.sleep(0.01)  # let the worker threads run; their results come as events
    return False


def render_screenshot(catalog_path: Path, view: str, work_id: str | None, out: Path,
                      size: tuple[int, int], lang: str = "en", timeout: float = 60.0) -> float:
    """Render one view offscreen to a PNG once everything on it has loaded; returns seconds.

    A temporary settings file is used, so a screenshot never changes the visitor's settings.
    """
    from ..catalog.store import Catalog
    from .workers import CatalogService

    started = time.perf_counter()
    app = create_application()
    before = current_language()
    service = CatalogService(Catalog.open(catalog_path, writer=False))
    with tempfile.TemporaryDirectory(prefix="gallery-shot-") as folder:
        window = None
        try:
            if work_id:
                service.run_now(lambda c: c.get(work_id))  # NotFound: one line, exit 2
            window = MainWindow(service, Settings(Path(folder) / "settings.ini"))
            window.languages.set_language(lang)
            window.resize(*size)
            window.show()
            if view == "detail" and work_id:
                window.open_work(work_id)
            else:
                window.show_page(view)
            if not wait_until_settled(window, timeout):
                print(f"gallery: warning: still loading after {timeout:.0f} s",
                      file=sys.stderr)
            if window.error_box is not None and window.error_box.isVisible():
                # a picture of an error box is no screenshot: say the error, write nothing
                from ..catalog.errors import CatalogError

                raise CatalogError(f"{catalog_path}: cannot be shown — "
                                   + " ".join(window.error_box.text().split()))
            write_bytes_atomically(out, _png_bytes(window.grab()))
        finally:
            if window is not None:
                window.close()
                window.shutdown()
                window.deleteLater()
            else:
                service.shutdown()
            if current_language() != before:  # the process's language is global: put it back
                i18n.install_language(app, before)
            app.processEvents()
    return time.perf_counter() - started


def _png_bytes(pixmap: Any) -> bytes:
    """The picture as PNG bytes, to be written the way every export is (never through a
    symlink or onto a device, atomically)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        raise OSError("the screenshot could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())
