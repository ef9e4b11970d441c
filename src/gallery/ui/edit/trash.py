"""The Trash: a deleted work, what it still holds, who deleted it — and Restore."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .context import EditorContext
from .recordtools import counted, readable_time


def holds(record: dict[str, Any]) -> str:
    """'4 provenance events, 1 person, no missions, 1 exhibition and 4 sources'."""
    parts = [counted(len(record.get(key) or []), one, many) for key, one, many in (
        ("provenance", "provenance event", "provenance events"), ("people", "person", "people"),
        ("missions", "mission", "missions"), ("exhibitions", "exhibition", "exhibitions"),
        ("sources", "source", "sources"))]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


class TrashPanel(QWidget):
    restored = Signal(str)
    message = Signal(str, str)

    def __init__(self, context: EditorContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("trashPanel")
        self.work_id: str | None = None
        self.read_only = False
        self.heading = QLabel(self.tr("Trash"))
        self.heading.setObjectName("recordHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("trashDetails")
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.restore_button = QPushButton(self.tr("Restore to the gallery"))
        self.restore_button.setObjectName("restoreWork")
        self.restore_button.setAccessibleName(self.tr("Restore this work from the trash"))
        self.restore_button.clicked.connect(self.restore)
        explain = QLabel(self.tr(
            "Deleted works wait here with their provenance, links and history. Restoring "
            "brings a work back exactly as it was; it is recorded in its history."))
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(explain)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_work(None)

    def show_work(self, work_id: str | None) -> None:
        self.work_id = work_id
        self.restore_button.setEnabled(bool(work_id) and not self.read_only)
        if not work_id:
            self.heading.setText(self.tr("Trash"))
            self.body.setText(self.tr("Choose a deleted work on the left to see it here."))
            return

        def load(catalog: Any) -> tuple[dict[str, Any], dict[str, Any] | None]:
            record = catalog.get(work_id)
            deletions = [e for e in catalog.history(work_id) if e["action"] == "delete"]
            return record, deletions[-1] if deletions else None

        self.context.service.call(load, self._shown)

    def _shown(self, result: tuple[dict[str, Any], dict[str, Any] | None]) -> None:
        record, deletion = result
        if record["id"] != self.work_id:
            return
        self.heading.setText(record.get("title") or record["id"])
        who = (self.tr("by %s, ") % deletion["who"]) if deletion else ""
        lines = [
            self.tr("Moved to the trash %s%s.") % (who, readable_time(record.get("deleted_at"))),
            "",
            f"{record['id']} · {record.get('date_display') or self.tr('undated')} · "
            f"{record.get('work_type') or ''}",
            self.tr("Holds %s.") % holds(record),
        ]
        if record.get("description"):
            lines += ["", record["description"]]
        self.body.setText("\n".join(lines))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.restore_button.setEnabled(bool(self.work_id) and not read_only)

    def restore(self) -> None:
        work_id = self.work_id
        if not work_id or self.read_only:
            return
        self.context.service.call(
            lambda c: c.restore(work_id), lambda _r: self.restored.emit(work_id),
            lambda e: self.message.emit(self.tr("Not restored — %s") % e, "error"))
