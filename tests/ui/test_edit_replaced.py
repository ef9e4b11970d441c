"""A catalog file swapped under an open editor: its save is refused, the edit kept as a draft,
and the window says so — never "Saved" into a file nobody reads any more."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts, field, make_editor, replace_text

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def test_a_save_into_a_swapped_catalog_keeps_the_edit_as_a_draft(
        qtbot: Any, catalog_path: Path, tmp_path: Path) -> None:
    prompts = FakePrompts()
    editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    replace_text(qtbot, field(editor, "title"), "Typed before the swap")
    # Another tool (one that ignores the writers' lock) swaps the file in meanwhile.
    copy = tmp_path / "copy.db"
    shutil.copyfile(catalog_path, copy)
    os.replace(copy, catalog_path)
    editor.actions_by_name["save"].trigger()
    message = editor.message_banner.label.text()
    assert "Not saved" in message and "replaced" in message and "draft" in message
    assert editor.isWindowModified()
    draft = editor.drafts.read("works", "orbital-sunrise")
    assert draft is not None and draft.record["title"] == "Typed before the swap"
    with Catalog.open(catalog_path, read_only=True) as catalog:
        assert catalog.get("orbital-sunrise")["title"] == "Orbital sunrise"


HOLDER = r"""
import sys
from gallery.catalog.store import Catalog
with Catalog.open(sys.argv[1], who="other-curator") as catalog:
    print("holding", flush=True)
    sys.stdin.read()
"""


@pytest.mark.parametrize(("lang", "said"), [("en", "open for writing by"),
                                             ("ru", "открыт для записи")])
def test_file_restore_is_refused_while_another_editor_has_the_catalog(
        qtbot: Any, catalog_path: Path, tmp_path: Path, lang: str, said: str) -> None:
    from PySide6.QtWidgets import QApplication

    from gallery.catalog.backup import backup
    from gallery.ui.i18n import install_language

    saved = backup(catalog_path)
    with Catalog.open(catalog_path) as catalog:
        work = catalog.get("orbital-sunrise")
        catalog.save({**work, "title": "Saved in the other editor"}, work["version"])
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(catalog_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        install_language(QApplication.instance(), lang)
        prompts = FakePrompts()
        prompts.dialogs["restoreDialog"] = lambda dialog: True
        editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                             drafts_root=tmp_path / "drafts")
        replace_text(qtbot, field(editor, "title"), "Typed, not saved yet")
        editor.actions_by_name["restore"].trigger()
        # Refused in a box the curator cannot miss, naming the other process; the window
        # let go of nothing: the unsaved edit was not asked about and is still in the form.
        assert len(prompts.warned) == 1
        assert said in prompts.warned[0] and f"pid {holder.pid}" in prompts.warned[0]
        assert said in editor.message_banner.label.text()
        assert ("unsaved", "orbital-sunrise") not in prompts.asked
        assert not [a for a in prompts.asked if a[0] == "unsaved"]
        assert field(editor, "title").text() == "Typed, not saved yet"
        assert editor.isWindowModified()
        with Catalog.open(catalog_path, read_only=True) as catalog:
            assert catalog.get("orbital-sunrise")["title"] == "Saved in the other editor"
    finally:
        holder.communicate("", timeout=30)
    assert saved.exists()


def test_a_writer_that_opens_during_the_restore_is_named_in_words(
        qtbot: Any, catalog_path: Path, tmp_path: Path, monkeypatch: Any) -> None:
    """The check before leaving can race a writer that opens just after it: the restore's own
    refusal reaches the curator in the same words, in a box."""
    from gallery.catalog import writers
    from gallery.catalog.backup import backup

    backup(catalog_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(catalog_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        prompts = FakePrompts()
        prompts.dialogs["restoreDialog"] = lambda dialog: True
        editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                             drafts_root=tmp_path / "drafts")
        # As if the other process had opened the catalog just after the check.
        monkeypatch.setattr(writers, "other_writers", lambda path: [])
        editor.actions_by_name["restore"].trigger()
        assert len(prompts.warned) == 1 and f"pid {holder.pid}" in prompts.warned[0]
        assert "open for writing by" in prompts.warned[0]
        assert field(editor, "title").text() == "Orbital sunrise"  # the editor carries on
    finally:
        holder.communicate("", timeout=30)
