"""While a new person or agent is typed, say when the catalog already has one of that name.

The Ctrl+N form (People, Agents) asks `Catalog.similar_records` a moment after the English or
Russian name changes, off the GUI thread, and shows the records of the same or a very like
name in either language and script, each with a button that opens it instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from .context import EditorContext
from .model import RecordModel
from .newrecord import NAMED_TABLES, SimilarNames

_SETTLE_MS = 250  # typing settles before the catalog is asked


class TwinWatch(QObject):
    """`openRequested(table, id)` when the curator opens the existing record."""

    openRequested = Signal(str, str)

    def __init__(self, model: RecordModel, context: EditorContext,
                 banner: SimilarNames) -> None:
        super().__init__(banner)
        self.model, self.context, self.banner = model, context, banner
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SETTLE_MS)
        self._timer.timeout.connect(self.look)
        banner.chosen.connect(lambda match: self.openRequested.emit(match["table"],
                                                                    match["id"]))
        model.fieldChanged.connect(self._field_changed)
        model.recordLoaded.connect(self.look)

    def _field_changed(self, field: str) -> None:
        if field in ("name", "name_ru"):
            self._timer.start()

    def look(self) -> None:
        """Ask now (tests and the settle timer); a stored record is never warned about."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        model = self.model
        name = str(model.value("name") or "") if model.loaded else ""
        name_ru = str(model.value("name_ru") or "") if model.loaded else ""
        if not model.loaded or not model.is_new or not (name.strip() or name_ru.strip()):
            self.banner.show_matches([])
            return

        def found(matches: list[dict[str, Any]]) -> None:
            if generation == self._generation:  # an answer to what is typed now
                self.banner.show_matches(matches)

        self.context.service.call(lambda catalog: catalog.similar_records(name, name_ru),
                                  found, lambda _error: found([]))


def install(form: Any, table: str) -> TwinWatch | None:
    """The warning under the form's heading, for the tables whose twins matter."""
    if table not in NAMED_TABLES:
        return None
    banner = SimilarNames(form, opens=True)
    return TwinWatch(form.model, form.context, banner)
