"""The curator's-desk screenshots for the README, from a real X display (run by screenshots.sh):
the editor with no record chosen, a record's history with a list diff, the
worklist, and a new person whose namesake is already in the catalog — each 1280x800, in
English and Russian, in docs/screenshots.

    DISPLAY=:57 QT_QPA_PLATFORM=xcb .venv/bin/python tools/desk_screenshots.py CATALOG_COPY

CATALOG_COPY is changed (one provenance edit, signed "Anna Petrova"): pass a copy.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from gallery.catalog.store import Catalog
from gallery.ui.app import create_application
from gallery.ui.edit.window import EditorWindow
from gallery.ui.i18n import install_language

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
WORK = "astp-docking-painting-1975"


def edit_provenance(path: Path) -> None:
    """A change worth reading item by item: an event's note and place edited, and moved."""
    with Catalog.open(path, who="Anna Petrova") as catalog:
        record = catalog.get(WORK)
        events = record["provenance"]
        i = next(k for k, e in enumerate(events) if e.get("kind") == "exhibited")
        event = dict(events.pop(i))
        event["note"] = (event.get("note") or "") + " Seen there again in 1976."
        event["place"] = (event.get("place") or "Baku") + ", Azerbaijan SSR"
        events.insert(min(i + 1, len(events)), event)
        catalog.save(record, record["version"])


def type_into(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    for letter in text:  # key events, so Cyrillic is typed as a keyboard would
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                   letter))


def save(window: EditorWindow, name: str, lang: str) -> None:
    path = OUT / f"{name}-{lang}.png"
    window.grab().save(str(path))
    image = Image.open(path).convert("RGB")  # 256 colours are plenty for a dark interface
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                   dither=Image.Dither.NONE).save(path, optimize=True)


def shoot(app: QApplication, catalog: Path, lang: str) -> None:
    install_language(app, lang)
    window = EditorWindow(catalog)
    window.resize(1280, 800)
    window.show()

    def new_person() -> None:
        window.panel.set_kind("people")
        window.actions_by_name["new"].trigger()
        form = window.sessions["people"].form
        type_into(form.findChild(QLineEdit, "field_name"), "Yuri Gagarin")
        type_into(form.findChild(QLineEdit, "field_name_ru"), "Юрий Гагарин")

    steps: list[tuple[int, Callable[[], object]]] = [
        (1500, lambda: save(window, "editor-empty", lang)),  # before any record is chosen
        (10, lambda: window.start(WORK)),
        (1500, lambda: window.work_form.show_tab("History")),
        (1500, lambda: save(window, "editor-history", lang)),
        (10, window.worklist_dock.show),
        (2500, lambda: save(window, "editor-worklist", lang)),
        (10, window.worklist_dock.hide),
        (300, new_person),
        (2000, lambda: save(window, "editor-new-person", lang)),
        (10, window.sessions["people"].discard),  # nothing left to ask about at closing
        (10, app.quit),
    ]

    def run(i: int = 0) -> None:
        delay, step = steps[i]
        QTimer.singleShot(delay, lambda: (step(), i + 1 < len(steps) and run(i + 1)))

    run()
    app.exec()
    window.close()


def main() -> None:
    catalog = Path(sys.argv[1])
    edit_provenance(catalog)
    app = create_application()
    for lang in ("en", "ru"):
        shoot(app, catalog, lang)


if __name__ == "__main__":
    main()
