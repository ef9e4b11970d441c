"""The core never imports Qt: gallery.catalog and gallery.imaging run without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import gallery

CORE = ("gallery.catalog", "gallery.imaging")


def core_modules() -> list[str]:
    names = []
    for package in CORE:
        module = __import__(package, fromlist=["__path__"])
        names.append(package)
        names.extend(info.name for info in pkgutil.walk_packages(module.__path__, package + "."))
    return names


def test_core_modules_import_without_qt() -> None:
    modules = core_modules()
    assert len(modules) > 10
    probe = (f"import importlib, sys\nfor name in {modules!r}:\n"
             "    importlib.import_module(name)\n"
             "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_core_source_never_names_qt() -> None:
    root = Path(gallery.__file__).parent
    for package in ("catalog", "imaging"):
        for path in (root / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "PySide6" not in text and "QtCore" not in text, path


def test_ui_has_no_sql() -> None:
    root = Path(gallery.__file__).parent / "ui"
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8").upper()
        assert "SELECT " not in text and "INSERT INTO" not in text, path
