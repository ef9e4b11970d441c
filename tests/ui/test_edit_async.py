"""The editor as it really runs: catalog calls, drafts and image decoding on worker threads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts, field, replace_text

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def test_open_edit_save_switch_and_close_with_worker_threads(qtbot: Any, catalog_path: Path,
                                                              tmp_path: Path) -> None:
    from gallery.ui.edit.window import EditorWindow

    prompts = FakePrompts()
    prompts.unsaved = "save"
    window = EditorWindow(catalog_path, prompts=prompts, drafts_root=tmp_path / "drafts",
                          who="curator")
    qtbot.addWidget(window)
    window.show()
    window.start("orbital-sunrise")
    qtbot.waitUntil(lambda: field(window, "title").text() == "Orbital sunrise")
    qtbot.waitUntil(lambda: window.panel.model.rowCount() == 3)
    window.sessions["works"]._draft_timer.setInterval(10)
    replace_text(qtbot, field(window, "title"), "Saved from a worker")
    qtbot.waitUntil(lambda: window.drafts.read("works", "orbital-sunrise") is not None)
    window.request_open("near-the-moon")  # asks, saves on the worker, then opens
    qtbot.waitUntil(lambda: field(window, "title").text() == "Near the Moon")
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("orbital-sunrise")["title"] == "Saved from a worker"
    qtbot.waitUntil(lambda: window.drafts.all() == [])
    replace_text(qtbot, field(window, "medium_note"), "oil on canvas")
    window.close()  # the save runs on the worker; the window closes when it is done
    qtbot.waitUntil(lambda: not window.isVisible())
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("near-the-moon")["medium"] == "oil on canvas"
    assert prompts.kinds() == ["unsaved", "unsaved"]
