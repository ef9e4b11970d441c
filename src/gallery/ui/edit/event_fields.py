"""Parts of the provenance event form: the typed date, texts per language, readable events.

An event's date is typed as a phrase like a work's: it sets the range, the qualifier and the
certainty in one undo step, and the hint says what visitors will read in each language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from .commands import SetValue
from .date_field import ParsedDate, qualifier_of, read_date, shown_dates
from .fields import Binding, LineBinding, TextBinding, line_edit, text_edit
from .model import RecordModel


def tr(text: str) -> str:
    return QCoreApplication.translate("EventFields", text)


class EventDateBinding(LineBinding):
    """Typing an event's date also sets the range it stands for, its qualifier and — when
    the date says it is uncertain — the certainty, in the same command; text that cannot be
    read leaves them as they were (and the save refuses it, with the reason)."""

    def user_edited(self, *_: Any) -> None:
        path = self.path()
        if self._updating or path is None or self.read_only:
            return
        text = self.read()
        if text == self.model.value(path):
            return
        event_path = path[:-1]
        event = dict(self.model.value(event_path))
        reading = read_date(text)
        event["date_display"] = text
        if isinstance(reading, ParsedDate):
            event["date_earliest"], event["date_latest"] = reading.earliest, reading.latest
            event["date_qualifier"] = qualifier_of(reading)
            # Only words in the date itself ("c.", "probably", "?") set the certainty; a
            # plain "1960" leaves what the curator chose (or left unknown) as it was.
            if (reading.earliest or reading.latest) and reading.certainty != "certain":
                event["certainty"] = reading.certainty
        self.stack.push(SetValue(self.model, event_path, event, self.tr("Edit event date"),
                                 merge_key=path))


def event_hint(event: dict[str, Any]) -> str:
    """The range an event's date stands for, and what visitors read in each language."""
    early, late = event.get("date_earliest"), event.get("date_latest")
    if not (early or late):
        return tr("date unknown: no range to sort by")
    text = tr("stands for %s – %s") % (early or "…", late or "…")
    shown = shown_dates("provenance", event, "certainty")
    if shown:
        text += "\n" + tr("Visitors read: “%s” · “%s”") % shown
    return text


def event_pair(model: RecordModel, stack: QUndoStack,
               path: Callable[[str], Callable[[], Any]], key: str, label: str,
               lines: int = 0) -> tuple[QWidget, list[Binding]]:
    """An event's text in English (left) and Russian (right); `lines` > 0: several lines."""
    box = QWidget()
    box.setObjectName(f"pair_event_{key}")
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(1)
    bindings: list[Binding] = []
    for column, (name, caption) in enumerate(((key, tr("English")),
                                              (f"{key}_ru", tr("Russian")))):
        title = QLabel(caption)
        title.setProperty("role", "muted")
        full = f"{label} ({caption})"
        if lines:
            text = text_edit(f"event_{name}", full, lines)
            bindings.append(TextBinding(model, stack, path(name), text, full))
            editor: QWidget = text
        else:
            line = line_edit(f"event_{name}", full)
            bindings.append(LineBinding(model, stack, path(name), line, full))
            editor = line
        title.setBuddy(editor)
        grid.addWidget(title, 0, column)
        grid.addWidget(editor, 1, column)
        grid.setColumnStretch(column, 1)
    return box, bindings


def named_events(events: Sequence[dict[str, Any]], names: dict[str, str]
                 ) -> list[dict[str, Any]]:
    """Events with the names of their party and holder (ids as the store keeps them)."""
    return [{**e, "party_name": names.get(e.get("party") or "", e.get("party")),
             "holder_name": names.get(e.get("holder") or "", e.get("holder"))} for e in events]
