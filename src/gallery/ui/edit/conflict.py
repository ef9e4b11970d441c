"""Someone saved first: theirs and yours side by side, field by field, and the curator picks.

Only the fields that differ are listed. Each row has "theirs" and "mine"; the preset is "mine"
where this session changed the field and "theirs" elsewhere, so a merge keeps both people's
work by default. A list (provenance, people, missions, sources, keywords …) is merged item by
item against the version both edits started from (`gallery.catalog.merge`): its row offers
"merged", preset, and an item both sides changed differently is shown field by field beneath,
the two values highlighted, each with its own choice. The first focus is on "Save merge", never
on a button that throws away this window's work. Keep theirs / Keep mine set every row at once
and accept; Save merge accepts the rows as set. The choice API (`choose`, `choose_item`,
`keep_theirs`, `keep_mine`, `merged`) is what the buttons use, so tests drive the same code
without a modal loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...catalog.bilingual import pick
from ...catalog.merge import ListMerge, merge_lists
from ...catalog.quoting import has_own_quotes
from ..i18n import current_language
from ..plain import shown as plain_shown
from ..plain import tooltip
from .labels import field_label
from .recordtools import LINK_KEYS, comparable, content_fields, deep, describe, readable_time

MAX_SHOWN = 600  # characters of one value shown in a cell; the tooltip has all of it


def _no_second_quotes(template: str, title: str) -> str:
    """A title with its own quotation marks («Луноход-1» в кратере) gets no second pair."""
    if not has_own_quotes(title):
        return template
    for pair in ("«%2»", "“%2”", '"%2"'):
        template = template.replace(pair, "%2")
    return template


class ConflictDialog(QDialog):
    def __init__(self, table: str, mine: dict[str, Any], theirs: dict[str, Any],
                 edited: set[str], names: dict[str, str] | None = None,
                 parent: QWidget | None = None, who: str | None = None,
                 base: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else saved this record"))
        self.setMinimumSize(900, 520)
        self.table = table
        self.mine = comparable(table, mine)
        self.theirs_record = deep(theirs)
        self.theirs = comparable(table, theirs)
        self.decision: str | None = None
        self.fields = [f for f in content_fields(table) if self.mine.get(f) != self.theirs.get(f)]
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[tuple[str, str], QRadioButton] = {}
        self.list_merges: dict[str, ListMerge] = {}
        self.item_radios: dict[tuple[str, int, str, str], QRadioButton] = {}
        if base is not None:
            start = comparable(table, base)
            for name in self.fields:
                if isinstance(self.mine.get(name), list) and name != "query":
                    self.list_merges[name] = merge_lists(
                        start.get(name), self.mine.get(name), self.theirs.get(name),
                        _identity(table, name))
        lang = current_language()  # the record named as the interface's language names it
        title = next((pick(theirs, name, lang) for name in ("title", "name", "citation")
                      if theirs.get(name)), None) or theirs.get("id")
        intro = QLabel(_no_second_quotes(self.tr(
            "%1 saved “%2” (version %3, %4) while you were editing it. Nothing has been "
            "overwritten. For each field that differs, keep their value or yours, then save."),
            str(title))
            .replace("%1", who or self.tr("Someone else")).replace("%2", str(title))
            .replace("%3", str(theirs.get("version")))
            .replace("%4", readable_time(theirs.get("updated_at"))))
        intro.setObjectName("conflictIntro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        for column, text in enumerate((self.tr("Field"), self.tr("Theirs (saved)"),
                                       self.tr("Mine (this window)"), self.tr("Keep"))):
            header = QLabel(text)
            header.setProperty("role", "section")
            grid.addWidget(header, 0, column)
        row = 0
        for field in self.fields:
            row += 1
            theirs_text, mine_text = shown_pair(describe(self.theirs.get(field), names),
                                                describe(self.mine.get(field), names))
            grid.addWidget(_cell(field_label(field)), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_cell(theirs_text, True), row, 1)
            grid.addWidget(_cell(mine_text, True), row, 2)
            merge = self.list_merges.get(field)
            preset = "merged" if merge else ("mine" if field in edited else "theirs")
            grid.addWidget(self._choice(field, preset, merge is not None), row, 3,
                           Qt.AlignmentFlag.AlignTop)
            for number, conflict in enumerate(merge.conflicts if merge else []):
                for key in conflict.fields or [""]:
                    row += 1
                    label = self.tr("item %d") % (conflict.position + 1) + (
                        f" · {field_label(key)}" if key else "")
                    theirs_value = conflict.theirs.get(key) if key and conflict.theirs \
                        else conflict.theirs
                    mine_value = conflict.mine.get(key) if key and conflict.mine \
                        else conflict.mine
                    grid.addWidget(_cell(label), row, 0, Qt.AlignmentFlag.AlignTop)
                    for column, value in ((1, theirs_value), (2, mine_value)):
                        cell = _cell(self.tr("(removed)") if value is None and not key
                                     else describe(value, names), True)
                        cell.setProperty("role", "disputed")  # both changed it: highlighted
                        grid.addWidget(cell, row, column)
                    grid.addWidget(self._item_choice(field, number, key), row, 3,
                                   Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(row + 1, 1)
        body = QWidget()
        body.setObjectName("conflictRows")
        body.setLayout(grid)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(body)
        buttons = QDialogButtonBox()
        self.keep_theirs_button = self._button(buttons, "keepTheirs", self.tr("Keep theirs"),
                                               self.keep_theirs)
        self.keep_mine_button = self._button(buttons, "keepMine", self.tr("Keep mine"),
                                             self.keep_mine)
        self.merge_button = self._button(buttons, "saveMerge", self.tr("Save merge"),
                                         self.accept_merge)
        self.merge_button.setDefault(True)
        for button in (self.keep_theirs_button, self.keep_mine_button):
            button.setAutoDefault(False)  # Enter never picks a side for every field
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.merge_button.setFocus()  # never "Keep theirs": it would drop this window's work

    def _item_choice(self, field: str, number: int, key: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(box)
        for side, text in (("theirs", self.tr("theirs")), ("mine", self.tr("mine"))):
            radio = QRadioButton(text)
            radio.setObjectName(f"keep_{side}_{field}_{number}_{key}")
            radio.setAccessibleName(f"{text}: {field_label(field)} {number + 1} {key}")
            radio.setChecked(side == "mine")
            group.addButton(radio)
            column.addWidget(radio)
            self.item_radios[(field, number, key, side)] = radio
        return box

    def _choice(self, field: str, preset: str, mergeable: bool = False) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(box)
        sides = [("theirs", self.tr("theirs")), ("mine", self.tr("mine"))]
        if mergeable:
            sides.append(("merged", self.tr("merged item by item")))
        for side, text in sides:
            radio = QRadioButton(text)
            radio.setObjectName(f"keep_{side}_{field}")
            radio.setAccessibleName(f"{text}: {field_label(field)}")
            radio.setChecked(side == preset)
            group.addButton(radio)
            column.addWidget(radio)
            self.radios[(field, side)] = radio
        self.groups[field] = group
        return box

    def _button(self, box: QDialogButtonBox, name: str, text: str, slot: Any) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- the choice API --------------------------------------------------------------------
    def choose(self, field: str, side: str) -> None:
        self.radios[(field, side)].setChecked(True)

    def choice(self, field: str) -> str:
        for side in ("mine", "merged"):
            radio = self.radios.get((field, side))
            if radio is not None and radio.isChecked():
                return side
        return "theirs"

    def choose_item(self, field: str, number: int, key: str, side: str) -> None:
        self.item_radios[(field, number, key, side)].setChecked(True)

    def keep_theirs(self) -> None:
        for field in self.fields:
            self.choose(field, "theirs")
        self.decision = "theirs"
        self.accept()

    def keep_mine(self) -> None:
        for field in self.fields:
            self.choose(field, "mine")
        self.decision = "mine"
        self.accept()

    def accept_merge(self) -> None:
        self.decision = "merge"
        self.accept()

    def merged(self) -> dict[str, Any]:
        """Their stored content with my value in every row set to "mine"."""
        out = deep(self.theirs)
        for field in self.fields:
            choice = self.choice(field)
            if choice == "mine":
                out[field] = deep(self.mine.get(field))
            elif choice == "merged":
                choices = {(number, key): side
                           for (name, number, key, side), radio in self.item_radios.items()
                           if name == field and radio.isChecked()}
                out[field] = deep(self.list_merges[field].resolve(choices))
        return out


def _identity(table: str, field: str) -> Callable[[Any], Any] | None:
    """Links are one item per linked record; events and keywords are matched by place."""
    keys = LINK_KEYS.get(table, {}).get(field)
    if not keys or field == "provenance":
        return None
    return lambda item: item.get(keys[0]) if isinstance(item, dict) else item


def shown_pair(theirs: str, mine: str, context: int = 160) -> tuple[str, str]:
    """Two long texts that share a beginning are shown from just before they differ."""
    if len(theirs) <= MAX_SHOWN and len(mine) <= MAX_SHOWN:
        return theirs, mine
    same = 0
    for a, b in zip(theirs, mine, strict=False):
        if a != b:
            break
        same += 1
    start = max(0, same - context)
    if start < 40:
        return theirs, mine
    cut = theirs.rfind(" ", 0, start) + 1 or start  # begin at a word
    return "…" + theirs[cut:], "…" + mine[cut:]


def _cell(text: str, framed: bool = False) -> QLabel:
    shown = text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"
    label = QLabel(plain_shown(shown))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    if len(text) > MAX_SHOWN:
        label.setToolTip(tooltip(text))
    if framed:
        label.setProperty("role", "value")
    return label
