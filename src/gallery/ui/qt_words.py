"""Qt's own dialog words that the Russian Qt translation (qtbase_ru.qm) leaves in English.

Qt 6 renamed a few strings of its file dialog ("&Look in:" had no '&' before) and moved the
file-type words to QAbstractFileIconProvider; qtbase_ru.qm still has only the old ones, so a
Russian file dialog said "Look in:" and "Folder". Named here, lupdate puts them in our own
translation under Qt's contexts (with Qt's disambiguation), where Qt finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text", "comment")


def qt_gaps() -> list[str]:
    """The words, in the interface language (for tests, and so lupdate sees Qt's calls)."""
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "File", "All other platforms"),
        translate("QAbstractFileIconProvider", "%1 File"),
        translate("QAbstractFileIconProvider", "Drive"),
    ]
