"""The editor's look: a calm, warm-neutral dark theme with readable type and clear problems.

Curators spend hours in forms, so contrast is moderate, fields are clearly framed, labels are
muted and right-aligned, and problems are the one warm colour on the page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette

# A choice list shows its arrow (drawn from a file: a styled combo box has none of its own).
ICONS = (Path(__file__).resolve().parents[2] / "resources" / "icons").as_posix()

STYLE = """
QMainWindow, QDialog, QWidget#editorCentral { background: #24262a; color: #e6e2da; }
QWidget { color: #e6e2da; font-size: 10.5pt; }
QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }
QLabel#recordHeading { font-size: 17pt; font-weight: 600; color: #f3efe7; padding-top: 4px; }
QLabel#recordSubheading, QLabel[role="muted"] { color: #a39e94; }
QLabel[role="problem"] { color: #ffb38a; }
QLabel[role="section"] { color: #c9c2b4; font-weight: 600; }
QLabel[role="value"] { background: #2d3035; border: 1px solid #3b3f46; border-radius: 4px;
                       padding: 6px; }
QLabel[role="disputed"] { background: #3a2f22; border: 1px solid #d08a3c; border-radius: 4px;
                          padding: 4px 6px; }
QLabel#staleText { color: #f0cf7a; }
QFormLayout QLabel, QLabel[objectName^="label_"] { color: #bdb7ac; }
QLineEdit, QPlainTextEdit, QComboBox, QTableView, QListView {
    background: #2d3035; border: 1px solid #41454d; border-radius: 4px; padding: 4px 6px;
    selection-background-color: #5a6f8c; selection-color: #ffffff; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QListView:focus, QTableView:focus {
    border: 1px solid #8aa4c8; }
QLineEdit[readOnly="true"] { color: #b9b4aa; background: #282a2e; }
QLineEdit:disabled, QPlainTextEdit:disabled, QComboBox:disabled { color: #7c786f; }
QComboBox QAbstractItemView { background: #2d3035; }
QComboBox { padding-right: 24px; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right;
                       width: 22px; border: none; border-left: 1px solid #41454d; }
QComboBox::down-arrow { image: url(ICONS/choice-arrow.svg); width: 10px; height: 6px; }
QComboBox::down-arrow:disabled { image: url(ICONS/choice-arrow-disabled.svg); }
QListView#recordList::item { padding: 5px 4px; }
QListView#provenanceList::item { padding: 6px 4px; }
QTableView { gridline-color: #3a3d44; alternate-background-color: #2a2c31; }
QHeaderView::section { background: #2a2d31; color: #bdb7ac; border: none;
                       border-bottom: 1px solid #41454d; padding: 5px 6px; }
QPushButton, QToolButton { background: #363a41; border: 1px solid #4a4f58; border-radius: 4px;
                           padding: 5px 12px; }
QPushButton:hover, QToolButton:hover { background: #3f444c; }
QPushButton:disabled, QToolButton:disabled { color: #77736b; background: #2c2f34;
                                           border-color: #383b41; }
QPushButton:default { border-color: #8aa4c8; }
QTabWidget::pane { border: none; border-top: 1px solid #3b3f46; }
QTabBar::tab { background: transparent; color: #a9a397; padding: 8px 10px; border: none;
               border-bottom: 2px solid transparent; }
QTabBar::tab:selected { color: #f3efe7; border-bottom: 2px solid #c8a66a; }
QTabBar::tab:hover { color: #e6e2da; }
QGroupBox { border: 1px solid #3b3f46; border-radius: 6px; margin-top: 14px;
            padding: 14px 10px 10px 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #c9c2b4; }
QFrame#banner_warning { background: #4a3b1f; border: 1px solid #8a6a2c; border-radius: 4px; }
QFrame#banner_error { background: #4d2a24; border: 1px solid #9a4a3a; border-radius: 4px; }
QFrame#banner_info { background: #263748; border: 1px solid #3f5d7d; border-radius: 4px; }
QLabel#imagePreview { background: #1b1c1f; border: 1px dashed #4a4f58; color: #a39e94; }
QDockWidget { color: #bdb7ac; }
QUndoView, QListView#undoList { background: #2a2c31; }
QMenuBar, QMenu { background: #2a2c31; color: #e6e2da; }
QMenu::item:selected, QMenuBar::item:selected { background: #3f444c; }
QMenu::item:disabled, QMenuBar::item:disabled { color: #6d6962; }
QMenu::item:disabled:selected { background: #2f3237; }
QStatusBar { color: #a39e94; }
QProgressBar { border: 1px solid #41454d; border-radius: 4px; background: #2d3035;
               height: 10px; }
QProgressBar::chunk { background: #8aa4c8; }
QSplitter::handle { background: #2f3237; }
QScrollBar:vertical { background: #26282c; width: 12px; margin: 0; border: none; }
QScrollBar:horizontal { background: #26282c; height: 12px; margin: 0; border: none; }
QScrollBar::handle { background: #4a4f58; border-radius: 5px; min-height: 28px;
                     min-width: 28px; margin: 2px; }
QScrollBar::handle:hover { background: #5b616b; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
QCheckBox::indicator, QRadioButton::indicator { width: 14px; height: 14px;
    border: 1px solid #8a857c; background: #2d3035; }
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator { border-radius: 3px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #c8a66a;
    border-color: #e0c58f; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #55524c; }
""".replace("ICONS", ICONS)

# The completer's list is a window of its own: the editor's style sheet does not reach it.
POPUP_STYLE = """
QListView { background: #2d3035; color: #e6e2da; border: 1px solid #8aa4c8;
            selection-background-color: #5a6f8c; selection-color: #ffffff; }
QListView::item { padding: 4px 6px; }
"""


def palette() -> QPalette:
    """Colours for what the style sheet does not draw (check marks, focus, disabled text)."""
    colours = {
        QPalette.ColorRole.Window: "#24262a", QPalette.ColorRole.WindowText: "#e6e2da",
        QPalette.ColorRole.Base: "#2d3035", QPalette.ColorRole.AlternateBase: "#2a2c31",
        QPalette.ColorRole.Text: "#e6e2da", QPalette.ColorRole.Button: "#363a41",
        QPalette.ColorRole.ButtonText: "#e6e2da", QPalette.ColorRole.Highlight: "#5a6f8c",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2d3035",
        QPalette.ColorRole.ToolTipText: "#e6e2da", QPalette.ColorRole.PlaceholderText: "#8a857c",
        QPalette.ColorRole.Mid: "#41454d", QPalette.ColorRole.Dark: "#1b1c1f",
        QPalette.ColorRole.Light: "#4a4f58", QPalette.ColorRole.Link: "#8aa4c8",
    }
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c786f"))
    return result
