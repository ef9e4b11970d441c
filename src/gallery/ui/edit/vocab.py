"""Controlled values in the editor: a term is picked from its scheme, never typed.

A record stores a term's code (a kind of work, an event kind, a role …) or, for media and
supports, a list of term ids; the curator sees the term's label in the interface language.
The choices follow the catalog's vocabulary (read with the other lookups); a catalog without
one (an old or a test catalog) offers the built-in codes, and a stored value the vocabulary
does not hold is shown as such, never dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QWidget

from ...catalog.terms import Vocabulary
from ..i18n import current_language
from .context import TERMS, EditorContext
from .fields import Binding, ChoiceBinding, PathSource
from .model import RecordModel

# A name's status keeps the title statuses' codes, said about a name (a person, an agent, a
# mission), not a title: "published title" reads wrong beside a person's name.
NAME_STATUS = "name_status"
_NAME_STATUS_WORDS = {
    "original": QT_TRANSLATE_NOOP("NameStatus", "name as written in its own language"),
    "published": QT_TRANSLATE_NOOP("NameStatus", "published spelling of the name"),
    "ours": QT_TRANSLATE_NOOP("NameStatus", "spelling chosen by this catalogue"),
    "machine": QT_TRANSLATE_NOOP("NameStatus", "machine transliteration"),
}


def term_choices(vocabulary: Vocabulary, scheme: str, fallback: Sequence[str] = (),
                 by_id: bool = False) -> list[tuple[str, str]]:
    """(stored value, label in the interface language) for every term of a scheme."""
    if scheme == NAME_STATUS:
        return [(code, QCoreApplication.translate("NameStatus", _NAME_STATUS_WORDS[code])
                 if code in _NAME_STATUS_WORDS else label)
                for code, label in term_choices(vocabulary, "title_status", fallback)]
    lang = current_language()
    terms = vocabulary.scheme(scheme)
    if terms:
        return [(t.id if by_id else t.code, t.text(lang)) for t in terms]
    return [(code, code) for code in fallback]


def name_status_word(field: str, code: Any) -> str | None:
    """A person's, agent's or mission's name status as its form says it (None: another
    field, or a code the form does not word)."""
    if field not in ("name_status", "name_ru_status") or code not in _NAME_STATUS_WORDS:
        return None
    return QCoreApplication.translate("NameStatus", _NAME_STATUS_WORDS[code])


# The schemes whose codes a history line or a conflict shows (roles, link kinds, events…).
_WORDED_SCHEMES = ("role", "link_kind", "event_kind", "certainty", "title_status")


def code_words(vocabulary: Vocabulary) -> dict[str, str]:
    """Stored codes → their labels in the interface language, for readable diffs."""
    lang = current_language()
    return {t.code: t.text(lang) for scheme in _WORDED_SCHEMES
            for t in vocabulary.scheme(scheme)}


class VocabChoiceBinding(ChoiceBinding):
    """One term of a scheme (`optional` adds "—" for none)."""

    def __init__(self, model: RecordModel, stack: QUndoStack, path: PathSource,
                 widget: QComboBox, label: str, context: EditorContext, scheme: str,
                 fallback: Sequence[str] = (), optional: bool = False) -> None:
        self.context, self.scheme, self.fallback = context, scheme, tuple(fallback)
        self.optional = optional
        super().__init__(model, stack, path, widget, label, self.choices())
        context.lookups.changed.connect(self._lookups_changed)

    def choices(self) -> list[tuple[Any, str]]:
        terms = term_choices(self.context.lookups.vocabulary, self.scheme, self.fallback)
        return [(None, "—"), *terms] if self.optional else list(terms)

    def _lookups_changed(self, what: str) -> None:
        if what == TERMS:
            self.set_choices(self.choices())


class TermChecks(QWidget):
    """A check box per term, in a few columns; `toggled` when the curator ticks one."""

    toggled = Signal()

    def __init__(self, name: str, columns: int = 3) -> None:
        super().__init__()
        self.setObjectName(f"field_{name}")
        self.name, self.columns = name, columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}

    def set_terms(self, terms: Sequence[tuple[str, str]]) -> None:
        for box in self.boxes.values():
            self.grid.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        for term_id, label in terms:
            self._add(term_id, label)

    def _add(self, term_id: str, label: str) -> QCheckBox:
        box = QCheckBox(label, self)
        box.setObjectName(f"{self.name}_{term_id}")
        box.setAccessibleName(label)
        box.toggled.connect(self.toggled)
        count = len(self.boxes)
        self.grid.addWidget(box, count // self.columns, count % self.columns)
        self.boxes[term_id] = box
        return box

    def checked(self) -> list[str]:
        return [term_id for term_id, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, ids: Sequence[str]) -> None:
        for term_id in ids:
            if term_id not in self.boxes:  # stored, but not in the vocabulary: keep showing it
                self._add(term_id, self.tr("%s (not a listed value)") % term_id)
        for term_id, box in self.boxes.items():
            box.setChecked(term_id in ids)


class TermListBinding(Binding):
    """A list of term ids (media, supports): ticked terms keep the order they were stored
    in, a newly ticked one goes last."""

    disable_when_read_only = True

    def __init__(self, model: RecordModel, stack: QUndoStack, field: str,
                 widget: TermChecks, label: str, context: EditorContext, scheme: str,
                 by_id: bool = True) -> None:
        self.context, self.scheme, self.by_id = context, scheme, by_id
        widget.set_terms(term_choices(context.lookups.vocabulary, scheme, by_id=by_id))
        super().__init__(model, stack, field, widget, label)
        widget.toggled.connect(self.user_edited)
        context.lookups.changed.connect(self._lookups_changed)

    def _lookups_changed(self, what: str) -> None:
        if what != TERMS:
            return
        self._updating = True
        try:
            self.widget.set_terms(term_choices(self.context.lookups.vocabulary, self.scheme,
                                               by_id=self.by_id))
            self.show(self.model.value(self.field) if self.model.loaded else [])
        finally:
            self._updating = False

    def read(self) -> Any:
        ticked = self.widget.checked()
        stored = list(self.model.value(self.field) or []) if self.model.loaded else []
        return [i for i in stored if i in ticked] + [i for i in ticked if i not in stored]

    def show(self, value: Any) -> None:
        self.widget.set_checked(list(value or []))
