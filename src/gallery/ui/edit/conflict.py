"""Someone saved first: theirs and yours side by side, field by field, and the curator picks.

Only the fields that differ are listed. Each row has "theirs" and "mine"; the preset is "mine"
where this session changed the field and "theirs" elsewhere, so a merge keeps both people's
work by default. Keep theirs / Keep mine set every row at once and accept; Save merge accepts
the rows as set. The choice API (`choose`, `keep_theirs`, `keep_mine`, `merged`) is what the
buttons use, so tests drive the same code without a modal loop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
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

from ..plain import shown as plain_shown
from ..plain import tooltip
from .labels import field_label
from .recordtools import comparable, content_fields, deep, describe, readable_time

MAX_SHOWN = 600  # characters of one value shown in a cell; the tooltip has all of it


class ConflictDialog(QDialog):
    def __init__(self, table: str, mine: dict[str, Any], theirs: dict[str, Any],
                 edited: set[str], names: dict[str, str] | None = None,
                 parent: QWidget | None = None, who: str | None = None) -> None:
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
        title = (theirs.get("title") or theirs.get("name") or theirs.get("citation")
                 or theirs.get("id"))
        intro = QLabel(self.tr(
            "%s saved “%s” (version %s, %s) while you were editing it. Nothing has been "
            "overwritten. For each field that differs, keep their value or yours, then save.")
            % (who or self.tr("Someone else"), title, theirs.get("version"),
               readable_time(theirs.get("updated_at"))))
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
        for row, field in enumerate(self.fields, start=1):
            theirs_text, mine_text = shown_pair(describe(self.theirs.get(field), names),
                                                describe(self.mine.get(field), names))
            grid.addWidget(_cell(field_label(field)), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_cell(theirs_text, True), row, 1)
            grid.addWidget(_cell(mine_text, True), row, 2)
            grid.addWidget(self._choice(field, "mine" if field in edited else "theirs"), row, 3,
                           Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.fields) + 1, 1)
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
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)

    def _choice(self, field: str, preset: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(box)
        for side, text in (("theirs", self.tr("theirs")), ("mine", self.tr("mine"))):
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
        return "mine" if self.radios[(field, "mine")].isChecked() else "theirs"

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
            if self.choice(field) == "mine":
                out[field] = deep(self.mine.get(field))
        return out


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
