"""The Qt binding itself must survive an unattended run: no reference leak on void calls.

PySide6-Essentials 6.12.0 loses a reference to None on every Qt call that returns nothing and
aborts the interpreter after a few thousand of them ("none_dealloc"); pyproject.toml caps the
version. This test fails on any release with that fault.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(['probe'])
widget = QWidget()
before = sys.getrefcount(None)
for _ in range(50_000):
    widget.setWindowTitle('x')
print(before - sys.getrefcount(None))
"""


def test_void_calls_do_not_leak_none() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                            "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-500:]
    assert int(done.stdout.strip()) < 100
