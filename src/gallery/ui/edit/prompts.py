"""Every question the editor asks the curator, in one replaceable object.

The editor never calls `QMessageBox` or `exec()` directly: it asks its `Prompts`. Tests pass a
subclass that answers at once (and can drive the real dialogs through their own API before
"accepting" them), so no test blocks on a modal loop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMessageBox, QWidget

from ..file_dialogs import open_file_name
from ..plain import message_box

QUESTION_WIDTH = 460  # a question of two sentences wraps here instead of running off a screen


def question_dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    """An input dialog whose question wraps: QInputDialog's own label keeps one line, so a
    long question (the Russian "Your name" one) made the dialog wider than a 1280 px screen."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    for child in dialog.findChildren(QLabel):
        child.setWordWrap(True)
        child.setMinimumWidth(QUESTION_WIDTH)
    return dialog


IMAGE_FILTER = "Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.gif);;All files (*)"


def tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


def unsaved_box(parent: QWidget | None, what: str) -> QMessageBox:
    """'Save your changes?' — Enter goes back to editing (Cancel): saving, of a duplicate
    say, takes a deliberate choice."""
    box = message_box(QMessageBox.Icon.Question, tr("Unsaved changes"),
                      tr("Save your changes to “%s”?") % what, parent)
    box.setInformativeText(tr("If you don't save, your changes will be lost."))
    box.setStandardButtons(QMessageBox.StandardButton.Save
                           | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    # Qt's own Russian "Discard" reads as rejecting the dialog; say what it does.
    box.button(QMessageBox.StandardButton.Discard).setText(tr("Don't save"))
    return box


class Prompts:
    """Modal questions; override any method to answer without a dialog."""

    def ask_unsaved(self, parent: QWidget | None, what: str) -> str:
        """'save', 'discard' or 'cancel' for unsaved changes to `what`."""
        answer = unsaved_box(parent, what).exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(
            QMessageBox.StandardButton(answer), "cancel")

    def ask_recover(self, parent: QWidget | None, what: str, when: str) -> str:
        """'recover' or 'discard' for a draft left by a session that ended without saving."""
        box = message_box(QMessageBox.Icon.Question, tr("Recover unsaved changes?"),
                          tr("“%s” has changes that were never saved (last edited %s); the "
                             "editor closed before they were saved.") % (what, when), parent)
        box.setInformativeText(tr("Recover them into the form, or discard them for good?"))
        recover = box.addButton(tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(recover)
        box.exec()
        return "recover" if box.clickedButton() is recover else "discard"

    def ask_keep_draft(self, parent: QWidget | None, what: str, when: str) -> str:
        """'keep' or 'discard' for a closed editor's draft of a record the form cannot show
        now (it shows another draft): kept, it is offered again when its record is opened."""
        box = message_box(QMessageBox.Icon.Question, tr("Recover unsaved changes?"),
                          tr("“%s” has changes that were never saved (last edited %s); the "
                             "editor closed before they were saved.") % (what, when), parent)
        box.setInformativeText(tr("Keep them to recover when you open the record (it is shown "
                                  "in italics in the list), or discard them for good?"))
        keep = box.addButton(tr("Keep for later"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return "keep" if box.clickedButton() is keep else "discard"

    def confirm(self, parent: QWidget | None, title: str, text: str, ok: str) -> bool:
        box = message_box(QMessageBox.Icon.Warning, title, text, parent)
        button = box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is button

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        message_box(QMessageBox.Icon.Information, title, text, parent).exec()

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        """Something was refused: the curator must see why, whatever else the window says."""
        message_box(QMessageBox.Icon.Warning, title, text, parent).exec()

    def run(self, dialog: QDialog) -> bool:
        """Show a dialog the editor built; True if the curator accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_image(self, parent: QWidget | None) -> Path | None:
        name = open_file_name(parent, tr("Choose the image of this work"), str(Path.home()),
                              IMAGE_FILTER)
        return Path(name) if name else None

    def ask_text(self, parent: QWidget | None, title: str, label: str,
                 value: str = "") -> str | None:
        """A line of text (the curator's name), or None when they cancel."""
        dialog = question_dialog(parent, title, label)
        dialog.setTextValue(value)
        return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_int(self, parent: QWidget | None, title: str, label: str, value: int,
                low: int, high: int) -> int | None:
        dialog = question_dialog(parent, title, label)
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(low, high)
        dialog.setIntValue(value)
        return dialog.intValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
