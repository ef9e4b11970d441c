"""The status bar says "Loading works…" until the grid's first result (a 100,000-work catalog
said "0 of 0 works" for seconds), in both languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_the_count_says_loading_until_the_first_result(qtbot: Any, ui_catalog_path: Path,
                                                       ui_settings: Any,
                                                       gallery_look: None) -> None:
    from gallery.catalog.store import Catalog
    from gallery.ui.main_window import MainWindow
    from gallery.ui.workers import CatalogService

    for lang, loading, counted in (("en", "Loading works…", "4 of 4 works"),
                                   ("ru", "Загрузка работ…", "4 из 4 работ")):
        ui_settings.set("ui/language", lang)
        service = CatalogService(Catalog.open(ui_catalog_path, who="tester"))  # a worker's
        win = MainWindow(service, ui_settings, synchronous=False)
        qtbot.addWidget(win)
        win.languages.start()
        assert win.count_label.text() == loading
        win.show()
        qtbot.waitUntil(lambda w=win, c=counted: w.count_label.text() == c)
        win.languages.set_language("en")
        win.close()
        win.shutdown()
