"""An unattended show makes millions of signal emits and slot calls: none may crash it."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, QVariantAnimation, Signal


class _Pinger(QObject):
    ping = Signal()


def test_many_emits_and_slot_calls_do_not_exhaust_singletons(qtbot: Any) -> None:
    # PySide6 6.12.0 on Python 3.11 drops a reference to True per emit and to None per slot
    # call (hence the pin below 6.12 in pyproject): with such a binding this loop aborts.
    pinger = _Pinger()
    pinger.ping.connect(lambda: None)
    animation = QVariantAnimation()
    animation.setStartValue(0.0)
    animation.setEndValue(1.0)
    animation.setDuration(1_000_000)
    animation.valueChanged.connect(lambda value: None)
    for step in range(1, 20_001):
        pinger.ping.emit()
        animation.setCurrentTime(step)
    assert sys.getrefcount(None) > 1000 and sys.getrefcount(True) > 1000
