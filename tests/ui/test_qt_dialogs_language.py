"""Qt's own dialogs and the window's chrome in Russian: one language at a time."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
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


# Offscreen Qt warns when a message box sizes itself; a real screen does not.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_catalog_error_is_said_in_russian_with_the_stores_line_in_the_details(
        window: Any, tmp_path: Path) -> None:
    window.languages.set_language("ru")
    bad = tmp_path / "not-a-catalog.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    assert window.open_catalog(bad) is False
    box = window.error_box
    assert box.windowTitle() == "Этот каталог нельзя открыть"
    assert box.text() == "Этот файл — не каталог галереи."
    assert "not a SQLite catalog" in box.detailedText()
    assert sorted(b.text() for b in box.findChildren(QPushButton) if b.text()) == [
        "OK", "Показать подробности..."]
    box.close()


def test_why_editing_is_off_in_russian(qapp: QApplication) -> None:
    from gallery.ui.error_words import read_only_reason

    install_language(qapp, "ru")
    assert read_only_reason("opened read-only") == "открыт только для чтения"
    assert read_only_reason("some new reason") == "some new reason"
    # a server catalog opened by a role that may only read (the store names the role)
    assert read_only_reason("the database user visitor may only read this catalog") == \
        "пользователю базы данных visitor каталог доступен только для чтения"
