"""A damaged catalog file in the editor (issue 20 review): said as it opens, with the way out;
a save that meets the damage says so in words, with no traceback; a restore clears it."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from test_edit_support import FakePrompts, field, make_editor, replace_text

from gallery.catalog.backup import backup
from gallery.ui.i18n import install_language

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only
PAGE = 4096


def damage_index(path: Path, index: str = "works_date") -> None:
    """Overwrite the kind byte of an index's root page, mid-file: the file opens and reads,
    SQLite's quick_check reports it, and a save that updates the index fails."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (root,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                          (index,)).fetchone()
    con.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * PAGE] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("lang", "damaged", "way_out"), [
    ("en", "damaged", "File ▸ Restore from backup…"),
    ("ru", "повреждён", "Файл ▸ Восстановить из копии…")])
def test_a_damaged_catalog_is_said_on_opening_and_on_saving(
        qtbot: Any, catalog_path: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture,
        lang: str, damaged: str, way_out: str) -> None:
    saved = backup(catalog_path)
    damage_index(catalog_path)
    install_language(QApplication.instance(), lang)
    prompts = FakePrompts()
    editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    assert len(prompts.warned) == 1
    assert damaged in prompts.warned[0] and way_out in prompts.warned[0]
    assert editor.damage_banner.isVisible()
    assert way_out in editor.damage_banner.label.text()
    replace_text(qtbot, field(editor, "title"), "Typed into a damaged catalog")
    with caplog.at_level(logging.ERROR):
        editor.actions_by_name["save"].trigger()
    message = editor.message_banner.label.text()
    assert damaged in message and way_out in message
    assert "unexpected" not in message and "malformed" not in message
    assert not [r for r in caplog.records if r.exc_info]  # no traceback on stderr
    draft = editor.drafts.read("works", "orbital-sunrise")
    assert draft is not None and draft.record["title"] == "Typed into a damaged catalog"
    # The way out works, and the warning goes with the damage.
    prompts.unsaved = "discard"
    prompts.dialogs["restoreDialog"] = lambda dialog: dialog.select(saved) or True
    editor.actions_by_name["restore"].trigger()
    assert not editor.damage_banner.isVisible()


def test_a_sound_catalog_opens_without_a_warning(qtbot: Any, catalog_path: Path,
                                                 tmp_path: Path) -> None:
    prompts = FakePrompts()
    editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    assert prompts.warned == [] and not editor.damage_banner.isVisible()
