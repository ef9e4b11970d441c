"""The Qt binding itself must survive an unattended run: no reference leak on void calls.

PySide6-Essentials 6.12.0 loses a reference to None on every Qt call that returns nothing and
aborts the interpreter after a few thousand of them ("none_dealloc"), and a reference to True
on every emit of a Python-declared signal; pyproject.toml caps the version. This test fails on
any release with either fault.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

class Emitter(QObject):
    changed = Signal(bool)

app = QApplication(['probe'])
widget = QWidget()
emitter = Emitter()
emitter.changed.connect(lambda value: None)
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(50_000):
    widget.setWindowTitle('x')  # 6.12.0 lost a None here
    emitter.changed.emit(True)  # and a True here
print(none_before - sys.getrefcount(None), true_before - sys.getrefcount(True))
"""


def test_void_calls_do_not_leak_none() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                            "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-500:]
    lost_none, lost_true = (int(n) for n in done.stdout.split())
    assert lost_none < 100 and lost_true < 100
