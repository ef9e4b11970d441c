"""What every part of the editor shares: the catalog service, record lookups, dialogs, settings.

The service can be replaced while the window lives (after a restore from backup the catalog is
reopened), so parts ask `context.service` each time instead of keeping their own reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QObject, QSettings, Signal

from ...catalog.bilingual import pick
from ...catalog.terms import Vocabulary
from ...catalog.textfold import fold
from ...paths import APP_NAME
from ..i18n import current_language
from ..workers import CatalogService, ImagePool
from .prompts import Prompts

LOOKUP_TABLES = ("people", "missions", "exhibitions", "sources", "agents")
TERMS = "terms"  # what `Lookups.changed` says when the vocabulary was read again


@dataclass(frozen=True)
class Pref:
    key: str
    type: type
    default: Any
    description: str


# The editor's settings, declared once (reading an undeclared key is a bug).
PREFS = {p.key: p for p in (
    Pref("edit/backups_keep", int, 10, "how many backups File ▸ Back up keeps (older go)"),
    Pref("edit/draft_delay_ms", int, 400, "longest wait from a change to its draft on disk"),
    Pref("edit/geometry", bytes, b"", "editor window position and size"),
)}


class Prefs:
    def __init__(self, path: Path | None = None) -> None:
        path = path or Path(platformdirs.user_config_dir(APP_NAME)) / "editor.ini"
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        pref = PREFS[key]
        value = self._qs.value(key, None)
        if value is None:
            return pref.default
        try:
            return bytes(value.data()) if pref.type is bytes else pref.type(value)
        except (TypeError, ValueError, AttributeError):
            return pref.default

    def set(self, key: str, value: Any) -> None:
        PREFS[key]
        self._qs.setValue(key, value)
        self._qs.sync()


def _label(table: str, record: dict[str, Any], lang: str = "en") -> str:
    """A record's name for pickers and diffs, in the interface language where it has one."""
    def text(field: str) -> str:
        return str(pick(record, field, lang) or "")

    if table in ("people", "agents"):
        return text("name") or record["id"]
    if table == "missions":
        when = text("date_display")
        return (text("name") or record["id"]) + (f" ({when})" if when else "")
    if table == "exhibitions":
        where = ", ".join(x for x in (text("city"), text("date_display")) if x)
        return (text("title") or record["id"]) + (f" — {where}" if where else "")
    citation = " ".join(str(record.get("citation") or record["id"]).split())
    return citation if len(citation) <= 90 else citation[:88] + "…"


def search_key(table: str, record: dict[str, Any]) -> str:
    """What a picker matches typed text against: the names in both languages, folded the way
    visitor search folds them (case, ё/е and script never stand in the way)."""
    return " | ".join(fold(_label(table, record, lang)) for lang in ("en", "ru"))


# What a lookup load returns: (id, label) rows, search keys by id, and the vocabulary.
Loaded = tuple[dict[str, list[tuple[str, str]]], dict[str, dict[str, str]], Vocabulary]


class Lookups(QObject):
    """People, missions, exhibitions, sources and agents by id, and the vocabulary's terms,
    for pickers and readable diffs."""

    changed = Signal(str)

    def __init__(self, context: EditorContext) -> None:
        super().__init__()
        self._context = context
        self._items: dict[str, list[tuple[str, str]]] = {t: [] for t in LOOKUP_TABLES}
        self._keys: dict[str, dict[str, str]] = {t: {} for t in LOOKUP_TABLES}
        self.vocabulary = Vocabulary([])

    def items(self, table: str) -> list[tuple[str, str]]:
        return self._items.get(table, [])

    def search_key(self, table: str, record_id: str) -> str:
        """Folded names in both languages (see `search_key`); the id if not loaded."""
        return self._keys.get(table, {}).get(record_id, fold(record_id))

    def names(self, table: str | None = None) -> dict[str, str]:
        tables = [table] if table else LOOKUP_TABLES
        return {i: label for t in tables for i, label in self._items.get(t, [])}

    def agent_ids(self) -> set[str]:
        """Who can be a party, a holder or a venue: agents and people."""
        return {i for t in ("agents", "people") for i, _ in self._items.get(t, [])}

    def label(self, table: str, record_id: str) -> str:
        return self.names(table).get(record_id, record_id)

    def refresh(self, tables: tuple[str, ...] = LOOKUP_TABLES) -> None:
        lang = current_language()

        def load(catalog: Any) -> Loaded:
            with catalog.reading() as con:
                vocabulary = Vocabulary.read(con)
            records = {t: catalog.list_records(t) for t in tables}
            items = {t: sorted(((r["id"], _label(t, r, lang)) for r in rows),
                               key=lambda item: item[1].casefold())
                     for t, rows in records.items()}
            keys = {t: {r["id"]: search_key(t, r) for r in rows} for t, rows in records.items()}
            return items, keys, vocabulary

        self._context.service.call(load, self._loaded)

    def _loaded(self, loaded: Loaded) -> None:
        items, keys, vocabulary = loaded
        self._keys.update(keys)
        if vocabulary.by_id.keys() != self.vocabulary.by_id.keys() or any(
                vocabulary.by_id[i] != t for i, t in self.vocabulary.by_id.items()):
            self.vocabulary = vocabulary
            self.changed.emit(TERMS)
        for table, rows in items.items():
            self._items[table] = rows
            self.changed.emit(table)


class EditorContext(QObject):
    """Shared by the window, the sessions and the forms of one editor window."""

    serviceChanged = Signal()

    def __init__(self, catalog_path: Path, service: CatalogService, prompts: Prompts,
                 pool: ImagePool, prefs: Prefs, synchronous: bool = False) -> None:
        super().__init__()
        self.catalog_path = catalog_path
        self._service = service
        self.prompts = prompts
        self.pool = pool
        self.prefs = prefs
        self.synchronous = synchronous
        self.lookups = Lookups(self)

    @property
    def service(self) -> CatalogService:
        return self._service

    def set_service(self, service: CatalogService) -> None:
        self._service = service
        self.serviceChanged.emit()

    @property
    def read_only_reason(self) -> str | None:
        return self._service.catalog.read_only_reason

    @property
    def images_dir(self) -> Path:
        return self._service.catalog.images_dir

    @property
    def who(self) -> str:
        return self._service.catalog.who
