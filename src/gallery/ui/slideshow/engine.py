"""The show's clockwork: what comes next, getting it ready, skipping what fails, cards.

At each slide the engine asks the catalog worker what plays now (`ProgramSource.current`,
which costs one tiny query unless a curator saved something, so edits are picked up at the next
slide), fetches the next work's record there, and decodes its picture in the ImagePool. Only the
slide on screen and the next one are ever held. A picture that cannot be shown is logged and
skipped; when every one fails a calm "no images" card shows and the engine tries again slowly.
Everything that depends on the time of day reads the injected clock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QImage

from ...catalog.errors import CatalogError
from ...catalog.playlists import Program, ProgramSource, Slide
from ..workers import ImagePool
from . import memory
from .canvas import DRIFTS, Frame, SlideCanvas
from .caption_text import CARDS, caption_for, closed_lines
from .catalog_link import CatalogLink, CatalogReplaced
from .config import SlideshowConfig
from .prepare import prepare_slide
from .status import ShowRecorder

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
TRIM_EVERY = 25  # slides between handing freed memory back (see memory.py)
WATCHDOG_MS = 30_000
WAITING_RETRY_S = 3.0  # a show waiting for its server asks again this often (the listener
#                        connects on its own thread; asking costs the GUI thread nothing)


@dataclass
class _Ready:
    index: int
    slide: Slide
    key: tuple[str | None, int]
    frame: Frame
    duration_s: float
    title: str | None = None


class SlideEngine(QObject):
    slideShown = Signal(str)            # work id, as it starts to show
    slideSkipped = Signal(str, str)     # work id, reason
    cardShown = Signal(str)             # "dark", "closed" or "no_images"

    def __init__(self, config: SlideshowConfig, link: CatalogLink, pool: ImagePool,
                 canvas: SlideCanvas, recorder: ShowRecorder, clock: Clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config, self.link, self.pool = config, link, pool
        self.canvas, self.recorder, self.clock = canvas, recorder, clock
        self.source = ProgramSource(tuple(config.playlists))  # used on the catalog worker only
        self.mode = "starting"  # starting | playing | dark | closed | no_images | waiting
        #                        | stopped
        self.program: Program | None = None
        self.slides_shown = 0
        self.slides_skipped = 0
        self._generation = 0
        self._pending: tuple[int, tuple[str | None, int]] | None = None  # (generation, key)
        self._ready: _Ready | None = None
        self._due = False
        self._refreshing = False
        self._started = False
        self._shown: tuple[int, str, str | None] | None = None  # index, work id, playlist
        self._reported: dict[str, str] = {}  # work id -> last reason logged (bounded by works)
        self._screen = QSize(1920, 1080)
        self._dpr = 1.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.advance)
        canvas.transitionFinished.connect(self._between_slides)
        self._last_progress = clock()
        self._duration_s = config.interval_s  # of the slide on screen
        self._watchdog = QTimer(self)
        self._watchdog.timeout.connect(self.check_alive)
        self._watchdog.start(WATCHDOG_MS)

    # -- control --------------------------------------------------------------------------
    def start(self) -> None:
        self._started = True
        self.advance()

    def stop(self) -> None:
        self.mode = "stopped"
        self._timer.stop()
        self._watchdog.stop()
        self._drop()
        self.recorder.state("stopped")

    def set_screen(self, logical: QSize, dpr: float) -> None:
        """The window moved to another screen or changed size: redo the next picture."""
        if logical == self._screen and dpr == self._dpr:
            return
        self._screen, self._dpr = QSize(logical), dpr
        if self._started and self.mode in ("playing", "starting", "no_images"):
            self._drop()
            self.advance()

    @property
    def screen_px(self) -> tuple[int, int]:
        return (max(1, round(self._screen.width() * self._dpr)),
                max(1, round(self._screen.height() * self._dpr)))

    def advance(self) -> None:
        """Time for the next slide (or to look at the clock again)."""
        if self.mode == "stopped":
            return
        self._timer.stop()
        now = self.clock()
        hours = self.config.hours
        if hours is not None and not hours.contains(now):
            self._go_dark()
            return
        if self._refreshing:
            return
        self._refreshing = True
        source, link = self.source, self.link

        def refresh(catalog: Any) -> Program:
            link.check()
            program = source.current(catalog, now)
            link.remember(catalog, program.slides)  # on a server: the show's records, kept
            return program

        self.link.service.call(refresh, self._on_program, self._on_catalog_error)

    def check_alive(self) -> None:
        """Every half minute: a show that should be playing but made no progress restarts
        its next slide (a lost callback must not freeze an unattended screen)."""
        if self.mode not in ("playing", "starting"):
            return
        allowed = 3 * max(self.config.interval_s, self._duration_s) + 60
        quiet = (self.clock() - self._last_progress).total_seconds()
        if quiet > allowed:
            log.error("no progress for %.0f s; preparing the next slide afresh", quiet)
            self._last_progress = self.clock()
            self._refreshing = False
            self._drop()
            self.advance()

    # -- what plays -----------------------------------------------------------------------
    def _on_program(self, program: Program) -> None:
        self._refreshing = False
        self.recorder.note(catalog_problem=self.link.problem, server_away=self.link.server_away)
        if self.mode == "stopped":
            return
        if program.closed:
            self._drop()
            title, note = closed_lines(self.config.lang, program.opens_at, self.clock().date())
            self._card("closed", title, note, self.config.recheck_s)
            return
        if not program.slides:
            self._no_images("the playlist has no works")
            return
        key = (program.playlist_id, program.version)
        if self._ready is not None and self._ready.key != key:
            self._ready = None
        if self._pending is not None and self._pending[1] != key:
            self._generation += 1
            self._pending = None
        self.program = program
        self._due = True
        if self._ready is not None:
            self._present()
        elif self._pending is None:
            self._prepare(self._next_index(program), attempts=0)

    def _on_catalog_error(self, error: BaseException) -> None:
        self._refreshing = False
        self.recorder.note(catalog_problem=self.link.problem or f"cannot read: {error}",
                           server_away=self.link.server_away)
        if isinstance(error, CatalogReplaced) and self.link.reopen():
            self.source = ProgramSource(tuple(self.config.playlists))  # nothing cached carries
            self._drop()
            self.advance()
            return
        if not self.link.connected:  # started before its server: nothing read yet
            if self.mode != "stopped":
                self._waiting()
            return
        if self.link.server_away:  # logged once by the link, not at every slide
            log.debug("cannot read the catalog: %s", error)
        else:
            log.error("cannot read the catalog: %s", error)
        if self.program is not None and self.program.slides and self.mode != "stopped":
            self._on_program(self.program)  # keep showing what we had
        else:
            self._no_images(f"catalog unreadable: {error}")

    def _next_index(self, program: Program) -> int:
        if self._shown is None:
            return 0
        index, work_id, playlist = self._shown
        if playlist != program.playlist_id:
            return 0
        ids = [s.work_id for s in program.slides]
        if index < len(ids) and ids[index] == work_id:
            return index + 1
        if work_id in ids:
            return ids.index(work_id) + 1
        return index  # the current one left the playlist: its successor moved up to here

    # -- getting a slide ready ------------------------------------------------------------
    def _prepare(self, index: int, attempts: int) -> None:
        program = self.program
        if program is None or not program.slides:
            return
        index %= len(program.slides)
        slide = program.slides[index]
        self._generation += 1
        generation, key = self._generation, (program.playlist_id, program.version)
        self._pending = (generation, key)

        def fetch(catalog: Any) -> tuple[dict[str, Any], Path]:
            return catalog.get(slide.work_id), catalog.images_dir

        def unreadable(error: BaseException) -> None:
            kept = self.link.kept(slide.work_id)  # a server away: play what was read
            if kept is not None and isinstance(error, CatalogError):
                self._decode(generation, index, slide, key, kept, attempts)
            else:
                self._failed(generation, index, slide, None, str(error), attempts)

        self.link.service.call(
            fetch, lambda got: self._decode(generation, index, slide, key, got, attempts),
            unreadable)

    def _decode(self, generation: int, index: int, slide: Slide, key: tuple[str | None, int],
                got: tuple[dict[str, Any], Path], attempts: int) -> None:
        if generation != self._generation:
            return
        record, images_dir = got
        if not record.get("image_path"):
            self._failed(generation, index, slide, None, "the record has no image", attempts)
            return
        path = images_dir / record["image_path"]
        screen_px, logical, dpr = self.screen_px, QSize(self._screen), self._dpr
        caption = caption_for(record, self.config.lang, slide.caption) \
            if self.config.captions else None
        def job() -> tuple[QImage, QImage | None] | str:
            # A failure comes back as its one-line reason, never as the exception: a traceback
            # keeps the frames of the failed decode alive, with their half-decoded picture,
            # until the cyclic garbage collector happens by (minutes later, in a quiet show).
            try:
                return prepare_slide(path, screen_px, caption, logical, dpr,
                                     self.config.caption_scale)
            except Exception as error:  # ImageRefused, MemoryError, OSError …
                return str(error) or type(error).__name__

        def done(made: tuple[QImage, QImage | None] | str) -> None:
            if isinstance(made, str):
                self._failed(generation, index, slide, path, made, attempts)
            else:
                self._made(generation, index, slide, key, made, record.get("title"))

        self.pool.submit(job, done)

    def _failed(self, generation: int, index: int, slide: Slide, path: Path | None,
                reason: str, attempts: int) -> None:
        if generation != self._generation or self.mode == "stopped":
            return
        reason = reason.removeprefix(f"{path}: ") if path else reason
        if self._reported.get(slide.work_id) != reason:
            log.warning("skipping %s (%s): %s", slide.work_id, path or "-", reason)
            self._reported[slide.work_id] = reason
        else:
            log.debug("skipping %s again: %s", slide.work_id, reason)
        self.slides_skipped += 1
        self.recorder.skipped(slide.work_id, str(path) if path else None, reason)
        self.slideSkipped.emit(slide.work_id, reason)
        program = self.program
        if program is None or attempts + 1 >= len(program.slides):
            self._pending = None
            self._no_images("every picture in the playlist failed")
            return
        self._prepare(index + 1, attempts + 1)

    def _made(self, generation: int, index: int, slide: Slide, key: tuple[str | None, int],
              made: tuple[QImage, QImage | None], title: str | None = None) -> None:
        if generation != self._generation or self.mode == "stopped":
            return
        self._pending = None
        self._reported.pop(slide.work_id, None)
        duration = float(slide.duration_s or self.config.interval_s)
        image, caption = made
        frame = Frame(slide.work_id, image, caption, DRIFTS[index % len(DRIFTS)],
                      motion_ms=int((duration + 2 * self.fade_ms(duration) / 1000) * 1000))
        self._ready = _Ready(index, slide, key, frame, duration, title)
        if self._due:
            self._present()

    def fade_ms(self, duration_s: float) -> int:
        return min(self.config.fade_ms, int(duration_s * 1000 / 3))

    # -- showing --------------------------------------------------------------------------
    def _present(self) -> None:
        ready, self._ready, self._due = self._ready, None, False
        if ready is None:
            return
        self.mode = "playing"
        self.canvas.show_frame(ready.frame, self.config.transition, self.fade_ms(ready.duration_s))
        work_id = ready.slide.work_id
        self._shown = (ready.index, work_id, ready.key[0])
        self.slides_shown += 1
        self._last_progress = self.clock()
        self._duration_s = ready.duration_s
        self.recorder.shown(work_id, ready.title, ready.key[0])
        self._timer.start(round(ready.duration_s * 1000))
        self.slideShown.emit(work_id)
        if self.mode == "playing":  # a receiver may have stopped the show
            self._prepare(ready.index + 1, attempts=0)

    def _between_slides(self) -> None:
        """The fade is over and nothing moves: a quiet moment for housekeeping."""
        if self.slides_shown and self.slides_shown % TRIM_EVERY == 0:
            memory.trim()

    def _drop(self) -> None:
        """Forget the slide in preparation; results still in flight are ignored."""
        self._generation += 1
        self._pending = None
        self._ready = None
        self._due = False
        self.pool.clear()

    def _go_dark(self) -> None:
        if self.mode != "dark":
            log.info("outside opening hours: screen black, decoding stopped")
            self._drop()
        self._card("dark", None, None, self.config.recheck_s)

    def _no_images(self, why: str) -> None:
        if self.mode != "no_images":
            log.warning("no images to show (%s); trying again every %.0f s", why,
                        self.config.retry_s)
        words = CARDS[self.config.lang]
        self._card("no_images", words["no_images"], words["no_images_note"],
                   self.config.retry_s)

    def _waiting(self) -> None:
        """The server has not answered since the show started: say so, ask again soon."""
        words = CARDS[self.config.lang]
        self._card("waiting", words["waiting"], words["waiting_note"], WAITING_RETRY_S)

    def _card(self, mode: str, title: str | None, note: str | None, again_s: float) -> None:
        self.mode = mode
        self._last_progress = self.clock()
        if title is None:
            self.canvas.show_black()
        else:
            self.canvas.show_card(title, note)
        self.recorder.state(mode)
        self._timer.start(round(again_s * 1000))
        self.cardShown.emit(mode)
