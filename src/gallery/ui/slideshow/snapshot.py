"""Render slideshow states to PNG files at a given screen size (for review and documentation).

Runs the real window and engine synchronously, off any screen, with its log and status kept in a
temporary folder so the user's proof-of-play counts are never touched.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize

from ...catalog.playlists import Program, Slide
from .config import SlideshowConfig


class _NoInhibit:
    name = "none"

    def inhibit(self, reason: str, window_id: int) -> bool:
        return False

    def release(self) -> None:
        pass


class _NoPower:
    def set(self, on: bool) -> bool:
        return False


@dataclass
class _Fixed:
    """A program of exactly these slides (or a closed one), whatever the catalog holds."""

    slides: tuple[Slide, ...]
    closed_until: datetime | None = None

    def current(self, catalog: Any, now: datetime) -> Program:
        if self.closed_until is not None:
            return Program((), closed=True, opens_at=self.closed_until)
        return Program(self.slides, "snapshot", version=catalog.data_version())


def snapshot(catalog_path: Path, out: Path, size: tuple[int, int], *, work_id: str = "",
             caption: str | None = None, state: str = "slide", lang: str = "en",
             dpr: float = 1.0, captions: bool = True, caption_scale: float = 1.0) -> Path:
    """Save one frame: state "slide" (work_id), "no_images", "closed" or "dark"."""
    from .window import SlideshowWindow

    config = SlideshowConfig(Path(catalog_path), lang=lang, captions=captions,
                             transition="none", caption_scale=caption_scale)
    with tempfile.TemporaryDirectory(prefix="slideshow-snapshot-") as state_dir:
        window = SlideshowWindow(config, inhibitor=_NoInhibit(), synchronous=True,
                                 state_dir=Path(state_dir),
                                 power=_NoPower())  # type: ignore[arg-type]
        try:
            engine = window.engine
            if state == "slide":
                engine.source = _Fixed((Slide(work_id, caption),))  # type: ignore[assignment]
            elif state == "no_images":
                engine.source = _Fixed((Slide("no-such-work"),))  # type: ignore[assignment]
            elif state == "closed":
                opens = datetime.now().replace(hour=9, minute=0, second=0, microsecond=0)
                engine.source = _Fixed((), opens)  # type: ignore[assignment]
            window.resize(*size)
            window.canvas.resize(*size)
            engine.set_screen(QSize(*size), dpr)
            if state == "dark":
                engine._go_dark()
            else:
                engine.start()
            window.canvas.grab().save(str(out))
        finally:
            window.stop()
            window.deleteLater()
    return out
