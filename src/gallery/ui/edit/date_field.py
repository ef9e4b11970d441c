"""The typed date: read on every change, its range and certainty set in the same undo step.

A curator types "1979" or "c. 1967"; the range it stands for (earliest, latest) and the
certainty its qualifier gives are set with it, so a date is never saved as undated because a
button was not clicked. The hint beside the field says how the text was read, or why it could
not be; a save refuses an unreadable date and warns when the text and the range disagree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit

from ...catalog.dates import DateNotUnderstood, ParsedDate, parse_date
from ...catalog.derive import dates as generated_dates
from ..words import certainty_word
from .commands import TYPING_ID
from .fields import LineBinding, _norm
from .model import RecordModel
from .recordtools import deep

# The display field, then the fields its reading fills: earliest, latest, certainty.
DATE_FIELDS: dict[str, tuple[str, str, str, str]] = {
    "works": ("date_display", "date_earliest", "date_latest", "date_certainty"),
    "missions": ("date_display", "date_start", "date_end", "date_certainty"),
    "exhibitions": ("date_display", "date_start", "date_end", "date_certainty"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


def read_date(text: Any) -> ParsedDate | str:
    """The reading of a typed date, or the reason it cannot be read."""
    try:
        return parse_date(str(text or ""))
    except (DateNotUnderstood, ValueError) as error:
        return str(error)


def qualifier_of(reading: ParsedDate) -> str:
    """exact, circa, before or after: what the range alone cannot say about the phrase."""
    if not (reading.earliest or reading.latest):
        return "unknown"
    if reading.edtf.endswith("~"):
        return "circa"
    if reading.edtf.startswith("../"):
        return "before"
    if reading.edtf.endswith("/.."):
        return "after"
    return "exact"


def shown_dates(table: str, record: dict[str, Any], certainty: str = "date_certainty"
                ) -> tuple[str, str] | None:
    """The display dates the store will generate from the range, in English and Russian
    (None while an edge is not a date yet)."""
    fields = DATE_FIELDS.get(table)
    start, end = (fields[1], fields[2]) if fields else ("date_earliest", "date_latest")
    try:
        made = generated_dates(record, start, end, record.get(certainty))
    except (ValueError, IndexError):  # an edge being typed: "1965-0"
        return None
    return made["date_display"], made["date_display_ru"]


def _edge(value: Any, is_end: bool) -> str | None:
    """A stored edge as a day: missions keep '1965' or '1965-03' as well as full days."""
    text = str(value or "")
    if len(text) == 4:
        return f"{text}-12-31" if is_end else f"{text}-01-01"
    if len(text) == 7:
        parsed = read_date(text)
        return (parsed.latest if is_end else parsed.earliest) if isinstance(
            parsed, ParsedDate) else text
    return text or None


def date_check(table: str, record: dict[str, Any]) -> tuple[str | None, str | None]:
    """(why the typed date is refused, how text and range disagree) — each None if fine."""
    fields = DATE_FIELDS.get(table)
    if fields is None:
        return None, None
    display, early, late, _ = fields
    reading = read_date(record.get(display))
    if isinstance(reading, str):
        return tr("the date cannot be read: %s") % reading, None
    stored = (_edge(record.get(early), False), _edge(record.get(late), True))
    if (reading.earliest, reading.latest) == stored:
        return None, None
    return None, tr("The date reads “%s”, which stands for %s to %s, but "
                            "the range says %s to %s.") % (
        record.get(display) or "", reading.earliest or "…", reading.latest or "…",
        stored[0] or "…", stored[1] or "…")


def event_date_problems(record: dict[str, Any], base: dict[str, Any]) -> dict[str, str]:
    """Provenance dates typed in this session (text no stored event has) that cannot be
    read: {"provenance[i].date": why}."""
    stored = {e.get("date_display") for e in base.get("provenance") or []}
    found = {}
    for i, event in enumerate(record.get("provenance") or []):
        text = event.get("date_display")
        if text and text not in stored and isinstance(reason := read_date(text), str):
            found[f"provenance[{i}].date"] = tr("the date cannot be read: %s") % reason
    return found


def describe(text: Any) -> tuple[str, bool]:
    """The hint beside the field: (text, whether it is a problem)."""
    if not str(text or "").strip():
        return tr("No date: the work is undated."), False
    reading = read_date(text)
    if isinstance(reading, str):
        return tr("Cannot read this as a date: %s. Write it as 1965, "
                          "c. 1967, 1967-68, 18–19 March 1965 …; what a date cannot say goes "
                          "in the date note.") % reading, True
    if not (reading.earliest or reading.latest):
        return tr("Read as undated."), False
    return tr("Read as %s to %s · %s") % (
        reading.earliest or "…", reading.latest or "…", certainty_word(reading.certainty)), False


class SetFields(QUndoCommand):
    """Set several fields as one undo step; typing in the same field merges into it."""

    def __init__(self, model: RecordModel, values: dict[str, Any], text: str,
                 merge_key: str) -> None:
        super().__init__(text)
        self.model, self.merge_key = model, merge_key
        self.old = {field: deep(model.value(field)) for field in values}
        self.new = deep(values)

    def id(self) -> int:
        return TYPING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFields) or other.model is not self.model \
                or other.merge_key != self.merge_key or set(other.new) != set(self.new):
            return False
        self.new = deep(other.new)
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        for field, value in self.new.items():
            if self.model.value(field) != value:
                self.model.set_value(field, value)

    def undo(self) -> None:
        for field, value in self.old.items():
            if self.model.value(field) != value:
                self.model.set_value(field, value)


class DateBinding(LineBinding):
    """The display date; each change also sets the range and certainty it was read as."""

    def __init__(self, model: RecordModel, stack: QUndoStack, fields: tuple[str, ...],
                 widget: QLineEdit, label: str) -> None:
        self.fields = fields
        super().__init__(model, stack, fields[0], widget, label)

    def user_edited(self, *_: Any) -> None:
        if self._updating or not self.model.loaded or self.read_only:
            return
        display, early, late, certainty = self.fields
        value = self.read()
        if _norm(value) == _norm(self.model.value(display)):
            return
        values = {field: self.model.value(field) for field in self.fields}
        # the same fields every time (an unreadable step keeps the qualifier), so that
        # typing a date stays one undo step
        values["date_qualifier"] = self.model.value("date_qualifier")
        values[display] = value
        reading = read_date(value)
        if isinstance(reading, ParsedDate):  # unreadable text leaves the range as it was
            values.update({early: reading.earliest, late: reading.latest,
                           certainty: reading.certainty,
                           "date_qualifier": qualifier_of(reading)})
        text = self.tr("Edit %s").replace("%s", self.label)  # (twice in Russian: see .ts)
        self.stack.push(SetFields(self.model, values, text, merge_key=display))

    flush = user_edited


def date_hint(name: str = "dateHint") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "muted")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def show_hint(label: QLabel, text: Any, shown: tuple[str, str] | None = None) -> None:
    """How the typed date was read and, from the stored range, what visitors will read."""
    words, problem = describe(text)
    if shown and not problem and str(text or "").strip():
        words += "\n" + tr("Visitors read: “%s” · “%s”") % shown
        if " ".join(str(text).split()) != shown[0]:  # the phrase says more than the range
            words += "\n" + tr("What the phrase says beyond that goes in the date note, in "
                                "both languages.")
    label.setText(words)
    label.setProperty("role", "problem" if problem else "muted")
    label.style().unpolish(label)  # the role changes its colour in the style sheet
    label.style().polish(label)
