"""The suite's own leak check finds what it must: a hidden widget left alive is reported, and
a closed one is really deleted."""

from __future__ import annotations

from typing import Any

from qt_hygiene import flush_deleted_widgets, widget_summary


def test_a_hidden_widget_left_alive_is_found(qapp: Any) -> None:
    from PySide6.QtWidgets import QLabel

    left = QLabel("never shown")
    try:
        alive = flush_deleted_widgets(qapp)
        assert left in alive
        assert widget_summary(alive) == "QLabel×1"
    finally:
        left.deleteLater()
    assert flush_deleted_widgets(qapp) == []


def test_a_closed_window_is_deleted_without_an_event_loop(qapp: Any) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    window.show()
    window.close()
    window.deleteLater()
    assert flush_deleted_widgets(qapp) == []
