"""Qt's own dialogs and the window's chrome in Russian: one language at a time."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton

from gallery.ui.i18n import install_language
from gallery.ui.qt_words import qt_gaps

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def test_qt_file_dialog_and_message_box_speak_russian(qtbot: Any, qapp: QApplication) -> None:
    install_language(qapp, "ru")
    dialog = QFileDialog(None, "Открыть каталог")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
    assert "&Папка:" in texts and "&Тип файлов:" in texts
    assert [t for t in texts if LATIN_WORD.search(t)] == []
    box = QMessageBox(QMessageBox.Icon.Warning, "", "",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.findChildren(QPushButton)) == ["Отмена", "Сохранить"]
    assert qt_gaps()[2] == "Папка"  # the file dialog's type column ("Folder")


def test_the_window_title_and_about_box_are_in_one_language(window: Any) -> None:
    window.languages.set_language("ru")
    assert window.windowTitle().endswith("— Галерея Леонова")
    assert QApplication.applicationDisplayName() == "Галерея Леонова"
    window.languages.set_language("en")
    assert window.windowTitle().endswith("— Leonov Gallery")
