"""Thumbnails for the grid: made off the GUI thread, kept as pixmaps in a bounded LRU.

The pipeline follows calibre's cover cache: the imaging core's ThumbnailCache (disk + memory)
gives encoded bytes, a pool thread turns them into a QImage, and only the GUI thread makes the
QPixmap. Requests asked for in one event-loop turn (one paint) are sent together, and a later
turn's outrank an earlier one's, so the cells on screen win over the ones scrolled past; within
one turn they are decoded in the order the view asked, its reading order (top left first).
`reset()` drops queued work and bumps a generation, so results of a search the visitor has left
are ignored.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from ..workers import ImagePool

log = logging.getLogger(__name__)

THUMB_SIZE = 240  # box in device pixels; the grid shows them at up to 200 logical px
NO_FILE = "no such file"  # imaging.decode's reason for a file that is not there
MAX_PIXMAPS = 500  # about 500 × 240 × 180 × 4 bytes ≈ 85 MB at most


class ThumbnailLoader(QObject):
    """Hands out thumbnail pixmaps by content key; emits `ready(key)` when one arrives."""

    ready = Signal(str)
    failed = Signal(str)

    def __init__(self, pool: ImagePool, cache: Callable[[], object | None] | None = None,
                 size: int = THUMB_SIZE, max_pixmaps: int = MAX_PIXMAPS,
                 display: tuple[int, int] | None = None, dpr: float = 1.0,
                 parent: QObject | None = None) -> None:
        """`cache` makes the imaging core's ThumbnailCache; it is called on the first job, in
        a pool thread, so opening it (and importing Pillow) never delays the first paint.
        `display` (logical px) is the box the grid shows them in: pictures are scaled to it
        in the pool thread, so painting a cell is a plain copy, never a smooth rescale."""
        super().__init__(parent)
        self._display = QSize(round(display[0] * dpr), round(display[1] * dpr)) \
            if display else None
        self._dpr = dpr
        self._pool = pool
        self._cache_factory = cache
        self._cache: object | None = None
        self._cache_lock = threading.Lock()
        self.size = size
        self._max = max_pixmaps
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._failed: dict[str, str] = {}  # key: "missing" (no file) or "broken"
        self._in_flight: set[str] = set()
        self._queued: dict[str, Path] = {}
        self._generation = 0
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)

    # -- asking --------------------------------------------------------------------------
    def pixmap(self, key: str) -> QPixmap | None:
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
        return pixmap

    def has_failed(self, key: str) -> bool:
        return key in self._failed

    def failure(self, key: str) -> str | None:
        """Why there is no thumbnail: "missing" (no file there), "broken" (a file that cannot
        be read: truncated, not the image it says), or None."""
        return self._failed.get(key)

    def request(self, key: str, path: Path) -> None:
        """Ask for a thumbnail; nothing happens if it is cached, failed or on its way."""
        if key in self._pixmaps or key in self._failed or key in self._in_flight:
            return
        self._queued.setdefault(key, path)  # asked twice in one turn: its first place holds
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def pending(self) -> int:
        """Thumbnails asked for and not yet arrived (for tests and the screenshot command)."""
        return len(self._queued) + len(self._in_flight)

    def set_display(self, display: tuple[int, int]) -> None:
        """A new box for the grid's pictures (the visitor chose another size): pictures are
        made again at it, so painting stays a plain copy."""
        box = QSize(round(display[0] * self._dpr), round(display[1] * self._dpr))
        if box != self._display:
            self._display = box
            self._pixmaps.clear()
            self.reset()

    def reset(self) -> None:
        """Forget queued requests (a new search); cached pixmaps stay."""
        self._generation += 1
        self._pool.clear()
        self._queued.clear()
        self._in_flight.clear()

    # -- working -------------------------------------------------------------------------
    def _flush(self) -> None:
        queued, self._queued = self._queued, {}
        generation = self._generation
        size = (self.size, self.size)
        jobs = []
        for key, path in queued.items():  # in the order asked: the first cell painted first
            self._in_flight.add(key)

            def job(path: Path = path, key: str = key) -> QImage:
                from ...imaging.thumbnails import make_thumbnail
                from ..qimage import encoded_to_qimage

                cache = self._open_cache()
                if cache is not None and len(key) == 64:
                    data = cache.get_or_make(path, key, size)  # type: ignore[attr-defined]
                else:
                    data = make_thumbnail(path, size)
                image = encoded_to_qimage(data)
                box = self._display
                if box is not None and (image.width() > box.width()
                                        or image.height() > box.height()):
                    image = image.scaled(box, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)
                return image

            jobs.append((job, lambda image, key=key: self._arrived(generation, key, image),
                         lambda error, key=key: self._refused(generation, key, error)))
        self._pool.submit_in_order(jobs)

    def _open_cache(self) -> object | None:
        with self._cache_lock:
            if self._cache is None and self._cache_factory is not None:
                factory, self._cache_factory = self._cache_factory, None  # try once
                try:
                    self._cache = factory()
                except Exception as error:  # a broken cache must not cost the pictures
                    log.warning("thumbnails made without a cache: %s", error)
            return self._cache

    def _arrived(self, generation: int, key: str, image: QImage) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(key)
        if image.isNull():
            self._failed[key] = "broken"
            self.failed.emit(key)
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self._dpr)
        self._pixmaps[key] = pixmap
        while len(self._pixmaps) > self._max:
            self._pixmaps.popitem(last=False)
        self.ready.emit(key)

    def _refused(self, generation: int, key: str, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(key)
        self._failed[key] = "missing" if getattr(error, "reason", "") == NO_FILE else "broken"
        log.info("no thumbnail for %s: %s", key, error)
        self.failed.emit(key)

    def close(self) -> None:
        self.reset()
        self._pool.wait()
        with self._cache_lock:
            if self._cache is not None:
                self._cache.close()  # type: ignore[attr-defined]
                self._cache = None
