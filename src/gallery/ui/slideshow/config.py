"""How a show is set up: command-line choices, remembered settings, the rotating log file."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QSettings

from ...catalog.playlists import TimeWindow
from ...paths import APP_NAME, log_dir
from .chord import check_chord
from .instance import DEFAULT as DEFAULT_INSTANCE

TRANSITIONS = ("fade", "panzoom", "none")
LANGUAGES = ("en", "ru")
DEFAULT_CHORD = "Ctrl+Shift+Q"


@dataclass
class SlideshowConfig:
    catalog_path: Path
    playlists: tuple[str, ...] = ()
    screen: str | None = None           # a screen name, or its number in `gallery screens`
    interval_s: float = 12.0            # unless the playlist or its item says otherwise
    hours: TimeWindow | None = None     # outside them the screen is black
    lang: str = "en"
    captions: bool = True
    transition: str = "fade"
    fade_ms: int = 1500                 # never more than a third of the interval
    retry_s: float = 60.0               # when every image failed: try again this often
    recheck_s: float = 30.0             # while dark or closed: look at the clock this often
    exit_chord: str | None = None       # None: from settings (default Ctrl+Shift+Q)
    instance: str = DEFAULT_INSTANCE    # its own status, proof of play, log, screen, lock
    caption_scale: float = 1.0          # letter size × this (--caption-scale)


# -- settings, declared once ----------------------------------------------------------------
_DECLARED: dict[str, tuple[type, Any, str]] = {
    "slideshow/screen": (str, "", "name of the screen the show last ran on"),
    "slideshow/exit_chord": (str, DEFAULT_CHORD, "the key chord that ends the show"),
    "slideshow/reduced_motion": (bool, False, "no animated transitions in the slideshow"),
}


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "slideshow.ini"


class ShowSettings:
    """Typed access to the slideshow's own settings (an INI file beside the app's)."""

    def __init__(self, path: Path | None = None) -> None:
        self._qs = QSettings(str(path or settings_path()), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        kind, default, _ = _DECLARED[key]  # KeyError: an undeclared key is a bug
        value = self._qs.value(key, None)
        if value is None or value == "":
            return default
        if kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
        return kind(value)

    def set(self, key: str, value: Any) -> None:
        if key not in _DECLARED:
            raise KeyError(f"undeclared setting {key!r}")
        if key == "slideshow/exit_chord":
            value = check_chord(str(value))  # ValueError: a show no one can end is refused
        self._qs.setValue(key, value)
        self._qs.sync()

    # The remembered screen is per instance: two shows on one machine remember their own.
    def remembered_screen(self, instance: str = DEFAULT_INSTANCE) -> str | None:
        if instance == DEFAULT_INSTANCE:
            return self.get("slideshow/screen") or None
        value = self._qs.value(f"instance-{instance}/screen", "")
        return str(value) if value else None

    def remember_screen(self, name: str, instance: str = DEFAULT_INSTANCE) -> None:
        if instance == DEFAULT_INSTANCE:
            self.set("slideshow/screen", name)
            return
        self._qs.setValue(f"instance-{instance}/screen", name)
        self._qs.sync()


def app_prefers_reduced_motion() -> bool:
    """The app's own "reduced motion" choice (ui/reduced_motion in gallery.ini), if set."""
    path = Path(platformdirs.user_config_dir(APP_NAME)) / "gallery.ini"
    value = QSettings(str(path), QSettings.Format.IniFormat).value("ui/reduced_motion", False)
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1")


# -- the log ------------------------------------------------------------------------------
def attach_file_log(path: Path | None = None) -> logging.Handler:
    """Log the show to a rotating file (5 × 1 MB), by default in the user log folder."""
    path = path or log_dir() / f"slideshow-{DEFAULT_INSTANCE}.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000,
                                                   backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    logger = logging.getLogger("gallery")
    handler.previous_level = logger.level  # type: ignore[attr-defined]
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > logging.INFO:
        logger.setLevel(logging.INFO)  # the show's INFO lines are what staff read
    return handler


def detach_file_log(handler: logging.Handler) -> None:
    logger = logging.getLogger("gallery")
    logger.removeHandler(handler)
    logger.setLevel(getattr(handler, "previous_level", logging.NOTSET))
    handler.close()
