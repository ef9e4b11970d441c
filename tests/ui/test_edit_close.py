"""Closing the editor after Discard: nothing runs on the catalog once it is closed."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from test_edit_support import FakePrompts, field, make_editor, replace_text

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def test_closing_after_discard_runs_no_task_on_the_closed_catalog(
        qtbot: Any, catalog_path: Path, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    prompts = FakePrompts()
    editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    replace_text(qtbot, field(editor, "title"), "Sunrise, changed")
    prompts.unsaved = "discard"
    with caplog.at_level(logging.DEBUG):
        assert editor.close()
        qtbot.wait(50)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    assert "closed database" not in caplog.text


def test_a_task_asked_for_after_the_editor_closed_is_dropped(
        qtbot: Any, catalog_path: Path, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    editor = make_editor(qtbot, catalog_path, FakePrompts(), "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    service = editor.context.service
    assert editor.close()
    ran: list[str] = []
    service.call(lambda catalog: ran.append("ran") or catalog.work_ids(), ran.append)
    assert ran == []
    assert "catalog task failed" not in caplog.text


def test_results_of_tasks_pending_at_shutdown_are_dropped(catalog_path: Path) -> None:
    from gallery.catalog.store import Catalog
    from gallery.ui.workers import CatalogService

    service = CatalogService(Catalog.open(catalog_path))
    delivered: list[Any] = []

    def slow(catalog: Any) -> list[str]:
        time.sleep(0.2)  # still running when shutdown is asked for
        return catalog.work_ids()

    service.call(slow, delivered.append)
    service.shutdown()  # the task ran; its result would reach a window that is gone
    QApplication.processEvents()
    assert delivered == []
    service.call(lambda catalog: catalog.work_ids(), delivered.append)
    assert delivered == []
