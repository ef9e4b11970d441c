"""The fullscreen exhibition window: placement, the exit chord, and everything it owns.

Unattended rules: no frame, no cursor, no reaction to stray keys or clicks (visitors lean on
keyboards), a window-manager close is refused; only the deliberate chord (default
Ctrl+Shift+Q, changeable in settings as slideshow/exit_chord) ends the show. The screen saver is
inhibited while it runs and released on exit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QScreen,
    QShortcut,
)
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...catalog.location import display_name, is_server
from ...catalog.store import Catalog
from ...paths import log_dir
from ..workers import ImagePool
from . import memory, screens
from .canvas import SlideCanvas
from .catalog_link import CatalogLink
from .chord import parse_chord
from .config import (
    ShowSettings,
    SlideshowConfig,
    app_prefers_reduced_motion,
    attach_file_log,
    detach_file_log,
)
from .engine import SlideEngine
from .guard import FrontGuard
from .inhibit import Inhibitor, default_inhibitor
from .instance import HEARTBEAT_S, InstanceLock, ShowFiles
from .power import DisplayPower, NightKeeper
from .status import ShowRecorder

log = logging.getLogger(__name__)


class SlideshowWindow(QWidget):
    slideShown = Signal(str)
    slideSkipped = Signal(str, str)
    cardShown = Signal(str)
    stopped = Signal()

    def __init__(self, config: SlideshowConfig, *, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = datetime.now,
                 inhibitor: Inhibitor | None = None, settings: ShowSettings | None = None,
                 synchronous: bool = False, state_dir: Path | None = None,
                 power: DisplayPower | None = None) -> None:
        # Stays on top: a foreign pop-up must not sit over the exhibition (see guard.py).
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("slideshowWindow")
        self.setAccessibleName(self.tr("Exhibition slideshow"))
        self.setWindowTitle(self.tr("Leonov Gallery — slideshow"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, parent is not None)
        self.setCursor(QCursor(Qt.CursorShape.BlankCursor))
        self.setStyleSheet("background: black;")
        self.config = config
        memory.tune_allocator()
        self.settings = settings or ShowSettings()
        if self.settings.get("slideshow/reduced_motion") or app_prefers_reduced_motion():
            config.transition = "none"
        # the log, the status and the proof of play, named after the instance
        self.files = ShowFiles(state_dir or log_dir(), config.instance)
        self._log_handler = attach_file_log(self.files.log)
        self._closing = False
        self.inhibitor = inhibitor or default_inhibitor()
        self.link = CatalogLink(config.catalog_path, synchronous=synchronous)
        self.pool = ImagePool(synchronous=synchronous, max_threads=1)
        self.canvas = SlideCanvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        hours = config.hours.to_record() if config.hours else None
        self.recorder = ShowRecorder(self.files, clock, meta={
            "catalog": display_name(config.catalog_path) if is_server(config.catalog_path)
            else str(Path(config.catalog_path).resolve()),
            "playlists": list(config.playlists), "log_file": str(self.files.log),
            "interval_s": config.interval_s,
            "hours": f"{hours['start']}-{hours['end']}" if hours else None,
            "lang": config.lang, "transition": config.transition})
        self.engine = SlideEngine(config, self.link, self.pool, self.canvas,
                                  self.recorder, clock, self)
        self.engine.slideShown.connect(self.slideShown)
        self.engine.slideSkipped.connect(self.slideSkipped)
        self.engine.cardShown.connect(self.cardShown)
        self.night = NightKeeper(self.inhibitor, power or DisplayPower(),
                                 lambda: int(self.winId()))
        self.engine.cardShown.connect(self.night.mode)
        self.engine.slideShown.connect(lambda _work: self.night.mode("playing"))
        for signal in (self.engine.cardShown, self.engine.slideShown):  # after night.mode
            signal.connect(lambda *_: self.recorder.note(display=self.night.display))
        self.guard = FrontGuard(self)
        self._watched: QScreen | None = None  # whose geometryChanged we follow
        self.instance_lock: InstanceLock | None = None  # held by start_slideshow's shows
        chord = config.exit_chord or self.settings.get("slideshow/exit_chord")
        try:  # the command line refuses a bad chord before this; the app's menu cannot
            self.exit_sequence = parse_chord(chord)
        except ValueError as error:
            log.warning("%s; using Ctrl+Shift+Q", error)
            self.exit_sequence = QKeySequence("Ctrl+Shift+Q")
        self.recorder.status["exit_chord"] = self.exit_sequence.toString()
        self._shortcut = QShortcut(self.exit_sequence, self)
        self._shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self._shortcut.activated.connect(lambda: self.stop("the exit chord"))
        self.wanted_screen = config.screen or self.settings.remembered_screen(config.instance)
        # The heartbeat has its own clock: it ticks in every state (dark hours, cards), so a
        # status whose heartbeat is old means a hung or dead show, never a quiet one.
        self._heartbeat = QTimer(self)
        self._heartbeat.timeout.connect(self.beat)
        self._heartbeat.start(round(HEARTBEAT_S * 1000))
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        log.info("slideshow starting: catalog %s, playlists %s, exit with %s",
                 config.catalog_path, ", ".join(config.playlists) or "(whole catalog)",
                 self.exit_sequence.toString())

    @property
    def catalog(self) -> Catalog:
        """The catalog the show reads now (read-only; reopened if the file is replaced)."""
        return self.link.service.catalog

    # -- starting and placing -------------------------------------------------------------
    def start(self) -> None:
        screen, choice = screens.choose(self.config.screen,
                                        self.settings.remembered_screen(self.config.instance))
        log.info("showing on %s (%s)", screens.screen_label(screen), choice.why)
        if self.config.screen and choice.found and screen.name():
            # remember the operator's pick
            self.settings.remember_screen(screen.name(), self.config.instance)
            self.wanted_screen = screen.name()
        self.place_on(screen)
        self.guard.active = True
        self.inhibitor.inhibit("Exhibition slideshow is running", int(self.winId()))
        self.engine.start()

    def place_on(self, screen: QScreen) -> None:
        """Put the window on `screen` before going fullscreen, so Wayland honours it."""
        if self.isVisible() and QGuiApplication.platformName().startswith("wayland"):
            self.hide()  # a Wayland client cannot move a mapped window; it maps it anew
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.move(screen.geometry().topLeft())
        self.showFullScreen()
        self.engine.set_screen(screen.geometry().size(), screen.devicePixelRatio())
        self.recorder.note(screen=screens.screen_label(screen))
        if self._watched is not screen:
            if self._watched is not None:
                self._watched.geometryChanged.disconnect(self._screen_resized)
            screen.geometryChanged.connect(self._screen_resized)
            self._watched = screen

    def _screen_resized(self, geometry: QRect) -> None:
        """A resolution change: without a window manager nobody else re-fits the window."""
        screen = self._watched
        if screen is None or self._closing:
            return
        log.info("screen %s is now %d×%d; re-fitting the show", screens.screen_label(screen),
                 geometry.width(), geometry.height())
        self.place_on(screen)
        self.engine.set_screen(geometry.size(), screen.devicePixelRatio())

    def beat(self) -> None:
        """The heartbeat: what the window sees now, written to the status."""
        self.recorder.status.update(visible=self.on_screen(), restored=self.guard.restored)
        self.recorder.beat()

    def on_screen(self) -> bool:
        return self.guard.visible()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and not self._closing:
            self.guard.state_changed()

    def _screen_added(self, screen: QScreen) -> None:
        if self.wanted_screen and screen.name() == self.wanted_screen \
                and self.screen() is not screen:
            log.info("screen %s is back; moving the show there", screen.name())
            self.place_on(screen)

    def _screen_removed(self, screen: QScreen) -> None:
        if self.screen() is screen or self.screen() is None:
            fallback = next((s for s in QGuiApplication.screens() if s is not screen), None)
            primary = QGuiApplication.primaryScreen()
            target = primary if primary is not None and primary is not screen else fallback
            if target is not None:
                log.warning("screen %s was unplugged; showing on %s until it is back",
                            screen.name(), target.name())
                self.place_on(target)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        screen = self.screen()
        self.engine.set_screen(event.size(), screen.devicePixelRatio() if screen else 1.0)

    # -- visitors cannot stop it ----------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # swallowed: only the exit chord (a shortcut) ends the show

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.keyCombination().toCombined() not in self._chord_keys():
            event.accept()  # keep other application shortcuts (e.g. a parent window's) away
            return True
        return super().event(event)

    def _chord_keys(self) -> set[int]:
        seq = self.exit_sequence
        return {seq[i].toCombined() for i in range(seq.count())}

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and event.spontaneous():
            log.info("ignored a close request from the window system; use %s",
                     self.exit_sequence.toString())
            event.ignore()
            return
        self._shutdown()
        super().closeEvent(event)

    # -- ending ---------------------------------------------------------------------------
    def stop(self, reason: str = "the app") -> None:
        """The deliberate way out (the exit chord, a signal such as SIGTERM, or the app)."""
        if self._closing:
            return
        log.info("slideshow stopped by %s", reason)
        self._closing = True
        self.close()

    def _shutdown(self) -> None:
        if getattr(self, "_down", False):
            return
        self._down = True
        self._closing = True
        self._heartbeat.stop()
        self.guard.stop()
        if self._watched is not None:
            self._watched.geometryChanged.disconnect(self._screen_resized)
            self._watched = None
        if self.night.dark:  # leave the technician a lit screen
            self.night.power.set(True)
        app = QGuiApplication.instance()
        app.screenAdded.disconnect(self._screen_added)
        app.screenRemoved.disconnect(self._screen_removed)
        self.engine.stop()
        self.pool.clear()
        self.pool.wait()
        self.link.shutdown()
        self.inhibitor.release()
        log.info("slideshow ended after %d slides (%d skipped)", self.engine.slides_shown,
                 self.engine.slides_skipped)
        self.recorder.note(visible=False)
        if self.instance_lock is not None:
            self.instance_lock.release()
        detach_file_log(self._log_handler)
        self.stopped.emit()
