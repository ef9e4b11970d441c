"""`gallery edit` started where no terminal shows its line (a desktop menu): a catalog it cannot
open is said in a box too, and the line and exit 2 stay (issue 20 review). Real process, real
X display (`pytest -m xcb`)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.xcb,
              pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")]


def test_a_newer_catalog_is_said_in_a_box_as_well_as_in_one_line(catalog_path: Path) -> None:
    con = sqlite3.connect(catalog_path)
    con.execute("PRAGMA user_version = 99")  # as a newer program leaves it
    con.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    child = subprocess.Popen([sys.executable, "-m", "gallery", "--catalog", str(catalog_path),
                              "edit", "--lang", "en"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid",
                                str(child.pid), "--name", "Leonov Gallery"],
                               capture_output=True, text=True, timeout=60)
        box = found.stdout.split()[-1]  # the box is up (the program's name is its title)
        subprocess.run(["xdotool", "windowactivate", "--sync", box], timeout=10)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Return"], check=True,
                       timeout=10)  # OK, through the X server as a person presses it
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "newer Leonov Gallery" in err
