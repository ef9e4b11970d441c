"""Visitor settings, declared once with type, default and meaning, stored with QSettings.

Following qutebrowser's configdata: every key is declared here; reading or writing an
undeclared key is a bug and raises. The settings file is an INI file under the user's config
folder, found through `platformdirs` each time (so tests that point XDG_CONFIG_HOME at a
temporary folder never touch the user's settings).
(The current language itself is `gallery.ui.i18n.current_language()`.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from ..paths import APP_NAME

MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str


_DECLARED = (
    Setting("window/geometry", bytes, b"", "main window position and size"),
    Setting("window/state", bytes, b"", "main window tool bars and docks"),
    Setting("window/last_view", str, "browse", "page shown at start: browse, timeline, missions"),
    Setting("detail/splitter", bytes, b"", "split between image and text in the detail view"),
    Setting("detail/cite_base_url", str, "", "the --base-url the catalog's exports are published "
            "under; 'Cite this work' then adds the record's Linked Art address"),
    Setting("browse/splitter", bytes, b"", "split between filters and grid"),
    Setting("browse/sort", str, "date", "order of the grid: date, title, added, relevance"),
    Setting("browse/thumb_size", int, 100, "size of the grid's pictures, per cent (60–125)"),
    Setting("ui/language", str, "en", "language of the interface and catalog text (en, ru)"),
    Setting("ui/reduced_motion", bool, False, "turn off animated zoom and transitions"),
    Setting("catalog/recent", list, [], "recently opened catalog files, newest first"),
)
SETTINGS: dict[str, Setting] = {s.key: s for s in _DECLARED}


class UnknownSetting(KeyError):
    """A key that is not declared above: a programming error."""


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "gallery.ini"


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        decl = _declared(key)
        value = self._qs.value(key, None)
        if value is None:
            return decl.default
        return _coerce(decl, value)

    def set(self, key: str, value: Any) -> None:
        decl = _declared(key)
        if decl.type is bytes:
            value = QByteArray(bytes(value))
        elif decl.type is list:
            value = [str(v) for v in value]
        self._qs.setValue(key, value)

    def recent(self) -> list[str]:
        """The recent catalogs as the file on disk holds them now, newest first (another
        gallery process may have added one since this one read the file)."""
        self._qs.sync()  # writes ours, reads theirs
        return _unique(self.get("catalog/recent"))[:MAX_RECENT]

    def add_recent(self, path: str | Path) -> list[str]:
        """Put a catalog at the top of the recent list, merged into the list on disk (never a
        list this process remembers: that would drop what other processes added); return it."""
        text = str(Path(path).resolve())
        recent = _unique([text, *self.recent()])[:MAX_RECENT]
        self.set("catalog/recent", recent)
        self._qs.sync()  # on disk at once, for the next process to merge into
        return recent

    def sync(self) -> None:
        self._qs.sync()


def _unique(paths: list[str]) -> list[str]:
    return list(dict.fromkeys(p for p in paths if p))


def _declared(key: str) -> Setting:
    try:
        return SETTINGS[key]
    except KeyError:
        raise UnknownSetting(f"undeclared setting {key!r}") from None


def _coerce(decl: Setting, value: Any) -> Any:
    """INI files give strings back; turn them into the declared type, else the default."""
    try:
        if decl.type is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
        if decl.type is bytes:
            return bytes(value.data()) if isinstance(value, QByteArray) else bytes(value)
        if decl.type is list:
            if isinstance(value, str):
                return [value] if value else []
            return [str(v) for v in value]
        return decl.type(value)
    except (TypeError, ValueError):
        return decl.default
