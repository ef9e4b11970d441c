"""A long question in an input dialog wraps instead of widening the dialog past the screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from gallery.ui.edit.prompts import QUESTION_WIDTH, question_dialog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only

LONG = ("Вашим именем подписываются изменения в каталоге, его история и ваши черновики. "
        "Оно хранится на этом компьютере; изменить его можно в меню Файл ▸ Ваше имя…")


def test_a_long_question_wraps_within_a_readable_width(qtbot: Any) -> None:
    dialog = question_dialog(None, "Ваше имя", LONG)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = next(child for child in dialog.findChildren(QLabel) if child.text() == LONG)
    assert label.wordWrap()
    assert dialog.width() < 2 * QUESTION_WIDTH  # one unwrapped line was about 1300 px
    assert label.height() > 2 * label.fontMetrics().height()  # the question took lines
