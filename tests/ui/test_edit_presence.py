"""'Being edited by NAME on HOST' over a record another curator has open on the server; a
catalog file never shows it (and never asks)."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from test_edit_support import make_editor

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def test_another_curator_on_the_record_is_named_and_goes_away_with_them(
        qtbot: Any, qapp: Any, pg_sample_catalog: str, prompts: Any, tmp_path: Path) -> None:
    from gallery.ui.i18n import install_language

    editor = make_editor(qtbot, pg_sample_catalog, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    banner = editor.presence
    assert banner.isHidden()
    other = Catalog.open(pg_sample_catalog, who="boris")
    try:
        other.mark_editing("works", "orbital-sunrise")
        banner.refresh()
        assert banner.isVisible()
        assert banner.text().startswith(f"Being edited by boris on {socket.gethostname()}.")
        install_language(qapp, "ru")  # the next ask speaks the window's new language
        banner.refresh()
        assert banner.text().startswith(
            f"Эту запись сейчас редактирует boris на {socket.gethostname()}.")
        install_language(qapp, "en")
        # and boris sees this window's curator on the same record
        assert other.editing_elsewhere("works", "orbital-sunrise") == [
            {"who": "curator", "host": socket.gethostname()}]
        other.mark_editing("works", "near-the-moon")  # boris moved to another record
        banner.refresh()
        assert banner.isHidden()
        other.mark_editing("works", "orbital-sunrise")
        editor.close()  # closing the window takes its row away at once (not after 30 s)
        qtbot.waitUntil(lambda: editor.context.service.closed)
        assert other.editing_elsewhere("works", "orbital-sunrise") == []
    finally:
        other.close()


def test_a_catalog_file_shows_no_presence_and_asks_nothing(editor: Any) -> None:
    assert not editor.presence._timer.isActive()
    editor.presence.refresh()
    assert editor.presence.isHidden()
