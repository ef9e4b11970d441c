"""The D-Bus screen-saver inhibitor against a stand-in ScreenSaver service on a private bus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("dbus-run-session") is None,
                                reason="needs dbus-run-session (dbus-daemon)")

SERVICE = """
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection
app = QCoreApplication([])
@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    @Slot(str, str, result="uint")
    def Inhibit(self, name, reason):
        print("inhibit", name, "|", reason, flush=True)
        return 42
    @Slot("uint")
    def UnInhibit(self, cookie):
        print("uninhibit", cookie, flush=True)
        app.quit()
saver = ScreenSaver()
bus = QDBusConnection.sessionBus()
bus.registerObject("/org/freedesktop/ScreenSaver", saver,
                   QDBusConnection.RegisterOption.ExportAllSlots)
bus.registerService("org.freedesktop.ScreenSaver")
print("ready", flush=True)
app.exec()
"""

CLIENT = """
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from gallery.ui.slideshow.inhibit import DBusInhibitor
inhibitor = DBusInhibitor()
print("inhibited", inhibitor.inhibit("Exhibition slideshow is running", 0), flush=True)
inhibitor.release()
"""

SCRIPT = """
"$PY" service.py > service.log 2>&1 &
for i in $(seq 50); do grep -q ready service.log && break; sleep 0.1; done
"$PY" client.py
wait
cat service.log
"""


def test_inhibit_and_release_over_dbus(tmp_path: Path) -> None:
    (tmp_path / "service.py").write_text(SERVICE)
    (tmp_path / "client.py").write_text(CLIENT)
    (tmp_path / "run.sh").write_text(SCRIPT)
    env = {**os.environ, "PY": sys.executable, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(["dbus-run-session", "--", "sh", "run.sh"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    out = done.stdout
    assert "inhibited True" in out, done.stderr
    assert "inhibit Leonov Gallery | Exhibition slideshow is running" in out
    assert "uninhibit 42" in out  # the cookie went back as a uint32
